"""graph/outcomes.py: the documents a note names after a meeting, "its final document", a report adopted by a body."""

# ruff: noqa: E501  (the corpus snippets below are copied verbatim, one source line each)

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution, rule_triples

from graph.extract import Extraction, Lit, extract
from graph.text import read_document

# /work/shared/corpus/un-ga-80/A_RES_80_68.md: notes after meetings' names, and the adoption of "its final document"
CCW_68 = """The General Assembly,

Welcoming the results of the Sixth Review Conference[^9] and the Meeting of the High Contracting Parties to the Convention, held in Geneva from 13 to 15 November 2024, and the adoption of its final document,10

(iv) The Nineteenth Annual Conference of the High Contracting Parties to Protocol V, on 10 November 2025, in accordance with the relevant decisions taken by the Eighteenth Annual Conference of the High Contracting Parties to Protocol V;14

[^9]: CCW/CONF.VI/11.

[^10]: CCW/MSP/2024/7.

[^14]: CCW/P.V/CONF/2024/5.
"""

# /work/shared/corpus/un-ga-80/A_RES_80_21.md, paragraph 8, and its note
ADOPTED_21 = """The General Assembly,

Recalling its resolution 77/250 of 30 December 2022, by which it requested the Secretary-General to establish a group of governmental experts,

8. Underlines the importance of the substantive report[^6] adopted by consensus by the above-mentioned Group of Governmental Experts, which serves as a reference document for further measures;

[^6]: A/79/364.
"""

# /work/shared/corpus/un-ga-80/A_RES_80_3.md, the annexed declaration (shortened), and its note 1
AWAZA_3 = """The General Assembly,

We welcome the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034 adopted by the General Assembly on 24 December 2024,1 which builds on the progress achieved under the Almaty Programme of Action:

[^1]: Resolution 79/233, annex; see also resolution 79/279.
"""

# /work/shared/corpus/un-ga-80/A_RES_80_21.md, paragraph 9, and its notes (text from PDF: "agenda 7", "2025–20288")
OEWG_21 = """The General Assembly,

Recalling its resolution 78/20 of 4 December 2023,6

9. Notes the establishment by the General Assembly in its decision 79/512 of 2 December 2024 of an open-ended working group and the sessions held by the group, and welcomes the adoption by consensus by the group of the agenda 7 and the indicative timetable for 2025–20288 and the beginning of its substantive work;

[^6]: A/79/364.

[^7]: A/AC.297/2025/3.

[^8]: A/AC.297/2025/CRP.2/Rev.5.
"""

# /work/shared/corpus/un-ga-80/A_RES_80_10.md, a preamble clause and its note 8
BEIJING_10 = """The General Assembly,

Recalling the Beijing Declaration and Platform for Action,8

[^8]: Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.

[^13]: CEDAW/C/GC/40.
"""

# a meeting named before a note that is a resolution: the resolution is no document of the meeting's
RESOLUTION_NOTE = """The General Assembly,

Recalling the high-level meeting on nuclear disarmament,1

[^1]: See resolution 68/32.
"""


def build(tmp_path: Path, body: str, symbol: str) -> Extraction:
    path = tmp_path / (symbol.replace("/", "_") + ".md")
    path.write_text(f"---\nsymbol: {symbol}\n---\n\n{body}", encoding="utf-8")
    return extract(read_document(path))


def claims(x: Extraction, rule: str) -> set[tuple[str, str, object]]:
    return {(c.subject, c.predicate, c.object) for c in x.claims if c.rule == rule}


def test_a_note_after_a_meetings_name_is_the_meetings_document(tmp_path: Path) -> None:
    x = build(tmp_path, CCW_68, "A/RES/80/68")
    produced = {(s, x.registry.get(o).label) for s, p, o in claims(x, "meeting-note") if p == "acta:producedBy"}
    assert ("un/ccw/conf.vi/11", "Sixth Review Conference") in produced
    # the note that ends the paragraph, after a semicolon
    assert ("un/ccw/p.v/conf/2024/5", "Eighteenth Annual Conference of the High Contracting Parties to Protocol V") in produced
    assert len(produced) == 2  # note 10 follows "its final document", not a meeting's name


