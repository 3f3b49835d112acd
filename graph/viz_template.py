"""The page ``graph.viz`` fills in: markup, style and the script that draws the graph.

No template engine: ``render_html`` replaces the ``@@NAME@@`` markers in one pass,
so text it inserts is never scanned again.  The script builds every element
from data with ``textContent``; it never assigns ``innerHTML``.
"""

from __future__ import annotations

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="@@CSP@@">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<style>@@CSS@@</style>
</head>
<body>
<header id="top">
  <h1>@@TITLE@@</h1>
  <div id="find">
    <input id="search" type="search" autocomplete="off" spellcheck="false"
           placeholder="Find a resolution, meeting or body: label, symbol or acronym"
           aria-label="Find a node by label, symbol or acronym">
    <ul id="results" role="listbox" aria-label="Matches"></ul>
  </div>
  <button id="fit" type="button" title="Show the whole graph">Fit</button>
  <span id="stats" aria-live="polite"></span>
</header>
<main>
  <div id="graph" aria-label="Provenance graph"></div>
  <div id="progress">laying out ...</div>
  <aside id="side">
    <section id="panel" aria-live="polite"></section>
    <section id="legend"><h2>Legend</h2><div id="legend-kinds"></div><div id="legend-edges"></div></section>
  </aside>
</main>
<script type="application/json" id="acta-data">@@DATA@@</script>
<script>@@VIS_JS@@</script>
<script>@@APP_JS@@</script>
</body>
</html>
"""

CSS = """
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1d1d1d; background: #fafaf8; }
body { display: flex; flex-direction: column; }
header { display: flex; align-items: center; gap: 12px; padding: 8px 14px; border-bottom: 1px solid #ddd;
  background: #fff; }
header h1 { font-size: 17px; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  max-width: 30vw; }
#find { position: relative; flex: 1; max-width: 560px; }
#search { width: 100%; padding: 6px 10px; font: inherit; border: 1px solid #bbb; border-radius: 6px; }
#results { position: absolute; z-index: 20; left: 0; right: 0; margin: 2px 0 0; padding: 0; list-style: none;
  background: #fff; border: 1px solid #ccc; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.12);
  max-height: 50vh; overflow: auto; }
#results:empty { display: none; }
#results li { padding: 5px 10px; cursor: pointer; display: flex; gap: 8px; align-items: baseline; }
#results li.active, #results li:hover { background: #eef4fb; }
#results .kind { color: #666; font-size: 12px; }
button { font: inherit; padding: 4px 10px; border: 1px solid #bbb; border-radius: 6px; background: #fff;
  cursor: pointer; }
button:hover { background: #f0f0f0; }
#stats { color: #555; font-size: 13px; white-space: nowrap; }
main { flex: 1; display: flex; min-height: 0; position: relative; }
#graph { flex: 1; min-width: 0; background: #fff; }
#progress { position: absolute; left: 12px; bottom: 10px; color: #555; background: rgba(255,255,255,.85);
  padding: 2px 8px; border-radius: 4px; font-size: 13px; }
#progress.done { display: none; }
#side { width: 380px; max-width: 45vw; border-left: 1px solid #ddd; overflow: auto; background: #fff;
  padding: 10px 14px; }
#side h2 { font-size: 15px; margin: 14px 0 6px; }
#panel h2.title { font-size: 16px; margin-top: 4px; }
#panel .kind, .muted { color: #666; font-size: 12px; }
#panel .iri { font: 11px ui-monospace, monospace; color: #777; word-break: break-all; }
#panel dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 8px 0; }
#panel dt { color: #666; }
#panel dd { margin: 0; word-break: break-word; }
#panel ol, #panel ul { padding-left: 18px; margin: 4px 0; }
.linkish { border: 0; padding: 0; background: none; color: #0b5cad; text-align: left; cursor: pointer;
  text-decoration: underline; }
