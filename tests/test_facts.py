"""graph/facts.py: consolidation of claims, and facts graphs whose every fact has its evidence."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import namespaces as ns
from graph.extract import Claim, Lit, extract
from graph.facts import consolidate, to_graphs, to_ntriples
from graph.resources import example_document
from graph.text import name_keys, read_document

FIXTURES = Path(__file__).parent / "fixtures"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
OA = "http://www.w3.org/ns/oa#"
MEETING = "oas/mispa/2"
# "... to be held in the Dominican Republic in the last quarter of 2009."  [224:580]
VAGUE = (224, 580)
# "... convening the Second Meeting ..., to be held in Santo Domingo, Dominican Republic, on November 4 and 5, 2009"
PRECISE = (582, 909)


def claim(s: str, p: str, o: str | Lit, span: tuple[int, int], rule: str = "test") -> Claim:
    return Claim(s, p, o, span[0], span[1], rule)


def test_the_most_precise_date_wins_whatever_the_order() -> None:
    vague = claim(MEETING, "schema:startDate", Lit("2009", "xsd:gYear"), VAGUE)
    vague_words = claim(MEETING, "acta:dateText", Lit("the last quarter of 2009"), VAGUE)
    vague_kind = claim(MEETING, "acta:dateQualifier", Lit("quarter"), VAGUE)
    start = claim(MEETING, "schema:startDate", Lit("2009-11-04", "xsd:date"), PRECISE)
    end = claim(MEETING, "schema:endDate", Lit("2009-11-05", "xsd:date"), PRECISE)
    for claims in ([vague, vague_words, vague_kind, start, end], [start, end, vague, vague_words, vague_kind]):
        kept = consolidate(claims)
        assert sorted(kept, key=str) == sorted([start, end], key=str)


def test_a_month_beats_a_year_and_the_words_of_the_kept_date_stay() -> None:
    year = claim("r", "acta:adoptionDate", Lit("2009", "xsd:gYear"), (0, 10))
    month = claim("r", "acta:adoptionDate", Lit("2009-06", "xsd:gYearMonth"), (20, 40))
    other = claim("r2", "acta:adoptionDate", Lit("2010", "xsd:gYear"), (0, 10))
    assert consolidate([year, month, other]) == [month, other]
    start = claim("m", "schema:startDate", Lit("2009-06", "xsd:gYearMonth"), (20, 40))
    words = claim("m", "acta:dateText", Lit("in June 2009"), (20, 40))
    assert consolidate([start, words]) == [start, words]


def test_an_end_date_only_with_its_own_start_date() -> None:
    start = claim(MEETING, "schema:startDate", Lit("2009-11-04", "xsd:date"), PRECISE, "held-on")
    end_elsewhere = claim(MEETING, "schema:endDate", Lit("2009-11-30", "xsd:date"), VAGUE, "held-on")
    end = claim(MEETING, "schema:endDate", Lit("2009-11-05", "xsd:date"), PRECISE, "held-on")
    assert consolidate([start, end_elsewhere, end]) == [start, end]
    assert consolidate([end]) == []  # an end without a start says nothing on its own


def test_the_city_wins_over_its_own_country() -> None:
    country = claim(MEETING, "schema:location", "country/dominican-republic", VAGUE)
    city = claim(MEETING, "schema:location", "city/santo-domingo", PRECISE)
    within = claim("city/santo-domingo", "schema:containedInPlace", "country/dominican-republic", PRECISE)
    assert consolidate([country, city, within]) == [city, within]


def test_a_country_that_is_not_the_city_s_stays() -> None:
    peru = claim(MEETING, "schema:location", "country/peru", VAGUE)
    city = claim(MEETING, "schema:location", "city/santo-domingo", PRECISE)
    within = claim("city/santo-domingo", "schema:containedInPlace", "country/dominican-republic", PRECISE)
    assert consolidate([peru, city, within]) == [peru, city, within]
    other_meeting = claim("other", "schema:location", "country/dominican-republic", VAGUE)
    assert consolidate([other_meeting, city, within]) == [other_meeting, city, within]


def test_one_title_per_subject() -> None:
    first = claim("r", "dcterms:title", Lit("Meeting of Ministers"), (0, 5))
    second = claim("r", "dcterms:title", Lit("Another title"), (10, 15))
    other = claim("r2", "dcterms:title", Lit("Its own title"), (10, 15))
    assert consolidate([first, second, other]) == [first, other]


def test_other_claims_pass_through_in_order() -> None:
    claims = [
        claim("oas/cp/res/957", "acta:adoptedBy", "oas/permanent-council", PRECISE),
        claim(MEETING, "acta:convenedBy", "oas/cp/res/957", PRECISE),
        claim(MEETING, "acta:convenedBy", "oas/cp/res/957", VAGUE),
    ]
    assert consolidate(claims) == claims


# --- facts graphs from a real document -------------------------------------------------------------
@pytest.fixture(scope="module", params=["example", "ipbes", "un"])
def document_graphs(request):
    path = {"example": example_document(), "ipbes": FIXTURES / "ipbes-mi-2-9-excerpt.txt",
            "un": FIXTURES / "un-a-res-80-59-excerpt.md"}[request.param]
    doc = read_document(path)
    return doc, to_graphs(extract(doc))


SKOS_HIDDEN = "http://www.w3.org/2004/02/skos/core#hiddenLabel"


def test_every_fact_has_evidence_that_quotes_the_document(document_graphs) -> None:
    doc, graphs = document_graphs
    facts = set(graphs[ns.facts_graph(doc.slug)])
    evidence = graphs[ns.evidence_graph(doc.slug)]
    by_subject: dict = {}
    for t in evidence:
        by_subject.setdefault(t.subject, {}).setdefault(t.predicate.value, []).append(t.object)
    records = [props for props in by_subject.values()
               if ox.NamedNode(ns.ONTOLOGY + "Evidence") in props.get(RDF + "type", [])]
    assert records
    backed = set()
    for props in records:
        fact = ox.Triple(props[RDF + "subject"][0], props[RDF + "predicate"][0], props[RDF + "object"][0])
        assert fact in facts, f"evidence for a fact that is not in the facts graph: {fact}"
        backed.add(fact)
        (target,) = props[OA + "hasTarget"]
        selectors = by_subject[target][OA + "hasSelector"]
        exact = next(by_subject[s][OA + "exact"][0].value for s in selectors if OA + "exact" in by_subject[s])
        start = next(int(by_subject[s][OA + "start"][0].value) for s in selectors if OA + "start" in by_subject[s])
        end = next(int(by_subject[s][OA + "end"][0].value) for s in selectors if OA + "end" in by_subject[s])
        assert doc.source[start:end] == exact  # front matter too: `symbol: A/RES/80/59` is evidence
    source = ox.NamedNode(ns.SOURCE + doc.slug)
    derived = (RDF + "type", "http://www.w3.org/2000/01/rdf-schema#label", SKOS_HIDDEN)  # from the names
    bare = {t for t in facts - backed if t.subject != source and t.predicate.value not in derived}
    assert bare == set()


def test_every_name_has_its_index_key(document_graphs) -> None:
    doc, graphs = document_graphs
    facts = graphs[ns.facts_graph(doc.slug)]
    keys = {(t.subject, t.object.value) for t in facts if t.predicate.value == SKOS_HIDDEN}
    symbols = {(t.subject, t.object.value) for t in facts if t.predicate.value == ns.ONTOLOGY + "symbol"}
    requests = {t.subject for t in facts if t.object == ox.NamedNode(ns.ONTOLOGY + "Request")}
    labels = [t for t in facts if t.predicate.value == "http://www.w3.org/2000/01/rdf-schema#label"
              and t.subject.value.startswith(ns.ENTITY) and t.subject not in requests
              and (t.subject, t.object.value) not in symbols]
    assert labels
    for t in labels:
        for key in name_keys(t.object.value):
            assert (t.subject, key) in keys


def test_the_source_document_is_described(document_graphs) -> None:
    doc, graphs = document_graphs
    facts = graphs[ns.facts_graph(doc.slug)]
    source = ox.NamedNode(ns.SOURCE + doc.slug)
    about = {t.predicate.value: t.object for t in facts if t.subject == source}
    assert about[ns.ONTOLOGY + "fileName"] == ox.Literal(doc.file_name)
    assert about[ns.ONTOLOGY + "sha256"] == ox.Literal(doc.sha256)


def test_graphs_are_sorted_and_the_same_every_time(document_graphs) -> None:
    doc, graphs = document_graphs
    again = to_graphs(extract(read_document(doc.path)))
    assert again == graphs
    for triples in graphs.values():
        assert triples == sorted(triples, key=str)
        assert len(set(triples)) == len(triples)


def test_front_matter_title_becomes_the_source_title() -> None:
    doc = read_document(FIXTURES / "un-a-res-80-59-excerpt.md")
    facts = to_graphs(extract(doc))[ns.facts_graph(doc.slug)]
    titles = [t.object.value for t in facts
              if t.subject == ox.NamedNode(ns.SOURCE + doc.slug) and t.predicate.value == "http://purl.org/dc/terms/title"]
    assert titles == ["Convention on the Prohibition of the Use of Nuclear Weapons"]


def test_the_text_written_is_what_pyoxigraph_writes(document_graphs, tmp_path) -> None:
    # the graphs are written as text, not by pyoxigraph's serializer: the same bytes, escaping included
    doc, _ = document_graphs
    tricky = tmp_path / "A_RES_80_99.md"
    tricky.write_text('---\nsymbol: A/RES/80/99\n---\n\nThe General Assembly,\n\nRecalling its resolution 79/1 '
                      'on the “Pact for the Future”, the "quoted \\ backslash" and\nthe line\tbreak,\n',
                      encoding="utf-8")
    for path in (doc.path, tricky):
        for data in to_ntriples(extract(read_document(path))).values():
            triples = [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
            assert ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) == data


# /work/shared/corpus/un-ga-80/A_RES_80_4.md: its heading, and a preambular clause a page break cut, with the page's
# running head (the title again) between the two halves
RUNNING_HEAD_80_4 = """---
symbol: A/RES/80/4
---

