"""RocksDB's background compaction, kept to idle CPU while a first build bulk-loads.

Every ``bulk_load`` call hands RocksDB a new set of sorted files, and RocksDB's compaction
threads ("rocksdb:low") merge them into what is already loaded as soon as two are waiting,
rewriting the same data again and again for as long as the load goes on: a third of the CPU
of a 1k-document build, and more the longer the load (a load with pauses between its calls
used half as much CPU again).  `Store.optimize()` compacts everything once when the load
is done anyway.  At the lowest priority those threads only take CPU that extraction and
loading leave idle, so they merge many files at a time instead of two (measured on the 1k
synthetic corpus's 1.1M quads: 10.8-11.3 -> 7.2-7.6 CPU-s for load and optimize; 10k
documents: 116 -> 80 CPU-s for the load).  The result is the same data, compacted the same
way by optimize().

Linux only (threads are found by name in /proc/self/task); elsewhere nothing changes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

LOWEST = 19


def compaction_threads() -> list[int]:
    """Thread ids of RocksDB's compaction pool in this process (shared by every store it opens)."""
    try:
        tids = os.listdir("/proc/self/task")
    except OSError:
        return []
    found = []
    for tid in tids:
        try:
            with open(f"/proc/self/task/{tid}/comm", encoding="utf-8") as f:
                if f.read().strip() == "rocksdb:low":
                    found.append(int(tid))
        except (OSError, ValueError):
            continue
    return found


@contextmanager
def compaction_in_idle_time() -> Iterator[None]:
    """Lowest priority for the compaction threads inside the block, their own again after it."""
    previous: dict[int, int] = {}
    for tid in compaction_threads():
        try:
            previous[tid] = os.getpriority(os.PRIO_PROCESS, tid)
            os.setpriority(os.PRIO_PROCESS, tid, LOWEST)
        except OSError:
            continue
    try:
        yield
    finally:
        for tid, nice in previous.items():
            try:
                os.setpriority(os.PRIO_PROCESS, tid, nice)
            except OSError:  # raising a priority again needs CAP_SYS_NICE: then they stay low in this process
                pass
