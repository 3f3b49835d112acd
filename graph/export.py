"""Exports: the facts as Turtle, everything as TriG / N-Quads / JSON-LD, networks for Gephi.

Turtle is sorted and prefixed the same way every time, so two builds of the
same documents give byte-identical files.  Files are written atomically.  The
datasets are written graph by graph as they are read, each graph sorted: at
10,000 documents N-Quads held the whole store sorted in memory (7.0 GB, 90 s).
"""

from __future__ import annotations

import heapq
import io
import itertools
import os
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from .errors import ExportError
from .namespaces import EVIDENCE, GRAPH, ONTOLOGY_GRAPH, PREFIXES
from .store import Store

FORMATS = ("turtle", "trig", "nquads", "jsonld", "graphml", "gexf")
_BOOKKEEPING_PREFIX = GRAPH + "_"


def is_facts_graph(name: str) -> bool:
    return (name.startswith(GRAPH) and not name.endswith("/evidence") and name != ONTOLOGY_GRAPH
            and not name.startswith(_BOOKKEEPING_PREFIX))


RUN_LINES = 250_000  # N-Triples lines sorted in memory at a time (about 100 MB)


def facts_triples(store: Store) -> Iterator[ox.Triple]:
    """The union of every document's facts graph, without evidence, ontology or bookkeeping, each triple once,
    in the order of their N-Triples text.  Sorted in runs of RUN_LINES distinct lines, each run written to a file
    in the temporary folder (TMPDIR), and the runs merged as they are read: one sort in memory took 405 MB at
    10,000 documents, 2.2 GB at 100,000."""
    graphs = [g for g in store.graphs() if is_facts_graph(g)]
    with tempfile.TemporaryDirectory(prefix="acta-turtle-") as folder:
        runs: list[Path] = []
        lines: set[str] = set()
        for _graph, quads in store.quads_by_graph(graphs):
            lines.update(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
            if len(lines) >= RUN_LINES:
                runs.append(_write_run(Path(folder) / f"{len(runs)}.nt", lines))
                lines = set()
        with ExitStack() as files:
            if not runs:
                merged: Iterator[str] = iter(sorted(lines))
            else:
                if lines:
                    runs.append(_write_run(Path(folder) / f"{len(runs)}.nt", lines))
                opened = [files.enter_context(path.open(encoding="utf-8", newline="\n")) for path in runs]
                merged = (line for line, _ in itertools.groupby(heapq.merge(*opened)))  # each line once
            yield from ox.parse(io.BufferedReader(_LineReader(merged)), format=ox.RdfFormat.N_TRIPLES)


def _write_run(path: Path, lines: set[str]) -> Path:
    try:
        with path.open("w", encoding="utf-8", newline="\n") as f:
            f.writelines(sorted(lines))
    except OSError as e:
        raise ExportError(f"cannot sort the facts in the temporary folder {path.parent.parent}: "
                          f"{e.strerror or e} (set TMPDIR to a folder with room)") from e
    return path


class _LineReader(io.RawIOBase):
    """Lines of text as a binary stream, for a parser that reads a file."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines, self._rest = lines, b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunks, size = [self._rest], len(self._rest)
        while size < len(buffer) and (line := next(self._lines, None)) is not None:
            chunks.append(line.encode("utf-8"))
            size += len(chunks[-1])
        data = b"".join(chunks)
        n = min(len(buffer), len(data))
        buffer[:n] = data[:n]
        self._rest = data[n:]
        return n


def all_quads(store: Store) -> Iterator[ox.Quad]:
    """Every quad of the named graphs: graph by graph in the order of their names, each graph sorted."""
    for _graph, quads in store.quads_by_graph(sorted(store.graphs(), key=lambda g: str(ox.NamedNode(g)))):
        yield from sorted(quads, key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))


def serialize(store: Store, fmt: str) -> bytes:
    buffer = io.BytesIO()
    write(store, fmt, buffer)
    return buffer.getvalue()


def write(store: Store, fmt: str, out: BinaryIO) -> None:
    """Writes the export to a binary stream as it is serialized."""
    prefixes = {k: v for k, v in PREFIXES.items() if k != "sh"}
    prefixes["ev"] = EVIDENCE
    if fmt == "turtle":
        ox.serialize(facts_triples(store), output=out, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    elif fmt == "trig":
        ox.serialize(all_quads(store), output=out, format=ox.RdfFormat.TRIG, prefixes=prefixes)
    elif fmt == "nquads":
        ox.serialize(all_quads(store), output=out, format=ox.RdfFormat.N_QUADS)
    elif fmt == "jsonld":
        ox.serialize(all_quads(store), output=out, format=ox.RdfFormat.JSON_LD)
    else:
        raise ExportError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Temp file in the same folder, then rename: a reader never sees half a file."""
    with atomic_output(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


@contextmanager
def atomic_output(path: str | Path) -> Iterator[BinaryIO]:
    """A binary file to write, renamed onto ``path`` when the block ends well, readable as any new file is (the
    umask's mode, not mkstemp's 0600); removed if it fails.  A folder that cannot be made or written to, or a full
    disk, is an ExportError that names the file."""
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path} is a folder: give a file name")
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent))
        with os.fdopen(fd, "wb") as handle:
            yield handle
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as e:
        raise ExportError(f"cannot write {path}: {e.strerror or e}") from e
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
