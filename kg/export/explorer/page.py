"""The HTML explorer: one self-contained, offline page per graph.

The page carries vis-network (the copy bundled with pyvis, inlined) and the graph as JSON; it
loads nothing from the network (a Content-Security-Policy in the page forbids it, and the
browser tests run with all requests blocked). It offers search by label or alias, filters by
node type and edge type, a legend with counts, and a details panel: a click on a node shows the
sentences and papers behind it, with links where an arXiv id or URL is known.

Large graphs stay usable: positions are computed here (:mod:`kg.export.explorer.layout`), physics runs only
for small graphs (at most :data:`PHYSICS_MAX` nodes), and only the ``max_nodes`` most connected
nodes are drawn, the rest counted by type in the summary line.

Text from abstracts never becomes markup: the data is embedded as JSON with ``<``, ``>`` and
``&`` escaped (``\\u003c`` ...), the page builds its DOM with ``textContent``, and node labels
are drawn on a canvas. The page has no timestamps or random ids: the same graph gives the same
bytes.
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from importlib.resources import files

import networkx as nx

from kg.graph.network import sentence_text
from kg.export.explorer.layout import force_layout
from kg.schema import CLAIM, EDGE_TYPES, NODE_TYPES, PAPER

MAX_NODES = 5000
"""Nodes drawn at most; the rest (lowest degree first) are only counted."""
PHYSICS_MAX = 300
"""Above this many drawn nodes the precomputed layout is final (physics off)."""
MAX_EVIDENCE = 20
"""Evidence sentences kept per node in the page (the details panel says how many more)."""
LABEL_CHARS = 40
PAGE_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:"
_URL = re.compile(r"^https?://[^\s<>\"']+$", re.I)


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """vis-network's standalone build, as bundled with pyvis (its source-map comment removed)."""
    text = (files("pyvis") / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8")
    return re.sub(r"//# sourceMappingURL=\S*", "", text).replace("</script", "<\\/script")


def paper_link(data: dict) -> str | None:
    """An http(s) link for a paper node: its URL, or its arXiv abstract page."""
    url = data.get("url")
    if url and _URL.match(url):
        return url
    if data.get("arxiv_id"):
        return f"https://arxiv.org/abs/{data['arxiv_id']}"
    return None


def evidence(graph: nx.MultiDiGraph, node: str) -> list[tuple[str, str, str]]:
    """``(paper node, edge type, sentence)`` behind ``node``, by paper and position.

    Edges derived from names (``variantOf`` without a paper) have no sentence and are left out.
    """
    read = [e for _, _, e in graph.in_edges(node, data=True) if e.get("paper")]
    read.sort(key=lambda e: (e["paper"], e["sentence_start"], e["type"]))
    return [(e["paper"], e["type"], sentence_text(graph, e)) for e in read]


def tooltip(graph: nx.MultiDiGraph, node: str) -> str:
    """A plain-text summary of a node: label, type, aliases, and the papers and sentences behind it."""
    data = graph.nodes[node]
    lines = [data["label"], f"type: {data['type']}"]
    if data.get("aliases"):
        lines.append("aliases: " + ", ".join(data["aliases"]))
    found = evidence(graph, node)
    for paper, kind, sentence in found[:MAX_EVIDENCE]:
        lines.append(f"• {graph.nodes[paper]['title']} [{kind}]\n  “{sentence}”")
    if len(found) > MAX_EVIDENCE:
        lines.append(f"… and {len(found) - MAX_EVIDENCE} more")
    return "\n".join(lines)


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 3] + "..."


