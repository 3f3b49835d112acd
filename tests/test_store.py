"""The graph store: both back ends, atomic replacement, locking, query safety."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from graph import namespaces as ns
from graph import store as store_mod
from graph.errors import (
    MalformedQueryError,
    QueryError,
    StoreError,
    StoreLockedError,
    StoreMissingError,
    UpdateRefusedError,
)
from graph.store import SOURCES_GRAPH, SourceInfo, bind_query, default_store_path, open_store

REPO = Path(__file__).resolve().parents[1]
P = ox.NamedNode(ns.ONTOLOGY + "says")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
NASTY = [
    'quote " and """ triple',
    "back\\slash \\u0041 not an escape",
    "new\nline\ttab\r\x00nul\x07bell",
    "é 😀 } GRAPH <x> { ; DROP ALL #",
]


def source(slug: str, n: int = 5, version: str = "1") -> tuple[SourceInfo, dict[str, list[ox.Triple]]]:
    info = SourceInfo(ns.SOURCE + slug, slug, f"sha-{slug}-{version}", f"{slug}.txt")
    facts = [
        ox.Triple(ox.NamedNode(f"{ns.ENTITY}org/{slug}-{i}"), P, ox.Literal(f"{slug} v{version} #{i}"))
        for i in range(n)
    ]
    evidence = [ox.Triple(ox.NamedNode(f"{ns.EVIDENCE}{slug}-{i}"), LABEL, ox.Literal("s", language="en"))
                for i in range(2)]
    return info, {ns.facts_graph(slug): facts, ns.evidence_graph(slug): evidence}


def run_python(code: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True,
                          text=True, timeout=120, **kwargs)


def spawn(code: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-u", "-c", textwrap.dedent(code)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def built(path: Path) -> Path:
    with open_store(path, write=True) as s:
        s.replace_sources([source("a"), source("b", 3)])
        ontology = [ox.Triple(ox.NamedNode(ns.ONTOLOGY + "Org"), LABEL, ox.Literal("Org"))]
        s.set_graph(ns.ONTOLOGY_GRAPH, ontology)
    return path


# --- opening -------------------------------------------------------------------------------------
def test_missing_store_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StoreMissingError, match=r"no store at .*nowhere: run `acta build` first"):
        open_store(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreMissingError):
        open_store(tmp_path / "empty")


def test_file_or_foreign_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "f.txt").write_text("hello")
    for write in (False, True):
        with pytest.raises(StoreError, match="is a file"):
            open_store(tmp_path / "f.txt", write=write)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "report.txt").write_text("x")
    with pytest.raises(StoreError, match="not an acta store"):
        open_store(tmp_path / "docs", write=True)
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["report.txt"]


def test_default_store_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACTA_STORE", raising=False)
    assert default_store_path() == Path("acta-store")
    monkeypatch.setenv("ACTA_STORE", "/env/store")
    assert default_store_path() == Path("/env/store")
    assert default_store_path("flag") == Path("flag")


def test_read_only_and_closed_stores_refuse_writes(built: Path) -> None:
    s = open_store(built)
    with pytest.raises(StoreError, match="read-only"):
        s.replace_source(*source("c"))
    s.close()
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.count()


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
    with open_store(built, union_default_graph=False) as s:
        assert s.query(q).rows[0]["n"].value == "0"


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


# --- concurrency and crashes ---------------------------------------------------------------------
HOLD = """
    import sys, time
    from graph.store import open_store
    s = open_store({path!r}, write={write})
    print("open", flush=True)
    time.sleep(60)
"""


def _hold(path: Path, write: bool) -> subprocess.Popen:
    proc = spawn(HOLD.format(path=str(path), write=write))
    assert proc.stdout.readline().strip() == "open", proc.stderr.read()
    return proc


def test_second_writer_and_readers_get_a_clear_lock_error(built: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_mod, "READER_WAIT", 0.2)
    writer = _hold(built, write=True)
    try:
        with pytest.raises(StoreLockedError, match="is busy: another acta build is writing to it"):
            open_store(built, write=True)
        with pytest.raises(StoreLockedError, match="is busy: an acta build is writing to it"):
            open_store(built)
    finally:
        writer.kill()
        writer.wait()
    readers = [_hold(built, write=False), _hold(built, write=False)]  # readers share
    try:
        with open_store(built) as s:  # and a third, in this process
            assert set(s.sources()) == {"a", "b"}
        with pytest.raises(StoreLockedError, match="open for reading in another process"):
            open_store(built, write=True)
    finally:
        for r in readers:
            r.kill()
            r.wait()
    with open_store(built, write=True) as s:  # locks die with their processes
        s.replace_source(*source("c"))


def test_sigkill_mid_write_keeps_previous_facts(built: Path) -> None:
    child = spawn(f"""
        import pyoxigraph as ox
        from graph import namespaces as ns
        from graph.store import SourceInfo, open_store
        P = ox.NamedNode(ns.ONTOLOGY + "says")
        def big(slug):
            t = [ox.Triple(ox.NamedNode(f"{{ns.ENTITY}}big/{{slug}}/{{i}}"), P, ox.Literal(f"new {{i}}"))
                 for i in range(250_000)]
            return SourceInfo(ns.SOURCE + slug, slug, "sha-new", slug + ".txt"), {{ns.facts_graph(slug): t}}
        s = open_store({str(built)!r}, write=True)
        items = [big("a"), big("z")]
        print("go", flush=True)
        s.replace_sources(items)
        print("done", flush=True)
    """)
    assert child.stdout.readline().strip() == "go", child.stderr.read()
    time.sleep(1.0)
    assert child.poll() is None, "the write finished before it could be interrupted"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with open_store(built, write=True) as s:
        assert {k: v.sha256 for k, v in s.sources().items()} == {"a": "sha-a-1", "b": "sha-b-1"}
        assert {q.triple for q in s.quads(ns.facts_graph("a"))} == set(source("a")[1][ns.facts_graph("a")])
        assert ns.facts_graph("z") not in s.graphs()
        assert s.count() == 5 + 2 + 3 + 2 + 1 + 2 * 5


def test_unflushed_store_reopens_after_sigkill(path: Path) -> None:
    child = spawn(f"""
        from tests.test_store import source
        from graph.store import open_store
        s = open_store({str(path)!r}, write=True)
        s.replace_sources(source(f"d{{i}}") for i in range(50))
        print("written", flush=True)
        import time; time.sleep(60)
    """)
    assert child.stdout.readline().strip() == "written", child.stderr.read()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with open_store(path) as s:
        assert len(s.sources()) == 50

