"""The graph store: one interface, two back ends (Oxigraph on disk, or a remote SPARQL endpoint).

Every source document owns a few named graphs (facts, evidence); rebuilding it replaces exactly
those graphs, together with its row in the bookkeeping graph ``SOURCES_GRAPH``, in one transaction.
Nothing outside this module (and ``endpoint.py``) knows which back end is in use.

The default graph is the RDF merge of the named graphs (all but the bookkeeping graph), kept up
to date in the same transactions: a triple that several documents state is there once, and leaves
it when the last document stating it does.  Queries run on it, with no union flags.  (Oxigraph's
own ``use_default_graph_as_union`` / ``union-default-graph`` is not an RDF merge: a triple in k
graphs matches k times, so results repeat and a query joining a few shared labels multiplies
its work by k per join: minutes instead of milliseconds on 70 UN resolutions; oxigraph issue
#1919.)  A store written before this has no merged default graph (no ``STORE_FORMAT`` flag in its
default graph): readers fall back to the union flags, and the first writer builds the merge.

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
import re
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph import namespaces as ns
from graph.errors import (
    MalformedQueryError,
    QueryError,
    StoreError,
    StoreLockedError,
    StoreMissingError,
    UpdateRefusedError,
)

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
# graph name -> its triples, as a list, or as N-Triples bytes the way pyoxigraph writes them (one triple per
# line, each line ending in " .\n"), which a first build bulk-loads without making a Python object per triple
GraphTriples = dict[str, list[ox.Triple] | bytes]

SOURCES_GRAPH = ns.GRAPH + "_sources"  # bookkeeping; "_" keeps it apart from graph/<slug>
SLUG = ox.NamedNode(ns.ONTOLOGY + "slug")
SHA256 = ox.NamedNode(ns.ONTOLOGY + "sha256")
FILE_NAME = ox.NamedNode(ns.ONTOLOGY + "fileName")
NAMED_GRAPH = ox.NamedNode(ns.ONTOLOGY + "namedGraph")
RESERVED_GRAPHS = frozenset({SOURCES_GRAPH, ns.ONTOLOGY_GRAPH})
STORE_FORMAT = ox.NamedNode(ns.ONTOLOGY + "storeFormat")  # <SOURCES_GRAPH> acta:storeFormat 2, in the default graph
FORMAT_FLAG = f"<{SOURCES_GRAPH}> {STORE_FORMAT} 2"
IS_MERGED = f"ASK {{ {FORMAT_FLAG} }}"
MERGE_ALL = (f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{SOURCES_GRAPH}>) }} ;\n"
             f"INSERT DATA {{ {FORMAT_FLAG} }}")

MARKER = "acta-store.json"
WRITE_LOCK = "acta-write.lock"
READ_LOCK = "acta-read.lock"
READER_WAIT = 3.0  # seconds a writer waits for readers to close before giving up
BATCH_TRIPLES = 10_000  # triples per transaction in replace_sources: bigger ones got slower
BATCH_SOURCES = 100
BULK_MARKER = "acta-bulk-load.incomplete"  # present while a first build bulk-loads an empty store
BULK_BYTES = 8_000_000  # N-Quads per bulk_load call (~60k triples, each twice): bigger calls buffer more
FLUSH_TRIPLES = 50_000  # an embedded writer flushes RocksDB's memtables this often: peak memory of a 1k-document
# build 762 MB -> 174 MB, and the build got faster too (24.6 s -> 17.9 s of writing)

_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
_QUERY_WORDS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_PROLOGUE = re.compile(
    r"""(?:\s+|\#[^\n]*|PREFIX\s*[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>|VERSION\s*(?:"[^"]*"|'[^']*'))*""",
    re.I,
)
_LONG_STRINGS = r'"""(?:[^"\\]|\\.|"(?!""))*"""' + "|" + r"'''(?:[^'\\]|\\.|'(?!''))*'''"
_SHORT_STRINGS = r'"(?:[^"\\\n]|\\.)*"' + "|" + r"'(?:[^'\\\n]|\\.)*'"
_TOKEN = re.compile(  # just enough of SPARQL's lexer to find braces that are not in strings or IRIs
    rf"(?P<comment>#[^\n]*)|(?P<string>{_LONG_STRINGS}|{_SHORT_STRINGS})|(?P<iri><[^<>\"{{}}|^`\\\s]*>)"
    r"|(?P<open>\{)|(?P<close>\})|(?P<lp>\()|(?P<rp>\))|(?P<word>[A-Za-z_]\w*)|(?P<other>.)",
    re.S,
)


