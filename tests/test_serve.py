"""`acta serve`: the store read-only as a SPARQL endpoint on 127.0.0.1 (oxigraph serve-read-only)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import free_port, require_oxigraph

from graph import serve as serve_mod
from graph.cli import main
from graph.errors import StoreError, StoreLockedError, StoreMissingError
from graph.resources import example_document
from graph.store import open_store

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    result = CliRunner().invoke(main, ["build", str(example_document()), "--store", str(path)])
    assert result.exit_code == 0, result.output
    return path


def post(url: str, body: str, content_type: str, accept: str = "application/sparql-results+json",
         method: str = "POST") -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body.encode(), method=method,
                                     headers={"Content-Type": content_type, "Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def select(url: str, sparql: str) -> list[dict]:
    status, body = post(url, sparql, "application/sparql-query")
    assert status == 200, body
    return json.loads(body)["results"]["bindings"]


def listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return True
    except OSError:
        return False


def test_the_command_line() -> None:
    args = serve_mod.serve_command("/data/store", 7000, binary="/bin/oxigraph")
    assert args == ["/bin/oxigraph", "serve-read-only", "--location", "/data/store", "--bind", "127.0.0.1:7000",
                    "--cors"]
    assert "--union-default-graph" in serve_mod.serve_command("s", 1, binary="o", union=True)


def test_no_store_no_server(tmp_path: Path) -> None:
    with pytest.raises(StoreMissingError, match="run `acta build` first"):
        serve_mod.start(tmp_path / "nowhere", free_port(), binary="/bin/true")


def test_missing_binary_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(serve_mod.sys, "executable", str(tmp_path / "python"))
    monkeypatch.setattr(serve_mod.sysconfig, "get_path", lambda name: str(tmp_path))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(StoreError, match="`pip install oxigraph`"):
        serve_mod.oxigraph_binary()


@pytest.mark.server
def test_serve_query_refuse_updates_stop(store: Path) -> None:
    binary = require_oxigraph()
    port = free_port()
    with serve_mod.start(store, port, binary=binary) as server:
        assert "--union-default-graph" not in server.process.args  # the default graph is the merge already
        url = server.url
        assert url == f"http://127.0.0.1:{port}/query"
        # a YASGUI user's query, with no GRAPH and no dataset parameters, sees every fact once;
        # the evidence is in the evidence graphs, which GRAPH ?g reads
        rows = select(url, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        with open_store(store) as s:
            facts = {q.triple for q in s.quads() if not q.graph_name.value.endswith(("/_sources", "/evidence"))}
            evidence = {q.triple for q in s.quads() if q.graph_name.value.endswith("/evidence")}
        assert len(rows) == len(facts) + 1  # and the store's format flag
        quotes = select(url, "SELECT ?g ?q WHERE { GRAPH ?g { ?s <http://www.w3.org/ns/oa#exact> ?q } }")
        assert len(quotes) == sum(t.predicate.value.endswith("#exact") for t in evidence) > 0
        label = select(url, 'SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> '
                            '"OAS Permanent Council" }')
        assert len(label) == 1  # stated by one document, but in the merge once, however many graphs hold it
        # acta's own client reads it like any endpoint
        out = CliRunner().invoke(main, ["query", "convened-by", "-p", "meeting=MISPA II", "--format", "json",
                                        "--endpoint", url])
        assert out.exit_code == 0, out.output
        assert json.loads(out.stdout)["results"]["bindings"][0]["symbol"]["value"] == "CP/RES. 957 (1714/09)"
        # writes are refused: SPARQL UPDATE and the Graph Store Protocol
        status, body = post(f"{server.base}/update", "DELETE WHERE { ?s ?p ?o }", "application/sparql-update")
        assert status == 403, body
        status, _ = post(f"{server.base}/store?graph=http://example.org/g", "<http://a> <http://b> <http://c> .",
                         "application/n-triples", method="PUT")
        assert status == 403
        assert len(select(url, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")) == len(rows)
        # and a build cannot write under the running server
        with pytest.raises(StoreLockedError, match="open for reading"):
            open_store(store, write=True)
        busy = CliRunner().invoke(main, ["build", str(example_document()), "--store", str(store), "--force"])
        assert busy.exit_code == 1 and busy.stderr.startswith("Error: store") and "Traceback" not in busy.output
    assert not listening(port)
    with open_store(store, write=True):  # the lock went with the server
        pass


@pytest.mark.server
def test_port_in_use_and_a_store_being_built(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    binary = require_oxigraph()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(StoreError, match=f"port {taken.getsockname()[1]} on 127.0.0.1 is in use"):
            serve_mod.start(store, taken.getsockname()[1], binary=binary)
    with open_store(store, write=True):
        with pytest.raises(StoreLockedError, match="busy"):
            serve_mod.start(store, free_port(), binary=binary)


@pytest.mark.server
def test_an_older_store_is_served_with_the_union_flag(store: Path, tmp_path: Path) -> None:
    import shutil

    old = tmp_path / "old"
    shutil.copytree(store, old)
    raw = ox.Store(str(old))
    raw.update("DELETE WHERE { ?s ?p ?o }")  # the default graph only: as acta left stores before the merge
    raw.flush()
    del raw
    with serve_mod.start(old, free_port(), binary=require_oxigraph()) as server:
        assert "--union-default-graph" in server.process.args
        assert select(server.url, 'SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> '
                                  '"OAS Permanent Council" }')


@pytest.mark.server
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "kill"])
def test_acta_serve_runs_until_stopped(store: Path, stop: signal.Signals) -> None:
    require_oxigraph()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--store", str(store), "--port", str(port)],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        line = proc.stderr.readline()
        assert f"SPARQL endpoint http://127.0.0.1:{port}/query" in line, line + proc.stderr.read()
        assert select(f"http://127.0.0.1:{port}/query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
        proc.send_signal(stop)
        assert proc.wait(timeout=20) == 0
        deadline = time.monotonic() + 10
        while listening(port) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not listening(port)  # the server went with it
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
