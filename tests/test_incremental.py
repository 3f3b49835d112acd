"""Incremental builds on a small synthetic corpus: skip, replace, prune, remove, --jobs; the merged default graph."""

from __future__ import annotations

import shutil
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from conftest import kill_after, load_script, spawn

from graph import build as build_mod
from graph import namespaces as ns
from graph.build import build, prepare, write
from graph.cli import main
from graph.queries import load_query, run
from graph.store import SOURCES_GRAPH, SourceInfo, open_store

REPO = Path(__file__).resolve().parents[1]
P = ox.NamedNode(ns.ONTOLOGY + "says")


synth = load_script("synth_corpus")


def acta(*args: str | Path) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=True)
    return result


def ok(result: Result) -> Result:
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synth") / "corpus"
    synth.write_corpus(folder, 20, seed=7)
    return folder


@pytest.fixture
def corpus(pristine: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(pristine, folder)
    return folder


def by_graph(store) -> dict[str, set[ox.Triple]]:
    out: dict[str, set[ox.Triple]] = defaultdict(set)
    for q in store.quads():
        out[q.graph_name.value].add(q.triple)
    return dict(out)


def assert_default_graph_is_the_merge(store) -> None:
    """The default graph holds exactly the triples of the named graphs, once each: not the bookkeeping,
    nor the evidence."""
    merged = {q.triple for q in store.quads()
              if q.graph_name.value != SOURCES_GRAPH and not q.graph_name.value.endswith("/evidence")}
    default = {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    flag = ox.Triple(ox.NamedNode(SOURCES_GRAPH), ox.NamedNode(ns.ONTOLOGY + "storeFormat"), ox.Literal(3))
    assert default == merged | {flag}


def summary(result: Result) -> str:
    return result.stderr.strip().splitlines()[-1]


def test_unchanged_documents_are_neither_extracted_nor_written(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    store = tmp_path / "store"
    assert "20 documents: 20 built, 0 unchanged" in summary(ok(acta("build", corpus, "--store", store)))

    def no_extraction(path):
        raise AssertionError(f"{path} was extracted again")

    monkeypatch.setattr(build_mod, "extract_one", no_extraction)
    assert "20 documents: 0 built, 20 unchanged, 0 removed; 0 fact triples" in \
        summary(ok(acta("build", corpus, "--store", store)))
    with open_store(store, write=True) as s:  # the library's build() skips them too
        report = build(s, [corpus])
        assert (report.built, report.skipped) == (0, 20)


def test_documents_another_version_of_the_rules_read_are_read_again(corpus: Path, tmp_path: Path,
                                                                     monkeypatch) -> None:
    store = tmp_path / "store"
    ok(acta("build", corpus, "--store", store))
    extractor = ns.ONTOLOGY + "extractor"
    with open_store(store) as s:
        before = by_graph(s)
    assert {t.object.value for t in before[SOURCES_GRAPH] if t.predicate.value == extractor} == {
        build_mod.extractor_fingerprint()}
    # an upgrade of acta: the texts are unchanged, the rules are not
    monkeypatch.setattr(build_mod, "extractor_fingerprint", lambda: "0123456789abcdef")
    upgraded = ok(acta("build", corpus, "--store", store))
    assert "20 documents: 20 built, 0 unchanged" in summary(upgraded)
    assert "Note: 20 documents in the store were read by another version of acta's rules" in upgraded.stderr
    again = ok(acta("build", corpus, "--store", store))
    assert "20 documents: 0 built, 20 unchanged" in summary(again)
    assert "Note:" not in again.stderr
    with open_store(store, write=True) as s:
        after = by_graph(s)
        assert_default_graph_is_the_merge(s)
        # a store written before fingerprints were recorded is read again too
        for q in list(s.oxigraph.quads_for_pattern(None, ox.NamedNode(extractor), None, ox.NamedNode(SOURCES_GRAPH))):
            s.oxigraph.remove(q)
    assert {t.object.value for t in after[SOURCES_GRAPH] if t.predicate.value == extractor} == {"0123456789abcdef"}
    # the same rules gave the same facts: only the bookkeeping names the other version
    assert {g: t for g, t in after.items() if g != SOURCES_GRAPH} == \
           {g: t for g, t in before.items() if g != SOURCES_GRAPH}
    assert "20 documents: 20 built, 0 unchanged" in summary(ok(acta("build", corpus, "--store", store)))


def test_a_changed_document_replaces_its_own_facts_only(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    ok(acta("build", corpus, "--store", store))
    with open_store(store) as s:
        before = by_graph(s)
        sources = s.sources()
    victim = sorted(corpus.glob("A_RES_*.md"))[1]
    slug = next(slug for slug, info in sources.items() if info.file_name == victim.name)
    victim.write_text(victim.read_text(encoding="utf-8").replace("The General Assembly,", (
        "The General Assembly,\n\nRecalling also its resolution 41/7 of 3 December 1986,"), 1), encoding="utf-8")
    assert "20 documents: 1 built, 19 unchanged" in summary(ok(acta("build", corpus, "--store", store)))
    with open_store(store) as s:
        after = by_graph(s)
        assert s.sources()[slug].sha256 != sources[slug].sha256
        assert_default_graph_is_the_merge(s)
    mine = {ns.facts_graph(slug), ns.evidence_graph(slug)}
    assert {g: t for g, t in after.items() if g not in mine | {SOURCES_GRAPH}} == \
           {g: t for g, t in before.items() if g not in mine | {SOURCES_GRAPH}}
    assert after[ns.facts_graph(slug)] != before[ns.facts_graph(slug)]
    recalled = [t for t in after[ns.facts_graph(slug)] if t.predicate.value == ns.ONTOLOGY + "recalls"]
    assert any("41-7" in t.object.value or "41/7" in t.object.value for t in recalled), recalled


def test_prune_and_remove(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    ok(acta("build", corpus, "--store", store))
    gone = sorted(corpus.iterdir())[3]
    gone.unlink()
    assert "19 documents: 0 built, 19 unchanged, 0 removed" in summary(ok(acta("build", corpus, "--store", store)))
    assert "19 documents: 0 built, 19 unchanged, 1 removed" in \
        summary(ok(acta("build", corpus, "--store", store, "--prune")))
    with open_store(store) as s:
        slugs = set(s.sources())
        assert len(slugs) == 19 and not any(info.file_name == gone.name for info in s.sources().values())
        assert_default_graph_is_the_merge(s)
    victim = sorted(slugs)[0]
    assert ok(acta("remove", victim, "--store", store)).stderr.strip() == f"removed {victim}"
    with open_store(store) as s:
        assert victim not in s.sources()
        assert not [g for g in s.graphs() if g in (ns.facts_graph(victim), ns.evidence_graph(victim))]
        assert_default_graph_is_the_merge(s)
    missing = acta("remove", victim, "--store", store)
    assert missing.exit_code == 1 and missing.stderr.startswith("Error: no document")


def test_jobs_give_byte_identical_exports(corpus: Path, tmp_path: Path) -> None:
    exports = []
    for jobs in ("1", "2"):
        store = tmp_path / f"store-j{jobs}"
        ok(acta("build", corpus, "--store", store, "--jobs", jobs))
        exports.append([ok(acta("export", "--store", store, "--format", fmt)).stdout_bytes
                        for fmt in ("turtle", "nquads")])
    assert exports[0] == exports[1]
    assert exports[0][0].count(b"\n") > 300


def test_prepared_graphs_wait_on_disk_and_a_stale_skip_is_extracted_at_write(corpus: Path, tmp_path: Path) -> None:
    prepared = prepare([corpus])
    assert len(prepared.results) == 20 and prepared.results._file.tell() > 10_000  # spooled, not in memory
    prepared.results.close()
    # prepared against hashes the store no longer has (another build came in between): extracted when written
    first = sorted(corpus.iterdir())[0]
    with open_store(tmp_path / "store", write=True) as s:
        build(s, [corpus])
        known = {slug: info.sha256 for slug, info in s.sources().items()}
        slug = next(slug for slug, info in s.sources().items() if info.file_name == first.name)
        stale = prepare([corpus], known=known)
        assert sum(graphs is None for _, graphs, _ in stale.results) == 20
        s.remove_source(slug)
        report = write(s, stale)
        assert (report.built, report.skipped) == (1, 19)
        assert slug in s.sources()
        assert_default_graph_is_the_merge(s)


# --- the merged default graph --------------------------------------------------------------------
def _source(slug: str, objects: list[str]) -> tuple[SourceInfo, dict[str, list[ox.Triple]]]:
    info = SourceInfo(ns.SOURCE + slug, slug, f"sha-{slug}", f"{slug}.txt")
    facts = [ox.Triple(ox.NamedNode(ns.ENTITY + "x"), P, ox.Literal(o)) for o in objects]
    return info, {ns.facts_graph(slug): facts}


def test_a_triple_two_documents_state_is_in_the_default_graph_once(tmp_path: Path) -> None:
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{P.value}> ?o }}"
    with open_store(tmp_path / "store", write=True) as s:
        s.replace_sources([_source("a", ["shared", "only a"]), _source("b", ["shared", "only b"])])
        assert s.query(count).rows[0]["n"].value == "3"  # Oxigraph's union flag would say 4
        s.replace_source(*_source("a", ["only a, again"]))
        assert sorted(r["o"].value for r in s.query(f"SELECT ?o WHERE {{ ?s <{P.value}> ?o }}").rows) == \
            ["only a, again", "only b", "shared"]
        assert s.remove_source("b")
        assert [r["o"].value for r in s.query(f"SELECT ?o WHERE {{ ?s <{P.value}> ?o }}").rows] == ["only a, again"]
        assert_default_graph_is_the_merge(s)
        assert s.count() == len(list(s.quads())) == 1 + 3 + 1  # facts, bookkeeping (no default-graph copies)


def test_a_store_from_before_the_merge_is_read_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with open_store(path, write=True) as s:
        s.replace_sources([_source("a", ["shared", "only a"]), _source("b", ["shared"])])
    raw = ox.Store(str(path))
    raw.update("DELETE WHERE { ?s ?p ?o }")  # the default graph only: as acta wrote stores before
    raw.flush()
    del raw
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{P.value}> ?o }}"
    with open_store(path) as s:
        assert not s.merged
        assert s.query(count).rows[0]["n"].value == "3"  # the union flag: "shared" twice, as before
    with open_store(path, write=True) as s:  # the first writer builds the merge
        assert s.merged
        assert s.query(count).rows[0]["n"].value == "2"
        assert_default_graph_is_the_merge(s)
    with open_store(path) as s:
        assert s.merged and s.query(count).rows[0]["n"].value == "2"


def test_sigkill_while_new_documents_go_in_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with open_store(path, write=True) as s:
        s.replace_sources([_source("a", ["shared", "only a"])])
        before = {q for q in s.oxigraph.quads_for_pattern(None, None, None, None)}
    child = spawn(f"""
        s = open_store({str(path)!r}, write=True)
        items = [big("y", 200_000), big("z", 200_000)]
        print("go", flush=True)
        s.replace_sources(items)  # new sources: the quad path, one transaction per batch
        print("done", flush=True)
    """)
    kill_after(child, "go", 0.5)
    with open_store(path, write=True) as s:
        assert set(s.sources()) == {"a"}
        assert {q for q in s.oxigraph.quads_for_pattern(None, None, None, None)} == before


def test_a_first_build_killed_while_bulk_loading_is_undone_by_the_next_writer(tmp_path: Path) -> None:
    from graph.embedded import BULK_MARKER
    from graph.errors import StoreError

    path = tmp_path / "store"
    child = spawn(f"""
        s = open_store({str(path)!r}, write=True)
        def items():
            for n in range(40):
                yield big(f"d{{n}}", 150_000)
                if n == 2:
                    print("loading", flush=True)
        s.replace_sources(items())
        print("done", flush=True)
    """)
    kill_after(child, "loading", 0.3)
    assert (path / BULK_MARKER).exists()
    with pytest.raises(StoreError, match="incomplete: the first build into it was interrupted"):
        open_store(path)
    with open_store(path, write=True) as s:  # the store held nothing before: the writer empties it again
        assert s.sources() == {} and s.count() == 0 and s.merged
        s.replace_sources([_source("a", ["x"])])
    assert not (path / BULK_MARKER).exists()
    with open_store(path) as s:
        assert set(s.sources()) == {"a"}
        assert_default_graph_is_the_merge(s)


def test_a_repeated_source_in_a_first_build_is_replaced_not_merged(tmp_path: Path) -> None:
    with open_store(tmp_path / "store", write=True) as s:
        s.replace_sources([_source("a", ["one", "two"]), _source("b", ["b"]), _source("a", ["three"])])
        assert sorted(t.object.value for t in (q.triple for q in s.quads(ns.facts_graph("a")))) == ["three"]
        assert_default_graph_is_the_merge(s)


def test_an_error_while_a_first_build_loads_is_raised_and_undone_by_the_next_writer(tmp_path: Path,
                                                                                     monkeypatch) -> None:
    import graph.embedded as embedded

    monkeypatch.setattr(embedded, "BULK_BYTES", 100)  # a load per source, in the loader thread
    path = tmp_path / "store"

    def items():
        for n in range(5):
            yield _source(f"d{n}", [f"value {i}" for i in range(50)])
        raise RuntimeError("extraction failed")

    with open_store(path, write=True) as s, pytest.raises(RuntimeError, match="extraction failed"):
        s.replace_sources(items())
    assert (path / embedded.BULK_MARKER).exists()
    with open_store(path, write=True) as s:  # the store held nothing before: the writer empties it again
        assert s.sources() == {} and s.count() == 0


def test_a_store_whose_merge_held_the_evidence_is_read_then_upgraded(corpus: Path, tmp_path: Path) -> None:
    """Format 2 merged the evidence graphs into the default graph too; format 3 leaves them out."""
    path = tmp_path / "store"
    with open_store(path, write=True) as s:
        build(s, [corpus])
        entity = next(q.triple.object for q in s.quads() if q.graph_name.value.endswith("/evidence")
                      and q.triple.predicate.value == ns.PREFIXES["rdf"] + "subject")
        evidence = run(s, load_query("evidence"), {"entity": entity.value}).rows
        assert evidence
    raw = ox.Store(str(path))  # as format 2 wrote it: the evidence in the default graph, flag 2
    flag = ox.NamedNode(SOURCES_GRAPH), ox.NamedNode(ns.ONTOLOGY + "storeFormat")
    raw.remove(ox.Quad(*flag, ox.Literal(3), ox.DefaultGraph()))
    raw.add(ox.Quad(*flag, ox.Literal(2), ox.DefaultGraph()))
    raw.extend([ox.Quad(*q.triple, ox.DefaultGraph()) for q in raw.quads_for_pattern(None, None, None)
                if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.endswith("/evidence")])
    raw.flush()
    del raw
    with open_store(path) as s:  # read as it is
        assert s.merged
        assert run(s, load_query("evidence"), {"entity": entity.value}).rows == evidence
    with open_store(path, write=True) as s:  # the first writer takes the evidence out of the default graph
        assert_default_graph_is_the_merge(s)
        assert run(s, load_query("evidence"), {"entity": entity.value}).rows == evidence
