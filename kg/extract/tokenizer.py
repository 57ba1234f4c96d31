"""spaCy's English tokenizer, with two suffix rules changed where they cut coined names.

- A unit after a number is split off ("13M", "5kg" → "13" "M", "5" "kg"), but not after the digits of
  a name that starts with letters: "T2M", "CC3M", "SeamlessM4T", "Recipe1M" stay whole.
- A full stop after one capital stays on the word (an initial, "J."), but not where the capital ends a
  coined name after a digit, a lower-case letter or a hyphen: "Qwen2.5-7B.", "HumanML3D.", "GPT-4V.",
  "MiniCPM-V." end a sentence, and the full stop is a token of its own.

And the emoticons made of a bracket and a colon are no tokens: in "Latent-Condition Decoupling (LCD): a ..."
the bracket closes the acronym's definition (spaCy's exceptions kept "):" whole).

The rules are spaCy's (``Language.Defaults.suffixes``), rewritten rather than replaced, so every
other split stays as the models were trained with.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_suffix_regex

# The unit rule's lookbehind, where the digit before the unit is no name's: not a letter and up to three
# digits before it.
_NOT_IN_A_NAME = r"(?<![A-Za-z][0-9])(?<![A-Za-z][0-9]{2})(?<![A-Za-z][0-9]{3})"
_UNIT_RULE = "(?<=[0-9])(?:"
_NAME_FULL_STOPS = (r"(?<=[0-9a-z][A-Z])\.", r"(?<=-[A-Z])\.")


def name_suffixes(suffixes: list[str]) -> list[str]:
    """spaCy's suffix patterns with the two rules above changed.

    >>> import re
    >>> pattern = re.compile("|".join(f"(?:{s})$" for s in name_suffixes([_UNIT_RULE + "M|kg)"])))
    >>> [bool(pattern.search(w)) for w in ("13M", "T2M", "CC3M", "Qwen2.5-7B.", "J.")]
    [True, False, False, True, False]
    """
    changed = [_NOT_IN_A_NAME + s if s.startswith(_UNIT_RULE) else s for s in suffixes]
    return changed + list(_NAME_FULL_STOPS)


_BRACKET_EMOTICONS = frozenset({"):", "(:", ":(", ":)"})


def keep_names_whole(nlp: Language) -> Language:
    """Give ``nlp``'s tokenizer the suffix rules of :func:`name_suffixes` (spaCy's English ones as the base)
    and drop its exceptions for emoticons of a bracket and a colon."""
    nlp.tokenizer.suffix_search = compile_suffix_regex(name_suffixes(list(nlp.Defaults.suffixes))).search
    nlp.tokenizer.rules = {text: rule for text, rule in nlp.tokenizer.rules.items() if text not in _BRACKET_EMOTICONS}
    return nlp
