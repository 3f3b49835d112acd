"""graph/officers.py: who was elected or appointed to which post of which body, on real sentences."""

from __future__ import annotations

from pathlib import Path

from graph.extract import Extraction, Lit, extract
from graph.text import read_document

# /work/shared/corpus/oas/2009-csh-gt-mispa-ii-working-group-report.txt, sections I and II
CP_957 = ("In addition, on September 16, 2009, the Organization's Permanent Council adopted resolution CP/RES. 957 "
          "(1714/09) convening the Second Meeting of Ministers Responsible for Public Security in the Americas, to be "
          "held in Santo Domingo, Dominican Republic, on November 4 and 5, 2009, the main topic of which is crime and "
          "violence.")
ESTABLISHED = ("Pursuant to that resolution, this past September 17 a working group to prepare for the ministerial was "
               "also established, under the purview of the Committee on Hemispheric Security.")
# section II
CHAIR = ("At its meeting on September 17, 2009, the Committee on Hemispheric Security elected Ambassador Virgilio "
         "Alcántara, Permanent Representative of the Dominican Republic to the OAS, as Chair of this Working Group.")
VICE_CHAIRS = ("The first meeting of the Working Group, held on September 29, 2009, elected the Vice Chairs, and by "
               "acclamation Hector Agustin Ortega, Alternate Representative of the Permanent Mission of Mexico to the "
               "OAS and Ronald Maunday, Alternate Representative of the Permanent Mission of Trinidad and Tobago were "
               "elected to fill those positions.")

WG = "oas/csh/working-group"


def build(tmp_path: Path, *paragraphs: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return extract(read_document(path))


def triples(x: Extraction) -> set[tuple[str, str, object]]:
    return {(c.subject, c.predicate, c.object) for c in x.claims}


def objects(x: Extraction, subject: str, predicate: str) -> list[object]:
    return [c.object for c in x.claims if c.subject == subject and c.predicate == predicate]


def test_the_chair_is_elected_with_the_state_represented(tmp_path: Path) -> None:
    x = build(tmp_path, CP_957, ESTABLISHED, CHAIR)
    office = "person/virgilio-alcantara/office/oas/csh/working-group/chair"
    assert x.registry.get(office).kind == "office"
    assert set(objects(x, office, "org:member")) == {"person/virgilio-alcantara"}
    assert set(objects(x, office, "org:organization")) == {WG}
    assert set(objects(x, office, "org:role")) == {"role/chair"}
    assert set(objects(x, office, "acta:electedBy")) == {"oas/csh"}
    assert set(objects(x, office, "acta:electedOn")) == {Lit("2009-09-17", "xsd:date")}
    assert set(objects(x, office, "acta:representing")) == {"country/dominican-republic"}
    assert ("person/virgilio-alcantara", "acta:honorific", Lit("Ambassador")) in triples(x)


def test_two_vice_chairs_each_with_their_state(tmp_path: Path) -> None:
    x = build(tmp_path, CP_957, ESTABLISHED, CHAIR, VICE_CHAIRS)
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

