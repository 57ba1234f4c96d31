"""Write kg/data/benchmarks.json: dataset and metric names of the Papers with Code leaderboards.

    .venv/bin/python scripts/build_benchmark_names.py

Reads ../shared/knowledge (the evaluation tables of 2020 and the datafinder dataset list) and
../shared/corpora (to tell common words from names). Writes, from the names only (no scores,
no papers):

- ``datasets``: dataset names, the split words ("test", "val", "test-dev"...) taken off, so
  "Cityscapes test" and "Cityscapes" are one dataset (each mapped to itself: the lists' variants
  are often different leaderboards, "SQuAD 1.1" and "SQuAD 2.0");
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
# Leaderboard column names that are not metric names in running text.
SKIP_METRICS = {"score", "10%", "1%", "percentage", "value", "%", "time", "speed", "size", "adversarial", "all", "ans",
                "area", "aspect", "average", "books", "consistency", "dev", "diversity", "edit", "electronics", "food",
                "joint", "kitchen", "matched", "mismatched", "price", "quality", "real", "request", "return",
                "sentiment", "success", "sup", "test", "val", "validation", "overall", "count", "coverage", "mean",
                "train", "real", "model", "method", "params", "parameters", "number of params", "sparsity"}
# Metric names written in abstracts that the leaderboards spell otherwise, and their leaderboard names.
EXTRA_METRICS = {
    "IS": "Inception score", "IS score": "Inception score", "inception score": "Inception score",
    "WER": "Word Error Rate (WER)", "word error rate": "Word Error Rate (WER)", "word-error-rate": "Word Error Rate (WER)",
    "word error rates": "Word Error Rate (WER)", "WERs": "Word Error Rate (WER)",
    "CER": "Character Error Rate (CER)", "character error rate": "Character Error Rate (CER)",
    "mIoU": "Mean IoU", "mean IoU": "Mean IoU", "mean intersection over union": "Mean IoU",
    "average precision": "AP", "mean average precision": "mAP", "mAP": "mAP",
    "top-1 accuracy": "Top 1 Accuracy", "top-1 acc": "Top 1 Accuracy", "top1 acc": "Top 1 Accuracy",
    "top-5 accuracy": "Top 5 Accuracy", "top-1 error": "Top 1 Error", "top-5 error": "Top 5 Error",
    "error rate": "Error rate", "error rates": "Error rate", "test error": "Error rate",
    "exact match": "EM", "EM": "EM", "F1": "F1", "F1 score": "F1", "F1-score": "F1", "F-score": "F1",
    "F-measure": "F1", "macro-F1": "Macro-F1", "micro-F1": "Micro-F1", "perplexity": "Perplexity",
    "test perplexity": "Perplexity", "BLEU": "BLEU score", "BLEU score": "BLEU score", "ROUGE-L": "ROUGE-L",
    "accuracy": "Accuracy", "accuracies": "Accuracy", "rank-1 accuracy": "Rank-1", "rank-1": "Rank-1",
    "mean joint error": "MPJPE", "MPJPE": "MPJPE", "mean per joint position error": "MPJPE",
    "mean IU": "Mean IoU", "rank correlation": "Spearman Correlation",
    "dice coefficient": "Dice", "dice score": "Dice", "DSC": "Dice",
    "Dice similarity coefficient": "Dice", "Jaccard index": "Jaccard", "AUC": "AUC", "AUROC": "AUROC",
    "bits per character": "Bit per Character (BPC)", "BPC": "Bit per Character (BPC)", "bits/dim": "Bits per dim",
    "bits per dimension": "Bits per dim", "FID": "FID", "FID score": "FID", "PSNR": "PSNR", "SSIM": "SSIM",
    "box AP": "box AP", "mask AP": "mask AP", "PQ": "PQ", "miss rate": "Miss rate",
    # common metrics the 2020 leaderboards lack
    "Smatch": "Smatch", "Smatch score": "Smatch", "chrF": "chrF", "chrF++": "chrF++", "TER": "TER", "FVD": "FVD",
    "KID": "KID", "CLIPScore": "CLIPScore", "CLIP score": "CLIPScore", "BERTScore": "BERTScore", "COMET": "COMET",
    "pass@1": "pass@1", "pass@k": "pass@k", "HD95": "HD95", "success rate": "Success Rate", "HOTA": "HOTA",
    "EPE": "EPE", "AbsRel": "AbsRel", "Kendall tau": "Kendall's Tau", "Kendall's tau": "Kendall's Tau",
}


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
        # variants stay names of their own: "SQuAD 2.0" and "SQuAD 1.1" are different leaderboards
        for variant in sorted({row["id"], *row.get("variants", [])}):
            base = base_dataset_name(variant)
            if len(base) >= 2:
                datasets.setdefault(base, base)
    by_key: dict[str, Counter] = defaultdict(Counter)
    for metric, n in metric_use.items():
        by_key[metric_key(metric)][metric] += n
    metrics = {metric: by_key[metric_key(metric)].most_common(1)[0][0] for metric in metric_use}
    dataset_keys = {re.sub(r"[^a-z0-9]", "", d.lower()) for d in datasets}
    metrics = {m: c for m, c in metrics.items() if re.sub(r"[^a-z0-9]", "", m.lower()) not in dataset_keys}
    for written, name in EXTRA_METRICS.items():
        metrics[written] = by_key[metric_key(name)].most_common(1)[0][0] if metric_key(name) in by_key else name
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
