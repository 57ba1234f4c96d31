"""Gold readers and an exact-span scorer for entity extraction.

Three gold formats are read into one plain record, :class:`GoldDoc` (text plus character spans):

- ``scierc``: SciERC json lines (``sentences`` as token lists, ``ner`` as ``[start, end_inclusive,
  label]`` with token indices over the whole document);
- ``conll``: BIO files, either tab-separated ``token, char offset, tag`` (TDMSci) or ``token tag``;
  one document per sentence;
- ``gsap``: GSAP-NER paragraphs jsonl with ``[start_char, end_char, label]`` in ``flat_base``.

Token formats are turned into text by joining tokens with single spaces, unless the file gives
character offsets that are consistent, in which case the original spacing is kept.

Each reader maps corpus labels to the project's types with a mapping (``SCIERC``, ``TDMSCI``,
``GSAP``); a mapping value is a tuple of accepted types, the first being the span's own type and the
rest alternatives that also count as correct (SciERC ``Method`` may be predicted as ``Model``).
``mapping=None`` keeps the corpus labels as they are (used to build training data).

:func:`score` runs a ``predict(texts) -> [[(start, end, type), ...], ...]`` function over gold
documents and returns a :class:`Report` with exact-span precision, recall and F1 per type and
micro-averaged over a set of types.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgUsageError

TYPES = ("Method", "Model", "Dataset", "Task", "Metric")

Span = tuple[int, int, str]
Predict = Callable[[list[str]], Sequence[Sequence[tuple]]]
Mapping = dict[str, tuple[str, ...]]

# Corpus label -> accepted project types (first = the span's type, rest = also correct).
SCIERC: Mapping = {
    "Task": ("Task",),
    "Method": ("Method", "Model"),
    "Metric": ("Metric",),
    "Material": ("Dataset",),
}
TDMSCI: Mapping = {"TASK": ("Task",), "DATASET": ("Dataset",), "METRIC": ("Metric",)}
GSAP: Mapping = {
    "MLModel": ("Model",),
    "ModelArchitecture": ("Model", "Method"),
    "Dataset": ("Dataset",),
    "Method": ("Method",),
    "Task": ("Task",),
}

# Types micro-averaged by default for each format (SciERC Material->Dataset is reported apart).
DEFAULT_TYPES = {
    "scierc": ("Task", "Method", "Metric"),
    "conll": ("Task", "Dataset", "Metric"),
    "gsap": ("Model", "Dataset", "Method", "Task"),
}
MAPPINGS = {"scierc": SCIERC, "conll": TDMSCI, "gsap": GSAP}


class EvaluationError(KgUsageError, ValueError):
    """A gold file that cannot be read or a prediction that does not fit its text."""


@dataclass
class GoldDoc:
    """A text with its gold entity spans ``(start_char, end_char, type)``.

    ``alternatives`` maps a span's ``(start, end, type)`` to further types that are also
    counted as correct for it.
    """

    text: str
    spans: list[Span]
    alternatives: dict[Span, tuple[str, ...]] = field(default_factory=dict)

    def accepted(self, span: Span) -> tuple[str, ...]:
        return (span[2],) + self.alternatives.get(span, ())


# ---------------------------------------------------------------------------- readers


def _mapped(text: str, raw: Iterable[Span], mapping: Mapping | None) -> GoldDoc:
    spans: list[Span] = []
    alternatives: dict[Span, tuple[str, ...]] = {}
    for start, end, label in raw:
        if mapping is None:
            spans.append((start, end, label))
            continue
        types = mapping.get(label)
        if not types:
            continue
        span = (start, end, types[0])
        spans.append(span)
        if len(types) > 1:
            alternatives[span] = types[1:]
    spans.sort()
    return GoldDoc(text, spans, alternatives)


def _join_tokens(tokens: Sequence[str]) -> tuple[str, list[int]]:
    """Join tokens with single spaces; return the text and each token's start offset."""
    starts, pos = [], 0
    for tok in tokens:
        starts.append(pos)
        pos += len(tok) + 1
    return " ".join(tokens), starts


