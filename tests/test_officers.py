"""graph/officers.py: who was elected or appointed to which post of which body, on real sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.extract import Extraction, Lit, extract
from graph.resources import example_document
from graph.text import read_document

WG = "oas/csh/working-group"


@pytest.fixture(scope="module")
def report() -> Extraction:
    """The bundled OAS report, whole: its section II elects the Working Group's Chair and Vice Chairs."""
    return extract(read_document(example_document()))



def triples(x: Extraction) -> set[tuple[str, str, object]]:
    return {(c.subject, c.predicate, c.object) for c in x.claims}


def objects(x: Extraction, subject: str, predicate: str) -> list[object]:
    return [c.object for c in x.claims if c.subject == subject and c.predicate == predicate]


def test_the_chair_is_elected_with_the_state_represented(report: Extraction) -> None:
    x = report
    office = "person/virgilio-alcantara/office/oas/csh/working-group/chair"
    assert x.registry.get(office).kind == "office"
    assert set(objects(x, office, "org:member")) == {"person/virgilio-alcantara"}
    assert set(objects(x, office, "org:organization")) == {WG}
    assert set(objects(x, office, "org:role")) == {"role/chair"}
    assert set(objects(x, office, "acta:electedBy")) == {"oas/csh"}
    assert set(objects(x, office, "acta:electedOn")) == {Lit("2009-09-17", "xsd:date")}
    assert set(objects(x, office, "acta:representing")) == {"country/dominican-republic"}
    assert ("person/virgilio-alcantara", "acta:honorific", Lit("Ambassador")) in triples(x)


def test_two_vice_chairs_each_with_their_state(report: Extraction) -> None:
    x = report
    offices = {e.key for e in x.registry if e.kind == "office" and "/vice-chair" in e.key}
    assert offices == {"person/hector-agustin-ortega/office/oas/csh/working-group/vice-chair",
                       "person/ronald-maunday/office/oas/csh/working-group/vice-chair"}
    mexico, tt = sorted(offices)
    assert objects(x, mexico, "acta:representing") == ["country/mexico"]
    assert objects(x, tt, "acta:representing") == ["country/trinidad-and-tobago"]
    for office in offices:
        assert objects(x, office, "org:role") == ["role/vice-chair"]
        assert objects(x, office, "org:organization") == [WG]
        assert objects(x, office, "acta:electedOn") == [Lit("2009-09-29", "xsd:date")]
    assert x.registry.get("role/vice-chair").label == "Vice Chair"


# /work/shared/corpus/un-ga-80/A_RES_80_63.md, a preambular paragraph (cut before it)
APPOINTED = ("Taking note of the decision adopted by the Conference of Heads of State and Government of the Economic "
             "Community of Central African States at its seventh extraordinary session, held in Malabo on 7 September "
             "2025, in which it renewed the leadership team of the Commission of the Community and appointed Ezéchiel "
             "Nibigira (Burundi) as President of the Commission,")


def test_appointed_as_the_post_of_a_body_the_sentence_names_by_the_body_in_which_it_decided(tmp_path: Path) -> None:
    path = tmp_path / "A_RES_80_63.md"
    path.write_text("---\nsymbol: A/RES/80/63\n---\n\nThe General Assembly,\n\n" + APPOINTED + "\n", encoding="utf-8")
    x = extract(read_document(path))
    (office,) = [e.key for e in x.registry if e.kind == "office"]
    assert objects(x, office, "org:member") == ["person/ezechiel-nibigira"]
    assert objects(x, office, "org:role") == ["role/president"]
    # "the Commission" is the one the sentence names, "President of the Commission" a post and not a body; and
    # "the Commission of the Community" is the organ of the Community its Conference belongs to (ECCAS)
    assert objects(x, office, "org:organization") == ["eccas/commission"]
    assert "body/commission-of-the-community" not in x.registry.entities
    # "in which it": the body that adopted the decision, at the session held on 7 September 2025
    assert objects(x, office, "acta:electedBy") == ["eccas/conference-of-heads-of-state-and-government"]
    assert objects(x, office, "acta:electedOn") == [Lit("2025-09-07", "xsd:date")]
    assert objects(x, office, "acta:representing") == ["country/burundi"]



