"""graph/bodies.py: listed bodies, acronyms, institution scope and the shape of a name, on real sentences."""

from __future__ import annotations

import pytest

from graph.bodies import acronym_after, catalogue, find_bodies, lookup


def bodies(text: str, org: str | None) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in find_bodies(text, 0, len(text), org)]


def test_listed_bodies_in_the_oas_report() -> None:
    text = ("As well, on October 13 the Working Group held a briefing session where contributions were made by the "
            "following organizations:  CARICOM, World Bank, and the OAS Executive Secretariat for Integral Development "
            "(SEDI).")
    found = bodies(text, "OAS")
    assert ("CARICOM", "caricom") in found
    assert ("World Bank", "world-bank") in found
    assert ("OAS Executive Secretariat for Integral Development", "oas/sedi") in found
    assert ("Working Group", "") in found  # generic: which working group is for the rules to say
    for m in find_bodies(text, 0, len(text), "OAS"):
        assert text[m.start:m.end] == m.text


def test_acronym_after_a_name() -> None:
    text = ("The resolution requests the Permanent Council, “to convene, through the Committee on Hemispheric "
            "Security (CSH), any meetings it deems necessary")
    csh = next(m for m in find_bodies(text, 0, len(text), "OAS") if m.key == "oas/csh")
    assert csh.text == "Committee on Hemispheric Security"
    acronym, end = acronym_after(text, csh.end)
    assert acronym == "CSH" and text[end - 5:end] == "(CSH)"
    assert acronym_after("the Working Group (see above)", len("the Working Group")) is None


def test_the_same_name_in_two_institutions() -> None:
    text = ("Recalling also General Assembly resolution 65/162 of 20 December 2010 and decision 26/4 of 24 February "
            "2011 of the Governing Council of the United Nations Environment Programme,")
    assert bodies(text, "UNEP") == [("General Assembly", "un/general-assembly"),
                                    ("Governing Council of the United Nations Environment Programme",
                                     "un/unep/governing-council")]
    assert bodies(text, "OAS")[0] == ("General Assembly", "oas/general-assembly")
    assert lookup("General Assembly", "OAS").key == "oas/general-assembly"
    assert lookup("the General Assembly", "UN").key == "un/general-assembly"
    assert lookup("CSH", "OAS").key == "oas/csh"
    assert lookup("Committee on Hemispheric Security").key == "oas/csh"
    assert lookup("Committee on Fisheries") is None


def test_a_un_organ() -> None:
    text = ("Noting with regret that the Conference on Disarmament, during its 2025 session, was unable to undertake "
            "negotiations on this subject as called for in General Assembly resolution 79/64 of 2 December 2024,")
    found = bodies(text, "UN")
    assert ("Conference on Disarmament", "un/conference-on-disarmament") in found
    assert ("General Assembly", "un/general-assembly") in found
    assert not any(name.startswith("Noting") for name, _ in found)


def test_a_body_nobody_listed_is_known_by_the_shape_of_its_name() -> None:
    text = "1. Takes note of the report of the Ad Hoc Committee on the Indian Ocean;"  # A/RES/80/13
    (committee,) = find_bodies(text, 0, len(text), "UN")
    assert committee.text == "Ad Hoc Committee on the Indian Ocean"
    assert committee.key == "body/ad-hoc-committee-on-the-indian-ocean"
    assert committee.attrs == {"listed": False}


def test_or_between_two_nouns_of_a_name_is_part_of_it_but_not_between_two_names() -> None:
    # A/RES/80/18 (a preambular clause, cut)
    text = ("Noting the in-depth negotiations undertaken in its Ad Hoc Committee on Effective International "
            "Arrangements to Assure Non-Nuclear-Weapon States against the Use or Threat of Use of Nuclear Weapons, "
            "with a view to reaching agreement, and the reports of the Economic and Social Council or General "
            "Assembly,")
    found = sorted(find_bodies(text, 0, len(text), "UN"), key=lambda m: m.start)
    assert [m.text for m in found] == [
        "Ad Hoc Committee on Effective International Arrangements to Assure Non-Nuclear-Weapon States against the "
        "Use or Threat of Use of Nuclear Weapons", "Economic and Social Council", "General Assembly"]


