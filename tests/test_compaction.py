"""graph/compaction.py: RocksDB's compaction threads run at the lowest priority during a bulk load only."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from graph.compaction import LOWEST, compaction_in_idle_time, compaction_threads
from graph.store import open_store

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="threads are found in /proc")


def test_compaction_threads_are_lowered_inside_the_block_only(tmp_path: Path) -> None:
    with open_store(tmp_path / "store", write=True):
        threads = compaction_threads()
        assert threads, "an open store has RocksDB's compaction threads"
        before = {tid: os.getpriority(os.PRIO_PROCESS, tid) for tid in threads}
        with compaction_in_idle_time():
            assert all(os.getpriority(os.PRIO_PROCESS, tid) == LOWEST for tid in threads)
        if os.geteuid() == 0:  # only a privileged process may raise a priority again
            assert {tid: os.getpriority(os.PRIO_PROCESS, tid) for tid in threads} == before
