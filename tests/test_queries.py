"""graph/queries.py and queries/*.rq: the query contract, headers, parameter resolution, formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import write_resolution
from rdflib.query import Result as SparqlResult

from graph import namespaces as ns
from graph.build import build
from graph.errors import NoMatchError, QueryError, UnknownParameterError, UnknownQueryError, UpdateRefusedError
from graph.queries import (
    cell,
    format_chunks,
    format_result,
    load_query,
    named_queries,
    parse_header,
    resolve_value,
    run,
    table,
)
from graph.resources import example_document, queries_dir
from graph.store import QueryResult, open_store

# The table of the project's QUERY_CONTRACT.md: name -> (parameters, optional?, columns).
CONTRACT: dict[str, tuple[dict[str, bool], list[str]]] = {
    "resolutions": ({"body": True}, ["symbol", "title", "adoptedBy", "date", "session"]),
    "meetings": ({"body": True}, ["meeting", "start", "end", "place", "country", "convenedBy"]),
    "convened-by": ({"meeting": False}, ["symbol", "adoptedBy", "date"]),
    "requests": ({"resolution": True}, ["resolution", "addressee", "action"]),
    "cites": ({"resolution": True}, ["source", "relation", "target", "targetDate"]),
    "bodies": ({"parent": True}, ["body", "acronym", "parent", "established", "establishedBy"]),
    "officers": ({"body": True}, ["person", "post", "body", "electedOn", "electedBy", "representing"]),
    "documents": ({"meeting": True, "body": True}, ["symbol", "title", "relation", "agent", "date"]),
    "participants": ({"meeting": True}, ["meeting", "participant", "role", "date"]),
    "mandate-chain": ({"entity": False}, ["depth", "from", "relation", "to"]),
    "evidence": ({"entity": False}, ["subject", "predicate", "object", "document", "quote", "start", "end"]),
    "timeline": ({"body": True}, ["date", "event", "kind"]),
}
MISPA_II = "Second Meeting of Ministers Responsible for Public Security in the Americas"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("queries") / "store"
    with open_store(path, write=True) as s:
        build(s, [example_document()])
    with open_store(path) as s:
        yield s


def resolution_store(tmp_path: Path, symbol: str, clauses: str) -> Path:
    """A store built from one resolution: the front matter of the corpus files, then its clauses."""
    doc = write_resolution(tmp_path, symbol, clauses)
    with open_store(tmp_path / "s", write=True) as s:
        build(s, [doc])
    return tmp_path / "s"


def labels(store, nodes: list[ox.NamedNode]) -> list[str]:
    out = []
    for node in nodes:
        result = store.query("SELECT ?l WHERE { ?_n <http://www.w3.org/2000/01/rdf-schema#label> ?l }", {"_n": node})
        out.append(result.rows[0]["l"].value)
    return out


# --- the contract -------------------------------------------------------------------------------
def test_every_contract_query_exists() -> None:
    assert set(CONTRACT) <= set(named_queries())


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_query_declares_the_contract_parameters_and_columns(name: str) -> None:
    q = named_queries()[name]
    params, columns = CONTRACT[name]
    assert {p.name: p.optional for p in q.params} == params
    assert q.columns == columns
    assert q.summary


@pytest.mark.parametrize("path", sorted(queries_dir().glob("*.rq")), ids=lambda p: p.name)
def test_every_rq_file_parses_and_selects_its_declared_columns(path: Path) -> None:
    q = parse_header(path.stem, path, path.read_text(encoding="utf-8"))
    assert q.columns, f"{path.name} has no '#+ columns:' header"
    answer = ox.Store().query(q.text)  # raises SyntaxError if the SPARQL does not parse
    assert isinstance(answer, ox.QuerySolutions)
    assert [v.value for v in answer.variables] == q.columns
    for p in q.params:
        assert f"?_{p.name}" in q.text, f"{path.name} declares {p.name} but never uses ?_{p.name}"


# --- headers and loading ------------------------------------------------------------------------
def test_parse_header() -> None:
    text = ("#+ summary: Things a body did\n"
            "#+ params: body: the body; since (optional): a date, or none\n"
            "#+ columns: what, when\n"
            "SELECT ?what ?when WHERE { ?_body ?what ?when FILTER(!BOUND(?_since) || ?when > ?_since)"
            " FILTER(!BOUND(?_extra)) }\n")
    q = parse_header("things", Path("things.rq"), text)
    assert q.summary == "Things a body did"
    assert q.columns == ["what", "when"]
    assert [(p.name, p.optional, p.doc) for p in q.params] == [
        ("body", False, "the body"), ("since", True, "a date, or none"), ("extra", True, "")]
    assert q.param("since").optional and q.param("nothing") is None


def test_load_query_by_name_and_by_file(tmp_path: Path) -> None:
    assert load_query("convened-by").path == queries_dir() / "convened-by.rq"
    rq = tmp_path / "mine.rq"
    rq.write_text("#+ columns: n\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n")
    mine = load_query(str(rq))
    assert (mine.name, mine.columns) == ("mine", ["n"])
    with pytest.raises(UnknownQueryError, match="unknown query 'nope'"):
        load_query("nope")
    with pytest.raises(UnknownQueryError, match="no query file"):
        load_query(str(tmp_path / "missing.rq"))
    rq.write_text("PREFIX x: <urn:x#>\nINSERT DATA { x:a x:b x:c }")
    with pytest.raises(UpdateRefusedError):
        load_query(str(rq))


# --- resolving parameter values -----------------------------------------------------------------
def test_resolve_symbol_with_and_without_meeting_number(store) -> None:
    full = resolve_value(store, "CP/RES. 957 (1714/09)")
    assert labels(store, full) == ["CP/RES. 957 (1714/09)"]
    assert resolve_value(store, "CP/RES. 957") == full
    assert resolve_value(store, "  CP/RES. 957  ") == full


def test_resolve_acronym_name_and_iri(store) -> None:
    mispa = resolve_value(store, "MISPA II")
    assert labels(store, mispa) == [MISPA_II]
    assert resolve_value(store, MISPA_II) == mispa
    assert resolve_value(store, MISPA_II.lower()) == mispa
    assert resolve_value(store, mispa[0].value) == mispa
    csh = resolve_value(store, "CSH")
    assert labels(store, csh) == ["Committee on Hemispheric Security (CSH)"]


def test_resolve_prefers_the_exact_name_over_a_longer_one(store) -> None:
    # "Committee on Hemispheric Security" is also inside "Working Group of the Committee on ..."
    assert labels(store, resolve_value(store, "Committee on Hemispheric Security")) == [
        "Committee on Hemispheric Security (CSH)"]


def test_resolve_a_document_by_its_title(store) -> None:
    assert labels(store, resolve_value(store, "Draft Rules of Procedure")) == ["CSH/GT/MISPA II-3/09 rev. 1"]


def test_resolve_ignores_a_leading_article(store) -> None:
    assert labels(store, resolve_value(store, "the Permanent Council")) == ["OAS Permanent Council"]
    # not the Working Group *of* the Committee, whose name also contains these words
    assert labels(store, resolve_value(store, "the Committee on Hemispheric Security")) == [
        "Committee on Hemispheric Security (CSH)"]


def test_resolve_without_accents(store) -> None:
    assert labels(store, resolve_value(store, "Alcantara")) == ["Virgilio Alcántara"]
    assert labels(store, resolve_value(store, "virgilio alcantara")) == ["Virgilio Alcántara"]


def test_exact_names_are_found_by_the_name_index(tmp_path: Path) -> None:
    # a node reachable only through its skos:hiddenLabel key: the lookup is the index, not the label scan
    node = ox.NamedNode("https://w3id.org/acta/id/body/x")
    hidden = ox.NamedNode("http://www.w3.org/2004/02/skos/core#hiddenLabel")
    with open_store(tmp_path / "s", write=True) as s:
        s.set_graph("https://w3id.org/acta/graph/x", [ox.Triple(node, hidden, ox.Literal("comite de seguridad"))])
    with open_store(tmp_path / "s") as s:
        assert resolve_value(s, "The Comité de Seguridad!") == [node]
        assert resolve_value(s, "Comité") == []  # a part of a name goes to the scan of labels, which has none


def test_a_bare_symbol_names_the_decision_printed_the_same_way_too(tmp_path: Path) -> None:
    # the first IPBES report prints "Decision IPBES/1/4" (key ipbes/dec/1/4) beside its working document IPBES/1/4
    key = ox.NamedNode("https://w3id.org/acta/ontology#symbolKey")
    doc, dec = (ox.NamedNode(f"https://w3id.org/acta/id/{k}") for k in ("ipbes/1/4", "ipbes/dec/1/4"))
    with open_store(tmp_path / "s", write=True) as s:
        s.set_graph("https://w3id.org/acta/graph/x", [ox.Triple(doc, key, ox.Literal("ipbes/1/4")),
                                                      ox.Triple(dec, key, ox.Literal("ipbes/dec/1/4"))])
    with open_store(tmp_path / "s") as s:
        assert resolve_value(s, "IPBES/1/4") == [doc, dec]
        assert resolve_value(s, "IPBES-1/4") == [dec]
        assert resolve_value(s, "decision IPBES/1/4") == [dec]


def test_resolve_names_things_not_the_ontology_terms(store) -> None:
    assert resolve_value(store, "convened by") == []
    assert resolve_value(store, "adopted by") == []


def test_resolve_nothing(store) -> None:
    assert resolve_value(store, "Third Meeting on Fisheries") == []
    assert resolve_value(store, "https://w3id.org/acta/id/no-such-thing") == []
    assert resolve_value(store, "") == []


def test_values_are_bound_not_pasted(store) -> None:
    sneaky = 'MISPA II" } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o . FILTER("'
    with pytest.raises(NoMatchError):
        run(store, load_query("convened-by"), {"meeting": sneaky})
    assert len(run(store, load_query("convened-by"), {"meeting": "MISPA II"}).rows) == 1


# --- running ------------------------------------------------------------------------------------
def test_run_checks_parameters(store) -> None:
    q = load_query("convened-by")
    with pytest.raises(UnknownParameterError, match="its parameters: meeting"):
        run(store, q, {"body": "CSH"})
    with pytest.raises(QueryError, match="needs -p meeting=VALUE"):
        run(store, q, {})
    with pytest.raises(NoMatchError, match="meeting='Atlantis' matches nothing"):
        run(store, q, {"meeting": "Atlantis"})


def test_optional_parameter_filters(store) -> None:
    everything = run(store, load_query("resolutions"))
    assert len(everything.rows) == 2
    council = run(store, load_query("resolutions"), {"body": "OAS Permanent Council"})
    assert [r["symbol"].value for r in council.rows] == ["CP/RES. 957 (1714/09)"]


def test_rows_come_in_the_order_the_header_declares(store) -> None:
    rows = run(store, load_query("timeline")).rows
    dates = [r["date"].value for r in rows]
    assert len(dates) > 5 and dates == sorted(dates)
    evidence = run(store, load_query("evidence"), {"entity": "CP/RES. 957"}).rows
    keys = [(r["document"].value, int(r["start"].value)) for r in evidence]
    assert len(keys) > 3 and keys == sorted(keys)  # numbers by value: 95 before 1234


def test_evidence_lists_each_quote_once(store) -> None:
    # two rules reading the same fact from the same sentence are two evidence records, one row
    rows = run(store, load_query("evidence"), {"entity": "CP/RES. 957"}).rows
    assert len(rows) == len({tuple(sorted((k, v.value) for k, v in r.items())) for r in rows})


def test_a_persons_evidence_holds_their_offices_facts(store) -> None:
    # the day and the body that elected the chair are facts of the office, quoted where the report says them
    rows = run(store, load_query("evidence"), {"entity": "Virgilio Alcántara"}).rows
    facts = {(r["predicate"].value, r["object"].value) for r in rows}
    assert ("elected on", "2009-09-17") in facts
    assert ("representing", "Dominican Republic") in facts
    assert all(r["quote"].value for r in rows)


def test_sort_rows_puts_unbound_first_and_numbers_by_value() -> None:
    from graph.queries import sort_rows
    n = [ox.Literal(str(v), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")) for v in (10, 9)]
    rows = [{"a": n[0], "b": ox.Literal("x")}, {"b": ox.Literal("y")}, {"a": n[1], "b": ox.Literal("z")}]
    sort_rows(rows, ["a", "b"])
    assert [r["b"].value for r in rows] == ["y", "z", "x"]
    ties = [{"a": n[0], "b": ox.Literal("q")}, {"a": n[0], "b": ox.Literal("p")}, {"a": n[1]}]
    sort_rows(ties, ["a"], ["b"])
    assert [r.get("b", ox.Literal("-")).value for r in ties] == ["-", "p", "q"]
    blank = [{"a": ox.Literal("b")}, {"a": ox.Literal("")}, {}, {"a": ox.Literal("\x00")}]
    sort_rows(blank, ["a"])
    assert [r["a"].value if "a" in r else None for r in blank] == [None, "", "\x00", "b"]


def test_sort_rows_breaks_ties_like_one_sort_on_every_column() -> None:
    import random

    from graph.queries import sort_rows
    rng = random.Random(7)
    rows = [{c: ox.Literal(rng.choice("abc")) for c in "xyz" if rng.random() > 0.2} for _ in range(300)]
    expected = sorted(rows, key=lambda r: tuple((c in r, r[c].value if c in r else "") for c in "xyz"))
    sort_rows(rows, ["x"], ["y", "z"])
    assert rows == expected


@pytest.mark.parametrize("name, key, value", [
    ("timeline", "body", "OAS Permanent Council"), ("meetings", "body", "OAS Permanent Council"),
    ("cites", "resolution", "AG/RES. 2444"),
    ("documents", "meeting", MISPA_II), ("bodies", "parent", "OAS Permanent Council"),
])
def test_an_optional_parameter_narrows_the_listing(store, name: str, key: str, value: str) -> None:
    everything = run(store, load_query(name)).rows
    some = run(store, load_query(name), {key: value}).rows
    assert 0 < len(some) < len(everything)
    assert all(row in everything for row in some)


# --- formats ------------------------------------------------------------------------------------
def awkward_result() -> QueryResult:
    return QueryResult(variables=["a", "b", "n"], rows=[
        {"a": ox.Literal('tab\there "quoted", comma'), "b": ox.Literal("é", language="fr"),
         "n": ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))},
        {"a": ox.NamedNode("https://w3id.org/acta/id/x")},
    ])


def test_tsv_csv_and_json_round_trip_awkward_values() -> None:
    result = awkward_result()
    from_json = [tuple(r) for r in SparqlResult.parse(io.StringIO(format_result(result, "json")), format="json")]
    from_tsv = [tuple(r) for r in SparqlResult.parse(io.StringIO(format_result(result, "tsv")), format="tsv")]
    assert from_tsv == from_json
    assert str(from_json[0][0]) == 'tab\there "quoted", comma'
    assert from_json[0][1].language == "fr"
    assert from_json[1][1] is None
    from_csv = [tuple(r) for r in SparqlResult.parse(io.StringIO(format_result(result, "csv")), format="csv")]
    assert [str(v) if v is not None else None for v in from_csv[0]] == ['tab\there "quoted", comma', "é", "3"]
    assert json.loads(format_result(result, "json"))["results"]["bindings"][0]["n"] == {
        "type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}


def test_a_long_answer_comes_in_pieces_that_make_the_same_document() -> None:
    # 4,500 rows: three pieces of rows in each format, written by `acta query` as they are made
    one = awkward_result().rows
    rows = [dict(one[i % 2], i=ox.Literal(str(i))) for i in range(4500)]
    result = QueryResult(variables=["a", "b", "n", "i"], rows=rows)
    for fmt in ("json", "csv", "tsv", "table"):
        chunks = list(format_chunks(result, fmt))
        assert len(chunks) >= (1 if fmt == "table" else 3), fmt
        assert chunks[-1].endswith("\n") and not chunks[-1].endswith("\n\n"), fmt
    text = "".join(format_chunks(result, "json"))
    assert json.loads(text) == result.to_json()  # the same SPARQL Results JSON as built whole
    assert len(text.splitlines()) == 4500 + 2  # one binding a line, between the head and the close
    from_json = [tuple(r) for r in SparqlResult.parse(io.StringIO(text), format="json")]
    from_tsv = [tuple(r) for r in SparqlResult.parse(io.StringIO(format_result(result, "tsv")), format="tsv")]
    assert from_tsv == from_json and len(from_json) == 4500 and str(from_json[-1][3]) == "4499"
    assert list(csv.reader(io.StringIO(format_result(result, "csv"))))[1:] == [
        [cell(row.get(v)) for v in result.variables] for row in rows]
    empty = QueryResult(variables=["x"], rows=[])
    assert json.loads(format_result(empty, "json")) == {"head": {"vars": ["x"]}, "results": {"bindings": []}}
    assert format_result(empty, "csv") == "x\r\n" and format_result(empty, "tsv") == "?x\n"


def test_table_clips_long_values_and_counts_rows() -> None:
    result = QueryResult(variables=["x"], rows=[{"x": ox.Literal("word " * 30)}])
    lines = table(result, width=20).splitlines()
    assert lines[0].strip() == "x"
    assert lines[2] == "word word word word…"
    assert lines[-1] == "(1 row)"
    assert table(QueryResult(variables=["x"], rows=[])).splitlines()[-1] == "(0 rows)"


def test_ask_and_construct_results() -> None:
    assert format_result(QueryResult(boolean=True), "table") == "yes\n"
    assert json.loads(format_result(QueryResult(boolean=False), "json")) == {"head": {}, "boolean": False}
    triple = ox.Triple(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("c"))
    turtle = format_result(QueryResult(triples=[triple]), "table")
    assert [q.triple for q in ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE)] == [triple]
    as_json = json.loads(format_result(QueryResult(triples=[triple]), "json"))  # not Turtle when JSON is asked
    assert as_json["head"]["vars"] == ["subject", "predicate", "object"]
    assert as_json["results"]["bindings"][0]["object"] == {"type": "literal", "value": "c"}
    assert format_result(QueryResult(triples=[triple]), "csv").splitlines() == ["subject,predicate,object",
                                                                               "urn:a,urn:b,c"]


def test_a_resolution_shows_its_outermost_session_however_deep(path: Path) -> None:
    # "adopted at the 52nd plenary meeting of the First Committee's ... of the eightieth session": a chain of
    # six events, each part of the next; the session column names the outermost
    from conftest import LABEL, source
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    acta, schema = ns.ONTOLOGY, "https://schema.org/"
    res, events = ox.NamedNode(ns.ENTITY + "res/1"), [ox.NamedNode(f"{ns.ENTITY}event/{i}") for i in range(6)]
    facts = [ox.Triple(res, rdf_type, ox.NamedNode(acta + "Resolution")), ox.Triple(res, LABEL, ox.Literal("R/1")),
             ox.Triple(res, ox.NamedNode(acta + "adoptedAt"), events[0])]
    for inner, outer in zip(events[:-1], events[1:], strict=True):
        facts.append(ox.Triple(inner, ox.NamedNode(schema + "superEvent"), outer))
    facts += [ox.Triple(e, LABEL, ox.Literal(f"event {i}")) for i, e in enumerate(events)]
    info, _ = source("deep")
    with open_store(path, write=True) as s:
        s.replace_sources([(info, {ns.facts_graph("deep"): facts})])
        rows = run(s, load_query("resolutions")).rows
    assert [(r["symbol"].value, r["session"].value) for r in rows] == [("R/1", "event 5")]


def test_a_role_named_two_ways_in_two_documents_gives_one_row_per_office(tmp_path: Path) -> None:
    # "Vice Chair" in one document, "Vice-Chair" in another: the same role node with two labels
    path = tmp_path / "s"
    with open_store(path, write=True) as s:
        build(s, [example_document()])
    with open_store(path) as s:
        before = run(s, load_query("officers")).rows
    role = ox.NamedNode("https://w3id.org/acta/id/role/vice-chair")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    with open_store(path, write=True) as s:
        s.set_graph("https://w3id.org/acta/graph/other", [ox.Triple(role, label, ox.Literal("Vice-Chair"))])
    with open_store(path) as s:
        after = run(s, load_query("officers")).rows
    assert any(r["post"].value == "Vice Chair" for r in before)
    assert after == before


def test_convened_by_a_body_is_what_convened_its_meetings(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_38.md, operative paragraph 8: the group is a body, its meetings convened
    store = resolution_store(tmp_path, "A/RES/80/38", "8. Renews its decision to establish an open-ended technical "
                             "expert group, convening for at least two days, and no more than three days, in 2026 "
                             "and 2028;")
    with open_store(store) as s:
        rows = run(s, load_query("convened-by"), {"meeting": "open-ended technical expert group"}).rows
        assert [r["symbol"].value for r in rows] == ["A/RES/80/38"]
        # the meeting itself still answers for itself
        meeting = "open-ended technical expert group (A/RES/80/38): meeting of 2028"
        rows = run(s, load_query("convened-by"), {"meeting": meeting}).rows
        assert [r["symbol"].value for r in rows] == ["A/RES/80/38"]


def test_a_cited_meeting_is_dated_by_its_opening_day(tmp_path: Path) -> None:
    """/work/shared/corpus/un-ga-80/A_RES_80_49.md: the citation's targetDate is the meeting's, as a text's is its
    adoption."""
    store = resolution_store(tmp_path, "A/RES/80/49", "Recalling its resolution 68/32 of 5 December 2013,\n\n"
                             "Welcoming the convening of the high-level meeting of the General Assembly on nuclear "
                             "disarmament, on 26 September 2013, and recognizing its contribution,")
    with open_store(store) as s:
        rows = {(r["relation"].value, r["target"].value, r["targetDate"].value if r.get("targetDate") else None)
                for r in run(s, load_query("cites")).rows}
    assert ("welcomes", "high-level meeting of the General Assembly on nuclear disarmament", "2013-09-26") in rows
    assert ("recalls", "A/RES/68/32", "2013-12-05") in rows


def test_the_timeline_has_a_treatys_entry_into_force_and_its_signature(tmp_path: Path) -> None:
    """/work/shared/corpus/un-ga-80/A_RES_80_14.md paragraph 1 and A_RES_80_47.md (a preambular clause, cut)."""
    store = resolution_store(tmp_path, "A/RES/80/14",
                             "Convinced of the value of the Declaration on the Zone of Peace, Freedom and Neutrality, "
                             "signed in Kuala Lumpur on 27 November 1971,\n\n"
                             "1. Recalls with satisfaction the entry into force of the African Nuclear-Weapon-Free "
                             "Zone Treaty (Treaty of Pelindaba) on 15 July 2009;")
    with open_store(store) as s:
        rows = {(r["date"].value, r["event"].value, r["kind"].value) for r in run(s, load_query("timeline")).rows}
    assert ("2009-07-15", "entry into force of African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba)",
            "entry into force") in rows  # (the text's label names it both ways: graph/treaties.py)
    assert ("1971-11-27", "signature of Declaration on the Zone of Peace, Freedom and Neutrality", "signature") in rows



def test_the_timeline_has_the_incidents_a_report_concluded_on(tmp_path: Path) -> None:
    """/work/shared/corpus/un-ga-80/A_RES_80_34.md (a preambular clause, cut)."""
    store = resolution_store(tmp_path, "A/RES/80/34",
                             "The second report of the Investigation and Identification Team, of 12 April 2021, which "
                             "concluded that there were reasonable grounds to believe that a military helicopter of "
                             "the Syrian Arab Air Force carried out a chemical weapons attack on Saraqib on 4 February "
                             "2018;")
    with open_store(store) as s:
        rows = {(r["date"].value, r["event"].value, r["kind"].value) for r in run(s, load_query("timeline")).rows}
    assert ("2018-02-04", "incident in Saraqib", "incident") in rows


def test_a_cited_treaty_known_by_its_signature_is_dated_by_it(tmp_path: Path) -> None:
    """/work/shared/corpus/un-ga-80/A_RES_80_34.md (a preambular clause, cut)."""
    store = resolution_store(tmp_path, "A/RES/80/34",
                             "Recalling the Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous "
                             "or Other Gases, and of Bacteriological Methods of Warfare, signed at Geneva on 17 June "
                             "1925,")
    with open_store(store) as s:
        rows = {(r["relation"].value, r["targetDate"].value if r.get("targetDate") else None)
                for r in run(s, load_query("cites")).rows}
    assert ("recalls", "1925-06-17") in rows

def test_a_meeting_a_state_convened_lists_it_as_convener(tmp_path: Path) -> None:
    """/work/shared/corpus/un-ga-80/A_RES_80_47.md (a preambular clause, cut)."""
    store = resolution_store(tmp_path, "A/RES/80/47",
                             "Welcoming the convening by Indonesia of the third Conference of States Parties and "
                             "Signatories to Treaties that Establish Nuclear-Weapon-Free Zones and Mongolia on "
                             "24 April 2015,")
    with open_store(store) as s:
        meetings = {(r["meeting"].value, r["start"].value, r["convenedBy"].value)
                    for r in run(s, load_query("meetings")).rows if r.get("convenedBy")}
        roles = {(r["participant"].value, r["role"].value) for r in run(s, load_query("participants")).rows}
    name = ("third Conference of States Parties and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones "
            "and Mongolia")
    assert meetings == {(name, "2015-04-24", "Indonesia")}
    assert roles == {("Indonesia", "convener")}


def test_the_mandate_chain_of_a_meeting_goes_to_who_convened_it(tmp_path: Path) -> None:
    """/work/shared/corpus/un-ga-80/A_RES_80_26.md (a preambular clause): "convened by" is a link of the chain."""
    store = resolution_store(tmp_path, "A/RES/80/26",
                             "Noting the convening by the Secretary-General of the high-level meeting on nuclear "
                             "safety and security, in New York on 22 September 2011,")
    with open_store(store) as s:
        chain = [(r["depth"].value, r["relation"].value, r["to"].value) for r in run(
            s, load_query("mandate-chain"), {"entity": "high-level meeting on nuclear safety and security"}).rows]
    assert ("1", "convener", "UN Secretary-General") in chain


def test_officers_lists_an_office_whose_holder_is_not_named_and_not_one_that_is(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_13.md para. 3 and A_RES_80_70.md: "the Chair of the Ad Hoc Committee"
    # has no holder in the text, so it is an office with an empty person; the Executive Secretary's post is held
    # by Robert Floyd, so it is his row only
    path = resolution_store(
        tmp_path, "A/RES/80/13",
        "3. Requests the Chair of the Ad Hoc Committee on the Indian Ocean to continue his informal consultations;\n\n"
        "4. Welcomes the reappointment of Robert Floyd as the Executive Secretary of the Preparatory Commission "
        "for the Comprehensive Nuclear-Test-Ban Treaty Organization;")
    with open_store(path) as s:
        rows = {(r.get("person") and r["person"].value, r["post"].value, r["body"].value)
                for r in run(s, load_query("officers")).rows}
        chosen = run(s, load_query("officers"), {"body": "Ad Hoc Committee on the Indian Ocean"}).rows
    assert rows == {
        (None, "Chair", "Ad Hoc Committee on the Indian Ocean"),
        ("Robert Floyd", "Executive Secretary",
         "Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization (CTBTO)")}
    assert [(r.get("person"), r["post"].value) for r in chosen] == [(None, "Chair")]


def test_officers_lists_the_post_of_a_meeting_with_the_meeting_as_its_body(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_52.md (cut): a meeting's President is its post (acta:officerOf), listed
    # under the meeting's name; the meeting stays no org:Organization
    path = resolution_store(
        tmp_path, "A/RES/80/52",
        "Welcoming also the initiative of the President of the thirteenth Meeting of States Parties to the "
        "Convention on Cluster Munitions to host the South-East Asia and Pacific Regional Workshop on the "
        "Convention, held on 18 and 19 March 2025 in Manila,")
    meeting = "thirteenth Meeting of States Parties to the Convention on Cluster Munitions"
    with open_store(path) as s:
        rows = [(r.get("person"), r["post"].value, r["body"].value) for r in run(s, load_query("officers")).rows]
        chosen = run(s, load_query("officers"), {"body": meeting}).rows
    assert rows == [(None, "President", meeting)]
    assert [r["post"].value for r in chosen] == ["President"]


def test_documents_says_adopted_or_signed_when_the_text_names_no_one_who_did_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_36.md and A_RES_80_47.md (preambular clauses, cut): a day with no body;
    # A_RES_80_31.md and A_RES_80_47.md (cut): a treaty's entry into force, the one day given, and a treaty signed too
    path = resolution_store(
        tmp_path, "A/RES/80/36",
        "Welcoming the entry into force on 22 January 2021 of the Treaty on the Prohibition of Nuclear Weapons,\n\n"
        "Noting the entry into force on 15 December 2008 of the Charter of the Association of Southeast Asian Nations, "
        "signed in Singapore on 20 November 2007,\n\n"
        "Recalling the Bamako Declaration on an African Common Position on the Illicit Proliferation, Circulation and "
        "Trafficking of Small Arms and Light Weapons, adopted in Bamako on 1 December 2000,\n\n"
        "Convinced of the value of the Declaration on the Zone of Peace, Freedom and Neutrality, signed in Kuala "
        "Lumpur on 27 November 1971,\n\n"
        # /work/shared/corpus/un-ga-80/A_RES_80_70.md (a preambular clause, cut)
        "Recalling further the Final Declaration adopted by the fourteenth Conference on Facilitating the Entry into "
        "Force of the Comprehensive Nuclear-Test-Ban Treaty, held in New York on 26 September 2025,")
    with open_store(path) as s:
        rows = {(r["symbol"].value, r.get("relation") and r["relation"].value, r.get("agent") and r["agent"].value,
                 r.get("date") and r["date"].value) for r in run(s, load_query("documents")).rows}
    bamako = ("Bamako Declaration on an African Common Position on the Illicit Proliferation, Circulation and "
              "Trafficking of Small Arms and Light Weapons")
    assert (bamako, "adopted", None, "2000-12-01") in rows
    assert ("Declaration on the Zone of Peace, Freedom and Neutrality", "signed", None, "1971-11-27") in rows
    assert ("Treaty on the Prohibition of Nuclear Weapons", "entered into force", None, "2021-01-22") in rows
    assert [r for r in rows if r[0] == "Charter of the Association of Southeast Asian Nations"] == [
        ("Charter of the Association of Southeast Asian Nations", "signed", None, "2007-11-20")]
    # a text a meeting adopted is "adopted at" that meeting, not also "adopted" by no one
    assert [r for r in rows if r[0] == "Final Declaration"] == [
        ("Final Declaration", "adopted at",
         "fourteenth Conference on Facilitating the Entry into Force of the Comprehensive Nuclear-Test-Ban Treaty",
         "2025-09-26")]


@pytest.mark.parametrize(("name", "key", "value"), [
    ("officers", "body", "open-ended working group"),
    ("cites", "resolution", "Nuclear disarmament verification"),
    ("requests", "resolution", "Nuclear disarmament verification")])
def test_a_value_naming_several_nodes_is_bound_to_all_at_once_with_the_answer_of_each_in_turn(
        tmp_path: Path, name: str, key: str, value: str) -> None:
    # two resolutions with one title, each establishing "an open-ended working group" of its own (officers at 10,000
    # documents: 936 such groups, 55 s one at a time, 0.1 s together)
    docs = []
    for number, person in ((901, "Juan Perez"), (902, "Maria Lopez")):
        path = tmp_path / f"A_RES_80_{number}.md"
        path.write_text(
            f"---\nsymbol: A/RES/80/{number}\n---\n\n80/{number}. Nuclear disarmament verification\n\n"
            f"The General Assembly,\n\nRecalling its resolution 79/{number - 800} of 2 December 2024,\n\n"
            "1. Decides to establish an open-ended working group to consider nuclear disarmament verification;\n\n"
            f"2. Notes that Mr. {person} (Chile) was elected Chair of the open-ended working group;\n\n"
            "3. Requests the Secretary-General to submit a report on verification to the General Assembly at its "
            "eighty-first session;\n", encoding="utf-8")
        docs.append(path)
    with open_store(tmp_path / "s", write=True) as s:
        build(s, docs)
    query = load_query(name)
    assert query.together
    with open_store(tmp_path / "s") as s:
        assert len(resolve_value(s, value)) == 2
        together = run(s, query, {key: value}).rows
        query.together = False
        one_by_one = run(s, query, {key: value}).rows
    assert together == one_by_one
    assert len({r[query.order[0]].value for r in together}) == 2  # both nodes answered


def test_a_body_founded_by_two_texts_is_a_row_for_each(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_30.md paragraph 1 (cut): the contract's "where one value has several,
    # return several rows"
    store = resolution_store(tmp_path, "A/RES/80/30",
                             "1. Recalls the recommendations of the Open-ended Working Group on the fourth special "
                             "session of the General Assembly devoted to disarmament, which was established by the "
                             "Assembly by its resolution 65/66 and its decision 70/551;")
    with open_store(store) as s:
        rows = [(r["body"].value, r["establishedBy"].value) for r in run(s, load_query("bodies")).rows
                if r.get("establishedBy")]
    group = "Open-ended Working Group on the fourth special session of the General Assembly devoted to disarmament"
    assert rows == [(group, "A/DEC/70/551"), (group, "A/RES/65/66")]


def test_a_resolutions_requests_and_citations_include_those_of_the_text_it_adopts(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md (cut): the Assembly adopts the declaration in its annex, whose
    # paragraphs ("We …") ask and cite in the declaration's name
    path = resolution_store(tmp_path, "A/RES/80/9",
                            "Adopts the 2025 Political Declaration on the Implementation of the United Nations Global "
                            "Plan of Action to Combat Trafficking in Persons, annexed to the present resolution.\n\n"
                            "48th plenary meeting 24 November 2025\n\n"
                            "Annex 2025 Political Declaration on the Implementation of the United Nations Global Plan "
                            "of Action to Combat Trafficking in Persons\n\n"
                            "1. We reaffirm our commitment to the United Nations Global Plan of Action.\n\n"
                            "2. We request the Secretary-General to strengthen coordination.")
    with open_store(path) as s:
        asked = run(s, load_query("requests"), {"resolution": "A/RES/80/9"})
        cited = run(s, load_query("cites"), {"resolution": "A/RES/80/9"})
        quoted = run(s, load_query("evidence"), {"entity": "A/RES/80/9"})
    assert [(r["addressee"].value, r["action"].value) for r in asked.rows] == \
        [("UN Secretary-General", "strengthen coordination")]
    # (the declaration asks in its own words, shown with the symbol of the resolution that adopted it)
    assert asked.rows[0]["resolution"].value.startswith("A/RES/80/9, annex: 2025 Political Declaration")
    assert ("reaffirms", "United Nations Global Plan of Action") in \
        {(r["relation"].value, r["target"].value) for r in cited.rows}
    # (and cites under that symbol too; what the resolution itself cites keeps its own)
    sources = {r["relation"].value: r["source"].value for r in cited.rows}
    assert sources["reaffirms"].startswith("A/RES/80/9, annex: 2025 Political Declaration")
    assert sources["adopts"] == "A/RES/80/9"
    # and the resolution's evidence quotes the request its declaration makes, as `requests` lists it under it
    assert [r["quote"].value for r in quoted.rows if r["predicate"].value == "requested in"] == \
        ["2. We request the Secretary-General to strengthen coordination."]


def test_a_meeting_the_text_a_resolution_adopts_convenes_shows_the_resolutions_symbol(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_5.md, annex para. 43 (cut): the Declaration has no symbol of its own
    path = resolution_store(tmp_path, "A/RES/80/5",
                            "1. Adopts the Doha Political Declaration, annexed to the present resolution.\n\n"
                            "28th plenary meeting 4 November 2025\n\n"
                            "Annex\n\nDoha Political Declaration\n\n"
                            "43. In this regard we decide to:\n\n"
                            "Proceed to a five-year follow-up process, starting in 2031, and convene a high-level "
                            "plenary meeting under the auspices of the General Assembly;")
    with open_store(path) as s:
        rows = run(s, load_query("convened-by"), {"meeting": "high-level plenary meeting"}).rows
    assert [r["symbol"].value for r in rows] == ["A/RES/80/5, annex: Doha Political Declaration"]


def test_a_cited_text_shows_the_resolution_that_adopted_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_5.md (cut): note 2 names the resolution that adopted the Agenda; a
    # reader tracing the citation wants that resolution, not the Agenda's title alone
    path = resolution_store(tmp_path, "A/RES/80/5",
                            "Reaffirming the 2030 Agenda for Sustainable Development,2\n\n"
                            "1. Adopts the Doha Political Declaration, annexed to the present resolution.\n\n"
                            "[^2]: Resolution 70/1.")
    with open_store(path) as s:
        cited = {(r["relation"].value, r["target"].value)
                 for r in run(s, load_query("cites"), {"resolution": "A/RES/80/5"}).rows}
    assert ("reaffirms", "2030 Agenda for Sustainable Development (A/RES/70/1)") in cited
    # (what the resolution adopts itself is not named twice)
    assert ("adopts", "Doha Political Declaration") in cited


def test_a_cited_text_shows_the_document_its_note_gives(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_6.md (clauses, cut, and note 2): a reader who knows the Agreement as
    # A/58/874 finds every citation of it under that symbol, and the resolution that approved it beside it
    path = resolution_store(tmp_path, "A/RES/80/6",
                            "Expressing its appreciation to the Secretary-General for providing effective and "
                            "efficient assistance to the International Criminal Court in accordance with the "
                            "Relationship Agreement between the United Nations and the International Criminal "
                            "Court,2\n\n"
                            "Acknowledging the Relationship Agreement as approved by the General Assembly in its "
                            "resolution 58/318 of 13 September 2004,\n\n"
                            "15. Recalls the Relationship Agreement;\n\n"
                            "[^2]: A/58/874 and A/58/874/Add.1.")
    with open_store(path) as s:
        cited = {(r["relation"].value, r["target"].value)
                 for r in run(s, load_query("cites"), {"resolution": "A/RES/80/6"}).rows}
    agreement = "Relationship Agreement between the United Nations and the International Criminal Court"
    assert {("acknowledges", f"{agreement} (A/58/874, A/RES/58/318)"),
            ("recalls", f"{agreement} (A/58/874, A/RES/58/318)")} <= cited


def test_requests_name_a_group_as_the_text_asks_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_39.md paras. 27 and 30 (cut): "both Parties", "all States" are the
    # addressees as asked; the graph's nodes stay the groups "Parties" and "States"
    path = resolution_store(tmp_path, "A/RES/80/39",
                            "27. Calls upon both Parties to urgently extend the Treaty;\n\n"
                            "30. Urges all States to exert all efforts to advance diplomatic dialogue;\n\n"
                            "31. Requests the Secretary-General to submit a report.")
    with open_store(path) as s:
        asked = run(s, load_query("requests"), {"resolution": "A/RES/80/39"})
        nodes = s.query("SELECT DISTINCT ?l WHERE { ?r <https://w3id.org/acta/ontology#addressee> ?a . "
                        "?a <http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    assert sorted((r["addressee"].value, r["action"].value) for r in asked.rows) == [
        ("UN Secretary-General", "submit a report"),
        ("all States", "exert all efforts to advance diplomatic dialogue"),
        ("both Parties", "urgently extend the Treaty")]
    assert {r["l"].value for r in nodes.rows} == {"Parties", "States", "UN Secretary-General"}
