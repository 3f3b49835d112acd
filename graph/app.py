"""What each `acta` command does, as plain functions the CLI calls once and prints.

Kept apart from `cli.py` so that library users (notebooks, scripts, tests)
get the same behaviour without click, and so that heavy imports (pyvis,
pyshacl, rdflib) happen only in the command that needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import ExportError
from .store import Store

# The quotes a page lists for a node or a link at most: the node panel shows 40 items.  In the view of one
# resolution of the 10,000-document synthetic store, the Charter and the Secretary-General had 6,222 and 5,893
# quotes each, read and written into the page (5.8 MB) though never shown; `acta query evidence` lists them all.
QUOTES = 40


def store_dataset(store: Store):
    """The store as an rdflib Dataset (facts, evidence, ontology), for views and validation."""
    import warnings

    import rdflib

    from .export import serialize
    ds = rdflib.Dataset()
    with warnings.catch_warnings():  # rdflib's own N-Quads parser uses its deprecated Dataset.default_context
        warnings.filterwarnings("ignore", category=DeprecationWarning, message=r".*default_context")
        ds.parse(data=serialize(store, "nquads").decode("utf-8"), format="nquads")
    return ds


def viz(store: Store, output: str | Path, *, focus: str | None = None, depth: int = 2,
        classes: str | None = None, layout: str = "force", limit: int = 2000, title: str = "acta",
        quotes: int | None = QUOTES) -> Path:
    """``quotes``: the most quotes the page lists for a node or a link (None or 0: all of them)."""
    from . import whole_store
    from .neighbourhood import drawn_at_least, focus_dataset
    from .network import build_network
    from .viz import write_html
    scoped = None
    if focus:  # only the quads near the focus, found by query: not the whole store read and projected
        scoped = focus_dataset(store, focus, depth, classes, quotes=quotes)
    elif limit and limit > 0 and (least := drawn_at_least(store, classes)) > limit:
        from .viz import too_large
        raise too_large(least, limit, at_least=True, classes=classes)  # said before the store is read, not after
    if scoped is not None:
        G = build_network(scoped.triples, focus=focus, depth=depth, classes=classes, hubs=scoped.hubs,
                          quotes=quotes, totals=scoped.totals)
    else:  # the facts, and the evidence records as rows (whole_store.py)
        G = build_network(whole_store.facts(store), focus=focus, depth=depth, classes=classes, quotes=quotes,
                          records=whole_store.records(store))
    return write_html(G, output, title=title, layout=layout, limit=limit)


def export(store: Store, fmt: str, output: str | Path | None, stream: BinaryIO | None = None,
           progress: Callable[[str, int, int], None] | None = None) -> bytes | Path | None:
    """To the file ``output`` (atomically), else to ``stream`` as it is serialized, else as bytes.  ``progress``:
    called with (what, done, total) as a GraphML or GEXF export reads the store's graphs."""
    from .export import atomic_output, serialize, write
    if fmt in ("graphml", "gexf"):
        if not output:
            raise ExportError(f"--format {fmt} needs -o FILE")
        from . import whole_store
        from .graph_formats import write_gexf, write_graphml
        from .network import build_network
        G = build_network(whole_store.facts(store, progress), records=whole_store.records(store, progress=progress))
        (write_graphml if fmt == "graphml" else write_gexf)(G, output, consume=True)
        return Path(output)
    if output:
        with atomic_output(output) as handle:
            write(store, fmt, handle)
        return Path(output)
    if stream is not None:
        write(store, fmt, stream)
        return None
    return serialize(store, fmt)


@dataclass
class Fact:
    subject: str
    predicate: str
    object: str
    document: str
    quote: str
    start: int
    end: int


def explain(store: Store, entity: str) -> list[Fact]:
    from .queries import load_query, run
    result = run(store, load_query("evidence"), {"entity": entity})
    out = []
    for row in result.rows:
        v = {k: t.value for k, t in row.items()}
        out.append(Fact(v.get("subject", ""), v.get("predicate", ""), v.get("object", ""), v.get("document", ""),
                        v.get("quote", ""), int(v.get("start") or 0), int(v.get("end") or 0)))
    return out


@dataclass
class Summary:
    documents: int
    triples: int
    counts: dict[str, int]


_COUNTS = """
PREFIX acta: <https://w3id.org/acta/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
  {
    VALUES ?class { acta:Resolution acta:Decision acta:Document acta:Meeting acta:Body foaf:Person acta:Office
                    acta:Request }
    ?x a ?class
  } UNION {
    BIND(acta:Evidence AS ?class)
    GRAPH ?evidence { ?x a acta:Evidence }  # the evidence graphs are not merged into the default graph
  }
} GROUP BY ?class
"""


def summary(store: Store) -> Summary:
    counts = {}
    for row in store.query(_COUNTS).rows:
        counts[row["class"].value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]] = int(row["n"].value)
    return Summary(len(store.sources()), store.count(), counts)


def demo(output: str | Path = "acta-demo", progress=None) -> tuple[Summary, list[Path]]:
    """Build the bundled example into OUTPUT/store and write OUTPUT/graph.ttl and OUTPUT/graph.html."""
    from .build import build
    from .export import serialize, write_atomic
    from .resources import example_document
    from .store import open_store
    out = Path(output)
    with open_store(out / "store", write=True) as store:
        build(store, [example_document()], force=True, progress=progress)
        written = [write_atomic(out / "graph.ttl", serialize(store, "turtle"))]
        written.append(viz(store, out / "graph.html", title="acta: " + example_document().name))
        return summary(store), written


def validate(store: Store, progress: Callable[[int, int], None] | None = None, jobs: int = 1) -> tuple[bool, str]:
    from .validate import validate_store
    return validate_store(store, progress=progress, jobs=jobs)


def sources(store: Store) -> Iterable:
    return sorted(store.sources().values(), key=lambda s: s.slug)
