"""The whole store as a drawing of all of it reads it: the facts graph by graph, the evidence records as rows.

`acta export --format graphml` (and `acta viz` without a focus) project every thing of the store.  Handing
``network.build_network`` every quad of every named graph took 101 s and 3.5 GB on the 10,000-document
synthetic store: 6.95 million quads, of which 5.5 million are the evidence graphs' records, targets and
selectors, each made into rdflib terms and indexed by subject before the projection read them back.

Here the facts come from every graph but the evidence graphs, one graph at a time (1.4 million quads at 10,000
documents; the merged default graph has them in 441,000 triples, but a query's rows are all held at once).
The evidence records are read a thousand evidence graphs at a time, as one row per record (its fact, rule and
target) and one per target's source and selector, by sub-SELECTs that Oxigraph hash-joins: only the records of
those graphs are held at once, and ``build_network`` is given each record as it is rather than its triples.
The records' five patterns took 37 s at 10,000 documents as one group (an index seek per record), 13 s as
sub-SELECTs over the whole store, which held half a gigabyte in the engine: hence the batches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

import pyoxigraph as ox

from .namespaces import PREFIXES, is_evidence_graph
from .network import A, Record, Target, rdflib_terms
from .store import Store

Progress = Callable[[str, int, int], None]  # (what, done, total)
_RDF, _OA = PREFIXES["rdf"], PREFIXES["oa"]
GRAPHS = 1000  # evidence graphs read at a time: some 66,000 records of the synthetic corpus


def facts(store: Store, progress: Progress | None = None) -> Iterator[ox.Triple]:
    """The triples ``build_network`` reads besides the evidence records: every graph's but the evidence graphs'
    (which say nothing about things, only about their own records).  ``progress``: told every 100 graphs read."""
    graphs = [g for g in store.graphs() if not is_evidence_graph(g)]
    for done, (_graph, quads) in enumerate(store.quads_by_graph(graphs), 1):
        for q in quads:
            yield q.triple
        if progress and (done % 100 == 0 or done == len(graphs)):
            progress("graphs of facts", done, len(graphs))


def records(store: Store, graphs: int = GRAPHS, progress: Progress | None = None) -> Iterator[Record]:
    """Every evidence record, with its targets' sources and selectors: ``graphs`` evidence graphs at a time, in the
    order of their names, and their records in the order of theirs.  A record, its targets and their selectors
    are in one graph, their document's evidence graph (facts.add_evidence).  A record with more than one subject,
    predicate or object (no record acta writes) is read with the first of each in the order of their N-Triples
    text; only records with all three are drawn (network._records).  ``progress``: told before each batch and
    after the last."""
    term = rdflib_terms()
    names = [g for g in store.graphs() if is_evidence_graph(g)]
    for i in range(0, len(names), graphs):
        if progress:
            progress("evidence graphs", i, len(names))
        among = f"VALUES ?g {{ {' '.join(str(ox.NamedNode(g)) for g in names[i:i + graphs])} }}"
        found: dict[str, list[Any]] = {}  # record -> [subject, predicate, object, rules, targets, record]
        for row in _rows(store, among, _RECORD):
            key, rule, target = str(row["r"]), row.get("rule"), row.get("t")
            record = found.get(key)
            if record is None:
                record = found[key] = [row["n"], row["p"], row["o"], set(), set(), row["r"]]
            else:  # a second rule or target, or a second subject, predicate or object: the first of each
                for k, var in enumerate(("n", "p", "o")):
                    if str(row[var]) < str(record[k]):
                        record[k] = row[var]
            if rule is not None:
                record[3].add(rule.value)
            if target is not None:
                record[4].add(str(target))
        if not found:
            continue
        sources: dict[str, set[str]] = defaultdict(set)
        for row in _rows(store, among, _SOURCE):
            sources[str(row["t"])].add(row["src"].value)
        selectors: dict[str, set[tuple[str, str | None, str | None, str | None]]] = defaultdict(set)
        for row in _rows(store, among, _SELECTOR):
            selectors[str(row["t"])].add((str(row["s"]), *(row[v].value if v in row else None
                                                           for v in ("exact", "start", "end"))))
        for key in sorted(found):
            subj, pred, obj, rules, targets, record = found[key]
            yield (str(term(record)), str(term(subj)), str(term(pred)), term(obj), min(rules, default=""),
                   [_target(sources[t], selectors[t]) for t in sorted(targets)])
    if progress and names:
        progress("evidence graphs", len(names), len(names))


def _target(sources: set[str], selectors: set[tuple[str, str | None, str | None, str | None]]) -> Target:
    ordered = sorted(selectors, key=lambda s: tuple((v is None, v or "") for v in s))  # the same whatever the hash
    return sorted(sources), [(exact, start, end) for _, exact, start, end in ordered]


def _in_graphs(projected: str, pattern: str) -> str:
    """A sub-SELECT of one pattern in the graphs of the VALUES block put for {among}: Oxigraph hash-joins
    sub-SELECTs (a scan each) where it would seek an index for each record (37 s against 13 s at 10,000
    documents, for the records' five patterns)."""
    return f"{{ SELECT {projected} WHERE {{ {{among}} GRAPH ?g {{ {pattern} }} }} }}"


_RECORD = ("SELECT ?r ?n ?p ?o ?rule ?t WHERE { "
           + _in_graphs("?r ?n", f"?r <{_RDF}subject> ?n") + _in_graphs("?r ?p", f"?r <{_RDF}predicate> ?p")
           + _in_graphs("?r ?o", f"?r <{_RDF}object> ?o")
           + " OPTIONAL " + _in_graphs("?r ?rule", f"?r <{A}rule> ?rule")
           + " OPTIONAL " + _in_graphs("?r ?t", f"?r <{_OA}hasTarget> ?t") + " }")
_SOURCE = "SELECT ?t ?src WHERE " + _in_graphs("?t ?src", f"?t <{_OA}hasSource> ?src")
_SELECTOR = ("SELECT ?t ?s ?exact ?start ?end WHERE { " + _in_graphs("?t ?s", f"?t <{_OA}hasSelector> ?s")
             + "".join(f" OPTIONAL {_in_graphs('?s ?' + k, f'?s <{_OA}{k}> ?{k}')}" for k in ("exact", "start", "end"))
             + " }")


def _rows(store: Store, among: str, query: str) -> list[dict[str, ox.Term]]:
    return store.query(query.replace("{among}", among)).rows


__all__ = ["GRAPHS", "facts", "records"]
