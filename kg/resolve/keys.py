"""Match keys and labels: what two names must share to name one entity, and how a name is shown."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from kg.extract.entities import looks_versioned
from kg.extract.rules.acronyms import is_short_form, match_long_form
from kg.extract.rules.lexicon import DATASET_NOUN
from kg.extract.wordlists import MODEL_SIZE_WORDS, is_coined, is_ordinary_word
from kg.records import Mention

_LEADING = re.compile(
    r"^(?:(?:the|a|an|our|their|its|this|these|those|proposed|novel|new|existing|popular)\s+)+", re.I
)
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
# A trailing acronym in parentheses ("Information Retrieval (IR)", "Text-to-Image (T2I)" with two capitals
# or more, not "Llama 2 (7B)", "Model (v2)"), open bracket, quote or comma, or a sentence's full stop the
# tokenizer left on the last word ("Qwen3-8B.").
_TRAILING = re.compile(r"(?:\s+\((?:[A-Za-z][A-Za-z-]{0,11}|(?=(?:[^)]*[A-Z]){2})[A-Za-z0-9][A-Za-z0-9-]{0,11})\)"
                       r"|\s*[(\[{,;:\"“”]+|(?<=\w)\.)$")
_OPENING = re.compile(r"^[\"“”]+\s*")
# An acronym in parentheses inside a name, defined by the words before it ("Chain-of-Thought (CoT) reasoning").
_INNER_ACRONYM = re.compile(r"\s+\(([A-Za-z0-9][\w.+-]{0,14})\)(?=\s+\w)")
# A data set's noun after a coined name ("CMU-MOSEI datasets", "GENIA corpus", "MixCount Dataset"): the name is the
# coined word; "Spider dataset", "Penn Treebank" keep theirs.
_DATASET_NOUN = re.compile(rf"(?<=\S)\s+(?i:{DATASET_NOUN})$")
# "model" after a version or size of a model ("Llama-3.1-8B model", "Qwen 2.5 models", "VGG16 model") is no part of
# its match key; not after a task's "X2Y" ("T2I model") nor an ordinary word ("4B-parameter model").
_MODEL_NOUN = re.compile(r"(?<=\S)\s+(?i:models?)$")
_TASK_X2Y = re.compile(r"[A-Z]+2[A-Z]+")
# A dash written as a hyphen before the next word: "DeepSeek-R1-on", "the Runge-Kutta approach-with a ...".
_DASHED_WORD = re.compile(r"(?<=\w)-(with|and|the|or|of|for|from|by|in|on|to)$")
_COMPOUND_ENDS = {"in", "on", "to"}  # "plug-in", "add-on", "built-in" end so: cut only after a coined name
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/]+")
_INVARIANT_S = ("ss", "us", "is", "ias", "ics", "series", "species", "news")
_KEY_DROP = re.compile(r"[^\w.+]")

# A version or size written as its own word: "2", "3.5", "v2", "4o", "7B", "8x7B", "1k", "XL", "base".
_VERSION_WORD = re.compile(
    r"(?:v?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[kmbt]|\d+x\d+(?:\.\d+)?[bm]"
    r"|base|large|small|tiny|mini|nano|micro|lite|medium|huge|giant|xs|xl|xxl|chat|instruct|turbo|pro|ultra|plus|max"
    r"|flash|preview|haiku|sonnet|opus)",
    re.I,
)


def is_version_word(word: str) -> bool:
    """A version or size written as its own word ("2", "3.5", "v2", "7B", "XL", "Flash", "Instruct")."""
    return bool(_VERSION_WORD.fullmatch(word))


# A version glued to a name of two or more letters: "Llama2", "GPT4o", "YOLOv8", "ResNet50".
_GLUED_VERSION = re.compile(r"^(.*?[A-Za-z]{2})(?:v\d+(?:\.\d+)*|\d+(?:\.\d+)*[a-z]?)$")


@lru_cache(maxsize=1 << 16)
def label_form(text: str) -> str:
    """A mention's text tidied for display: NFC, single spaces, no determiners or possessive.

    A trailing acronym in parentheses, one inside the name after the words it abbreviates, stray brackets or quotes
    at the ends and a data set's noun after a coined name go too.

    >>> label_form("the  proposed DGNO's"), label_form("Information Retrieval (IR)"), label_form('"SFC (')
    ('DGNO', 'Information Retrieval', 'SFC')
    >>> label_form("Text-to-Image (T2I)"), label_form("Llama 2 (7B)")
    ('Text-to-Image', 'Llama 2 (7B)')
    >>> label_form("Chain-of-Thought (CoT) reasoning"), label_form("vision (RGB) input")
    ('Chain-of-Thought reasoning', 'vision (RGB) input')
    >>> label_form("Qwen3-8B.")
    'Qwen3-8B'
    >>> label_form("the CMU-MOSEI datasets"), label_form("GENIA corpus"), label_form("Spider dataset")
    ('CMU-MOSEI', 'GENIA', 'Spider dataset')
    >>> label_form("DeepSeek-R1-on"), label_form("Action Prediction-with"), label_form("plug-in")
    ('DeepSeek-R1', 'Action Prediction', 'plug-in')
    """
    text = " ".join(unicodedata.normalize("NFC", text).split())
    tidy = _OPENING.sub("", _LEADING.sub("", text))
    previous = None
    while tidy != previous:
        previous = tidy
        tidy = _POSSESSIVE.sub("", _TRAILING.sub("", tidy)).strip()
        if tidy.endswith(")") and tidy.count(")") > tidy.count("("):
            tidy = tidy[:-1]
    if "(" in tidy:
        tidy = _INNER_ACRONYM.sub(lambda m: _without_defined_acronym(m, tidy), tidy)
    noun = _DATASET_NOUN.search(tidy)
    if noun and is_coined(tidy[: noun.start()].split()[-1]):
        tidy = tidy[: noun.start()]
    dash = _DASHED_WORD.search(tidy)
    if dash and (dash.group(1).lower() not in _COMPOUND_ENDS or is_coined(tidy[: dash.start()].split()[-1])):
        tidy = tidy[: dash.start()]
    return tidy or text


def _without_defined_acronym(found: re.Match, text: str) -> str:
    """Nothing in place of the bracketed acronym ``found`` in ``text`` where the words before it spell it out."""
    short = found.group(1)
    defined = is_short_form(short) and match_long_form(short, text[: found.start()].split()) is not None
    return "" if defined else found.group(0)


def without_model_noun(text: str) -> str | None:
    """The label form of ``text`` without the "model" after a version ("Llama-3.1-8B model" → "Llama-3.1-8B"), or
    None where it has no such noun."""
    if "model" not in text.lower():  # most names: no label form to tidy (match_key reads every mention's)
        return None
    tidy = label_form(text)
    model = _MODEL_NOUN.search(tidy)
    return tidy[: model.start()] if model and _is_model_version(tidy[: model.start()]) else None


def _is_model_version(name: str) -> bool:
    """A name with a version or size, as models are named: "Llama-3.1-8B", "YOLOv8n"; not "T2I", "4B-parameter"
    or a size alone."""
    last = name.split()[-1]
    return looks_versioned(name) and is_coined(last) and not is_ordinary_word(last) \
        and not _TASK_X2Y.fullmatch(last) and re.search(r"[A-Za-z]{2}", name) is not None  # not "7B"


def singular(word: str, original: str) -> str:
    """``word`` (case-folded ``original``) without a plural ending."""
    if len(original) > 2 and original.endswith("s") and original[:-1].isupper():  # "VAEs", "LLMs"
        return word[:-1]
    if len(word) <= 3 or not original.endswith("s") or word.endswith(_INVARIANT_S):
        return word
    if word.endswith(("sses", "ches", "shes", "xes", "iases")):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1]


def label_words(text: str) -> list[str]:
    """The words of a label, as written (NFKC-normalised)."""
    return [w for w in _SEPARATORS.split(unicodedata.normalize("NFKC", label_form(text))) if w]


def hyphen_form(text: str) -> str:
    """Lower-case words of a label joined by hyphens, plural of the last word dropped.

    >>> hyphen_form("the Variational Autoencoders")
    'variational-autoencoder'
    >>> hyphen_form("Llama 2"), hyphen_form("image patches"), hyphen_form("LLMs")
    ('llama-2', 'image-patch', 'llm')
    """
    original = label_words(text)
    words = [w.casefold() for w in original]
    if words:
        words[-1] = singular(words[-1], original[-1])
    return "-".join(words)


@lru_cache(maxsize=1 << 16)
def match_key(text: str) -> str:
    """The key two mentions must share to be merged: the hyphen form without separators.

    A separator between two numbers is kept, so a size never runs into a version; "model" after a version is
    dropped.

    >>> match_key("LLaMA-2") == match_key("Llama2") == match_key("Llama 2") == match_key("the Llama-2 model")
    True
    >>> match_key("GPT-3") == match_key("GPT-4"), match_key("Llama-3-8B"), match_key("Llama-38B")
    (False, 'llama3-8b', 'llama38b')
    >>> match_key("Two-dimensional Matryoshka Sentence Embedding") == match_key("2D Matryoshka Sentence Embeddings")
    True
    >>> match_key("text-to-image generation") == match_key("Text-to-Image"), match_key("speech-to-text translation")
    (True, 'speechtotexttranslation')
    >>> match_key("Tanks & Temples") == match_key("Tanks and Temples")
    True
    """
    text = without_model_noun(text) or text
    key = ""
    words = _DIMENSIONS.sub(_dimensions_as_digits, hyphen_form(text)).split("-")
    if len(words) == 4 and words[1] == "to" and words[3] in ("generation", "synthesis"):
        # a conversion names its task alone: "text-to-image generation" is "text-to-image", "text-to-speech
        # synthesis" "text-to-speech" (not a translation: "speech-to-text translation" is no "speech-to-text")
        words = words[:3]
    for word in words:
        word = "and" if word == "&" else _KEY_DROP.sub("", word)  # "Tanks & Temples" is "Tanks and Temples"
        if key[-1:].isdigit() and word[:1].isdigit():
            key += "-"
        key += word
    return key


# "three-dimensional" is the "3D" of a name written the other way ("Three-dimensional Gaussian Splatting").
_DIMENSIONS = re.compile(r"(?<![^-])(two|three|four)-dimensional(?![^-])")
_NUMBER_DIGIT = {"two": "2", "three": "3", "four": "4"}


def _dimensions_as_digits(found: re.Match) -> str:
    return _NUMBER_DIGIT[found.group(1)] + "d"


def slug(text: str, separators: str = "") -> str:
    """A safe IRI path segment: ``[a-z0-9.-]`` only; a short hash keeps lossy slugs apart.

    Characters in ``separators`` may become ``-`` without counting as a loss (paper ids use
    ``:`` and ``/``: ``arxiv:2401.00001`` → ``arxiv-2401.00001``).

    >>> slug("llama-2"), slug("arxiv:2401.00001", separators=":/")
    ('llama-2', 'arxiv-2401.00001')
    """
    ascii_form = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    clean = re.sub(r"[^a-z0-9.]+", "-", ascii_form).strip("-.") or "x"
    if clean != re.sub(f"[{re.escape(separators)}]", "-", text) if separators else clean != text:
        clean = f"{clean}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}"
    return clean


OWNER_MARK = " of "
"""Between a name's key and the id of the paper that proposes it, in the key of that paper's mentions of the name
(``kg.resolve.resolver.paper_keys``): match keys hold no spaces, so no name's key has it."""


