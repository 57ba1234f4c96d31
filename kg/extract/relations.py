"""Typed relations between entities of one sentence.

Two readers, both keeping the sentence as evidence:

- a relation classifier (:mod:`kg.extract.relation_model`, trained on SciERC) labels each pair
  of mentions of the sentence with a SciERC relation, which :func:`map_label` turns into one
  of the graph's relation types using the two mentions' types;
- cue rules that SciERC cannot teach or that are more precise: "X outperforms Y" (SciERC only
  has COMPARE) and the appositive "Mamba, a selective state-space model" (isA).

``variantOf`` ("Llama 2" of "Llama") is read from the names by entity resolution, not here.
"""

from __future__ import annotations

import re

from kg.extract.relation_model import NONE, RelationModel, packaged_model, pair_features
from kg.records import Mention, Relation
from kg.schema import DATASET, METHOD, METRIC, MODEL, TASK

SYSTEMS = {METHOD, MODEL}
MAX_GAP = 80  # characters between the two mentions, for the cue rules
PACKAGED = "packaged"

_OUTPERFORMS = re.compile(r"\b(outperform\w*|surpass\w*|better than|beat\w*|superior to|exceed\w*)\b")
_PASSIVE = re.compile(r"\b(is|are|was|were|being) (outperformed|surpassed|beaten|exceeded) by\b")
_APPOSITIVE = re.compile(r"^\s*,\s*(a|an)\s+(?!.*\b(based on|for|of|with|on|in|to|that|which)\b)([a-z][\w\-]*\s+){0,3}$")


def map_label(label: str, head: Mention, tail: Mention) -> str | None:
    """The graph relation type for a SciERC relation ``label`` from ``head`` to ``tail``, or None.

    - USED-FOR: a system or dataset used for a task → the user ``addresses`` the task;
      a metric used for something → it is ``measuredBy`` the metric; otherwise the tail
      ``uses`` the head when the tail is a method or model and the head a method, model or
      dataset (the edge runs tail → head: see :func:`mapped`); other pairs are left out.
    - EVALUATE-FOR: a dataset evaluating a system → ``evaluatedOn``; a metric → ``measuredBy``;
      a dataset evaluating a task → the dataset ``addresses`` the task.
    - HYPONYM-OF → ``isA``; PART-OF → ``partOf``; COMPARE between systems → ``comparedWith``.
    - CONJUNCTION and FEATURE-OF have no graph type: None.
    """
    return (mapped(label, head, tail) or (None, False))[0]


def mapped(label: str, head: Mention, tail: Mention) -> tuple[str, bool] | None:
    """``(relation type, swap)``: the type and whether the graph edge runs tail → head."""
    h, t = head.type, tail.type
    if label == "USED-FOR":
        if t == TASK and h in SYSTEMS | {DATASET}:
            return "addresses", False
        if h == METRIC and t in SYSTEMS | {TASK, DATASET}:
            return "measuredBy", True
        if t in SYSTEMS and h in SYSTEMS | {DATASET}:
            return "uses", True
        return None
    if label == "EVALUATE-FOR":
        if h == DATASET and t in SYSTEMS:
            return "evaluatedOn", True
        if h == METRIC and t in SYSTEMS | {TASK, DATASET}:
            return "measuredBy", True
        if h == DATASET and t == TASK:
            return "addresses", False
        return None
    if label == "HYPONYM-OF":
        return "isA", False
    if label == "PART-OF":
        return "partOf", False
    if label == "COMPARE" and h in SYSTEMS and t in SYSTEMS:
        return "comparedWith", False
    return None


def sentence_relations(
    text: str, mentions: list[tuple[int, Mention]], sentence: int | None,
    model: RelationModel | str | None = PACKAGED,
) -> list[Relation]:
    """Relations between the ``(index, mention)`` pairs of one sentence of ``text``.

    ``model`` is a :class:`RelationModel`, ``"packaged"`` for the shipped one, or None for the
    cue rules only. The classifier's labels count from its ``graph_threshold`` (chosen on SciERC
    dev for precision), higher than the threshold that maximises dev F1.
    """
    if model == PACKAGED:
        model = packaged_model()
    ordered = sorted(mentions, key=lambda im: (im[1].start, im[1].end))
    pairs = [(ordered[a], ordered[b]) for a in range(len(ordered)) for b in range(a + 1, len(ordered))
             if ordered[a][1].text.lower() != ordered[b][1].text.lower()]
    if not pairs:
        return []
    predictions: list[tuple[str, float]] = [(NONE, 1.0)] * len(pairs)
    if model is not None:
        features = []
        for (i, first), (j, second) in pairs:
            inside = sum(1 for _, m in ordered if m.start >= first.end and m.end <= second.start)
            features.append(pair_features(text, (first.start, first.end, first.type),
                                          (second.start, second.end, second.type), inside))
        predictions = model.predict(features, model.meta.get("graph_threshold"))
    found: dict[tuple[int, int, str], Relation] = {}
    for ((i, first), (j, second)), (label, score) in zip(pairs, predictions):
        for relation in _pair_relations(text, i, first, j, second, label, score, sentence):
            key = (relation.head, relation.tail, relation.type)
            if key not in found or found[key].score < relation.score:
                found[key] = relation
    return sorted(found.values(), key=lambda r: (r.head, r.tail, r.type))


def _pair_relations(text, i, first, j, second, label, score, sentence) -> list[Relation]:
    between = text[first.end : second.start].lower() if first.end <= second.start else ""
    near = second.start - first.end <= MAX_GAP
    systems = first.type in SYSTEMS and second.type in SYSTEMS
    if systems and near and _OUTPERFORMS.search(between):
        winner, loser = (j, i) if _PASSIVE.search(between) else (i, j)
        return [Relation(winner, loser, "outperforms", max(0.6, score if label == "COMPARE" else 0.6), "pattern",
                         sentence)]
    if near and _APPOSITIVE.search(between) and second.text[:1].islower() and first.type in SYSTEMS | {DATASET}:
        return [Relation(i, j, "isA", max(0.6, score if label.startswith("HYPONYM-OF") else 0.6), "pattern",
                         sentence)]
    if label == NONE:
        return []
    name, head, tail = label.rstrip("<>"), (i, first), (j, second)
    if label.endswith("<"):
        head, tail = tail, head
    result = mapped(name, head[1], tail[1])
    if result is None:
        return []
    kind, swap = result
    source, target = (tail[0], head[0]) if swap else (head[0], tail[0])
    return [Relation(source, target, kind, score, "classifier", sentence)]