def test_the_members_a_report_lists_under_regional_headings_are_members_selected_by_the_plenary(
        tmp_path: Path) -> None:
    path = tmp_path / "ipbes-report.txt"
    path.write_text(
        "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services\n\n"
        "(36) Following regional consultations, the members of the Multidisciplinary Expert Panel were nominated by "
        "the regions and selected by the Plenary, as listed below:\n\n"
        "African States:\n\nMr. Jean Bruno Mikissa (Central African Republic)\n\nMr. Sebsebe Demissew (Ethiopia)\n\n"
        "Asia-Pacific States:\n\n"
        "Mr. Bojie Fu (China) (first half of term); Mr. Yoshihisa Shirayama (Japan) (second half of term)\n\n"
        "Part VII – Institutional arrangements\n\nMr. Mark Lonsdale (Australia) spoke.\n", encoding="utf-8")
    x = extract(read_document(path))
    members = {o for s, p, o in triples(x) if p == "org:member"
               if ("org:role", "role/member") in {(pp, oo) for ss, pp, oo in triples(x) if ss == s}}
    assert members == {"person/jean-bruno-mikissa", "person/sebsebe-demissew", "person/bojie-fu",
                       "person/yoshihisa-shirayama"}  # the list ends at the next heading
    office = "person/jean-bruno-mikissa/office/ipbes/mep/member"
    assert objects(x, office, "org:organization") == ["ipbes/mep"]
    assert objects(x, office, "acta:electedBy") == ["ipbes/plenary"]
    assert objects(x, office, "acta:representing") == ["country/central-african-republic"]


def test_a_plural_post_heads_a_line_of_several_holders(tmp_path: Path) -> None:
    """/work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, paragraph 9 (Asia-Pacific Group)."""
    path = tmp_path / "ipbes-report.txt"
    path.write_text(
        "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services\n\n"
        "B – Election of officers of the Bureau of the Plenary of the Platform\n\n"
        "(9) As agreed in the Rules of procedure for meetings of the Plenary, representatives of United Nations "
        "regional groups submitted nominations to the Plenary for the positions of the Bureau and their alternates. "
        "The following nominees were selected:\n\nAsia-Pacific Group:\n\nChair: Mr. Zakri Abdul Hamid (Malaysia)\n\n"
        "Alternates: Mr Asghar Fazel (Islamic Republic of Iran), and Mr. Jay Ram Adhikari (Nepal) for first half of "
        "the term of the Bureau\n", encoding="utf-8")
    x = extract(read_document(path))
    held = {(s.split("/office/")[0], o) for s, p, o in triples(x) if p == "org:role"}
    assert {("person/asghar-fazel", "role/alternate"), ("person/jay-ram-adhikari", "role/alternate"),
            ("person/zakri-abdul-hamid", "role/chair")} == held
    (office,) = [s for s, p, o in triples(x) if p == "org:member" and o == "person/asghar-fazel"]
    assert objects(x, office, "acta:representing") == ["country/iran-islamic-republic-of"]


def test_the_day_a_person_started_the_functions_of_a_post_they_hold(tmp_path: Path) -> None:
    """/work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, paragraphs 9, 10 and 26 (cut)."""
    path = tmp_path / "ipbes-report.txt"
    path.write_text(
        "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services\n\n"
        "B – Election of officers of the Bureau of the Plenary of the Platform\n\n"
        "(9) The following nominees were selected:\n\nAsia-Pacific Group:\n\nChair: Mr. Zakri Abdul Hamid (Malaysia)"
        "\n\n(10) Agreement on the selection of the Chair was reached on Saturday, 26 January 2013, when Mr. Zakri "
        "Abdul Hamid started his functions.\n", encoding="utf-8")
    x = extract(read_document(path))
    (office,) = [s for s, p, o in triples(x) if p == "org:member" and o == "person/zakri-abdul-hamid"]
    assert objects(x, office, "acta:electedOn") == [Lit("2013-01-26", "xsd:date")]


def test_a_person_appointed_to_a_listed_post(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_70.md: no honorific, no state: the appointment names the person
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/70",
        "9. Welcomes the reappointment of Robert Floyd as the Executive Secretary of the Preparatory Commission for "
        "the Comprehensive Nuclear-Test-Ban Treaty Organization by States members of the governing body of the "
        "Preparatory Commission;")
    office = "person/robert-floyd/office/un/ctbto/executive-secretary"
    facts = {(c.predicate, c.object) for c in x.claims if c.subject == office}
    assert facts >= {("org:member", "person/robert-floyd"), ("org:organization", "un/ctbto"),
                     ("org:role", "role/executive-secretary")}
    assert x.registry.get("role/executive-secretary").label == "Executive Secretary"
    # reappointed by the Commission's governing body, an organ of it the sentence names by what it is
    assert objects(x, office, "acta:electedBy") == ["un/ctbto/governing-body"]
    assert ("un/ctbto/governing-body", "org:subOrganizationOf", "un/ctbto") in triples(x)
    assert x.registry.get("un/ctbto/governing-body").label.startswith("governing body of the Preparatory Commission")
    # and the clause's verb welcomes that office: the resolution's evidence quotes the sentence
    assert objects(x, "un/a/res/80/70", "acta:welcomes") == [office]


