"""graph/decides.py: what a resolution convenes, founds and puts on an agenda, on clauses copied from the corpus."""

# ruff: noqa: E501  (the corpus snippets below are copied verbatim, one source line each)

from __future__ import annotations

from pathlib import Path

from test_clauses import build, objects, triples

from graph.extract import Lit

# /work/shared/corpus/un-ga-80/A_RES_80_43.md, operative paragraph 5
CONVENE_43 = """The General Assembly,

5. Decides to convene the Meeting of States in New York from 12 to 23 July 2027 to review the implementation of the Global Framework, in line with section V, paragraph 31, thereof, with the participation, as observers, of relevant international and regional organizations and other relevant stakeholders, including non‑governmental organizations and civil society, academia, research institutions and industry, and further recalls its decision that the Chair may hold informal consultations ahead of the Meeting of States;
"""


def test_decides_to_convene_a_meeting_in_a_city_on_dates(tmp_path: Path) -> None:
    x = build(tmp_path, CONVENE_43, "A/RES/80/43")
    meeting = "un/a/res/80/43/meeting/meeting-of-states"  # names no treaty: the resolution's own
    decided = triples(x, "decides-to-convene")
    assert (meeting, "acta:convenedBy", "un/a/res/80/43") in decided
    assert (meeting, "schema:location", "city/new-york") in decided
    assert (meeting, "schema:startDate", Lit("2027-07-12", "xsd:date")) in decided
    assert (meeting, "schema:endDate", Lit("2027-07-23", "xsd:date")) in decided
    assert x.registry.get(meeting).kind == "meeting"


# A/RES/80/38, paragraph 11, with the line break the source has inside the conference's name
RENEWS_38 = """The General Assembly,

11. Renews its decision to convene the Fifth United Nations Conference to Review Progress Made in the Implementation of the Programme of Action to Prevent,
Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects (and the International Tracing Instrument) in 2030 as a two-week event, to be preceded by a preparatory committee meeting of not more than five days, in early 2030;
"""


def test_renews_its_decision_to_convene_convenes_and_a_parenthesis_does_not_hide_the_date(tmp_path: Path) -> None:
    x = build(tmp_path, RENEWS_38, "A/RES/80/38")
    decided = triples(x, "decides-to-convene")
    conference = [s for s, p, o in decided if p == "acta:convenedBy" and o == "un/a/res/80/38"]
    assert len(conference) == 1
    label = x.registry.get(conference[0]).label
    assert label.startswith("Fifth United Nations Conference") and label.endswith("in All Its Aspects")
    assert (conference[0], "schema:startDate", Lit("2030", "xsd:gYear")) in decided


def test_reaffirming_something_else_to_convene_is_not_a_decision(tmp_path: Path) -> None:
    body = ("The General Assembly,\n\n3. Reaffirms its support to convene the Fifth United Nations Conference on "
            "the Least Developed Countries in 2030;\n")
    x = build(tmp_path, body, "A/RES/80/99")
    assert not triples(x, "decides-to-convene")


# A/RES/80/38, paragraphs 8 and 19
ESTABLISH_38 = """The General Assembly,

8. Renews its decision to establish an open-ended technical expert group, convening for at least two days, and no more than three days, in 2026 and 2028;

19. Reaffirms its decision to establish and maintain a structured procedure within the Secretariat, starting in 2026, to process offers of and requests for assistance;
"""


def test_a_group_the_instrument_founds_is_keyed_under_it_and_a_procedure_within_a_body_founds_no_body(
        tmp_path: Path) -> None:
    x = build(tmp_path, ESTABLISH_38, "A/RES/80/38")
    founded = {s for s, p, o in triples(x, "decides-to-establish") if p == "acta:establishedBy"}
    assert founded == {"un/a/res/80/38/open-ended-technical-expert-group"}
    assert x.registry.get("un/a/res/80/38/open-ended-technical-expert-group").label == (
        "open-ended technical expert group (A/RES/80/38)")


