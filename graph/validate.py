"""SHACL validation of a store against `ontology/shapes.ttl`, with pySHACL.

Runs over the union of the facts, evidence and ontology graphs, so that shapes
can check that every fact has its evidence record, a batch of focus nodes at a
time (see ``validate_store``).  Warnings do not fail.

pySHACL parses a SPARQL-based constraint again for every focus node (about 50 ms
each with rdflib's parser: minutes on a corpus), so constraints of the plain
form ``sh:targetClass`` + ``sh:sparql [ sh:select ... ]`` using only ``$this``
are run here instead, once each, by the store's own SPARQL engine, and their
results are reported in pySHACL's format.  Everything else is pySHACL's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .namespaces import ONTOLOGY_GRAPH, PREFIXES
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


BATCH = 25_000  # focus nodes a pySHACL run: its data graph holds their triples only, so memory stays flat


def validate_store(store: Store, batch: int | None = None, progress: Callable[[int, int], None] | None = None,
                   jobs: int = 1) -> tuple[bool, str]:
    """(conforms, report text); only sh:Violation results make it non-conforming.

    pySHACL validates the focus nodes (the instances of the shapes' target classes) a batch at a time, each
    over a data graph of the batch's own triples from every graph, the triples of the nodes its shapes' paths
    pass through (an evidence record's target and selector), and the ontology: every shape here is about a node
    and what its paths reach, so each node is judged on what the whole union says of it.  The union held in
    rdflib at once took 81 s and 2.4 GB for 2,000 synthetic documents, and would not fit at 100,000.  With
    ``jobs`` > 1 the batches are judged in that many processes while this one reads the next from the store; the
    report lists them in the same order."""
    from .neighbourhood import reached
    batch = batch or BATCH
    path = shapes_file()
    shapes, ours = _shapes(path)
    ontology = [q.triple for q in store.quads(ONTOLOGY_GRAPH)]
    hops = _path_hops(shapes)
    nodes = _focus_nodes(store, shapes) if hops is not None else None
    # None: shapes that reach past a node's own paths, or a focus node without an IRI: the whole union at once
    batches = [None] if hops is None or nodes is None else [nodes[i:i + batch] for i in range(0, len(nodes), batch)]

    def data(part: list[str] | None) -> list:
        return ontology + ([q.triple for q in store.quads()] if part is None else reached(store, part, hops or []))

    severities: list[str] = []
    bodies: list[str] = []
    judged = (_judge(_rdflib_graph(data(part)), shapes) for part in batches) if jobs <= 1 or len(batches) < 2 \
        else _judged_in_processes((data(part) for part in batches), jobs, path)
    for done, (found, body) in enumerate(judged, 1):
        severities += found
        bodies.append(body)
        if progress:
            progress(done, len(batches))
    extra: list[str] = []
    for c in ours:
        for row in store.query(focus_query(c), union=True).rows:  # the SHACL data graph: every graph
            severities.append(c.severity)
            extra.append(format_result(shapes, c, row))
    violations = sum(1 for s in severities if s == SH + "Violation")
    text = (f"Validation Report\nConforms: {violations == 0}\nResults ({len(severities)}):\n"
            + "".join(bodies) + "".join(extra))
    return violations == 0, text


_HEADER = re.compile(r"\AValidation Report\nConforms: \w+\n(?:Results \(\d+\):\n)?")
_RDF_TYPE = PREFIXES["rdf"] + "type"
_SUBCLASS = PREFIXES["rdfs"] + "subClassOf"


def _shapes(path: Any) -> tuple[Any, list[SparqlConstraint]]:
    """The shapes graph pySHACL is given, and the constraints taken out of it for the store to run."""
    import rdflib
    shapes = rdflib.Graph().parse(path)
    return shapes, take_sparql_constraints(shapes)


def _judge(graph: Any, shapes: Any) -> tuple[list[str], str]:
    """pySHACL on one data graph: the severities of its results, and their text without the report's header."""
    import rdflib
    from pyshacl import validate
    _, report_graph, report_text = validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True,
                                            advanced=True, inplace=True)
    severities = [str(s) for s in report_graph.objects(None, rdflib.URIRef(SH + "resultSeverity"))]
    return severities, _HEADER.sub("", report_text)


def _judged_in_processes(batches: Iterator[list], jobs: int, shapes: Any) -> Iterator[tuple[list[str], str]]:
    """_judge in ``jobs`` processes, the batches sent as N-Triples, the results in the batches' order; no more
    than ``jobs`` batches wait for a process, so memory stays at a few batches.  The processes are spawned, not
    forked (this one holds the store open, and its threads): a script that calls this runs its code under
    ``if __name__ == "__main__":``, as any script that starts processes must."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    from .store import as_ntriples
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_start_judge,
                             initargs=(str(shapes),)) as pool:
        waiting: deque = deque()
        for triples in batches:
            waiting.append(pool.submit(_judge_ntriples, as_ntriples(dict.fromkeys(triples))))
            if len(waiting) > jobs:
                yield waiting.popleft().result()
        while waiting:
            yield waiting.popleft().result()


_SHAPES: Any = None  # a judging process's shapes graph, parsed once


def _start_judge(path: str) -> None:
    global _SHAPES
    _SHAPES, _ = _shapes(path)


def _judge_ntriples(data: bytes) -> tuple[list[str], str]:
    import pyoxigraph as ox
    triples = [q.triple if isinstance(q, ox.Quad) else q for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
    return _judge(_rdflib_graph(triples), _SHAPES)


def _focus_nodes(store: Store, shapes) -> list[str] | None:
    """The instances of every target class (or a subclass of one, by the ontology), in every graph; None when
    one of them has no IRI (it cannot be asked for by query)."""
    import pyoxigraph as ox
    import rdflib
    classes = sorted({str(c) for c in shapes.objects(None, rdflib.URIRef(SH + "targetClass"))})
    if not classes:
        return []
    query = (f"SELECT DISTINCT ?n WHERE {{ GRAPH ?g {{ ?n <{_RDF_TYPE}> ?c }} "
             f"?c <{_SUBCLASS}>* ?t VALUES ?t {{ {' '.join(f'<{c}>' for c in classes)} }} }}")
    nodes = [r["n"] for r in store.query(query).rows]
    if not all(isinstance(n, ox.NamedNode) for n in nodes):
        return None
    return sorted(n.value for n in nodes)


# what a batch cannot judge: other targets than classes, and constraints on what a value node is or says
_REACHING = ("targetNode", "targetSubjectsOf", "targetObjectsOf", "target", "class", "node", "qualifiedValueShape")


def _path_hops(shapes) -> list[list[str]] | None:
    """The predicates a sequence path steps through before its last one, step by step: (oa:hasTarget
    oa:hasSelector oa:exact) gives [[hasTarget], [hasSelector]]: the nodes there must be in the data too.
    None when the shapes need more than a node's own paths (an inverse or alternative path, a target other than
    a class, sh:class or sh:node on the values): then the whole union is validated at once."""
    import rdflib
    from rdflib.collection import Collection
    if any(next(shapes.subject_objects(rdflib.URIRef(SH + name)), None) for name in _REACHING):
        return None
    steps: list[set[str]] = []
    for path in shapes.objects(None, rdflib.URIRef(SH + "path")):
        if isinstance(path, rdflib.URIRef):
            continue
        if shapes.value(path, rdflib.RDF.first) is None:
            return None
        sequence = list(Collection(shapes, path))
        if not all(isinstance(step, rdflib.URIRef) for step in sequence):
            return None
        for i, step in enumerate(sequence[:-1]):
            while len(steps) <= i:
                steps.append(set())
            steps[i].add(str(step))
    return [sorted(s) for s in steps]


def _rdflib_graph(triples: list) -> Any:
    """An rdflib graph of pyoxigraph triples, each distinct term made once (rdflib's N-Triples parser took a third
    of the time)."""
    import rdflib

    from .network import rdflib_terms
    term = rdflib_terms()
    graph = rdflib.Graph()
    graph.addN((term(t.subject), term(t.predicate), term(t.object), graph) for t in dict.fromkeys(triples))
    return graph


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
