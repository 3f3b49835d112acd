"""The part of the store a focused drawing needs, read by query rather than whole.

`acta viz --focus X` draws the nodes within a few links of X.  Projecting every quad of the store to find
them took 172 s and 4.2 GB on the 10,000-document synthetic store.  Here the walk runs on the store, one
distance at a time: the links of the nodes reached, the types of their neighbours (to keep only what
``network.build_network`` draws, to apply --class, and to find the hubs, which a focus shows but does not walk
through), then only the triples the projection of those nodes reads: their own, the types and labels of what
they point to, their evidence records with targets, selectors and sources, and the ontology.  With a cap on
the quotes a list shows (`acta viz --quotes`), only the records that can be among the first of their list are
read, and every record is counted.
``build_network`` on those triples, told which nodes are hubs, gives the graph the whole store gives; the tests
compare the two.

When the store names nothing the focus asks for (or a blank node is in the way), ``focus_dataset`` returns
None and the caller projects the whole store, which also words the error and its "did you mean".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import pyoxigraph as ox

from .namespaces import ONTOLOGY, ONTOLOGY_GRAPH, PREFIXES
from .network import (
    _BRACKETED,
    FOLDED_CLASSES,
    HIDDEN_CLASSES,
    HIDDEN_FACTS,
    KINDS,
    LABEL,
    SEARCH_PROPS,
    TYPE,
    _kind,
    _parse_classes,
    normalise_key,
)
from .store import FILE_NAME, NAMED_GRAPH, SOURCES_GRAPH, Store

_RDF = PREFIXES["rdf"]
_OA = PREFIXES["oa"]


def _any_of(predicates: Iterable[str], pattern: str) -> str:
    """One pattern per predicate, as a UNION: Oxigraph seeks each by its index, where a VALUES of predicates
    next to bound nodes made it scan every quad (0.32 s against 6 ms for 400 evidence records)."""
    return " UNION ".join("{ " + pattern.replace("?p", f"<{p}>") + f" BIND (<{p}> AS ?p) }}" for p in predicates)


# What is said about a thing is read from the default graph, which merges the facts of every document (a
# triple once, however many documents state it), and from the bookkeeping graph, which it does not merge;
# evidence graphs say nothing about things, only about their own records (store.py).  Read from every named
# graph, the Secretary-General's type and label came once per document: 35,000 quads at 10,000 documents.
_SAID = "{ %s } UNION { GRAPH <" + SOURCES_GRAPH + "> { %s } }"
# the keys a focus is matched against (network.find_nodes): labels, symbols, acronyms, other names
_KEYS = (f"SELECT DISTINCT ?n ?v WHERE {{ {_any_of(sorted({LABEL, *SEARCH_PROPS}), _SAID % (('?n ?p ?v',) * 2))} "
         "FILTER (isLiteral(?v) && CONTAINS(LCASE(STR(?v)), ?needle)) }")
# links between things live in the facts (and the ontology)
_OUT = "SELECT ?n ?p ?m WHERE { ?n ?p ?m FILTER (!isLiteral(?m)) }"
_NAMED = "ASK { { ?_n ?p ?o } UNION { ?s ?p ?_n } }"  # an IRI the facts name
_IN = "SELECT ?n ?p ?m WHERE { ?m ?p ?n }"
_TYPES = f"SELECT DISTINCT ?n ?t WHERE {{ {_SAID % (('?n a ?t',) * 2)} }}"
_ABOUT = f"SELECT ?n ?p ?o WHERE {{ {_SAID % (('?n ?p ?o',) * 2)} }}"
_NAMES = f"SELECT ?n ?p ?o WHERE {{ {_any_of([TYPE, LABEL], _SAID % (('?n ?p ?o',) * 2))} }}"
# an evidence record, its target, selector and source: each in its own document's evidence graph
_QUADS = "SELECT ?n ?p ?o WHERE { GRAPH ?g { ?n ?p ?o } }"
_RECORDS = f"SELECT DISTINCT ?o WHERE {{ GRAPH ?g {{ ?o <{_RDF}subject> ?n }} }}"
# with a cap on the quotes listed: each record's fact and graph, and the file name of the document each graph is of
_RECORD_KEYS = (f"SELECT ?n ?r ?p ?o ?g WHERE {{ GRAPH ?g {{ ?r <{_RDF}subject> ?n ; <{_RDF}predicate> ?p ; "
                f"<{_RDF}object> ?o }} }}")
_FILE_NAMES = (f"SELECT ?n ?f WHERE {{ GRAPH <{SOURCES_GRAPH}> {{ ?s <{NAMED_GRAPH.value}> ?n ; "
               f"<{FILE_NAME.value}> ?f }} }}")
_UNDRAWN = HIDDEN_CLASSES | FOLDED_CLASSES
_SKIPPED = HIDDEN_FACTS | {TYPE}


class _Blank(Exception):
    """A blank node where the walk needs IRIs: the whole store is projected instead."""


class Scope(NamedTuple):
    """What ``network.build_network`` is given for a focus: the triples, the hubs, and with a cap on the quotes
    listed, the number of evidence records of each (subject, predicate, object), of which only some were read."""
    triples: list[ox.Triple]
    hubs: set[str]
    totals: dict[tuple[str, str, str], int] | None = None


def focus_dataset(store: Store, focus: str | Sequence[str], depth: int = 2, classes: str | Sequence[str] | None = None,
                  hub_limit: int | None = 50, quotes: int | None = None) -> Scope | None:
    """The triples a drawing of the focus needs, and its hubs (nodes walked past); None: project everything.
    ``quotes``: build_network's cap on each evidence list, so that only the records it may list are read."""
    keep = set(_parse_classes(classes)) if classes else None
    walk = _Walk(store, keep)
    try:
        starts = [n for text in ([focus] if isinstance(focus, str) else focus) for n in walk.starts(text)]
        if not starts or depth < 0:
            return None
        seen = dict.fromkeys(starts, 0)
        frontier, hubs = list(seen), set()
        for distance in range(depth):
            neighbours = walk.neighbours(frontier)
            # a hub is shown, not walked through; a node the focus names always is (it may be a hub one link from
            # another node the focus names, which the drawing then does not walk through: hence every hub is kept)
            big = {n for n in frontier if hub_limit is not None and len(neighbours[n]) > hub_limit}
            hubs |= big
            frontier = []
            for n in sorted(neighbours):
                if distance > 0 and n in big:
                    continue
                for m in sorted({m for _, m in neighbours[n]}):
                    if m not in seen:
                        seen[m] = distance + 1
                        frontier.append(m)
        triples, totals = walk.triples(sorted(seen), quotes)
        return Scope(triples, hubs, totals)
    except _Blank:
        return None


