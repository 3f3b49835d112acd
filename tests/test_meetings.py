"""graph/meetings.py: named meetings with ordinals and series, acronyms, generic sessions, on real sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_resolution

from graph.extract import Lit
from graph.meetings import find_meetings, said_again
from graph.mentions import choose

MISPA_II = "Second Meeting of Ministers Responsible for Public Security in the Americas"


def named(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.key, m.label) for m in find_meetings(text, 0, len(text)) if m.attrs.get("named")]


def generic(text: str) -> list[tuple[str, int | None, str]]:
    return [(m.text, m.attrs["ordinal"], m.attrs["type"]) for m in find_meetings(text, 0, len(text))
            if m.attrs.get("generic")]


def test_an_ordinal_meeting_of_a_series() -> None:
    text = ("In addition, on September 16, 2009, the Organization's Permanent Council adopted resolution CP/RES. 957 "
            "(1714/09) convening the Second Meeting of Ministers Responsible for Public Security in the Americas, to "
            "be held in Santo Domingo, Dominican Republic, on November 4 and 5, 2009")
    (m,) = find_meetings(text, 0, len(text))
    assert (m.text, m.key, m.label) == (MISPA_II, "oas/mispa/2", MISPA_II)
    assert m.attrs["ordinal"] == 2
    assert m.attrs["series"] == "Meeting of Ministers Responsible for Public Security in the Americas"
    assert text[m.start:m.end] == m.text


def test_the_acronym_names_the_same_meeting() -> None:
    text = ("This Working Group met on September 29 and on October 1, 6, 13, 15, and 20, 2009 and considered and "
            "approved the following working documents of MISPA II:")
    assert ("MISPA II", "oas/mispa/2", MISPA_II) in named(text)


def test_the_first_meeting_of_the_series() -> None:
    text = ("That meeting was convened pursuant to Article 29 of Commitment to Public Security in the Americas "
            "(MISPA/doc.7/08 rev. 4), adopted in Mexico City during the First Meeting of Ministers Responsible for "
            "Public Security in the Americas.")
    assert ("First Meeting of Ministers Responsible for Public Security in the Americas", "oas/mispa/1",
            "First Meeting of Ministers Responsible for Public Security in the Americas") in named(text)


def test_a_conference_of_the_parties_serving_as_the_meeting_of_the_parties_is_one_name() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md (cut); the UNFCCC's own documents write "meeting" in lower case
    for meeting in ("Meeting", "meeting"):
        text = (f"the nineteenth session of the Conference of the Parties serving as the {meeting} of the Parties "
                "to the Kyoto Protocol")
        name = f"Conference of the Parties serving as the {meeting} of the Parties to the Kyoto Protocol"
        assert name in [text for text, _, _ in named(text)]
    # a body that serves as no meeting keeps its name short
    short = named("the Conference of the Parties serving the Convention")
    assert [t for t, _, _ in short] == ["Conference of the Parties"]


def test_a_name_a_page_break_cut_before_its_last_word_is_whole() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_5.md (cut): the paragraph, joined again, holds the blank line
    text = "the review of the World Summit for Social\n\nDevelopment, the outcome of the twenty-fourth special session"
    assert "World Summit for Social\n\nDevelopment" in [t for t, _, _ in named(text)]
    # (a heading's last line before the next paragraph is not a name's part)
    text = "on Their Destruction\n\nResolution adopted by the General Assembly"
    assert not [t for t, _, _ in named(text) if "\n\n" in t]


def test_a_named_meeting_without_an_ordinal() -> None:
    text = ("The Inter-American Specialized Conference on Public Security in the Americas: Meeting of Experts to "
            "Prepare for MISPA II, was held on August 4 and 5, 2009 in Montevideo, Uruguay.")
    name = ("Inter-American Specialized Conference on Public Security in the Americas: Meeting of Experts to "
            "Prepare for MISPA II")
    assert (name, "meeting/" + "inter-american-specialized-conference-on-public-security-in-the-americas-meeting-of-"
            "experts-to-prepare-for-mispa-ii", name) in named(text)
    # the acronym inside the name is a mention too, but the longest span wins
    chosen = choose(find_meetings(text, 0, len(text)))
    assert [m.text for m in chosen] == [name]


@pytest.mark.parametrize(("text", "expected"), [
    ("At its thirty-ninth regular session in San Pedro Sula, Honduras, in June 2009, the General Assembly",
     [("thirty-ninth regular session", 39, "regular session")]),
    ("28th plenary meeting 4 November 2025", [("28th plenary meeting", 28, "plenary meeting")]),
    ("Recalling the Busan outcome, adopted at the third ad hoc intergovernmental and multi-stakeholder meeting on an "
     "intergovernmental science-policy platform on biodiversity and ecosystem services",
     [("third ad hoc intergovernmental and multi-stakeholder meeting", 3,
       "ad hoc intergovernmental and multi-stakeholder meeting")]),
    ("As well, on October 13 the Working Group held a briefing session where contributions were made",
     [("briefing session", None, "briefing session")]),
], ids=["oas-regular-session", "un-plenary", "ipbes-busan", "oas-briefing"])
def test_generic_meetings_keep_their_ordinal_and_kind(text: str, expected: list) -> None:
    assert generic(text) == expected
    assert named(text) == []


def test_no_meetings_where_there_are_none() -> None:
    text = ("We acknowledge the urgent need to address profound social challenges, especially poverty, unemployment "
            "and social exclusion, that affect every country.")
    assert find_meetings(text, 0, len(text)) == []
    text = "- Draft Rules of Procedure (CSH/GT/MISPA II-3/09 rev. 1)"
    # only the acronym, which sits in a symbol whose longer span wins later
    assert [m.text for m in find_meetings(text, 0, len(text))] == ["MISPA II"]


def test_an_operative_verb_is_not_part_of_a_meeting_name() -> None:
    text = ("2. Requests the Conference on Disarmament to report to the General Assembly on the results of those "
            "negotiations.")  # A/RES/80/59
    assert not any(name.startswith("Requests") for name, _, _ in named(text))


def test_a_session_name_stops_before_its_verb() -> None:
    text = ("(1) The first session of the Plenary of the Intergovernmental Science-Policy Platform on Biodiversity "
            "and Ecosystem Services was held in Bonn from 21 to 26 January 2013.")  # IPBES/1/12
    assert all(not label.endswith(" was") for _, _, label in named(text))


def test_a_footnote_mark_ends_a_name_and_a_plan_of_the_summit_is_not_the_summit() -> None:
    text = ("Recalling the Johannesburg Declaration on Sustainable Development⁴ and the Plan of Implementation of "
            "the World Summit on Sustainable Development,")
    labels = [m.label for m in find_meetings(text, 0, len(text))]
    assert labels == ["World Summit on Sustainable Development"]


@pytest.mark.parametrize("text, meeting", [
    ("Recalling the Final Document of the Tenth Special Session of the General Assembly,",
     "Tenth Special Session of the General Assembly"),
    ("Recalling the Concluding Document of the Twelfth Special Session of the General Assembly,",
     "Twelfth Special Session of the General Assembly"),
    ("Reaffirming the Addis Ababa Action Agenda of the Third International Conference on Financing for Development,",
     "Third International Conference on Financing for Development"),
    # a text about something else that only mentions meetings names none
    ("Welcoming the Sao Tome Declaration on the Participation of Women in the Statutory Meetings of the Committee,",
     None),
])
def test_a_text_named_after_a_meeting_is_not_that_meeting(text: str, meeting: str | None) -> None:
    found = [name for name, _, _ in named(text)]
    assert found == ([meeting] if meeting else []), found


def test_a_name_with_a_pdfs_non_breaking_hyphen_is_read_whole() -> None:
    text = ("Recalling the 2026 Review Conference of the Parties to the Treaty on the Non\u2011Proliferation of "
            "Nuclear Weapons,")
    assert [name for name, _, _ in named(text)] == [  # known by its year: the 2026 one (see below)
        "2026 Review Conference of the Parties to the Treaty on the Non\u2011Proliferation of Nuclear Weapons"]


@pytest.mark.parametrize("text, meeting", [
    ("Recalling the convening by the International Atomic Energy Agency of the Ministerial Conference on Nuclear "
     "Safety, in Vienna,", "Ministerial Conference on Nuclear Safety"),
    ("Welcoming the work of the Presidents of the Conference on Disarmament,", None),
    ("the draft treaty submitted by China and the Russian Federation at the Conference on Disarmament,", None),
])
def test_a_listed_body_in_a_meetings_name(text: str, meeting: str | None) -> None:
    assert [name for name, _, _ in named(text)] == ([meeting] if meeting else [])


# /work/shared/corpus/un-ga-80/A_RES_80_63.md, operative paragraph 20; /work/shared/corpus/ipbes, first plenary report
WORKSHOP = ("as well as the workshop on peaceful coexistence between farmers and herders and the sustainable "
            "management of transhumance held in Dakar in February 2025, which brought together civil society")
EXPERT_WORKSHOP = ("to support the organization of an informal expert workshop on the main issues relating to the "
                   "development of a conceptual framework for the Platform, held from 27 to 29 October 2012 in Paris")
# /work/shared/corpus/un-ga-80/A_RES_80_50.md: three conferences, each convened by another State
CONFERENCES = ("that were held at the conferences on the humanitarian impact of nuclear weapons, convened by Norway, "
               "on 4 and 5 March 2013, Mexico, on 13 and 14 February 2014")


def test_a_lowercase_meeting_is_named_by_its_topic_when_the_text_says_where_it_was_held() -> None:
    name = ("workshop on peaceful coexistence between farmers and herders and the sustainable management of "
            "transhumance")
    assert named(WORKSHOP) == [(name, "meeting/" + name.replace(" ", "-"), name)]
    # "informal expert" says what kind of workshop: the name starts with it
    assert [label for _, _, label in named(EXPERT_WORKSHOP)] == [
        "informal expert workshop on the main issues relating to the development of a conceptual framework for the "
        "Platform"]
    # a plural is a series of meetings, not one to name after its topic
    assert named(CONFERENCES) == []
    assert named("the workshop on the matter of the agenda in the Council") == []  # not said to have been held


def test_who_meets_and_how_long_are_not_the_kind_of_meeting() -> None:
    text = ("to convene, in New York, a one-week biennial meeting of States in 2026 (10 meetings) and a one- week "
            "biennial meeting of States in 2028, and the regional forum of ministers responsible for communication")
    found = [(m.text, m.attrs["type"], m.attrs["ownerless"]) for m in find_meetings(text, 0, len(text))
             if m.attrs.get("generic")]
    assert ("one-week biennial meeting of States", "biennial meeting of States", True) in found
    assert ("one- week biennial meeting of States", "biennial meeting of States", True) in found
    assert ("regional forum of ministers", "regional forum of ministers", True) in found


def test_a_tripartite_meeting_belongs_to_no_one_body() -> None:
    text = "as well as the tripartite high-level technical and interministerial meetings held in December 2024"
    (m,) = [m for m in find_meetings(text, 0, len(text)) if m.attrs.get("generic")]
    assert m.attrs["ownerless"] and m.attrs["type"] == "tripartite high-level technical and interministerial meeting"


@pytest.mark.parametrize("text, expected", [
    # /work/shared/corpus/un-ga-80
    ("Underlining the need for cooperation among the successive Presidents of the Conference,", []),
    ("Recalling further the expression of support in the 2005 World Summit Outcome for the implementation", []),
    # a text's name ending at "at the": the meeting after it, with its ordinal
    ("encourages the gender-responsive implementation of the Arms Trade Treaty at the Eleventh Conference of States "
     "Parties, held in Geneva", [("series/conference-of-states-parties/11", "Eleventh Conference of States Parties")]),
    # two meetings joined by "and at the": the first is named in full
    ("at the meetings of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the "
     "Non-Proliferation of Nuclear Weapons and at the Review Conference on these improved reports",
     [("series/review-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-nuclear-weapons/2026",
       "2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons")]),
])
def test_what_is_not_a_meetings_name(text: str, expected: list) -> None:
    assert [(key, label) for _, key, label in named(text)] == expected


def test_an_ordinal_after_a_dropped_lead_word_is_the_meetings() -> None:
    # the synthetic genre's record of a meeting (scripts/synth_corpus.py), and a resolution's
    text = "2. The First Meeting of States Parties to the Chemical Weapons Convention was held in Geneva"
    assert named(text) == [("First Meeting of States Parties to the Chemical Weapons Convention",
                            "series/meeting-of-states-parties-to-the-chemical-weapons-convention/1",
                            "First Meeting of States Parties to the Chemical Weapons Convention")]


def test_a_meeting_of_a_treatys_parties_is_named_with_the_treatys_whole_title() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_63.md: the title's list runs over a line break; where and when follow it
    text = ("10. Recalls the holding of the first Conference of States Parties to the Central African Convention for "
            "the Control of Small Arms and Light Weapons, Their Ammunition and All Parts and Components That Can Be "
            "Used for Their Manufacture,\nRepair and Assembly, in Yaoundé from 11 to 13 June 2018, in accordance")
    (m,) = [m for m in find_meetings(text, 0, len(text)) if not m.attrs.get("generic")]
    assert m.text.startswith("first Conference of States Parties")
    assert m.text.endswith("Manufacture,\nRepair and Assembly")
    assert m.attrs["ordinal"] == 1


def test_a_lowercase_meeting_is_named_by_its_topic_when_something_happened_at_its_end() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_63.md; without "at the end of", "a conference on …" names no meeting
    text = "in Yaoundé on 27 April 2022, at the end of the regional conference on solutions for people affected, and"
    name = "regional conference on solutions for people affected"
    assert named(text) == [(name, "meeting/regional-conference-on-solutions-for-people-affected", name)]
    assert named("calls for a regional conference on solutions for people affected, and") == []


def test_a_meeting_name_goes_on_through_into() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_70.md
    text = ("the fourteenth Conference on Facilitating the Entry into Force of the Comprehensive Nuclear-Test-Ban "
            "Treaty, held in New York on 26 September 2025")
    (m,) = [m for m in find_meetings(text, 0, len(text)) if m.attrs.get("named")]
    assert m.label == ("fourteenth Conference on Facilitating the Entry into Force of the Comprehensive "
                       "Nuclear-Test-Ban Treaty")
    assert m.attrs["ordinal"] == 14


def test_a_meeting_known_by_its_year_is_that_years_meeting_of_the_series() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_33.md, A_RES_80_25.md
    text = ("the steps agreed at the 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of "
            "Nuclear Weapons and the 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of "
            "Nuclear Weapons, and the 1987 International Conference on the Relationship between Disarmament and "
            "Development,")
    found = [(m.label, m.key, m.attrs.get("year")) for m in find_meetings(text, 0, len(text)) if m.attrs.get("named")]
    npt = "review-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-nuclear-weapons"
    assert found == [
        ("2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons",
         f"series/{npt}/2000", "2000"),
        ("2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons",
         f"series/{npt}/2010", "2010"),
        ("1987 International Conference on the Relationship between Disarmament and Development",
         "series/international-conference-on-the-relationship-between-disarmament-and-development/1987", "1987")]


def test_an_organs_meeting_named_by_its_task_is_one_meeting_with_its_capital() -> None:
    # IPBES-1 report: the Panama session, which is not the Platform Plenary's own second session
    text = ("the requests made at the second session of the Plenary meeting to determine modalities and institutional "
            "arrangements for an intergovernmental science-policy platform on biodiversity and ecosystem services, "
            "held in Panama City from 16 to 21 April 2012;")
    found = [m.text for m in find_meetings(text, 0, len(text))]
    assert found == ["second session of the Plenary meeting to determine modalities and institutional arrangements "
                     "for an intergovernmental science-policy platform on biodiversity and ecosystem services"]
    # without "held" after it, the name's end is unknown: the session is left to the rules that read its owner
    bare = "the second session of the Plenary meeting to determine modalities in Panama"
    assert "Plenary meeting to determine" not in " ".join(m.text for m in find_meetings(bare, 0, len(bare)))


def test_a_list_of_years_or_ordinals_before_a_plural_name_is_one_meeting_each() -> None:
    text = ("at the 1995, 2000 and 2010 Review Conferences of the Parties to the Treaty on the Non-Proliferation of "
            "Nuclear Weapons, and the first, second and third Meetings of States Parties to the Treaty on the "
            "Prohibition of Nuclear Weapons")
    npt = "series/review-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-nuclear-weapons"
    tpnw = "series/meeting-of-states-parties-to-the-treaty-on-the-prohibition-of-nuclear-weapons"
    found = {m.key: m for m in find_meetings(text, 0, len(text))}
    assert set(found) == {f"{npt}/1995", f"{npt}/2000", f"{npt}/2010", f"{tpnw}/1", f"{tpnw}/2", f"{tpnw}/3"}
    assert found[f"{npt}/1995"].label == ("1995 Review Conference of the Parties to the Treaty on the "
                                         "Non-Proliferation of Nuclear Weapons")
    assert all(m.attrs.get("list_item") for m in found.values())  # what follows the list is not the last one's
    # a plural name with no list before it is no meeting
    bare = "the successive Review Conferences of the Parties to the Treaty"
    assert not [m for m in find_meetings(bare, 0, len(bare)) if m.attrs.get("named")]


def test_two_meetings_joined_by_and_the_are_two() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_68.md, a preambular clause
    text = ("Noting with satisfaction that the Meeting of the Group of Experts of the High Contracting Parties to "
            "Amended Protocol II and the Meeting of Experts of the High Contracting Parties to Protocol V were held")
    assert [label for _, _, label in named(text)] == [
        "Meeting of the Group of Experts of the High Contracting Parties to Amended Protocol II",
        "Meeting of Experts of the High Contracting Parties to Protocol V"]


def test_heads_of_state_or_government_is_one_name_and_an_unknown_town_is_a_place_in_its_country(tmp_path) -> None:
    from conftest import extract_resolution
    # /work/shared/corpus/un-ga-80/A_RES_80_18.md (a preambular clause, cut)
    x = extract_resolution(tmp_path, "A/RES/80/18",
                           "Taking note also of the relevant decision of the Thirteenth Conference of Heads of State "
                           "or Government of Non-Aligned Countries, held in Kuala Lumpur on 24 and 25 February 2003,7 "
                           "which was reiterated at the Seventeenth Conference of Heads of State or Government of "
                           "Non-Aligned Countries, held on Margarita Island, Bolivarian Republic of Venezuela, from 13 "
                           "to 18 September 2016,")
    series = "series/conference-of-heads-of-state-or-government-of-non-aligned-countries"
    labels = {e.key: e.label for e in x.registry if e.kind == "meeting"}
    assert labels[series + "/13"] == "Thirteenth Conference of Heads of State or Government of Non-Aligned Countries"
    facts = {(c.predicate, c.object.value if hasattr(c.object, "value") else c.object)
             for c in x.claims if c.subject == series + "/17"}
    assert {("schema:startDate", "2016-09-13"), ("schema:endDate", "2016-09-18"),
            ("schema:location", "city/margarita-island")} <= facts
    # a town no gazetteer knows is a place of the country named after it
    assert x.registry.get("city/margarita-island").label == "Margarita Island"
    assert [c.object for c in x.claims if c.subject == "city/margarita-island"
            and c.predicate == "schema:containedInPlace"] == ["country/venezuela-bolivarian-republic-of"]


def test_a_range_of_ordinals_names_its_first_and_last_meeting() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_35.md (a preambular clause, cut): not one "to Twenty-first Meeting" series
    text = ("Recalling the First to Twenty-first Meetings of the States Parties to the Convention, held in Maputo "
            "(1999), Geneva (2000)")
    series = "series/meeting-of-the-states-parties-to-the-convention"
    assert [(m.text, m.key, m.label) for m in find_meetings(text, 0, len(text))] == [
        ("First", series + "/1", "First Meeting of the States Parties to the Convention"),
        ("Twenty-first Meetings of the States Parties to the Convention", series + "/21",
         "Twenty-first Meeting of the States Parties to the Convention"),
    ]


def test_a_forum_with_headquarters_is_a_body_not_a_meeting() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_63.md, and A_RES_80_55.md for the meeting
    text = ("welcoming also the inauguration of the headquarters of the Gulf of Guinea Intelligence and Security "
            "Services Forum in Libreville on 3 October 2025,")
    assert [m.label for m in find_meetings(text, 0, len(text))] == []
    text = "the convening of the Youth4Disarmament Forum in New York on 16 and 17 October 2025"
    assert [m.label for m in find_meetings(text, 0, len(text))] == ["Youth4Disarmament Forum"]


def test_an_ordinal_list_of_sessions_is_one_session_each() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_16.md
    text = ("held its organizational session and its first substantive session in 2021, its second and third "
            "substantive sessions in 2022, its fourth, fifth and sixth substantive sessions in 2023")
    found = [(text[m.start:m.end], m.attrs["ordinal"], m.attrs["type"])
             for m in choose(find_meetings(text, 0, len(text))) if m.attrs.get("ordinal")]
    assert found == [("first substantive session", 1, "substantive session"), ("second", 2, "substantive session"),
                     ("third substantive sessions", 3, "substantive session"), ("fourth", 4, "substantive session"),
                     ("fifth", 5, "substantive session"), ("sixth substantive sessions", 6, "substantive session")]


def test_a_list_of_capitalised_ordinals_is_one_meeting_each() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_35.md and A_RES_80_34.md ("the Fourth and Fifth Special Sessions …"): not
    # one meeting named "Fourth and Fifth Review Conferences …"
    text = ("Recalling the First, Second, Third, Fourth and Fifth Review Conferences of the States Parties to the "
            "Convention, held in Nairobi (2004),")
    found = sorted((m.attrs["ordinal"], m.attrs["series"]) for m in find_meetings(text, 0, len(text)))
    assert found == [(n, "Review Conference of the States Parties to the Convention") for n in range(1, 6)]


def test_the_olympic_and_paralympic_games_by_their_numbers() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_8.md (clauses, cut)
    text = ("Noting that the XXV Olympic Winter Games will be held from 6 to 22 February 2026 and that the XIV "
            "Paralympic Winter Games will be held from 6 to 15 March 2026, and welcoming the Games of the XXXIV "
            "Olympiad and the XVIII Paralympic Games, to be held in Los Angeles, in advance of the Summer and Winter "
            "Olympic Games,")
    assert named(text) == [  # in the text's order; "the Summer and Winter Olympic Games" have no number
        ("XXV Olympic Winter Games", "series/olympic-winter-games/25", "XXV Olympic Winter Games"),
        ("XIV Paralympic Winter Games", "series/paralympic-winter-games/14", "XIV Paralympic Winter Games"),
        ("Games of the XXXIV Olympiad", "series/games-of-the-olympiad/34", "Games of the XXXIV Olympiad"),
        ("XVIII Paralympic Games", "series/paralympic-games/18", "XVIII Paralympic Games")]


def test_consultations_said_to_have_been_convened_are_a_meeting_of_the_instrument() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_57.md (a preambular clause, cut); not "the consultations with States"
    text = ("noting with appreciation the open informal consultations convened in 2025 pursuant to resolution 79/62, "
            "and the consultations with Member States")
    found = [(m.text, m.attrs.get("scoped")) for m in find_meetings(text, 0, len(text)) if m.attrs.get("convened")]
    assert found == [("open informal consultations", True)]


def test_convened_consultations_are_dated_and_pursuant_to_their_resolution(tmp_path: Path) -> None:
    x = extract_resolution(tmp_path, "A/RES/80/57",
                           "Recalling the importance of inclusive discussions, and in this respect, noting with "
                           "appreciation the open informal consultations convened in 2025 pursuant to resolution "
                           "79/62,")
    key = "un/a/res/80/57/open-informal-consultations"
    facts = {(c.predicate, c.object) for c in x.claims if c.subject == key}
    assert {("schema:startDate", Lit("2025", "xsd:gYear")),
            ("acta:pursuantTo", "un/a/res/79/62")} <= facts


def test_a_word_in_brackets_inside_a_title_does_not_end_a_meetings_name() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_22.md (a preambular clause, without its page break)
    text = ("the decision of the Ninth Review Conference of the States Parties to the Convention on the Prohibition "
            "of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on "
            "Their Destruction to develop a mechanism, and the United Nations Conference on Trade and Development "
            "(UNCTAD)")
    found = [(m.text, m.attrs.get("ordinal")) for m in find_meetings(text, 0, len(text)) if m.attrs.get("named")]
    assert found[0] == (text[text.index("Ninth"):text.index(" to develop")], 9)
    assert all(not t.endswith("(UNCTAD)") for t, _ in found)


@pytest.mark.parametrize(("text", "names"), [
    ("Recalling the convening of the Summit of the Future and the World Summit for Social Development,",
     ["Summit of the Future", "World Summit for Social Development"]),
    ("the Ninth Review Conference and the Tenth Review Conference of the Parties to the Treaty",
     ["Ninth Review Conference", "Tenth Review Conference of the Parties to the Treaty"]),
    # "and the" inside one name stays: no meeting word after it
    ("the United Nations Conference on Environment and the Development of Peoples",
     ["United Nations Conference on Environment and the Development of Peoples"]),
])
def test_two_named_meetings_joined_by_and_the_are_two(text: str, names: list[str]) -> None:
    found = [m for m in choose(find_meetings(text, 0, len(text))) if m.kind == "meeting" and m.attrs.get("named")]
    assert [m.text for m in found] == names


def test_a_convened_meetings_topic_ends_before_under_whose_auspices_and_the_year() -> None:
    # the shape of /work/shared/corpus/un-ga-80/A_RES_80_5.md, annex para. 43 (a), with a topic
    assert {label for _, _, label in named(
        "and convene a high-level plenary meeting on social development under the auspices of the General Assembly, "
        "the modalities of which shall be decided later;")} == {"high-level plenary meeting on social development"}
    assert {label for _, _, label in named("Decides to convene a high-level conference on nuclear disarmament in "
                                           "2028;")} == {"high-level conference on nuclear disarmament"}


def test_a_meeting_convened_by_what_it_is_is_the_one_named_so_again(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_58.md paragraphs 9 and 10 (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/58",
        "9. Decides to convene informal exchanges in Geneva for States to further share perspectives on "
        "observations and conclusions as presented in the report of the Secretary-General;",
        "10. Also decides that the informal exchanges should be composed of a three- day meeting in 2026 and that "
        "these consultations shall be open to the full participation of all Member States;",
        "11. Requests the Secretary-General to convene a meeting of the informal group;")
    exchanges = "un/a/res/80/58/informal-exchanges"
    assert [e.key for e in x.registry.entities.values() if "exchanges" in e.label] == [exchanges]
    starts = [c for c in x.claims if c.subject == exchanges and c.predicate == "schema:startDate"]
    assert [(c.object.value, x.document.text[c.start:c.end][:16]) for c in starts] == [("2026", "10. Also decides")]
    # the same words after "the", "these" or "those" only
    first = next(m for m in find_meetings("to convene informal exchanges in Geneva", 0, 39) if m.attrs.get("convened"))
    text = "convening the informal\nexchanges, informal exchanges and the informal exchanges-based"
    assert [(m.text, m.key) for m in said_again(text, 0, len(text), {first.label: first})] == [
        ("informal\nexchanges", "meeting/informal-exchanges")]


def test_a_united_nations_conference_named_by_what_it_was_convened_to_do() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_49.md (a preambular clause, cut): its name runs to the clause's next turn
    text = ("Noting the adoption of the Treaty on 7 July 2017 at the United Nations conference to negotiate a legally "
            "binding instrument to prohibit nuclear weapons, leading towards their total elimination,")
    found = [(m.label, m.key) for m in find_meetings(text, 0, len(text)) if m.attrs.get("named")]
    assert found == [("United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons",
                      "meeting/united-nations-conference-to-negotiate-a-legally-binding-instrument-to-prohibit-nuclear-"
                      "weapons")]


def test_a_month_after_a_meetings_name_is_when_it_met_not_its_name() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_46.md paragraph 11 (cut), its note marker left out
    text = ("11. Recalls the consensus final report of the fourth United Nations Conference to Review Progress Made in "
            "the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small "
            "Arms and Light Weapons in All Its Aspects in June 2024, and its potential synergies;")
    names = [m.text for m in choose(find_meetings(text, 0, len(text)))]
    assert [n for n in names if "June" in n] == []
    assert any(n.endswith("in All Its Aspects") for n in names)
