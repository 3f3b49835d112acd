"""graph/filehashes.py: an unchanged file is not read again; any change, or a racy time, is hashed again."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph import filehashes
from graph.cli import main
from graph.filehashes import CACHE_NAME, FileHashes
from graph.text import content_hash


@pytest.fixture
def reads(monkeypatch) -> list[Path]:
    """The files filehashes actually reads (through text.content_hash)."""
    seen: list[Path] = []

    def counting(path):
        seen.append(Path(path))
        return content_hash(path)

    monkeypatch.setattr(filehashes, "content_hash", counting)
    return seen


def aged(path: Path, text: str, seconds_ago: float = 60) -> Path:
    path.write_text(text, encoding="utf-8")
    then = time.time_ns() - int(seconds_ago * 1e9)
    os.utime(path, ns=(then, then))
    return path


def aged_ctime() -> None:
    """The change time cannot be set; outwait the racy window instead (for the few tests that need it)."""
    time.sleep(filehashes.RACY_NS / 1e9 + 0.1)


def test_an_unchanged_file_is_hashed_once(tmp_path: Path, reads: list[Path]) -> None:
    doc = aged(tmp_path / "a.txt", "The General Assembly, recalling its resolution 41/1,")
    cache = tmp_path / CACHE_NAME
    first = FileHashes(cache)
    expected = content_hash(doc)
    assert first.content_hash(doc) == expected
    first.save()
    aged_ctime()
    again = FileHashes(cache)
    assert again.content_hash(doc) == expected  # hashed within 2 s of its change time: read again
    again.save()
    assert len(reads) == 2
    assert FileHashes(cache).content_hash(doc) == expected
    assert len(reads) == 2  # now trusted


def test_a_file_rewritten_with_the_same_size_and_time_is_hashed_again(tmp_path: Path, reads: list[Path]) -> None:
    doc = aged(tmp_path / "a.txt", "adopted on 3 June 2009")
    aged_ctime()
    hashes = FileHashes(tmp_path / CACHE_NAME)
    before = hashes.content_hash(doc)
    hashes.save()
    st = doc.stat()
    doc.write_text("adopted on 4 June 2009", encoding="utf-8")  # same size
    os.utime(doc, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the same modification time (as `cp -p` keeps it)
    after = FileHashes(tmp_path / CACHE_NAME).content_hash(doc)
    assert after == content_hash(doc) and after != before
    assert len(reads) == 2


def test_a_file_changed_in_place_is_hashed_again(tmp_path: Path, reads: list[Path]) -> None:
    doc = aged(tmp_path / "a.txt", "convened in Lima")
    hashes = FileHashes(tmp_path / CACHE_NAME)
    hashes.content_hash(doc)
    hashes.save()
    aged(doc, "convened in Quito", seconds_ago=30)
    assert FileHashes(tmp_path / CACHE_NAME).content_hash(doc) == content_hash(doc)
    assert len(reads) == 2


@pytest.mark.parametrize("junk", [b"", b"not json", b'{"format": "other", "files": {}}', b"[1, 2]",
                                  b'{"format": "acta-file-hashes/1", "files": []}'])
def test_a_cache_that_is_not_ours_is_ignored(tmp_path: Path, reads: list[Path], junk: bytes) -> None:
    doc = aged(tmp_path / "a.txt", "text")
    (tmp_path / CACHE_NAME).write_bytes(junk)
    assert FileHashes(tmp_path / CACHE_NAME).content_hash(doc) == content_hash(doc)
    assert reads == [doc]


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    doc = aged(tmp_path / "a.txt", "text")
    hashes = FileHashes(tmp_path / "gone" / CACHE_NAME)
    hashes.content_hash(doc)
    hashes.save()  # its folder does not exist: nothing is written, nothing raised
    assert not (tmp_path / "gone").exists()


def test_an_incremental_build_reads_only_what_changed(tmp_path: Path, reads: list[Path]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        aged(corpus / f"R{i}.txt", f"The Permanent Council,\n\n{i + 1}. Decides to convene the Working Group.\n")
    store = tmp_path / "store"
    runner = CliRunner()
    aged_ctime()
    assert runner.invoke(main, ["build", str(corpus), "--store", str(store)]).exit_code == 0
    assert (store / CACHE_NAME).is_file()  # a first build remembers what it read
    result = runner.invoke(main, ["build", str(corpus), "--store", str(store)])
    assert "0 built, 3 unchanged" in result.stderr
    assert reads == []  # nothing hashed: every file's size and times were as remembered
    aged(corpus / "R1.txt", "The Permanent Council,\n\n1. Decides to convene the Working Group on Drugs.\n", 10)
    result = runner.invoke(main, ["build", str(corpus), "--store", str(store)])
    assert "1 built, 2 unchanged" in result.stderr
    assert reads == [corpus / "R1.txt"]
