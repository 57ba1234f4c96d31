"""A coined name found once is found wherever the text writes it again: "We propose LMMNN, a mixed effects approach.
However, LMMNN is trained ...; the MeNet, DeepGLMM, and LMMNN approaches".

The recognisers read each occurrence in its own context and often find a coined name once and miss it later;
the later sentences are where a paper compares it with others. Only names with a coined word (an acronym, mixed
case or digits: "LMMNN", "MeNet", "GPT-4"; three characters at least) are repeated, written exactly so and
standing alone (not "LMMNN" of "LMMNN-CNN"); a repeat takes the type most of the name's spans have, and spans
other components found win.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.entities import is_named
from kg.extract.generic import SPANS_KEY
from kg.extract.rules.doc_text import doc_text
from kg.extract.rules.spans import SpanInfo, add_entities

REPEAT_SCORE = 0.7
REPEAT_EXTRACTOR = "repeat"
"""The extractor name of a repeat; the resolver counts no type vote for it (it copies the name's other spans)."""


def repeated_names(text: str, found: list[tuple[int, int, str]], other: Iterable[tuple[int, int]] = ()) \
        -> list[tuple[int, int, str]]:
    """Character spans and types of the other occurrences of the coined names among ``found`` (spans and types)
    that no span of ``found`` or ``other`` (the generic-phrase recogniser's, which types them itself) overlaps.

    >>> text = "We propose LMMNN, a method. LMMNN is fast; LMMNN-CNN is not."
    >>> [(text[s:e], kind) for s, e, kind in repeated_names(text, [(11, 16, "Method")])]
    [('LMMNN', 'Method')]
    """
    types: dict[str, Counter] = {}
    for start, end, kind in found:
        name = text[start:end]
        # a coined word (capitals say nothing here); not "3D", "UI": too short to be one thing wherever written
        if len(name) >= 3 and is_named(name, capitals=False):
            types.setdefault(name, Counter())[kind] += 1
    taken = sorted([(start, end) for start, end, _ in found] + list(other))
    repeats = []
    for name, kinds in types.items():
        kind = kinds.most_common(1)[0][0]
        for start, end in standalone_occurrences(text, name):
            if not any(s < end and start < e for s, e in taken):
                repeats.append((start, end, kind))
    return sorted(repeats)


def _joins_a_word(char: str) -> bool:
    return char.isalnum() or char in "_-"


def standalone_occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """The spans where ``text`` writes ``name`` with no word character or hyphen either side, left to right and not
    overlapping (what ``re.finditer`` finds for the name between ``(?<![\\w-])`` and ``(?![\\w-])``). Searched with
    ``str.find``: a pattern per coined name cost a compilation each (a third of a millisecond per abstract) and
    pushed the extractor's own patterns out of ``re``'s cache.

    >>> standalone_occurrences("LMMNN is fast; LMMNN-CNN is not, nor xLMMNN; LMMNN.", "LMMNN")
    [(0, 5), (45, 50)]
    """
    spans, start = [], text.find(name)
    while start != -1:
        end = start + len(name)
        if (start == 0 or not _joins_a_word(text[start - 1])) and (end == len(text) or not _joins_a_word(text[end])):
            spans.append((start, end))
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)
    return spans


class RepeatedNames:
    """Pipeline component adding the spans of :func:`repeated_names`."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not doc.ents:
            return doc
        text = doc_text(doc)
        found = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        generic = [(s.start_char, s.end_char) for s in doc.spans[SPANS_KEY]] if SPANS_KEY in doc.spans else []
        spans, notes = [], []
        for start, end, kind in repeated_names(text, found, generic):
            span = doc.char_span(start, end, label=kind)
            if span is not None:
                spans.append(span)
                notes.append(SpanInfo(REPEAT_EXTRACTOR, REPEAT_SCORE))
        add_entities(doc, spans, notes)
        return doc


def make_repeated_names(nlp: Language, name: str) -> RepeatedNames:
    """The ``kg_repeated_names`` factory (registered by :mod:`kg.extract.pipeline`)."""
    return RepeatedNames(nlp, name)
