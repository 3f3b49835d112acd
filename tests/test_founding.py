"""graph/founding.py: what set up a body (a resolution, a treaty, a meeting, a body), when, and whose organs it has.

Inputs are clauses of UN General Assembly resolutions and an IPBES report (their sources are named).
"""

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution, rule_triples
from test_rules import build, objects, triples

from graph.extract import Lit, extract
from graph.text import read_document

ORGANS = ("Commends the Economic Community of Central African States for its achievements, which has enabled the "
          "creation of institutions, such as the Subregional Centre for Human Rights and Democracy in Central Africa "
          "and the Council for Peace and Security in Central Africa and its organs, including the early warning "
          "mechanism for Central Africa and the Central Africa Multinational Force, which have contributed towards "
          "the establishment of lasting peace in the subregion;")


def test_a_bodys_organs_listed_after_it_are_its_sub_organizations(tmp_path: Path) -> None:
    x = build(tmp_path, ORGANS)
    council = "body/council-for-peace-and-security-in-central-africa"
    # an organ named in lowercase is one all the same
    assert {(s, o) for s, p, o in triples(x, "its-organs") if p == "org:subOrganizationOf"} == {
        ("body/central-africa-multinational-force", council),
        ("body/early-warning-mechanism-for-central-africa", council)}
    assert objects(x, "body/early-warning-mechanism-for-central-africa", "rdfs:label") == [
        Lit("early warning mechanism for Central Africa")]