def test_a_name_whose_first_words_are_a_list_across_a_line_break() -> None:
    # A/RES/80/64 para. 5 (the line broken as the corpus breaks it)
    text = ("5. Emphasizes the importance of the activities of the Regional Disarmament,\n"
            "Information and Outreach Branch of the Office for Disarmament Affairs of the Secretariat;")
    names = [m.text.replace("\n", " ") for m in find_bodies(text, 0, len(text), "UN")]
    # (the branch "of the Office …" is split from its parent when the mention is resolved)
    assert "Regional Disarmament, Information and Outreach Branch of the Office for Disarmament Affairs of the " \
           "Secretariat" in names
    assert not [n for n in names if n.startswith("Information")]


def test_coalitions_and_alliances_are_bodies_by_the_shape_of_their_names() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md and A_RES_80_5.md (cut)
    text = ("the International Committee of the Red Cross, the Cluster Munition Coalition and numerous other "
            "non-governmental organizations; noting the work of the Global Coalition for Social Justice and the Global "
            "Alliance against Hunger and Poverty")
    found = {m.text: m.key for m in find_bodies(text, 0, len(text), "UN")}
    assert {"Cluster Munition Coalition": "body/cluster-munition-coalition",
            "Global Coalition for Social Justice": "body/global-coalition-for-social-justice",
            "Global Alliance against Hunger and Poverty": "body/global-alliance-against-hunger-and-poverty",
            }.items() <= found.items()


def test_a_leading_participle_is_not_part_of_the_name() -> None:
    text = "(e) Requesting the Peacebuilding Commission to continue serving"  # A/RES/80/11
    assert bodies(text, "UN") == [("Peacebuilding Commission", "un/peacebuilding-commission")]


def test_no_bodies_where_there_are_none() -> None:
    text = ("We acknowledge the urgent need to address profound social challenges, especially poverty, unemployment "
            "and social exclusion, that affect every country.")
    assert bodies(text, "UN") == []
    # a person and a post are not bodies
    text = "Ambassador Virgilio Alcántara, Permanent Representative of the Dominican Republic to the OAS"
    assert bodies(text, "OAS") == [("OAS", "oas")]


def test_the_catalogue_is_consistent() -> None:
    listed = catalogue()
    assert {"oas", "oas/csh", "oas/permanent-council", "un/general-assembly", "ipbes"} <= set(listed)
    for info in listed.values():
        assert info.label
        assert info.parent is None or info.parent in listed, f"{info.key}: unknown parent {info.parent}"


def test_two_unlisted_bodies_joined_by_and_the_are_each_found() -> None:
    text = ("the creation of institutions, such as the Subregional Centre for Human Rights and Democracy in Central "
            "Africa and the Council for Peace and Security in Central Africa and its organs")
    labels = {m.label for m in find_bodies(text, 0, len(text), "un") if not m.attrs.get("listed")}
    assert labels == {"Subregional Centre for Human Rights and Democracy in Central Africa",
                      "Council for Peace and Security in Central Africa"}


def test_an_office_beside_a_body_is_not_a_body() -> None:
    text = ("the Chairperson of the African Union Commission and the Director General of the International Atomic "
            "Energy Agency")
    found = find_bodies(text, 0, len(text), "un")
    offices = [m for m in found if m.label.startswith(("Chairperson", "Director"))]
    assert not [m.label for m in offices if not m.attrs.get("officer")]
    # the head of a listed organization is its post, not a body of its own; the African Union Commission is listed
    # now, and its Chairperson a presiding officer's post of it
    assert {m.key for m in found if m.attrs.get("officer")} == {"un/iaea/director-general",
                                                                "african-union/commission/chairperson"}


def test_an_organ_of_a_listed_body_whose_name_holds_a_treatys_is_a_body() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_70.md (a preambular clause, cut)
    text = ("Noting the contribution of diverse and inclusive participation, including through the Youth Group of the "
            "Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization,")
    found = [m for m in find_bodies(text, 0, len(text), "UN") if m.text.startswith("Youth Group")]
    assert [(m.key, m.label, m.attrs.get("parent")) for m in found] == [("un/ctbto/youth-group", "Youth Group",
                                                                         "un/ctbto")]
    # a text named for a listed body is still no body: "the Statute of the International Atomic Energy Agency"
    text = "Recalling the Statute of the International Atomic Energy Agency,"
    assert [m.key for m in find_bodies(text, 0, len(text), "UN")] == ["un/iaea"]

