"""graph/body_meetings.py: a body's dated meetings ("This Working Group met on September 29 …"), and what they approved.

Inputs are sentences of the OAS working-group report and clauses of UN General Assembly resolutions (their sources
are named).
"""

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution, rule_triples
from test_sessions import report, resolution, triples

from graph.extract import Lit

# /work/shared/corpus/oas/2009-csh-gt-mispa-ii-working-group-report.txt
ESTABLISHED = ("Pursuant to that resolution, this past September 17 a working group to prepare for the ministerial was "
               "also established, under the purview of the Committee on Hemispheric Security.")


MET = ("This Working Group met on September 29 and on October 1, 6, 13, 15, and 20, 2009 and considered and approved "
       "the following working documents of MISPA II:")


ITEMS = ("- Draft Agenda (CSH/GT/MISPA II-2/09 rev. 2)\n"
         "- Draft Rules of Procedure (CSH/GT/MISPA II-3/09 rev. 1)")


BRIEFING = ("As well, on October 13 the Working Group held a briefing session where contributions were made by the "
            "following organizations:  CARICOM, World Bank, and the OAS Executive Secretariat for Integral "
            "Development (SEDI).")


WG = "oas/csh/working-group"


def test_a_working_group_met_on_six_days(tmp_path: Path) -> None:
    x = report(tmp_path, ESTABLISHED, MET)
    days = ["2009-09-29", "2009-10-01", "2009-10-06", "2009-10-13", "2009-10-15", "2009-10-20"]
    meetings = sorted(c.subject for c in x.claims if c.predicate == "acta:meetingOf" and c.object == WG)
    assert meetings == [f"{WG}/meeting/{d}" for d in days]
    for d in days:
        assert (f"{WG}/meeting/{d}", "schema:startDate", Lit(d, "xsd:date")) in triples(x, "body-meeting")


def test_the_documents_listed_after_met_are_approved_by_the_group(tmp_path: Path) -> None:
    x = report(tmp_path, ESTABLISHED, MET, ITEMS)
    listed = triples(x, "following-documents")
    for doc in ("oas/csh/gt/mispa-ii-2/09/rev.2", "oas/csh/gt/mispa-ii-3/09/rev.1"):
        assert (doc, "acta:approvedBy", WG) in listed
        assert (doc, "acta:consideredBy", WG) in listed
        assert (doc, "acta:preparedFor", "oas/mispa/2") in listed


def test_without_the_group_this_working_group_meets_nowhere(tmp_path: Path) -> None:
    x = report(tmp_path, MET)
    assert not [c for c in x.claims if c.rule == "body-meeting"]


def test_a_briefing_session_with_its_contributors(tmp_path: Path) -> None:
    x = report(tmp_path, ESTABLISHED, MET, BRIEFING)
    key = f"{WG}/briefing-session/2009-10-13"
    assert x.registry.get(key).kind == "meeting"
    assert (key, "acta:meetingOf", WG) in triples(x, "body-meeting")
    contributors = {c.object for c in x.claims if c.subject == key and c.predicate == "acta:contributor"}
    assert contributors == {"caricom", "world-bank", "oas/sedi"}


def test_the_first_meeting_of_the_working_group_is_a_meeting_of_the_group(tmp_path: Path) -> None:
    # /work/shared/corpus/oas/2009-csh-gt-mispa-ii-working-group-report.txt, section II
    first = ("The first meeting of the Working Group, held on September 29, 2009, elected the Vice Chairs, and by "
             "acclamation Hector Agustin Ortega, Alternate Representative of the Permanent Mission of Mexico to the "
             "OAS and Ronald Maunday, Alternate Representative of the Permanent Mission of Trinidad and Tobago were "
             "elected to fill those positions.")
    x = report(tmp_path, ESTABLISHED, first)
    electors = {c.object for c in x.claims if c.predicate == "acta:electedBy"}
    assert len(electors) == 1
    assert (electors.pop(), "acta:meetingOf", WG) in triples(x)