def test_the_subsidiary_bodies_of_the_organ_a_sentence_is_about(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, annex I, rule 23 (2)
    path = tmp_path / "ipbes-report.txt"
    path.write_text("Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services\n\n"
                    "(2) The Plenary will keep under review the composition, effectiveness and need for its subsidiary "
                    "bodies, including the Bureau and the Multidisciplinary Expert Panel, as part of the periodic "
                    "review of the operation of the Platform.\n", encoding="utf-8")
    x = extract(read_document(path))
    # the panel is listed (IPBES's): the text makes it the Plenary's too, an organ of the same organization
    assert ("ipbes/mep", "org:subOrganizationOf", "ipbes/plenary") in triples(x, "its-organs")
    assert {o for s, p, o in triples(x, "its-organs") if p == "org:subOrganizationOf"} == {"ipbes/plenary"}


def test_the_resolution_by_which_a_body_was_established_the_first_of_two_when_the_second_renamed_it(
        tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_62.md (a preambular clause)
    x = build(tmp_path, "The General Assembly,",
              "Recalling its resolutions 42/39 D of 30 November 1987 and 44/117 F of 15 December 1989, by which it "
              "established the United Nations Regional Centre for Peace and Disarmament in Asia and renamed it the "
              "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific, with headquarters in "
              "Kathmandu,")
    assert {(p, str(o)) for s, p, o in triples(x, "established-by") if s == "un/unrcpd"} == {
        ("acta:establishedBy", "un/a/res/42/39/d"), ("acta:establishedOn", str(Lit("1987-11-30", "xsd:date")))}


def test_a_bodys_own_body_named_after_and_its_is_its_sub_organization(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_18.md (a preambular clause, cut)
    x = build(tmp_path, "Noting the in-depth negotiations undertaken in the Conference on Disarmament and its Ad Hoc "
                        "Committee on Effective International Arrangements to Assure Non-Nuclear-Weapon States, with a "
                        "view to reaching agreement on this question,")
    ((child, parent),) = {(s, o) for s, p, o in triples(x, "its-organs") if p == "org:subOrganizationOf"}
    assert parent == "un/conference-on-disarmament"
    assert x.registry.get(child).label.startswith("Ad Hoc Committee on Effective International Arrangements")
    # a listed body's parent is the catalogue's, not the one named before it
    x = build(tmp_path, "Noting the work of the General Assembly and its First Committee,")
    assert not triples(x, "its-organs")


def test_a_body_named_only_by_its_kind_is_known_by_who_established_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_63.md
    x = build(tmp_path, "Welcoming the establishment, on 16 May 2025, and operationalization, on 27 September 2025, "
                        "by Chad and the Central African Republic of a joint force in Sarh, in the Moyen-Chari "
                        "Province of Chad, to secure their common border,")
    force = "body/joint-force/chad-central-african-republic"
    assert objects(x, force, "rdfs:label") == [Lit("joint force of Chad and the Central African Republic")]
    assert sorted(objects(x, force, "acta:establishedBy")) == ["country/central-african-republic", "country/chad"]
    assert objects(x, force, "acta:establishedOn") == [Lit("2025-05-16", "xsd:date")]
    # "the establishment of a zone free of …" sets up no body
    x = build(tmp_path, "Welcoming the establishment by Chad of a zone free of nuclear weapons,")
    assert not [e for e in x.registry if e.kind == "body" and "zone" in e.key]


def test_a_group_established_pursuant_to_an_organs_resolution_is_so_and_a_topic_may_come_first(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_21.md paragraph 7 (cut) and A_RES_80_19.md (a preambular clause)
    x = build(tmp_path,
              "7. Welcomes the contribution of the Group of Governmental Experts established pursuant to General "
              "Assembly resolution 77/250 to international efforts to conclude an international legally binding "
              "instrument;",
              "Welcoming also the adoption of the agenda and indicative programme of work by the new consolidated "
              "open-ended working group on the prevention of an arms race in outer space in all its aspects "
              "established pursuant to General Assembly decision 79/512 of 2 December 2024,")
    gge, oewg = "un/a/res/77/250/group-of-governmental-experts", "un/a/dec/79/512/open-ended-working-group"
    assert objects(x, gge, "acta:pursuantTo") == ["un/a/res/77/250"]
    assert objects(x, oewg, "acta:pursuantTo") == ["un/a/dec/79/512"]
    assert objects(x, oewg, "acta:establishedBy") == ["un/a/dec/79/512"]
    assert x.registry.get(oewg).label == ("open-ended working group on the prevention of an arms race in outer space "
                                          "in all its aspects (A/DEC/79/512)")


def test_a_group_named_by_its_topic_founded_by_two_texts(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_30.md: the topic names a session and an organ; "by the Assembly by its
    # resolution 65/66 and its decision 70/551"
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/30",
        "1. Recalls the adoption by consensus of the recommendations by the Open-ended Working Group on the fourth "
        "special session of the General Assembly devoted to disarmament, which was established by the Assembly by its "
        "resolution 65/66 and its decision 70/551 and which met in New York in 2016 and 2017;")
    key = "body/open-ended-working-group-on-the-fourth-special-session-of-the-general-assembly-devoted-to-disarmament"
    assert x.registry.get(key).label == ("Open-ended Working Group on the fourth special session of the General "
                                         "Assembly devoted to disarmament")
    assert sorted(c.object for c in x.claims if c.subject == key and c.predicate == "acta:establishedBy") == [
        "un/a/dec/70/551", "un/a/res/65/66"]


def test_a_body_established_under_a_treaty_or_in_a_meetings_numbered_decision(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_58.md and A_RES_80_68.md (clauses, cut)
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/68",
        "Acknowledging the ongoing and valuable work of the Group of Governmental Experts on Emerging Technologies in "
        "the Area of Lethal Autonomous Weapons Systems, established under the Convention on Prohibitions or "
        "Restrictions on the Use of Certain Conventional Weapons,",
        "(a) To continue the work of the open-ended Group of Governmental Experts on Emerging Technologies in the Area "
        "of Lethal Autonomous Weapons Systems, established in decision 1 of the Fifth Review Conference of the High "
        "Contracting Parties to the Convention, adhering to the agreed recommendations;")
    group = ("body/group-of-governmental-experts-on-emerging-technologies-in-the-area-of-lethal-autonomous-"
             "weapons-systems")
    founders = {o for s, p, o in rule_triples(x, "established-by") if s == group and p == "acta:establishedBy"}
    ccw = "instrument/convention-on-prohibitions-or-restrictions-on-the-use-of-certain-conventional-weapons"
    assert ccw in founders
    assert {x.registry.get(f).kind for f in founders} == {"document", "meeting"}
    meeting = next(f for f in founders if x.registry.get(f).kind == "meeting")
    assert x.registry.get(meeting).label.startswith("Fifth Review Conference")


def test_the_creation_of_a_body_in_a_year_pursuant_to_a_report_and_a_resolution(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_55.md (a preambular clause and its note)
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/55",
        "Welcoming the creation of the United Nations Youth Office in 2022, pursuant to the report of the "
        "Secretary-General entitled “Our Common Agenda”1 and resolution 76/306 of 8 September 2022,",
        "[^1]: A/75/982.")
    office = "body/united-nations-youth-office"
    assert {(p, o) for s, p, o in rule_triples(x, "creation-of") if s == office} == {
        ("acta:pursuantTo", "un/a/75/982"), ("acta:pursuantTo", "un/a/res/76/306"),
        ("acta:establishedBy", "un/a/res/76/306"), ("acta:establishedOn", Lit("2022", "xsd:gYear"))}


def test_since_its_establishment_in_a_year(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_19.md: the body the clause is about
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/19",
        "Noting that the Ad Hoc Committee on the Prevention of an Arms Race in Outer Space, taking into account its "
        "previous efforts since its establishment in 1985 and seeking to enhance its functioning in qualitative "
        "terms, continued the examination of various issues,")
    assert [(c.subject, c.object) for c in x.claims if c.rule == "its-establishment"] == [
        ("body/ad-hoc-committee-on-the-prevention-of-an-arms-race-in-outer-space", Lit("1985", "xsd:gYear"))]


def test_the_establishment_by_an_organ_of_three_centres_names_each(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_64.md: the Assembly's name runs into the first centre's ("the General
    # Assembly of the United Nations Regional Centre …"): two listed bodies, not an "Assembly" of the Centre
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/64",
        "Recalling that the thirtieth anniversary of the establishment by the General Assembly of the United Nations "
        "Regional Centre for Peace and Disarmament in Africa, the United Nations Regional Centre for Peace and "
        "Disarmament in Asia and the Pacific and the United Nations Regional Centre for Peace, Disarmament and "
        "Development in Latin America and the Caribbean was celebrated in 2016 and in 2017,")
    assert {(s, o) for s, p, o in triples(x, "establishment-by") if p == "acta:establishedBy"} == {
        (centre, "un/general-assembly") for centre in ("un/unoda-regional-africa", "un/unrcpd", "un/unlirec")}
    assert not [e.key for e in x.registry if e.key.endswith("/assembly")]


# /work/shared/corpus/un-ga-80/A_RES_80_30.md (the preamble's clause and paragraph 1, cut): the group is named in
# paragraph 1, its report in the preamble before it
GROUP_30 = (
    "Recalling also the report of the Open-ended Working Group and the recommendations contained therein,2",
    "1. Recalls the adoption by consensus of the recommendations by the Open-ended Working Group on the fourth special "
    "session of the General Assembly devoted to disarmament, which was established by the Assembly by its resolution "
    "65/66 and its decision 70/551 and which met in New York in 2016 and 2017;",
    "[^2]: A/AC.268/2017/2.")


def test_a_group_named_by_its_topic_where_it_was_founded_is_the_short_name_s_before_that_too(tmp_path: Path) -> None:
    x = extract_resolution(tmp_path, "A/RES/80/30", *GROUP_30)
    group = ("body/open-ended-working-group-on-the-fourth-special-session-of-the-general-assembly-devoted-to-"
             "disarmament")
    assert x.registry.get(group).label == ("Open-ended Working Group on the fourth special session of the General "
                                           "Assembly devoted to disarmament")
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert {("un/a/ac.268/2017/2", "acta:producedBy", group), (group, "acta:establishedBy", "un/a/res/65/66"),
            (group, "acta:establishedBy", "un/a/dec/70/551")} <= facts
    assert [e.key for e in x.registry if e.kind == "body" and "working-group" in e.key] == [group]


def test_organs_a_body_decided_or_is_asked_to_establish_are_its_own(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_19.md and A_RES_80_24.md paragraph 20 (clauses, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/19",
        "Taking note of the decision of the Conference on Disarmament to establish for its 2009 session a working "
        "group to discuss all issues related to the prevention of an arms race in outer space, and the decision to "
        "establish for its 2021 session a subsidiary body on the prevention of an arms race in outer space,",
        "20. Reiterates its call upon the Conference on Disarmament to establish, as soon as possible and as the "
        "highest priority, an ad hoc committee on nuclear disarmament in 2026;")
    cd = "un/conference-on-disarmament"
    organs = {c.subject for c in x.claims if c.predicate == "org:subOrganizationOf" and c.object == cd}
    # a subsidiary body keeps its topic to the end of the clause ("… in outer space"); "in 2026" is no topic
    body = f"{cd}/subsidiary-body-on-the-prevention-of-an-arms-race-in-outer-space"
    assert organs == {f"{cd}/working-group", body, f"{cd}/ad-hoc-committee-on-nuclear-disarmament"}
    assert x.registry.label(body) == ("subsidiary body on the prevention of an arms race in outer space of the "
                                      "Conference on Disarmament")
    # "for its 2021 session" is still the Conference's
    assert x.registry.get(f"{cd}/session/2021") is not None


def test_regional_centres_listed_by_region_are_one_body_each(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_12.md, paragraph 6 (f)
    x = extract_resolution(tmp_path, "A/RES/80/12",
                           "(f) To encourage the United Nations regional centres for peace and disarmament in Africa, "
                           "in Asia and the Pacific and in Latin America and the Caribbean to assist Member States in "
                           "their regions in enhancing their knowledge of the standardized reporting system;")
    centres = {"un/unoda-regional-africa", "un/unrcpd", "un/unlirec"}
    assert centres <= set(x.registry.entities)
    assert {(s, o) for s, p, o in rule_triples(x, "catalogue:parent") if s in centres} == \
        {(c, "un/oda") for c in centres}


def test_a_body_established_in_accordance_with_a_text_is_its_link_not_the_speakers(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md, the annexed declaration's paragraph (cut); then the speaker's own
    # link in the same clause shape
    x = extract_resolution(tmp_path, "A/RES/80/9",
                           "We reaffirm our strong support for the United Nations voluntary trust fund for victims of "
                           "trafficking in persons, especially women and children, established in accordance with the "
                           "Global Plan of Action, and we invite all stakeholders to contribute to the trust fund;",
                           "We decide to act in accordance with the Global Plan of Action;")
    fund = "body/voluntary-trust-fund-for-victims-of-trafficking-in-persons"
    assert {(s, p) for s, p, o in rule_triples(x, "established-in-accordance")} == {(fund, "acta:inAccordanceWith")}
    speaker = {(s, p) for s, p, o in rule_triples(x, "in-accordance-with")}
    assert speaker == {("un/a/res/80/9", "acta:inAccordanceWith")}  # the second clause only
    assert len([c for c in x.claims if c.rule == "in-accordance-with"]) == 1


def test_a_body_launched_or_established_on_a_day_said_after_its_name(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_36.md (a preambular clause, cut); not the owner of what was launched
    x = extract_resolution(
        tmp_path, "A/RES/80/36",
        "Recalling further the establishment of the Economic Community’s Small Arms Control Programme, launched on "
        "6 June 2006 in Bamako, in replacement of the Programme for Coordination and Assistance for Security and "
        "Development,",
        "Recalling also the programme of the Economic Community of West African States, launched on 7 June 2007,")
    assert rule_triples(x, "set-up-on") == {
        ("body/economic-community-s-small-arms-control-programme", "acta:establishedOn", Lit("2006-06-06", "xsd:date"))}


def test_a_group_a_resolution_asked_to_be_established_named_by_what_it_was_to_do(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_53.md (a preambular clause, cut): each group pursuant to its resolution,
    # the second the same node as its name in capitals
    x = extract_resolution(
        tmp_path, "A/RES/80/53",
        "Recalling further its resolution 71/67 of 5 December 2016, in which it, inter alia, requested the "
        "Secretary-General to seek the views of Member States and to establish a group of governmental experts to "
        "consider the role of verification in advancing nuclear disarmament, and its resolution 74/50 of 12 December "
        "2019, in which it, inter alia, requested the Secretary-General to seek the views of Member States and to "
        "establish a group of governmental experts to further consider nuclear disarmament verification issues,",
        "Recalling its resolution 78/239, in which it welcomed the report of the Group of Governmental Experts to "
        "further consider nuclear disarmament verification issues,")
    first = "body/group-of-governmental-experts-to-consider-the-role-of-verification-in-advancing-nuclear-disarmament"
    second = "body/group-of-governmental-experts-to-further-consider-nuclear-disarmament-verification-issues"
    assert rule_triples(x, "asked-to-establish") == {(first, "acta:pursuantTo", "un/a/res/71/67"),
                                                      (second, "acta:pursuantTo", "un/a/res/74/50")}
    assert x.registry.get(second).label == ("Group of Governmental Experts to further consider nuclear disarmament "
                                            "verification issues")
