"""graph/whole_store.py: the whole store read by query draws what every quad of it draws."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import built_store, write_mixed_corpus

from graph import app, whole_store
from graph import namespaces as ns
from graph.build import build
from graph.network import build_network
from graph.store import SourceInfo, open_store
from graph.viz import page_data

RDF, OA, A = ns.PREFIXES["rdf"], ns.PREFIXES["oa"], ns.ONTOLOGY


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_mixed_corpus(tmp_path_factory.mktemp("whole") / "corpus",
                              ["ipbes-mi-2-9-excerpt.txt", "un-a-res-80-50-excerpt.md"], docs=30, seed=5)


@pytest.fixture(scope="module")
def store(corpus: Path, tmp_path_factory: pytest.TempPathFactory):
    yield from built_store(corpus, tmp_path_factory)


def drawn(G) -> list[tuple[str, ...]]:
    """Every node and edge with all its data (the evidence lists included), in order."""
    nodes = sorted((n, json.dumps(d, sort_keys=True)) for n, d in G.nodes(data=True))
    edges = sorted((s, o, k, json.dumps(d, sort_keys=True)) for s, o, k, d in G.edges(keys=True, data=True))
    return nodes + edges


def difference(one, other) -> tuple | None:
    """The first node or edge two drawings differ on (a short message, where pytest would diff megabytes)."""
    a, b = drawn(one), drawn(other)
    return next(((x[:3], y[:3]) for x, y in zip(a, b, strict=False) if x != y), None if len(a) == len(b) else
                ("count", len(a), len(b)))


def by_query(store, graphs: int = whole_store.GRAPHS, **options):
    return build_network(whole_store.facts(store), records=whole_store.records(store, graphs), **options)


@pytest.mark.parametrize("quotes", [None, 1, 3])
def test_the_whole_store_read_by_query_draws_what_its_quads_draw(store, quotes: int | None) -> None:
    whole = build_network(store.quads(), quotes=quotes)
    assert sum(len(d["evidence"]) for _, d in whole.nodes(data=True)) > 100  # quotes to compare, on nodes
    assert sum(len(d["evidence"]) for *_, d in whole.edges(data=True)) > 100  # and on edges
    assert difference(by_query(store, quotes=quotes), whole) is None
    page = json.dumps(page_data(by_query(store, quotes=quotes), "t", "force"), sort_keys=True)
    assert hash(page) == hash(json.dumps(page_data(whole, "t", "force"), sort_keys=True))  # (no diff of megabytes)


@pytest.mark.parametrize("graphs", [1, 7])
def test_records_read_in_small_batches_are_the_same(store, graphs: int) -> None:
    def key(record):
        return record[0]
    small, large = sorted(whole_store.records(store, graphs), key=key), sorted(whole_store.records(store), key=key)
    assert len(small) == len(large) > 500
    assert next((a for a, b in zip(small, large, strict=True) if a != b), None) is None


def test_every_record_is_read_once_with_its_quote(store) -> None:
    rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?r <{RDF}subject> ?s }} }}").rows
    read = list(whole_store.records(store))
    assert len(read) == len({r[0] for r in read}) == int(rows[0]["n"].value) > 500
    for _record, _s, _p, _o, rule, targets in read:
        assert rule and len(targets) == 1
        sources, selectors = targets[0]
        assert [s.startswith(ns.SOURCE) for s in sources] == [True]
        exact = [e for e, _, _ in selectors if e]
        start, end = next((int(s), int(e)) for _, s, e in selectors if s)
        assert len(exact) == 1 and len(exact[0]) == end - start > 0


def test_the_facts_read_hold_no_evidence_but_the_bookkeeping(store) -> None:
    facts = list(whole_store.facts(store))
    assert not [t for t in facts if t.predicate.value in (RDF + "subject", OA + "hasTarget", OA + "exact")]
    assert {t.predicate.value for t in facts} >= {RDF + "type", A + "fileName", A + "sha256"}


def test_records_of_other_shapes_are_read_as_the_triples_give_them(tmp_path: Path) -> None:
    """Two targets, no rule, no target, a record without an object (not drawn), a blank-node source."""
    e = ox.NamedNode
    x, y = e(ns.ENTITY + "resolution/x"), e(ns.ENTITY + "body/y")
    src, label = e(ns.SOURCE + "doc"), e(ns.PREFIXES["rdfs"] + "label")
    facts = [ox.Triple(x, e(RDF + "type"), e(A + "Resolution")), ox.Triple(x, label, ox.Literal("X")),
             ox.Triple(y, e(RDF + "type"), e(A + "Body")), ox.Triple(y, label, ox.Literal("Y")),
             ox.Triple(x, e(A + "adoptedBy"), y), ox.Triple(src, e(A + "fileName"), ox.Literal("doc.txt"))]
    evidence = []

    def record(name, s, p, o, rule, targets):
        r = e(ns.EVIDENCE + name)
        evidence.extend(ox.Triple(r, q, v) for q, v in ((e(RDF + "subject"), s), (e(RDF + "predicate"), p),
                                                      (e(RDF + "object"), o)) if v is not None)
        if rule:
            evidence.append(ox.Triple(r, e(A + "rule"), ox.Literal(rule)))
        for t, source, quote, start in targets:
            evidence.extend([ox.Triple(r, e(OA + "hasTarget"), t), ox.Triple(t, e(OA + "hasSource"), source)])
            sel = e(t.value + "/q")
            integer = e(ns.PREFIXES["xsd"] + "integer")
            evidence.extend([ox.Triple(t, e(OA + "hasSelector"), sel),
                             ox.Triple(sel, e(OA + "exact"), ox.Literal(quote)),
                             ox.Triple(sel, e(OA + "start"), ox.Literal(str(start), datatype=integer))])

    t1, t2, t3 = (e(f"{ns.EVIDENCE}doc/{i}") for i in (1, 2, 3))
    record("a", x, e(A + "adoptedBy"), y, "r1", [(t1, src, "adopted by Y", 4), (t2, src, "Y adopted it", 90)])
    record("b", x, label, ox.Literal("X"), None, [(t3, ox.BlankNode("elsewhere"), "X", 0)])
    record("c", y, label, ox.Literal("Y"), "r2", [])
    record("d", x, e(A + "adoptedBy"), None, "r3", [(t1, src, "adopted by Y", 4)])
    evidence_proper = list(evidence)
    evidence.clear()  # and a record in another graph than an evidence graph (another tool's data)
    record("e", y, label, ox.Literal("Y"), "r4", [(e(f"{ns.EVIDENCE}doc/4"), src, "a body, Y", 7)])
    with open_store(tmp_path / "s", write=True) as s:
        s.replace_source(SourceInfo(src.value, "doc", "sha", "doc.txt"),
                         {ns.facts_graph("doc"): facts + evidence, ns.evidence_graph("doc"): evidence_proper})
    with open_store(tmp_path / "s") as s:
        whole, read = build_network(s.quads()), by_query(s)
    assert difference(read, whole) is None
    edge = read.edges[x.value, y.value, A + "adoptedBy"]["evidence"]
    assert [(i["quote"], i["start"], i["end"], i["rule"], i["document"]) for i in edge] == [
        ("adopted by Y", 4, None, "r1", "doc.txt"), ("Y adopted it", 90, None, "r1", "doc.txt")]
    assert [i["rule"] for i in read.nodes[x.value]["evidence"]] == [""]
    assert [i["quote"] for i in read.nodes[y.value]["evidence"]] == ["", "a body, Y"]  # no target: no quote


def test_the_projection_leaves_the_collector_as_it_found_it(store) -> None:
    assert gc.isenabled()
    by_query(store)
    assert gc.isenabled()
    gc.disable()
    try:
        by_query(store)
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.server
def test_a_remote_store_exports_the_same_graphml(store, corpus: Path, oxigraph_server, tmp_path: Path) -> None:
    """The same documents built into `oxigraph serve` and read over the SPARQL protocol: the same file."""
    with open_store(endpoint=oxigraph_server.url, write=True) as remote:
        build(remote, [corpus])
    with open_store(endpoint=oxigraph_server.url) as remote:
        there = app.export(remote, "graphml", tmp_path / "there.graphml").read_bytes()
        assert sorted(whole_store.records(remote), key=lambda r: r[0]) == sorted(whole_store.records(store),
                                                                                 key=lambda r: r[0])
    here = app.export(store, "graphml", tmp_path / "here.graphml").read_bytes()
    assert len(here) > 100_000 and here == there


def test_an_export_tells_how_far_it_has_read(store, tmp_path: Path) -> None:
    told: list[tuple[str, int, int]] = []
    app.export(store, "graphml", tmp_path / "g.graphml", progress=lambda *step: told.append(step))
    graphs = store.graphs()
    evidence = len([g for g in graphs if ns.is_evidence_graph(g)])
    facts = [step for step in told if step[0] == "graphs of facts"]
    assert facts[-1] == ("graphs of facts", len(graphs) - evidence, len(graphs) - evidence)
    assert told[-1] == ("evidence graphs", evidence, evidence) and evidence > 30
    assert told.index(facts[-1]) < told.index(told[-1])  # the facts first, then the evidence
    done = [n for what, n, _ in told if what == "evidence graphs"]
    assert done == sorted(done) and done[0] == 0