def test_the_summit_organ_of_a_listed_body_is_a_body_of_it() -> None:
    text = ("Taking note of the decisions adopted by the Conference of Heads of State and Government of the Economic "
            "Community of West African States at its sixty-seventh ordinary session,")
    found = [m for m in find_bodies(text, 0, len(text), "UN") if "Conference" in m.text]
    assert [(m.key, m.label, m.attrs.get("parent")) for m in found] == [
        ("ecowas/conference-of-heads-of-state-and-government", "Conference of Heads of State and Government", "ecowas")]
    # whose conference the text does not say: a summit as much as an organ, left to the meeting finder
    alone = "Recalling the Conference of Heads of State and Government held in Lomé on 30 July 2018,"
    assert not [m for m in find_bodies(alone, 0, len(alone), "UN") if "Conference" in m.text]

    # a listed summit organ goes by the name resolutions give it (A/RES/80/60: "Agenda 2063 adopted by the Assembly
    # of Heads of State and Government of the African Union"), its short name an alias (the list says whose organ it is)
    for text in ("Agenda 2063 adopted by the Assembly of Heads of State and Government of the African Union,",
                 "Agenda 2063 adopted by the Assembly of the African Union,"):
        found = [m for m in find_bodies(text, 0, len(text), "UN") if m.text.startswith("Assembly")]
        assert [(m.key, m.label) for m in found] == [
            ("african-union/assembly", "Assembly of Heads of State and Government of the African Union")]



@pytest.mark.parametrize(("text", "key", "parent"), [
    # /work/shared/corpus/un-ga-80/A_RES_80_47.md, A_RES_80_11.md
    ("and the decision of the Association of Southeast Asian Nations Political-Security Community Council, established "
     "under the Charter of the Association,", "asean/political-security-community-council", "asean"),
    ("the African Union Centre for Post-Conflict Reconstruction and Development,",
     "african-union/centre-for-post-conflict-reconstruction-and-development", "african-union"),
    # the United Nations' name begins a system's programmes and agencies: no organ of the Organization said
    ("the United Nations Youth Office,", "body/united-nations-youth-office", None),
])
def test_an_organ_named_after_its_organization(text: str, key: str, parent: str | None) -> None:
    found = [m for m in find_bodies(text, 0, len(text), "UN") if m.key.endswith(key.split("/")[-1])]
    assert [(m.key, m.attrs.get("parent")) for m in found] == [(key, parent)]
    # its name is the whole name the text gives it
    assert found[0].label == found[0].text


def test_an_organ_of_a_body_no_catalogue_lists() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_50.md: both named, the organ under the body
    text = ("Noting the resolutions of 26 November 2011 and 22 June 2022 of the Council of Delegates of the "
            "International Red Cross and Red Crescent Movement entitled “Working towards the elimination of nuclear "
            "weapons”,")
    [found] = find_bodies(text, 0, len(text), "UN")
    assert (found.key, found.label, found.attrs["parent"], found.attrs["parent_name"]) == (
        "body/international-red-cross-and-red-crescent-movement/council-of-delegates", "Council of Delegates",
        "body/international-red-cross-and-red-crescent-movement", "International Red Cross and Red Crescent Movement")

def test_a_final_document_of_a_session_is_not_a_body() -> None:
    text = ("Recalling paragraph 118 of the Final Document of the Tenth Special Session of the General Assembly, and "
            "the Concluding Document of the Twelfth Special Session of the General Assembly,")
    assert not [m for m in find_bodies(text, 0, len(text), "UN") if "Document" in m.text]


def test_a_hall_is_a_place_not_a_body() -> None:
    text = "its representative who is physically present in the Assembly Hall, or in the Council Chamber;"
    assert not [m for m in find_bodies(text, 0, len(text), "UN") if "Hall" in m.text or "Chamber" in m.text]


def test_the_assembly_of_a_treatys_parties_is_a_body_though_it_names_the_treaty() -> None:
    text = "Takes note of the decision of the Assembly of States Parties to the Rome Statute of the International " \
           "Criminal Court at its twenty-third session,"
    found = [(m.text, m.kind) for m in find_bodies(text, 0, len(text), "UN") if m.text.startswith("Assembly of")]
    assert found == [("Assembly of States Parties to the Rome Statute of the International Criminal Court", "body")]
    text = "Recalling the Programme of Action of the Committee of the Whole,"  # the text, not the committee
    assert not [m for m in find_bodies(text, 0, len(text), "UN") if "Programme" in m.text]


