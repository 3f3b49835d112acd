"""graph/requests.py: what an instrument asks of whom, on real sentences of the genre."""

# ruff: noqa: E501  (the corpus snippets below are copied verbatim, one source line each)

from __future__ import annotations

from pathlib import Path

from test_clauses import (
    ME_66,
    NOTE_12_63,
    PARA_26_63,
    PARA_35_63,
    PARA_36_38,
    REQUEST_LIST_12,
    REQUESTS_66,
    build,
    objects,
    requests,
    requests_in,
)

from graph.extract import Extraction, extract
from graph.text import read_document


def report(tmp_path: Path, text: str) -> Extraction:
    """The extraction of a meeting report with the given text."""
    path = tmp_path / "ipbes-1-report.txt"
    path.write_text(text, encoding="utf-8")
    return extract(read_document(path))


def test_requests_with_several_actions_and_a_second_verb(tmp_path: Path) -> None:
    x = build(tmp_path, REQUESTS_66, "A/RES/80/66")
    found = requests(x)
    assert {(a, v) for a, v, _ in found} == {("un/secretary-general", "requests")}
    actions = sorted(action.split()[0] for _, _, action in found)
    assert actions == ["assign,", "ensure", "render", "transmit"]
    by_verb = {action.split()[0].rstrip(","): action for _, _, action in found}
    assert by_verb["ensure"] == ("ensure full provision to the Disarmament Commission and its subsidiary bodies of "
                                 "interpretation and translation facilities in the official languages")
    assert by_verb["render"] == ("render all assistance that the Commission may require for implementing the present "
                                 "resolution")
    for e in x.registry:
        if e.kind == "request":
            assert objects(x, e.key, "acta:requestedIn") == [ME_66]


def test_a_request_with_an_aside_before_to(tmp_path: Path) -> None:
    x = build(tmp_path, f"The General Assembly,\n\n{PARA_26_63}\n\n{NOTE_12_63}\n", "A/RES/80/63")
    ((addr, verb, action),) = requests(x)
    # the addressee is the Office, not the Centre it collaborates with
    assert (addr, verb) == ("un/unoca", "requests")
    assert action.startswith("facilitate the efforts undertaken by the States members of the Standing Advisory")


def test_the_action_of_a_request_does_not_repeat_a_footnote_marker(tmp_path: Path) -> None:
    x = build(tmp_path, f"The General Assembly,\n\n{PARA_26_63}\n\n{NOTE_12_63}\n", "A/RES/80/63")
    ((_, _, action),) = requests(x)
    assert "1212" not in action


def test_requests_him_after_a_request_to_the_secretary_general(tmp_path: Path) -> None:
    x = build(tmp_path, f"The General Assembly,\n\n{PARA_36_38}\n\n{PARA_35_63}\n", "A/RES/80/63")
    found = requests(x)
    assert ("un/secretary-general", "requests",
            "continue to provide the assistance needed to ensure the success of its regular meetings") in found


def test_each_item_of_a_requests_list_is_a_request_to_its_addressee(tmp_path: Path) -> None:
    x = build(tmp_path, REQUEST_LIST_12, "A/RES/80/12")
    found = requests(x)
    assert {(a, v) for a, v, _ in found} == {("un/secretary-general", "requests")}  # not "encourage" the centres
    assert sorted(action for _, _, action in found) == [
        "circulate annually a note verbale to Member States detailing which reports were submitted",
        "continue the practice of sending an annual note verbale to Member States",
        "encourage the United Nations regional centres for peace and disarmament to assist Member States",
        "report on experiences gained during such symposiums and training seminars"]


def test_the_participle_items_of_an_operative_paragraph_are_its_requests(tmp_path: Path) -> None:
    """A/RES/80/11: "… also reaffirms the need to strengthen its fulfilment by:" and its items."""
    text = ("The General Assembly,\n\n"
            "Recalling its resolution 70/262, requesting the Secretary-General to report on its implementation,\n\n"
            "1. Reaffirms the mandate of the Peacebuilding Commission, and also reaffirms the need to strengthen its "
            "fulfilment by:\n\n"
            "(a) Requesting the Peacebuilding Commission to establish a detailed annual programme of work;\n\n"
            "(b) Encouraging the Peacebuilding Commission to continue reviewing its working methods;\n\n"
            "2. Requests the Secretary-General and the President of the General Assembly to promote the observance "
            "of the Olympic Truce;\n")
    x = build(tmp_path, text, "A/RES/80/11")
    assert sorted(requests(x)) == sorted([
        ("un/peacebuilding-commission", "requests", "establish a detailed annual programme of work"),
        ("un/peacebuilding-commission", "encourages", "continue reviewing its working methods"),
        ("un/secretary-general", "requests", "promote the observance of the Olympic Truce"),
        ("un/ga/president", "requests", "promote the observance of the Olympic Truce"),
    ])  # not the preamble's "requesting the Secretary-General": what resolution 70/262 did


# /work/shared/corpus/un-ga-80/A_RES_80_28.md, paragraph 6 (shortened after "report on")
TO_THAT_END_28 = """The General Assembly,

6. Reaffirms its decision to keep the scope of, participation in and use of the Register under review, with a view to considering its further development, and to that end requests the Secretary-General, with the assistance of a group of governmental experts, to be convened for one week each at the end of 2027 and at the beginning and in the middle of 2028, with the broadest possible participation, and on the basis of equitable geographical and gender representation, to prepare a report on the continuing operation and relevance of the Register;
"""
# /work/shared/corpus/un-ga-80/A_RES_80_43.md, paragraph 2 (shortened after "Guidelines")
CALLS_UPON_43 = """The General Assembly,

2. Encourages the United Nations, including under the SaferGuard programme with, inter alia, its quick-response mechanism, and international, regional and subregional organizations, to promote and support the implementation of the Global Framework, and calls upon all relevant stakeholders to consider using the International Ammunition Technical Guidelines;
"""


def test_to_that_end_requests_after_what_is_said_of_the_helpers(tmp_path: Path) -> None:
    x = build(tmp_path, TO_THAT_END_28, "A/RES/80/28")
    ((addr, verb, action),) = requests(x)
    assert (addr, verb) == ("un/secretary-general", "requests")
    assert action == "prepare a report on the continuing operation and relevance of the Register"


