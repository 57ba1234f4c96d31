"""The extractor's mention list."""



def test_spans_without_letters_or_digits_are_not_mentions():
    import spacy
    from spacy.tokens import Span

    from kg.extract.extractor import _mentions
    from kg.extract.rules.spans import SpanInfo, add_entities

    doc = spacy.blank("en")("We use BERT ⟩ here")
    add_entities(doc, [Span(doc, 2, 3, label="Model"), Span(doc, 3, 4, label="Method")],
                 [SpanInfo("ner", 0.9), SpanInfo("ner", 0.9)], overwrite=True)
    assert [m.text for m in _mentions(doc, "abstract")] == ["BERT"]
