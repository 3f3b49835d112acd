"""The `acta viz` page in headless Chromium: offline, complete, searchable, and inert to document text.

Driven by Playwright with the system Chromium (never `playwright install`).
The page tests draw the hand-built example graph of tests/test_viz.py; set
ACTA_VIZ_DATASET to an N-Quads or TriG export (`acta export --format nquads -o
x.nq`) to run them on a real build instead; test_real_example_report always
builds the example report with the extractor itself.
Missing Chromium or Playwright: skipped locally, a failure in CI (CI=true).
Waits use ``page.wait_for_timeout``, never ``time.sleep``: the sync API runs
the request router only while it is called, so a sleeping test stalls the page.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from rdflib import Dataset
from test_viz import (
    CONVENES,
    CONVENES_QUOTE,
    EXAMPLE,
    SEARCH_LABEL,
    SEARCH_TEXT,
    XSS_BREAKOUT,
    XSS_IMG,
    XSS_SCRIPT,
    _quoted_often,
    example_dataset,
    generated_dataset,
    xss_dataset,
)

from graph.namespaces import ONTOLOGY
from graph.network import build_network, find_nodes
from graph.viz import write_html

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("ACTA_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def _unavailable() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright; never `playwright install`)"
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return f"no Chromium at {CHROMIUM} (apt-get install chromium, or set ACTA_CHROMIUM)"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    why = _unavailable()
    if why:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"browser tests cannot run in CI: {why}")
        pytest.skip(why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@dataclass
class Loaded:
    """A page and everything it tried to do that a self-contained, inert page must not."""

    page: Any
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def wait(self, expression: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not self.js(expression):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout:.0f} s waiting for {expression}")
            self.page.wait_for_timeout(50)

    def xss_fired(self) -> bool:
        self.page.wait_for_timeout(300)     # let a broken image report its error
        return bool(self.dialogs) or self.js("window.__acta_xss !== undefined")


def load(browser: Any, path: Path, *, bypass_csp: bool = False, wait_stable: bool = True,
         timeout: float = 60.0) -> Loaded:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp)
    page = context.new_page()
    out = Loaded(page)

    def refuse(route: Any) -> None:
        out.blocked.append(route.request.url)
        route.abort()

    page.route(lambda url: not url.startswith("file:"), refuse)
    page.on("console", lambda m: out.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: out.errors.append(f"pageerror: {e}"))
    page.on("dialog", lambda d: (out.dialogs.append(d.message), d.dismiss()))
    start = time.monotonic()
    page.goto(path.resolve().as_uri())
    if wait_stable:
        out.wait("window.acta !== undefined && window.acta.stable === true", timeout)
    out.seconds = time.monotonic() - start
    return out


def page_id(p: Loaded, iri: str) -> int:
    return p.js("iri => acta.data.nodes.find(n => n.iri === iri).id", iri)


def edge_id(p: Loaded, source: int, predicate: str) -> int:
    return p.js("([s, p]) => acta.data.edges.find(e => e.from === s && e.p === p).id", [source, predicate])


def node_point(p: Loaded, node: int, network: str = "acta.network", container: str = "graph") -> list[float]:
    """Page coordinates of a node's centre."""
    return p.js(f"""([id, box]) => {{
        const d = {network}.canvasToDOM({network}.getPositions([id])[id]);
        const r = document.getElementById(box).getBoundingClientRect();
        return [d.x + r.left, d.y + r.top];
    }}""", [node, container])


def edge_point(p: Loaded, edge: int) -> list[float]:
    """A point on the edge that vis-network itself attributes to that edge and to no node."""
    return p.js("""id => {
        const net = acta.network, e = acta.edges.get(id), pos = net.getPositions([e.from, e.to]);
        const a = net.canvasToDOM(pos[e.from]), b = net.canvasToDOM(pos[e.to]);
        const r = document.getElementById("graph").getBoundingClientRect();
        const len = Math.hypot(b.x - a.x, b.y - a.y) || 1, nx = -(b.y - a.y) / len, ny = (b.x - a.x) / len;
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
          for (const off of [0, 2, -2, 4, -4, 7, -7, 10, -10, 14, -14, 20, -20]) {
            const pt = { x: a.x + t * (b.x - a.x) + off * nx, y: a.y + t * (b.y - a.y) + off * ny };
            if (net.getEdgeAt(pt) === id && net.getNodeAt(pt) === undefined) {
              return [pt.x + r.left, pt.y + r.top];
            }
          }
        }
        return null;
    }""", edge)


