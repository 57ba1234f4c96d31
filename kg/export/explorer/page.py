"""The HTML explorer page: one self-contained, offline file per graph, or the served page of ``kg serve``.

The page is the data (:func:`kg.export.explorer.data.explorer_data`, as JSON), the script
``explorer.js`` and the style sheet ``explorer.css`` of this package, inlined: it loads nothing
from the network, and its Content-Security-Policy forbids it to (the served page may only
query the SPARQL endpoint of its own origin). It draws on a canvas with no library.

Text from abstracts never becomes markup: the data is embedded as JSON with ``<``, ``>`` and
``&`` escaped (``\\u003c`` ...), and the script builds its DOM with ``textContent`` only. The
page has no timestamps or random ids: the same graph gives the same bytes.
"""

from __future__ import annotations

import html
import json
import math
from functools import lru_cache
from importlib.resources import files

import networkx as nx

from kg.export.explorer.data import EDGE_DASH, MAX_ENTITIES, explorer_data
from kg.schema import CLAIM, EDGE_TYPES, NODE_TYPES, PAPER, RELATION_TYPES

PAGE_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"
SERVE_CSP = PAGE_CSP + "; connect-src 'self'"
"""The served page may fetch from its own origin (the SPARQL endpoint) and nothing else."""
TITLE = "paper-kg explorer"


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """A file of this package (``explorer.js``, ``explorer.css``), made safe to inline."""
    text = (files("kg.export.explorer") / name).read_text(encoding="utf-8")
    return text.replace("</", "<\\/") if name.endswith(".js") else text.replace("</", "")


def script_json(value) -> str:
    """JSON safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` as ``\\u`` escapes."""
    # ASCII only (other characters as \u escapes): five times faster to write and to escape than UTF-8 text
    text = json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def shape_svg(shape: str, colour: str, size: int = 14) -> str:
    """A legend icon: the node shape the canvas draws, as inline SVG."""
    c, r = size / 2, size / 2 - 1.5

    def polygon(points: list[tuple[float, float]]) -> str:
        return "<polygon points=\"" + " ".join(f"{c + x * r:.1f},{c + y * r:.1f}" for x, y in points) + "\"/>"

    if shape == "circle":
        body = f'<circle cx="{c}" cy="{c}" r="{r * 0.9:.1f}"/>'
    elif shape == "square":
        body = polygon([(-0.8, -0.8), (0.8, -0.8), (0.8, 0.8), (-0.8, 0.8)])
    elif shape == "diamond":
        body = polygon([(0, -1), (1, 0), (0, 1), (-1, 0)])
    elif shape == "triangle":
        body = polygon([(0, -1), (1, 0.75), (-1, 0.75)])
    elif shape == "triangleDown":
        body = polygon([(0, 1), (1, -0.75), (-1, -0.75)])
    elif shape == "hexagon":
        body = polygon([(math.cos(k * math.pi / 3), math.sin(k * math.pi / 3)) for k in range(6)])
    else:  # star
        body = polygon([((1 if k % 2 == 0 else 0.45) * math.cos(k * math.pi / 5 - math.pi / 2),
                         (1 if k % 2 == 0 else 0.45) * math.sin(k * math.pi / 5 - math.pi / 2)) for k in range(10)])
    return (f'<svg width="{size}" height="{size}" viewBox="0 0 {size} {size}" aria-hidden="true" '
            f'fill="{html.escape(colour)}" stroke="#333" stroke-width="0.8">{body}</svg>')


def line_svg(colour: str, dash: list[int], width: int = 22) -> str:
    """A legend icon: an edge type's line, with its dash pattern."""
    dashes = f' stroke-dasharray="{",".join(map(str, dash))}"' if dash else ""
    return (f'<svg width="{width}" height="8" aria-hidden="true"><line x1="0" y1="4" x2="{width}" y2="4" '
            f'stroke="{html.escape(colour)}" stroke-width="2.5"{dashes}/></svg>')


