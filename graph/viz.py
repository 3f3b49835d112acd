"""One self-contained HTML page of the provenance graph: ``acta viz``.

pyvis 0.3.2 is used only for the vis-network JavaScript it ships; its own
template loads Bootstrap from a CDN, prints the heading twice unescaped and,
once any tooltip holds "href", inserts every tooltip as raw HTML.  So the page
is ours: the graph travels as JSON inside a ``<script type="application/json">``
block (``<``, ``>``, ``&``, U+2028/9 escaped, so no text can close the script),
every piece of document text reaches the DOM through ``textContent``, and a
Content-Security-Policy admits only the two inline scripts by hash and no
network at all.

    G = build_network(store.quads(), focus="CP/RES. 957", depth=2, classes=None)   # graph.network
    write_html(G, "graph.html", title="acta", layout="force" | "chain" | "timeline", limit=2000)

``render_html`` returns the page as text; both raise TooLargeError (with advice)
above ``limit`` nodes and ExportError for an empty graph or an unknown layout.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import statistics
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import ExportError, TooLargeError
from .export import atomic_output
from .network import GROUP_NAMES, KIND_NAMES, build_network
from .viz_template import APP_JS, CSS, PAGE

LAYOUTS = ("force", "chain", "timeline")
DEFAULT_LIMIT = 2000
CHAIN_VIS_MAX = 60     # above this, the chain layout is computed here, not by vis-network

# kind: (legend label, fill, border, vis shape, legend glyph, size).  Okabe-Ito colours,
# and a shape per kind as well, so that colour is never the only cue.
KIND_STYLE: dict[str, tuple[str, str, str, str, str, int]] = {
    "resolution": ("resolution", "#D55E00", "#8a3c00", "diamond", "\u25c6", 16),
    "decision": ("decision", "#E69F00", "#96690a", "diamond", "\u25c6", 14),
    "document": ("document", "#0072B2", "#004a75", "square", "\u25a0", 11),
    "report": ("report", "#56B4E9", "#2a7fb0", "square", "\u25a0", 12),
    "meeting": ("meeting", "#009E73", "#00664a", "star", "\u2605", 18),
    "body": ("body", "#CC79A7", "#8e4a74", "hexagon", "\u2b22", 18),
    "person": ("person", "#F0E442", "#8f8700", "dot", "\u25cf", 10),
    "place": ("place", "#999999", "#5e5e5e", "triangle", "\u25b2", 12),
    "office": ("office", "#b9a3d9", "#6f58a0", "triangleDown", "\u25bc", 9),
    "request": ("request", "#f4c27a", "#a87a2f", "dot", "\u25cf", 8),
    "other": ("other", "#dddddd", "#888888", "dot", "\u25cf", 8),
}
# group: (legend label, colour, dashed)
GROUP_STYLE: dict[str, tuple[str, str, bool]] = {
    "mandate": ("mandate: adopted, convened, part of ...", "#444444", False),
    "citation": ("citation: recalls, ratifies, pursuant to ...", "#9a9a9a", True),
    "participation": ("participation", "#009E73", True),
    "office": ("office: member, in body, elected by", "#8e4a74", False),
    "request": ("request: requested in, addressee", "#c98a1c", False),
    "place": ("place: location, representing", "#56B4E9", False),
    "other": ("other", "#bbbbbb", False),
}
# The chain layout puts a node of no mandate link at this level, if nothing better is known.
_KIND_LEVEL = {"body": 0, "resolution": 1, "decision": 1, "meeting": 2, "request": 2, "office": 3,
               "person": 3, "place": 3, "report": 4, "document": 4, "other": 4}
_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                       "\u2028": "\\u2028", "\u2029": "\\u2029"})


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """The vis-network standalone build pyvis ships (newest version it has), for inlining."""
    root = resources.files("pyvis")
    found: list[tuple[tuple[int, ...], Any]] = []
    for folder in ("lib", "templates/lib"):
        base = root.joinpath(folder)
        if not base.is_dir():
            continue
        for entry in base.iterdir():
            m = re.fullmatch(r"vis-(\d+(?:\.\d+)*)", entry.name)
            js = entry.joinpath("vis-network.min.js")
            if m and js.is_file():
                found.append((tuple(int(x) for x in m.group(1).split(".")), js))
    if not found:
        raise ExportError("pyvis is installed without vis-network.min.js: reinstall it (pip install pyvis)")
    text = max(found, key=lambda f: f[0])[1].read_text(encoding="utf-8")
    if re.search(r"</script|<!--", text, re.IGNORECASE):
        raise ExportError("the vis-network.min.js pyvis ships cannot be inlined safely (it holds '</script')")
    return text


def safe_json(value: Any) -> str:
    """JSON that can sit inside a <script> element: nothing in it can end the element.

    ASCII-only, so U+2028/9 and even a lone surrogate travel as escapes; ``<``, ``>``
    and ``&`` are escaped too, so ``</script>`` or ``<!--`` in a quote stay text.
    """
    return json.dumps(value, ensure_ascii=True, separators=(",", ":")).translate(_SAFE)


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _ordinal(text: str | None) -> float | None:
    """Day number of an ISO date at any precision: the middle of a month or year stands for it."""
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text or "")
    if not m:
        return None
    try:
        y = int(m.group(1))
        if m.group(3):
            return float(date(y, int(m.group(2)), int(m.group(3))).toordinal())
        if m.group(2):
            return float(date(y, int(m.group(2)), 15).toordinal())
        return float(date(y, 7, 2).toordinal())
    except ValueError:
        return None


def chain_levels(G: nx.MultiDiGraph) -> dict[Any, int]:
    """Level of each node for the mandate-chain layout: roots (no mandate above them) at 0.

    A mandate edge runs from the mandated thing to its source (meeting -convened by->
    resolution -adopted by-> body), so a node sits one level below the lowest of its
    sources (longest path, cycles collapsed).  Nodes with no mandate link sit below
    the nodes they are linked to; nodes with no link at all go to a band at the bottom.
    """
    H = nx.DiGraph()
    H.add_nodes_from(G)
    H.add_edges_from((o, s) for s, o, d in G.edges(data=True) if d.get("mandate") and s != o)
    C = nx.condensation(H)
    depth: dict[int, int] = {}
    for c in nx.topological_sort(C):
        depth[c] = 1 + max((depth[p] for p in C.predecessors(c)), default=-1)
    level = {n: depth[C.graph["mapping"][n]] for n in G if H.degree(n)}
    pending = [n for n in G if n not in level and G.degree(n)]
    while pending:
        placed = {}
        for n in pending:
            known = [level[m] for m in nx.all_neighbors(G, n) if m in level]
            if known:
                placed[n] = max(known) + 1
        if not placed:       # a component without mandate links: by kind, documents lowest
            bottom = max(level.values(), default=4)
            for n in pending:
                kind = G.nodes[n].get("kind", "other")
                placed[n] = bottom if kind in ("document", "report") else _KIND_LEVEL.get(kind, 4)
        level.update(placed)
        pending = [n for n in pending if n not in placed]
    alone = [n for n in G if n not in level]
    if alone:
        bottom = max(level.values(), default=-1) + 1
        level.update(dict.fromkeys(alone, bottom))
    return level


def chain_positions(G: nx.MultiDiGraph, levels: dict[Any, int]) -> dict[Any, tuple[float, float]]:
    """Fixed positions for a big chain: levels top-down, each level wrapped into rows.

    vis-network's hierarchical layout lays a level of 600 documents out as one
    line 100,000 pixels long and needs tens of seconds to settle it; rows of at
    most about sqrt(n) nodes, ordered under their sources, keep the picture square.
    """
    per_row = max(12, int(0.8 * len(G) ** 0.5))
    spacing, row_gap, level_gap = 230.0, 80.0, 200.0
    by_level: dict[int, list[Any]] = {}
    for n, lv in levels.items():
        by_level.setdefault(lv, []).append(n)
    rank: dict[Any, float] = {}
    pos: dict[Any, tuple[float, float]] = {}
    y = 0.0
    for lv in sorted(by_level):
        def key(n: Any) -> tuple[float, str, str]:
            above = [rank[m] for m in nx.all_neighbors(G, n) if m in rank]
            return (sum(above) / len(above) if above else 0.5, G.nodes[n].get("kind", ""),
                    str(G.nodes[n].get("label", n)))
        row_nodes = sorted(by_level[lv], key=key)
        for i, n in enumerate(row_nodes):
            row, col = divmod(i, per_row)
            in_row = min(per_row, len(row_nodes) - row * per_row)
            x = (col - (in_row - 1) / 2 + (0.5 if row % 2 else 0.0)) * spacing
            pos[n] = (x, y + row * row_gap)
        for i, n in enumerate(row_nodes):
            rank[n] = (i + 0.5) / len(row_nodes)
        y += ((len(row_nodes) - 1) // per_row) * row_gap + level_gap
    return pos


def timeline_positions(G: nx.MultiDiGraph) -> tuple[dict[Any, float], list[tuple[float, str]]]:
    """x of every node (its date; undated nodes the median date of their neighbours) and axis ticks."""
    days = {n: d for n in G if (d := _ordinal(G.nodes[n].get("date"))) is not None}
    for _ in range(2):
        for n in G:
            if n not in days:
                near = [days[m] for m in nx.all_neighbors(G, n) if m in days]
                if near:
                    days[n] = statistics.median(near)
    if not days:
        return {n: 0.0 for n in G}, []
    lo, hi = min(days.values()), max(days.values())
    span = max(hi - lo, 60.0)
    width = float(max(1200, min(12000, 15 * G.number_of_nodes())))
    scale = width / span
    undated = -max(250.0, 0.04 * width)
    xs = {n: (days[n] - lo) * scale if n in days else undated for n in G}
    first, last = date.fromordinal(int(lo)), date.fromordinal(int(hi))
    ticks: list[tuple[float, str]] = []
    if span < 800:
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            ticks.append(((date(y, m, 1).toordinal() - lo) * scale, f"{y}-{m:02d}"))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        step = max(1, (last.year - first.year + 1) // 30)
        for y in range(first.year, last.year + 1, step):
            ticks.append(((date(y, 1, 1).toordinal() - lo) * scale, str(y)))
    if len(days) < G.number_of_nodes():
        ticks.append((undated, "undated"))
    return xs, ticks


def page_data(G: nx.MultiDiGraph, title: str, layout: str) -> dict[str, Any]:
    """The JSON the page draws: nodes and edges in one pass, quotes stored once."""
    docs: dict[str, int] = {}
    quotes: dict[tuple[str, int, Any, Any], int] = {}

    def quote_ref(ev: dict[str, Any]) -> int:
        doc = docs.setdefault(str(ev.get("document") or ""), len(docs))
        key = (str(ev.get("quote") or ""), doc, ev.get("start"), ev.get("end"))
        return quotes.setdefault(key, len(quotes))

    levels = chain_levels(G) if layout == "chain" else {}
    fixed = chain_positions(G, levels) if layout == "chain" and len(G) > CHAIN_VIS_MAX else {}
    xs, ticks = timeline_positions(G) if layout == "timeline" else ({}, [])
    ids: dict[Any, int] = {}
    nodes, kind_count = [], dict.fromkeys(KIND_STYLE, 0)
    for i, (n, d) in enumerate(G.nodes(data=True)):
        ids[n] = i
        kind = d.get("kind") if d.get("kind") in KIND_STYLE else "other"
        kind_count[kind] += 1
        item: dict[str, Any] = {
            "id": i, "iri": str(d.get("iri", n)), "label": str(d.get("label", n)), "kind": kind,
            "facts": [[str(k), str(v)] for k, v in d.get("facts", ())],
            "keys": [str(k) for k in d.get("keys", ()) or (d.get("label", n),)],
            "ev": [[quote_ref(e), str(e.get("rule") or ""), str(e.get("fact") or "")]
                   for e in d.get("evidence", ())],
        }
        if d.get("evidence_total"):  # the list was cut (network.build_network's ``quotes``): how many there are
            item["evn"] = int(d["evidence_total"])
        if d.get("date"):
            item["date"] = str(d["date"])
        if fixed:
            item["x"], item["y"] = round(fixed[n][0], 1), round(fixed[n][1], 1)
        elif layout == "chain":
            item["level"] = levels[n]
        elif layout == "timeline":
            item["x"] = round(xs[n], 1)
        nodes.append(item)
    edges, group_count = [], dict.fromkeys(GROUP_STYLE, 0)
    for j, (s, o, key, d) in enumerate(G.edges(keys=True, data=True)):
        group = d.get("group") if d.get("group") in GROUP_STYLE else "other"
        group_count[group] += 1
        edge = {
            "id": j, "from": ids[s], "to": ids[o], "label": str(d.get("label", key)),
            "p": str(d.get("predicate", key)), "group": group, "m": 1 if d.get("mandate") else 0,
            "ev": [[quote_ref(e), str(e.get("rule") or "")] for e in d.get("evidence", ())],
        }
        if d.get("evidence_total"):
            edge["evn"] = int(d["evidence_total"])
        edges.append(edge)
    return {
        "title": title, "layout": layout, "positioned": bool(fixed),
        "kinds": [{"key": k, "label": s[0], "color": s[1], "border": s[2], "shape": s[3], "glyph": s[4],
                   "size": s[5], "count": kind_count[k]} for k, s in KIND_STYLE.items()],
        "groups": [{"key": g, "label": s[0], "color": s[1], "dashes": s[2], "count": group_count[g]}
                   for g, s in GROUP_STYLE.items()],
        "docs": list(docs), "quotes": [list(q) for q in quotes],
        "nodes": nodes, "edges": edges, "ticks": [[round(x, 1), t] for x, t in ticks],
    }


def too_large(n: int, limit: int, at_least: bool = False, classes: str | None = None) -> TooLargeError:
    """The refusal, with advice; ``at_least``: n is a count made before drawing (neighbourhood.drawn_at_least);
    ``classes``: the --class already given, which the advice then does not offer again."""
    kinds = (f"fewer kinds than --class {classes}" if classes
             else "--class resolution,meeting,body (some kinds only)")
    return TooLargeError(
        f"the graph has {'at least ' if at_least else ''}{n:,} nodes, more than a browser draws comfortably "
        f"(limit {limit:,}): narrow it with --focus SYMBOL-OR-NAME --depth 2 (the neighbourhood of one resolution, "
        f"meeting or body), or {kinds}, or raise --limit {'above ' if at_least else ''}{n} if you accept a slow page"
    )


def render_html(G: Any, title: str = "acta", layout: str = "force", limit: int | None = DEFAULT_LIMIT) -> str:
    """The page for a graph from ``build_network`` (a Dataset or Graph is projected first)."""
    if not isinstance(G, nx.Graph):
        G = build_network(G)
    elif not isinstance(G, nx.MultiDiGraph):      # any networkx graph, one drawn edge per edge
        H = nx.MultiDiGraph()
        H.add_nodes_from(G.nodes(data=True))
        H.add_edges_from((s, o, d) for s, o, d in G.edges(data=True))
        G = H
    if layout not in LAYOUTS:
        raise ExportError(f"unknown layout {layout!r}: choose from {', '.join(LAYOUTS)}")
    n = G.number_of_nodes()
    if n == 0:
        raise ExportError("nothing to draw: the graph (after --focus/--class) has no nodes")
    if limit is not None and limit > 0 and n > limit:
        raise too_large(n, limit)
    data = safe_json(page_data(G, title, layout))
    vis_js = vis_network_js()
    csp = (f"default-src 'none'; script-src {_sha256(vis_js)} {_sha256(APP_JS)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    parts = {"CSP": html.escape(csp, quote=False), "TITLE": html.escape(title), "CSS": CSS, "VIS_JS": vis_js,
             "DATA": data, "APP_JS": APP_JS}
    return re.sub(r"@@(CSP|TITLE|CSS|VIS_JS|DATA|APP_JS)@@", lambda m: parts[m.group(1)], PAGE)


def write_html(G: Any, path: str | os.PathLike[str], title: str = "acta", layout: str = "force",
               limit: int | None = DEFAULT_LIMIT) -> Path:
    """Render and write atomically (temporary file, then rename); returns the path written."""
    text = render_html(G, title=title, layout=layout, limit=limit)
    with atomic_output(path) as fh:
        fh.write(text.encode("utf-8", "replace"))
    return Path(path)


__all__ = ["DEFAULT_LIMIT", "GROUP_NAMES", "KIND_NAMES", "LAYOUTS", "build_network", "chain_levels",
           "chain_positions", "page_data", "render_html", "safe_json", "timeline_positions", "vis_network_js",
           "write_html"]