def explorer_data(graph: nx.MultiDiGraph, max_nodes: int | None = MAX_NODES, seed: int = 7) -> dict:
    """The page's data: node and edge tables, papers and sentences referenced by index, counts."""
    degree = dict(graph.degree())
    typed = [n for n in graph.nodes if graph.nodes[n].get("type") in NODE_TYPES]
    ranked = sorted(typed, key=lambda n: (-degree[n], n))
    kept = sorted(ranked if max_nodes is None else ranked[:max_nodes])
    index = {node: i for i, node in enumerate(kept)}
    positions = force_layout(nx.Graph(graph.subgraph(kept)), seed=seed)
    scale = 120 * max(len(kept), 1) ** 0.5
    type_names, edge_names = list(NODE_TYPES), list(EDGE_TYPES)
    papers: dict[str, int] = {}
    paper_rows: list[list] = []
    sentences: dict[str, int] = {}

    def paper_ref(node: str) -> int:
        if node not in papers:
            data = graph.nodes[node]
            papers[node] = len(paper_rows)
            paper_rows.append([data.get("title") or data.get("label", ""), paper_link(data)])
        return papers[node]

    def sentence_ref(text: str) -> int:
        return sentences.setdefault(text, len(sentences))

    nodes = []
    for node in kept:
        data = graph.nodes[node]
        details: dict = {"id": node}
        if len(data["label"]) > LABEL_CHARS:
            details["label"] = data["label"]
        if data["type"] == PAPER:
            details.update(link=paper_link(data), date=data.get("date"), authors=data.get("authors") or [],
                           paper=paper_ref(node))
        elif data["type"] == CLAIM:
            details.update(text=data.get("text"), kind=data.get("kind"))
        else:
            details.update(papers=data.get("papers"), mentions=data.get("mentions"))
        found = evidence(graph, node)
        details["evidence"] = [[paper_ref(p), edge_names.index(k), sentence_ref(s)] for p, k, s in found[:MAX_EVIDENCE]]
        details["more"] = max(len(found) - MAX_EVIDENCE, 0)
        x, y = positions.get(node, (0.0, 0.0))
        nodes.append([_short(data["label"]), type_names.index(data["type"]), round(x * scale, 1), round(y * scale, 1),
                      round(8 + 3 * min(degree[node], 20) ** 0.8, 1), list(data.get("aliases") or []),
                      {k: v for k, v in details.items() if v not in (None, [], "")}])
    drawn: dict[tuple[int, int, int], int] = {}
    for u, v, data in graph.edges(data=True):
        if u in index and v in index:
            key = (index[u], index[v], edge_names.index(data["type"]))
            drawn[key] = drawn.get(key, 0) + 1
    edges = [[u, v, t, n] for (u, v, t), n in sorted(drawn.items())]
    totals = {name: 0 for name in type_names}
    for node in typed:
        totals[graph.nodes[node]["type"]] += 1
    shown = {name: 0 for name in type_names}
    for node in kept:
        shown[graph.nodes[node]["type"]] += 1
    return {
        "nodes": nodes,
        "edges": edges,
        "papers": paper_rows,
        "sentences": list(sentences),
        "nodeTypes": [{"name": t.name, "colour": t.colour, "shape": t.shape, "total": totals[t.name],
                       "shown": shown[t.name]} for t in NODE_TYPES.values()],
        "edgeTypes": [{"name": e.name, "colour": e.colour} for e in EDGE_TYPES.values()],
        "total": len(typed),
        "physicsMax": PHYSICS_MAX,
    }


