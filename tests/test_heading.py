"""graph/heading.py: a resolution's heading block and closing plenary line."""

from __future__ import annotations

from pathlib import Path

from test_clauses import HEADING_66, ME_66, build, objects, triples

from graph.extract import Lit


def test_the_heading_block_of_a_resolution(tmp_path: Path) -> None:
    x = build(tmp_path, HEADING_66, "A/RES/80/66")
    assert x.self_key == ME_66
    assert x.registry.get(ME_66).kind == "resolution"
    heading = triples(x, "heading-adopted-by")
    assert (ME_66, "acta:adoptedBy", "un/general-assembly") in heading
    assert (ME_66, "acta:adoptionDate", Lit("2025-12-01", "xsd:date")) in heading
    assert (ME_66, "acta:onTheReportOf", "un/a/80/534") in triples(x, "on-the-report-of")
    assert ("un/a/80/534", "acta:producedBy", "un/first-committee") in triples(x, "on-the-report-of")
    assert (ME_66, "dcterms:title", Lit("Report of the Disarmament Commission")) in triples(x, "heading-title")


def test_the_plenary_meeting_that_adopted_it_belongs_to_the_session(tmp_path: Path) -> None:
    x = build(tmp_path, HEADING_66, "A/RES/80/66")
    plenary = "un/general-assembly/session/regular-80/plenary/52"
    assert (ME_66, "acta:adoptedAt", plenary) in triples(x, "plenary-meeting")
    assert set(objects(x, plenary, "schema:startDate")) == {Lit("2025-12-01", "xsd:date")}
    assert objects(x, plenary, "acta:ordinal") == [Lit("52", "xsd:integer")]
    assert objects(x, plenary, "schema:superEvent") == ["un/general-assembly/session/regular-80"]
    assert x.registry.get(plenary).label == \
        "52nd plenary meeting (eightieth session of the General Assembly of the United Nations)"


def test_the_closing_plenary_line_makes_no_meeting_of_another_body(tmp_path: Path) -> None:
    x = build(tmp_path, HEADING_66, "A/RES/80/66")
    plenaries = {e.key for e in x.registry if e.kind == "meeting" and "plenary" in e.key}
    assert plenaries == {"un/general-assembly/session/regular-80/plenary/52"}


# /work/shared/corpus/un-ga-80/A_RES_80_10.md: the closing line names the plenary meeting without its date
UNDATED_PLENARY_10 = """Resolution adopted by the General Assembly on 26 November 2025

[without reference to a Main Committee (A/80/L.11)]

80/10. International Day of the World’s Indigenous Women and Girls

The General Assembly,

1. Decides to proclaim 5 September of each year as the International Day of the World’s Indigenous Women and Girls;

51st plenary meeting
"""


def test_an_undated_plenary_line_is_the_sessions_meeting_on_the_day_of_adoption(tmp_path: Path) -> None:
    x = build(tmp_path, UNDATED_PLENARY_10, "A/RES/80/10")
    plenary = "un/general-assembly/session/regular-80/plenary/51"
    assert ("un/a/res/80/10", "acta:adoptedAt", plenary) in triples(x, "plenary-meeting")
    assert objects(x, plenary, "schema:startDate") == [Lit("2025-11-26", "xsd:date")]
    assert {e.key for e in x.registry if e.kind == "meeting" and "plenary" in e.key} == {plenary}
