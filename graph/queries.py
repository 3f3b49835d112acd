"""Named queries: load `queries/*.rq`, resolve parameter values to nodes, run, format.

A parameter such as ``meeting=MISPA II`` is never pasted into SPARQL: it is
matched against the graph (IRI, parsed symbol, label, acronym, alias) and the
matching node is bound as an RDF term to the query's ``?_meeting`` variable.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import MalformedQueryError, NoMatchError, QueryError, UnknownParameterError, UnknownQueryError
from .namespaces import ENTITY, PREFIXES
from .resources import queries_dir
from .store import QueryResult, Store, no_gc_pauses, query_form, term_to_json
from .text import name_words


@dataclass
class Param:
    name: str
    optional: bool
    doc: str = ""


@dataclass
class NamedQuery:
    name: str
    path: Path
    text: str
    summary: str = ""
    params: list[Param] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    # "#+ values: together": when a value names several nodes, bind them all in one VALUES block (one query) rather
    # than run the query once per node; declared by queries whose parameter anchors the pattern and whose answer
    # for several nodes is the union of their answers (a GROUP BY that keeps the parameter apart, or none)
    together: bool = False

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def parse_header(name: str, path: Path, text: str) -> NamedQuery:
    q = NamedQuery(name, path, text)
    for line in text.splitlines():
        m = re.match(r"^#\+\s*(\w+)\s*:\s*(.*)$", line)
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "summary":
            q.summary = value
        elif key == "columns":
            q.columns = [c.strip() for c in value.split(",") if c.strip()]
        elif key == "order":
            q.order = [c.strip() for c in value.split(",") if c.strip()]
        elif key == "values":
            q.together = value.lower() == "together"
        elif key == "params":
            for part in re.split(r";\s*(?=\w+\s*(?:\(|:))", value):
                pm = re.match(r"(\w+)\s*(\(optional\))?\s*:?\s*(.*)", part.strip())
                if pm:
                    q.params.append(Param(pm.group(1), bool(pm.group(2)), pm.group(3).strip()))
    for var in sorted(set(re.findall(r"\?_(\w+)", text))):
        if not q.param(var):
            q.params.append(Param(var, True))
    return q


def named_queries() -> dict[str, NamedQuery]:
    out = {}
    for path in sorted(queries_dir().glob("*.rq")):
        out[path.stem] = parse_header(path.stem, path, path.read_text(encoding="utf-8"))
    return out


def load_query(name_or_file: str) -> NamedQuery:
    """A named query, or a .rq file the user wrote."""
    queries = named_queries()
    if name_or_file in queries:
        return queries[name_or_file]
    path = Path(name_or_file)
    if path.suffix == ".rq" or path.exists():
        if not path.is_file():
            raise UnknownQueryError(f"no query file {path}")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UnknownQueryError(f"cannot read query file {path}: {exc}") from exc
        query = parse_header(path.stem, path, text)
        query_form(text)  # refuses UPDATE before anything runs
        return query
    known = ", ".join(queries)
    raise UnknownQueryError(f"unknown query {name_or_file!r}: run `acta queries` to list them ({known})")


# --- resolving parameter values -----------------------------------------------------------------

_CANDIDATES = (  # things the documents name (under id/), not the ontology's own terms
    "PREFIX acta: <https://w3id.org/acta/ontology#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
    "SELECT DISTINCT ?node ?name WHERE {\n"
    "  { ?node rdfs:label ?name } UNION { ?node acta:acronym ?name } UNION { ?node skos:altLabel ?name }\n"
    # a decision known by its title ("Next steps for the development of the initial IPBES work programme")
    "  UNION { ?node acta:symbol ?name } UNION { ?node dcterms:title ?name }\n"
    f'  FILTER (STRSTARTS(STR(?node), "{ENTITY}") && CONTAINS(LCASE(STR(?name)), LCASE(?_needle)))\n'
    "}\n"
)
_BY_NAME = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?node WHERE { ?node skos:hiddenLabel ?_key }
"""
_BY_KEY = """
PREFIX acta: <https://w3id.org/acta/ontology#>
SELECT DISTINCT ?node WHERE { { ?node acta:symbolKey ?_key } UNION { ?node acta:baseSymbolKey ?_key } }
"""


_ADOPTS = """
PREFIX acta: <https://w3id.org/acta/ontology#>
SELECT DISTINCT ?text WHERE { ?_r acta:adopts ?text }
"""


def adopted_texts(store: Store, nodes: list[ox.NamedNode]) -> list[ox.NamedNode]:
    """The texts these resolutions adopt (a declaration in the annex): what a resolution asks or cites through the
    text it adopts is its own too, so `requests resolution=A/RES/80/9` lists its Political Declaration's requests."""
    found = {r["text"].value for n in nodes for r in store.query(_ADOPTS, {"_r": n}).rows
             if isinstance(r.get("text"), ox.NamedNode)}
    return [ox.NamedNode(t) for t in sorted(found)]


