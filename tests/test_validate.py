"""graph/validate.py and ontology/shapes.ttl: the example conforms, and broken graphs do not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph import namespaces as ns
from graph.build import build
from graph.cli import main
from graph.resources import example_document
from graph.store import SourceInfo, open_store
from graph.validate import validate_store

SLUG = "2009-csh-gt-mispa-ii-working-group-report"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def acta_term(local: str) -> ox.NamedNode:
    return ox.NamedNode(ns.ONTOLOGY + local)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("validate") / "store"
    with open_store(path, write=True) as s:
        build(s, [example_document()])
    return path


@pytest.fixture
def store_path(built: Path, tmp_path: Path) -> Path:
    shutil.copytree(built, tmp_path / "store")
    return tmp_path / "store"


def validate_cli(path: Path):
    return CliRunner().invoke(main, ["validate", "--store", str(path)])


def assert_fails(path: Path, message: str) -> str:
    with open_store(path) as s:
        conforms, report = validate_store(s)
    assert not conforms
    assert message in report
    result = validate_cli(path)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    assert message in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last == "Error: the graph does not conform to the SHACL shapes (report above)"
    assert "Traceback" not in result.output
    return report


def add_source(path: Path, slug: str, facts: list[ox.Triple], evidence: list[ox.Triple] | None = None) -> None:
    info = SourceInfo(ns.SOURCE + slug, slug, "0" * 64, f"{slug}.txt")
    with open_store(path, write=True) as s:
        s.replace_source(info, {ns.facts_graph(slug): facts, ns.evidence_graph(slug): evidence or []})


def test_the_example_conforms(built: Path) -> None:
    with open_store(built) as s:
        conforms, report = validate_store(s)
    assert conforms, report
    result = validate_cli(built)
    assert result.exit_code == 0, result.output
    # the example names the First Meeting of Ministers without a date: a warning, not a failure
    assert result.stdout.strip() == "conforms (with warnings)"
    assert "a meeting has a date" in report


def test_facts_without_their_evidence_graph_fail(store_path: Path) -> None:
    with open_store(store_path, write=True) as s:
        s.set_graph(ns.evidence_graph(SLUG), [])
        assert not list(s.quads(ns.evidence_graph(SLUG)))
    report = assert_fails(store_path, "every extracted fact has evidence")
    assert "convenedBy" in report


def test_a_resolution_without_a_symbol_fails(store_path: Path) -> None:
    node = ox.NamedNode(ns.ENTITY + "oas/cp/res/unnumbered")
    council = ox.NamedNode(ns.ENTITY + "oas/permanent-council")
    add_source(store_path, "extra", [
        ox.Triple(node, RDF_TYPE, acta_term("Resolution")),
        ox.Triple(node, LABEL, ox.Literal("a resolution nobody numbered")),
        ox.Triple(node, acta_term("adoptedBy"), council),
    ])
    assert_fails(store_path, "a resolution has a symbol, or a title")


def test_a_resolution_known_by_its_topic_and_meeting_conforms(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_67.md: a conference's resolution that has no symbol, built from its text
    from conftest import write_resolution
    doc = write_resolution(tmp_path, "A/RES/80/67",
                           "Recalling the resolution on the Middle East adopted by the 1995 Review and Extension "
                           "Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons on "
                           "11 May 1995,")
    with open_store(tmp_path / "store", write=True) as s:
        build(s, [doc])
        rows = s.query("SELECT ?t WHERE { ?r a <https://w3id.org/acta/ontology#Resolution> ; "
                       "<http://purl.org/dc/terms/title> ?t }").rows
        conforms, report = validate_store(s)
    assert [r["t"].value for r in rows] == ["Resolution on the Middle East"]
    assert conforms, report


def test_a_resolution_known_by_its_body_and_day_conforms(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_50.md: no symbol, no title, the day the General Assembly adopted it
    from conftest import write_resolution
    doc = write_resolution(tmp_path, "A/RES/80/50",
                           "Recalling that concern has been reflected in numerous United Nations resolutions, "
                           "including the first resolution adopted by the General Assembly, on 24 January 1946,")
    with open_store(tmp_path / "store", write=True) as s:
        build(s, [doc])
        conforms, report = validate_store(s)
    assert conforms, report
    assert "1946-01-24" not in report  # (not even a warning about it)


def test_the_real_documents_of_the_tests_conform(tmp_path: Path) -> None:
    # every real document the tests carry (tests/fixtures: UN resolutions, IPBES texts, whole or cut), built together:
    # a rule whose facts the shapes do not admit fails here, not only on a user's corpus
    fixtures = Path(__file__).parent / "fixtures"
    docs = sorted(p for p in [*fixtures.iterdir(), *(fixtures / "contract").iterdir()] if p.suffix in (".md", ".txt"))
    assert len(docs) >= 10
    with open_store(tmp_path / "store", write=True) as s:
        build(s, docs)
        conforms, report = validate_store(s)
    assert conforms, report


def test_evidence_without_its_quote_fails(store_path: Path) -> None:
    oa_exact = ox.NamedNode("http://www.w3.org/ns/oa#exact")
    with open_store(store_path, write=True) as s:
        kept = [q.triple for q in s.quads(ns.evidence_graph(SLUG)) if q.predicate != oa_exact]
        s.set_graph(ns.evidence_graph(SLUG), kept)
    assert_fails(store_path, "evidence quotes its sentence")


def test_validate_judges_batches_in_processes_with_the_same_report(store_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    exact = ox.NamedNode("http://www.w3.org/ns/oa#exact")
    with open_store(store_path, write=True) as s:  # a quote taken from every selector: pySHACL's to find
        kept = [q.triple for q in s.quads(ns.evidence_graph(SLUG)) if q.predicate != exact]
        s.set_graph(ns.evidence_graph(SLUG), kept)
    monkeypatch.setattr("graph.validate.BATCH", 40)  # several batches of the example's focus nodes
    one = CliRunner().invoke(main, ["validate", "--store", str(store_path)])
    two = CliRunner().invoke(main, ["validate", "--jobs", "2", "--store", str(store_path)])
    assert one.exit_code == two.exit_code == 1 and "evidence quotes its sentence" in one.stderr
    assert two.stderr == one.stderr
    assert CliRunner().invoke(main, ["validate", "--jobs", "0", "--store", str(store_path)]).exit_code == 2


def test_a_meeting_date_that_is_not_a_date_fails(store_path: Path) -> None:
    node = ox.NamedNode(ns.ENTITY + "meeting/some-meeting")
    add_source(store_path, "extra", [
        ox.Triple(node, RDF_TYPE, acta_term("Meeting")),
        ox.Triple(node, LABEL, ox.Literal("Some Meeting")),
        ox.Triple(node, ox.NamedNode("https://schema.org/startDate"), ox.Literal("last autumn")),
    ])
    assert_fails(store_path, "a date is an xsd:date, xsd:gYearMonth or xsd:gYear")


def test_sparql_constraints_run_by_the_store_find_what_pyshacl_finds(store_path: Path) -> None:
    import rdflib
    from pyshacl import validate

    from graph.resources import shapes_file
    from graph.validate import focus_query, take_sparql_constraints

    rdf_predicate = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate")
    dropped = {acta_term("acronym"), acta_term("convenedBy")}
    with open_store(store_path, write=True) as s:
        quads = list(s.quads(ns.evidence_graph(SLUG)))
        broken = {q.subject for q in quads if q.predicate == rdf_predicate and q.object in dropped}
        s.set_graph(ns.evidence_graph(SLUG), [q.triple for q in quads if q.subject not in broken])
    with open_store(store_path) as s:
        shapes = rdflib.Graph().parse(shapes_file())
        ours = take_sparql_constraints(shapes)
        assert len(ours) == 1
        rows = s.query(focus_query(ours[0]), union=True).rows  # the SHACL data graph: every graph
        found = {(r["this"].value, r["path"].value, r["value"].value) for r in rows}
        data = rdflib.Graph().parse(data=s.export("ntriples").decode(), format="nt")  # the union of the graphs
    _, report, _ = validate(data, shacl_graph=rdflib.Graph().parse(shapes_file()), inference="none",
                            allow_warnings=True, advanced=True)
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    theirs = {(str(report.value(r, sh.focusNode)), str(report.value(r, sh.resultPath)), str(report.value(r, sh.value)))
              for r in report.subjects(sh.sourceConstraintComponent, sh.SPARQLConstraintComponent)}
    assert found == theirs
    assert {path for _, path, _ in found} == {t.value for t in dropped}


def _results(report: str) -> list[str]:
    """The report's results, each as its block of lines, sorted (batches report them in their own order)."""
    body = report.split("\n", 3)[3]
    return sorted("Constraint Violation" + block for block in body.split("Constraint Violation")[1:])