def test_a_bodys_meeting_of_a_day_is_labelled_with_what_the_text_calls_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_41.md (a preambular clause, cut)
    x = extract_resolution(tmp_path, "A/RES/80/41",
                           "Recalling also the 2005 World Summit Outcome adopted at the high-level plenary meeting of "
                           "the General Assembly on 16 September 2005,")
    key = "un/general-assembly/meeting/2005-09-16"  # (keyed as the Assembly's meeting of that day, whatever its kind)
    assert (key, "schema:startDate", Lit("2005-09-16", "xsd:date")) in triples(x, "body-meeting")
    assert x.registry.get(key).label.endswith(": high-level plenary meeting of 2005-09-16")
    # (a meeting the text calls only a meeting is labelled so)
    x = extract_resolution(tmp_path, "A/RES/80/41",
                           "Recalling the meeting of the General Assembly on 16 September 2005,")
    assert x.registry.get(key).label.endswith(": meeting of 2005-09-16")


def test_a_group_that_was_convened_in_two_years_met_in_each(tmp_path: Path) -> None:
    """/work/shared/corpus/un-ga-80/A_RES_80_19.md."""
    x = resolution(tmp_path, "Recalling the comprehensive and substantive discussions of the Group of Governmental "
                             "Experts that was convened in 2018 and 2019 pursuant to its resolution 72/250 of 24 "
                             "December 2017,")
    group = "body/group-of-governmental-experts"
    met = {s for s, p, o in triples(x, "body-meeting") if p == "acta:meetingOf" and o == group}
    assert met == {f"{group}/meeting/2018", f"{group}/meeting/2019"}


