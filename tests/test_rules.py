"""graph/rules.py: report phrasing (adoption, convening, requests, elections, documents).

Most inputs are sentences of the OAS working-group report,
/work/shared/corpus/oas/2009-csh-gt-mispa-ii-working-group-report.txt, copied here verbatim; the
declarations' meetings come from UN General Assembly resolutions (their sources are named).
"""

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution, rule_triples

from graph.extract import Extraction, Lit, extract
from graph.text import read_document

# /work/shared/corpus/oas/2009-csh-gt-mispa-ii-working-group-report.txt, section I
AG_2444 = ("At its thirty-ninth regular session in San Pedro Sula, Honduras, in June 2009, the General Assembly "
           "adopted resolution 2444 (XXXIX-O/09) “Meeting of Ministers Responsible for Public Security in the "
           "Americas.”")
REQUEST = ("The resolution requests the Permanent Council, “to convene, through the Committee on Hemispheric Security "
           "(CSH), any meetings it deems necessary for the member states to be able to coordinate preparations for "
           "the Second Meeting of Ministers Responsible for Public Security in the Americas, to be held in the "
           "Dominican Republic in the last quarter of 2009.”")
CP_957 = ("In addition, on September 16, 2009, the Organization's Permanent Council adopted resolution CP/RES. 957 "
          "(1714/09) convening the Second Meeting of Ministers Responsible for Public Security in the Americas, to be "
          "held in Santo Domingo, Dominican Republic, on November 4 and 5, 2009, the main topic of which is crime and "
          "violence.")
ESTABLISHED = ("Pursuant to that resolution, this past September 17 a working group to prepare for the ministerial was "
               "also established, under the purview of the Committee on Hemispheric Security.")
# section II
CHAIR = ("At its meeting on September 17, 2009, the Committee on Hemispheric Security elected Ambassador Virgilio "
         "Alcántara, Permanent Representative of the Dominican Republic to the OAS, as Chair of this Working Group.")
# section III
RATIFIED = ("That meeting was convened pursuant to Article 29 of Commitment to Public Security in the Americas "
            "(MISPA/doc.7/08 rev. 4), adopted in Mexico City during the First Meeting of Ministers Responsible for "
            "Public Security in the Americas. This decision was ratified by the last General Assembly of the "
            "Organization of American States (OAS), through resolution AG/RES. 2444 (XXXIX-O/09).")
# section I. ACTIVITIES (one paragraph in the source)
HEARD = ("Also heard were the outcomes of the Meeting of Civil Society Organizations in preparation for the Second "
         "Meeting of Ministers Responsible for Public Security in the Americas, organized by the General Secretariat "
         "and held from September 16 to 17, 2009 in Lima, Peru.  The results of that meeting are contained in "
         "document CSH/GT/MISPA II-10/09.  In addition, the working group received from the Andean Community a "
         "written statement, which will be distributed as document CSH/GT/MISPA II-12/09.")

MISPA_II = "oas/mispa/2"
WG = "oas/csh/working-group"


