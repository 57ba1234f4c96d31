"""Write kg/data/benchmarks.json: dataset and metric names of the Papers with Code leaderboards.

    .venv/bin/python scripts/build_benchmark_names.py

Reads ../shared/knowledge (the evaluation tables of 2020 and the datafinder dataset list) and
../shared/corpora (to tell common words from names). Writes, from the names only (no scores,
no papers):

- ``datasets``: surface name → canonical leaderboard name, the split words ("test", "val",
  "test-dev"...) taken off, so "Cityscapes test" and "Cityscapes" are one dataset;
- ``metrics``: surface name → canonical metric name (the most used spelling of its normalised
  key: "Top-1 Accuracy", "Top 1 Accuracy", "top-1 acc" → one);
- ``dataset_metrics``: canonical dataset → its leaderboard's metrics, most used first;
- ``common``: one-word names that are also ordinary lower-case words of abstracts ("Wiki",
  "Amazon", "Twitter"); these are matched only as written, mid-sentence.

The data is CC BY-SA 4.0 (Papers with Code): kg/data/NOTICE says so.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from kg.extract.benchmarks import base_dataset_name, metric_key

ROOT = Path(__file__).resolve().parents[1]
KNOWLEDGE = ROOT.parent / "shared" / "knowledge"
CORPUS = ROOT.parent / "shared" / "corpora" / "arxiv-cs-2025-2026.jsonl.gz"
OUT = ROOT / "kg" / "data" / "benchmarks.json"
SKIP_METRICS = {"score", "10%", "1%", "percentage", "value", "%", "time", "speed", "size"}


def walk(tasks):
    for task in tasks:
        yield from task["datasets"]
        yield from walk(task.get("subtasks", []))


def main() -> None:
    tables = json.load(gzip.open(KNOWLEDGE / "pwc-evaluation-tables-2020.json.gz"))
    datasets: dict[str, str] = {}
    metric_use: Counter = Counter()
    dataset_metrics: dict[str, Counter] = defaultdict(Counter)
    for ds in walk(tables):
        name = ds["dataset"].strip()
        base = base_dataset_name(name)
        if len(base) < 2:
            continue
        datasets.setdefault(base, base)
        for metric in ds["sota"]["metrics"]:
            metric = metric.strip()
            if metric.lower() in SKIP_METRICS or not re.search(r"[A-Za-z]", metric):
                continue
            metric_use[metric] += len(ds["sota"]["rows"]) or 1
            dataset_metrics[base][metric] += len(ds["sota"]["rows"]) or 1
    for line in gzip.open(KNOWLEDGE / "pwc-datasets-datafinder.jsonl.gz"):
        row = json.loads(line)
        canonical = base_dataset_name(row["id"])
        if len(canonical) < 2:
            continue
        for variant in {row["id"], *row.get("variants", [])}:
            base = base_dataset_name(variant)
            if len(base) >= 2:
                datasets.setdefault(base, datasets.get(canonical, canonical))
    by_key: dict[str, Counter] = defaultdict(Counter)
    for metric, n in metric_use.items():
        by_key[metric_key(metric)][metric] += n
    metrics = {metric: by_key[metric_key(metric)].most_common(1)[0][0] for metric in metric_use}
    singles = {name.lower(): name for name in [*datasets, *metrics] if re.fullmatch(r"[A-Za-z]+", name)}
    lower_counts: Counter = Counter()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            for word in re.findall(r"(?<![\w-])[a-z]+(?![\w-])", json.loads(line)["abstract"]):
                if word in singles:
                    lower_counts[word] += 1
    common = sorted(singles[w] for w, n in lower_counts.items() if n >= 20)
    data = {
        "datasets": dict(sorted(datasets.items())),
        "metrics": dict(sorted(metrics.items())),
        "dataset_metrics": {d: [m for m, _ in c.most_common(5)] for d, c in sorted(dataset_metrics.items())},
        "common": common,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{len(datasets)} dataset names, {len(metrics)} metric names, {len(common)} common words -> {OUT}")


if __name__ == "__main__":
    main()
