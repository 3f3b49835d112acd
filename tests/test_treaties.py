"""Days in a treaty's life that resolutions mention in passing."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution

from graph.extract import Extraction, Lit


def build(tmp_path: Path, *paragraphs: str) -> Extraction:
    return extract_resolution(tmp_path, "A/RES/80/99", *paragraphs)


def days(x: Extraction) -> set[tuple[str, str, str]]:
    return {(c.subject, c.predicate, c.object.value) for c in x.claims
            if c.rule == "treaty-days" and isinstance(c.object, Lit)}  # (the days; by whom is a node)


def test_entry_into_force_named_before_or_after_its_day_and_by_a_short_name(tmp_path: Path) -> None:
    x = build(tmp_path,
              # /work/shared/corpus/un-ga-80/A_RES_80_14.md paragraph 1, A_RES_80_47.md (two preambular clauses, cut)
              "1. Recalls with satisfaction the entry into force of the African Nuclear-Weapon-Free Zone Treaty "
              "(Treaty of Pelindaba) on 15 July 2009;",
              "Noting the entry into force on 15 December 2008 of the Charter of the Association of Southeast Asian "
              "Nations,1 in which it is stated, inter alia, that one of the purposes of the Association is peace,",
              # A_RES_80_54.md: the preamble names the Treaty, paragraph 2 calls it "the Treaty"
              "Recalling the Treaty on the Prohibition of Nuclear Weapons,",
              "2. Welcomes the entry into force of the Treaty on 22 January 2021;",
              "[^1]: United Nations, Treaty Series, vol. 2624, No. 46745.")
    assert days(x) == {
        ("instrument/african-nuclear-weapon-free-zone-treaty", "acta:entryIntoForce", "2009-07-15"),
        ("instrument/charter-of-the-association-of-southeast-asian-nations", "acta:entryIntoForce", "2008-12-15"),
        ("instrument/treaty-on-the-prohibition-of-nuclear-weapons", "acta:entryIntoForce", "2021-01-22"),
    }


def test_adopted_and_in_force_respectively_and_signed_in_a_town(tmp_path: Path) -> None:
    x = build(tmp_path,
              # /work/shared/corpus/un-ga-80/A_RES_80_46.md and A_RES_80_47.md (preambular clauses, cut)
              "Recalling the Arms Trade Treaty,",
              "Recalling the adoption by the General Assembly and the entry into force of the Treaty on 2 April 2013 "
              "and 24 December 2014, respectively, and noting that the Treaty remains open for accession,",
              "Convinced that the establishment of the zone, as an essential component of the Declaration on the Zone "
              "of Peace, Freedom and Neutrality, signed in Kuala Lumpur on 27 November 1971, has contributed to "
              "security,")
    att = "instrument/arms-trade-treaty"
    assert days(x) == {(att, "acta:adoptionDate", "2013-04-02"), (att, "acta:entryIntoForce", "2014-12-24"),
                       ("instrument/declaration-on-the-zone-of-peace-freedom-and-neutrality", "acta:signedOn",
                        "1971-11-27")}
    assert Lit("2014-12-24", "xsd:date") in [c.object for c in x.claims if c.predicate == "acta:entryIntoForce"]
    # (and by whom it was adopted, where the adoption says it)
    assert (att, "acta:adoptedBy", "un/general-assembly") in {(c.subject, c.predicate, c.object) for c in x.claims
                                                              if c.rule == "treaty-days"}
    # the clause that gives the short name's days cites the treaty, as it would its full name
    recalled = [c for c in x.claims if c.predicate == "acta:recalls" and c.object == att]
    assert {x.document.source[c.start:c.end][:30] for c in recalled} == {"Recalling the Arms Trade Treat",
                                                                          "Recalling the adoption by the "}


def test_a_range_or_a_vague_day_is_no_day_of_entry_into_force(tmp_path: Path) -> None:
    x = build(tmp_path, "Recalling the Arms Trade Treaty,",
              "Noting the entry into force of the Treaty in the last quarter of 2014,")
    assert not days(x)


def test_the_days_of_the_one_treaty_a_sentence_names_then_calls_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_48.md
    x = extract_resolution(
        tmp_path, "A/RES/80/48",
        "Acknowledging that the Treaty on the Prohibition of Nuclear Weapons was adopted on 7 July 2017, and noting "
        "that it was opened to signature by the Secretary- General of the United Nations on 20 September 2017, "
        "entered into force on 22 January 2021 and held its first Meeting of States Parties from 21 to 23 June 2022,")
    days = {c.predicate: c.object.value for c in x.claims
            if c.subject == "instrument/treaty-on-the-prohibition-of-nuclear-weapons" and c.rule == "treaty-days"}
    assert days == {"acta:adoptionDate": "2017-07-07", "acta:signedOn": "2017-09-20",
                    "acta:entryIntoForce": "2021-01-22"}


def test_it_is_no_treaty_when_the_sentence_names_two(tmp_path: Path) -> None:
    x = extract_resolution(
        tmp_path, "A/RES/80/48",
        "Recalling that the Treaty on the Prohibition of Nuclear Weapons was adopted on 7 July 2017, and that the "
        "Treaty on the Non-Proliferation of Nuclear Weapons, which it complements, entered into force on 5 March 1970,")
    assert not [c for c in x.claims if c.predicate == "acta:entryIntoForce"
                and c.subject == "instrument/treaty-on-the-prohibition-of-nuclear-weapons"]


def test_the_day_a_text_was_adopted_after_its_name_or_in_its_adoption(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_36.md: a long title cut at a comma, a place, a summit
    x = extract_resolution(
        tmp_path, "A/RES/80/36",
        "Bearing in mind the Bamako Declaration on an African Common Position on the Illicit Proliferation, "
        "Circulation and Trafficking of Small Arms and Light Weapons, adopted in Bamako on 1 December 2000,1",
        "Recalling also the International Instrument to Enable States to Identify and Trace, in a Timely and Reliable "
        "Manner, Illicit Small Arms and Light Weapons, adopted on 8 December 2005,",
        "Recalling the adoption, on 14 June 2006 in Abuja at the thirtieth ordinary summit of the Economic Community "
        "of West African States, of the Convention on Small Arms and Light Weapons, Their Ammunition and Other Related "
        "Materials,",
        # A/RES/80/47 paragraph 1 (cut): its years in brackets, adopted in a year
        "1. Welcomes the efforts of the Commission to implement the Plan of Action to Strengthen the Implementation "
        "of the Treaty on the South-East Asia Nuclear-Weapon-Free Zone (2023–2027), adopted in Phnom Penh in 2022, "
        "with a renewed commitment;")
    days = {c.subject.split("/")[1][:20]: c.object.value for c in x.claims if c.rule == "text-adopted-on"
            and c.predicate == "acta:adoptionDate"}
    assert days == {"bamako-declaration-o": "2000-12-01", "international-instru": "2005-12-08",
                    "convention-on-small-": "2006-06-14", "plan-of-action-to-st": "2022"}
    # (and the summit it was adopted at)
    assert [c.object for c in x.claims if c.rule == "text-adopted-on" and c.predicate == "acta:adoptedAt"] == [
        "ecowas/ordinary-summit/n30"]


def test_a_text_adopted_on_a_day_by_someone_else_is_left_to_that_rule(tmp_path: Path) -> None:
    # "…, adopted on 21 September 1990 by the General Conference": whose text that is, the words do not say
    x = extract_resolution(
        tmp_path, "A/RES/80/26",
        "Recalling resolution GC(XXXIV)/RES/530 establishing the Code of Practice on the International Transboundary "
        "Movement of Radioactive Waste, adopted on 21 September 1990 by the General Conference,")
    assert not [c for c in x.claims if c.rule == "text-adopted-on"]


def test_the_adoption_in_a_place_on_a_day_of_a_text(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_26.md: the place before the day
    x = extract_resolution(
        tmp_path, "A/RES/80/26",
        "Recalling further the adoption, in Vienna on 5 September 1997, of the Joint Convention on the Safety of Spent "
        "Fuel Management and on the Safety of Radioactive Waste Management,5 as recommended by the participants,")
    days = [c.object.value for c in x.claims if c.rule == "text-adopted-on"]
    assert days == ["1997-09-05"]


def test_the_adoption_with_a_vote_of_a_treaty_on_a_day_and_its_entry_into_force(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_49.md (a preambular clause, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/49",
        "Noting the adoption, with a vote, of the Treaty on the Prohibition of Nuclear Weapons on 7 July 2017 at the "
        "United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons, leading "
        "towards their total elimination, its entry into force on 22 January 2021 and the first Meeting of States "
        "Parties to the Treaty, held in Vienna from 21 to 23 June 2022,")
    found = {(c.predicate, getattr(c.object, "value", c.object)) for c in x.claims if c.rule == "text-adopted-on"
             and c.subject == "instrument/treaty-on-the-prohibition-of-nuclear-weapons"}
    # adopted at the conference named by what it was convened to do (graph/meetings.py)
    conference = ("meeting/united-nations-conference-to-negotiate-a-legally-binding-instrument-to-prohibit-nuclear-"
                  "weapons")
    assert found == {("acta:adoptionDate", "2017-07-07"), ("acta:entryIntoForce", "2021-01-22"),
                     ("acta:adoptedAt", conference)}
    assert x.registry.get(conference).label == \
        "United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons"


def test_the_states_that_ratified_a_protocol_and_a_text_named_with_its_day_or_year(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_31.md paragraph 4 and A_RES_80_48.md (clauses, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/31",
        "4. Recalls with appreciation the ratification by China, France, the Russian Federation and the United "
        "Kingdom of Great Britain and Northern Ireland of the Protocol to the Treaty on a Nuclear-Weapon- Free Zone "
        "in Central Asia[^11] and the steps taken by the United States of America towards its ratification;",
        "Bearing in mind, in accordance with the Joint Statement of the Leaders of the Five Nuclear-Weapon States on "
        "Preventing Nuclear War and Avoiding Arms Races of 3 January 2022, that a nuclear war cannot be won,",
        "Noting the ratification of the Arms Trade Treaty by the Group of States,",
        # A/RES/80/48: the year a text is known by
        "Reaffirming the commitments under the Memorandum on Security Assurances in Connection with Ukraine’s "
        "Accession to the Treaty on the Non-Proliferation of Nuclear Weapons of 1994,",
        "[^11]: United Nations, Treaty Series, vol. 2212, No. 39291.")
    protocol = "instrument/protocol-to-the-treaty-on-a-nuclear-weapon-free-zone-in-central-asia"
    assert {(c.subject, c.object) for c in x.claims if c.rule == "ratification"} == {
        ("country/china", protocol), ("country/france", protocol), ("country/russian-federation", protocol),
        ("country/united-kingdom-of-great-britain-and-northern-ireland", protocol)}
    assert {(c.subject, c.predicate, c.object.value) for c in x.claims if c.rule == "text-of-day"} == {
        ("instrument/joint-statement-of-the-leaders-of-the-five-nuclear-weapon-states-on-preventing-nuclear-war-and-"
         "avoiding-arms-races", "acta:adoptionDate", "2022-01-03"),
        ("instrument/memorandum-on-security-assurances-in-connection-with-ukraine-s-accession-to-the-treaty-on-the-"
         "non-proliferation-of-nuclear-weapons", "acta:adoptionDate", "1994")}


def test_the_signing_of_a_treaty_in_a_town_on_a_day(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_14.md (a preambular clause, its line break kept)
    x = build(tmp_path, "Recalling also the signing of the African Nuclear-Weapon-Free Zone Treaty\n"
                        "(Treaty of Pelindaba) in Cairo on 11 April 1996,1",
              "[^1]: A/50/426, annex.")
    assert ("instrument/african-nuclear-weapon-free-zone-treaty", "acta:signedOn", "1996-04-11") in days(x)


def test_a_states_accession_ratification_and_withdrawal_on_their_days(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md and A_RES_80_24.md (clauses, cut)
    x = build(tmp_path,
              "Welcoming the accession of Vanuatu to the Convention on Cluster Munitions on 5 September 2025, making "
              "it the 112th State Party effective 1 March 2026,",
              "Noting that the thirteenth Meeting of States Parties deeply regretted the withdrawal of Lithuania "
              "effective 6 March 2025,",
              "Welcoming the latest ratification by Ghana on 26 September 2025,",
              "Noting the accession of Chile to the Convention,")  # no day: no act to date
    acts = {c.subject: x.registry.get(c.subject) for c in x.claims if c.rule == "treaty-action"}
    assert sorted((a.kind, a.label) for a in acts.values()) == [
        ("accession", "accession of Vanuatu to the Convention on Cluster Munitions"),
        ("ratification", "ratification by Ghana"), ("withdrawal", "withdrawal of Lithuania")]
    vanuatu = "country/vanuatu/accession/instrument/convention-on-cluster-munitions"
    assert {(c.predicate, str(c.object.value if isinstance(c.object, Lit) else c.object))
            for c in x.claims if c.subject == vanuatu} == {
        ("acta:byState", "country/vanuatu"), ("acta:onTreaty", "instrument/convention-on-cluster-munitions"),
        ("dcterms:date", "2025-09-05"), ("acta:effectiveOn", "2026-03-01")}


def test_a_treaty_and_its_short_name_in_brackets_are_one_text(tmp_path: Path) -> None:
    x = build(tmp_path,
              # /work/shared/corpus/un-ga-80/A_RES_80_15.md (two preambular clauses and paragraph 2, cut): a note
              # that names no document stays glued to the bracket; the day of entry into force between commas
              "Recalling that the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean "
              "(Treaty of Tlatelolco)1 was opened for signature in Mexico City on 14 February 1967,",
              "Recalling also that it welcomed the Treaty of Tlatelolco as an event of historic significance,",
              "2. Notes that the year 2025 marks the fifty-sixth anniversary of the entry into force, on "
              "25 April 1969, of the Treaty of Tlatelolco;",
              "[^1]: United Nations, Treaty Series, vol. 634, No. 9068.")
    treaty = "instrument/treaty-for-the-prohibition-of-nuclear-weapons-in-latin-america-and-the-caribbean"
    assert days(x) == {(treaty, "acta:signedOn", "1967-02-14"), (treaty, "acta:entryIntoForce", "1969-04-25")}
    assert x.registry.get("instrument/treaty-of-tlatelolco") is None
    full = "Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean"
    assert x.registry.get(treaty).label == f"{full} (Treaty of Tlatelolco)"  # as the text introduces it
    about = {(c.predicate, c.object) for c in x.claims if c.subject == treaty}
    assert ("dcterms:title", Lit(full)) in about and ("skos:altLabel", Lit("Treaty of Tlatelolco")) in about
    assert ("dcterms:title", Lit("Treaty of Tlatelolco")) not in about  # the short name is no title


def test_a_text_named_in_full_then_shorter_is_one_node(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md and A_RES_80_5.md (clauses, cut)
    x = build(tmp_path,
              "Reaffirming the United Nations Global Plan of Action to Combat Trafficking in Persons and the "
              "Copenhagen Declaration on Social Development and Programme of Action,",
              "25. We acknowledge the importance of the biennial Global Report on Trafficking in Persons, prepared by "
              "the United Nations Office on Drugs and Crime pursuant to the Global Plan of Action;",
              "26. We recall the Copenhagen Declaration on Social Development;")
    plan = "instrument/united-nations-global-plan-of-action-to-combat-trafficking-in-persons"
    assert "instrument/global-plan-of-action" not in x.registry.entities
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert (plan, "skos:altLabel", Lit("Global Plan of Action")) in facts
    assert ("instrument/global-report-on-trafficking-in-persons", "acta:pursuantTo", plan) in facts
    # a name shortened by "and …" is another text: the Declaration is not the Declaration and Programme of Action
    assert "instrument/copenhagen-declaration-on-social-development" in x.registry.entities


def test_two_texts_named_as_one_then_each_shorter_are_one_node(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_5.md, annex paras. 1 and 6 (cut)
    x = build(tmp_path,
              "1. We have gathered in Doha, recommitting to the Copenhagen Declaration on Social Development and "
              "Programme of Action of the World Summit for Social Development.",
              "6. We recommit to the Copenhagen Declaration and Programme of Action, as they remain relevant.",
              "7. We recall the Copenhagen Declaration on Social Development.")
    full = ("instrument/copenhagen-declaration-on-social-development-and-programme-of-action-of-the-world-summit-for-"
            "social-development")
    assert "instrument/copenhagen-declaration-and-programme-of-action" not in x.registry.entities
    assert (full, "skos:altLabel", Lit("Copenhagen Declaration and Programme of Action")) in {
        (c.subject, c.predicate, c.object) for c in x.claims}
    # (the Declaration alone is still another text)
    assert "instrument/copenhagen-declaration-on-social-development" in x.registry.entities


def test_an_agreement_named_with_its_parties_then_shorter_is_one_node(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_6.md (clauses, cut): "between …" after the short name
    x = build(tmp_path,
              "Expressing its appreciation to the Secretary-General in accordance with the Relationship Agreement "
              "between the United Nations and the International Criminal Court,",
              "15. Recalls the Relationship Agreement;")
    full = "instrument/relationship-agreement-between-the-united-nations-and-the-international-criminal-court"
    assert "instrument/relationship-agreement" not in x.registry.entities
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert (full, "skos:altLabel", Lit("Relationship Agreement")) in facts


def test_a_treaty_opened_for_signature_with_its_adoption_said_between(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_70.md (a preambular clause)
    x = build(tmp_path, "Recalling that the Comprehensive Nuclear-Test-Ban Treaty, adopted by the General Assembly by "
                        "its resolution 50/245 of 10 September 1996, was opened for signature on 24 September 1996,")
    assert ("instrument/comprehensive-nuclear-test-ban-treaty", "acta:signedOn", Lit("1996-09-24", "xsd:date")) in {
        (c.subject, c.predicate, c.object) for c in x.claims if c.rule == "treaty-days"}


def test_a_protocol_signed_by_states_named_before_it_on_a_day(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md (a preambular clause)
    x = build(tmp_path, "Recalling also the signing by the nuclear-weapon States, namely, China, France, the Russian "
                        "Federation, the United Kingdom of Great Britain and Northern Ireland and the United States of "
                        "America, of the Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia,16 in "
                        "New York on 6 May 2014,")
    assert ("instrument/protocol-to-the-treaty-on-a-nuclear-weapon-free-zone-in-central-asia", "acta:signedOn",
            Lit("2014-05-06", "xsd:date")) in {(c.subject, c.predicate, c.object) for c in x.claims}


def test_an_amendment_adopted_on_a_day_is_a_text_of_its_own_that_amends_the_convention(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_41.md (a preambular clause as the PDF left it: a page break after "by" and
    # a stray note number "3"); its days are the amendment's, not the Convention's
    x = extract_resolution(
        tmp_path, "A/RES/80/41",
        "Recalling further the adoption, by consensus of the States Parties, of the Amendment[^2] to the Convention on "
        "the Physical Protection of Nuclear Material 3 by the International Atomic Energy Agency on 8 July 2005, and "
        "its entry into force on 8 May 2016,",
        "[^2]: Ibid., vol. 3132, No. 24631.")
    convention = "instrument/convention-on-the-physical-protection-of-nuclear-material"
    amendment = f"{convention}/amendment"
    facts = {(c.predicate, getattr(c.object, "value", c.object)) for c in x.claims if c.subject == amendment}
    assert facts == {("dcterms:title", "Amendment to the Convention on the Physical Protection of Nuclear Material"),
                     ("eli:amends", convention), ("acta:adoptionDate", "2005-07-08"),
                     ("acta:entryIntoForce", "2016-05-08")}
    assert ("un/a/res/80/41", "acta:recalls", amendment) in {(c.subject, c.predicate, c.object) for c in x.claims}
    assert not [c for c in x.claims if c.subject == convention and c.predicate in ("acta:adoptionDate",
                                                                                   "acta:entryIntoForce")]


def test_a_body_established_the_day_the_treaty_that_set_it_up_entered_into_force(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_15.md para. 2 (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/15",
        "2. Notes with satisfaction that the year 2025 marks the fifty-sixth anniversary of the entry into force, on "
        "25 April 1969, of the Treaty of Tlatelolco and of the establishment of the Agency for the Prohibition of "
        "Nuclear Weapons in Latin America and the Caribbean;")
    days = {(c.subject, c.predicate, c.object.value) for c in x.claims if c.rule == "treaty-days"}
    assert days == {("instrument/treaty-of-tlatelolco", "acta:entryIntoForce", "1969-04-25"),
                    ("body/opanal", "acta:establishedOn", "1969-04-25")}
