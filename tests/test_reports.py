"""graph/reports.py: who wrote a report a clause names, what it answers, its topic and its date, on real
sentences of the genre."""

# ruff: noqa: E501  (the corpus snippets below are copied verbatim, one source line each)

from __future__ import annotations

from pathlib import Path

from test_clauses import (
    ANNUAL_REPORT_12,
    FOOTNOTE_38,
    HEADING_66,
    LISTS_34,
    NOTE_AT_THE_END_38,
    PURSUANT_25,
    REPORTS_53,
    TOPIC_63,
    build,
    objects,
    triples,
)

from graph.extract import Lit


def test_the_committee_a_report_is_of_is_not_its_title(tmp_path: Path) -> None:
    # "[on the report of the First Committee (A/80/534, para. 7)]" above "80/66. Report of the Disarmament
    # Commission": the report is named as the First Committee's, not by the committee alone or the resolution's title
    x = build(tmp_path, HEADING_66, "A/RES/80/66")
    assert objects(x, "un/a/80/534", "dcterms:title") == [Lit("Report of the First Committee")]


def test_a_report_named_only_by_whose_it_is_is_titled_so_unless_the_document_titles_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_42.md paragraph 3 and its note; A_RES_80_63.md's report with a topic
    x = build(tmp_path, "The General Assembly,\n\n3. Reaffirms the ways and means regarding confidence- and "
              "security-building measures set out in the report of the Disarmament Commission on its 1993 session; 1"
              "\n\n4. Recalls the reports of the Secretary-General,2\n\n"
              "[^1]: Official Records of the General Assembly, Forty-eighth Session, Supplement No. 42 (A/48/42), "
              "annex II.\n\n[^2]: A/80/111.\n", "A/RES/80/42")
    assert objects(x, "un/a/48/42", "dcterms:title") == [Lit("Report of the Disarmament Commission")]
    assert objects(x, "un/a/80/111", "dcterms:title") == [Lit("Report of the Secretary-General")]
    x = build(tmp_path, TOPIC_63, "A/RES/80/63")
    assert objects(x, "un/a/52/871", "dcterms:title") == [
        Lit("Causes of conflict and the promotion of durable peace and sustainable development in Africa")]


def test_a_footnote_marker_carries_the_citation_and_the_report_author(tmp_path: Path) -> None:
    x = build(tmp_path, FOOTNOTE_38, "A/RES/80/38")
    assert ("un/a/res/80/38", "acta:takesNoteOf", "un/a/80/111") in triples(x, "citing-clause")
    assert ("un/a/80/111", "acta:producedBy", "un/secretary-general") in triples(x, "report-of")
    assert x.registry.get("un/a/80/111").kind == "document"
    # the footnote definition itself is no clause: nothing else is cited
    assert {c.object for c in x.claims if c.predicate == "acta:takesNoteOf"} == {"un/a/80/111"}


def test_the_note_that_ends_a_paragraph_gives_the_symbol_of_the_report_it_names(tmp_path: Path) -> None:
    x = build(tmp_path, NOTE_AT_THE_END_38, "A/RES/80/38")
    assert ("un/a/62/163", "acta:producedBy", "un/a/res/60/81/group-of-governmental-experts") in triples(x, "report-of")


def test_a_report_with_its_own_note_is_not_an_earlier_report(tmp_path: Path) -> None:
    x = build(tmp_path, ANNUAL_REPORT_12, "A/RES/80/12")
    noted = {o for s, p, o in triples(x, "citing-clause") if p == "acta:takesNoteOf"}
    assert noted == {"un/a/80/225"}
    assert ("un/a/54/298", "acta:producedBy", "un/secretary-general") in triples(x, "report-of")