def test_a_batch_at_a_time_reports_what_the_whole_union_reports(tmp_path: Path) -> None:
    fixtures = Path(__file__).parent / "fixtures"
    docs = sorted(p for p in fixtures.iterdir() if p.suffix in (".md", ".txt"))
    oa_exact = ox.NamedNode("http://www.w3.org/ns/oa#exact")
    path = tmp_path / "store"
    with open_store(path, write=True) as s:
        build(s, [example_document(), *docs])
        quads = list(s.quads(ns.evidence_graph(SLUG)))  # a quote taken from every second selector
        exact = [q for q in quads if q.predicate == oa_exact]
        s.set_graph(ns.evidence_graph(SLUG), [q.triple for q in quads if q not in exact[::2]])
    node = ox.NamedNode(ns.ENTITY + "oas/cp/res/unnumbered")
    # a resolution one document types and names, and another says who adopted it: judged on both together
    add_source(path, "one", [ox.Triple(node, RDF_TYPE, acta_term("Resolution")),
                             ox.Triple(node, LABEL, ox.Literal("a resolution nobody numbered"))])
    add_source(path, "two", [ox.Triple(node, acta_term("adoptedBy"), ox.NamedNode(ns.ENTITY + "oas/permanent-council")),
                             ox.Triple(node, acta_term("adoptionDate"),
                                       ox.Literal("2009-09-16", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")))])
    meeting = ox.NamedNode(ns.ENTITY + "meeting/some-meeting")
    add_source(path, "three", [ox.Triple(meeting, RDF_TYPE, acta_term("Meeting")),
                               ox.Triple(meeting, ox.NamedNode("https://schema.org/startDate"), ox.Literal("autumn"))])
    import rdflib
    from pyshacl import validate

    from graph.resources import shapes_file
    from graph.validate import take_sparql_constraints
    with open_store(path) as s:
        whole = validate_store(s, batch=10**9)
        seen: list[tuple[int, int]] = []
        batched = validate_store(s, batch=7, progress=lambda done, total: seen.append((done, total)))
        in_processes: list[tuple[int, int]] = []
        parallel = validate_store(s, batch=7, jobs=2, progress=lambda done, total: in_processes.append((done, total)))
        union = rdflib.Graph().parse(data=s.export("ntriples").decode(), format="nt")  # every graph at once
    assert whole[0] is batched[0] is False
    assert _results(batched[1]) == _results(whole[1])
    # pySHACL over the whole union (as `acta validate` ran before batches) finds what the batches find
    shapes = rdflib.Graph().parse(shapes_file())
    take_sparql_constraints(shapes)  # the store runs those, the same way both times
    _, _, text = validate(union, shacl_graph=shapes, inference="none", allow_warnings=True, advanced=True)
    results = _results(whole[1])
    assert [r for r in results if "SPARQLConstraintComponent" not in r] == _results(text)
    assert any("evidence quotes its sentence" in r for r in results)
    assert any("meeting/some-meeting" in r for r in results)
    # its adopter and day are in another document's graph: no ResolutionShape result (its facts lack evidence)
    assert [r for r in results if "oas/cp/res/unnumbered" in r]
    assert not [r for r in results if "oas/cp/res/unnumbered" in r and "ResolutionShape" in r]
    assert len(seen) > 10 and seen[-1][0] == seen[-1][1]
    assert all(a[0] < b[0] for a, b in zip(seen, seen[1:], strict=False))  # progress, a batch at a time
    assert parallel == batched and in_processes == seen  # judged in two processes: the same report, in order


def test_shapes_a_batch_cannot_judge_are_run_over_the_whole_union(store_path: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import rdflib

    from graph import validate as module
    real = rdflib.Graph().parse(module.shapes_file())
    oa = "http://www.w3.org/ns/oa#"
    assert module._path_hops(real) == [[oa + "hasTarget"], [oa + "hasSelector"]]
    # a meeting's convener is a document (a resolution is one): a constraint on what the value node is, which a
    # batch of focus nodes does not hold
    extra = tmp_path / "shapes.ttl"
    extra.write_text(module.shapes_file().read_text() + """
shapes:ConvenerShape a sh:NodeShape ;
    sh:targetClass acta:Meeting ;
    sh:property [ sh:path acta:convenedBy ; sh:class acta:Document ; sh:message "convened by no document" ] .
""")
    assert module._path_hops(rdflib.Graph().parse(extra)) is None
    monkeypatch.setattr(module, "shapes_file", lambda: extra)
    seen: list[tuple[int, int]] = []
    with open_store(store_path) as s:
        conforms, report = validate_store(s, batch=7, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 1)]  # one run over everything
    assert conforms and "convened by no document" not in report, report  # the convener's type was there, judged
