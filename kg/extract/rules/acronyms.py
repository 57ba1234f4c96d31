"""Acronym definitions: "Deep Generative Neural Operator (DGNO)" and later uses of "DGNO".

The matching of a short form to its long form follows Schwartz & Hearst (2003), "A simple
algorithm for identifying abbreviation definitions in biomedical text". scispacy ships the
same algorithm, but it pins numpy<2 and pulls in ~260 MB of dependencies for this one
function, so the few lines live here, written against spaCy tokens.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract import knowledge
from kg.extract.entities import (METHOD_HEADS, NETWORK_HEADS, appositive_type, is_other_kind, metric_in_other_sense,
                                 plain_term, speaks_of_data, type_before_a_preposition)
from kg.extract.generic import SPANS_KEY
from kg.extract.rules.doc_text import doc_text, token_texts
from kg.extract.rules.lexicon import (DATASET_NOUN, DATASET_NOUNS, MEDIA_MAPPING, head_type, listed_activity,
                                      type_from_head)
from kg.extract.rules.spans import NER_SCORE, SpanInfo, add_entities, info
from kg.extract.wordlists import BASE_VERBS, KIND_NOUNS, common_words
from kg.schema import DATASET, METHOD, METRIC, MODEL, TASK

_SHORT_FORM = re.compile(r"^[A-Za-z0-9][\w\-\.+]{0,14}$")


def is_short_form(text: str) -> bool:
    """A plausible acronym: 2-15 characters, at least one upper-case letter, mostly letters."""
    if not (2 <= len(text) <= 15) or not _SHORT_FORM.match(text):
        return False
    return any(c.isupper() for c in text) and sum(c.isalpha() for c in text) >= 2


def match_long_form(short: str, words: list[str]) -> int | None:
    """Index of the first word of the shortest long form in ``words`` that ``short`` abbreviates.

    Characters of the short form are matched right to left against the candidate text; the
    first character must start a word (Schwartz & Hearst, 2003). A longer long form whose words'
    initials spell the short form wins over the shortest match, which may take a letter from
    inside a word ("test time adaptation (TTA)", not "time adaptation" with the t of "adaptation").

    >>> match_long_form("DGNO", ["the", "Deep", "Generative", "Neural", "Operator"])
    1
    >>> match_long_form("VAEs", ["a", "variational", "autoencoders"])
    1
    >>> match_long_form("TTA", ["such", "as", "test", "time", "adaptation"])
    2
    >>> match_long_form("XAI", ["of", "Explainable", "AI"])
    1
    >>> match_long_form("ARC", ["the", "Abstraction", "and", "Reasoning", "Corpus"])
    1
    >>> match_long_form("NL2SQL", ["Natural", "Language", "to", "SQL"])
    0
    >>> match_long_form("T2I", ["in", "text", "-", "to", "-", "image"]), match_long_form("T2I", ["text-to-image"])
    (1, 0)
    >>> match_long_form("2DMSE", ["called", "Two-dimensional", "Matryoshka", "Sentence", "Embedding"])
    1
    >>> match_long_form("SASAV", "a Self-Directed Agent for Scientific Analysis and Visualization".split())
    1
    >>> match_long_form("SASAV", "a Self - Directed Agent for Scientific Analysis and Visualization".split())
    1
    >>> match_long_form("rCM", "the score - regularized continuous - time consistency model".split())
    1
    >>> match_long_form("DGAF-VSR", "a Densely Guided diffusion model with Aligned Features for Video Super-Resolution"
    ...                 .split())
    1
    >>> match_long_form("OED", ["Open", "-", "Ended", "object", "Detection"])
    0
    >>> match_long_form("LoRA", "(2) LLM-based encoders adapted with parameter-efficient methods".split()) is None
    True
    >>> match_long_form("ConvXAI", "of Conversational explainable artificial intelligence".split())
    1
    """
    chars = _letters(short)
    if not chars:
        return None
    powered = any(c in _POWERS for c in short)  # a letter raised to a power spells whole words only: "Contrastive
    # Curriculum for Robust Dataset Distillation (C²R)" is no "Curriculum ..."
    if _DIGIT_WORD.search(short):
        words = [_as_digits(w) for w in words]
    # A long form starts a word, not the part after a hyphen ("time" of "test-time").
    starts = [i for i in range(len(words) - 1, -1, -1) if words[i][:1].isalnum() and not (i and words[i - 1] == "-")]
    for whole, skip in ((False, frozenset()), (False, _SKIPPED), (True, frozenset()), (True, _SKIPPED)):
        for first in starts:
            if _a_function_word(words, first):
                continue  # "and Reasoning Corpus (ARC)": a long form opens with no function word
            if _initials(words[first:], skip, whole) == _spelt(chars, words[first]):
                return first
    for first in starts if len(chars) >= 3 else ():
        if words[first][:1].isupper() and _capitalised_initials(words[first:]) == chars:
            return first  # "Densely Guided diffusion model with Aligned Features for Video Super-Resolution
            # (DGAF-VSR)", "Open-Ended object Detection (OED)": the capitalised words spell it, the lower-case ones
            # between describe (not "object Detection", letters taken from inside a word)
    for first in starts if not powered else ():
        spelt = _spelt(chars, words[first])
        if not words[first][:1].lower() == spelt[0] or words[first].lower() in _NEVER_FIRST:
            continue  # (not "the lowest analytical mean squared error among CNN-based (TIDE)"; "a posteriori
            # probability (APP)", "we term in context language learning (ICLL)" yes)
        text = " ".join(words[first:]).lower()
        if _matches(spelt, text) and _capitals_open_words(short, words[first:]):
            return first
    # The short form's first letter, in lower case, from the piece after a hyphen, the long form the whole word:
    # "score-regularized continuous-time consistency model (rCM)" (not "Multi-Step ... Models (StepER)").
    for first in range(len(words) - 1, 1, -1) if short[:1].islower() and not powered else ():
        if words[first - 1] == "-" and words[first][:1].lower() == chars[0] \
                and _matches(chars, " ".join(words[first:]).lower()):
            while first >= 2 and words[first - 1] == "-":
                first -= 2
            return first
    return None


# Words no long form opens with, whose letter a short form never takes.
_NEVER_FIRST = frozenset({"the", "and", "or", "of"})


def _a_function_word(words: list[str], i: int) -> bool:
    """Whether word ``i`` is a function word of its own, not the first piece of a hyphenated word ("in-distribution
    (ID)", "on-time delivery (OTD)")."""
    return words[i] in _SKIPPED and not (i + 1 < len(words) and words[i + 1] == "-")


# A digit between letters of a short form may stand for a word that sounds like it: "Natural Language to SQL
# (NL2SQL)", "text-to-image (T2I)", "AI for Science (AI4S)"; a leading digit for a number word: "Two-dimensional
# Matryoshka Sentence Embedding (2DMSE)", "Four-dimensional computed tomography (4DCT)".
_DIGIT_WORD = re.compile(r"[A-Za-z][24][A-Za-z]|^[234][A-Za-z]")
_WORD_DIGIT = {"to": "2", "for": "4", "two": "2", "three": "3", "four": "4"}


def _as_digits(word: str) -> str:
    """``word`` with "to", "for" and the numbers two to four, alone or between hyphens, as the digits they
    sound like ("text-2-image", "2-dimensional")."""
    return "-".join(_WORD_DIGIT.get(part.lower(), part) for part in word.split("-"))


def _spelt(chars: list[str], first_word: str) -> list[str]:
    """The letters as a long form opening with ``first_word`` spells them: a leading X stands for a word
    beginning with "ex" ("eXplainable AI (XAI)", "Extended Reality (XR)", "eXtreme Gradient Boosting
    (XGBoost)")."""
    if chars[0] == "x" and first_word[:2].lower() == "ex":
        return ["e", *chars[1:]]
    return chars


def _letters(short: str) -> list[str]:
    """The lower-case letters and digits a long form must spell; a plural short form ("VAEs") spells the
    singular letters of its long form; a letter raised to a power spells as many words ("DS²DL" of "Deep
    Spatially-Regularized Superpixel-based Diffusion Learning", "M³" of three words opening with M).

    >>> _letters("DS²DL"), _letters("VAEs")
    (['d', 's', 's', 'd', 'l'], ['v', 'a', 'e'])
    """
    chars: list[str] = []
    for c in short:
        if c in _POWERS and chars and chars[-1].isalpha():
            chars += [chars[-1]] * (_POWERS[c] - 1)
        elif c.isalnum():
            chars.append(c.lower())
    return chars[:-1] if len(chars) > 2 and short[-1] == "s" and short[-2].isupper() else chars


_POWERS = {"²": 2, "³": 3}


_SKIPPED = frozenset({"of", "and", "for", "the", "in", "on", "with", "to", "a", "an", "via", "by", "from", "through", "into",
                      "over", "at", "as"})
# Capitalised head nouns that make a long form a measure's name: "Structural Similarity Index (SSIM)", "Pavement
# Condition Index (PCI)", "Structural Similarity Index Measure (SSIM)" (lower case, "inverted index" is none; a
# "measure" is one in any case: "structural similarity index measure (SSIM)").
_MEASURE_HEADS = frozenset({"Index", "Indices", "Measure", "measure", "Measures", "measures"})
# A new task defined by its name: "we introduce a new task, Panoramic Out-of-distribution Segmentation (PanOoS)", "a
# challenging problem called Omni Multi-modal Person Re-identification (OM-ReID)", "We refer to this task as
# Vocabulary-Free FGVR (VF-FGVR)"; not "this problem, Energy-Based Pseudo-Label Refining (EBPR) is proposed", nor "a
# pretext task, Query-wise Self-Distillation (QuerySD)".
_TASK_DEFINED = re.compile(r"(?:\b(?:new|novel|challenging)\s+(?:task|problem|setting)\s*,?"
                           r"|\b(?:task|problem|setting)\s+(?:termed|called|named|dubbed|coined)"
                           r"|\b(?:refer\s+to|call|term|name|dub)\s+(?:this|the|our|such\s+a)\s+(?:new\s+|novel\s+)?"
                           r"(?:task|problem|setting)\s+as)\s+$")
# A system's kind noun, or a model's or a part's, right after a definition: "Decision Boundary-aware Generation (DBG)
# framework", "the Adaptive Interpolation-Synthesis (AIS) layer".
_SYSTEM_NOUNS = KIND_NOUNS | {"model", "network", "architecture", "system", "paradigm", "layer", "block", "unit",
                              "component", "operator"}
_SYSTEM_NOUN_AFTER = re.compile(rf"\s*(?:{'|'.join(sorted(_SYSTEM_NOUNS))})s?\b", re.I)
# A loss or objective named right after a definition: "(CTC) loss".
_LOSS_AFTER = re.compile(r"\)?\s*(?:loss|losses|objective|objectives|criterion)\b", re.I)
_MODELS_AFTER = re.compile(r"\)?\s*models?\b", re.I)
# A way of doing something named right after its definition: "Simple Online and Realtime Tracking (SORT) algorithm",
# "a Next-k Token Prediction (NkTP) scheme".
_ALGORITHM_AFTER = re.compile(r"\)?\s*(?:algorithm|method|technique|tracker|solver|scheme|strategy|mechanism|module"
                              r"|pipeline)\b", re.I)
# A network's part named right after a definition, one: "(DGR) module", "(SCU) block" (not "(HPE) modules", parts
# for a task).
_PART_AFTER = re.compile(r"\)?\s*(?:module|block|layer|unit|branch|component)\b(?!-)", re.I)
_MEASURE_AFTER = re.compile(r"\)?\s*(?:rates?|scores?|ratios?|metrics?|index|errors?)\b", re.I)
# A system's noun and a verb of naming right before a long form: "a retrieval method, called ...", "a network
# named ...".
_SYSTEM_CALLED = re.compile(r"\b(framework|method|approach|algorithm|technique|strategy|pipeline|system|model|network|"
                            r"architecture)\b[^.;:()]{0,30}?\s(?:named|called|termed|dubbed)\s+(?:as\s+)?(?:the\s+)?$",
                            re.IGNORECASE)
_MODEL_NOUNS = frozenset({"model", "network", "architecture"})
# The data a definition names, "the" or "our" before it and a data set's noun after: "we construct the Layout Synthesis
# (LaySyn) dataset" (not "a Named Entity Recognition (NER) dataset", data for a task).
_NAMED_DATA_BEFORE = re.compile(r"\b(?:the|our)\s+$", re.I)
_DATA_AFTER = re.compile(rf"\)?\s*{DATASET_NOUN}\b", re.I)
_MAPPING = re.compile(r"\w-to-\w|\sto\s|2", re.I)
# Head nouns of how a model is trained ("test-time training (TTT)", "Multi-Task Cross-Training (MTCT)"; Papers with
# Code lists 11 "... training" methods to 3 tasks): a method's, unless the short form is read or known as another
# thing ("Contrastive Language-Image Pre-training (CLIP)" is a model).
_TRAINING_HEADS = frozenset({"training", "pre-training", "pretraining", "fine-tuning", "tuning", "regularization"})
# The same nouns right after a definition whose long form no type's head ends: "a Simple-to-Hard (S2H) learning
# framework", "a Visual Self-Feedback (VSF) training strategy", "self-reinforcement (SR) training": ways of training.
_TRAINING_AFTER = re.compile(r"\)?\s*(?:training|pre-?training|fine-tuning|tuning|learning|regularization)\b", re.I)


def _initials(words: list[str], skip: frozenset[str], whole: bool = False) -> list[str]:
    """The first letters of ``words`` and of their hyphen-joined parts (of the words alone where ``whole``:
    "Self-Directed Agent for Scientific Analysis and Visualization (SASAV)"), the words in ``skip`` left out."""
    if whole:  # a hyphenated word whole, or the tokenizer's pieces of it ("Self", "-", "Directed")
        words = [w for i, w in enumerate(words) if w != "-" and not (i and words[i - 1] == "-")]
    parts = [p for w in words for p in ([w] if whole else w.split("-")) if p and p.lower() not in skip]
    return [p[0].lower() for p in parts]


def _capitalised_initials(words: list[str]) -> list[str]:
    """The first letters, in lower case, of the capitalised words of ``words`` and of their hyphen-joined parts."""
    return [p[0].lower() for w in words for p in w.split("-") if p[:1].isupper()]


def _capitals_open_words(short: str, words: list[str]) -> bool:
    """Whether each capital a mixed-case short form writes after a lower-case letter opens a word or a hyphen's piece
    of ``words`` or is a capital there too: such a capital marks a word's start ("NeRF", "ViT") or a capital of the
    long form ("MoDular Embedding Recomposition (MoDER)", "Continuous CoT (CCoT)"); not "LoRA" of "LLM-based encoders
    adapted with parameter-efficient methods", its R from inside "parameter"."""
    marked = {b.lower() for a, b in zip(short, short[1:]) if a.islower() and b.isupper()}
    if not marked:
        return True
    opening = set(_initials(words, frozenset()))
    if any(p[:2].lower() == "ex" for w in words for p in w.split("-")):
        opening.add("x")  # "Conversational explainable artificial intelligence (ConvXAI)", as _spelt reads an X
    return marked <= opening | {c.lower() for w in words for c in w if c.isupper()}


def _matches(chars: list[str], text: str) -> bool:
    pos = len(text) - 1
    for i in range(len(chars) - 1, -1, -1):
        char = chars[i]
        while pos >= 0 and (text[pos] != char or (i == 0 and pos > 0 and text[pos - 1].isalnum())):
            pos -= 1
        if pos < 0:
            return False
        pos -= 1
    return True


def find_definitions(doc: Doc, words: list[str] | None = None) -> list[tuple[Span, Span]]:
    """(short form, long form) span pairs defined as ``long form (SHORT)`` or ``SHORT (long form)`` in ``doc``.

    ``words`` are the token texts of ``doc`` when the caller has them already.
    """
    words = token_texts(doc) if words is None else words
    pairs: list[tuple[Span, Span]] = []
    for i in range(len(words) - 2):
        if words[i] != "(":
            continue
        close = _short_form_end(doc, words, i + 1)
        if close is None:
            continue
        short = doc[i + 1 : close].text
        n_letters = sum(c.isalnum() for c in short)
        window_start = _window_start(doc, i, min(n_letters + 5, n_letters * 2))
        # Stop the long form at a sentence start or at punctuation that cannot sit inside a name.
        cut = window_start
        for j in range(i - 1, window_start - 1, -1):
            if words[j] in {",", ";", ":", "(", ")", "."} or words[j] == "-" and doc[j].whitespace_:
                cut = j + 1  # (a dash between spaces too: "baselines - Graph Neural Networks (GNNs)")
                break
            if doc[j].is_sent_start:
                cut = j
                break
        first = match_long_form(short, words[cut:i])
        stem = _VERSIONED.fullmatch(short)
        if first is None and stem:  # "Berkeley Function-Calling Leaderboard (BFCLv3)": the long form of its release
            first = match_long_form(stem.group(1), words[cut:i])
        if first is None:
            continue
        long = doc[cut + first : i]
        if long[0].lower_ in {"the", "a", "an", "our", "this"}:
            long = long[1:]
        if len(long) > 1 and long[-1].text in _CLOSING_QUOTES:  # "``Behavioral Foundation Models'' (BFMs)"
            long = long[:-1]
        if any(t.text in _CLAUSE_WORDS for t in long[1:]) and not is_other_kind(long.text):
            continue  # "an Alert-Confirm evaluation protocol that distinguishes early warning signals (Alert)": a
            # clause, and the bracket a word it names (not "people who use drugs (PWUD)", a population the graph
            # leaves out by its long form)
        if len(long) and long.text != short:
            pairs.append((doc[i + 1 : close], long))
    return pairs + _named_first(doc, words)


# A short form with its release's number: "BFCLv3", "MMLU-2".
_VERSIONED = re.compile(r"([A-Z][A-Za-z]*[A-Z][A-Za-z]*?)-?v?\d+(?:\.\d+)?")


def _window_start(doc: Doc, end: int, n_words: int) -> int:
    """The index ``n_words`` words before ``end``, a hyphenated word's pieces counted as one word
    ("Time-series Observations of Real-world IoT (TORI)")."""
    start = end
    while start > 0 and n_words > 0:
        start -= 1
        if not glued_hyphen(doc, start) and not (start and glued_hyphen(doc, start - 1)):
            n_words -= 1
    return start


def glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a word ("Real-world"), not a dash between spaces."""
    return doc[i].text == "-" and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_


_CLOSING_QUOTES = frozenset({"''", '"', "”", "'"})
_CLAUSE_WORDS = frozenset({"that", "which", "who", "whose", "when", "while", "whereas", "where", "whether"})
_MAX_SHORT_TOKENS = 5


def _short_form_end(doc: Doc, words: list[str], start: int) -> int | None:
    """The index of the ")" closing a short form that opens at token ``start``: one token ("DGNO"), or a
    hyphenated word the tokenizer split ("PB-RLSVR", "CCoT-Emo": "PB", "-", "RLSVR"), written without spaces."""
    end = start + 1
    while end < len(words) and end - start < _MAX_SHORT_TOKENS and words[end] != ")" \
            and not doc[end - 1].whitespace_ and (words[end] == "-" or words[end - 1] == "-"):
        end += 1
    if end >= len(words) or words[end] != ")" or end - start > 1 and doc[end - 1].whitespace_:
        return None
    return end if is_short_form(doc[start:end].text) else None


_MAX_LONG_WORDS = 12


def _named_first(doc: Doc, words: list[str]) -> list[tuple[Span, Span]]:
    """(short form, long form) pairs written the other way round, ``SHORT (Long Form)``: "we propose
    TATAR (Task-Aware Thinking with Asymmetric Rewards)". The bracket must hold the long form alone,
    its words' initials spelling the short form exactly (no letter from inside a word: "GPT-4
    (OpenAI, 2023)" is no definition)."""
    pairs: list[tuple[Span, Span]] = []
    for i in range(len(words) - 3):
        if words[i + 1] != "(":
            continue
        first = i  # a hyphenated name's first piece: "SMFD-UNet (...)"
        while first >= 2 and glued_hyphen(doc, first - 1):
            first -= 2
        short = doc[first : i + 1].text
        if not is_short_form(short):
            continue
        end = next((k for k in range(i + 2, min(len(words), i + 3 + _MAX_LONG_WORDS)) if words[k] in ("(", ")")), None)
        if end is None or words[end] != ")" or end == i + 2:
            continue
        inside = [w for w in words[i + 2 : end] if w.strip()]
        if any(w in {",", ";", ":", "."} for w in inside) or not 2 <= len(inside) <= _MAX_LONG_WORDS:
            continue
        if first < i and not _spelt_with_its_last_word(short, inside):
            continue  # (the other tests read a name of one word)
        if _spells(short, inside) or _spelt_in_capitals(short, inside) or _coined_from(short, inside) \
                or _spelt_with_its_last_word(short, inside):
            pairs.append((doc[first : i + 1], doc[i + 2 : end]))
    return pairs


def _spelt_with_its_last_word(short: str, words: list[str]) -> bool:
    """Whether a short form ends in the long form's last word, written out, and the words before spell the rest:
    "SMFD-UNet (Semantic Mask Fusion Deblurring UNet)", "MoE-Former (Mixture of Experts Former)"."""
    last = words[-1]
    if len(words) < 3 or len(last) < 3 or not short.endswith(last) or len(short) - len(last) < 2:
        return False
    return _spells(short[: -len(last)].rstrip("-"), words[:-1])


_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}")
_MIXED_CASE = re.compile(r"(?=.*[a-z])(?=(?:.*[A-Z]){2})[A-Z][\w\-]*")


