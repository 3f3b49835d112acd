"""graph/actions.py: the day a body did what it did to a document (acta:DatedAction), and the documents listing's
date column, which is that day, not the document's own."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution, write_resolution
from test_sessions import report

from graph.build import build
from graph.extract import Extraction, Lit
from graph.queries import load_query, run
from graph.store import open_store


def dated(x: Extraction) -> set[tuple[str, str, str, str]]:
    """(document, link, agent, day) of every dated action the extraction made."""
    acts = {e.key for e in x.registry if e.kind == "action"}
    out = set()
    for act in acts:
        said = {c.predicate: c.object for c in x.claims if c.subject == act}
        out.add((said["acta:actionOn"], said["acta:actionProperty"], said["prov:wasAssociatedWith"],
                 said["dcterms:date"].value))
    return out


GA = "un/general-assembly"

# /work/shared/corpus/un-ga-80/A_RES_80_3.md: its paragraph 1 and its last line
ENDORSES = ("1. Endorses the political declaration adopted by the Third United Nations Conference on Landlocked "
            "Developing Countries, which is contained in the annex to the present resolution;",
            "18th plenary meeting 14 October 2025")


def test_a_resolutions_endorsement_is_of_the_day_it_was_adopted(tmp_path: Path) -> None:
    x = extract_resolution(tmp_path, "A/RES/80/3", *ENDORSES)
    got = dated(x)
    assert len(got) == 1
    doc, link, agent, day = got.pop()
    assert (link, agent, day) == ("term:acta:endorsedBy", GA, "2025-10-14")
    assert (doc, "acta:endorsedBy", GA) in {(c.subject, c.predicate, c.object) for c in x.claims}
    # the day's evidence is where the day is said, not the clause
    act = next(e.key for e in x.registry if e.kind == "action")
    day_claim = next(c for c in x.claims if c.subject == act and c.predicate == "dcterms:date")
    assert x.document.text[day_claim.start:day_claim.end].startswith("18th plenary meeting")


def test_an_undated_resolution_dates_nothing(tmp_path: Path) -> None:
    x = extract_resolution(tmp_path, "A/RES/80/3", ENDORSES[0])
    assert any(c.predicate == "acta:endorsedBy" for c in x.claims)
    assert dated(x) == set()


def test_what_a_recalled_resolution_took_note_of_is_of_that_resolutions_day(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_53.md (the clause shortened, its notes)
    x = extract_resolution(
        tmp_path, "A/RES/80/53",
        "Recalling also its resolution 62/21 of 5 December 2007, in which it took note of the report of the Panel of "
        "Governmental Experts on verification in all its aspects, including the role of the United Nations in the "
        "field of verification, 2 as well as the reports of the Secretary-General of 1990 3",
        "1. Takes note of the report of the Secretary-General;4",
        "40th plenary meeting 1 December 2025",
        "[^2]: A/61/1028.",
        "[^3]: A/45/372.",
        "[^4]: A/80/135.")
    got = dated(x)
    assert ("un/a/61/1028", "term:acta:notedBy", GA, "2007-12-05") in got
    assert ("un/a/45/372", "term:acta:notedBy", GA, "2007-12-05") in got  # not 1990, the report's own year
    assert ("un/a/80/135", "term:acta:notedBy", GA, "2025-12-01") in got


def test_two_bodies_approving_a_text_on_two_days(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_7.md
    x = extract_resolution(
        tmp_path, "A/RES/80/7",
        "Recognizing also the cooperation between the United Nations and the Agency and the Agreement governing the "
        "relationship between the United Nations and the Agency as approved by the General Conference of the Agency "
        "on 23 October 1957 and by the General Assembly in the annex to its resolution 1145 (XII) of 14 November "
        "1957,")
    agreement = "instrument/agreement-governing-the-relationship-between-the-united-nations-and-the-agency"
    got = {day: (link, agent) for _, link, agent, day in dated(x)}
    assert set(got) == {"1957-10-23", "1957-11-14"}
    assert got["1957-11-14"] == ("term:acta:approvedBy", GA)
    assert got["1957-10-23"][0] == "term:acta:approvedBy" and "general-conference" in got["1957-10-23"][1]
    said = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert ("un/a/res/1145", "acta:adoptionDate", Lit("1957-11-14", "xsd:date")) in said
    assert ("un/a/res/1145", "acta:adoptedBy", GA) in said
    assert {("un/a/res/1145", "acta:approves", agreement), (agreement, "acta:adoptedIn", "un/a/res/1145")} <= said


def test_two_texts_one_body_approved_on_two_days_in_one_sentence(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_41.md
    x = extract_resolution(
        tmp_path, "A/RES/80/41",
        "Recalling the Code of Conduct on the Safety and Security of Radioactive Sources, approved by the Board of "
        "Governors of the International Atomic Energy Agency on 8 September 2003, and the supplementary Guidance on "
        "the Management of Disused Radioactive Sources, approved by the Board of Governors of the Agency on "
        "11 September 2017,")
    got = {(doc.rsplit("/", 1)[-1][:20], day) for doc, _, _, day in dated(x)}
    assert got == {("code-of-conduct-on-t", "2003-09-08"), ("guidance-on-the-mana", "2017-09-11")}


# /work/shared/corpus/oas/2009-csh-gt-mispa-ii-working-group-report.txt: the group's founding, its meetings, the list
ESTABLISHED = ("Pursuant to that resolution, this past September 17 a working group to prepare for the ministerial was "
               "also established, under the purview of the Committee on Hemispheric Security.")
ITEMS = ("- Draft Agenda (CSH/GT/MISPA II-2/09 rev. 2)\n"
         "- Draft Rules of Procedure (CSH/GT/MISPA II-3/09 rev. 1)")


def met(days: str) -> str:
    return f"This Working Group met {days} and considered and approved the following working documents of MISPA II:"


def test_what_a_group_considered_and_approved_at_its_one_meeting_is_of_that_day(tmp_path: Path) -> None:
    # (the report's sentence with one of its six days)
    got = dated(report(tmp_path, ESTABLISHED, met("on October 15, 2009"), ITEMS))
    assert {(link, day) for _, link, _, day in got} == {("term:acta:consideredBy", "2009-10-15"),
                                                         ("term:acta:approvedBy", "2009-10-15")}
    assert {doc for doc, *_ in got} == {"oas/csh/gt/mispa-ii-2/09/rev.2", "oas/csh/gt/mispa-ii-3/09/rev.1"}


def test_a_group_that_met_on_six_days_dates_none_of_its_approvals(tmp_path: Path) -> None:
    x = report(tmp_path, ESTABLISHED, met("on September 29 and on October 1, 6, 13, 15, and 20, 2009"), ITEMS)
    assert any(c.predicate == "acta:approvedBy" for c in x.claims)
    assert dated(x) == set()


def test_the_documents_listing_dates_a_row_by_its_act(tmp_path: Path) -> None:
    doc = write_resolution(
        tmp_path, "A/RES/80/53",
        "Recalling its resolution 62/21 of 5 December 2007, in which it took note of the report of the Secretary-"
        "General,2",
        "1. Endorses the report of the Secretary-General,3 issued on 10 July 2025;",
        "40th plenary meeting 1 December 2025",
        "[^2]: A/45/372.", "[^3]: A/80/135.")
    with open_store(tmp_path / "s", write=True) as s:
        build(s, [doc])
    with open_store(tmp_path / "s") as s:
        rows = run(s, load_query("documents")).rows
    got = {(r["symbol"].value, r["relation"].value, r["date"].value if r.get("date") else None) for r in rows
           if r.get("relation")}
    assert ("A/45/372", "noted by", "2007-12-05") in got
    assert ("A/80/135", "endorsed by", "2025-12-01") in got
    # `evidence` for the document quotes where the day of the act is said, in words (no IRI in a column)
    with open_store(tmp_path / "s") as s:
        rows = run(s, load_query("evidence"), {"entity": "A/80/135"}).rows
    day = [r for r in rows if r["predicate"].value == "date"]
    assert [(r["object"].value, r["quote"].value) for r in day] == [("2025-12-01",
                                                                       "40th plenary meeting 1 December 2025")]
    assert not [r for r in rows if r["predicate"].value.startswith("http")]