def entity_id(key: str) -> str:
    """The node id of the entity whose canonical match key is ``key``; a name one paper proposes, of several that do
    (:data:`OWNER_MARK`), has the paper's id after its own.

    >>> entity_id(match_key("Llama 2")), entity_id(match_key("Llama-3-8B"))
    ('entity/llama2', 'entity/llama3-8b')
    >>> entity_id(match_key("PRISM") + OWNER_MARK + "arxiv:2604.00017")
    'entity/prism--arxiv-2604.00017'
    """
    name, _, paper = key.partition(OWNER_MARK)
    return f"entity/{slug(name)}{_OWN_ID_MARK}{slug(paper, separators=':/_')}" if paper else f"entity/{slug(key)}"


_OWN_ID_MARK = "--"  # no slug has two hyphens in a row


def name_of_key(key: str) -> str:
    """The name's own key in a key marked with the paper that proposes it (:data:`OWNER_MARK`), else ``key``.

    >>> name_of_key(match_key("PRISM") + OWNER_MARK + "arxiv:2604.00017"), name_of_key(match_key("PRISM"))
    ('prism', 'prism')
    """
    return key.partition(OWNER_MARK)[0]


def one_papers_own(entity_id: str) -> bool:
    """Whether ``entity_id`` is of a name one paper proposes, of several that do (:func:`entity_id`)."""
    return _OWN_ID_MARK in entity_id


