"""The generic-phrase recogniser as a pipeline component.

SciERC and SciREX annotate generic phrases ("generation algorithm", "robust estimation") as
Task, Method and Metric; GSAP-NER and TDMSci annotate named things. The two labelling styles are
learnt by two models (docs/ner.md): the named-things model is the pipeline's ``ner``, and this
component runs the generic-phrase model (``kg/models/ner_generic``) over the same tokens and
stores its spans in ``doc.spans["generic"]``. They become mentions where the named-things model
found nothing; :mod:`kg.extract.entities` decides which become graph entities.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.attrs import SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.blas_ops import use_blas_ops
from kg.extract.rules.doc_text import token_texts

SPANS_KEY = "generic"


class GenericMentions:
    """Runs a second spaCy NER pipeline on a copy of each doc's tokens."""

    def __init__(self, nlp: Language, name: str, model: str):
        self.name = name
        self.recogniser = use_blas_ops(spacy.load(model, exclude=["tagger", "parser", "lemmatizer", "attribute_ruler"]))
        self.pipes = [pipe for _, pipe in self.recogniser.pipeline]

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size: int = 64):
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, docs: list[Doc]) -> list[Doc]:
        copies = [Doc(self.recogniser.vocab, words=token_texts(doc),
                      spaces=doc.to_array(SPACY).astype(bool).tolist()) for doc in docs]
        for pipe in self.pipes:
            copies = list(pipe.pipe(copies)) if hasattr(pipe, "pipe") else [pipe(c) for c in copies]
        for doc, copy in zip(docs, copies):
            doc.spans[SPANS_KEY] = [Span(doc, e.start, e.end, label=e.label_) for e in copy.ents]
        return docs


def make_generic_mentions(nlp: Language, name: str, model: str) -> GenericMentions:
    """The ``kg_generic_mentions`` factory; ``model`` is a spaCy pipeline directory."""
    if not (Path(model) / "config.cfg").exists():
        raise FileNotFoundError(f"generic-phrase recogniser not found: {model} (no config.cfg there)")
    return GenericMentions(nlp, name, model)
