"""Claims: the findings and contributions an abstract states, one per sentence.

Each claim keeps its sentence (text and span), its kind, the entity mentions of the sentence
and its quantitative content as structured dicts (see :func:`quantities`):

>>> q = quantities("FooNet improves FID by 15% over BigGAN on CIFAR-10.")[0]
>>> q["value"], q["unit"], q["kind"], q["direction"], q["improvement"]
(15.0, '%', 'change', 'improve', 'relative')
>>> q = quantities("It runs up to 10x faster inference.")[0]
>>> q["value"], q["unit"], q["qualifier"], q["measure"], q["text"]
(10.0, 'x', 'up to', 'inference', 'up to 10x faster inference')
"""

from __future__ import annotations

import re

from kg.records import Claim, Mention, Sentence
from kg.schema import DATASET, METHOD, METRIC, MODEL

SYSTEMS = {METHOD, MODEL}

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

# A number, an optional magnitude word or unit, as written in abstracts.
_NUMBER = re.compile(
    r"(?<![\w.\-])(?P<value>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<unit>\\?%|×|x(?![a-wyz\d])|times\b|-?fold\b|[KMBT](?![a-zA-Z])|k\b|pp\b|"
    r"percentage points?\b|points?\b|pts\b|million\b|billion\b|trillion\b|ms\b|GB\b|MB\b|TB\b))?",
)
_UNITS = {"×": "x", "times": "x", "fold": "x", "-fold": "x", "k": "K", "million": "M", "billion": "B",
          "trillion": "T", "percentage point": "points", "percentage points": "points", "point": "points",
          "pts": "points", "pp": "points"}
# Countable things a number can measure ("26B parameters", "25,000 sentences").
_AMOUNT = re.compile(
    r"^[\s-]*(?P<noun>parameters?|params|tokens?|sentences?|images?|examples?|samples?|documents?|languages?|"
    r"GPUs?|hours?|layers?|steps?|words?|pairs?|videos?|questions?|tasks?|datasets?|benchmarks?|"
    r"experts?|context(?: window)?|dimensions?)\b", re.I)
# A comparative right after the number ("10x faster inference", "3x fewer parameters").
_COMPARATIVE = re.compile(
    r"^[\s-]*(?:(?:average|relative|absolute|overall)\s+|[a-z]+\s+(?=speed-?ups?\b|improvements?\b|reductions?\b))*"
    r"(?P<adj>reduced|improved|increased|enhanced|faster|slower|fewer|less|smaller|lower|higher|larger|more|better|cheaper|"
    r"speed-?ups?|improvements?|reductions?|gains?|increases?|decreases?|acceleration)"
    r"(?:\s+(?:in\s+)?(?P<noun>(?!(?:than|over|on|and|with|compared|multiple|all|most|several|many|the|an?|some|"
    r"various|across|at|for|to|of|while|by|in)\b)[a-z][\w-]*(?:\s+speed|\s+time|\s+cost)?))?",
    re.I)
_QUALIFIER = re.compile(r"(up to|at most|at least|more than|over|about|around|nearly|almost|approximately|roughly|"
                        r"by|of|only|just|~|>|<)\s*(an?\s+)?(average\s+of\s+|absolute\s+|relative\s+)?$", re.I)
_BY = re.compile(r"\bby\s+(up to\s+|over\s+|about\s+|around\s+|nearly\s+|an? average of\s+)?"
                 r"(\d+(?:\.\d+)?\s*(?:to|-|–)\s*)?$", re.I)