@pytest.mark.parametrize("text, wrong", [
    ("to strengthen the Agency’s activities in the field of nuclear safety,", "Agency’s"),
    ("See International Atomic Energy Agency, The Physical Protection of Nuclear Material,", "See International"),
    ("Official Records of the General Assembly, Eightieth Session, Supplement No. 27,", "Official Records"),
    ("Resolutions and Decisions of the Security Council, 2004,", "Resolutions and Decisions"),
    ("the death in custody of Alexei Navalny in the Russian Federation,", "Alexei Navalny"),
    ("the Treaty between the United States of America and the Russian Federation on Measures for the Further "
     "Reduction and Limitation of Strategic Offensive Arms,", "United States of America"),
    ("the Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States,",
     "Friendly Relations"),
])
def test_what_is_not_a_body(text: str, wrong: str) -> None:
    assert not [m.text for m in find_bodies(text, 0, len(text), "UN") if wrong in m.text]


def test_a_facility_is_a_body() -> None:
    text = "Invites the Global Environment Facility to consider supporting the work of the Platform,"
    assert ("Global Environment Facility", "body/global-environment-facility") in bodies(text, "UN")


def test_a_phrase_begun_in_the_name_before_is_cut_at_and_the() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_63.md: "the early warning mechanism for Central Africa and the …"
    text = ("its organs, including the early warning mechanism for Central Africa and the Central Africa Multinational "
            "Force")
    assert ("Central Africa Multinational Force", "body/central-africa-multinational-force") in \
        [(m.label, m.key) for m in find_bodies(text, 0, len(text), "un")]
    assert not [m for m in find_bodies(text, 0, len(text), "un") if m.label.startswith("Central Africa and")]
    # a head on both sides is still two bodies
    text = "the Subregional Centre for Human Rights and the Council for Peace and Security in Central Africa"
    assert [m.label for m in find_bodies(text, 0, len(text), "un")] == [
        "Subregional Centre for Human Rights", "Council for Peace and Security in Central Africa"]


@pytest.mark.parametrize("text, expected", [
    # /work/shared/corpus/un-ga-80/A_RES_80_7.md, /work/shared/corpus/ipbes (headings and agenda items): a phrase
    # about a body is the body after "of the", or none when that is only a head word
    ("Election of Members to the Board of Governors", [("Board of Governors", "body/board-of-governors")]),
    ("Role of the Multidisciplinary Expert Panel", [("Multidisciplinary Expert Panel", "ipbes/mep")]),
    ("(c) Members of the Platform;",  # "the Platform" alone is IPBES's short name
     [("Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services", "ipbes")]),
    ("Special Rapporteurs of the Human Rights Council", [("Human Rights Council", "un/human-rights-council")]),
    # an officer's post of a body named by its head word only: which court, the document's context says
    # (graph/entities.py); a plenary organ stays the organ
    ("the Registrar of the Court", [("Registrar of the Court", "")]),
    ("the General Conference of the International Atomic Energy Agency",  # listed now, its parent with it
     [("General Conference of the International Atomic Energy Agency", "un/iaea/general-conference")]),
    # a code of practice is a text, not a body
    ("the Code of Practice on the International Transboundary Movement of Radioactive Waste", []),
    ("the Information and Outreach Branch of the Office for Disarmament Affairs",
     [("Office for Disarmament Affairs", "un/oda"),
      ("Information and Outreach Branch", "un/oda/information-and-outreach-branch")]),
    # the Plenary of a listed body is its listed organ, by the catalogue's name
    ("The first session of the Plenary of the Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem "
     "Services was held in Bonn", [("Plenary of the Platform", "ipbes/plenary"),
                                   ("Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services",
                                    "ipbes")]),
])
def test_a_phrase_about_a_body_is_not_that_body(text: str, expected: list) -> None:
    assert sorted({(m.label, m.key) for m in find_bodies(text, 0, len(text), None)}) == sorted(expected)


def test_an_oas_clause_in_capitals_is_not_part_of_a_name() -> None:
    text = "BEARING IN MIND United Nations General Assembly resolution 41/1 of 7 January 1986;"
    assert [(m.label, m.key) for m in find_bodies(text, 0, len(text), "oas")] == [
        ("UN General Assembly", "un/general-assembly")]