@dataclass(frozen=True)
class SourceInfo:
    iri: str  # source document IRI (namespaces.SOURCE + slug)
    slug: str
    sha256: str  # content hash of the document text
    file_name: str


@dataclass
class QueryResult:
    """A materialised query answer; ``kind`` is "select", "ask" or "construct"."""

    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, Term]] = field(default_factory=list)  # unbound variables are absent
    boolean: bool | None = None  # ASK
    triples: list[ox.Triple] | None = None  # CONSTRUCT / DESCRIBE

    @property
    def kind(self) -> str:
        if self.boolean is not None:
            return "ask"
        return "construct" if self.triples is not None else "select"

    def __len__(self) -> int:
        return len(self.triples) if self.triples is not None else len(self.rows)

    def to_json(self) -> dict[str, Any]:
        """W3C SPARQL 1.1 Query Results JSON; CONSTRUCT triples come as ?subject ?predicate ?object rows."""
        if self.boolean is not None:
            return {"head": {}, "boolean": self.boolean}
        if self.triples is not None:
            names = ["subject", "predicate", "object"]
            rows = [dict(zip(names, (t.subject, t.predicate, t.object), strict=True)) for t in self.triples]
        else:
            names, rows = self.variables, self.rows
        bindings = [{k: term_to_json(v) for k, v in row.items()} for row in rows]
        return {"head": {"vars": list(names)}, "results": {"bindings": bindings}}

    def serialize(self, format: str = "turtle", prefixes: dict[str, str] | None = None) -> bytes:
        """CONSTRUCT/DESCRIBE triples as Turtle (or any triple syntax pyoxigraph writes)."""
        if self.triples is None:
            raise QueryError("only CONSTRUCT and DESCRIBE results are RDF graphs")
        fmt = rdf_format(format)
        return ox.serialize(self.triples, format=fmt, prefixes=prefixes if fmt.name == "Turtle" else None)


def term_to_json(term: Term) -> dict[str, Any]:
    """One RDF term in SPARQL Results JSON form."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    parts = {"subject": term.subject, "predicate": term.predicate, "object": term.object}
    return {"type": "triple", "value": {k: term_to_json(v) for k, v in parts.items()}}


def rdf_format(name: str) -> ox.RdfFormat:
    """An RdfFormat from a short name ("turtle", "nt", "nquads", "trig", ...) or a media type."""
    fmt = ox.RdfFormat.from_media_type(name) if "/" in name else None
    aliases = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "nquads": "nq", "n-quads": "nq"}
    fmt = fmt or ox.RdfFormat.from_extension(aliases.get(name.lower(), name.lower()))
    if fmt is None:
        raise StoreError(f"unknown RDF format {name!r}: use turtle, ntriples, nquads or trig")
    return fmt


def one_line(message: object) -> str:
    return " ".join(str(message).split())


# --- query text --------------------------------------------------------------------------------
def query_form(sparql: str) -> tuple[str, int]:
    """The query keyword (SELECT/ASK/CONSTRUCT/DESCRIBE) and where it ends; refuses any UPDATE."""
    start = _PROLOGUE.match(sparql).end()
    word = re.match(r"[A-Za-z]+", sparql[start:])
    keyword = word.group(0).upper() if word else ""
    if keyword in _UPDATE_WORDS:
        raise UpdateRefusedError(f"SPARQL UPDATE ({keyword}) is refused: queries may only read the graph")
    return keyword, start + len(keyword)


def values_clause(bindings: dict[str, Term]) -> str:
    """A VALUES block from RDF terms, each serialized (and so escaped) by pyoxigraph."""
    names, cells = [], []
    for name, term in bindings.items():
        var = name.lstrip("?$")
        if not re.fullmatch(r"\w+", var):
            raise QueryError(f"not a SPARQL variable name: {name!r}")
        if not isinstance(term, ox.NamedNode | ox.Literal):
            raise QueryError(f"?{var} can only be bound to an IRI or a literal, not {type(term).__name__}")
        names.append(f"?{var}")
        cells.append(str(term))
    return f"VALUES ({' '.join(names)}) {{ ({' '.join(cells)}) }}"


def bind_query(sparql: str, bindings: dict[str, Term] | None) -> str:
    """The query with a VALUES block for ``bindings`` at the start of its outermost WHERE group.

    Bound there, a parameter is visible to FILTERs, OPTIONALs and aggregates of the whole query
    (unlike a trailing VALUES, which joins after grouping).  Nothing is inserted as raw text.
    """
    form, pos = query_form(sparql)
    if not bindings:
        return sparql
    values = values_clause(bindings)
    groups: list[tuple[int, int]] = []
    depth = parens = 0
    start = -1
    first_word = ""
    for tok in _TOKEN.finditer(sparql, pos):
        kind = tok.lastgroup
        if kind == "word" and not first_word and not groups and start < 0:
            first_word = tok.group().upper()
        elif kind == "open":
            if depth == 0 and parens == 0:
                start = tok.start()
            depth += 1
        elif kind == "close":
            depth -= 1
            if depth == 0 and start >= 0:
                groups.append((start, tok.start()))
                start = -1
        elif kind in ("lp", "rp") and depth == 0:
            parens += 1 if kind == "lp" else -1
    short_construct = form == "CONSTRUCT" and first_word in ("WHERE", "FROM")
    index = 1 if form == "CONSTRUCT" and not short_construct else 0
    if len(groups) <= index:  # e.g. DESCRIBE <iri>: a trailing VALUES is all there is
        return f"{sparql}\n{values}"
    opening, closing = groups[index]
    body = sparql[opening + 1 : closing]
    if short_construct:  # the pattern doubles as the template, which may not hold VALUES
        return f"{sparql[:pos]} {{{body}}} {sparql[pos:opening]}{{ {values} {body}}}{sparql[closing + 1:]}"
    if re.match(r"\s*SELECT\b", body, re.I):  # a lone sub-SELECT may not share its group
        body = f" {values} {{{body}}} "
    else:
        body = f" {values} {body}"
    return f"{sparql[:opening + 1]}{body}{sparql[closing:]}"


def _original_error(sparql: str, sent: str, error: SyntaxError) -> SyntaxError:
    """The parser's complaint about the text the user wrote, so that line:column point into it."""
    if sent != sparql:
        try:
            ox.Store().query(sparql)  # parses first; an empty in-memory store makes running it moot
        except SyntaxError as original:
            return original
    return error