def script_json(value) -> str:
    """JSON safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` as ``\\u`` escapes."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def legend_html() -> str:
    """The legend and filters, from the schema only (no text from the data)."""
    node_rows = "".join(
        f'<label class="kg-row"><input type="checkbox" checked data-node-type="{i}">'
        f'<span class="swatch" style="background:{t.colour}"></span>{html.escape(t.name)}'
        f' <span class="count" data-count-for="{i}"></span></label>'
        for i, t in enumerate(NODE_TYPES.values())
    )
    edge_rows = "".join(
        f'<label class="kg-row"><input type="checkbox" checked data-edge-type="{i}">'
        f'<span class="line" style="background:{e.colour}"></span>{html.escape(e.name)}</label>'
        for i, e in enumerate(EDGE_TYPES.values())
    )
    return (f'<div id="kg-legend"><h3>Node types</h3>{node_rows}'
            f'<h3>Edge types</h3><div id="kg-edge-types">{edge_rows}</div></div>')


_STYLE = """
html, body { margin: 0; height: 100%; font: 13px/1.4 system-ui, sans-serif; color: #222; }
body { display: flex; }
#kg-side { width: 330px; flex: none; height: 100vh; overflow-y: auto; box-sizing: border-box; padding: 10px;
           border-right: 1px solid #ccc; background: #fafafa; }
#kg-net { flex: 1; height: 100vh; }
#kg-side h1 { font-size: 16px; margin: 0 0 6px; }
#kg-side h3 { font-size: 12px; text-transform: uppercase; color: #666; margin: 10px 0 4px; }
#kg-search { width: 100%; box-sizing: border-box; padding: 4px 6px; }
#kg-results { list-style: none; padding: 0; margin: 4px 0; max-height: 180px; overflow-y: auto; }
#kg-results li { cursor: pointer; padding: 1px 3px; } #kg-results li:hover { background: #e8eef7; }
.kg-row { display: block; cursor: pointer; }
.swatch { display: inline-block; width: 10px; height: 10px; margin: 0 6px 0 2px; border-radius: 2px; }
.line { display: inline-block; width: 14px; height: 3px; margin: 0 6px 3px 2px; }
.count, .muted { color: #777; }
#kg-details blockquote { margin: 2px 0 8px 8px; padding-left: 6px; border-left: 3px solid #ddd; }
#kg-details h2 { font-size: 15px; margin: 4px 0; word-wrap: break-word; }
"""

_APP = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var T = data.nodeTypes, E = data.edgeTypes, N = data.nodes;
  var typeOn = T.map(function () { return true; }), edgeOn = E.map(function () { return true; });
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function link(url, text) {
    var a = el("a", text);
    if (url && /^https?:\/\//i.test(url)) { a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer"; }
    return a;
  }
  var nodes = new vis.DataSet(N.map(function (n, i) {
    var t = T[n[1]];
    return {id: i, label: n[0], x: n[2], y: n[3], size: n[4], shape: t.shape,
            color: {background: t.colour, border: t.colour}, font: {size: 12}};
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    return {id: i, from: e[0], to: e[1], arrows: "to", width: Math.min(1 + Math.log(e[3]), 4),
            color: {color: E[e[2]].colour, opacity: 0.7}};
  }));
  var nodeView = new vis.DataView(nodes, {filter: function (n) { return typeOn[N[n.id][1]]; }});
  var edgeView = new vis.DataView(edges, {filter: function (e) {
    var d = data.edges[e.id]; return edgeOn[d[2]] && typeOn[N[d[0]][1]] && typeOn[N[d[1]][1]];
  }});
  var big = N.length > data.physicsMax;
  var network = new vis.Network(document.getElementById("kg-net"), {nodes: nodeView, edges: edgeView}, {
    physics: {enabled: !big, stabilization: {iterations: 100}},
    layout: {improvedLayout: false, randomSeed: 7},
    interaction: {hover: !big, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 200},
    edges: {smooth: false}
  });
  network.once("afterDrawing", function () {
    window.kgFirstFrame = performance.now();
    document.body.setAttribute("data-drawn", "1");
  });

  var status = document.getElementById("kg-status");
  function updateStatus() {
    status.textContent = nodeView.length + " of " + N.length + " nodes and " + edgeView.length + " of " +
      data.edges.length + " links shown";
    status.setAttribute("data-nodes", String(nodeView.length));
    status.setAttribute("data-edges", String(edgeView.length));
  }
  var summary = document.getElementById("kg-summary");
  if (data.total > N.length) {
    var parts = T.filter(function (t) { return t.total > t.shown; })
                 .map(function (t) { return t.name + " " + (t.total - t.shown); });
    summary.textContent = "The " + N.length + " most connected of " + data.total + " nodes are drawn; " +
      (data.total - N.length) + " more are only counted (" + parts.join(", ") + ").";
  } else {
    summary.textContent = "All " + data.total + " nodes are drawn.";
  }
  T.forEach(function (t, i) {
    var c = document.querySelector('[data-count-for="' + i + '"]');
    if (c) c.textContent = t.shown === t.total ? "(" + t.total + ")" : "(" + t.shown + " of " + t.total + ")";
  });
  document.querySelectorAll("input[data-node-type]").forEach(function (box) {
    box.addEventListener("change", function () {
      typeOn[+box.getAttribute("data-node-type")] = box.checked;
      nodeView.refresh(); edgeView.refresh(); updateStatus(); runSearch();
    });
  });
  document.querySelectorAll("input[data-edge-type]").forEach(function (box) {
    box.addEventListener("change", function () {
      edgeOn[+box.getAttribute("data-edge-type")] = box.checked;
      edgeView.refresh(); updateStatus();
    });
  });

  var details = document.getElementById("kg-details");
  function show(i) {
    var n = N[i], d = n[6], t = T[n[1]];
    details.replaceChildren();
    details.appendChild(el("h2", d.label || n[0]));
    details.appendChild(el("div", t.name, "muted"));
    if (n[5].length) details.appendChild(el("div", "Also: " + n[5].join(", ")));
    if (d.link) { var p = el("div"); p.appendChild(link(d.link, d.link)); details.appendChild(p); }
    if (d.date) details.appendChild(el("div", "Date: " + d.date));
    if (d.authors) details.appendChild(el("div", "Authors: " + d.authors.join(", ")));
    if (d.text) details.appendChild(el("blockquote", d.text));
    if (d.papers) details.appendChild(el("div", "In " + d.papers + " papers, " + (d.mentions || 0) + " mentions"));
    if (d.evidence && d.evidence.length) {
      details.appendChild(el("h3", "Evidence"));
      var list = el("div");
      d.evidence.forEach(function (ev) {
        var paper = data.papers[ev[0]], item = el("div", null, "kg-evidence");
        item.appendChild(link(paper[1], paper[0]));
        item.appendChild(el("span", " · " + E[ev[1]].name, "muted"));
        item.appendChild(el("blockquote", data.sentences[ev[2]]));
        list.appendChild(item);
      });
      details.appendChild(list);
      if (d.more) details.appendChild(el("div", "… and " + d.more + " more", "muted"));
    }
  }
  network.on("click", function (params) { if (params.nodes.length) show(params.nodes[0]); });

  var search = document.getElementById("kg-search"), results = document.getElementById("kg-results");
  var names = N.map(function (n) { return [n[6].label || n[0]].concat(n[5]).join("\n").toLowerCase(); });
  function runSearch() {
    var q = search.value.trim().toLowerCase();
    results.replaceChildren();
    var hits = [];
    if (q) N.forEach(function (n, i) { if (typeOn[n[1]] && names[i].indexOf(q) >= 0) hits.push(i); });
    results.setAttribute("data-count", String(hits.length));
    network.selectNodes(hits);
    hits.slice(0, 100).forEach(function (i) {
      var li = el("li", N[i][6].label || N[i][0]);
      li.appendChild(el("span", " " + T[N[i][1]].name, "muted"));
      li.addEventListener("click", function () {
        network.selectNodes([i]); network.focus(i, {scale: 1.2}); show(i);
      });
      results.appendChild(li);
    });
    if (hits.length > 100) results.appendChild(el("li", "… " + (hits.length - 100) + " more", "muted"));
  }
  search.addEventListener("input", runSearch);
  updateStatus();
  window.kgExplorer = {network: network, nodes: nodeView, edges: edgeView, data: data, show: show};
})();
"""


def to_html(graph: nx.MultiDiGraph, seed: int = 7, max_nodes: int | None = MAX_NODES) -> str:
    """The explorer page of ``graph``: self-contained, offline and deterministic."""
    data = explorer_data(graph, max_nodes=max_nodes, seed=seed)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{PAGE_CSP}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>paper-kg explorer</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        "<div id=\"kg-side\">\n<h1>paper-kg explorer</h1>\n"
        "<input id=\"kg-search\" type=\"search\" placeholder=\"Search labels and aliases\" autocomplete=\"off\">\n"
        "<ul id=\"kg-results\"></ul>\n<div id=\"kg-status\" class=\"muted\"></div>\n"
        "<div id=\"kg-summary\" class=\"muted\"></div>\n"
        f"{legend_html()}\n<h3>Details</h3>\n<div id=\"kg-details\" class=\"muted\">Click a node.</div>\n</div>\n"
        "<div id=\"kg-net\"></div>\n"
        f"<script type=\"application/json\" id=\"kg-data\">{script_json(data)}</script>\n"
        f"<script>{vis_network_js()}</script>\n<script>{_APP}</script>\n</body>\n</html>\n"
    )
