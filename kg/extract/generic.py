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
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.blas_ops import use_blas_ops

SPANS_KEY = "generic"


class GenericMentions:
    """Runs a second spaCy NER pipeline on each doc, keeping the doc's own entities."""

    def __init__(self, nlp: Language, name: str, model: str):
        self.name = name
        self.recogniser = use_blas_ops(spacy.load(model, exclude=["tagger", "parser", "lemmatizer", "attribute_ruler"]))
        self.pipes = [pipe for _, pipe in self.recogniser.pipeline]
        # The generic model reads its static vectors from the doc's vocab, so the pipeline's vocab
        # takes them (the named-things model reads none); both models compute their features from
        # the same English lexeme attributes, so the doc itself is read, not a copy of its tokens.
        if self.recogniser.vocab.vectors.shape[0]:
            nlp.vocab.vectors = self.recogniser.vocab.vectors

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
        # The recogniser writes doc.ents and doc.tensor: the named model's are kept aside, the docs
        # are given no entities (as a new doc has), and both are put back after.
        named = [(doc.ents, doc.tensor) for doc in docs]
        for doc in docs:
            doc.set_ents([], default="missing")
        for pipe in self.pipes:
            docs = list(pipe.pipe(docs)) if hasattr(pipe, "pipe") else [pipe(doc) for doc in docs]
        for doc, (ents, tensor) in zip(docs, named):
            doc.spans[SPANS_KEY] = list(doc.ents)
            doc.set_ents(list(ents), default="outside")
            doc.tensor = tensor
        return docs


def make_generic_mentions(nlp: Language, name: str, model: str) -> GenericMentions:
    """The ``kg_generic_mentions`` factory; ``model`` is a spaCy pipeline directory."""
    if not (Path(model) / "config.cfg").exists():
        raise FileNotFoundError(f"generic-phrase recogniser not found: {model} (no config.cfg there)")
    return GenericMentions(nlp, name, model)
