"""The synthetic corpus generator, and a smoke run of the benchmark on tiny corpora (the benchmark is no test)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import load_script

from graph.build import build
from graph.queries import load_query, run
from graph.store import open_store
from graph.text import parse_front_matter

REPO = Path(__file__).resolve().parents[1]
synth = load_script("synth_corpus")

UN_RES = re.compile(r"^A/RES/\d{2}/\d{1,4}$")
UN_DOC = re.compile(r"^A/\d{2}/\d{3,4}$")
OAS_RES = re.compile(r"^AG/RES\. \d{4} \([IVXLC]+-O/\d{2}\)$")
DATE = r"\d{1,2} (?:" + "|".join(synth.MONTHS) + r") \d{4}"


@pytest.mark.parametrize("n, words", [(1, "first"), (2, "second"), (3, "third"), (12, "twelfth"), (20, "twentieth"),
                                      (39, "thirty-ninth"), (80, "eightieth"), (81, "eighty-first"),
                                      (101, "one hundred and first"), (1002, "one thousand and second"),
                                      (2340, "two thousand three hundred and fortieth")])
def test_ordinals(n: int, words: str) -> None:
    assert synth.ordinal_words(n) == words


def test_roman_and_suffixes() -> None:
    assert [synth.roman(n) for n in (39, 40, 55, 1994)] == ["XXXIX", "XL", "LV", "MCMXCIV"]
    assert [synth.ordinal_suffix(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 52)] == \
        ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "52nd"]


def test_the_same_seed_gives_the_same_corpus() -> None:
    a, b, c = (list(synth.generate(60, seed)) for seed in (3, 3, 4))
    assert a == b
    assert a != c
    assert len({name for name, _ in a}) == 60  # file names (and so graph names) are unique


def test_documents_look_like_the_genre() -> None:
    docs = dict(synth.generate(400, 1))
    kinds = {"un-res": 0, "un-doc": 0, "oas-res": 0, "oas-report": 0}
    adopted: dict[str, str] = {}  # "75/40" -> "7 December 2020", in the order documents are generated
    for name, text in docs.items():
        meta, _ = parse_front_matter(text)
        if name.startswith("A_RES_"):
            kinds["un-res"] += 1
            assert UN_RES.match(meta["symbol"]) and meta["date"]
            assert "General Assembly Distr.: General" in text and "The General Assembly," in text
            assert re.search(r"^Resolution adopted by the General Assembly on " + DATE + "$", text, re.M)
            assert re.search(r"^\[on the report of the \w+ Committee \(A/\d+/\d+, para\. \d+\)\]$", text, re.M)
            assert re.search(r"^\d+(?:st|nd|rd|th) plenary meeting ", text, re.M)
            own = meta["symbol"].removeprefix("A/RES/")
            day = re.search(r"adopted by the General Assembly on (.+)$", text, re.M).group(1)
            for cited, when in re.findall(r"(\d{2}/\d{1,4}) of (" + DATE + ")", text):
                assert adopted.get(cited) == when, f"{name} cites {cited} of {when}: not adopted before, or then"
            adopted[own] = day
        elif name.startswith("A_"):
            kinds["un-doc"] += 1
            assert UN_DOC.match(meta["symbol"]) and "Report of the Secretary-General" in text
        elif name.startswith("ag-res-"):
            kinds["oas-res"] += 1
            assert OAS_RES.match(text.splitlines()[0]) and "RESOLVES:" in text
        else:
            kinds["oas-report"] += 1
            assert "CP/RES. " in text and "II. OFFICERS" in text
    assert all(n >= 20 for n in kinds.values()), kinds
    every = "\n".join(docs.values())
    assert re.search(r"Recalling its resolutions \d+/\d+ of .+ and \d+/\d+ of ", every)
    assert re.search(r"Requests the Secretary-General to submit to the General Assembly at its [\w-]+ session a "
                     r"report", every)
    assert re.search(r"Decides to convene the \w+ Meeting of States Parties to .+ in [A-Z][\w ]+ from \d+ ", every)
    assert re.search(r"submitted pursuant to General Assembly resolution \d+/\d+ of ", every)  # mandate chains
    assert re.search(r"To convene the \w+ Meeting of Ministers Responsible for .+ in the Americas, to be held in ",
                     every)


def test_a_small_synthetic_corpus_builds_into_a_connected_graph(tmp_path: Path) -> None:
    synth.write_corpus(tmp_path / "corpus", 20, seed=2)
    with open_store(tmp_path / "store", write=True) as store:
        report = build(store, [tmp_path / "corpus"])
        assert report.built == 20 and report.facts > 500
        found = {name: run(store, load_query(name)).rows for name in ("resolutions", "cites", "requests", "meetings")}
    assert all(found.values()), {k: len(v) for k, v in found.items()}
    assert any(UN_RES.match(r["symbol"].value) for r in found["resolutions"])
    assert any(r["relation"].value == "recalls" for r in found["cites"])
    assert any("convenedBy" in r for r in found["meetings"])


def test_the_benchmark_runs_on_a_tiny_corpus(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(REPO / "scripts" / "bench.py"), "--docs", "12", "--jobs", "1,2",
                          "--phase", "build,incremental,queries", "--repeat", "1", "--work", str(tmp_path)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    record = json.loads((tmp_path / "results.jsonl").read_text().splitlines()[-1])
    assert record["build"]["jobs1"]["built"] == 12 and record["build"]["turtle_identical"] is True
    assert record["incremental"]["noop"]["built"] == 0 and record["incremental"]["one_changed"]["built"] == 1
    assert record["queries"]["resolutions"]["rows"] > 0
    assert set(record["speed"]) == {"build", "incremental", "queries"} and all(
        ms > 0 for ms in record["speed"].values())  # the machine's speed, measured before each phase
    table = subprocess.run([sys.executable, str(REPO / "scripts" / "bench_table.py"), str(tmp_path / "results.jsonl")],
                           capture_output=True, text=True, timeout=60)
    assert table.returncode == 0, table.stderr
    assert "| 12 docs | 2 |" in table.stdout and "| `resolutions` |" in table.stdout
    assert f"({record['queries']['resolutions']['rows']} rows)" in table.stdout
    assert f"| {record['speed']['build']:.0f} ms |" in table.stdout
    # the build's CPU time, its worker processes' included, and how the machine's time went meanwhile
    b = record["build"]["jobs2"]
    assert b["cpu_s"] > 0 and abs(b["cpu_ms_per_doc"] - 1000 * b["cpu_s"] / 12) <= 1000 * 0.05 / 12 + 0.01
    assert set(b["machine_during"]) == {"busy_pct", "idle_pct", "iowait_pct", "steal_pct"}
    assert 99 <= sum(b["machine_during"].values()) <= 101
    assert f"| {b['cpu_ms_per_doc']:.1f} ms | {b['cores_busy']:,.2f} |" in table.stdout


def test_machine_during_is_each_states_share_of_all_cores_time() -> None:
    bench = load_script("bench")
    # user nice system idle iowait irq softirq steal, twice, 200 ticks apart
    during = bench.machine_during([100, 0, 10, 500, 5, 0, 0, 1], [220, 0, 30, 540, 15, 0, 0, 11])
    assert during == {"busy_pct": 70.0, "idle_pct": 20.0, "iowait_pct": 5.0, "steal_pct": 5.0}
    assert bench.machine_during([], [1] * 8) == {}


def test_bench_table_merges_records_by_when_they_were_measured(tmp_path: Path) -> None:
    table = load_script("bench_table")
    old = {"date": "2026-01-01 10:00:00 +0000", "docs": 10, "incremental": {"noop": {"seconds": 40.0}},
           "queries": {"bodies": {"median_ms": 9.0, "rows": 3}}}
    new = {"date": "2026-01-02 10:00:00 +0000", "docs": 10, "incremental": {"noop": {"seconds": 15.0}}}
    (tmp_path / "a-new.json").write_text(json.dumps(new))
    (tmp_path / "b-old.json").write_text(json.dumps(old))
    merged = table.load([tmp_path / "a-new.json", tmp_path / "b-old.json"])[10]
    assert merged["incremental"]["noop"]["seconds"] == 15.0  # the later run, though its file comes first
    assert merged["queries"]["bodies"]["rows"] == 3  # what only the earlier run measured is kept
    # a later run's case of the same query and parameter name, with another value, replaces the earlier case
    old["queries"]["officers body=Working Group"] = {"median_ms": 98.0, "rows": 669}
    new["queries"] = {"officers body=General Secretariat": {"median_ms": 106.0, "rows": 1}}
    (tmp_path / "a-new.json").write_text(json.dumps(new))
    (tmp_path / "b-old.json").write_text(json.dumps(old))
    merged = table.load([tmp_path / "a-new.json", tmp_path / "b-old.json"])[10]
    assert [k for k in merged["queries"] if k.startswith("officers")] == ["officers body=General Secretariat"]
    assert merged["queries"]["bodies"]["rows"] == 3


def test_listing_costs_splits_a_listing_and_counts_its_rows(tmp_path: Path) -> None:
    synth.write_corpus(tmp_path / "corpus", 15, seed=3)
    with open_store(tmp_path / "store", write=True) as store:
        build(store, [tmp_path / "corpus"])
    script = str(REPO / "scripts" / "listing_costs.py")
    out = subprocess.run([sys.executable, script, "--store", str(tmp_path / "store"), "--queries", "cites,resolutions",
                          "--repeat", "1", "--scratch", "2000", "--derived"], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    record = json.loads(out.stdout)
    with open_store(tmp_path / "store") as store:
        for name in ("cites", "resolutions"):
            costs = record["listings"][name]
            assert costs["rows"] == len(run(store, load_query(name)).rows) > 0  # the rows `acta query` returns
            # the derived rows were read back equal to the listing's (the script exits non-zero otherwise)
            assert all(costs[k] > 0 for k in ("engine_ms", "rows_ms", "run_ms", "derived_ms", "derived_memory_ms"))
    strings = record["strings"]
    assert strings["labels"] > 0
    # differences of two timings: on 15 documents they are noise and may come out below zero, so only their presence
    # is checked here (their size is a benchmark's business, not a test's)
    assert all(isinstance(strings[k], float) for k in ("label_us", "iri_us", "string10_us", "string40_us"))
    assert "cites" in out.stderr and "per value returned" in out.stderr


def test_a_ratio_to_rdflib_uses_actas_time_of_the_same_run(tmp_path: Path) -> None:
    table = load_script("bench_table")
    with_rdflib = {"date": "2026-01-01 10:00:00 +0000", "docs": 10,
                   "queries": {"cites": {"median_ms": 100.0, "rows": 5}}, "rdflib": {"cites": {"median_ms": 5000.0}}}
    later = {"date": "2026-01-02 10:00:00 +0000", "docs": 10, "queries": {"cites": {"median_ms": 250.0, "rows": 5}}}
    for name, record in (("a.json", with_rdflib), ("b.json", later)):
        (tmp_path / name).write_text(json.dumps(record))
    rows = table.query_table(table.load([tmp_path / "a.json", tmp_path / "b.json"]))
    cites = next(r for r in rows if r.startswith("| `cites`"))
    assert "250.0 ms (5 rows)" in cites and "| 50× |" in cites  # 5000 / 100 from one run, not 5000 / 250
