"""Typed relations between entities of one sentence, from the words that join them.

A first, rule-based reader: it looks at the tokens between two mentions of the same
sentence and at the mentions' types. Every relation keeps its sentence as evidence.
"""

from __future__ import annotations

import re

from kg.records import Mention, Relation
from kg.schema import DATASET, METHOD, METRIC, MODEL, TASK

SYSTEMS = {METHOD, MODEL}
MAX_GAP = 80  # characters between the two mentions

_RULES: list[tuple[set[str], set[str], re.Pattern[str], str, float]] = [
    (SYSTEMS, SYSTEMS, re.compile(r"\b(outperform\w*|surpass\w*|better than|beat\w*|superior to)\b"), "outperforms", 0.6),
    (SYSTEMS, SYSTEMS, re.compile(r"\b(compared? (to|with)|versus|vs\.?|against|relative to)\b"), "comparedWith", 0.55),
    (SYSTEMS, {DATASET}, re.compile(r"\b(on|across|over)\b"), "evaluatedOn", 0.55),
    (SYSTEMS | {DATASET}, {TASK}, re.compile(r"\b(for|to|on)\s*$|\btackl\w*|\baddress\w*|\bsolv\w*"), "addresses", 0.5),
    (SYSTEMS | {TASK, DATASET}, {METRIC}, re.compile(r"\b(in terms of|measured by|improv\w*|achiev\w*|higher|lower|reduc\w*)\b"), "measuredBy", 0.5),
    (SYSTEMS, SYSTEMS, re.compile(r"\b(based on|built on|extends?|extension of|variant of)\b"), "uses", 0.5),
    (SYSTEMS | {DATASET}, SYSTEMS | {DATASET}, re.compile(r"^\s*,\s*(a|an)\s+[a-z][\w\- ]*$"), "isA", 0.5),
]


def sentence_relations(text: str, mentions: list[tuple[int, Mention]], sentence: int | None) -> list[Relation]:
    """Relations between the ``(index, mention)`` pairs of one sentence of ``text``."""
    found: list[Relation] = []
    ordered = sorted(mentions, key=lambda im: im[1].start)
    for a in range(len(ordered)):
        for b in range(a + 1, len(ordered)):
            (i, head), (j, tail) = ordered[a], ordered[b]
            if tail.start - head.end > MAX_GAP or head.end > tail.start:
                continue
            between = text[head.end : tail.start].lower()
            for heads, tails, cue, kind, score in _RULES:
                if head.type in heads and tail.type in tails and cue.search(between):
                    if kind == "isA" and not _generic(tail.text):
                        continue
                    found.append(Relation(i, j, kind, score, "pattern", sentence))
                    break
    return found


def _generic(text: str) -> bool:
    """A common-noun phrase ("a selective state-space model"), not a proper name."""
    return text[:1].islower()