.ev { margin: 8px 0 12px; }
.ev blockquote { margin: 2px 0; padding: 4px 8px; border-left: 3px solid #0072B2; background: #f4f8fc; }
.ev .src, .ev .fact { font-size: 12px; color: #555; }
.ev .edge { font-size: 12px; }
.legend-row { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.glyph { font-size: 16px; width: 18px; text-align: center; -webkit-text-stroke: .5px #555; }
.line { display: inline-block; width: 26px; border-top-width: 2px; }
.count { color: #888; font-size: 12px; }
div.vis-tooltip { position: absolute; visibility: hidden; z-index: 30; max-width: 420px; white-space: normal;
  background: #fffef6; border: 1px solid #aaa; border-radius: 4px; padding: 6px 8px; font-size: 13px;
  box-shadow: 2px 2px 8px rgba(0,0,0,.18); pointer-events: none; }
.tip-title { font-weight: 600; }
.tip-key { color: #666; }
.tip-hint { color: #888; font-size: 12px; margin-top: 4px; }
"""

APP_JS = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("acta-data").textContent);
  var KINDS = {}, GROUPS = {};
  DATA.kinds.forEach(function (k) { KINDS[k.key] = k; });
  DATA.groups.forEach(function (g) { GROUPS[g.key] = g; });
  var NODE = new Map(), EDGE = new Map(), OUT = new Map(), TOUCH = new Map();
  DATA.nodes.forEach(function (n) {
    NODE.set(n.id, n); OUT.set(n.id, []); TOUCH.set(n.id, []);
    n.norm = n.keys.map(norm);
  });
  DATA.edges.forEach(function (e) {
    EDGE.set(e.id, e); TOUCH.get(e.from).push(e); if (e.to !== e.from) { TOUCH.get(e.to).push(e); }
    if (e.m) { OUT.get(e.from).push(e); }
  });

  function norm(s) { return String(s).toLowerCase().replace(/\s+/g, " ").trim(); }
  function short(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + "\u2026" : s; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }
  // a list cut to its first quotes (acta viz --quotes) says how many there are in "evn"
  function count(x) { return x.evn || x.ev.length; }
  function allOf(x) { return "acta query evidence -p entity=\"" + name(x.from === undefined ? x.id : x.from) + "\""; }
  function name(id) { return NODE.get(id).label; }

  function nodeTip(n) {
    var d = el("div");
    d.appendChild(el("div", "tip-title", n.label));
    d.appendChild(el("div", "tip-key", KINDS[n.kind].label));
    n.facts.slice(0, 6).forEach(function (f) {
      var r = el("div"); r.appendChild(el("span", "tip-key", f[0] + ": ")); r.appendChild(el("span", null, short(f[1], 140)));
      d.appendChild(r);
    });
    d.appendChild(el("div", "tip-hint", "click for the sources (" + (count(n) + TOUCH.get(n.id).length) + " facts)"));
    return d;
  }
  function edgeTip(e) {
    var d = el("div");
    d.appendChild(el("div", "tip-title", short(name(e.from), 60) + " \u2014 " + e.label + " \u2192 " + short(name(e.to), 60)));
    if (e.ev.length) {
      d.appendChild(el("div", null, "\u201c" + short(DATA.quotes[e.ev[0][0]][0], 220) + "\u201d"));
      d.appendChild(el("div", "tip-hint", count(e) + " source" + (count(e) > 1 ? "s" : "") + "; click to read"));
    } else {
      d.appendChild(el("div", "tip-hint", "no quote recorded"));
    }
    return d;
  }

  var big = DATA.nodes.length > 400, layout = DATA.layout;
  var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
    var k = KINDS[n.kind];
    var o = { id: n.id, label: short(n.label, 42), shape: k.shape, size: k.size, title: nodeTip(n),
              color: { background: k.color, border: k.border, highlight: { background: k.color, border: "#000" },
                       hover: { background: k.color, border: "#000" } } };
    if (n.level !== undefined) { o.level = n.level; }
    if (n.y !== undefined) { o.x = n.x; o.y = n.y; }
    else if (n.x !== undefined) { o.x = n.x; o.y = ((n.id * 7919) % 600) - 300; o.fixed = { x: true, y: false }; }
    return o;
  }));
  var edges = new vis.DataSet(DATA.edges.map(function (e) {
    var g = GROUPS[e.group];
    return { id: e.id, from: e.from, to: e.to, label: e.label, title: edgeTip(e), dashes: g.dashes,
             color: { color: g.color, highlight: "#000", hover: "#000", opacity: 0.85 } };
  }));

  var iterations = DATA.nodes.length > 1000 ? 250 : DATA.nodes.length > 300 ? 500 : 1000;
  var options = {
    autoResize: true,
    nodes: { borderWidth: 1, font: { size: 13, face: "system-ui, sans-serif", multi: false, strokeWidth: 3,
             strokeColor: "#ffffff" } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, width: 1, selectionWidth: 2,
             font: { size: 10, align: "middle", multi: false, strokeWidth: 3, color: "#444" },
             smooth: big ? false : { type: "continuous" } },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                   keyboard: false, multiselect: false, navigationButtons: false },
    layout: { improvedLayout: DATA.nodes.length <= 150, randomSeed: 7 },
    physics: { enabled: true, solver: "barnesHut",
               barnesHut: { gravitationalConstant: -6000, springLength: 130, springConstant: 0.03,
                            centralGravity: 0.15, avoidOverlap: 0.1, theta: big ? 0.9 : 0.5 },
               stabilization: { enabled: true, iterations: iterations, updateInterval: 25, fit: true } }
  };
  if (DATA.positioned) {
    options.physics = { enabled: false };
    options.edges.smooth = false;
  } else if (layout === "chain") {
    options.layout.hierarchical = { enabled: true, direction: "UD", sortMethod: "directed", levelSeparation: 140,
                                    nodeSpacing: 240, treeSpacing: 260, shakeTowards: "roots",
                                    edgeMinimization: !big, blockShifting: true, parentCentralization: true };
    options.physics.solver = "hierarchicalRepulsion";
    options.physics.hierarchicalRepulsion = { nodeDistance: 240, avoidOverlap: 0.8, centralGravity: 0.0 };
    if (!big) { options.edges.smooth = { type: "cubicBezier", forceDirection: "vertical", roundness: 0.4 }; }
  } else if (layout === "timeline") {
    options.physics.stabilization.iterations = big ? 150 : 600;   // x is fixed: only y has to settle
    options.physics.barnesHut = { gravitationalConstant: -5000, springLength: 160, springConstant: 0.02,
                                  centralGravity: 0.03, avoidOverlap: 0.8 };
  }

  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  var acta = window.acta = { network: network, nodes: nodes, edges: edges, data: DATA, stable: false,
                             stabilizeMs: null };
  var t0 = performance.now();
  var progress = document.getElementById("progress");
  network.on("stabilizationProgress", function (p) {
    progress.textContent = "laying out ... " + Math.round(100 * p.iterations / p.total) + "%";
  });
  function settled() {
    if (acta.stable) { return; }
    network.setOptions({ physics: { enabled: false } });
    network.fit();
    network.moveTo({ scale: network.getScale() * 0.92 });   // fit() leaves the outer labels half cut
    progress.className = "done";
    acta.stabilizeMs = Math.round(performance.now() - t0);
    acta.stable = true;
  }
  if (DATA.positioned) { network.once("afterDrawing", function () { setTimeout(settled, 0); }); }
  else { network.once("stabilizationIterationsDone", settled); }
  document.getElementById("stats").textContent =
    DATA.nodes.length + " nodes \u00b7 " + DATA.edges.length + " edges \u00b7 " + layout + " layout";
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: true }); });

  if (DATA.ticks.length) {
    network.on("beforeDrawing", function (ctx) {
      var scale = network.getScale(), top = network.DOMtoCanvas({ x: 0, y: 0 });
      var bottom = network.DOMtoCanvas({ x: 0, y: container.clientHeight });
      ctx.save();
      ctx.strokeStyle = "#e4e4e4"; ctx.fillStyle = "#777"; ctx.lineWidth = 1 / scale;
      ctx.font = (12 / scale) + "px system-ui, sans-serif";
      var last = -Infinity;
      DATA.ticks.slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (t) {
        ctx.beginPath(); ctx.moveTo(t[0], top.y); ctx.lineTo(t[0], bottom.y); ctx.stroke();
        if ((t[0] - last) * scale >= 56) { ctx.fillText(t[1], t[0] + 3 / scale, top.y + 14 / scale); last = t[0]; }
      });
      ctx.restore();
    });
  }

  // --- the panel: facts, mandate chain and the sentences behind them ----------------
  var panel = document.getElementById("panel");
  function hint() {
    clear(panel);
    panel.appendChild(el("p", "muted", "Click a node or an edge to read the sentences behind it. " +
      "Search by label, symbol or acronym; hover for key facts."));
  }
  function nodeButton(id) {
    var b = el("button", "linkish", short(name(id), 80));
    b.type = "button";
    b.addEventListener("click", function () { selectNode(id, true); });
    return b;
  }
  function edgeButton(e, text) {
    var b = el("button", "linkish", text);
    b.type = "button";
    b.addEventListener("click", function () { selectEdge(e.id); });
    return b;
  }
  function evidenceItem(ref, rule, fact, edge) {
    var li = el("li", "ev"), q = DATA.quotes[ref];
    if (edge) {
      var d = el("div", "edge");
      d.appendChild(edgeButton(edge, short(name(edge.from), 40) + " \u2014 " + edge.label + " \u2192 " + short(name(edge.to), 40)));
      li.appendChild(d);
    }
    if (fact) { li.appendChild(el("div", "fact", fact)); }
    li.appendChild(el("blockquote", "quote", q[0] || "(no quote recorded)"));
    var where = (DATA.docs[q[1]] || "unknown source");
    if (q[2] !== null && q[2] !== undefined) { where += ", characters " + q[2] + "\u2013" + q[3]; }
    if (rule) { where += " \u00b7 rule " + rule; }
    li.appendChild(el("div", "src", where));
    return li;
  }
  function facts(list) {
    var dl = el("dl");
    list.forEach(function (f) { dl.appendChild(el("dt", null, f[0])); dl.appendChild(el("dd", null, f[1])); });
    return dl;
  }
  function chainOf(id) {
    var seen = new Set([id]), steps = [], queue = [[id, 1]];
    while (queue.length) {
      var cur = queue.shift();
      OUT.get(cur[0]).forEach(function (e) {
        steps.push([cur[1], e]);
        if (!seen.has(e.to)) { seen.add(e.to); queue.push([e.to, cur[1] + 1]); }
      });
    }
    return { nodes: Array.from(seen), steps: steps };
  }
  function showNode(id) {
    var n = NODE.get(id), k = KINDS[n.kind];
    clear(panel);
    panel.appendChild(el("h2", "title", n.label));
    var kind = el("div", "kind"); var g = el("span", "glyph", k.glyph); g.style.color = k.color;
    kind.appendChild(g); kind.appendChild(document.createTextNode(" " + k.label)); panel.appendChild(kind);
    panel.appendChild(el("div", "iri", n.iri));
    if (n.facts.length) { panel.appendChild(facts(n.facts)); }
    var chain = chainOf(id);
    if (chain.steps.length) {
      panel.appendChild(el("h2", null, "Mandate chain"));
      var show = el("button", null, "Highlight the chain"); show.type = "button";
      show.addEventListener("click", function () {
        network.setSelection({ nodes: chain.nodes, edges: chain.steps.map(function (s) { return s[1].id; }) },
                             { unselectAll: true, highlightEdges: false });
        network.fit({ nodes: chain.nodes, animation: true });
      });
      panel.appendChild(show);
      var ol = el("ol");
      chain.steps.slice(0, 60).forEach(function (s) {
        var li = el("li"); li.appendChild(el("span", "muted", "depth " + s[0] + ": "));
        li.appendChild(edgeButton(s[1], short(name(s[1].from), 40) + " \u2014 " + s[1].label + " \u2192 " + short(name(s[1].to), 40)));
        ol.appendChild(li);
      });
      panel.appendChild(ol);
    }
    var items = [], total = count(n);
    n.ev.forEach(function (v) { items.push([v[0], v[1], v[2], null]); });
    TOUCH.get(id).forEach(function (e) {
      if (!e.ev.length) { items.push([null, "", "", e]); total += 1; }
      e.ev.forEach(function (v) { items.push([v[0], v[1], "", e]); });
      total += count(e);
    });
    panel.appendChild(el("h2", null, "Evidence (" + total + ")"));
    var ul = el("ul");
    items.slice(0, 40).forEach(function (it) {
      if (it[0] === null) {
        var li = el("li", "ev"); li.appendChild(edgeButton(it[3], it[3].label + ": " + short(name(it[3].to), 50)));
        li.appendChild(el("div", "src", "no quote recorded")); ul.appendChild(li);
      } else { ul.appendChild(evidenceItem(it[0], it[1], it[2], it[3])); }
    });
    panel.appendChild(ul);
    var shown = Math.min(items.length, 40);
    if (total > shown) {
      panel.appendChild(el("p", "muted", (total - shown) + " more: click an edge to see its own" +
                           (n.evn ? "; " + allOf(n) + " lists every one." : ".")));
    }
  }
  function showEdge(id) {
    var e = EDGE.get(id);
    clear(panel);
    var h = el("h2", "title");
    h.appendChild(nodeButton(e.from)); h.appendChild(document.createTextNode(" \u2014 " + e.label + " \u2192 "));
    h.appendChild(nodeButton(e.to));
    panel.appendChild(h);
    panel.appendChild(el("div", "kind", GROUPS[e.group].label));
    panel.appendChild(el("div", "iri", e.p));
    panel.appendChild(el("h2", null, "Evidence (" + count(e) + ")"));
    var ul = el("ul");
    e.ev.forEach(function (v) { ul.appendChild(evidenceItem(v[0], v[1], "", null)); });
    if (!e.ev.length) { ul.appendChild(el("li", "muted", "No quote was recorded for this fact.")); }
    panel.appendChild(ul);
    if (e.evn) {
      panel.appendChild(el("p", "muted", "The first " + e.ev.length + " of " + e.evn + "; " + allOf(e) +
                           " lists every one."));
    }
  }
  function reveal(id) {
    var n = NODE.get(id);
    if (hiddenKinds.has(n.kind)) { toggleKind(n.kind, true); }
    if (hideAlone && TOUCH.get(id).length === 0) {
      hideAlone = false; document.getElementById("show-unconnected").checked = true; applyHidden();
    }
  }
  function selectNode(id, move) {
    reveal(id);
    network.selectNodes([id], true);
    showNode(id);
    if (move) { network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } }); }
  }
  function selectEdge(id) {
    var e = EDGE.get(id);
    reveal(e.from); reveal(e.to);
    network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
    showEdge(id);
  }
  acta.selectNode = selectNode; acta.selectEdge = selectEdge;
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); } else if (p.edges.length) { showEdge(p.edges[0]); } else { hint(); }
  });
  hint();

  // --- search ---------------------------------------------------------------------------
  var search = document.getElementById("search"), results = document.getElementById("results"), matches = [];
  function rank(q) {
    var found = [];
    DATA.nodes.forEach(function (n) {
      var best = 9;
      n.norm.forEach(function (k) {
        if (k === q) { best = Math.min(best, 0); } else if (k.indexOf(q) === 0) { best = Math.min(best, 1); }
        else if (k.indexOf(q) > 0) { best = Math.min(best, 2); }
      });
      if (best < 9) { found.push([best, n.label.length, n.id]); }
    });
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return found.slice(0, 20).map(function (f) { return f[2]; });
  }
  function showResults(active) {
    clear(results);
    matches.forEach(function (id, i) {
      var n = NODE.get(id), li = el("li");
      li.setAttribute("role", "option");
      if (i === active) { li.className = "active"; }
      var g = el("span", "glyph", KINDS[n.kind].glyph); g.style.color = KINDS[n.kind].color;
      li.appendChild(g); li.appendChild(el("span", null, short(n.label, 70)));
      var sym = n.keys.length > 1 ? n.keys[1] : "";
      li.appendChild(el("span", "kind", sym && sym !== n.label ? short(sym, 30) : KINDS[n.kind].label));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); selectNode(id, true); matches = []; clear(results); });
      results.appendChild(li);
    });
  }
  search.addEventListener("input", function () {
    var q = norm(search.value);
    matches = q ? rank(q) : [];
    showResults(0);
    if (matches.length) { selectNode(matches[0], true); }
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && matches.length) { selectNode(matches[0], true); matches = []; clear(results); }
    else if (ev.key === "Escape") { matches = []; clear(results); }
  });
  search.addEventListener("blur", function () { clear(results); });

  // --- legend: shapes, colours, counts; a click hides or shows a kind, or the unconnected ---------
  var hiddenKinds = new Set(), hideAlone = false;
  function applyHidden() {
    nodes.update(DATA.nodes.map(function (n) {
      return { id: n.id, hidden: hiddenKinds.has(n.kind) || (hideAlone && TOUCH.get(n.id).length === 0) };
    }));
  }
  function toggleKind(kind, show) {
    if (show) { hiddenKinds.delete(kind); } else { hiddenKinds.add(kind); }
    applyHidden();
    var box = document.getElementById("kind-" + kind);
    if (box) { box.checked = show; }
  }
  var lk = document.getElementById("legend-kinds");
  DATA.kinds.forEach(function (k) {
    if (!k.count) { return; }
    var row = el("label", "legend-row"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.id = "kind-" + k.key;
    box.addEventListener("change", function () { toggleKind(k.key, box.checked); });
    var g = el("span", "glyph", k.glyph); g.style.color = k.color;
    row.appendChild(box); row.appendChild(g); row.appendChild(el("span", null, k.label));
    row.appendChild(el("span", "count", String(k.count)));
    lk.appendChild(row);
  });
  var alone = DATA.nodes.filter(function (n) { return TOUCH.get(n.id).length === 0; }).length;
  if (alone) {
    var row = el("label", "legend-row"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.id = "show-unconnected";
    box.addEventListener("change", function () { hideAlone = !box.checked; applyHidden(); });
    row.appendChild(box); row.appendChild(el("span", "glyph", "\u00b7"));
    row.appendChild(el("span", null, "unconnected")); row.appendChild(el("span", "count", String(alone)));
    lk.appendChild(row);
  }
  var le = document.getElementById("legend-edges");
  DATA.groups.forEach(function (g) {
    if (!g.count) { return; }
    var row = el("div", "legend-row"), line = el("span", "line");
    line.style.borderTopStyle = g.dashes ? "dashed" : "solid"; line.style.borderTopColor = g.color;
    row.appendChild(line); row.appendChild(el("span", null, g.label)); row.appendChild(el("span", "count", String(g.count)));
    le.appendChild(row);
  });
  if (DATA.positioned) {
    options.physics = { enabled: false };
    options.edges.smooth = false;
  } else if (layout === "chain") { le.appendChild(el("p", "muted", "Chain layout: the roots of mandates at the top, what they produced below.")); }
  if (layout === "timeline") { le.appendChild(el("p", "muted", "Timeline: x is the date; undated things sit at the median date of their links.")); }
})();
"""
