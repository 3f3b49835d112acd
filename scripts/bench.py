"""Benchmark: build throughput, memory, incremental rebuilds, query latency against rdflib, start-up.

    python scripts/bench.py --docs 1000 --phase all          # everything on a 1k synthetic corpus
    python scripts/bench.py --docs 10000 --phase build,incremental,queries
    python scripts/bench.py --docs 10000 --phase rdflib --rdflib-timeout 60
    python scripts/bench.py --phase startup

Corpora come from scripts/synth_corpus.py (deterministic from --seed) and live in --work
(default ./bench-work).  Every build runs `acta build` in a subprocess, so that its wall time
includes start-up and its peak memory is that process's own (os.wait4 rusage ru_maxrss, which
also covers the worker processes of --jobs).  Results are printed as Markdown and appended to
WORK/results.jsonl.  Nothing here is run by the tests, but `RdflibStore` (the reference engine)
is shared with tests/test_contract.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from graph.store import Bindings, QueryResult, Store, Term, query_form  # noqa: E402


# --- the reference engine ------------------------------------------------------------------------
def _to_ox(term: Any) -> Term:
    import rdflib

    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def _to_rdflib(term: Term) -> Any:
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    raise TypeError(f"cannot bind {term!r}")


class RdflibStore(Store):
    """rdflib's in-memory engine behind acta's Store interface (queries only).

    The dataset is the store's N-Quads export in an ``rdflib.Dataset(default_union=True)``; a query
    is the same .rq text, with the same parameters (the same RDF terms, resolved by the same code
    in graph/queries.py) bound through rdflib's ``initBindings``.  (A VALUES block, as the other back
    ends get, is the same query, but rdflib evaluates it far worse: mandate-chain on four documents
    ran out of 3 GB, against 12 s with initBindings.)
    """

    location = "rdflib"

    def __init__(self, nquads: bytes | str) -> None:
        import warnings

        import rdflib

        self.dataset = rdflib.Dataset(default_union=True)
        with warnings.catch_warnings():  # rdflib's own deprecation notices about its N-Quads parser
            warnings.simplefilter("ignore", DeprecationWarning)
            self.dataset.parse(data=nquads, format="nquads")

    def query(self, sparql: str, bindings: Bindings | None = None) -> QueryResult:
        import warnings

        query_form(sparql)  # refuses UPDATE, as the other back ends do
        if isinstance(bindings, list):  # several rows: each bound on its own, the answers one after the other
            results = [self.query(sparql, row) for row in bindings]
            return QueryResult(variables=results[0].variables, rows=[r for x in results for r in x.rows],
                               boolean=any(x.boolean for x in results),
                               triples=[t for x in results for t in x.triples or []] or results[0].triples)
        with warnings.catch_warnings():  # rdflib warns about its own deprecated internals, per triple
            warnings.simplefilter("ignore", DeprecationWarning)
            answer = self.dataset.query(sparql, initBindings={k.lstrip("?$"): _to_rdflib(v)
                                                             for k, v in (bindings or {}).items()})
            return self._result(answer)

    @staticmethod
    def _result(answer: Any) -> QueryResult:
        if answer.type == "ASK":
            return QueryResult(boolean=bool(answer.askAnswer))
        if answer.type in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult(triples=[ox.Triple(*map(_to_ox, t)) for t in answer.graph])
        names = [str(v) for v in answer.vars]
        rows = [{n: _to_ox(row[i]) for i, n in enumerate(names) if row[i] is not None} for row in answer]
        return QueryResult(variables=names, rows=rows)

    def _select(self, sparql: str) -> QueryResult:
        return self.query(sparql)

    def _update(self, sparql: str) -> None:
        raise NotImplementedError("the rdflib reference store is read-only")

    def set_graph(self, graph_iri, triples) -> None:
        raise NotImplementedError("the rdflib reference store is read-only")

    def quads(self, graph=None):
        raise NotImplementedError

    def graphs(self) -> list[str]:
        return sorted(str(g.identifier) for g in self.dataset.graphs())

    def count(self) -> int:
        return len(self.dataset)

    def close(self) -> None:
        pass


def canonical(result: QueryResult) -> tuple[list[str], list[tuple[str, ...]]]:
    """Variables and the multiset of rows, each value as its string form (unbound: None), order-free."""
    rows = sorted(tuple("\x00" if v not in row else row[v].value for v in result.variables) for row in result.rows)
    return list(result.variables), rows


# --- helpers ---------------------------------------------------------------------------------------
def acta(*args: str) -> subprocess.CompletedProcess:
    """Runs `python -m graph.cli ARGS` from the checkout; fails loudly."""
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], cwd=REPO, capture_output=True,
                          env={**os.environ, "CI": "true"}, check=True)


def cpu_ticks() -> list[int]:
    """The whole machine's CPU time so far, by state (/proc/stat: user nice system idle iowait irq softirq steal);
    empty where there is no /proc."""
    try:
        return [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    except (OSError, ValueError):
        return []


def machine_during(before: list[int], after: list[int]) -> dict[str, float]:
    """How the machine's CPU time went while a build ran, in per cent of all cores' time: a run slower than another
    on the same code and the same CPU time per document waited for the disk (iowait) or for other tenants (steal)."""
    if len(before) < 8 or len(after) < 8:
        return {}
    delta = [b - a for a, b in zip(before, after, strict=True)]
    total = sum(delta) or 1
    return {"busy_pct": round(100 * (delta[0] + delta[1] + delta[2] + delta[5] + delta[6]) / total, 1),
            "idle_pct": round(100 * delta[3] / total, 1), "iowait_pct": round(100 * delta[4] / total, 1),
            "steal_pct": round(100 * delta[7] / total, 1)}


def build_run(corpus: Path, store: Path, jobs: int, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    ticks = cpu_ticks()
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "build", str(corpus), "--store", str(store),
                             "--jobs", str(jobs), *extra], cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env={**os.environ, "CI": "true"})
    err = proc.stderr.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    during = machine_during(ticks, cpu_ticks())
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"build failed: {err.strip()[-500:]}")
    m = re.search(r"(\d+) documents: (\d+) built, (\d+) unchanged, (\d+) removed; (\d+) fact triples, "
                  r"(\d+) triples with evidence", err)
    docs, built, unchanged, _, facts, triples = map(int, m.groups())
    cpu = usage.ru_utime + usage.ru_stime
    return {"seconds": round(seconds, 2), "docs": docs, "built": built, "unchanged": unchanged, "facts": facts,
            "triples": triples, "maxrss_mb": round(usage.ru_maxrss / 1024, 1), "jobs": jobs,
            "docs_per_s": round(built / seconds, 1) if built else None,
            "triples_per_s": round(triples / seconds) if triples else None,
            # the build's own CPU time, its worker processes' included (wait4 folds in the children it waited for):
            # the same code does the same work, so a slower run at the same CPU time per document lost the time
            # to the machine (`machine_during`), not to the code
            "cpu_s": round(cpu, 1), "cpu_ms_per_doc": round(1000 * cpu / built, 2) if built else None,
            "cores_busy": round(cpu / seconds, 2), "machine_during": during}


def median_time(fn, repeat: int, budget: float = 30.0) -> tuple[float, Any]:
    """Median wall time of ``fn()`` over ``repeat`` runs (fewer if the budget is spent), and its result."""
    times, result = [], None
    spent = 0.0
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
        spent += times[-1]
        if spent > budget:
            break
    return statistics.median(times), result


class Timeout(Exception):
    pass


def with_timeout(seconds: float, fn):
    """Runs pure-Python ``fn`` with SIGALRM as a deadline (rdflib cannot be cancelled otherwise)."""
    def alarm(signum, frame):
        raise Timeout

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def corpus_for(work: Path, docs: int, seed: int) -> Path:
    sys.path.insert(0, str(REPO / "scripts"))
    from synth_corpus import write_corpus

    folder = work / f"corpus-{docs}-s{seed}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        t = time.perf_counter()
        write_corpus(folder, docs, seed)
        done.write_text(f"{time.perf_counter() - t:.1f}\n")
    return folder


def contract_cases(store: Store) -> list[tuple[str, dict[str, str]]]:
    """Every named query, with parameters picked from what the synthetic corpus holds."""
    from graph.queries import load_query, run

    def first(query: str, column: str, pattern: str = "", having: str = "") -> str | None:
        for row in run(store, load_query(query)).rows:
            value = row.get(column)
            if value is not None and re.search(pattern, value.value) and (not having or having in row):
                return value.value
        return None

    resolution = first("requests", "resolution", r"^A/RES/")
    meeting = first("meetings", "meeting", r"Meeting of", having="convenedBy")
    committee = first("documents", "agent", r"Committee$")
    officers_of = first("officers", "body")
    body = "OAS General Assembly"
    cases: list[tuple[str, dict[str, str]]] = [
        ("resolutions", {}), ("resolutions", {"body": body}), ("meetings", {}), ("meetings", {"body": body}),
        ("convened-by", {"meeting": meeting}), ("requests", {}),
        ("requests", {"resolution": resolution}), ("cites", {}), ("cites", {"resolution": resolution}),
        ("bodies", {}), ("officers", {}), ("officers", {"body": officers_of}), ("documents", {}),
        ("documents", {"body": committee}), ("participants", {}),
        ("mandate-chain", {"entity": meeting}), ("evidence", {"entity": resolution}), ("timeline", {}),
        ("timeline", {"body": body}),
    ]
    return [(q, p) for q, p in cases if all(p.values())]


# --- phases ------------------------------------------------------------------------------------------
def phase_build(args, work: Path, corpus: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for jobs in sorted(set(args.jobs)):
        store = work / f"store-{args.docs}-j{jobs}"
        shutil.rmtree(store, ignore_errors=True)
        out[f"jobs{jobs}"] = build_run(corpus, store, jobs)
        print(f"build {args.docs} docs, --jobs {jobs}: {out[f'jobs{jobs}']}", file=sys.stderr)
    if len(out) > 1:  # the same Turtle whatever the number of processes?
        digests = {}
        for jobs in sorted(set(args.jobs)):
            turtle = acta("export", "--store", str(work / f"store-{args.docs}-j{jobs}")).stdout
            digests[jobs] = hashlib.sha256(turtle).hexdigest()
        out["turtle_identical"] = len(set(digests.values())) == 1
    return out


def built_store(args, work: Path, corpus: Path) -> tuple[Path, int]:
    """The store the later phases use (built with the largest --jobs), built first if a phase runs alone."""
    jobs = max(args.jobs)
    store = work / f"store-{args.docs}-j{jobs}"
    if not store.exists():
        build_run(corpus, store, jobs)
    return store, jobs


def phase_incremental(args, work: Path, corpus: Path) -> dict[str, Any]:
    store, jobs = built_store(args, work, corpus)
    out: dict[str, Any] = {"noop": build_run(corpus, store, jobs)}
    resolutions = sorted(p for p in corpus.iterdir() if p.name.startswith("A_RES_"))
    victim = resolutions[len(resolutions) // 2]
    original = victim.read_text(encoding="utf-8")
    try:
        victim.write_text(original.replace("Calls upon all Member States", "Urges all Member States", 1)
                          + "\nRecalling also its resolution 41/1 of 3 January 1986,\n", encoding="utf-8")
        out["one_changed"] = build_run(corpus, store, jobs)
        out["one_changed"]["file"] = victim.name
    finally:
        victim.write_text(original, encoding="utf-8")
    out["changed_back"] = build_run(corpus, store, jobs)
    return out


def phase_queries(args, work: Path, corpus: Path) -> dict[str, Any]:
    from graph.queries import load_query, run
    from graph.store import open_store

    path, _ = built_store(args, work, corpus)
    out: dict[str, Any] = {}
    with open_store(path) as store:
        cases = contract_cases(store)
        for name, params in cases:
            q = load_query(name)
            seconds, result = median_time(lambda q=q, params=params: run(store, q, params), args.repeat)
            key = name + "".join(f" {k}={v}" for k, v in params.items())
            out[key] = {"median_ms": round(seconds * 1000, 2), "rows": len(result)}
            print(f"oxigraph {key}: {out[key]}", file=sys.stderr)
        (work / f"cases-{args.docs}.json").write_text(json.dumps(cases))
        out["_quads"] = store.count()
    return out


def phase_rdflib(args, work: Path, corpus: Path) -> dict[str, Any]:
    import resource

    from graph.queries import load_query, run
    from graph.store import open_store

    path, _ = built_store(args, work, corpus)
    with open_store(path) as store:
        nquads = store.export("nquads")
        cases = contract_cases(store)
        embedded = {}
        for name, params in cases:
            embedded[(name, tuple(params.items()))] = canonical(run(store, load_query(name), params))
    out: dict[str, Any] = {}
    t = time.perf_counter()
    load_timeout = args.rdflib_load_timeout or args.rdflib_timeout * 5
    try:
        reference = with_timeout(load_timeout, lambda: RdflibStore(nquads))
    except Timeout:
        return {"_load": f"> {load_timeout:g} s"}
    out["_load_s"] = round(time.perf_counter() - t, 1)
    out["_maxrss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    nquads = b""  # let it go
    for name, params in cases:
        key = name + "".join(f" {k}={v}" for k, v in params.items())
        q = load_query(name)
        try:
            seconds, result = with_timeout(
                args.rdflib_timeout, lambda q=q, params=params: median_time(
                    lambda: run(reference, q, params), args.repeat, budget=args.rdflib_timeout / 2))
            same = canonical(result) == embedded[(name, tuple(params.items()))]
            out[key] = {"median_ms": round(seconds * 1000, 1), "rows": len(result), "same_rows": same}
        except Timeout:
            out[key] = {"median_ms": None, "timeout_s": args.rdflib_timeout}
        print(f"rdflib {key}: {out[key]}", file=sys.stderr)
    return out


def phase_startup(args, work: Path, corpus: Path) -> dict[str, Any]:
    store = work / "store-example"
    if not store.exists():
        acta("build", "--store", str(store))
    runs = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "acta --help": [sys.executable, "-m", "graph.cli", "--help"],
        "acta query resolutions (example)": [sys.executable, "-m", "graph.cli", "query", "resolutions", "--store",
                                             str(store), "--format", "json"],
    }
    script = shutil.which("acta")
    if script:
        runs["acta --help (console script)"] = [script, "--help"]
    out = {}
    for name, command in runs.items():
        times = []
        for _ in range(args.repeat * 2):
            t = time.perf_counter()
            subprocess.run(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - t)
        out[name] = {"median_s": round(statistics.median(times), 3), "min_s": round(min(times), 3)}
        print(f"{name}: {out[name]}", file=sys.stderr)
    return out


PHASES = {"build": phase_build, "incremental": phase_incremental, "queries": phase_queries,
          "rdflib": phase_rdflib, "startup": phase_startup}


def machine() -> dict[str, Any]:
    import pyoxigraph
    import rdflib

    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(mem, 1), "python": platform.python_version(),
            "pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib.__version__, "platform": platform.platform(),
            "load_avg": os.getloadavg()}


def speed(repeat: int = 21) -> float:
    """Milliseconds to extract the bundled example report (the median of `repeat`), taken before each phase.
    This machine's speed drifts by up to half within an hour (other tenants), so records of different runs are
    compared through it (the same 10k corpus built at 96.8 and at 76.2 documents/s an hour apart).  It times
    to_graphs, as the first records did, so that the figures stay comparable."""
    from graph.extract import extract
    from graph.facts import to_graphs
    from graph.resources import example_document
    from graph.text import read_document

    doc = read_document(example_document())
    seconds, _ = median_time(lambda: to_graphs(extract(doc)), repeat)
    return round(seconds * 1000, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000, help="corpus size (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=lambda s: [int(x) for x in s.split(",")], default=[1, 2],
                        help="--jobs values to build with, e.g. 1,2 (default); later phases use the largest")
    parser.add_argument("--phase", default="all", help="comma list of: " + ", ".join(PHASES) + " (default all)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query timing (median)")
    parser.add_argument("--rdflib-timeout", type=float, default=60.0, help="seconds per rdflib query")
    parser.add_argument("--rdflib-load-timeout", type=float, default=None,
                        help="seconds for rdflib to parse the N-Quads (default 5 x --rdflib-timeout)")
    parser.add_argument("--work", type=Path, default=REPO / "bench-work")
    args = parser.parse_args(argv)
    phases = list(PHASES) if args.phase == "all" else args.phase.split(",")
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = corpus_for(args.work, args.docs, args.seed) if set(phases) - {"startup"} else args.work
    record = {"date": time.strftime("%Y-%m-%d %H:%M:%S %z"), "docs": args.docs, "seed": args.seed,
              "argv": sys.argv, "machine": machine()}
    record["speed"] = {}
    for phase in phases:
        record["speed"][phase] = speed()
        t = time.perf_counter()
        record[phase] = PHASES[phase](args, args.work, corpus)
        record[phase + "_phase_s"] = round(time.perf_counter() - t, 1)
    with open(args.work / "results.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps(record) + "\n")
    print(json.dumps(record, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
