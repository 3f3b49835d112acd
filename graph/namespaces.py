"""IRIs acta mints, in one place, so that every module agrees on them."""

from __future__ import annotations

BASE = "https://w3id.org/acta/"
ONTOLOGY = BASE + "ontology#"          # classes and properties (ontology/acta.ttl)
ENTITY = BASE + "id/"                  # things: id/<kind>/<slug>
SOURCE = BASE + "source/"              # source documents: source/<slug>
GRAPH = BASE + "graph/"                # named graphs: graph/<slug> (facts), graph/<slug>/evidence
EVIDENCE = BASE + "evidence/"          # evidence records: evidence/<hash>
ONTOLOGY_GRAPH = BASE + "graph/_ontology"  # the ontology itself, loaded into every store

PREFIXES = {
    "acta": ONTOLOGY,
    "id": ENTITY,
    "src": SOURCE,
    "ev": EVIDENCE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "schema": "https://schema.org/",
    "time": "http://www.w3.org/2006/time#",
    "oa": "http://www.w3.org/ns/oa#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "sh": "http://www.w3.org/ns/shacl#",
}


def facts_graph(source_slug: str) -> str:
    return f"{GRAPH}{source_slug}"


EVIDENCE_GRAPH_SUFFIX = "/evidence"


def evidence_graph(source_slug: str) -> str:
    return f"{GRAPH}{source_slug}{EVIDENCE_GRAPH_SUFFIX}"


def is_evidence_graph(graph: str) -> bool:
    return graph.startswith(GRAPH) and graph.endswith(EVIDENCE_GRAPH_SUFFIX)
