"""The explorer page and its data: offline, escaped, deterministic; entities first, evidence once per sentence."""

import re

import networkx as nx

from kg.export.explorer.data import EDGE_DASH, explorer_data
from kg.export.explorer.layout import community_layout
from kg.export.explorer.page import serve_html, to_html
from kg.schema import EDGE_TYPES, ENTITY_TYPES, NODE_TYPES


def node_index(data, node_id):
    return next(i for i, info in enumerate(data["info"]) if info["id"] == node_id)


def test_page_loads_nothing_from_the_network(graph):
    page = to_html(graph)
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", page)
    assert "fetch(" in page  # the script can fetch, but only the served page allows it (connect-src)
    assert "connect-src" not in page.split("</head>")[0]


def test_abstract_text_never_becomes_markup(graph):
    page = to_html(graph)
    assert "<script>alert(" not in page
    assert "\\u003cscript\\u003ealert" in page  # kept as JSON-escaped text in the node data
    assert ".innerHTML" not in page and "insertAdjacentHTML" not in page and "document.write" not in page


def test_data_is_escaped_json_and_the_page_forbids_loading(graph):
    graph.nodes["entity/squad"]["aliases"] = ['<img src=x onerror="alert(1)"> & co']
    page = to_html(graph)
    assert "<img src=x" not in page and "\\u003cimg src=x onerror" in page and "\\u0026 co" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_legend_shows_every_type_with_its_shape_and_line(graph):
    page = to_html(graph)
    legend = page[page.index('<div id="kg-legend">'):page.index("</div></div>", page.index('<div id="kg-legend">'))]
    for name in NODE_TYPES:
        assert re.search(r"<svg[^>]*>.*?</svg>" + re.escape(name), legend), name
    for name in EDGE_TYPES:
        assert re.search(r"<line[^>]*/></svg>" + re.escape(name), legend), name
    assert len({t.shape for t in NODE_TYPES.values()}) == len(NODE_TYPES)


def _linear(channel: float) -> float:
    channel /= 255
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _lab(rgb) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in rgb)
    x, y, z = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505, 0.2126 * r + 0.7152 * g + 0.0722 * b, \
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


# Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB.
CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _seen(hex_colour: str, matrix=None) -> tuple[float, float, float]:
    rgb = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    if matrix is None:
        return _lab(rgb)
    lin = [_linear(c) for c in rgb]
    out = [min(max(sum(m * c for m, c in zip(row, lin)), 0.0), 1.0) for row in matrix]
    back = [255 * (12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055) for c in out]
    return _lab(back)


def _min_distance(colours, matrix=None) -> float:
    labs = [_seen(c, matrix) for c in colours]
    return min(sum((a - b) ** 2 for a, b in zip(p, q)) ** 0.5 for i, p in enumerate(labs) for q in labs[i + 1:])


def test_node_colours_stay_apart_with_colour_blindness():
    colours = [t.colour for t in NODE_TYPES.values()]
    assert _min_distance(colours) > 20
    for name, matrix in CVD.items():
        assert _min_distance(colours, matrix) > 8, name  # and every type has its own shape besides


def test_edge_styles_stay_apart():
    styles = [(e.colour.lower(), tuple(EDGE_DASH.get(e.name, []))) for e in EDGE_TYPES.values()]
    assert len(set(styles)) == len(styles)
    for dash in {s[1] for s in styles}:
        same = [c for c, d in styles if d == dash]
        if len(same) > 1:
            assert _min_distance(same) > 15, dash
            for name, matrix in CVD.items():
                assert _min_distance(same, matrix) > 5, (dash, name)


def test_page_is_byte_identical_across_processes(graph):
    import subprocess
    import sys

    from conftest import ROOT

    code = (f"import sys; sys.path.insert(0, {str(ROOT / 'tests')!r}); from conftest import fixture_extractions; "
            "from kg.graph.network import build_graph; from kg.export.explorer.page import to_html; "
            "sys.stdout.buffer.write(to_html(build_graph(fixture_extractions())).encode())")
    runs = [subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, check=True).stdout
            for _ in range(2)]
    assert runs[0] == runs[1] == to_html(graph).encode()


def test_entities_come_first_and_papers_and_claims_are_folded(graph):
    data = explorer_data(graph)
    types = [data["nodeTypes"][n[1]]["name"] for n in data["nodes"]]
    entities = sum(t in ENTITY_TYPES for t in types)
    assert data["entityCount"] == entities == sum(d.get("type") in ENTITY_TYPES for _, d in graph.nodes(data=True))
    assert all(t in ENTITY_TYPES for t in types[:entities]) and not any(t in ENTITY_TYPES for t in types[entities:])
    assert {t["name"] for t in data["nodeTypes"] if t["folded"]} == {"Paper", "Claim"}