def test_a_body_that_met_in_a_place_on_two_sets_of_days_held_two_meetings_there(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_68.md (a preambular clause, its group's name cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/68",
        "Noting with satisfaction also that the Group of Governmental Experts on Emerging Technologies in the Area of "
        "Lethal Autonomous Weapons Systems met in Geneva from 3 to 7 March and from 1 to 5 September 2025,")
    got = {(c.subject, c.predicate, c.object) for c in x.claims if c.rule == "body-meeting"}
    meetings = sorted({s for s, p, o in got if p == "acta:meetingOf"})
    assert len(meetings) == 2
    assert {(p, o) for s, p, o in got if s == meetings[0] and p != "acta:meetingOf"} == {
        ("schema:startDate", Lit("2025-03-03", "xsd:date")), ("schema:endDate", Lit("2025-03-07", "xsd:date")),
        ("schema:location", "city/geneva")}
    assert ("schema:endDate", Lit("2025-09-05", "xsd:date")) in {(p, o) for s, p, o in got if s == meetings[1]}


def test_a_working_group_held_on_days_met_then(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_48.md (a preambular clause, cut)
    x = resolution(tmp_path, "Noting also the deliberations at the working group on further strengthening the review "
                             "process of the Treaty on the Non-Proliferation of Nuclear Weapons, held from 24 to 28 "
                             "July 2023, and the first session of the Preparatory Committee,")
    group = "body/working-group-on-further-strengthening-the-review-process"
    meeting = f"{group}/meeting/2023-07-24"
    assert {(meeting, "acta:meetingOf", group), (meeting, "schema:startDate", Lit("2023-07-24", "xsd:date")),
            (meeting, "schema:endDate", Lit("2023-07-28", "xsd:date"))} <= triples(x, "body-meeting") | triples(x)
    # a body that is no group is not "held" so: "the Council, held …" names no meeting of it
    y = resolution(tmp_path, "Noting the statement of the Security Council, held on 3 May 2024,")
    assert not [e for e in y.registry if e.kind == "meeting" and "/meeting/" in e.key]


def test_a_group_which_was_established_and_which_met_somewhere_in_two_years(tmp_path: Path) -> None:
    from test_founding import GROUP_30
    x = extract_resolution(tmp_path, "A/RES/80/30", *GROUP_30)
    group = ("body/open-ended-working-group-on-the-fourth-special-session-of-the-general-assembly-devoted-to-"
             "disarmament")
    met = {(c.subject, c.object) for c in x.claims if c.rule == "body-meeting" and c.predicate == "schema:startDate"}
    assert met == {(f"{group}/meeting/{year}", Lit(year, "xsd:gYear")) for year in ("2016", "2017")}
    assert (f"{group}/meeting/2016", "schema:location", "city/new-york") in triples(x)


def test_the_work_of_a_group_in_a_list_of_years_is_a_meeting_a_year(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_21.md (a preambular clause, cut); one year alone names no meeting
    x = resolution(tmp_path, "Taking into account the work done by the Group of Governmental Experts on Further "
                             "Practical Measures for the Prevention of an Arms Race in Outer Space in 2018 and 2019 in "
                             "the search for further practical measures,",
                   "Noting the work done by the Open-ended Working Group on Space Threats in 2024,")
    group = ("body/group-of-governmental-experts-on-further-practical-measures-for-the-prevention-of-an-arms-race-in-"
             "outer-space")
    met = {(s, o.value) for s, p, o in triples(x, "body-meeting") if p == "schema:startDate"}
    assert met == {(f"{group}/meeting/2018", "2018"), (f"{group}/meeting/2019", "2019")}


def test_a_group_convened_in_years_pursuant_to_a_resolution_is_convened_by_it_each_year(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_19.md, a preambular clause
    x = extract_resolution(tmp_path, "A/RES/80/19",
                           "Recalling the comprehensive and substantive discussions of the Group of Governmental "
                           "Experts that was convened in 2018 and 2019 pursuant to its resolution 72/250 of 24 "
                           "December 2017,")
    got = {(s, o) for s, p, o in rule_triples(x, "body-meeting") if p == "acta:convenedBy"}
    assert got == {(f"body/group-of-governmental-experts/meeting/{year}", "un/a/res/72/250") for year in (2018, 2019)}


def test_the_meetings_a_budget_for_a_year_pays_for_are_held_that_year(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, Table 3 (cut); a row of the next table,
    # and a meeting named outside a table, get no year
    from test_requests import IPBES_HEAD
    from test_requests import report as ipbes_report
    x = ipbes_report(tmp_path, IPBES_HEAD + "Table 3\n\nBudget for 2013 adopted by IPBES-1\n\n"
                     "Meetings of the Platform bodies\n\n1st meeting of the Bureau[9] (6 days)\n\n"
                     "(Meeting costs: 10 000, travel costs – 5 supported: 20 000)\n\n30 000\n\n"
                     "2nd meeting of the MEP (3 days)\n\nTable 4\n\nIndicative costs\n\n"
                     "3rd meeting of the Bureau (6 days)\n\n"
                     "(44) The Plenary noted that the 4th meeting of the Bureau (6 days) would follow.\n")
    assert {(s, o) for s, _, o in rule_triples(x, "budget-year")} == {
        ("ipbes/bureau/meeting/n1", Lit("2013", "xsd:gYear")), ("ipbes/mep/meeting/n2", Lit("2013", "xsd:gYear"))}


def test_the_general_debate_of_a_body_at_its_session_is_an_event_of_that_session(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_1.md paragraphs 1 (a) and 2 (cut); then a general debate of no session
    x = extract_resolution(tmp_path, "A/RES/80/1",
                           "(a) The State of Palestine may submit a pre‑recorded statement of its President, which "
                           "will be played in the General Assembly Hall during the general debate of the Assembly at "
                           "its eightieth session;",
                           "2. Also decides that, in addition to the records of the general debate of the General "
                           "Assembly at its eightieth session, the President of the General Assembly will circulate "
                           "the statement;",
                           "3. Notes the general debate on disarmament in the First Committee;")
    session = "un/general-assembly/session/regular-80"
    assert rule_triples(x, "general-debate") == {(f"{session}/general-debate", "schema:superEvent", session)}
    assert x.registry.get(f"{session}/general-debate").label == (
        "general debate (eightieth session of the General Assembly of the United Nations)")
    assert [e.key for e in x.registry if e.key.endswith("general-debate")] == [f"{session}/general-debate"]


def test_a_meeting_a_body_is_asked_to_convene_is_named_by_its_words_and_requested(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md (cut) and, in a resolution's shape, the IPBES report's Decision
    # IPBES/1/2 paragraph 9 (cut): a conference that may be convened is no meeting asked for
    x = extract_resolution(tmp_path, "A/RES/80/5",
                           "9. Requests the Secretary-General to support the Multidisciplinary Expert Panel in "
                           "convening a multidisciplinary and regionally balanced expert and stakeholder workshop, "
                           "among other actions, to provide input on this matter;",
                           "10. Calls upon States to keep all options open, including the possibility of convening an "
                           "international conference to identify ways of eliminating nuclear dangers;")
    workshop = "un/a/res/80/5/multidisciplinary-and-regionally-balanced-expert-and-stakeholder-workshop"
    assert x.registry.get(workshop).kind == "meeting"
    assert rule_triples(x, "convening-a") == {(workshop, "acta:convener", "ipbes/mep")}
    assert (workshop, "acta:requestedBy", "un/a/res/80/5") in rule_triples(x, "request")
    assert not [e.key for e in x.registry if e.key.endswith("international-conference")]
