"""Print the worksheet of the results audit: 25 random papers of examples/ (fixed seed).

    .venv/bin/python scripts/audit_results.py > /tmp/audit.md

For each paper: its abstract sentences, every claim value (value, unit, kind, metric, dataset,
system, compared-to), every uses / evaluatedOn / outperforms / addresses relation with its
sentence, and each sentence that says something outperforms, surpasses or is better than
something. The judgements are written by hand in docs/results-audit.md.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from kg.extract.extractor import Extractor
from kg.ingest import read_papers

ROOT = Path(__file__).resolve().parents[1]
AUDITED = ("uses", "evaluatedOn", "outperforms", "addresses")
CUE = re.compile(r"outperform|surpass|(?:better|superior|stronger|worse) (?:[\w-]+ ){0,4}?(?:than|to)|more \w+ than|\bbeats?\b|exceed|falls? short|lags? behind", re.I)


def sample(seed: int, size: int) -> list:
    papers = {p.id: p for p in read_papers([str(ROOT / "examples")])}
    ids = sorted(papers)
    return [papers[i] for i in random.Random(seed).sample(ids, size)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--size", type=int, default=25)
    args = parser.parse_args()
    papers = sample(args.seed, args.size)
    for n, ex in enumerate(Extractor().extract(papers), 1):
        paper = ex.paper
        print(f"## {n}. {paper.id} — {paper.title}\n")
        for i, s in enumerate(ex.sentences):
            text = paper.abstract[s.start : s.end]
            print(f"- S{i}{' [cue]' if CUE.search(text) else ''}: {text}")
        print("\nValues:")
        for claim in ex.claims:
            for q in claim.values:
                fields = {k: v for k, v in q.to_dict().items()
                          if k in ("kind", "metric", "dataset", "split", "system", "compared_to", "inferred")}
                print(f"- V {q.value}{q.unit or ''} «{q.text}» {fields}")
        print("\nRelations:")
        for r in ex.relations:
            if r.type in AUDITED:
                where = f" on {r.dataset}" if r.dataset else ""
                print(f"- R S{r.sentence}: {ex.entities[r.head].text} —{r.type}→ {ex.entities[r.tail].text}{where}"
                      f" ({r.extractor})")
        print()


if __name__ == "__main__":
    main()