def mention_key(mention: Mention) -> str:
    """The match key a mention is counted under: its long form's when it is a defined acronym."""
    if mention.long_form:
        long_key = match_key(mention.long_form)
        if long_key:
            return long_key
    return match_key(mention.text)


def family_names(label: str) -> list[str]:
    """The names a versioned or sized label belongs to, nearest first.

    >>> family_names("Llama-3-8B"), family_names("GPT-4o"), family_names("YOLOv8")
    (['Llama 3', 'Llama'], ['GPT'], ['YOLO'])
    >>> family_names("T5"), family_names("Stable Diffusion XL"), family_names("BERT")
    ([], ['Stable Diffusion'], [])
    """
    words = [w for w in _SEPARATORS.split(label_form(label)) if w]
    names = []
    while words:
        if len(words) > 1 and _VERSION_WORD.fullmatch(words[-1]):
            words = words[:-1]
        elif glued := _GLUED_VERSION.fullmatch(words[-1]):
            words = [*words[:-1], glued.group(1)]
        else:
            break
        names.append(" ".join(words))
    return names


_PARAMETER_SIZE = re.compile(
    r"(?:^|[-\s_])\d+(?:\.\d+)?B(?![A-Za-z])"
    rf"|(?:^|[-\s_])(\S+)([-\s_])(?i:{'|'.join(sorted(MODEL_SIZE_WORDS | {'xl', 'xxl'}))})$")


