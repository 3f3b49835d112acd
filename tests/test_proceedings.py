"""graph/proceedings.py: what a report of a meeting says happened at it: who attended and spoke, what it considered."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import extract_resolution

from graph.extract import Extraction, Lit, extract
from graph.text import read_document

REPORT = """Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services

Report of the second session of the Plenary of the Intergovernmental Science-Policy Platform on Biodiversity and \
Ecosystem Services

Part I – Opening of the session

(1) The second session of the Plenary of the Intergovernmental Science-Policy Platform on Biodiversity and \
Ecosystem Services was held in Antalya from 9 to 14 December 2013.

(2) Opening remarks were made by Mr. Veysel Eroğlu, Minister of Forestry and Water Affairs of Turkey, and \
Mr. Achim Steiner, Executive Director, United Nations Environment Programme (UNEP).

(3) The Chair recalled the rules agreed upon at the first session of the Plenary, held in Bonn in January 2013.

D – Attendance

(12) Representatives of the following States that are members of the Platform attended the meeting: Argentina, \
Bhutan, Ghana and Zimbabwe.

(13) The following States were present as observers: Afghanistan and Cook Islands.

(14) Representatives of the following United Nations bodies and specialized agencies were also present as \
observers: Food and Agriculture Organization of the United Nations, United Nations Development Programme.

(20) The representatives considered various issues under the agenda item on the basis of the information contained \
in the note by the secretariat on the draft policy and procedures for the admission of observers (IPBES/2/4).

(37) Document IPBES/2/7/Rev.1: Administering the IPBES secretariat: a joint proposal submitted by the United Nations \
Environment Programme and the United Nations Development Programme, was presented by a representative of UNDP.

(39) Document IPBES/2/6: Draft financial procedures for the Platform was presented by the secretariat and opened \
for discussion.

