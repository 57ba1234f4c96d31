"""A gazetteer of well-known models, datasets, metrics, tasks and methods.

The names live in ``kg/data/gazetteer.jsonl`` (one ``{"label", "name", "case_sensitive"}``
object a line), written by hand. Case-sensitive names ("BERT", "MMLU") are matched on the
exact token text, common-noun terms ("question answering") case-insensitively.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.extract.entities import measures_something
from kg.extract.rules.acronyms import find_definitions, glued_hyphen
from kg.extract.rules.doc_text import doc_text
from kg.extract.rules.lexicon import head_type
from kg.extract.rules.spans import SpanInfo, add_entities
from kg.schema import METHOD, METRIC, MODEL, TASK

GAZETTEER_SCORE = 0.9
# A model's one-word name and its release number written apart ("SAM 2", "Gemma 3"), which papers hyphenate too.
_RELEASE_APART = re.compile(r"(\S+) (\d[\d.]*)")


def load_entries(path: str | Path | None = None) -> list[dict]:
    """The gazetteer rows, from ``path`` or the packaged file."""
    if path is None:
        text = resources.files("kg").joinpath("data/gazetteer.jsonl").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# A hyphen joining two words of a name listed in any case, which writers also leave out ("low-rank adaptation").
_HYPHEN_BETWEEN_LETTERS = re.compile(r"(?<=[a-z])-(?=[a-z])")


class Gazetteer:
    """Pipeline component: add gazetteer names as entities where nothing else was found, and give the
    recogniser's span of a name written exactly as listed the list's type."""

    def __init__(self, nlp: Language, name: str, path: str | None = None, overwrite: bool = False):
        self.name = name
        self.overwrite = overwrite
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.spaced = PhraseMatcher(nlp.vocab, attr="LOWER")  # the hyphenated terms written without their hyphens
        for entry in load_entries(path):
            matcher = self.exact if entry["case_sensitive"] else self.folded
            text = entry["name"] if entry["case_sensitive"] else entry["name"].lower()
            matcher.add(entry["label"], [nlp.make_doc(text)])
            if not entry["case_sensitive"] and (spaced := _HYPHEN_BETWEEN_LETTERS.sub(" ", text)) != text:
                self.spaced.add(entry["label"], [nlp.make_doc(spaced)])  # "low rank adaptation", "fine tuning"
            if entry["label"] == MODEL and (release := _RELEASE_APART.fullmatch(text)):
                matcher.add(entry["label"], [nlp.make_doc(f"{release[1]}-{release[2]}")])  # "SAM 2" as "SAM-2"

    def __call__(self, doc: Doc) -> Doc:
        # Not a name the paper defines in brackets as a thing of another type: "Text-Prioritised Retention
        # (TPR)" measures nothing, "Masked Autoencoder (MAE)" is no mean absolute error, "Group Query
        # Attention (GQA)" no data set; "Learned Perceptual Image Patch Similarity (LPIPS)" is the listed one.
        # (not a listed task joined by a hyphen to the word before it: "ASR" of "MERaLiON-2-10B-ASR", a model's name)
        exact = [s for s in self.exact(doc, as_spans=True)
                 if not (s.label_ == TASK and s.start >= 1 and glued_hyphen(doc, s.start - 1))]
        if "(" in doc_text(doc):
            # (its singular too: "probabilistic programming languages (PPLs)" makes "PPL" no perplexity)
            other = {form for short, long in find_definitions(doc)
                     for form in (short.text, short.text.removesuffix("s"))
                     if any(s.text == form and not _fits(long.text, s.label_) for s in exact)}
            exact = [s for s in exact if s.text not in other]
        # A name written exactly as listed ("FPR", "GPT-4", "SQuAD") has the list's type where the
        # recogniser found the same span with another: the list is knowledge, the model a guess.
        # So does a method's, model's or metric's term of several words listed in any case ("Direct Preference
        # Optimization" is no task); not a task's ("reinforcement learning", "continual learning" are read as
        # methods as often, and the list follows Papers with Code's task pages there).
        found = {(e.start, e.end): e.label_ for e in doc.ents}
        # (a term written without its hyphens, not where it ends a longer name in capitals: "Multi-Head Cross
        # Attention" is not "Cross Attention")
        folded = self.folded(doc, as_spans=True) + [s for s in self.spaced(doc, as_spans=True)
                                                    if not _ends_a_capitalised_name(doc, s)]
        retyped = [s for s in exact + [f for f in folded if len(f) > 1 and f.label_ != TASK]
                   if found.get((s.start, s.end), s.label_) != s.label_]
        add_entities(doc, retyped, [SpanInfo("gazetteer", GAZETTEER_SCORE) for _ in retyped], overwrite=True)
        matches = exact + folded
        # Longer names first, so "Llama 2" wins over "Llama".
        matches.sort(key=lambda s: (-(s.end - s.start), s.start))
        spans: list[Span] = []
        taken: set[int] = set()
        for span in matches:
            if taken.intersection(range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            spans.append(span)
        # A name listed exactly wins over a shorter span found inside it ("OpenAI o1" over "OpenAI", "Llama 2" over
        # "Llama"); a name listed in any case does not ("speech recognition" in "automatic speech recognition").
        exact_spans = {(s.start, s.end) for s in exact}
        inside = [(e.start, e.end) for e in doc.ents]
        whole = [s for s in spans if (s.start, s.end) in exact_spans
                 and any(s.start <= a and b <= s.end and (a, b) != (s.start, s.end) for a, b in inside)]
        rest = [s for s in spans if s not in whole]
        add_entities(doc, whole, [SpanInfo("gazetteer", GAZETTEER_SCORE) for _ in whole], self.overwrite,
                     extend=True)
        add_entities(doc, rest, [SpanInfo("gazetteer", GAZETTEER_SCORE) for _ in rest], self.overwrite)
        return doc


def _ends_a_capitalised_name(doc: Doc, span: Span) -> bool:
    """Whether a capitalised word or a hyphen right before ``span`` makes it the end of a longer name in capitals."""
    if span.start == 0 or not span.text[:1].isupper():
        return False
    before = doc[span.start - 1]
    return before.text == "-" or before.text[:1].isupper() and before.is_alpha and not before.is_sent_start


def _fits(long_form: str, label: str) -> bool:
    """Whether a paper's long form can name a listed thing of type ``label``: a metric's says what it
    measures; another's head noun names no other type (a method and a model are one kind)."""
    if label == METRIC:
        return measures_something(long_form)
    head = head_type(long_form.split())
    return head is None or head == label or {head, label} <= {METHOD, MODEL}


def make_gazetteer(nlp: Language, name: str, path: str | None = None, overwrite: bool = False) -> Gazetteer:
    """The ``kg_gazetteer`` factory (registered by :mod:`kg.extract.pipeline`)."""
    return Gazetteer(nlp, name, path, overwrite)
