"""Claims: the findings and contributions an abstract states, one per sentence."""

from __future__ import annotations

import re

from kg.records import Claim, Mention, Sentence

_COMPARISON = re.compile(r"\b(outperform\w*|surpass\w*|better than|superior to|compared (to|with)|beats?)\b", re.I)
_LIMITATION = re.compile(r"\b(fail\w*|limitation\w*|cannot|does not|do not|struggle\w*)\b", re.I)
_RESULT = re.compile(
    r"\b(we (show|find|demonstrate|observe|prove)|results? (show|demonstrate|indicate|suggest)|experiments? "
    r"(show|demonstrate)|achiev\w*|improv\w*|state-of-the-art|reduc\w*|speed\w*)\b|\d\s*(%|x\b|×)",
    re.I,
)
_CONTRIBUTION = re.compile(r"\bwe (propose|introduce|present|develop|release|design)\b", re.I)
_NUMBER = re.compile(
    r"(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>%|x\b|×|times\b|[KMBT]\b|points?\b|fold\b)?", re.I
)


def claim_kind(text: str, role: str | None) -> str | None:
    """The kind of claim a sentence makes, or None when it states no finding or contribution.

    With sentence roles, findings come from ``result`` sentences and contributions from
    ``objective``/``method`` sentences that say "we propose ..."; without roles, cue
    phrases decide.
    """
    if role == "result" or (role is None and _RESULT.search(text)):
        if _COMPARISON.search(text):
            return "comparison"
        if _LIMITATION.search(text) and not _RESULT.search(text):
            return "limitation"
        return "result"
    if role in {None, "objective", "method"} and _CONTRIBUTION.search(text):
        return "contribution"
    return None


def quantities(text: str) -> list[dict]:
    """Numbers with units in a claim ("15%", "10x", "26B"), as plain dicts."""
    values = []
    for match in _NUMBER.finditer(text):
        unit = match.group("unit")
        if unit is None:
            continue
        values.append(
            {"value": float(match.group("value").replace(",", "")), "unit": unit.strip().lower().replace("×", "x"),
             "text": match.group(0).strip()}
        )
    return values


def sentence_claims(
    abstract: str, sentences: list[Sentence], entities: list[Mention], sentence_of: list[int | None]
) -> list[Claim]:
    """One Claim per abstract sentence that states a finding or contribution."""
    claims = []
    for index, sentence in enumerate(sentences):
        text = abstract[sentence.start : sentence.end]
        kind = claim_kind(text, sentence.role)
        if kind is None:
            continue
        about = [i for i, s in enumerate(sentence_of) if s == index and entities[i].field == "abstract"]
        score = 0.8 if sentence.role == "result" else 0.6
        claims.append(Claim(sentence.start, sentence.end, text, kind, score, "cue", about, quantities(text)))
    return claims