def materialize(answer: Any) -> QueryResult:
    """A QueryResult from pyoxigraph's QuerySolutions / QueryBoolean / QueryTriples."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = [v.value for v in answer.variables]
        rows = [{n: t for n, t in zip(names, sol, strict=True) if t is not None} for sol in answer]
        return QueryResult(variables=names, rows=rows)
    return QueryResult(triples=list(answer))


# --- writing -----------------------------------------------------------------------------------
def as_triples(triples: list[ox.Triple] | bytes) -> list[ox.Triple]:
    if isinstance(triples, bytes):
        return [q.triple for q in ox.parse(triples, format=ox.RdfFormat.N_TRIPLES)]
    return triples


def triple_count(triples: list[ox.Triple] | bytes) -> int:
    return triples.count(b"\n") if isinstance(triples, bytes) else len(triples)


def as_ntriples(triples: Iterable[ox.Triple] | bytes) -> bytes:
    """N-Triples bytes, one triple per line ending in " .\n" (pyoxigraph's own serializer, or given so)."""
    if isinstance(triples, bytes):
        return triples
    return ox.serialize([t.triple if isinstance(t, ox.Quad) else t for t in triples], format=ox.RdfFormat.N_TRIPLES)


def serialize_triples(triples: Iterable[ox.Triple | ox.Quad] | bytes) -> str:
    """N-Triples text (valid inside INSERT DATA), serialized in Rust, not term by term in Python."""
    if isinstance(triples, bytes):
        return triples.decode()
    items = [t.triple if isinstance(t, ox.Quad) else t for t in triples]
    return ox.serialize(items, format=ox.RdfFormat.N_TRIPLES).decode()


def bookkeeping(info: SourceInfo, graphs: Iterable[str]) -> list[ox.Triple]:
    src = ox.NamedNode(info.iri)
    rows = [
        ox.Triple(src, SLUG, ox.Literal(info.slug)),
        ox.Triple(src, SHA256, ox.Literal(info.sha256)),
        ox.Triple(src, FILE_NAME, ox.Literal(info.file_name)),
    ]
    return rows + [ox.Triple(src, NAMED_GRAPH, ox.NamedNode(g)) for g in sorted(graphs)]


def unmerge(graphs: Iterable[str]) -> str:
    """UPDATE that takes the triples of ``graphs`` (about to be dropped) out of the merged default graph,
    unless another named graph (not the bookkeeping one) states them too."""
    iris = [str(ox.NamedNode(g)) for g in sorted(set(graphs))]
    elsewhere = f"FILTER (?h NOT IN (<{SOURCES_GRAPH}>, {', '.join(iris)}))"
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {' '.join(iris)} }} GRAPH ?g {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} {elsewhere} }} }}")


