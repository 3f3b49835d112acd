"""Content hashes of unchanged files, remembered by their size, inode and times.

An incremental build compares each file's content hash with the store's.  Reading and hashing
100,000 files took 6.5 s of an 11 s rebuild in which one document had changed; a stat takes 0.3 s
for all of them.  A file whose size, inode and modification and change times (in nanoseconds)
are those it had when it was last hashed is not read again, as git does (a copy that keeps the
time, `cp -p`, is a new inode with a new change time).  A file changed within two seconds of the
moment it was hashed is hashed again each time, since a second write in the same clock tick would
leave its times unchanged ("racily clean", in git's words).

On Windows `st_ctime` is the creation time, so there a same-size rewrite whose modification time
is deliberately set back goes unnoticed; `acta build --force` reads every file whatever the cache.

The hashes live next to an embedded store (`acta-file-hashes.json` in its folder), are a
function of the files alone, and are only ever a shortcut: a missing, unreadable or foreign
cache file means every file is hashed, as before.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from .errors import InputError
from .text import Document, content_hash, read_document

CACHE_NAME = "acta-file-hashes.json"
RACY_NS = 2_000_000_000  # a file modified this close to its hashing is hashed again
_FORMAT = "acta-file-hashes/1"


class FileHashes:
    """path -> (size, inode, mtime_ns, ctime_ns, hashed_at_ns, sha256, warnings) of the files hashed."""

    def __init__(self, cache: Path | None) -> None:
        self.cache = cache
        self._entries: dict[str, list] = {}
        self._changed = False
        if cache is not None:
            try:
                data = json.loads(cache.read_text(encoding="utf-8"))
                if data.get("format") == _FORMAT and isinstance(data.get("files"), dict):
                    self._entries = data["files"]
            except (OSError, ValueError, AttributeError):
                pass  # no cache yet, or not one of ours: every file is hashed

    def content_hash(self, path: Path) -> tuple[str, list[str]]:
        """text.content_hash(path), from the cache when the file's size and time say it is unchanged."""
        key = os.path.abspath(path)
        st = _stat(path)
        entry = self._entries.get(key)
        if entry and entry[:4] == _identity(st) and max(st.st_mtime_ns, st.st_ctime_ns) < entry[4] - RACY_NS:
            return entry[5], list(entry[6])
        hashed_at = time.time_ns()  # before reading: a write after this moment changes the file's time
        sha256, warnings = content_hash(path)
        self._record(key, st, hashed_at, sha256, warnings)
        return sha256, warnings

    def read_document(self, path: Path) -> Document:
        """text.read_document(path), remembering its hash (a first build reads every file whole anyway)."""
        st, hashed_at = _stat(path), time.time_ns()  # both before the read, as in content_hash
        doc = read_document(path)
        self._record(os.path.abspath(path), st, hashed_at, doc.sha256, doc.warnings)
        return doc

    def _record(self, key: str, st: os.stat_result, hashed_at: int, sha256: str, warnings: list[str]) -> None:
        self._entries[key] = [*_identity(st), hashed_at, sha256, list(warnings)]
        self._changed = True

    def save(self) -> None:
        """Writes the cache atomically (a temporary file renamed over it); a cache that cannot be written is
        not an error, only a slower next build."""
        if self.cache is None or not self._changed or not self.cache.parent.is_dir():
            return
        tmp = self.cache.with_name(f".{self.cache.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps({"format": _FORMAT, "files": self._entries}, separators=(",", ":")),
                           encoding="utf-8")
            os.replace(tmp, self.cache)
        except OSError:
            tmp.unlink(missing_ok=True)
        self._changed = False


def _stat(path: Path) -> os.stat_result:
    try:
        return os.stat(path)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _identity(st: os.stat_result) -> list[int]:
    return [st.st_size, st.st_ino, st.st_mtime_ns, st.st_ctime_ns]
