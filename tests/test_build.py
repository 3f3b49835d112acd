"""graph/build.py: read everything first, then replace each document's graphs, never duplicate them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import namespaces as ns
from graph.build import build, prepare, write
from graph.errors import BinaryFileError, InputError
from graph.resources import example_document
from graph.store import open_store

EXAMPLE = example_document()
SLUG = "2009-csh-gt-mispa-ii-working-group-report"
FIXTURES = Path(__file__).parent / "fixtures"
IPBES = FIXTURES / "ipbes-mi-2-9-excerpt.txt"
ADOPTION_DATE = ox.NamedNode(ns.ONTOLOGY + "adoptionDate")


def quads(store_path: Path) -> list[ox.Quad]:
    with open_store(store_path) as s:
        return list(s.quads())


def adoption_dates(store_path: Path, label: str) -> set[str]:
    with open_store(store_path) as s:
        result = s.query(
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "SELECT ?d WHERE { ?r rdfs:label ?_label ; ?_p ?d }",
            {"_label": ox.Literal(label), "_p": ADOPTION_DATE},
        )
        return {row["d"].value for row in result.rows}


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    with open_store(path, write=True) as s:
        build(s, [EXAMPLE])
    return path


def test_report_counts_what_was_written(tmp_path: Path) -> None:
    with open_store(tmp_path / "s", write=True) as s:
        report = build(s, [EXAMPLE])
        facts = sum(1 for _ in s.quads(ns.facts_graph(SLUG)))
        evidence = sum(1 for _ in s.quads(ns.evidence_graph(SLUG)))
    assert (report.documents, report.built, report.skipped, report.removed) == (1, 1, 0, 0)
    assert report.facts == facts > 0
    assert report.triples == facts + evidence
    assert evidence > facts  # every fact has an evidence record of several triples
    assert report.warnings == []


def test_rebuilding_the_same_document_adds_nothing(store_path: Path) -> None:
    first = sorted(map(str, quads(store_path)))
    with open_store(store_path, write=True) as s:
        report = build(s, [EXAMPLE])
    assert (report.built, report.skipped) == (0, 1)
    assert sorted(map(str, quads(store_path))) == first
    with open_store(store_path, write=True) as s:
        report = build(s, [EXAMPLE], force=True)
    assert (report.built, report.skipped) == (1, 0)
    again = sorted(map(str, quads(store_path)))
    assert len(again) == len(first)
    assert again == first


def test_rebuilding_a_changed_document_replaces_exactly_its_facts(store_path: Path, tmp_path: Path) -> None:
    assert adoption_dates(store_path, "CP/RES. 957 (1714/09)") == {"2009-09-16"}
    folder = tmp_path / "edited"
    folder.mkdir()
    edited = folder / EXAMPLE.name
    edited.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        "on September 16, 2009, the Organization's Permanent Council",
        "on September 18, 2009, the Organization's Permanent Council"), encoding="utf-8")
    with open_store(store_path, write=True) as s:
        report = build(s, [edited])
        assert list(s.sources()) == [SLUG]
    assert report.built == 1
    assert adoption_dates(store_path, "CP/RES. 957 (1714/09)") == {"2009-09-18"}


def test_a_bad_document_fails_before_anything_is_written(store_path: Path, tmp_path: Path) -> None:
    before = sorted(map(str, quads(store_path)))
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with open_store(store_path, write=True) as s, pytest.raises(BinaryFileError):
        build(s, [IPBES, bad], force=True)
    assert sorted(map(str, quads(store_path))) == before


def test_prepare_needs_no_store(tmp_path: Path) -> None:
    prepared = prepare([EXAMPLE, IPBES])
    assert [info.slug for info, _, _ in prepared.results] == [SLUG, "ipbes-mi-2-9-excerpt"]
    assert not any(tmp_path.iterdir())
    with open_store(tmp_path / "s", write=True) as s:
        report = write(s, prepared)
        assert sorted(s.sources()) == sorted([SLUG, "ipbes-mi-2-9-excerpt"])
    assert report.built == 2


def test_documents_with_the_same_name_are_refused(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(EXAMPLE, tmp_path / folder / "report.txt")
    with pytest.raises(InputError, match="have the same name"):
        prepare([tmp_path / "a", tmp_path / "b"])


def test_prune_removes_documents_no_longer_given(store_path: Path) -> None:
    with open_store(store_path, write=True) as s:
        build(s, [IPBES])
        assert sorted(s.sources()) == sorted([SLUG, "ipbes-mi-2-9-excerpt"])
    ipbes_graphs = {ns.facts_graph("ipbes-mi-2-9-excerpt"), ns.evidence_graph("ipbes-mi-2-9-excerpt")}
    with open_store(store_path) as s:
        assert ipbes_graphs <= set(s.graphs())
    with open_store(store_path, write=True) as s:
        report = build(s, [EXAMPLE], prune=True)
        assert list(s.sources()) == [SLUG]
        assert not ipbes_graphs & set(s.graphs())
    assert (report.skipped, report.removed) == (1, 1)


def test_parallel_extraction_gives_the_same_graph(tmp_path: Path) -> None:
    documents = [EXAMPLE, IPBES, FIXTURES / "un-a-res-80-59-excerpt.md"]
    for name, jobs in (("one", 1), ("two", 2)):
        prepared = prepare(documents, jobs=jobs)  # as the CLI does: processes fork before any store is open
        with open_store(tmp_path / name, write=True) as s:
            write(s, prepared)
    assert sorted(map(str, quads(tmp_path / "one"))) == sorted(map(str, quads(tmp_path / "two")))


def test_the_ontology_is_loaded_once(store_path: Path) -> None:
    with open_store(store_path) as s:
        ontology = sum(1 for _ in s.quads(ns.ONTOLOGY_GRAPH))
    assert ontology > 50
    with open_store(store_path, write=True) as s:
        build(s, [EXAMPLE], force=True)
    with open_store(store_path) as s:
        assert sum(1 for _ in s.quads(ns.ONTOLOGY_GRAPH)) == ontology


def test_a_streamed_first_build_gives_the_same_graph(tmp_path: Path) -> None:
    documents = [EXAMPLE, IPBES, FIXTURES / "un-a-res-80-59-excerpt.md"]
    for name, jobs, stream in (("spool", 1, False), ("stream-1", 1, True), ("stream-2", 2, True)):
        prepared = prepare(documents, jobs=jobs, known={}, stream=stream)  # forks before the store is open
        assert len(prepared.results) == 3
        with open_store(tmp_path / name, write=True) as s:
            report = write(s, prepared)
        assert (report.built, report.skipped) == (3, 0)
    spooled = sorted(map(str, quads(tmp_path / "spool")))
    assert sorted(map(str, quads(tmp_path / "stream-1"))) == spooled
    assert sorted(map(str, quads(tmp_path / "stream-2"))) == spooled


def test_a_streamed_build_reads_every_document_before_the_store_is_opened(tmp_path: Path) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    for jobs in (1, 2):
        with pytest.raises(BinaryFileError):
            prepare([EXAMPLE, IPBES, bad], jobs=jobs, known={}, stream=True)


def test_a_stream_is_only_for_a_store_without_documents(tmp_path: Path) -> None:
    from graph.build import Spool, Stream
    streamed = prepare([EXAMPLE], known={}, stream=True).results
    assert isinstance(streamed, Stream)
    streamed.close()
    spooled = prepare([EXAMPLE], known={"some-document": "0" * 64}, stream=True).results
    assert isinstance(spooled, Spool)
    spooled.close()
