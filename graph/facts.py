"""Claims become RDF: a facts graph and an evidence graph per source document.

Consolidation happens here, once per document: a meeting said to be "in the
Dominican Republic in the last quarter of 2009" and later "in Santo Domingo,
Dominican Republic, on November 4 and 5, 2009" keeps the most precise date and
place, and every claim, kept or not, is still evidence of what the text says.
"""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict

import pyoxigraph as ox

from .extract import Claim, Extraction, Lit
from .namespaces import ENTITY, EVIDENCE, PREFIXES, SOURCE, evidence_graph, facts_graph
from .resolve import classes, key_to_iri
from .text import name_keys

RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
RDFS_LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")
DATE_PROPS = ("schema:startDate", "schema:endDate", "acta:adoptionDate", "acta:establishedOn", "acta:electedOn",
              "acta:entryIntoForce", "acta:signedOn")
SINGLE = ("dcterms:title",)
TERM = "term:"  # a claim's object that is an ontology term: "term:acta:endorsedBy"
NAME_PROPS = frozenset(PREFIXES[p] + local
                       for p, local in (("rdfs", "label"), ("acta", "acronym"), ("skos", "altLabel")))


@functools.lru_cache(maxsize=4096)  # a few hundred terms, asked for a million times in a 1k-document build
def curie(value: str) -> ox.NamedNode:
    prefix, _, local = value.partition(":")
    return ox.NamedNode(PREFIXES[prefix] + local)


def literal(lit: Lit) -> ox.Literal:
    if lit.datatype and lit.datatype != "xsd:string":
        return ox.Literal(lit.value, datatype=curie(lit.datatype))
    return ox.Literal(lit.value)


def consolidate(claims: list[Claim]) -> list[Claim]:
    """Keep the most precise date per subject and property, the city over its own country, one title."""
    kept: list[Claim] = []
    best_date: dict[tuple[str, str], Claim] = {}
    for c in claims:
        if c.predicate in DATE_PROPS and isinstance(c.object, Lit):
            k = (c.subject, c.predicate)
            old = best_date.get(k)
            if old is None or len(c.object.value) > len(old.object.value):
                best_date[k] = c
    starts = {c.subject: c for c in best_date.values() if c.predicate == "schema:startDate"}
    cities_in = defaultdict(set)
    for c in claims:
        if c.predicate == "schema:containedInPlace":
            cities_in[c.subject].add(c.object)
    located = defaultdict(set)
    for c in claims:
        if c.predicate == "schema:location":
            located[c.subject].add(c.object)
    seen_single: set[tuple[str, str]] = set()
    for c in claims:
        if c.predicate in DATE_PROPS:
            if c.predicate == "schema:endDate":
                start = starts.get(c.subject)
                if start is None or (start.start, start.end, start.rule) != (c.start, c.end, c.rule):
                    continue
                if best_date.get((c.subject, c.predicate)) is not c and _same_value_seen(kept, c):
                    continue
            elif best_date.get((c.subject, c.predicate)) is not c:
                continue
        elif c.predicate in ("acta:dateQualifier", "acta:dateText", "acta:notBefore", "acta:notAfter"):
            start = starts.get(c.subject)
            if start is None or (start.start, start.end) != (c.start, c.end):
                continue
        elif c.predicate == "schema:location":
            if any(c.object in cities_in[other] for other in located[c.subject]):
                continue
        elif c.predicate in SINGLE:
            if (c.subject, c.predicate) in seen_single:
                continue
            seen_single.add((c.subject, c.predicate))
        kept.append(c)
    return kept


def _same_value_seen(kept: list[Claim], c: Claim) -> bool:
    return any(k.subject == c.subject and k.predicate == c.predicate for k in kept)


def to_ntriples(x: Extraction) -> dict[str, bytes]:
    """The facts graph and the evidence graph as N-Triples, lines sorted: the same bytes for the same text."""
    facts, evidence = _statements(x)
    slug = x.document.slug
    return {facts_graph(slug): _ntriples(f"{s} {p} {o}" for s, p, o in facts),
            evidence_graph(slug): _ntriples(evidence)}


