"""Sentence boundaries: spaCy's sentencizer, then no break after an abbreviation's full stop.

The sentencizer ends a sentence at every full stop, so "86.1% Top-1 Acc. on ImageNet" became two
sentences and the value lost its dataset to the next one. A break is undone where the full stop
follows a common abbreviation of scientific prose and the next word starts in lower case.

>>> import spacy
>>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
>>> doc = repair(nlp("FooNet reaches 86.1% Top-1 Acc. on ImageNet. It is fast."))
>>> [s.text for s in doc.sents]
['FooNet reaches 86.1% Top-1 Acc. on ImageNet.', 'It is fast.']
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

# Abbreviations a full stop follows inside a sentence of scientific prose (lower-cased, no stop).
ABBREVIATIONS = frozenset("""
acc approx avg resp fig figs eq eqs sec secs tab tabs al cf ca vs incl esp approx std var no nos vol pp
ref refs e.g i.e etc w.r.t
""".split())


def repair(doc: Doc) -> Doc:
    """``doc`` with no sentence starting at a lower-case word right after "<abbreviation> ."."""
    for i in range(2, len(doc)):
        token = doc[i]
        if token.is_sent_start and token.text[:1].islower() and doc[i - 1].text == "." \
                and doc[i - 2].text.lower() in ABBREVIATIONS:
            token.is_sent_start = False
    return doc


def make_sentence_repair(nlp: Language, name: str):
    """The ``kg_sentence_repair`` factory."""
    return repair
