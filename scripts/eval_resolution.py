"""Pairwise precision and recall of entity-resolution merges against a hand-written gold table.

Each row of the gold table (``tests/data/gold_aliases.tsv``) becomes one mention in a paper of
its own, typed as the table says, with the long form the corpus gives where the row is an
acronym definition. All of them go through the real :class:`kg.resolve.resolver.Resolver`; then every
pair of rows is a "same node" decision, scored against the table's entity column.

    .venv/bin/python scripts/eval_resolution.py [GOLD] [--corpus examples] [--graph DIR]

``--corpus`` also checks that every surface form occurs in the given text files. ``--graph``
scores a graph built by ``kg build`` instead (extraction and resolution together): a gold form
is looked up among the entities' ``skos:prefLabel``/``skos:altLabel``; forms the extractor did
not find are counted and left out of the pairs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.evaluate.resolution import from_graph, missing_from, predict, read_gold, report, score

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "gold_aliases.tsv"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(GOLD))
    parser.add_argument("--corpus", help="a folder of .txt files every gold form must occur in")
    parser.add_argument("--graph", help="score the entities of a graph built by kg build (a folder with graph.ttl)")
    args = parser.parse_args(argv)
    rows = read_gold(args.gold)
    if args.corpus:
        absent = missing_from(rows, sorted(Path(args.corpus).glob("*.txt")))
        print(f"forms not in {args.corpus}: {', '.join(absent) if absent else 'none'}")
    if args.graph:
        rows, predicted, absent = from_graph(rows, args.graph)
        print(f"forms found in {args.graph}: {len(rows)}; not extracted ({len(absent)}): {', '.join(absent)}")
    else:
        predicted = predict(rows)
    print(report(score(rows, predicted)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
