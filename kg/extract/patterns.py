"""Surface patterns for names: "the X dataset", "on the Y benchmark", "we propose Z".

Rules over token text only, so they need no tagger or parser and stay fast.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from kg.extract.doc_text import doc_text
from kg.extract.lexicon import type_from_head
from kg.extract.spans import NER_SCORE, SpanInfo, add_entities, info
from kg.schema import DATASET, METHOD

PATTERN_SCORE = 0.7
PROPOSAL_SCORE = 0.75

# A token that looks like part of a name: capitalised, with digits, or mixed case ("MultiONet").
NAME = {
    "TEXT": {"REGEX": r"^(?:[A-Z][\w\-\.\+]*|[a-z]+[A-Z][\w\-]*|\w*\d\w*)$"},
    "IS_SENT_START": False,
    "IS_STOP": False,  # "Two", "A", "This" are capitalised but name nothing
    "LOWER": {"NOT_IN": ["novel", "new", "first", "simple", "general", "unified"]},
}
NOT_NAME = {"the", "a", "an", "our", "this", "these", "their", "its", "we", "in", "on", "of"}
DATASET_NOUNS = ["dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "suite"]
ADVERBS = ["also", "further", "then", "first", "here", "therefore", "thus", "additionally"]
_PROPOSAL_CUE = re.compile(r"\bwe\b|\b(named|called|dubbed|termed)\b")
PROPOSE_VERBS = ["propose", "introduce", "present", "develop", "call", "name", "dub", "term", "release"]


def _name_tokens(n: int) -> list[dict]:
    return [dict(NAME) for _ in range(n)]


class NamePatterns:
    """Pipeline component adding dataset names and names a paper says it introduces."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.datasets = Matcher(nlp.vocab)
        self.proposals = Matcher(nlp.vocab)
        for n in (1, 2, 3):
            self.datasets.add("DATASET", [_name_tokens(n) + [{"LOWER": {"IN": DATASET_NOUNS}}]])
            self.proposals.add(
                "PROPOSED",
                [
                    [{"LOWER": "we"}, {"LOWER": {"IN": ADVERBS}, "OP": "?"}, {"LOWER": {"IN": PROPOSE_VERBS}},
                     {"LOWER": {"IN": ["the", "a"]}, "OP": "?"}] + _name_tokens(n),
                    [{"LOWER": {"IN": ["named", "called", "dubbed", "termed"]}}] + _name_tokens(n),
                ],
            )

    def _matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Run each matcher only on texts that contain its cue words (the regex tests are costly)."""
        lower = doc_text(doc).lower()
        found = []
        if any(noun[:6] in lower for noun in DATASET_NOUNS):
            found += self.datasets(doc)
        if _PROPOSAL_CUE.search(lower):
            found += self.proposals(doc)
        return found

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        notes: list[SpanInfo] = []
        for match_id, start, end in self._matches(doc):
            label = doc.vocab.strings[match_id]
            if label == "DATASET":
                span = _trim(doc[start : end - 1])
                if span is not None:
                    spans.append(Span(doc, span.start, span.end, label=DATASET))
                    notes.append(SpanInfo("pattern", PATTERN_SCORE))
            else:
                first = start + 1
                while first < end and doc[first].lower_ in NOT_NAME | set(PROPOSE_VERBS) | set(ADVERBS):
                    first += 1
                span = _trim(doc[first:end])
                if span is None:
                    continue
                span_type = _existing_type(doc, span) or _appositive_type(doc, span.end) or METHOD
                spans.append(Span(doc, span.start, span.end, label=span_type))
                notes.append(SpanInfo("pattern", PROPOSAL_SCORE, proposed=True))
        spans, notes = _longest(spans, notes)
        add_entities(doc, spans, notes)
        # A proposal pattern over an entity found earlier marks that entity as proposed.
        table = info(doc)
        for span, note in zip(spans, notes):
            if note.proposed:
                for ent in doc.ents:
                    if ent.start == span.start and ent.end == span.end:
                        table.setdefault((ent.start_char, ent.end_char), SpanInfo("ner", NER_SCORE)).proposed = True
        return doc


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in NOT_NAME:
        start += 1
    if start >= end:
        return None
    return doc[start:end]


def _existing_type(doc: Doc, span: Span) -> str | None:
    for ent in doc.ents:
        if ent.start < span.end and span.start < ent.end:
            return ent.label_
    return None


def _appositive_type(doc: Doc, after: int) -> str | None:
    """Type from the words after a name: "MultiONet, a novel neural operator architecture"."""
    if after < len(doc) and doc[after].text == ",":
        words = []
        for tok in doc[after + 1 : after + 9]:
            if tok.is_punct or tok.lower_ in {"which", "that", "for", "to", "with"}:
                break
            words.append(tok.text)
        return type_from_head(words)
    return None


def _longest(spans: list[Span], notes: list[SpanInfo]) -> tuple[list[Span], list[SpanInfo]]:
    order = sorted(range(len(spans)), key=lambda i: (-(spans[i].end - spans[i].start), spans[i].start))
    taken: set[int] = set()
    kept = []
    for i in order:
        if taken.intersection(range(spans[i].start, spans[i].end)):
            continue
        taken.update(range(spans[i].start, spans[i].end))
        kept.append(i)
    kept.sort(key=lambda i: spans[i].start)
    return [spans[i] for i in kept], [notes[i] for i in kept]


@Language.factory("kg_patterns")
def make_name_patterns(nlp: Language, name: str) -> NamePatterns:
    return NamePatterns(nlp, name)
