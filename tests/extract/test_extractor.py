"""Entity mentions read from a document's spans."""

import spacy
from spacy.tokens import Span

from kg.extract.extractor import doc_mentions


def test_spans_without_a_letter_or_digit_are_no_mentions():
    doc = spacy.blank("en")("We map ⟩ and BERT to ImageNet .")
    doc.ents = [Span(doc, 2, 3, label="Model"), Span(doc, 4, 5, label="Model"), Span(doc, 6, 7, label="Dataset")]
    assert [(m.text, m.type) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])] == [("BERT", "Model"), ("ImageNet", "Dataset")]
