"""Scoring result claims against leaderboard tuples (task, dataset, metric, score).

A gold tuple counts at each step when one claim value of the paper reaches it:

- ``value``: the value equals the score (as numbers, to the score's stated precision; a
  fraction 0.912 also matches the percentage 91.2);
- ``value+dataset`` / ``value+metric``: that value also names the dataset / the metric (as the
  sentence writes it or by its leaderboard name);
- ``full``: the value names both.

Names match loosely, as leaderboard names are not spans: both sides are lower-cased, split into
words and numbers ("CIFAR-10" → ``cifar 10``), and stripped of words that only say what kind of
name it is ("the TIMIT benchmark" → ``timit``, "COCO test-dev" → ``coco``). Two names match when
one's words are all among the other's, or when they are the same written without spaces, or when
a metric's usual abbreviation stands for it ("acc" for accuracy, "error rate" for "percentage
error").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

STEPS = ("value", "value+dataset", "value+metric", "full")

# Words that say what kind of name a dataset or metric is, not which one.
_GENERIC = {
    "the", "a", "an", "of", "on", "dataset", "datasets", "data", "set", "benchmark", "benchmarks", "corpus",
    "challenge", "task", "test", "testing", "val", "validation", "dev", "development", "split", "minival",
    "score", "scores", "rate", "mean", "average", "avg", "overall", "percentage", "measure", "metric", "value",
    "class", "image", "classification", "finetuned", "std", "standard", "full", "official", "leaderboard",
}
# Metric words and the abbreviations written for them.
_SYNONYMS = {
    "acc": "accuracy", "accuracies": "accuracy", "correct": "accuracy", "err": "error", "errors": "error",
    "wer": "error", "cer": "error", "f": "f1", "f1score": "f1", "fmeasure": "f1", "ppl": "perplexity",
    "iou": "iou", "miou": "iou", "map": "ap", "ap": "ap", "bleu4": "bleu", "params": "parameters",
    "parameter": "parameters", "top1": "top 1", "top5": "top 5", "em": "exact match",
}


def words(name: str) -> tuple[str, ...]:
    """The distinctive words of a name, lower-cased, numbers split from letters."""
    text = re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", name.lower().replace("’", "'"))
    out: list[str] = []
    for word in re.findall(r"[a-z]+|\d+(?:\.\d+)?", text):
        word = _SYNONYMS.get(word, word)
        out.extend(word.split())
    kept = [w for w in out if w not in _GENERIC]
    return tuple(kept or out)


def names_match(predicted: str | None, gold: str) -> bool:
    """Whether a predicted name and a leaderboard name loosely name the same thing."""
    if not predicted:
        return False
    a, b = words(predicted), words(gold)
    if not a or not b:
        return False
    if "".join(a) == "".join(b):
        return True
    sa, sb = set(a), set(b)
    return sa <= sb or sb <= sa


def values_match(value: float | None, unit: str | None, score: str) -> bool:
    """Whether a claim value equals a leaderboard score string ("96.8", "0.912", "17.7%", "86M")."""
    if value is None:
        return False
    text = score.strip().rstrip("%").replace(",", "")
    magnitude = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([KMBT])", text)
    if magnitude:  # "86M" parameters: the value and its magnitude unit
        return unit == magnitude.group(2) and abs(value - float(magnitude.group(1))) < 1e-9
    try:
        gold = float(text)
    except ValueError:
        return False
    decimals = len(text.split(".")[1]) if "." in text else 0
    tolerance = 0.5 * 10 ** -decimals + 1e-9
    candidates = [value]
    if unit == "%":
        candidates.append(value / 100)
    elif unit is None and value <= 1:
        candidates.append(value * 100)
    return any(abs(c - gold) <= tolerance for c in candidates)


@dataclass
class ResultReport:
    """Counts of gold tuples reached at each step, overall and per paper."""

    total: int = 0
    reached: dict[str, int] = field(default_factory=lambda: {step: 0 for step in STEPS})
    misses: list[dict] = field(default_factory=list)

    def shares(self) -> dict[str, float]:
        return {step: (self.reached[step] / self.total if self.total else 0.0) for step in STEPS}


def score_tuple(gold: dict, values: Sequence[dict]) -> set[str]:
    """The steps a gold tuple reaches with the claim values of its paper (``to_dict`` forms)."""
    reached: set[str] = set()
    for value in values:
        if not values_match(value.get("value"), value.get("unit"), str(gold["score"])):
            continue
        reached.add("value")
        dataset = any(names_match(value.get(k), gold["dataset"]) for k in ("dataset", "leaderboard_dataset"))
        metric = any(names_match(value.get(k), gold["metric"]) for k in ("metric", "leaderboard_metric"))
        if dataset:
            reached.add("value+dataset")
        if metric:
            reached.add("value+metric")
        if dataset and metric:
            reached.add("full")
    return reached


def score_results(gold_papers: Iterable[dict], claims_by_id: dict[str, list[dict]]) -> ResultReport:
    """Score ``kg extract`` claims (by paper id) against the papers' gold ``results``."""
    report = ResultReport()
    for paper in gold_papers:
        values = [v for claim in claims_by_id.get(paper["id"], []) for v in claim.get("values", [])]
        for gold in paper["results"]:
            report.total += 1
            reached = score_tuple(gold, values)
            for step in reached:
                report.reached[step] += 1
            if "full" not in reached:
                report.misses.append({"id": paper["id"], **gold, "reached": sorted(reached)})
    return report


def read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
