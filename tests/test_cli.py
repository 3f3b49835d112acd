"""The `acta` command end to end on the bundled example, through click's CliRunner.

Bad input: every case is `Error: <one line>` on stderr, exit status 1, no traceback, and a
store built before still answers the same queries afterwards.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner, Result
from rdflib.query import Result as SparqlResult
from test_viz import _payload

from graph.app import QUOTES
from graph.cli import main
from graph.queries import named_queries
from graph.resources import example_document
from graph.store import open_store
from graph.viz_template import APP_JS

EXAMPLE = example_document()
CP_RES_957_QUOTE = "adopted resolution CP/RES. 957 (1714/09) convening the Second Meeting"
MISPA_II = "Second Meeting of Ministers Responsible for Public Security in the Americas"
# values for the parameters a named query requires, on the example
REQUIRED = {
    "convened-by": {"meeting": "MISPA II"},
    "mandate-chain": {"entity": "CSH/GT/MISPA II-2/09 rev. 2"},
    "evidence": {"entity": "CP/RES. 957"},
}


def acta(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=True)


def ok(result: Result) -> Result:
    assert result.exception is None or (isinstance(result.exception, SystemExit) and result.exit_code == 0), \
        result.output
    assert result.exit_code == 0, result.output
    return result


def assert_error(result: Result, *fragments: str) -> str:
    """Exit 1, one line `Error: ...` on stderr, nothing on stdout, no traceback."""
    assert isinstance(result.exception, SystemExit), f"uncaught {result.exception!r}: {result.output}"
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: "), lines[0]
    assert "Traceback" not in result.output
    assert result.stdout == ""
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


def rows(result: Result) -> list[dict[str, str]]:
    data = json.loads(ok(result).stdout)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def query(store: Path, name: str, *params: str, fmt: str = "json") -> Result:
    args: list[str | Path] = ["query", name, "--store", store, "--format", fmt]
    for p in params:
        args += ["-p", p]
    return acta(*args)


def snapshot(store: Path) -> tuple[list[bytes], str]:
    """Every quad of the store, and what `resolutions` answers."""
    quads = sorted(ok(acta("export", "--format", "nquads", "--store", store)).stdout_bytes.splitlines())
    return quads, ok(query(store, "resolutions")).stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("cli") / "store"
    result = ok(acta("build", "--store", store))
    assert "1 documents: 1 built, 0 unchanged, 0 removed" in result.stderr
    return store


@pytest.fixture(scope="module")
def before(built: Path) -> tuple[list[bytes], str]:
    return snapshot(built)


@pytest.fixture
def store(built: Path, tmp_path: Path) -> Path:
    """A private copy of the built example, for tests that try to break it."""
    copy = tmp_path / "store"
    shutil.copytree(built, copy)
    return copy


# --- the example end to end ---------------------------------------------------------------------
def test_build_reports_counts_on_stderr(tmp_path: Path) -> None:
    result = ok(acta("build", EXAMPLE, "--store", tmp_path / "s"))
    assert result.stdout == ""
    line = result.stderr.strip()
    assert line.startswith("1 documents: 1 built, 0 unchanged, 0 removed; ")
    assert " fact triples, " in line and " triples with evidence " in line
    quads = snapshot(tmp_path / "s")[0]
    again = ok(acta("build", EXAMPLE, "--store", tmp_path / "s"))
    assert again.stderr.startswith("1 documents: 0 built, 1 unchanged, 0 removed; 0 fact triples")
    assert snapshot(tmp_path / "s")[0] == quads
    forced = ok(acta("build", EXAMPLE, "--force", "--store", tmp_path / "s"))
    assert forced.stderr.startswith("1 documents: 1 built, 0 unchanged, 0 removed")
    assert snapshot(tmp_path / "s")[0] == quads  # replaced, not added to


def test_build_uses_acta_store_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    ok(acta("build", env={"ACTA_STORE": str(tmp_path / "from-env")}))
    assert (tmp_path / "from-env" / "acta-store.json").is_file()
    assert not (tmp_path / "acta-store").exists()
    assert rows(acta("query", "convened-by", "-p", "meeting=MISPA II", "--format", "json",
                     env={"ACTA_STORE": str(tmp_path / "from-env")}))


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_answers_with_readable_values(built: Path, name: str) -> None:
    q = named_queries()[name]
    missing = [p.name for p in q.params if not p.optional and p.name not in REQUIRED.get(name, {})]
    assert not missing, f"add example values for {name}'s required parameters {missing} to REQUIRED"
    params = [f"{k}={v}" for k, v in REQUIRED.get(name, {}).items()]
    data = json.loads(ok(query(built, name, *params)).stdout)
    assert data["head"]["vars"] == q.columns
    bindings = data["results"]["bindings"]
    assert bindings, f"{name} returned no rows on the example"
    for b in bindings:
        for column, term in b.items():
            assert term["type"] == "literal", f"{name}.{column} is a {term['type']}: {term['value']}"
            assert not term["value"].startswith(("http://", "https://")), f"{name}.{column}: {term['value']}"
            assert term["value"].strip()


def test_json_is_w3c_sparql_results(built: Path) -> None:
    text = ok(query(built, "resolutions")).stdout
    data = json.loads(text)
    assert set(data) == {"head", "results"}
    assert data["head"]["vars"] == ["symbol", "title", "adoptedBy", "date", "session"]
    parsed = SparqlResult.parse(io.StringIO(text), format="json")
    assert [str(v) for v in parsed.vars] == data["head"]["vars"]
    symbols = sorted(str(row.symbol) for row in parsed)
    assert symbols == ["AG/RES. 2444 (XXXIX-O/09)", "CP/RES. 957 (1714/09)"]
    cp = next(b for b in data["results"]["bindings"] if b["symbol"]["value"].startswith("CP/RES. 957"))
    assert cp["adoptedBy"] == {"type": "literal", "value": "OAS Permanent Council"}
    assert cp["date"]["value"] == "2009-09-16"
    assert "title" not in cp  # unknown stays unbound, not ""


@pytest.mark.parametrize("name", ["resolutions", "meetings", "officers", "evidence"])
def test_csv_and_tsv_parse_back_to_the_json_answer(built: Path, name: str) -> None:
    params = [f"{k}={v}" for k, v in REQUIRED.get(name, {}).items()]
    as_json = SparqlResult.parse(io.StringIO(ok(query(built, name, *params)).stdout), format="json")
    expected = [tuple(row) for row in as_json]
    assert expected
    as_tsv = SparqlResult.parse(io.StringIO(ok(query(built, name, *params, fmt="tsv")).stdout), format="tsv")
    assert as_tsv.vars == as_json.vars
    assert [tuple(row) for row in as_tsv] == expected  # TSV keeps the RDF terms, datatypes included
    csv_text = ok(query(built, name, *params, fmt="csv")).stdout
    as_csv = SparqlResult.parse(io.StringIO(csv_text), format="csv")
    assert as_csv.vars == as_json.vars
    plain = [tuple("" if v is None else str(v) for v in row) for row in expected]
    assert [tuple("" if v is None else str(v) for v in row) for row in as_csv] == plain


def test_table_is_for_people(built: Path) -> None:
    out = ok(query(built, "convened-by", "meeting=MISPA II", fmt="table")).stdout.splitlines()
    assert out[0].split() == ["symbol", "adoptedBy", "date"]
    assert set(out[1]) == {"-", " "}
    assert out[2].split("  ")[0] == "CP/RES. 957 (1714/09)"
    assert out[-1] == "(1 row)"


def test_explain_prints_the_sentence_behind_each_fact(built: Path) -> None:
    out = ok(acta("explain", "CP/RES. 957", "--store", built)).stdout
    assert CP_RES_957_QUOTE in out
    assert f"{MISPA_II} —convened by→ CP/RES. 957 (1714/09)" in out
    assert "2009-csh-gt-mispa-ii-working-group-report.txt [582:909]" in out
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text[582:909].startswith("In addition, on September 16, 2009")
    assert CP_RES_957_QUOTE in text[582:909]


def test_explain_prints_a_quote_across_lines_on_one_line(tmp_path: Path) -> None:
    doc = Path(__file__).parent / "fixtures" / "un-a-res-80-50-excerpt.md"
    ok(acta("build", doc, "--store", tmp_path / "s"))
    out = ok(acta("explain", "A/RES/80/50", "--store", tmp_path / "s")).stdout.splitlines()
    quotes = [line for line in out if line.startswith("    un-a-res-80-50-excerpt.md [")]
    assert quotes and len(quotes) * 2 == len(out)  # one fact line, one quote line
    recalling = [q for q in quotes if "Recalling its resolutions 70/47" in q]
    assert len(recalling) == 10  # A/RES/80/50 recalls ten resolutions in one sentence over four lines
    assert all("71/46 of 5 December 2016, 72/30 of 4 December 2017" in q for q in recalling)


def test_convened_by_mispa_ii_is_exactly_cp_res_957(built: Path) -> None:
    assert rows(query(built, "convened-by", "meeting=MISPA II")) == [
        {"symbol": "CP/RES. 957 (1714/09)", "adoptedBy": "OAS Permanent Council", "date": "2009-09-16"}
    ]


def _iri_of(store: Path, label: str, tmp_path: Path) -> str:
    rq = tmp_path / "iri.rq"
    rq.write_text("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                  f"SELECT ?node WHERE {{ ?node rdfs:label {json.dumps(label)} }}\n")
    data = json.loads(ok(acta("query", rq, "--store", store, "--format", "json")).stdout)
    (node,) = data["results"]["bindings"]
    assert node["node"]["type"] == "uri"
    return node["node"]["value"]


def test_a_meeting_by_acronym_name_or_iri(built: Path, tmp_path: Path) -> None:
    by_acronym = rows(query(built, "convened-by", "meeting=MISPA II"))
    assert rows(query(built, "convened-by", f"meeting={MISPA_II}")) == by_acronym
    assert rows(query(built, "convened-by", f"meeting={_iri_of(built, MISPA_II, tmp_path)}")) == by_acronym


def test_a_symbol_without_its_meeting_number(built: Path, tmp_path: Path) -> None:
    full = rows(query(built, "mandate-chain", "entity=CP/RES. 957 (1714/09)"))
    assert {"depth": "1", "from": "CP/RES. 957 (1714/09)", "relation": "adopted by",
            "to": "OAS Permanent Council"} in full
    assert rows(query(built, "mandate-chain", "entity=CP/RES. 957")) == full
    assert rows(query(built, "mandate-chain", "entity=cp/res. 957")) == full
    iri = _iri_of(built, "CP/RES. 957 (1714/09)", tmp_path)
    assert rows(query(built, "mandate-chain", f"entity={iri}")) == full


def test_a_body_by_acronym_or_name(built: Path) -> None:
    by_acronym = rows(query(built, "bodies", "parent=CSH"))
    assert [r["body"] for r in by_acronym] == ["Working Group of the Committee on Hemispheric Security (CSH)"]
    assert rows(query(built, "bodies", "parent=Committee on Hemispheric Security")) == by_acronym
    council = rows(query(built, "resolutions", "body=OAS Permanent Council"))
    assert [r["symbol"] for r in council] == ["CP/RES. 957 (1714/09)"]


def test_queries_lists_names_parameters_and_summaries() -> None:
    out = ok(acta("queries")).stdout.splitlines()
    listed = {line.split("\t")[0]: line.split("\t") for line in out}
    assert set(listed) == set(named_queries())
    assert listed["convened-by"][1] == "meeting"
    assert listed["resolutions"][1] == "body?"
    assert all(len(parts) == 3 and parts[2] for parts in listed.values())


def test_sources_and_remove(store: Path) -> None:
    out = ok(acta("sources", "--store", store)).stdout.strip().split("\t")
    assert out[0] == "2009-csh-gt-mispa-ii-working-group-report"
    assert out[1] == EXAMPLE.name
    assert len(out[2]) == 12
    assert_error(acta("remove", "no-such-document", "--store", store), "no document 'no-such-document'")
    ok(acta("remove", out[0], "--store", store))
    assert ok(acta("sources", "--store", store)).stdout == ""
    assert_error(query(store, "convened-by", "meeting=MISPA II"), "matches nothing")


def test_export_to_a_file_and_refusals(built: Path, tmp_path: Path) -> None:
    result = ok(acta("export", "--store", built, "-o", tmp_path / "out" / "graph.ttl"))
    assert "wrote" in result.stderr
    graph = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    assert len(graph) > 100
    assert_error(acta("export", "--format", "graphml", "--store", built), "needs -o FILE")
    assert_error(acta("export", "--store", built, "-o", tmp_path), "is a folder")


def test_a_graphml_export_shows_its_progress_on_a_terminal(built: Path, tmp_path: Path, monkeypatch) -> None:
    import click.testing
    monkeypatch.delenv("CI", raising=False)
    quiet = ok(acta("export", "--format", "graphml", "--store", built, "-o", tmp_path / "quiet.graphml"))
    assert quiet.stderr == f"wrote {tmp_path / 'quiet.graphml'}\n"  # not a terminal: no progress line
    monkeypatch.setattr(click.testing._NamedTextIOWrapper, "isatty", lambda self: True, raising=False)
    shown = ok(acta("export", "--format", "graphml", "--store", built, "-o", tmp_path / "g.graphml")).stderr
    assert "graphs of facts" in shown and "] 1/1 evidence graphs" in shown
    assert shown.endswith(f"\nwrote {tmp_path / 'g.graphml'}\n")  # the progress line ended before the message
    assert (tmp_path / "g.graphml").read_bytes() == (tmp_path / "quiet.graphml").read_bytes()


def test_demo_writes_turtle_and_a_page(tmp_path: Path) -> None:
    out = ok(acta("demo", "-o", tmp_path / "demo")).stdout
    assert out.startswith("built 1 document: ")
    assert "Resolution   2" in out
    graph = rdflib.Graph().parse(tmp_path / "demo" / "graph.ttl", format="turtle")
    assert len(graph) > 100
    assert (tmp_path / "demo" / "graph.html").stat().st_size > 1000
    assert rows(query(tmp_path / "demo" / "store", "convened-by", "meeting=MISPA II"))


# --- bad input: documents -----------------------------------------------------------------------
@pytest.mark.parametrize(("data", "message"), [
    (b"", "is empty"),
    (b"  \n\t\n   \n", "is empty"),
    (b"Permanent Council\x00\x00\x01binary", "binary file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
], ids=["empty", "whitespace", "nul-bytes", "png"])
def test_unreadable_documents_fail_and_leave_the_store(store: Path, before, tmp_path: Path, data: bytes,
                                                       message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    assert_error(acta("build", bad, "--store", store), message, "bad.txt")
    assert snapshot(store) == before


def test_missing_path_fails(store: Path, before, tmp_path: Path) -> None:
    assert_error(acta("build", tmp_path / "nowhere.txt", "--store", store), "nowhere.txt does not exist")
    assert snapshot(store) == before


def test_folder_without_documents_fails(store: Path, before, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    assert_error(acta("build", folder, "--store", store), "holds no .txt or .md documents")
    assert snapshot(store) == before


def test_one_bad_document_fails_the_whole_build(store: Path, before, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(EXAMPLE.read_text(encoding="utf-8").replace("September 16", "September 18"), encoding="utf-8")
    bad = tmp_path / "zz-image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert_error(acta("build", good, bad, "--store", store), "zz-image.txt is a binary file")
    assert snapshot(store) == before
    assert "good" not in ok(acta("sources", "--store", store)).stdout


def test_a_failed_first_build_creates_no_store(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    assert_error(acta("build", bad, "--store", tmp_path / "new"), "is empty")
    assert not (tmp_path / "new").exists()
    assert_error(query(tmp_path / "new", "resolutions"), "no store at")


def test_cp1252_document_is_read_with_a_warning(store: Path, before, tmp_path: Path) -> None:
    doc = tmp_path / "cp1252-report.txt"
    text = EXAMPLE.read_text(encoding="utf-8").replace("'", "\u2019")
    doc.write_bytes(text.encode("cp1252"))
    result = ok(acta("build", doc, "--store", store))
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning: ")]
    assert len(warnings) == 1
    assert "cp1252-report.txt is not UTF-8" in warnings[0] and "read it as cp1252" in warnings[0]
    officers = rows(query(store, "officers"))
    assert "Virgilio Alcántara" in {r["person"] for r in officers}  # á decoded, not mojibake
    evidence = ok(acta("explain", "CP/RES. 957", "--store", store)).stdout
    assert "the Organization\u2019s Permanent Council" in evidence
    assert ok(query(store, "resolutions")).stdout == before[1]


# --- bad input: queries -------------------------------------------------------------------------
def test_malformed_sparql_file(store: Path, before, tmp_path: Path) -> None:
    rq = tmp_path / "broken.rq"
    rq.write_text("SELECT ?s WHERE { ?s ?p \n")
    assert_error(acta("query", rq, "--store", store), "malformed SPARQL")
    assert snapshot(store) == before


@pytest.mark.parametrize("text", [
    "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
    "PREFIX acta: <https://w3id.org/acta/ontology#>\n# a comment\ndelete where { ?s ?p ?o }",
    "INSERT DATA { GRAPH <https://w3id.org/acta/graph/x> { <urn:a> <urn:b> <urn:c> } }",
    "DROP ALL",
])
def test_sparql_update_is_refused(store: Path, before, tmp_path: Path, text: str) -> None:
    rq = tmp_path / "update.rq"
    rq.write_text(text)
    assert_error(acta("query", rq, "--store", store), "SPARQL UPDATE", "refused")
    assert snapshot(store) == before


def test_unknown_query_name(store: Path, before) -> None:
    assert_error(query(store, "resolution"), "unknown query 'resolution'", "acta queries")
    assert snapshot(store) == before


def test_missing_query_file(store: Path, before, tmp_path: Path) -> None:
    assert_error(acta("query", tmp_path / "none.rq", "--store", store), "no query file")
    assert snapshot(store) == before


def test_unknown_parameter_key(store: Path, before) -> None:
    assert_error(query(store, "convened-by", "meting=MISPA II"), "has no parameter 'meting'", "meeting")
    assert snapshot(store) == before


def test_parameter_without_equals(store: Path, before) -> None:
    assert_error(query(store, "convened-by", "MISPA II"), "KEY=VALUE", "'MISPA II'")
    assert snapshot(store) == before


def test_missing_required_parameter(store: Path, before) -> None:
    assert_error(query(store, "convened-by"), "needs -p meeting=VALUE")
    assert snapshot(store) == before


def test_value_matching_nothing(store: Path, before) -> None:
    assert_error(query(store, "convened-by", "meeting=Third Meeting on Fisheries"), "matches nothing")
    assert_error(query(store, "evidence", "entity=https://w3id.org/acta/id/no-such-thing"), "matches nothing")
    assert_error(acta("explain", "ZZ/RES. 1", "--store", store), "matches nothing")
    assert snapshot(store) == before


# --- bad input: stores --------------------------------------------------------------------------
def test_store_that_is_a_regular_file(tmp_path: Path) -> None:
    not_a_store = tmp_path / "store.txt"
    not_a_store.write_text("hello")
    assert_error(query(not_a_store, "resolutions"), "is a file, not a store folder")
    assert_error(acta("build", EXAMPLE, "--store", not_a_store), "is a file, not a store folder")
    assert not_a_store.read_text() == "hello"


def test_store_never_built(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert_error(query(tmp_path / "empty", "resolutions"), "no store at", "acta build")
    assert_error(query(tmp_path / "missing", "resolutions"), "no store at", "acta build")
    assert_error(acta("validate", "--store", tmp_path / "missing"), "no store at")
    assert not (tmp_path / "missing").exists()


def test_folder_that_is_not_a_store_is_not_built_into(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    assert_error(acta("build", EXAMPLE, "--store", folder), "not an acta store")
    assert sorted(p.name for p in folder.iterdir()) == ["holiday.jpg"]


def test_store_locked_by_a_writer(store: Path, before) -> None:
    with open_store(store, write=True):
        assert_error(query(store, "resolutions"), "is busy")
        assert_error(acta("build", EXAMPLE, "--store", store), "is busy")
    assert snapshot(store) == before


def test_viz_lists_at_most_the_quotes_asked_for(built: Path, tmp_path: Path) -> None:
    def page_data(*options: str) -> dict:
        page = tmp_path / "view.html"
        ok(acta("viz", *options, "-o", page, "--store", built))
        return _payload(page.read_text(encoding="utf-8"))

    def lists(data: dict) -> list[dict]:
        return data["nodes"] + data["edges"]

    every, two = page_data("--quotes", "0"), page_data("--quotes", "2")
    assert page_data() == every  # the default, 40, cuts nothing in one report
    long = [x for x in lists(every) if len(x["ev"]) > 2]
    assert long and not any("evn" in x for x in lists(every))
    cut = {(x.get("iri"), x.get("from"), x.get("to"), x.get("p")): x for x in lists(two)}
    for x in long:
        y = cut[(x.get("iri"), x.get("from"), x.get("to"), x.get("p"))]
        assert len(y["ev"]) == 2 and y["evn"] >= len(x["ev"])
    # the command the page gives for a cut list ("acta query evidence -p entity=\"…\" lists every one") lists them
    assert 'return "acta query evidence -p entity=\\"" + name(' in APP_JS
    node = next(x for x in two["nodes"] if "evn" in x)
    listed = rows(ok(acta("query", "evidence", "-p", f"entity={node['label']}", "--format", "json", "--store", built)))
    assert len(listed) >= node["evn"]
    usage = acta("viz", "--quotes", "-1", "--store", built)
    assert usage.exit_code == 2 and "-1" in usage.output
    assert f"[default: {QUOTES}; 0: all]" in ok(acta("viz", "--help")).output  # the help says app.viz's default


def test_viz_over_its_limit(store: Path, before, tmp_path: Path) -> None:
    page = tmp_path / "view.html"
    line = assert_error(acta("viz", "--limit", "1", "-o", page, "--store", store), "limit 1", "--focus")
    assert "nodes" in line
    assert not page.exists()
    assert snapshot(store) == before
