"""An interactive HTML view of the graph (pyvis / vis-network) that works offline.

vis-network is inlined into the page; pyvis's template also links Bootstrap from a CDN,
which the page does not need, so those tags are removed and a test checks that no
``http(s)://`` resource is loaded. Node labels are drawn on a canvas and tooltips are set
as plain text by vis-network, so text from abstracts never becomes markup; the page's own
additions (legend, styles) contain no text from the data.
"""

from __future__ import annotations

import html
import json
import re

import networkx as nx
from pyvis.network import Network

from kg.graph import sentence_text
from kg.layout import force_layout
from kg.schema import EDGE_TYPES, NODE_TYPES, PAPER

MAX_EVIDENCE = 5
_REMOTE_TAG = re.compile(
    r"<link[^>]*href=\"https?://[^\"]*\"[^>]*/?>|<script[^>]*src=\"https?://[^\"]*\"[^>]*>\s*</script>", re.S
)
_STYLE = """<style>
  .vis-tooltip { white-space: pre-wrap; max-width: 520px; font-family: sans-serif; font-size: 12px; }
  #kg-legend { position: fixed; top: 8px; left: 8px; background: rgba(255,255,255,.92); padding: 6px 10px;
               border: 1px solid #ccc; border-radius: 4px; font: 12px sans-serif; z-index: 10; }
  #kg-legend span.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; }
</style>"""


def tooltip(graph: nx.MultiDiGraph, node: str) -> str:
    """Plain-text tooltip: label, type, aliases, and the papers and sentences behind the node."""
    data = graph.nodes[node]
    lines = [data["label"], f"type: {data['type']}"]
    if data.get("aliases"):
        lines.append("aliases: " + ", ".join(data["aliases"]))
    if data["type"] == PAPER:
        lines += [f"date: {data['date']}" if data.get("date") else "", data.get("url") or ""]
        lines.append(f"{graph.out_degree(node)} links to entities and claims")
        return "\n".join(line for line in lines if line)
    evidence = []
    for _, _, edge in sorted(graph.in_edges(node, data=True), key=lambda e: (e[2]["paper"], e[2]["sentence_start"])):
        paper = graph.nodes[edge["paper"]]
        evidence.append(f"• {paper['title']} [{edge['type']}, {edge['extractor']}, {edge['confidence']}]\n  "
                        f"“{sentence_text(graph, edge)}”")
    lines.append(f"papers: {data.get('papers', '')}  mentions: {data.get('mentions', '')}")
    lines += evidence[:MAX_EVIDENCE]
    if len(evidence) > MAX_EVIDENCE:
        lines.append(f"… and {len(evidence) - MAX_EVIDENCE} more")
    return "\n".join(lines)


def legend_html() -> str:
    """The legend: one swatch per node type, built from the schema only."""
    rows = "".join(
        f'<div><span class="swatch" style="background:{t.colour}"></span>{html.escape(t.name)} ({t.shape})</div>'
        for t in NODE_TYPES.values()
    )
    return f'<div id="kg-legend"><b>paper-kg</b>{rows}</div>'


def to_html(graph: nx.MultiDiGraph, seed: int = 7) -> str:
    """A self-contained HTML page of ``graph``; positions are computed here, physics is off."""
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line")
    positions = force_layout(nx.Graph(graph), seed=seed)
    scale = 120 * max(len(graph), 1) ** 0.5
    degree = dict(graph.degree())
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        kind = NODE_TYPES[data["type"]]
        x, y = positions.get(node, (0.0, 0.0))
        label = data["label"] if len(data["label"]) <= 40 else data["label"][:37] + "..."
        net.add_node(
            node,
            label=label,
            title=tooltip(graph, node),
            color=kind.colour,
            shape=kind.shape,
            size=8 + 3 * min(degree.get(node, 0), 20) ** 0.8,
            x=round(float(x) * scale, 2),
            y=round(float(y) * scale, 2),
            group=data["type"],
        )
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["type"], e[2]["paper"])):
        net.add_edge(u, v, title=data["type"], color=EDGE_TYPES[data["type"]].colour, arrows="to")
    net.set_options(json.dumps({"physics": {"enabled": False}, "interaction": {"hover": True, "tooltipDelay": 150},
                                "edges": {"smooth": False}}))
    page = net.generate_html(notebook=False)
    page = _REMOTE_TAG.sub("", page)
    return page.replace("</head>", _STYLE + "\n</head>", 1).replace("<body>", "<body>\n" + legend_html(), 1)
