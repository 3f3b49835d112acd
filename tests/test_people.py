"""graph/people.py: people anchored by an honorific, a delegation post or their state, on real sentences."""

from __future__ import annotations

import pytest

from graph.people import find_people


def people(text: str) -> list[tuple[str, str, dict]]:
    return [(m.text, m.key, m.attrs) for m in find_people(text, 0, len(text))]


def test_ambassador_with_post_and_state() -> None:
    text = ("At its meeting on September 17, 2009, the Committee on Hemispheric Security elected Ambassador Virgilio "
            "Alcántara, Permanent Representative of the Dominican Republic to the OAS, as Chair of this Working Group.")
    assert people(text) == [("Ambassador Virgilio Alcántara", "person/virgilio-alcantara", {
        "honorific": "Ambassador", "post": "Permanent Representative of the Dominican Republic to the OAS",
        "representing": "Dominican Republic"})]
    (m,) = find_people(text, 0, len(text))
    assert m.label == "Virgilio Alcántara" and text[m.start:m.end] == m.text


def test_two_people_with_their_posts_in_one_sentence() -> None:
    text = ("The first meeting of the Working Group, held on September 29, 2009, elected the Vice Chairs, and by "
            "acclamation Hector Agustin Ortega, Alternate Representative of the Permanent Mission of Mexico to the OAS "
            "and Ronald Maunday, Alternate Representative of the Permanent Mission of Trinidad and Tobago were elected "
            "to fill those positions.")
    assert people(text) == [
        ("Hector Agustin Ortega", "person/hector-agustin-ortega",
         {"post": "Alternate Representative of the Permanent Mission of Mexico to the OAS", "representing": "Mexico"}),
        ("Ronald Maunday", "person/ronald-maunday",
         {"post": "Alternate Representative of the Permanent Mission of Trinidad and Tobago",
          "representing": "Trinidad and Tobago"}),
    ]


def test_honorifics_in_the_ipbes_report() -> None:
    text = ("(2) Opening remarks were made by Ms. Ursula Heinen-Esser, State Secretary at the Federal Ministry for "
            "Environment, Nature Conservation and Nuclear Safety of Germany, Mr. Jürgen Nimptsch, Mayor of Bonn, and "
            "Mr. Achim Steiner, Executive Director, United Nations Environment Programme (UNEP).")
    found = people(text)
    assert [key for _, key, _ in found] == ["person/ursula-heinen-esser", "person/jurgen-nimptsch",
                                            "person/achim-steiner"]
    assert [attrs["honorific"] for _, _, attrs in found] == ["Ms.", "Mr.", "Mr."]
    assert found[2][2]["post"] == "Executive Director"


def test_the_state_in_parentheses() -> None:
    text = "Mr. Bojie Fu (China) (first half of term); Mr. Yoshihisa Shirayama (Japan) (second half of term)"
    assert [(key, attrs["representing"]) for _, key, attrs in people(text)] == [
        ("person/bojie-fu", "China"), ("person/yoshihisa-shirayama", "Japan")]


def test_honorific_without_period_and_a_state_in_its_short_form() -> None:
    text = ("Alternates: Mr Asghar Fazel (Islamic Republic of Iran), and Mr. Jay Ram Adhikari (Nepal) for first half "
            "of the term of the Bureau")  # IPBES/1/12
    assert [(key, attrs.get("representing")) for _, key, attrs in people(text)] == [
        ("person/asghar-fazel", "Iran (Islamic Republic of)"), ("person/jay-ram-adhikari", "Nepal")]


@pytest.mark.parametrize("text", [
    "At its thirty-ninth regular session in San Pedro Sula, Honduras, in June 2009, the General Assembly adopted "
    "resolution 2444 (XXXIX-O/09) “Meeting of Ministers Responsible for Public Security in the Americas.”",
    "Adopted by the plenary meeting to determine the modalities and institutional arrangements for IPBES at its "
    "second session, held from 16 – 21 April 2012 in Panama City, Panama",
    "By way of this report, the Working Group is hereby submitting the approved documents for consideration by the "
    "Committee on Hemispheric Security, for subsequent transmittal to the Permanent Council",
], ids=["oas-session", "ipbes-place", "oas-bodies"])
def test_places_and_bodies_are_not_people(text: str) -> None:
    assert people(text) == []


def test_a_name_with_a_middle_initial_is_keyed_without_it() -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt: "Vice-Chair: Mr. Robert T. Watson"
    text = "Vice-Chair: Mr. Robert T. Watson (United Kingdom); Ms. Ann M. Bartuska (United States of America)"
    found = [(m.label, m.key) for m in find_people(text, 0, len(text))]
    assert found == [("Robert T. Watson", "person/robert-watson"), ("Ann M. Bartuska", "person/ann-bartuska")]


def test_a_name_appointed_or_elected_as_something_is_a_person() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_63.md and A_RES_80_70.md; a body after "of" is no person
    text = ("Welcoming the election of Brice Clotaire Oligui Nguema as President of Gabon on 12 April 2025, and the "
            "reappointment of Robert Floyd as the Executive Secretary, and the establishment of the Regional Office as "
            "a hub,")
    assert [m.label for m in find_people(text, 0, len(text))] == ["Brice Clotaire Oligui Nguema", "Robert Floyd"]
