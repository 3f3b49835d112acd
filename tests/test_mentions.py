"""graph/mentions.py: choosing among overlapping mentions, and the ordinal/roman helpers, on corpus text."""

from __future__ import annotations

from graph.bodies import find_bodies
from graph.instruments import find_instruments
from graph.meetings import find_meetings
from graph.mentions import Mention, choose, english_ordinal, ordinal_value, roman_value
from graph.places import find_places

# /work/shared/corpus/un-ga-80/A_RES_80_36.md
BIENNIAL = ("Recalling the report of the Eighth Biennial Meeting of States to Consider the Implementation of the "
            "Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in "
            "All Its Aspects, held in New York from 27 June to 1 July 2022,6")
# /work/shared/corpus/oas/2009-csh-gt-mispa-ii-working-group-report.txt
EXPERTS = ("The Inter-American Specialized Conference on Public Security in the Americas: Meeting of Experts to "
           "Prepare for MISPA II, was held on August 4 and 5, 2009 in Montevideo, Uruguay.")
# /work/shared/corpus/un-ga-80/A_RES_80_66.md, operative paragraph 2
CD = ("2. Reaffirms the importance of further enhancing the dialogue and cooperation among the First Committee, the "
      "Disarmament Commission and the Conference on Disarmament;")


def candidates(text: str, org: str | None = None) -> list[Mention]:
    n = len(text)
    return find_bodies(text, 0, n, org) + find_meetings(text, 0, n) + find_places(text, 0, n) + \
        find_instruments(text, 0, n)


def overlap(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def test_the_whole_meeting_name_wins_over_the_instrument_inside_it() -> None:
    found = candidates(BIENNIAL)
    assert any(m.kind == "instrument" for m in found)          # the recognisers do overlap here
    chosen = choose(found)
    assert [(m.kind, m.text) for m in chosen] == [
        ("meeting", "Eighth Biennial Meeting of States to Consider the Implementation of the Programme of Action "
                    "to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its "
                    "Aspects"),
        ("place", "New York"),
    ]
    assert chosen[0].key.endswith("/8")


def test_an_acronym_inside_a_longer_meeting_name_is_dropped() -> None:
    found = candidates(EXPERTS, "OAS")
    assert "MISPA II" in [m.text for m in found]
    chosen = choose(found)
    assert [m.text for m in chosen] == [
        "Inter-American Specialized Conference on Public Security in the Americas: Meeting of Experts to Prepare for "
        "MISPA II", "Montevideo", "Uruguay"]


def test_chosen_mentions_never_overlap_and_are_in_text_order() -> None:
    for text in (BIENNIAL, EXPERTS, CD):
        chosen = choose(candidates(text, "UN"))
        assert [m.start for m in chosen] == sorted(m.start for m in chosen)
        for i, a in enumerate(chosen):
            assert text[a.start:a.end] == a.text
            assert not any(overlap(a, b) for b in chosen[i + 1:])


def test_a_listed_body_beats_a_meeting_shaped_name_on_the_same_span() -> None:
    (body,) = [m for m in find_bodies(CD, 0, len(CD), "UN") if m.text == "Conference on Disarmament"]
    assert body.attrs.get("listed")
    # "Conference on X" is the shape of a meeting name; the catalogue says this one is a standing body
    meeting = Mention("meeting", body.start, body.end, body.text, "meeting/conference-on-disarmament", body.text,
                      {"named": True})
    assert choose([meeting, body]) == [body]
    assert choose([body, meeting]) == [body]


def test_an_unlisted_body_loses_to_a_meeting_on_the_same_span() -> None:
    (body,) = [m for m in find_bodies(CD, 0, len(CD), "UN") if m.text == "Conference on Disarmament"]
    unlisted = Mention("body", body.start, body.end, body.text, "body/conference-on-disarmament", body.text, {})
    meeting = Mention("meeting", body.start, body.end, body.text, "meeting/conference-on-disarmament", body.text, {})
    assert choose([unlisted, meeting]) == [meeting]


def test_ordinals_in_words_and_figures() -> None:
    assert ordinal_value("thirty-ninth") == 39
    assert ordinal_value("Eighth") == 8
    assert ordinal_value("397th") == 397
    assert ordinal_value("52nd") == 52
    assert ordinal_value("eighty-first") == 81
    assert ordinal_value("Biennial") is None
    assert english_ordinal(39) == "thirty-ninth"
    assert english_ordinal(80) == "eightieth"
    assert [english_ordinal(n) for n in (101, 102, 103, 111, 112, 121)] == ["101st", "102nd", "103rd", "111th", "112th",
                                                                           "121st"]
    assert english_ordinal(81) == "eighty-first"


def test_roman_numerals_of_oas_sessions() -> None:
    # AG/RES. 2444 (XXXIX-O/09): the thirty-ninth regular session
    assert roman_value("XXXIX") == 39
    assert roman_value("II") == 2
    assert roman_value("XL") == 40
    assert roman_value("O") is None
    assert roman_value("") is None


def test_an_ordinal_cut_after_its_hyphen_has_its_value() -> None:
    assert ordinal_value("eighty- third") == 83
    assert [m.attrs.get("ordinal") for m in find_meetings("at its sixty- ninth regular session", 0, 35)] == [69]