def test_the_group_it_founds_convening_in_two_years_meets_once_in_each_convened_by_it(tmp_path: Path) -> None:
    x = build(tmp_path, ESTABLISH_38, "A/RES/80/38")
    group = "un/a/res/80/38/open-ended-technical-expert-group"
    meetings = sorted(s for s, p, o in triples(x) if p == "acta:meetingOf" and o == group)
    assert meetings == [f"{group}/meeting/2026", f"{group}/meeting/2028"]
    for key, year in zip(meetings, ("2026", "2028"), strict=True):
        assert (key, "acta:convenedBy", "un/a/res/80/38") in triples(x, "decides-to-establish")
        assert objects(x, key, "schema:startDate") == [Lit(year, "xsd:gYear")]



# /work/shared/corpus/un-ga-80/A_RES_80_28.md, paragraph 6 (cut) and paragraph 2
ASSISTED_28 = """The General Assembly,

Welcoming the consolidated reports of the Secretary-General on the Register, which include the returns of Member States for 2021, 1 2022,2 20233 and 2024,4

Welcoming also the 2025 report of the Secretary-General on the continuing operation of the Register and its further development, prepared with the assistance of the 2024–2025 group of governmental experts,5 including the recommendation that those Member States in a position to do so continue to use the “Seven-Plus-One” formula,

2. Endorses the report of the Secretary-General on the continuing operation of the Register and its further development and the recommendations contained in the consensus report of the 2024–2025 group of governmental experts;

6. Reaffirms its decision to keep the scope of, participation in and use of the Register under review, with a view to considering its further development, and to that end requests the Secretary-General, with the assistance of a group of governmental experts, to be convened for one week each at the end of 2027 and at the beginning and in the middle of 2028, with the broadest possible participation, to prepare a report on the continuing operation and relevance of the Register;

[^1]: A/77/165.

[^2]: A/78/165.

[^3]: A/79/216.

[^4]: A/80/226.

[^5]: See A/80/121.
"""
# the same request with the help of a group that already is (no article of a new one), and a group named by its years
ASSISTED_BY_THE = """The General Assembly,

6. Requests the Secretary-General, with the assistance of the Group of Governmental Experts, to be convened for one week at the end of 2027, to prepare a report;

7. Welcomes the report of the 2019 group of governmental experts, to be convened at the end of 2027;
"""


def test_a_new_group_assisting_the_request_is_founded_by_the_instrument_and_meets_in_each_year(tmp_path: Path) -> None:
    x = build(tmp_path, ASSISTED_28, "A/RES/80/28")
    group = "un/a/res/80/28/group-of-governmental-experts"
    assisted = triples(x, "assisted-by-new")
    assert {s for s, p, o in assisted if p == "acta:establishedBy"} == {group}
    assert x.registry.get(group).label == "group of governmental experts (A/RES/80/28)"
    meetings = sorted(s for s, p, o in triples(x) if p == "acta:meetingOf" and o == group)
    assert meetings == [f"{group}/meeting/2027", f"{group}/meeting/2028"]
    # "at the end of 2027": in that year, the interval and the words kept, not a month made up
    end_2027 = f"{group}/meeting/2027"
    assert set(objects(x, end_2027, "schema:startDate")) == {Lit("2027", "xsd:gYear")}
    assert (end_2027, "acta:notBefore", Lit("2027-09", "xsd:gYearMonth")) in assisted
    assert (end_2027, "acta:dateQualifier", Lit("end of")) in assisted
    assert (end_2027, "acta:convenedBy", "un/a/res/80/28") in assisted
    assert (f"{group}/meeting/2028", "acta:convenedBy", "un/a/res/80/28") in assisted
    # "at the beginning and in the middle of 2028": from January to August
    assert (f"{group}/meeting/2028", "acta:notBefore", Lit("2028-01", "xsd:gYearMonth")) in assisted
    assert (f"{group}/meeting/2028", "acta:notAfter", Lit("2028-08", "xsd:gYearMonth")) in assisted
    # the 2024–2025 group is one past group, no head to found or resolve: the note after it is the report's
    assert ("un/a/res/80/28", "acta:welcomes", "un/a/80/121") in triples(x)
    assert objects(x, "un/a/80/121", "acta:producedBy") == ["un/secretary-general"]
    assert ("un/a/res/80/28", "acta:endorses", "un/a/80/226") not in triples(x)
    assert [k for k in (e.key for e in x.registry) if "governmental" in k and not k.startswith(group)] == []


