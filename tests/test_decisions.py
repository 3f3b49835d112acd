"""graph/decisions.py: decisions known by the body that took them and when, in resolutions' own words."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution, rule_triples

from graph.extract import Extraction, Lit, extract
from graph.text import read_document


def resolution(tmp_path: Path, *paragraphs: str) -> Extraction:
    path = tmp_path / "A_RES_81_7.md"
    text = "---\nsymbol: A/RES/81/7\n---\n\nThe General Assembly,\n\n" + "\n\n".join(paragraphs) + "\n"
    path.write_text(text, encoding="utf-8")
    return extract(read_document(path))


def facts(x: Extraction, rule: str | None = None) -> set[tuple[str, str, object]]:
    return {(c.subject, c.predicate, c.object) for c in x.claims if rule is None or c.rule == rule}


def decisions(x: Extraction) -> dict[str, str]:
    return {k: e.label for k, e in x.registry.entities.items() if e.kind == "decision"}


def test_a_decision_dated_by_the_text_is_that_decision_and_the_clause_cites_it(tmp_path: Path) -> None:
    x = resolution(tmp_path, "Welcoming the decision taken by the Peace and Security Council of the African Union "
                             "on 12 March 2024 to lift the suspension of the country,")
    key = "african-union/psc/decision/2024-03-12"
    assert decisions(x) == {key: "decision of the Peace and Security Council of the African Union of 12 March 2024"}
    assert (key, "acta:adoptedBy", "african-union/psc") in facts(x, "decision-by")
    assert (key, "acta:adoptionDate", Lit("2024-03-12", "xsd:date")) in facts(x, "decision-by")
    assert ("un/a/res/81/7", "acta:welcomes", key) in facts(x)


def test_decisions_adopted_at_two_sessions_are_two_decisions(tmp_path: Path) -> None:
    x = resolution(tmp_path, "Taking note of the decisions adopted by the Conference of Heads of State and Government "
                             "of the Economic Community of West African States at its fifth extraordinary session, on "
                             "the situation in the region, held on 3 March 2023 in Abuja, and at its sixty-fourth "
                             "ordinary session, held from 10 to 12 December 2023, also in Abuja,")
    conference = "ecowas/conference-of-heads-of-state-and-government"
    found = decisions(x)
    assert len(found) == 2, found
    one_day = f"{conference}/decision/2023-03-03"
    assert found[one_day] == "decision of the Conference of Heads of State and Government of 3 March 2023"
    # a session of three days does not date its decision: the decision is known by its session
    three_days = next(k for k in found if k != one_day)
    assert three_days.endswith("/decision") and "sixty-fourth ordinary session" in found[three_days]
    assert {(k, p) for k, p, _ in facts(x, "decision-by")} >= {
        (one_day, "acta:adoptedBy"), (one_day, "acta:adoptionDate"), (one_day, "acta:adoptedAt"),
        (three_days, "acta:adoptedBy"), (three_days, "acta:adoptedAt")}
    assert not any(k == three_days and p == "acta:adoptionDate" for k, p, _ in facts(x))


def test_the_decision_without_who_took_it_is_still_the_last_one_named(tmp_path: Path) -> None:
    x = resolution(tmp_path, "Recalling its decision 79/512 of 2 December 2024,",
                   "Recalling also that decision, and the report of the Secretary-General,")
    assert decisions(x) == {"un/a/dec/79/512": "A/DEC/79/512"}  # the one its symbol names, no other
    assert not facts(x, "decision-by")


def test_a_decision_with_neither_date_nor_session_is_known_by_what_it_decided(tmp_path: Path) -> None:
    x = resolution(tmp_path, "Recalling the decision taken by the Peace and Security Council of the African Union to "
                             "deploy a mission,")
    assert not facts(x, "decision-by")  # no day, no session: not this module's (graph/described.py names it)
    assert decisions(x) == {"african-union/psc/decision/to-deploy-a-mission":
                            "decision of the Peace and Security Council of the African Union to deploy a mission"}


# --- a report's annexed decisions ---------------------------------------------------------------
REPORT = """Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services

