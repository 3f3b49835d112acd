"""graph/instruments.py: instruments named by title (declarations, programmes of action, treaties) on corpus text."""

from __future__ import annotations

import re

import pytest

from graph.instruments import find_instruments

# /work/shared/corpus/ipbes/unep-ipbes-mi-2-9-panama-resolution.txt, paragraph 1
IPBES_1 = ("1. Recalling the Rio Declaration on Environment and Development,¹ Agenda 21,² the Programme for Further "
           "Implementation of Agenda 21,³ the Johannesburg Declaration on Sustainable Development⁴ and the Plan of "
           "Implementation of the World Summit on Sustainable Development (“Johannesburg Plan of Implementation”),⁵")
# /work/shared/corpus/un-ga-80/A_RES_80_38.md
PARA_5_38 = ("5. Encourages all relevant initiatives, including those of the United Nations, other international "
             "organizations, regional and subregional organizations and civil society, for the successful "
             "implementation of the Programme of Action, and calls upon all Member States to contribute towards the "
             "continued implementation of the Programme of Action at the national, regional and global levels;")
COMMITMENT_38 = ("Recalling the commitment of States to the Programme of Action as the main framework for measures "
                 "within the activities of the international community to prevent, combat and eradicate the illicit "
                 "trade in small arms and light weapons in all its aspects,")
TRACING_38 = ("Underlining the need for States to enhance their efforts to build national capacity for the effective "
              "implementation of the Programme of Action and the International Tracing Instrument,")
ATT_38 = "Welcoming the inclusion of small arms and light weapons in the scope of the Arms Trade Treaty,5"
# /work/shared/corpus/un-ga-80/A_RES_80_10.md
UDHR_10 = ("Recalling the Universal Declaration of Human Rights, 6  the United Nations Declaration on the Rights of "
           "Indigenous Peoples, 7  the Beijing Declaration and Platform for Action, 8 the Durban Declaration and "
           "Programme of Action 9 and the Programme of Action of the International Conference on Population and "
           "Development,10")


def found(text: str) -> list[tuple[str, str]]:
    return [(m.label, m.key) for m in find_instruments(text, 0, len(text))]


def test_a_treaty_by_its_name() -> None:
    (m,) = find_instruments(ATT_38, 0, len(ATT_38))
    assert (m.kind, m.text, m.key, m.label) == ("instrument", "Arms Trade Treaty", "instrument/arms-trade-treaty",
                                                "Arms Trade Treaty")
    assert ATT_38[m.start:m.end] == "Arms Trade Treaty"


def test_declarations_and_programmes_with_their_full_names() -> None:
    names = [label for label, _ in found(UDHR_10)]
    assert "United Nations Declaration on the Rights of Indigenous Peoples" in names
    assert "Beijing Declaration and Platform for Action" in names
    assert "Durban Declaration and Programme of Action" in names
    assert "Programme of Action of the International Conference on Population and Development" in names


# /work/shared/corpus/un-ga-80/A_RES_80_69.md (cut); a convention's title in the same shape (UNESCO, 1972), and a
# treaty's short name that what follows is only about
FRIENDLY_69 = ("their commitment to respecting the purposes and principles of the Charter of the United Nations as "
               "well as the provisions of the Declaration on Principles of International Law concerning Friendly "
               "Relations and Cooperation among States in accordance with the Charter of the United Nations, 2")
HERITAGE = "Recalling the Convention concerning the Protection of the World Cultural and Natural Heritage,"
ABOUT_CWC = "the Chemical Weapons Convention concerning the destruction of stockpiles"


def test_a_declaration_or_convention_concerning_something_is_named_with_it() -> None:
    assert "Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States" \
        in [label for label, _ in found(FRIENDLY_69)]
    assert [label for label, _ in found(HERITAGE)] == [
        "Convention concerning the Protection of the World Cultural and Natural Heritage"]
    assert [label for label, _ in found(ABOUT_CWC)] == ["Chemical Weapons Convention"]