def merge(graphs: Iterable[str]) -> str:
    """UPDATE that adds the triples of ``graphs`` to the merged default graph."""
    names = " ".join(str(ox.NamedNode(g)) for g in sorted(set(graphs)))
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {names} }} GRAPH ?g {{ ?s ?p ?o }} }}"


def set_graph_update(graph_iri: str, triples: Iterable[ox.Triple]) -> str:
    """One UPDATE that replaces one graph, and its share of the merged default graph."""
    g = ox.NamedNode(graph_iri)
    ops = [unmerge([graph_iri])] if graph_iri != SOURCES_GRAPH else []
    ops += [f"DROP SILENT GRAPH {g}", f"INSERT DATA {{ GRAPH {g} {{\n{serialize_triples(triples)}}} }}"]
    if graph_iri != SOURCES_GRAPH:
        ops.append(merge([graph_iri]))
    return " ;\n".join(ops)


def replace_update(
    items: list[tuple[SourceInfo, GraphTriples]], owners: dict[str, str], removed: Iterable[str] = ()
) -> str:
    """One SPARQL UPDATE that replaces ``items`` and drops the sources in ``removed``, all or nothing.

    ``owners`` maps every graph already recorded for these slugs (or claimed by them) to its slug.
    """
    slugs = {info.slug for info, _ in items} | set(removed)
    drop = {g for g, slug in owners.items() if slug in slugs}
    inserts = []
    for info, graphs in items:
        for g in graphs:
            if g in RESERVED_GRAPHS:
                raise StoreError(f"source {info.slug!r} may not write the reserved graph {g}")
            if owners.get(g, info.slug) != info.slug:
                raise StoreError(f"graph {g} already belongs to source {owners[g]!r}, not {info.slug!r}")
            drop.add(g)
            if graphs[g]:
                inserts.append(f"GRAPH {ox.NamedNode(g)} {{\n{serialize_triples(graphs[g])}}}")
        inserts.append(f"GRAPH <{SOURCES_GRAPH}> {{\n{serialize_triples(bookkeeping(info, graphs))}}}")
    ops = [unmerge(drop)] if drop else []
    ops += [f"DROP SILENT GRAPH {ox.NamedNode(g)}" for g in sorted(drop)]
    if slugs:
        values = " ".join(str(ox.Literal(s)) for s in sorted(slugs))
        ops.append(
            f"DELETE {{ GRAPH <{SOURCES_GRAPH}> {{ ?src ?p ?o }} }} WHERE {{ VALUES ?slug {{ {values} }} "
            f"GRAPH <{SOURCES_GRAPH}> {{ ?src {SLUG} ?slug ; ?p ?o }} }}"
        )
    if inserts:
        ops.append("INSERT DATA {\n" + "\n".join(inserts) + "\n}")
    written = [g for _, graphs in items for g, triples in graphs.items() if triples]
    if written:
        ops.append(merge(written))
    return " ;\n".join(ops)


def batches(
    items: Iterable[tuple[SourceInfo, GraphTriples]],
) -> Iterator[list[tuple[SourceInfo, GraphTriples]]]:
    """Groups sources into transactions of about BATCH_TRIPLES; a repeated slug starts a new one."""
    batch: list[tuple[SourceInfo, GraphTriples]] = []
    seen: set[str] = set()
    size = 0
    for info, graphs in items:
        if info.slug in seen:
            yield batch
            batch, seen, size = [], set(), 0
        batch.append((info, graphs))
        seen.add(info.slug)
        size += sum(triple_count(t) for t in graphs.values())
        if size >= BATCH_TRIPLES or len(batch) >= BATCH_SOURCES:
            yield batch
            batch, seen, size = [], set(), 0
    if batch:
        yield batch


