"""Coined names no other step found, typed by the words around them or by a model family's name: "average gains
of up to 21.7% on MGSM", "we construct VisAnomBench, a curated benchmark", "2.82 points on Qwen3.5-9B".

The recognisers miss coined names in plain contexts, most of all new releases and new benchmarks; the cue words
that type a span elsewhere (:func:`kg.extract.entities.cue_type`: "results on X", "X, a new benchmark", "the X
model", "baselines such as X") say what such a name is, and a model family's name with a version says it is a
model ("GPT-5.5", "Llama-3.1-8B"). A word is read when it is coined (mixed case, letters with digits, an acronym
of three letters or more), stands alone (no web address, no slash-joined list, no class of systems such as
"LLMs"), no other step put a span on it and :func:`kg.extract.entities.keep` takes it alone for a graph entity
(not a size, a version or an amount: "8B--120B", "v1.6", "220K"; nor a description, "LLM-based"); ``keep`` then
decides again in its sentence, as for every mention.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.entities import BROAD_ACRONYMS, cue_type, is_coded, keep, listed_as_data, listed_as_system
from kg.extract.rules.doc_text import doc_text
from kg.extract.rules.lexicon import head_type
from kg.extract.rules.spans import SpanInfo, add_entities
from kg.extract.wordlists import VISION_RELEASE, WORKSHOP_YEAR, is_release
from kg.schema import DATASET, MODEL, TASK

COINED_SCORE = 0.7
COINED_EXTRACTOR = "coined"

# A run of text between spaces, without the brackets, quotes and punctuation around it or a possessive.
_RUN = re.compile(r"[^\s()\[\]{}\"“”‘’]+")
_TRIM = re.compile(r"^[\"'`]+|(?:'s|’s|[.,;:!?\"'`]+)$")
_CAPITAL_OR_DIGIT = re.compile(r"[A-Z0-9]")
# Classes of systems, not one of them: "LLMs", "LVLMs", "GenAI".
_CLASSES = frozenset(BROAD_ACRONYMS | {"lvlm", "lvlms", "slm", "slms", "vla", "vlas", "genai", "cnn", "cnns", "rnn",
                                       "rnns", "gpu", "gpus", "cpu", "cpus", "npu", "npus"})


def coined_names(text: str, taken: list[tuple[int, int, str]], defined: dict[str, str] | None = None) \
        -> list[tuple[int, int, str]]:
    """Character spans and types of the coined words of ``text`` outside the ``taken`` spans (start, end, type)
    that cue words, a model family or a coined name listed beside them type. ``defined`` maps the acronyms the
    text defines to their long forms: "X models" of a task's acronym ("human activity recognition (HAR) models",
    "T2I models") are models for the task, none named.

    >>> text = "It gains 21.7% on MGSM and 2.8 points on Qwen3.5-9B and Kimi-K2.5; LLMs fail on arXiv."
    >>> [(text[s:e], kind) for s, e, kind in coined_names(text, [])]
    [('MGSM', 'Dataset'), ('Qwen3.5-9B', 'Model'), ('Kimi-K2.5', 'Model')]
    >>> text = "Experiments on BEIR, MIRACL, and LMEB show it."
    >>> [(text[s:e], kind) for s, e, kind in coined_names(text, [(15, 19, "Dataset")])]
    [('MIRACL', 'Dataset'), ('LMEB', 'Dataset')]
    >>> text = "Our solution to SemEval-2025 Task 4 on unlearning."
    >>> [(text[s:e], kind) for s, e, kind in coined_names(text, [])]
    [('SemEval-2025 Task 4', 'Dataset')]
    """
    found: list[tuple[int, int, str]] = []
    coined_at = {start: (end, kind) for start, end, kind in taken if is_coded(text[start:end])}
    for run in _RUN.finditer(text):
        if not _CAPITAL_OR_DIGIT.search(run.group(), 1):
            continue  # most words: a coined one has a capital after its first letter or a digit
        word = _TRIM.sub("", run.group())
        start = run.start() + run.group().find(word)
        end = start + len(word)
        release = is_release(word) or bool(VISION_RELEASE.fullmatch(word))  # "Kimi-K2.5", "GPT-5.5", "ResNet-56"
        # a web address is one run with its slashes: "https://github.com/x/VisAnomBench"
        if len(word) < 3 or not (release or is_coded(word)) or any(c in word for c in "/@+=") \
                or word.lower() in _CLASSES or any(s < end and start < e for s, e, _ in taken):
            continue
        shared_task = _SHARED_TASK_AFTER.match(text, end) if WORKSHOP_YEAR.fullmatch(word) else None
        if shared_task is not None:  # "SemEval-2025 Task 4": the shared task, not the workshop of its year
            end, kind = shared_task.end(), DATASET
        elif release:
            kind = MODEL
        else:
            kind = cue_type(text[max(0, start - 40) : start], word, text[end : end + 80]) \
                or (DATASET if _BENCHMARK_NAME.search(word) else None) \
                or _listed_kind(text, start, end, taken + found, coined_at)
            if kind != TASK and _CONVERSION.fullmatch(word) \
                    or kind == MODEL and _defined_as_task((defined or {}).get(word)):
                continue  # "S2I", "T2I models", "(HAR) models": tasks, or models for a task
        if kind is not None and keep(word, kind, COINED_EXTRACTOR):  # not "8B--120B", "LLM-based", "v1.6"
            found.append((start, end, kind))
    return found


# A shared task's part and number after a workshop's year: "SemEval-2025" + " Task 4".
_SHARED_TASK_AFTER = re.compile(r" (?:Task|Subtask|Track) \d{1,2}[a-z]?\b")
# A benchmark's name: "LVBench", "T2I-CompBench", "MAD-Eval", "CharacterEval".
_BENCHMARK_NAME = re.compile(r"^[A-Za-z0-9][\w\-]*?(?:Bench|Eval)(?:-?v?\d[\w.]*)?$")
# What joins a name to the one before it in a list: a comma, "and", "or", or both.
_JOIN_BEFORE = re.compile(r"(?:,\s*(?:(and|or)\s+)?|\s+(and|or)\s+)$")
# A list going on after a name to its "and" or "or": ", and LMEB", ", MIRACL, and LMEB", " or BEIR".
_LIST_GOES_ON = re.compile(r"(?:,\s*[\w\-.+]+(?:\s[\w\-.+]+){0,2})*,?\s+(?:and|or)\s+")


def _listed_kind(text: str, start: int, end: int, before: list[tuple[int, int, str]],
                 coined_at: dict[int, tuple[int, str]]) -> str | None:
    """The type of the coined name a coined word is listed beside: the name right before it (one of ``before``)
    or right after it (one of ``coined_at``, by start), joined by a comma, "and" or "or" ("on BEIR, MIRACL, and
    LMEB": MIRACL and LMEB as BEIR). A comma alone makes a list only where "and" or "or" closes it after the word
    ("On Middlebury 2014, DepthTCM reaches": DepthTCM is no member)."""
    goes_on = _LIST_GOES_ON.match(text, end)
    left = _left_neighbour(text, start, before)
    if left is not None and (left[1] or goes_on):
        chain = [left[0]]
        while (further := _left_neighbour(text, chain[-1][0], before)) is not None:
            chain.append(further[0])
        first = chain[-1]
        # the words before the list type its members: "Experiments on VideoMME-Long, LVBench, and RTV-Bench"; a data set
        # a list knows among them makes a list of data sets whatever a neighbour was read as ("CVC-ClinicDB, Kvasir-SEG,
        # and CVC-300": Kvasir-SEG read as a task)
        return cue_type(text[max(0, first[0] - 40) : first[0]], text[start:end], text[end : end + 80]) \
            or (DATASET if any(listed_as_data(text[s:e]) for s, e, _ in chain)
                and not any(listed_as_system(text[s:e]) for s, e, _ in chain) else left[0][2])
    if goes_on is not None and goes_on.end() in coined_at and not re.search(r",\s*\S", goes_on.group()):
        return coined_at[goes_on.end()][1]  # "MIRACL and BEIR": the name right after the word's "and"
    return None


def _left_neighbour(text: str, start: int, before: list[tuple[int, int, str]]) \
        -> tuple[tuple[int, int, str], bool] | None:
    """The coined name of ``before`` joined to the word at ``start`` by a comma, "and" or "or", and whether the
    join holds "and" or "or"."""
    for left in before:
        if 0 < start - left[1] <= 6 and is_coded(text[left[0] : left[1]]):
            join = _JOIN_BEFORE.search(text, left[1], start)
            if join is not None and join.start() == left[1]:
                return left, bool(join.group(1) or join.group(2))
    return None


# A conversion's acronym: "T2I", "I2V", "V2A", "S2ST" name tasks.
_CONVERSION = re.compile(r"[A-Z]{1,2}2[A-Z]{1,3}")


def _defined_as_task(long_form: str | None) -> bool:
    """Whether an acronym's long form is headed by a task's noun ("human activity recognition")."""
    return long_form is not None and head_type(re.split(r"[\s-]+", long_form)) == TASK


class CoinedNames:
    """Pipeline component adding :func:`coined_names` where no other component found a span."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        taken = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        defined = dict(doc._.kg_acronyms or [])
        spans = []
        for start, end, kind in coined_names(doc_text(doc), taken, defined):
            span = doc.char_span(start, end, label=kind)
            if span is not None:
                spans.append(span)
        add_entities(doc, spans, [SpanInfo(COINED_EXTRACTOR, COINED_SCORE) for _ in spans])
        return doc


def make_coined_names(nlp: Language, name: str) -> CoinedNames:
    """The ``kg_coined_names`` factory (registered by :mod:`kg.extract.pipeline`)."""
    return CoinedNames(nlp, name)