# /work/shared/corpus/un-ga-80/A_RES_80_13.md and A_RES_80_18.md
ZONE_13 = ("Recalling the Declaration of the Indian Ocean as a Zone of Peace, contained in its resolution 2832 (XXVI) "
           "of 16 December 1971,")
DECADE_18 = "Recalling the Declaration of the 1980s as the Second Disarmament Decade,"


def test_what_a_declaration_declares_is_in_its_name() -> None:
    assert [m.label for m in find_instruments(ZONE_13, 0, len(ZONE_13))] == [
        "Declaration of the Indian Ocean as a Zone of Peace"]
    assert [m.label for m in find_instruments(DECADE_18, 0, len(DECADE_18))] == [
        "Declaration of the 1980s as the Second Disarmament Decade"]
    # a declaration's only: "the Programme of Action as the main framework" is the bare programme (too generic)
    assert find_instruments(COMMITMENT_38, 0, len(COMMITMENT_38)) == []


# /work/shared/corpus/un-ga-80/A_RES_80_9.md paragraph 25 and A_RES_80_12.md (a preambular clause), cut
REPORTS_9 = ("25. We acknowledge the importance of the biennial Global Report on Trafficking in Persons, prepared by "
             "the United Nations Office on Drugs and Crime, and request the Office to continue.")
REPORTS_12 = ("Welcoming the United Nations Report on Military Expenditures and the report of the Secretary-General on "
              "objective information on military matters,")


def test_a_report_with_a_title_of_its_own_is_a_text_and_a_bodys_report_is_not() -> None:
    assert [m.label for m in find_instruments(REPORTS_9, 0, len(REPORTS_9))] == [
        "Global Report on Trafficking in Persons"]
    assert [m.label for m in find_instruments(REPORTS_12, 0, len(REPORTS_12))] == [
        "United Nations Report on Military Expenditures"]


def test_a_title_in_quotes_and_a_programme_for_agenda_21() -> None:
    names = dict(found(IPBES_1))
    assert names["Johannesburg Plan of Implementation"] == "instrument/johannesburg-plan-of-implementation"
    assert names["Programme for Further Implementation of Agenda 21"] == \
        "instrument/programme-for-further-implementation-of-agenda-21"


def test_the_programme_of_action_alone_is_not_an_instrument_mention() -> None:
    assert found(PARA_5_38) == []


def test_offsets_are_those_of_the_text_passed_in() -> None:
    prefix = "x" * 37
    text = prefix + ATT_38
    (m,) = find_instruments(text, len(prefix), len(text))
    assert text[m.start:m.end] == "Arms Trade Treaty"
    assert find_instruments(text, 0, len(prefix) + 20) == []


def test_states_committed_to_the_programme_of_action_are_not_an_instrument() -> None:
    assert found(COMMITMENT_38) == []


def test_the_article_before_a_declaration_is_not_part_of_its_key() -> None:
    assert ("Universal Declaration of Human Rights", "instrument/universal-declaration-of-human-rights") \
        in found(UDHR_10)


def test_agenda_21_is_an_instrument() -> None:
    assert ("Agenda 21", "instrument/agenda-21") in found(IPBES_1)


def test_a_footnote_marker_ends_an_instrument_name() -> None:
    assert ("Johannesburg Declaration on Sustainable Development",
            "instrument/johannesburg-declaration-on-sustainable-development") in found(IPBES_1)


def test_two_instruments_joined_by_and_are_not_one() -> None:
    keys = [key for _, key in found(TRACING_38)]
    assert "instrument/programme-of-action-and-the-international-tracing-instrument" not in keys
    assert "instrument/international-tracing-instrument" in keys  # the second on its own