Report of the second session of the Plenary of the Platform

meeting report IPBES-2-17 of 2013

Commenced on 20 December 2013

(1) The second session of the Plenary of the Intergovernmental Science-Policy Platform on Biodiversity and \
Ecosystem Services was held in Antalya from 9 to 14 December 2013.

(30) The following decisions were adopted by the Plenary on Saturday, 14 December 2013 at 6 p.m. followed by the \
adoption of the meeting report:

Decision IPBES/2/5 Work programme for the period 2014-2018

Decision IPBES/2/7 Budget for the biennium 2014-2015

Part X – Closure of the session

Annex I

Decision IPBES/2/5 Work programme for the period 2014-2018

The Plenary,

(1) Takes note of the note by the secretariat on the budget (IPBES/2/12);

(2) Requests the secretariat to compile the nominations received;

(3) Requests the Multidisciplinary Expert Panel and the Bureau, to:

(a) develop a draft work programme for 2014-2018;

(b) recommend a conceptual framework for adoption by the Plenary at its third session;

(4) Invites United Nations bodies related to biodiversity and ecosystem services to submit inputs;

Annex II

Rules for the admission of observers

(1) Requests the secretariat to prepare a note on the admission of observers;
"""


def report(tmp_path: Path) -> Extraction:
    path = tmp_path / "ipbes-2-report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return extract(read_document(path))


def requests(x: Extraction) -> set[tuple[str, str, str]]:
    by = {c.subject: c.object for c in x.claims if c.predicate == "acta:requestedIn"}
    to = {c.subject: c.object for c in x.claims if c.predicate == "acta:addressee"}
    what = {c.subject: c.object.value for c in x.claims if c.predicate == "acta:action"}
    return {(by[r], to[r], what[r]) for r in by if r in to and r in what}


def test_an_annexed_decision_speaks_its_own_clauses_until_the_next_annex(tmp_path: Path) -> None:
    x = report(tmp_path)
    decision = "ipbes/dec/2/5"
    assert (decision, "acta:adoptedBy", "ipbes/plenary") in facts(x, "annexed-decision")
    # numbered "(2) Requests …", a "…, to:" list of bare verbs, "the secretariat" / "the Bureau" of the Platform
    assert requests(x) == {
        (decision, "ipbes/secretariat", "compile the nominations received"),
        (decision, "ipbes/mep", "develop a draft work programme for 2014-2018"),
        (decision, "ipbes/bureau", "develop a draft work programme for 2014-2018"),
        (decision, "ipbes/mep", "recommend a conceptual framework for adoption by the Plenary at its third session"),
        (decision, "ipbes/bureau", "recommend a conceptual framework for adoption by the Plenary at its third session"),
        (decision, "group/united-nations-bodies", "submit inputs"),
    }  # not "United Nations" (it only qualifies "bodies", a group), nor Annex II's request (no decision speaks it)
    assert any(s == decision and p == "acta:takesNoteOf" for s, p, _ in facts(x))


# /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, Annex IV (Decision IPBES/1/3, cut)
ANNEX_IV = """Annex IV

Decision IPBES/1/3 Procedure for receiving and prioritizing requests put to the Platform

The Plenary,

Adopts the procedure for receiving and prioritizing requests put to the Platform as contained in the Annex to this \
decision.
"""


def report_with_annex(tmp_path: Path, annex: str) -> Extraction:
    """The report's body up to its annexes, and one annex of a decision."""
    path = tmp_path / "ipbes-1-report.txt"
    path.write_text(REPORT.split("Annex I\n")[0] + annex, encoding="utf-8")
    return extract(read_document(path))


