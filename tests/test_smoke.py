"""The installed `acta` command, run as a user would: the one subprocess test of the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sysconfig
from pathlib import Path


def acta_executable() -> str:
    beside = Path(sysconfig.get_path("scripts")) / "acta"
    found = str(beside) if beside.is_file() else shutil.which("acta")
    assert found, "the acta command is not installed: pip install -e ."
    return found


def test_installed_acta_builds_and_answers(tmp_path: Path) -> None:
    acta = acta_executable()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACTA_")}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([acta, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)

    usage = run("--help")
    assert usage.returncode == 0, usage.stderr
    for command in ("build", "query", "queries", "explain", "export", "viz", "validate", "demo"):
        assert f"  {command} " in usage.stdout
    built = run("build")
    assert built.returncode == 0, built.stderr
    assert "1 documents: 1 built" in built.stderr
    assert (tmp_path / "acta-store" / "acta-store.json").is_file()
    answer = run("query", "resolutions", "--format", "json")
    assert answer.returncode == 0, answer.stderr
    data = json.loads(answer.stdout)
    assert data["head"]["vars"] == ["symbol", "title", "adoptedBy", "date", "session"]
    assert {b["symbol"]["value"] for b in data["results"]["bindings"]} == {
        "AG/RES. 2444 (XXXIX-O/09)", "CP/RES. 957 (1714/09)"}