@pytest.mark.parametrize("text", [
    "in accordance with their obligations under article VI of the Treaty on the Non-Proliferation of Nuclear Weapons,",
    "recalling articles III and IV of the Treaty on the Non-Proliferation of Nuclear Weapons,",
])
def test_an_articles_number_is_not_part_of_the_treatys_name(text: str) -> None:
    assert [m.label for m in find_instruments(text, 0, len(text))] == [
        "Treaty on the Non-Proliferation of Nuclear Weapons"]


def test_the_treaty_alone_after_an_article_is_no_instrument() -> None:
    text = "in accordance with commitments made under article VI of the Treaty,"
    assert find_instruments(text, 0, len(text)) == []


@pytest.mark.parametrize("text, names", [
    ("Recalling the Charter and the Rome Statute of the International Criminal Court,",
     ["Rome Statute of the International Criminal Court"]),  # "the Charter" alone is too generic to be one
    ("Welcoming the signature of the Central African Republic and the Peace Agreement of Khartoum,",
     ["Peace Agreement of Khartoum"]),
    ("Recalling the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean,",
     ["Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean"]),
    ("1. Adopts the Doha Political Declaration, annexed to the present resolution;", ["Doha Political Declaration"]),
    # the parties are part of an agreement's name: "Relationship Agreement" alone would be every such agreement
    ("Acknowledging the Relationship Agreement between the United Nations and the Court,",
     ["Relationship Agreement between the United Nations and the Court"]),
])
def test_two_texts_joined_by_and_the_and_a_clauses_verb(text: str, names: list[str]) -> None:
    assert [name for name, _ in found(text)] == names


@pytest.mark.parametrize("text, names", [
    ("Recalling that all States Parties to the Treaty on the Non-Proliferation of Nuclear Weapons have committed,",
     ["Treaty on the Non-Proliferation of Nuclear Weapons"]),  # the states that are party to it are not the text
    ("Welcoming the Youth Group of the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty "
     "Organization,", []),  # a body named after its treaty
    ("Welcoming the ratification of the Rome Statute and by the Security Council,", ["Rome Statute"]),
])
def test_what_a_treaty_name_is_inside(text: str, names: list[str]) -> None:
    assert [name for name, _ in found(text)] == names


@pytest.mark.parametrize("text, expected", [
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md, A_RES_80_3.md, A_RES_80_39.md, A_RES_80_46.md: a meeting of a
    # text's parties is named after the text, which is the instrument
    ("Welcoming the third Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons,",
     ["Treaty on the Prohibition of Nuclear Weapons"]),
    ("the Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons",
     ["Treaty on the Non-Proliferation of Nuclear Weapons"]),
    ("the implementation of the Arms Trade Treaty at the Eleventh Conference of States Parties, held in Geneva",
     ["Arms Trade Treaty"]),
])
def test_the_meetings_of_a_texts_parties_are_not_the_text(text: str, expected: list[str]) -> None:
    assert [label for label, _ in found(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # /work/shared/corpus/un-ga-80/A_RES_80_57.md, A_RES_80_38.md: "Conventional" is no "Convention"
    ("the Convention on Certain Conventional Weapons", ["Convention on Certain Conventional Weapons"]),
    ("the Global Framework for Through-life Conventional Ammunition Management",
     ["Global Framework for Through-life Conventional Ammunition Management"]),
    # A_RES_80_13.md, A_RES_80_9.md: what is done about a text is not the text
    ("Implementation of the Declaration of the Indian Ocean", ["Declaration of the Indian Ocean"]),
    ("the Convention against Transnational Organized Crime and the Protocols thereto",
     ["Convention against Transnational Organized Crime"]),
])
def test_a_texts_name_is_its_own(text: str, expected: list[str]) -> None:
    assert [label for label, _ in found(text)] == expected


def test_a_body_named_for_its_work_on_a_text_is_no_mention_of_the_text() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_12.md: a group's name, not the instrument it works on
    text = ("Recalling also the report of the Group of Governmental Experts on the Operation and Further Development "
            "of the United Nations Standardized Instrument for Reporting Military Expenditures on further ways")
    assert found(text) == []
    # A_RES_80_31.md: states "of the Protocol" are who ratified it, and the Protocol is still the text
    text = ("the ratification by China, France, the Russian Federation and the United Kingdom of Great Britain and "
            "Northern Ireland of the Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia")
    assert [label for label, _ in found(text)] == [
        "Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia"]


