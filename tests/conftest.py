"""Shared fixtures: small stores and sources, writers to kill, a real Oxigraph server (tests marked server)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import namespaces as ns
from graph.store import SourceInfo, open_store

FIXTURES = Path(__file__).parent / "fixtures"
P = ox.NamedNode(ns.ONTOLOGY + "says")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def write_resolution(tmp_path: Path, symbol: str, *paragraphs: str) -> Path:
    """A resolution written as the corpus writes them: its symbol in the front matter, then "The General
    Assembly," and the given paragraphs (clauses and notes, cut from a corpus document)."""
    path = tmp_path / (symbol.replace("/", "_") + ".md")
    path.write_text(f"---\nsymbol: {symbol}\n---\n\nThe General Assembly,\n\n" + "\n\n".join(paragraphs) + "\n",
                    encoding="utf-8")
    return path


def extract_resolution(tmp_path: Path, symbol: str, *paragraphs: str):
    """The extraction of write_resolution's document."""
    from graph.extract import extract
    from graph.text import read_document
    return extract(read_document(write_resolution(tmp_path, symbol, *paragraphs)))


def rule_triples(x, *rules: str) -> set[tuple[str, str, object]]:
    """(subject, predicate, object) of what the named rules claimed in an extraction."""
    return {(c.subject, c.predicate, c.object) for c in x.claims if c.rule in rules}


def source(slug: str, n: int = 5, version: str = "1") -> tuple[SourceInfo, dict[str, list[ox.Triple]]]:
    info = SourceInfo(ns.SOURCE + slug, slug, f"sha-{slug}-{version}", f"{slug}.txt")
    facts = [
        ox.Triple(ox.NamedNode(f"{ns.ENTITY}org/{slug}-{i}"), P, ox.Literal(f"{slug} v{version} #{i}"))
        for i in range(n)
    ]
    evidence = [ox.Triple(ox.NamedNode(f"{ns.EVIDENCE}{slug}-{i}"), LABEL, ox.Literal("s", language="en"))
                for i in range(2)]
    return info, {ns.facts_graph(slug): facts, ns.evidence_graph(slug): evidence}



def write_mixed_corpus(folder: Path, fixtures: list[str], docs: int = 0, seed: int = 0) -> Path:
    """A corpus of every genre: ``docs`` synthetic documents, these fixture files and the bundled example."""
    from graph.resources import example_document
    if docs:
        load_script("synth_corpus").write_corpus(folder, docs, seed=seed)
    folder.mkdir(parents=True, exist_ok=True)
    for name in fixtures:
        (folder / name).write_bytes((FIXTURES / name).read_bytes())
    (folder / example_document().name).write_bytes(example_document().read_bytes())
    return folder


def built_store(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """A module's store built from ``corpus``, then opened to read: a fixture yields from it."""
    from graph.build import build
    path = tmp_path_factory.mktemp("store") / "store"
    with open_store(path, write=True) as s:
        build(s, [corpus])
    with open_store(path) as s:
        yield s


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def built(path: Path) -> Path:
    with open_store(path, write=True) as s:
        s.replace_sources([source("a"), source("b", 3)])
        ontology = [ox.Triple(ox.NamedNode(ns.ONTOLOGY + "Org"), LABEL, ox.Literal("Org"))]
        s.set_graph(ns.ONTOLOGY_GRAPH, ontology)
    return path


# A writer in another process, for tests that SIGKILL it mid-write: `big(slug, n)` is a source of n triples.
WRITER_PRELUDE = """
import pyoxigraph as ox
from graph import namespaces as ns
from graph.store import SourceInfo, open_store
P = ox.NamedNode(ns.ONTOLOGY + "says")
def big(slug, n):
    t = [ox.Triple(ox.NamedNode(f"{ns.ENTITY}big/{slug}/{i}"), P, ox.Literal(f"new {i}")) for i in range(n)]
    return SourceInfo(ns.SOURCE + slug, slug, "sha-new", slug + ".txt"), {ns.facts_graph(slug): t}
"""


def spawn(code: str) -> subprocess.Popen:
    """Python `code` (with WRITER_PRELUDE) in a child process that can import graph and tests."""
    here = Path(__file__).resolve().parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(here.parent), str(here)])}
    return subprocess.Popen([sys.executable, "-u", "-c", WRITER_PRELUDE + textwrap.dedent(code)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill_after(child: subprocess.Popen, line: str, delay: float) -> None:
    """SIGKILLs `child` `delay` seconds after it prints `line`, checking that it was still at work."""
    assert child.stdout.readline().strip() == line, child.stderr.read()
    time.sleep(delay)
    assert child.poll() is None, "the write finished before it could be interrupted"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    child.stderr.close()


def load_script(name: str):
    """scripts/<name>.py as a module (the scripts folder is not a package), imported once."""
    import importlib.util
    import sys

    key = f"acta_scripts_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, Path(__file__).resolve().parents[1] / "scripts" /
                                                      f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module  # before running it: dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules[key]


def oxigraph_binary() -> str | None:
    """The `oxigraph` executable the PyPI `oxigraph` package puts beside this Python's scripts."""
    beside = Path(sysconfig.get_path("scripts")) / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OxigraphServer:
    """`oxigraph serve` on 127.0.0.1 at a free port, with its data in a folder so it can restart."""

    def __init__(self, binary: str, location: Path, *extra: str) -> None:
        self.binary, self.location, self.extra = binary, location, extra
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.url = self.base + "/query"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        args = [self.binary, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}",
                *self.extra]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited: {self.proc.stderr.read().decode()[-500:]}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("oxigraph serve did not start listening within 20 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc is not None and self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None


def require_oxigraph() -> str:
    """The oxigraph binary; missing: skip locally, fail in CI (CI=true)."""
    binary = oxigraph_binary()
    if binary is None:
        message = "the oxigraph server is not installed (pip install oxigraph)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return binary


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[OxigraphServer]:
    """A fresh server per test; missing binary: skip locally, fail in CI (CI=true)."""
    server = OxigraphServer(require_oxigraph(), tmp_path / "oxigraph-server")
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def module_oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """One server for all the tests of a module (e.g. built once, queried by many parametrized tests)."""
    server = OxigraphServer(require_oxigraph(), tmp_path_factory.mktemp("oxigraph") / "server")
    try:
        server.start()
        yield server
    finally:
        server.stop()
