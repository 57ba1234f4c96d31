"""Bookkeeping shared by the rule components: which component found an entity, how sure it is.

spaCy's ``Doc.ents`` holds only a label per span, so each component also records its name,
a confidence and optional notes in ``doc._.kg_info`` keyed by the span's character offsets.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

if not Doc.has_extension("kg_info"):
    Doc.set_extension("kg_info", default=None)
if not Doc.has_extension("kg_acronyms"):
    Doc.set_extension("kg_acronyms", default=None)
if not Doc.has_extension("kg_plain_terms"):  # acronym definitions of terms no recogniser reads (rules.acronyms)
    Doc.set_extension("kg_plain_terms", default=None)

NER_SCORE = 0.8
"""Confidence given to the statistical recogniser's spans (spaCy's NER has no calibrated scores)."""


@dataclass(slots=True)
class SpanInfo:
    extractor: str
    score: float
    long_form: str | None = None
    proposed: bool = False


def info(doc: Doc) -> dict[tuple[int, int], SpanInfo]:
    """The span notes of ``doc``, created on first use."""
    if doc._.kg_info is None:
        doc._.kg_info = {}
    return doc._.kg_info


def span_info(span: Span) -> SpanInfo:
    """Notes for one entity span; spans no rule recorded came from the recogniser."""
    found = info(span.doc).get((span.start_char, span.end_char))
    return found or SpanInfo("ner", NER_SCORE)


def add_entities(
    doc: Doc, spans: list[Span], notes: list[SpanInfo], overwrite: bool = False, extend: bool = False
) -> None:
    """Add typed spans to ``doc.ents``.

    Existing entities win, unless ``overwrite`` is set (the new spans win) or ``extend`` is
    set (a new span wins over the existing entities it strictly contains).
    """
    if not spans:
        return
    table = info(doc)
    existing = list(doc.ents)
    kept: list[Span] = []
    for span, note in zip(spans, notes):
        clashes = [e for e in existing if e.start < span.end and span.start < e.end]
        if extend and all(span.start <= e.start and e.end <= span.end for e in clashes):
            existing = [e for e in existing if e not in clashes]
            # the whole of a proposed name its start was read as: "we propose a Self-Directed Agent" grown to the
            # long form "Self-Directed Agent for Scientific Analysis and Visualization (SASAV)"
            note.proposed = note.proposed or any(
                e.start == span.start and (found := table.get((e.start_char, e.end_char))) is not None
                and found.proposed for e in clashes)
        elif not overwrite and clashes:
            continue
        kept.append(span)
        previous = table.get((span.start_char, span.end_char))
        if previous is not None:
            note.long_form = note.long_form or previous.long_form
            note.proposed = note.proposed or previous.proposed
        table[(span.start_char, span.end_char)] = note
    if overwrite:
        chosen = filter_spans(kept + existing)  # longest first, then earliest
    else:
        chosen = filter_spans(existing + kept)
    doc.ents = sorted(chosen, key=lambda s: s.start)