def build(tmp_path: Path, *paragraphs: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return extract(read_document(path))


def triples(x: Extraction, rule: str | None = None) -> set[tuple[str, str, object]]:
    return {(c.subject, c.predicate, c.object) for c in x.claims if rule is None or c.rule == rule}


def objects(x: Extraction, subject: str, predicate: str) -> list[object]:
    return [c.object for c in x.claims if c.subject == subject and c.predicate == predicate]


def test_a_council_adopts_a_resolution_convening_a_meeting(tmp_path: Path) -> None:
    x = build(tmp_path, CP_957)
    assert (MISPA_II, "acta:convenedBy", "oas/cp/res/957") in triples(x, "convening")
    adopted = triples(x, "adopted-date") | triples(x, "adopted")
    assert ("oas/cp/res/957", "acta:adoptedBy", "oas/permanent-council") in adopted
    assert ("oas/cp/res/957", "acta:adoptionDate", Lit("2009-09-16", "xsd:date")) in adopted
    held = triples(x, "meeting-held")
    assert (MISPA_II, "schema:location", "city/santo-domingo") in held
    assert (MISPA_II, "schema:startDate", Lit("2009-11-04", "xsd:date")) in held
    assert (MISPA_II, "schema:endDate", Lit("2009-11-05", "xsd:date")) in held
    assert ("city/santo-domingo", "schema:containedInPlace", "country/dominican-republic") in triples(x)
    assert x.registry.get("oas/cp/res/957").kind == "resolution"
    assert x.registry.get(MISPA_II).kind == "meeting"
    assert x.registry.get(MISPA_II).label == \
        "Second Meeting of Ministers Responsible for Public Security in the Americas"


def test_adoption_at_a_session_with_a_quoted_title(tmp_path: Path) -> None:
    # with CP/RES. 957 printed in full further on, the document is recognised as an OAS one
    x = build(tmp_path, AG_2444, CP_957)
    res = "oas/ag/res/2444"
    session = "oas/general-assembly/session/regular-39"
    assert (res, "acta:adoptedBy", "oas/general-assembly") in triples(x, "adopted")
    assert (res, "dcterms:title", Lit("Meeting of Ministers Responsible for Public Security in the Americas")) \
        in triples(x, "adopted-title")
    # "in June 2009": month precision is kept, no day is invented
    assert (res, "acta:adoptionDate", Lit("2009-06", "xsd:gYearMonth")) in triples(x, "adopted-date")
    assert (res, "acta:adoptedAt", session) in triples(x, "adopted-at")
    assert (session, "schema:location", "city/san-pedro-sula") in triples(x)
    assert x.registry.get(session).label == ("thirty-ninth regular session of the General Assembly of the "
                                                  "Organization of American States")


def test_an_oas_resolution_number_makes_the_general_assembly_the_oas_one(tmp_path: Path) -> None:
    x = build(tmp_path, AG_2444)
    assert set(objects(x, "oas/ag/res/2444", "acta:adoptedBy")) == {"oas/general-assembly"}


def test_a_cited_resolution_that_decided_to_convene_a_meeting_convened_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_15.md (cut); the second, the same clause with "in which it"
    path = tmp_path / "A_RES_80_15.md"
    path.write_text("---\nsymbol: A/RES/80/15\n---\n\nThe General Assembly,\n\n"
                    "Recalling that its resolution 73/71 of 5 December 2018 decided to convene the fourth "
                    "Conference of Nuclear-Weapon-Free Zones and Mongolia as a one-day conference,\n\n"
                    "Recalling also its resolution 78/52, in which it decided to convene the Fifth Review "
                    "Conference of the Parties to the Treaty,\n", encoding="utf-8")
    x = extract(read_document(path))
    found = {(s, o) for s, p, o in triples(x, "convening") if p == "acta:convenedBy"}
    assert ("series/conference-of-nuclear-weapon-free-zones-and-mongolia/4", "un/a/res/73/71") in found
    assert {o for _, o in found} == {"un/a/res/73/71", "un/a/res/78/52"}


def test_the_resolution_requests_the_permanent_council_to_convene(tmp_path: Path) -> None:
    x = build(tmp_path, AG_2444, REQUEST)
    requests = [e for e in x.registry if e.kind == "request"]
    assert len(requests) == 1
    key = requests[0].key
    assert objects(x, key, "acta:requestedIn") == ["oas/ag/res/2444"]
    assert objects(x, key, "acta:addressee") == ["oas/permanent-council"]
    assert objects(x, key, "acta:requestVerb") == [Lit("requests")]
    (action,) = objects(x, key, "acta:action")
    assert action.value.startswith("to convene, through the Committee on Hemispheric Security (CSH), any meetings")
    assert action.value.endswith("in the last quarter of 2009")
    assert (MISPA_II, "acta:requestedBy", "oas/ag/res/2444") in triples(x, "request")
    # the vague period is an interval with its words, not a made-up day
    assert (MISPA_II, "acta:notBefore", Lit("2009-10", "xsd:gYearMonth")) in triples(x)
    assert (MISPA_II, "acta:dateQualifier", Lit("last quarter")) in triples(x)


def test_a_working_group_established_under_a_committee_pursuant_to_that_resolution(tmp_path: Path) -> None:
    x = build(tmp_path, CP_957, ESTABLISHED)
    assert (WG, "acta:establishedOn", Lit("2009-09-17", "xsd:date")) in triples(x, "established")
    assert (WG, "org:subOrganizationOf", "oas/csh") in triples(x, "established-under")
    # "that resolution" is the one the previous sentence adopted
    assert (WG, "acta:pursuantTo", "oas/cp/res/957") in triples(x, "established-pursuant")
    # "to prepare for the ministerial": the ministerial meeting named before
    assert (WG, "acta:preparedFor", MISPA_II) in triples(x, "established-purpose")
    assert x.registry.get(WG).kind == "body"
    assert x.registry.get(WG).label == "Working Group of the Committee on Hemispheric Security (CSH)"


def test_without_a_previous_resolution_that_resolution_is_not_invented(tmp_path: Path) -> None:
    x = build(tmp_path, ESTABLISHED)
    assert not [c for c in x.claims if c.predicate == "acta:pursuantTo"]
    assert (WG, "org:subOrganizationOf", "oas/csh") in triples(x)


def test_the_committee_meeting_date_is_not_given_to_the_ministerial(tmp_path: Path) -> None:
    x = build(tmp_path, CP_957, ESTABLISHED, CHAIR)
    assert set(objects(x, MISPA_II, "schema:startDate")) == {Lit("2009-11-04", "xsd:date")}


def test_a_decision_ratified_by_a_resolution(tmp_path: Path) -> None:
    x = build(tmp_path, RATIFIED)
    doc = "oas/mispa/doc.7/08/rev.4"
    assert ("oas/ag/res/2444", "acta:ratifies", doc) in triples(x, "ratified")
    assert ("oas/ag/res/2444", "acta:adoptedBy", "oas/general-assembly") in triples(x, "ratified")
    assert (doc, "acta:adoptedAt", "oas/mispa/1") in triples(x, "adopted-during")
    assert ("oas/mispa/1", "schema:location", "city/mexico-city") in triples(x, "adopted-during")
    assert (doc, "dcterms:title", Lit("Commitment to Public Security in the Americas")) \
        in triples(x, "title-before-symbol")


def test_results_of_that_meeting_are_produced_by_the_meeting_the_sentence_before_is_about(tmp_path: Path) -> None:
    x = build(tmp_path, HEARD)
    civil = "meeting/meeting-of-civil-society-organizations"
    produced = objects(x, "oas/csh/gt/mispa-ii-10/09", "acta:producedBy")
    # not MISPA II, which the civil-society meeting was only preparing for
    assert produced == [civil]
    assert (civil, "acta:preparedFor", MISPA_II) in triples(x)
    assert (civil, "acta:organizer", "oas/general-secretariat") in triples(x)
    assert (civil, "schema:location", "city/lima") in triples(x)
    assert (civil, "schema:startDate", Lit("2009-09-16", "xsd:date")) in triples(x)


def test_a_statement_received_from_a_body_is_submitted_by_it(tmp_path: Path) -> None:
    x = build(tmp_path, HEARD)
    assert objects(x, "oas/csh/gt/mispa-ii-12/09", "acta:submittedBy") == ["andean-community"]
    assert [c.rule for c in x.claims if c.predicate == "acta:submittedBy"] == ["received-from"]
    assert x.registry.get("andean-community").kind == "body"
    assert x.registry.get("oas/csh/gt/mispa-ii-12/09").kind == "document"


def test_where_a_meeting_was_held_after_its_owners_its_topics_or_also(tmp_path: Path) -> None:
    x = build(tmp_path, "The General Assembly,",
              "Recalling the decisions adopted by the Council of Ministers at its fifth ordinary session, held on "
              "3 March 2021 in Nairobi, and at its sixth ordinary session, held on 4 May 2022, also in Nairobi,",
              "Recalling also the joint summit of the African Union and the Economic Community of West African "
              "States, on peace, security, stability and development, held in Accra on 12 July 2019,",
              "1. Welcomes the workshop on water management and the protection of wetlands held in Dakar in March "
              "2024;")
    located = {(x.registry.get(s).label, o) for s, p, o in triples(x) if p == "schema:location"}
    labels = {label for label, _ in located}
    assert any("fifth ordinary session" in label for label, place in located if place == "city/nairobi"), located
    assert any("sixth ordinary session" in label for label, place in located if place == "city/nairobi"), located
    assert any("joint summit" in label for label, place in located if place == "city/accra"), located
    assert any("workshop" in label for label, place in located if place == "city/dakar"), located
    assert not any("Economic Community" == label for label in labels)  # the owner is not the meeting


def test_a_joint_summit_of_the_heads_of_state_of_two_bodies_keeps_its_place_and_date(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_63.md, operative paragraph 15
    text = ("15. Also recalls the joint summit of the Heads of State and Government of the Economic Community of West "
            "African States and the Economic Community of Central African States, on peace, security, stability and "
            "the fight against terrorism and violent extremism, held in Lomé on 30 July 2018, and the Lomé "
            "Declaration;")
    path = tmp_path / "A_RES_80_63.md"
    path.write_text("---\nsymbol: A/RES/80/63\n---\n\nThe General Assembly,\n\n" + text + "\n", encoding="utf-8")
    x = extract(read_document(path))
    (summit,) = [e.key for e in x.registry if e.kind == "meeting" and "joint-summit" in e.key]
    assert objects(x, summit, "schema:location") == ["city/lome"]
    assert objects(x, summit, "schema:startDate") == [Lit("2018-07-30", "xsd:date")]
    # "Heads of State and Government of the …" is who met, not a body of its own
    assert not [e for e in x.registry if e.kind == "body" and e.label.startswith("Heads of State")]


def test_what_happened_at_the_end_of_a_meeting_happened_where_it_was_held(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_63.md
    x = build(tmp_path, "Recalling the signature of a joint declaration by the Central African Republic and its "
                        "neighbouring countries hosting refugees from the Central African Republic, in Yaoundé on 27 "
                        "April 2022, at the end of the regional conference on solutions for people affected by the "
                        "crisis in the Central African Republic,")
    key = "meeting/regional-conference-on-solutions-for-people-affected-by-the-crisis-in-the-central-african-republic"
    assert objects(x, key, "schema:location") == ["city/yaounde"]
    # a place in a clause of its own is not the next meeting's: "in Geneva, and welcomes the conference on …"
    x = build(tmp_path, "Notes the consultations held in Geneva on 3 May 2024, and welcomes the conference on "
                        "refugees held in Nairobi on 5 June 2024,")
    assert "city/geneva" not in [o for s, p, o in triples(x) if p == "schema:location"]


# /work/shared/corpus/un-ga-80/A_RES_80_3.md, the annexed declaration, paragraphs 1 and 12 (both shortened)
AWAZA_1 = ("1. We, the Heads of State and Government and high-level representatives, met in Awaza, Turkmenistan,"
           " from 5 to 8 August 2025 at the Third United Nations Conference on Landlocked Developing Countries, "
           "with the participation of representatives of intergovernmental and non-governmental organizations.")
AWAZA_12 = ("12. We further welcome the convening of the fifteenth meeting of the Conference of the Contracting "
            "Parties to the Convention on Wetlands in Victoria Falls, Zimbabwe, from 23 to 31 July 2025, the "
            "sixteenth session of the United Nations Conference on Trade and Development, to be held in Geneva in"
            " October 2025, the thirteenth session of the World Urban Forum, to be hosted by Azerbaijan from 17 "
            "to 22 May 2026, and the Second Global Mountain Summit, to be held in Kyrgyzstan in 2027.")
# /work/shared/corpus/un-ga-80/A_RES_80_5.md, the annexed declaration, paragraph 1
DOHA_1 = ("1. We, Heads of State and Government and high representatives, have gathered in Doha from 4 to 6 "
          "November 2025 at the Second World Summit for Social Development to build a more just, inclusive, "
          "equitable and sustainable world.")


def test_a_declaration_says_where_and_when_its_authors_met_at_the_conference(tmp_path: Path) -> None:
    x = build(tmp_path, AWAZA_1, DOHA_1)
    awaza = "series/united-nations-conference-on-landlocked-developing-countries/3"
    assert (awaza, "schema:location", "city/awaza") in triples(x, "met-in-at")
    assert (awaza, "schema:location", "country/turkmenistan") in triples(x, "met-in-at")
    doha = "series/world-summit-for-social-development/2"
    assert (doha, "schema:location", "city/doha") in triples(x, "met-in-at")
    assert set(objects(x, doha, "schema:startDate")) == {Lit("2025-11-04", "xsd:date")}
    assert set(objects(x, doha, "schema:endDate")) == {Lit("2025-11-06", "xsd:date")}


def test_the_numbered_session_of_a_named_conference_is_held_where_the_text_says(tmp_path: Path) -> None:
    x = build(tmp_path, AWAZA_12)
    wetlands = "series/conference-of-the-contracting-parties-to-the-convention-on-wetlands"
    # a town no list knows, before a country, is where it was held, not part of the Conference's name
    assert x.registry.get(f"{wetlands}/15").label == ("fifteenth meeting of the Conference of the Contracting Parties "
                                                     "to the Convention on Wetlands")
    assert set(objects(x, f"{wetlands}/15", "schema:location")) == {"city/victoria-falls", "country/zimbabwe"}
    assert set(objects(x, f"{wetlands}/15", "schema:startDate")) == {Lit("2025-07-23", "xsd:date")}
    # the Conference itself (the series) holds no place or date of its fifteenth meeting
    assert not [c for c in x.claims if c.subject.endswith("on-wetlands") and c.predicate.startswith("schema:")]
    # a forum with a proper name numbers its sessions too; a host country is where it meets
    forum = "series/world-urban-forum/13"
    assert ("acta:host", "country/azerbaijan") in {(p, o) for s, p, o in triples(x) if s == forum}
    assert objects(x, forum, "schema:location") == ["country/azerbaijan"]
    assert set(objects(x, forum, "schema:startDate")) == {Lit("2026-05-17", "xsd:date")}


def test_a_meeting_held_during_the_week_of_its_dates(tmp_path: Path) -> None:
    """/work/shared/corpus/un-ga-80/A_RES_80_52.md, paragraph 8 (shortened)."""
    x = build(tmp_path, "8. Invites and encourages all interested States to attend the third Review Conference of "
                        "the Convention on Cluster Munitions, to be held in Vientiane during the week of 14 to 18 "
                        "September 2026, and to participate in its work.")
    conference = "series/review-conference-of-the-convention-on-cluster-munitions/3"
    assert set(objects(x, conference, "schema:startDate")) == {Lit("2026-09-14", "xsd:date")}
    assert set(objects(x, conference, "schema:endDate")) == {Lit("2026-09-18", "xsd:date")}
    assert "city/vientiane" in objects(x, conference, "schema:location")


def test_the_work_pursuant_to_resolutions_of_a_body_named_after_them(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_34.md (the end of a preambular clause)
    x = extract_resolution(
        tmp_path, "A/RES/80/34",
        "Re-emphasizing its support, and recalling the work, pursuant to Security Council resolutions 2235 (2015) of "
        "7 August 2015 and 2319 (2016) of 17 November 2016, of the Joint Investigative Mechanism of the Organisation "
        "for the Prohibition of Chemical Weapons and the United Nations,")
    assert {(s, o) for s, p, o in rule_triples(x, "pursuant") if p == "acta:pursuantTo"} == {
        ("un/opcw/joint-investigative-mechanism", "un/s/res/2235"),
        ("un/opcw/joint-investigative-mechanism", "un/s/res/2319")}


def test_a_text_named_by_its_title_adopted_by_a_body_on_a_day_or_by_its_resolution(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_70.md and A_RES_80_6.md (clauses, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/70",
        "Recalling that the Comprehensive Nuclear-Test-Ban Treaty, adopted by the General Assembly by its resolution "
        "50/245 of 10 September 1996, was opened for signature on 24 September 1996,",
        "Further recalls the amendments to articles 124 and 8 of the Rome Statute adopted by the Assembly of States "
        "Parties at the fourteenth session,")
    got = rule_triples(x, "title-adopted-by")
    treaty = "instrument/comprehensive-nuclear-test-ban-treaty"
    # and the resolution it was adopted in, by that body that day (not the Statute: its amendments are what was adopted)
    assert got == {(treaty, "acta:adoptedBy", "un/general-assembly"),
                   (treaty, "acta:adoptionDate", Lit("1996-09-10", "xsd:date")),
                   (treaty, "acta:adoptedIn", "un/a/res/50/245"),
                   ("un/a/res/50/245", "acta:adoptedBy", "un/general-assembly"),
                   ("un/a/res/50/245", "acta:adoptionDate", Lit("1996-09-10", "xsd:date")),
                   ("un/a/res/50/245", "acta:adopts", treaty)}


def test_a_code_of_practice_adopted_on_a_day_by_a_body(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_26.md (a preambular clause)
    x = extract_resolution(
        tmp_path, "A/RES/80/26",
        "Recalling resolution GC(XXXIV)/RES/530 establishing the Code of Practice on the International Transboundary "
        "Movement of Radioactive Waste, adopted on 21 September 1990 by the General Conference of the International "
        "Atomic Energy Agency at its thirty-fourth regular session,")
    code = "instrument/code-of-practice-on-the-international-transboundary-movement-of-radioactive-waste"
    got = rule_triples(x, "title-adopted-by")
    res = "iaea/gc/34/res/530"  # the resolution that established the code was adopted so too, and adopts it
    assert got == {(code, "acta:adoptedBy", "un/iaea/general-conference"),
                   (code, "acta:adoptionDate", Lit("1990-09-21", "xsd:date")),
                   (res, "acta:adoptedBy", "un/iaea/general-conference"),
                   (res, "acta:adoptionDate", Lit("1990-09-21", "xsd:date")),
                   (res, "acta:adopts", code),
                   (code, "acta:adoptedIn", res)}  # (the way back: the code's mandate chain reaches the resolution)


def test_a_titled_report_prepared_by_a_body_is_its_work(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md paragraph 25 (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/9",
        "25. We acknowledge the importance of the biennial Global Report on Trafficking in Persons, prepared by the "
        "United Nations Office on Drugs and Crime pursuant to the Global Plan of Action, and request the Office to "
        "continue to collect information.")
    # its work, and done pursuant to what it names
    assert rule_triples(x, "title-prepared-by") == {
        ("instrument/global-report-on-trafficking-in-persons", "acta:producedBy", "un/unodc"),
        ("instrument/global-report-on-trafficking-in-persons", "acta:pursuantTo", "instrument/global-plan-of-action")}


def test_an_agreement_governing_a_relationship_approved_by_two_bodies(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_7.md (two preambular clauses, the first cut: it names "the Agency")
    x = extract_resolution(
        tmp_path, "A/RES/80/7",
        "Having received the report of the International Atomic Energy Agency to the General Assembly for 2024,",
        "Recognizing also the cooperation between the United Nations and the Agency and the Agreement governing the "
        "relationship between the United Nations and the Agency as approved by the General Conference of the Agency "
        "on 23 October 1957 and by the General Assembly in the annex to its resolution 1145 (XII) of 14 November 1957,")
    agreement = "instrument/agreement-governing-the-relationship-between-the-united-nations-and-the-agency"
    assert x.registry.get(agreement).label == "Agreement governing the relationship between the United Nations and " \
        "the Agency"
    got = rule_triples(x, "title-adopted-by")
    assert {o for s, p, o in got if s == agreement and p == "acta:approvedBy"} == {
        "un/iaea/general-conference", "un/general-assembly"}
    assert (agreement, "acta:adoptionDate", Lit("1957-10-23", "xsd:date")) in got


def test_a_text_named_by_its_title_approved_by_a_body_on_a_day(tmp_path: Path) -> None:
    # (moved from test_outcomes.py with the rule: graph/outcomes.py read this sentence too, with the same facts)
    # /work/shared/corpus/un-ga-80/A_RES_80_41.md: a code of conduct and a guidance, each approved by the Board (the
    # second time named "the Board of Governors of the Agency": the same Board, not a board of the Board)
    x = extract_resolution(
        tmp_path, "A/RES/80/41",
        "Recalling the Code of Conduct on the Safety and Security of Radioactive Sources, approved by the Board "
        "of Governors of the International Atomic Energy Agency on 8 September 2003, and the supplementary "
        "Guidance on the Management of Disused Radioactive Sources, approved by the Board of Governors of the "
        "Agency on 11 September 2017,")
    code = "instrument/code-of-conduct-on-the-safety-and-security-of-radioactive-sources"
    guidance = "instrument/guidance-on-the-management-of-disused-radioactive-sources"
    assert rule_triples(x, "title-adopted-by") == {
        (code, "acta:approvedBy", "un/iaea/board-of-governors"),
        (code, "acta:adoptionDate", Lit("2003-09-08", "xsd:date")),
        (guidance, "acta:approvedBy", "un/iaea/board-of-governors"),
        (guidance, "acta:adoptionDate", Lit("2017-09-11", "xsd:date"))}
    assert {c.object for c in x.claims if c.subject == "un/a/res/80/41" and c.predicate == "acta:recalls"} == {
        code, guidance}


def test_a_text_endorsed_by_a_body_is_endorsed_not_adopted(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_26.md (a preambular clause)
    x = extract_resolution(
        tmp_path, "A/RES/80/26",
        "Recalling the convening by the International Atomic Energy Agency of the Ministerial Conference on Nuclear "
        "Safety, in Vienna from 20 to 24 June 2011, and its outcome, the Declaration of the International Atomic "
        "Energy Agency Ministerial Conference on Nuclear Safety, as well as the Action Plan on Nuclear Safety, "
        "endorsed by the General Conference of the Agency at its fifty-fifth regular session,")
    assert rule_triples(x, "title-adopted-by") == {
        ("instrument/action-plan-on-nuclear-safety", "acta:endorsedBy", "un/iaea/general-conference")}
    # (and endorsed in a resolution: the resolution endorses it)
    x = extract_resolution(
        tmp_path, "A/RES/80/6",
        "Acknowledging the Relationship Agreement as endorsed by the General Assembly in its resolution 58/318 of "
        "13 September 2004,")
    assert rule_triples(x, "title-adopted-by") == {
        ("instrument/relationship-agreement", "acta:endorsedBy", "un/general-assembly"),
        ("un/a/res/58/318", "acta:endorses", "instrument/relationship-agreement"),
        ("un/a/res/58/318", "acta:adoptedBy", "un/general-assembly")}


def test_a_text_adopted_by_one_body_and_endorsed_by_another(tmp_path: Path) -> None:
    # the form of /work/shared/corpus/un-ga-80/A_RES_80_44.md para. 6 ("… adopted by consensus by the Disarmament
    # Commission and endorsed by the General Assembly"), with a text named by its title
    x = extract_resolution(
        tmp_path, "A/RES/80/44",
        "6. Stresses the importance of the Code of Conduct for Arms Transfers, adopted by consensus by the "
        "Disarmament Commission and endorsed by the General Assembly;")
    assert rule_triples(x, "title-adopted-by") == {
        ("instrument/code-of-conduct-for-arms-transfers", "acta:adoptedBy", "un/disarmament-commission"),
        ("instrument/code-of-conduct-for-arms-transfers", "acta:endorsedBy", "un/general-assembly")}


def test_a_text_named_by_its_title_as_approved_by_a_body_in_its_resolution(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_6.md (a preambular clause, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/6",
        "Acknowledging the Relationship Agreement as approved by the General Assembly in its resolution 58/318 of "
        "13 September 2004, including paragraph 3 of the resolution,")
    got = rule_triples(x, "title-adopted-by")
    assert got == {("instrument/relationship-agreement", "acta:approvedBy", "un/general-assembly"),
                   ("instrument/relationship-agreement", "acta:adoptionDate", Lit("2004-09-13", "xsd:date")),
                   # the resolution it was approved in (a mandate link: the chain goes on to it)
                   ("instrument/relationship-agreement", "acta:adoptedIn", "un/a/res/58/318"),
                   ("un/a/res/58/318", "acta:adoptedBy", "un/general-assembly"),
                   ("un/a/res/58/318", "acta:adoptionDate", Lit("2004-09-13", "xsd:date")),
                   # and what the resolution did with it, a citation (`cites`: 58/318 approves the Agreement)
                   ("un/a/res/58/318", "acta:approves", "instrument/relationship-agreement")}
    # the Assembly's approval, dated by the resolution's day
    act = next(e.key for e in x.registry if e.kind == "action")
    assert (act, "dcterms:date", Lit("2004-09-13", "xsd:date")) in rule_triples(x, "dated-action")


def test_a_text_adopted_at_a_meeting_named_by_its_kind_where_and_when(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_70.md (a preambular clause, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/70",
        "Recalling the Joint Ministerial Statement on the Comprehensive Nuclear-Test-Ban Treaty adopted at the "
        "ministerial meeting held in New York on 24 September 2024,")
    statement = "instrument/joint-ministerial-statement-on-the-comprehensive-nuclear-test-ban-treaty"
    got = rule_triples(x, "held-once", "adopted-during")
    meeting = "meeting/ministerial-meeting/2024-09-24"
    assert got == {(statement, "acta:adoptedAt", meeting),
                   (statement, "acta:adoptionDate", Lit("2024-09-24", "xsd:date")),
                   (meeting, "schema:startDate", Lit("2024-09-24", "xsd:date")),
                   (meeting, "schema:location", "city/new-york")}
    assert x.registry.get(meeting).label == "ministerial meeting, New York, 24 September 2024"


def test_a_meeting_convened_pursuant_to_a_resolution_is_convened_by_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_57.md (a preambular clause, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/57",
        "Recalling the importance of inclusive discussions, and in this respect, noting with appreciation the open "
        "informal consultations convened in 2025 pursuant to resolution 79/62,")
    got = rule_triples(x, "pursuant")
    meeting = "un/a/res/80/57/open-informal-consultations"
    assert {(meeting, "acta:pursuantTo", "un/a/res/79/62"), (meeting, "acta:convenedBy", "un/a/res/79/62")} <= got


def test_an_article_of_the_treaty_named_by_its_head_word_is_the_treaty_named_before(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_70.md (preambular paragraph, cut) and para. 8 (cut): "the Treaty" is the
    # Comprehensive Nuclear-Test-Ban Treaty, not the Joint Ministerial Statement on it named between
    x = extract_resolution(
        tmp_path, "A/RES/80/70",
        "Recalling the Comprehensive Nuclear-Test-Ban Treaty and the Joint Ministerial Statement on the "
        "Comprehensive Nuclear-Test-Ban Treaty,",
        "Recalling further the Final Declaration adopted by the fourteenth Conference on Facilitating the Entry into "
        "Force of the Comprehensive Nuclear-Test-Ban Treaty, held in New York on 26 September 2025, convened pursuant "
        "to article XIV of the Treaty,",
        "8. Encourages the Preparatory Commission to ensure that the verification regime of the Treaty will be "
        "capable of meeting its requirements, in accordance with article IV of the Treaty;")
    treaty = "instrument/comprehensive-nuclear-test-ban-treaty"
    pursuant = {(s.split("/")[-1], p) for s, p, o in rule_triples(x, "pursuant") if o == treaty}
    assert pursuant == {("14", "acta:pursuantTo")}
    assert ("un/a/res/80/70", "acta:inAccordanceWith", treaty) in rule_triples(x, "in-accordance-with")


def test_a_document_endorsed_by_a_body_in_its_resolution_across_a_page_break(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_16.md para. 2 (cut), with the page break as the reader leaves it (the
    # running head blanked): "in its" ends a page, "resolution 79/237" opens the next (not the anaphor "its
    # resolution" over the break)
    x = extract_resolution(
        tmp_path, "A/RES/80/16",
        "2. Requests the Secretary-General to provide the necessary support, in accordance with the elements agreed in "
        "annex C to document A/79/214, as endorsed by the General Assembly in its\n\n" + " " * 57 + "\n\n"
        "resolution 79/237, and the additional elements agreed in annex I to document "
        "A/80/257;")
    assert rule_triples(x, "title-adopted-by") >= {("un/a/79/214", "acta:endorsedBy", "un/general-assembly"),
                                                   ("un/a/res/79/237", "acta:endorses", "un/a/79/214")}


def test_an_office_named_after_a_body_is_a_body_of_its_own(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_6.md para. 23 and the IPBES report (Germany's offer, cut): the office of a
    # body is part of it; a country's ("national") office for it is linked to it; an office of no body is none
    x = extract_resolution(
        tmp_path, "A/RES/80/6",
        "23. Expresses its appreciation for the work undertaken by the International Criminal Court liaison office to "
        "United Nations Headquarters, and encourages the Secretary-General to continue to work closely with that "
        "office;",
        "In addition, it would establish a national Intergovernmental Science-Policy Platform on Biodiversity and "
        "Ecosystem Services coordination office to keep the scientific community up to date;",
        "Noting the work of the regional office in Nairobi,")
    found = rule_triples(x, "body-office")
    assert found == {("body/international-criminal-court/liaison-office", "org:subOrganizationOf",
                      "body/international-criminal-court"),
                     ("ipbes/national-coordination-office", "org:linkedTo", "ipbes")}
    assert x.registry.get("body/international-criminal-court/liaison-office").label == \
        "International Criminal Court liaison office"


def test_a_note_after_its_report_and_what_it_is_on_is_the_bodys_report(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_54.md para. 9 and its note: "its report" is the Group's, named just before
    x = extract_resolution(tmp_path, "A/RES/80/54",
                           "9. Welcomes the ongoing work of the Treaty’s Scientific Advisory Group and the update to "
                           "its report on the status and developments regarding nuclear weapons, nuclear weapon risks, "
                           "the humanitarian consequences of nuclear weapons, nuclear disarmament and related issues;4",
                           "[^4]: TPNW/MSP/2025/WP.5.")
    assert rule_triples(x, "its-report") == {
        ("un/tpnw/msp/2025/wp.5", "acta:producedBy", "body/scientific-advisory-group")}