def test_the_text_an_annexed_decision_adopts_in_its_annex_is_adopted_by_who_adopted_the_decision(
        tmp_path: Path) -> None:
    x = report_with_annex(tmp_path, ANNEX_IV)
    annex = "ipbes/dec/1/3/annex"
    assert facts(x, "annexed-text") == {
        ("ipbes/dec/1/3", "acta:adopts", annex),
        (annex, "dcterms:title", Lit("Procedure for receiving and prioritizing requests put to the Platform")),
        (annex, "acta:adoptedBy", "ipbes/plenary"),
        (annex, "acta:adoptedIn", "ipbes/dec/1/3"),
    }


# the same report's Annex VI (Decision IPBES/1/5, cut); then a budget approved in no decision
ANNEX_VI = """Annex VI

Decision IPBES/1/5 Status of contributions and initial budget for the Platform for 2013

The Plenary,

(3) Approves the proposed budget for 2013 (Table 3);

(4) Requests the secretariat to develop the budget for 2014 for consideration at the second session of the Plenary;
"""


def test_the_budget_a_decision_approves_for_a_year_is_a_text_approved_by_who_adopted_the_decision(
        tmp_path: Path) -> None:
    x = report_with_annex(tmp_path, ANNEX_VI)
    budget = "ipbes/dec/1/5/budget-for-2013"
    assert facts(x, "period-text") == {
        ("ipbes/dec/1/5", "acta:approves", budget),
        (budget, "dcterms:title", Lit("Budget for 2013")),
        (budget, "acta:approvedBy", "ipbes/plenary"),
    }  # (not the budget for 2014 the secretariat is asked to develop)
    # a resolution's, approved by the Assembly (not "Approves the report …": no period)
    resolution = extract_resolution(tmp_path, "A/RES/80/5", "3. Approves the proposed programme of work for 2026;",
                                    "4. Approves the report of the Committee for 2026;")
    assert rule_triples(resolution, "period-text") == {
        ("un/a/res/80/5", "acta:approves", "un/a/res/80/5/programme-of-work-for-2026"),
        ("un/a/res/80/5/programme-of-work-for-2026", "dcterms:title", Lit("Programme of work for 2026")),
        ("un/a/res/80/5/programme-of-work-for-2026", "acta:approvedBy", "un/general-assembly")}


def test_the_text_an_annexed_decision_adopts_has_the_decisions_day(tmp_path: Path) -> None:
    # the same report's paragraph 43 (cut) lists the decision as adopted that day
    path = tmp_path / "ipbes-1-report.txt"
    path.write_text("(43) The following decisions were adopted by the Plenary on Saturday, 26 January 2013 at 7 "
                    "p.m.:\n\nDecision IPBES/1/3 Procedure for receiving and prioritizing requests put to the "
                    "Platform\n\n" + ANNEX_IV, encoding="utf-8")
    x = extract(read_document(path))
    assert ("ipbes/dec/1/3/annex", "acta:adoptionDate", Lit("2013-01-26", "xsd:date")) in facts(x, "annexed-text")


def test_the_decisions_a_report_lists_as_adopted_get_their_body_date_and_session(tmp_path: Path) -> None:
    x = report(tmp_path)
    for decision in ("ipbes/dec/2/5", "ipbes/dec/2/7"):
        assert (decision, "acta:adoptedBy", "ipbes/plenary") in facts(x, "following-adopted")
        assert (decision, "acta:adoptionDate", Lit("2013-12-14", "xsd:date")) in facts(x, "following-adopted")
        assert (decision, "acta:adoptedAt", "ipbes/plenary/session/regular-2") in facts(x, "following-adopted")


def test_a_report_known_by_its_register_line_is_the_document_adopted_with_its_decisions(tmp_path: Path) -> None:
    x = report(tmp_path)
    assert x.self_key == "ipbes/2/17"
    assert (x.self_key, "dcterms:title", Lit("Report of the second session of the Plenary of the Platform")) in facts(x)
    assert (x.self_key, "acta:adoptedBy", "ipbes/plenary") in facts(x, "following-adopted")
    # the register's "Commenced on" is when a report was published, not adopted
    dates = [o for s, p, o in facts(x) if s == x.self_key and p == "acta:adoptionDate"]
    assert dates == [Lit("2013-12-14", "xsd:date")]