(40) The representatives discussed the issues on the basis of information contained in the initial budget \
requirements for the administration and implementation of the Platform (IPBES/2/10).
"""

SESSION = "ipbes/plenary/session/regular-2"


def extraction(tmp_path: Path, text: str = REPORT) -> Extraction:
    path = tmp_path / "ipbes-2-report.txt"
    path.write_text(text, encoding="utf-8")
    return extract(read_document(path))


def took_part(x: Extraction, prop: str) -> set[str]:
    return {c.object for c in x.claims if c.subject == SESSION and c.predicate == prop}


def test_the_states_that_attended_the_meeting_are_participants_of_the_session_reported_on(tmp_path: Path) -> None:
    x = extraction(tmp_path)
    # "the meeting" is the session the report is of, not the first session the text recalled just before
    assert took_part(x, "acta:participant") == {"country/argentina", "country/bhutan", "country/ghana",
                                                "country/zimbabwe"}
    assert not [c for c in x.claims if c.predicate == "acta:participant" and c.subject != SESSION]


def test_observers_are_states_and_organizations_present_as_observers(tmp_path: Path) -> None:
    x = extraction(tmp_path)
    assert took_part(x, "acta:observer") == {"country/afghanistan", "country/cook-islands", "un/fao", "un/undp"}


def test_a_convention_present_as_an_observer_attends_through_its_secretariat(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, para. 14 (cut)
    observers = ("(14) Representatives of the following United Nations bodies and specialized agencies, "
                 "intergovernmental organizations and secretariats or scientific subsidiary bodies of conventions were "
                 "also present as observers: United Nations University, Arab League, Convention on Biological "
                 "Diversity, Ramsar Convention on Wetlands, and United Nations Framework Convention on Climate Change.")
    x = extraction(tmp_path, re.sub(r"\(14\)[^\n]*", observers, REPORT))
    present = took_part(x, "acta:observer")
    assert "un/unu" in present  # a UN body known by name in any organization's text
    assert {x.registry.get(k).label for k in present if k.startswith("body/secretariat-of-the-")} == {
        "Secretariat of the Convention on Biological Diversity", "Secretariat of the Ramsar Convention on Wetlands",
        "Secretariat of the United Nations Framework Convention on Climate Change"}
    assert not [k for k in present if k.startswith("instrument/")]


def test_who_made_the_opening_remarks_contributed_to_the_session(tmp_path: Path) -> None:
    x = extraction(tmp_path)
    assert took_part(x, "acta:contributor") == {"person/veysel-eroglu", "person/achim-steiner"}


def test_without_a_heading_that_names_the_meeting_nothing_is_guessed(tmp_path: Path) -> None:
    x = extraction(tmp_path, REPORT.replace("Report of the second session", "Summary of the second session"))
    assert not [c for c in x.claims if c.rule in ("attendance", "opening-remarks")]


def objects(x: Extraction, subject: str, prop: str) -> set[object]:
    return {c.object for c in x.claims if c.subject == subject and c.predicate == prop}


def test_the_documents_the_representatives_worked_from_were_considered_by_the_session(tmp_path: Path) -> None:
    x = extraction(tmp_path)
    assert {c.subject for c in x.claims if c.predicate == "acta:consideredBy" and c.object == SESSION} == {
        "ipbes/2/4", "ipbes/2/10"}
    # "… implementation of the Platform (IPBES/2/10)": "Platform" is what the phrase is of, not the title; the whole
    # phrase after "contained in the" is (graph/titles.py, rule_called)
    assert {t.value for t in objects(x, "ipbes/2/10", "dcterms:title")} == {
        "initial budget requirements for the administration and implementation of the Platform"}


def test_the_agenda_the_representatives_adopted_is_adopted_by_the_session_reported_on(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, para. 11, under this fixture's heading
    agenda = "(11) The representatives adopted the agenda as set out in the provisional agenda (IPBES/2/1).\n\n"
    x = extraction(tmp_path, REPORT.replace("D – Attendance", agenda + "D – Attendance"))
    assert objects(x, "ipbes/2/1", "acta:adoptedBy") == {SESSION}
    assert objects(x, "ipbes/2/1", "dcterms:title") == {Lit("provisional agenda")}
    # the documents it worked from were considered, not adopted
    assert objects(x, "ipbes/2/4", "acta:adoptedBy") == set()


def test_an_agenda_a_named_body_adopted_or_one_adopted_in_the_passive(tmp_path: Path) -> None:
    # the other forms UN committee records use for the same act (not in the corpus: written here in their words)
    x = extraction(tmp_path, REPORT.replace("D – Attendance", "(11) The Plenary adopted its agenda (IPBES/2/1).\n\n"
                                                                "D – Attendance"))
    (plenary,) = objects(x, "ipbes/2/1", "acta:adoptedBy")
    assert x.registry.get(plenary).kind in ("body", "meeting") and "Plenary" in x.registry.get(plenary).label
    x = extraction(tmp_path, REPORT.replace("D – Attendance", "(11) The provisional agenda (IPBES/2/1) was "
                                                                "adopted.\n\nD – Attendance"))
    assert objects(x, "ipbes/2/1", "acta:adoptedBy") == {SESSION}


def test_an_agenda_adopted_with_no_symbol_or_by_no_one_named_is_not_guessed(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_66.md, para. 4 (cut): no document is named
    x = extract_resolution(tmp_path, "A/RES/80/66", "4. Notes the fact that, at its 397th meeting, on 7 April 2025, "
                                                    "the Disarmament Commission adopted the agenda for its substantive "
                                                    "session of 2025;")
    assert "un/disarmament-commission" in {e.key for e in x.registry}
    assert not [c for c in x.claims if c.rule == "agenda-adopted"]
    # the same sentence as the IPBES report's, in a text that reports on no meeting: no one to have adopted it
    x = extraction(tmp_path, "(11) The representatives adopted the agenda as set out in the provisional agenda "
                             "(IPBES/2/1).\n")
    assert not [c for c in x.claims if c.rule == "agenda-adopted"]


def test_a_document_introduced_by_its_symbol_gets_its_title_and_who_submitted_it(tmp_path: Path) -> None:
    x = extraction(tmp_path)
    assert objects(x, "ipbes/2/6", "dcterms:title") == {Lit("Draft financial procedures for the Platform")}
    # "was presented by the secretariat": the record's verb (acta:presentedBy, a kind of acta:submittedBy)
    assert objects(x, "ipbes/2/6", "acta:presentedBy") == {"ipbes/secretariat"}
    assert objects(x, "ipbes/2/6", "acta:submittedBy") == set()
    assert objects(x, "ipbes/2/7/rev.1", "dcterms:title") == {Lit("Administering the IPBES secretariat")}
    # submitted by the two programmes; presented by the one whose representative presented it
    assert objects(x, "ipbes/2/7/rev.1", "acta:submittedBy") == {"un/unep", "un/undp"}
    assert objects(x, "ipbes/2/7/rev.1", "acta:presentedBy") == {"un/undp"}


def test_a_contact_group_on_this_matter_is_named_by_its_section_and_has_its_co_chairs(tmp_path: Path) -> None:
    """/work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, Part IV, paragraph 18 (shortened)."""
    x = extraction(tmp_path, REPORT.replace("(40) The representatives", """\
