"""Data sets Papers with Code lists, found wherever the text writes their coined names: "on nuScenes in the
open-loop setting", "reducing MPJPE by 10.3 on 3DPW and 8.0 on Human3.6M".

The recognisers miss famous data sets in plain contexts ("Experiments on nuScenes show gains" finds nothing);
a coined name Papers with Code lists as a data set, and as nothing else, is one wherever it is written. Only
coined names (mixed case, digits or a hyphen: "nuScenes", "3DPW", "MVTec AD", "ImageNet-100") are read: a name
of ordinary or capitalised words ("Flowers", "Replica", "Semantic Scholar") and a word in capitals ("TAO",
"SEND", "COUGH") mean other things as often, and the recognisers find acronyms well. A name glued to another by
a hyphen ("KITTI" of "KITTI-360"), set in a run of capitalised words or before a system's noun ("MoCap system")
is part of another name; spans other components found win.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.extract import knowledge
from kg.extract.entities import is_other_kind
from kg.extract.rules.spans import SpanInfo, add_entities
from kg.extract.wordlists import KIND_NOUNS, is_coined, is_ordinary_word
from kg.schema import DATASET

KNOWN_SCORE = 0.85
KNOWN_EXTRACTOR = "known"


# Sources of papers and code, which a text names as places more often than as data ("arXiv papers").
_SOURCES = frozenset({"arxiv", "biorxiv", "medrxiv", "openreview", "github"})


def _coined_name(name: str) -> bool:
    """A data set's name that means nothing else: a coined word in it, no ordinary word alone, no short acronym
    of letters ("TAO"), no kind the graph does not type.

    >>> [_coined_name(n) for n in ("nuScenes", "MVTec AD", "3DPW", "R2R", "TAO", "PoC", "Flowers", "Semantic Scholar")]
    [True, True, True, True, False, False, False, False]
    """
    words = name.split()
    if len(name) < 3 or name.isalpha() and (name.isupper() or len(name) == 3):
        return False  # "TAO", "SEND", "ENZYMES", "COUGH": a word in capitals means other things; "PoC"
    if len(words) == 1 and is_ordinary_word(name) or is_other_kind(name) or name.lower() in _SOURCES:
        return False  # "Flowers", "arXiv"
    return any(is_coined(word) for word in words)


@lru_cache(maxsize=1)
def known_dataset_names() -> tuple[str, ...]:
    """The coined names of Papers with Code's data sets (``kg/data/pwc_names.tsv``) that it lists as nothing else."""
    names = {name for kind, _, name in knowledge.rows()
             if kind == DATASET and _coined_name(name) and knowledge.known_types(name) == {DATASET}}
    return tuple(sorted(names))


# Nouns after a name that make it a modifier of a system: "a flashing LED-based MoCap system".
_SYSTEM_NOUNS = KIND_NOUNS | {"system", "systems", "model", "models", "device", "devices", "tool", "toolkit", "library",
                              "platform", "software"}


def _stands_alone(doc: Doc, span: Span) -> bool:
    """Not glued to a neighbour by a hyphen or a plus ("KITTI-360"), nor inside a run of capitalised words, nor a
    modifier of a system's noun ("MoCap system")."""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and not before.whitespace_ and before.text in "-+/" \
            or after is not None and not span[-1].whitespace_ and after.text in "-+/" \
            or after is not None and after.lower_ in _SYSTEM_NOUNS:
        return False
    return not (after is not None and after.is_alpha and after.text[:1].isupper() and not after.is_sent_start
                or before is not None and before.is_alpha and before.text[:1].isupper() and not span[0].is_sent_start
                and not before.is_sent_start)


class KnownDatasets:
    """Pipeline component adding the known data sets' names where no other component found a span."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add(DATASET, [nlp.make_doc(known) for known in known_dataset_names()])

    def __call__(self, doc: Doc) -> Doc:
        spans = [span for span in filter_spans(self.matcher(doc, as_spans=True)) if _stands_alone(doc, span)]
        add_entities(doc, spans, [SpanInfo(KNOWN_EXTRACTOR, KNOWN_SCORE) for _ in spans])
        return doc


def make_known_datasets(nlp: Language, name: str) -> KnownDatasets:
    """The ``kg_known_datasets`` factory (registered by :mod:`kg.extract.pipeline`)."""
    return KnownDatasets(nlp, name)
