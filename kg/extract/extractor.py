"""From papers to extraction records: entities, sentences, claims and relations."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc, Span

from kg.extract.claims import sentence_claims
from kg.extract.comparisons import result_relations
from kg.extract.rules.doc_text import doc_text
from kg.extract.pipeline import build_nlp
from kg.extract.relations import sentence_relations
from kg.extract.rules.spans import SpanInfo, add_entities, span_info
from kg.extract.rules.titles import title_name
from kg.records import Extraction, Mention, Paper, Sentence
from kg.resolve.keys import match_key
from kg.schema import ENTITY_TYPES

TITLE_SCORE = 0.85


class Extractor:
    """Runs the spaCy pipeline over papers and returns plain :class:`Extraction` records."""

    def __init__(
        self,
        ner_model: str | Path | None = "packaged",
        rules: tuple[str, ...] | None = None,
        roles: bool = True,
        batch_size: int = 64,
    ):
        self.nlp = build_nlp(ner_model, rules)
        self.use_title_names = rules is None or "titles" in rules
        self.batch_size = batch_size
        self.roles = _load_roles() if roles else None

    def predict_entities(self, texts: list[str]) -> list[list[tuple[int, int, str, float]]]:
        """Typed spans ``(start, end, type, score)`` for each text (used by ``kg eval``)."""
        return [
            [(e.start_char, e.end_char, e.label_, span_info(e).score) for e in doc.ents if e.label_ in ENTITY_TYPES]
            for doc in self.nlp.pipe(texts, batch_size=self.batch_size)
        ]

    def extract(self, papers: Iterable[Paper]) -> Iterator[Extraction]:
        """One :class:`Extraction` per paper, in input order."""
        def texts() -> Iterator[tuple[str, Paper]]:
            for paper in papers:
                yield paper.title, paper
                yield paper.abstract, paper

        docs = self.nlp.pipe(texts(), as_tuples=True, batch_size=self.batch_size)
        for (title_doc, paper), (abstract_doc, _) in zip(docs, docs):
            yield self._extraction(paper, title_doc, abstract_doc)

    def _extraction(self, paper: Paper, title_doc: Doc, abstract_doc: Doc) -> Extraction:
        proposed = title_name(title_doc) if self.use_title_names else None
        if proposed is not None:
            span, kind = proposed
            add_entities(title_doc, [Span(title_doc, span.start, span.end, label=kind)],
                         [SpanInfo("title", TITLE_SCORE, proposed=True)], overwrite=True)
            _add_occurrences(abstract_doc, span.text, kind)
        sentences = [Sentence(start, end) for start, end in sentence_bounds(abstract_doc)
                     if paper.abstract[start:end].strip()]
        if self.roles is not None and sentences:
            predicted = self.roles.predict([[paper.abstract[s.start : s.end] for s in sentences]])[0]
            for sentence, (role, _score) in zip(sentences, predicted):
                sentence.role = role
        entities = _mentions(title_doc, "title") + _mentions(abstract_doc, "abstract")
        sentence_of = [_sentence_index(sentences, m) if m.field == "abstract" else None for m in entities]
        relations = []
        for index, sentence in enumerate(sentences):
            members = [(i, m) for i, m in enumerate(entities) if sentence_of[i] == index]
            relations += sentence_relations(paper.abstract, members, index)
        title_members = [(i, m) for i, m in enumerate(entities) if m.field == "title"]
        relations += sentence_relations(paper.title, title_members, None)
        claims = sentence_claims(paper.abstract, sentences, entities, sentence_of)
        relations += result_relations(claims, entities, {s.start: i for i, s in enumerate(sentences)}, relations)
        return Extraction(paper, sentences, entities, claims, relations)


def _mentions(doc: Doc, field: str) -> list[Mention]:
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_TYPES or not match_key(ent.text):
            continue  # a span with no letter or digit ("⟩") names nothing the resolver can key
        note = span_info(ent)
        mentions.append(
            Mention(ent.start_char, ent.end_char, ent.text, ent.label_, field, note.score, note.extractor,
                    note.long_form, note.proposed)
        )
    return mentions


def _add_occurrences(doc: Doc, name: str, kind: str) -> None:
    """Mark every use of a title-introduced name in the abstract as that entity."""
    spans, notes = [], []
    text = doc_text(doc)
    start = text.find(name)
    while start != -1:
        span = doc.char_span(start, start + len(name))
        if span is not None:
            spans.append(Span(doc, span.start, span.end, label=kind))
            notes.append(SpanInfo("title", TITLE_SCORE, proposed=True))
        start = text.find(name, start + len(name))
    add_entities(doc, spans, notes, overwrite=True)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of the sentences of ``doc``, as ``doc.sents`` gives them.

    Read from the token arrays: ``doc.sents`` first checks the annotation with a Python loop
    over every token, which costs more than the sentencizer itself.
    """
    if len(doc) == 0:
        return []
    table = doc.to_array([IDX, LENGTH, SENT_START]).astype(numpy.int64)
    starts = numpy.flatnonzero(table[:, 2] == 1)
    if not starts.size or starts[0] != 0:
        starts = numpy.concatenate(([0], starts))
    lasts = numpy.append(starts[1:] - 1, len(doc) - 1)
    return [(int(table[s, 0]), int(table[e, 0] + table[e, 1])) for s, e in zip(starts, lasts)]


def _sentence_index(sentences: list[Sentence], mention: Mention) -> int | None:
    for index, sentence in enumerate(sentences):
        if sentence.start <= mention.start < sentence.end:
            return index
    return None


def _load_roles():
    """The packaged sentence-role classifier, or None where this install has none."""
    try:
        from kg.extract.roles import SentenceRoleClassifier
    except ImportError:
        return None
    try:
        return SentenceRoleClassifier.load()
    except FileNotFoundError:
        return None