# --- the interface -----------------------------------------------------------------------------
class Store(ABC):
    """A dataset of named graphs, one group of graphs per source document."""

    writable: bool = False
    location: str = ""
    merged: bool = False  # the default graph is the merge of the named graphs (see the module docstring)

    @abstractmethod
    def _select(self, sparql: str) -> QueryResult:
        """Runs a query that acta wrote itself, against the dataset's real graphs."""

    @abstractmethod
    def _update(self, sparql: str) -> None:
        """Runs one SPARQL UPDATE as one transaction."""

    @abstractmethod
    def query(self, sparql: str, bindings: dict[str, Term] | None = None) -> QueryResult:
        """SELECT/ASK/CONSTRUCT/DESCRIBE; the default graph is the union of all named graphs."""

    @abstractmethod
    def set_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        """Replaces one graph (e.g. the ontology) atomically."""

    @abstractmethod
    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """All quads, or those of one graph."""

    @abstractmethod
    def graphs(self) -> list[str]:
        """Names of the non-empty named graphs."""

    @abstractmethod
    def count(self) -> int:
        """Number of quads."""

    @abstractmethod
    def close(self) -> None:
        """Releases the store (and, on disk, its locks); safe to call twice."""

    def optimize(self) -> None:  # noqa: B027 (a hook: most back ends have nothing to compact)
        """Compacts storage after a large write, where the back end has such a thing."""

    def _check_writable(self) -> None:
        if not self.writable:
            raise StoreError(f"store {self.location} was opened read-only")

    def _check_merged(self) -> None:
        """Reads the format flag; a writer builds the merged default graph of an older store first."""
        self.merged = bool(self._select(IS_MERGED).boolean)
        if self.writable and not self.merged:
            self._update(MERGE_ALL)
            self.merged = True

    def _owners(self, slugs: list[str], graphs: list[str]) -> dict[str, str]:
        """graph -> slug for every graph recorded for ``slugs`` or named in ``graphs``."""
        branches = []
        if slugs:
            branches.append("{ VALUES ?slug { " + " ".join(str(ox.Literal(s)) for s in slugs) + " } }")
        if graphs:
            branches.append("{ VALUES ?g { " + " ".join(str(ox.NamedNode(g)) for g in graphs) + " } }")
        if not branches:
            return {}
        rows = self._select(
            f"SELECT ?g ?slug WHERE {{ {' UNION '.join(branches)} "
            f"GRAPH <{SOURCES_GRAPH}> {{ ?src {SLUG} ?slug ; {NAMED_GRAPH} ?g }} }}"
        ).rows
        return {r["g"].value: r["slug"].value for r in rows}

    def replace_source(self, info: SourceInfo, graphs: GraphTriples) -> None:
        """Replaces every graph of one source and its bookkeeping row in one transaction."""
        self.replace_sources([(info, graphs)])

    def replace_sources(self, items: Iterable[tuple[SourceInfo, GraphTriples]]) -> None:
        """Bulk replace: many sources per transaction; each source is still all-or-nothing."""
        self._check_writable()
        for batch in batches(items):
            owners = self._owners([i.slug for i, _ in batch], [g for _, gs in batch for g in gs])
            self._write_batch(batch, owners)

    def _write_batch(self, batch: list[tuple[SourceInfo, GraphTriples]], owners: dict[str, str]) -> None:
        """One transaction: the UPDATE of replace_update()."""
        self._update(replace_update(batch, owners))

    def remove_source(self, slug: str) -> bool:
        """Drops a source's graphs and bookkeeping; False if the store did not hold it."""
        self._check_writable()
        ask = f"ASK {{ GRAPH <{SOURCES_GRAPH}> {{ ?src {SLUG} {ox.Literal(slug)} }} }}"
        if not self._select(ask).boolean:
            return False
        owners = self._owners([slug], [])
        self._update(replace_update([], owners, removed=[slug]))
        return True

    def hashes(self) -> dict[str, str]:
        """slug -> content hash of every document: what an incremental build compares (a third of sources())."""
        rows = self._select(f"SELECT ?slug ?sha WHERE {{ GRAPH <{SOURCES_GRAPH}> {{ ?src {SLUG} ?slug ; "
                            f"{SHA256} ?sha }} }}").rows
        return {r["slug"].value: r["sha"].value for r in rows}

    def sources(self) -> dict[str, SourceInfo]:
        """slug -> SourceInfo for every document in the store."""
        rows = self._select(
            f"SELECT ?src ?slug ?sha ?file WHERE {{ GRAPH <{SOURCES_GRAPH}> {{ ?src {SLUG} ?slug "
            f"OPTIONAL {{ ?src {SHA256} ?sha }} OPTIONAL {{ ?src {FILE_NAME} ?file }} }} }}"
        ).rows
        out = {}
        for r in rows:
            slug = r["slug"].value
            sha, file = r.get("sha"), r.get("file")
            out[slug] = SourceInfo(r["src"].value, slug, sha.value if sha else "", file.value if file else "")
        return dict(sorted(out.items()))

    def export(self, format: str = "nquads", graph: str | None = None) -> bytes:
        """The dataset (or one graph) as RDF text; triple formats of the whole store get the union."""
        fmt = rdf_format(format)
        quads = self.quads(graph)
        if fmt.supports_datasets:
            return ox.serialize(quads, format=fmt, prefixes=ns.PREFIXES if fmt.name == "TriG" else None)
        triples = list(dict.fromkeys(q.triple for q in quads))
        return ox.serialize(triples, format=fmt, prefixes=ns.PREFIXES if fmt.name == "Turtle" else None)

    def __len__(self) -> int:
        return self.count()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- the embedded back end ---------------------------------------------------------------------
