"""Score ``kg extract``'s result claims against the results dev set.

    .venv/bin/kg extract ../shared/data/results/abstract-results-dev.jsonl -o /tmp/dev-claims.jsonl
    .venv/bin/python scripts/score_results.py --claims /tmp/dev-claims.jsonl
    .venv/bin/python scripts/score_results.py            # runs the extraction itself

Prints the share of gold (task, dataset, metric, score) tuples reached at each step (value,
value+dataset, value+metric, full), with the loose name matching of :mod:`kg.evaluate.result_scoring`.
``--misses N`` lists N tuples that do not reach ``full``, with what the paper's values say.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kg.evaluate.result_scoring import read_jsonl, score_results

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "results" / "abstract-results-dev.jsonl"


def extract_claims(gold_path: Path) -> dict[str, list[dict]]:
    from kg.extract.extractor import Extractor
    from kg.ingest import read_papers

    papers = list(read_papers([str(gold_path)]))
    return {ex.paper.record_id or ex.paper.id: ex.to_dict()["claims"] for ex in Extractor().extract(papers)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEV, help="results JSONL (default: the dev set)")
    parser.add_argument("--claims", type=Path, help="kg extract output for the same papers")
    parser.add_argument("--misses", type=int, default=0, help="list this many tuples that miss 'full'")
    args = parser.parse_args()
    gold = read_jsonl(str(args.gold))
    if args.claims:
        claims = {row["id"]: row["claims"] for row in read_jsonl(str(args.claims))}
    else:
        claims = extract_claims(args.gold)
    report = score_results(gold, claims)
    print(f"{len(gold)} papers, {report.total} result tuples")
    for step, share in report.shares().items():
        print(f"{step:14} {share:.3f}  ({report.reached[step]})")
    for miss in report.misses[: args.misses]:
        values = [{k: v[k] for k in ("value", "unit", "metric", "dataset") if v.get(k) is not None}
                  for c in claims.get(miss["id"], []) for v in c.get("values", [])]
        print(json.dumps(miss, ensure_ascii=False), "\n   ", json.dumps(values, ensure_ascii=False))


if __name__ == "__main__":
    main()