def click_edge(p: Loaded, edge: int) -> None:
    ends = p.js("id => { const e = acta.edges.get(id); return [e.from, e.to]; }", edge)
    p.js("ids => acta.network.fit({ nodes: ids })", ends)
    point = edge_point(p, edge)
    assert point, "no point of the edge is free of nodes"
    p.page.mouse.click(*point)


def click_node(p: Loaded, node: int) -> None:
    """Clicks a node's centre once the view is still: a click computed while vis-network still moves the view
    (it fits the graph once the layout settles) can land on an edge that passes there a moment later."""
    p.js("id => acta.network.fit({ nodes: [id], animation: false })", node)
    point, before = node_point(p, node), None
    for _ in range(20):  # two equal readings a frame apart
        p.page.wait_for_timeout(50)
        before, point = point, node_point(p, node)
        if point == before:
            break
    p.page.mouse.click(*point)


def panel_text(p: Loaded) -> str:
    return p.page.locator("#panel").inner_text()


@pytest.fixture(scope="module")
def example_graph() -> nx.MultiDiGraph:
    path = os.environ.get("ACTA_VIZ_DATASET")
    if not path:
        return build_network(example_dataset())
    ds = Dataset()
    ds.parse(path, format="nquads" if path.endswith(".nq") else "trig")
    return build_network(ds)


def _assert_clean(p: Loaded) -> None:
    assert p.blocked == [], f"the page tried the network: {p.blocked}"
    assert p.errors == [], f"console errors: {p.errors}"


# --- loading offline -------------------------------------------------------------------------------------
@pytest.mark.parametrize("layout", ["force", "chain", "timeline"])
def test_page_loads_offline_and_draws_the_whole_graph(browser: Any, example_graph: nx.MultiDiGraph,
                                                      tmp_path: Path, layout: str) -> None:
    p = load(browser, write_html(example_graph, tmp_path / "g.html", title="MISPA II", layout=layout))
    _assert_clean(p)
    counts = p.js("[acta.nodes.length, acta.edges.length, acta.network.body.nodeIndices.length, "
                  "acta.network.body.edgeIndices.length]")
    n, m = example_graph.number_of_nodes(), example_graph.number_of_edges()
    assert counts == [n, m, n, m]
    assert p.js("acta.network.physics.physicsEnabled") is False, "physics stops once the layout is stable"
    assert p.page.locator("h1").count() == 1 and p.page.locator("h1").inner_text() == "MISPA II"
    legend = p.page.locator("#legend").inner_text()
    for kind in ("resolution", "meeting", "body", "document", "person", "place"):
        assert kind in legend


