"""graph/observances.py: international days, years and decades, who proclaimed them and when they fall."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution, rule_triples

from graph.extract import Lit


def proclaimed(x) -> set[tuple[str, str, object]]:
    return rule_triples(x, "proclaimed")


def test_the_resolution_that_proclaims_a_day_established_it_and_it_falls_on_that_day_each_year(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_10.md paragraph 1; A_RES_80_39.md (a clause, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/10",
        "Recalling the International Day for the Total Elimination of Nuclear Weapons, as established by resolution "
        "68/32 of 5 December 2013,",
        "1. Decides to proclaim 5 September of each year as the International Day of the World’s Indigenous Women "
        "and Girls;")
    day = "observance/international-day-of-the-world-s-indigenous-women-and-girls"
    assert proclaimed(x) == {
        (day, "acta:establishedBy", "un/a/res/80/10"),
        (day, "acta:observedOn", Lit("--09-05", "xsd:gMonthDay")),
        ("observance/international-day-for-the-total-elimination-of-nuclear-weapons", "acta:establishedBy",
         "un/a/res/68/32")}
    assert x.registry.get(day).label == "International Day of the World’s Indigenous Women and Girls"
    assert x.registry.get(day).kind == "observance"


def test_a_period_an_observance_begins_but_no_proclamation_by_the_speaker(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md, the annexed declaration (cut); and a made-up year
    x = extract_resolution(
        tmp_path, "A/RES/80/3",
        "15. We emphasize the significance of declaring the United Nations Decade of Sustainable Transport for the "
        "10-year period beginning on 1 January 2026, in particular for landlocked developing countries;",
        "2. Proclaims 2027 the International Year of Quantum Observatories;",
        "3. Welcomes the World Health Day events;")
    decade = "observance/united-nations-decade-of-sustainable-transport"
    year = "observance/international-year-of-quantum-observatories"
    assert proclaimed(x) == {
        (decade, "schema:startDate", Lit("2026-01-01", "xsd:date")),  # declaring it is not the declaration's
        (year, "acta:establishedBy", "un/a/res/80/3"),
        (year, "schema:startDate", Lit("2027", "xsd:gYear"))}


def test_a_year_proclaimed_by_a_body_in_the_resolution_of_its_note(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md, the annexed declaration, paragraph 5 (cut), and its note
    x = extract_resolution(
        tmp_path, "A/RES/80/3",
        "5. We recall that 2025 was proclaimed by the General Assembly as the International Year of Peace and "
        "Trust,[^4] and recognize that there can be no sustainable development without peace.",
        "[^4]: See resolution 78/266.")
    year = "observance/international-year-of-peace-and-trust"
    assert proclaimed(x) == {(year, "acta:establishedBy", "un/a/res/78/266"),
                             (year, "schema:startDate", Lit("2025", "xsd:gYear"))}
