"""SHACL validation of a store against `ontology/shapes.ttl`, with pySHACL.

Runs over the union of the facts, evidence and ontology graphs, so that shapes
can check that every fact has its evidence record.  Warnings do not fail.
"""

from __future__ import annotations

from .resources import shapes_file
from .store import Store


def validate_store(store: Store) -> tuple[bool, str]:
    """(conforms, report text); only sh:Violation results make it non-conforming."""
    import rdflib
    from pyshacl import validate

    from .app import store_dataset

    dataset = store_dataset(store)
    data = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        data.add((s, p, o))
    shapes = rdflib.Graph().parse(shapes_file())
    _, report_graph, report_text = validate(data, shacl_graph=shapes, inference="none",
                                            allow_warnings=True, advanced=True)
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    violations = list(report_graph.subjects(sh.resultSeverity, sh.Violation))
    return (not violations), report_text
