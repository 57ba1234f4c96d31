"""Numbers of a sentence read as quantities: value, unit, kind, direction of a change.

>>> q = quantities("FooNet improves FID by 15% over BigGAN.")[0]
>>> q.value, q.unit, q.kind, q.direction, q.improvement
(15.0, '%', 'change', 'improve', 'relative')
>>> q = quantities("It runs up to 10x faster inference.")[0]
>>> q.value, q.unit, q.qualifier, q.measure, q.text
(10.0, 'x', 'up to', 'inference', 'up to 10x faster inference')
>>> [(q.value, q.upper, q.error, q.unit) for q in quantities("gains of 12-15% and 85.2 ± 0.3 BLEU")]
[(12.0, 15.0, None, '%'), (85.2, None, 0.3, None)]

A number that is part of a name is never a quantity: "Llama-3-8B", "ResNet-50", "GPT-4",
"8B/405B-Judge", and any number inside an entity mention. What each quantity measures (metric,
dataset, system, baseline) is read by :mod:`kg.extract.results`.
"""

from __future__ import annotations

import re

from kg.records import Quantity

_VALUE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
# A number, an optional range or spread, an optional unit, as written in abstracts.
_NUMBER = re.compile(
    rf"(?<![\w.\-@])(?P<value>{_VALUE})"
    rf"(?:\s*(?P<sep>[-–]|to)\s*(?P<upper>{_VALUE})(?=\s*(?:\\?%|×|x\b|times\b|-?fold\b|points?\b|pp\b|percent\b)))?"
    rf"(?:\s*(?:±|\+/-|\\pm)\s*(?P<error>{_VALUE}))?"
    r"(?:\s*(?P<unit>\\?%|×|x(?![a-wyz\d])|times\b|-?fold\b|[KMBT](?![a-zA-Z\d\-/])|k\b|pp\b|"
    r"(?:percentage|percent) points?\b|percent\b|per cent\b|points?\b|pts\b|million\b|billion\b|trillion\b|"
    r"ms\b|GB\b|MB\b|TB\b|dB\b|mm\b|"
    r"tokens?/s(?:ec)?\b|tok/s\b|FPS\b|fps\b|GFLOPs\b|FLOPs\b|s\b|sec\b|seconds?\b|hours?\b|h\b))?"
    r"(?P<error2>\s*(?:±|\+/-|\\pm)\s*(?P<error_after>" + _VALUE + r"))?",
)
_UNITS = {"×": "x", "times": "x", "fold": "x", "-fold": "x", "k": "K", "million": "M", "billion": "B",
          "trillion": "T", "percent": "%", "per cent": "%", "percentage point": "points",
          "percentage points": "points", "percent point": "points", "percent points": "points",
          "point": "points",
          "pts": "points", "pp": "points", "token/s": "tokens/s", "tokens/sec": "tokens/s", "tok/s": "tokens/s",
          "fps": "FPS", "sec": "s", "second": "s", "seconds": "s", "hour": "h", "hours": "h"}
# Countable things a number can measure ("26B parameters", "25,000 sentences").
_AMOUNT = re.compile(
    # one lower-case word may come first ("656 generated tokens"), not a preposition or "top", "mean" ...
    r"^[\s-]*(?:(?!(?:top|mean|average|overall|on|in|of|for|across|over|at|to|with|from|the|an?|and|or|per|by|than|"
    r"all|our|its|their)\b)(?-i:[a-z]+(?:-[a-z]+)?)\s+)?"
    r"(?P<noun>parameters?|params|tokens?|sentences?|images?|examples?|samples?|documents?|languages?|"
    r"GPUs?|hours?|layers?|steps?|words?|pairs?|videos?|questions?|tasks?|datasets?|benchmarks?|"
    r"experts?|context(?: window)?|dimensions?|epochs?|classes|categories|subjects|users|videos|clips|"
    # a setting a result is measured under: "under 30% and 40% sparsity", "with 20% label noise"
    r"sparsity|pruning ratio|compression ratio|masking ratio|mask ratio|noise|occlusion)(?![\w-])", re.I)
