"""Meeting series within one document: aliases, short names and series named only by what they are."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution

from graph.extract import Extraction
from graph.series import is_generic


def meetings(x: Extraction) -> dict[str, str]:
    return {e.key: e.label for e in x.registry if e.kind == "meeting"}


def test_the_third_review_conference_of_two_conventions_is_two_meetings(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_38.md paragraph 25 and A_RES_80_68.md paragraph 8 (cut): neither
    # says whose Review Conference it is; each means the one of the instrument the resolution is about
    small_arms = extract_resolution(tmp_path, "A/RES/80/38", "25. Encourages all efforts to build national capacity, "
                                    "including those highlighted in the outcome document of the Third Review "
                                    "Conference;")
    ccw = extract_resolution(tmp_path, "A/RES/80/68", "8. Recalls the following decisions by the Third Review "
                             "Conference and the conclusions of the Meeting of the High Contracting Parties;")
    a = {k for k, label in meetings(small_arms).items() if label == "Third Review Conference"}
    b = {k for k, label in meetings(ccw).items() if label == "Third Review Conference"}
    assert a == {"un/a/res/80/38/review-conference/3"}
    assert b == {"un/a/res/80/68/review-conference/3"}
    # the series too is each document's own, not one "Review Conference" of every treaty
    assert "series/review-conference" not in small_arms.registry.entities
    assert small_arms.registry.get("un/a/res/80/38/review-conference").kind == "series"


def test_a_short_series_name_is_the_one_full_series_the_document_names(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md (a preambular clause): "the ninth Review Conference" is the NPT's
    x = extract_resolution(tmp_path, "A/RES/80/24",
                           "Regretting that the tenth Review Conference of the Parties to the Treaty on the "
                           "Non-Proliferation of Nuclear Weapons, held from 1 to 26 August 2022, and the ninth Review "
                           "Conference, held from 27 April to 22 May 2015, did not reach agreement on the substantive "
                           "final document,")
    npt = "series/review-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-nuclear-weapons"
    found = meetings(x)
    assert found[npt + "/9"] == ("ninth Review Conference of the Parties to the Treaty on the Non-Proliferation of "
                                 "Nuclear Weapons")
    assert npt + "/10" in found and not any("/review-conference/" in k for k in found)
    starts = {c.object.value for c in x.claims if c.subject == npt + "/9" and c.predicate == "schema:startDate"}
    assert starts == {"2015-04-27"}
    alt = {c.object.value for c in x.claims if c.subject == npt + "/9" and c.predicate == "skos:altLabel"}
    assert "ninth Review Conference" in alt


def test_a_name_in_parentheses_leaves_no_node_of_its_own(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_34.md (a preambular clause, cut)
    x = extract_resolution(tmp_path, "A/RES/80/34",
                           "Reaffirming the importance of the outcome of the Third Special Session of the Conference "
                           "of the States Parties to Review the Operation of the Chemical Weapons Convention, held in "
                           "The Hague from 8 to 19 April 2013 (the Third Review Conference), including its consensus "
                           "final report,",
                           "Emphasizing that the Third Review Conference welcomed the fact that the Convention is a "
                           "unique multilateral agreement,")
    found = meetings(x)
    assert [label for label in found.values() if "Review Conference" in label] == []
    full = [k for k, label in found.items() if label.startswith("Third Special Session")]
    assert len(full) == 1
    alt = {c.object.value for c in x.claims if c.subject == full[0] and c.predicate == "skos:altLabel"}
    assert alt == {"Third Review Conference"}


def test_generic_series_names() -> None:
    assert is_generic("Review Conference")
    assert is_generic("Meeting of the States Parties to the Convention")
    assert is_generic("Conference of Heads of State")
    assert not is_generic("Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons")
    assert not is_generic("Biennial Meeting of States to Consider the Implementation of the Programme of Action")
    assert not is_generic("World Urban Forum")
    assert not is_generic("Special Session")  # a session of some body: sessions.py knows whose


def test_a_meeting_with_no_number_dated_in_two_years_is_one_meeting_a_year(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_68.md paragraph 8 (cut): last year's meeting and the next one, one name
    x = extract_resolution(
        tmp_path, "A/RES/80/68",
        "8. Recalls the conclusions and recommendations of the Meeting of the High Contracting Parties to the "
        "Convention, held in Geneva from 13 to 15 November 2024:\n\n"
        "(d) To organize in 2025 the following Convention-related activities:\n\n"
        "(vi) The Meeting of the High Contracting Parties to the Convention, from 12 to 14 November 2025, and to "
        "adopt its estimated costs;")
    named = "un/a/res/80/68/meeting/meeting-of-the-high-contracting-parties-to-the-convention"
    facts = {(c.subject, c.predicate, getattr(c.object, "value", c.object)) for c in x.claims
             if c.subject.startswith(named) and c.predicate.startswith("schema:")}
    assert facts == {
        (f"{named}/2024", "schema:startDate", "2024-11-13"), (f"{named}/2024", "schema:endDate", "2024-11-15"),
        (f"{named}/2024", "schema:location", "city/geneva"), (f"{named}/2024", "schema:superEvent", named),
        (f"{named}/2025", "schema:startDate", "2025-11-12"), (f"{named}/2025", "schema:endDate", "2025-11-14"),
        (f"{named}/2025", "schema:superEvent", named)}
    assert meetings(x)[f"{named}/2025"] == "Meeting of the High Contracting Parties to the Convention of 2025"


def test_a_meeting_dated_twice_in_one_year_stays_one(tmp_path: Path) -> None:
    # a meeting dated to the month, then to the day, in the same year (the day is kept, graph/facts.py)
    x = extract_resolution(
        tmp_path, "A/RES/80/68",
        "1. Welcomes the Meeting of the High Contracting Parties to the Convention, held in Geneva in November 2024;"
        "\n\n2. Recalls the Meeting of the High Contracting Parties to the Convention, held from 13 to 15 November "
        "2024;")
    assert not [k for k in meetings(x) if k.endswith("/2024")]


def test_a_treaty_conference_named_alone_is_its_series_and_a_review_conference_alone_stays_a_meeting(
        tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_46.md paragraphs 1 (cut) and 3 (cut)
    x = extract_resolution(tmp_path, "A/RES/80/46",
                           "1. Welcomes the decisions taken by the Eleventh Conference of States Parties to the Arms "
                           "Trade Treaty, held in person with a livestreaming option from 25 to 29 August 2025;",
                           "3. Recognizes the cumulative body of decisions adopted by the Conference of States Parties "
                           "to the Arms Trade Treaty, which have progressively strengthened the Treaty’s "
                           "contributions to international peace and security;")
    att = "series/conference-of-states-parties-to-the-arms-trade-treaty"
    assert x.registry.get(att).kind == "series"
    assert "meeting/conference-of-states-parties-to-the-arms-trade-treaty" not in x.registry.entities
    assert att + "/11" in meetings(x)
    # (a review conference named alone, beside a numbered one, is one conference the text says no more of)
    npt = extract_resolution(tmp_path, "A/RES/80/39",
                             "Noting the widespread support in the tenth Review Conference of the Parties to the "
                             "Treaty on the Non-Proliferation of Nuclear Weapons for the view that enhanced "
                             "accountability is needed,",
                             "19. Encourages a structured dialogue at the Review Conference of the Parties to the "
                             "Treaty on the Non-Proliferation of Nuclear Weapons on these improved reports;")
    assert "meeting/review-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-nuclear-weapons" in (
        meetings(npt))
