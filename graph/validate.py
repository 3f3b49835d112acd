"""SHACL validation of a store against `ontology/shapes.ttl`, with pySHACL.

Runs over the union of the facts, evidence and ontology graphs, so that shapes
can check that every fact has its evidence record.  Warnings do not fail.

pySHACL parses a SPARQL-based constraint again for every focus node (about 50 ms
each with rdflib's parser: minutes on a corpus), so constraints of the plain
form ``sh:targetClass`` + ``sh:sparql [ sh:select ... ]`` using only ``$this``
are run here instead, once each, by the store's own SPARQL engine, and their
results are reported in pySHACL's format.  Everything else is pySHACL's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .resources import shapes_file
from .store import Store

SH = "http://www.w3.org/ns/shacl#"
_PRE_BOUND = re.compile(r"\$(?:currentShape|shapesGraph|PATH|value)\b")


@dataclass
class SparqlConstraint:
    shape: object          # rdflib node of the shape
    constraint: object     # rdflib node of the sh:SPARQLConstraint
    classes: list[str]
    select: str
    message: str
    severity: str
    prefixes: dict[str, str]


def validate_store(store: Store) -> tuple[bool, str]:
    """(conforms, report text); only sh:Violation results make it non-conforming."""
    import pyoxigraph as ox
    import rdflib
    from pyshacl import validate

    union = list(dict.fromkeys(q.triple for q in store.quads()))  # every graph: facts, evidence, ontology
    data = rdflib.Graph().parse(data=ox.serialize(union, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"),
                                format="nt")
    shapes = rdflib.Graph().parse(shapes_file())
    ours = take_sparql_constraints(shapes)
    _, report_graph, report_text = validate(data, shacl_graph=shapes, inference="none",
                                            allow_warnings=True, advanced=True, inplace=True)
    sh = rdflib.Namespace(SH)
    severities = [str(s) for s in report_graph.objects(None, sh.resultSeverity)]
    extra: list[str] = []
    for c in ours:
        for row in store.query(focus_query(c), union=True).rows:  # the SHACL data graph: every graph
            severities.append(c.severity)
            extra.append(format_result(shapes, c, row))
    violations = sum(1 for s in severities if s == SH + "Violation")
    body = re.sub(r"\AValidation Report\nConforms: \w+\n(?:Results \(\d+\):\n)?", "", report_text)
    text = f"Validation Report\nConforms: {violations == 0}\nResults ({len(severities)}):\n" + body + "".join(extra)
    return violations == 0, text


def take_sparql_constraints(shapes) -> list[SparqlConstraint]:
    """Removes the SPARQL constraints run here from `shapes` and returns them."""
    import rdflib
    sh = rdflib.Namespace(SH)
    out = []
    for shape, constraint in list(shapes.subject_objects(sh.sparql)):
        classes = [str(c) for c in shapes.objects(shape, sh.targetClass)]
        select = shapes.value(constraint, sh.select)
        other_targets = any(shapes.value(shape, p) is not None
                            for p in (sh.targetNode, sh.targetSubjectsOf, sh.targetObjectsOf, sh.target))
        if not classes or select is None or other_targets or _PRE_BOUND.search(str(select)) \
                or shapes.value(constraint, sh.deactivated) is not None:
            continue  # anything less plain stays with pySHACL
        prefixes = {}
        for decl_owner in shapes.objects(constraint, sh.prefixes):
            for decl in shapes.objects(decl_owner, sh.declare):
                prefixes[str(shapes.value(decl, sh.prefix))] = str(shapes.value(decl, sh.namespace))
        severity = shapes.value(shape, sh.severity) or sh.Violation
        out.append(SparqlConstraint(shape, constraint, classes, str(select),
                                    str(shapes.value(constraint, sh.message) or ""), str(severity), prefixes))
        shapes.remove((shape, sh.sparql, constraint))
        for triple in list(shapes.triples((constraint, None, None))):
            shapes.remove(triple)
    return out


def focus_query(c: SparqlConstraint) -> str:
    """The constraint's SELECT over every focus node at once: instances of the target classes."""
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(c.prefixes.items()))
    classes = " ".join(f"<{cls}>" for cls in c.classes)
    inner = re.sub(r"\$this\b", "?this", c.select)
    # Oxigraph evaluates FILTER NOT EXISTS row by row; MINUS gives the same answer when, as in these
    # shapes, every shared variable is bound, and runs as one anti-join (26 s -> 0.4 s on the corpus).
    # The shapes keep NOT EXISTS: SHACL-SPARQL forbids MINUS, and pySHACL reads the same file.
    inner = re.sub(r"FILTER\s+NOT\s+EXISTS\s*\{", "MINUS {", inner)
    return (f"{prologue}SELECT DISTINCT * WHERE {{\n"
            f"  {{ SELECT DISTINCT ?this WHERE {{ VALUES ?class {{ {classes} }} "
            f"?this <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/"
            f"<http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?class }} }}\n"
            f"  {{ {inner} }}\n}}")


def format_result(shapes, c: SparqlConstraint, row: dict) -> str:
    """One result in the layout of pySHACL's text report."""
    def show(term) -> str:
        return "" if term is None else term.value

    def n3(term) -> str:
        import pyoxigraph as ox
        if term is None:
            return ""
        if isinstance(term, ox.Literal):
            return f'Literal("{term.value}")'
        return str(term)

    message = c.message
    for name, term in row.items():
        message = message.replace("{$" + name + "}", show(term)).replace("{?" + name + "}", show(term))
    message = message.replace("{$this}", show(row.get("this")))
    lines = [
        f"Constraint Violation in SPARQLConstraintComponent ({SH}SPARQLConstraintComponent):",
        f"\tSeverity: sh:{c.severity.rsplit('#', 1)[-1]}",
        f"\tSource Shape: {c.shape.n3(shapes.namespace_manager)}",
        f"\tFocus Node: {n3(row.get('this'))}",
    ]
    if "value" in row:
        lines.append(f"\tValue Node: {n3(row['value'])}")
    if "path" in row:
        lines.append(f"\tResult Path: {n3(row['path'])}")
    lines.append(f"\tMessage: {message}")
    return "\n".join(lines) + "\n"