def _coined_from(short: str, words: list[str]) -> bool:
    """Whether a coined name in mixed case is made of the openings of the capitalised words after it, as Schwartz &
    Hearst match letters (:func:`match_long_form` from the first word), its capitals among theirs in order:
    "LaceMem (Layered Architecture for Conversational Evidence Memory)", "TabPFN (Tabular Pre-Trained Foundation
    Network)"; not "ViT (Shuffling Vision Transformer)", nor words in lower case."""
    # every word capitalised but small words and those after a hyphen ("Layer-wise")
    if not _MIXED_CASE.fullmatch(short) or any(w.isalpha() and w not in _SKIPPED and not w[:1].isupper()
                                              and not (j and words[j - 1] == "-") for j, w in enumerate(words)):
        return False
    if sum(bool(_TITLE_WORD.fullmatch(w)) for w in words) < 2 or words[-1].lower() in BASE_VERBS:
        return False  # "MDPs (MI-MDPs)": a variant's acronym; "CorVer (Corpus Verify)": a clause, no thing's name
    capitals = iter(_capitals(words))
    return short[0] == words[0][:1] and all(c in capitals for c in short if c.isupper()) \
        and match_long_form(short, words) == 0


def _spelt_in_capitals(short: str, words: list[str]) -> bool:
    """Whether the capitals of ``words`` spell ``short`` in order, the first word's opening it, some capitals of
    words between left out: "MIND (Memory-Informed and INteractive Dynamic RAG)", "TASER (Table Agents for
    Schema-guided Extraction and Recommendation)", "FlashMorph (Fast LAyer Selection for Hybrid MORPHing)"; three
    letters or more, and no word in lower case first ("GPT-4 (accessed via API)" is no definition)."""
    letters = [c for c in short.lower() if c.isalpha()]
    capitals = [c.lower() for c in "".join(words) if c.isupper()]
    if len(letters) < 3 or not words[0][:1].isupper() or not capitals or capitals[0] != letters[0]:
        return False
    remaining = iter(capitals)
    return all(letter in remaining for letter in letters)