_VERB_CLASSES = (
    ("decrease", re.compile(r"\b(reduc\w*|decreas\w*|lower\w*|cut\w*|sav\w*|shrink\w*|drop\w*|fewer|less|smaller|"
                            r"compress\w*|slower)\b", re.I)),
    ("increase", re.compile(r"\b(increas\w*|rais\w*|higher|more|larger|faster|speed-?ups?|accelerat\w*|"
                            r"grow\w*)\b", re.I)),
    ("improve", re.compile(r"\b(improv\w*|boost\w*|gain\w*|outperform\w*|surpass\w*|better|exceed\w*|enhanc\w*|"
                           r"beat\w*|advanc\w*)\b", re.I)),
)
_COMPARE_CUE = re.compile(
    r"\b(over|than|compared (?:to|with)|comparison (?:to|with)|versus|vs\.?|against|relative to|outperform\w*|"
    r"surpass\w*|beat\w*|exceed\w*|on par with|comparable to|competitive with|matches|matching)\s+"
    r"(?:the\s+|a\s+|an\s+|strong\s+|existing\s+|previous\s+|prior\s+)*$", re.I)
_DATASET_CUE = re.compile(r"\b(on|across|over|in|for|using)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
_ABSOLUTE = re.compile(r"\babsolute\b", re.I)
_RELATIVE = re.compile(r"\brelative\b", re.I)
_FROM_TO = re.compile(r"\bfrom\s+(?P<a>\d+(?:\.\d+)?)\s*(?P<ua>%|points?)?\s+to\s+$", re.I)


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


def quantities(text: str, mentions: list[tuple[int, Mention]] = (), offset: int = 0) -> list[dict]:
    """The quantitative content of a sentence, as structured dicts.

    ``mentions`` are ``(index, mention)`` pairs of the sentence's entity mentions, with
    character offsets into the abstract; ``offset`` is where ``text`` starts in the abstract.
    Each dict has:

    - ``value`` (float; None for a comparison stated without a number), ``unit`` (``%``,
      ``x``, ``K``/``M``/``B``/``T``, ``points``, ``ms``, ``GB``... or None) and ``text``,
      ``start``, ``end`` (the span, offsets into the abstract);
    - ``kind``: ``score`` (a level reached: "91.5% accuracy"), ``change`` (an improvement or
      difference: "improves FID by 15%", "10x faster"), ``amount`` (a size: "26B parameters")
      or ``comparison`` (no number: "outperforms Transformers of the same size");
    - ``direction`` (``improve``, ``increase``, ``decrease`` or None), ``improvement``
      (``relative``, ``absolute``, ``factor`` or None), ``qualifier`` ("up to", "over",
      "about"...), ``measure`` (what is counted or changed: "parameters", "inference"),
      ``from_value`` ("from 49.6% to 93.7%");
    - ``metric``, ``dataset``, ``compared_to``: the text of the Metric, Dataset and
      Method/Model mentions it refers to, with ``metric_entity``, ``dataset_entity`` and
      ``compared_entity`` (indices into the extraction's entities) when ``mentions`` are given.
    """
    local = [(i, m.start - offset, m.end - offset, m) for i, m in mentions]
    found: list[dict] = []
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if any(s <= start < e for _, s, e, _m in local):
            continue  # part of a name: "GPT-4", "CIFAR-10", "Llama 2"
        raw_unit = match.group("unit")
        raw_unit = raw_unit.lstrip("\\") if raw_unit else raw_unit
        unit = _UNITS.get(raw_unit.strip().lower() if raw_unit else "", raw_unit.strip() if raw_unit else None)
        if unit is not None and unit.lower() == "x":
            unit = "x"
        after = text[end : end + 60]
        before = text[max(0, start - 60) : start]
        if raw_unit is None and re.match(r"\s*[-–]\s*(shot|way|layer|bit|step|gram|hop|d)\b", after, re.I):
            continue
        if re.match(r"\s*[x×]\s*\d", after):
            continue  # a size: "256x256"
        if unit is None and (re.match(r"\s*(/|to|-|–)\s*\d", after) or re.search(r"\d\s*/\s*$", before)):
            continue  # "6 / 7", the first bound of "4 to 8 times"
        amount = _AMOUNT.match(after)
        comparative = _COMPARATIVE.match(after)
        metric = _nearest(local, start, end, {METRIC}, window=25)
        if unit is None and amount is None and comparative is None and metric is None and not _BY.search(before):
            continue  # a bare number: a count in passing
        if unit is None and (re.search(r"[\[(]\s*$", before) and re.match(r"\s*[\])]", after)
                             or re.fullmatch(r"(19|20)\d\d", match.group("value"))):
            continue  # "[9]", "(1)", a year
        value = float(match.group("value").replace(",", ""))
        q: dict = {"value": value, "unit": unit, "text": match.group(0), "start": offset + start,
                   "end": offset + end}
        qualifier = _QUALIFIER.search(before)
        if qualifier and qualifier.group(1).lower() not in {"by", "of"}:
            q["qualifier"] = qualifier.group(1).lower()
        span_end = end
        direction = None
        if comparative:
            span_end = end + comparative.end()
            direction = _direction(comparative.group("adj"))
            if comparative.group("noun"):
                q["measure"] = comparative.group("noun").lower()
        elif amount:
            span_end = end + amount.end()
            q["measure"] = amount.group("noun").lower()
        from_to = _FROM_TO.search(before)
        clause = _clause_before(before)
        if from_to:
            q["from_value"] = float(from_to.group("a"))
            direction = direction or _direction(clause) or "increase"
        elif _BY.search(before) or re.search(r"\b(improvement|gain|reduction|speed-?up|boost|increase|decrease|"
                                             r"drop)s?\s+((of|by)\s+)?(up to\s+|over\s+|about\s+|at least\s+|"
                                             r"more than\s+|nearly\s+|around\s+|an?\s+)?$",
                                             before, re.I):
            direction = direction or _direction(clause) or _direction(before) or "improve"
        elif unit in {"x", "%", "points"} and _direction(clause):
            # "improve the throughput up to 9.1x": a change verb governs the number
            direction = direction or _direction(clause)
        if direction is not None or q.get("from_value") is not None:
            q["kind"] = "change"
            q["direction"] = direction
            context = before[-40:] + text[end : span_end + 20]
            if unit == "x":
                q["improvement"] = "factor"
            elif unit == "points" or _ABSOLUTE.search(context) or q.get("from_value") is not None:
                q["improvement"] = "absolute"
            elif unit == "%" or _RELATIVE.search(context):
                q["improvement"] = "relative"
            else:
                q["improvement"] = "absolute"
        elif amount is not None or unit in {"K", "M", "B", "T"}:
            q["kind"] = "amount"
        else:
            q["kind"] = "score"
        span_start = start - (len(qualifier.group(0)) if qualifier and "qualifier" in q else 0)
        raw = text[span_start:span_end]
        span_start += len(raw) - len(raw.lstrip())
        span_end -= len(raw) - len(raw.rstrip())
        q.update(text=text[span_start:span_end], start=offset + span_start, end=offset + span_end)
        if q["kind"] != "amount":
            _attach(q, local, start, end, text)
        found.append(q)
    found = [q for q in found if not _is_from_value(q, found)]
    for previous, q in zip(found, found[1:]):
        if previous["kind"] == "change" and q["kind"] == "score" and \
                re.fullmatch(r"\s*\(\s*", text[previous["end"] - offset : q["start"] - offset]):
            # "by 1.14 points (6.7%)": the same change, stated relatively
            q.update(kind="change", direction=previous["direction"],
                     improvement="relative" if q["unit"] == "%" else previous["improvement"])
        elif previous["kind"] == "score" and q["kind"] == "change" and previous["unit"] == q["unit"] and \
                re.fullmatch(r"\s*(,|and|or|, and)\s*", text[previous["end"] - offset : q["start"] - offset]):
            # "19% and 8% average relative improvement": both are changes
            previous.update(kind="change", direction=q["direction"], improvement=q["improvement"])
    if not any(q["kind"] == "change" for q in found):
        comparison = _comparison_without_number(text, local, offset)
        if comparison is not None:
            found.append(comparison)
    return found


def _direction(words: str) -> str | None:
    """The class of the last change word in ``words`` (improve, increase, decrease), if any."""
    best, best_at = None, -1
    for name, pattern in _VERB_CLASSES:
        for match in pattern.finditer(words):
            if match.start() > best_at:
                best, best_at = name, match.start()
    return best


def _clause_before(before: str) -> str:
    """The words since the last clause boundary before a number (for its verb)."""
    return re.split(r"[;,:]\s|\band\b|\bwhile\b|\bwhereas\b", before)[-1]


def _is_from_value(q: dict, found: list[dict]) -> bool:
    """The "49.6%" of "from 49.6% to 93.7%": folded into the second value's ``from_value``."""
    return any(o is not q and o.get("from_value") == q["value"] and o["start"] > q["end"] and
               o["start"] - q["end"] < 12 for o in found)


def _nearest(local, start: int, end: int, types: set[str], window: int):
    """The mention of one of ``types`` closest to the span, within ``window`` characters."""
    best, best_gap = None, window + 1
    for item in local:
        _, s, e, m = item
        if m.type not in types:
            continue
        gap = start - e if e <= start else s - end if s >= end else 0
        if gap < best_gap:
            best, best_gap = item, gap
    return best


def _attach(q: dict, local, start: int, end: int, text: str) -> None:
    metric = _nearest(local, start, end, {METRIC}, window=80)
    if metric is not None:
        q["metric"], q["metric_entity"] = metric[3].text, metric[0]
    dataset = _dataset(local, start, end, text)
    if dataset is not None:
        q["dataset"], q["dataset_entity"] = dataset[3].text, dataset[0]
    compared = _compared(local, start, end, text)
    if compared is not None:
        q["compared_to"], q["compared_entity"] = compared[3].text, compared[0]


def _dataset(local, start: int, end: int, text: str):
    """The Dataset mention the number was measured on: after "on/across/in" if any, else the nearest."""
    cued = [item for item in local if item[3].type == DATASET and _DATASET_CUE.search(text[max(0, item[1] - 40) : item[1]])]
    pool = cued or [item for item in local if item[3].type == DATASET]
    if not pool:
        return None
    return min(pool, key=lambda item: abs(item[1] - end) if item[1] >= end else abs(start - item[2]))


def _compared(local, start: int, end: int, text: str):
    """The system the claim compares with: a Method/Model mention right after a comparison cue."""
    cued = [item for item in local
            if item[3].type in SYSTEMS and _COMPARE_CUE.search(text[max(0, item[1] - 40) : item[1]])]
    if not cued:
        return None
    return min(cued, key=lambda item: abs(item[1] - end) if item[1] >= end else abs(start - item[2]))


def _comparison_without_number(text: str, local, offset: int) -> dict | None:
    """ "outperforms Transformers of the same size": a comparison with no number."""
    match = re.search(r"\b(outperform\w*|surpass\w*|beat\w*|better than|superior to|exceed\w*)\s+", text, re.I)
    if match is None:
        return None
    target = next((item for item in sorted(local, key=lambda it: it[1])
                   if item[3].type in SYSTEMS and item[1] >= match.end() and item[1] - match.end() < 40), None)
    if target is None:
        return None
    tail = re.match(r"[^,.;:()]*", text[target[2]:]).group(0)
    tail = re.sub(r"\s+\b(on|in|across|by|with|while|and|at|when)\b.*$", "", tail)
    q = {"value": None, "unit": None, "kind": "comparison", "direction": "improve",
         "text": text[match.start() : target[2] + len(tail)].strip(), "start": offset + match.start(),
         "end": offset + target[2] + len(tail), "compared_to": target[3].text, "compared_entity": target[0]}
    q["end"] = q["start"] + len(q["text"])
    metric = next((item for item in local if item[3].type == METRIC), None)
    if metric is not None:
        q["metric"], q["metric_entity"] = metric[3].text, metric[0]
    dataset = _dataset(local, match.start(), target[2], text)
    if dataset is not None:
        q["dataset"], q["dataset_entity"] = dataset[3].text, dataset[0]
    return q


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
        values = quantities(text, [(i, entities[i]) for i in about], sentence.start)
        if kind == "result" and any(v.get("compared_to") for v in values):
            kind = "comparison"
        claims.append(Claim(sentence.start, sentence.end, text, kind, score, "cue", about, values))
    return claims
