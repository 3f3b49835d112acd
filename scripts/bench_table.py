"""Markdown tables from scripts/bench.py records, so that BENCHMARKS.md is generated, never typed.

    python scripts/bench_table.py bench-work/results.jsonl other-run.json ...

Each input is a JSON record (bench.py's stdout) or a .jsonl of them (bench.py's results.jsonl).  Records of
the same corpus size are merged, later runs (by their date) over earlier ones; a ratio to rdflib divides by
acta's time in the run that timed rdflib, not in a later one.  Targets from issue 5 are marked.
"machine speed" is the time bench.py took to extract the bundled example just before the phase: the shared
machine's speed drifts, so two runs compare fairly only at a similar figure (lower is faster).  "CPU a document"
is the build's own CPU time (its worker processes' included) by document built, and the machine's idle, iowait and
steal shares are of all cores' time while it ran (records from round 26 on): a slower build at the same CPU time
a document waited for the machine, not for the code.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

QUERY_TARGET_MS = 200
RATIO_TARGET = 10


def load(paths: list[Path]) -> dict[int, dict[str, Any]]:
    """Records merged per corpus size in the order they were measured (their `date`): a later run's
    figures replace an earlier one's, whatever order the files are named in."""
    records: list[dict[str, Any]] = []
    for path in paths:
        text = path.read_text(encoding="utf-8").strip()
        records += [json.loads(line) for line in text.splitlines()] if path.suffix == ".jsonl" else [json.loads(text)]
    by_size: dict[int, dict[str, Any]] = {}
    for record in sorted(records, key=lambda r: r.get("date", "")):
        merged = by_size.setdefault(record["docs"], {})
        if record.get("rdflib") and record.get("queries"):  # a ratio compares the two engines of one run
            merged["_rdflib_run_queries"] = record["queries"]
        for key, value in record.items():
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                older = merged[key]
                if key in ("queries", "rdflib", "_rdflib_run_queries"):
                    # the same query with the same parameter name, measured later for another value of it
                    # ("officers body=…"), replaces the earlier one: one row per query and parameter name
                    older = {k: v for k, v in older.items() if k in value or _label(k) not in map(_label, value)}
                merged[key] = {**older, **value}
            else:
                merged[key] = value
    return dict(sorted(by_size.items()))


def _n(value: float | int | None, digits: int = 0) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def build_table(runs: dict[int, dict[str, Any]]) -> list[str]:
    out = ["| corpus | jobs | wall | documents/s | triples/s | triples (with evidence) | peak RSS | machine speed "
           "| CPU a document | cores busy | machine idle / iowait / steal |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]
    for docs, run in runs.items():
        for key, b in sorted((run.get("build") or {}).items()):
            if not key.startswith("jobs"):
                continue
            during = b.get("machine_during") or {}
            shares = " / ".join(f"{during[k]:.1f} %" for k in ("idle_pct", "iowait_pct", "steal_pct")) \
                if during else "–"
            cpu = f"{b['cpu_ms_per_doc']:.1f} ms" if b.get("cpu_ms_per_doc") else "–"
            out.append(f"| {docs:,} docs | {b['jobs']} | {b['seconds']:.1f} s | {_n(b['docs_per_s'], 1)} | "
                       f"{_n(b['triples_per_s'])} | {_n(b['triples'])} | {b['maxrss_mb']:.0f} MB | "
                       f"{_speed(run, 'build')} | {cpu} | {_n(b.get('cores_busy'), 2)} | {shares} |")
    return out


def incremental_table(runs: dict[int, dict[str, Any]]) -> list[str]:
    out = ["| store | nothing changed | one document changed | changed back | machine speed |", "|---|---|---|---|---|"]
    for docs, run in runs.items():
        inc = run.get("incremental")
        if inc:
            cells = [f"{inc[k]['seconds']:.2f} s" if k in inc else "–" for k in ("noop", "one_changed", "changed_back")]
            out.append(f"| {docs:,} docs | " + " | ".join(cells) + f" | {_speed(run, 'incremental')} |")
    return out


def query_table(runs: dict[int, dict[str, Any]]) -> list[str]:
    sizes = [d for d, r in runs.items() if r.get("queries")]
    names: list[str] = []  # one per query and parameter name: the values differ per corpus
    for d in sizes:
        names += [k for k in runs[d]["queries"] if not k.startswith("_") and _label(k) not in map(_label, names)]
    header = "| query (parameter values differ per corpus) | " + " | ".join(
        f"{d:,} docs: acta | rdflib | ratio" for d in sizes) + " |"
    out = [header, "|---|" + "---|---|---|" * len(sizes)]
    for name in names:
        cells = []
        for d in sizes:
            mine = _match(runs[d]["queries"], name)
            theirs = _match(runs[d].get("rdflib") or {}, name)
            ms = mine.get("median_ms") if mine else None
            same_run = _match(runs[d].get("_rdflib_run_queries") or {}, name)
            base = same_run.get("median_ms") if same_run else ms  # acta's time in the run that timed rdflib
            cell = "–" if ms is None else f"{ms:,.1f} ms ({mine['rows']:,} rows)"
            if ms is not None and ms >= QUERY_TARGET_MS:
                cell = f"**{cell}**"
            if mine and not mine["rows"]:
                other = ratio = "– (no rows)"
            elif theirs and theirs.get("median_ms") is not None:
                other = f"{theirs['median_ms'] / 1000:,.1f} s"
                ratio = f"{theirs['median_ms'] / base:,.0f}×" if base else "–"
            elif theirs and theirs.get("timeout_s"):
                other = f"> {theirs['timeout_s']:g} s"
                ratio = f"> {1000 * theirs['timeout_s'] / base:,.0f}×" if base else "–"
            else:
                other = ratio = "–"
            cells += [cell, other, ratio]
        out.append(f"| {_label(name)} | " + " | ".join(cells) + " |")
    speeds = [cell for d in sizes for cell in (_speed(runs[d], "queries"), _speed(runs[d], "rdflib"), "")]
    out.append("| machine speed | " + " | ".join(speeds) + " |")
    return out


def _speed(run: dict[str, Any], phase: str) -> str:
    """bench.py's measure of the machine when the phase ran: ms to extract the bundled example (older records
    have none)."""
    ms = (run.get("speed") or {}).get(phase)
    return "–" if ms is None else f"{ms:.0f} ms"


def _label(key: str) -> str:
    name, _, param = key.partition(" ")
    return f"`{name}`" + (f" {param.split('=')[0]}=…" if param else "")


def _match(results: dict[str, Any], key: str) -> dict[str, Any] | None:
    """The same query with the same parameter *name* (the values depend on the corpus)."""
    if key in results:
        return results[key]
    label = _label(key)
    return next((v for k, v in results.items() if not k.startswith("_") and _label(k) == label), None)


def startup_table(runs: dict[int, dict[str, Any]]) -> list[str]:
    out = ["| command | median |", "|---|---|"]
    for run in runs.values():
        for name, t in (run.get("startup") or {}).items():
            out.append(f"| `{name}` | {t['median_s']:.3f} s |")
        if run.get("startup"):
            break
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("records", nargs="+", type=Path, help="bench.py JSON records or results.jsonl files")
    args = parser.parse_args(argv)
    runs = load(args.records)
    for title, table in (("Build", build_table), ("Incremental rebuild", incremental_table),
                         ("Query latency: embedded store vs rdflib", query_table), ("Start-up", startup_table)):
        lines = table(runs)
        if len(lines) > 2:
            print(f"### {title}\n\n" + "\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
