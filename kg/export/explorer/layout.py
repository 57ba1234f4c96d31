"""Node positions for the HTML view, computed before the page loads.

A Fruchterman-Reingold force layout vectorised with numpy, in row blocks so memory stays
bounded. networkx's ``spring_layout`` switches to a sparse variant above 500 nodes that
loops over nodes in Python (seconds for a thousand nodes), hence this small version.

Repulsion between all pairs costs n² per iteration; above :data:`EXACT_MAX` nodes each
iteration pushes every node away from a seeded sample of :data:`SAMPLE` nodes instead (scaled
up to stand for all of them), so 5,000 nodes take a second or two rather than a minute.
"""

from __future__ import annotations

import networkx as nx
import numpy as np

BLOCK = 1024
EXACT_MAX = 1000
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
