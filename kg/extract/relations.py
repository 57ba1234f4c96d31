"""Typed relations between entities of one sentence.

Two readers, both keeping the sentence as evidence:

- a relation classifier (:mod:`kg.extract.relation_model`, trained on SciERC and SemEval-2018)
  labels each pair of mentions of the sentence with a SciERC relation, which :func:`map_label` turns into one
  of the graph's relation types using the two mentions' types;
- cue rules that SciERC cannot teach or that are more precise: "X outperforms Y", "Y is
  outperformed by X", "Y falls short of X" (SciERC only has COMPARE; the direction comes from
  :func:`kg.extract.comparisons.direction`), and the appositive "Mamba, a selective state-space
  model" (isA).

A classifier relation needs two specific ends (names, or terms that are no descriptions such as
"the standard procedure") and, for ``addresses``, an object that reads as a task. An acronym and
its own long form are one thing, never related; ``comparedWith`` is kept for
comparisons that name no winner; an ``outperforms`` edge carries the dataset and metric its
sentence states.

``variantOf`` ("Llama 2" of "Llama") is read from the names by entity resolution, not here.
"""

from __future__ import annotations

import re

from kg.extract.comparisons import cues, direction, same_thing, states_a_winner
from kg.extract.relation_model import NONE, RelationModel, packaged_model, pair_features
from kg.extract.rules.lexicon import HEAD_TYPES
from kg.records import Mention, Relation
from kg.schema import DATASET, METRIC, SYSTEMS, TASK

MAX_GAP = 80  # characters between the two mentions, for the cue rules
PACKAGED = "packaged"

