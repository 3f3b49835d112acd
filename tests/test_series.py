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