def test_the_decision_of_a_body_of_a_day_and_a_numbered_decision_of_a_conference(tmp_path: Path) -> None:
    x = resolution(tmp_path,
                   # /work/shared/corpus/un-ga-80/A_RES_80_19.md and A_RES_80_68.md (clauses, cut)
                   "Recalling the re-establishment of the Ad Hoc Committee, subject to re-examination of the mandate "
                   "contained in the decision of the Conference on Disarmament of 13 February 1992,",
                   "Noting the work of the Group of Governmental Experts, established in decision 1 of the Fifth "
                   "Review Conference of the High Contracting Parties to the Convention,",
                   # no day, no session: one decision by what it decided (graph/described.py), not this module's
                   "Taking note of the decision of the Conference on Disarmament to establish a working group,")
    cd = "un/conference-on-disarmament/decision/1992-02-13"
    assert (cd, "acta:adoptedBy", "un/conference-on-disarmament") in facts(x, "decision-by")
    assert (cd, "acta:adoptionDate", Lit("1992-02-13", "xsd:date")) in facts(x, "decision-by")
    numbered = {(s, o) for s, p, o in facts(x, "numbered-decision") if p == "acta:adoptedBy"}
    assert len(numbered) == 1
    (key, meeting), = numbered
    assert key == f"{meeting}/decision/1" and x.registry.get(meeting).label.startswith("Fifth Review Conference")
    assert sorted(e.key for e in x.registry if e.kind == "decision") == sorted(
        [cd, key, "un/conference-on-disarmament/decision/to-establish-a-working-group"])


