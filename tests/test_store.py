"""The graph store: both back ends, atomic replacement, locking, query safety."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from conftest import LABEL, P, source

from graph import export
from graph import namespaces as ns
from graph.errors import (
    EndpointError,
    MalformedQueryError,
    QueryError,
    StoreError,
    UpdateRefusedError,
)
from graph.store import SOURCES_GRAPH, SourceInfo, bind_query, open_store

REPO = Path(__file__).resolve().parents[1]
NASTY = [
    'quote " and """ triple',
    "back\\slash \\u0041 not an escape",
    "new\nline\ttab\r\x00nul\x07bell",
    "é 😀 } GRAPH <x> { ; DROP ALL #",
]


def run_python(code: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True,
                          text=True, timeout=120, **kwargs)


# --- writing -------------------------------------------------------------------------------------
def test_replace_twice_leaves_no_duplicates(built: Path) -> None:
    with open_store(built, write=True) as s:
        before = s.count()
        assert before == 5 + 2 + 3 + 2 + 1 + 2 * 5  # facts, evidence, ontology, bookkeeping
        s.replace_source(*source("a"))
        s.replace_source(*source("a"))
        assert s.count() == before
        s.replace_source(*source("a", n=2, version="2"))
        assert s.count() == before - 3
        facts = {q.triple for q in s.quads(ns.facts_graph("a"))}
        assert facts == set(source("a", n=2, version="2")[1][ns.facts_graph("a")])
        assert s.sources()["a"].sha256 == "sha-a-2"


def test_sources_graphs_and_removal(built: Path) -> None:
    with open_store(built, write=True) as s:
        assert set(s.sources()) == {"a", "b"}
        assert s.sources()["b"] == SourceInfo(ns.SOURCE + "b", "b", "sha-b-1", "b.txt")
        assert ns.ONTOLOGY_GRAPH in s.graphs() and SOURCES_GRAPH in s.graphs()
        assert s.remove_source("b") is True
        assert s.remove_source("b") is False
        assert set(s.sources()) == {"a"}
        assert not [g for g in s.graphs() if g.startswith(ns.facts_graph("b"))]


def test_a_dropped_graph_disappears_on_rebuild(built: Path) -> None:
    info, graphs = source("a")
    with open_store(built, write=True) as s:
        s.replace_source(info, {ns.facts_graph("a"): graphs[ns.facts_graph("a")]})
        assert ns.evidence_graph("a") not in s.graphs()


def test_graphs_are_guarded(built: Path) -> None:
    info, _ = source("c")
    with open_store(built, write=True) as s:
        with pytest.raises(StoreError, match="reserved"):
            s.replace_source(info, {ns.ONTOLOGY_GRAPH: []})
        with pytest.raises(StoreError, match="belongs to source 'a'"):
            s.replace_source(info, {ns.facts_graph("a"): []})
        assert set(s.sources()) == {"a", "b"}


def test_batch_with_repeated_slug_keeps_the_last(path: Path) -> None:
    with open_store(path, write=True) as s:
        s.replace_sources([source("a", 4, "1"), source("b"), source("a", 2, "2")])
        assert s.sources()["a"].sha256 == "sha-a-2"
        assert len(list(s.quads(ns.facts_graph("a")))) == 2


