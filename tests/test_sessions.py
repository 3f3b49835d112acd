"""graph/sessions.py: sessions of bodies named by kind, owner and year or ordinal, on corpus sentences."""

from __future__ import annotations

from pathlib import Path

from graph.extract import Extraction, Lit, extract
from graph.text import read_document

# /work/shared/corpus/un-ga-80/A_RES_80_66.md, operative paragraphs 4, 6, 8 (cut by a page break), 9 and 11
PARA_4 = ("4. Notes the fact that, in accordance with General Assembly decision 52/492, at its 397th meeting, on 7 "
          "April 2025, the Disarmament Commission adopted the agenda for its substantive session of 2025;")
PARA_6 = ("6. Recommends that the Disarmament Commission continue consideration of the following items at its "
          "substantive session of 2026:")
PARA_8 = ("8. Requests the Disarmament Commission to hold a substantive session for a period not exceeding three weeks "
          "during 2026, namely from 6 to 24 April, and an organizational session at the beginning of 2026 before the "
          "substantive session, to elect\n\nits Bureau and address other outstanding organizational matters, and to "
          "submit a substantive report to the General Assembly at its eighty-first session, and stresses that the "
          "report of the Commission should contain a summary by the Chair of the proceedings to reflect different "
          "views or positions if no agreement can be reached on the specific agenda item deliberated on, as provided "
          "for in paragraph 3.4 of the")
PARA_9 = ("9. Also requests the Disarmament Commission to dedicate three days of the substantive session of 2026, in "
          "informal plenary mode, to exploring possible adjustments to its work and working methods with a view to "
          "considering such adjustments in the Commission as early as possible;")
PARA_11 = ("11. Invites Member States to submit their views and proposals on the matter early enough to enable "
           "practical consultations among them prior to the beginning of the substantive session of 2026 of the "
           "Disarmament Commission, with a view to facilitating its constructive outcome, and in this regard "
           "encourages the Chair- designate to commence consultations and preparations for the substantive session "
           "of 2026 in a timely manner upon his or her nomination;")

DC = "un/disarmament-commission"
def resolution(tmp_path: Path, *paragraphs: str) -> Extraction:
    path = tmp_path / "A_RES_80_66.md"
    path.write_text("---\nsymbol: A/RES/80/66\n---\n\nThe General Assembly,\n\n" + "\n\n".join(paragraphs) + "\n",
                    encoding="utf-8")
    return extract(read_document(path))