def test_a_name_goes_on_through_an_and_into() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_21.md, A_RES_80_19.md
    text = ("Welcomes the contribution of the Group of Governmental Experts on Further Practical Measures for the "
            "Prevention of an Arms Race in Outer Space, and of the Ad Hoc Committee on the Prevention of an Arms Race "
            "in Outer Space,")
    assert [name for name, _ in bodies(text, "UN")] == [
        "Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space",
        "Ad Hoc Committee on the Prevention of an Arms Race in Outer Space"]


@pytest.mark.parametrize("text, expected", [
    # /work/shared/corpus/un-ga-80/A_RES_80_12.md, A_RES_80_9.md: a body named for its work on a text is a body
    ("the report of the Group of Governmental Experts on the Operation and Further Development of the United Nations "
     "Standardized Instrument for Reporting Military Expenditures,",
     ["Group of Governmental Experts on the Operation and Further Development of the United Nations Standardized "
      "Instrument for Reporting Military Expenditures"]),
    ("the Mechanism for the Review of the Implementation of the United Nations Convention against Transnational "
     "Organized Crime,",
     ["Mechanism for the Review of the Implementation of the United Nations Convention against Transnational "
      "Organized Crime"]),
    # a text whose name holds a head word stays a text
    ("the Doha Programme of Action for the Least Developed Countries,", []),
])
def test_a_body_named_for_its_work_on_a_text(text: str, expected: list[str]) -> None:
    found = [name for name, _ in bodies(text, "UN")]  # with the listed bodies inside them ("United Nations")
    assert [name for name in found if len(name.split()) > 3] == expected


def test_without_reference_to_a_main_committee_names_no_body() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md, the heading: adopted in plenary, by no committee
    assert bodies("[without reference to a Main Committee (A/80/L.4)]", "UN") == []
    assert bodies("[on the report of the Main Committee (A/80/L.4)]", "UN") != []


@pytest.mark.parametrize("text, expected", [
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt; A_RES_80_5.md, annex (in the first person)
    ("If the European Union speaks on behalf of its member States", ["European Union"]),
    # (a head word alone after "the" is a generic mention, which names the body of that head named before, if any)
    ("(a) Represents the Platform;", ["Platform"]),
    ("We Invite the Economic and Social Council to further integrate", ["Economic and Social Council"]),
])
def test_a_clauses_first_word_is_not_part_of_a_bodys_name(text: str, expected: list[str]) -> None:
    assert [name for name, _ in bodies(text, "UN")] == expected


@pytest.mark.parametrize(("text", "key", "label"), [
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, Decision IPBES/1/4, paragraph 5
    ("(5) Requests the Executive Director of UNEP to recruit as soon as possible the head of the Platform’s "
     "secretariat", "un/unep/executive-director", "Executive Director of UNEP"),
    # /work/shared/corpus/un-ga-80/A_RES_80_34.md
    ("the report of the Director General of the Organisation for the Prohibition of Chemical Weapons of 14 October "
     "2020", "un/opcw/director-general", "Director General of OPCW"),
    # /work/shared/corpus/un-ga-80/A_RES_80_65.md paragraph 6 (cut): the presiding post, whoever holds it; a body
    # with no acronym named with "the"
    ("6. Requests the current President and successive Presidents of the Conference on Disarmament to cooperate",
     "un/conference-on-disarmament/president", "President of the Conference on Disarmament"),
])
def test_the_post_at_the_head_of_a_listed_organization(text: str, key: str, label: str) -> None:
    found = {(m.key, m.label) for m in find_bodies(text, 0, len(text), None) if m.attrs.get("officer")}
    assert found == {(key, label)}



def test_a_name_goes_on_across_a_line_break_inside_its_sentence() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_57.md: a page break cut the Group's name
    text = ("the valuable work of the Group of Governmental Experts on Emerging Technologies in the Area of Lethal "
            "Autonomous Weapons\n\nSystems, established under the Convention")
    assert [m.label for m in find_bodies(text, 0, len(text), "UN")] == [
        "Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems"]