def test_a_person_named_with_the_post_they_hold_in_a_body(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt para. 2: the office, with no election;
    # a city's mayor holds a post of the city as a body of its own ("City of Bonn"), not of the place
    path = tmp_path / "report.txt"
    path.write_text("(2) Opening remarks were made by Ms. Ursula Heinen-Esser, State Secretary at the Federal Ministry "
                    "for Environment, Nature Conservation and Nuclear Safety of Germany, Mr. Jürgen Nimptsch, Mayor of "
                    "Bonn, and Mr. Achim Steiner, Executive Director, United Nations Environment Programme (UNEP).\n",
                    encoding="utf-8")
    x = extract(read_document(path))
    held = {(c.subject, c.predicate, c.object) for c in x.claims if c.rule == "named-with-post"}
    office = "person/achim-steiner/office/un/unep/executive-director"
    assert {(office, "org:member", "person/achim-steiner"), (office, "org:organization", "un/unep"),
            (office, "org:role", "role/executive-director")} <= held
    mayor = "person/jurgen-nimptsch/office/city/bonn/city/mayor"
    assert {(mayor, "org:organization", "city/bonn/city"), (mayor, "org:role", "role/mayor")} <= held
    assert x.registry.get("city/bonn/city").label == "City of Bonn" and x.registry.get("city/bonn/city").kind == "body"
    assert not [s for s, p, o in held if p == "org:organization" and o == "city/bonn"]
    # a national ministry is a body, named whole across its list ("…, Nature Conservation and Nuclear Safety")
    ministry = "body/federal-ministry-for-environment-nature-conservation-and-nuclear-safety"
    office = f"person/ursula-heinen-esser/office/{ministry}/state-secretary"
    assert {(office, "org:organization", ministry), (office, "org:role", "role/state-secretary"),
            (office, "acta:representing", "country/germany")} <= held  # the ministry "of Germany": she represents it
    assert x.registry.get(ministry).label == "Federal Ministry for Environment, Nature Conservation and Nuclear Safety"


def test_an_acting_chair_and_a_rapporteur_of_the_body_the_record_elected_officers_of(tmp_path: Path) -> None:
    """/work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, paragraphs 9 (cut) and 10 (cut)."""
    path = tmp_path / "ipbes-report.txt"
    path.write_text(
        "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services\n\n"
        "B – Election of officers of the Bureau of the Plenary of the Platform\n\n"
        "(9) The following nominees were selected:\n\nAfrica Group:\n\n"
        "Vice-Chair: Mr. Alfred Apau Oteng-Yeboah (Ghana)\n\n"
        "(10) Agreement was not initially reached on the position for the Chair. Mr. Alfred Apau Oteng-Yeboah was "
        "requested to act as Chair until agreement was reached on the selection of the Chair. Mr. Leonel Sierralta "
        "was appointed Rapporteur.\n", encoding="utf-8")
    x = extract(read_document(path))
    held = {(s.split("/office/")[0], o) for s, p, o in triples(x) if p == "org:role"}
    assert held == {("person/alfred-apau-oteng-yeboah", "role/vice-chair"),
                    ("person/alfred-apau-oteng-yeboah", "role/acting-chair"),
                    ("person/leonel-sierralta", "role/rapporteur")}
    bodies = {s.split("/office/")[0]: o for s, p, o in triples(x) if p == "org:organization"}
    assert bodies["person/leonel-sierralta"] == bodies["person/alfred-apau-oteng-yeboah"]  # the Bureau elected above
    assert bodies["person/leonel-sierralta"].endswith("bureau")


def test_a_post_with_no_body_named_and_no_office_before_is_nobodys(tmp_path: Path) -> None:
    path = tmp_path / "ipbes-report.txt"
    path.write_text("Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services\n\n"
                    "(10) Mr. Leonel Sierralta was appointed Rapporteur.\n", encoding="utf-8")
    assert not [c for c in extract(read_document(path)).claims if c.predicate == "org:role"]
