"""Extraction: spaCy pipeline → entity mentions, sentences, claims and relations."""

from kg.extract.extractor import Extractor
from kg.extract.pipeline import RULES, build_nlp

__all__ = ["Extractor", "RULES", "build_nlp"]