def read_scierc(path: str | Path, mapping: Mapping | None = SCIERC) -> list[GoldDoc]:
    """Read SciERC json lines; token indices in ``ner`` count over the whole document."""
    docs = []
    with open(path, encoding="utf8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            tokens = [tok for sent in record["sentences"] for tok in sent]
            text, starts = _join_tokens(tokens)
            raw = [
                (starts[s], starts[e] + len(tokens[e]), label)
                for sent in record["ner"]
                for s, e, label in sent
            ]
            docs.append(_mapped(text, raw, mapping))
    return docs


def _bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans ``(first, last_exclusive, label)`` from BIO tags (a stray I- starts a span)."""
    spans, start, label = [], None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, name = tag.partition("-")
        if start is not None and (prefix != "I" or name != label):
            spans.append((start, i, label))
            start, label = None, None
        if prefix in ("B", "I") and start is None:
            start, label = i, name
    return spans


def _conll_text(tokens: Sequence[str], offsets: Sequence[int] | None) -> tuple[str, list[int]]:
    if offsets:
        base = offsets[0]
        rel = [o - base for o in offsets]
        ok = rel[0] == 0 and all(
            rel[i] >= rel[i - 1] + len(tokens[i - 1]) for i in range(1, len(tokens))
        )
        if ok:
            parts, pos = [], 0
            for tok, start in zip(tokens, rel):
                parts.append(" " * (start - pos) + tok)
                pos = start + len(tok)
            return "".join(parts), rel
    return _join_tokens(tokens)


def read_conll(path: str | Path, mapping: Mapping | None = TDMSCI) -> list[GoldDoc]:
    """Read BIO-tagged sentences (``token<TAB>offset<TAB>tag`` or ``token tag``), one doc each."""
    docs: list[GoldDoc] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        tokens = [r[0] for r in rows]
        tags = [r[-1] for r in rows]
        offsets = None
        if all(len(r) >= 3 and r[1].lstrip("-").isdigit() for r in rows):
            offsets = [int(r[1]) for r in rows]
        text, starts = _conll_text(tokens, offsets)
        raw = [(starts[s], starts[e - 1] + len(tokens[e - 1]), lab) for s, e, lab in _bio_spans(tags)]
        docs.append(_mapped(text, raw, mapping))
        rows.clear()

    with open(path, encoding="utf8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            if line.startswith("-DOCSTART-"):
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            if len(parts) < 2:
                raise EvaluationError(f"{path}:{n}: expected a token and a tag")
            rows.append(parts)
    flush()
    return docs


def read_gsap(
    path: str | Path,
    mapping: Mapping | None = GSAP,
    *,
    layer: str = "flat_base",
    folds: Iterable[int] | None = None,
) -> list[GoldDoc]:
    """Read GSAP-NER paragraphs; ``folds`` keeps only paragraphs whose ``test_fold`` is listed."""
    keep = None if folds is None else set(folds)
    docs = []
    with open(path, encoding="utf8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            if keep is not None and record.get("test_fold") not in keep:
                continue
            raw = [(int(s), int(e), label) for s, e, label in record[layer]]
            docs.append(_mapped(record["text"], raw, mapping))
    return docs


def detect_format(path: str | Path) -> str:
    """Guess ``scierc``, ``gsap`` or ``conll`` from the first non-blank line."""
    with open(path, encoding="utf8") as f:
        for line in f:
            if line.strip():
                break
        else:
            raise EvaluationError(f"{path}: empty file")
    if line.lstrip().startswith("{"):
        record = json.loads(line)
        if "sentences" in record and "ner" in record:
            return "scierc"
        if "text" in record and "flat_base" in record:
            return "gsap"
        raise EvaluationError(f"{path}: json lines of an unknown layout")
    return "conll"


READERS = {"scierc": read_scierc, "conll": read_conll, "gsap": read_gsap}


def read_gold(path: str | Path, fmt: str | None = None) -> tuple[str, list[GoldDoc]]:
    """Read a gold file with the project's mapping; return its format and documents."""
    fmt = fmt or detect_format(path)
    if fmt not in READERS:
        raise EvaluationError(f"unknown gold format {fmt!r}; expected one of {sorted(READERS)}")
    return fmt, READERS[fmt](path)


# ---------------------------------------------------------------------------- scoring


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
