"""graph/incidents.py: an attack or a release of a weapon at a place on a day, and the report that concluded on it."""

# ruff: noqa: E501  (the corpus snippets below are copied verbatim, one source line each)

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution, rule_triples

from graph.extract import Lit

# /work/shared/corpus/un-ga-80/A_RES_80_34.md, preambular lists (cut) and their notes
JIM_34 = (
    "The reports of the Joint Investigative Mechanism of 24 August 20167 and 21 October 2016,8 which concluded that there was sufficient information to determine that the Syrian Arab Armed Forces were responsible for the attacks which released toxic substances in Talmenes, Syrian Arab Republic, on 21 April 2014, in Sarmin, Syrian Arab Republic, on 16 March 2015;",
    "The report of the Joint Investigative Mechanism of 26 October 2017,9 which concluded that there was sufficient information to be confident that Islamic State in Iraq and the Levant was responsible for the use of sulfur mustard at Umm Hawsh on 15 and 16 September 2016 and that the Syrian Arab Republic was responsible for the release of sarin at Khan Shaykhun on 4 April 2017;",
    "The first report of the Investigation and Identification Team, of 8 April 2020,10 which concluded that there were reasonable grounds to believe that the Syrian Arab Air Force used chemical weapons in Ltamenah on 24, 25 and 30 March 2017;",
    "The report of the fact-finding mission of the Organisation for the Prohibition of Chemical Weapons of 11 June 2024,21 which concluded that information obtained and analysed by the fact-finding mission did not provide reasonable grounds to determine that toxic chemicals were used as a weapon in the reported incidents that occurred on 9 August 2017 in Qalib al-Thawr and on 8 November 2017 in al-Balil, Syrian Arab Republic;",
    "[^7]: S/2016/738/Rev.1.", "[^8]: S/2016/888.", "[^9]: S/2017/904.", "[^10]: S/2020/310.", "[^21]: S/2024/486.",
)


def incidents(x) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for s, p, o in rule_triples(x, "incident"):
        if s.startswith("incident/"):
            out.setdefault(s, {})[p] = o
    return out


def test_each_place_and_day_is_an_incident(tmp_path: Path) -> None:
    x = extract_resolution(tmp_path, "A/RES/80/34", *JIM_34)
    found = incidents(x)
    assert sorted(found) == [
        "incident/al-balil/2017-11-08", "incident/khan-shaykhun/2017-04-04", "incident/ltamenah/2017-03-24",
        "incident/ltamenah/2017-03-25", "incident/ltamenah/2017-03-30", "incident/qalib-al-thawr/2017-08-09",
        "incident/sarmin/2015-03-16", "incident/talmenes/2014-04-21", "incident/umm-hawsh/2016-09-15"]
    assert x.registry.get("incident/talmenes/2014-04-21").kind == "incident"
    assert found["incident/talmenes/2014-04-21"] == {"schema:location": "city/talmenes",
                                                    "schema:startDate": Lit("2014-04-21", "xsd:date")}
    # two days in a row are one incident over both
    assert found["incident/umm-hawsh/2016-09-15"]["schema:endDate"] == Lit("2016-09-16", "xsd:date")
    # a place no gazetteer lists is a town of its own, in the country the text gives (as a meeting's is)
    assert x.registry.get("city/al-balil").kind == "city"
    assert ("city/al-balil", "schema:containedInPlace", "country/syrian-arab-republic") in rule_triples(x, "incident")
    assert x.registry.label("incident/khan-shaykhun/2017-04-04") == "incident in Khan Shaykhun"


def test_the_report_that_concluded_is_about_them(tmp_path: Path) -> None:
    x = extract_resolution(tmp_path, "A/RES/80/34", *JIM_34)
    about = {(s, o) for s, p, o in rule_triples(x, "incident") if p == "schema:about"}
    assert {o for s, o in about if s == "un/s/2016/888"} == {"incident/talmenes/2014-04-21",
                                                             "incident/sarmin/2015-03-16"}
    assert {s for s, o in about if o == "incident/khan-shaykhun/2017-04-04"} == {"un/s/2017/904"}


def test_a_meeting_held_at_a_place_on_a_day_is_no_incident(tmp_path: Path) -> None:
    x = extract_resolution(
        tmp_path, "A/RES/80/34",
        "Recalling the attacks of the past, and welcoming the Conference held in Geneva on 21 April 2014,",
        "Welcoming the use of the Convention adopted in Paris on 13 January 1993,",
        "Noting the Treaty on the Prohibition of Nuclear Weapons; and the attack. The meeting in Vienna on 20 June 2022 was fruitful,")
    assert not incidents(x)