def test_a_group_that_already_is_or_is_named_by_its_years_is_not_founded_here(tmp_path: Path) -> None:
    x = build(tmp_path, ASSISTED_BY_THE, "A/RES/80/28")
    assert triples(x, "assisted-by-new") == set()
    assert not [s for s, p, o in triples(x) if p == "acta:meetingOf" and "governmental" in o]
    assert not [k for k in (e.key for e in x.registry) if "governmental-experts/" in k]


# /work/shared/corpus/un-ga-80/A_RES_80_49.md paragraph 5, A_RES_80_44.md paragraph 8, A_RES_80_58.md paragraph 9
# (cut), A_RES_80_11.md paragraph 12 (cut)
CONVENED = """The General Assembly,

5. Decides to convene, in New York, on a date to be decided later, a United Nations high- level international conference on nuclear disarmament to review the progress made in this regard;

8. Decides to convene a joint half-day panel discussion of the Disarmament and International Security Committee (First Committee) and the Special Political and Decolonization Committee (Fourth Committee) to address possible challenges to space security and sustainability;

9. Decides to convene informal exchanges in Geneva for States to further share perspectives on observations and conclusions;

12. Decides to establish, within existing resources, an annual “peacebuilding week” in June, timed around the commemoration of the inaugural meeting of the Commission;
"""


def test_a_meeting_the_resolution_convenes_is_named_by_what_the_clause_calls_it(tmp_path: Path) -> None:
    x = build(tmp_path, CONVENED, "A/RES/80/49")
    me = "un/a/res/80/49"
    convened = {s: x.registry.get(s).label for s, p, o in triples(x, "decides-to-convene")
                if p == "acta:convenedBy" and o == me}
    topic = "meeting/united-nations-high-level-international-conference-on-nuclear-disarmament"
    assert convened == {
        # one conference whichever resolution names it: keyed by its topic
        topic: "United Nations high-level international conference on nuclear disarmament",
        # named only by its kind: this resolution's own
        f"{me}/joint-half-day-panel-discussion": "joint half-day panel discussion (A/RES/80/49)",
        f"{me}/informal-exchanges": "informal exchanges (A/RES/80/49)",
        f"{me}/peacebuilding-week": "peacebuilding week (A/RES/80/49)",
    }
    assert objects(x, topic, "schema:location") == ["city/new-york"]
    assert "city/geneva" in objects(x, f"{me}/informal-exchanges", "schema:location")


def test_a_meeting_someone_else_holds_or_one_named_before_is_not_convened_here(tmp_path: Path) -> None:
    body = ("The General Assembly,\n\n"
            "Recalling the holding of the high-level meeting on countering nuclear terrorism, with a focus on "
            "strengthening the legal framework, in New York on 28 September 2012,\n\n"
            "7. Encourages States to convene exchanges on responsible application of artificial intelligence in the "
            "military domain, including within the United Nations;\n\n"
            "8. Decides that the Office will provide the support necessary for convening the informal exchanges;\n")
    x = build(tmp_path, body, "A/RES/80/58")
    assert not triples(x, "decides-to-convene")
    labels = {e.label for e in x.registry if e.kind == "meeting"}
    assert not any("exchanges" in label for label in labels)