_ON_DATASET = re.compile(r"\b(on|across|over|in)\s+(?:the\s+|both\s+|all\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
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
        if t == TASK and h in {*SYSTEMS, DATASET}:
            return "addresses", False
        if h == METRIC and t in {*SYSTEMS, TASK, DATASET}:
            return "measuredBy", True
        if t in SYSTEMS and h in {*SYSTEMS, DATASET}:
            return "uses", True
        return None
    if label == "EVALUATE-FOR":
        if h == DATASET and t in SYSTEMS:
            return "evaluatedOn", True
        if h == METRIC and t in {*SYSTEMS, TASK, DATASET}:
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
    cue rules only. The classifier's labels count from its ``graph_threshold`` (chosen on the
    dev sets for precision), higher than the threshold that maximises dev F1.
    """
    if model == PACKAGED:
        model = packaged_model()
    ordered = sorted(mentions, key=lambda im: (im[1].start, im[1].end))
    pairs = [(ordered[a], ordered[b]) for a in range(len(ordered)) for b in range(a + 1, len(ordered))
             if not same_thing(ordered[a][1], ordered[b][1], text)]
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
    winner_stated = states_a_winner(text[ordered[0][1].start : ordered[-1][1].end])
    for relation in _outperforms(text, ordered, sentence, {(a[0], b[0]): p for (a, b), p in zip(pairs, predictions)}):
        _where(relation, text, ordered)
        found[(relation.head, relation.tail, relation.type)] = relation
    for ((i, first), (j, second)), (label, score) in zip(pairs, predictions):
        for relation in _pair_relations(text, i, first, j, second, label, score, sentence):
            if (relation.head, relation.tail, relation.type) in found:
                continue
            if relation.type == "comparedWith" and winner_stated:
                continue  # "A outperforms B and C": B and C are not compared with each other
            key = (relation.head, relation.tail, relation.type)
            if key not in found or found[key].score < relation.score:
                found[key] = relation
    return sorted(found.values(), key=lambda r: (r.head, r.tail, r.type))


def _pair_relations(text, i, first, j, second, label, score, sentence) -> list[Relation]:
    between = text[first.end : second.start].lower() if first.end <= second.start else ""
    near = second.start - first.end <= MAX_GAP
    systems = first.type in SYSTEMS and second.type in SYSTEMS
    way = direction(between) if systems and near else None
    if way in ("forward", "reverse"):
        return []  # read by _outperforms, between a comparison's own subject and object
    if way == "neutral" and label == NONE and re.search(r"\b(compar\w*|versus|vs\.?|on par with)\b", between):
        return [Relation(i, j, "comparedWith", 0.6, "pattern", sentence)]
    if near and _APPOSITIVE.search(between) and second.text[:1].islower() and first.type in {*SYSTEMS, DATASET}:
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
    ends = {i: first, j: second}
    if not (specific(ends[source], text) and specific(ends[target], text)):
        return []  # "the standard procedure uses ...": a description is no entity to relate
    if kind == "addresses" and not is_task_name(ends[target].text):
        return []  # "pLSTMs address extrapolate": the object is no task
    if kind == "isA" and _names_an_instance(ends[target]):
        return []  # "such as GPT-4o and Claude": a name with a version or glued capitals is no class of another
    if kind == "isA" and _SIBLINGS.fullmatch(text[min(first.end, second.end) : max(first.start, second.start)]):
        return []  # "Claude, Gemini, and Llama": names of one list are siblings, not one a kind of another
    if kind == "uses" and not uses_cue_between(text, first, second):
        return []  # nothing in between says that one uses the other
    return [Relation(source, target, kind, score, "classifier", sentence)]


# A name with digits or capitals glued inside a word ("GPT-4o", "FluxFlow", "SemEval-2025 Task 1") names one thing,
# never a class another thing is an instance of; classes are phrases or acronyms ("diffusion model", "MLLM"; an
# acronym is read by its long form: "DiT" for "Diffusion Transformer").
_INSTANCE_NAME = re.compile(r"\d|[a-z][A-Z]")
_DIMENSION = re.compile(r"\b[1-4]D\b")  # "2D diffusion model": a class all the same
_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z]{2,5}")  # "NeRF", "DiT", "MMDiT", "MLLM"


# Only a list's separators, and other names, between two names: "Claude, DeepSeek, Gemini", "MiniCPM and Janus".
_SIBLINGS = re.compile(r"(?:\s*(?:,|;|/|,?\s*(?:and|or|&)\b)\s*(?:[A-Z0-9][\w.\-]*\s*)?)+")


def _names_an_instance(mention: Mention) -> bool:
    """Whether a mention names one thing rather than a class (:data:`_INSTANCE_NAME`)."""
    text = mention.long_form or mention.text
    return not _ACRONYM.fullmatch(text) and bool(_INSTANCE_NAME.search(_DIMENSION.sub("", text)))


# A system named in an aside before the verb: "GPT-2, with rotary embedding, surpasses LLaMA".
_ASIDE = re.compile(r",\s*(?:with|using|via|plus)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
# A clause of its own between a system and the comparison ("... as Gaussian, especially when the
# dimensionality far exceeds ..."): the system is not the comparison's subject.
_SUBJECT_BREAK = re.compile(r"\b(when|whenever|while|whereas|where|if|because|since|although|though|unless)\b", re.I)
# A prepositional phrase between the comparison and a system ("outperforms strong methods in these
# disentanglement properties", "outperforms prior work by 3 points on SQuAD"): the system is not its object.
_OBJECT_BREAK = re.compile(r"\b(in|on|across|at|under|for|by|within|without|while|when|whereas)\b", re.I)
_USE_CUE = re.compile(r"\b(us(e|es|ed|ing)|employ\w*|leverag\w*|adopt\w*|incorporat\w*|based on|built (on|upon|by)|"
                      r"with|via|through|relies on|relying on|appl(y|ies|ied|ying)|equipped with|combin\w*|"
                      r"integrat\w*|exploit\w*|utiliz\w*|utilis\w*)\b", re.I)
# What ends the phrase a usage cue governs: a relative clause ("gates that act on a DAG"), "that of"
# ("settings similar to that of BPE"), a contrast or a clause break.
_CLAUSE_BREAK = re.compile(r"\b(that|which|who|whom|whose|where|while|whereas|but|although)\b|[;:]", re.I)

# "with" that joins rather than equips: "compared with", "along with", "together with".
_NOT_USAGE_WITH = re.compile(r"\b(compar\w*|along|together|coupled|contrast\w*|agree\w*|consistent|competitive|"
                             r"on par)\s*$", re.I)


def uses_cue_between(text: str, first: Mention, second: Mention) -> bool:
    """Whether a usage cue between two mentions governs the later one: "X uses Y", "X, built on Y",
    not "X using gates that act on Y" nor "X based on settings similar to that of Y"."""
    between = text[min(first.end, second.end) : max(first.start, second.start)]
    found = [m for m in _USE_CUE.finditer(between)
             if not (m.group().lower() == "with" and _NOT_USAGE_WITH.search(between[: m.start()]))]
    return bool(found) and not _CLAUSE_BREAK.search(between[found[-1].end() :])


# Head words of descriptions ("a decoding paradigm", "the standard procedure") rather than names.
_GENERIC_HEADS = {"model", "models", "network", "networks", "method", "methods", "approach", "approaches",
                  "framework", "frameworks", "paradigm", "paradigms", "strategy", "strategies", "procedure",
                  "procedures", "technique", "techniques", "mechanism", "mechanisms", "system", "systems",
                  "architecture", "architectures", "analysis", "properties", "problem", "problems", "task", "tasks",
                  "solution", "solutions", "process", "module", "modules", "component", "components", "baseline",
                  "baselines", "algorithm", "algorithms", "scheme", "design", "setting", "settings"}
# Head words of task names beyond the lexicon's ("language modeling", "structure induction"). Narrower on purpose
# than what makes a lower-case task a graph entity (kg.extract.entities.heads_task, every head of Papers with Code's
# task names): with that test, 1,000 real abstracts got 180 more `addresses` edges, about half of them wrong
# ("SFT addresses Direct Preference Optimization", "knowledge distillation addresses information transfer").
_TASK_HEADS = {"modeling", "modelling", "induction", "understanding", "ranking", "search", "planning", "editing",
               "decoding", "compression", "matching", "labeling", "labelling", "extraction", "linking",
               "estimation", "verification", "control", "navigation", "manipulation", "grounding", "coding"}


def specific(mention: Mention, text: str) -> bool:
    """Whether a mention names a specific thing: a name with a capital or digit, a term defined with its
    acronym ("large language models (LLMs)"), or a phrase whose head is not a generic noun."""
    words = mention.text.split()
    if re.match(r"\d", mention.text) or not words:
        return False  # "18 image understanding"
    if re.match(r"\s*\(\s*[A-Z][\w-]*[A-Z]", text[mention.end : mention.end + 12]):
        return True  # defined with its acronym
    head = words[-1] if mention.field == "abstract" else words[-1].lower()  # title words are capitalised
    if head in _GENERIC_HEADS or words[0].lower() in {"the", "this", "these", "our", "a", "an"}:
        return False  # "MLA-specific inference acceleration techniques", "Lossless Decoding Method"
    return True


def is_task_name(name: str) -> bool:
    """Whether ``name`` reads as a task: its head is a task word ("question answering", "language modeling")."""
    words = re.findall(r"[A-Za-z][\w-]*", name)
    if not words:
        return False
    head = words[-1].lower()
    return HEAD_TYPES.get(head) == TASK or head in _TASK_HEADS


def _outperforms(text: str, ordered: list[tuple[int, Mention]], sentence: int | None,
                 predicted: dict) -> list[Relation]:
    """ "A outperforms B", "A and B outperform C and D", "B is outperformed by A": the systems
    right before a comparison cue (its subject) against those right after it (its object)."""
    systems = [(i, m) for i, m in ordered if m.type in SYSTEMS]
    found_cues = cues(text)
    bounds = [0] + [end for _, end, _ in found_cues]
    subjects = []
    for k, (start, end, way) in enumerate(found_cues):
        # the first system after the previous cue is that cue's object, not this one's subject
        object_before = next((s[0] for s in systems if k and s[1].start >= bounds[k]), None)
        before = [s for s in systems if bounds[k] <= s[1].start and s[1].end <= start and start - s[1].end <= MAX_GAP
                  and s[0] != object_before and not re.search(r"[;:]", text[s[1].end : start])
                  and not _SUBJECT_BREAK.search(text[s[1].end : start])
                  and not _ASIDE.search(text[max(0, s[1].start - 14) : s[1].start])][::-1]
        subjects.append(_joined(text, before))
    found = []
    for k, (start, end, way) in enumerate(found_cues):
        limit = found_cues[k + 1][0] if k + 1 < len(found_cues) else len(text)
        taken = {s[0] for s in subjects[k + 1]} if k + 1 < len(found_cues) else set()
        objects = _joined(text, [s for s in systems if s[1].start >= end and s[1].end <= limit and s[0] not in taken
                                 and s[1].start - end <= MAX_GAP and not re.search(r"[;:,]", text[end : s[1].start])
                                 and not _OBJECT_BREAK.search(text[end : s[1].start])])
        for (i, a) in subjects[k]:
            for (j, b) in objects:
                if same_thing(a, b, text):
                    continue
                winner, loser = (i, j) if way == "forward" else (j, i)
                label, score = predicted.get((i, j) if a.start <= b.start else (j, i), (NONE, 0.6))
                found.append(Relation(winner, loser, "outperforms", max(0.6, score if label == "COMPARE" else 0.6),
                                      "pattern", sentence))
    return found


def _joined(text: str, nearest_first: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """The nearest system and those joined to it by "and", "or" or commas ("A, B and C")."""
    if not nearest_first:
        return []
    group = [nearest_first[0]]
    for item in nearest_first[1:]:
        a, b = sorted([group[-1][1], item[1]], key=lambda m: m.start)
        if not re.fullmatch(r"\s*(,|and|or|, and|, or|as well as)\s*", text[a.end : b.start]):
            break
        group.append(item)
    return group


def _where(relation: Relation, text: str, ordered: list[tuple[int, Mention]]) -> None:
    """The dataset ("... on SQuAD") and metric an outperforms edge holds on, from its sentence."""
    loser_end = max(m.end for i, m in ordered if i in (relation.head, relation.tail))
    for _, m in ordered:
        if m.type == DATASET and relation.dataset is None and m.start >= loser_end and \
                _ON_DATASET.search(text[max(0, m.start - 40) : m.start]):
            relation.dataset = m.text
        if m.type == METRIC and relation.metric is None:
            relation.metric = m.text
