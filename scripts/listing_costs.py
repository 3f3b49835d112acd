"""Where a listing's time goes: the engine, the Python rows, the sort; and what one string costs to return.

    python scripts/listing_costs.py --store bench-work/store-10000-j2
    python scripts/listing_costs.py --store acta-store --queries cites,timeline --repeat 9

For each named query run without parameters it times, as medians of --repeat runs:

- ``engine``: Oxigraph evaluates the query and hands over every solution, with no Python term made;
- ``rows``: the same, as the rows `acta query` works with (one Python term per bound cell);
- ``sort``: `queries.sort_rows` on those rows (the named queries sort in Python, see its docstring);
- ``run``: `queries.run`, all of it, as `scripts/bench.py` times it.

With --derived it also times what a derived graph would cost, the design the owner was offered for the
listings over 200 ms: the listing's final rows are written to a scratch store as one node per row and one
property per column, then read back as `acta query` would read them (one hash-joined lookup per column,
rows made, sorted in Python): ``derived_ms`` from a store on disk, ``derived_memory_ms`` from one in
memory.  The scratch store holds only those rows, so on disk this is a lower bound: in the real store the
rows' strings would share the dictionary (and its cache) with millions of others.

It also times returning the store's labels, its entity IRIs, and strings of 10 and 40 characters in
a scratch store (--scratch of each): Oxigraph keeps strings of up to 15 bytes inside the term and
looks longer ones up in its dictionary, so a listing of N rows of k labels costs at least N x k
lookups, whatever the query.  Prints JSON to stdout, a table to stderr.  The tests run it on a tiny
store; the numbers in BENCHMARKS.md come from the 10k one.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from bench import median_time  # noqa: E402

from graph.queries import named_queries, run, sort_rows  # noqa: E402
from graph.store import materialize, no_gc_pauses, open_store  # noqa: E402

LISTINGS = ("resolutions", "meetings", "requests", "cites", "bodies", "officers", "documents", "participants",
            "timeline")
LABELS = "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
IRIS = "SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"


def median_ms(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """bench.median_time in milliseconds, each run with the cycle collector paused (as `acta query` runs)."""
    def paused() -> Any:
        with no_gc_pauses():
            return fn()
    seconds, result = median_time(paused, repeat, budget=float("inf"))
    return round(seconds * 1000, 3), result


def listing_costs(store: Any, names: list[str], repeat: int, derived: bool = False) -> dict[str, dict[str, float]]:
    return {name: one_listing(store, name, repeat, derived) for name in names}


def one_listing(store: Any, name: str, repeat: int, derived: bool = False) -> dict[str, float]:
    query = named_queries()[name]
    union = store.union and not store.merged

    def answer():  # noqa: ANN202 (a pyoxigraph answer)
        return store.oxigraph.query(query.text, use_default_graph_as_union=union)

    engine, count = median_ms(lambda: sum(1 for _ in answer()), repeat)
    rows_ms, result = median_ms(lambda: materialize(answer()), repeat)
    rest = [v for v in result.variables if v not in query.order]
    sort_ms, _ = median_ms(lambda: sort_rows(list(result.rows), query.order, rest), repeat)
    run_ms, final = median_ms(lambda: run(store, query), repeat)
    out = {"rows": count, "engine_ms": engine, "rows_ms": rows_ms, "sort_ms": sort_ms, "run_ms": run_ms}
    if derived:
        with tempfile.TemporaryDirectory(prefix="acta-derived-") as folder:
            out["derived_ms"] = derived_cost(ox.Store(folder), final, query.order, repeat)
        out["derived_memory_ms"] = derived_cost(ox.Store(), final, query.order, repeat)
    return out


ROW = "http://example.org/row/"
COLUMN = "http://example.org/column/"


def derived_cost(scratch: ox.Store, result: Any, order: list[str], repeat: int) -> float:
    """Milliseconds to read a listing back from rows stored one node each (see the module docstring)."""
    columns = list(result.variables)
    # the pattern every row matches: a column bound in each of them (a listing's key), or a marker if none is
    key = next((c for c in order + columns if all(c in row for row in result.rows)), None)
    marker = [] if key else [ox.Quad(ox.NamedNode(f"{ROW}{i}"), ox.NamedNode(COLUMN + "_row"), ox.Literal(""))
                             for i in range(len(result.rows))]
    scratch.extend(marker + [ox.Quad(ox.NamedNode(f"{ROW}{i}"), ox.NamedNode(COLUMN + column), term)
                             for i, row in enumerate(result.rows) for column, term in row.items()])
    scratch.flush()
    lookups = " ".join(f"OPTIONAL {{ SELECT ?row ?{c} WHERE {{ ?row <{COLUMN}{c}> ?{c} }} }}"
                       for c in columns if c != key)
    first = f"?row <{COLUMN}{key}> ?{key}" if key else f"?row <{COLUMN}_row> ?_row"
    text = f"SELECT {' '.join('?' + c for c in columns)} WHERE {{ {first} {lookups} }}"
    rest = [c for c in columns if c not in order]

    def read() -> list[dict]:
        rows = materialize(scratch.query(text)).rows
        sort_rows(rows, order, rest)
        return rows

    ms, rows = median_ms(read, repeat)
    if rows != result.rows:  # the derived rows must be the listing's, or their time says nothing
        raise SystemExit(f"derived rows differ from the listing's ({len(rows)} read back, {len(result.rows)} listed)")
    return ms


def string_costs(store: Any, repeat: int, scratch: int = 100_000) -> dict[str, float]:
    """Microseconds to return one value: a label, an IRI (both from the store), a short and a long string."""
    oxigraph = store.oxigraph
    n = int(next(iter(oxigraph.query(COUNT)))[0].value)
    base, _ = median_ms(lambda: oxigraph.query(COUNT), repeat)
    labels, _ = median_ms(lambda: sum(1 for _ in oxigraph.query(LABELS)), repeat)
    iris, _ = median_ms(lambda: sum(1 for _ in oxigraph.query(IRIS)), repeat)
    out = {"labels": n, "label_us": round((labels - base) * 1000 / max(n, 1), 2),
           "iri_us": round((iris - base) * 1000 / max(n, 1), 2)}
    with tempfile.TemporaryDirectory(prefix="acta-strings-") as folder:
        for width in (10, 40):
            out[f"string{width}_us"] = scratch_string_cost(folder, width, repeat, scratch)
    return out


def scratch_string_cost(folder: str, width: int, repeat: int, size: int = 100_000) -> float:
    """Microseconds to return one string of ``width`` characters, from a scratch store of ``size`` of them."""
    scratch = ox.Store(str(Path(folder) / f"w{width}"))
    p = ox.NamedNode("http://example.org/p")
    scratch.extend(ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), p, ox.Literal(f"{i:08d}".ljust(width, "x")))
                   for i in range(size))
    scratch.flush()
    ms, _ = median_ms(lambda: sum(1 for _ in scratch.query("SELECT ?o WHERE { ?s <http://example.org/p> ?o }")), repeat)
    return round(ms * 1000 / size, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="an acta store (e.g. bench-work/store-10000-j2)")
    parser.add_argument("--queries", default=",".join(LISTINGS), help="comma list of named queries")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--derived", action="store_true", help="time each listing read from a derived graph too")
    parser.add_argument("--scratch", type=int, default=100_000, help="strings in the scratch store (default 100,000)")
    args = parser.parse_args()
    with open_store(args.store) as store:
        listings = listing_costs(store, [q for q in args.queries.split(",") if q], args.repeat, args.derived)
        strings = string_costs(store, args.repeat, args.scratch)
    extra = f"{'derived':>9}{'in RAM':>8}" if args.derived else ""
    print(f"{'query':14}{'rows':>8}{'engine':>9}{'rows':>8}{'sort':>8}{'run':>8}{extra}   (ms)", file=sys.stderr)
    for name, c in listings.items():
        extra = f"{c['derived_ms']:>9.1f}{c['derived_memory_ms']:>8.1f}" if args.derived else ""
        print(f"{name:14}{c['rows']:>8}{c['engine_ms']:>9.1f}{c['rows_ms']:>8.1f}{c['sort_ms']:>8.1f}{c['run_ms']:>8.1f}"
              f"{extra}", file=sys.stderr)
    print(f"per value returned (µs): label {strings['label_us']}, IRI {strings['iri_us']}, "
          f"10-character string {strings['string10_us']}, 40-character string {strings['string40_us']}",
          file=sys.stderr)
    print(json.dumps({"store": args.store, "listings": listings, "strings": strings}, indent=1))


if __name__ == "__main__":
    main()
