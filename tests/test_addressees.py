"""graph/addressees.py: whom an instrument asks, as the text names them (groups, bodies, countries, "them")."""

# ruff: noqa: E501  (the corpus snippets below are copied verbatim, one source line each)

from __future__ import annotations

from pathlib import Path

from test_clauses import (
    PARA_26_63,
    PARA_35_63,
    build,
    objects,
    requests,
    requests_in,
)
from test_requests import report

from graph.extract import Lit


def test_requests_him_is_the_person_named_in_the_same_sentence(tmp_path: Path) -> None:
    x = build(tmp_path, f"The General Assembly,\n\n{PARA_26_63}\n\n{PARA_35_63}\n", "A/RES/80/63")
    him = [a for a, _, action in requests(x) if action.startswith("continue to provide the assistance")]
    assert him == ["un/secretary-general"]


def test_them_with_no_one_asked_before_is_whom_the_paragraph_praised(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_69.md para. 3 and A_RES_80_61.md para. 3 (cut)
    x = build(tmp_path, "The General Assembly,\n\n3. Commends the Mediterranean countries for their efforts in meeting "
              "common challenges, encourages them to strengthen such efforts through dialogue;\n\n"
              "4. Expresses its appreciation for the political support provided by Member States, and strongly "
              "encourages them to increase voluntary contributions;\n", "A/RES/80/69")
    assert sorted((a, action) for a, _, action in requests(x)) == [
        ("group/mediterranean-countries", "strengthen such efforts through dialogue"),
        ("group/member-states", "increase voluntary contributions")]


def test_a_group_of_states_is_an_addressee(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_46.md para. 6, A_RES_80_24.md para. 6 (the hyphen broken as a PDF gives it)
    x = build(tmp_path, "The General Assembly,\n\n"
              "6. Calls upon all States that have not yet done so to ratify, accept, approve or accede to the Treaty, in accordance with their respective constitutional processes, in order to achieve its universalization;\n\n"
              "7. Urges the nuclear- weapon States to stop immediately the qualitative improvement, development, production and stockpiling of nuclear warheads and their delivery systems;\n\n"
              "8. Calls upon the nuclear-weapon States to withdraw any reservations or interpretive declarations contrary to the object and purpose of the treaties establishing nuclear-weapon-free zones;\n",
              "A/RES/80/46")
    found = sorted((a, v, action.split(",")[0]) for a, v, action in requests(x))
    assert found == [
        ("group/nuclear-weapon-states", "calls upon", "withdraw any reservations or interpretive declarations contrary to the object and purpose of the treaties establishing nuclear-weapon-free zones"),
        ("group/nuclear-weapon-states", "urges", "stop immediately the qualitative improvement"),
        ("group/states", "calls upon", "ratify"),
    ]
    assert x.registry.get("group/nuclear-weapon-states").label == "nuclear-weapon States"
    assert x.registry.get("group/states").kind == "group"


def test_a_group_is_one_node_whatever_its_case(tmp_path: Path) -> None:
    # an OAS resolution's "member states" and a UN resolution's "Member States"
    x = build(tmp_path, "The General Assembly,\n\n"
              "1. Urges member states to continue to support the work of the Committee;\n\n"
              "2. Encourages Member States to share their experiences;\n", "A/RES/80/99")
    assert {a for a, _, _ in requests(x)} == {"group/member-states"}
    assert x.registry.get("group/member-states").label == "Member States"


def test_a_country_is_an_addressee_and_a_body_before_a_plural_is_not_but_its_entities_are(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_39.md para. 25 (cut), A_RES_80_63.md para. 28
    x = build(tmp_path, "The General Assembly,\n\n"
              "25. Calls upon all States Parties to spare no effort to achieve the universality of the Treaty on the Non-Proliferation of Nuclear Weapons, and in this regard urges India, Israel and Pakistan to accede to the Treaty as non‑nuclear-weapon States promptly and without conditions;\n\n"
              "28. Requests the Secretary-General and relevant United Nations entities to help the countries of Central Africa to tackle the issue of youth emigration;\n",
              "A/RES/80/39")
    found = {(a, action.split()[0]) for a, _, action in requests(x)}
    assert found == {("group/states-parties", "spare"), ("country/india", "accede"), ("country/israel", "accede"),
                     ("country/pakistan", "accede"), ("un/secretary-general", "help"),
                     ("group/united-nations-entities", "help")}


def test_a_group_is_typed_as_a_foaf_group(tmp_path: Path) -> None:
    from graph.facts import to_ntriples
    x = build(tmp_path, "The General Assembly,\n\n1. Urges all States to accede to the Convention;\n", "A/RES/80/98")
    data = b"".join(v for k, v in to_ntriples(x).items() if "evidence" not in k).decode()
    assert "<https://w3id.org/acta/id/group/states> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Group> ." in data
    assert '<https://w3id.org/acta/id/group/states> <http://www.w3.org/2000/01/rdf-schema#label> "States" .' in data


def test_the_united_nations_system_and_its_parts_are_a_group(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_44.md para. 4 (cut) and A_RES_80_49.md (cut): the United Nations of
    # "the United Nations system" is not asked on its own; "to which" starts no act
    x = build(tmp_path, "The General Assembly,\n\n"
              "4. Requests the relevant entities and organizations of the United Nations system, to which, in accordance with its resolution 68/50, the report was circulated, to assist in effectively implementing the conclusions and recommendations contained therein;\n\n"
              "5. Calls upon the United Nations system to commemorate and promote the International Day;\n", "A/RES/80/44")
    assert sorted((a, action.split(" the ")[0]) for a, _, action in requests(x)) == [
        ("group/entities-and-organizations-of-the-united-nations-system", "assist in effectively implementing"),
        ("group/united-nations-system", "commemorate and promote")]
    assert x.registry.get("group/united-nations-system").label == "United Nations system"


def test_the_parties_directly_concerned_and_the_countries_of_a_subregion(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_17.md and A_RES_80_36.md
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/17",
        "1. Urges all parties directly concerned to seriously consider taking the practical and urgent steps;",
        "4. Encourages the countries of the Sahelo-Saharan subregion to facilitate the effective functioning of "
        "national commissions;")
    assert sorted((addr, action.split()[0]) for _, addr, _, action in requests_in(x)) == [
        ("group/countries-of-the-sahelo-saharan-subregion", "facilitate"),
        ("group/parties-directly-concerned", "seriously")]


def test_institutions_a_declaration_addresses_as_a_whole(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md annex paragraph 16 (cut), A_RES_80_9.md and A_RES_80_6.md
    x = build(tmp_path, "The General Assembly,\n\n16. We stress the importance of developing infrastructure for "
                        "landlocked developing countries, and in this regard we invite multilateral development banks "
                        "to increase investment in infrastructure;\n\n17. We encourage the private sector to adopt "
                        "ethical and transparent practices;\n\n18. Invites regional organizations to consider "
                        "concluding cooperation agreements with the International Criminal Court;\n\n"
                        "19. Invites organizations to take note;\n", "A/RES/80/3")
    got = {(addr, action.split(" in ")[0].split(" with ")[0]) for addr, _, action in requests(x)}
    assert got == {("group/multilateral-development-banks", "increase investment"),
                   ("group/private-sector", "adopt ethical and transparent practices"),
                   ("group/regional-organizations", "consider concluding cooperation agreements")}


def test_groups_named_by_what_they_are_and_a_relative_to_before_the_act(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_39.md paras. 23-24 and A_RES_80_31.md para. 9 (cut)
    text = ("The General Assembly,\n\n"
            "23. Urges the co-sponsors of the 1995 resolution on the Middle East to exert their utmost efforts with a "
            "view to ensuring the early establishment of a Middle East zone free of nuclear weapons;\n\n"
            "24. Calls upon all concerned parties referred to in decision 73/546 of 22 December 2018 to actively "
            "engage in the sessions of the conference;\n\n"
            "9. Encourages the competent authorities of the nuclear-weapon-free zone treaties to provide assistance "
            "to the States Parties and signatories to those treaties;\n")
    found = {(a, v, action.split(" in ")[0]) for a, v, action in requests(build(tmp_path, text, "A/RES/80/39"))}
    assert found == {
        ("group/co-sponsors", "urges", "exert their utmost efforts with a view to ensuring the early establishment of "
                                       "a Middle East zone free of nuclear weapons"),
        ("group/concerned-parties", "calls upon", "actively engage"),
        ("group/competent-authorities", "encourages",
         "provide assistance to the States Parties and signatories to those treaties")}


def test_the_states_members_of_a_body_are_a_group_named_with_it_and_an_aside_after_the_verb(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_60.md paragraph 11 and A_RES_80_63.md (cut)
    text = ("The General Assembly,\n\n"
            "11. Urges, in particular, States members of the African Union to make voluntary contributions to the "
            "trust fund for the Regional Centre;\n\n"
            "12. Encourages the States members of the Standing Advisory Committee, other interested States and "
            "international partners to support the work of the Office;\n")
    found = {(a, action.split(" to ")[0]) for a, v, action in requests(build(tmp_path, text, "A/RES/80/60"))}
    assert found == {("group/states-members-of-the-african-union", "make voluntary contributions"),
                     ("group/states-members-of-the-standing-advisory-committee", "support the work of the Office"),
                     ("group/interested-states", "support the work of the Office"),
                     ("group/international-partners", "support the work of the Office")}


# /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, Annexes II and V (decisions, cut)
IPBES_MEMBERS = """Report of the first session of the Plenary of the Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services

Annex II

Decision IPBES/1/2 Initial work programme of the Platform

The Plenary,

(5) Invites members to submit requests, including those conveyed by multilateral environmental agreements related to biodiversity and ecosystem services as determined by their respective governing bodies;

Annex V

Decision IPBES/1/4 Secretariat arrangements

The Plenary,

(11) Invites members of the Platform to submit questions by end of June 2013 to the Platform’s secretariat;
"""


def test_the_members_a_decision_invites_are_a_group(tmp_path: Path) -> None:
    x = report(tmp_path, IPBES_MEMBERS)
    found = {(res, addr, action.split()[1]) for res, addr, _, action in requests_in(x)}
    assert found == {("ipbes/dec/1/2", "group/members", "requests,"),
                     ("ipbes/dec/1/4", "group/members-of-the-platform", "questions")}
    assert x.registry.get("group/members-of-the-platform").label == "members of the Platform"


def test_bodies_of_an_organization_are_a_group_and_related_to_is_no_act(tmp_path: Path) -> None:
    # IPBES-1 report, Decision IPBES/1/2 (6) (cut), after IPBES_MEMBERS's heading
    text = IPBES_MEMBERS.split("(5)")[0] + (
        "(6) Invites United Nations bodies related to biodiversity and ecosystem services and relevant stakeholders, "
        "such as intergovernmental organizations, international and regional scientific organizations, and "
        "environment trust funds, to submit inputs and suggestions following the agreed procedure;\n")
    x = report(tmp_path, text)
    found = {(addr, action) for _, addr, _, action in requests_in(x)}
    assert found == {("group/united-nations-bodies", "submit inputs and suggestions following the agreed procedure")}
    assert x.registry.get("group/united-nations-bodies").label == "United Nations bodies"


def test_a_bodys_institutions_of_a_kind_and_the_development_system_are_groups(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_5.md, the declaration's follow-up (cut), and A_RES_80_55.md para. 1 (cut)
    x = build(tmp_path, "The General Assembly,\n\n"
              "Invite the United Nations regional commissions, within their respective mandates, to convene "
              "preparatory meetings at the regional level;\n\n"
              "Invite the Economic and Social Council, the funds and programmes of the United Nations development "
              "system and the relevant organizations and specialized agencies, within their respective mandates, to "
              "further integrate into their work programmes relevant intergovernmental social development "
              "commitments;\n\n"
              "1. Encourages Member States, the United Nations, relevant specialized agencies and regional and "
              "subregional organizations to continue to promote the participation of young people;\n", "A/RES/80/5")
    found = {(x.registry.get(a).label, action.split()[0]) for a, _, action in requests(x)}
    assert {("United Nations regional commissions", "convene"),
            ("funds and programmes of the United Nations development system", "further"),
            ("specialized agencies", "further"), ("specialized agencies", "continue")} <= found
    assert not [label for label, action in found if label == "United Nations" and action == "convene"]


def test_an_addressee_with_its_acronym_in_brackets_does_not_end_the_list(tmp_path: Path) -> None:
    # IPBES-1 report, Decision IPBES/1/2 (25) (cut), after IPBES_MEMBERS's heading
    text = IPBES_MEMBERS.split("(5)")[0] + (
        "(25) Invites the International Union for Conservation of Nature (IUCN) and the International Council for "
        "Science (ICSU) to work with relevant stakeholders;\n")
    x = report(tmp_path, text)
    assert sorted(addr for _, addr, _, _ in requests_in(x)) == ["body/icsu", "body/iucn"]


def test_a_list_of_addressees_goes_on_through_their_partners(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md, annex, paragraph 17 (cut)
    body = ("The General Assembly,\n\n17. Requests the landlocked developing countries, transit countries, their "
            "development partners, the United Nations system and all other relevant stakeholders to implement the "
            "relevant actions agreed upon in the Awaza Programme of Action;\n")
    x = build(tmp_path, body, "A/RES/80/3")
    assert {a for a, _, _ in requests(x)} == {
        "group/landlocked-developing-countries", "group/transit-countries", "group/development-partners",
        "group/united-nations-system", "group/stakeholders"}


def test_the_states_a_text_contemplates_are_a_group_named_so(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_14.md paragraph 5 (cut)
    x = build(tmp_path, "The General Assembly,\n\n5. Calls upon the States contemplated in Protocol III to the Treaty "
              "that have not yet done so to take all measures necessary to ensure the speedy application of the "
              "Treaty;\n", "A/RES/80/14")
    (addressee,) = {a for a, _, _ in requests(x)}
    assert x.registry.get(addressee).label == "States contemplated in Protocol III to the Treaty"


def test_states_not_parties_are_a_group_of_their_own(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md paragraph 1 (cut)
    x = build(tmp_path, "The General Assembly,\n\n1. Urges all States not Parties to the Convention on Cluster "
              "Munitions to ratify or accede to it as soon as possible;\n", "A/RES/80/52")
    assert [(x.registry.get(a).label, act) for a, _, act in requests(x)] == [
        ("States not Parties", "ratify or accede to it as soon as possible")]


def test_a_bodys_leadership_or_country_teams_are_a_group_asked(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_11.md (operative paragraphs, cut): not the United Nations itself
    x = build(tmp_path, "The General Assembly,\n\n5. Requests the Peacebuilding Commission to develop good practices, "
              "and in this regard further requests the United Nations leadership in countries considered by the "
              "Commission to regularly brief the Commission;\n\n6. Encourages United Nations country teams to improve "
              "inter-agency coordination;\n", "A/RES/80/11")
    asked = {x.registry.get(a).label for a, _, _ in requests(x)}
    assert {"United Nations leadership", "United Nations country teams"} <= asked
    assert "un" not in {a for a, _, _ in requests(x)}


def test_addressees_past_an_items_or_and_with_a_non_breaking_hyphen(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md, paragraph 8 (cut; "non‑governmental" has U+2011 as in the file)
    x = build(tmp_path, "The General Assembly,\n\n"
              "8. Invites and encourages all interested States, the United Nations, other relevant international "
              "organizations or institutions, regional organizations, the International Committee of the Red Cross "
              "and relevant non‑governmental organizations to attend the third Review Conference of the Convention "
              "on Cluster Munitions;\n", "A/RES/80/52")
    assert {addr for addr, _, _ in requests(x)} == {
        "group/interested-states", "un", "group/international-organizations",
        "group/regional-organizations", "icrc", "group/non-governmental-organizations"}


def test_a_group_is_asked_as_the_text_names_it_and_stays_one_node(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_39.md paras. 6, 27 and 30 (cut)
    x = build(tmp_path, "The General Assembly,\n\n"
              "6. Urges all State Parties to the Treaty on the Non-Proliferation of Nuclear Weapons to implement their article VI obligations;\n\n"
              "27. Calls upon both Parties to urgently extend the Treaty;\n\n"
              "30. Urges all States to exert all efforts to advance diplomatic dialogue;\n\n"
              "31. Encourages Member States to share their experiences;\n", "A/RES/80/39")
    said = {(objects(x, e.key, "acta:addressee")[0], tuple(o.value for o in objects(x, e.key, "acta:addressedAs")))
            for e in x.registry if e.kind == "request"}
    assert said == {("group/state-parties", ("all State Parties to the Treaty on the Non-Proliferation of Nuclear Weapons",)),
                    ("group/parties", ("both Parties",)),
                    ("group/states", ("all States",)),
                    ("group/member-states", ())}  # (nothing more than its name: no wording of its own)


def test_groups_after_once_again_after_a_texts_note_and_of_international_bodies(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_15.md para. 4, A_RES_80_24.md para. 4, A_RES_80_12.md para. 5 (cut)
    x = build(tmp_path, "The General Assembly,\n\n"
              "4. Encourages once again States Parties to Additional Protocols I and II to the Treaty of Tlatelolco[^9] to review their interpretative declarations thereto;\n\n"
              "5. Encourages States Parties to the Treaty on the South-East Asia Nuclear-Weapon-Free Zone[^18] and the nuclear-weapon States to intensify ongoing efforts;\n\n"
              "6. Encourages relevant international bodies and regional organizations to promote transparency of military expenditures;\n\n"
              "[^9]: United Nations, Treaty Series, vol. 634, No. 9068.\n\n[^18]: United Nations, Treaty Series, vol. 1981, No. 33873.\n",
              "A/RES/80/12")
    found = {(x.registry.get(a).label, said[0].value if said else None, action.split()[0])
             for e in x.registry if e.kind == "request"
             for a, action, said in [(objects(x, e.key, "acta:addressee")[0], objects(x, e.key, "acta:action")[0].value,
                                      objects(x, e.key, "acta:addressedAs"))]}
    assert found == {
        ("States Parties", "States Parties to Additional Protocols I and II to the Treaty of Tlatelolco", "review"),
        ("States Parties", "States Parties to the Treaty on the South-East Asia Nuclear-Weapon-Free Zone", "intensify"),
        ("nuclear-weapon States", None, "intensify"),
        ("international bodies", None, "promote"), ("regional organizations", None, "promote")}


def test_which_of_a_group_are_asked_is_part_of_how_the_text_names_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md para. 5, A_RES_80_39.md para. 13, A_RES_80_48.md (cut)
    x = build(tmp_path, "The General Assembly,\n\n"
              "5. Invites all States that have not ratified the Convention or acceded to it to provide, on a voluntary basis, information;\n\n"
              "13. Encourages all States that are part of regional alliances that include nuclear-weapon States to diminish the role of nuclear weapons;\n\n"
              "14. Urges all States that have yet to sign the Treaty to do so;\n", "A/RES/80/52")
    said = {objects(x, e.key, "acta:action")[0].value.split()[0].rstrip(","):
            tuple(o.value for o in objects(x, e.key, "acta:addressedAs")) for e in x.registry if e.kind == "request"}
    assert said["provide"] == ("all States that have not ratified the Convention or acceded to it",)
    assert said["diminish"] == ("all States that are part of regional alliances that include nuclear-weapon States",)
    assert said["sign"] == ("all States",)  # (the pattern took "to sign" for the act: no half a clause)
    assert {objects(x, e.key, "acta:addressee")[0] for e in x.registry if e.kind == "request"} == {"group/states"}


def test_two_words_of_one_case_joined_by_and_name_one_group_and_host_countries(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_25.md para. 5, A_RES_80_8.md para. 7 and a preambular paragraph (cut)
    x = build(tmp_path, "The General Assembly,\n\n"
              "Welcoming the significant impetus that the Olympic Games give to the volunteer movement around the world, and in this regard calling upon host countries to promote social inclusion without discrimination of any kind,\n\n"
              "5. Encourages the relevant regional and subregional organizations and institutions, non‑governmental organizations and research institutes to incorporate issues related to the relationship between disarmament and development into their agendas;\n\n"
              "7. Welcomes the cooperation among Member States, and encourages the Olympic and Paralympic movements to work closely with national and international sports organizations on the use of sport to this end;\n\n"
              "8. Calls upon Member States and regional organizations to cooperate;\n", "A/RES/80/25")
    found = {(a, action.split()[0]) for a, _, action in requests(x)}
    assert found == {("group/host-countries", "promote"),
                     ("group/regional-and-subregional-organizations", "incorporate"),
                     ("group/non-governmental-organizations", "incorporate"),
                     ("group/olympic-and-paralympic-movements", "work"),
                     # (not one group "Member States and regional organizations")
                     ("group/member-states", "cooperate"), ("group/regional-organizations", "cooperate")}
    assert x.registry.get("group/regional-and-subregional-organizations").label == "regional and subregional organizations"


def test_the_sponsors_of_a_text_are_asked_as_the_text_names_them(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_39.md para. 23 (cut)
    x = build(tmp_path, "The General Assembly,\n\n"
              "23. Urges the co-sponsors of the 1995 resolution on the Middle East to exert their utmost efforts with a view to ensuring the early establishment of a Middle East zone free of nuclear weapons;\n", "A/RES/80/39")
    (request,) = [e.key for e in x.registry if e.kind == "request"]
    assert objects(x, request, "acta:addressee") == ["group/co-sponsors"]
    assert [o.value for o in objects(x, request, "acta:addressedAs")] == ["co-sponsors of the 1995 resolution on the Middle East"]


def test_civil_society_and_industry_are_groups_asked(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_38.md para. 31
    x = build(tmp_path, "The General Assembly,\n\n"
              "31. Encourages civil society, industry and relevant organizations to strengthen their cooperation and work with States at the respective national and regional levels;\n", "A/RES/80/38")
    assert {a for a, _, _ in requests(x)} == {"group/civil-society", "group/industry", "group/organizations"}
    assert x.registry.get("group/civil-society").label == "civil society"


def test_businesses_named_by_what_they_provide_are_a_group_and_them(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md, annex para. 17 (cut)
    x = build(tmp_path, "The General Assembly,\n\n17. Recognizes the particularly important role played by Internet "
              "service and access providers, and calls upon them to fulfil their responsibilities;\n", "A/RES/80/9")
    assert requests(x) == [("group/internet-service-and-access-providers", "calls upon", "fulfil their responsibilities")]


def test_the_private_sector_and_technology_companies_are_two_groups(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md, annex para. 17 (the first sentence, cut, as a request)
    x = build(tmp_path, "The General Assembly,\n\n17. Calls upon the private sector and technology companies to "
              "enhance innovation;\n", "A/RES/80/9")
    assert sorted(a for a, _, _ in requests(x)) == ["group/private-sector", "group/technology-companies"]


def test_the_governing_bodies_of_a_bodys_parts_and_one_more_as_well_as_are_asked(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md, annex para. 18 (cut): whom "as well as" adds is asked too
    x = build(tmp_path, "The General Assembly,\n\n1. Invites the governing bodies of the United Nations funds and programmes and other multilateral organizations, as well as the World Trade Organization, to contribute to the implementation of the Awaza Programme of Action;\n", "A/RES/80/3")
    assert sorted(a for a, _, _ in requests(x)) == [
        "group/governing-bodies-of-the-united-nations-funds-and-programmes", "group/multilateral-organizations",
        "wto"]
    # ("other …" is the group the words name, asked as "other …": one node with the organizations asked elsewhere)
    assert Lit("other multilateral organizations") in [c.object for c in x.claims if c.predicate == "acta:addressedAs"]


def test_the_officer_of_a_meeting_is_asked_as_a_post_of_that_meeting(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_43.md para. 6: the post is the meeting's officer (acta:officerOf, not
    # org:postIn: a meeting is no organization); what the act is "as set out in" was not asked for
    x = build(tmp_path, "The General Assembly,\n\n6. Encourages the Chair-designate of the 2027 Meeting of States to conduct discussions during the intersessional period, as set out in the report of the Preparatory Meeting of States on the Global Framework for Through-life Conventional Ammunition Management;\n", "A/RES/80/43")
    [(post, _, action)] = requests(x)
    assert action.startswith("conduct discussions during the intersessional period")
    assert x.registry.get(post).label == "Chair-designate of the 2027 Meeting of States"
    [meeting] = objects(x, post, "acta:officerOf")
    assert x.registry.get(meeting).kind == "meeting" and meeting.endswith("/2027")
    assert objects(x, post, "org:role") == ["role/chair-designate"]
    assert not [c for c in x.claims if c.predicate == "acta:requestedBy"]