class _Walk:
    def __init__(self, store: Store, keep: set[str] | None) -> None:
        self.store, self.keep = store, keep
        self.kinds: dict[str, str | None] = {}  # IRI -> the kind it is drawn as (None: not drawn)

    def _rows(self, query: str, nodes: Iterable[str]) -> Iterable[dict[str, ox.Term]]:
        return self.store.query_nodes(query, nodes)

    def _iri(self, term: ox.Term) -> str:
        if not isinstance(term, ox.NamedNode):
            raise _Blank
        return term.value

    def drawn(self, nodes: Iterable[str]) -> None:
        """What each node is drawn as (network.build_network's rules), for nodes not known yet."""
        todo = sorted({n for n in nodes if n not in self.kinds})
        types: dict[str, set[str]] = defaultdict(set)
        for row in self._rows(_TYPES, todo):
            types[row["n"].value].add(row["t"].value)
        for n in todo:
            ts = types.get(n, set())
            kind = None if ts & _UNDRAWN or n.startswith(ONTOLOGY) else _kind(ts, n)
            self.kinds[n] = kind if kind is not None and (self.keep is None or kind in self.keep) else None

    def starts(self, text: str) -> list[str]:
        """The nodes network.find_nodes would pick for ``text``, among those drawn."""
        if re.match(r"^https?://\S+$", text) and self.store.query(_NAMED, {"_n": ox.NamedNode(text)}).boolean:
            self.drawn([text])
            if self.kinds[text]:
                return [text]
        want = normalise_key(text)
        words = sorted(re.findall(r"[a-z0-9]+", want), key=len, reverse=True)
        if not words:
            return []
        rows = self.store.query(_KEYS, {"needle": ox.Literal(words[0])}).rows
        exact, prefix = set(), set()
        for row in rows:
            key = normalise_key(row["v"].value)
            if key == want:
                exact.add(self._iri(row["n"]))
            elif key.startswith(want) and _BRACKETED.fullmatch(key[len(want):]):
                prefix.add(self._iri(row["n"]))
        self.drawn(exact | prefix)
        exact = {n for n in exact if self.kinds[n]}
        return sorted(exact or {n for n in prefix if self.kinds[n]})

    def neighbours(self, nodes: list[str]) -> dict[str, set[tuple[str, str]]]:
        """Each node's drawn links, as (predicate, neighbour) one way or the other; their number is its degree."""
        found: dict[str, list[tuple[str, str, str]]] = {n: [] for n in nodes}
        for query, way in ((_OUT, "out"), (_IN, "in")):
            for row in self._rows(query, nodes):
                p = row["p"].value
                if p not in _SKIPPED:
                    found[row["n"].value].append((way, p, self._iri(row["m"])))
        self.drawn(m for links in found.values() for _, _, m in links)
        return {n: {(f"{way} {p}", m) for way, p, m in links if self.kinds[m]} for n, links in found.items()}

    def triples(self, nodes: list[str], quotes: int | None = None
                ) -> tuple[list[ox.Triple], dict[tuple[str, str, str], int] | None]:
        """What the projection of these nodes reads: their quads, the names and types of what they point to, the
        evidence about them (records, targets, selectors, sources), and the ontology; with ``quotes``, only the
        records that may be among the first ``quotes`` of a list, and how many records each fact has."""
        out = [_triple(r) for r in self._rows(_ABOUT, nodes)]
        objects = {t.object.value for t in out if isinstance(t.object, ox.NamedNode)} - set(nodes)
        out += [_triple(r) for r in self._rows(_NAMES, sorted(objects))]
        totals = None
        if quotes:
            records, totals = self._first_records(nodes, quotes)
        else:
            records = sorted({r["o"].value for r in self._rows(_RECORDS, nodes)})
        # the records' quads name their targets, and the targets' their sources and selectors
        steps = [[_OA + "hasTarget"], [_OA + "hasSource", _OA + "hasSelector"]]
        evidence = reached(self.store, records, steps)
        if any(isinstance(t.object, ox.BlankNode) and any(t.predicate.value in step for step in steps)
               for t in evidence):
            raise _Blank
        out += evidence
        out += [q.triple for q in self.store.quads(ONTOLOGY_GRAPH)]
        return out, totals

    def _first_records(self, nodes: list[str], quotes: int) -> tuple[list[str], dict[tuple[str, str, str], int]]:
        """The records that may be among the first ``quotes`` items of their list, and each fact's record count.

        A list (a node's own facts, or one edge) is sorted by document file name first, and holds the records of
        one or more facts (subject, predicate, object).  The first ``quotes`` items of a list are therefore among
        the records in the ``quotes`` first documents of the facts it holds: fact by fact for a fact that may be
        an edge, all together for the facts that are surely the node's own (a type, a hidden fact, a literal, a
        term of the ontology).  That is a superset, which build_network sorts and cuts as it would the whole
        store's.  A record's document is its graph's (facts.add_evidence writes a record, its target and its
        source's name into the document's own evidence graph); a graph no document claims keeps all its records."""
        rows = list(self._rows(_RECORD_KEYS, nodes))
        names = {r["n"].value: r["f"].value for r in self._rows(_FILE_NAMES, sorted({r["g"].value for r in rows}))}
        records: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        lists: dict[tuple[str, ...], dict[str | None, set[str]]] = defaultdict(lambda: defaultdict(set))
        for r in rows:
            s, p, o = r["n"].value, r["p"].value, r["o"]
            if isinstance(o, ox.BlankNode):
                raise _Blank
            record = self._iri(r["r"])
            records[(s, p, o.value)].add(record)
            own = p in _SKIPPED or isinstance(o, ox.Literal) or o.value.startswith(ONTOLOGY)
            lists[(s,) if own else (s, p, o.value)][names.get(r["g"].value)].add(record)
        keep: set[str] = set()
        for by_document in lists.values():
            first = sorted(d for d in by_document if d is not None)[:quotes]
            for document in [*first, None]:
                keep |= by_document.get(document, set())
        return sorted(keep), {fact: len(found) for fact, found in records.items()}