A – Rules of procedure for the meetings of the Plenary

(18) Following an exchange of general remarks by a number of members of the Platform, the Plenary established a \
contact group on this matter, co-chaired by Mr. Robert T. Watson (United Kingdom) and Mr. Leonel Sierralta (Chile).

(40) The representatives"""))
    group = "ipbes/plenary/contact-group/rules-of-procedure-for-the-meetings-of-the-plenary"
    assert x.registry.get(group).label == "contact group on Rules of procedure for the meetings of the Plenary"
    claims = {(c.subject, c.predicate, c.object) for c in x.claims if c.rule == "group-on-matter"}
    assert (group, "acta:establishedBy", "ipbes/plenary") in claims
    chairs = {s.split("/office/")[0] for s, p, o in claims if p == "org:role" and o == "role/co-chair"}
    assert chairs == {"person/robert-watson", "person/leonel-sierralta"}
    # without a section heading before it, "this matter" names nothing
    y = extraction(tmp_path, "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services\n\n"
                   "(18) Following an exchange of general remarks, the Plenary established a contact group on this "
                   "matter, co-chaired by Mr. Robert T. Watson (United Kingdom).\n")
    assert not [c for c in y.claims if c.rule == "group-on-matter"]


def test_a_group_established_in_the_passive_belongs_to_the_organ_the_report_is_of(tmp_path: Path) -> None:
    """/work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, Part VII B, paragraph 38 (shortened)."""
    section = ("B – Link between the Platform and the United Nations system\n\n"
               "(38) Following the introduction of this item by the secretariat, upon a proposal by the Acting Chair, "
               "a friends of the chair group to consider the subject was established, which was chaired by Mr. "
               "Spencer Thomas (Grenada).\n\n(40) The representatives")
    x = extraction(tmp_path, REPORT.replace("(40) The representatives", section))
    group = "ipbes/plenary/friends-of-the-chair-group/link-between-the-platform-and-the-united-nations-system"
    assert x.registry.get(group).label == ("friends of the chair group on Link between the Platform and the United "
                                           "Nations system")
    chairs = {(c.subject.split("/office/")[0], c.object) for c in x.claims
              if c.rule == "group-on-matter" and c.predicate == "org:role"}
    assert chairs == {("person/spencer-thomas", "role/chair")}
    assert not [c for c in x.claims if c.subject == group and c.predicate == "acta:establishedBy"]  # not said


def test_who_takes_part_in_the_aforementioned_meeting_to_come(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_49.md paragraphs 9 and 10 (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/49",
        "9. Reiterates its request to the President of the General Assembly to organize, on 26 September "
        "every year, a one-day high-level plenary meeting of the Assembly to commemorate the Day;\n\n"
        "10. Decides that the aforementioned high-level plenary meeting shall be held with the "
        "participation of Member and observer States, as well as with the participation of the President "
        "of the General Assembly and the Secretary-General;")
    meeting = "un/a/res/80/49/one-day-high-level-plenary-meeting"
    part = {c.object for c in x.claims if c.subject == meeting and c.predicate == "acta:participant"}
    # (the groups too, round 14: "Member and observer States" is two of them, the noun said once)
    assert part == {"un/ga/president", "un/secretary-general", "group/member-states", "group/observer-states"}


def test_the_bodies_a_joint_meeting_is_of_take_part_in_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_44.md, paragraphs 7 and 8 (shortened)
    x = extract_resolution(
        tmp_path, "A/RES/80/44",
        "7. Welcomes the joint ad hoc meetings of the First and Fourth Committees, held on 22 October 2015 and "
        "30 October 2024, on possible challenges to space security and sustainability;",
        "8. Decides to convene a joint half-day panel discussion of the Disarmament and International Security "
        "Committee (First Committee) and the Special Political and Decolonization Committee (Fourth Committee) to "
        "address possible challenges to space security;")
    taking_part: dict[str, set[str]] = {}
    for c in x.claims:
        if c.predicate == "acta:participant":
            taking_part.setdefault(c.subject, set()).add(c.object)
    both = {"un/first-committee", "un/fourth-committee"}
    assert len(taking_part) == 3 and all(v == both for v in taking_part.values()), taking_part
    assert "un/a/res/80/44/joint-half-day-panel-discussion" in taking_part


def test_groups_taking_part_in_a_meeting_to_be_held_not_the_organ_whose_observers_come(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_56.md: "with conference services" is no meeting
    x = extract_resolution(
        tmp_path, "A/RES/80/56",
        "Welcoming the decision for the Secretary-General to convene a one-day meeting on victim assistance and "
        "environmental remediation that encouraged participants to produce recommendations,",
        "1. Decides that the formal meeting will be held in early 2026 at United Nations Headquarters, with conference "
        "services and with the participation of Member States, observer States and observers of the United Nations "
        "General Assembly, where they will share their relevant experience;")
    meeting = "meeting/one-day-meeting-on-victim-assistance-and-environmental-remediation"
    participants = sorted(c.object for c in x.claims if c.subject == meeting and c.predicate == "acta:participant")
    # the Assembly's observers are a group that takes part, not the Assembly
    assert participants == ["group/member-states", "group/observer-states",
                            "group/observers-of-the-united-nations-general-assembly"]
    assert x.registry.get("group/observers-of-the-united-nations-general-assembly").label == \
        "observers of the United Nations General Assembly"
    assert not [e.key for e in x.registry if e.kind == "meeting" and "conference" in e.key]


def test_the_participation_of_groups_and_bodies_at_a_meeting_as_observers(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_54.md para. 8: who took part, named before the meeting
    x = extract_resolution(
        tmp_path, "A/RES/80/54",
        "Welcomes the convening of the third Meeting of States Parties to the Treaty on the Prohibition of Nuclear "
        "Weapons, held at United Nations Headquarters in New York from 3 to 7 March 2025;",
        "8. Further welcomes the participation of States signatories, as well as of other States not Party to the "
        "Treaty, the relevant entities of the United Nations system, regional organizations, the International "
        "Committee of the Red Cross and relevant non‑governmental organizations at the third Meeting of States "
        "Parties as observers;")
    found = {(s, p, o) for s, p, o in ((c.subject, c.predicate, c.object) for c in x.claims
                                       if c.rule == "participation-at")}
    [meeting] = {s for s, _, _ in found}
    assert meeting.endswith("/3") and "meeting-of-states-parties" in meeting
    assert {o for _, p, o in found if p == "acta:observer"} == {
        "group/states-signatories", "group/states", "group/entities-of-the-united-nations-system",
        "group/regional-organizations", "icrc", "group/non-governmental-organizations"}  # ("non‑": U+2011)
    assert not [o for _, p, o in found if o == "un"]  # the Organization is not its own system's entities


def test_a_declarations_speakers_and_those_with_them_took_part_in_the_meeting_where_they_met(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md, annex para. 1 ("Heads of State and Government" is one group)
    x = extract_resolution(
        tmp_path, "A/RES/80/3",
        "1. We, the Heads of State and Government and high-level representatives, met in Awaza, Turkmenistan, from 5 "
        "to 8 August 2025 at the Third United Nations Conference on Landlocked Developing Countries, with the "
        "participation of representatives of intergovernmental and non‑governmental organizations, the private "
        "sector, civil society, academia and other stakeholders, under the theme “Driving progress through "
        "partnerships”;")
    found = {(c.subject, c.object) for c in x.claims if c.rule == "we-met"}
    [meeting] = {s for s, _ in found}
    assert "landlocked-developing-countries" in meeting
    assert {o for _, o in found} >= {"group/heads-of-state-and-government", "group/high-level-representatives",
                                    "group/private-sector", "group/civil-society", "group/academia"}
    assert not [o for _, o in found if "theme" in o or "partnerships" in o]


def test_a_text_circulated_or_distributed_as_a_document_at_the_session_reported_on(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt para. 15 and
    # /work/shared/corpus/oas/2009-csh-gt-mispa-ii-working-group-report.txt (the Andean Community's statement)
    lines = ("(15) A number of representatives attended the meeting as observers. Their names can be found in the "
             "list of participants, which was circulated as document IPBES/2/INF/16.\n\n"
             "(16) In addition, the working group received from the Andean Community a written statement, which will "
             "be distributed as document IPBES/2/INF/17.\n\n")
    x = extraction(tmp_path, REPORT.replace("D – Attendance", lines + "D – Attendance"))
    assert objects(x, "ipbes/2/inf/16", "acta:circulatedAt") == {SESSION}
    assert objects(x, "ipbes/2/inf/16", "dcterms:title") == {Lit("List of participants")}
    assert objects(x, "ipbes/2/inf/17", "acta:distributedAt") == {SESSION}
    assert objects(x, "ipbes/2/inf/17", "dcterms:title") == {Lit("Written statement")}
    # in a text that reports on no meeting, what it is is read, not where it was given out
    x = extraction(tmp_path, lines)
    assert objects(x, "ipbes/2/inf/16", "dcterms:title") == {Lit("List of participants")}
    assert not [c for c in x.claims if c.predicate in ("acta:circulatedAt", "acta:distributedAt")]


# /work/shared/corpus/un-ga-80/A_RES_80_56.md, preamble (cut) and paragraphs 1-3
MODALITIES_56 = ("Welcoming the decision contained therein for the Secretary-General to convene a one-day meeting "
                 "on victim assistance and environmental remediation,",
                 "1. Decides that the formal meeting will be held in early 2026 at United Nations Headquarters, with "
                 "conference services and with the participation of Member States, observer States and observers of "
                 "the United Nations General Assembly;",
                 "2. Also decides that the Secretary-General shall invite civil society representatives, including "
                 "from organizations accredited to the Economic and Social Council, as well as relevant United Nations "
                 "agencies, scientists, representatives of communities affected by the use, production and testing of "
                 "nuclear weapons, and academia;",
                 "3. Encourages participation at the highest possible level;")


def test_a_meeting_the_instrument_decides_is_held_so_and_whom_it_invites(tmp_path: Path) -> None:
    x = extract_resolution(tmp_path, "A/RES/80/56", *MODALITIES_56)
    meeting = "meeting/one-day-meeting-on-victim-assistance-and-environmental-remediation"
    claims = {(c.subject, c.predicate, c.object, c.rule) for c in x.claims}
    assert (meeting, "acta:scheduledBy", "un/a/res/80/56", "scheduled") in claims
    invited = {x.registry.label(o) for s, p, o, r in claims if r == "invited"}
    # each named by its words, not what qualifies them ("including from …", "affected by the use, production …")
    assert invited == {"civil society representatives", "United Nations agencies", "scientists",
                       "representatives of communities affected", "academia"}
    assert {s for s, p, o, r in claims if r == "invited"} == {meeting}
    # an invitation after another paragraph is none to that meeting
    x = extract_resolution(tmp_path, "A/RES/80/56", *MODALITIES_56[:2], MODALITIES_56[3], MODALITIES_56[2])
    assert not [c for c in x.claims if c.rule == "invited"]


def test_those_invited_to_attend_a_meeting_as_observers(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_35.md paragraph 9 (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/35",
        "9. Requests the Secretary-General to undertake the preparations necessary to convene the Twenty-third "
        "Meeting of the States Parties to the Convention and, on behalf of the States Parties, to invite States not "
        "Parties to the Convention, as well as the United Nations, regional organizations, the International Committee "
        "of the Red Cross and relevant non-governmental organizations, to attend the Twenty-third Meeting of the "
        "States Parties as observers;")
    observers = {x.registry.get(c.object).label for c in x.claims if c.predicate == "acta:observer"}
    assert {"States not Parties", "International Committee of the Red Cross (ICRC)",
            "regional organizations"} <= observers
    assert not [c for c in x.claims if c.predicate == "acta:participant" and c.rule == "invited-to-attend"]


def test_who_took_part_in_an_exchange_at_the_session_took_part_in_it(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, paragraph 45 (cut)
    x = extraction(tmp_path, REPORT + "\n(45) After an exchange of courtesies in which representatives of the Group of "
                   "77, the European Union, the regional groups, stakeholders and the United Nations Environment "
                   "Programme took part, the Chair declared the meeting closed at 7.20 p.m. on Saturday, "
                   "14 December 2013.\n")
    assert {c.object for c in x.claims if c.rule == "took-part"} == {
        "un/group-of-77", "eu", "group/stakeholders", "un/unep"}
    assert {c.subject for c in x.claims if c.rule == "took-part"} == {SESSION}


def test_whose_initiative_or_offer_it_is_to_host_a_meeting_hosts_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md (preambular paragraph); the offer of a Government, the genre's
    # other wording ("Welcomes the offer of the Government of …")
    x = extract_resolution(
        tmp_path, "A/RES/80/52",
        "Welcoming also the initiative of the President of the thirteenth Meeting of States Parties to the Convention "
        "on Cluster Munitions to host the South-East Asia and Pacific Regional Workshop on the Convention, held on 18 "
        "and 19 March 2025 in Manila,\n\n"
        "3. Welcomes the generous offer of the Government of Kenya to host the fourteenth Meeting of States Parties to "
        "the Convention;")
    found = {(c.subject.split("/")[-1], c.predicate, c.object.split("/")[-1]) for c in x.claims
             if c.rule == "offer-to-host"}
    assert found == {("south-east-asia-and-pacific-regional-workshop-on-the-convention", "acta:host", "president"),
                     ("14", "acta:host", "kenya")}
    [post] = {c.object for c in x.claims if c.rule == "offer-to-host" and c.object.endswith("/president")}
    assert x.registry.get(post).label.startswith("President of the thirteenth Meeting of States Parties")


def test_a_meeting_the_instrument_confirms_will_be_held_so_is_scheduled_by_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_54.md para. 10
    x = extract_resolution(
        tmp_path, "A/RES/80/54",
        "10. Confirms that the first Review Conference of Parties to the Treaty on the Prohibition of Nuclear Weapons "
        "will be held at United Nations Headquarters in New York from 30 November to 4 December 2026;")
    [(meeting, me)] = [(c.subject, c.object) for c in x.claims if c.rule == "scheduled"]
    assert me == "un/a/res/80/54" and meeting.endswith("/1") and "review-conference" in meeting


def test_a_series_of_dialogues_a_meetings_president_convened_with_support_under_a_mandate(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md (preambular clauses, cut): the President's meeting named short here
    # is the one named in full before, and so is the post
    x = extract_resolution(
        tmp_path, "A/RES/80/52",
        "Welcoming the outcome of the thirteenth Meeting of States Parties to the Convention on Cluster Munitions,",
        "Noting that, pursuant to the mandate of the twelfth Meeting of States Parties to the Convention on Cluster "
        "Munitions, the President of the thirteenth Meeting of States Parties to the Convention, with the support of "
        "the Implementation Support Unit of the Convention, consulted further and convened a series of dialogues open "
        "to States Parties and other stakeholders,")
    series = "series/meeting-of-states-parties-to-the-convention-on-cluster-munitions"
    assert {(c.predicate, c.object) for c in x.claims if c.rule == "agent-convened"
            and c.subject == "un/a/res/80/52/series-of-dialogues"} == {
        ("acta:convener", f"{series}/13/president"),
        ("acta:contributor", "body/implementation-support-unit-of-the-convention"),
        ("acta:pursuantTo", f"{series}/12")}
    assert [e.key for e in x.registry.entities.values() if e.kind == "officer"] == [f"{series}/13/president"]


def test_an_informal_group_established_under_someones_leadership_is_named_by_its_section(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, Part VIII B (cut)
    path = tmp_path / "ipbes-1-report.txt"
    path.write_text("Report of the first session of the Plenary of the Intergovernmental Science-Policy Platform on "
                    "Biodiversity and Ecosystem Services\n\nB – Initial budget of the Platform\n\n(40) The "
                    "representatives discussed the various issues under the agenda item. An informal group was "
                    "established under the leadership of Mr. Spencer Thomas (Grenada).\n", encoding="utf-8")
    x = extract(read_document(path))
    group = "ipbes/plenary/informal-group/initial-budget-of-the-platform"
    assert x.registry.get(group).label == "informal group on Initial budget of the Platform"
    chairs = {(c.subject, c.object) for c in x.claims if c.rule == "group-on-matter" and c.predicate == "org:role"}
    assert chairs == {(f"person/spencer-thomas/office/{group}/chair", "role/chair")}


def test_who_provides_the_support_necessary_for_convening_a_meeting_contributes_to_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_58.md para. 9 (cut; the meeting named again in words) and A_RES_80_43.md
    # para. 7 (cut); support for no meeting, or for a meeting the sentence did not name, is no contribution
    x = extract_resolution(
        tmp_path, "A/RES/80/58",
        "9. Decides to convene informal exchanges in Geneva for States to further share perspectives, and that the "
        "Office for Disarmament Affairs of the Secretariat will provide the support necessary for convening the "
        "informal exchanges and a written factual summary to the First Committee at its eighty-first session;",
        "10. Requests the Secretary-General to provide the support necessary to convene the Meeting of States in "
        "2027;",
        "11. Requests the Secretary-General to provide the necessary support to establish the portal;",
        "12. Requests the Secretary-General to provide the support necessary for convening the expert consultations;")
    got = {(c.subject, c.object) for c in x.claims if c.rule == "support-for"}
    assert got == {("un/a/res/80/58/informal-exchanges", "un/oda"),
                   ("un/a/res/80/58/meeting/meeting-of-states", "un/secretary-general")}
    assert all(c.predicate == "acta:contributor" for c in x.claims if c.rule == "support-for")


def test_who_a_meeting_is_open_to_takes_part_in_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_58.md para. 10 (cut): "these consultations" are the meeting the sentence
    # named; "Member States and observer States" are two groups, not a third "States States"
    x = extract_resolution(
        tmp_path, "A/RES/80/58",
        "9. Decides to convene informal exchanges in Geneva for States to further share perspectives;",
        "10. Also decides that the informal exchanges should be composed of a three- day meeting in 2026 and that "
        "these consultations shall be open to the full participation of all Member States and observer States and "
        "international and regional organizations, the International Committee of the Red Cross, academia and civil "
        "society, including the scientific and technical community and industry;")
    got = {(c.subject, c.predicate, c.object) for c in x.claims if c.rule == "open-to"}
    meeting = "un/a/res/80/58/informal-exchanges"
    assert {(meeting, "acta:participant", k) for k in ("icrc", "group/member-states", "group/observer-states",
                                                          "group/academia", "group/civil-society")} <= got
    assert {s for s, p, o in got} == {meeting}
    assert x.registry.get("group/states-states") is None


def test_who_is_asked_to_organize_a_meeting_organizes_it_not_who_is_asked_to_convene_one(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_49.md para. 9 (a day between) and A_RES_80_52.md para. 9 (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/49",
        "9. Reiterates its request to the President of the General Assembly to organize, on 26 September every year, "
        "a one-day high-level plenary meeting of the Assembly to commemorate the International Day;",
        "10. Requests the Secretary-General to convene the third Review Conference of the Convention on Cluster "
        "Munitions;")
    got = {(c.subject, c.predicate, c.object) for c in x.claims if c.rule == "offer-to-host"}
    assert got == {("un/a/res/80/49/one-day-high-level-plenary-meeting", "acta:organizer", "un/ga/president")}