def resolve_value(store: Store, value: str) -> list[ox.NamedNode]:
    """The nodes a parameter value names, best match first; several when equally good."""
    value = value.strip()
    if re.match(r"^https?://\S+$", value):
        node = ox.NamedNode(value)
        if store.query("ASK { { ?_n ?p ?o } UNION { ?s ?p ?_n } }", {"_n": node}).boolean:
            return [node]
    from .symbols import parse_symbol
    symbol = parse_symbol(value)
    if symbol:
        # and the decision printed the same way: the first IPBES report prints "Decision IPBES/1/4" (IPBES-1/4), a
        # symbol its working document IPBES/1/4 also has; typed bare, the value names both
        printed = parse_symbol(f"decision {value}")
        keys = {symbol.key, symbol.base_key or symbol.key} | ({printed.key} if printed else set())
        rows = [r for key in sorted(keys) for r in store.query(_BY_KEY, {"_key": ox.Literal(key)}).rows]
        nodes = sorted({r["node"].value for r in rows})
        if nodes:
            return [ox.NamedNode(n) for n in nodes]
    want = name_words(value)
    if not want:
        return []
    # the exact name, by the index of name keys (stores built before it fall through to the scan)
    rows = store.query(_BY_NAME, {"_key": ox.Literal(" ".join(want))}).rows
    if rows:
        return [ox.NamedNode(n) for n in sorted({r["node"].value for r in rows})]
    # narrow the candidates in SPARQL by the longest plain-ASCII word (the store's names keep their accents)
    plain = [t for t in want if t.isascii()]
    needle = max(plain, key=len) if plain else ""
    found = _best_names(store.query(_CANDIDATES, {"_needle": ox.Literal(needle)}).rows, want)
    if not found and needle:  # "Alcantara" for "Alcántara": no SPARQL filter then, only the tokens
        found = _best_names(store.query(_CANDIDATES, {"_needle": ox.Literal("")}).rows, want)
    return [ox.NamedNode(n) for n in found]


def _best_names(rows: list[dict], want: list[str]) -> list[str]:
    """Nodes whose name is exactly `want`; else those with the shortest name that contains it."""
    exact, contained = set(), {}
    for row in rows:
        name = name_words(row["name"].value)
        if name == want:
            exact.add(row["node"].value)
        elif any(name[i:i + len(want)] == want for i in range(len(name) - len(want) + 1)):
            size = len(name)
            node = row["node"].value
            contained[node] = min(size, contained.get(node, size))
    if exact:
        return sorted(exact)
    if contained:
        best = min(contained.values())
        return sorted(n for n, s in contained.items() if s == best)
    return []


# --- running ----------------------------------------------------------------------------------

_BATCH = 400  # rows of one VALUES block: a query text of some 40 KB, well within what SPARQL servers take by POST


def run(store: Store, query: NamedQuery, params: dict[str, str] | None = None) -> QueryResult:
    params = params or {}
    for key in params:
        if not query.param(key):
            names = ", ".join(p.name for p in query.params) or "none"
            raise UnknownParameterError(f"query {query.name!r} has no parameter {key!r} (its parameters: {names})")
    for p in query.params:
        if not p.optional and p.name not in params:
            raise QueryError(f"query {query.name!r} needs -p {p.name}=VALUE ({p.doc or 'required'})")
    choices: list[tuple[str, list[ox.NamedNode]]] = []
    for key, value in params.items():
        nodes = resolve_value(store, value)
        if not nodes:
            raise NoMatchError(f"{key}={value!r} matches nothing in the graph: try `acta query bodies`, "
                               "`acta query meetings` or a symbol")
        if key == "resolution":
            nodes += [t for t in adopted_texts(store, nodes) if t not in nodes]
        choices.append((key, nodes))
    combos: list[dict[str, ox.NamedNode]] = [{}]
    for key, nodes in choices:
        combos = [{**c, f"_{key}": n} for c in combos for n in nodes]
    # one query for every node at once where the query says it may (a few hundred rows of VALUES a time)
    batches = [combos[i:i + _BATCH] for i in range(0, len(combos), _BATCH)] if query.together and len(combos) > 1 \
        else [c or None for c in combos]
    results: list[QueryResult] = []
    for bindings in batches:
        try:
            results.append(store.query(query.text, bindings))
        except SyntaxError as exc:
            raise MalformedQueryError(f"{query.path.name}: {str(exc).splitlines()[0]}") from exc
    if not results:
        return QueryResult()
    merged = results[0]
    if len(combos) > 1:  # a value that named several nodes: one answer, each row once
        merged = QueryResult(variables=merged.variables, rows=[], boolean=merged.boolean, triples=merged.triples)
        seen: set[tuple] = set()
        for result in results:
            for row in result.rows:
                sig = tuple(sorted((k, str(v)) for k, v in row.items()))
                if sig not in seen:
                    seen.add(sig)
                    merged.rows.append(row)
    if query.order and merged.rows:  # then the other columns: ties come out the same from every engine
        with no_gc_pauses():
            sort_rows(merged.rows, query.order, [v for v in merged.variables if v not in query.order])
    return merged