# What makes a number a confidence level ("95% CI", "95% confidence intervals") or an interval's bound
# ("CI: 0.852, 0.875", "CI [3.06, 7.70]"), not a result.
_CONFIDENCE_AFTER = re.compile(r"\s*(?:CI\b|(?i:confidence|credible)\s+(?:intervals?|levels?|bounds?|guarantees?)\b)")
# A result with its interval in brackets after it: "0.889 (95% CI: ...)".
_INTERVAL_AFTER = re.compile(r"\s*[(\[]\s*\d+(?:\.\d+)?\s*%?\s*(?:CI\b|(?i:confidence|credible)\b)")
_INTERVAL_BEFORE = re.compile(r"\bCI\s*[:=]?\s*[\[(]?\s*(?:[-−]?\d+(?:\.\d+)?\s*%?\s*(?:,|to|[-–])\s*)?$")
# A comparative right after the number ("10x faster inference", "3x fewer parameters").
_COMPARATIVE = re.compile(
    r"^[\s-]*(?:(?:average|relative|absolute|overall)\s+|[a-z][a-z-]*\s+(?=speed[- ]?ups?\b|improvements?\b|reductions?\b))*"
    r"(?P<adj>reduced|improved|increased|enhanced|faster|slower|fewer|less|smaller|lower|higher|larger|more|better|cheaper|"
    r"speed[- ]?ups?|improvements?|reductions?|gains?|increases?|decreases?|acceleration)"
    r"(?:\s+(?:in\s+)?(?P<noun>(?!(?:than|over|on|and|with|compared|multiple|all|most|several|many|the|an?|some|"
    r"various|across|at|for|to|of|while|by|in)\b)[a-z][\w-]*(?:\s+speed|\s+time|\s+cost)?))?",
    re.I)
_QUALIFIER = re.compile(r"(up to|at most|at least|more than|over|about|around|nearly|almost|approximately|roughly|"
                        r"by|of|only|just|~|>|<)\s*(an?\s+)?(average\s+of\s+|absolute\s+|relative\s+)?$", re.I)
_BY = re.compile(r"\bby\s+(up to\s+|over\s+|about\s+|around\s+|nearly\s+|an? average of\s+)?"
                 r"(\d+(?:\.\d+)?\s*(?:to|-|–)\s*)?$", re.I)
_CHANGE_NOUN = re.compile(r"\b(improvement|gain|reduction|speed-?up|boost|increase|decrease|drop)s?\s+((of|by)\s+)?"
                          r"(up to\s+|over\s+|about\s+|at least\s+|more than\s+|nearly\s+|around\s+|an?\s+)?$", re.I)
