"""The embedded back end: an Oxigraph (RocksDB) store in a folder, with acta's locks.

Concurrency of the on-disk store: RocksDB lets one process open it read-write (a second one gets
"IO error: While lock file: LOCK: Resource temporarily unavailable"), and pyoxigraph documents
``Store.read_only`` beside a live writer as undefined behaviour (tried: it mostly works, but each
open replays the writer's whole log, seconds per query).  So writers hold ``acta-write.lock``
exclusively for their whole life, and ``acta-read.lock`` exclusively too, which readers hold
shared: a second writer, or a reader during a build, gets StoreLockedError at once; a writer waits
READER_WAIT seconds for readers to finish.  Locks are flock()s, so they die with their process.
Atomicity: each batch of sources is one ``Store.update`` (DROP GRAPH ...; DELETE ...; INSERT DATA),
which Oxigraph runs as one RocksDB transaction; a SIGKILL mid-way leaves the previous state.
"""

from __future__ import annotations

import errno
import fcntl
import itertools
import json
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph import namespaces as ns
from graph.compaction import compaction_in_idle_time
from graph.errors import MalformedQueryError, QueryError, StoreError, StoreLockedError, StoreMissingError
from graph.store import (
    HASHES_QUERY,
    RESERVED_GRAPHS,
    SLUG,
    SOURCES_GRAPH,
    Bindings,
    GraphTriples,
    QueryResult,
    SourceInfo,
    Store,
    _original_error,
    as_ntriples,
    as_triples,
    bind_query,
    bookkeeping,
    in_default_graph,
    materialize,
    one_line,
    rdf_format,
    set_graph_update,
    triple_count,
)

MARKER = "acta-store.json"
WRITE_LOCK = "acta-write.lock"
READ_LOCK = "acta-read.lock"
READER_WAIT = 3.0  # seconds a writer waits for readers to close before giving up
BULK_MARKER = "acta-bulk-load.incomplete"  # present while a first build bulk-loads an empty store
BULK_BYTES = 8_000_000  # N-Quads per bulk_load call (~60k triples, each twice): bigger calls buffer more
BULK_THREADS = 2  # bulk_load calls at once (each sorts and writes its own files; RocksDB ingests them in turn)
FLUSH_TRIPLES = 50_000  # an embedded writer flushes RocksDB's memtables this often: peak memory of a 1k-document
# build 762 MB -> 174 MB, and the build got faster too (24.6 s -> 17.9 s of writing)


