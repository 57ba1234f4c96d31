"""The text of a spaCy Doc and of its tokens, without building a Token object per token.

``Doc.text`` and ``[t.text for t in doc]`` create a Python ``Token`` for every token on every
call; the rule components read them several times per abstract, which cost more than the
sentencizer. The tokenizer wrapped by :class:`TextKeepingTokenizer` stores the input string on
the Doc (spaCy guarantees ``doc.text`` equals it), and token texts are sliced from it.
"""

from __future__ import annotations

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

_KEY = "kg_text"


class TextKeepingTokenizer:
    """A tokenizer that records each input string in ``doc.user_data``."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[_KEY] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):  # rules, vocab, to_disk ... of the wrapped tokenizer
        return getattr(self.tokenizer, name)


def doc_text(doc: Doc) -> str:
    """``doc.text``, read from where the tokenizer left it when it did."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def token_texts(doc: Doc) -> list[str]:
    """``[t.text for t in doc]``, sliced from the doc's text by the token offsets."""
    text = doc_text(doc)
    return [text[start : start + length] for start, length in doc.to_array([IDX, LENGTH]).tolist()]