@pytest.mark.parametrize("text, expected", [
    # /work/shared/corpus/un-ga-80/A_RES_80_35.md, A_RES_80_34.md, A_RES_80_26.md
    ("welcomes the ratification of the Convention by the Marshall Islands", []),
    ("the Convention and for the Organisation for the Prohibition of Chemical Weapons", []),
    ("the Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management",
     ["Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management"]),
])
def test_who_acted_on_a_text_and_what_follows_it_are_not_its_name(text: str, expected: list[str]) -> None:
    assert [label for label, _ in found(text)] == expected


# /work/shared/corpus/un-ga-80/A_RES_80_24.md: two conventions whose titles share their first words
BWC_CWC_24 = ("Bearing in mind the Convention on the Prohibition of the Development, Production and Stockpiling of "
              "Bacteriological (Biological) and Toxin Weapons and on Their Destruction[^2] and the Convention on the "
              "Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on\n"
              "Their Destruction,")


def test_a_long_titles_list_goes_on_past_its_commas() -> None:
    assert [label for label, _ in found(BWC_CWC_24)] == [
        "Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological "
        "(Biological) and Toxin Weapons and on Their Destruction",
        "Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and "
        "on Their Destruction"]


@pytest.mark.parametrize("text, expected", [
    # A_RES_80_10.md
    ("Reaffirming the International Covenant on Economic, Social and Cultural Rights, 3",
     ["International Covenant on Economic, Social and Cultural Rights"]),
    # A_RES_80_61.md: the list ends at "and the", where the next text begins
    ("inter alia, the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light "
     "Weapons in All Its Aspects and the Arms Trade Treaty, 7",
     ["Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All "
      "Its Aspects", "Arms Trade Treaty"]),
    # A_RES_80_63.md: not where "and the" goes on with the list's last words, no text's name (and across a line break)
    ("and the Lomé Declaration on Peace,\nSecurity, Stability and the Fight against Terrorism and Violent Extremism "
     "adopted at that summit;",
     ["Lomé Declaration on Peace, Security, Stability and the Fight against Terrorism and Violent Extremism"]),
    # what follows a comma is no part of the title: states, people, a body, a list without "and"
    ("the Treaty on the Non-Proliferation of Nuclear Weapons, Belarus, Kazakhstan and Ukraine acceded",
     ["Treaty on the Non-Proliferation of Nuclear Weapons"]),
    ("the Convention on the Rights of the Child, Member States and the Secretariat have",
     ["Convention on the Rights of the Child"]),
    ("the Convention on the Rights of the Child, Human Rights Council resolution 52/1",
     ["Convention on the Rights of the Child"]),
    ("the Convention on Biological Diversity, Articles 10 and 11",
     ["Convention on Biological Diversity"]),
])
def test_where_a_title_after_a_comma_ends(text: str, expected: list[str]) -> None:
    assert [label for label, _ in found(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # /work/shared/corpus/un-ga-80/A_RES_80_6.md, A_RES_80_25.md
    ("in accordance with the Relationship Agreement between the United Nations and the International Criminal Court,",
     ["Relationship Agreement between the United Nations and the International Criminal Court"]),
    ("Recalling the Final Document of the International Conference on the Relationship between Disarmament and "
     "Development,",
     ["Final Document of the International Conference on the Relationship between Disarmament and Development"]),
])
def test_an_agreement_between_parties_is_named_with_them(text: str, expected: list[str]) -> None:
    assert [label for label, _ in found(text)] == expected