def test_nasty_literals_and_blank_nodes_round_trip(path: Path) -> None:
    b = ox.BlankNode()
    triples = [ox.Triple(ox.NamedNode(ns.ENTITY + "x"), P, ox.Literal(t)) for t in NASTY]
    triples += [ox.Triple(ox.NamedNode(ns.ENTITY + "x"), P, ox.Literal("1", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer"))), ox.Triple(b, LABEL, ox.Literal("chat", language="fr"))]
    with open_store(path, write=True) as s:
        info = SourceInfo(ns.SOURCE + "n", "n", 'h"}', "we\"ird\n.txt")
        s.replace_source(info, {ns.facts_graph("n"): triples})
        got = [q.triple for q in s.quads(ns.facts_graph("n"))]
        assert {t for t in got if isinstance(t.subject, ox.NamedNode)} == set(triples[:-1])
        assert [t.object for t in got if isinstance(t.subject, ox.BlankNode)] == [triples[-1].object]
        assert s.sources()["n"].file_name == "we\"ird\n.txt"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's N-Quads parser, not ours
def test_turtle_and_quads_are_retrievable(built: Path) -> None:
    with open_store(built) as s:
        turtle = s.export("turtle", ns.facts_graph("a"))
        g = rdflib.Graph().parse(data=turtle, format="turtle")
        assert len(g) == 5
        assert b"@prefix acta:" in turtle
        nquads = s.export("nquads")
        assert len(rdflib.Dataset().parse(data=nquads, format="nquads")) == s.count()
        assert len(s) == len(list(s.quads()))


# --- querying ------------------------------------------------------------------------------------
def test_select_ask_construct(built: Path) -> None:
    with open_store(built) as s:
        r = s.query(f"PREFIX acta: <{ns.ONTOLOGY}> SELECT ?s ?o ?none WHERE {{ ?s acta:says ?o "
                    "OPTIONAL { ?s acta:nope ?none } } ORDER BY ?s ?o")
        assert r.kind == "select" and r.variables == ["s", "o", "none"] and len(r) == 8
        assert set(r.rows[0]) == {"s", "o"}
        j = r.to_json()
        assert j["head"]["vars"] == ["s", "o", "none"]
        assert j["results"]["bindings"][0]["s"]["type"] == "uri"
        assert j["results"]["bindings"][0]["o"] == {"type": "literal", "value": "a v1 #0"}
        a = s.query(f"ASK {{ ?s <{LABEL.value}> 'Org' }}")
        assert a.kind == "ask" and a.boolean is True and a.to_json() == {"head": {}, "boolean": True}
        c = s.query(f"CONSTRUCT {{ ?s <{LABEL.value}> ?o }} WHERE {{ ?s <{P.value}> ?o }}")
        assert c.kind == "construct" and len(c.triples) == 8
        assert len(rdflib.Graph().parse(data=c.serialize("turtle"), format="turtle")) == 8
        assert c.to_json()["head"]["vars"] == ["subject", "predicate", "object"]


def test_default_graph_is_the_union(built: Path) -> None:
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{P.value}> ?o }}"
    with open_store(built) as s:
        assert s.query(q).rows[0]["n"].value == "8"
    with open_store(built, union_default_graph=False) as s:  # no union flag: the store's own default graph,
        assert s.query(q).rows[0]["n"].value == "8"  # which acta keeps as the merge of the named graphs


def test_bindings_are_terms_not_text(built: Path) -> None:
    q = f"SELECT ?s WHERE {{ ?s <{P.value}> ?o FILTER(?o = ?want) }}"
    with open_store(built) as s:
        rows = s.query(q, {"want": ox.Literal("a v1 #3")}).rows
        assert rows == [{"s": ox.NamedNode(ns.ENTITY + "org/a-3")}]
        for evil in NASTY + ['a v1 #3" ) } ; DROP ALL ; #']:
            assert s.query(q, {"?want": ox.Literal(evil)}).rows == []
        assert s.query(f"ASK {{ ?s <{P.value}> ?want }}", {"want": ox.Literal("b v1 #2")}).boolean
        with pytest.raises(QueryError, match="blank node|BlankNode"):
            s.query(q, {"want": ox.BlankNode()})
    with open_store(built) as s:
        assert s.count() > 0 and set(s.sources()) == {"a", "b"}


@pytest.mark.parametrize("update", [
    "INSERT DATA { <a:x> <a:y> <a:z> }",
    "PREFIX a: <http://x#> # a comment with { braces\n  delete where { ?s ?p ?o }",
    "BASE <http://x/> DROP ALL",
    "  load <http://example.org/x.ttl>",
    "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CLEAR DEFAULT",
])
def test_updates_are_refused(built: Path, update: str) -> None:
    with open_store(built) as s:
        with pytest.raises(UpdateRefusedError):
            s.query(update)


def test_syntax_errors_are_one_line(built: Path) -> None:
    with open_store(built) as s:
        for bindings in (None, {"x": ox.Literal("1")}):
            with pytest.raises(MalformedQueryError) as e:
                s.query("SELECT *\nWHERE {\n  ?s ?p\n}", bindings)
            assert "\n" not in str(e.value) and "error at 4:" in str(e.value)


@pytest.mark.parametrize("query, expected", [
    ("SELECT ?o WHERE { ?s ?p ?o }", "SELECT ?o WHERE { VALUES (?v) { (\"1\") }  ?s ?p ?o }"),
    ("select ?o { SELECT ?o WHERE { ?s ?p ?o } }", "select ?o { VALUES (?v) { (\"1\") } { SELECT ?o WHERE"),
    ("CONSTRUCT { ?s ?p ?v } WHERE { ?s ?p '}' }", "CONSTRUCT { ?s ?p ?v } WHERE { VALUES (?v)"),
    ("CONSTRUCT WHERE { ?s ?p ?v }", "CONSTRUCT { ?s ?p ?v } WHERE { VALUES (?v)"),
    ("DESCRIBE ?v", "DESCRIBE ?v\nVALUES (?v)"),
    ("SELECT (EXISTS { ?a ?b ?c } AS ?e) WHERE { ?s ?p ?o }", "WHERE { VALUES (?v)"),
    ("PREFIX x: <http://a/#b> # {\nASK { ?s ?p ?v }", "ASK { VALUES (?v)"),
])
def test_bind_query_places_values_in_the_where_group(query: str, expected: str) -> None:
    bound = bind_query(query, {"v": ox.Literal("1")})
    assert " ".join(expected.split()) in " ".join(bound.split())
    ox.Store().query(bound)  # parses


def test_several_rows_of_values_are_one_block_and_each_row_needs_the_same_variables() -> None:
    rows = [{"v": ox.NamedNode("http://a/1"), "w": ox.Literal("x")}, {"v": ox.NamedNode("http://a/2"),
                                                                         "w": ox.Literal('say "y"')}]
    bound = bind_query("SELECT ?v ?w WHERE { }", rows)
    assert 'VALUES (?v ?w) { (<http://a/1> "x") (<http://a/2> "say \\"y\\"") }' in bound
    assert [(r["v"].value, r["w"].value) for r in ox.Store().query(bound)] == [
        ("http://a/1", "x"), ("http://a/2", 'say "y"')]
    with pytest.raises(QueryError, match="same variables"):
        bind_query("SELECT * WHERE { }", [{"v": ox.Literal("1")}, {"w": ox.Literal("2")}])


# --- the remote back end -------------------------------------------------------------------------
COMPARED = [
    (f"SELECT ?s ?o WHERE {{ ?s <{P.value}> ?o }} ORDER BY ?s ?o", None),
    ("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }", None),
    ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", None),
    (f"SELECT ?s WHERE {{ ?s <{P.value}> ?o FILTER(?o = ?want) }}", {"want": ox.Literal("b v1 #2")}),
    (f"SELECT ?s ?l WHERE {{ ?s <{P.value}> ?o OPTIONAL {{ ?s <{LABEL.value}> ?l }} }}", None),
    (f"ASK {{ ?s <{LABEL.value}> ?want }}", {"want": ox.Literal("Org")}),
    (f"ASK {{ ?s <{LABEL.value}> ?want }}", {"want": ox.Literal("Nope")}),
    (f"CONSTRUCT {{ ?s <{LABEL.value}> ?o }} WHERE {{ ?s <{P.value}> ?o }}", None),
    (f"CONSTRUCT WHERE {{ ?s <{P.value}> ?want }}", {"want": ox.Literal(NASTY[2])}),
    ("SELECT ?o WHERE { ?s ?p ?o FILTER(?o = ?want) }", {"want": ox.Literal(NASTY[0])}),
]


def _fill(s) -> None:
    nasty = [ox.Triple(ox.NamedNode(ns.ENTITY + "n"), P, ox.Literal(t)) for t in NASTY]
    s.replace_sources([source("a"), source("b", 3), (source("n")[0], {ns.facts_graph("n"): nasty})])
    s.set_graph(ns.ONTOLOGY_GRAPH, [ox.Triple(ox.NamedNode(ns.ONTOLOGY + "Org"), LABEL, ox.Literal("Org"))])


def _canon(r) -> object:
    if r.kind == "ask":
        return r.boolean
    if r.kind == "construct":
        return sorted(map(str, r.triples))
    return r.variables, sorted(tuple(str(row.get(v)) for v in r.variables) for row in r.rows)


@pytest.mark.server
def test_both_back_ends_answer_alike(oxigraph_server, path: Path) -> None:
    remote = open_store(endpoint=oxigraph_server.url, write=True)
    with open_store(path, write=True) as local, remote:
        assert remote.dialect == "oxigraph" and remote.gsp_url.endswith("/store")
        for s in (local, remote):
            _fill(s)
            _fill(s)  # twice: still no duplicates
        assert local.sources() == remote.sources()
        assert local.graphs() == remote.graphs()
        assert local.count() == remote.count() == len(set(local.quads())) == 31
        assert set(local.quads()) == set(remote.quads())
        assert set(local.quads(ns.facts_graph("n"))) == set(remote.quads(ns.facts_graph("n")))
        # the datasets exported from either back end (graph by graph, one request to the server) are the same bytes
        for fmt in ("nquads", "trig"):
            assert export.serialize(local, fmt) == export.serialize(remote, fmt) != b""
        with pytest.MonkeyPatch.context() as patch:  # a request for each graph: the same quads, graph by graph
            patch.setattr("graph.endpoint.GRAPHS_A_REQUEST", 1)
            assert len(local.graphs()) > 2
            there = [(g, set(qs)) for g, qs in remote.quads_by_graph(local.graphs())]
            assert there == [(g, set(qs)) for g, qs in local.quads_by_graph(local.graphs())]
            assert export.serialize(local, "nquads") == export.serialize(remote, "nquads")
        for sparql, bindings in COMPARED:
            assert _canon(local.query(sparql, bindings)) == _canon(remote.query(sparql, bindings)), sparql
            assert local.query(sparql, bindings).to_json() is not None
        remote.dialect = "generic"  # the default-graph-uri route servers other than Oxigraph take
        for sparql, bindings in COMPARED[1:]:
            assert _canon(local.query(sparql, bindings)) == _canon(remote.query(sparql, bindings)), sparql
        assert local.remove_source("b") and remote.remove_source("b")
        assert set(local.quads()) == set(remote.quads())
        for bad, error in (("DELETE WHERE { ?s ?p ?o }", UpdateRefusedError),
                           ("SELECT * WHERE { ?s ?p }", MalformedQueryError)):
            with pytest.raises(error):
                remote.query(bad)
        assert remote.count() == local.count()
    with open_store(endpoint=oxigraph_server.url, union_default_graph=False) as plain:
        assert plain.query(f"ASK {{ ?s <{P.value}> ?o }}").boolean is True  # the server's own default graph: the merge
        with pytest.raises(StoreError, match="read-only"):
            plain.replace_source(*source("c"))


@pytest.mark.server
def test_a_server_going_down_loses_nothing(oxigraph_server) -> None:
    with open_store(endpoint=oxigraph_server.url, write=True, timeout=5) as remote:
        _fill(remote)
        before = set(remote.quads())
        oxigraph_server.stop()
        with pytest.raises(EndpointError, match="connection refused; is the server running") as e:
            remote.replace_source(*source("a", 7, "2"))
        assert "\n" not in str(e.value)
        oxigraph_server.start()
        assert set(remote.quads()) == before
        assert remote.sources()["a"].sha256 == "sha-a-1"


def test_unreachable_endpoint_is_one_line() -> None:
    with pytest.raises(EndpointError, match=r"^cannot reach SPARQL endpoint http://127.0.0.1:9/query: "
                                            r"connection refused; is the server running\?$"):
        open_store(endpoint="http://127.0.0.1:9/query", timeout=2)
    with pytest.raises(EndpointError, match="not an http"):
        open_store(endpoint="ftp://example.org/sparql")


@pytest.fixture
def fake_endpoint() -> Iterator[str]:
    """A misbehaving server: /slow/* answers too late, /error/* says 500, /auth/* wants a password."""
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if self.path.startswith("/slow"):
                time.sleep(2)  # the client has given up by now: answer nothing
                return
            if self.path.startswith("/auth") and self.headers.get("Authorization") != "Basic dTpw":
                self.send_response(401)
                self.end_headers()
                return
            status, body = (500, b"boom\ntraceback line 2") if self.path.startswith("/error") else (
                200, b'{"head": {}, "boolean": true}')
            self.send_response(status)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_slow_failing_and_guarded_endpoints(fake_endpoint: str) -> None:
    with pytest.raises(EndpointError, match=r"did not answer within 0.5 s"):
        open_store(endpoint=fake_endpoint + "/slow/query", timeout=0.5)
    with pytest.raises(EndpointError, match=r"^SPARQL endpoint .*/error/query answered HTTP 500: boom trace"):
        open_store(endpoint=fake_endpoint + "/error/query")
    with pytest.raises(EndpointError, match=r"refused access \(HTTP 401\): check the user name and password"):
        open_store(endpoint=fake_endpoint + "/auth/query", user="u", password="wrong")
    s = open_store(endpoint=fake_endpoint + "/auth/query", user="u", password="p")
    assert s.dialect == "generic" and s.query("ASK {}", None).boolean is True


def test_protocol_urls_are_derived() -> None:
    from graph.endpoint import derive_urls

    assert derive_urls("http://h:7878/query", "oxigraph") == ("http://h:7878/update", "http://h:7878/store")
    assert derive_urls("http://h/ds/sparql", "generic") == ("http://h/ds/update", "http://h/ds/data")
    assert derive_urls("http://h/ds/query", "generic") == ("http://h/ds/update", "http://h/ds/data")
    assert derive_urls("http://h/ds", "generic") == ("http://h/ds", "http://h/ds")


def test_hashes_name_the_documents_another_version_of_the_rules_read(tmp_path: Path) -> None:
    """Both readings of the bookkeeping (the embedded store's TSV, the generic one remote stores use) agree: a
    document read by other rules, or before fingerprints were recorded, has no hash to skip it by."""
    from graph.store import Store
    with open_store(tmp_path / "store", write=True) as s:
        for slug, extractor in (("a", "f1"), ("b", "f2"), ("c", "")):
            info, graphs = source(slug)
            s.replace_sources([(SourceInfo(info.iri, info.slug, info.sha256, info.file_name, extractor), graphs)])
        for hashes in (s.hashes, lambda *a: Store.hashes(s, *a)):
            assert hashes() == {"a": "sha-a-1", "b": "sha-b-1", "c": "sha-c-1"}
            assert hashes("f1") == {"a": "sha-a-1", "b": "", "c": ""}


def test_a_query_for_many_nodes_binds_them_a_block_at_a_time(built: Path) -> None:
    with open_store(built) as s:
        subjects = sorted({q.subject.value for q in s.quads() if isinstance(q.subject, ox.NamedNode)})
        sparql = "SELECT ?n ?p ?o WHERE { ?n ?p ?o }"
        at_once = s.query(sparql, [{"n": ox.NamedNode(n)} for n in subjects]).rows
        in_blocks = list(s.query_nodes(sparql, subjects, size=3))
    assert len(subjects) > 6 and in_blocks  # three blocks at least
    key = lambda r: tuple(str(r[v]) for v in ("n", "p", "o"))  # noqa: E731
    assert sorted(map(key, in_blocks)) == sorted(map(key, at_once))