_VERB_CLASSES = (
    ("decrease", re.compile(r"\b(reduc\w*|decreas\w*|lower\w*|cut\w*|sav\w*|shrink\w*|drop\w*|fewer|less|smaller|"
                            r"compress\w*|slower)\b", re.I)),
    ("increase", re.compile(r"\b(increas\w*|rais\w*|higher|more|larger|faster|speed-?ups?|accelerat\w*|"
                            r"grow\w*)\b", re.I)),
    ("improve", re.compile(r"\b(improv\w*|boost\w*|gain\w*|outperform\w*|surpass\w*|better|exceed\w*|enhanc\w*|"
                           r"beat\w*|advanc\w*)\b", re.I)),
)
_ABSOLUTE = re.compile(r"\babsolute\b", re.I)
_RELATIVE = re.compile(r"\brelative\b", re.I)
_FROM_TO = re.compile(r"\bfrom\s+(?P<a>\d+(?:\.\d+)?)\s*(?P<ua>%|points?)?\s+to\s+$", re.I)
# Name-like context: "Llama-3-8B", "8B/405B-Judge", "T5-11B", "a 7B-parameter model" is kept.
_NAME_AFTER = re.compile(r"^(?!(?:AP|mAP|mIoU|PQ|BLEU|FPS|fps)\b)(?:[-/][A-Za-z]|[-/]\d+[A-Za-z]|[A-Za-z]|\.\d+[A-Za-z])")
# A value stated for a named thing: "IS=8.81", "FFHQ: 6.11", "F 0.5 = 70.2" (not a ratio "1:1").
_STATED_FOR = re.compile(r"(?<![\d:\w])[A-Za-z][\w\s.)\]]{1,12}(?<!\s[A-Za-z])(?<!\s[A-Za-z]\s)[=:]\s*$")
# A value on a named dataset right after it: "63.69 on the WebNLG dataset".
_ON_NAME = re.compile(r"^\s*(?:on|for|in)\s+(?:the\s+)?[A-Z]")
_SHARE = re.compile(r"^\s*of\s+(?:the|all|its|their|our)\s+([a-z][\w-]*)", re.I)
_RANGE_FROM = re.compile(r"\b(rang\w*|vary\w*|varies)\s+(?:from|between)\s+$", re.I)
# What joins two values of one list: "74.1, 75.3 and 76.0", "by 73% and 80%".
_JOINED = r"\s*(?:,|and|, and|or)\s*"
_JOIN = re.compile(_JOINED)
# ... also with what the first value is for: "31.16 for en-de and 38.37 for de-en".
_LIST_GAP = re.compile(rf"{_JOINED}|\s*(?:for|on|in)\s+[^,;:()\d]{{1,30}}?\s*(?:,|and|, and)\s*")
# Values listed before "respectively" ("to 47.69 and 40.68 respectively", "83.6 and 54.5 mIoU, respectively");
# not a list of counts ("4 and 8 layers, respectively": those are read as amounts).
_RESPECTIVELY = re.compile(rf"^(?:\s*(?:,|and|, and)\s*(?:{_VALUE})\s*%?)+(?P<words>(?:\s+[A-Za-z][\w@-]*){{0,2}})"
                           r"\s*,?\s*respectively\b", re.I)
# Values after a value, up to the metric they share: "15.8 vs 18.3 perplexity", "83.6 and 54.5 mIoU".
_VALUES_AHEAD = re.compile(rf"^(?:\s*(?:,|and|, and|or|vs\.?|versus)\s*(?:{_VALUE})\s*%?)+")
# A value paired with another of the same precision: "0.910/0.896" (validation/test).
_PAIR_AFTER = re.compile(r"\s*/\s*(\d*\.(\d+))(?![\d/])")
_PAIR_BEFORE = re.compile(r"(?<![\d./])(\d*\.(\d+))\s*/\s*$")
_SCORE_CUE = re.compile(r"\b(accuracy|error|score|f1|bleu|rouge|map|ap|iou|auc|precision|recall|perplexity|fid|"
                        r"psnr|ssim|achiev\w*|reach\w*|obtain\w*|attain\w*|record\w*|yield\w*)\b", re.I)


