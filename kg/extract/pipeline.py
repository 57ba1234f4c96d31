"""Assemble the spaCy pipeline: tokenizer, sentences, trained recogniser, rule components."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

import kg.extract.rules.acronyms  # noqa: F401  (registers the kg_acronyms component)
import kg.extract.rules.gazetteer  # noqa: F401  (registers kg_gazetteer)
import kg.extract.rules.patterns  # noqa: F401  (registers kg_patterns)
from kg.errors import KgUsageError
from kg.extract.blas_ops import use_blas_ops
from kg.extract.rules.doc_text import TextKeepingTokenizer

RULES: tuple[str, ...] = ("gazetteer", "patterns", "acronyms")
"""Rule components in the order they run; each adds entities where none were found."""

DEFAULT_RULES: tuple[str, ...] = RULES
"""Rules on by default: all of them. Name patterns add no entity F1 on the dev sets (docs/ner.md),
but "we propose X" / "X, called Y" is what marks most of the names a paper introduces: without
them the sample corpus loses 26 of its 132 ``proposes`` edges, about 18 of them right."""

_COMPONENTS = {"gazetteer": "kg_gazetteer", "patterns": "kg_patterns", "acronyms": "kg_acronyms"}


def packaged_ner_model() -> Path | None:
    """The trained recogniser shipped in ``kg/models/ner``, if this install has it."""
    path = Path(str(resources.files("kg").joinpath("models/ner")))
    return path if (path / "config.cfg").exists() else None


def build_nlp(ner_model: str | Path | None = "packaged", rules: tuple[str, ...] | None = None) -> Language:
    """The extraction pipeline.

    ``ner_model`` is a spaCy pipeline directory, ``"packaged"`` for the shipped one (when
    present), or None for rules only. ``rules`` names the rule components to add (default
    :data:`DEFAULT_RULES`).
    """
    if ner_model == "packaged":
        ner_model = packaged_ner_model()
    if ner_model is None:
        nlp = spacy.blank("en")
    else:
        nlp = use_blas_ops(spacy.load(ner_model, exclude=["tagger", "parser", "lemmatizer", "attribute_ruler"]))
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    if not any(name in nlp.pipe_names for name in ("senter", "parser", "sentencizer")):
        nlp.add_pipe("sentencizer", first=True)
    for rule in DEFAULT_RULES if rules is None else rules:
        if rule not in _COMPONENTS:
            raise KgUsageError(f"unknown rule component {rule!r}; known: {', '.join(RULES)}")
        nlp.add_pipe(_COMPONENTS[rule])
    return nlp
