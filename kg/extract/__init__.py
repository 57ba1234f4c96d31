"""Extraction: spaCy pipeline → entity mentions, sentences, claims and relations."""

from kg.extract.extractor import Extractor
from kg.extract.pipeline import DEFAULT_RULES, RULES, build_nlp

__all__ = ["DEFAULT_RULES", "Extractor", "RULES", "build_nlp"]