def report(tmp_path: Path, *paragraphs: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    return extract(read_document(path))


def triples(x: Extraction, rule: str | None = None) -> set[tuple[str, str, object]]:
    return {(c.subject, c.predicate, c.object) for c in x.claims if rule is None or c.rule == rule}


def test_at_its_397th_meeting_on_a_date_the_commission(tmp_path: Path) -> None:
    x = resolution(tmp_path, PARA_4)
    key = f"{DC}/meeting/2025-04-07"
    made = triples(x, "body-meeting")
    assert (key, "acta:meetingOf", DC) in made
    assert (key, "schema:startDate", Lit("2025-04-07", "xsd:date")) in made
    assert (key, "acta:ordinal", Lit("397", "xsd:integer")) in made
    assert x.registry.get(key).label == "397th meeting of the Disarmament Commission (2025-04-07)"
    # the session whose agenda it adopted is a second node, keyed by its year
    assert (f"{DC}/substantive-session/2025", "acta:meetingOf", DC) in triples(x, "session-of-body")


def test_its_substantive_session_of_2026_is_one_node_for_every_mention(tmp_path: Path) -> None:
    x = resolution(tmp_path, PARA_6, PARA_9, PARA_11)
    key = f"{DC}/substantive-session/2026"
    sessions = [e for e in x.registry if e.kind == "meeting" and "substantive-session" in e.key]
    assert [e.key for e in sessions] == [key]
    assert sessions[0].label == "substantive session of 2026 of the Disarmament Commission"
    assert [c.object for c in x.claims if c.subject == key and c.predicate == "acta:meetingOf"] == [DC]
    assert {c.object for c in x.claims if c.subject == key and c.predicate == "schema:startDate"} == \
        {Lit("2026", "xsd:gYear")}
    # evidence from every paragraph that names it
    spans = {(c.start, c.end) for c in x.claims if c.subject == key}
    assert len(spans) >= 3
    # paragraph 9 asks the Commission to dedicate days of it
    assert (key, "acta:requestedBy", "un/a/res/80/66") in triples(x, "request")


def test_to_elect_its_bureau_across_a_page_break(tmp_path: Path) -> None:
    x = resolution(tmp_path, PARA_8)
    bureau = f"{DC}/bureau"
    assert x.registry.get(bureau).kind == "body"
    assert x.registry.get(bureau).label == "Bureau of the Disarmament Commission"
    assert (bureau, "org:subOrganizationOf", DC) in triples(x, "owned-body")


def test_a_substantive_session_with_its_dates_in_the_same_clause(tmp_path: Path) -> None:
    x = resolution(tmp_path, PARA_8)
    key = f"{DC}/substantive-session/2026"
    assert (key, "acta:meetingOf", DC) in triples(x)
    starts = {c.object for c in x.claims if c.subject == key and c.predicate == "schema:startDate"}
    assert starts == {Lit("2026-04-06", "xsd:date")}
    assert (key, "schema:endDate", Lit("2026-04-24", "xsd:date")) in triples(x)


def test_an_undated_meeting_known_by_the_instrument_it_serves(tmp_path: Path) -> None:
    path = tmp_path / "A_RES_81_9.md"
    path.write_text("---\nsymbol: A/RES/81/9\n---\n\nThe General Assembly,\n\n"
                    "3. Requests the Secretary-General to convene the review conference of the Bamako Convention, in "
                    "accordance with article 21 of the Convention, at the earliest opportunity;\n\n"
                    "4. Notes that the conference of the Bamako Convention will be held in due course;\n",
                    encoding="utf-8")
    x = extract(read_document(path))
    meetings = {k: e.label for k, e in x.registry.entities.items() if e.kind == "meeting"}
    key = "instrument/bamako-convention/review-conference"
    of_convention = {k: label for k, label in meetings.items() if "convention" in k}
    assert of_convention == {key: "review conference of the Bamako Convention"}  # not the bare "conference of" one
    found = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert (key, "schema:about", "instrument/bamako-convention") in found
    assert (key, "acta:requestedBy", "un/a/res/81/9") in found  # so its mandate chain leads to the resolution


def test_its_session_is_the_authors_not_the_last_office_named(tmp_path: Path) -> None:
    path = tmp_path / "A_RES_81_12.md"
    path.write_text("---\nsymbol: A/RES/81/12\n---\n\nThe General Assembly,\n\n"
                    "4. Requests the Secretary-General to submit a report on the implementation of the present "
                    "resolution;\n\n"
                    "5. Decides to include in the provisional agenda of its eighty-second session the item entitled "
                    "“Regional disarmament”.\n\n"
                    "6. Recalls the resolution adopted by the General Conference of the International Atomic Energy "
                    "Agency at its forty-fifth regular session;\n\n"
                    "7. Reaffirms its decision, taken in 1982 at its twelfth special session, to establish the "
                    "programme;\n", encoding="utf-8")
    x = extract(read_document(path))
    sessions = {k for k, e in x.registry.entities.items() if e.kind == "meeting" and "/session/" in k}
    assert "un/general-assembly/session/regular-82" in sessions, sessions  # not the Secretary-General's
    assert not any(k.startswith("un/secretary-general/") for k in sessions)
    assert "un/iaea/general-conference/session/regular-45" in sessions, sessions  # the organ's, named before "its"
    assert x.registry.get("un/iaea/general-conference").kind == "body"
    assert "un/general-assembly/session/special-12" in sessions, sessions  # "its decision ... at its": the author


def meetings_of(x: Extraction) -> dict[str, str]:
    return {k: e.label for k, e in x.registry.entities.items() if e.kind == "meeting"}


# /work/shared/corpus/un-ga-80/A_RES_80_63.md, operative paragraph 25 and a preambular paragraph (cut)
FORUM = ("25. Recalls the adoption by the Standing Advisory Committee, at its fifty-fifth ministerial meeting, of the "
         "Kintélé declaration on hate speech in Central Africa, on 16 January 2023 in Kintélé, Congo, welcomes the "
         "organization of the regional forum of ministers responsible for communication, media, information and "
         "information and communications technology from States members of the Economic Community of Central "
         "African States, held on 30 and 31 January 2024 in Bangui, which led to the pre-validation of a regional "
         "strategy;")
TRIPARTITE = ("Recalling the tripartite agreements of 2010 between the Democratic Republic of the Congo, Rwanda and "
              "the Office of the United Nations High Commissioner for Refugees, as well as the tripartite high-level "
              "technical and interministerial meetings held in December 2024 and July 2025, which resulted in the "
              "elaboration of road maps,")
# /work/shared/corpus/un-ga-80/A_RES_80_44.md, A_RES_80_30.md, A_RES_80_38.md (paragraph 9), A_RES_80_39.md
JOINT = ("Welcomes the joint ad hoc meetings of the First and Fourth Committees, held on 22 October 2015, 12 October "
         "2017, 31 October 2019, 27 October 2022 and 30 October 2024, on possible challenges to space security and "
         "sustainability;")
SPECIAL = ("Recalling also that, there being a consensus to do so in each case, three special sessions of the General "
           "Assembly devoted to disarmament were held in 1978, 1982 and 1988, respectively,")
BIENNIAL = ("9. Also renews its decision, pursuant to the schedule of meetings for the period from 2024 to 2030 agreed "
            "upon at the Fourth Review Conference, to convene, in New York, a one-week biennial meeting of States in "
            "2026 (10 meetings) and a one- week biennial meeting of States in 2028 (10 meetings), to consider key "
            "challenges;")
FORUMS = ("Welcoming the attention to the catastrophic humanitarian consequences and inherent risks of nuclear weapons "
          "in multilateral disarmament forums since 2010, including in the Conferences on the Humanitarian Impact of "
          "Nuclear Weapons, the most recent of which was held in Vienna on 20 June 2022,")


def test_a_forum_of_ministers_is_nobodys_session_and_was_held_where_the_tail_says(tmp_path: Path) -> None:
    x = resolution(tmp_path, FORUM)
    key = "meeting/regional-forum-of-ministers/2024"
    assert meetings_of(x)[key] == "regional forum of ministers of 2024"
    made = triples(x)
    assert {(p, o) for s, p, o in made if s == key} == {
        ("schema:startDate", Lit("2024-01-30", "xsd:date")), ("schema:endDate", Lit("2024-01-31", "xsd:date")),
        ("schema:location", "city/bangui")}  # no acta:meetingOf the Standing Advisory Committee named before


def test_meetings_held_at_several_dates_are_one_node_per_date(tmp_path: Path) -> None:
    x = resolution(tmp_path, TRIPARTITE, JOINT, SPECIAL)
    meetings = meetings_of(x)
    tripartite = "meeting/tripartite-high-level-technical-and-interministerial-meetings"
    assert meetings[f"{tripartite}/2024-12"] == \
        "tripartite high-level technical and interministerial meetings of 2024-12"
    assert (f"{tripartite}/2025-07", "schema:startDate", Lit("2025-07", "xsd:gYearMonth")) in triples(x)
    joint = sorted(k for k in meetings if k.startswith("meeting/joint-ad-hoc-meeting-of-the-first-and-fourth"))
    assert [k.rsplit("/", 1)[1] for k in joint] == ["2015-10", "2017-10", "2019-10", "2022-10", "2024-10"]
    assert meetings[joint[0]] == "joint ad hoc meeting of the First and Fourth Committees (2015-10)"
    assert (joint[0], "schema:startDate", Lit("2015-10-22", "xsd:date")) in triples(x)
    assert not any(p == "acta:meetingOf" and s in joint for s, p, _ in triples(x))  # no body guessed for them
    special = {k for k in meetings if k.startswith("un/general-assembly/special-session/")}
    assert special == {f"un/general-assembly/special-session/{y}" for y in (1978, 1982, 1988)}


def test_the_place_of_convene_in_holds_for_each_meeting_of_the_clause(tmp_path: Path) -> None:
    x = resolution(tmp_path, BIENNIAL)
    for year in (2026, 2028):
        key = f"un/a/res/80/66/meeting/biennial-meeting-of-states/{year}"  # the document's own: no treaty named
        assert meetings_of(x)[key] == f"biennial meeting of States of {year}"
        assert (key, "schema:location", "city/new-york") in triples(x, "convened-in")


def test_disarmament_forums_are_no_meetings(tmp_path: Path) -> None:
    x = resolution(tmp_path, FORUMS)
    assert not [k for k in meetings_of(x) if "forum" in k]


# /work/shared/corpus/un-ga-80/A_RES_80_38.md, operative paragraphs 10 and 33 (with paragraph 9, BIENNIAL, above)
NINTH = ("10. Decides, in that regard, to convene the ninth Biennial Meeting of States from 1 to 5 June 2026, to "
         "consider key challenges and opportunities relating to the implementation of the Programme of Action;")
ANALYSIS = ("33. Requests the Secretariat to prepare a comprehensive analysis, within existing resources, for "
            "presentation at the Biennial Meeting of States in 2026 for consideration and appropriate follow-up;")


def test_the_meeting_of_a_series_in_a_year_is_the_numbered_one_of_that_year(tmp_path: Path) -> None:
    x = resolution(tmp_path, BIENNIAL, NINTH, ANALYSIS)
    ninth = "un/a/res/80/66/biennial-meeting-of-states/9"  # "Biennial Meeting of States" names no treaty
    meetings = meetings_of(x)
    assert "un/a/res/80/66/meeting/biennial-meeting-of-states/2026" not in meetings  # paragraph 9's, now the ninth
    assert "un/a/res/80/66/meeting/biennial-meeting-of-states" not in meetings  # paragraph 33's
    # no ninth in 2028
    assert meetings["un/a/res/80/66/meeting/biennial-meeting-of-states/2028"] == "biennial meeting of States of 2028"
    made = triples(x)
    assert {o for s, p, o in made if s == ninth and p == "schema:location"} == {"city/new-york"}
    assert {o for s, p, o in made if s == ninth and p == "schema:startDate"} == {Lit("2026-06-01", "xsd:date")}
    assert (ninth, "acta:convenedBy", "un/a/res/80/66") in made
    assert (ninth, "skos:altLabel", Lit("biennial meeting of States of 2026")) in made
    # what paragraph 33 asks is for the ninth meeting, not for a node of its own
    assert not [s for s, p, o in made if "un/a/res/80/66/meeting/biennial-meeting-of-states/2026" in (s, o)]


def test_two_numbered_meetings_of_a_year_take_no_unnumbered_mention(tmp_path: Path) -> None:
    x = resolution(tmp_path, NINTH, NINTH.replace("ninth", "tenth").replace("1 to 5 June", "7 to 11 December"),
                   ANALYSIS)
    # which of the two it is, the text does not say
    assert "un/a/res/80/66/meeting/biennial-meeting-of-states" in meetings_of(x)


def test_a_notes_official_records_session_is_that_bodys_session(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_42.md (a note, cut): no "Forty-eighth Session" node of its own
    x = resolution(tmp_path, "Recalling the report of the Secretary-General,1",
                   "[^1]: Official Records of the General Assembly, Forty-eighth Session, Supplement No. 42 (A/48/42).",
                   "[^2]: Official Records of the General Assembly, Twelfth Special Session, Plenary Meetings.")
    meetings = meetings_of(x)
    assert meetings["un/general-assembly/session/regular-48"] == ("forty-eighth session of the General Assembly of "
                                                                  "the United Nations")
    assert "un/general-assembly/session/special-12" in meetings
    assert not [k for k in meetings if k.startswith("series/")]


# /work/shared/corpus/un-ga-80/A_RES_80_38.md, paragraph 11 (cut by a line break), and A_RES_80_63.md
PREPCOM_38 = ("11. Renews its decision to convene the Fifth United Nations Conference to Review Progress Made in the "
              "Implementation of the Programme of Action to Prevent,\nCombat and Eradicate the Illicit Trade in Small "
              "Arms and Light Weapons in All Its Aspects (and the International Tracing Instrument) in 2030 as a "
              "two-week event, to be preceded by a preparatory committee meeting of not more than five days, in early "
              "2030;")
LUANDA_63 = ("taking note also of the conclusions of the second Maritime Conference of the Economic Community of "
             "Central African States, held in Malabo on 7 June 2025, following a high-level preparatory meeting held "
             "in Luanda from 22 to 25 April, which led to the adoption of a revised protocol on maritime governance,")


def test_a_preparatory_meeting_belongs_to_the_meeting_it_prepares(tmp_path: Path) -> None:
    x = resolution(tmp_path, PREPCOM_38, LUANDA_63)
    meetings = {k: e.label for k, e in x.registry.entities.items() if e.kind == "meeting"}
    found = triples(x)
    prepcom = next(k for k, label in meetings.items()
                   if label.startswith("preparatory committee meeting for the Fifth"))
    conference = next(o for s, p, o in found if s == prepcom and p == "acta:preparedFor")
    assert meetings[conference].startswith("Fifth United Nations Conference to Review Progress")
    assert (prepcom, "schema:startDate", Lit("2030", "xsd:gYear")) in found  # "in early 2030"
    luanda = next(k for k, label in meetings.items() if label.startswith("high-level preparatory meeting for the"))
    maritime = next(o for s, p, o in found if s == luanda and p == "acta:preparedFor")
    assert meetings[maritime].startswith("second Maritime Conference")
    assert (luanda, "schema:location", "city/luanda") in found
    assert (luanda, "schema:startDate", Lit("2025-04-22", "xsd:date")) in found
    assert not any(p == "acta:meetingOf" for s, p, o in found if s == luanda)  # no body's meeting


def test_the_meeting_known_by_its_year_takes_the_dates_of_its_unnumbered_mention(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_43.md, paragraphs 5 and 6; and A_RES_80_48.md: the dates of a
    # committee "for the 2026 Review Conference, held … in 2023" are not the conference's
    x = resolution(tmp_path, "5. Decides to convene the Meeting of States in New York from 12 to 23 July 2027 to "
                             "review the implementation of the Global Framework;",
                   "6. Encourages the Chair-designate of the 2027 Meeting of States to conduct discussions;",
                   "Noting the first session of the Preparatory Committee for the 2026 Review Conference of the "
                   "Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held in Vienna from 31 July to "
                   "11 August 2023,")
    found = triples(x)
    assert ("un/a/res/80/66/meeting-of-states/2027", "schema:startDate", Lit("2027-07-12", "xsd:date")) in found
    assert ("un/a/res/80/66/meeting-of-states/2027", "acta:convenedBy", "un/a/res/80/66") in found
    npt = "series/review-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-nuclear-weapons/2026"
    assert {o for s, p, o in found if s == npt and p == "schema:startDate"} == {Lit("2026", "xsd:gYear")}


def test_a_numbered_meetings_short_names_are_the_one_the_document_names_in_full(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md: four nodes for one meeting; "with States not Parties" is who
    # the meeting is held with, not its name
    x = resolution(tmp_path,
                   "Welcoming the convening of the thirteenth Meeting of States Parties to the Convention on Cluster "
                   "Munitions with States not Parties to the Convention, in support of universal adherence,",
                   "Noting the decisions of the thirteenth Meeting of States Parties to the Convention,",
                   "2. Welcomes the report of the thirteenth Meeting of States Parties;",
                   "3. Recalls the first Meeting of States Parties to the Convention on Cluster Munitions and the "
                   "first Meeting of States Parties to the Arms Trade Treaty, and the first Meeting of States Parties;")
    meetings = {k: e.label for k, e in x.registry.entities.items() if e.kind == "meeting"}
    full = "series/meeting-of-states-parties-to-the-convention-on-cluster-munitions/13"
    assert [k for k in meetings if k.endswith("/13")] == [full]
    assert meetings[full] == "thirteenth Meeting of States Parties to the Convention on Cluster Munitions"
    alt = {o.value for s, p, o in triples(x) if s == full and p == "skos:altLabel"}
    assert alt == {"thirteenth Meeting of States Parties", "thirteenth Meeting of States Parties to the Convention"}
    # two longer names the short one could be: it stays itself
    assert "un/a/res/80/66/meeting-of-states-parties/1" in meetings  # the document's own


def test_the_numbered_session_of_a_named_conference_is_that_conferences_not_the_assemblys(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md, annex paragraph 10: each was "of the UN General Assembly"
    x = resolution(tmp_path, "10. We welcome the convening of the twenty-ninth session of the Conference of the "
                             "Parties to the United Nations Framework Convention on Climate Change, the nineteenth "
                             "session of the Conference of the Parties serving as the Meeting of the Parties to the "
                             "Kyoto Protocol in Baku in November 2024, as the first session of the Conference of the "
                             "Parties held in a landlocked developing country.")
    meetings = {k: e.label for k, e in x.registry.entities.items() if e.kind == "meeting"}
    cop = "series/conference-of-the-parties-to-the-united-nations-framework-convention-on-climate-change/29"
    assert meetings[cop] == ("twenty-ninth session of the Conference of the Parties to the United Nations Framework "
                             "Convention on Climate Change")
    assert not [k for k in meetings if k.startswith("un/general-assembly/session/n")]  # no guessed owner
    assert not [k for k in meetings if k.startswith("series/conference-of-the-parties/")]  # any treaty's: none


def test_the_meetings_of_a_named_body_held_on_several_days_are_one_meeting_a_day(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_58.md; a bare "meetings" with no owner or no day names none
    x = resolution(tmp_path, "Noting also the meetings of the Security Council on artificial intelligence and "
                             "international peace and security, held on 18 July 2023, 19 December 2024, 4 April 2025 "
                             "and 24 September 2025,",
                   "Noting the meetings held in 2024 and the meetings of the Security Council in 2025,")
    meetings = sorted(k for k, e in x.registry.entities.items() if e.kind == "meeting" and "security-council" in k)
    assert meetings == [f"un/security-council/meeting/{day}"
                        for day in ("2023-07-18", "2024-12-19", "2025-04-04", "2025-09-24")]
    assert ("un/security-council/meeting/2025-04-04", "acta:meetingOf", "un/security-council") in triples(x)


def test_a_preparatory_committee_named_by_the_meeting_it_prepares_owns_its_sessions(tmp_path: Path) -> None:
    """A/RES/80/39, 80/48: not the body the document named last."""
    x = resolution(tmp_path, "Welcoming the statement of the New Agenda Coalition,",
                   "Noting that this was recognized during the two first meetings of the Preparatory Committee for the "
                   "2026 Review Conference, and welcoming the work of the Preparatory Committee at its third session, "
                   "held in New York from 28 April to 9 May 2025,")
    committee = "un/a/res/80/66/review-conference/2026/preparatory-committee"  # no treaty named
    assert x.registry.get(committee).label == "Preparatory Committee for the 2026 Review Conference"
    prepared = {(p, o) for s, p, o in triples(x) if s == committee}
    assert ("acta:preparedFor", "un/a/res/80/66/review-conference/2026") in prepared
    owners = {s: o for s, p, o in triples(x) if p == "acta:meetingOf" and "/session/regular-80" not in s}
    assert owners == {f"{committee}/meeting/n1": committee, f"{committee}/session/regular-3": committee}


def test_the_places_and_dates_after_a_list_of_meetings_are_not_the_last_ones(tmp_path: Path) -> None:
    x = resolution(tmp_path, "Recalling the successful convening of the first, second, third and fourth Conferences on "
                             "the Humanitarian Impact of Nuclear Weapons, in Oslo on 4 and 5 March 2013, in Nayarit, "
                             "Mexico, on 13 and 14 February 2014, and in Vienna on 8 and 9 December 2014,")
    series = "series/conference-on-the-humanitarian-impact-of-nuclear-weapons"
    assert {f"{series}/{n}" for n in (1, 2, 3, 4)} <= set(x.registry.entities)
    assert not [c for c in x.claims if c.subject.startswith(series) and c.predicate in (
        "schema:location", "schema:startDate", "schema:endDate")]


def test_a_meeting_on_a_topic_is_named_in_the_texts_words(tmp_path: Path) -> None:
    """A/RES/80/49 and 80/26: the topic names the meeting; whose it is stays in the label."""
    x = resolution(tmp_path, "Welcoming the convening of the high-level meeting of the General Assembly on nuclear "
                             "disarmament, on 26 September 2013, and recognizing its contribution,",
                   "Noting the convening by the Secretary-General of the high-level meeting on nuclear safety and "
                   "security, in New York on 22 September 2011,")
    ga = "un/general-assembly/high-level-meeting"
    assert x.registry.get(f"{ga}/2013").label == "high-level meeting of the General Assembly on nuclear disarmament"
    # (round 14: the meeting the Secretary-General convened is his, named by its topic, not an Assembly meeting)
    assert x.registry.get(f"{ga}/2011") is None
    sg = "meeting/high-level-meeting-on-nuclear-safety-and-security"
    assert x.registry.get(sg).label == "high-level meeting on nuclear safety and security"
    assert ("acta:convener", "un/secretary-general") in {(c.predicate, c.object) for c in x.claims if c.subject == sg}


def test_its_session_of_a_year_named_before_the_word(tmp_path: Path) -> None:
    """/work/shared/corpus/un-ga-80/A_RES_80_19.md and 80/18: "its 2009 session" is the session of the body just
    named; "the report of the Conference on its 1992 session", three mentions later, is the Conference's too: its short
    name, right before "on its", says whose (not the General Assembly, the body named last)."""
    x = resolution(tmp_path, "Taking note of the decision of the Conference on Disarmament to establish for its 2009 "
                             "session a working group to discuss all issues related to outer space,",
                   "Recalling the special report of the Conference on Disarmament submitted to the General Assembly "
                   "at its twelfth special session, the second special session devoted to disarmament, as well as "
                   "the report of the Conference on its 1992 session,")
    session = "un/conference-on-disarmament/session/2009"
    assert x.registry.get(session).label == "2009 session of the Conference on Disarmament"  # in the text's order
    assert [o.value for s, p, o in triples(x, "session-of-year") if s == session] == ["2009"]
    assert [k for k in x.registry.entities if k.endswith("/session/1992")] == [
        "un/conference-on-disarmament/session/1992"]


def test_the_date_of_a_resolution_after_a_meeting_is_not_the_meetings(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md, two preambular paragraphs (the first cut)
    x = resolution(tmp_path,
                   "Reaffirming the proposals submitted by the States members of the Conference on Disarmament on the "
                   "follow-up to the 2013 high-level meeting of the General Assembly on nuclear disarmament, pursuant "
                   "to Assembly resolution 68/32 of 5 December 2013,",
                   "Recalling the high-level meeting of the General Assembly on nuclear disarmament held on "
                   "26 September 2013, and the strong support for nuclear disarmament expressed therein,")
    starts = {o for s, p, o in triples(x) if p == "schema:startDate" and "high-level-meeting" in s}
    assert starts == {Lit("2013-09-26", "xsd:date")}


def test_a_declarations_day_after_a_bodys_meetings_is_not_theirs(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_63.md paragraph 32 (cut)
    x = resolution(tmp_path,
                   "32. Urges the States members of the Standing Advisory Committee to strengthen the gender component "
                   "of the various meetings of the Committee, in line with the Sao Tome Declaration on the "
                   "Participation of Women, adopted on 1 December 2016, and encourages them;")
    assert not [t for t in triples(x) if t[1] == "schema:startDate"]


def test_an_organs_session_is_one_node_however_it_is_named(tmp_path: Path) -> None:
    # A_RES_80_17.md ("the Final Document of the Tenth Special Session of the General Assembly"), A_RES_80_66.md
    # ("at its tenth special session"), A_RES_80_18.md's notes ("Official Records of the General Assembly, Forty-sixth
    # Session, …", then "Ibid., Forty-seventh Session, …") and a symbol's own session (A/RES/S-10/2)
    from conftest import extract_resolution
    x = extract_resolution(tmp_path, "A/RES/80/17",
                           "Recalling the Final Document of the Tenth Special Session of the General Assembly,",
                           "Recalling also the resolution it adopted at its tenth special session, resolution S-10/2,",
                           "Taking note of the reports of the Conference on Disarmament,4 5",
                           "[^4]: Official Records of the General Assembly, Forty-sixth Session, Supplement No. 27 "
                           "(A/46/27).",
                           "[^5]: Ibid., Forty-seventh Session, Supplement No. 27 (A/47/27).")
    sessions = {k for k, e in x.registry.entities.items() if e.kind == "meeting"}
    assert "un/general-assembly/session/special-10" in sessions
    assert not [k for k in sessions if "special-session" in k or k.startswith("series/")], sessions
    assert {"un/general-assembly/session/regular-46", "un/general-assembly/session/regular-47"} <= sessions


def test_a_session_known_by_its_year_is_named_in_the_texts_order(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_59.md ("during its 2025 session"); A_RES_80_66.md keeps "its substantive
    # session of 2025" in its order (the shared gold's "substantive session of 2026")
    from conftest import extract_resolution
    x = extract_resolution(tmp_path, "A/RES/80/59",
                           "Noting with regret that the Conference on Disarmament, during its 2025 session, was unable "
                           "to undertake negotiations,",
                           "Recalling the report of the Disarmament Commission on its substantive session of 2025,")
    labels = {k: e.label for k, e in x.registry.entities.items() if e.kind == "meeting"}
    assert labels["un/conference-on-disarmament/session/2025"] == "2025 session of the Conference on Disarmament"
    assert [v for v in labels.values() if "2025" in v and "Commission" in v] == [
        "substantive session of 2025 of the Disarmament Commission"]


def test_its_session_of_a_year_long_after_the_body_with_nothing_named_between(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_65.md para. 3 (cut): "its" is the Conference, 200 characters before
    from conftest import extract_resolution
    x = extract_resolution(tmp_path, "A/RES/80/65",
                           "3. Calls upon the Conference on Disarmament to further intensify consultations and to "
                           "explore possibilities for overcoming its ongoing deadlock by adopting and implementing a "
                           "balanced and comprehensive programme of work at the earliest possible date during its 2026 "
                           "session;")
    session = "un/conference-on-disarmament/session/2026"
    assert x.registry.get(session).label == "2026 session of the Conference on Disarmament"
    assert [o.value for s, p, o in triples(x, "session-of-year") if s == session] == ["2026"]


def test_its_session_of_a_year_with_other_mentions_between_is_the_last_bodys(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md and A_RES_80_19.md (preambular clauses, cut): a date, a note, "the
    # decision" between the body and "its 2025 session"; "the Conference" is the body named last, by its head word
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/24",
        "Noting the adoption of the programme of work for the 2009 session by the Conference on Disarmament on "
        "29 May 2009,10 after years of stalemate, and regretting that the Conference did not succeed in reaching "
        "consensus on a programme of work for its 2025 session,",
        "Taking note of the decision of the Conference on Disarmament to establish for its 2009 session a working "
        "group, and the decision to establish for its 2021 session a subsidiary body on outer space,",
        "[^10]: Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 27 (A/64/27).")
    for year in ("2025", "2021"):
        session = f"un/conference-on-disarmament/session/{year}"
        assert x.registry.get(session).label == f"{year} session of the Conference on Disarmament"
        assert [o.value for s, p, o in triples(x, "session-of-year") if s == session] == [year]


def test_each_session_of_an_ordinal_list_is_the_owners_with_its_own_dates(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_48.md and A_RES_80_16.md: whose and when come after the last one
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/48",
        "Noting also the first, second and third sessions of the Preparatory Committee for the 2026 Review "
        "Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held from 31 July to "
        "11 August 2023, from 22 July to 2 August 2024 and from 28 April to 9 May 2025,",
        "Noting that the open-ended working group on security of and in the use of information and communications "
        "technologies established pursuant to resolution 75/240 held its organizational session and its first "
        "substantive session in 2021, its second and third substantive sessions in 2022,")
    starts = {x.registry.get(c.subject).label.split(" of the ")[0]: c.object.value for c in x.claims
              if c.predicate == "schema:startDate" and "session" in c.subject}
    assert starts == {"first session": "2023-07-31", "second session": "2024-07-22", "third session": "2025-04-28",
                      "first substantive session": "2021", "organizational session of 2021": "2021",
                      "second substantive session": "2022", "third substantive session": "2022"}
    owners = {c.subject.rsplit("/", 2)[-2:][1]: c.object for c in x.claims if c.predicate == "acta:meetingOf"}
    assert owners["n2"] == owners["n3"] == "un/a/res/75/240/open-ended-working-group"
    assert owners["regular-1"] == owners["regular-3"] == (
        "series/review-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-nuclear-weapons/2026/"
        "preparatory-committee")


def test_a_list_of_sessions_takes_its_own_year_not_the_next_lists(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_16.md: three years for three lists, not one year per session of the first
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/16",
        "Noting that the open-ended working group on security of and in the use of information and communications "
        "technologies established pursuant to resolution 75/240 held its fourth, fifth and sixth substantive "
        "sessions in 2023, its seventh, eighth and ninth substantive sessions in 2024, and its tenth and eleventh "
        "substantive sessions in 2025,")
    years = {c.subject.rsplit("/", 1)[1]: c.object.value for c in x.claims if c.predicate == "schema:startDate"}
    assert years == {"n4": "2023", "n5": "2023", "n6": "2023", "n7": "2024", "n8": "2024", "n9": "2024",
                     "n10": "2025", "n11": "2025"}


def test_the_sessions_a_body_will_hold_in_places_over_a_period_convened_by_the_deciding_text(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_53.md paragraphs 1 and 3 (cut)
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/53",
        "1. Decides to establish a Group of Scientific and Technical Experts on Nuclear Disarmament Verification;",
        "3. Decides that the Group of Scientific and Technical Experts will hold four 2-week sessions in Geneva and "
        "Vienna, from January 2027 to September 2029;")
    sessions = [k for k, e in x.registry.entities.items() if k.endswith("/sessions/2027-01")]
    assert len(sessions) == 1
    got = {(c.predicate, c.object) for c in x.claims if c.subject == sessions[0]}
    assert {("schema:startDate", Lit("2027-01", "xsd:gYearMonth")),
            ("schema:endDate", Lit("2029-09", "xsd:gYearMonth")), ("schema:location", "city/geneva"),
            ("schema:location", "city/vienna"), ("acta:convenedBy", "un/a/res/80/53")} <= got


def test_a_session_the_clause_dates_by_its_year_before_it_or_names_by_year_and_whose(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_64.md, A_RES_80_44.md and A_RES_80_24.md (preambular clauses, cut)
    x = resolution(tmp_path,
                   "Reaffirming its decision, taken in 1982 at its twelfth special session, to establish the United "
                   "Nations Disarmament Information Programme,",
                   "Welcoming the adoption in 2019 by the Committee on the Peaceful Uses of Outer Space at its "
                   "sixty-second session of the preamble and 21 Guidelines,",
                   "Noting the adoption of the programme of work for the 2009 session by the Conference on "
                   "Disarmament on 29 May 2009,")
    dated = {(s, o) for s, p, o in triples(x) if p == "schema:startDate"}
    assert {("un/general-assembly/session/special-12", Lit("1982", "xsd:gYear")),
            ("un/copuos/session/regular-62", Lit("2019", "xsd:gYear")),
            ("un/conference-on-disarmament/session/2009", Lit("2009", "xsd:gYear"))} <= dated
    assert ("un/conference-on-disarmament/session/2009", "acta:meetingOf", "un/conference-on-disarmament") \
        in triples(x)


def test_the_sessions_of_a_conference_organized_in_a_list_of_years(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_39.md (a preambular clause, cut)
    x = resolution(tmp_path, "Encouraged by the successful organization in 2019, 2021, 2022, 2023 and 2024 by the "
                             "Secretary-General, in accordance with its decision 73/546 of 22 December 2018, of the "
                             "sessions of a conference aimed at elaborating a treaty on the establishment of a Middle "
                             "East zone free of nuclear weapons, on the basis of arrangements freely arrived at,")
    made = triples(x, "sessions-of-a")
    sessions = {s: o.value for s, p, o in made if p == "schema:startDate"}
    assert sorted(sessions.values()) == ["2019", "2021", "2022", "2023", "2024"]
    (conference,) = {o for s, p, o in made if p == "schema:superEvent"}
    assert x.registry.get(conference).label == ("conference aimed at elaborating a treaty on the establishment of a "
                                                "Middle East zone free of nuclear weapons")
    assert (conference, "acta:inAccordanceWith", "un/a/dec/73/546") in made
    assert {o for s, p, o in made if p == "acta:organizer"} == {"un/secretary-general"}


def test_a_session_of_an_organ_named_in_the_possessive_is_the_organs(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, paragraph 42
    path = tmp_path / "ipbes-report.txt"
    path.write_text("Report of the Plenary of the Intergovernmental Science-Policy Platform on Biodiversity and "
                    "Ecosystem Services on the work of its first session\n\n(42) Under this agenda item, the Plenary "
                    "mandated the Bureau to further consider the provisional agenda, date and venue of the second "
                    "session of the Platform’s Plenary.\n", encoding="utf-8")
    x = extract(read_document(path))
    assert "ipbes/plenary/session/regular-2" in x.registry.entities
    assert not [k for k in x.registry.entities if k.startswith("ipbes/session/")]


def test_a_meeting_of_a_bodys_ministers_is_the_bodys_named_with_them(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_47.md (a preambular clause)
    path = tmp_path / "A_RES_80_47.md"
    path.write_text("---\nsymbol: A/RES/80/47\n---\n\nThe General Assembly,\n\nRecalling the joint communiqué of the "
                    "fifty-eighth meeting of the Ministers for Foreign Affairs of the Association of Southeast Asian "
                    "Nations, held in Kuala Lumpur on 9 July 2025,\n", encoding="utf-8")
    x = extract(read_document(path))
    key = "asean/meeting-of-the-ministers-for-foreign-affairs/n58"
    assert x.registry.label(key).startswith("fifty-eighth meeting of the Ministers for Foreign Affairs of the")
    facts = {(c.predicate, c.object) for c in x.claims if c.subject == key}
    assert {("acta:meetingOf", "asean"), ("schema:location", "city/kuala-lumpur"),
            ("schema:startDate", Lit("2025-07-09", "xsd:date"))} <= facts


def test_the_nth_special_session_devoted_to_a_topic_is_the_nth_on_that_topic(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_50.md and A_RES_80_30.md (clauses, cut): the first special session
    # devoted to disarmament (1978) was the Assembly's tenth special session, not its first (1947); the item's
    # title names the fourth without its topic, and the group that met in 2016 and 2017 is not the session
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/30",
        "Convening of the fourth special session of the General Assembly",
        "Recalling also that at the first special session of the General Assembly devoted to disarmament, in 1978, "
        "the Assembly stressed that nuclear weapons posed the greatest danger to mankind,",
        "1. Recalls the adoption by consensus of the recommendations on the objectives and agenda of the fourth "
        "special session of the General Assembly devoted to disarmament by the Open-ended Working Group on the "
        "fourth special session of the General Assembly devoted to disarmament, which was established by the "
        "Assembly by its resolution 65/66 and which met in New York in 2016 and 2017;")
    series = "un/general-assembly/special-session-devoted-to-disarmament"
    assert x.registry.get(f"{series}/n1").label == \
        "first special session of the General Assembly devoted to disarmament"
    assert x.registry.get(f"{series}/n4").label == \
        "fourth special session of the General Assembly devoted to disarmament"
    assert x.registry.get("un/general-assembly/session/special-1") is None
    assert x.registry.get("un/general-assembly/session/special-4") is None  # merged: its altLabel
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert (f"{series}/n1", "schema:startDate", Lit("1978", "xsd:gYear")) in facts
    assert (f"{series}/n4", "skos:altLabel", Lit("fourth special session of the General Assembly of the United "
                                                 "Nations")) in facts
    assert not [c for c in x.claims if c.subject == f"{series}/n4" and c.predicate == "schema:startDate"]


def test_an_ordinal_a_line_break_cut_after_its_hyphen_is_one_number(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_38.md (a paragraph, cut): "eighty- first", the line broken after "eighty-"
    x = resolution(tmp_path, "11. Requests the Secretary-General to submit to the General Assembly at its eighty- "
                             "first session a report on the implementation of the present resolution;")
    sessions = {k: e.label for k, e in x.registry.entities.items() if e.kind == "meeting" and "/session/" in k}
    assert sessions["un/general-assembly/session/regular-81"] == \
        "eighty-first session of the General Assembly of the United Nations"
    assert "un/general-assembly/session/regular-1" not in sessions  # (not its "first session")


def test_its_session_after_a_conference_is_the_conferences(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_34.md (a preambular clause, cut)
    x = resolution(tmp_path, "Welcoming the work of the Organisation for the Prohibition of Chemical Weapons,",
                   "Recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019 adopted by the Conference of "
                   "the States Parties at its twenty-fourth session,")
    sessions = {k: e.label for k, e in x.registry.entities.items() if e.kind == "meeting" and "session" in k}
    assert not [k for k in sessions if k.startswith("un/opcw/session/")], sessions  # (not the Organisation's)
    assert [label for label in sessions.values() if label.startswith("twenty-fourth session of the Conference")]
