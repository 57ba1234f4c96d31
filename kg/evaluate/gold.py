"""Gold readers for entity extraction: SciERC, CoNLL BIO and GSAP-NER files → :class:`GoldDoc`.

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
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgUsageError
from kg.schema import ENTITY_TYPES

TYPES = ENTITY_TYPES

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


class EvaluationError(KgUsageError):
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


def _json_lines(path: str | Path) -> Iterator[dict]:
    """The records of a JSON Lines file, blank lines skipped."""
    with open(path, encoding="utf8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def read_scierc(path: str | Path, mapping: Mapping | None = SCIERC) -> list[GoldDoc]:
    """Read SciERC json lines; token indices in ``ner`` count over the whole document."""
    docs = []
    for record in _json_lines(path):
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
    for record in _json_lines(path):
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
