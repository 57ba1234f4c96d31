"""Node positions for the HTML view, computed before the page loads.

A Fruchterman-Reingold force layout vectorised with numpy, in row blocks so memory stays
bounded. networkx's ``spring_layout`` switches to a sparse variant above 500 nodes that
loops over nodes in Python (seconds for a thousand nodes), hence this small version.

Repulsion between all pairs costs n² per iteration; above :data:`EXACT_MAX` nodes each
iteration pushes every node away from a seeded sample of :data:`SAMPLE` nodes instead (scaled
up to stand for all of them), so 5,000 nodes take a second or two rather than a minute (and a
community of 1,000 nodes 0.17 s rather than 0.48 s).
"""

from __future__ import annotations

import networkx as nx
import numpy as np

BLOCK = 1024
EXACT_MAX = 400
SAMPLE = 256


def force_layout(graph: nx.Graph, seed: int = 7, iterations: int = 60) -> dict:
    """``{node: (x, y)}`` in roughly [-1, 1]², deterministic for a given graph and seed."""
    nodes = sorted(graph.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array(sorted({tuple(sorted((index[u], index[v]))) for u, v in graph.edges() if u != v}), dtype=np.int64)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    k = np.sqrt(1.0 / n)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        x, y = pos[:, 0], pos[:, 1]
        if n > EXACT_MAX:
            others = rng.choice(n, SAMPLE, replace=False)
            ox, oy, weight = x[others], y[others], n / SAMPLE
        else:
            ox, oy, weight = x, y, 1.0
        for lo in range(0, n, BLOCK):
            dx = x[lo : lo + BLOCK, None] - ox[None, :]
            dy = y[lo : lo + BLOCK, None] - oy[None, :]
            push = weight * k * k / np.maximum(dx * dx + dy * dy, 1e-4)  # repulsion / distance
            disp[lo : lo + BLOCK, 0] += (dx * push).sum(axis=1)
            disp[lo : lo + BLOCK, 1] += (dy * push).sum(axis=1)
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.maximum(np.linalg.norm(delta, axis=-1), 0.01)
            pull = delta * (dist / k)[:, None]
            np.add.at(disp, edges[:, 0], -pull)
            np.add.at(disp, edges[:, 1], pull)
        length = np.maximum(np.linalg.norm(disp, axis=-1), 0.01)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    pos -= pos.mean(axis=0)
    pos /= max(np.abs(pos).max(), 1e-9)
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for i, node in enumerate(nodes)}


def community_layout(graph: nx.Graph, seed: int = 7, min_size: int = 3) -> tuple[dict, dict]:
    """Positions that keep communities apart: ``({node: (x, y)}, {node: community number})``.

    Communities are Louvain communities of the weighted graph (networkx, seeded). Each is laid
    out on its own by :func:`force_layout` in a disc whose area grows with its size; the discs
    are placed largest first on a spiral from the centre, each as close in as it fits without
    touching another. Communities under ``min_size`` nodes (isolated entities, pairs) share one
    disc of their own. Units are arbitrary (about 1 per node spacing).
    """
    if len(graph) == 0:
        return {}, {}
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed) if graph.number_of_edges() else []
    groups = sorted((sorted(c) for c in found if len(c) >= min_size), key=lambda c: (-len(c), c[0]))
    small = sorted(n for c in found if len(c) < min_size for n in c) if found else sorted(graph.nodes)
    if small:
        groups.append(small)
    positions: dict = {}
    community: dict = {}
    placed: list[tuple[float, float, float]] = []
    for number, members in enumerate(groups):
        radius = 1.6 * len(members) ** 0.5 + 1.0
        local = force_layout(graph.subgraph(members), seed=seed) if len(members) > 1 else {members[0]: (0.0, 0.0)}
        cx, cy = _place_disc(placed, radius)
        placed.append((cx, cy, radius))
        for node in members:
            x, y = local[node]
            positions[node] = (cx + x * radius, cy + y * radius)
            community[node] = number
    return positions, community


def _place_disc(placed: list[tuple[float, float, float]], radius: float, batch: int = 512) -> tuple[float, float]:
    """The first point of a golden-angle spiral where a disc of ``radius`` overlaps none placed."""
    if not placed:
        return 0.0, 0.0
    discs = np.array(placed)
    start = 0
    while True:
        steps = np.arange(start, start + batch)
        distance = 0.5 * np.sqrt(steps) * (radius + 1.0)
        x, y = distance * np.cos(steps * 2.399963), distance * np.sin(steps * 2.399963)
        gap = (x[:, None] - discs[None, :, 0]) ** 2 + (y[:, None] - discs[None, :, 1]) ** 2
        free = np.flatnonzero((gap >= (radius + discs[None, :, 2] + 0.5) ** 2).all(axis=1))
        if len(free):
            return float(x[free[0]]), float(y[free[0]])
        start += batch
