"""Claims: the findings and contributions an abstract states, one per sentence.

Each claim keeps its sentence (text and span), its kind, the entity mentions of the sentence
and its quantities (:mod:`kg.extract.quantities`) read as results (:mod:`kg.extract.results`).
"""

from __future__ import annotations

import re

from kg.extract.benchmarks import names
from kg.extract.quantities import quantities
from kg.extract.results import abstract_context, read_results
from kg.records import Claim, Mention, Quantity, Sentence
from kg.schema import METRIC, SYSTEMS

_COMPARISON = re.compile(
    r"\b(outperform\w*|surpass\w*|better than|superior to|compared (to|with)|beats?|exceed\w*|"
    r"on par with|comparable to|competitive with)\b", re.I)
_LIMITATION = re.compile(r"\b(fail\w*|limitation\w*|cannot|can not|does not|do not|struggle\w*|unable)\b", re.I)
_RESULT = re.compile(
    r"\b(we (show|find|demonstrate|observe|prove)|results? (show|demonstrate|indicate|suggest)|experiments? "
    r"(show|demonstrate)|achiev\w*|improv\w*|state-of-the-art|reduc\w*|speed\w*)\b|\d\s*(%|x\b|×)",
    re.I,
)
_CONTRIBUTION = re.compile(r"\bwe (propose|introduce|present|develop|release|design)\b", re.I)

def claim_kind(text: str, role: str | None) -> str | None:
    """The kind of claim a sentence makes, or None when it states no finding or contribution.

    With sentence roles, findings come from ``result`` sentences and contributions from
    ``objective``/``method`` sentences that say "we propose ..."; without roles, cue
    phrases decide.
    """
    if role == "result" or (role is None and _RESULT.search(text)):
        if _COMPARISON.search(text):
            return "comparison"
        if _CONTRIBUTION.search(text) and not _RESULT.search(text):
            return "contribution"
        if _LIMITATION.search(text) and not _RESULT.search(text):
            return "limitation"
        return "result"
    if role in {None, "objective", "method"} and _CONTRIBUTION.search(text):
        return "contribution"
    return None


def sentence_claims(
    abstract: str, sentences: list[Sentence], entities: list[Mention], sentence_of: list[int | None]
) -> list[Claim]:
    """One Claim per abstract sentence that states a finding or contribution."""
    claims = []
    # the mentions that are graph entities (those given a sentence)
    context = abstract_context(abstract, [(i, m) for i, m in enumerate(entities)
                                          if m.field == "abstract" and sentence_of[i] is not None])
    if context.proposal is None:  # a name the title introduces ("FooNet: ...")
        context.proposal = next(((m.text, i) for i, m in enumerate(entities)
                                 if m.field == "title" and m.proposed and m.type in SYSTEMS), None)
    for index, sentence in enumerate(sentences):
        text = abstract[sentence.start : sentence.end]
        about = [i for i, s in enumerate(sentence_of) if s == index and entities[i].field == "abstract"]
        values = sentence_quantities(text, sentence.start, [(i, entities[i]) for i in about], context)
        kind = claim_kind(text, sentence.role)
        if kind is None and any(_is_result(v) for v in values):
            kind = "result"  # "we obtain 89.3% accuracy on X" in a sentence read as method or background
        if kind is None:
            continue
        score = 0.8 if sentence.role == "result" else 0.6
        if kind == "result" and any(v.compared_to for v in values):
            kind = "comparison"
        claims.append(Claim(sentence.start, sentence.end, text, kind, score, "cue", about, values))
    return claims


def sentence_quantities(text: str, offset: int, mentions: list[tuple[int, Mention]],
                        context=None) -> list[Quantity]:
    """The quantities of one sentence, read as results (``mentions`` are its ``(index, mention)`` pairs)."""
    metric_spans = [(m.start, m.end) for _, m in mentions if m.type == METRIC]
    metric_names = names().find(text, "metric")
    metric_spans += [(offset + f.start, offset + f.end) for f in metric_names]
    # a number inside a metric mention ("accuracy 92.4") is the value, not part of a name
    names_spans = [(m.start, m.end) for _, m in mentions if m.type != METRIC]
    found = quantities(text, names_spans, offset, metric_spans)
    read_results(text, offset, found, mentions, context, metric_names)
    return found


def _is_result(q: Quantity) -> bool:
    """A value reached on a named metric or dataset, stated in the sentence itself."""
    return q.kind in ("score", "change") and q.value is not None and (
        (q.metric is not None and "metric" not in q.inferred) or (q.dataset is not None and "dataset" not in q.inferred))
