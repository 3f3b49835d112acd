"""graph/entities.py: which node a mention names, from the catalogue and what the document named before."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_resolution

from graph.entities import generic_noun, is_modifier
from graph.extract import Lit, extract
from graph.text import read_document


@pytest.mark.parametrize("text, expected", [
    ("an open-ended working group", "open-ended working group"),
    ("the  Working\nGroup", "Working Group"),
    ("this committee", "committee"),
    ("Working Group", "Working Group"),
])
def test_a_generic_mention_is_named_by_its_noun(text: str, expected: str) -> None:
    assert generic_noun(text) == expected


@pytest.mark.parametrize("before, modifier", [
    # /work/shared/corpus/oas/2009-csh-gt-mispa-ii-working-group-report.txt
    ("the meetings held in preparation for the ", True),
    ("to prepare for the ", True),
    ("in the run-up to the ", True),
    ("convening the ", False),
    ("the report of the ", False),
])
def test_a_meeting_named_as_the_purpose_of_another_is_a_modifier(before: str, modifier: bool) -> None:
    text = before + "Second Meeting of Ministers"
    assert is_modifier(text, len(before)) is modifier


def test_an_organ_of_the_agency_is_the_agencys_named_before(tmp_path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_14.md: "the Agency" is the International Atomic Energy Agency
    path = tmp_path / "A_RES_80_14.md"
    path.write_text("---\nsymbol: A/RES/80/14\n---\n\nThe General Assembly,\n\nWelcoming the work of the International "
                    "Atomic Energy Agency,\n\nNoting the decision of the Board of Governors of the Agency,\n",
                    encoding="utf-8")
    x = extract(read_document(path))
    assert "un/iaea/board-of-governors" in x.registry.entities
    assert not [k for k in x.registry.entities if "of-the-agency" in k]



def test_an_organ_of_the_fund_is_the_funds_named_before(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_11.md, paragraph 14 (the Peacebuilding Fund is in no catalogue)
    x = extract_resolution(
        tmp_path, "A/RES/80/11",
        "14. Encourages the Peacebuilding Commission to maintain a regular and strategic dialogue with the "
        "Peacebuilding Fund, and continue its engagement with the Advisory Group of the Fund;")
    group = "body/peacebuilding-fund/advisory-group"
    assert x.registry.label(group) == "Advisory Group"
    assert (group, "org:subOrganizationOf", "body/peacebuilding-fund") in {(c.subject, c.predicate, c.object)
                                                                           for c in x.claims}
    # with no fund named before, the name stays whole
    x = extract_resolution(tmp_path, "A/RES/80/11", "14. Encourages engagement with the Advisory Group of the Fund;")
    assert "body/advisory-group-of-the-fund" in x.registry.entities

def test_the_committee_capitalised_is_the_committee_named_last(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_44.md (a preambular clause, cut) and A_RES_80_11.md paragraph 16 (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/44",
        "Welcoming the adoption in 2019 by the Committee on the Peaceful Uses of Outer Space at its "
        "sixty-second session of the guidelines, as contained in annex II to the report of the "
        "Committee,10\n\n"
        "16. Requests the Peacebuilding Commission to report back in the context of its annual report, and "
        "encourages the Commission to explore opportunities for a more systematic engagement;\n\n"
        "[^10]: Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 20 "
        "(A/74/20).")
    claims = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert ("un/a/74/20", "acta:producedBy", "un/copuos") in claims
    verbs = {c.object.value for c in x.claims if c.predicate == "acta:requestVerb"}
    assert verbs == {"requests", "encourages"}
    addressees = {c.object for c in x.claims if c.predicate == "acta:addressee"}
    assert addressees == {"un/peacebuilding-commission"}


def test_the_chair_of_a_committee_is_a_post_of_that_committee(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_13.md: the committee is named inside the post's name, then by the start
    # of its name; the post is one node, whom the resolution asks
    from test_clauses import objects, requests_in
    x = extract_resolution(
        tmp_path, "A/RES/80/13",
        "Recalling that the Chair of the Ad Hoc Committee on the Indian Ocean would continue his informal "
        "consultations on the future work of the Committee,",
        "3. Requests the Chair of the Ad Hoc Committee to continue his informal consultations with the members of "
        "the Committee;")
    post, committee = "body/ad-hoc-committee-on-the-indian-ocean/chair", "body/ad-hoc-committee-on-the-indian-ocean"
    assert x.registry.get(post).kind == "officer" and x.registry.get(committee).kind == "body"
    # a post in the committee (W3C ORG), with the role its holder plays, not a sub-organization
    assert objects(x, post, "org:postIn") == [committee] and not objects(x, post, "org:subOrganizationOf")
    assert objects(x, post, "org:role") == ["role/chair"] and x.registry.get("role/chair").label == "Chair"
    assert [(addr, action) for _, addr, _, action in requests_in(x)] == [
        (post, "continue his informal consultations with the members of the Committee")]
    assert not [e.key for e in x.registry if e.key.startswith("body/chair")]


def test_a_post_of_a_body_named_by_its_head_word_is_the_post_of_the_body_named_before(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_6.md: "the Prosecutor of the Court" after the International Criminal Court
    from test_clauses import objects
    x = extract_resolution(
        tmp_path, "A/RES/80/6",
        "Welcoming the cooperation of the International Criminal Court with the United Nations,",
        "Acknowledging the progress in the cases which were referred to it by the Security Council, and which the "
        "Prosecutor of the Court has initiated proprio motu,")
    court = [e.key for e in x.registry if e.label.startswith("International Criminal Court")]
    assert len(court) == 1
    posts = {e.label: e.key for e in x.registry if e.kind == "officer"}
    assert posts["Prosecutor of the International Criminal Court"] == f"{court[0]}/prosecutor"
    assert objects(x, f"{court[0]}/prosecutor", "org:postIn") == court


def test_named_by_start_needs_the_whole_start_of_the_name() -> None:
    from graph.entities import named_by_start
    from graph.extract import Context, Extraction
    from graph.resolve import Registry

    class Doc:
        text, body_start = "", 0
    ctx = Context(Extraction(Doc(), "UN", Registry()))
    ctx.registry.add("body/ad-hoc-committee-on-the-indian-ocean", "body", "Ad Hoc Committee on the Indian Ocean")
    ctx.named_by_head["Committee"] = "body/ad-hoc-committee-on-the-indian-ocean"
    assert named_by_start(ctx, "the Ad Hoc Committee") == "body/ad-hoc-committee-on-the-indian-ocean"
    assert named_by_start(ctx, "Special Committee") is None
    assert named_by_start(ctx, "ad hoc committee") is None  # a lowercase phrase names no one body


def test_a_capitalized_short_name_is_the_body_named_before_with_it_the_organization_aside(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_62.md para. 1 (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/62",
        "1. Expresses its satisfaction at the activities carried out over the past year by the United Nations Regional "
        "Centre for Peace and Disarmament in Asia and the Pacific, and requests the Regional Centre to continue to "
        "take into account the proposals for activities submitted by the countries of the region;")
    asked = {c.object for c in x.claims if c.predicate == "acta:addressee"}
    assert asked == {"un/unrcpd"}
    assert x.registry.get("body/regional-centre") is None


def test_the_group_a_resolution_founded_is_the_one_named_again_but_an_indefinite_one_is_new(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_16.md (clauses, cut) and, for "an", A_RES_80_21.md
    x = extract_resolution(
        tmp_path, "A/RES/80/16",
        "Recalling that the open-ended working group on security of and in the use of information and communications "
        "technologies 2021–2025 was established pursuant to resolution 75/240,",
        "Recalling further that, at its eleventh substantive session, on 11 July 2025, the open-ended working group "
        "considered its final report,",
        "1. Decides to endorse the final report of the open-ended working group as contained in document A/80/257;",
        "2. Notes the establishment by the General Assembly in its decision 79/512 of 2 December 2024 of an "
        "open-ended working group,")
    group = "un/a/res/75/240/open-ended-working-group"
    got = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert ("un/a/80/257", "acta:producedBy", group) in got
    sessions = {s for s, p, o in got if p == "acta:meetingOf" and o == group}
    assert len(sessions) == 1 and "substantive-session" in next(iter(sessions))
    assert not any(p == "acta:establishedBy" and o == "un/a/dec/79/512" and s == group for s, p, o in got)


def test_a_name_founded_by_a_resolution_is_that_body_later_too(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_21.md, paragraphs 7 and 8 (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/21",
        "7. Welcomes the contribution of the Group of Governmental Experts established pursuant to General Assembly "
        "resolution 77/250 to international efforts;",
        "8. Underlines the importance of the substantive report[^6] adopted by consensus by the above-mentioned Group "
        "of Governmental Experts;", "[^6]: A/79/364.")
    group = "un/a/res/77/250/group-of-governmental-experts"
    assert ("un/a/79/364", "acta:adoptedBy", group) in {(c.subject, c.predicate, c.object) for c in x.claims}
    assert [k for k in x.registry.entities if "group-of-governmental-experts" in k] == [group]


def test_a_text_and_a_summit_named_after_an_organization_are_its(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_61.md and A_RES_80_24.md (clauses, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/61",
        "Welcoming the Andean Community Roadmap to Prevent and Combat the Illicit Trafficking in Firearms, "
        "Ammunition and Explosives (in line with the Andean Community Resolute Action Plan on transnational organized "
        "crime), and the United Nations Global Counter-Terrorism Strategy,",
        "Recalling the proclamation of a zone of peace during the Second Summit of the Community of Latin American "
        "and Caribbean States, held in Havana on 28 and 29 January 2014,")
    claims = {(c.subject, c.predicate, c.object, c.rule) for c in x.claims}
    assert ("instrument/andean-community-roadmap-to-prevent-and-combat-the-illicit-trafficking-in-firearms-"
            "ammunition-and-explosives", "acta:producedBy", "andean-community", "text-of-body") in claims
    # (the United Nations' name begins a whole system's texts: none of them is its by that)
    assert not [c for c in claims if c[3] == "text-of-body" and c[2] == "un"]
    summit = "series/summit-of-the-community-of-latin-american-and-caribbean-states/2"
    assert (summit, "acta:meetingOf", "body/celac", "meeting-of-body") in claims


@pytest.mark.parametrize("order", ["short first", "full first"])
def test_a_body_named_shorter_before_or_after_its_full_name_is_one_body(tmp_path, order: str) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_6.md paragraphs 27 and 30 (cut), in both orders
    short = ("27. Further recalls the amendments to the Rome Statute adopted by the Assembly of States Parties at the "
             "fourteenth, and sixteenth and eighteenth sessions, respectively;")
    full = ("30. Also takes note of the decision of the Assembly of States Parties to the Rome Statute of the "
            "International Criminal Court at its twenty-third session, while recalling that the Assembly of States "
            "Parties shall meet at the seat of the Court or at United Nations Headquarters, to hold its twenty-fourth "
            "session in The Hague, looks forward to the twenty-fifth session, scheduled to be held from 7 to 17 "
            "December 2026;")
    court = "Welcoming the cooperation of the United Nations with the International Criminal Court,"
    x = extract_resolution(tmp_path, "A/RES/80/6", court,
                           *((short, full) if order == "short first" else (full, short)))
    asp = "body/assembly-of-states-parties-to-the-rome-statute-of-the-international-criminal-court"
    bodies = {e.key for e in x.registry if e.kind == "body" and "assembly-of-states" in e.key}
    assert bodies == {asp}
    sessions = {e.key.rsplit("/", 1)[-1] for e in x.registry if e.kind == "meeting" and e.key.startswith(asp + "/")}
    # each of a list of ordinals, "and" between the first ones too; the session "its" stands for is the Assembly's,
    # not the Court's at whose seat it meets
    assert sessions == {"regular-14", "regular-16", "regular-18", "regular-23", "regular-24", "regular-25"}
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert (f"{asp}/session/regular-24", "schema:location", "city/the-hague") in facts
    # the dates after the next session named are that session's
    assert not [c for c in x.claims if c.subject == f"{asp}/session/regular-24" and c.predicate == "schema:startDate"]
    assert (f"{asp}/session/regular-25", "schema:startDate", Lit("2026-12-07", "xsd:date")) in facts
    if order == "full first":  # the short name read as the full one where it is read: its sessions named in full
        assert x.registry.get(f"{asp}/session/regular-18").label.endswith("to the Rome Statute of the International "
                                                                         "Criminal Court")


def test_a_group_named_shorter_before_its_name_with_a_topic_is_one_group(tmp_path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_53.md (clauses, cut): the short name first, then with its topic
    x = extract_resolution(
        tmp_path, "A/RES/80/53",
        "Welcoming the report of the Secretary-General on options for the establishment of a group of experts,",
        "1. Decides to establish the Group of Scientific and Technical Experts on Nuclear Disarmament Verification "
        "within the United Nations, consisting of 21 members;",
        "2. Also decides that the Group of Scientific and Technical Experts shall hold its first meeting in Geneva;")
    groups = {e.key for e in x.registry if e.kind == "body" and "scientific" in e.key}
    assert groups == {"body/group-of-scientific-and-technical-experts-on-nuclear-disarmament-verification"}


def test_a_meeting_named_short_and_then_with_the_text_it_serves_in_full_is_one(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_6.md, a preambular clause and paragraphs 4 and 25 (cut): the longer name
    # names the Statute the document names in full
    x = extract_resolution(
        tmp_path, "A/RES/80/6",
        "Recalling that the Rome Statute of the International Criminal Court reaffirms the purposes of the Charter,",
        "4. Notes the recent ratifications of the amendments adopted at the Review Conference of the Rome Statute of "
        "the International Criminal Court, held in Kampala from 31 May to 11 June 2010;",
        "25. Recalls that, at the Review Conference of the Rome Statute, which was convened and opened by the "
        "Secretary-General, States Parties reaffirmed their commitment to the Rome Statute;")
    full = "meeting/review-conference-of-the-rome-statute-of-the-international-criminal-court"
    assert x.registry.get("meeting/review-conference-of-the-rome-statute") is None
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert (full, "acta:convener", "un/secretary-general") in facts
    assert (full, "skos:altLabel", Lit("Review Conference of the Rome Statute")) in facts


def test_the_meeting_of_a_group_named_in_full_is_that_groups(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_68.md (cut); a meeting of States parties names no group
    x = extract_resolution(
        tmp_path, "A/RES/80/68",
        "Noting with satisfaction that the Meeting of the Group of Experts of the High Contracting Parties to Amended "
        "Protocol II and the Meeting of Experts of the High Contracting Parties to Protocol V were held in Geneva,")
    got = {(c.subject, c.object) for c in x.claims if c.rule == "meeting-of-body"}
    group = "body/group-of-experts-of-the-high-contracting-parties-to-amended-protocol-ii"
    assert got == {("meeting/meeting-of-the-group-of-experts-of-the-high-contracting-parties-to-amended-protocol-ii",
                    group)}
    assert x.registry.get(group).kind == "body"
    assert x.registry.get(group).label == "Group of Experts of the High Contracting Parties to Amended Protocol II"
