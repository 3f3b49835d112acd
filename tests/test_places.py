"""graph/places.py: countries and cities in real sentences (OAS report, IPBES resolution)."""

from __future__ import annotations

from graph.places import canonical_country, city_country, city_key, country_key, find_places, is_country


def places(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.key, m.attrs.get("country")) for m in find_places(text, 0, len(text))]


def test_city_and_country_in_the_oas_report() -> None:
    text = ("In addition, on September 16, 2009, the Organization's Permanent Council adopted resolution CP/RES. 957 "
            "(1714/09) convening the Second Meeting of Ministers Responsible for Public Security in the Americas, to "
            "be held in Santo Domingo, Dominican Republic, on November 4 and 5, 2009, the main topic of which is "
            "crime and violence.")
    assert places(text) == [("Santo Domingo", "city/santo-domingo", "Dominican Republic"),
                            ("Dominican Republic", "country/dominican-republic", None)]
    found = find_places(text, 0, len(text))
    assert all(text[m.start:m.end] == m.text for m in found)


def test_multi_word_cities() -> None:
    text = "At its thirty-ninth regular session in San Pedro Sula, Honduras, in June 2009, the General Assembly"
    assert places(text) == [("San Pedro Sula", "city/san-pedro-sula", "Honduras"),
                            ("Honduras", "country/honduras", None)]
    ipbes = ("Adopted by the plenary meeting to determine the modalities and institutional arrangements for IPBES at "
             "its second session, held from 16 – 21 April 2012 in Panama City, Panama")
    assert places(ipbes) == [("Panama City", "city/panama-city", "Panama"), ("Panama", "country/panama", None)]


def test_a_country_inside_a_delegation_post_is_still_the_country() -> None:
    text = "Hector Agustin Ortega, Alternate Representative of the Permanent Mission of Mexico to the OAS"
    assert places(text) == [("Mexico", "country/mexico", None)]


def test_a_city_the_list_does_not_know_takes_its_country_from_the_text() -> None:
    text = ("1. We, the Heads of State and Government and high-level representatives, met in Awaza, Turkmenistan, "
            "from 5 to 8 August 2025")  # A/RES/80/3
    found = places(text)
    assert ("Awaza", "city/awaza", "Turkmenistan") in found
    assert ("Turkmenistan", "country/turkmenistan", None) in found


def test_no_places_in_sentences_without_any() -> None:
    assert places("This Working Group met on September 29 and on October 1, 6, 13, 15, and 20, 2009 and considered "
                  "and approved the following working documents of MISPA II:") == []
    assert places("- Draft Rules of Procedure (CSH/GT/MISPA II-3/09 rev. 1)") == []
    # "the Americas" is a region in a meeting's name, not a country
    assert places("the Second Meeting of Ministers Responsible for Public Security in the Americas") == []
    # a country inside an adjective is not a place: "Cuba" in "Cuban" (A/RES/80/4)
    assert places("the adverse effects of such measures on the Cuban people and on Cuban nationals") == []


def test_country_names_and_keys() -> None:
    assert canonical_country("Bolivia") == "Bolivia (Plurinational State of)"
    assert country_key("United States") == country_key("United States of America") == "country/united-states-of-america"
    assert city_key("Panama City") == "city/panama-city"
    assert is_country("Dominican Republic") and not is_country("Santo Domingo")
    assert city_country("Santo Domingo") == "Dominican Republic"
    assert city_country("Atlantis") is None


def test_a_country_is_one_node_whatever_its_spelling_named_as_the_document_names_it() -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt (a list of States) and the name the UN
    # uses since 2022 (A/RES/80 documents)
    old, new = find_places("Tunisia, Turkey, Uganda", 0, 23), find_places("Türkiye", 0, 7)
    assert [(m.key, m.label) for m in old if m.text == "Turkey"] == [("country/turkiye", "Turkey")]
    assert [(m.key, m.label) for m in new] == [("country/turkiye", "Türkiye")]
    text = "Mr Asghar Fazel (Islamic Republic of Iran), Iran (Islamic Republic of)"
    assert {(m.key, m.label) for m in find_places(text, 0, len(text))} == {
        ("country/iran-islamic-republic-of", "Islamic Republic of Iran"),
        ("country/iran-islamic-republic-of", "Iran (Islamic Republic of)")}