# /work/shared/corpus/un-ga-80/A_RES_80_48.md (a preamble clause, cut) and A_RES_80_39.md (cut), with their notes
ADOPTED_BY_48 = """The General Assembly,

Noting that the States Parties reaffirm the validity of all existing commitments, especially the unequivocal undertaking by the nuclear-weapon States, and the conclusions and recommendations for follow-on actions adopted by the 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,4 and also reaffirm that their implementation is essential,

Recalling also the decisions and the resolution adopted at the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,6 the basis upon which the Treaty was indefinitely extended,

Welcoming the results of the Sixth Review Conference,9

[^4]: 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, Final Document, vols. I–III (NPT/CONF.2010/50 (Vol. I)).

[^6]: NPT/CONF.1995/32 (Part I).

[^9]: CCW/CONF.VI/11.
"""


def test_what_a_meeting_adopted_by_or_at_it_is_in_its_note_which_it_adopted(tmp_path: Path) -> None:
    x = build(tmp_path, ADOPTED_BY_48, "A/RES/80/48")
    found = {(s, p, x.registry.get(o).label) for s, p, o in claims(x, "meeting-note")
             if p in ("acta:adoptedBy", "acta:adoptedAt")}
    assert found == {
        ("un/npt/conf.2010/50/vol-i", "acta:adoptedBy",
         "2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons"),
        ("un/npt/conf.1995/32/part-i", "acta:adoptedAt",
         "1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons"),
    }  # (the results of the Sixth Review Conference are its document, which nothing says it adopted)
    assert ("un/ccw/conf.vi/11", "acta:producedBy") in {(s, p) for s, p, o in claims(x, "meeting-note")}


def test_its_final_document_is_adopted_at_the_meeting_named_before_it(tmp_path: Path) -> None:
    x = build(tmp_path, CCW_68, "A/RES/80/68")
    found = claims(x, "its-outcome")
    (meeting,) = {o for s, p, o in found if p == "acta:adoptedAt" and s == "un/ccw/msp/2024/7"}
    assert x.registry.get(meeting).label.startswith("Meeting of the High Contracting Parties")
    assert ("un/ccw/msp/2024/7", "acta:producedBy", meeting) in found
    # titled by what the text calls it, with whose it is
    assert ("un/ccw/msp/2024/7", "dcterms:title",
            Lit("Final document of the Meeting of the High Contracting Parties to the Convention")) in found


def test_a_report_adopted_by_a_body(tmp_path: Path) -> None:
    x = build(tmp_path, ADOPTED_21, "A/RES/80/21")
    (body,) = {o for s, p, o in claims(x, "document-adopted-by") if s == "un/a/79/364"}
    assert x.registry.get(body).label == "Group of Governmental Experts"


def test_the_first_resolution_of_the_note_after_adopted_by_on_is_the_one_adopted_that_day(tmp_path: Path) -> None:
    x = build(tmp_path, AWAZA_3, "A/RES/80/3")
    found = claims(x, "adopted-on-note")
    assert ("un/a/res/79/233", "acta:adoptedBy", "un/general-assembly") in found
    assert {s for s, p, o in found if p == "acta:adoptionDate"} == {"un/a/res/79/233"}  # not "see also" 79/279


def test_a_resolution_in_a_meetings_note_is_not_its_document(tmp_path: Path) -> None:
    x = build(tmp_path, RESOLUTION_NOTE, "A/RES/80/1")
    assert claims(x, "meeting-note") == set()
    assert any(c.object == "un/a/res/68/32" for c in x.claims)  # the note was read


def test_a_body_named_by_its_kind_is_known_by_the_decision_that_established_it(tmp_path: Path) -> None:
    x = build(tmp_path, OEWG_21, "A/RES/80/21")
    group = "un/a/dec/79/512/open-ended-working-group"
    assert x.registry.get(group).label == "open-ended working group (A/DEC/79/512)"
    found = claims(x, "established-in")
    assert (group, "acta:establishedBy", "un/a/dec/79/512") in found
    assert {o.value for s, p, o in found if s == group and p == "acta:establishedOn"} == {"2024-12-02"}


