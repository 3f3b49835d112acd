"""The query contract answers the same on every engine: embedded Oxigraph, rdflib, a live Oxigraph server.

The bundled example and three short real documents (tests/fixtures/contract: two UN General
Assembly resolutions and the IPBES Panama resolution), with two made-up resolutions that share a
title and each establish "an open-ended working group" (so that one parameter value names two
nodes, bound together in one VALUES block of two rows), are built (a) into an embedded store with
`acta build --store`, (b) into rdflib's in-memory engine from that store's N-Quads
(``Dataset(default_union=True)``, the same .rq text with the same parameters bound by a VALUES
block), and (c) into a real `oxigraph serve` through `acta build --endpoint`.  Every contract
query must give the same multiset of rows (values compared as strings, order ignored).
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import load_script

from graph.cli import main
from graph.queries import load_query, named_queries, run
from graph.resources import example_document
from graph.store import open_store

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "contract"
DOCS = [example_document(), *sorted(p for p in FIXTURES.iterdir() if p.suffix in (".md", ".txt"))]
MISPA_II = "MISPA II"

# every named query, without and with its parameters, on values these documents hold
CASES: list[tuple[str, dict[str, str]]] = [
    ("resolutions", {}),
    ("resolutions", {"body": "OAS General Assembly"}),
    ("resolutions", {"body": "UN General Assembly"}),
    ("meetings", {}),
    ("meetings", {"body": "Committee on Hemispheric Security"}),
    ("convened-by", {"meeting": MISPA_II}),
    ("requests", {}),
    ("requests", {"resolution": "A/RES/80/13"}),
    ("cites", {}),
    ("cites", {"resolution": "A/RES/80/13"}),
    ("bodies", {}),
    ("bodies", {"parent": "OAS Permanent Council"}),
    ("officers", {}),
    ("officers", {"body": "Working Group of the Committee on Hemispheric Security"}),
    ("documents", {}),
    ("documents", {"meeting": MISPA_II}),
    ("participants", {}),
    ("participants", {"meeting": "Meeting of Civil Society Organizations"}),
    ("mandate-chain", {"entity": "CSH/GT/MISPA II-2/09 rev. 2"}),
    ("mandate-chain", {"entity": "A/RES/80/56"}),
    ("evidence", {"entity": "CP/RES. 957"}),
    ("evidence", {"entity": "A/RES/80/13"}),
    ("evidence", {"entity": "Virgilio Alcántara"}),  # a person: their offices' facts too, from the default graph
    ("timeline", {}),
    ("timeline", {"body": "UN General Assembly"}),
    # values that name two nodes each (A_RES_80_901.md and A_RES_80_902.md)
    ("officers", {"body": "open-ended working group"}),
    ("cites", {"resolution": "Nuclear disarmament verification"}),
    ("requests", {"resolution": "Nuclear disarmament verification"}),
    # a declaration the resolution adopts in its annex asks and cites under the resolution's symbol (A_RES_80_9.md)
    ("requests", {"resolution": "A/RES/80/9"}),
    ("cites", {"resolution": "A/RES/80/9"}),
    ("evidence", {"entity": "A/RES/80/9"}),  # (and quotes them as the resolution's evidence)
    ("documents", {"body": "open-ended working group"}),
]
IDS = [name + "".join(f"-{k}={v}" for k, v in params.items()) for name, params in CASES]
# rdflib takes 10-60 s for each of these (property paths such as `?p rdfs:subPropertyOf* acta:cites`
# evaluated once per triple), so it checks them once, without the parameter, to keep CI short;
# the live server is compared on every case
RDFLIB_ONCE = {"cites-resolution=A/RES/80/13", "cites-resolution=A/RES/80/9",
               "participants-meeting=Meeting of Civil Society Organizations",
               "mandate-chain-entity=A/RES/80/56"}
RDFLIB_CASES = [pytest.param(name, params, id=i) for (name, params), i in zip(CASES, IDS, strict=True)
                if i not in RDFLIB_ONCE]


bench = load_script("bench")


def acta(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=True)


def ok(result: Result) -> Result:
    assert result.exit_code == 0, result.output
    return result


def cli_rows(*args: str | Path) -> tuple[list[str], list[tuple[str, ...]]]:
    """`acta query ... --format json` as (variables, sorted rows of strings), like bench.canonical."""
    answer = json.loads(ok(acta("query", *args, "--format", "json")).stdout)
    names = answer["head"]["vars"]
    rows = [tuple(b[v]["value"] if v in b else "\x00" for v in names) for b in answer["results"]["bindings"]]
    return names, sorted(rows)


def params_args(params: dict[str, str]) -> list[str]:
    return [a for k, v in params.items() for a in ("-p", f"{k}={v}")]


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("contract") / "store"
    ok(acta("build", *DOCS, "--store", store))
    return store


@pytest.fixture(scope="module")
def reference(embedded: Path):
    with open_store(embedded) as store:
        return bench.RdflibStore(store.export("nquads"))


@pytest.fixture(scope="module")
def remote(module_oxigraph_server) -> str:
    url = module_oxigraph_server.url
    ok(acta("build", *DOCS, "--endpoint", url))
    return url


def test_every_named_query_is_in_the_contract_cases() -> None:
    assert {name for name, _ in CASES} == set(named_queries())


def test_every_query_has_rows_on_these_documents(embedded: Path) -> None:
    found: dict[str, int] = {}
    with open_store(embedded) as store:
        for name, params in CASES:  # some filtered cases may be empty, but not every case of a query
            found[name] = max(found.get(name, 0), len(run(store, load_query(name), params)))
    assert all(n > 0 for n in found.values()), {k: v for k, v in found.items() if not v}


@pytest.mark.parametrize("name, params", RDFLIB_CASES)
def test_embedded_and_rdflib_agree(embedded: Path, reference, name: str, params: dict[str, str]) -> None:
    mine = cli_rows(name, *params_args(params), "--store", embedded)
    theirs = bench.canonical(run(reference, load_query(name), params))
    assert mine == theirs


@pytest.mark.server
@pytest.mark.parametrize("name, params", CASES, ids=IDS)
def test_live_server_and_embedded_agree(embedded: Path, remote: str, name: str, params: dict[str, str]) -> None:
    assert cli_rows(name, *params_args(params), "--endpoint", remote) == \
        cli_rows(name, *params_args(params), "--store", embedded)


@pytest.mark.server
def test_every_command_works_through_the_endpoint(embedded: Path, remote: str, tmp_path: Path) -> None:
    env = {"ACTA_ENDPOINT": remote}  # the environment variable, as a user would set it
    again = ok(acta("build", *DOCS, env=env))
    assert f"{len(DOCS)} documents: 0 built, {len(DOCS)} unchanged" in again.stderr
    assert ok(acta("sources", env=env)).stdout == ok(acta("sources", "--store", embedded)).stdout
    assert ok(acta("queries", env=env)).stdout.count("\n") == len(named_queries())
    for fmt in ("turtle", "trig", "nquads"):
        here = ok(acta("export", "--format", fmt, "--store", embedded)).stdout_bytes
        there = ok(acta("export", "--format", fmt, env=env)).stdout_bytes
        assert there == here, fmt
    explained = ok(acta("explain", "CP/RES. 957", env=env)).stdout
    assert "adopted resolution CP/RES. 957 (1714/09) convening the Second Meeting" in explained
    assert sorted(explained.splitlines()) == sorted(ok(acta("explain", "CP/RES. 957", "--store", embedded))
                                                    .stdout.splitlines())
    html = tmp_path / "remote.html"
    ok(acta("viz", "-o", html, "--endpoint", remote))
    assert "MISPA" in html.read_text(encoding="utf-8")


def _dead_endpoint() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/query"  # nothing listens once the socket is closed


@pytest.mark.parametrize("args", [
    ["build", str(DOCS[0])], ["query", "resolutions"], ["query", "convened-by", "-p", "meeting=MISPA II"],
    ["explain", "CP/RES. 957"], ["export"], ["viz"], ["sources"], ["remove", "x"], ["validate"],
], ids=lambda a: a[0] + ("-" + a[1] if len(a) > 1 and a[0] == "query" else ""))
def test_a_server_that_is_down_is_one_line_and_exit_1(args: list[str], tmp_path: Path) -> None:
    url = _dead_endpoint()
    if args[0] == "viz":
        args = [*args, "-o", str(tmp_path / "v.html")]
    result = acta(*args, "--endpoint", url)
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "connection refused; is the server running?" in lines[0]
    assert "Traceback" not in result.output and result.stdout == ""
