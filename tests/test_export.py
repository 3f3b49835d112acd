"""graph/export.py: Turtle of the facts, datasets with the evidence, byte-identical output, atomic files."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from conftest import source
from rdflib.compare import isomorphic

from graph import app, export
from graph import namespaces as ns
from graph.build import build
from graph.errors import ExportError, StoreError
from graph.export import serialize, write_atomic
from graph.resources import example_document
from graph.store import open_store

EXAMPLE = example_document()
IPBES = Path(__file__).parent / "fixtures" / "ipbes-mi-2-9-excerpt.txt"
OA_EXACT = rdflib.URIRef("http://www.w3.org/ns/oa#exact")
# rdflib's own parsers still call its deprecated ConjunctiveGraph / Dataset.default_context
pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")
QUOTE = "adopted resolution CP/RES. 957 (1714/09) convening the Second Meeting"


def fresh_store(path: Path, *documents: Path) -> Path:
    with open_store(path, write=True) as s:
        build(s, list(documents) or [EXAMPLE])
    return path


def to_rdflib(items) -> rdflib.Graph:
    """Triples or quads read from the store, into an rdflib graph through N-Triples."""
    triples = [q.triple if isinstance(q, ox.Quad) else q for q in items]
    g = rdflib.Graph()
    g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    return g


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    path = fresh_store(tmp_path_factory.mktemp("export") / "store", EXAMPLE, IPBES)
    with open_store(path) as s:
        yield s


def test_turtle_is_isomorphic_to_the_union_of_the_facts_graphs(store) -> None:
    facts = []
    for slug in store.sources():
        facts += list(store.quads(ns.facts_graph(slug)))
    assert len(store.sources()) == 2 and facts
    exported = rdflib.Graph().parse(data=serialize(store, "turtle"), format="turtle")
    assert isomorphic(exported, to_rdflib(facts))


def test_turtle_sorted_in_runs_on_disk_is_the_file_one_sort_gives(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    fixtures = Path(__file__).parent / "fixtures"
    store = open_store(fresh_store(tmp_path / "store", EXAMPLE, fixtures / "un-a-res-80-50-excerpt.md",
                                   fixtures / "un-a-res-80-59-excerpt.md"))  # both name the General Assembly
    triples = {ox.Triple(q.subject, q.predicate, q.object) for g in store.graphs() if export.is_facts_graph(g)
               for q in store.quads(g)}
    prefixes = {k: v for k, v in ns.PREFIXES.items() if k != "sh"} | {"ev": ns.EVIDENCE}
    one_sort = ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    assert serialize(store, "turtle") == one_sort  # fewer lines than a run: sorted in memory
    runs = []
    write_run = export._write_run
    monkeypatch.setattr(export, "_write_run", lambda path, lines: runs.append(len(lines)) or write_run(path, lines))
    monkeypatch.setattr(export, "RUN_LINES", 50)
    assert serialize(store, "turtle") == one_sort
    assert len(runs) == 3 and sum(runs) > len(triples)  # a run a document, and some triple in two, written once
    store.close()


def test_a_full_temporary_folder_is_a_clear_error(store, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = Path.open

    def full(path: Path, mode: str = "r", *args, **kwargs):
        if mode.startswith("w"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return opened(path, mode, *args, **kwargs)

    monkeypatch.setattr(export, "RUN_LINES", 10)
    monkeypatch.setattr(Path, "open", full)
    with pytest.raises(ExportError, match="cannot sort the facts in the temporary folder .*: No space left on device "
                                          r"\(set TMPDIR to a folder with room\)"):
        serialize(store, "turtle")


def test_turtle_holds_no_evidence_nor_ontology(store) -> None:
    exported = rdflib.Graph().parse(data=serialize(store, "turtle"), format="turtle")
    evidence_class = rdflib.URIRef(ns.ONTOLOGY + "Evidence")
    assert not list(exported.subjects(rdflib.RDF.type, evidence_class))
    assert not list(exported.subjects(rdflib.RDF.type, rdflib.OWL.ObjectProperty))
    assert not list(exported.triples((None, OA_EXACT, None)))


def test_two_builds_give_byte_identical_turtle(tmp_path: Path) -> None:
    one = fresh_store(tmp_path / "one", EXAMPLE, IPBES)
    two = fresh_store(tmp_path / "two", IPBES, EXAMPLE)
    outputs = []
    for path in (one, two):
        with open_store(path) as s:
            outputs.append((serialize(s, "turtle"), serialize(s, "nquads")))
    assert outputs[0][0] == outputs[1][0]
    assert outputs[0][1] == outputs[1][1]
    assert outputs[0][0].startswith(b"@prefix ")


def test_nquads_holds_every_quad_of_the_store(store) -> None:
    data = serialize(store, "nquads")
    parsed = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    assert sorted(map(str, parsed)) == sorted(map(str, store.quads()))
    ds = rdflib.Dataset()
    ds.parse(data=data.decode(), format="nquads")
    assert len(list(ds.quads((None, None, None, None)))) == len(parsed)


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_datasets_parse_back_with_the_evidence(store, fmt: str, rdflib_format: str) -> None:
    ds = rdflib.Dataset()
    ds.parse(data=serialize(store, fmt).decode("utf-8"), format=rdflib_format)
    names = {str(g.identifier) for g in ds.graphs()}
    slug = "2009-csh-gt-mispa-ii-working-group-report"
    expected = {ns.facts_graph(slug), ns.evidence_graph(slug), ns.ONTOLOGY_GRAPH}
    assert expected <= names
    for graph_name in expected:
        exported = ds.graph(rdflib.URIRef(graph_name))
        assert isomorphic(exported, to_rdflib(store.quads(graph_name))), graph_name
    quotes = [str(o) for o in ds.graph(rdflib.URIRef(ns.evidence_graph(slug))).objects(None, OA_EXACT)]
    assert any(QUOTE in q for q in quotes)


class Recorder:
    def __init__(self) -> None:
        self.writes: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.writes.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld"])
def test_a_dataset_is_written_as_it_is_read_graph_by_graph(store, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    quads_by_graph = store.quads_by_graph

    def watched(graphs):
        for graph, quads in quads_by_graph(graphs):
            read.append(graph)
            yield graph, quads

    recorder = Recorder()
    with monkeypatch.context() as patch:
        patch.setattr(store, "quads_by_graph", watched)
        export.write(store, fmt, recorder)
    whole = serialize(store, fmt)
    assert b"".join(recorder.writes) == whole
    # many writes, none of them the whole: the store is never held sorted in memory at once
    assert len(recorder.writes) > 2 and max(map(len, recorder.writes)) < len(whole) / 2
    assert read == sorted(store.graphs(), key=lambda g: f"<{g}>")  # every graph once, in the order of their names


def test_a_failed_export_keeps_the_previous_file(store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "all.nq"
    target.write_bytes(b"the previous export\n")

    def failing(graphs):
        yield graphs[0], list(store.quads(graphs[0]))
        raise StoreError("the store went away")

    with monkeypatch.context() as patch:
        patch.setattr(store, "quads_by_graph", failing)
        with pytest.raises(StoreError, match="went away"):
            app.export(store, "nquads", target)
    assert target.read_bytes() == b"the previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["all.nq"]  # no temp file left behind
    assert app.export(store, "nquads", target) == target and target.read_bytes() == serialize(store, "nquads")


def test_unknown_format(store) -> None:
    with pytest.raises(ExportError, match="unknown export format 'rdfxml'"):
        serialize(store, "rdfxml")


def test_write_atomic_replaces_whole_files_with_normal_modes(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "graph.ttl"
    write_atomic(target, "first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.ttl"]  # no temp files left
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    with pytest.raises(ExportError, match="is a folder"):
        write_atomic(tmp_path, "x")


@pytest.mark.parametrize("fmt", ["turtle", "nquads", "graphml"])
def test_an_export_that_cannot_be_written_is_one_error_and_a_written_one_is_readable(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "file").write_text("not a folder")
    with open_store(tmp_path / "store", write=True) as store:
        store.replace_sources([source("a")])
        with pytest.raises(ExportError, match=r"^cannot write .*file/x: "):
            app.export(store, fmt, tmp_path / "file" / "x")
        written = app.export(store, fmt, tmp_path / "out" / "x")
    umask = os.umask(0)
    os.umask(umask)
    assert written.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["x"]  # no temporary file left