def test_an_action_ends_before_the_next_verb_of_the_clause(tmp_path: Path) -> None:
    x = build(tmp_path, CALLS_UPON_43, "A/RES/80/43")
    asked = {addr: action for addr, _, action in requests(x)}
    assert asked.pop("un") == "promote and support the implementation of the Global Framework"
    # "all relevant stakeholders" are a group, asked the clause's second act
    assert asked == {"group/stakeholders": "consider using the International Ammunition Technical Guidelines"}


# /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, Decision IPBES/1/4 (items shortened)
TO_LIST_IPBES = """The Plenary,

(6) Further requests the Executive Director of UNEP to:

(a) Finalize a host country agreement with the Government of Germany for the presence of the IPBES secretariat in Bonn;

(b) Make those arrangements necessary for the secretariat of the Platform to operate;
"""


def test_a_lead_ending_to_colon_before_capitalised_items(tmp_path: Path) -> None:
    x = build(tmp_path, TO_LIST_IPBES, "A/RES/80/99")
    found = requests(x)
    assert {(a, v) for a, v, _ in found} == {("un/unep/executive-director", "requests")}
    assert sorted(action.split()[0] for _, _, action in found) == ["Finalize", "Make"]


def test_a_request_after_and_without_a_comma_ends_before_the_next_clause(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_34.md, paragraph 2 (shortened)
    x = build(tmp_path, "The General Assembly,\n\n2. Recalls that article I of the Convention provides that each State "
              "Party undertakes not to use riot control agents, and in this context expresses grave concern about "
              "allegations of their use against Ukraine and urges the Organisation for the Prohibition of Chemical "
              "Weapons to continue to closely monitor the situation and be ready to investigate the matter as "
              "appropriate, notes the requests for clarification on this issue submitted under article IX of the "
              "Convention;\n", "A/RES/80/34")
    assert requests(x) == [("un/opcw", "urges", "continue to closely monitor the situation and be ready to investigate "
                                                "the matter as appropriate")]


def test_a_possessive_names_the_addressee_and_to_the_bureau_is_no_second_act(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, Decision IPBES/1/4 (11) (shortened)
    x = build(tmp_path, "The Plenary,\n\n(11) Invites members of the Platform to submit questions by the end of June "
              "2013 and requests the Platform’s secretariat to compile and provide information that addresses these "
              "questions to members and to the Bureau in time for consideration by the second Plenary;\n",
              "IPBES/1/12")
    found = requests(x)
    assert {(addr, verb) for addr, verb, _ in found} == {("group/members-of-the-platform", "invites"),
                                                         ("ipbes/secretariat", "requests")}
    (action,) = [a for addr, _, a in found if addr == "ipbes/secretariat"]
    assert action.endswith("to members and to the Bureau in time for consideration by the second Plenary")


def test_and_to_that_end_to_is_a_second_act(tmp_path: Path) -> None:
    x = build(tmp_path, "The General Assembly,\n\n6. Requests the Disarmament Commission to continue its work in "
              "accordance with its mandate, and to that end to make every effort to achieve specific "
              "recommendations on the items on its agenda;\n", "A/RES/80/66")
    assert sorted(a for _, _, a in requests(x)) == [
        "continue its work in accordance with its mandate",
        "make every effort to achieve specific recommendations on the items on its agenda"]


def test_the_centre_and_the_office_are_the_bodies_of_that_head_named_before(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_61.md, paragraph 2, and A_RES_80_9.md's declaration, paragraph 25 (shortened)
    x = build(tmp_path, "The General Assembly,\n\n2. Welcomes the activities carried out in the past year by the "
              "Regional Centre, and requests the Centre to continue to take into account the proposals of the "
              "region;\n\n25. We acknowledge the Global Report on Trafficking in Persons, prepared by the United "
              "Nations Office on Drugs and Crime, and request the Office to continue to collect information;\n",
              "A/RES/80/61")
    assert sorted((a, action.split()[2]) for a, _, action in requests(x)) == [
        ("body/regional-centre", "take"), ("un/unodc", "collect")]


def test_them_is_only_whom_the_same_sentence_addressed(tmp_path: Path) -> None:
    # A_RES_80_9.md's declaration: "them" are Internet providers, not the body a paragraph before addressed
    x = build(tmp_path, "The General Assembly,\n\n20. We request the United Nations Office on Drugs and Crime to "
              "continue its work.\n\n21. We emphasize the role played by Internet service and access providers, "
              "and call upon them to fulfil their responsibilities.\n", "A/RES/80/9")
    assert sorted((a, action) for a, _, action in requests(x)) == [
        ("group/internet-service-and-access-providers", "fulfil their responsibilities"),
        ("un/unodc", "continue its work")]


def test_a_lists_lead_is_the_evidence_of_whom_its_items_of_what_and_both_of_who_asks(tmp_path: Path) -> None:
    x = build(tmp_path, REQUEST_LIST_12, "A/RES/80/12")
    text = x.document.source
    quoted: dict[str, set[str]] = {}
    for c in x.claims:
        if c.subject.startswith("un/a/res/80/12/request/"):
            quoted.setdefault(c.predicate, set()).add(text[c.start:c.end].split(":")[0].split(";")[0])
    lead = "7. Requests the Secretary-General, within available resources"
    assert quoted["acta:addressee"] == quoted["acta:requestVerb"] == {lead}
    assert lead not in quoted["acta:action"] and len(quoted["acta:action"]) == 4
    # which resolution asks: the lead says it, and each item is what it asks ("… sending an annual note verbale")
    assert quoted["acta:requestedIn"] == {lead} | quoted["acta:action"]


# --- whom: groups of States and countries -----------------------------------------------------------------------


def test_whose_parties_and_an_aside_are_not_the_act(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_35.md para. 5, A_RES_80_12.md para. 1, A_RES_80_45.md (cut)
    x = build(tmp_path, "The General Assembly,\n\n"
              "5. Invites all States that are not party to the Convention to provide, on a voluntary basis, information to make global mine action efforts more effective;\n\n"
              "1. Calls upon Member States, with a view to achieving the broadest possible participation, to provide the Secretary-General, by 30 April annually, with a report on their military expenditures;\n\n"
              "3. Urges the States Parties to the Treaty to follow up on the implementation of the nuclear disarmament obligations;\n",
              "A/RES/80/12")
    found = sorted((a, action.split(",")[0]) for a, _, action in requests(x))
    assert found == [("group/member-states", "provide the Secretary-General"),
                     ("group/states", "provide"),
                     ("group/states-parties", "follow up on the implementation of the nuclear disarmament obligations")]


def test_what_a_recalled_resolution_asked_in_which_it_requested(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_53.md (cut) and A_RES_80_12.md (cut): the request is the recalled
    # resolution's, to whom it asked; the sentence's next resolution ends it, a note's marker does not
    x = build(tmp_path, "The General Assembly,\n\n"
              "Recalling further its resolution 71/67 of 5 December 2016, in which it, inter alia, requested the Secretary-General to seek the views of Member States and to establish a group of governmental experts, and its resolution 78/239 of 22 December 2023, in which it welcomed the report of the Group,7 and, inter alia, requested the Secretary-General to seek the views of Member States and encouraged Member States to continue work on nuclear disarmament verification issues,\n\n"
              "Recalling also its resolution 46/36 B of 6 December 1991, in which the Assembly called upon all Member States to participate in the system,\n\n"
              "[^7]: A/78/120.\n", "A/RES/80/53")
    found = {(res, addr, action) for res, addr, _, action in requests_in(x)}
    assert found == {
        ("un/a/res/71/67", "un/secretary-general", "seek the views of Member States"),
        ("un/a/res/71/67", "un/secretary-general", "establish a group of governmental experts"),
        ("un/a/res/78/239", "un/secretary-general", "seek the views of Member States"),
        ("un/a/res/78/239", "group/member-states", "continue work on nuclear disarmament verification issues"),
        ("un/a/res/46/36/b", "group/member-states", "participate in the system"),
    }


def test_the_high_representative_is_an_officer_asked(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_53.md para. 9: a post of the catalogue, under its office
    x = build(tmp_path, "The General Assembly,\n\n9. Requests the High Representative for Disarmament Affairs to provide a briefing to the General Assembly at its eighty-first session on the implementation of the present resolution;\n", "A/RES/80/53")
    assert [(a, action.split(" to ")[0]) for a, _, action in requests(x)] == [
        ("un/oda/high-representative", "provide a briefing")]
    assert objects(x, "un/oda/high-representative", "org:postIn") == ["un/oda"]
    assert objects(x, "un/oda/high-representative", "org:role") == ["role/high-representative-for-disarmament-affairs"]


def test_those_that_have_not_yet_done_so_are_the_group_named_before(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_14.md para. 4; a "those" with no group before it asks nobody
    x = build(tmp_path, "The General Assembly,\n\n"
              "4. Expresses its appreciation to the nuclear-weapon States that have signed the Protocols to the Treaty that concern them, and calls upon those that have not yet ratified the Protocols that concern them to do so as soon as possible;\n\n"
              "5. Welcomes the report of the Secretary-General, and invites those who have not yet done so to submit their views;\n", "A/RES/80/14")
    assert requests(x) == [("group/nuclear-weapon-states", "calls upon", "do so as soon as possible")]


def test_that_state_is_the_country_named_last_and_once_again_urges(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_67.md paras. 5-6 (cut) and A_RES_80_4.md para. 3
    x = build(tmp_path, "The General Assembly,\n\n"
              "5. Reaffirms the importance of Israel’s accession to the Treaty on the Non‑Proliferation of Nuclear Weapons;\n\n"
              "6. Calls upon that State to accede to the Treaty without further delay;\n\n"
              "3. Once again urges States that have and continue to apply such laws and measures to take the steps necessary to repeal or invalidate them;\n", "A/RES/80/67")
    assert sorted((a, action) for a, _, action in requests(x)) == [
        ("country/israel", "accede to the Treaty without further delay"),
        ("group/states", "take the steps necessary to repeal or invalidate them")]


def test_a_recalled_resolution_asked_a_predecessor_of_the_conference_on_disarmament(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_26.md: the catalogue knows the Conference of the Committee on Disarmament
    # (a body, not a conference), and the note mark after it does not end the request
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/26",
        "Considering its resolution 2602 C (XXIV) of 16 December 1969, in which the General Assembly requested the "
        "Conference of the Committee on Disarmament, 4 inter alia, to consider effective methods of control against "
        "the use of radiological methods of warfare,")
    assert [(res, addr, action.split()[0]) for res, addr, _, action in requests_in(x)] == [
        ("un/a/res/2602/c", "un/conference-of-the-committee-on-disarmament", "consider")]
    assert x.registry.get("un/conference-of-the-committee-on-disarmament").kind == "body"


def test_a_counted_group_and_those_of_a_group_that_have_not_done_so_are_asked(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_37.md para. 2 ("the five nuclear-weapon States") and A_RES_80_23.md
    # para. 2 ("those nuclear- weapon States that have not yet done so, to …, and, without prejudice to …, to …")
    x = build(tmp_path, "The General Assembly,\n\n"
              "2. Requests the five nuclear-weapon States to take measures towards the implementation of paragraph 1 "
              "above;\n\n"
              "3. Pending the total elimination of nuclear weapons, urges those nuclear- weapon States that have not "
              "yet done so, to adopt and publish national policies and doctrines, and, without prejudice to national "
              "security, to voluntarily inform relevant forums about these measures;\n\n"
              # A_RES_80_6.md: the relative clause's "an obligation to cooperate" is not what is asked
              "4. Calls upon those States that are under an obligation to cooperate to provide such cooperation and "
              "assistance in the future;\n", "A/RES/80/37")
    asked = [(a, action) for a, _, action in requests(x)]
    assert ("group/five-nuclear-weapon-states", "take measures towards the implementation of paragraph 1 above") \
        in asked
    assert [action for a, action in asked if a == "group/nuclear-weapon-states"] == [
        "adopt and publish national policies and doctrines",
        "voluntarily inform relevant forums about these measures"]
    assert ("group/states", "provide such cooperation and assistance in the future") in asked


def test_those_in_a_position_to_do_so_are_asked_what_follows(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_46.md: "in a position to do so" qualifies whom; "to do so as soon as
    # possible" (A_RES_80_14.md) is still the act
    x = build(tmp_path, "The General Assembly,\n\n"
              "6. Encourages States Parties and signatory States in a position to do so to provide funding to the "
              "Treaty sponsorship programme;\n\n"
              "7. Urges all States that have not yet done so to do so as soon as possible;\n", "A/RES/80/46")
    asked = {(a, action) for a, _, action in requests(x)}
    assert {("group/states-parties", "provide funding to the Treaty sponsorship programme"),
            ("group/signatory-states", "provide funding to the Treaty sponsorship programme"),
            ("group/states", "do so as soon as possible")} <= asked
    # "States Parties and signatory States" is no "Parties States"
    assert not [a for a, _ in asked if a == "group/parties-states"]


def test_states_that_committed_to_an_act_are_asked_the_act_after_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_48.md, paragraph 6 (cut)
    x = build(tmp_path, "The General Assembly,\n\n6. Emphasizes that the transparency of the management of civil "
              "plutonium must be maintained, and, in this regard, calls upon all States that committed to reporting "
              "annually their holdings of all plutonium in peaceful nuclear activities to IAEA to fulfil those "
              "commitments;\n", "A/RES/80/48")
    assert [action for _, _, action in requests(x)] == ["fulfil those commitments"]


def test_decides_that_a_body_shall_or_should_act_is_a_directive_to_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_56.md para. 2 (cut) and A_RES_80_53.md (cut)
    x = build(tmp_path, "The General Assembly,\n\n2. Also decides that the Secretary-General shall invite civil society "
              "representatives, including from organizations accredited to the Economic and Social Council, and "
              "academia;\n\n"
              "8. Decides that the Group of Scientific and Technical Experts should seek to achieve consensus in its "
              "report, and that, whenever consensus cannot be achieved, each expert will be entitled to incorporate "
              "his or her own view;\n\n"
              "9. Decides that the Group of Scientific and Technical Experts will hold four sessions;\n", "A/RES/80/56")
    found = sorted((x.registry.get(a).label, verb, action) for a, verb, action in requests(x))
    assert found == [
        ("Group of Scientific and Technical Experts", "decides", "seek to achieve consensus in its report"),
        ("UN Secretary-General", "decides", "invite civil society representatives, including from organizations "
                                            "accredited to the Economic and Social Council, and academia")]


def test_what_a_resolution_recommends_that_a_body_do_is_asked_of_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_18.md para. 5 (cut) and A_RES_80_66.md para. 6 (its lead)
    x = build(tmp_path, "The General Assembly,\n\n5. Also recommends that the Conference on Disarmament actively "
              "continue intensive negotiations with a view to reaching early agreement;\n\n"
              "6. Recommends that the Disarmament Commission continue consideration of the following items at its "
              "substantive session of 2026:\n\n"
              # (written here) States are no body or officer: not read by this rule
              "7. Recommends that States continue to support the Treaty;\n", "A/RES/80/18")
    found = sorted((a, verb, action) for a, verb, action in requests(x) if verb == "recommends")
    assert found == [
        ("un/conference-on-disarmament", "recommends", "actively continue intensive negotiations with a view to "
                                                       "reaching early agreement"),
        ("un/disarmament-commission", "recommends", "continue consideration of the following items at its "
                                                    "substantive session of 2026")]


def test_appeals_to_asks_and_necessary_to_able_to_as_well_as_to_start_no_act(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_7.md para. 4, A_RES_80_26.md para. 9, A_RES_80_64.md para. 4 (cut)
    x = build(tmp_path, "The General Assembly,\n\n4. Appeals to Member States to continue to support the activities of "
              "the Agency;\n\n9. Appeals to all Member States that have not yet taken the steps necessary to become "
              "Party to the Joint Convention to do so as soon as possible;\n\n"
              "5. Appeals to Member States in each region that are able to do so, as well as to international "
              "governmental and non-governmental organizations and foundations, to make voluntary contributions to the "
              "regional centres;\n", "A/RES/80/7")
    assert sorted((verb, action) for _, verb, action in requests(x)) == [
        ("appeals to", "continue to support the activities of the Agency"),
        ("appeals to", "do so as soon as possible"),
        ("appeals to", "make voluntary contributions to the regional centres")]


def test_and_upon_after_calls_upon_asks_others_the_same(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_48.md para. 5 (cut)
    x = build(tmp_path, "The General Assembly,\n\n5. Calls upon the Conference on Disarmament to immediately commence "
              "negotiations in accordance with CD/1299 and the mandate contained therein, and upon Conference members "
              "to engage in relevant activities of the Conference towards that goal;\n\n"
              # (written here) "upon" with no "calls upon" before it asks no one
              "6. Welcomes the views of States, and upon reflection decides to remain seized of the matter;\n",
              "A/RES/80/48")
    assert sorted((x.registry.get(a).label, verb, action) for a, verb, action in requests(x)) == [
        ("Conference members", "calls upon", "engage in relevant activities of the Conference towards that goal"),
        ("Conference on Disarmament", "calls upon", "immediately commence negotiations in accordance with CD/1299 "
                                                    "and the mandate contained therein")]


def test_calls_for_a_body_to_act_asks_it_but_calls_for_a_review_asks_no_one(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_11.md paras. 4 (cut) and 30
    x = build(tmp_path, "The General Assembly,\n\n4. Calls for the Peacebuilding Commission to serve as a platform to "
              "enhance United Nations system-wide coherence in support of peacebuilding;\n\n"
              "30. Calls for a further comprehensive review of United Nations peacebuilding in 2030.\n", "A/RES/80/11")
    assert [(a, verb, action) for a, verb, action in requests(x)] == [
        ("un/peacebuilding-commission", "calls for",
         "serve as a platform to enhance United Nations system-wide coherence in support of peacebuilding")]


def test_a_directive_to_continue_keeps_its_verb(tmp_path: Path) -> None:
    # (written here, in the form of A_RES_80_56.md para. 2) the act is "continue to …", not what is continued
    x = build(tmp_path, "The General Assembly,\n\n2. Decides that the Secretary-General shall continue to invite "
              "civil society representatives;\n", "A/RES/80/56")
    assert [action for _, _, action in requests(x)] == ["continue to invite civil society representatives"]


# /work/shared/corpus/un-ga-80/A_RES_80_53.md paragraph 11 and A_RES_80_52.md paragraph 10: an adverb before the verb
ADVERB_53 = """The General Assembly,

11. Requests the Secretary-General to bring the report of the Group of Scientific and Technical Experts to the attention of all Member States, as well as to the First Committee of the General Assembly, the Disarmament Commission, the Conference on Disarmament and other relevant organizations, and specifically invites the Conference on Disarmament, as the single multilateral disarmament negotiating forum of the international community, to reflect on the report as appropriate;

10. Urgently calls upon States Parties and participating States to address issues arising from outstanding dues;
"""


def test_an_adverb_before_the_verb_of_a_request(tmp_path: Path) -> None:
    x = build(tmp_path, ADVERB_53, "A/RES/80/53")
    found = {(a, v, action) for a, v, action in requests(x)}
    assert ("un/conference-on-disarmament", "invites", "reflect on the report as appropriate") in found
    assert {a for a, v, _ in found if v == "calls upon"} == {"group/states-parties", "group/participating-states"}
    # the first request ends where the second begins
    assert [action for a, _, action in found if a == "un/secretary-general"][0].endswith("other relevant organizations")


def test_both_parties_to_a_treaty_named_with_its_short_name_are_asked(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_39.md paragraph 27 (cut)
    body = ("The General Assembly,\n\n27. Calls upon both Parties to the Treaty on Measures for the Further Reduction and "
            "Limitations of Strategic Offensive Arms (New START Treaty) to urgently extend the Treaty;\n")
    x = build(tmp_path, body, "A/RES/80/39")
    assert {(a, v, action) for a, v, action in requests(x)} == {
        ("group/parties", "calls upon", "urgently extend the Treaty")}


def test_two_infinitives_sharing_one_object_are_one_act(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_65.md paragraph 8 (cut): "… and to report …" stays a second act
    x = build(tmp_path, "The General Assembly,\n\n8. Requests the Secretary-General to continue to ensure and to "
              "strengthen, if needed, the provision to the Conference on Disarmament of support services, and to "
              "report to the General Assembly at its eighty-first session;\n", "A/RES/80/65")
    assert sorted(action for _, _, action in requests(x)) == [
        "continue to ensure and to strengthen, if needed, the provision to the Conference on Disarmament of support "
        "services", "report to the General Assembly at its eighty-first session"]


def test_a_request_to_the_current_and_successive_holders_of_a_post(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_65.md, paragraph 6 (cut)
    x = build(tmp_path, "The General Assembly,\n\n6. Requests the current President and successive Presidents of the "
              "Conference on Disarmament to cooperate with the States members of the Conference in the effort to guide "
              "the Conference to the early resumption of its substantive work;\n", "A/RES/80/65")
    assert [(a, v, act.split(" in the effort")[0]) for a, v, act in requests(x)] == [
        ("un/conference-on-disarmament/president", "requests", "cooperate with the States members of the Conference")]


def test_those_in_a_position_to_do_so_and_states_parties_and_signatories_are_groups(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_61.md paragraph 8 and A_RES_80_31.md paragraph 7 (cut)
    x = build(tmp_path, "The General Assembly,\n\n8. Calls upon those in a position to do so to make voluntary "
              "contributions to the Regional Centre;\n\n7. Congratulates the States Parties and signatories to the "
              "treaties of Tlatelolco and Pelindaba for their efforts, and calls upon them to explore further ways and "
              "means of cooperation;\n", "A/RES/80/31")
    asked = {(x.registry.get(a).label, act.split(" to the")[0].split(" of cooperation")[0]) for a, _, act in requests(x)}
    assert asked == {("those in a position to do so", "make voluntary contributions"),
                     ("States Parties and signatories", "explore further ways and means")}


def test_what_a_decision_in_a_two_text_note_asked_in_which_its_body_called_upon(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_60.md (a preambular clause, cut): the note after the comma names a document
    # and the decision, and the body that took it asks
    x = build(tmp_path, "The General Assembly,\n\nRecalling the decision taken by the Executive Council of the African "
              "Union at its eighth ordinary session, held in Khartoum from 16 to 21 January 2006,2 in which the Council "
              "called upon member States to make voluntary contributions to the Regional Centre,\n\n"
              "[^2]: See A/60/693, annex II, decision EX.CL/Dec.263 (VIII).\n", "A/RES/80/60")
    asked = [(r, x.registry.get(a).label, act) for r, a, _, act in requests_in(x)]
    assert asked == [("au/ex.cl/dec/263", "Member States", "make voluntary contributions to the Regional Centre")]


def test_a_declarations_passive_asks_too(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_5.md (the declaration's paragraphs, cut)
    x = build(tmp_path, "The General Assembly,\n\nAdopts the following declaration:\n\n"
              "Reiterating that Member States are strongly urged to refrain from promulgating and applying any "
              "unilateral economic measures;\n\n"
              "Invite the United Nations regional commissions to convene preparatory meetings. The regional "
              "commissions are invited to utilize existing mechanisms and platforms to conduct the regional "
              "reviews.\n", "A/RES/80/5")
    asked = {(x.registry.get(a).label, v, act.split(" and ")[0]) for a, v, act in requests(x)}
    assert ("Member States", "urges", "refrain from promulgating") in asked
    assert ("regional commissions", "invites", "utilize existing mechanisms") in asked


def test_a_reports_passive_recommendation_is_no_request(tmp_path: Path) -> None:
    # the synthetic corpus's reports (scripts/synth_corpus.py): "Member States are encouraged to continue …"
    path = tmp_path / "A_46_152.md"
    path.write_text("---\nsymbol: A/46/152\ntitle: \"Renewable energy : report of the Secretary-General\"\n---\n\n"
                    "United Nations A/46/152\n\nReport of the Secretary-General\n\nII. Conclusions and "
                    "recommendations\n\n4. Member States are encouraged to continue their efforts on renewable energy."
                    "\n", encoding="utf-8")
    x = extract(read_document(path))
    assert not [e for e in x.registry if e.kind == "request"]


def test_a_reports_past_passive_records_what_the_meeting_asked(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, paragraphs 40 and 8 (cut)
    x = report(tmp_path, "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services\n\n"
               "Report of the first session of the Plenary of the Intergovernmental Science-Policy Platform on "
               "Biodiversity and Ecosystem Services\n\nmeeting report IPBES-1-12 of 2013\n\n(40) The representatives "
               "discussed the budget. The secretariat was requested to further elaborate on the proposed budget for "
               "2013 and 2014.\n")
    assert [(x.registry.get(a).label, v, act) for a, v, act in requests(x)] == [
        ("secretariat of the Platform", "requests", "further elaborate on the proposed budget for 2013 and 2014")]
    # (an instrument's past passive recalls what another asked: not its own request)
    x = build(tmp_path, "The General Assembly,\n\nRecalling that Member States were invited to submit their views,\n",
              "A/RES/80/5")
    assert requests(x) == []


IPBES_HEAD = ("Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services\n\nReport of the first "
              "session of the Plenary of the Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem "
              "Services\n\nmeeting report IPBES-1-12 of 2013\n\n")


def test_a_report_records_what_the_plenary_asked(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, paragraphs 42 and 40 (cut)
    x = report(tmp_path, IPBES_HEAD + "(42) Under this agenda item, the Plenary mandated the Bureau to further "
               "consider the provisional agenda, date and venue of the second session of the Platform’s Plenary.\n\n"
               "(40) In addition, Governments urged the United Nations organizations to second staff to the IPBES "
               "secretariat.\n")
    assert [(x.registry.get(a).label, v, act.split(",")[0]) for a, v, act in requests(x)] == [
        ("Bureau of the Platform", "mandates", "further consider the provisional agenda")]
    # (not what a resolution the report answers asked)
    x = report(tmp_path, IPBES_HEAD + "(1) The present report answers decision IPBES/1/2, in which the Plenary "
               "requested the secretariat to prepare a report.\n")
    assert not [r for r in requests_in(x) if r[0] == "ipbes/1/12"]


def test_what_a_decision_says_a_body_will_do_after_and_that(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_58.md paragraph 9 (cut)
    x = build(tmp_path, "The General Assembly,\n\n9. Decides to convene informal exchanges in Geneva for States to "
              "further share perspectives, and that the Office for Disarmament Affairs of the Secretariat will provide "
              "the support necessary for convening the informal exchanges;\n", "A/RES/80/58")
    assert [(a, v, act.split(" for ")[0]) for a, v, act in requests(x)] == [
        ("un/oda", "decides", "provide the support necessary")]


def test_a_participle_mid_clause_asks_but_not_after_a_text_or_after_to(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_67.md and A_RES_80_46.md (preambular clauses, cut)
    x = build(tmp_path, "The General Assembly,\n\nEmphasizing the need for all parties directly concerned to consider "
              "the steps required, and, as a means of promoting this objective, inviting the countries concerned to "
              "adhere to the Treaty,\n\nRecalling its resolution 70/262, requesting the Secretary-General to report on "
              "its implementation,\n\nWelcoming the assistance provided to requesting States in order to promote the "
              "implementation of the Treaty,\n", "A/RES/80/67")
    asked = [(x.registry.get(a).label, v, act) for a, v, act in requests(x)]
    assert asked == [("countries concerned", "invites", "adhere to the Treaty")]


def test_those_in_a_position_eligible_states_and_a_request_in_that_respect(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_46.md, paragraphs 8, 14 (cut) and 17
    x = build(tmp_path, "The General Assembly,\n\n"
              "8. Calls upon those States Parties in a position to do so to provide assistance, including legal or "
              "legislative assistance, to requesting States in order to promote the implementation of the Treaty;\n\n"
              "14. Recalls the adoption of action-oriented decisions on gender, and in that respect encourages States "
              "Parties and signatory States to ensure the full, equal and meaningful participation of women and men "
              "in pursuing the object and purpose of the Treaty;\n\n"
              "17. Encourages eligible States to make best use of the voluntary trust fund;\n", "A/RES/80/46")
    got = {(addr, verb, action.split(",")[0]) for addr, verb, action in requests(x)}
    assert got == {
        ("group/states-parties", "calls upon", "provide assistance"),
        ("group/states-parties", "encourages", "ensure the full"),
        ("group/signatory-states", "encourages", "ensure the full"),
        ("group/eligible-states", "encourages", "make best use of the voluntary trust fund")}


def test_a_reiterated_invitation_and_a_purposes_second_verb(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md, paragraphs 5 and 6, and A_RES_80_12.md, 6 (c) (cut)
    x = build(tmp_path, "The General Assembly,\n\n"
              "5. Invites all States that have not ratified the Convention or acceded to it to provide, on a voluntary "
              "basis, information that could make the clearance of cluster munition remnants more effective;\n\n"
              "6. Reiterates the invitation to States not Parties to participate in a continued dialogue on issues "
              "relevant to the Convention in order to enhance its humanitarian impact and to promote its "
              "universalization;\n\n"
              "7. Requests the Secretary-General to continue consultations with relevant international bodies, with a "
              "view to ascertaining requirements in order to encourage wider participation, and to make "
              "recommendations on necessary changes;\n", "A/RES/80/52")
    got = {(addr, action) for addr, _, action in requests(x)}
    assert got == {
        ("group/states", "provide, on a voluntary basis, information that could make the clearance of cluster "
                         "munition remnants more effective"),
        ("group/states-not-parties", "participate in a continued dialogue on issues relevant to the Convention in "
                                     "order to enhance its humanitarian impact and to promote its universalization"),
        ("un/secretary-general", "continue consultations with relevant international bodies, with a view to "
                                 "ascertaining requirements in order to encourage wider participation"),
        ("un/secretary-general", "make recommendations on necessary changes")}


def test_the_same_verb_asks_others_after_a_comma(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md, paragraph 1
    x = build(tmp_path, "The General Assembly,\n\n"
              "1. Urges all States not Parties to the Convention on Cluster Munitions to ratify or accede to it as soon "
              "as possible, and all States Parties to promote adherence to the Convention through bilateral, "
              "subregional and multilateral contacts, outreach and other means;\n", "A/RES/80/52")
    assert {(addr, verb, action) for addr, verb, action in requests(x)} == {
        ("group/states-not-parties", "urges", "ratify or accede to it as soon as possible"),
        ("group/states-parties", "urges", "promote adherence to the Convention through bilateral, subregional and "
                                          "multilateral contacts, outreach and other means")}


def test_an_action_ends_before_the_next_clause_said_in_this_regard(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_34.md (a paragraph, cut): the Special Session is what the Assembly
    # recalls, not what it asks States to do
    x = build(tmp_path, "The General Assembly,\n\n"
              "5. Calls upon all States that have not yet done so to become Parties to the Convention without delay, "
              "and in this regard recalls the outcome of the Third Special Session of the Conference of the States "
              "Parties to Review the Operation of the Chemical Weapons Convention;\n", "A/RES/80/34")
    assert {action for _, _, action in requests(x)} == {"become Parties to the Convention without delay"}
    assert not [c for c in x.claims if c.predicate == "acta:concerns"]


def test_a_request_not_to_do_something_keeps_its_not(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_70.md, paragraph 3 (cut)
    x = build(tmp_path, "The General Assembly,\n\n3. Urges all States not to carry out nuclear-weapon test explosions or "
              "any other nuclear explosions, to maintain their moratoriums in this regard;\n", "A/RES/80/70")
    ((addr, verb, action),) = requests(x)
    assert (addr, verb) == ("group/states", "urges")
    assert action.startswith("not to carry out nuclear-weapon test explosions")


def test_calls_once_again_upon_is_calls_upon(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_40.md, paragraph 2 (cut)
    x = build(tmp_path, "The General Assembly,\n\n2. Calls once again upon all Member States to renew and fulfil their "
              "individual and collective commitments to multilateral cooperation;\n", "A/RES/80/40")
    assert requests(x) == [("group/member-states", "calls upon",
                            "renew and fulfil their individual and collective commitments to multilateral cooperation")]


def test_those_countries_are_the_group_last_addressed(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_17.md, paragraphs 5 and 6 (cut)
    x = build(tmp_path, "The General Assembly,\n\n5. Invites all countries of the region, pending the establishment of "
              "a nuclear-weapon-free zone in the region of the Middle East, to declare their support for establishing "
              "such a zone;\n\n6. Also invites those countries, pending the establishment of the zone, not to develop, "
              "produce, test or otherwise acquire nuclear weapons;\n", "A/RES/80/17")
    assert {(addr, action.split(",")[0]) for addr, _, action in requests(x)} == {
        ("group/countries-of-the-region", "declare their support for establishing such a zone"),
        ("group/countries-of-the-region", "not to develop")}
    assert x.registry.get("group/countries") is None  # (no group of "those countries" of its own)
    # (with no such group addressed before, no one)
    x = build(tmp_path, "The General Assembly,\n\n5. Invites the Secretary-General to report;\n\n6. Also invites those "
              "countries to develop nuclear energy;\n", "A/RES/80/17")
    assert [addr for addr, _, _ in requests(x)] == ["un/secretary-general"]


def test_what_a_request_makes_is_requested_by_the_resolution_not_what_it_is_done_at_or_by(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_35.md paras. 8-10 and A_RES_80_15.md para. 4 (cut): the meeting the
    # Secretary-General is to convene (its ordinal written "Twenty third") is requested; the meeting others are
    # invited to attend, the session a report goes to and a text the act is in accordance with are not
    x = build(tmp_path, "The General Assembly,\n\n"
              "8. Invites all interested States to attend the Twenty-second Meeting of the States Parties, to be held in Geneva from 1 to 5 December 2025;\n\n"
              "9. Requests the Secretary-General to undertake the preparations necessary to convene the Twenty third Meeting of the States Parties to the Convention;\n\n"
              "10. Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution;\n\n"
              "11. Encourages States Parties to review their declarations, in accordance with action 9 of the Final Document of the 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons;\n",
              "A/RES/80/35")
    requested = {x.registry.get(c.subject).label for c in x.claims if c.predicate == "acta:requestedBy"}
    assert requested == {"Twenty-third Meeting of the States Parties to the Convention"}
    concerned = {x.registry.get(c.object).label for c in x.claims if c.predicate == "acta:concerns"}
    assert {"Twenty-second Meeting of the States Parties",
            "eighty-first session of the General Assembly of the United Nations"} <= concerned


def test_a_second_act_after_an_aside_with_commas_of_its_own(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_63.md para. 19 (cut)
    x = build(tmp_path, "The General Assembly,\n\n"
              "19. Encourages the Economic Community of Central African States to intensify such efforts to strengthen maritime security, particularly in the Gulf of Guinea, and, in the light of the effects of climate change and the increased vulnerability of island States, to develop measures for strengthened cooperation with coastal and island States in the region;\n",
              "A/RES/80/63")
    assert sorted(action for _, _, action in requests(x)) == [
        "develop measures for strengthened cooperation with coastal and island States in the region",
        "intensify such efforts to strengthen maritime security, particularly in the Gulf of Guinea"]


def test_an_infinitive_after_a_request_is_its_next_act_not_a_request_of_its_own(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_35.md para. 9 (cut): the Secretary-General is to invite them
    x = build(tmp_path, "The General Assembly,\n\n"
              "9. Requests the Secretary-General, in accordance with article 12, paragraph 1, of the Convention, to undertake the preparations necessary to convene the Twenty third Meeting of the States Parties to the Convention and, on behalf of the States Parties and in accordance with article 12, paragraph 3, of the Convention, to invite States not Parties to the Convention, as well as the United Nations, to attend the Twenty-third Meeting of the States Parties as observers;\n",
              "A/RES/80/35")
    assert sorted((a, action.split()[0]) for a, _, action in requests(x)) == [
        ("un/secretary-general", "invite"), ("un/secretary-general", "undertake")]


def test_the_current_and_the_incoming_president_are_the_post_asked(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_65.md para. 5 (cut)
    x = build(tmp_path, "The General Assembly,\n\n"
              "5. Encourages the current President and the incoming President of the Conference on Disarmament, bearing in mind the role of the Conference on Disarmament as the single multilateral disarmament negotiating forum, to conduct consultations on the activities of the Conference during the intersessional period and, if possible, to make recommendations;\n",
              "A/RES/80/65")
    assert sorted((a, action.split()[0]) for a, _, action in requests(x)) == [
        ("un/conference-on-disarmament/president", "conduct"), ("un/conference-on-disarmament/president", "make")]


def test_pledges_invited_from_governments_and_bodies_are_asked_of_them(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, decision IPBES/1/5 para. 2 (cut)
    x = build(tmp_path, "The General Assembly,\n\n"
              "2. Invites pledges and contributions to the Trust Fund from Governments, as well as from United Nations bodies, the Global Environment Facility and other intergovernmental organizations, to support the work of the Commission;\n",
              "A/RES/80/99")
    found = {(x.registry.get(a).label, action) for a, _, action in requests(x)}
    assert {label for label, _ in found} == {"Governments", "United Nations bodies", "Global Environment Facility",
                                             "intergovernmental organizations"}
    assert {action for _, action in found} == {"pledges and contributions to the Trust Fund"}


def test_the_preambles_next_participle_ends_an_act_but_not_the_acts_own(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_11.md, A_RES_80_15.md (preambular paragraphs, cut); A_RES_80_43.md para. 11
    x = build(tmp_path, "The General Assembly,\n\n"
              "Encouraging relevant United Nations bodies to consider the inputs further, and further acknowledging the inputs from the group of independent eminent persons,\n\n"
              "Encouraging States Parties to review their interpretative declarations thereto, in accordance with action 9 of the Final Document, reaffirming and recognizing the legitimate interests of the States that comprise the zone,\n\n"
              "11. Invites relevant regional and subregional organizations to establish, where needed, and to maintain regional and subregional rosters of experts;\n\n"
              "12. Requests the Secretary-General to develop a draft work programme, taking into account the information compiled by the secretariat, and noting relevant requests submitted by members;\n", "A/RES/80/43")
    assert sorted(action for _, _, action in requests(x)) == [
        "consider the inputs further",
        "develop a draft work programme, taking into account the information compiled by the secretariat, and noting relevant requests submitted by members",
        "establish, where needed, and to maintain regional and subregional rosters of experts",
        "review their interpretative declarations thereto, in accordance with action 9 of the Final Document"]


def test_one_of_whom_named_after_them_is_asked_too(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_11.md (preambular paragraph, cut), A_RES_80_39.md, A_RES_80_18.md para. 1
    x = build(tmp_path, "The General Assembly,\n\n"
              "Taking note of the inputs from thematic and regional consultations, and encouraging relevant United Nations bodies and organs, including the Peacebuilding Commission, to consider the inputs further,\n\n"
              "3. Calls upon all States Parties, and in particular the nuclear-weapon States, to reaffirm and implement those decisions;\n\n"
              "4. Appeals to all States, especially the nuclear-weapon States, to work actively towards an early agreement on a common approach;\n", "A/RES/80/11")
    found = {(a, action.split()[0]) for a, _, action in requests(x)}
    assert found == {("group/united-nations-bodies-and-organs", "consider"), ("un/peacebuilding-commission", "consider"),
                     ("group/states-parties", "reaffirm"), ("group/nuclear-weapon-states", "reaffirm"),
                     ("group/states", "work"), ("group/nuclear-weapon-states", "work")}


def test_an_act_ends_before_the_paragraphs_further_verb(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_11.md (operative paragraph, cut)
    x = build(tmp_path, "The General Assembly,\n\n"
              "21. Encourages United Nations country teams to contribute to the efforts of the Peacebuilding Commission, at the request of host countries, and further requests that resident coordinators be provided with necessary capacities;\n", "A/RES/80/11")
    assert [action for _, _, action in requests(x)] == [
        "contribute to the efforts of the Peacebuilding Commission, at the request of host countries"]


def test_a_second_verb_before_the_act_asks_its_own_addressees_the_same_act(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md, annex para. 79 (a declaration's "We")
    x = build(tmp_path, "The General Assembly,\n\n"
              "79. We call upon relevant organizations and bodies of the United Nations system and invite international organizations and relevant regional and subregional organizations to integrate the Awaza Programme of Action into their programmes of work, as appropriate.\n", "A/RES/80/3")
    found = {(a, verb, action.split(" into ")[0]) for a, verb, action in requests(x)}
    assert found == {("group/organizations-and-bodies-of-the-united-nations-system", "call upon", "integrate the Awaza Programme of Action"),
                     ("group/international-organizations", "invite", "integrate the Awaza Programme of Action"),
                     ("group/regional-and-subregional-organizations", "invite", "integrate the Awaza Programme of Action")}


def test_what_is_called_for_to_be_taken_by_a_group_is_asked_of_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_45.md para. 3 (cut)
    x = build(tmp_path, "The General Assembly,\n\n"
              "3. Calls for practical steps, as agreed to at the 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, to be taken by all nuclear-weapon States, that would lead to nuclear disarmament:\n",
              "A/RES/80/45")
    assert [(a, action) for a, _, action in requests(x)] == [
        ("group/nuclear-weapon-states", "practical steps, as agreed to at the 2000 Review Conference of the Parties to "
                                        "the Treaty on the Non-Proliferation of Nuclear Weapons")]


def test_those_the_clause_describes_are_asked_when_no_group_was_named_before(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md (preambular paragraph); with a group before, "those" are of it
    x = build(tmp_path, "The General Assembly,\n\n"
              "Deploring the use of cluster munitions in recent and ongoing conflicts, and calling upon those who continue to use cluster munitions to cease any such activity immediately,\n\n"
              "4. Expresses its appreciation to the nuclear-weapon States that have signed the Protocol, and calls upon those that have not yet ratified it to do so;\n",
              "A/RES/80/52")
    assert sorted((a, action) for a, _, action in requests(x)) == [
        ("group/nuclear-weapon-states", "do so"),
        ("group/those-who-continue-to-use-cluster-munitions", "cease any such activity immediately")]
    assert not [c for c in x.claims if c.predicate == "acta:addressedAs" and "munitions who" in str(c.object)]
