"""Results: what each quantity of a sentence measures, on what, for whom, against what.

For each quantity of a claim sentence this fills in, where the sentence says so, the metric,
the dataset (with its split), the system that reaches the value (a named model, or the paper's
proposal for "we", "our model", "it"), the system it is compared with, and whether higher or
lower is better for the metric. Names come from the sentence's entity mentions and, where the
recogniser missed them, from the leaderboard names of :mod:`kg.extract.benchmarks`.

Where the sentence names no dataset, the abstract's only dataset (one the leaderboard lists know,
or one it calls a dataset or benchmark) is used, else the last known one the
sentence before names; where it names no
metric, the previous result's metric of the same unit is, else the metric most of the dataset's
leaderboard reports (as ``leaderboard_metric`` only). Such fields are listed in ``inferred``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import knowledge
from kg.extract.benchmarks import Found, dataset_split, metric_direction, names
from kg.extract.comparisons import direction, is_acronym_of
from kg.extract.entities import is_other_kind
from kg.extract.quantities import counts_something, values_ahead
from kg.records import Mention, Quantity
from kg.schema import DATASET, METHOD, METRIC, MODEL, SYSTEMS

_DATASET_CUE = re.compile(r"\b(on|across|over|in|for|using|of)\s+(?:the\s+|both\s+|all\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
_COMPARE_CUE = re.compile(
    r"\b(over|than|compared (?:to|with)|comparison (?:to|with)|versus|vs\.?|against|relative to|outperform\w*|"
    r"surpass\w*|beat\w*|exceed\w*|on par with|comparable to|competitive with|matches|matching)\s+"
    r"(?:the\s+|a\s+|an\s+|strong\s+|existing\s+|previous\s+|prior\s+)*$", re.I)
_COMPARISON = re.compile(r"\b(outperform\w*|surpass\w*|beat\w*|better than|superior to|exceed\w*)\s+", re.I)
# (digits only inside a metric's name: "9.27 NoC@90 on OAI-ZIB", not "83.6% and 90.1% on X")
_AFTER_CUE = re.compile(r"^(?:\s*%)?(?:[^,;()\d]|(?<=[A-Za-z@\d])\d){0,40}?\b(?:on|for|in|across|over)\s+(?:the\s+)?$", re.I)
_SPLIT_NEAR = re.compile(r"^\s*(?:\(\s*)?(test-dev|test-std|minival|validation|val|dev|development|test|testing)\b"
                         r"(?:\s+(?:set|split))?", re.I)
_SPLIT_BEFORE = re.compile(r"\b(test|validation|val|dev|development)\s+(?:set|split)s?\s+of\s+(?:the\s+)?$", re.I)
# A change stated for a data set, before the bracket that gives its two values: "on MNLI by +0.9% (90.2% vs. 91.1%)".
_BY_CHANGE = re.compile(r"\s+by\s+[+\-−]?\d+(?:\.\d+)?\s*(?:%|points?|pp)?\s*")
_SPREAD_AFTER = re.compile(r"\s*[(\[]\s*(?:\d+(?:\.\d+)?\s*%?\s*CI\b|±)[^()\[\]]{0,40}[)\]]")
_VERSUS_GAP = re.compile(r"\s*(?:vs\.?|versus)\s*", re.I)
_PROPOSAL = re.compile(r"\b(we|our|ours|it|this|the proposed|the resulting|the new)\b", re.I)
# What may stand between a value and the metric named right after it: "45.1 box AP", "85% mean IoU".
_METRIC_AFTER = re.compile(r"\s*%?\s*(?:(?!on\b|in\b|for\b|of\b|at\b|and\b|with\b)[A-Za-z-]+\s+){0,2}", re.I)
_HARDWARE = re.compile(r"^\s+(?:XP\s+|RTX\s+)?(?:GPUs?|cards?|chips?)\b", re.I)
_MODEL_NOUN = re.compile(r"^(?:/[\w.-]+)*\s+(?:architectures?|models?|variants?|family|backbones?|checkpoints?)\b", re.I)
_SYSTEM_VERB = re.compile(r"^\s+(?:also\s+|consistently\s+|significantly\s+)?(?:outperform|surpass|achiev|improv|beat|"
                          r"reach|obtain|exceed)\w*", re.I)
_VERSUS = re.compile(r"\d\s*%?\s*(?:vs\.?|versus)\s*$")
_DATASET_WORD = re.compile(r"^\s+(?:data\s*set|dataset|benchmark|corpus|test set|challenge)s?\b", re.I)
_SIZE_MEASURES = {"parameters", "parameter", "params", "flops", "macs", "layers"}
# Units of time, speed, memory and compute, and the metrics a value in them can measure.
_PHYSICAL_UNITS = {"s", "ms", "h", "FPS", "GB", "MB", "TB", "tokens/s", "GFLOPs", "FLOPs"}
_PHYSICAL_METRIC = re.compile(r"latenc|time|speed|throughput|fps|frames|memory|size|runtime|flops|macs|cost|duration|"
                              r"delay|tokens", re.I)
_CLAUSE = re.compile(r";|\.\s|, while\b|, whereas\b|,(?: and)? (?=on\b|in\b|for\b)")


@dataclass(slots=True)
class _Name:
    """A dataset, metric or system named in the sentence (local offsets)."""

    start: int
    end: int
    text: str
    entity: int | None
    leaderboard: str | None = None
    elided: bool = False  # a version named without its name ("2.0" of "SQuAD 1.1 and 2.0")


@dataclass
class AbstractContext:
    """What the whole abstract says that a sentence may leave out."""

    datasets: list[_Name] = field(default_factory=list)  # distinct datasets of the abstract
    proposal: tuple[str, int] | None = None  # the paper's proposed system: (text, entity index)
    last_metric: dict[str | None, tuple[str, int | None]] = field(default_factory=dict)  # by unit
    last_dataset: _Name | None = None  # the last dataset named by the sentence before


def abstract_context(abstract: str, mentions: list[tuple[int, Mention]]) -> AbstractContext:
    """The distinct datasets and the proposed system of an abstract."""
    context = AbstractContext()
    seen: set[str] = set()
    for item in _datasets(abstract, mentions, 0):
        if not (names().known_dataset(item.leaderboard or item.text) or _DATASET_WORD.match(abstract[item.end :])):
            continue  # only a leaderboard's dataset, or one called a dataset, is the abstract's dataset
        if is_other_kind(item.text) and not _DATASET_WORD.match(abstract[item.end :]):
            continue  # a company, device or modality a leaderboard also names ("Google", "ECG") is not carried over
        key = item.leaderboard or item.text.lower()
        if key not in seen:
            seen.add(key)
            context.datasets.append(item)
    proposed = [(m.text, i) for i, m in mentions if m.proposed and m.type in SYSTEMS]
    if proposed:
        context.proposal = proposed[0]
    return context


def read_results(text: str, offset: int, quantities: list[Quantity], mentions: list[tuple[int, Mention]],
                 context: AbstractContext | None = None, metric_names: list[Found] | None = None) -> None:
    """Fill in the result fields of ``quantities`` (those of ``text``, at ``offset`` in the abstract).

    ``metric_names`` are the leaderboard metric names of ``text`` when the caller has looked them up.
    """
    context = context or AbstractContext()
    datasets = _datasets(text, mentions, offset)
    # a number that is a version of a dataset named before it is no value ("2.0" of "SQuAD 1.1 and 2.0")
    versions = [(d.start + offset, d.end + offset) for d in datasets if d.elided]
    quantities[:] = [q for q in quantities if not any(s <= q.start and q.end <= e for s, e in versions)]
    metrics = _metrics(text, mentions, offset, metric_names)
    systems = [_Name(m.start - offset, m.end - offset, m.text, i) for i, m in mentions if m.type in SYSTEMS]
    for q in quantities:
        if q.kind == "amount" and q.measure in _SIZE_MEASURES:
            q.metric = q.measure  # "86M parameters": the model's size is what the value measures
    measured = [q for q in quantities if q.kind in ("score", "change")]
    respectively = _respectively(text, measured, datasets, offset)
    for q in measured:
        start, end = q.start - offset, q.end - offset
        lo, hi = _clause(text, start, end)
        others = [(o.start - offset, o.end - offset) for o in quantities if o is not q and o.value is not None]
        metric = _nearest_metric(text, metrics, start, end, lo, hi, others, q.unit)
        if metric is not None:
            q.metric, q.metric_entity = metric.text, metric.entity
            context.last_metric[q.unit] = (metric.text, metric.entity)
        elif q.kind == "score" and q.unit in context.last_metric:
            q.metric, q.metric_entity = context.last_metric[q.unit]
            q.inferred += ("metric",)
        dataset = respectively.get(id(q)) or _nearest_dataset(text, datasets, start, end, lo, hi)
        if dataset is not None:
            q.dataset, q.dataset_entity, q.leaderboard_dataset = dataset.text, dataset.entity, dataset.leaderboard
            q.split = _split(text, dataset)
        elif q.kind == "score" and (q.metric or q.unit == "%") and (len(context.datasets) == 1 or context.last_dataset):
            known = context.datasets[0] if len(context.datasets) == 1 else context.last_dataset
            q.dataset, q.dataset_entity, q.leaderboard_dataset = known.text, known.entity, known.leaderboard
            q.inferred += ("dataset",)
        if q.metric is None and q.kind == "score" and q.dataset and q.unit in (None, "%"):
            q.leaderboard_metric = names().default_metric(q.leaderboard_dataset or q.dataset)
            if q.leaderboard_metric:
                q.inferred += ("metric",)
        compared = _compared(text, systems, start, end)
        if compared is not None:
            q.compared_to, q.compared_entity = compared.text, compared.entity
        _system(q, text, systems, start, lo, compared, context)
        _leaderboard(q)
    _versus_pairs(text, offset, measured, context)
    _size_datasets(quantities, measured)
    known = [d for d in datasets if names().known_dataset(d.leaderboard or d.text)]
    context.last_dataset = known[-1] if known else None  # only a leaderboard's dataset is carried over
    if not any(q.kind == "change" for q in quantities):
        comparison = comparison_without_number(text, systems, datasets, metrics, offset)
        if comparison is not None:
            _system(comparison, text, systems, comparison.start - offset, 0, None, context)
            _leaderboard(comparison)
            quantities.append(comparison)


def _size_datasets(quantities: list[Quantity], measured: list[Quantity]) -> None:
    """A model's size stated with its scores is a column of their dataset's leaderboard: "86% top-1 accuracy on
    ImageNet with only 81M parameters" (the dataset is listed in ``inferred``), where the sentence's scores name
    one dataset."""
    scored = {(q.dataset, q.dataset_entity, q.leaderboard_dataset, q.split) for q in measured
              if q.kind == "score" and q.dataset}
    if len(scored) != 1:
        return
    dataset, entity, leaderboard, split = scored.pop()
    for q in quantities:
        if q.kind == "amount" and q.measure in _SIZE_MEASURES and q.dataset is None:
            q.dataset, q.dataset_entity, q.leaderboard_dataset, q.split = dataset, entity, leaderboard, split
            q.inferred += ("dataset",)


def _leaderboard(q: Quantity) -> None:
    lookup = names()
    if q.metric:
        q.leaderboard_metric = lookup.metric_name(q.metric)
    if q.metric or q.leaderboard_metric:
        q.better = metric_direction(q.metric) or metric_direction(q.leaderboard_metric)
    if q.dataset and not q.leaderboard_dataset:
        q.leaderboard_dataset = lookup.dataset_name(q.dataset)
    if q.leaderboard_dataset and q.leaderboard_metric:
        q.leaderboard_dataset = lookup.dataset_reporting(q.leaderboard_dataset, q.leaderboard_metric)


def _merge(found: list[Found], mentions: list[_Name]) -> list[_Name]:
    """Mentions, and looked-up names where no mention overlaps them or where they cover a shorter one
    ("MS" of "MS COCO")."""
    out = list(mentions)
    for f in found:
        overlapping = [m for m in out if m.start < f.end and f.start < m.end]
        if all(f.start <= m.start and m.end <= f.end and m.end - m.start < f.end - f.start for m in overlapping):
            out = [m for m in out if m not in overlapping] + [_Name(f.start, f.end, f.text, None, f.name)]
    return sorted(out, key=lambda n: n.start)


def _datasets(text: str, mentions, offset: int) -> list[_Name]:
    """Dataset mentions (named with a capital or a digit) and looked-up dataset names of ``text``."""
    lookup = names()
    own = [_Name(m.start - offset, m.end - offset, m.text, i, _dataset_name(m)) for i, m in mentions
           if m.type == DATASET and 0 <= m.start - offset < len(text) and re.search(r"[A-Z0-9]", m.text)]
    others = [(m.start - offset, m.end - offset) for _, m in mentions if m.type != DATASET and m.proposed]
    # (a looked-up name that is the paper's own method is no dataset; nor a method of Papers with Code's that the
    # sentence names as one: "Adam or RMSprop", unless it calls it a dataset)
    others += [(m.start - offset, m.end - offset) for _, m in mentions if m.type in (METHOD, MODEL)
               and METHOD in knowledge.known_types(m.text) and not _DATASET_WORD.match(text[m.end - offset :])]
    found = [f for f in lookup.find(text, "dataset") if not any(s < f.end and f.start < e for s, e in others)]
    # nor a name inside a system's name after its first word ("MARS" of "SenseNova-MARS-8B"; "ImageNet-64" read
    # as a model keeps its dataset)
    systems = [(m.start - offset, m.end - offset) for _, m in mentions if m.type in (METHOD, MODEL)]
    found = [f for f in found if not any(s < f.start and f.end <= e for s, e in systems)]
    return _elided_versions(text, [d for d in _merge(found, own) if not _not_a_dataset(text, d)])


# "SQuAD 1.1 and 2.0", "DAVIS 2016 and 2017", "VOC 2007/2012": a name's version, and another version after it.
_VERSIONED = re.compile(r"^(?P<base>.*?[A-Za-z].*?)[\s-]*(?:v|version\s*)?(?P<number>\d+(?:\.\d+)?)$")
_NEXT_VERSION = re.compile(r"^\s*(?:and|&|/|,)\s*(?:v|version\s*)?(?P<number>\d+(?:\.\d+)?)\b(?!\s*(?:%|[.,]\d))")


def _elided_versions(text: str, datasets: list[_Name]) -> list[_Name]:
    """Datasets and the versions of them named after them without their name again ("SQuAD 1.1 and 2.0":
    SQuAD 2.0 too)."""
    out: list[_Name] = []
    for d in datasets:
        out.append(d)
        versioned = _VERSIONED.match(d.text)
        following = _NEXT_VERSION.match(text[d.end :])
        if versioned is None or following is None or counts_something(text[d.end + following.end() :]):
            continue  # "CIFAR-10 and 100 images" counts images
        if _shape(versioned.group("number")) != _shape(following.group("number")):
            continue  # "3.74 NoC@90 on ISIC-2017 and 9.27 NoC@90": a value, not a version like 2017
        start, end = d.end + following.start("number"), d.end + following.end("number")
        if any(o.start < end and start < o.end for o in datasets):
            continue
        name = f"{versioned.group('base').strip()} {following.group('number')}"
        out.append(_Name(start, end, name, None, names().dataset_name(name), elided=True))
    return out


def _shape(number: str) -> tuple[int, int]:
    """The digits before and after the point: versions of one name share it ("1.1"/"2.0", "2016"/"2017")."""
    whole, _, fraction = number.partition(".")
    return len(whole), len(fraction)


# A data set named as what a model was pre-trained on: "ImageNet pre-training", "IG-65M pretrained weights".
_PRETRAINING_AFTER = re.compile(r"\s*-?\s*pre-?train(?:ing|ed)\b", re.IGNORECASE)


def _not_a_dataset(text: str, name: _Name) -> bool:
    """A dataset name used for something else: an acronym in brackets ("grouped-query attention
    (GQA)"), hardware ("NVIDIA TITAN XP GPU"), a model ("LLaMA/Mistral architectures"), the
    subject of "outperforms" ("WINA outperforms"), or the source of a pre-training ("... for training-from-scratch,
    ImageNet pre-training and IG-65M pre-training": the scores are on the benchmark named before)."""
    return (_acronym_in_brackets(text, name) or bool(_HARDWARE.match(text[name.end :]))
            or bool(_MODEL_NOUN.match(text[name.end :])) or bool(_PRETRAINING_AFTER.match(text[name.end :]))
            or text[max(0, name.start - 7) : name.start].strip().lower() == "nvidia"
            or bool(_SYSTEM_VERB.match(text[name.end :])))


def _acronym_in_brackets(text: str, found: Found | _Name) -> bool:
    """ "grouped-query attention (GQA)": an acronym of the words before it, not the GQA dataset."""
    if not re.search(r"\(\s*$", text[max(0, found.start - 3) : found.start]):
        return False
    words = text[max(0, found.start - 80) : found.start].rstrip(" (")
    tail = " ".join(re.findall(r"[\w-]+", words)[-6:])
    return any(is_acronym_of(found.text, " ".join(tail.split()[-n:])) for n in range(2, 7))


def _dataset_name(mention: Mention) -> str:
    """The leaderboard name of a dataset mention; for an acronym, its long form's when that is known."""
    lookup = names()
    if mention.long_form and lookup.known_dataset(mention.long_form):
        return lookup.dataset_name(mention.long_form)
    return lookup.dataset_name(mention.text)


def _metrics(text: str, mentions, offset: int, found: list[Found] | None = None) -> list[_Name]:
    own = [_Name(m.start - offset, m.end - offset, m.text, i) for i, m in mentions if m.type == METRIC
           and 0 <= m.start - offset < len(text)]
    return _merge(names().find(text, "metric") if found is None else found, own)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause holding ``start..end`` ("On A, it gets 5%; on B, 7%")."""
    lo = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    nxt = _CLAUSE.search(text, end)
    return lo, nxt.start() if nxt else len(text)


def _gap(item: _Name, start: int, end: int) -> int:
    return start - item.end if item.end <= start else item.start - end if item.start >= end else 0


def _nearest_metric(text: str, metrics: list[_Name], start: int, end: int, lo: int, hi: int,
                    others: list[tuple[int, int]] = (), unit: str | None = None) -> _Name | None:
    """The metric the number is stated in: right after it ("85% top-1 accuracy"), after the values it opens
    where it has no unit or is in % ("15.8 vs 18.3 perplexity"), else the nearest of its clause within 60
    characters with no other number in between ("mIoU of 80.3"); a value in a unit of time, speed, memory or
    compute only takes a metric of its kind."""
    if unit in _PHYSICAL_UNITS:  # "~317s per example" measures no accuracy
        metrics = [m for m in metrics if _PHYSICAL_METRIC.search(m.text)]
    inside = [m for m in metrics if lo <= m.start < hi]
    # right after the value, or after the values it opens: "15.8 vs 18.3 perplexity", "83.6 and 54.5 mIoU";
    # not "2.03 dB and 0.04 SSIM"
    shared = end + values_ahead(text[end:]) if unit in (None, "%") else end
    after = [m for m in inside if m.start >= shared and _METRIC_AFTER.fullmatch(text[shared : m.start])]
    if after:
        return after[0]

    def clear(m: _Name) -> bool:
        a, b = (m.end, start) if m.end <= start else (end, m.start)
        return _gap(m, start, end) <= 60 and not any(a <= s and e <= b for s, e in others)

    near = [m for m in inside if clear(m)]
    if near:
        return min(near, key=lambda m: (m.start > end, _gap(m, start, end)))
    named = {m.text.lower() for m in metrics}
    return metrics[0] if len(named) == 1 else None  # the sentence's only metric: "mAP increases from ... to"


def _nearest_dataset(text: str, datasets: list[_Name], start: int, end: int, lo: int, hi: int) -> _Name | None:
    """The dataset the number was measured on.

    In order: the one a change is stated for before the bracket it is in ("on MNLI by +0.9% (90.2% vs. 91.1%)"), one
    right after it ("83.6% on Kinetics-600"), one it follows in brackets ("UCF101 (94.2%)", "Video-MMMU (+3.2%)"),
    one of its clause after "on/in/across", the nearest of its clause, the nearest of the sentence.
    """
    opening = text.rfind("(", 0, start)
    if opening >= 0 and ")" not in text[opening:start]:
        for d in datasets:  # "on MNLI by +0.9% (90.2% vs. 91.1%)": the bracket's values are on the data set before it
            if d.end <= opening and _BY_CHANGE.fullmatch(text[d.end : opening]):
                return d
    spread = _SPREAD_AFTER.match(text[end:])  # "0.889 (95% CI: 0.875, 0.903) on the INbreast dataset"
    after = end + spread.end() if spread else end
    for d in datasets:
        if d.start >= after and _AFTER_CUE.match(text[after : d.start]):
            return d
    for d in datasets:
        if d.end <= start and re.fullmatch(r"\s*[(\[]\s*[+\-−±~≈]?\s*", text[d.end : start]):
            return d
    inside = [d for d in datasets if lo <= d.start < hi] or datasets
    if not inside:
        return None
    cued = [d for d in inside if _DATASET_CUE.search(text[max(0, d.start - 40) : d.start])]
    pool = cued or inside
    return min(pool, key=lambda d: _gap(d, start, end))


# Between two members of a list: a comma, "and", or both ("89.0% and 82.1%", "PASCAL VOC 2012 and Cityscapes").
_LIST_GAP = re.compile(r"\s*%?\s*(?:,\s*(?:and\s+)?|and\s+)")


def _listed(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``spans`` (local offsets, in order) are one list: only commas and "and" between them."""
    return all(_LIST_GAP.fullmatch(text[a[1] : b[0]]) for a, b in zip(spans, spans[1:]))


def _respectively(text: str, measured: list[Quantity], datasets: list[_Name], offset: int) -> dict[int, _Name]:
    """ "85.1% and 98.7% on HMDB51 and UCF101, respectively": the i-th value goes with the i-th dataset; so too
    without the word where the values and the datasets are each one list of as many ("on PASCAL VOC 2012 and
    Cityscapes datasets, achieving 89.0% and 82.1%")."""
    numbers = [q for q in measured if q.kind == "score" and not _VERSUS.search(text[: q.start - offset])]
    distinct: list[_Name] = []
    for d in datasets:
        if not any(d.text.lower() == o.text.lower() for o in distinct):
            distinct.append(d)
    if len(numbers) < 2 or len(numbers) != len(distinct):
        return {}
    if "respectively" not in text.lower() and not (
            _listed(text, [(q.start - offset, q.end - offset) for q in numbers])
            and _listed(text, [(d.start, d.end) for d in distinct])):
        return {}
    paired = {id(q): d for q, d in zip(numbers, distinct)}
    for q in measured:  # "96.3% vs. 90.6%": the value compared with is measured on the same dataset
        if id(q) not in paired and _VERSUS.search(text[: q.start - offset]):
            leader = [o for o in numbers if o.end <= q.start]
            if leader and id(leader[-1]) in paired:
                paired[id(q)] = paired[id(leader[-1])]
    return paired


def _split(text: str, dataset: _Name) -> str | None:
    """The split stated with the dataset: "COCO test-dev", "the test set of X", "(val)"."""
    near = _SPLIT_NEAR.match(text[dataset.end : dataset.end + 25])
    word = near.group(1) if near else None
    if word is None:
        before = _SPLIT_BEFORE.search(text[max(0, dataset.start - 40) : dataset.start])
        word = before.group(1) if before else None
    return dataset_split(f"x {word}") if word else dataset_split(dataset.text)


def _versus_pairs(text: str, offset: int, measured: list[Quantity], context: AbstractContext) -> None:
    """"16.47 vs 34.36 using DDIM": the second value is the named system's, so the first is not.

    The first value goes to the paper's proposal when the sentence speaks of it ("the proposed
    method ... 16.47 vs 34.36 using DDIM"), else to no one; it is compared with the second.
    """
    ordered = sorted(measured, key=lambda q: q.start)
    for first, second in zip(ordered, ordered[1:]):
        if not _VERSUS_GAP.fullmatch(text[first.end - offset : second.start - offset]):
            continue
        if second.system is not None and first.system == second.system:
            if context.proposal is not None and _PROPOSAL.search(text[: first.start - offset]):
                first.system, first.system_entity = context.proposal
                first.inferred += ("system",)
            else:
                first.system = first.system_entity = None
        if first.compared_value is None and second.value is not None:
            first.compared_value = second.value
            first.compared_to, first.compared_entity = second.system, second.system_entity
            if first.value is not None:
                first.delta = round(first.value - second.value, 6)


def _compared(text: str, systems: list[_Name], start: int, end: int) -> _Name | None:
    """The system the value is compared with: a system right after a comparison cue."""
    cued = [s for s in systems if _COMPARE_CUE.search(text[max(0, s.start - 40) : s.start])]
    if not cued:
        return None
    return min(cued, key=lambda s: _gap(s, start, end))


def _system(q: Quantity, text: str, systems: list[_Name], start: int, lo: int, compared: _Name | None,
            context: AbstractContext) -> None:
    """Who reaches the value: the last system named before it in its clause (the system a part is joined to: "our
    BLiM equipped with CPN outperforms ..."), else the paper's proposal."""
    before = [s for s in systems if lo <= s.end <= start and s is not compared and _named(s.text)
              and not _COMPARE_CUE.search(text[max(0, s.start - 40) : s.start])]
    while len(before) >= 2 and _JOINED_PART.fullmatch(text[before[-2].end : before[-1].start]) \
            and not _CLASS_OF_MODELS.fullmatch(before[-2].text):  # "fine-tuning LRMs with STAR-1": the named one
        before.pop()
    if before:
        q.system, q.system_entity = before[-1].text, before[-1].entity
    elif context.proposal is not None and _PROPOSAL.search(text[lo:start] or text[:start]):
        q.system, q.system_entity = context.proposal
        q.inferred += ("system",)


# What joins a part to the system before it: "BLiM equipped with CPN", "ResNet-50 with SE blocks", "GPT-4 + RAG".
_JOINED_PART = re.compile(r"\s+(?:(?:equipped|combined|integrated|augmented|enhanced|paired)\s+)?with\s+|\s*\+\s*"
                          r"|\s+plus\s+")


_CLASS_OF_MODELS = re.compile(r"[A-Z][A-Za-z\-]*[A-Z]s")  # "LLMs", "LRMs", "Video-LLMs": a class, no one system


def _named(text: str) -> bool:
    """A system a leaderboard can show: a name with a capital or a digit ("DySpec", "GPT-4"), not
    a description ("the fine-tuning process", "quantization")."""
    return bool(re.search(r"[A-Z0-9]", text)) and len(text.split()) <= 4


def comparison_without_number(text: str, systems: list[_Name], datasets: list[_Name], metrics: list[_Name],
                              offset: int) -> Quantity | None:
    """ "outperforms Transformers of the same size": a comparison with no number."""
    match = _COMPARISON.search(text)
    if match is None or direction(text[max(0, match.start() - 30) : match.end()]) != "forward":
        return None  # "is outperformed by Y", "does not outperform Y": no win for the sentence's system
    target = next((s for s in systems if s.start >= match.end() and s.start - match.end() < 40), None)
    if target is None:
        return None
    tail = re.match(r"[^,.;:()]*", text[target.end :]).group(0)
    tail = re.sub(r"\s+\b(on|in|across|by|with|while|and|at|when)\b.*$", "", tail)
    span = text[match.start() : target.end + len(tail)].strip()
    q = Quantity(None, None, span, offset + match.start(), offset + match.start() + len(span), "comparison",
                 direction="improve", compared_to=target.text, compared_entity=target.entity)
    if metrics:
        q.metric, q.metric_entity = metrics[0].text, metrics[0].entity
    dataset = _nearest_dataset(text, datasets, match.start(), target.end, 0, len(text))
    if dataset is not None:
        q.dataset, q.dataset_entity = dataset.text, dataset.entity
    return q