def test_chain_layout_puts_roots_above(browser: Any, example_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    p = load(browser, write_html(example_graph, tmp_path / "g.html", layout="chain"))
    y = p.js("ids => ids.map(id => acta.network.getPositions([id])[id].y)",
             [page_id(p, find_nodes(example_graph, t)[0]) for t in ("OAS", "CP/RES. 957", SEARCH_TEXT)])
    assert y[0] < y[1] < y[2]


# --- finding things and reading the evidence -------------------------------------------------------------
def test_search_selects_the_node(browser: Any, example_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    p = load(browser, write_html(example_graph, tmp_path / "g.html"))
    [iri] = find_nodes(example_graph, SEARCH_TEXT)
    p.page.locator("#search").press_sequentially(SEARCH_TEXT)
    p.page.wait_for_timeout(100)
    assert p.js("acta.network.getSelectedNodes()") == [page_id(p, iri)]
    assert p.page.locator("#panel h2.title").inner_text() == SEARCH_LABEL
    assert SEARCH_LABEL[:40] in p.page.locator("#results li").first.inner_text()
    p.page.locator("#search").fill("")
    p.page.locator("#search").press_sequentially("CP/RES. 957")
    p.page.locator("#search").press("Enter")
    assert p.page.locator("#panel h2.title").inner_text() == "CP/RES. 957 (1714/09)"
    _assert_clean(p)


def test_clicking_an_edge_shows_its_quote(browser: Any, example_graph: nx.MultiDiGraph,
                                          tmp_path: Path) -> None:
    p = load(browser, write_html(example_graph, tmp_path / "g.html"))
    [meeting] = find_nodes(example_graph, SEARCH_TEXT)
    edge = edge_id(p, page_id(p, meeting), str(CONVENES))
    click_edge(p, edge)
    text = panel_text(p)
    assert CONVENES_QUOTE in text
    assert EXAMPLE.name in text and "convened by" in text
    assert p.js("acta.network.getSelectedEdges()") == [edge]
    _assert_clean(p)


def test_clicking_a_node_shows_facts_chain_and_evidence(browser: Any, example_graph: nx.MultiDiGraph,
                                                        tmp_path: Path) -> None:
    p = load(browser, write_html(example_graph, tmp_path / "g.html"))
    [meeting] = find_nodes(example_graph, SEARCH_TEXT)
    click_node(p, page_id(p, meeting))
    text = panel_text(p)
    assert SEARCH_LABEL in text and "Mandate chain" in text and CONVENES_QUOTE in text
    assert "convened by" in text and "CP/RES. 957 (1714/09)" in text
    p.page.get_by_role("button", name="Highlight the chain").click()
    chain = set(p.js("acta.network.getSelectedNodes().map(id => acta.data.nodes[id].label)"))
    assert {SEARCH_LABEL, "CP/RES. 957 (1714/09)"} <= chain
    assert any("Organization of American States" in label for label in chain), "the chain reaches its root"


def test_a_cut_list_says_how_many_quotes_there_are(browser: Any, tmp_path: Path) -> None:
    ds, body, res = _quoted_often()
    G = build_network(ds, quotes=2)
    p = load(browser, write_html(G, tmp_path / "g.html"))
    p.page.locator("#search").press_sequentially("Body Named Often")
    p.page.locator("#search").press("Enter")
    text = panel_text(p)
    assert "Evidence (11)" in text  # its own six records and the five of the resolution's link to it
    assert 'acta query evidence -p entity="Body Named Often" lists every one' in text
    assert p.page.locator("#panel blockquote").count() == 2 + 2  # its own first two, the link's first two
    click_edge(p, edge_id(p, page_id(p, str(res)), ONTOLOGY + "adoptedBy"))
    text = panel_text(p)
    assert "Evidence (5)" in text and 'The first 2 of 5; acta query evidence -p entity="RES/1" lists every one' in text
    _assert_clean(p)


def test_legend_hides_a_kind(browser: Any, example_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    p = load(browser, write_html(example_graph, tmp_path / "g.html"))
    p.page.locator("#kind-place").uncheck()
    hidden = p.js("acta.nodes.get().filter(n => n.hidden).length")
    assert hidden == sum(1 for _, k in example_graph.nodes(data="kind") if k == "place") > 0


def test_tooltip_shows_key_facts_as_text(browser: Any, example_graph: nx.MultiDiGraph,
                                         tmp_path: Path) -> None:
    p = load(browser, write_html(example_graph, tmp_path / "g.html"))
    [res] = find_nodes(example_graph, "CP/RES. 957")
    p.page.mouse.move(*node_point(p, page_id(p, res)))
    tip = p.page.locator("div.vis-tooltip")
    tip.wait_for(state="visible", timeout=5000)
    assert "CP/RES. 957 (1714/09)" in tip.inner_text() and "resolution" in tip.inner_text()


# --- document text never runs as code ---------------------------------------------------------------------
def _poke_everything(p: Loaded, network: str = "acta.network", container: str = "graph") -> None:
    """Hover every node and (for acta pages) open every node and edge in the panel and search for '<'."""
    ids = p.js(f"Object.keys({network}.getPositions()).map(Number)")
    for node in ids:
        x, y = node_point(p, node, network, container)
        p.page.mouse.move(x + 40, y + 40)
        p.page.mouse.move(x, y)
        p.page.wait_for_timeout(450)
    if network == "acta.network":
        for node in ids:
            p.js("id => acta.selectNode(id, false)", node)
        for edge in p.js("acta.edges.getIds()"):
            p.js("id => acta.selectEdge(id)", edge)
            x, y = edge_point(p, edge) or (0, 0)
            p.page.mouse.move(x, y)
            p.page.wait_for_timeout(450)
        p.page.locator("#search").press_sequentially("<")


@pytest.mark.parametrize("csp", ["with CSP", "without CSP"])
def test_document_text_runs_no_script(browser: Any, tmp_path: Path, csp: str) -> None:
    """Payloads in labels, facts, quotes and file names stay text, even with the page's CSP switched off."""
    G = build_network(xss_dataset())
    p = load(browser, write_html(G, tmp_path / "xss.html", title=XSS_IMG), bypass_csp=csp == "without CSP")
    _poke_everything(p)
    assert not p.xss_fired(), f"payload ran: dialogs={p.dialogs}"
    _assert_clean(p)
    p.js("id => acta.selectEdge(id)", p.js("acta.edges.getIds()[0]"))
    shown = panel_text(p) + p.page.locator("#results").inner_text() + p.page.locator("h1").inner_text()
    assert XSS_SCRIPT in shown or XSS_IMG in shown, "the payloads are shown as the text they are"
    labels = p.js("acta.data.nodes.map(n => n.label)")
    assert XSS_IMG in labels and XSS_BREAKOUT in labels
    assert p.page.locator("img").count() == 0 and p.page.locator("script").count() == 3


def test_the_same_check_catches_pyvis_raw_titles(browser: Any, tmp_path: Path) -> None:
    """Control: plain pyvis with "href" in a title inserts tooltips as HTML, and the check above sees it."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line", heading="pyvis")
    net.add_node(1, label="payload", title=f'<a href="#">source</a> {XSS_IMG}')
    net.add_node(2, label="other", title="plain")
    net.add_edge(1, 2)
    path = tmp_path / "pyvis.html"
    path.write_text(net.generate_html(), encoding="utf-8")
    p = load(browser, path, wait_stable=False)
    p.page.wait_for_timeout(1500)
    assert p.blocked, "pyvis's in_line page still reaches for a CDN (Bootstrap)"
    _poke_everything(p, network="network", container="mynetwork")
    assert p.xss_fired(), "the payload did not run in pyvis's page: the XSS check would not catch anything"


# --- size --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("layout", ["force", "chain", "timeline"])
def test_two_thousand_nodes_render_and_settle(browser: Any, tmp_path: Path, layout: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    G = build_network(generated_dataset(2000))
    assert G.number_of_nodes() == 2000
    start = time.monotonic()
    path = write_html(G, tmp_path / "big.html", layout=layout)
    written = time.monotonic() - start
    p = load(browser, path, timeout=240)
    _assert_clean(p)
    assert p.js("[acta.nodes.length, acta.edges.length]") == [2000, G.number_of_edges()]
    with capsys.disabled():
        print(f"\n[viz] 2,000 nodes / {G.number_of_edges():,} edges, {layout}: "
              f"page written in {written:.2f} s "
              f"({path.stat().st_size / 1e6:.1f} MB), loaded and settled in {p.seconds:.1f} s "
              f"(layout {p.js('acta.stabilizeMs') / 1000:.1f} s)")


# --- the real pipeline and the README screenshot ------------------------------------------------------------
def test_real_example_report(browser: Any, tmp_path: Path) -> None:
    """The extractor's own graph of the example report: search MISPA II, read the convening sentence."""
    from graph.app import store_dataset
    from graph.build import build
    from graph.store import open_store

    with open_store(tmp_path / "store", write=True) as store:
        build(store, [EXAMPLE], force=True)
        G = build_network(store_dataset(store))
    p = load(browser, write_html(G, tmp_path / "g.html", title="acta: " + EXAMPLE.name))
    _assert_clean(p)
    [meeting] = find_nodes(G, SEARCH_TEXT)
    p.page.locator("#search").press_sequentially(SEARCH_TEXT)
    p.page.wait_for_timeout(100)
    assert p.js("acta.network.getSelectedNodes()") == [page_id(p, meeting)]
    click_edge(p, edge_id(p, page_id(p, meeting), str(CONVENES)))
    assert CONVENES_QUOTE in panel_text(p)


def test_screenshot_script(browser: Any, example_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    html = write_html(example_graph, tmp_path / "g.html")
    png = tmp_path / "shot.png"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshot.py"), str(html), str(png),
                           "--width", "900", "--height", "600", "--chromium", CHROMIUM,
                           "--select", SEARCH_TEXT],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert "wrote" in done.stdout
