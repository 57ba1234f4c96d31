"""A synthetic typed graph of a given size, shaped like a real build (for benchmarks and browser tests).

Papers mention a few entities drawn with a skewed popularity, state a claim or two, and some
entities are linked to each other; labels, aliases and sentences are made up, deterministically
from the seed. ``hostile=True`` puts markup into titles and sentences.
"""

from __future__ import annotations

import random

import networkx as nx

from kg.schema import ENTITY_TYPES

HOSTILE = ('<script>document.title="pwned-script"</script>', '<img src=x onerror="document.title=\'pwned-img\'">')


def synthetic_graph(nodes: int, seed: int = 1, hostile: bool = False) -> nx.MultiDiGraph:
    """About ``nodes`` nodes: a fifth papers, a fifth claims, the rest entities."""
    rng = random.Random(seed)
    n_papers = max(nodes // 5, 1)
    n_entities = max(nodes - 2 * n_papers, 1)
    graph = nx.MultiDiGraph()
    entities = []
    for i in range(n_entities):
        kind = ENTITY_TYPES[i % len(ENTITY_TYPES)]
        node = f"entity/{kind.lower()}-{i}"
        graph.add_node(node, type=kind, label=f"{kind} {i}", aliases=[f"{kind[:2].upper()}{i}"], mentions=0, papers=0,
                       type_votes={kind: 1.0})
        entities.append(node)
    weights = [1.0 / (1 + i) ** 0.8 for i in range(n_entities)]
    for p in range(n_papers):
        pid = f"paper/synthetic-{p}"
        title = f"Paper {p} on " + ("stuff " + HOSTILE[p % 2] if hostile and p % 3 == 0 else "things")
        sentences = [f"Sentence {s} of paper {p} uses methods." for s in range(3)]
        if hostile and p % 3 == 0:
            sentences[1] = f"We inject {HOSTILE[(p + 1) % 2]} here."
        abstract = " ".join(sentences)
        starts = [sum(len(x) + 1 for x in sentences[:s]) for s in range(3)]
        graph.add_node(pid, type="Paper", label=title, title=title, abstract=abstract, date="2024-01-01",
                       arxiv_id=f"2401.{p:05d}", url=None, authors=["A. Author"], key=f"arxiv:2401.{p:05d}",
                       sentences=[{"start": s, "end": s + len(t), "role": "method"} for s, t in zip(starts, sentences)])
        chosen = sorted(set(rng.choices(range(n_entities), weights=weights, k=4)))
        for k, e in enumerate(chosen):
            s = k % 3
            graph.add_edge(pid, entities[e], type="mentions", paper=pid, field="abstract", sentence=s,
                           sentence_start=starts[s], sentence_end=starts[s] + len(sentences[s]), extractor="synthetic",
                           confidence=0.9)
            graph.nodes[entities[e]]["mentions"] += 1
            graph.nodes[entities[e]]["papers"] += 1
        if len(chosen) > 1:
            graph.add_edge(entities[chosen[0]], entities[chosen[1]], type="uses", paper=pid, field="abstract",
                           sentence=0, sentence_start=0, sentence_end=len(sentences[0]), extractor="synthetic",
                           confidence=0.5)
        cid = f"claim/synthetic-{p}-1"
        graph.add_node(cid, type="Claim", label=sentences[2], text=sentences[2], kind="result", values=[], paper=pid,
                       start=starts[2], end=starts[2] + len(sentences[2]))
        graph.add_edge(pid, cid, type="states", paper=pid, field="abstract", sentence=2, sentence_start=starts[2],
                       sentence_end=starts[2] + len(sentences[2]), extractor="synthetic", confidence=0.8)
    return graph