def test_a_name_goes_on_through_or() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_68.md: Protocols II and III were one node "Protocol on Prohibitions"
    text = ("Recalling the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other "
            "Devices and the Protocol on Prohibitions or Restrictions on the Use of Incendiary Weapons,")
    assert [label for label, _ in found(text)] == [
        "Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices",
        "Protocol on Prohibitions or Restrictions on the Use of Incendiary Weapons"]


@pytest.mark.parametrize("text, expected", [
    # /work/shared/corpus/un-ga-80/A_RES_80_5.md, A_RES_80_8.md: the year after "the" is in the name
    ("Reaffirming the 2030 Agenda for Sustainable Development,", ["2030 Agenda for Sustainable Development"]),
    ("Recalling the 2005 World Summit Outcome,", ["2005 World Summit Outcome"]),
    # a date's year is not
    ("adopted on 25 September 2015 Agenda 21 and the Paris Agreement", ["Agenda 21", "Paris Agreement"]),
])
def test_a_year_before_a_title(text: str, expected: list[str]) -> None:
    assert [label for label, _ in found(text)] == expected


def test_codes_of_conduct_guidance_action_plans_and_concluding_documents_by_name() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_41.md, A_RES_80_54.md, A_RES_80_64.md
    assert [name for name, _ in found(
        "Recalling the Code of Conduct on the Safety and Security of Radioactive Sources, approved by the Board, and "
        "the supplementary Guidance on the Management of Disused Radioactive Sources,")] == [
        "Code of Conduct on the Safety and Security of Radioactive Sources",
        "Guidance on the Management of Disused Radioactive Sources"]
    assert [name for name, _ in found("5. Recalls the adoption of the Vienna Action Plan at the first Meeting,")] == [
        "Vienna Action Plan"]
    assert [name for name, _ in found(
        "under the item entitled “Review and implementation of the Concluding Document of the Twelfth Special "
        "Session of the General Assembly”")] == [
        "Concluding Document of the Twelfth Special Session of the General Assembly"]


def test_statements_and_memorandums_by_name() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_70.md and A_RES_80_48.md (clauses, cut)
    assert [name for name, _ in found(
        "and recalling the Joint Ministerial Statement on the Comprehensive Nuclear-Test-Ban Treaty adopted at the "
        "ministerial meeting held in New York on 24 September 2024,")] == [
        "Joint Ministerial Statement on the Comprehensive Nuclear-Test-Ban Treaty"]
    assert [name for name, _ in found(
        "and the commitments under the Memorandum on Security Assurances in Connection with Ukraine’s Accession to "
        "the Treaty on the Non-Proliferation of Nuclear Weapons of 1994,")] == [
        "Memorandum on Security Assurances in Connection with Ukraine’s Accession to the Treaty on the "
        "Non-Proliferation of Nuclear Weapons"]


def test_the_treaties_of_places_are_each_a_treaty() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_15.md and A_RES_80_31.md: the marks after the places are notes
    text = ("Reiterating the important contribution of the treaties of Tlatelolco, Rarotonga, 3 Bangkok[^4] and "
            "Pelindaba[^5] and the Treaty on a Nuclear-Weapon-Free Zone in Central Asia,6 as well as the Antarctic "
            "Treaty[^7] and the declaration by Mongolia,")
    mentions = find_instruments(text, 0, len(text))
    assert sorted((m.label, m.key, m.text) for m in mentions) == [
        ("Antarctic Treaty", "instrument/antarctic-treaty", "Antarctic Treaty"),
        ("Treaty of Bangkok", "instrument/treaty-of-bangkok", "Bangkok"),
        ("Treaty of Pelindaba", "instrument/treaty-of-pelindaba", "Pelindaba"),
        ("Treaty of Rarotonga", "instrument/treaty-of-rarotonga", "Rarotonga"),
        ("Treaty of Tlatelolco", "instrument/treaty-of-tlatelolco", "Tlatelolco"),
        ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
         "instrument/treaty-on-a-nuclear-weapon-free-zone-in-central-asia",
         "Treaty on a Nuclear-Weapon-Free Zone in Central Asia")]
    assert sorted(name for name, _ in found("the treaties of Tlatelolco,5 Rarotonga,6 Bangkok[^7] and Pelindaba[^8] "
                                            "establishing nuclear-weapon-free zones")) == [
        "Treaty of Bangkok", "Treaty of Pelindaba", "Treaty of Rarotonga", "Treaty of Tlatelolco"]
    assert not found("the treaties of the region and their protocols")