def legend_html() -> str:
    """The legend and filters, from the schema only (no text from the data)."""
    node_rows = "".join(
        f'<label class="kg-row"><input type="checkbox" data-node-type="{i}"{"" if t.name in (PAPER, CLAIM) else " checked"}>'
        f'{shape_svg(t.shape, t.colour)}{html.escape(t.name)} <span class="count" data-count-for="{i}"></span></label>'
        for i, t in enumerate(NODE_TYPES.values())
    )
    edge_rows = "".join(
        f'<label class="kg-row"><input type="checkbox" checked data-edge-type="{i}">'
        f'{line_svg(e.colour, EDGE_DASH.get(e.name, []))}{html.escape(e.name)}</label>'
        for i, e in enumerate(EDGE_TYPES.values())
    )
    co_mention = (f'<label class="kg-row" title="Two entities named in the same papers (the strongest links of each)">'
                  f'<input type="checkbox" checked data-edge-type="{len(EDGE_TYPES)}">{line_svg("#c8c8c8", [])}'
                  f'named together</label>')
    return (f'<div id="kg-legend"><h3>Node types</h3>{node_rows}'
            f'<h3>Edge types</h3><div id="kg-edge-types">{edge_rows}{co_mention}</div></div>')


def render(data: dict, csp: str = PAGE_CSP) -> str:
    """The page around ``data`` (static tables, or the serve-mode description)."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{TITLE}</title>\n<style>{asset('explorer.css')}</style>\n</head>\n<body>\n"
        f"<div id=\"kg-side\">\n<h1>{TITLE}</h1>\n<div id=\"kg-summary\"></div>\n"
        "<input id=\"kg-search\" type=\"search\" placeholder=\"Search entities, aliases, papers, claims\" "
        "autocomplete=\"off\" aria-label=\"Search\">\n<ul id=\"kg-results\"></ul>\n"
        "<section id=\"kg-details\" aria-live=\"polite\"><p class=\"muted\">Click a node or a search result to see "
        "what the papers say about it.</p></section>\n"
        f"<div id=\"kg-status\"></div>\n{legend_html()}\n</div>\n"
        "<div id=\"kg-main\"><canvas id=\"kg-canvas\" aria-label=\"The graph\"></canvas><div id=\"kg-tip\"></div>"
        "<div id=\"kg-zoom\"><button id=\"kg-zoom-in\" type=\"button\" title=\"Zoom in\">+</button>"
        "<button id=\"kg-zoom-out\" type=\"button\" title=\"Zoom out\">\u2212</button>"
        "<button id=\"kg-fit\" type=\"button\" title=\"The whole graph\">\u2302</button></div></div>\n"
        f"<script type=\"application/json\" id=\"kg-data\">{script_json(data)}</script>\n"
        f"<script>{asset('explorer.js')}</script>\n</body>\n</html>\n"
    )


def to_html(graph: nx.MultiDiGraph, seed: int = 7, max_entities: int | None = MAX_ENTITIES) -> str:
    """The explorer page of ``graph``: self-contained, offline and deterministic."""
    return render({"mode": "static", **explorer_data(graph, max_entities=max_entities, seed=seed)})


def serve_html(counts: dict[str, int] | None = None) -> str:
    """The explorer page ``kg serve`` serves: it fetches neighbourhoods from ``/sparql`` on demand.

    ``counts`` (nodes by type, when known) fill the legend.
    """
    counts = counts or {}
    return render({
        "mode": "serve",
        "nodeTypes": [{"name": t.name, "colour": t.colour, "shape": t.shape, "total": counts.get(t.name, 0),
                       "folded": t.name in (PAPER, CLAIM)} for t in NODE_TYPES.values()],
        "edgeTypes": [{"name": e.name, "colour": e.colour, "dash": EDGE_DASH.get(e.name, []),
                       "relation": e.name in RELATION_TYPES} for e in EDGE_TYPES.values()],
    }, csp=SERVE_CSP)
