"""Exact-span scoring of entity extraction against gold documents.

:func:`score` runs a ``predict(texts) -> [[(start, end, type), ...], ...]`` function over gold
documents and returns a :class:`Report` with exact-span precision, recall and F1 per type and
micro-averaged over a set of types.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.evaluate.gold import (  # noqa: F401  (re-exported: callers read gold and scores from one module)
    DEFAULT_TYPES, TYPES, EvaluationError, GoldDoc, Predict, Span, detect_format, read_conll, read_gold, read_gsap,
    read_scierc)


@dataclass
class Counts:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    tp_gold: int = 0  # gold spans of this type that were found (recall side)

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {
            "p": round(self.precision, 4),
            "r": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
        }


@dataclass
class Report:
    """Exact-span scores: per type and micro-averaged over ``types``."""

    types: tuple[str, ...]
    per_type: dict[str, Counts]
    micro: Counts
    n_docs: int

    def to_dict(self) -> dict:
        return {
            "n_docs": self.n_docs,
            "types": list(self.types),
            "micro": self.micro.to_dict(),
            "per_type": {t: c.to_dict() for t, c in sorted(self.per_type.items())},
        }

    def to_text(self) -> str:
        lines = [f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6}"]
        rows = sorted(self.per_type.items()) + [("micro", self.micro)]
        for name, c in rows:
            if name == "micro":
                name = "micro(" + "+".join(self.types) + ")"
                lines.append("-" * len(lines[0]))
            lines.append(
                f"{name:<10} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.n_pred:6d} {c.n_gold:6d}"
            )
        return "\n".join(lines)


def score(
    gold_docs: Sequence[GoldDoc],
    predict: Predict,
    types: Iterable[str] | None = None,
    *,
    batch_size: int = 256,
) -> Report:
    """Score ``predict`` against gold documents with exact character spans.

    A prediction is correct when its span equals a gold span and its type is one of the gold
    span's accepted types; each gold span is matched at most once. Per type, precision counts
    predictions of that type and recall gold spans of that type. The micro average covers gold
    spans whose type is in ``types`` and predictions whose type is in ``types`` or is an
    alternative of such a gold span (so a ``Model`` prediction counts for SciERC ``Method``,
    as a hit on a Method span and as a false positive elsewhere).
    """
    gold_docs = list(gold_docs)
    micro_types = set(types) if types is not None else {s[2] for d in gold_docs for s in d.spans}
    pred_types = set(micro_types)
    for doc in gold_docs:
        for span in doc.spans:
            if span[2] in micro_types:
                pred_types.update(doc.accepted(span))

    per_type: dict[str, Counts] = {}
    micro = Counts()

    def counts(t: str) -> Counts:
        return per_type.setdefault(t, Counts())

    for i in range(0, len(gold_docs), batch_size):
        batch = gold_docs[i : i + batch_size]
        predictions = predict([d.text for d in batch])
        if len(predictions) != len(batch):
            raise EvaluationError(f"predict returned {len(predictions)} results for {len(batch)} texts")
        for doc, preds in zip(batch, predictions):
            by_offsets: dict[tuple[int, int], list[Span]] = {}
            for span in doc.spans:
                by_offsets.setdefault(span[:2], []).append(span)
                counts(span[2]).n_gold += 1
                if span[2] in micro_types:
                    micro.n_gold += 1
            matched: set[Span] = set()
            for pred in dict.fromkeys((int(p[0]), int(p[1]), str(p[2])) for p in preds):
                start, end, label = pred
                if not 0 <= start <= end <= len(doc.text):
                    raise EvaluationError(f"span {pred} outside a text of {len(doc.text)} characters")
                counts(label).n_pred += 1
                in_micro = label in pred_types
                micro.n_pred += in_micro
                for gold in by_offsets.get((start, end), ()):
                    if gold not in matched and label in doc.accepted(gold):
                        matched.add(gold)
                        counts(label).tp += 1
                        counts(gold[2]).tp_gold += 1
                        if gold[2] in micro_types and in_micro:
                            micro.tp += 1
                            micro.tp_gold += 1
                        break
    ordered = tuple(t for t in TYPES if t in micro_types) + tuple(sorted(micro_types - set(TYPES)))
    return Report(ordered, per_type, micro, len(gold_docs))


def evaluate_file(
    path: str | Path,
    fmt: str | None,
    predict: Predict,
    *,
    types: Iterable[str] | None = None,
    folds: Iterable[int] | None = None,
) -> Report:
    """Read a gold file (format auto-detected when ``fmt`` is None) and score ``predict`` on it.

    ``types`` defaults to the format's evaluation set (``DEFAULT_TYPES``); ``folds`` selects
    GSAP-NER folds.
    """
    fmt = fmt or detect_format(path)
    if folds is not None:
        if fmt != "gsap":
            raise EvaluationError("folds apply to GSAP-NER files only")
        docs = read_gsap(path, folds=folds)
    else:
        fmt, docs = read_gold(path, fmt)
    return score(docs, predict, DEFAULT_TYPES[fmt] if types is None else types)


def kfold(n: int, k: int, fold: int) -> tuple[list[int], list[int]]:
    """Contiguous k-fold split of ``range(n)``: (train indices, held-out indices) for ``fold``."""
    held = [i for i in range(n) if i * k // n == fold]
    held_set = set(held)
    return [i for i in range(n) if i not in held_set], held


def label_counts(docs: Iterable[GoldDoc]) -> Counter:
    return Counter(s[2] for d in docs for s in d.spans)