def test_a_notes_numbered_decision_in_the_annex_of_a_conferences_final_document(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_33.md, a clause and its note 2 (cut)
    x = resolution(tmp_path,
                   "Recalling the principles and objectives for nuclear non-proliferation and disarmament,2\n\n"
                   "[^2]: 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation "
                   "of\n    Nuclear Weapons, Final Document, Part I (NPT/CONF.1995/32 (Part I) and NPT/CONF.1995/32\n"
                   "    (Part I)/Corr.2), annex, decision 2.")
    numbered = {(s, o) for s, p, o in facts(x, "numbered-decision") if p == "acta:adoptedBy"}
    assert len(numbered) == 1
    (key, meeting), = numbered
    assert key == f"{meeting}/decision/2" and meeting.endswith("/1995")
    assert x.registry.get(key).label.startswith("decision 2 of the 1995 Review and Extension Conference")


def test_a_text_of_a_meeting_known_by_its_topic_is_cited_and_its_day_is_not_the_meetings(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_67.md and A_RES_80_11.md, preambular clauses (shortened)
    x = extract_resolution(tmp_path, "A/RES/80/67",
                           "Recalling the resolution on the Middle East adopted by the 1995 Review and Extension "
                           "Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons on "
                           "11 May 1995, in which the Conference noted with concern …,",
                           "Recalling the relevant provisions adopted at the Summit of the Future on 22 and "
                           "23 September 2024,")
    (text,) = [e for e in x.registry if e.kind == "resolution" and e.label == "resolution on the Middle East"]
    facts = {(c.predicate, c.object) for c in x.claims if c.subject == text.key}
    meeting = next(o for p, o in facts if p == "acta:adoptedBy")
    assert x.registry.get(meeting).label.startswith("1995 Review and Extension Conference")
    assert ("acta:adoptionDate", Lit("1995-05-11", "xsd:date")) in facts
    assert ("acta:adoptedAt", meeting) in facts
    assert ("un/a/res/80/67", "acta:recalls", text.key) in {(c.subject, c.predicate, c.object) for c in x.claims}
    starts = {c.subject: c.object for c in x.claims if c.predicate == "schema:startDate"}
    assert starts[meeting] == Lit("1995", "xsd:gYear")  # the day is the resolution's, not the conference's
    assert starts["meeting/summit-of-the-future"] == Lit("2024-09-22", "xsd:date")  # two days: the meeting's



def test_a_text_of_a_meeting_known_by_its_topic_of_that_meeting(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_48.md, a preambular clause (cut)
    x = extract_resolution(tmp_path, "A/RES/80/48",
                           "Recognizing also the importance of implementing the decisions and the resolution on "
                           "the Middle East of the 1995 Review and Extension Conference of the Parties to the Treaty "
                           "on the Non-Proliferation of Nuclear Weapons, and in accordance with the 1995 resolution "
                           "on the Middle East,",
                           "Recalling the resolution on follow-up to the outcome of the Fourth World Conference on "
                           "Women,")
    (text,) = [e for e in x.registry if e.kind == "resolution" and e.label == "resolution on the Middle East"]
    facts = {(c.predicate, c.object) for c in x.claims if c.subject == text.key}
    assert ("acta:adoptionDate", Lit("1995", "xsd:gYear")) in facts
    assert x.registry.get(next(o for p, o in facts if p == "acta:adoptedAt")).label.startswith(
        "1995 Review and Extension Conference")
    claims = {(c.subject, c.predicate, c.object, c.rule) for c in x.claims}
    assert ("un/a/res/80/48", "acta:recognizes", text.key, "citing-clause") in claims
    # "the 1995 resolution on the Middle East" is that one, in accordance with which the resolution acts
    assert ("un/a/res/80/48", "acta:inAccordanceWith", text.key, "text-of-a-year") in claims
    # a topic that is no name is not a text of the meeting it names
    assert [e.label for e in x.registry if e.kind == "resolution" and "Women" in e.label] == []

def test_a_text_keyed_under_a_short_name_moves_with_its_meeting_to_the_full_name(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_67.md: the conference named in full, then by a shorter name
    x = extract_resolution(tmp_path, "A/RES/80/67",
                           "Recalling the decision on principles and objectives adopted by the 1995 Review and "
                           "Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear "
                           "Weapons on 11 May 1995,",
                           "Recalling the resolution on the Middle East adopted by the 1995 Review and Extension "
                           "Conference of the Parties to the Treaty on 11 May 1995,")
    full = ("series/review-and-extension-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-nuclear-"
            "weapons/1995")
    texts = sorted(e.key for e in x.registry if e.kind in ("resolution", "decision") and e.key.startswith("series/"))
    assert texts and all(k.startswith(full + "/") for k in texts), texts
    assert f"{full}/resolution/the-middle-east" in texts


# --- a text the resolution adopts, annexed to it ------------------------------------------------------------------

def test_the_annex_a_resolution_endorses_speaks_its_own_clauses(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md: para. 1 and the annex's first clauses (cut)
    x = resolution(tmp_path,
                   "1. Endorses the political declaration adopted by the Third United Nations Conference on Landlocked "
                   "Developing Countries, which is contained in the annex to the present resolution;",
                   "18th plenary meeting 14 October 2025", "Annex",
                   "2. We recall resolution 78/266 of 14 March 2024 on the preparations for the Conference,",
                   "24. We request the Secretary-General to ensure the full mobilization and coordination of all "
                   "relevant organs of the United Nations system;")
    annex = "un/a/res/81/7/annex"
    assert x.registry.get(annex).label == ("Political declaration of the Third United Nations Conference on Landlocked "
                                           "Developing Countries")
    found = facts(x)
    assert ("un/a/res/81/7", "acta:endorses", annex) in found
    assert (annex, "acta:recalls", "un/a/res/78/266") in found
    assert ("un/a/res/81/7", "acta:recalls", "un/a/res/78/266") not in found
    requests = [c.subject for c in x.claims if c.predicate == "acta:requestedIn" and c.object == annex]
    assert len(requests) == 1
    assert (annex, "acta:adoptedBy", "series/united-nations-conference-on-landlocked-developing-countries/3") in found


def test_a_named_text_annexed_to_the_resolution_speaks_after_its_annex_line(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md: the annex line carries the title
    x = resolution(tmp_path,
                   "Adopts the 2025 Political Declaration on the Implementation of the United Nations Global Plan of "
                   "Action to Combat Trafficking in Persons, annexed to the present resolution.",
                   "48th plenary meeting 24 November 2025",
                   "Annex 2025 Political Declaration on the Implementation of the United Nations Global Plan of Action "
                   "to Combat Trafficking in Persons",
                   "3. We reaffirm our commitment to resolution 64/293 of 30 July 2010,")
    declaration = next(k for k, e in x.registry.entities.items() if e.label.startswith("2025 Political Declaration"))
    assert (declaration, "acta:reaffirms", "un/a/res/64/293") in facts(x)
    assert ("un/a/res/81/7", "acta:reaffirms", "un/a/res/64/293") not in facts(x)


def test_an_annex_the_resolution_did_not_adopt_is_still_the_resolutions(tmp_path: Path) -> None:
    x = resolution(tmp_path, "1. Decides to adopt the programme of work contained in the annex;",
                   "18th plenary meeting 14 October 2025", "Annex",
                   "2. Reaffirms resolution 70/1 of 25 September 2015,")
    assert ("un/a/res/81/7", "acta:reaffirms", "un/a/res/70/1") in facts(x)


def test_a_decision_on_a_topic_adopted_by_a_body_on_a_day_is_that_bodys_decision(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_65.md para. 3 (cut): "the Conference" is the Conference on Disarmament
    # the sentence named, a listed body
    x = resolution(tmp_path, "3. Calls upon the Conference on Disarmament to further intensify consultations, bearing "
                             "in mind the decision on the programme of work adopted by the Conference on 29 May 2009, "
                             "as well as other relevant decisions and proposals;")
    key = "un/conference-on-disarmament/decision/2009-05-29"
    assert decisions(x) == {key: "decision on the programme of work"}
    found = facts(x, "text-on-topic")
    assert (key, "acta:adoptedBy", "un/conference-on-disarmament") in found
    assert (key, "acta:adoptionDate", Lit("2009-05-29", "xsd:date")) in found


def test_a_decision_described_by_its_session_is_the_one_its_note_prints(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_60.md: note 2 prints the UN document reproducing the decision, then the
    # decision's own symbol; the description and the symbol are one decision
    x = extract_resolution(
        tmp_path, "A/RES/80/60",
        "Recalling the decision taken by the Executive Council of the African Union at its eighth ordinary session, "
        "held in Khartoum from 16 to 21 January 2006,2 in which the Council called upon member States to make "
        "voluntary contributions to the Regional Centre,",
        "2 A/60/693, annex II, decision EX.CL/Dec.263 (VIII).")
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert ("un/a/res/80/60", "acta:recalls", "au/ex.cl/dec/263") in facts
    assert ("au/ex.cl/dec/263", "acta:adoptedBy", "african-union/executive-council") in facts
    adopted_at = [c.object for c in x.claims if c.subject == "au/ex.cl/dec/263" and c.predicate == "acta:adoptedAt"]
    assert [x.registry.get(k).label for k in adopted_at] == [
        "eighth ordinary session of the Executive Council of the African Union"]
    assert not [e.key for e in x.registry if e.kind == "decision" and e.key != "au/ex.cl/dec/263"]


def test_the_decision_a_body_took_in_a_month_is_the_one_named_before_as_of_that_month(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_60.md: the preamble's decision, then paragraph 11's "in conformity with the
    # decision taken by the Executive Council … in Khartoum in January 2006"
    x = extract_resolution(
        tmp_path, "A/RES/80/60",
        "Recalling the decision taken by the Executive Council of the African Union at its eighth ordinary session, "
        "held in Khartoum from 16 to 21 January 2006,2 in which the Council called upon member States to make "
        "voluntary contributions to the Regional Centre,",
        "11. Urges States members of the African Union to make voluntary contributions to the trust fund, in "
        "conformity with the decision taken by the Executive Council of the African Union in Khartoum in January 2006;",
        "2 A/60/693, annex II, decision EX.CL/Dec.263 (VIII).")
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert ("un/a/res/80/60", "acta:inConformityWith", "au/ex.cl/dec/263") in facts
    assert not [e.key for e in x.registry if e.kind == "decision" and e.key != "au/ex.cl/dec/263"]


def test_a_resolution_on_a_topic_adopted_on_a_day_by_a_conference(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_45.md: the day before the conference
    x = extract_resolution(
        tmp_path, "A/RES/80/45",
        "Reaffirming the resolution on the Middle East adopted on 11 May 1995 by the 1995 Review and Extension "
        "Conference, in which the Conference reaffirmed the importance of the early realization of universal "
        "adherence to the Treaty,")
    [key] = [e.key for e in x.registry if e.kind == "resolution" and "middle-east" in e.key]
    facts = {(c.predicate, c.object) for c in x.claims if c.subject == key}
    assert ("acta:adoptionDate", Lit("1995-05-11", "xsd:date")) in facts
    assert ("dcterms:title", Lit("Resolution on the Middle East")) in facts
    assert ("un/a/res/80/45", "acta:reaffirms", key) in {(c.subject, c.predicate, c.object) for c in x.claims}


def test_a_decision_of_a_session_within_one_month_is_of_that_month(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_60.md and, for the control, A_RES_80_6.md (the date is another session's)
    x = extract_resolution(
        tmp_path, "A/RES/80/60",
        "Recalling the decision taken by the Executive Council of the African Union at its eighth ordinary session, "
        "held in Khartoum from 16 to 21 January 2006,2 in which the Council called upon member States,",
        "2 A/60/693, annex II, decision EX.CL/Dec.263 (VIII).",
        "30. Also takes note of the decision of the Assembly of States Parties to the Rome Statute of the "
        "International Criminal Court at its twenty-third session, while recalling that the Assembly of States "
        "Parties looks forward to the twenty-fifth session, scheduled to be held from 7 to 17 December 2026;")
    dates = {c.subject: c.object for c in x.claims if c.predicate == "acta:adoptionDate" and c.rule == "decision-by"}
    assert dates == {"au/ex.cl/dec/263": Lit("2006-01", "xsd:gYearMonth")}


def test_decisions_and_a_resolution_a_meeting_adopted_listed_by_their_topics(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md (a preambular clause, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/24",
        "Reaffirming the importance of the decision on strengthening the review process for the Treaty, the "
        "decision on the extension of the Treaty and the resolution on the Middle East, adopted by the 1995 Review "
        "and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,")
    conference = ("series/review-and-extension-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-"
                  "nuclear-weapons/1995")
    adopted = {c.subject for c in x.claims if c.predicate == "acta:adoptedBy" and c.object == conference}
    assert sorted((x.registry.get(k).kind, x.registry.get(k).label) for k in adopted) == [
        ("decision", "decision on strengthening the review process for the Treaty"),
        ("decision", "decision on the extension of the Treaty"),
        ("resolution", "resolution on the Middle East")]
    cited = {c.object for c in x.claims if c.subject == "un/a/res/80/24" and c.predicate == "acta:reaffirms"}
    assert adopted <= cited


def test_decisions_a_meeting_adopted_on_topics_listed_respectively_are_one_each(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_45.md (a preambular clause); and a made-up list whose count does not match
    x = resolution(tmp_path,
                   "Recalling also that, on 11 May 1995, the 1995 Review and Extension Conference of the Parties to "
                   "the Treaty on the Non-Proliferation of Nuclear Weapons adopted three decisions on, respectively, "
                   "strengthening the review process for the Treaty, principles and objectives for nuclear "
                   "non-proliferation and disarmament, and extension of the Treaty,",
                   "Recalling further that the 2000 Review Conference of the Parties to the Treaty on the "
                   "Non-Proliferation of Nuclear Weapons adopted three decisions on transparency and verification,")
    got = facts(x, "text-on-topic")
    titles = sorted(o.value for s, p, o in got if p == "dcterms:title")
    assert titles == ["Decision on extension of the Treaty",
                      "Decision on principles and objectives for nuclear non-proliferation and disarmament",
                      "Decision on strengthening the review process for the Treaty"]
    assert {o for s, p, o in got if p == "acta:adoptionDate"} == {Lit("1995-05-11", "xsd:date")}
    assert {x.registry.get(o).label for s, p, o in got if p == "acta:adoptedBy"} == {
        "1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons"}
    # the clause recalls what it says was adopted
    texts = {s for s, p, o in got if p == "dcterms:title"}
    assert {o for s, p, o in facts(x, "citing-clause") if p == "acta:recalls" and o in texts} == texts


def test_a_decision_on_a_topic_adopted_on_a_day_is_the_decision_of_the_body_it_names(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_65.md (a preambular clause, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/65",
        "Noting with appreciation the decisions made at the 2025 session to promote substantive discussions, "
        "including, inter alia, the decision on the work of the Conference on Disarmament on the re-establishment, in "
        "accordance with its rules of procedure, of five subsidiary bodies for the 2025 session, adopted on 30 January "
        "2025,")
    key = "un/conference-on-disarmament/decision/2025-01-30"
    got = rule_triples(x, "text-on-topic")
    assert {(key, "acta:adoptedBy", "un/conference-on-disarmament"),
            (key, "acta:adoptionDate", Lit("2025-01-30", "xsd:date"))} <= got
    (title,) = [o for s, p, o in got if p == "dcterms:title"]
    assert title.value.startswith("Decision on the work of the Conference on Disarmament on the re-establishment")
    assert ("un/a/res/80/65", "acta:notes", key) in rule_triples(x, "citing-clause")



def test_decisions_of_a_meeting_held_on_one_day_are_of_that_day(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_68.md (clauses, cut): the day is said in another sentence, quoted there
    x = extract_resolution(
        tmp_path, "A/RES/80/68",
        "Welcoming further the work of the Eighteenth Annual Conference of the High Contracting Parties to Protocol V, "
        "held in Geneva on 11 November 2024,",
        "8. Requests the Secretary-General:",
        "(d) To organize in 2025, in an in-person format, the following Convention-related activities:",
        "(i) The Meeting of Experts of the High Contracting Parties to Protocol V, on 8 September 2025, in accordance "
        "with the relevant decisions taken by the Eighteenth Annual Conference of the High Contracting Parties to "
        "Protocol V;")
    dated = [(c.subject, c.object) for c in x.claims if c.rule == "adopted-at-one-day-meeting"]
    assert dated == [("series/annual-conference-of-the-high-contracting-parties-to-protocol-v/18/decisions",
                      Lit("2024-11-11", "xsd:date"))]
    (claim,) = [c for c in x.claims if c.rule == "adopted-at-one-day-meeting"]
    assert "held in Geneva on 11 November 2024" in x.document.text[claim.start:claim.end]


def test_a_text_the_resolution_endorses_in_its_annex_is_endorsed_by_its_adopter(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md, the operative paragraph, the plenary line and the annex's first line
    x = extract_resolution(tmp_path, "A/RES/80/3",
                           "1. Endorses the political declaration adopted by the Third United Nations Conference on "
                           "Landlocked Developing Countries, which is contained in the annex to the present "
                           "resolution;", "18th plenary meeting 14 October 2025", "Annex",
                           "We welcome the Awaza Programme of Action.")
    assert ("un/a/res/80/3/annex", "acta:endorsedBy", "un/general-assembly") in rule_triples(x, "annexed-text")