def _capitals(words: list[str]) -> list[str]:
    """The capital letters of ``words``, in order ("LAnd Segment": L, A, S)."""
    return [c for word in words for c in word if c.isupper()]


def _spells(short: str, words: list[str]) -> bool:
    """Whether the initials of ``words`` (and of their hyphen-joined parts) are exactly the letters of
    ``short``, with or without the small words of :data:`_SKIPPED`; a plural short form spells its
    singular ("VLMs" for "Vision-Language Models")."""
    words = [w for w in words if w[:1].isalnum()]  # "&", "+": no initial
    if not words:
        return False
    chars = _spelt(_letters(short), words[0])
    return any(_initials(words, skip) == chars for skip in (frozenset(), _SKIPPED))


def acronym_component(doc: Doc) -> Doc:
    """Type acronym definitions and every later use of the short form in the same text."""
    words = token_texts(doc)
    pairs = find_definitions(doc, words)
    doc._.kg_acronyms = [(s.text, l.text) for s, l in pairs]
    if not pairs:
        return doc
    types = {(e.start, e.end): e.label_ for e in doc.ents}
    spans: list[Span] = []
    notes: list[SpanInfo] = []
    headed: dict[str, str] = {}  # a name → the type its (long form's) head noun leaves no doubt about
    run_on: list[Span] = []  # entities a long form added replaces (see _run_on)
    plain: set[str] = set()
    generic = doc.spans.get(SPANS_KEY, ())
    text = doc_text(doc)
    for short, long in pairs:
        after = max(short.end_char, long.end_char)  # the definition's end: "(ETA)" or "ETA (... alignment)"
        read_long, read = _overlapping_label(doc, long), _overlapping_label(doc, short)  # the recogniser's, or a rule's
        # read: a generic phrase within the long form, give or take a word ("accurate identification of late-life
        # depression" reads the identification)
        if read_long is None and not any(g.start < long.end and long.start < g.end and g.start >= long.start - 1
                                         and g.end <= long.end + 1 for g in generic) \
                and plain_term(long.text) and not knowledge.lookup(short.text) \
                and not _proposed(doc, long) and not _proposed(doc, short) \
                and not _NEW_BEFORE.search(text, max(0, long.start_char - 50), long.start_char):
            plain.update((short.text, long.text))  # "late-life depression (LLD)", "the hippocampus (HPC)": a term
            continue  # of another field, which no recogniser reads and no type's head ends, abbreviated
        # "the Episodic Memory with ... Feedback task (EM-QnF)", "a new task termed Video Anomaly Reasoning (VAR)",
        # "vehicle routing problems (VRPs)" (a problem an acronym names is a known one, in lower case too)
        named_a_task = long[-1].lower_ in ("task", "tasks", "problem", "problems") \
            or _TASK_DEFINED.search(text, max(0, long.start_char - 40), long.start_char) is not None
        named_data = _DATA_AFTER.match(text, after) is not None \
            and _NAMED_DATA_BEFORE.search(text, max(0, long.start_char - 10), long.start_char) is not None \
            and TASK not in knowledge.known_types(long.text) | knowledge.known_types(short.text)
        lead = type_before_a_preposition([t.text for t in long])
        head = lead or (METRIC if long[-1].text in _MEASURE_HEADS else TASK if named_a_task else DATASET if named_data
                        else METHOD if long[-1].lower_ in METHOD_HEADS else head_type([t.text for t in long])
                        or (TASK if listed_activity(long.text) and not _MODELS_AFTER.match(text, after) else None)
                        or (TASK if MEDIA_MAPPING.fullmatch(long.text) and _DATA_AFTER.match(text, after) else None)
                        or (METHOD if _TRAINING_AFTER.match(text, after) else None))
        # (the last two: "a large-scale Text-to-Audio-Video (T2AV) dataset", the data of a mapping between media; "a
        # Simple-to-Hard (S2H) learning framework", a way of training)
        trained_by = head == TASK and not named_a_task and _LOSS_AFTER.match(text, after) is not None
        if trained_by:
            head = METHOD  # "a connectionist temporal classification (CTC) loss": a way of training, named after its task
        measure_minimised = head == METRIC and _ALGORITHM_AFTER.match(text, after) is not None
        if measure_minimised:
            head = METHOD  # "the weighted minimum mean square error (WMMSE) method": a method named after the measure it
            # minimises
        called = _SYSTEM_CALLED.search(text, max(0, long.start_char - 60), long.start_char) \
            if head == TASK and not named_a_task and TASK not in knowledge.known_types(long.text) else None
        if called:
            head = MODEL if called.group(1).lower() in _MODEL_NOUNS else METHOD  # "a retrieval method, called
            # domain-invariant neurons-based retrieval (DIN-Retrieval)": a system named after what it does
        # a metric's head, a data set's noun (not "bank", "suite": parts of systems too), the word "task", a task's
        # word where the paper neither proposes the name nor calls it a system right after ("greedy block
        # verification (GBV)"), "model(s)" ("unified multimodal large language models (ULMs)", whatever a phrase
        # overlapping it was read as) or a method's noun ("Cross-Domain Training Strategy (CDTS)")
        certain = lead is not None or head == METRIC and not metric_in_other_sense(long.text, "") \
            or head == DATASET and (named_data or long[-1].lower_ in DATASET_NOUNS) \
            or head == TASK and (named_a_task or not _proposed(doc, long) and not _proposed(doc, short)
                                 and not _called_a_system(doc, short, long, one=True)) \
            or head == MODEL and long[-1].lower_ in ("model", "models") \
            or head == METHOD and (long[-1].lower_ in METHOD_HEADS or trained_by or measure_minimised) or called \
            or head == METHOD and _TRAINING_AFTER.match(text, after) \
            and not knowledge.known_types(short.text) - {METHOD} \
            or head == METHOD and long[-1].lower_ in _TRAINING_HEADS and read != MODEL \
            and knowledge.known_types(short.text) <= {METHOD}
        if certain:
            # "Driving Score (DS)", "Penn Treebank (PTB)", whatever the recogniser read; not "Memory Bank (MB)",
            # "multi-query associative recall (MQAR)"
            headed[short.text] = headed[short.text + "s"] = headed[long.text] = label = head
        elif head == TASK and _ALGORITHM_AFTER.match(text, after) \
                and all(t.text[:1].isupper() or t.lower_ in _SKIPPED or t.text == "-" or len(t) == 1 for t in long) \
                and TASK not in knowledge.known_types(long.text):
            headed[short.text] = headed[long.text] = label = METHOD  # "the Simple Online and Realtime Tracking (SORT)
            # algorithm": a method named after what it does, in capitals (not "the Video Anomaly Detection (VAD)
            # method", a task Papers with Code lists, nor "a fast depth estimation (FDE) method" in lower case)
        elif head == TASK and (system := _system_set_off(doc, short, long)) \
                and TASK not in knowledge.known_types(long.text):
            # "introducing Physical Simulator In-the-loop Video Generation (PSIVG), a novel framework that ...": a
            # system named by what it does
            headed[short.text] = headed[long.text] = label = system
        elif head == MODEL and long[-1].lower_ in NETWORK_HEADS:
            label = MODEL  # "Adaptive Quaternion Cross-Fusion Network (A-QCF-Net)", whatever a part of it was read as
        elif head in (METHOD, MODEL) and read_long is None and read == DATASET:
            label = head  # a long form read as nothing that a system's noun heads, its acronym read as data (below)
        elif read_long == TASK and head != TASK and _called_a_system(doc, short, long, one=True) \
                and TASK not in knowledge.known_types(long.text):
            label = MODEL if _MODELS_AFTER.match(text, after) else METHOD  # "an exact
            # token alignment (ETA) algorithm", "a multi-scale feature fusion (MSFF) model" read as tasks: a system
            # named by what it does, no task's head (not "a novel Video Anomaly Detection (VAD) framework", a system
            # for a task)
            headed.setdefault(short.text, label)
        elif head == METHOD and (read_long or read) == MODEL and long[-1].lower_ not in NETWORK_HEADS \
                and not _MODELS_AFTER.match(text, after):
            label = METHOD  # "Retrieval-augmented Generation (RAG) methods", either read as a model: its head names
            # a method
            headed.setdefault(short.text, label)
        elif head == METHOD and read_long and not _overlapping_label(doc, long[-1:]):
            label = METHOD  # "Direct Preference" (a task) cut from "Direct Preference Optimization (DPO)" says
            # nothing of the whole, its head does
        else:
            label = read_long
            if label not in (None, DATASET) and read != label and (
                    read == DATASET or read == TASK and label in (METHOD, MODEL) and _called_a_system(doc, short, long)):
                # an acronym the recogniser read as data, or as a task where the words after call it a system, names
                # what its long form names: "Progressive OPD (POPD)", "Group Relative Policy Optimization (GRPO)",
                # "Vision-Language-Action (VLA) models"
                headed.setdefault(short.text, label)
                headed.setdefault(short.text + "s", label)
            if label == DATASET and read in (METHOD, MODEL) and head is None \
                    and not (knowledge.known_types(long.text) | knowledge.known_types(short.text)) & {DATASET} \
                    and not speaks_of_data(text[max(0, long.start_char - 60) : long.start_char],
                                           text[long.start_char : long.end_char + 60]):
                label = read  # a long form read as data whose acronym the recogniser read as a system, no head noun
                # of either: "the Image Prompt Adapter (IP-Adapter) has been integrated into ..."
            # a piece before a hyphen modifies the word after it, no head: "problem" of "problem-solving loop",
            # "Model" of "Model-agnostic Explanations"
            label = label or read or type_from_head([t.text for t in long if t.whitespace_ or t.i + 1 >= long.end
                                                     or doc[t.i + 1].text != "-"])
            if label == TASK and head is None and not _MAPPING.search(long.text) \
                    and _MODELS_AFTER.match(text, after):
                label = MODEL  # "Vision-Language-Action (VLA) models": a kind of model, not "speech recognition (ASR)
                # models", whose long form a task's word heads, nor "text-to-image (T2I) models", a mapping's
            elif head is None and _MEASURE_AFTER.match(text, after):
                label = METRIC  # "the knows-but-violates (KBV) rate", "the Structure Entropy (SE) metric": what the
                # measure is named by, not "Named Entity Recognition (NER) metrics", whose long form a task's word heads
                headed.setdefault(short.text, label)
        if label == TASK and not named_a_task and _PART_AFTER.match(text, after) \
                and TASK not in knowledge.known_types(long.text) | knowledge.known_types(short.text):
            headed[short.text] = headed[long.text] = label = METHOD  # "a dual-gated reasoning enhancement (DGR)
            # module", "a reflectance prediction (RP) module": a network's part named after what it does, in any case
            # (not "an optical character recognition (OCR) module", a task Papers with Code lists)
        if label in (METHOD, MODEL) and read == DATASET:
            # an acronym read as data names the system its long form names: "Clinical Agentic Research Intelligence
            # System (CARIS)", "a Multi-Fusion Upsampling Block (MFUB)"
            headed.setdefault(short.text, label)
            headed.setdefault(short.text + "s", label)
        if label is None:
            continue
        # a reading around the long form it replaces, only where the long form's initials or its capitals are the
        # short form's letters ("blastocyst expansion (EXP)" is no "expansion"; "Segment (LAS)" of "LAnd Segment
        # (LAS)" is cut)
        long_words = [t.text for t in long]
        spelt = short.start >= long.start and (_spells(short.text, long_words) or short.text.isalpha()
                                               and _capitals(long_words) == _capitals([short.text]))
        run_on_long = _run_on(doc, long) if spelt else None
        longer = [run_on_long] if run_on_long is not None else _cut_inside(doc, short, long) if spelt else []
        run_on.extend(longer)
        if head is not None and any(label == ent.label_ for ent in longer):
            label = head  # the reading was of the longer span: "Reasoning in vision-language models (VLMs)"
        spans.append(Span(doc, long.start, long.end, label=label))
        notes.append(SpanInfo("acronym", 0.75))
        for use in _uses(doc, words, short):
            if (use.start, use.end) not in types:
                spans.append(Span(doc, use.start, use.end, label=label))
                notes.append(SpanInfo("acronym", 0.75, long_form=long.text))
    doc._.kg_plain_terms = plain
    if run_on:
        doc.ents = [e for e in doc.ents if e not in run_on]
    add_entities(doc, spans, notes, extend=True)
    if headed:  # the recogniser's own spans of such a name take that type too
        doc.ents = [Span(doc, e.start, e.end, label=headed[e.text]) if headed.get(e.text, e.label_) != e.label_ else e
                    for e in doc.ents]
    # A short form the recogniser already typed still learns its long form.
    table = info(doc)
    for short, long in pairs:
        for ent in doc.ents:
            if ent.text in {short.text, short.text + "s"}:
                note = table.setdefault((ent.start_char, ent.end_char), SpanInfo("ner", NER_SCORE))
                note.long_form = note.long_form or long.text
    return doc