def test_evidence_lists_each_sentence_once_with_the_types_it_supports(graph):
    data = explorer_data(graph)
    squad = data["info"][node_index(data, "entity/squad")]
    texts = [data["sentences"][s] for _, s, _ in squad["ev"]]
    assert len(texts) == len(set(texts))
    sentence = "FooNet outperforms Llama 2 on SQuAD."
    (kinds,) = [k for _, s, k in squad["ev"] if data["sentences"][s] == sentence]
    names = list(EDGE_TYPES)
    assert sorted(names[k] for k in kinds) == ["about", "evaluatedOn", "mentions"]
    # relation sentences before bare mentions
    bare = [set(names[k] for k in kinds) <= {"mentions", "proposes"} for _, _, kinds in squad["ev"]]
    assert bare == sorted(bare)


def test_paper_links_are_arxiv_or_doi(graph):
    graph.nodes["paper/arxiv-2401.00003"].update(url=None, arxiv_id=None, doi="10.1000/xyz")
    data = explorer_data(graph)
    assert data["info"][node_index(data, "paper/arxiv-2401.00001")]["link"] == "https://arxiv.org/abs/2401.00001"
    assert data["info"][node_index(data, "paper/arxiv-2401.00003")]["link"] == "https://doi.org/10.1000/xyz"


def test_dataset_leaderboard_from_claim_values(graph):
    claim = "claim/arxiv-2401.00001-1"
    graph.nodes[claim]["values"] = [
        {"value": 91.5, "unit": "%", "metric_node": "entity/accuracy", "dataset_node": "entity/squad", "kind": "score",
         "better": "higher"},
        {"value": 93.0, "unit": "%", "metric_node": "entity/accuracy", "dataset_node": "entity/squad", "kind": "score",
         "system": "GPT-4", "split": "test"},
        {"value": 3.0, "unit": None, "metric": "error rate", "dataset_node": "entity/squad", "kind": "score",
         "system_node": "entity/llama2"},
        {"value": 2.0, "unit": None, "metric": "error rate", "dataset_node": "entity/squad", "kind": "score"},
        {"value": 12.0, "unit": "%", "metric": "F1", "dataset_node": "entity/squad", "kind": "change"},  # not a score
        {"value": 99.0, "unit": "%", "metric_node": "entity/accuracy", "dataset_node": "entity/mmlu", "kind": "score"},
    ]
    data = explorer_data(graph)
    board = data["info"][node_index(data, "entity/squad")]["board"]
    assert [(r[0], r[1], r[3]) for r in board] == [
        ("accuracy", 91.5, "FooNet"), ("accuracy (test)", 93.0, "GPT-4"),
        ("error rate", 2.0, "FooNet"), ("error rate", 3.0, "LLaMA-2"),  # lower error first
    ]


def test_large_graphs_keep_the_most_connected_entities(graph):
    data = explorer_data(graph, max_entities=2)
    assert data["entityCount"] == 2 and data["entityTotal"] == 6
    degree = dict(graph.degree())
    kept = sorted((degree[i["id"]] for i in data["info"][:2]), reverse=True)
    entities = [n for n, d in graph.nodes(data=True) if d["type"] in ENTITY_TYPES]
    assert kept == sorted((degree[n] for n in entities), reverse=True)[:2]


def test_layout_keeps_communities_apart():
    graph = nx.Graph()
    for group in range(3):
        members = [f"g{group}-{i}" for i in range(12)]
        graph.add_edges_from((a, b, {"weight": 1.0}) for i, a in enumerate(members) for b in members[i + 1:])
    graph.add_edge("g0-0", "g1-0", weight=1.0)
    positions, community = community_layout(graph)
    assert len(set(community.values())) == 3
    groups = {}
    for node, c in community.items():
        groups.setdefault(c, []).append(positions[node])

    def spread(points):
        cx, cy = sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)
        return (cx, cy), max(((p[0] - cx) ** 2 + (p[1] - cy) ** 2) ** 0.5 for p in points)

    discs = [spread(points) for points in groups.values()]
    for i, ((x1, y1), r1) in enumerate(discs):
        for (x2, y2), r2 in discs[i + 1:]:
            assert ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5 > r1 + r2  # the discs do not overlap


def test_serve_page_fetches_from_its_own_origin_only():
    page = serve_html()
    assert '"mode":"serve"' in page and "connect-src 'self'" in page and '"nodes"' not in page
    assert "default-src 'none'" in page