def test_a_title_whose_topic_starts_with_a_participle() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_20.md and A_RES_80_21.md (the Outer Space Treaty, cut)
    assert [name for name, _ in found(
        "bearing in mind the importance of articles III and IV of the Treaty on Principles Governing the Activities "
        "of States in the Exploration and Use of Outer Space, including the Moon")] == [
        "Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space"]
    # a head then a capitalised word that is no participle is still no longer title
    assert [name for name, _ in found("the Convention Secretariat")] != ["Convention Secretariat"]


@pytest.mark.parametrize(("text", "name"), [
    # /work/shared/corpus/un-ga-80/A_RES_80_34.md: the list's last item says "and of"; a note's bare number after it
    ("the 100th anniversary of the Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other "
     "Gases, and of Bacteriological Methods of Warfare, signed at Geneva",
     "Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of "
     "Bacteriological Methods of Warfare"),
    ("reiterating that the Convention on the Prohibition of the Development, Production, Stockpiling and Use of "
     "Chemical Weapons and on Their Destruction 2 reaffirms principles",
     "Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on "
     "Their Destruction"),
])
def test_a_long_title_goes_on_past_its_commas(text: str, name: str) -> None:
    assert [m.text for m in find_instruments(text, 0, len(text))] == [name]


def test_a_title_whose_subtitle_the_line_broke_after_the_colon_is_named_whole() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_33.md, a preambular clause
    text = ("Noting continued efforts towards realizing nuclear disarmament, including through the Secretary-General’s "
            "disarmament agenda, Securing Our Common Future:\nAn Agenda for Disarmament,")
    assert [re.sub(r"\s+", " ", m.text) for m in find_instruments(text, 0, len(text))] == \
        ["Securing Our Common Future: An Agenda for Disarmament"]


def test_two_places_joined_by_a_dash_name_one_text() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_35.md, a preambular clause (cut); a head word or a part's number before a
    # dash joins nothing (the IPBES report's "Part V – Agenda")
    text = "and stressing the importance of implementing the Siem Reap – Angkor Action Plan 2025–2029,"
    assert [m.text for m in find_instruments(text, 0, len(text))] == ["Siem Reap – Angkor Action Plan"]
    text = "implementing the Siem Reap–Angkor Action Plan,"
    assert [m.text for m in find_instruments(text, 0, len(text))] == ["Siem Reap–Angkor Action Plan"]
    for text in ("Part V – Agenda", "the Convention – Protocol V on Explosive Remnants of War"):
        assert not [m.text for m in find_instruments(text, 0, len(text)) if "–" in m.text]


def test_a_year_and_a_head_word_alone_name_a_text() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_48.md paragraph 3 (cut); without "the" before it a year is a date's
    text = "by providing information in line with Action 21 of the 2010 Action Plan, related to concrete data"
    assert [m.text for m in find_instruments(text, 0, len(text))] == ["2010 Action Plan"]
    text = "the plan adopted in 2010 Action Plan"
    assert [m.text for m in find_instruments(text, 0, len(text))] == []


def test_a_main_title_with_a_year_in_it_is_part_of_the_name() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_55.md, a preambular clause (cut); a colon after a year alone is no title's
    text = "Noting the launch of Youth 2030: The United Nations Youth Strategy in 2018,"
    assert [m.text for m in find_instruments(text, 0, len(text))] == ["Youth 2030: The United Nations Youth Strategy"]
    text = "Recalling, in 2030: The United Nations Youth Strategy,"
    assert [m.text for m in find_instruments(text, 0, len(text))] == ["United Nations Youth Strategy"]