def test_a_reports_topic_may_name_a_body_and_reports_of_two_years_are_each_in_their_note(tmp_path: Path) -> None:
    x = build(tmp_path, REPORTS_53, "A/RES/80/53")
    assert ("un/a/61/1028", "acta:producedBy", "body/panel-of-governmental-experts-on-verification-in-all-its-aspects") \
        in triples(x, "report-of")
    years = {(s, o.value) for s, p, o in triples(x, "reports-of-dates") if p == "acta:adoptionDate"}
    assert years == {("un/a/45/372", "1990"), ("un/a/45/372/corr.1", "1990"),
                     ("un/a/50/377", "1995"), ("un/a/50/377/corr.1", "1995")}
    authors = {s for s, p, o in triples(x, "reports-of-dates") if p == "acta:producedBy" and o == "un/secretary-general"}
    assert authors == {"un/a/45/372", "un/a/45/372/corr.1", "un/a/50/377", "un/a/50/377/corr.1"}
    # the Disarmament Commission's note is not the Panel's nor the Secretary-General's
    assert not any(s == "un/a/51/182/rev.1" and o != "un/disarmament-commission"
                   for s, p, o in triples(x) if p == "acta:producedBy")


def test_reports_of_three_dates_each_in_its_note(tmp_path: Path) -> None:
    x = build(tmp_path, LISTS_34, "A/RES/80/34")
    dated = {(s, o.value) for s, p, o in triples(x, "reports-of-dates") if p == "acta:adoptionDate"}
    assert {("opcw/s/2338/2024", "2024-11-18"), ("opcw/s/2370/2025", "2025-02-14"),
            ("opcw/s/2415/2025", "2025-06-20")} <= dated
    authors = {o for s, p, o in triples(x, "reports-of-dates") if p == "acta:producedBy" and s.startswith("opcw/s/2")}
    assert authors == {"un/opcw/technical-secretariat"}
    # "14 February 20254 and 20 June 2025" is two dates and a note, not one date swallowing the note
    noted = {o for s, p, o in triples(x, "citing-clause") if p == "acta:notes"}
    assert {"opcw/s/2338/2024", "opcw/s/2370/2025", "opcw/s/2415/2025"} <= noted


def test_the_author_of_a_report_is_not_pursuant_to_the_resolution(tmp_path: Path) -> None:
    x = build(tmp_path, PURSUANT_25, "A/RES/80/25")
    assert objects(x, "un/secretary-general", "acta:pursuantTo") == []
    assert objects(x, "un/a/80/125", "acta:pursuantTo") == ["un/a/res/79/43"]  # the report the note names is