def test_the_working_group_on_a_topic_is_named_by_it_unless_its_name_goes_on() -> None:
    def found(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.key) for m in find_bodies(text, 0, len(text), "UN")]
    # /work/shared/corpus/un-ga-80/A_RES_80_46.md and A_RES_80_48.md (clauses, cut)
    assert found("through the working group on effective treaty implementation and the voluntary trust fund") == [
        ("working group on effective treaty implementation", "body/working-group-on-effective-treaty-implementation"),
        ("voluntary trust fund", "")]  # (a fund, unnamed here: the clause is cut before whom it serves)
    assert found("the efforts of the working group on transparency and reporting to facilitate compliance") == [
        ("working group on transparency and reporting", "body/working-group-on-transparency-and-reporting")]
    # ipbes-1-12: a contact group named by its topic (not "a contact group on this matter": the record names it)
    assert found("This matter was assigned to the contact group on the work programme, and the results") == [
        ("contact group on the work programme", "body/contact-group-on-the-work-programme")]
    assert found("the Plenary established a contact group on this matter, co-chaired by") == []
    # A_RES_80_62.md: "in outer space" and "in all its aspects" are the topic's words
    assert found("as well as preparations for the open-ended working group on the prevention of an arms race in outer "
                 "space in all its aspects,") == [(
                     "open-ended working group on the prevention of an arms race in outer space in all its aspects",
                     "body/open-ended-working-group-on-the-prevention-of-an-arms-race-in-outer-space-in-all-its-aspects")]
    # A_RES_80_16.md: a name that goes on ("… of and in the use of …") is left to what founded the group
    assert found("the open-ended working group on security of and in the use of information and communications "
                 "technologies 2021–2025") == [("open-ended working group", "")]
    # an indefinite group, or a secretariat's note on a subject, is no group named by a topic
    indefinite = "Decides to establish an open-ended working group on outer space,"
    assert found(indefinite) == [("open-ended working group", "")]
    assert found("the note by the secretariat on the procedure for receiving requests") == [("secretariat", "")]


@pytest.mark.parametrize(("text", "expected"), [
    # /work/shared/corpus/un-ga-80/A_RES_80_25.md and A_RES_80_61.md: a group named only by what it is, then its topic
    ("Recalling the report of the Group of Governmental Experts on the relationship between disarmament and "
     "development[^3] and its reappraisal", "Group of Governmental Experts on the relationship between disarmament and "
     "development"),
    ("the report of the Group of Governmental Experts on the relationship between disarmament and development,4 "
     "referred to", "Group of Governmental Experts on the relationship between disarmament and development"),
    # A_RES_80_53.md: "in all its aspects" ends a topic; what the comma adds ("including …") is the report's
    ("the report of the Panel of Governmental Experts on verification in all its aspects, including the role",
     "Panel of Governmental Experts on verification in all its aspects"),
    # A_RES_80_22.md: a time after the topic ends it
    ("the progress made by the Group of Governmental Experts on lethal autonomous weapons systems during its sessions",
     "Group of Governmental Experts on lethal autonomous weapons systems"),
    # not a topic that goes on with other words
    ("the Group of Governmental Experts on verification as a means to", "Group of Governmental Experts"),
    # A_RES_80_53.md: or what it was set up to do
    ("the report of the Group of Governmental Experts to further consider nuclear disarmament verification issues,7",
     "Group of Governmental Experts to further consider nuclear disarmament verification issues"),
])
def test_a_capitalised_group_of_experts_is_named_by_its_topic(text: str, expected: str) -> None:
    assert [m.label for m in find_bodies(text, 0, len(text), "UN") if "Experts" in m.label] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # /work/shared/corpus/un-ga-80/A_RES_80_61.md, A_RES_80_13.md, A_RES_80_55.md: whom a body serves, or where it
    # met, is not part of its name
    ("Welcoming the support provided by the Regional Centre to Member States in the implementation",
     [("Regional Centre", "body/regional-centre")]),
    ("to report through the Committee to the General Assembly at its eighty-second session",
     [("Committee", ""), ("UN General Assembly", "un/general-assembly")]),
    ("the Youth4Disarmament Forum in New York on 16 and 17 October 2025",
     [("Youth4Disarmament Forum", "body/youth4disarmament-forum")]),
    ("the Commission on Narcotic Drugs in Vienna",
     [("Commission on Narcotic Drugs", "body/commission-on-narcotic-drugs")]),
    # a region is part of the name
    ("the Regional Centre for Peace and Disarmament in Africa",
     [("United Nations Regional Centre for Peace and Disarmament in Africa", "un/unoda-regional-africa")]),
])
def test_whom_a_body_serves_or_where_it_met_is_not_its_name(text: str, expected: list) -> None:
    assert sorted({(m.label, m.key) for m in find_bodies(text, 0, len(text), "UN")}) == sorted(expected)