def flock(path: Path, mode: int, wait: float = 0.0) -> int | None:
    """Takes an flock on ``path``; None if it is held elsewhere after ``wait`` seconds."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except PermissionError:  # someone else's store: a read-only descriptor can still be locked
        fd = os.open(path, os.O_RDONLY)
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return fd
        except OSError as e:
            if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN) or time.monotonic() >= deadline:
                os.close(fd)
                if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                    return None
                raise
            time.sleep(0.05)


class EmbeddedStore(Store):
    """Oxigraph (RocksDB) in a folder; see the module docstring for the locking protocol."""

    def __init__(self, path: Path, write: bool, union_default_graph: bool = True) -> None:
        self.location, self.writable, self.union = str(path), write, union_default_graph
        self._locks: list[int] = []
        self._unflushed = 0
        try:
            self._store: ox.Store | None = self._open(path)
            self._recover_bulk_load(path)
            self._check_merged()
        except BaseException:
            self._release()
            raise

    def _open(self, path: Path) -> ox.Store:
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is a file, not a store folder: choose another --store path")
        is_acta = (path / MARKER).is_file()
        if not self.writable:
            if not is_acta:
                raise StoreMissingError(f"no store at {path}: run `acta build` first")
            try:
                fd = flock(path / READ_LOCK, fcntl.LOCK_SH)
            except OSError:  # no lock file in a folder we may not write: nobody can be writing it
                fd = -1
            if fd is None:
                raise StoreLockedError(
                    f"store {path} is busy: an acta build is writing to it; try again when it finishes"
                )
            self._locks.append(fd)
            return self._oxigraph(ox.Store.read_only, path)
        if path.is_dir() and any(path.iterdir()) and not (is_acta or (path / "CURRENT").is_file()):
            raise StoreError(f"{path} is a folder that is not an acta store: choose another --store path")
        path.mkdir(parents=True, exist_ok=True)
        fd = flock(path / WRITE_LOCK, fcntl.LOCK_EX)
        if fd is None:
            raise StoreLockedError(
                f"store {path} is busy: another acta build is writing to it; try again when it finishes"
            )
        self._locks.append(fd)
        fd = flock(path / READ_LOCK, fcntl.LOCK_EX, wait=READER_WAIT)
        if fd is None:
            raise StoreLockedError(f"store {path} is open for reading in another process; try again later")
        self._locks.append(fd)
        store = self._oxigraph(ox.Store, path)
        if not is_acta:
            (path / MARKER).write_text(json.dumps({"format": "acta-store", "version": 1}) + "\n")
        return store

    @staticmethod
    def _oxigraph(opener: Any, path: Path) -> ox.Store:
        try:
            return opener(str(path))
        except OSError as e:
            if "lock" in str(e).lower():
                message = f"store {path} is in use by another program (an Oxigraph server?)"
                raise StoreLockedError(message) from None
            raise StoreError(f"cannot open store {path}: {one_line(e)}") from e

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # nothing to report to at interpreter shutdown
            pass

    def _release(self) -> None:
        for fd in self._locks:
            if fd >= 0:
                os.close(fd)  # closing the descriptor releases its flock
        self._locks = []

    @property
    def oxigraph(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"store {self.location} is closed")
        return self._store

    def close(self) -> None:
        store, self._store = self._store, None
        try:
            if store is not None and self.writable:
                store.flush()  # else the next open replays the whole write-ahead log (seconds)
        finally:
            del store  # pyoxigraph has no close(): dropping the last reference closes RocksDB
            self._release()

    def _select(self, sparql: str) -> QueryResult:
        try:
            return materialize(self.oxigraph.query(sparql))
        except OSError as e:
            raise StoreError(f"cannot read store {self.location}: {one_line(e)}") from e

    def _update(self, sparql: str) -> None:
        try:
            self.oxigraph.update(sparql)
        except OSError as e:
            raise StoreError(f"cannot write store {self.location}: {one_line(e)}") from e

    def query(self, sparql: str, bindings: Bindings | None = None, *, union: bool = False) -> QueryResult:
        text = bind_query(sparql, bindings)
        try:
            union = union or (self.union and not self.merged)
            return materialize(self.oxigraph.query(text, use_default_graph_as_union=union))
        except SyntaxError as e:
            message = one_line(_original_error(sparql, text, e))
            raise MalformedQueryError(f"malformed SPARQL query: {message}") from None
        except OSError as e:
            raise StoreError(f"cannot read store {self.location}: {one_line(e)}") from e
        except (RuntimeError, ValueError) as e:
            raise QueryError(f"query failed: {one_line(e)}") from e

    def _recover_bulk_load(self, path: Path) -> None:
        """A first build that died while bulk-loading left the marker: the store held nothing before it."""
        if not (path / BULK_MARKER).exists():
            return
        if not self.writable:
            raise StoreError(f"store {path} is incomplete: the first build into it was interrupted; "
                             "run `acta build` again")
        self.oxigraph.clear()
        self.oxigraph.flush()
        (path / BULK_MARKER).unlink()

    def replace_sources(self, items: Iterable[tuple[SourceInfo, GraphTriples]]) -> None:
        """Into a store that holds no documents yet (a first build), the sources are bulk-loaded: Oxigraph's
        bulk loader skips transactions and writes about three times as fast (1k synthetic documents: 5 s
        against 16-20 s).  Not atomic, so a marker file stands for the whole load: if the process dies, the next
        writer empties the store again and readers are told it is incomplete."""
        self._check_writable()
        ontology = ox.NamedNode(ns.ONTOLOGY_GRAPH)
        # (the graph names, not an ASK over GRAPH ?g with a FILTER: Oxigraph scans every quad for that, 1 s at 10k)
        if not self.merged or any(g != ontology for g in self.oxigraph.named_graphs()):
            super().replace_sources(items)
            return
        rest = self._bulk_load(iter(items))
        if rest is not None:
            super().replace_sources(rest)

    def _bulk_load(self, items: Iterator[tuple[SourceInfo, GraphTriples]]
                   ) -> Iterator[tuple[SourceInfo, GraphTriples]] | None:
        """Bulk-loads sources until one comes twice; returns what is left for the transactional path."""
        marker = Path(self.location) / BULK_MARKER
        marker.write_text("acta build: bulk load of a first build in progress\n")
        pending: list[bytes] = []  # N-Quads: a triple's N-Triples line is an N-Quads line in the default graph
        size = 0
        seen: set[str] = set()
        rest = None

        def in_graph(ntriples: bytes, graph: str) -> bytes:
            if ntriples.count(b" .\n") != ntriples.count(b"\n"):  # not one triple per line: the slow way
                ntriples = as_ntriples(as_triples(ntriples))
            return ntriples.replace(b" .\n", f" {ox.NamedNode(graph)} .\n".encode())

        # Oxigraph loads in Rust without the GIL: BULK_THREADS threads load chunks while this one reads (or
        # extracts) the next; no more chunks than threads are in flight, so memory stays at a few chunks.
        loader = ThreadPoolExecutor(max_workers=BULK_THREADS, thread_name_prefix="acta-bulk-load")
        loading: deque[Future] = deque()

        def load(chunk: list[bytes]) -> None:
            if len(loading) >= BULK_THREADS:
                loading.popleft().result()  # raises what the load raised
            # lenient: the lines come from pyoxigraph's own serializer, valid already (skipping the IRI checks: -5% CPU)
            loading.append(loader.submit(self.oxigraph.bulk_load, b"".join(chunk), format=ox.RdfFormat.N_QUADS,
                                         lenient=True))

        try:
            with compaction_in_idle_time():  # see graph/compaction.py
                for info, graphs in items:
                    if info.slug in seen:  # the later version replaces the earlier: that needs a transaction
                        rest = itertools.chain([(info, graphs)], items)
                        break
                    seen.add(info.slug)
                    for g, triples in graphs.items():
                        if g in RESERVED_GRAPHS:
                            raise StoreError(f"source {info.slug!r} may not write the reserved graph {g}")
                        ntriples = as_ntriples(triples)
                        pending.append(in_graph(ntriples, g))
                        size += len(ntriples)
                        if in_default_graph(g):
                            pending.append(ntriples)
                            size += len(ntriples)
                    pending.append(in_graph(as_ntriples(bookkeeping(info, graphs)), SOURCES_GRAPH))
                    if size >= BULK_BYTES:
                        load(pending)
                        pending, size = [], 0
                if pending:
                    load(pending)
                while loading:
                    loading.popleft().result()
                self.oxigraph.flush()
        except OSError as e:
            raise StoreError(f"cannot write store {self.location}: {one_line(e)}") from e
        finally:
            loader.shutdown(wait=True)  # never leave a load running behind an error
        marker.unlink()
        return rest

    def _write_batch(self, batch: list[tuple[SourceInfo, GraphTriples]], owners: dict[str, str]) -> None:
        """Sources new to the store (nothing to drop) go in as quads, in one transaction like the UPDATE's:
        their graphs, their bookkeeping and the merged default graph's copy.  A third faster than the
        same INSERT DATA plus merge as SPARQL (measured: 16 s against 23-27 s for 590k triples)."""
        slugs = " ".join(str(ox.Literal(info.slug)) for info, _ in batch)
        known = self._select(f"ASK {{ VALUES ?slug {{ {slugs} }} GRAPH <{SOURCES_GRAPH}> {{ ?src {SLUG} ?slug }} }}")
        self._unflushed += sum(triple_count(triples) for _, graphs in batch for triples in graphs.values())
        if self._unflushed >= FLUSH_TRIPLES:
            self._unflushed = 0
            self.oxigraph.flush()  # before this batch: the memtables would otherwise grow to ~64 MB each
        if owners or known.boolean or not self.merged or any(
                self.oxigraph.contains_named_graph(ox.NamedNode(g)) for _, graphs in batch for g in graphs):
            super()._write_batch(batch, owners)
            return
        quads: list[ox.Quad] = []
        default = ox.DefaultGraph()
        sources = ox.NamedNode(SOURCES_GRAPH)
        for info, graphs in batch:
            for g, triples in graphs.items():
                if g in RESERVED_GRAPHS:
                    raise StoreError(f"source {info.slug!r} may not write the reserved graph {g}")
                name = ox.NamedNode(g)
                triples = as_triples(triples)
                quads += [ox.Quad(t.subject, t.predicate, t.object, name) for t in triples]
                if in_default_graph(g):
                    quads += [ox.Quad(t.subject, t.predicate, t.object, default) for t in triples]
            quads += [ox.Quad(t.subject, t.predicate, t.object, sources) for t in bookkeeping(info, graphs)]
        try:
            self.oxigraph.extend(quads)
        except OSError as e:
            raise StoreError(f"cannot write store {self.location}: {one_line(e)}") from e

    def set_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        self._check_writable()
        self._update(set_graph_update(graph_iri, triples))

    def hashes(self, extractor: str | None = None) -> dict[str, str]:
        """As Store.hashes, serialized by Oxigraph as TSV and split here: no Python object per term (100k
        documents: 3.9 s -> 0.3 s, twice per incremental build).  Slugs are [a-z0-9-], hashes and fingerprints
        hex: no escapes (an unbound fingerprint is an empty field)."""
        answer = self.oxigraph.query(HASHES_QUERY)
        lines = answer.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8").splitlines()[1:]
        rows = (line.split("\t") for line in lines if line)
        return {slug.strip('"'): sha.strip('"') if extractor is None or ext.strip('"') == extractor else ""
                for slug, sha, ext in rows}

    def optimize(self) -> None:
        """RocksDB compaction: the memtables flushed during a big build leave many small files, and until
        they are merged every query reads them all (measured: queries 1.5-3x slower on a 1k-document store;
        compacting it took 1.3 s)."""
        self._check_writable()
        try:
            self.oxigraph.optimize()
        except OSError as e:
            raise StoreError(f"cannot write store {self.location}: {one_line(e)}") from e

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """The quads of the named graphs (the merged default graph is derived from them), or of one."""
        if graph:
            return iter(self.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        quads = self.oxigraph.quads_for_pattern(None, None, None, None)
        return (q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.oxigraph.named_graphs() if isinstance(g, ox.NamedNode))

    def count(self) -> int:
        """Quads in the named graphs."""
        default = self._select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
        return len(self.oxigraph) - (int(default[0]["n"].value) if default else 0)

    def export(self, format: str = "nquads", graph: str | None = None) -> bytes:
        fmt = rdf_format(format)
        if graph is None:
            return super().export(format, graph)
        prefixes = ns.PREFIXES if fmt.name in ("Turtle", "TriG") else None
        from_graph = ox.NamedNode(graph) if graph else None
        return self.oxigraph.dump(format=fmt, from_graph=from_graph, prefixes=prefixes)


