"""The graph store: one interface, two back ends (Oxigraph on disk, or a remote SPARQL endpoint).

Every source document owns a few named graphs (facts, evidence); rebuilding it replaces exactly
those graphs, together with its row in the bookkeeping graph ``SOURCES_GRAPH``, in one transaction.
Nothing outside this module (and ``endpoint.py``) knows which back end is in use.

The default graph is the RDF merge of the facts graphs and the ontology, kept up to date in the
same transactions: a triple that several documents state is there once, and leaves it when the last
document stating it does.  Queries run on it, with no union flags.  The evidence graphs (four
triples in five) stay out of it: they are about one document each, never shared, and the queries
that read them name them (``GRAPH ?g``); merging them made a first build load them twice, a fifth
of its time at 10,000 documents.  (Oxigraph's
own ``use_default_graph_as_union`` / ``union-default-graph`` is not an RDF merge: a triple in k
graphs matches k times, so results repeat and a query joining a few shared labels multiplies
its work by k per join: minutes instead of milliseconds on 70 UN resolutions; oxigraph issue
#1919.)  A store written before this has no merged default graph (no ``STORE_FORMAT`` flag in its
default graph): readers fall back to the union flags, and the first writer builds the merge.  A store
of format 2 (whose merge held the evidence too) is read as it is; its first writer takes the evidence
out of the default graph.

The on-disk back end (locks, atomicity, bulk loads) is ``graph/embedded.py``; the remote one
``graph/endpoint.py``.
"""

from __future__ import annotations

import gc
import os
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph import namespaces as ns
from graph.errors import (
    QueryError,
    StoreError,
    UpdateRefusedError,
)

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
# graph name -> its triples, as a list, or as N-Triples bytes the way pyoxigraph writes them (one triple per
# line, each line ending in " .\n"), which a first build bulk-loads without making a Python object per triple
GraphTriples = dict[str, list[ox.Triple] | bytes]

SOURCES_GRAPH = ns.GRAPH + "_sources"  # bookkeeping; "_" keeps it apart from graph/<slug>
SLUG = ox.NamedNode(ns.ONTOLOGY + "slug")
SHA256 = ox.NamedNode(ns.ONTOLOGY + "sha256")
# slug -> hash of every source: two sub-SELECTs, which Oxigraph hash-joins (one scan each, not a seek per
# source: 1.6 -> 0.9 s for 100,000 documents, twice per incremental build)
EXTRACTOR = ox.NamedNode(ns.ONTOLOGY + "extractor")  # which version of the rules read the document
_NONE = ox.Literal("")
HASHES_QUERY = (f"SELECT ?slug ?sha ?ext WHERE {{"
                f" {{ SELECT ?src ?slug WHERE {{ GRAPH <{SOURCES_GRAPH}> {{ ?src {SLUG} ?slug }} }} }}"
                f" {{ SELECT ?src ?sha WHERE {{ GRAPH <{SOURCES_GRAPH}> {{ ?src {SHA256} ?sha }} }} }}"
                f" OPTIONAL {{ SELECT ?src ?ext WHERE {{ GRAPH <{SOURCES_GRAPH}> {{ ?src {EXTRACTOR} ?ext }} }} }} }}")
FILE_NAME = ox.NamedNode(ns.ONTOLOGY + "fileName")
NAMED_GRAPH = ox.NamedNode(ns.ONTOLOGY + "namedGraph")
RESERVED_GRAPHS = frozenset({SOURCES_GRAPH, ns.ONTOLOGY_GRAPH})
STORE_FORMAT = ox.NamedNode(ns.ONTOLOGY + "storeFormat")  # <SOURCES_GRAPH> acta:storeFormat 3, in the default graph
FORMAT = 3
FORMAT_FLAG = f"<{SOURCES_GRAPH}> {STORE_FORMAT} {FORMAT}"
STORE_FORMAT_QUERY = f"SELECT ?v WHERE {{ <{SOURCES_GRAPH}> {STORE_FORMAT} ?v }}"
_MERGED_GRAPH = f'?g != <{SOURCES_GRAPH}> && !STRENDS(STR(?g), "{ns.EVIDENCE_GRAPH_SUFFIX}")'
MERGE_ALL = (f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER ({_MERGED_GRAPH}) }} ;\n"
             f"INSERT DATA {{ {FORMAT_FLAG} }}")