def _run_on(doc: Doc, long: Span) -> Span | None:
    """The entity that runs a long form on to the left over modifiers its short form does not spell, which the long
    form itself replaces: "classical Knowledge Base Question Answering (KBQA)", "end-to-end Vision-Language-Action
    (VLA)" name what "KBQA" and "VLA" stand for. Over words in lower case; a capitalised word stays part of the name
    ("Truncated Singular Value Decomposition (SVD)") unless it opens the sentence and abstracts write it in lower
    case ("Conventional Retrieval-Augmented Generation (RAG) ...")."""
    common = common_words()
    for ent in doc.ents:
        if ent.end == long.end and ent.start < long.start and all(
                t.text[:1].islower() or t.text == "-" or t.is_sent_start and t.lower_ in common
                for t in doc[ent.start : long.start]):
            return ent
    return None


def _cut_inside(doc: Doc, short: Span, long: Span) -> list[Span]:
    """The entities that open inside a long form and run on over its short form, which the long form and the short
    form replace: "Mapping (SLAM)" of "Simultaneous Localization and Mapping (SLAM)", "speech recognition (ASR)" of
    "automatic speech recognition (ASR)" name a piece of what the short form spells; or that opens before the long
    form and stops inside it, "forest Search" of "forest Search and Rescue (SAR)". (One that reads the long form and
    its bracketed short form whole, "word error rate (WER)", is a name as TDMSci marks it, and the resolver keys it
    without the bracket.)"""
    return [ent for ent in doc.ents if long.start < ent.start < long.end and ent.end >= short.end
            or ent.start < long.start < ent.end < long.end]