def to_graphs(x: Extraction) -> dict[str, list[ox.Triple]]:
    """to_ntriples() as triples, in the same order."""
    return {g: [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
            for g, data in to_ntriples(x).items()}


def _ntriples(statements) -> bytes:
    """Sorted as "subject predicate object" text, the order every back end and export sees."""
    return "".join(f"{line} .\n" for line in sorted(statements)).encode()


def _statements(x: Extraction) -> tuple[dict[tuple, None], dict[str, None]]:
    """The facts as (subject, predicate, object) terms, and the evidence as N-Triples lines without the " .":
    sixteen triples per claim, written as text rather than as pyoxigraph objects (a third of a worker's time)."""
    doc = x.document
    slug = doc.slug
    src = ox.NamedNode(SOURCE + slug)
    facts: dict[tuple, None] = {}
    evidence: dict[str, None] = {}

    def add(store: dict, s, p, o) -> None:
        store[(s, p, o)] = None

    add(facts, src, RDF_TYPE, curie("acta:SourceDocument"))
    add(facts, src, curie("acta:fileName"), ox.Literal(doc.file_name))
    add(facts, src, curie("acta:sha256"), ox.Literal(doc.sha256))
    if doc.metadata.get("title"):
        add(facts, src, curie("dcterms:title"), ox.Literal(doc.metadata["title"].strip(" :")))
    if x.self_key and x.registry.get(x.self_key):
        add(facts, src, curie("acta:embodies"), ox.NamedNode(key_to_iri(x.self_key)))
        # the text acta read is a document, whatever else it is (a resolution, a decision)
        add(facts, ox.NamedNode(key_to_iri(x.self_key)), RDF_TYPE, curie("acta:Document"))

    claims = consolidate(x.claims)
    first_span: dict[str, Claim] = {}
    for c in claims:
        first_span.setdefault(c.subject, c)
        if isinstance(c.object, str):
            first_span.setdefault(c.object, c)

    for entity in x.registry:
        node = ox.NamedNode(entity.iri)
        for cls in classes(entity):
            add(facts, node, RDF_TYPE, curie(cls))
        add(facts, node, RDFS_LABEL, ox.Literal(entity.label))

    text = doc.source  # quotes are the file's own characters, running heads included
    source = str(src)
    for c in claims:
        subject = x.registry.get(c.subject)
        if subject is None:
            continue
        s = ox.NamedNode(subject.iri)
        p = curie(c.predicate)
        if isinstance(c.object, Lit):
            o = literal(c.object)
        elif c.object.startswith(TERM):  # an ontology term, not a thing the text names (acta:actionProperty)
            o = curie(c.object[len(TERM):])
        else:
            target = x.registry.get(c.object)
            if target is None:
                continue
            o = ox.NamedNode(target.iri)
        if c.predicate == "rdfs:label":
            continue  # the registry's one label per entity is written above
        add(facts, s, p, o)
        add_evidence(evidence, source, slug, str(s), str(p), str(o), c, text)
    add_name_keys(facts)
    return facts, evidence


def add_name_keys(facts: dict[tuple, None]) -> None:
    """Each name of a thing the documents name, as the key `acta query -p` looks it up by.  Not symbols (they
    have acta:symbolKey) nor the made-up labels of requests and dated actions: a fifth more triples for names nobody
    types."""
    hidden, symbol = curie("skos:hiddenLabel"), curie("acta:symbol")
    made_up = (curie("acta:Request"), curie("acta:DatedAction"))
    skip = {s for s, p, o in facts if p == RDF_TYPE and o in made_up}
    symbols = {(s, o.value) for s, p, o in facts if p == symbol}
    keys = [(s, name_keys(o.value)) for s, p, o in facts
            if p.value in NAME_PROPS and isinstance(o, ox.Literal) and s not in skip
            and s.value.startswith(ENTITY) and (s, o.value) not in symbols]
    for s, found in keys:
        for key in found:
            facts[(s, hidden, ox.Literal(key))] = None


# the evidence graph's fixed terms as N-Triples, made once
_EVIDENCE_TERMS = tuple(str(curie(c)) for c in (
    "rdf:type", "acta:Evidence", "rdf:subject", "rdf:predicate", "rdf:object", "acta:rule", "oa:hasTarget",
    "prov:wasDerivedFrom", "oa:SpecificResource", "oa:hasSource", "oa:hasSelector", "oa:TextQuoteSelector",
    "oa:exact", "oa:TextPositionSelector", "oa:start", "oa:end", "xsd:nonNegativeInteger"))


def add_evidence(out: dict[str, None], src: str, slug: str, s: str, p: str, o: str, c: Claim, text: str) -> None:
    """The Web Annotation record of one claim; `src`, `s`, `p`, `o` are terms in N-Triples (str() of a term)."""
    (a, evidence_class, subject, predicate, object_, rule, has_target, derived, specific, has_source, has_selector,
     quote_selector, exact, position_selector, start, end, integer) = _EVIDENCE_TERMS
    digest = hashlib.sha1(f"{slug}|{s}|{p}|{o}|{c.start}|{c.end}|{c.rule}".encode()).hexdigest()[:20]
    ev = f"<{EVIDENCE}{digest}>"
    span = f"{EVIDENCE}{slug}/{c.start}-{c.end}"
    target, quote, position = f"<{span}>", f"<{span}/quote>", f"<{span}/position>"
    for line in (
        f"{ev} {a} {evidence_class}",
        f"{ev} {subject} {s}",
        f"{ev} {predicate} {p}",
        f"{ev} {object_} {o}",
        f"{ev} {rule} {ox.Literal(c.rule)}",
        f"{ev} {has_target} {target}",
        f"{ev} {derived} {src}",
    ):
        out[line] = None
    if f"{target} {a} {specific}" in out:
        return  # the span's selectors are there already, from another claim read in the same words
    for line in (
        f"{target} {a} {specific}",
        f"{target} {has_source} {src}",
        f"{target} {has_selector} {quote}",
        f"{target} {has_selector} {position}",
        f"{quote} {a} {quote_selector}",
        f"{quote} {exact} {ox.Literal(text[c.start:c.end])}",
        f"{position} {a} {position_selector}",
        f'{position} {start} "{c.start}"^^{integer}',
        f'{position} {end} "{c.end}"^^{integer}',
    ):
        out[line] = None
