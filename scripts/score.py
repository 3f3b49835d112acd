#!/usr/bin/env python3
"""Score acta against gold answers: per document and overall recall and precision.

Each gold file names a document and checks (a named query, its parameters, rows that must
appear; `exact: true` also counts extra rows against precision).  This script builds each
document into a fresh store with the installed `acta`, runs the queries and applies the
scoring rules of the query contract (token containment after case-folding and accent
stripping; ISO dates only at the same precision).

    python3 scripts/score.py [GOLD.yaml ... | --gold DIR] [--root DIR] [-v]

Without arguments it looks for `../shared/gold` beside the checkout.  Needs PyYAML.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^\w]+", " ", text).split()


def contains(expected: list[str], actual: list[str]) -> bool:
    n = len(expected)
    if not n:
        return False
    for i in range(len(actual) - n + 1):
        if actual[i:i + n - 1] == expected[:-1]:
            word, last = actual[i + n - 1], expected[-1]
            if word == last or (last.isalpha() and word.startswith(last)):
                return True
    return False


def matches(expected: str, actual: str | None) -> bool:
    if actual is None:
        return False
    expected, actual = str(expected).strip(), actual.strip()
    if ISO.match(expected):
        date = re.match(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T|$)", actual)
        return bool(date) and date.group(1) == expected
    return contains(tokens(expected), tokens(actual))


def row_matches(expected: dict, row: dict) -> bool:
    return all(matches(v, row.get(k)) for k, v in expected.items())


def run_query(store: str, check: dict) -> tuple[list[dict], str | None]:
    cmd = ["acta", "query", check["query"], "--format", "json", "--store", store]
    for key, value in (check.get("params") or {}).items():
        cmd += ["-p", f"{key}={value}"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        return [], (done.stderr.strip().splitlines() or ["?"])[-1]
    data = json.loads(done.stdout)
    return [{k: b.get("value") for k, b in r.items()} for r in data["results"]["bindings"]], None


def score(path: Path, root: Path, verbose: bool) -> dict:
    import yaml

    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    totals = {"expected": 0, "found": 0, "returned": 0, "correct": 0}
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "store")
        built = subprocess.run(["acta", "build", str(root / gold["document"]), "--store", store],
                               capture_output=True, text=True)
        if built.returncode:
            print(f"{path.name}: build failed: {built.stderr.strip()[-200:]}", file=sys.stderr)
        for check in gold["checks"]:
            expect = check.get("expect") or []
            rows, error = run_query(store, check) if not built.returncode else ([], "build failed")
            totals["expected"] += len(expect)
            totals["found"] += sum(1 for e in expect if any(row_matches(e, r) for r in rows))
            if check.get("exact"):
                totals["returned"] += len(rows)
                totals["correct"] += sum(1 for r in rows if any(row_matches(e, r) for e in expect))
            if verbose:
                for e in expect:
                    if not any(row_matches(e, r) for r in rows):
                        print(f"  {path.stem} {check['query']} missing: {json.dumps(e, ensure_ascii=False)}")
                if error:
                    print(f"  {path.stem} {check['query']} error: {error}")
    return totals


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "—"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--gold", dest="gold_dir", type=Path, default=None)
    parser.add_argument("--root", type=Path, default=None, help="folder the gold files' document paths are relative to")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    files = list(args.gold)
    if not files:
        folder = args.gold_dir or Path(__file__).resolve().parents[2] / "shared" / "gold"
        files = sorted(folder.glob("*.yaml"))
    if not files:
        print("no gold files: give GOLD.yaml paths or --gold DIR", file=sys.stderr)
        return 2
    grand = {"expected": 0, "found": 0, "returned": 0, "correct": 0}
    print(f"{'document':<50} {'recall':>16} {'precision':>14}")
    for path in files:
        t = score(path, args.root or path.parent.parent, args.verbose)
        print(f"{path.stem:<50} {ratio(t['found'], t['expected']):>16} {ratio(t['correct'], t['returned']):>14}")
        for k in grand:
            grand[k] += t[k]
    overall = ratio(grand["found"], grand["expected"]), ratio(grand["correct"], grand["returned"])
    print(f"{'overall':<50} {overall[0]:>16} {overall[1]:>14}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