def reached(store: Store, nodes: list[str], steps: list[list[str]]) -> list[ox.Triple]:
    """The triples of these nodes in every graph, then of the nodes their ``steps[0]`` predicates lead to, then of
    those ``steps[1]`` leads to from there, and so on: an evidence record, its target, its target's selectors."""
    out: list[ox.Triple] = []
    todo, seen = list(nodes), set(nodes)
    for depth in range(len(steps) + 1):
        found: set[str] = set()
        for row in store.query_nodes(_QUADS, todo):
            out.append(_triple(row))
            if depth < len(steps) and row["p"].value in steps[depth] and isinstance(row["o"], ox.NamedNode):
                found.add(row["o"].value)
        todo = sorted(found - seen)
        seen |= found
    return out


def drawn_at_least(store: Store, classes: str | Sequence[str] | None = None) -> int:
    """How many nodes a drawing of the whole store has at least: the things typed with a class of a kind drawn,
    of no kind before it left out, and of no hidden class.  `acta viz` with no focus refuses a store too large to
    draw without projecting it first (172 s for the 10,000-document synthetic store)."""
    keep = set(_parse_classes(classes)) if classes else {kind for kind, _ in KINDS}

    def among(var: str, iris: Iterable[str]) -> str:
        return f"FILTER ({var} IN ({', '.join(f'<{c}>' for c in sorted(iris))}))"

    branches = []
    for i, (kind, cs) in enumerate(KINDS):
        if kind in keep:  # a node is drawn as the first kind it has a class of (network._kind)
            before = {c for k, ks in KINDS[:i] if k not in keep for c in ks}
            unless = f" FILTER NOT EXISTS {{ ?s a ?u {among('?u', before)} }}" if before else ""
            branches.append(f"{{ ?s a ?t {among('?t', cs)}{unless} }}")
    if not branches:
        return 0
    query = (f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {' UNION '.join(branches)} "
             f'FILTER (isIRI(?s) && !STRSTARTS(STR(?s), "{ONTOLOGY}")) '
             f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s a ?h }} {among('?h', _UNDRAWN)} }} "
             f"FILTER NOT EXISTS {{ ?s a ?h {among('?h', _UNDRAWN)} }} }}")
    rows = store.query(query).rows
    return int(rows[0]["n"].value) if rows else 0


def _triple(row: dict[str, ox.Term]) -> ox.Triple:
    return ox.Triple(row["n"], row["p"], row["o"])


__all__ = ["Scope", "drawn_at_least", "focus_dataset", "reached"]