@pytest.mark.parametrize(("text", "names"), [
    # /work/shared/corpus/un-ga-80/A_RES_80_67.md, A_RES_80_34.md, A_RES_80_43.md, A_RES_80_24.md, A_RES_80_31.md and
    # A_RES_80_68.md (cut): who or where, then a text named by its head word alone (too generic to be a node)
    ("in realizing the goal of universal adherence to the Treaty in the Middle East;", []),
    ("the accession of the Syrian Arab Republic with the Convention", []),
    ("the commitments of States Parties in the Final Document of the 2010 Review Conference", []),
    ("the High Contracting Parties to Protocol V", ["Protocol V"]),  # (the protocol, numbered: see below)
    # (the text after them is named, whole)
    ("the mandates assigned to the Secretariat in the Global Framework as contained in section IV",
     ["Global Framework"]),
    # a text "on the Protocol to that Treaty" is a consultation's topic, not the treaty's name
    ("consultations between the nuclear-weapon States and the Parties to the Bangkok Treaty on the Protocol to that "
     "Treaty;", ["Bangkok Treaty"]),
    # (a treaty on a topic in a place keeps it: no head word right before "in the")
    ("the Treaty on the Non-Proliferation of Nuclear Weapons in the Middle East",
     ["Treaty on the Non-Proliferation of Nuclear Weapons in the Middle East"]),
])
def test_who_or_where_before_or_after_a_text_is_not_its_name(text: str, names: list[str]) -> None:
    assert [name for name, _ in found(text)] == names


@pytest.mark.parametrize(("text", "names"), [
    # /work/shared/corpus/un-ga-80/A_RES_80_68.md and A_RES_80_43.md (cut): a protocol's number is in its name
    ("the High Contracting Parties to Protocol V and Amended Protocol II", ["Protocol V", "Amended Protocol II"]),
    ("the States that have not yet done so to ratify Protocol V on Explosive Remnants of War",
     ["Protocol V on Explosive Remnants of War"]),
    ("Additional Protocol I to the Geneva Conventions", ["Additional Protocol I to the Geneva Conventions"]),
    # (a number after another head is not its: "the Convention V" is no name)
    ("the Charter and the Rome Statute", ["Rome Statute"]),
])
def test_a_protocols_number_is_in_its_name(text: str, names: list[str]) -> None:
    assert [m.text for m in find_instruments(text, 0, len(text))] == names


def test_an_agreement_between_two_parties_is_named_with_what_it_is_about() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_1.md (preamble); not a treaty's "regarding" clause after its name
    text = ("representatives referred to in section 11 of the Agreement between the United Nations and the United "
            "States of America regarding the Headquarters of the United Nations are prevented from participating")
    assert [name for name, _ in found(text)] == [
        "Agreement between the United Nations and the United States of America regarding the Headquarters of the "
        "United Nations"]
    # (a text named by its head alone is no name, and what it is "regarding" does not make it one)
    assert found("compliance with the Treaty regarding the Democratic People's Republic of Korea") == []


def test_a_name_a_page_break_cut_before_a_lower_case_word_is_one_name() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_61.md para. 7: the page ends after "the Central America"; a paragraph
    # that ends a name's line does not go on over a page to a capitalised one
    text = ("including the Caribbean Firearms Roadmap, the Central America\n\nand Dominican Republic Roadmap to "
            "Prevent Illicit Trafficking and Proliferation of Firearms, Ammunition and Explosives (Central America and "
            "Dominican Republic Firearms Roadmap) and the Andean Community Roadmap")
    names = [label for label, _ in found(text)]
    assert "Central America and Dominican Republic Roadmap to Prevent Illicit Trafficking and Proliferation of " \
           "Firearms, Ammunition and Explosives" in names
    assert not any(name.startswith("Dominican") for name in names)
    assert [label for label, _ in found("the Central America\n\nDominican Republic Roadmap")] == [
        "Dominican Republic Roadmap"]
