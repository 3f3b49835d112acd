"""Places and dates that follow a list of meetings, one occasion each, in order."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution, rule_triples

from graph.extract import Extraction, Lit

SERIES = "series/conference-on-the-humanitarian-impact-of-nuclear-weapons"


def build(tmp_path: Path, *paragraphs: str) -> Extraction:
    return extract_resolution(tmp_path, "A/RES/80/24", *paragraphs)


def listed(x: Extraction) -> set[tuple[str, str, object]]:
    return rule_triples(x, "listed-occasions")


def test_four_conferences_each_in_the_place_named_last_before_its_date(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md, a preambular clause (cut) with the page break the source has
    x = build(tmp_path, "Recalling the successful convening of the first, second, third and fourth Conferences on the "
                        "Humanitarian Impact of Nuclear Weapons, in Oslo on 4 and 5 March 2013, in Nayarit, Mexico, on "
                        "13 and 14 February 2014, and in Vienna on\n\n8 and 9 December 2014 and on 20 June 2022,")
    got = listed(x)
    expected = [("city/oslo", "2013-03-04", "2013-03-05"), ("city/nayarit", "2014-02-13", "2014-02-14"),
                ("city/vienna", "2014-12-08", "2014-12-09"), ("city/vienna", "2022-06-20", None)]
    for n, (place, start, end) in enumerate(expected, 1):
        assert (f"{SERIES}/{n}", "schema:location", place) in got
        assert (f"{SERIES}/{n}", "schema:startDate", Lit(start, "xsd:date")) in got
        ends = {o for s, p, o in got if s == f"{SERIES}/{n}" and p == "schema:endDate"}
        assert ends == ({Lit(end, "xsd:date")} if end else set())
    assert (f"{SERIES}/2", "schema:location", "country/mexico") in got


def test_two_meetings_held_respectively_on_two_dates(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_68.md, a preambular clause
    x = build(tmp_path, "Noting with satisfaction that the Meeting of the Group of Experts of the High Contracting "
                        "Parties to Amended Protocol II and the Meeting of Experts of the High Contracting Parties to "
                        "Protocol V were held in Geneva on 9 and 10 September and 8 September 2025, respectively,")
    starts = {(s.rsplit("-", 2)[-1], o.value) for s, p, o in
              {(c.subject, c.predicate, c.object) for c in x.claims} if p == "schema:startDate"}
    assert starts == {("ii", "2025-09-09"), ("v", "2025-09-08")}


def test_when_the_counts_differ_no_date_is_given_to_any(tmp_path: Path) -> None:
    x = build(tmp_path, "Recalling the first, second and third Conferences on the Humanitarian Impact of Nuclear "
                        "Weapons, in Oslo on 4 and 5 March 2013 and in Vienna on 8 and 9 December 2014,")
    assert not listed(x)


def test_places_after_their_dates_and_each_occasions_notes(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_39.md, a preambular clause (cut) and its notes
    x = build(tmp_path, "Welcoming the outcomes of the first, second and third Meetings of States Parties to the "
                        "Treaty on the Prohibition of Nuclear Weapons, held in 2022 in Vienna, 11 and in 2023 and 2025 "
                        "in New York,12 and the convening of the first Review Conference,",
              "[^11]: TPNW/MSP/2022/6.\n[^12]: TPNW/MSP/2023/14 and TPNW/MSP/2025/11/Rev.1.")
    series = "series/meeting-of-states-parties-to-the-treaty-on-the-prohibition-of-nuclear-weapons"
    got = listed(x)
    for n, (place, year, doc) in enumerate([("city/vienna", "2022", "un/tpnw/msp/2022/6"),
                                            ("city/new-york", "2023", "un/tpnw/msp/2023/14"),
                                            ("city/new-york", "2025", "un/tpnw/msp/2025/11/rev.1")], 1):
        assert (f"{series}/{n}", "schema:location", place) in got
        assert (f"{series}/{n}", "schema:startDate", Lit(year, "xsd:gYear")) in got
        assert (doc, "acta:producedBy", f"{series}/{n}") in got


def test_the_government_thanked_for_hosting_a_meeting_is_its_host(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md, the last operative paragraph; a country named only for its aid is not
    x = build(tmp_path, "Expresses its profound gratitude to the Government and the people of Turkmenistan for hosting "
                        "the Third United Nations Conference on Landlocked Developing Countries, from 5 to 8 August "
                        "2025, and for providing all the necessary support.",
              "Thanks the Government of Norway for its financial support to the Fifth Review Conference,")
    hosts = {(c.subject, c.object) for c in x.claims if c.predicate == "acta:host"}
    assert hosts == {("series/united-nations-conference-on-landlocked-developing-countries/3", "country/turkmenistan")}


def test_a_meeting_to_convene_named_by_its_topic_then_placed_at_headquarters(tmp_path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_56.md: "the formal meeting" is the meeting named before; United Nations
    # Headquarters is a venue in New York
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/56",
        "Welcoming the decision contained therein for the Secretary-General to convene a one-day meeting on victim "
        "assistance and environmental remediation that encouraged participants to produce a series of "
        "recommendations based on the discussions,",
        "1. Decides that the formal meeting will be held in early 2026 at United Nations Headquarters, with "
        "conference services and with the participation of Member States;")
    [meeting] = [e.key for e in x.registry if e.kind == "meeting" and "victim" in e.key]
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert (meeting, "schema:location", "venue/united-nations-headquarters") in facts
    assert ("venue/united-nations-headquarters", "schema:containedInPlace", "city/new-york") in facts
    assert ("city/new-york", "schema:containedInPlace", "country/united-states-of-america") in facts
    # named with its city, so that a listing of meetings says where it is
    assert x.registry.get("venue/united-nations-headquarters").label == "United Nations Headquarters, New York"
    assert [c.object.value for c in x.claims if c.subject == meeting and c.predicate == "schema:startDate"] == ["2026"]
    assert not [e.key for e in x.registry if "formal-meeting" in e.key]


def test_a_meeting_held_with_a_focus_is_still_placed_and_dated(tmp_path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_41.md
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/41",
        "Recalling the holding of the high-level meeting on countering nuclear terrorism, with a focus on "
        "strengthening the legal framework, in New York on 28 September 2012,")
    key = "meeting/high-level-meeting-on-countering-nuclear-terrorism"
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert ("un/a/res/80/41", "acta:recalls", key) in facts
    assert (key, "schema:location", "city/new-york") in facts
    assert [c.object.value for c in x.claims if c.subject == key and c.predicate == "schema:startDate"] == [
        "2012-09-28"]


def test_who_convened_a_meeting_is_its_convener(tmp_path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_26.md: the meeting is named by its topic after "the convening by … of";
    # A_RES_80_47.md: a State convened it; A_RES_80_6.md: "which was convened and opened by the Secretary-General"
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/26",
        "Recalling the convening by the International Atomic Energy Agency of the Ministerial Conference on Nuclear "
        "Safety, in Vienna from 20 to 24 June 2011,",
        "Noting the convening by the Secretary-General of the high-level meeting on nuclear safety and security, in "
        "New York on 22 September 2011,",
        "Welcoming the convening by Indonesia of the third Conference of States Parties and Signatories to Treaties "
        "that Establish Nuclear-Weapon-Free Zones and Mongolia on 24 April 2015,",
        "25. Recalls that, at the Review Conference of the Rome Statute, which was convened and opened by the "
        "Secretary-General, States Parties reaffirmed their commitment,")
    conveners = {(x.registry.get(c.subject).label, c.object) for c in x.claims if c.predicate == "acta:convener"}
    assert conveners == {
        ("Ministerial Conference on Nuclear Safety", "un/iaea"),
        ("high-level meeting on nuclear safety and security", "un/secretary-general"),
        # (the relative clause in title case is in the name)
        ("third Conference of States Parties and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones and "
         "Mongolia", "country/indonesia"),
        ("Review Conference of the Rome Statute", "un/secretary-general")}
    assert not [c for c in x.claims if c.predicate == "acta:organizer"]  # a convener is the organizer it is a kind of
    key = "meeting/high-level-meeting-on-nuclear-safety-and-security"
    assert [c.object.value for c in x.claims if c.subject == key and c.predicate == "schema:startDate"] == [
        "2011-09-22"]


def test_a_meeting_held_again_and_again_is_one_meeting_each_time(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_41.md: four summits, each on its days and in its city
    x = build(tmp_path, "Recalling further the holding of the Nuclear Security Summit on 12 and 13 April 2010 in "
                        "Washington, D.C., on 26 and 27 March 2012 in Seoul, on 24 and 25 March 2014 in The Hague and "
                        "on 31 March and 1 April 2016 in Washington, D.C.,")
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    [summit] = [e.key for e in x.registry if e.kind == "meeting" and e.key.endswith("nuclear-security-summit")]
    held = sorted(s for s, p, o in facts if p == "schema:superEvent" and o == summit)
    assert [(k.rsplit("/", 1)[1], [o for s, p, o in facts if s == k and p == "schema:location"]) for k in held] == [
        ("2010-04-12", ["city/washington-d-c"]), ("2012-03-26", ["city/seoul"]), ("2014-03-24", ["city/the-hague"]),
        ("2016-03-31", ["city/washington-d-c"])]
    assert (held[1], "schema:endDate", Lit("2012-03-27", "xsd:date")) in facts
    # the summit named once has no one date or place of its own
    assert not [p for s, p, o in facts if s == summit and p in ("schema:startDate", "schema:location")]


def test_a_range_of_numbered_meetings_each_in_its_place_and_year(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_35.md: twenty-one meetings, some places holding several years, a place no
    # gazetteer knows ("the Dead Sea")
    x = build(tmp_path, "Recalling the First to Twenty-first Meetings of the States Parties to the Convention, held in "
                        "Maputo (1999), Geneva (2000), Managua (2001), Geneva (2002), Bangkok (2003), Zagreb (2005), "
                        "Geneva (2006), the Dead Sea (2007), Geneva (2008 and 2010), Phnom Penh (2011), Geneva (2012, "
                        "2013 and 2015), Santiago (2016), Vienna (2017), Geneva (2018 and 2020), The Hague (2021) and "
                        "Geneva (2022 and 2023),")
    held = {(c.subject.rsplit("/", 1)[1], c.predicate, c.object) for c in x.claims if c.rule == "numbered-occasions"}
    starts = sorted((int(n), o.value) for n, p, o in held if p == "schema:startDate")
    assert [year for _, year in starts] == [
        "1999", "2000", "2001", "2002", "2003", "2005", "2006", "2007", "2008", "2010", "2011", "2012", "2013", "2015",
        "2016", "2017", "2018", "2020", "2021", "2022", "2023"]
    assert [n for n, _ in starts] == list(range(1, 22))
    assert ("8", "schema:location", "city/dead-sea") in held and ("14", "schema:location", "city/geneva") in held
    [eighth] = [e for e in x.registry if e.kind == "meeting" and e.key.endswith("/8")]
    assert eighth.label == "Eighth Meeting of the States Parties to the Convention"


def test_meetings_each_on_its_day_all_held_in_one_place(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_14.md paragraph 3 (cut to three of its six conferences)
    x = build(tmp_path, "3. Recalls the convening of the first Conference of States Parties to the African "
                        "Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba), on 4 November 2010, the second "
                        "Conference of States Parties, on 12 and 13 November 2012, and the sixth Conference of States "
                        "Parties, on 24 and 25 October 2024, all held in Addis Ababa;",
              "4. Recalls the first Conference on Disarmament and the second Review Conference, and notes that "
              "the meetings of experts were all held in Geneva;")
    series = "series/conference-of-states-parties-to-the-african-nuclear-weapon-free-zone-treaty"
    assert {(c.subject, c.object) for c in x.claims if c.rule == "all-held-in"} == {
        (f"{series}/{n}", "city/addis-ababa") for n in (1, 2, 6)}
    starts = {c.subject: c.object.value for c in x.claims if c.predicate == "schema:startDate"}
    assert (starts[f"{series}/1"], starts[f"{series}/6"]) == ("2010-11-04", "2024-10-24")


def test_a_meeting_held_in_person_with_a_livestreaming_option_is_still_dated(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_46.md paragraph 1 (cut)
    x = build(tmp_path, "1. Welcomes the decisions taken by the Eleventh Conference of States Parties to the Arms "
                        "Trade Treaty, held in person with a livestreaming option from 25 to 29 August 2025, which "
                        "included a discussion on universalization;")
    key = "series/conference-of-states-parties-to-the-arms-trade-treaty/11"
    dates = {(c.predicate, c.object.value) for c in x.claims if c.subject == key and "Date" in c.predicate}
    assert dates == {("schema:startDate", "2025-08-25"), ("schema:endDate", "2025-08-29")}


def test_two_meetings_to_be_held_in_a_place_on_their_dates_respectively(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_8.md (a preambular clause, cut)
    x = build(tmp_path, "Noting the successful conclusion of the Games of the XXXIII Olympiad and the XVII Paralympic "
                        "Games, held in Paris from 26 July to 11 August 2024 and from 28 August to 8 September 2024, "
                        "respectively, and welcoming the Games of the XXXIV Olympiad and the XVIII Paralympic Games, "
                        "to be held in Los Angeles, United States of America, from 14 to 30 July and from 15 to 27 "
                        "August 2028, respectively,")
    got = listed(x)
    for key, place, start, end in (("series/games-of-the-olympiad/33", "city/paris", "2024-07-26", "2024-08-11"),
                                   ("series/paralympic-games/17", "city/paris", "2024-08-28", "2024-09-08"),
                                   ("series/games-of-the-olympiad/34", "city/los-angeles", "2028-07-14", "2028-07-30"),
                                   ("series/paralympic-games/18", "city/los-angeles", "2028-08-15", "2028-08-27")):
        assert (key, "schema:location", place) in got
        assert (key, "schema:startDate", Lit(start, "xsd:date")) in got
        assert (key, "schema:endDate", Lit(end, "xsd:date")) in got


def test_who_held_each_meeting_of_a_list_organized_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_41.md (a preambular clause, cut to three of its four conferences)
    x = build(tmp_path, "Taking note of the holding by the International Atomic Energy Agency of the fourth "
                        "International Conference on Nuclear Security: Shaping the Future, in Vienna in May 2024, the "
                        "third International Conference on Nuclear Security: Sustaining and Strengthening Efforts, in "
                        "Vienna in February 2020, and the first International Conference on Nuclear Security: "
                        "Enhancing Global Efforts, in Vienna in December 2013, and the relevant resolutions adopted by "
                        "the General Conference of the Agency,")
    organized = {c.subject for c in x.claims if c.predicate == "acta:organizer" and c.object == "un/iaea"}
    assert sorted(x.registry.get(k).label for k in organized) == [
        "first International Conference on Nuclear Security: Enhancing Global Efforts",
        "fourth International Conference on Nuclear Security: Shaping the Future",
        "third International Conference on Nuclear Security: Sustaining and Strengthening Efforts"]


def test_meetings_in_the_plural_convened_by_states_on_days_are_one_each(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_50.md (a preambular clause, cut)
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/50",
        "Welcoming the facts-based discussions on the effects of a nuclear weapon detonation that were held at the "
        "conferences on the humanitarian impact of nuclear weapons, convened by Norway, on 4 and 5 March 2013, "
        "Mexico, on 13 and 14 February 2014, and Austria, on 8 and 9 December 2014, and, most recently, on "
        "20 June 2022,")
    got = rule_triples(x, "convened-each")
    base = "meeting/conference-on-the-humanitarian-impact-of-nuclear-weapons/"
    assert {(s.removeprefix(base), o) for s, p, o in got if p == "acta:convener"} == {
        ("2013-03-04", "country/norway"), ("2014-02-13", "country/mexico"), ("2014-12-08", "country/austria")}
    assert {(s.removeprefix(base), o.value) for s, p, o in got if p == "schema:startDate"} == {
        ("2013-03-04", "2013-03-04"), ("2014-02-13", "2014-02-13"), ("2014-12-08", "2014-12-08"),
        ("2022-06-20", "2022-06-20")}
    assert x.registry.get(base + "2022-06-20").label == "conference on the humanitarian impact of nuclear weapons, " \
                                                       "20 June 2022"


def test_meetings_of_a_series_held_in_a_list_of_years_are_one_meeting_a_year(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_5.md (the declaration's paragraph 8, cut) and A_RES_80_39.md
    x = extract_resolution(tmp_path, "A/RES/80/5",
                           "8. We also reaffirm the commitments in the political declarations of the Sustainable "
                           "Development Goals Summits held in 2019 and 2023,",
                           "2. Looks forward to overcoming the obstacles that prevented a substantive outcome in the "
                           "two previous Review Conferences held in 2015 and 2022;")
    summits = {c.subject: c.object for c in x.claims if c.predicate == "schema:startDate"
               and "summit" in c.subject}
    assert summits == {"series/sustainable-development-goals-summit/2019": Lit("2019", "xsd:gYear"),
                       "series/sustainable-development-goals-summit/2023": Lit("2023", "xsd:gYear")}
    labels = sorted(e.label for e in x.registry if e.kind == "meeting" and "session" not in e.key)
    assert labels == ["2015 Review Conference", "2019 Sustainable Development Goals Summit", "2022 Review Conference",
                      "2023 Sustainable Development Goals Summit"]


def test_the_first_three_meetings_of_a_series_in_three_years(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_33.md (a preambular clause, cut)
    x = extract_resolution(tmp_path, "A/RES/80/33",
                           "Welcoming the successful convening of the first three Meetings of States Parties to the "
                           "Treaty, in 2022, 2023 and 2025, which have contributed to the objective,")
    held = sorted((e.label, c.object.value) for c in x.claims if c.predicate == "schema:startDate"
                  for e in [x.registry.get(c.subject)] if e.kind == "meeting" and "States Parties" in e.label)
    assert {("first Meeting of States Parties to the Treaty", "2022"),
            ("second Meeting of States Parties to the Treaty", "2023"),
            ("third Meeting of States Parties to the Treaty", "2025")} <= set(held)


def test_a_town_no_gazetteer_knows_with_its_date_right_after(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_8.md, paragraph 1 (cut)
    x = build(tmp_path, "1. Urges Member States to observe the Olympic Truce throughout the period from the seventh "
                        "day before the start of the XXV Olympic Winter Games until the seventh day following the end "
                        "of the XIV Paralympic Winter Games, to be held in Milano-Cortina in 2026;")
    held = {(s, p, o) for s, p, o in rule_triples(x, "meeting-held") if p == "schema:location"}
    assert held == {("series/paralympic-winter-games/14", "schema:location", "city/milano-cortina")}
    assert x.registry.label("city/milano-cortina") == "Milano-Cortina"
    # a capitalised word that is no town: nothing ("held in Accordance with …" has no date after it)
    x = build(tmp_path, "Recalling the Conference on Disarmament, held in Accordance with its rules of procedure,")
    assert not [t for t in rule_triples(x, "meeting-held") if t[1] == "schema:location"]


def test_a_quoted_subtitle_and_its_years_between_a_meeting_and_its_host(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md, the annex's paragraph 12 (cut)
    x = extract_resolution(tmp_path, "A/RES/80/3", "12. We further welcome the convening of the 2028 United Nations "
                           "Conference on the Final Comprehensive Review of the Implementation of the Objectives of "
                           "the International Decade for Action, “Water for Sustainable Development”, 2018–2028, to be "
                           "hosted by Tajikistan.")
    got = {(p, o) for s, p, o in rule_triples(x, "meeting-held")}
    assert ("acta:host", "country/tajikistan") in got
    assert ("schema:location", "country/tajikistan") in got
    assert not [o for p, o in got if p == "schema:startDate"]  # (2018–2028 is the Decade's, not the conference's)


def test_a_meeting_convened_as_a_form_of_meeting_is_still_placed(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_15.md (preambular paragraph)
    x = extract_resolution(
        tmp_path, "A/RES/80/15",
        "Recalling that its resolution 73/71 of 5 December 2018 decided to convene the fourth Conference of "
        "Nuclear-Weapon-Free Zones and Mongolia as a one-day conference at United Nations Headquarters in New York, "
        "and noting that the Conference has not yet been convened,")
    meeting = "series/conference-of-nuclear-weapon-free-zones-and-mongolia/4"
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert (meeting, "acta:convenedBy", "un/a/res/73/71") in facts
    assert (meeting, "schema:location", "venue/united-nations-headquarters") in facts


def test_a_note_after_a_meetings_name_does_not_hide_when_it_met(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_46.md paragraph 11 (cut) and its note; then a number that is no note's
    x = extract_resolution(tmp_path, "A/RES/80/46",
                           "11. Recalls the consensus final report of the fourth United Nations Conference to Review "
                           "Progress Made in the Implementation of the Programme of Action to Prevent, Combat and "
                           "Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects,9 in June "
                           "2024, and its potential synergies and complementarities with the Treaty;",
                           "[^9]: A/CONF.192/2024/RC/3.")
    starts = {(x.registry.get(c.subject).label, c.object) for c in x.claims if c.predicate == "schema:startDate"}
    assert any(label.startswith("fourth United Nations Conference to Review Progress") and day == Lit(
        "2024-06", "xsd:gYearMonth") for label, day in starts)


def test_a_meeting_held_in_two_parts_runs_from_the_first_day_of_the_first_to_the_last_of_the_second(tmp_path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md (cut); a meeting of one range keeps it, in a town no gazetteer
    # knows whose date begins with "from"
    x = extract_resolution(
        tmp_path, "A/RES/80/52",
        "Recalling the outcome of the second Review Conference of States Parties to the Convention on Cluster "
        "Munitions, held in Geneva from 25 to 27 November 2020 and on 20 and 21 September 2021,",
        "Recalling also the first Review Conference of States Parties to the Convention on Cluster Munitions, held "
        "in Dubrovnik from 7 to 11 September 2015,")
    series = "series/review-conference-of-states-parties-to-the-convention-on-cluster-munitions"

    def days(key: str) -> list[object]:
        return sorted((c.predicate, c.object.value) for c in x.claims
                      if c.subject == key and c.predicate in ("schema:startDate", "schema:endDate"))
    assert days(f"{series}/2") == [("schema:endDate", "2021-09-21"), ("schema:startDate", "2020-11-25")]
    assert days(f"{series}/1") == [("schema:endDate", "2015-09-11"), ("schema:startDate", "2015-09-07")]
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert (f"{series}/1", "schema:location", "city/dubrovnik") in facts


def test_two_meetings_held_across_a_region_no_gazetteer_knows_on_their_dates_respectively(tmp_path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_8.md (cut): the region is no place, the dates are still each one's
    x = extract_resolution(
        tmp_path, "A/RES/80/8",
        "Welcoming the XXVI Olympic Winter Games and the XV Paralympic Winter Games, to be held across the French Alps "
        "from 1 to 17 February and from 1 to 10 March 2030, respectively,")
    got = {(c.subject, c.predicate, c.object.value) for c in x.claims if c.rule == "listed-occasions"}
    assert got == {("series/olympic-winter-games/26", "schema:startDate", "2030-02-01"),
                   ("series/olympic-winter-games/26", "schema:endDate", "2030-02-17"),
                   ("series/paralympic-winter-games/15", "schema:startDate", "2030-03-01"),
                   ("series/paralympic-winter-games/15", "schema:endDate", "2030-03-10")}