# format 2 -> 3: the evidence leaves the default graph (its triples are nowhere else in it: they are about
# evidence records and text spans, which no facts graph mentions as subjects)
UNMERGE_EVIDENCE = (f'DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                    f'FILTER (STRENDS(STR(?g), "{ns.EVIDENCE_GRAPH_SUFFIX}")) }} ;\n'
                    f"DELETE DATA {{ <{SOURCES_GRAPH}> {STORE_FORMAT} 2 }} ;\nINSERT DATA {{ {FORMAT_FLAG} }}")


def in_default_graph(graph: str) -> bool:
    """Whether a named graph's triples are merged into the default graph (see the module docstring)."""
    return graph != SOURCES_GRAPH and not ns.is_evidence_graph(graph)

BATCH_TRIPLES = 10_000  # triples per transaction in replace_sources: bigger ones got slower
BATCH_SOURCES = 100

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
    extractor: str = ""  # fingerprint of the rules that read it (build.extractor_fingerprint)


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


Bindings = dict[str, Term] | list[dict[str, Term]]  # one row of values, or several (each a row of a VALUES block)


def values_clause(bindings: Bindings) -> str:
    """A VALUES block from RDF terms, each serialized (and so escaped) by pyoxigraph; a list of rows (each with the
    same variables) gives a block of several rows."""
    rows = bindings if isinstance(bindings, list) else [bindings]
    names = [name.lstrip("?$") for name in rows[0]]
    for var in names:
        if not re.fullmatch(r"\w+", var):
            raise QueryError(f"not a SPARQL variable name: {var!r}")
    lines = []
    for row in rows:
        if [n.lstrip("?$") for n in row] != names:
            raise QueryError("every row of bound values needs the same variables")
        for name, term in row.items():
            if not isinstance(term, ox.NamedNode | ox.Literal):
                raise QueryError(f"?{name.lstrip('?$')} can only be bound to an IRI or a literal, "
                                 f"not {type(term).__name__}")
        lines.append(f"({' '.join(str(term) for term in row.values())})")
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ {' '.join(lines)} }}"


def bind_query(sparql: str, bindings: Bindings | None) -> str:
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


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    """Python's cycle collector runs after every few hundred new containers and walks the young ones: building
    the rows of a 40,000-row answer set it off hundreds of times, a third of `acta query cites` on a
    10,000-document store.  Rows hold no cycles, so the collector waits until they are built."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def materialize(answer: Any) -> QueryResult:
    """A QueryResult from pyoxigraph's QuerySolutions / QueryBoolean / QueryTriples."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(boolean=bool(answer))
    with no_gc_pauses():
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
    if info.extractor:
        rows.append(ox.Triple(src, EXTRACTOR, ox.Literal(info.extractor)))
    return rows + [ox.Triple(src, NAMED_GRAPH, ox.NamedNode(g)) for g in sorted(graphs)]


def unmerge(graphs: Iterable[str]) -> str:
    """UPDATE that takes the triples of ``graphs`` (about to be dropped) out of the merged default graph,
    unless another named graph (not the bookkeeping one) states them too."""
    iris = [str(ox.NamedNode(g)) for g in sorted(set(graphs)) if in_default_graph(g)]
    if not iris:
        return ""
    elsewhere = f"FILTER (?h NOT IN (<{SOURCES_GRAPH}>, {', '.join(iris)}))"
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {' '.join(iris)} }} GRAPH ?g {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} {elsewhere} }} }}")


def merge(graphs: Iterable[str]) -> str:
    """UPDATE that adds the triples of ``graphs`` to the merged default graph."""
    names = " ".join(str(ox.NamedNode(g)) for g in sorted(set(graphs)) if in_default_graph(g))
    if not names:
        return ""
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {names} }} GRAPH ?g {{ ?s ?p ?o }} }}"