def test_the_group_that_adopted_its_agenda_is_the_one_named_before(tmp_path: Path) -> None:
    x = build(tmp_path, OEWG_21, "A/RES/80/21")
    adopted = {s for s, p, o in claims(x, "adoption-by-the") if o == "un/a/dec/79/512/open-ended-working-group"}
    assert adopted == {"un/a/ac.297/2025/3", "un/a/ac.297/2025/crp.2/rev.5"}
    # each is named by what the clause calls it
    titled = {(s, o.value) for s, p, o in claims(x, "adoption-by-the") if p == "dcterms:title"}
    assert titled == {("un/a/ac.297/2025/3", "agenda"),
                      ("un/a/ac.297/2025/crp.2/rev.5", "indicative timetable for 2025–2028")}


def test_what_a_group_adopted_is_not_titled_by_a_kind_of_document(tmp_path: Path) -> None:
    # OEWG_21's clause with "the note" of its marker instead of its agenda: a kind of document, not a title
    x = build(tmp_path, OEWG_21.replace("of the agenda 7 and", "of the note 7 and"),
              "A/RES/80/21")
    titled = {s: o.value for s, p, o in claims(x, "adoption-by-the") if p == "dcterms:title"}
    assert "un/a/ac.297/2025/3" not in titled and "un/a/ac.297/2025/crp.2/rev.5" in titled


def test_a_note_names_a_conferences_report_with_no_symbol(tmp_path: Path) -> None:
    x = build(tmp_path, BEIJING_10, "A/RES/80/10")
    report = "series/world-conference-on-women/4/report"
    assert x.registry.get(report).kind == "report"
    found = claims(x, "report-note")
    assert (report, "acta:producedBy", "series/world-conference-on-women/4") in found
    assert {o.value for s, p, o in found if p == "dcterms:title"} == {"Report of the Fourth World Conference on Women"}


def test_a_text_annexed_to_a_conferences_resolution_was_adopted_there(tmp_path: Path) -> None:
    x = build(tmp_path, BEIJING_10, "A/RES/80/10")
    resolution = "series/world-conference-on-women/4/resolution/1"
    assert claims(x, "conference-annex") == {
        ("instrument/beijing-declaration-and-platform-for-action", "acta:adoptedAt", "series/world-conference-on-women/4"),
        (resolution, "acta:adopts", "instrument/beijing-declaration-and-platform-for-action"),
        ("instrument/beijing-declaration-and-platform-for-action", "acta:adoptedIn", resolution)}
    # the conference's resolution 1, as its report prints it, adopted there
    assert x.registry.get(resolution).kind == "resolution"
    assert {(p, o) for s, p, o in claims(x, "report-note") if s == resolution} == {
        ("acta:symbol", Lit("Resolution 1")), ("acta:adoptedBy", "series/world-conference-on-women/4"),
        ("acta:adoptedAt", "series/world-conference-on-women/4")}
    # the evidence is the note, which names the conference and the annex
    claim = next(c for c in x.claims if c.rule == "conference-annex")
    assert x.document.text[claim.start:claim.end].startswith("[^8]: Report of the Fourth World Conference")
    # a report of the conference cited for itself (no resolution's annex) says nothing of the text
    assert not claims(build(tmp_path, BEIJING_10.replace(", resolution 1, annexes I and II", ""), "A/RES/80/10"),
                      "conference-annex")


# /work/shared/corpus/ipbes/unep-ipbes-mi-2-9-panama-resolution.txt: a note under its superscript number (PDF text)
RIO_PANAMA = """The General Assembly,

Recalling the Johannesburg Declaration on Sustainable Development⁴ and its principles,

⁴ Report of the World Summit on Sustainable Development, Johannesburg, South Africa, 26 August–4 September 2002 (United Nations publication, Sales No. E.03.II.A.1 and corrigendum), chap. I, resolution 1, annex. ↑
"""