def test_the_general_conference_of_the_agency_is_an_organ_not_a_meeting(tmp_path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_26.md: "the Agency" is the one named before; its sessions are the organ's
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/26",
        "Recalling the convening by the International Atomic Energy Agency of the Ministerial Conference on Nuclear "
        "Safety, and the Action Plan on Nuclear Safety, endorsed by the General Conference of the Agency at its "
        "fifty-fifth regular session,")
    assert x.registry.get("un/iaea/general-conference").kind == "body"
    assert not [e.key for e in x.registry if e.kind == "meeting" and "general-conference-of-the-agency" in e.key]
    sessions = [c.subject for c in x.claims if c.predicate == "acta:meetingOf"
                and c.object == "un/iaea/general-conference"]
    assert sessions == ["un/iaea/general-conference/session/regular-55"]


def test_the_committee_on_relations_with_the_host_country_is_listed_whole(tmp_path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_1.md: not a "Committee on Relations" cut before "with"; its meeting that
    # day is cited
    from conftest import extract_resolution
    x = extract_resolution(tmp_path, "A/RES/80/1", "Taking note of the meeting of the Committee on Relations with the "
                                                   "Host Country of 12 September 2025,")
    committee = "un/committee-on-relations-with-the-host-country"
    assert x.registry.get(committee) is not None and x.registry.get("body/committee-on-relations") is None
    assert [c.object for c in x.claims if c.subject == "un/a/res/80/1" and c.predicate == "acta:takesNoteOf"] == [
        f"{committee}/meeting/2025-09-12"]


def test_a_body_that_serves_a_treaty_is_named_with_it_and_a_text_is_not_a_body() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md (cut)
    found = bodies("the President, with the support of the Implementation Support Unit of the Convention, consulted",
                   "UN")
    assert ("Implementation Support Unit of the Convention", "body/implementation-support-unit-of-the-convention") \
        in found
    assert ("Technical Secretariat of the Treaty on the Prohibition of Nuclear Weapons",
            "body/technical-secretariat-of-the-treaty-on-the-prohibition-of-nuclear-weapons") in bodies(
        "Welcoming the work of the Technical Secretariat of the Treaty on the Prohibition of Nuclear Weapons,", "UN")
    assert bodies("the implementation of the Programme of Action of the Convention", "UN") == []


def test_a_trust_fund_is_named_by_whom_or_what_it_serves() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md, A_RES_80_6.md and A_RES_80_46.md (cut)
    assert ("voluntary trust fund for victims of trafficking in persons",
            "body/voluntary-trust-fund-for-victims-of-trafficking-in-persons") in bodies(
        "We reaffirm our strong support for the United Nations voluntary trust fund for victims of trafficking in "
        "persons, especially women and children, established in accordance with the Global Plan of Action", "UN")
    assert [k for _, k in bodies("invites States to contribute to the trust fund for the participation of the least "
                                 "developed countries, and acknowledges", "UN")] == [
        "body/trust-fund-for-the-participation-of-the-least-developed-countries"]
    assert [k for _, k in bodies("Also welcomes the continued support through the voluntary trust fund for the "
                                 "implementation and universalization of the Treaty, and encourages", "UN")] == [
        "body/voluntary-trust-fund-for-the-implementation-and-universalization-of-the-treaty"]
    # a fund named by its owner is not named "trust fund for the …": it is that owner's
    assert all("trust-fund-for" not in k for _, k in bodies(
        "to make voluntary contributions to the trust fund for the United Nations Regional Centre for Peace and "
        "Disarmament in Africa, in conformity with", "UN"))


def test_a_presiding_officer_named_with_no_holder_is_a_post_of_the_body() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_65.md paragraph 5 (cut)
    text = "Encourages the current President and the incoming President of the Conference on Disarmament, bearing"
    found = {m.key: m for m in find_bodies(text, 0, len(text), "UN")}
    post = found["un/conference-on-disarmament/president"]
    assert post.attrs == {"officer": True, "parent": "un/conference-on-disarmament"}
    assert text[post.start:post.end] == "President of the Conference on Disarmament"
    # a vice-president is not the president
    text = "the Vice-President of the Conference on Disarmament"
    assert "un/conference-on-disarmament/president" not in {m.key for m in find_bodies(text, 0, len(text), "UN")}


@pytest.mark.parametrize(("text", "posts"), [
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md, paragraph 16 (cut)
    ("on the basis of the report of the Special Coordinator 20 and the mandate contained therein;",
     [("post/special-coordinator", "Special Coordinator")]),
    ("Welcomes the work of the Independent Expert and of the Special Rapporteur,",
     [("post/independent-expert", "Independent Expert"), ("post/special-rapporteur", "Special Rapporteur")]),
    ("Takes note of the briefing by the High Representative,", [("post/high-representative", "High Representative")]),
    # whose post it is, said: the post of that body (found with it), not a bare one
    ("the Special Rapporteur of the Human Rights Council", []),
    ("the Special Rapporteur on the right to food", []),
])
def test_a_special_procedures_post_named_alone(text: str, posts: list[tuple[str, str]]) -> None:
    found = [m for m in find_bodies(text, 0, len(text), "UN") if m.key.startswith("post/")]
    assert [(m.key, m.label) for m in found] == posts
    assert all(m.attrs["officer"] for m in found)


def test_a_body_named_after_whose_it_is_in_the_possessive() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_54.md, paragraph 9 (cut)
    text = "9. Welcomes the ongoing work of the Treaty’s Scientific Advisory Group and the update to its report,"
    assert [(m.text, m.key) for m in find_bodies(text, 0, len(text), "UN")] == [
        ("Scientific Advisory Group", "body/scientific-advisory-group")]
    # an IPBES report's "the Platform’s Trust Fund", "the Platform’s Rules": no body of those names
    text = "until the Platform’s Trust Fund is established, in accordance with the Platform’s Rules,"
    assert not [m for m in find_bodies(text, 0, len(text), "IPBES") if "Platform’s" in m.text]


def test_a_name_whose_subject_is_a_list_runs_past_its_commas_but_not_into_another_body() -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt para. 2 (the post before "at the" is no
    # part of the name); the second sentence is made up to test the guard: a head word in the list is another body
    got = bodies("Ms. Ursula Heinen-Esser, State Secretary at the Federal Ministry for Environment, Nature "
                 "Conservation and Nuclear Safety of Germany", "UNEP")
    assert [t for t, _ in got] == ["Federal Ministry for Environment, Nature Conservation and Nuclear Safety"]
    got = bodies("the Committee on Information, Joint Inspection Unit and Audit Advisory Committee", "UN")
    assert "Committee on Information" in [t for t, _ in got]


def test_a_group_named_by_its_purpose_before_what_it_did() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_48.md (a clause, cut)
    got = bodies("and welcomes that the Group of Governmental Experts to further consider nuclear disarmament "
                 "verification issues adopted its final report by consensus", "UN")
    assert ("Group of Governmental Experts to further consider nuclear disarmament verification issues",
            "body/group-of-governmental-experts-to-further-consider-nuclear-disarmament-verification-issues") in got


def test_capitals_that_name_a_policy_are_no_body() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_11.md, paragraph 10 (cut)
    text = ("with a view to supporting the pillars of the African Union Post-Conflict, Reconstruction and Development "
            "policy for its implementation")
    assert [name for name, _ in bodies(text, "un")] == ["African Union"]
    # (a body's name before what it did stays one)
    text = "the Inter-Agency Meeting on Outer Space Activities agreed on a strategy"
    assert "Inter-Agency Meeting on Outer Space Activities" in [name for name, _ in bodies(text, "un")]


def test_a_treatys_subject_opened_by_an_acts_noun_is_no_body() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_26.md, paragraph 7 (cut): the Convention's name, cut at "and the"
    text = ("on the Bamako Convention on the Ban of the Import into Africa and the Control of Transboundary Movement "
            "and Management of Hazardous Wastes within Africa")
    assert bodies(text, "un") == []


def test_a_seat_on_a_body_is_no_body() -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, paragraph 9's list (a line)
    assert bodies("Bureau Member: Mr. Fundisile Goodman Mketeni (South Africa)", "ipbes") == []
    # (nor the body's rules)
    assert bodies("(c) Ensures the observance of the applicable Platform Rules", "ipbes") == []
