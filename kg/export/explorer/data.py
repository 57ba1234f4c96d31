"""The explorer's data: the graph folded into tables the page reads (``explorer_data``).

Entities come first and are what the page draws at start; papers and claims follow, placed
beside their entities and drawn on demand. Entities get positions from
:func:`kg.export.explorer.layout.community_layout` over a graph of their relations and of
co-mention (two entities named by the same paper), so each research area forms its own island.
Every node carries what its details panel shows; evidence sentences are shared by index, each
sentence once per node with the edge types it supports.

Above :data:`MAX_ENTITIES` entities only the most connected are kept (with their papers and
claims); the page says so.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx

from kg.export.explorer.layout import community_layout
from kg.extract.benchmarks import metric_direction
from kg.graph.network import sentence_text
from kg.schema import CLAIM, EDGE_TYPES, ENTITY_TYPES, NODE_TYPES, PAPER

MAX_ENTITIES = 4000
"""Entities kept at most in one page (the most connected); the rest are counted."""
MAX_EVIDENCE = 12
"""Evidence sentences kept per node (the details panel says how many more)."""
MAX_PAPERS = 40
"""Papers listed per entity in its details."""
CO_MENTION_LINKS = 3
"""Co-mention links drawn per entity (its strongest)."""
MAX_PAPER_ENTITIES = 40
"""A paper naming more entities than this adds no co-mention pairs (a survey ties everything)."""
SPACING = 24.0
"""Page units per layout unit."""
_URL = re.compile(r"^https?://[^\s<>\"']+$", re.I)


def paper_link(data: dict) -> str | None:
    """An http(s) link for a paper node: its URL, its arXiv abstract page, or its DOI."""
    url = data.get("url")
    if url and _URL.match(url):
        return url
    if data.get("arxiv_id"):
        return f"https://arxiv.org/abs/{data['arxiv_id']}"
    if data.get("doi"):
        return f"https://doi.org/{data['doi']}"
    return None


def explorer_data(graph: nx.MultiDiGraph, max_entities: int | None = MAX_ENTITIES, seed: int = 7) -> dict:
    """The page's tables for ``graph`` (deterministic: the same graph gives the same data)."""
    kinds = {n: d.get("type") for n, d in graph.nodes(data=True)}
    entities_all = sorted(n for n, t in kinds.items() if t in ENTITY_TYPES)
    degree = dict(graph.degree(entities_all))
    ranked = sorted(entities_all, key=lambda n: (-degree[n], n))
    entities = sorted(ranked if max_entities is None else ranked[:max_entities])
    kept = set(entities)
    papers = sorted(n for n, t in kinds.items() if t == PAPER
                    and (max_entities is None or any(v in kept for v in graph.successors(n)) or graph.degree(n) == 0))
    paper_set = set(papers)
    claims = sorted(n for n, t in kinds.items() if t == CLAIM and graph.nodes[n].get("paper") in paper_set)
    order = entities + papers + claims
    index = {node: i for i, node in enumerate(order)}

    # entity graph for the layout: relations, and co-mention by shared papers
    named: dict[str, set[str]] = defaultdict(set)
    for paper in papers:
        for _, target, data in graph.out_edges(paper, data=True):
            if target in kept:
                named[paper].add(target)
    co_mention: Counter = Counter()
    for paper, found in named.items():
        if len(found) <= MAX_PAPER_ENTITIES:
            co_mention.update(combinations(sorted(found), 2))
    layout_graph = nx.Graph()
    layout_graph.add_nodes_from(entities)
    for (u, v), n in sorted(co_mention.items()):
        layout_graph.add_edge(u, v, weight=float(n))
    # one pass over the edges (the graph's largest table): the layout's relations, the page's edges, each
    # node's papers and its evidence
    edge_type = {name: i for i, name in enumerate(EDGE_TYPES)}
    edges: Counter = Counter()
    papers_of: dict[str, set[str]] = defaultdict(set)
    read_in: dict[str, dict[tuple, set[str]]] = defaultdict(lambda: defaultdict(set))
    for u, v, data in graph.edges(data=True):
        if u in kept and v in kept and u != v:
            old = layout_graph.get_edge_data(u, v, {"weight": 0.0})["weight"]
            layout_graph.add_edge(u, v, weight=old + 2.0)
        if u in index and v in index:
            edges[(index[u], index[v], edge_type[data["type"]])] += 1
        if not data.get("paper"):
            continue
        papers_of[u].add(data["paper"])
        papers_of[v].add(data["paper"])
        if data.get("field"):
            where = (data["paper"], data["field"], data["sentence_start"], data["sentence_end"])
            read_in[u][where].add(data["type"])
            read_in[v][where].add(data["type"])
    positions, community = community_layout(layout_graph, seed=seed)
    links = []
    strongest: dict[str, list] = defaultdict(list)
    for (u, v), n in co_mention.items():
        strongest[u].append((-n, v))
        strongest[v].append((-n, u))
    chosen = set()
    for node, pairs in strongest.items():
        for n, other in sorted(pairs)[:CO_MENTION_LINKS]:
            chosen.add((min(index[node], index[other]), max(index[node], index[other]), -n))
    links = [list(link) for link in sorted(chosen)]

    sentences: dict[str, int] = {}
    texts: dict[tuple, str] = {}
    nodes, info = [], []
    paper_points: dict[str, tuple[float, float]] = {}
    for node in order:
        data = graph.nodes[node]
        kind = kinds[node]
        details: dict = {"id": node}
        if kind == PAPER:
            near = [positions[e] for e in sorted(named.get(node, ()))]
            x, y = _beside(near, node)
            paper_points[node] = (x, y)
            details.update(link=paper_link(data), date=data.get("date"), authors=", ".join(data.get("authors") or []))
            label, weight, group = data.get("title") or data["label"], 1, -1
        elif kind == CLAIM:
            px, py = paper_points.get(data.get("paper"), (0.0, 0.0))
            x, y = _beside([(px, py)], node, spread=0.8)
            details.update(text=data.get("text"), kind=data.get("kind"))
            label, weight, group = data.get("text") or data["label"], 1, -1
        else:
            x, y = positions[node]
            found = sorted(papers_of.get(node, ()))
            details.update(papers=[index[p] for p in found if p in index][:MAX_PAPERS], nPapers=len(found),
                           mentions=data.get("mentions"))
            label, weight, group = data["label"], len(found), community[node]
        proofs = _evidence(graph, read_in.get(node, {}), texts)
        details["ev"] = [[index[p] if p in index else -1, sentences.setdefault(s, len(sentences)),
                          [edge_type[k] for k in kinds_]] for p, s, kinds_ in proofs[:MAX_EVIDENCE]]
        details["more"] = max(len(proofs) - MAX_EVIDENCE, 0)
        if kind == "Dataset":
            board = _leaderboard(graph, node, index)
            if board:
                details["board"] = board
        info.append({k: v for k, v in details.items() if v not in (None, [], "", 0)})
        nodes.append([label, list(NODE_TYPES).index(kind), round(x * SPACING, 1), round(y * SPACING, 1), weight,
                      list(data.get("aliases") or []), group])

    totals = Counter(t for t in kinds.values() if t in NODE_TYPES)
    shown = Counter(kinds[n] for n in order)
    return {
        "nodes": nodes,
        "info": info,
        "entityCount": len(entities),
        "edges": [[u, v, t, n] for (u, v, t), n in sorted(edges.items())],
        "links": links,
        "sentences": list(sentences),
        "nodeTypes": [{"name": t.name, "colour": t.colour, "shape": t.shape, "total": totals[t.name],
                       "shown": shown[t.name], "folded": t.name in (PAPER, CLAIM)} for t in NODE_TYPES.values()],
        "edgeTypes": [{"name": e.name, "colour": e.colour, "dash": EDGE_DASH.get(e.name, [])}
                      for e in EDGE_TYPES.values()],
        "total": sum(totals.values()),
        "entityTotal": len(entities_all),
        "maxEntities": max_entities,
    }


