"""Exports: the facts as Turtle, everything as TriG / N-Quads / JSON-LD, networks for Gephi.

Turtle is sorted and prefixed the same way every time, so two builds of the
same documents give byte-identical files.  Files are written atomically.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph as ox

from .errors import ExportError
from .namespaces import EVIDENCE, GRAPH, ONTOLOGY_GRAPH, PREFIXES
from .store import Store

FORMATS = ("turtle", "trig", "nquads", "jsonld", "graphml", "gexf")
_BOOKKEEPING_PREFIX = GRAPH + "_"


def is_facts_graph(name: str) -> bool:
    return (name.startswith(GRAPH) and not name.endswith("/evidence") and name != ONTOLOGY_GRAPH
            and not name.startswith(_BOOKKEEPING_PREFIX))


def facts_triples(store: Store) -> list[ox.Triple]:
    """The union of every document's facts graph, without evidence, ontology or bookkeeping."""
    seen: set[ox.Triple] = set()
    for graph in store.graphs():
        if is_facts_graph(graph):
            for q in store.quads(graph):
                seen.add(ox.Triple(q.subject, q.predicate, q.object))
    return sorted(seen, key=str)


def all_quads(store: Store) -> list[ox.Quad]:
    return sorted(store.quads(), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def serialize(store: Store, fmt: str) -> bytes:
    prefixes = {k: v for k, v in PREFIXES.items() if k != "sh"}
    prefixes["ev"] = EVIDENCE
    if fmt == "turtle":
        return ox.serialize(facts_triples(store), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    if fmt == "trig":
        return ox.serialize(all_quads(store), format=ox.RdfFormat.TRIG, prefixes=prefixes)
    if fmt == "nquads":
        return ox.serialize(all_quads(store), format=ox.RdfFormat.N_QUADS)
    if fmt == "jsonld":
        return ox.serialize(all_quads(store), format=ox.RdfFormat.JSON_LD)
    raise ExportError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Temp file in the same folder, then rename: a reader never sees half a file."""
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path} is a folder: give a file name")
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
