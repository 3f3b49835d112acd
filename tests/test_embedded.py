"""graph/embedded.py: the on-disk store's folder checks, locks, and what a killed writer leaves."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import P, kill_after, source, spawn

from graph import embedded
from graph import namespaces as ns
from graph.errors import StoreError, StoreLockedError, StoreMissingError
from graph.store import default_store_path, open_store


# --- opening -------------------------------------------------------------------------------------
def test_missing_store_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StoreMissingError, match=r"no store at .*nowhere: run `acta build` first"):
        open_store(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreMissingError):
        open_store(tmp_path / "empty")


def test_file_or_foreign_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "f.txt").write_text("hello")
    for write in (False, True):
        with pytest.raises(StoreError, match="is a file"):
            open_store(tmp_path / "f.txt", write=write)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "report.txt").write_text("x")
    with pytest.raises(StoreError, match="not an acta store"):
        open_store(tmp_path / "docs", write=True)
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["report.txt"]


def test_a_plain_oxigraph_folder_is_adopted_for_writing(path: Path) -> None:
    raw = ox.Store(str(path))
    raw.add(ox.Quad(ox.NamedNode(ns.ENTITY + "x"), P, ox.Literal("kept"), ox.NamedNode(ns.GRAPH + "old")))
    del raw
    with pytest.raises(StoreMissingError):
        open_store(path)
    with open_store(path, write=True) as s:
        s.replace_source(*source("a"))
    with open_store(path) as s:
        assert ns.GRAPH + "old" in s.graphs() and "a" in s.sources()


def test_default_store_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACTA_STORE", raising=False)
    assert default_store_path() == Path("acta-store")
    monkeypatch.setenv("ACTA_STORE", "/env/store")
    assert default_store_path() == Path("/env/store")
    assert default_store_path("flag") == Path("flag")


def test_read_only_and_closed_stores_refuse_writes(built: Path) -> None:
    s = open_store(built)
    with pytest.raises(StoreError, match="read-only"):
        s.replace_source(*source("c"))
    s.close()
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.count()


# --- concurrency and crashes ---------------------------------------------------------------------
HOLD = """
    import sys, time
    from graph.store import open_store
    s = open_store({path!r}, write={write})
    print("open", flush=True)
    time.sleep(60)
"""


def _hold(path: Path, write: bool) -> subprocess.Popen:
    proc = spawn(HOLD.format(path=str(path), write=write))
    assert proc.stdout.readline().strip() == "open", proc.stderr.read()
    return proc


def test_second_writer_and_readers_get_a_clear_lock_error(built: Path, monkeypatch) -> None:
    monkeypatch.setattr(embedded, "READER_WAIT", 0.2)
    writer = _hold(built, write=True)
    try:
        with pytest.raises(StoreLockedError, match="is busy: another acta build is writing to it"):
            open_store(built, write=True)
        with pytest.raises(StoreLockedError, match="is busy: an acta build is writing to it"):
            open_store(built)
    finally:
        writer.kill()
        writer.wait()
    readers = [_hold(built, write=False), _hold(built, write=False)]  # readers share
    try:
        with open_store(built) as s:  # and a third, in this process
            assert set(s.sources()) == {"a", "b"}
        with pytest.raises(StoreLockedError, match="open for reading in another process"):
            open_store(built, write=True)
    finally:
        for r in readers:
            r.kill()
            r.wait()
    with open_store(built, write=True) as s:  # locks die with their processes
        s.replace_source(*source("c"))


def test_sigkill_mid_write_keeps_previous_facts(built: Path) -> None:
    child = spawn(f"""
        s = open_store({str(built)!r}, write=True)
        items = [big("a", 250_000), big("z", 250_000)]
        print("go", flush=True)
        s.replace_sources(items)
        print("done", flush=True)
    """)
    kill_after(child, "go", 1.0)
    with open_store(built, write=True) as s:
        assert {k: v.sha256 for k, v in s.sources().items()} == {"a": "sha-a-1", "b": "sha-b-1"}
        assert {q.triple for q in s.quads(ns.facts_graph("a"))} == set(source("a")[1][ns.facts_graph("a")])
        assert ns.facts_graph("z") not in s.graphs()
        assert s.count() == 5 + 2 + 3 + 2 + 1 + 2 * 5


def test_unflushed_store_reopens_after_sigkill(path: Path) -> None:
    child = spawn(f"""
        from conftest import source
        from graph.store import open_store
        s = open_store({str(path)!r}, write=True)
        s.replace_sources(source(f"d{{i}}") for i in range(50))
        print("written", flush=True)
        import time; time.sleep(60)
    """)
    assert child.stdout.readline().strip() == "written", child.stderr.read()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with open_store(path) as s:
        assert len(s.sources()) == 50