def _unit(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.lstrip("\\").strip()
    unit = _UNITS.get(raw.lower(), _UNITS.get(raw, raw))
    return "x" if unit.lower() == "x" else unit


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def quantities(text: str, name_spans: list[tuple[int, int]] = (), offset: int = 0,
               metric_spans: list[tuple[int, int]] = ()) -> list[Quantity]:
    """The quantities of ``text`` (a sentence starting at ``offset`` in the abstract).

    ``name_spans`` are the ``(start, end)`` abstract offsets of the sentence's entity mentions:
    a number inside one is part of a name. ``metric_spans`` are the abstract offsets of metric
    names: a bare number right after "METRIC of" or before a metric name is a score ("F1 of 74.6",
    "58.7 box AP").
    """
    local = [(s - offset, e - offset) for s, e in name_spans]
    metrics = [(s - offset, e - offset) for s, e in metric_spans]
    found: list[Quantity] = []
    accepted_end = name_end = -1
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if match.group("error2"):
            end = match.start("error2")  # the spread is read below, after the unit
        if any(s <= start < e for s, e in local):
            continue  # part of a name: "GPT-4", "CIFAR-10", "Llama 2"
        if before_bracket(text, start):
            continue  # a citation: "[28, 31]"
        unit = _unit(match.group("unit"))
        after = text[end : end + 60]
        before = text[max(0, start - 60) : start]
        if _NAME_AFTER.match(text[end:]) or re.search(r"[A-Za-z][-_/]$|[A-Za-z]\d*[-.]?$", before[-2:]):
            continue  # "405B-Judge", "v2", "x86"
        if unit is None and re.match(r"\s*[-–]\s*(shot|way|layer|bit|step|gram|hop|d|dimensional|"
                                     r"stage|level|class|fold|head|billion|million)\b", after, re.I):
            continue
        if re.match(r"\s*[x×]\s*\d", after):
            continue  # a size: "256x256"
        if _CONFIDENCE_AFTER.match(after) or _INTERVAL_BEFORE.search(before):
            continue  # a confidence level and an interval's bounds: "0.91 (95% CI: 0.90-0.92)", "95% confidence"
        if unit is None and re.search(r"(^|[\s(,])[A-Za-z]\s*=\s*$", before):
            continue  # a setting: "T=10", "k = 5"
        if re.match(r"\)", after) and text.rfind("(", 0, start) <= text.rfind(")", 0, start) \
                and re.fullmatch(r"\d{1,2}", match.group(0)):
            continue  # an enumeration: "1) With faster speed"
        if unit in {"K", "M", "B", "T"} and (re.search(r"[A-Za-z][\w.\-]*\s$", before) and
                                            re.search(r"[A-Z]", before.split()[-1] if before.split() else "")
                                            or (name_end >= 0 and _JOIN.fullmatch(text[name_end:start]))):
            name_end = end
            continue  # a size in a model's name: "Vicuna 7B, 13B", "LLama Chat 70B"
        paired = _paired(match.group("value"), after, before) if unit is None else False
        if unit is None and not paired and (re.match(r"\s*(/|to|-|–)\s*\d", after)
                                            or re.search(r"\d\s*/\s*$", before)):
            continue  # "6 / 7", the first bound of "4 to 8 times"
        amount = _AMOUNT.match(after)
        comparative = _COMPARATIVE.match(after)
        score_cue = (_SCORE_CUE.search(before[-30:]) or _SCORE_CUE.match(after.lstrip(" -%"))
                     or _STATED_FOR.search(before) or _ON_NAME.match(after) or _FROM_TO.search(before)
                     or _INTERVAL_AFTER.match(after)
                     or _metric_cue(text, match.group("value"), start, end, before, metrics)
                     or _listed(text, match.group("value"), start, end, accepted_end, metrics, paired))
        if unit is None and amount is None and comparative is None and not score_cue and not _BY.search(before):
            continue  # a bare number: a count in passing
        if unit is None and (re.search(r"[\[(]\s*$", before) and re.match(r"\s*[\])]", after)
                             and "." not in match.group("value")
                             or re.fullmatch(r"(19|20)\d\d", match.group("value"))):
            continue  # "[9]", "(1)", a year; not "0.705 (0.431)"
        q = Quantity(_number(match.group("value")), unit, match.group(0), offset + start, offset + end, "score")
        if match.group("upper"):
            q.upper = _number(match.group("upper"))
        spread = match.group("error") or match.group("error_after")
        if spread:
            q.error = _number(spread)
            if match.group("error2"):
                end = match.end()
        qualifier = _QUALIFIER.search(before)
        if qualifier and qualifier.group(1).lower() not in {"by", "of"}:
            q.qualifier = qualifier.group(1).lower()
        span_end = end
        direction = None
        if comparative:
            span_end = end + comparative.end()
            direction = _direction(comparative.group("adj"))
            if comparative.group("noun"):
                q.measure = comparative.group("noun").lower()
        elif amount:
            span_end = end + amount.end()
            q.measure = amount.group("noun").lower()
        from_to = _FROM_TO.search(before)
        if from_to and _RANGE_FROM.search(before[: from_to.start() + 5]):
            from_to = None  # "accuracies ranging from 2.9% to 6.9%": both are levels reached
        clause = _clause_before(before)
        if from_to:
            q.from_value = float(from_to.group("a"))
            direction = direction or _direction(clause) or "increase"
        elif _BY.search(before) or _CHANGE_NOUN.search(before) or re.search(r"(?:\+|\bplus\s+)$", before):
            # "+2.0 AP", "plus 49 percent accuracy": a gain
            direction = direction or _direction(clause) or _direction(before) or "improve"
        elif unit in {"x", "%", "points"} and _direction(clause):
            direction = direction or _direction(clause)  # "improve the throughput up to 9.1x"
        if direction is not None or q.from_value is not None:
            q.kind, q.direction = "change", direction
            context = before[-40:] + text[end : span_end + 20]
            if unit == "x":
                q.improvement = "factor"
            elif unit == "points" or _ABSOLUTE.search(context) or q.from_value is not None:
                q.improvement = "absolute"
            elif unit == "%" or _RELATIVE.search(context):
                q.improvement = "relative"
            else:
                q.improvement = "absolute"
        elif amount is not None or unit in {"K", "M", "B", "T"}:
            q.kind = "amount"
        elif unit == "%" and (share := _SHARE.match(after)):
            q.kind, q.measure = "amount", share.group(1).lower()  # "82% of the gap": a share, not a score
        elif unit == "x":
            q.kind, q.improvement = "change", "factor"  # a factor is always relative to something
        span_start = start - (len(qualifier.group(0)) if qualifier and q.qualifier else 0)
        raw = text[span_start:span_end]
        span_start += len(raw) - len(raw.lstrip())
        span_end -= len(raw) - len(raw.rstrip())
        q.text, q.start, q.end = text[span_start:span_end], offset + span_start, offset + span_end
        found.append(q)
        accepted_end = end
    found = [q for q in found if not _is_from_value(q, found)]
    for previous, q in zip(found, found[1:]):
        between = text[previous.end - offset : q.start - offset]
        if previous.kind == "change" and q.kind == "score" and re.fullmatch(r"\s*\(\s*", between):
            # "by 1.14 points (6.7%)": the same change, stated relatively
            q.kind, q.direction = "change", previous.direction
            q.improvement = "relative" if q.unit == "%" else previous.improvement
        elif previous.kind == "score" and q.kind == "change" and previous.unit == q.unit and _JOIN.fullmatch(between):
            # "19% and 8% average relative improvement": both are changes
            previous.kind, previous.direction, previous.improvement = "change", q.direction, q.improvement
        elif previous.kind == "score" and q.kind == "amount" and previous.unit == q.unit and q.measure and \
                _JOIN.fullmatch(between):
            # "under 30% and 40% sparsity", "1,000 and 5,000 images": both count or set the same thing
            previous.kind, previous.measure = "amount", q.measure
        elif previous.kind == "change" and q.kind == "score" and previous.unit == q.unit and \
                re.fullmatch(rf"\s*(?:\([^()]{{1,8}}\))?{_JOINED}", between):
            # "by 73% and 80%", "by 3.6 percent points (pp) and 1.1 pp": both are changes
            q.kind, q.direction, q.improvement = "change", previous.direction, previous.improvement
    for q in found:
        if q.kind == "change" and q.from_value is not None and q.value is not None:
            q.compared_value = q.from_value
            q.delta = round(q.value - q.from_value, 6)
        elif q.kind == "change" and q.unit in {"%", "points"}:
            q.delta = q.value if q.direction != "decrease" else -q.value
    return found


def _metric_cue(text: str, value: str, start: int, end: int, before: str, metrics: list[tuple[int, int]]) -> bool:
    """A metric names the number a score: right before it ("MOS 4.28"), within 12 characters after it or after
    the values it opens ("85% accuracy", "15.8 vs 18.3 perplexity"), or before "of/to/is" within 40 characters,
    120 for a decimal in the same clause ("an F1 of 74.6, further improved with BERT to 82.4"; not the upper
    bound of "0.24 to 0.60")."""
    if any(0 <= start - e <= 3 and re.fullmatch(r"\s*[:=]?\s*", text[e:start]) for _, e in metrics):
        return True
    shared = end + values_ahead(text[end:])  # the end of the values that share the metric after them
    if any(0 <= s - shared <= 12 and not re.search(r"[,;\d]", text[shared:s]) for s, _ in metrics):
        return True
    if not re.search(r"\b(of|at|to|is|was|reaches|achieves)\s+(?:an?\s+)?$", before) \
            or re.search(r"\d\s*to\s+$", before):
        return False
    return any(0 <= start - e <= 40 or "." in value and 0 <= start - e <= 120 and ";" not in text[e:start]
               for _, e in metrics)


def _listed(text: str, value: str, start: int, end: int, accepted_end: int, metrics: list[tuple[int, int]],
            paired: bool) -> bool:
    """A number listed with a score: after one ("31.16 for en-de and 38.37"), a decimal in brackets after one
    ("0.705 (0.431)"), the second of a slash pair ("0.910/0.896"), or in a list closed by "respectively" that
    holds decimals or a metric ("to 47.69 and 40.68 respectively"; not "4 and 8 layers, respectively")."""
    gap = text[accepted_end:start] if accepted_end >= 0 else None
    if gap is not None and (_LIST_GAP.fullmatch(gap) or paired and re.fullmatch(r"\s*/\s*", gap)
                            or "." in value and re.fullmatch(r"\s*\(\s*", gap) and re.match(r"\s*\)", text[end:])):
        return True
    respectively = _RESPECTIVELY.match(text[end:])
    return respectively is not None and not _AMOUNT.match(respectively.group("words")) and (
        "." in value or any(end <= s < end + respectively.end() for s, _ in metrics))


def _paired(value: str, after: str, before: str) -> bool:
    """Whether a value is one of a slash pair of the same precision ("0.910/0.896"), not a ratio ("6/7")."""
    if "." not in value:
        return False
    places = len(value.split(".")[1])
    pair = _PAIR_AFTER.match(after) or _PAIR_BEFORE.search(before)
    return pair is not None and len(pair.group(2)) == places


def values_ahead(after: str) -> int:
    """The length of the values that follow a value and share what comes after them (" vs 18.3" of
    "15.8 vs 18.3 perplexity"), 0 if none do."""
    ahead = _VALUES_AHEAD.match(after)
    return ahead.end() if ahead else 0


def counts_something(after: str) -> bool:
    """Whether the words after a number say what it counts ("100 images", "8 layers")."""
    return _AMOUNT.match(after) is not None


def before_bracket(text: str, start: int) -> bool:
    """Whether ``start`` is inside square brackets (a citation "[9]", "[28, 31]")."""
    return text.rfind("[", 0, start) > text.rfind("]", 0, start)


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


def _is_from_value(q: Quantity, found: list[Quantity]) -> bool:
    """The "49.6%" of "from 49.6% to 93.7%": folded into the second value's ``from_value``."""
    return any(o is not q and o.from_value == q.value and o.start > q.end and o.start - q.end < 12 for o in found)