def test_a_conferences_report_under_a_superscript_number(tmp_path: Path) -> None:
    x = build(tmp_path, RIO_PANAMA, "A/RES/80/90")
    assert ("meeting/world-summit-on-sustainable-development/report", "acta:producedBy",
            "meeting/world-summit-on-sustainable-development") in claims(x, "report-note")
    assert ("instrument/johannesburg-declaration-on-sustainable-development", "acta:adoptedAt",
            "meeting/world-summit-on-sustainable-development") in claims(x, "conference-annex")


# /work/shared/corpus/un-ga-80/A_RES_80_5.md, annex, paragraph 9 (its note cut)
ADDIS_5 = """The General Assembly,

9. We reaffirm the Addis Ababa Action Agenda of the Third International Conference on Financing for Development as an integral part of the 2030 Agenda.
"""


def test_an_agenda_named_after_the_conference_that_produced_it(tmp_path: Path) -> None:
    x = build(tmp_path, ADDIS_5, "A/RES/80/5")
    assert claims(x, "text-of-meeting") >= {
        ("instrument/addis-ababa-action-agenda-of-the-third-international-conference-on-financing-for-development",
         "acta:producedBy", "series/international-conference-on-financing-for-development/3")}


def test_a_generic_body_of_a_listed_one_is_that_bodys_organ(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_34.md, an item of a list (cut) and its note
    body = ("The General Assembly,\n\nThe report of the fact-finding mission of the Organisation for the Prohibition "
            "of Chemical Weapons of 28 June 2023,19 which concluded that information obtained and analysed by the "
            "fact-finding mission did not provide reasonable grounds;\n\n[^19]: See S/2023/508, annex.\n")
    x = build(tmp_path, body, "A/RES/80/34")
    ffm = "un/opcw/fact-finding-mission"
    assert ("un/s/2023/508", "acta:producedBy", ffm) in claims(x, "reports-of-dates")
    assert (ffm, "org:subOrganizationOf", "un/opcw") in claims(x, "organ-of")
    assert x.registry.get(ffm).kind == "body"


def test_the_meeting_a_texts_name_holds_produced_it_and_was_held_where_the_words_after_say(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_25.md, a preambular clause
    from conftest import extract_resolution
    x = extract_resolution(tmp_path, "A/RES/80/25", "Bearing in mind the Final Document of the Nineteenth Summit of "
                           "Heads of State or Government of Non-Aligned Countries, held in Kampala on 19 and "
                           "20 January 2024,")
    doc = "instrument/final-document-of-the-nineteenth-summit-of-heads-of-state-or-government-of-non-aligned-countries"
    (summit,) = [c.object for c in x.claims if c.subject == doc and c.predicate == "acta:producedBy"]
    assert x.registry.get(summit).label == "Nineteenth Summit of Heads of State or Government of Non-Aligned Countries"
    facts = {(c.predicate, c.object) for c in x.claims if c.subject == summit}
    assert {("schema:location", "city/kampala"), ("schema:startDate", Lit("2024-01-19", "xsd:date")),
            ("schema:endDate", Lit("2024-01-20", "xsd:date"))} <= facts


def test_a_title_adopted_on_a_day_dates_the_resolution_of_its_note(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_41.md: notes 5 and 6 are resolutions 60/1 and 60/288
    x = build(tmp_path, "The General Assembly,\n\n"
              "Recalling also the 2005 World Summit Outcome adopted at the high-level plenary meeting of the General "
              "Assembly on 16 September 20055 and the adoption of the United Nations Global Counter-Terrorism "
              "Strategy on 8 September 2006,6\n\n[^5]: Resolution 60/1.\n\n[^6]: Resolution 60/288.\n", "A/RES/80/41")
    assert claims(x, "title-on-note") == {
        ("un/a/res/60/1", "acta:adoptionDate", Lit("2005-09-16", "xsd:date")),
        ("instrument/2005-world-summit-outcome", "acta:adoptionDate", Lit("2005-09-16", "xsd:date")),
        ("un/a/res/60/288", "acta:adoptionDate", Lit("2006-09-08", "xsd:date")),
        ("instrument/united-nations-global-counter-terrorism-strategy", "acta:adoptionDate",
         Lit("2006-09-08", "xsd:date")),
        # each note is only the resolution: the text was adopted in it and is what it is, by the text's name
        ("instrument/2005-world-summit-outcome", "acta:adoptedIn", "un/a/res/60/1"),
        ("un/a/res/60/1", "dcterms:title", Lit("2005 World Summit Outcome")),
        ("instrument/united-nations-global-counter-terrorism-strategy", "acta:adoptedIn", "un/a/res/60/288"),
        ("un/a/res/60/288", "dcterms:title", Lit("United Nations Global Counter-Terrorism Strategy"))}


def test_a_title_adopted_on_a_day_with_a_document_for_its_note_dates_both(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_54.md paragraph 1 and its note 1: the note is the treaty's own text
    x = build(tmp_path, "The General Assembly,\n\n"
              "1. Recalls the adoption of the Treaty on the Prohibition of Nuclear Weapons 1 on 7 July 2017;\n\n"
              "[^1]: A/CONF.229/2017/8.\n", "A/RES/80/54")
    day = Lit("2017-07-07", "xsd:date")
    assert claims(x, "title-on-note") == {
        ("un/a/conf.229/2017/8", "acta:adoptionDate", day),
        ("instrument/treaty-on-the-prohibition-of-nuclear-weapons", "acta:adoptionDate", day)}


def test_the_adoption_of_a_title_at_or_by_a_meeting(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_54.md paragraph 5 and A_RES_80_69.md (a preambular clause, cut), and a
    # meeting of one day, which dates the text (A_RES_80_70.md's "the Final Declaration adopted by", said "adoption")
    x = build(tmp_path, "The General Assembly,\n\n"
              "Welcoming the efforts deployed by the Euro-Mediterranean countries, in particular through the adoption "
              "of the Euro-Mediterranean Code of Conduct on Countering Terrorism by the Euro-Mediterranean Summit, "
              "held in Barcelona, Spain, on 27 and 28 November 2005,\n\n"
              "Recalling the adoption of the Final Declaration by the fourteenth Conference on Facilitating the Entry "
              "into Force of the Comprehensive Nuclear-Test-Ban Treaty, held in New York on 26 September 2025,\n\n"
              "5. Recalls the adoption of the Vienna Action Plan at the first Meeting of States Parties to the Treaty "
              "on the Prohibition of Nuclear Weapons, held in Vienna, Austria, from 21 to 23 June 2022;\n",
              "A/RES/80/54")
    found = claims(x, "adoption-at")
    assert ("instrument/euro-mediterranean-code-of-conduct-on-countering-terrorism", "acta:adoptedAt",
            "meeting/euro-mediterranean-summit") in found
    assert ("instrument/final-declaration", "acta:adoptionDate", Lit("2025-09-26", "xsd:date")) in found
    assert ("instrument/final-declaration", "acta:adoptedAt", "series/conference-on-facilitating-the-entry-into-force-"
            "of-the-comprehensive-nuclear-test-ban-treaty/14") in found
    assert ("instrument/vienna-action-plan", "acta:adoptedAt",
            "series/meeting-of-states-parties-to-the-treaty-on-the-prohibition-of-nuclear-weapons/1") in found
    # a meeting of two days or three dates nothing
    assert not {c for c in found if c[1] == "acta:adoptionDate" and "final" not in c[0]}


def test_texts_whose_adoption_was_a_meetings_outcome_were_adopted_there(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md (a preambular clause, cut; its bare note mark written as [^3])
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/52",
        "Recalling the outcome of the second Review Conference of States Parties to the Convention on Cluster "
        "Munitions, held in Geneva from 25 to 27 November 2020 and on 20 and 21 September 2021, and in particular "
        "the adoption of the Lausanne Declaration entitled “Protecting lives, empowering victims, enabling "
        "development” and the Lausanne Action Plan 2021–2026[^3] to support the full and effective implementation "
        "of the Convention,",
        "[^3]: CCM/CONF/2021/6, annexes I and II.")
    got = rule_triples(x, "outcome-adoption")
    conference = "series/review-conference-of-states-parties-to-the-convention-on-cluster-munitions/2"
    assert got == {("instrument/lausanne-declaration", "acta:adoptedAt", conference),
                   ("instrument/lausanne-action-plan", "acta:adoptedAt", conference),
                   ("un/ccm/conf/2021/6", "acta:producedBy", conference)}


def test_an_outcome_document_named_after_the_meeting_is_the_meetings(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_5.md paragraph 10 (cut; its note the resolution the text is annexed to),
    # and a made-up one whose note is the document
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/5",
        "10. We welcome the outcome document of the Fourth International Conference on Financing for Development, "
        "the Sevilla Commitment,[^7] which renews the global financing for development framework;",
        "11. We welcome the final document of the Tenth Review Conference of the Parties to the Treaty on the "
        "Non-Proliferation of Nuclear Weapons, entitled “Advancing the review process”,[^8]",
        "[^7]: Resolution 79/323, annex.",
        "[^8]: NPT/CONF.2026/99.")
    got = rule_triples(x, "outcome-named")
    assert ("instrument/sevilla-commitment", "acta:producedBy",
            "series/international-conference-on-financing-for-development/4") in got
    assert ("un/npt/conf.2026/99", "acta:producedBy",
            "series/review-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-nuclear-weapons/10") in got
    # the text annexed to the note's resolution was adopted in it; a document's note adopts nothing
    assert ("instrument/sevilla-commitment", "acta:adoptedIn", "un/a/res/79/323") in got
    assert not [s for s, p, o in got if p == "acta:adoptedIn" and s != "instrument/sevilla-commitment"]
    assert ("un/npt/conf.2026/99", "dcterms:title", Lit("Advancing the review process")) in {
        (c.subject, c.predicate, c.object) for c in x.claims}  # (the entitled-note rule titles it first)
    assert ("acta:welcomes", "instrument/sevilla-commitment") in {
        (c.predicate, c.object) for c in x.claims if c.rule == "citing-clause"}


def test_an_outcome_document_of_a_session_named_with_its_body_and_topic(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_8.md, a preambular clause (cut), with its note
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/8",
        "Recalling the outcome document of the twenty-seventh special session of the General Assembly on children, "
        "entitled “A world fit for children”, 5  which stresses the promotion of physical, mental and emotional "
        "health through play and sports,",
        "[^5]: Resolution S-27/2, annex.")
    assert rule_triples(x, "outcome-named") == {
        ("instrument/a-world-fit-for-children", "acta:producedBy", "un/general-assembly/session/special-27"),
        ("instrument/a-world-fit-for-children", "dcterms:title", Lit("A world fit for children")),
        ("instrument/a-world-fit-for-children", "acta:adoptedIn", "un/a/res/s-27/2")}


def test_the_adoption_in_a_year_by_a_body_at_its_session_of_a_titled_text(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_44.md (a preambular clause, cut)
    x = extract_resolution(tmp_path, "A/RES/80/44",
                           "Welcoming the adoption in 2019 by the Committee on the Peaceful Uses of Outer Space at its "
                           "sixty-second session of the preamble and 21 Guidelines for the Long-term Sustainability of "
                           "Outer Space Activities, as contained in annex II to the report of the Committee,")
    text = "instrument/guidelines-for-the-long-term-sustainability-of-outer-space-activities"
    assert rule_triples(x, "adoption-by") == {
        (text, "acta:adoptedBy", "un/copuos"), (text, "acta:adoptionDate", Lit("2019", "xsd:gYear")),
        (text, "acta:adoptedAt", "un/copuos/session/regular-62")}


def test_a_report_of_a_meeting_in_a_note_is_the_meetings_and_titled_so(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_25.md (a preambular clause and its note, cut)
    x = extract_resolution(tmp_path, "A/RES/80/25",
                           "Recalling the Final Document of the International Conference on the Relationship between "
                           "Disarmament and Development,2",
                           "[^2]: See Report of the International Conference on the Relationship between Disarmament "
                           "and Development, New York, 24 August–11 September 1987 (A/CONF.130/39).")
    got = rule_triples(x, "report-of-meeting")
    (meeting,) = [o for s, p, o in got if s == "un/a/conf.130/39" and p == "acta:producedBy"]
    assert x.registry.get(meeting).label.startswith("International Conference on the Relationship between")
    # (titled as the note writes it: by the title before its symbol, which this rule's weaker reading leaves be)
    assert ("un/a/conf.130/39", "dcterms:title", Lit("Report of the International Conference on the Relationship "
                                                     "between Disarmament and Development")) in \
        rule_triples(x, "report-of-meeting", "title-before-symbol")


def test_a_text_whose_note_is_a_resolution_was_adopted_in_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_10.md, A_RES_80_3.md and A_RES_80_69.md (clauses, cut) and their notes
    body = ("The General Assembly,\n\n"
            "Recalling the Universal Declaration of Human Rights, 6 the United Nations Declaration on the Rights of "
            "Indigenous Peoples, 7\n\n"
            "We also uphold all commitments in the 2002 Monterrey Consensus[^14] and the 2008 Doha Declaration,15\n\n"
            "Reaffirming the provisions of the Declaration on Principles of International Law concerning Friendly "
            "Relations among States in accordance with the Charter of the United Nations, 2\n\n"
            "[^2]: Resolution 2625 (XXV), annex.\n[^6]: Resolution 217 A (III).\n[^7]: Resolution 61/295, annex.\n"
            "[^14]: Report of the International Conference on Financing for Development, Monterrey, Mexico, 18–22 "
            "March 2002 (United Nations publication, Sales No. E.02.II.A.7), chap. I, resolution 1, annex.\n"
            "[^15]: Resolution 63/239, annex.\n")
    x = build(tmp_path, body, "A/RES/80/10")
    # (not the Charter: it is named inside another text's name, whose note it is); a note that is the resolution,
    # not its annex, gives the resolution the text's name as its title
    assert claims(x, "note-resolution") == {
        ("instrument/universal-declaration-of-human-rights", "acta:adoptedIn", "un/a/res/217/a"),
        ("un/a/res/217/a", "dcterms:title", Lit("Universal Declaration of Human Rights")),
        ("instrument/united-nations-declaration-on-the-rights-of-indigenous-peoples", "acta:adoptedIn",
         "un/a/res/61/295"),
        ("instrument/2008-doha-declaration", "acta:adoptedIn", "un/a/res/63/239")}



def test_the_adoption_of_a_text_in_its_resolution(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_33.md (a preambular clause); the adopter is the Assembly (its symbol)
    body = ("The General Assembly,\n\nRecalling the adoption of the Comprehensive Nuclear-Test-Ban Treaty in its "
            "resolution 50/245 of 10 September 1996, and stressing the urgency of achieving the entry into force of the "
            "Treaty,\n")
    x = build(tmp_path, body, "A/RES/80/33")
    treaty = "instrument/comprehensive-nuclear-test-ban-treaty"
    assert {(p, o) for s, p, o in claims(x, "adoption-in-its") if s == treaty} == {
        ("acta:adoptedIn", "un/a/res/50/245"), ("acta:adoptedBy", "un/general-assembly"),
        ("acta:adoptionDate", Lit("1996-09-10", "xsd:date"))}


def test_an_outcome_document_titled_in_quotes_with_no_note_is_a_text_of_the_meeting(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, paragraph 6
    path = tmp_path / "ipbes-report.txt"
    path.write_text("(6) He reminded those present of the calls at the sixty-fifth session of the United Nations General "
                    "Assembly and in the outcome document of the United Nations Conference on Sustainable Development "
                    "(Rio+20), “The Future We Want”, for the early commencement of the work of the Platform.\n",
                    encoding="utf-8")
    x = extract(read_document(path))
    assert claims(x, "outcome-named") == {
        ("instrument/the-future-we-want", "acta:producedBy", "meeting/united-nations-conference-on-sustainable-development"),
        ("instrument/the-future-we-want", "dcterms:title", Lit("The Future We Want"))}


def test_a_text_adopted_at_that_summit_or_on_that_occasion(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_63.md paragraph 15 and A_RES_80_14.md (preambular clauses, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/63",
        "15. Also recalls the joint summit of the Heads of State and Government of the Economic Community of West "
        "African States and the Economic Community of Central African States, held in Lomé on 30 July 2018, and the "
        "Lomé Declaration on Peace, Security, Stability and the Fight against Terrorism adopted at that summit;",
        "Recalling also the signing of the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in Cairo on "
        "11 April 1996,",
        "Recalling further the Cairo Declaration adopted on that occasion, in which it was emphasized that zones "
        "enhance peace,")
    got = claims(x, "adopted-there")
    lome = "instrument/lome-declaration-on-peace-security-stability-and-the-fight-against-terrorism"
    (summit,) = [o for s, p, o in got if s == lome and p == "acta:adoptedAt"]
    assert x.registry.get(summit).kind == "meeting" and "summit" in summit
    assert (lome, "acta:adoptionDate", Lit("2018-07-30", "xsd:date")) in got
    assert ("instrument/cairo-declaration", "acta:adoptionDate", Lit("1996-04-11", "xsd:date")) in got


def test_the_adoption_on_a_day_in_a_town_at_a_meeting_of_a_text(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_36.md (a preambular clause)
    x = extract_resolution(
        tmp_path, "A/RES/80/36",
        "Recalling the adoption, on 14 June 2006 in Abuja at the thirtieth ordinary summit of the Economic Community "
        "of West African States, of the Convention on Small Arms and Light Weapons, Their Ammunition and Other Related "
        "Materials, in replacement of the moratorium,")
    got = claims(x, "adoption-at")
    convention = "instrument/convention-on-small-arms-and-light-weapons-their-ammunition-and-other-related-materials"
    summit = "ecowas/ordinary-summit/n30"
    assert {(convention, "acta:adoptedAt", summit), (convention, "acta:adoptionDate", Lit("2006-06-14", "xsd:date")),
            (summit, "schema:location", "city/abuja"), (summit, "schema:startDate", Lit("2006-06-14", "xsd:date"))} <= got


def test_the_adoption_on_a_day_of_a_text_named_after_its_meeting_was_at_that_meeting(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_69.md and A_RES_80_26.md (preambular clauses, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/69",
        "Recalling, in this regard, the adoption on 13 July 2008 of the Joint Declaration of the Paris Summit for the "
        "Mediterranean, which launched a reinforced partnership,",
        "Recalling further the adoption, in Vienna on 5 September 1997, of the Joint Convention on the Safety of Spent "
        "Fuel Management and on the Safety of Radioactive Waste Management,",
        "Notes the entry into force of the Joint Convention on the Safety of Spent Fuel Management and on the Safety "
        "of Radioactive Waste Management;")
    got = claims(x, "adoption-at")
    declaration = "instrument/joint-declaration-of-the-paris-summit-for-the-mediterranean"
    convention = ("instrument/joint-convention-on-the-safety-of-spent-fuel-management-and-on-the-safety-of-"
                  "radioactive-waste-management")
    assert {(declaration, "acta:adoptionDate", Lit("2008-07-13", "xsd:date")),
            (declaration, "acta:adoptedAt", "meeting/paris-summit-for-the-mediterranean"),
            (convention, "acta:adoptionDate", Lit("1997-09-05", "xsd:date"))} <= got
    # a convention the Assembly notes is no document it took note of (its adoption stays what happened to it)
    assert not [c for c in x.claims if c.subject == convention and c.predicate == "acta:notedBy"]


def test_a_text_whose_note_follows_the_full_stop_is_adopted_in_the_notes_resolution(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md, annex para. 19 (cut) and note 13; A_RES_80_5.md, annex para. 1
    x = build(tmp_path, "The General Assembly,\n\n"
              "19. Reaffirms the importance of national human rights institutions, in compliance with the Paris "
              "Principles. 1 Also reaffirms the need to give momentum to the 2030 Agenda for Sustainable "
              "Development.2\n\n[^1]: Resolution 48/134, annex.\n\n[^2]: Resolution 70/1.\n", "A/RES/80/9")
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert ("instrument/paris-principles", "acta:adoptedIn", "un/a/res/48/134") in facts
    assert ("instrument/2030-agenda-for-sustainable-development", "acta:adoptedIn", "un/a/res/70/1") in facts
    # the note is the Paris Principles', which the clause acts in compliance with
    assert ("un/a/res/80/9", "acta:inComplianceWith", "un/a/res/48/134") in facts
