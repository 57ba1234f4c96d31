"""The extraction pipeline, described by one table: :data:`STEPS`.

Each step is a spaCy component (registered here, by :func:`register_components`, under its
factory name) or a post-processing step that :class:`kg.extract.Extractor` runs on the
pipeline's output, in the order the table gives. The recognisers are spaCy pipelines shipped in
``kg/models``: ``ner`` (named things: the pipeline's own ``ner``) and ``ner_generic`` (generic
phrases, the ``generic`` step). A model that is asked for and missing is an error naming it.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from kg.errors import KgFailure, KgUsageError
from kg.extract.blas_ops import use_blas_ops
from kg.extract.generic import make_generic_mentions
from kg.extract.rules.acronyms import make_acronyms
from kg.extract.rules.boundaries import make_boundaries
from kg.extract.rules.coined import make_coined_names
from kg.extract.rules.doc_text import TextKeepingTokenizer
from kg.extract.rules.gazetteer import make_gazetteer
from kg.extract.rules.known import make_known_datasets
from kg.extract.rules.lists import make_listed_names
from kg.extract.rules.patterns import make_name_patterns
from kg.extract.rules.repeats import make_repeated_names
from kg.extract.sentences import make_sentence_repair
from kg.extract.tokenizer import keep_names_whole


class MissingModelError(KgFailure, FileNotFoundError):
    """A model the pipeline needs is not where it should be."""


@dataclass(frozen=True)
class Step:
    """One step of the extraction: ``factory`` is a spaCy factory name, or None for a post-processing step."""

    name: str
    what: str
    factory: str | None = None
    make: Callable | None = None
    config: dict = field(default_factory=dict)
    rule: bool = False  # switched by the ``rules`` option (``kg build --rules``, ``kg eval --rules``)


STEPS: tuple[Step, ...] = (
    Step("sentences", "sentence boundaries", "sentencizer"),
    Step("sentence_repair", "no sentence break after 'Acc.', 'approx.' before a lower-case word",
         "kg_sentence_repair", make_sentence_repair),
    Step("ner", "named-things recogniser (kg/models/ner), the base pipeline"),
    Step("generic", "generic-phrase recogniser (kg/models/ner_generic) into doc.spans['generic']",
         "kg_generic_mentions", make_generic_mentions),
    Step("gazetteer", "hand-written names (kg/data/gazetteer.jsonl)", "kg_gazetteer", make_gazetteer, rule=True),
    Step("patterns", "'the X dataset', 'we propose X', 'X, called Y'", "kg_patterns", make_name_patterns, rule=True),
    Step("acronyms", "acronym definitions and later uses", "kg_acronyms", make_acronyms, rule=True),
    Step("boundaries", "span boundaries: determiners, hyphens, brackets, head nouns", "kg_boundaries",
         make_boundaries, rule=True),
    Step("lists", "'datasets: X, Y and Z', 'models such as X': every listed name, typed by the noun", "kg_listed_names",
         make_listed_names, rule=True),
    Step("coined", "coined names no step found, typed by cue words or a model family's name", "kg_coined_names",
         make_coined_names, rule=True),
    Step("repeats", "a coined name found once is found wherever the text writes it again", "kg_repeated_names",
         make_repeated_names, rule=True),
    Step("known", "coined names Papers with Code lists as data sets, wherever the text writes them",
         "kg_known_datasets", make_known_datasets, rule=True),
    Step("titles", "the coined name before a title's colon is proposed (post-processing)", rule=True),
    Step("mentions", "every span a mention; cue words type it; kg.extract.entities decides graph entities "
         "(post-processing)"),
    Step("roles", "sentence roles (kg/models/roles; post-processing)"),
    Step("relations", "relations between graph entities of a sentence (post-processing)"),
    Step("claims", "claims and quantities (post-processing)"),
)

RULES: tuple[str, ...] = tuple(step.name for step in STEPS if step.rule)
"""Rule steps in the order they run."""

DEFAULT_RULES: tuple[str, ...] = RULES
"""Rules on by default: all of them. Name patterns add no entity F1 on the dev sets (docs/ner.md),
but "we propose X" / "X, called Y" is what marks most of the names a paper introduces."""


def register_components() -> None:
    """Register the pipeline's own spaCy factories (once; spaCy keeps a global registry)."""
    for step in STEPS:
        if step.make is not None and not Language.has_factory(step.factory):
            # spaCy validates a factory's arguments against its annotations, which postponed evaluation
            # leaves as strings ("Language") that older confection releases cannot resolve.
            step.make.__annotations__ = typing.get_type_hints(step.make)
            Language.factory(step.factory, func=step.make)


def packaged_model(name: str) -> Path:
    """The model ``name`` shipped in ``kg/models``; :class:`MissingModelError` when this install lacks it."""
    path = Path(str(resources.files("kg").joinpath(f"models/{name}")))
    if not (path / "config.cfg").exists():
        raise MissingModelError(f"packaged model kg/models/{name} is missing ({path}/config.cfg not found)")
    return path


def packaged_ner_model() -> Path:
    """The named-things recogniser shipped in ``kg/models/ner``."""
    return packaged_model("ner")


def _model_path(model: str | Path, name: str) -> Path:
    if model == "packaged":
        return packaged_model(name)
    path = Path(model)
    if not (path / "config.cfg").exists():
        raise MissingModelError(f"{name} model not found: {path} (no config.cfg there)")
    return path


def build_nlp(ner_model: str | Path | None = "packaged", rules: tuple[str, ...] | None = None,
              generic_model: str | Path | None = "auto") -> Language:
    """The spaCy part of the extraction pipeline, assembled from :data:`STEPS`.

    ``ner_model`` and ``generic_model`` are spaCy pipeline directories, ``"packaged"`` for the
    shipped ones, or None to leave that recogniser out (``"auto"``: the packaged generic-phrase
    recogniser when there is a named-things recogniser, none for rules only). ``rules`` names the rule steps to run
    (default :data:`DEFAULT_RULES`); post-processing rules (``titles``) are read by the Extractor.
    """
    register_components()
    if generic_model == "auto":
        generic_model = None if ner_model is None else "packaged"
    rules = DEFAULT_RULES if rules is None else tuple(rules)
    unknown = [r for r in rules if r not in RULES]
    if unknown:
        raise KgUsageError(f"unknown rule component {unknown[0]!r}; known: {', '.join(RULES)}")
    if ner_model is None:
        nlp = spacy.blank("en")
    else:
        nlp = use_blas_ops(spacy.load(_model_path(ner_model, "ner"),
                                      exclude=["tagger", "parser", "lemmatizer", "attribute_ruler"]))
    keep_names_whole(nlp)
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    for step in STEPS:
        if step.factory is None or step.rule and step.name not in rules:
            continue
        if step.name == "sentences":
            if not any(name in nlp.pipe_names for name in ("senter", "parser", "sentencizer")):
                nlp.add_pipe("sentencizer", first=True)
        elif step.name == "generic":
            if generic_model is not None:
                nlp.add_pipe(step.factory, config={"model": str(_model_path(generic_model, "ner_generic"))})
        else:
            nlp.add_pipe(step.factory, name=step.factory, config=step.config)
    return nlp