Resolution adopted by the General Assembly on 29 October 2025

80/4. Necessity of ending the economic, commercial and financial

The General Assembly,

Recalling its resolutions 50/10 of 2 November 1995, 51/17 of 12 November

Necessity of ending the economic, commercial and financial

1996, 52/10 of 5 November 1997 and 53/4 of 14 October 1998,
"""


def test_a_running_head_is_not_read_but_quotes_keep_the_file_s_characters(tmp_path: Path) -> None:
    path = tmp_path / "A_RES_80_4.md"
    path.write_text(RUNNING_HEAD_80_4, encoding="utf-8")
    doc = read_document(path)
    graphs = to_graphs(extract(doc))
    facts = set(graphs[ns.facts_graph(doc.slug)])
    me = ox.NamedNode(ns.ENTITY + "un/a/res/80/4")
    recalls = {t.object.value.rsplit("/res/", 1)[1] for t in facts
               if t.subject == me and t.predicate.value == ns.ONTOLOGY + "recalls"}
    assert recalls == {"50/10", "51/17", "52/10", "53/4"}
    date = ox.Literal("1996-11-12", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    assert ox.Triple(ox.NamedNode(ns.ENTITY + "un/a/res/51/17"), ox.NamedNode(ns.ONTOLOGY + "adoptionDate"),
                     date) in facts
    exacts = [t.object.value for t in graphs[ns.evidence_graph(doc.slug)]
              if t.predicate.value == OA + "exact" and "52/10" in t.object.value]
    assert exacts and all("12 November\n\nNecessity of ending" in e for e in exacts)