def set_graph_update(graph_iri: str, triples: Iterable[ox.Triple]) -> str:
    """One UPDATE that replaces one graph, and its share of the merged default graph."""
    g = ox.NamedNode(graph_iri)
    ops = [unmerge([graph_iri]), f"DROP SILENT GRAPH {g}",
           f"INSERT DATA {{ GRAPH {g} {{\n{serialize_triples(triples)}}} }}", merge([graph_iri])]
    return " ;\n".join(op for op in ops if op)


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
    ops = [unmerge(drop)]
    ops += [f"DROP SILENT GRAPH {ox.NamedNode(g)}" for g in sorted(drop)]
    if slugs:
        values = " ".join(str(ox.Literal(s)) for s in sorted(slugs))
        ops.append(
            f"DELETE {{ GRAPH <{SOURCES_GRAPH}> {{ ?src ?p ?o }} }} WHERE {{ VALUES ?slug {{ {values} }} "
            f"GRAPH <{SOURCES_GRAPH}> {{ ?src {SLUG} ?slug ; ?p ?o }} }}"
        )
    if inserts:
        ops.append("INSERT DATA {\n" + "\n".join(inserts) + "\n}")
    ops.append(merge(g for _, graphs in items for g, triples in graphs.items() if triples))
    return " ;\n".join(op for op in ops if op)


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
    def query(self, sparql: str, bindings: Bindings | None = None, *, union: bool = False) -> QueryResult:
        """SELECT/ASK/CONSTRUCT/DESCRIBE on the merged default graph (the facts and the ontology); with
        ``union``, on the union of every named graph, evidence included (a triple in k graphs matches k times).
        ``bindings`` is one row of values, or a list of rows bound together as one VALUES block."""

    def query_nodes(self, sparql: str, nodes: Iterable[str], var: str = "n", size: int = 400
                    ) -> Iterator[dict[str, Term]]:
        """A SELECT's rows for each of many IRIs bound to ``?var``, ``size`` a VALUES block (a text of some 40 KB):
        a query per node would be thousands."""
        nodes = list(nodes)
        for i in range(0, len(nodes), size):
            yield from self.query(sparql, [{var: ox.NamedNode(n)} for n in nodes[i:i + size]]).rows

    @abstractmethod
    def set_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        """Replaces one graph (e.g. the ontology) atomically."""

    @abstractmethod
    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """All quads, or those of one graph."""

    def quads_by_graph(self, graphs: list[str]) -> Iterator[tuple[str, list[ox.Quad]]]:
        """Each of ``graphs`` with its quads, in that order, one graph in memory at a time."""
        for graph in graphs:
            yield graph, list(self.quads(graph))

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
        """Reads the format flag; a writer brings an older store's default graph up to this format first."""
        found = {r["v"].value for r in self._select(STORE_FORMAT_QUERY).rows}
        self.merged = bool(found & {"2", str(FORMAT)})
        if self.writable and str(FORMAT) not in found:
            self._update(UNMERGE_EVIDENCE if "2" in found else MERGE_ALL)
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

    def hashes(self, extractor: str | None = None) -> dict[str, str]:
        """slug -> content hash of every document: what an incremental build compares (a third of sources()).
        With ``extractor``, a document another version of the rules read maps to "": it is read again."""
        rows = self._select(HASHES_QUERY).rows
        return {r["slug"].value: r["sha"].value if extractor is None or r.get("ext", _NONE).value == extractor
                else "" for r in rows}

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


# --- opening -----------------------------------------------------------------------------------
def default_store_path(flag: str | Path | None = None) -> Path:
    """--store flag > $ACTA_STORE > ./acta-store."""
    return Path(flag or os.environ.get("ACTA_STORE") or "acta-store")


def open_store(
    path: str | Path | None = None,
    *,
    endpoint: str | None = None,
    write: bool = False,
    union_default_graph: bool = True,
    **remote: Any,
) -> Store:
    """The store at ``path`` (default_store_path()) or at a remote SPARQL ``endpoint`` (its query URL);
    ``remote`` are RemoteStore's options (user, password, timeout, update and Graph Store URLs)."""
    if endpoint:
        from graph.endpoint import RemoteStore

        return RemoteStore(endpoint, write=write, union_default_graph=union_default_graph, **remote)
    from graph.embedded import EmbeddedStore

    return EmbeddedStore(default_store_path(path), write, union_default_graph)