_NUMERIC = {PREFIXES["xsd"] + t for t in ("integer", "decimal", "double", "float", "nonNegativeInteger", "int", "long")}


def sort_rows(rows: list[dict], order: list[str], rest: list[str] = ()) -> None:
    """SPARQL's ORDER BY for the terms acta's queries return: unbound first, then numbers by value in a column
    of numbers, text by code point otherwise; rows equal on `order` by the `rest` columns.  The named queries
    sort here rather than in the engine: Oxigraph's ORDER BY looks up each string it compares in its
    dictionary, about half the time of a 40,000-row listing."""
    keys = _keys(rows, order)
    if rest:  # only the rows tied on `order` need their other columns (a few, in most listings)
        counts = Counter(keys)
        tied = [i for i, k in enumerate(keys) if counts[k] > 1]
        for i, more in zip(tied, _keys([rows[i] for i in tied], rest), strict=True):
            keys[i] += more
    index = sorted(range(len(rows)), key=keys.__getitem__)
    rows[:] = [rows[i] for i in index]


def _keys(rows: list[dict], columns: list[str]) -> list[tuple]:
    return list(zip(*(_column_keys(rows, c) for c in columns), strict=True))


def _column_keys(rows: list[dict], column: str) -> list:
    """One sort key per row.  Text is prefixed with \x01 and unbound is "": one string comparison puts unbound
    first and keeps code-point order (a (bound, value) pair per cell sorted 40,000 rows 2-3x slower)."""
    terms = [row.get(column) for row in rows]
    if _numeric(terms):
        return [(False, 0.0) if t is None else (True, float(t.value)) for t in terms]
    return ["" if t is None else "\x01" + t.value for t in terms]


def _numeric(terms: list) -> bool:
    """A column of numbers (every bound value), sorted by value rather than as text."""
    first = next((t for t in terms if t is not None), None)
    return isinstance(first, ox.Literal) and first.datatype.value in _NUMERIC and all(
        t is None or (isinstance(t, ox.Literal) and t.datatype.value in _NUMERIC) for t in terms)


# --- formatting ---------------------------------------------------------------------------------

def cell(term) -> str:
    return "" if term is None else term.value


def format_result(result: QueryResult, fmt: str) -> str:
    """The whole answer as one string (`format_chunks` joined)."""
    return "".join(format_chunks(result, fmt))


_CHUNK = 2000  # rows a piece: few writes, and a piece of a 477,000-row listing stays small


def format_chunks(result: QueryResult, fmt: str) -> Iterator[str]:
    """The answer as text, in pieces that end with one newline, for the CLI to write as they are made: at
    100,000 documents `cites` (477,386 rows) took 15 s and 1.8 GB more as one JSON document built whole."""
    if result.kind == "ask":
        yield (json.dumps(result.to_json()) if fmt == "json" else ("yes" if result.boolean else "no")) + "\n"
        return
    if result.kind == "construct":
        if fmt == "table":
            yield result.serialize("turtle").decode("utf-8").rstrip("\n") + "\n"
            return
        names = ["subject", "predicate", "object"]  # json/csv/tsv as asked: one row per triple
        result = QueryResult(variables=names, rows=[dict(zip(names, (t.subject, t.predicate, t.object), strict=True))
                                                    for t in result.triples or []])
    names, rows = result.variables, result.rows
    if fmt == "json":  # SPARQL 1.1 Results JSON, one binding a line
        yield json.dumps({"head": {"vars": list(names)}}, ensure_ascii=False)[:-1] + ', "results": {"bindings": ['
        dumps = json.JSONEncoder(ensure_ascii=False).encode
        for i in range(0, len(rows), _CHUNK):
            yield ("," if i else "") + ",".join("\n" + dumps({k: term_to_json(v) for k, v in row.items()})
                                                for row in rows[i:i + _CHUNK])
        yield "\n]}}\n"
    elif fmt == "csv":
        for i in range(0, max(len(rows), 1), _CHUNK):
            buf = io.StringIO()
            writer = csv.writer(buf, lineterminator="\r\n")
            if i == 0:
                writer.writerow(names)
            writer.writerows([cell(row.get(v)) for v in names] for row in rows[i:i + _CHUNK])
            yield buf.getvalue()
    elif fmt == "tsv":
        yield "\t".join(f"?{v}" for v in names) + "\n"
        for i in range(0, len(rows), _CHUNK):
            yield "".join("\t".join(str(row[v]) if v in row else "" for v in names) + "\n"
                          for row in rows[i:i + _CHUNK])
    else:
        yield table(result) + "\n"


def table(result: QueryResult, width: int = 60) -> str:
    headers = result.variables
    rows = [[_clip(cell(r.get(v)), width) for v in headers] for r in result.rows]
    sizes = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(sizes[i]) for i, h in enumerate(headers))
    out = [line, "  ".join("-" * s for s in sizes)]
    out += ["  ".join(r[i].ljust(sizes[i]) for i in range(len(headers))) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _clip(text: str, width: int) -> str:
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= width else text[: width - 1] + "…"
