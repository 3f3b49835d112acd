"""graph/meeting_lists.py: a list of meetings that shares one tail gives each of them its place and date."""

# ruff: noqa: E501  (the corpus snippets below are copied verbatim, one source line each)

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution, rule_triples

from graph.extract import Lit

# /work/shared/corpus/un-ga-80/A_RES_80_3.md, the annex's paragraphs 10 and 11
COPS_3 = (
    "10. We welcome the convening of the twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, the nineteenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the sixth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement in Baku, Azerbaijan in November 2024, as the first session of the Conference of the Parties held in a landlocked developing country.",
    "11. We also welcome the convening of the seventeenth meeting of the Conference of the Parties to the Convention on Biological Diversity and the meetings of the Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention, to be held in Armenia in 2026, and the seventeenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa, to be held in Mongolia in 2026.",
)
UNFCCC = "series/conference-of-the-parties-to-the-united-nations-framework-convention-on-climate-change"
CBD = "series/conference-of-the-parties-to-the-convention-on-biological-diversity"
UNCCD = ("series/conference-of-the-parties-to-the-united-nations-convention-to-combat-desertification-in-those-"
         "countries-experiencing-serious-drought")


def test_every_meeting_of_the_list_is_held_where_and_when_its_tail_says(tmp_path: Path) -> None:
    x = extract_resolution(tmp_path, "A/RES/80/3", *COPS_3)
    got = rule_triples(x, "shared-tail")
    assert {(f"{UNFCCC}/29", "schema:location", "city/baku"),
            (f"{UNFCCC}/29", "schema:startDate", Lit("2024-11", "xsd:gYearMonth")),
            (f"{CBD}/17", "schema:location", "country/armenia"), (f"{CBD}/17", "schema:startDate", Lit("2026", "xsd:gYear")),
            # the next list of the clause, its own tail (the Convention's name cut where the text broke it)
            (f"{UNCCD}/17", "schema:location", "country/mongolia")} <= got
    assert not [s for s, p, o in got if s.startswith(UNFCCC) and o == "country/armenia"]


def test_sessions_of_a_conference_serving_as_a_meeting_of_parties_share_the_tail(tmp_path: Path) -> None:
    x = extract_resolution(tmp_path, "A/RES/80/3", COPS_3[0])
    got = rule_triples(x, "shared-tail")
    cmp_ = "series/conference-of-the-parties-serving-as-the-meeting-of-the-parties-to-the-kyoto-protocol"
    cma = "series/conference-of-the-parties-serving-as-the-meeting-of-the-parties-to-the-paris-agreement"
    assert {(f"{cmp_}/19", "schema:location", "city/baku"), (f"{cma}/6", "schema:location", "city/baku"),
            (f"{cmp_}/19", "schema:startDate", Lit("2024-11", "xsd:gYearMonth"))} <= got


def test_a_list_whose_meetings_each_have_a_place_and_day_is_none(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md (a preambular clause, cut)
    x = extract_resolution(tmp_path, "A/RES/80/24",
                           "Recalling the successful convening of the first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons, in Oslo on 4 and 5 March 2013, in Nayarit, Mexico, on 13 and 14 February 2014, and in Vienna on 8 and 9 December 2014,")
    assert not rule_triples(x, "shared-tail")


def test_meetings_each_with_its_own_place_and_day_respectively(tmp_path: Path) -> None:
    x = extract_resolution(tmp_path, "A/RES/80/24",
                           "Recalling the convening of the Summit of the Future and the World Summit for Social Development, in New York on 22 September 2024 and in Doha on 4 November 2025,")
    # (two meetings, not one named "Summit of the Future and the World Summit …": graph/meetings.py)
    assert {"meeting/summit-of-the-future", "meeting/world-summit-for-social-development"} <= set(x.registry.entities)
    assert not rule_triples(x, "shared-tail")


def test_the_last_of_a_series_named_in_the_plural_is_a_meeting_of_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_39.md (a preambular clause, cut)
    x = extract_resolution(tmp_path, "A/RES/80/39",
                           "Welcoming the attention to the catastrophic humanitarian consequences of nuclear weapons, "
                           "including in the Conferences on the Humanitarian Impact of Nuclear Weapons, the most recent "
                           "of which was held in Vienna on 20 June 2022,")
    series = "series/conference-on-the-humanitarian-impact-of-nuclear-weapons"
    last = f"{series}/2022-06-20"
    assert rule_triples(x, "plural-series") == {
        (last, "schema:superEvent", series), (last, "schema:location", "city/vienna"),
        (last, "schema:startDate", Lit("2022-06-20", "xsd:date"))}
    assert x.registry.get(series).label == "Conference on the Humanitarian Impact of Nuclear Weapons"
    assert x.registry.get(last).kind == "meeting"