EDGE_DASH: dict[str, list[int]] = {
    "comparedWith": [6, 3], "isA": [6, 3], "variantOf": [6, 3], "partOf": [6, 3],
    "mentions": [2, 3], "states": [2, 3], "about": [2, 3],
}
"""Dash patterns that tell edge types apart where their colours are alike (solid when absent)."""


def _beside(points: list[tuple[float, float]], node: str, spread: float = 1.5) -> tuple[float, float]:
    """A point near the mean of ``points``, offset by a direction taken from ``node``'s name (stable)."""
    if not points:
        return 0.0, 0.0
    x = sum(p[0] for p in points) / len(points)
    y = sum(p[1] for p in points) / len(points)
    h = sum(ord(c) * 31**i for i, c in enumerate(node[-12:])) % 3600
    angle = h / 3600 * 6.283185
    return x + spread * math.cos(angle), y + spread * math.sin(angle)


def _evidence(graph: nx.MultiDiGraph, found: dict[tuple[str, str, int, int], set[str]],
              texts: dict[tuple, str]) -> list[tuple[str, str, list[str]]]:
    """``(paper, sentence, edge types)`` behind a node: each sentence once, with every edge type it supports.

    ``found`` holds the edge types the node's edges were read in, by ``(paper, field, start, end)``;
    ``texts`` caches sentence texts by the same key. Sentences that support a relation come before
    those that only mention the node; then by paper and position. Edges without a paper (``variantOf``
    read from names) have no sentence.
    """
    merged: dict[tuple[str, str], set[str]] = defaultdict(set)
    order: dict[tuple[str, str], tuple] = {}
    for where, kinds in found.items():
        paper, field, start, end = where
        text = texts.get(where)
        if text is None:
            text = texts[where] = sentence_text(graph, {"paper": paper, "field": field, "sentence_start": start,
                                                        "sentence_end": end})
        key = (paper, text)
        merged[key] |= kinds
        order[key] = min(order.get(key, (paper, field != "title", start)), (paper, field != "title", start))
    ranked = sorted(merged, key=lambda k: (merged[k] <= {"mentions", "proposes"}, order[k]))
    return [(paper, text, sorted(merged[(paper, text)])) for paper, text in ranked]