def _uses(doc: Doc, words: list[str], short: Span) -> list[Span]:
    """Every use of ``short`` (or its plural) in ``doc``, standing alone: a token ("DGNO"), or a hyphenated
    short form's tokens written as one word ("PB-RLSVR")."""
    forms = {short.text, short.text + "s"}
    if len(short) == 1:
        return [doc[i : i + 1] for i, word in enumerate(words) if word in forms and not _glued(doc, i)]
    text = doc_text(doc)
    found = (doc.char_span(*m.span()) for form in forms
             for m in re.finditer(rf"(?<![\w\-]){re.escape(form)}(?![\w\-])", text))
    return [span for span in found if span is not None]


def _glued(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is part of a hyphenated word ("MIL" in "AGE-MIL" is no use of MIL, but of AGE-MIL)."""
    before = i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
    after = i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
    return before or after


# Words before a long form saying the paper makes the thing it abbreviates: "We first propose a diversified scene
# enhancement (DSE) module", "A novel key object focus (KOF)", "we built the first large-scale spectral food (SFOOD)",
# "We open source the book of life toolkit (BOLT)".
_NEW_BEFORE = re.compile(r"\b(?:propos\w*|introduc\w*|present\w*|novel|new|buil[dt]\w*|design\w*|develop\w*|"
                         r"construct\w*|call\w*|nam\w*|dubb\w*|term\w*|open[- ]sourc\w*|releas\w*)\b[^.;:]*$", re.I)


def _proposed(doc: Doc, span: Span) -> bool:
    """Whether a rule found ``span`` (or a name overlapping it) to be what the paper proposes: "we propose greedy
    block verification (GBV)" names a method, whatever its last word."""
    notes = info(doc)
    return any(note.proposed for (start, end), note in notes.items()
               if start < span.end_char and span.start_char < end)


def _after_definition(doc: Doc, short: Span, long: Span) -> str:
    """The text after a definition ``long (short)`` or ``short (long)``, its closing bracket left out."""
    end = max(short.end_char, long.end_char)
    return doc_text(doc)[end : end + 80].removeprefix(")")


def _system_set_off(doc: Doc, short: Span, long: Span) -> str | None:
    """Method or Model where the phrase set off by a comma after a definition calls it one ("..., a novel framework
    that"), else None; not a noun right after it ("a novel Video Anomaly Detection (VAD) framework" is a system for a
    task)."""
    after = _after_definition(doc, short, long)
    found = appositive_type(after) if after.startswith(",") else None
    return found if found in (METHOD, MODEL) else None


def _called_a_system(doc: Doc, short: Span, long: Span, one: bool = False) -> bool:
    """Whether the words after a definition call it a method or a model: "Decision Boundary-aware Generation (DBG)
    framework", "Calibration-Aware Generation (CAG), a framework that ...". With ``one``, a plural kind noun calls it
    none: "Human Pose Estimation (HPE) methods" are methods of a task."""
    after = _after_definition(doc, short, long)
    noun = _SYSTEM_NOUN_AFTER.match(after)
    if noun and one and noun.group().endswith("s"):  # every noun of _SYSTEM_NOUNS ends otherwise in the singular
        noun = None
    return bool(noun) or appositive_type(after) in (METHOD, MODEL)


def _overlapping_label(doc: Doc, span: Span) -> str | None:
    for ent in doc.ents:
        if ent.start < span.end and span.start < ent.end:
            return ent.label_
    return None


def make_acronyms(nlp: Language, name: str):
    """The ``kg_acronyms`` factory (registered by :mod:`kg.extract.pipeline`)."""
    return acronym_component
