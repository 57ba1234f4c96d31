"""Worksheet for the hand audit of graph entities: a fixed random sample of ``examples/`` papers.

Builds the graph of the whole corpus (entity types are decided across it), then prints, for each
sampled paper, its title and abstract, the graph entities it mentions or proposes (with their
resolved type and Papers with Code link) and the mentions that did not become graph entities.
The judgements are written by hand into ``docs/ner-audit.md``.

    .venv/bin/python scripts/audit_entities.py --seed 17 --papers 25 > training/audit.txt
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import kg
from kg.extract import Extractor
from kg.graph.network import build_graph, paper_node

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", default=str(ROOT / "examples"))
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--papers", type=int, default=25)
    args = parser.parse_args()
    papers = kg.dedupe_papers(kg.read_papers([args.inputs]))
    extractions = list(Extractor().extract(papers))
    graph = build_graph(extractions)
    sample = sorted(random.Random(args.seed).sample(range(len(extractions)), args.papers))
    for n, index in enumerate(sample, 1):
        ex = extractions[index]
        pid = paper_node(ex.paper.id)
        print(f"=== {n}. [{index}] {ex.paper.title}\n{ex.paper.abstract}\n")
        edges = {(data["type"], target) for _, target, data in graph.out_edges(pid, data=True)
                 if data["type"] in ("mentions", "proposes")}
        for kind, target in sorted(edges):
            node = graph.nodes[target]
            link = f"  <{node['link']}>" if node.get("link") else ""
            print(f"  {kind:9} {node['type']:8} {node['label']}{link}")
        dropped = sorted({(m.type, m.text) for m in ex.entities if not m.graph})
        print("  not kept: " + "; ".join(f"{t} {x}" for t, x in dropped) + "\n")


if __name__ == "__main__":
    main()
