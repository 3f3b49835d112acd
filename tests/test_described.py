"""graph/described.py: texts named by what they are ("the programme of work for the 2009 session"), adopted by whom."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution, rule_triples

from graph.extract import Extraction, Lit, extract
from graph.text import read_document


def described(x: Extraction) -> set[tuple[str, str, object]]:
    return rule_triples(x, "described-text")


def test_a_text_adopted_by_a_body_on_a_day_is_the_document_of_its_note(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md (a preambular clause, cut) and A_RES_80_19.md
    x = extract_resolution(
        tmp_path, "A/RES/80/24",
        "Noting the adoption of the programme of work for the 2009 session by the Conference on Disarmament on "
        "29 May 2009,10 after years of stalemate,",
        "Welcoming the adoption by consensus in 2023 by the Disarmament Commission of the recommendations to "
        "promote the practical implementation of transparency and confidence-building measures in outer space "
        "activities,4",
        "[^4]: Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 42 (A/78/42), annex.",
        "[^10]: Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 27 (A/64/27), para. 18.")
    got = described(x)
    assert {("un/a/64/27", "acta:adoptedBy", "un/conference-on-disarmament"),
            ("un/a/64/27", "acta:adoptionDate", Lit("2009-05-29", "xsd:date")),
            ("un/a/64/27", "dcterms:title", Lit("Programme of work for the 2009 session")),
            ("un/a/78/42", "acta:adoptedBy", "un/disarmament-commission"),
            ("un/a/78/42", "acta:adoptionDate", Lit("2023", "xsd:gYear"))} <= got
    assert ("un/a/78/42", "dcterms:title", Lit(
        "Recommendations to promote the practical implementation of transparency and confidence-building measures "
        "in outer space activities")) in got


def test_a_text_adopted_at_a_session_and_one_a_meeting_adopted(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_27.md and A_RES_80_70.md (preambular clauses, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/27",
        "Recalling the guidelines and recommendations for regional approaches to disarmament within the context "
        "of global security adopted by the Disarmament Commission at its 1993 substantive session,2",
        "Recalling also the adoption by consensus of the conclusions and recommendations for follow-on actions of "
        "the 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,1 in "
        "which the Conference, inter alia, reaffirmed the vital importance of the entry into force of the Treaty,",
        "[^1]: NPT/CONF.2010/50 (Vol. I), part I.",
        "[^2]: Official Records of the General Assembly, Forty-eighth Session, Supplement No. 42 (A/48/42), annex II.")
    got = described(x)
    assert ("un/a/48/42", "acta:adoptedBy", "un/disarmament-commission") in got
    assert ("un/a/48/42", "acta:adoptionDate", Lit("1993", "xsd:gYear")) in got
    assert [o for s, p, o in got if s == "un/a/48/42" and p == "acta:adoptedAt"] == [
        "un/disarmament-commission/substantive-session/1993"]
    assert [(s, o) for s, p, o in got if p == "acta:adoptedAt" and s.startswith("un/npt")] == [
        ("un/npt/conf.2010/50/vol-i",
         "series/review-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-nuclear-weapons/2010")]


def test_what_rules_of_procedure_say_will_happen_is_no_adoption(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, annex I, rule 3 (cut): no day, no
    # session, no note
    path = tmp_path / "ipbes-report.txt"
    path.write_text("Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services\n\n"
                    "(3) Between the date of distribution of the provisional agenda and the adoption of the agenda by "
                    "the Plenary, members of the Platform may propose supplementary items.\n", encoding="utf-8")
    assert not described(extract(read_document(path)))


def test_a_text_adopted_at_a_named_meeting_is_the_meetings(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_25.md and A_RES_80_6.md (operative paragraphs, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/25",
        "2. Requests the Secretary-General to continue to take action for the implementation of the action "
        "programme adopted on 11 September 1987 at the International Conference on the Relationship between "
        "Disarmament and Development;",
        "4. Notes the recent ratifications and acceptances of the amendments adopted at the Review Conference of "
        "the Rome Statute of the International Criminal Court, held in Kampala from 31 May to 11 June 2010;",
        "5. Notes also that the rules of procedure provide for the adoption of the agenda by the Plenary;")
    got = described(x)
    programme = [s for s, p, o in got if p == "dcterms:title" and o == Lit("Action programme")]
    amendments = [s for s, p, o in got if p == "dcterms:title" and o == Lit("Amendments")]
    assert len(programme) == 1 and len(amendments) == 1
    assert (programme[0], "acta:adoptionDate", Lit("1987-09-11", "xsd:date")) in got
    adopted_at = {(s, x.registry.get(o).label) for s, p, o in got if p == "acta:adoptedAt"}
    assert adopted_at == {
        (programme[0], "International Conference on the Relationship between Disarmament and Development"),
        (amendments[0], "Review Conference of the Rome Statute of the International Criminal Court")}


def test_a_declaration_whose_adoption_was_among_a_meetings_decisions_was_adopted_there(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_54.md paragraph 7 (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/54",
        "7. Also welcomes the decisions taken at the third Meeting of States Parties to the Treaty on the Prohibition "
        "of Nuclear Weapons, including the adoption of the declaration entitled “Strengthening our commitment to a "
        "world free of nuclear weapons amid the rising global instability”, as well as the ongoing informal "
        "intersessional work;")
    got = described(x)
    titled = [s for s, p, o in got if p == "dcterms:title" and o == Lit(
        "Strengthening our commitment to a world free of nuclear weapons amid the rising global instability")]
    assert len(titled) == 1
    assert [x.registry.get(o).label for s, p, o in got if s == titled[0] and p == "acta:adoptedAt"] == [
        "third Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons"]
    cited = {(c.predicate, c.object) for c in x.claims if c.rule == "citing-clause"}
    assert ("acta:welcomes", titled[0]) in cited


def test_a_bodys_resolutions_known_by_their_days_are_one_each_and_cited(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_50.md (a preambular clause)
    x = extract_resolution(tmp_path, "A/RES/80/50",
                           "Noting the resolutions of 26 November 2011 and 22 June 2022 of the Council of Delegates of "
                           "the International Red Cross and Red Crescent Movement entitled “Working towards the "
                           "elimination of nuclear weapons”,",
                           "Recalling the resolutions of 2011 of the Council of Delegates,")  # a year: no one text
    council = "body/international-red-cross-and-red-crescent-movement/council-of-delegates"
    got = rule_triples(x, "texts-of-days")
    for day in ("2011-11-26", "2022-06-22"):
        key = f"{council}/resolution/{day}"
        assert x.registry.get(key).kind == "resolution"
        assert {(p, o) for s, p, o in got if s == key} == {
            ("acta:adoptedBy", council), ("acta:adoptionDate", Lit(day, "xsd:date")),
            ("dcterms:title", Lit("Working towards the elimination of nuclear weapons"))}
        assert ("un/a/res/80/50", "acta:notes", key) in {(c.subject, c.predicate, c.object) for c in x.claims}
    # known by its title first, then by whose and which day
    assert x.registry.get(f"{council}/resolution/2011-11-26").label == (
        "Working towards the elimination of nuclear weapons (resolution of the Council of Delegates of "
        "26 November 2011)")
    assert len({s for s, _, _ in got}) == 2


def test_plural_titles_of_years_are_one_text_a_year(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md, the annexed declaration's first paragraph (shortened)
    x = extract_resolution(
        tmp_path, "A/RES/80/9",
        "1. We, the States Members of the United Nations, welcome the fifteenth anniversary of the adoption of the "
        "United Nations Global Plan of Action to Combat Trafficking in Persons,1 reaffirm our commitments made "
        "therein, as well as in the previously adopted Political Declarations of 20172 and 2021,3 and evince our "
        "strong political will;",
        "[^1]: Resolution 64/293.", "[^2]: Resolution 72/1.", "[^3]: Resolution 76/7, annex.")
    got = rule_triples(x, "titles-of-years")
    for resolution, year in (("un/a/res/72/1", "2017"), ("un/a/res/76/7", "2021")):
        text = f"{resolution}/annex"
        assert {(resolution, "acta:adopts", text), (text, "dcterms:title", Lit("Political Declaration")),
                (text, "acta:adoptionDate", Lit(year, "xsd:gYear"))} <= got
    assert len(got) == 6


def test_decisions_a_meeting_took_and_a_body_s_decision_to_act_are_decisions_of_their_own(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_46.md, A_RES_80_36.md, A_RES_80_35.md (clauses, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/46",
        "1. Welcomes the decisions taken by the Eleventh Conference of States Parties to the Arms Trade Treaty, held "
        "from 25 to 29 August 2025;",
        "Recalling further the decision taken by the Economic Community of West African States to establish the "
        "Small Arms Unit, responsible for advocating appropriate policies,",
        "Recalling the decision of the European Union,",
        "2. Calls upon States to promote adherence, in the light of the decisions adopted at the Fifth Review "
        "Conference;")
    got = rule_triples(x, "decisions-of")
    meeting = "series/conference-of-states-parties-to-the-arms-trade-treaty/11"
    unit = "ecowas/decision/to-establish-the-small-arms-unit"
    # the unit it decided to establish is established by that decision
    assert got == {(f"{meeting}/decisions", "acta:adoptedBy", meeting), (unit, "acta:adoptedBy", "ecowas"),
                   ("body/small-arms-unit", "acta:establishedBy", unit)}
    assert x.registry.get(f"{meeting}/decisions").kind == "decision"
    assert x.registry.get(unit).label == ("decision of the Economic Community of West African States (ECOWAS) to "
                                          "establish the Small Arms Unit")
    # cited by the clause's verb; a body's decision with no say of what it decided, and decisions in a request's
    # "in the light of", are no texts
    cited = rule_triples(x, "citing-clause")
    assert {("un/a/res/80/46", "acta:welcomes", f"{meeting}/decisions"),
            ("un/a/res/80/46", "acta:recalls", unit)} <= cited


def test_a_bodys_decision_with_what_the_body_is_said_between(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_47.md, paragraph 1 (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/47",
        "1. Welcomes the decision of the Association of Southeast Asian Nations Political-Security Community Council, "
        "established under the Charter of the Association, to give priority to the implementation of the Plan of "
        "Action;")
    council = "asean/political-security-community-council"
    decision = f"{council}/decision/to-give-priority-to-the-implementation-of-the-plan-of-action"
    assert rule_triples(x, "decisions-of") == {(decision, "acta:adoptedBy", council)}
    assert ("un/a/res/80/47", "acta:welcomes", decision) in rule_triples(x, "citing-clause")


def test_a_meeting_convened_in_accordance_with_the_decisions_of_another(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_68.md, paragraph 10's items (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/68",
        "10. Requests the Secretary-General to convene:",
        "(i) The Nineteenth Annual Conference of the High Contracting Parties to Protocol V, on 11 November 2025, in "
        "accordance with the relevant decisions taken by the Eighteenth Annual Conference of the High Contracting "
        "Parties to Protocol V;")
    series = "series/annual-conference-of-the-high-contracting-parties-to-protocol-v"
    assert rule_triples(x, "decisions-of") == {
        (f"{series}/18/decisions", "acta:adoptedBy", f"{series}/18"),
        (f"{series}/19", "acta:inAccordanceWith", f"{series}/18/decisions")}


def test_the_note_after_a_meetings_decision_is_the_meetings_text(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_22.md (a preambular clause, shortened)
    x = extract_resolution(
        tmp_path, "A/RES/80/22",
        "Cognizant of the decision of the Ninth Review Conference of the States Parties to the Convention on the "
        "Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons "
        "and on Their Destruction to develop a mechanism to review developments relevant to the Convention,2",
        "[^2]: BWC/CONF.IX/9, sect. II.E.")
    got = rule_triples(x, "decisions-of")
    (meeting,) = [o for s, p, o in got if p == "acta:adoptedBy"]
    assert ("un/bwc/conf.ix/9", "acta:producedBy", meeting) in got
    assert x.registry.get(meeting).label.startswith("Ninth Review Conference")


def test_an_agencys_numbered_resolution_adopted_at_its_conference(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_44.md (a preambular clause, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/44",
        "Welcoming the revised International Telecommunication Union resolution 186 on strengthening the role of the "
        "Union with regard to transparency and confidence-building measures in outer space activities, adopted by the "
        "2018 Plenipotentiary Conference of the Union, held in Dubai, United Arab Emirates, from 29 October to "
        "16 November 2018,")
    key = "un/itu/resolution/186"
    assert x.registry.get(key).kind == "resolution"
    assert x.registry.get(key).label == "International Telecommunication Union resolution 186"
    (agent,) = [o for s, p, o in rule_triples(x, "numbered-of") if s == key and p == "acta:adoptedBy"]
    assert x.registry.get(agent).label.startswith("2018 Plenipotentiary Conference")
    assert ("un/a/res/80/44", "acta:welcomes", key) in rule_triples(x, "citing-clause")
    # what it is on is its title (a resolution has a symbol or a title: ontology/shapes.ttl)
    assert (key, "dcterms:title", Lit("Strengthening the role of the Union with regard to transparency and "
                                      "confidence-building measures in outer space activities")) \
        in rule_triples(x, "numbered-of")


def test_a_bodys_adoption_of_its_report_dates_the_notes_document(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_19.md, a preambular clause and its note
    x = extract_resolution(tmp_path, "A/RES/80/19",
                           "Welcoming the adoption by consensus by the Group of Governmental Experts on Further "
                           "Practical Measures for the Prevention of an Arms Race in Outer Space, established pursuant "
                           "to General Assembly resolution 77/250 of 30 December 2022, of its report on 16 August "
                           "2024,6", "[^6]: A/79/364.")
    group = ("un/a/res/77/250/group-of-governmental-experts-on-further-practical-measures-for-the-prevention-of-an-"
             "arms-race-in-outer-space")
    assert rule_triples(x, "adoption-of-its") == {("un/a/79/364", "acta:adoptedBy", group),
                                                  ("un/a/79/364", "acta:adoptionDate", Lit("2024-08-16", "xsd:date"))}


def test_a_quoted_title_given_before_is_that_document_and_its_words_link_nothing(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_44.md (a preambular clause and paragraph 6, cut): the second quote has no
    # note of its own; "in accordance with …" and "the report of the Group …" are the title's words
    title = ("Recommendations to promote the practical implementation of transparency measures in outer space "
             "activities, in accordance with the recommendations set out in the report of the Group of Governmental "
             "Experts on Transparency in Outer Space Activities")
    x = extract_resolution(
        tmp_path, "A/RES/80/44",
        f"Welcoming the adoption by consensus by the Disarmament Commission of the “{title}”,7",
        f"6. Stresses the importance of the “{title}” adopted by consensus by the Disarmament Commission and "
        "endorsed by the General Assembly;12",
        "[^7]: Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 42 (A/78/42), annex.",
        "[^12]: Resolution 78/52.")
    claims = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert ("un/a/res/80/44", "acta:welcomes", "un/a/78/42") in claims
    assert ("un/a/res/80/44", "acta:stresses", "un/a/78/42") in claims
    # who adopted the text named so again, and who endorsed it then
    assert rule_triples(x, "quoted-title-again") == {("un/a/78/42", "acta:adoptedBy", "un/disarmament-commission"),
                                                     ("un/a/78/42", "acta:endorsedBy", "un/general-assembly")}
    assert not [c for c in x.claims if c.predicate == "acta:inAccordanceWith"]
    assert not [c for c in x.claims if c.subject == "un/a/78/42" and c.predicate == "acta:producedBy"]


def test_a_bodys_text_of_a_year_with_a_note_is_the_notes_document(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_48.md, A_RES_80_47.md and A_RES_80_63.md (clauses, cut) and their notes:
    # no "adopted" needed, the body and the note say whose text it is; a meeting it was adopted at is no part of it
    for symbol, clause in (
            ("A/RES/80/48", "Encouraging the establishment of further nuclear-weapon-free zones, in accordance with "
                            "the 1999 guidelines of the Disarmament Commission,5 adopted by consensus,"),
            ("A/RES/80/47", "Reaffirming its conviction of the important role of nuclear-weapon-free zones, "
                            "established in accordance with the Disarmament Commission guidelines of 1999,5 in "
                            "strengthening the nuclear non-proliferation regime,")):
        x = extract_resolution(tmp_path, symbol, clause, "[^5]: Official Records of the General Assembly, "
                               "Fifty-fourth Session, Supplement No. 42 (A/54/42), annex I, sect. C.")
        assert rule_triples(x, "described-text") == {
            ("un/a/54/42", "dcterms:title", Lit("Guidelines")),
            ("un/a/54/42", "acta:adoptedBy", "un/disarmament-commission"),
            ("un/a/54/42", "acta:adoptionDate", Lit("1999", "xsd:gYear"))}, symbol
    x = extract_resolution(tmp_path, "A/RES/80/63",
                           "Recalling also the adoption of the declaration on democratic and peaceful elections as a "
                           "means of strengthening stability in Central Africa at the fiftieth ministerial meeting of "
                           "the Standing Advisory Committee,7", "[^7]: A/76/274, annex I.")
    assert ("un/a/76/274", "dcterms:title", Lit("Declaration on democratic and peaceful elections as a means of "
                                                "strengthening stability in Central Africa")) in \
        rule_triples(x, "described-text")


def test_a_text_known_by_what_it_is_and_who_introduced_it_is_cited_and_theirs(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_46.md para. 2 (cut)
    x = extract_resolution(tmp_path, "A/RES/80/46",
                           "2. Recalls the political declaration for the next decade of the Treaty, introduced by the "
                           "United Kingdom of Great Britain and Northern Ireland and endorsed by the relevant States "
                           "Parties;")
    uk = "country/united-kingdom-of-great-britain-and-northern-ireland"
    doc = f"{uk}/political-declaration-for-the-next-decade-of-the-treaty"
    assert rule_triples(x, "introduced-text") == {
        (doc, "dcterms:title", Lit("Political declaration for the next decade of the Treaty")),
        (doc, "acta:introducedBy", uk)}
    assert ("un/a/res/80/46", "acta:recalls", doc) in {(c.subject, c.predicate, c.object) for c in x.claims}


def test_a_meetings_final_document_adopted_on_a_day_is_each_document_its_note_lists(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_45.md (a preambular clause, cut; its note 3)
    x = extract_resolution(
        tmp_path, "A/RES/80/45",
        "Reaffirming also its resolution 55/33 D of 20 November 2000, in which the General Assembly welcomed the "
        "adoption by consensus on 19 May 2000 of the Final Document of the 2000 Review Conference of the Parties to "
        "the Treaty on the Non‑Proliferation of Nuclear Weapons,3 including, in particular, the documents entitled "
        "“Improving the effectiveness of the strengthened review process for the Treaty”,",
        "[^3]: 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, Final "
        "Document, vols. I–III (NPT/CONF.2000/28 (Parts I and II), NPT/CONF.2000/28 (Part III) and NPT/CONF.2000/28 "
        "(Part IV)).")
    conference = ("series/review-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-nuclear-"
                  "weapons/2000")
    got = described(x)
    parts = {s for s, p, o in got if p == "acta:adoptedAt" and o == conference}
    assert parts == {f"un/npt/conf.2000/28/{part}" for part in ("parts-i-and-ii", "part-iii", "part-iv")}
    assert {s for s, p, o in got if p == "acta:adoptionDate" and o == Lit("2000-05-19", "xsd:date")} == parts


def test_a_resolution_known_by_who_adopted_it_and_its_day_is_one_of_its_own(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_50.md (its heading, which is the document's own, and a preambular clause)
    x = extract_resolution(
        tmp_path, "A/RES/80/50",
        "Resolution adopted by the General Assembly on 1 December 2025",
        "Recalling that concern about the humanitarian consequences of nuclear weapons has been reflected in numerous "
        "United Nations resolutions, including the first resolution adopted by the General Assembly, on 24 January "
        "1946,")
    first = "un/general-assembly/resolution/1946-01-24"
    assert rule_triples(x, "texts-of-days") == {
        (first, "acta:adoptedBy", "un/general-assembly"),
        (first, "acta:adoptionDate", Lit("1946-01-24", "xsd:date"))}
    assert ("un/a/res/80/50", "acta:recalls", first) in {(c.subject, c.predicate, c.object) for c in x.claims}


def test_a_meetings_communique_and_a_bodys_members_declaration_are_texts_of_their_own(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_47.md and A_RES_80_24.md (preambular clauses); a body's own declaration
    # names no text here ("the declaration of the Agency" may be any of its declarations)
    x = extract_resolution(
        tmp_path, "A/RES/80/47",
        "Recalling the joint communiqué of the fifty-eighth meeting of the Ministers for Foreign Affairs of the "
        "Association of Southeast Asian Nations, held in Kuala Lumpur on 9 July 2025,",
        "Recalling the declaration of the States members of the Agency for the Prohibition of Nuclear Weapons in Latin "
        "America and the Caribbean on the International Day for the Total Elimination of Nuclear Weapons, in Mexico "
        "City on 26 September 2025,",
        "Noting the declaration of the International Atomic Energy Agency,")
    communique = "asean/meeting-of-the-ministers-for-foreign-affairs/n58/joint-communique"
    declaration = "body/opanal/declaration-on-the-international-day-for-the-total-elimination-of-nuclear-weapons"
    assert rule_triples(x, "text-of") == {
        (communique, "dcterms:title", Lit("Joint communiqué")),
        (communique, "acta:producedBy", "asean/meeting-of-the-ministers-for-foreign-affairs/n58"),
        (communique, "acta:adoptionDate", Lit("2025-07-09", "xsd:date")),
        (declaration, "dcterms:title", Lit("Declaration on the International Day for the Total Elimination of "
                                           "Nuclear Weapons")),
        (declaration, "acta:producedBy", "body/opanal"),
        (declaration, "acta:adoptionDate", Lit("2025-09-26", "xsd:date"))}
    cited = {(c.predicate, c.object) for c in x.claims if c.subject == "un/a/res/80/47"}
    assert {("acta:recalls", communique), ("acta:recalls", declaration)} <= cited


def test_a_text_a_body_approved_and_one_a_cited_resolution_endorsed(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_14.md para. 6 and A_RES_80_12.md (clauses, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/12",
        "6. Encourages them to conclude additional protocols to their safeguards agreements on the basis of the model "
        "protocol approved by the Board of Governors of the International Atomic Energy Agency on 15 May 1997;",
        "Recalling also its resolution 47/54 B of 9 December 1992, in which the General Assembly endorsed the "
        "guidelines and recommendations for objective information on military matters and invited Member States to "
        "provide the Secretary-General with relevant information regarding their implementation,")
    protocol = "un/iaea/board-of-governors/model-protocol"
    assert {(p, o) for s, p, o in rule_triples(x, "described-text") if s == protocol} == {
        ("dcterms:title", Lit("Model protocol")), ("acta:approvedBy", "un/iaea/board-of-governors"),
        ("acta:adoptionDate", Lit("1997-05-15", "xsd:date"))}
    guidelines = "un/a/res/47/54/b/guidelines-and-recommendations-for-objective-information-on-military-matters"
    assert rule_triples(x, "in-which-text") == {
        (guidelines, "dcterms:title", Lit("Guidelines and recommendations for objective information on military "
                                          "matters")),
        (guidelines, "acta:endorsedBy", "un/general-assembly")}
    assert ("un/a/res/47/54/b", "acta:endorses", guidelines) in {(c.subject, c.predicate, c.object) for c in x.claims}


def test_two_documents_entitled_under_one_note_are_parts_of_its_document(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_45.md (a preambular clause, cut; its note 4)
    x = extract_resolution(
        tmp_path, "A/RES/80/45",
        "Reaffirming also its resolution 55/33 D of 20 November 2000, in which the General Assembly welcomed the "
        "adoption of the Final Document, including, in particular, the documents entitled “Review of the operation of "
        "the Treaty, taking into account the decisions and the resolution adopted by the 1995 Review and Extension "
        "Conference” and “Improving the effectiveness of the strengthened review process for the Treaty”,4",
        "[^4]: NPT/CONF.2000/28 (Parts I and II), part I.")
    parts = {s for s, p, o in rule_triples(x, "entitled-both") if p == "dcterms:isPartOf"
             and o == "un/npt/conf.2000/28/parts-i-and-ii"}
    assert {x.registry.get(s).label[:40] for s in parts} == {"Review of the operation of the Treaty, t",
                                                            "Improving the effectiveness of the stren"}
    assert {o for s, p, o in rule_triples(x, "in-which-it") if s == "un/a/res/55/33/d"} >= parts


def test_a_meetings_final_document_named_again_is_the_document_it_adopted(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_45.md (a preambular clause and para. 1, cut): no note the second time
    x = extract_resolution(
        tmp_path, "A/RES/80/45",
        "Reaffirming also its resolution 55/33 D of 20 November 2000, in which the General Assembly welcomed the "
        "adoption by consensus on 19 May 2000 of the Final Document of the 2000 Review Conference of the Parties to "
        "the Treaty on the Non-Proliferation of Nuclear Weapons,3 including, in particular, its decisions,",
        "1. Recalls that the 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear "
        "Weapons reaffirmed the continued validity of the practical steps agreed to in the Final Document of the 2000 "
        "Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons;",
        "[^3]: NPT/CONF.2000/28 (Parts I and II).")
    series = "series/review-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-nuclear-weapons"
    assert [(c.subject, c.predicate, c.object) for c in x.claims if c.object == "un/npt/conf.2000/28/parts-i-and-ii"
            and c.predicate == "acta:reaffirms"] == [(f"{series}/2010", "acta:reaffirms",
                                                        "un/npt/conf.2000/28/parts-i-and-ii")]


def test_a_law_known_as_a_quoted_name_is_a_text_of_the_day_it_was_promulgated(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_4.md, a preamble clause (cut); then the same words with no day, and a
    # quoted name that is no law's
    x = extract_resolution(tmp_path, "A/RES/80/4",
                           "Concerned about the continued promulgation and application by Member States of laws and "
                           "regulations, such as that promulgated on 12 March 1996 known as “the Helms-Burton Act”, "
                           "the extraterritorial effects of which affect the sovereignty of other States,",
                           "Noting the measures known as “the Torricelli Act”,",
                           "Noting the group of States known as “the Quartet”,")
    found = rule_triples(x, "law-known-as")
    assert found == {("instrument/helms-burton-act", "dcterms:title", Lit("Helms-Burton Act")),
                     ("instrument/helms-burton-act", "acta:adoptionDate", Lit("1996-03-12", "xsd:date")),
                     ("instrument/torricelli-act", "dcterms:title", Lit("Torricelli Act"))}
    assert x.registry.get("instrument/helms-burton-act").kind == "document"


def test_an_agreement_named_by_what_it_is_on_and_its_year_is_a_text_of_that_year(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_11.md paragraph 16 (cut); then an agreement on nothing the text names
    x = extract_resolution(tmp_path, "A/RES/80/11",
                           "16. Requests the Peacebuilding Support Office to further strengthen its cooperation with "
                           "the African Union Centre for Post-Conflict Reconstruction and Development for implementing "
                           "the memorandum of understanding on United Nations-African Union partnership in "
                           "peacebuilding of 2017, and also encourages the Commission to enhance its partnership;",
                           "17. Welcomes the agreement on the programme of work of 2017;")
    key = "instrument/memorandum-of-understanding-on-united-nations-african-union-partnership-in-peacebuilding/2017"
    assert rule_triples(x, "agreement-of-a-year") == {
        (key, "dcterms:title",
         Lit("memorandum of understanding on United Nations-African Union partnership in peacebuilding")),
        (key, "acta:adoptionDate", Lit("2017", "xsd:gYear"))}