def has_parameter_size(label: str) -> bool:
    """A model size in the name: billions of parameters ("7B") or a size word ("Base", "mini") after a
    name, not after an ordinary word ("Knowledge Base", "Multimodal Large": a phrase or a cut one).

    >>> [has_parameter_size(n) for n in ("LLaVA-1.5-7B", "Qwen2.5-7B-Instruct", "ConvNeXt-Base", "CIFAR-10", "LAION-400M")]
    [True, True, True, False, False]
    >>> [has_parameter_size(n) for n in ("Whisper Tiny", "MambaOut Base", "Knowledge Base", "Multimodal Large")]
    [True, True, False, False]
    """
    found = _PARAMETER_SIZE.search(label)
    if not found or found.group(1) is None:
        return bool(found)
    before, joint = found.group(1), found.group(2)
    return joint != " " or not is_ordinary_word(before)


def name_words(name: str) -> list[str]:
    """The words of a name, lower case, each once, in order: what a leaderboard's dataset or metric
    is looked up by (``kg:datasetWord``, ``kg:metricWord``, :mod:`kg.sparql.summary`).

    >>> name_words("ImageNet-1K"), name_words("Top-1 Acc.")
    (['imagenet', '1k'], ['top', '1', 'acc'])
    """
    return list(dict.fromkeys(re.findall(r"[^\W_]+", name.lower())))