def _leaderboard(graph: nx.MultiDiGraph, dataset: str, index: dict[str, int]) -> list[list]:
    """Results on ``dataset``: ``[metric, value, unit, system, paper, claim]``, best first per metric.

    A result is a claim value that reaches a score (``kind`` "score") on the dataset. The metric
    is its metric entity, else its leaderboard or stated metric name; the system is its system
    entity or name, else the method or model the claim is about. Best is the value's ``better``
    ("higher"/"lower"); where that is unknown, what the metric's name says (``metric_direction``).
    """
    rows = []
    for claim, _, data in graph.in_edges(dataset, data=True):
        if data["type"] != "about" or graph.nodes[claim].get("type") != CLAIM:
            continue
        node = graph.nodes[claim]
        about = sorted(graph.nodes[v]["label"] for _, v, d in graph.out_edges(claim, data=True)
                       if d["type"] == "about" and graph.nodes[v].get("type") in ("Method", "Model"))
        for value in node.get("values") or []:
            if (value.get("dataset_node") != dataset or value.get("kind") != "score"
                    or not isinstance(value.get("value"), (int, float))):
                continue
            metric = _label(graph, value.get("metric_node")) or value.get("leaderboard_metric") or value.get("metric") \
                or value.get("measure") or "value"
            if value.get("split"):
                metric += f" ({value['split']})"
            system = _label(graph, value.get("system_node")) or value.get("system") or (about[0] if about else None)
            better = value.get("better") or metric_direction(metric)
            lower = better == "lower"
            rows.append((metric, value["value"], value.get("unit") or "", system, index.get(node.get("paper"), -1),
                         index.get(claim, -1), bool(lower)))
    rows = sorted(set(rows), key=lambda r: (r[0].lower(), r[1] if r[6] else -r[1], str(r[3]), r[4]))
    return [list(r[:6]) for r in rows]


def _label(graph: nx.MultiDiGraph, node: str | None) -> str | None:
    return graph.nodes[node].get("label") if node is not None and node in graph else None