def test_a_group_established_pursuant_to_a_resolution_is_so_not_its_report(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_43.md, a preambular paragraph (cut) and its note
    x = build(tmp_path, "The General Assembly,\n\nRecalling also the reports of the Group of Governmental Experts "
                        "established pursuant to resolution 72/55,1\n\n[^1]: A/76/324.\n", "A/RES/80/43")
    assert objects(x, "un/a/76/324", "acta:pursuantTo") == []
    assert [s for s, p, o in triples(x) if p == "acta:pursuantTo" and o == "un/a/res/72/55"] == [
        "un/a/res/72/55/group-of-governmental-experts"]


def test_what_a_report_is_on_up_to_its_note_is_its_title(tmp_path: Path) -> None:
    x = build(tmp_path, TOPIC_63, "A/RES/80/63")
    assert objects(x, "un/a/52/871", "dcterms:title") == [
        Lit("Causes of conflict and the promotion of durable peace and sustainable development in Africa")]
    assert ("un/a/52/871", "acta:producedBy", "un/secretary-general") in triples(x, "report-of")
    # a relative clause about the reports, with the other notes' numbers in it, is no title
    assert not [c for c in x.claims if c.rule == "report-topic" and c.subject != "un/a/52/871"]


def test_a_report_on_another_report_is_the_outer_reports_authors(tmp_path: Path) -> None:
    """A/RES/80/53: "the report of the Secretary-General containing … on the report of the Group …,8"."""
    text = ("Recalling also the report of the Secretary-General containing the substantive views of Member States "
            "on the report of the Group of Governmental Experts to further consider nuclear disarmament verification "
            "issues,8\n\nWelcoming the report of the Secretary-General submitted pursuant to resolution 79/240 of "
            "24 December 2024, containing possible options for the establishment of a Group of Scientific and "
            "Technical Experts,9\n\n[^8]: A/79/93.\n\n[^9]: A/80/93.\n")
    x = build(tmp_path, text, "A/RES/80/53")
    assert ("un/a/res/80/53", "acta:recalls", "un/a/79/93") in triples(x, "citing-clause")
    assert objects(x, "un/a/79/93", "acta:producedBy") == ["un/secretary-general"]
    # the next report of the Secretary-General is its own note's, not the one the text named before
    assert objects(x, "un/a/res/80/53", "acta:welcomes") == ["un/a/80/93"]


def test_a_reports_date_after_its_topic_is_its_date_not_part_of_its_title(tmp_path: Path) -> None:
    text = ("Taking note of the report of the Secretary-General on peacebuilding and sustaining peace of 25 November "
            "20242 and the inputs,\n\n[^2]: A/79/552.\n")
    x = build(tmp_path, text, "A/RES/80/11")
    assert ("un/a/res/80/11", "acta:takesNoteOf", "un/a/79/552") in triples(x, "citing-clause")
    assert objects(x, "un/a/79/552", "dcterms:title") == [Lit("Peacebuilding and sustaining peace")]
    assert objects(x, "un/a/79/552", "acta:adoptionDate") == [Lit("2024-11-25", "xsd:date")]
    assert objects(x, "un/a/79/552", "acta:producedBy") == ["un/secretary-general"]


def test_a_reports_topic_naming_a_text_runs_to_the_note_that_ends_the_paragraph(tmp_path: Path) -> None:
    """A/RES/80/6: "… takes note of the information included in the report of the Secretary-General on the
    implementation of article 3 of the Relationship Agreement;8"."""
    text = ("12. Welcomes the cooperation, and in this regard takes note of the information included in the report of "
            "the Secretary-General on the implementation of article 3 of the Relationship Agreement;8\n\n"
            "[^8]: A/80/344.\n")
    x = build(tmp_path, text, "A/RES/80/6")
    assert objects(x, "un/a/80/344", "acta:producedBy") == ["un/secretary-general"]
    assert objects(x, "un/a/80/344", "dcterms:title") == [
        Lit("Implementation of article 3 of the Relationship Agreement")]


def test_the_author_of_a_report_submitted_pursuant_to_a_resolution_is_read_across_that_clause(tmp_path: Path) -> None:
    x = build(tmp_path, PURSUANT_25, "A/RES/80/25")
    assert objects(x, "un/a/80/125", "acta:producedBy") == ["un/secretary-general"]


def test_the_reports_of_a_mission_each_in_its_note_up_to_the_clauses_end(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_34.md, paragraph 4 (shortened) and its notes
    body = ("The General Assembly,\n\n4. The reports of the fact-finding mission of the Organisation for the Prohibition "
            "of Chemical Weapons regarding alleged incidents in Ltamenah,14 Saraqib15 and Duma,16 which concluded "
            "there were reasonable grounds, and the report of the Secretary-General;17\n\n"
            "[^14]: See S/2017/931, annex.\n[^15]: See S/2018/478, annex.\n[^16]: See S/2019/208, annex.\n"
            "[^17]: A/80/999.\n")
    x = build(tmp_path, body, "A/RES/80/34")
    mission = {s for s, p, o in triples(x, "report-of") if p == "acta:producedBy" and o == "un/opcw/fact-finding-mission"}
    assert mission == {"un/s/2017/931", "un/s/2018/478", "un/s/2019/208"}


def test_a_report_answers_the_resolution_it_was_submitted_pursuant_to(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_40.md para. 7 (the mandate after the topic, the note after the semicolon)
    # and A_RES_80_53.md (a date and what the report contains between the mandate and the note)
    x = build(tmp_path, "The General Assembly,\n\n"
              "Welcoming the report of the Secretary-General submitted pursuant to resolution 79/240 of 24 December 2024, containing possible options for the establishment of a group of scientific and technical experts within the United Nations,9\n\n"
              "7. Takes note of the report of the Secretary-General containing the replies of Member States on the promotion of multilateralism in the area of disarmament and non‑proliferation, submitted pursuant to resolution 79/46;2\n\n"
              # A_RES_80_41.md: a paragraph of the resolution
              "Taking note of the report of the Secretary-General submitted pursuant to paragraph 5 of resolution 79/42,1\n\n"
              "[^1]: A/80/164.\n\n[^2]: A/80/126.\n\n[^9]: A/80/93.\n", "A/RES/80/40")
    found = triples(x, "report-mandate")
    assert ("un/a/80/126", "acta:pursuantTo", "un/a/res/79/46") in found
    assert ("un/a/80/93", "acta:pursuantTo", "un/a/res/79/240") in found
    assert ("un/a/80/126", "acta:producedBy", "un/secretary-general") in found
    assert ("un/a/80/93", "acta:producedBy", "un/secretary-general") in found
    assert ("un/a/80/164", "acta:pursuantTo", "un/a/res/79/42") in found
    # "submitted": its author submitted it; "containing … submitted" as well
    assert {("un/a/80/126", "acta:submittedBy", "un/secretary-general"),
            ("un/a/80/93", "acta:submittedBy", "un/secretary-general"),
            ("un/a/80/164", "acta:submittedBy", "un/secretary-general")} <= found


def test_a_report_submitted_pursuant_to_a_paragraph_of_its_own_resolution_and_noted_at_the_paragraphs_end(
        tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_37.md para. 4: "its resolution", a date, the note after the semicolon
    x = build(tmp_path, "The General Assembly,\n\n"
              "4. Takes note of the report of the Secretary-General submitted pursuant to paragraph 5 of its "
              "resolution 79/33 of 2 December 2024;4\n\n[^4]: A/80/163.\n", "A/RES/80/37")
    found = triples(x, "report-mandate")
    assert {("un/a/80/163", "acta:pursuantTo", "un/a/res/79/33"),
            ("un/a/80/163", "acta:producedBy", "un/secretary-general"),
            ("un/a/80/163", "acta:submittedBy", "un/secretary-general")} <= found


def test_a_report_on_the_implementation_of_a_resolution_is_the_authors_with_its_note(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_17.md: the topic names a resolution, the note comes after it
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/17",
        "Having examined the report of the Secretary-General on the implementation of resolution 79/16,2",
        "8. Takes note of the report of the Secretary-General on the implementation of resolution 79/16;",
        "[^2]: A/80/130 (Part I).")
    assert ("un/a/80/130/part-i", "acta:producedBy", "un/secretary-general") in triples(x, "report-on")
    assert objects(x, "un/a/80/130/part-i", "dcterms:title") == [Lit("Implementation of resolution 79/16")]
    assert ("un/a/res/80/17", "acta:takesNoteOf", "un/a/80/130/part-i") in triples(x)
    # "Having examined": the text's own verb, a way of considering it, so the Assembly had it before it (examinedBy is
    # a consideredBy), and "Takes note of": the Assembly noted it
    assert ("un/a/res/80/17", "acta:examines", "un/a/80/130/part-i") in triples(x)
    assert ("un/a/80/130/part-i", "acta:examinedBy", "un/general-assembly") in triples(x)
    assert ("un/a/80/130/part-i", "acta:notedBy", "un/general-assembly") in triples(x)
    # the resolution in the topic is not the report
    assert objects(x, "un/a/res/79/16", "acta:producedBy") == []


def test_a_dated_report_on_the_implementation_of_a_decision_is_the_note_after_the_clause(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_34.md paragraph 12 (cut)
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/34",
        "12. Expresses concern with the conclusions contained in the report of the Director General of the "
        "Organisation for the Prohibition of Chemical Weapons of 14 October 2020 on the implementation of decision "
        "EC-94/DEC.2;22",
        "[^22]: EC-96/DG.1.")
    got = triples(x, "report-on")
    assert ("opcw/ec/96/dg.1", "acta:producedBy", "un/opcw/director-general") in got
    assert ("opcw/ec/96/dg.1", "acta:adoptionDate", Lit("2020-10-14", "xsd:date")) in got
    assert objects(x, "opcw/ec/96/dg.1", "dcterms:title") == [Lit("Implementation of decision EC-94/DEC.2")]


def test_a_note_on_a_bodys_name_does_not_hide_its_reports_note(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_18.md (a preambular clause, cut): note 2 remarks on the Committee's name
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/18",
        "Recalling the relevant parts of the special report of the Committee on Disarmament[^2] submitted to the "
        "General Assembly at its twelfth special session, the second special session devoted to disarmament,3",
        "[^2]: The Committee on Disarmament was redesignated the Conference on Disarmament as from 7 February 1984.",
        "[^3]: Official Records of the General Assembly, Twelfth Special Session, Supplement No. 2 (A/S-12/2), "
        "sect. III.C.")
    assert objects(x, "un/a/s-12/2", "acta:producedBy") == ["body/committee-on-disarmament"]
    # ("submitted to the General Assembly": by its author)
    assert objects(x, "un/a/s-12/2", "acta:submittedBy") == ["body/committee-on-disarmament"]


def test_a_report_only_named_is_not_submitted(tmp_path: Path) -> None:
    from conftest import extract_resolution
    x = extract_resolution(tmp_path, "A/RES/80/18", "Recalling the special report of the Committee on Disarmament,3",
                           "[^3]: A/S-12/2.")
    assert objects(x, "un/a/s-12/2", "acta:producedBy") == ["body/committee-on-disarmament"]
    assert objects(x, "un/a/s-12/2", "acta:submittedBy") == []


def test_a_report_on_another_report_is_titled_as_the_outer_one(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_53.md (a preambular clause, cut)
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/53",
        "Recalling also the report of the Secretary-General containing the substantive views of Member States on the "
        "report of the Group of Governmental Experts to further consider nuclear disarmament verification issues,8",
        "[^8]: A/79/93.")
    assert objects(x, "un/a/79/93", "acta:producedBy") == ["un/secretary-general"]
    assert objects(x, "un/a/79/93", "dcterms:title") == [Lit("Report of the Secretary-General")]


def test_a_report_outlining_what_another_text_stated_is_its_notes_document(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_53.md (a preambular clause, cut)
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/53",
        "Recalling the report of the Disarmament Commission outlining general principles of verification elaborated "
        "upon or added to those stated in the Final Document of the Tenth Special Session of the General Assembly,5",
        "[^5]: A/51/182/Rev.1.")
    assert objects(x, "un/a/51/182/rev.1", "acta:producedBy") == ["un/disarmament-commission"]


def test_a_report_of_a_committee_named_in_full_before_is_that_committees(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_13.md: "the Ad Hoc Committee" is the one named in full before
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/13",
        "Recalling further that the Chair of the Ad Hoc Committee on the Indian Ocean would continue his informal "
        "consultations on the future work of the Committee,",
        "Having considered the report of the Ad Hoc Committee,3",
        "[^3]: Official Records of the General Assembly, Eightieth Session, Supplement No. 29 (A/80/29).")
    assert ("un/a/80/29", "acta:producedBy", "body/ad-hoc-committee-on-the-indian-ocean") in triples(x)


def test_reports_on_bodies_each_in_its_note(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_64.md: three reports of the Secretary-General, one on each centre
    x = build(tmp_path, "The General Assembly,\n\n"
              "Recalling also the reports of the Secretary-General on the United Nations Regional Centre for Peace and "
              "Disarmament in Africa, 1 the United Nations Regional Centre for Peace and Disarmament in Asia and the "
              "Pacific 2 and the United Nations Regional Centre for Peace, Disarmament and Development in Latin "
              "America and the Caribbean,3\n\n[^1]: A/80/128.\n\n[^2]: A/80/129.\n\n[^3]: A/80/122.\n", "A/RES/80/64")
    found = triples(x, "reports-on-bodies")
    assert {(doc, "acta:producedBy", "un/secretary-general") for doc in ("un/a/80/128", "un/a/80/129",
                                                                           "un/a/80/122")} <= found
    assert objects(x, "un/a/80/129", "dcterms:title") == [
        Lit("United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific")]


def test_the_secretary_general_spelled_without_a_hyphen_is_the_author(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_57.md: "the Secretary General" in a UN resolution is the UN's
    # (a bare number is a note's marker where the document's notes expect it: after notes 1 and 2)
    x = build(tmp_path, "The General Assembly,\n\n"
              "Recalling its resolution 78/241 of 22 December 2023,1 and its resolution 79/62 of 2 December 2024,2\n\n"
              "Recalling the report of the Secretary General 3  and the importance of comprehensive and inclusive "
              "discussions of the challenges and concerns related to autonomous weapons systems,\n\n"
              "[^1]: See A/78/PV.50.\n\n[^2]: See A/79/PV.48.\n\n[^3]: A/79/88.\n", "A/RES/80/57")
    assert ("un/a/79/88", "acta:producedBy", "un/secretary-general") in triples(x, "report-of")


def test_a_report_of_a_day_to_a_body_at_its_session_is_in_the_note_after_its_annex(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_44.md (a preambular clause) and its note
    x = build(tmp_path, "The General Assembly,\n\nRecalling also the report of the Secretary-General of 15 October "
              "1993 to the General Assembly at its forty-eighth session, the annex to which contains the study by "
              "governmental experts on the application of confidence-building measures in outer space,4\n\n"
              "[^4]: A/48/305 and A/48/305/Corr.1.\n", "A/RES/80/44")
    assert objects(x, "un/a/48/305", "acta:producedBy") == ["un/secretary-general"]
    assert objects(x, "un/a/48/305", "acta:adoptionDate") == [Lit("1993-10-15", "xsd:date")]


def test_each_note_after_reports_named_with_their_kind_is_one_of_them(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_28.md (a preambular clause, its glued "20233" left out)
    x = build(tmp_path, "The General Assembly,\n\nWelcoming the consolidated reports of the Secretary-General on the "
              "Register, which include the returns of Member States for 2021, 1 2022,2 and 2024,4\n\n"
              "[^1]: A/77/165.\n\n[^2]: A/78/165.\n\n[^4]: A/80/226.\n", "A/RES/80/28")
    for doc in ("un/a/77/165", "un/a/78/165", "un/a/80/226"):
        assert objects(x, doc, "acta:producedBy") == ["un/secretary-general"], doc


# /work/shared/corpus/un-ga-80/A_RES_80_22.md and A_RES_80_28.md (operative paragraphs)
UPDATED_22 = """The General Assembly,

3. Takes note of the updated report of the Secretary-General on current developments in science and technology and their potential impact on international security and disarmament efforts;4

2. Endorses the report of the Secretary-General on the continuing operation of the Register and its further development and the recommendations contained in the consensus report of the 2024–2025 group of governmental experts;9

[^4]: A/80/237.

[^9]: A/80/121.
"""


def test_an_updated_reports_topic_before_the_note_after_a_semicolon_is_its_title(tmp_path: Path) -> None:
    x = build(tmp_path, UPDATED_22, "A/RES/80/22")
    assert objects(x, "un/a/80/237", "dcterms:title") == [
        Lit("Current developments in science and technology and their potential impact on international security and disarmament efforts")]
    assert ("un/a/80/237", "acta:producedBy", "un/secretary-general") in triples(x, "report-of")
    # what else the clause endorses is not the report's topic
    assert objects(x, "un/a/80/121", "dcterms:title") == [Lit("Continuing operation of the Register and its further development")]


def test_the_report_of_a_meeting_held_somewhere_on_some_days_is_the_meetings(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_36.md, a preambular clause and its note
    x = build(tmp_path, "The General Assembly,\n\nRecalling the report of the Eighth Biennial Meeting of States to "
              "Consider the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit "
              "Trade in Small Arms and Light Weapons in All Its Aspects, held in New York from 27 June to 1 July "
              "2022,6\n\n[^6]: A/CONF.192/BMS/2022/1.\n", "A/RES/80/36")
    (meeting,) = objects(x, "un/a/conf.192/bms/2022/1", "acta:producedBy")
    assert x.registry.get(meeting).kind == "meeting"
    assert x.registry.get(meeting).label.startswith("Eighth Biennial Meeting of States to Consider")
    (title,) = objects(x, "un/a/conf.192/bms/2022/1", "dcterms:title")
    assert title.value.startswith("Report of the Eighth Biennial Meeting of States")


def test_a_report_of_a_year_prepared_with_a_groups_assistance_is_its_authors_of_that_year(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_28.md (a preambular clause, cut)
    x = build(tmp_path, "The General Assembly,\n\nWelcoming also the 2025 report of the Secretary-General on the "
              "continuing operation of the Register and its further development, prepared with the assistance of the "
              "2024–2025 group of governmental experts,5 including the recommendation that those Member States in a "
              "position to do so continue to use the formula,\n\n[^5]: See A/80/121.\n", "A/RES/80/28")
    assert objects(x, "un/a/80/121", "acta:producedBy") == ["un/secretary-general"]
    assert objects(x, "un/a/80/121", "acta:adoptionDate") == [Lit("2025", "xsd:gYear")]
    assert objects(x, "un/a/80/121", "dcterms:title") == [
        Lit("Continuing operation of the Register and its further development")]


def test_a_report_of_a_post_named_alone_is_that_posts(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md paragraph 16 (cut) and its note
    x = build(tmp_path, "The General Assembly,\n\n16. Calls for the immediate commencement of negotiations in the "
              "Conference on Disarmament on a treaty banning the production of fissile material on the basis of the "
              "report of the Special Coordinator[^20] and the mandate contained therein;\n\n[^20]: CD/1299.\n",
              "A/RES/80/24")
    assert objects(x, "un/cd/1299", "acta:producedBy") == ["post/special-coordinator"]
    assert x.registry.get("post/special-coordinator").kind == "officer"


def test_what_a_report_contains_between_it_and_its_note_keeps_its_author(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_44.md para. 10 and note 13 (cut)
    x = build(tmp_path, "The General Assembly,\n\n10. Recalls the report of the Secretary-General on transparency and "
              "confidence-building measures in outer space activities in the United Nations system, which contains "
              "summaries of the submissions received from Member States giving their views on transparency and "
              "confidence-building measures in outer space activities,13 as well as the practical implementation of "
              "such measures;\n\n[^13]: A/72/65.\n", "A/RES/80/44")
    assert ("un/a/72/65", "acta:producedBy", "un/secretary-general") in triples(x, "report-of")


def test_what_a_report_is_on_after_its_note_and_mandate_is_its_title(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_58.md para. 2 and note 4 (cut); a relative clause is no topic
    x = build(tmp_path, "The General Assembly,\n\n2. Notes the report of the Secretary-General, 4  submitted pursuant "
              "to resolution 79/239, on the opportunities and challenges posed to international peace and security "
              "by the application of artificial intelligence in the military domain, which reflects various views of "
              "the international community;\n\n3. Recalls the report of the Secretary-General,5 on which it "
              "relies;\n\n[^4]: A/80/78.\n\n[^5]: A/80/79.\n", "A/RES/80/58")
    assert objects(x, "un/a/80/78", "dcterms:title") == [Lit(
        "Opportunities and challenges posed to international peace and security by the application of artificial "
        "intelligence in the military domain")]
    assert ("un/a/80/78", "acta:producedBy", "un/secretary-general") in triples(x, "report-of")
    assert objects(x, "un/a/80/79", "dcterms:title") == [Lit("Report of the Secretary-General")]