def _lock(path: Path, mode: int, wait: float = 0.0) -> int | None:
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
                fd = _lock(path / READ_LOCK, fcntl.LOCK_SH)
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
        fd = _lock(path / WRITE_LOCK, fcntl.LOCK_EX)
        if fd is None:
            raise StoreLockedError(
                f"store {path} is busy: another acta build is writing to it; try again when it finishes"
            )
        self._locks.append(fd)
        fd = _lock(path / READ_LOCK, fcntl.LOCK_EX, wait=READER_WAIT)
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

    def query(self, sparql: str, bindings: dict[str, Term] | None = None) -> QueryResult:
        text = bind_query(sparql, bindings)
        try:
            union = self.union and not self.merged
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

        # Oxigraph loads in Rust without the GIL: one thread loads a chunk while this one reads (or extracts)
        # the next, and at most one chunk waits, so memory stays at a few chunks.
        loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="acta-bulk-load")
        loading: Future | None = None

        def load(chunk: list[bytes]) -> None:
            nonlocal loading
            if loading is not None:
                loading.result()  # raises what the load raised
            # lenient: the lines come from pyoxigraph's own serializer, valid already (skipping the IRI checks: -5% CPU)
            loading = loader.submit(self.oxigraph.bulk_load, b"".join(chunk), format=ox.RdfFormat.N_QUADS,
                                    lenient=True)

        try:
            for info, graphs in items:
                if info.slug in seen:  # the later version replaces the earlier: that needs a transaction
                    rest = itertools.chain([(info, graphs)], items)
                    break
                seen.add(info.slug)
                for g, triples in graphs.items():
                    if g in RESERVED_GRAPHS:
                        raise StoreError(f"source {info.slug!r} may not write the reserved graph {g}")
                    ntriples = as_ntriples(triples)
                    pending += [in_graph(ntriples, g), ntriples]
                    size += 2 * len(ntriples)
                pending.append(in_graph(as_ntriples(bookkeeping(info, graphs)), SOURCES_GRAPH))
                if size >= BULK_BYTES:
                    load(pending)
                    pending, size = [], 0
            if pending:
                load(pending)
            if loading is not None:
                loading.result()
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
                quads += [ox.Quad(t.subject, t.predicate, t.object, default) for t in triples]
            quads += [ox.Quad(t.subject, t.predicate, t.object, sources) for t in bookkeeping(info, graphs)]
        try:
            self.oxigraph.extend(quads)
        except OSError as e:
            raise StoreError(f"cannot write store {self.location}: {one_line(e)}") from e

    def set_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        self._check_writable()
        self._update(set_graph_update(graph_iri, triples))

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


# --- opening -----------------------------------------------------------------------------------
def default_store_path(flag: str | Path | None = None) -> Path:
    """--store flag > $ACTA_STORE > ./acta-store."""
    return Path(flag or os.environ.get("ACTA_STORE") or "acta-store")


def open_store(
    path: str | Path | None = None,
    *,
    endpoint: str | None = None,
    write: bool = False,
    user: str | None = None,
    password: str | None = None,
    union_default_graph: bool = True,
    timeout: float = 30,
    update_endpoint: str | None = None,
    graph_store_endpoint: str | None = None,
) -> Store:
    """The store at ``path`` (default_store_path()) or at a remote SPARQL ``endpoint`` (its query URL)."""
    if endpoint:
        from graph.endpoint import RemoteStore

        return RemoteStore(
            endpoint,
            write=write,
            user=user,
            password=password,
            union_default_graph=union_default_graph,
            timeout=timeout,
            update_endpoint=update_endpoint,
            graph_store_endpoint=graph_store_endpoint,
        )
    return EmbeddedStore(default_store_path(path), write, union_default_graph)