def test_the_agenda_of_its_next_session_is_the_assemblys_and_a_meeting_to_come_is_noted(tmp_path: Path) -> None:
    body = ("The General Assembly,\n\n"
            # /work/shared/corpus/un-ga-80/A_RES_80_44.md paragraph 8 (cut) and A_RES_80_46.md (cut)
            "8. Decides to convene a joint half-day panel discussion of the Disarmament and International Security "
            "Committee (First Committee) and the Special Political and Decolonization Committee (Fourth Committee), "
            "and to include in the provisional agenda of its eighty-first session, under the item entitled “General "
            "and complete disarmament”, the sub-item entitled “Joint panel discussion”;\n\n"
            "9. Notes that the Twelfth Conference of States Parties will be held in Geneva from 24 to 28 August "
            "2026;\n")
    x = build(tmp_path, body, "A/RES/80/44")
    me = "un/a/res/80/44"
    assert (me, "acta:onAgendaOf", "un/general-assembly/session/regular-81") in triples(x, "on-agenda")
    assert not [e for e in x.registry if e.key.startswith("un/fourth-committee/session")]
    noted = [o for s, p, o in triples(x, "citing-clause") if s == me and p == "acta:notes"]
    assert len(noted) == 1 and x.registry.get(noted[0]).kind == "meeting"


def test_resolutions_on_the_convening_of_a_meeting_each_convened_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md, a preambular clause
    x = build(tmp_path, "The General Assembly,\n\nRecalling its resolutions 76/217 of 17 December 2021, 77/246 of "
              "30 December 2022 and 79/279 of 11 April 2025 on the convening of the Third United Nations Conference on "
              "Landlocked Developing Countries,\n", "A/RES/80/3")
    (meeting,) = {c.subject for c in x.claims if c.predicate == "acta:convenedBy"}
    assert x.registry.get(meeting).label.startswith("Third United Nations Conference on Landlocked")
    assert sorted(objects(x, meeting, "acta:convenedBy")) == ["un/a/res/76/217", "un/a/res/77/246", "un/a/res/79/279"]


# /work/shared/corpus/un-ga-80/A_RES_80_5.md: the resolution and its annexed declaration's follow-up items (cut)
DECIDE_LIST_5 = """Resolution adopted by the General Assembly on 4 November 2025

The General Assembly

Adopts the Doha Political Declaration of the “World Social Summit” under the title “the Second World Summit for Social Development”, as contained in the annex to the present resolution.

28th plenary meeting 4 November 2025

Annex

Doha Political Declaration of the “World Social Summit” under the title “the Second World Summit for Social Development”

43. We reiterate our commitment to the full implementation of the social development agenda. In this regard we decide to:

Proceed to a five-year follow-up process on the Doha Political Declaration, starting in 2031, to assess progress, identify gaps and renew the commitments, and convene a high-level plenary meeting under the auspices of the General Assembly, the modalities and outcome of which shall be decided no later than the eighty-fifth session of the Assembly;

44. We note that the Commission will hold a high-level meeting next year.
"""


def test_a_meeting_an_item_under_we_decide_to_convenes_is_the_declarations(tmp_path: Path) -> None:
    x = build(tmp_path, DECIDE_LIST_5, "A/RES/80/5")
    convened = {(s, o) for s, p, o in triples(x, "decides-to-convene") if p == "acta:convenedBy"}
    declaration = "instrument/doha-political-declaration"
    assert convened == {(f"{declaration}/high-level-plenary-meeting", declaration)}  # not the next paragraph's
    # the declaration the resolution adopts in its annex was adopted by the Assembly, on the resolution's day
    assert (declaration, "acta:adoptedBy", "un/general-assembly") in triples(x, "annexed-text")
    assert (declaration, "acta:adoptionDate", Lit("2025-11-04", "xsd:date")) in triples(x, "annexed-text")
    # and in that resolution: the way from the meeting the declaration convenes back to the resolution
    assert (declaration, "acta:adoptedIn", "un/a/res/80/5") in triples(x, "annexed-text")
