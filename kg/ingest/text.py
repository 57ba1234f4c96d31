"""Text cleaning shared by every reader.

``clean_text`` is applied to every title, abstract and author name: UTF-8 mojibake repaired,
lone surrogates (``"\\ud800"`` from a JSON escape; they cannot be written as UTF-8) replaced by
U+FFFD as undecodable bytes are, Unicode NFC, control characters dropped, whitespace runs
(hard-wrap newlines included) collapsed to one space. ``latex_to_text`` then turns the LaTeX of
titles and abstracts (arXiv writes ``$\\sim$``, ``62\\%``, ``\\'{e}``) into the text a reader sees, and
``join_broken_words`` joins words that text copied from a PDF breaks at a line end ("Vec- tor") and
``space_glued_sentences`` spaces a sentence glued to the full stop before it ("motion.To address").
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

_WHITESPACE = re.compile(r"\s+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # in a str, every surrogate is a lone one
# C0/C1 control characters other than whitespace, plus the byte-order mark.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]")
# XML/HTML tags as found in OpenAlex and Crossref abstracts (JATS: <jats:p>, <sec>, <title>, ...).
_TAG = re.compile(
    r"</?(?:[a-z]+:)?(?:abstract|sec|title|p|italic|bold|sub|sup|sc|i|b|u|em|strong|br|label"
    r"|list|list-item|inline-formula|tex-math|disp-formula|span|div|ext-link|xref|math|mi|mo|mn"
    r"|mrow|msub|msup)\b[^<>]*>",
    re.IGNORECASE,
)
# UTF-8 decoded as Latin-1/CP1252 ("RamÃ­rez", "itâ€™s"): a lead char, then the right number
# of continuation chars (U+0080–U+00BF or the CP1252 letters and punctuation in that range).
_CONT = (
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]"
)
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}"
)
# A publisher's notice ending an abstract: "… results. © 2005 Wiley Periodicals, Inc."
_COPYRIGHT = re.compile(
    r"(?:(?<=^)|(?<=[.!?)\]]))\s*(?:copyright\s*)?(?:©|copyright\s+\d{4})[^©]{0,200}$",
    re.IGNORECASE,
)
# The LaTeX pieces that are converted; everything between them stays as written, so a bare
# "%" or "~" in plain text is never read as a comment or a tie. Math is a $...$, $$...$$,
# \(...\) or \[...\] span; a command is a macro with its bracketed and braced arguments
# (one level of nesting), a {\em ...} or {\cal K} group, an escaped character or an accent.
_LATEX_PIECE = re.compile(
    r"\$\$[^$]{1,500}?\$\$|\$[^$]{1,500}?(?<!\\)\$|\\\(.{1,500}?\\\)|\\\[.{1,500}?\\\]"
    r"|\{\\[A-Za-z]+(?:\s[^{}$]*|\s*\{[^{}$]*\})\}"
    r"|\\[A-Za-z]+\*?(?:\s*\[[^\[\]{}]*\])?(?:\s*\{(?:[^{}]|\{[^{}]*\})*\})*"
    r"|\\['\"`^~=.][A-Za-z]|\\['\"`^~=.uvHckr]\s*\{[A-Za-z]?\}|\\[%&_#${}\\ ,;!]"
)
# Characters LaTeX's text conversion gives where a reader of an abstract expects ASCII.
_ASCII_FORMS = str.maketrans({"\u223c": "~", "\u2212": "-"})
_AMOUNTS = re.compile(r"\$\d[\d.,]*\s.*\s\$$")
_CITATION = re.compile(r"\s*<cit\.>")
# Digits raised or lowered in math, as the reader sees them: "M$^2$CD" → "M²CD", "CO$_2$" → "CO₂", "$10^{-3}$" → "10⁻³"
# (pylatexenc writes "M^2CD", which no name is spelled as).
_RAISED = re.compile(r"\^([+\-−]?\d+)")
_LOWERED = re.compile(r"_(\d+)")
_SUPERSCRIPT = str.maketrans("0123456789+-−", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻")
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


# Macros pylatexenc parses but gives no text for: fonts, sizes, spacing and labels; they leave
# only their arguments' text.
_SILENT_MACROS = frozenset(
    "em bf it rm cal sl tt sc sf up md boldsymbol bm operatorname textsuperscript textsubscript left right big Big "
    "bigg Bigg bigl bigr Bigl Bigr displaystyle textstyle scriptstyle limits nolimits nonumber noindent tiny small "
    "normalsize large Large LARGE huge footnotesize scriptsize newline hline label mathit mathsf mathtt mathnormal "
    "ensuremath mbox hbox text textnormal hspace vspace texttt textsf textmd textup uline sout".split()
)
# A link and a colour take an argument the reader does not see as text: "\href{URL}{text}" is "text (URL)" (the URL
# alone where the text repeats it or is missing), "\textcolor{red}{text}" and "\colorbox{red}{text}" are "text".
_HREF = re.compile(r"\\href\s*\{([^{}]*)\}(?:\s*\{((?:[^{}]|\{[^{}]*\})*)\})?")
# "{\color{ddt}Decoupled}", "\color{red}Text": the colour of what follows, in its group or not.
_COLOUR_GROUP = re.compile(r"(?<![A-Za-z*\]])\{\s*\\color\s*\{[^{}]*\}([^{}]*)\}")  # not a macro's argument
_COLOUR_SWITCH = re.compile(r"\\color\s*\{[^{}]*\}")
_COLOUR = re.compile(r"\\(?:textcolor|colorbox)\s*\{[^{}]*\}\s*\{((?:[^{}]|\{[^{}]*\})*)\}")


# LaTeX's tie, "~" between a word (or a closing bracket or full stop) and the next word, a bracket or a command: a
# space the line must not break at ("Video-R1~\cite{...}", "Type~2"); one left before a space by a removed
# command is dropped ("\ourmethod~ achieves"). "~3x" after a space and "/~user" in an address are no ties.
_TIE = re.compile(r"(?<=[A-Za-z0-9.)\]}])~(?=[A-Za-z0-9(\[\\]|\s)")
# An amount before "~" and a digit after make it a range, not a tie: "1M~60M", "3B~7B".
_RANGE_START = re.compile(r"\d[\d.,]*[A-Za-z%]{0,3}$")


def _untie(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 12) : match.start()]
    after = match.string[match.end() : match.end() + 1]
    if after.isspace():
        return "~" if before[-1:].isdigit() else ""  # "3~ 5 times" is a range written loosely
    return "~" if after.isdigit() and _RANGE_START.search(before) else " "


def _link(match: re.Match[str]) -> str:
    url, label = match.group(1).strip(), (match.group(2) or "").strip()
    return url if not label or label == url else f"{label} ({url})"


def _unknown_macro(node, l2tobj) -> str:
    """A macro without a text form: its arguments' text, after its name unless it is silent."""
    args = node.nodeargd.argnlist if node.nodeargd is not None else []
    text = "".join(l2tobj.nodelist_to_text([arg]) for arg in args if arg is not None)
    if node.macroname in ("hspace", "vspace", "label"):
        return ""
    return text if node.macroname in _SILENT_MACROS else node.macroname + text


_TEXT_SYMBOLS = {"textless": "<", "textgreater": ">", "textbar": "|", "textunderscore": "_", "textbraceleft": "{",
                 "textbraceright": "}", "textquotedbl": '"',
                 # and symbols of amssymb and of common preambles ("REC$\checkmark$D", "$\heartsuit$ Love")
                 "checkmark": "✓", "cmark": "✓", "xmark": "✗", "heartsuit": "♥", "spadesuit": "♠", "clubsuit": "♣",
                 "diamondsuit": "♦", "bigstar": "★", "blacksquare": "■"}


def _latex_converter() -> LatexNodes2Text:
    """pylatexenc's converter, math as text; a macro it has no text for keeps its name (``\\msun`` → msun)."""
    context = get_default_latex_context_db()
    context.set_unknown_macro_spec(MacroTextSpec("", simplify_repl=_unknown_macro))
    # symbols pylatexenc has no text for: "\texttt{\textless EOS\textgreater}" is "<EOS>"
    context.add_context_category("kg-text-symbols", prepend=True, macros=[
        MacroTextSpec(name, simplify_repl=symbol) for name, symbol in _TEXT_SYMBOLS.items()])
    return LatexNodes2Text(latex_context=context, math_mode="text")


_LATEX = _latex_converter()
# pylatexenc logs a warning for each macro whose arguments are missing ("\widehat" alone); the
# conversion goes on and the record is fine, so for users these are noise, once per abstract.
logging.getLogger("pylatexenc").setLevel(logging.ERROR)

_PLACEHOLDERS = {
    "no abstract available", "no abstract", "abstract not available", "n/a",
    "no author name available",
}


def clean_text(value: object) -> str:
    """Return ``value`` as tidy one-line text.

    Mojibake repaired, lone surrogates as U+FFFD, Unicode NFC, control characters dropped,
    whitespace runs as one space.
    """
    if value is None:
        return ""
    text = _SURROGATE.sub("\ufffd", str(value))
    text = unicodedata.normalize("NFC", fix_mojibake(text))
    text = _WHITESPACE.sub(" ", text.replace("\x00", ""))
    text = _CONTROL.sub("", text)
    return _WHITESPACE.sub(" ", text).strip()


# A word broken at a line end and joined back with its hyphen and a space ("Support Vec- tor Machine", "real- world
# data"), as text copied from a PDF has it; not a hyphen a conjunction or preposition follows ("pre- and
# post-training", "short- to long-term").
_BROKEN_WORD = re.compile(r"\b([A-Za-z]{2,})- ([a-z]{2,})\b")
_AFTER_SUSPENDED_HYPHEN = frozenset({"and", "or", "nor", "to", "vs", "versus", "as", "but", "than", "then", "via",
                                     "with", "through", "in", "on", "by", "from", "rather", "not", "also", "of",
                                     "for", "at"})


def join_broken_words(text: str) -> str:
    """Text with words broken at a line end joined again: into one word where the joined word is an ordinary one
    ("Vec- tor" → "Vector") or neither piece is one ("eluci- dating"), else with the hyphen, a compound of words
    ("real- world" → "real-world", "object- centric" → "object-centric", "LLM- based" → "LLM-based")."""
    if "- " not in text:
        return text

    def join(match: re.Match[str]) -> str:
        first, rest = match.groups()
        if rest in _AFTER_SUSPENDED_HYPHEN:
            return match.group(0)
        words = _common_words()
        if (first + rest).lower() in words or first.lower() not in words and rest not in words:
            return first + rest
        return f"{first}-{rest}"

    return _BROKEN_WORD.sub(join, text)


# A sentence's full stop with no space before the next sentence ("entangles style and motion.To address this, we"),
# 1,115 times in 747 abstracts of the 74,728 of the arXiv corpus: read by the words that open sentences, so that
# file names, versions and module paths ("model.pt", "v1.2", "torch.nn") are left alone.
_SENTENCE_OPENERS = (
    "Additionally", "All", "Although", "As", "At", "Based", "Both", "Building", "By", "Code", "Compared",
    "Comprehensive", "Current", "Despite", "Each", "Empirical", "Evaluation", "Evaluations", "Even", "Existing",
    "Experimental", "Experiments", "Extensive", "Finally", "First", "For", "Further", "Furthermore", "Here",
    "However", "Importantly", "In", "Instead", "It", "Its", "Lastly", "Many", "Meanwhile", "Moreover", "Most",
    "Notably", "Numerical", "On", "Our", "Overall", "Recent", "Results", "Second", "Several", "Simulation",
    "Simulations", "Specifically", "Such", "The", "Then", "Therefore", "These", "Third", "This", "Through", "Thus",
    "To", "Unlike", "Using", "We", "While", "With",
)
_GLUED_SENTENCE = re.compile(rf"(?<=[a-z0-9%)\]])\.(?=(?:{'|'.join(_SENTENCE_OPENERS)})\b)")
_DOT_BEFORE_CAPITAL = re.compile(r"[a-z0-9%)\]]\.[A-Z]")  # a cheap test first: few abstracts have one


def space_glued_sentences(text: str) -> str:
    """Text with a space put after a full stop that a sentence follows unspaced ("motion.To address" → "motion. To
    address"; "model.pt" stays)."""
    return _GLUED_SENTENCE.sub(". ", text) if _DOT_BEFORE_CAPITAL.search(text) else text


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    # the list kg.extract.wordlists reads too, loaded here so that reading records needs no spaCy
    text = resources.files("kg").joinpath("data/common_words.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


def latex_to_text(text: str) -> str:
    """Text with its LaTeX math, commands, escapes and accents converted (``$\\sim$5\\%`` → ``~5%``).

    Only the LaTeX pieces are converted, each on its own, so the rest of the text is untouched;
    a piece pylatexenc cannot parse loses only its backslashes and braces.
    """
    if "~" in text:  # a tie between two words is a space: "Retrieval-Augmented Generation~(RAG)", "Claude~4"
        text = _TIE.sub(_untie, text)
    if "\\" not in text and "$" not in text:
        return text
    if "\\href" in text or "color" in text:
        text = _COLOUR_SWITCH.sub("", _COLOUR_GROUP.sub(r"\1", _COLOUR.sub(r"\1", _HREF.sub(_link, text))))

    def convert(match: re.Match[str]) -> str:
        piece = match.group(0)
        if _AMOUNTS.match(piece):  # "costs $5 and $10": dollars, not math
            return piece
        if piece.startswith("{\\"):  # {\em text}: the group's content
            piece = piece[1:-1]
        try:
            out = _LATEX.latex_to_text(piece.replace("%", "\\%") if piece.startswith("$") else piece)
        except Exception:  # pylatexenc is lenient, but never lose a record to it
            out = re.sub(r"\\([A-Za-z]+)", r"\1", piece).replace("\\", "")
            out = out.strip("$").replace("{", "").replace("}", "")
        if piece.startswith(("$", "\\(", "\\[")):
            out = _LOWERED.sub(lambda m: m.group(1).translate(_SUBSCRIPT),
                               _RAISED.sub(lambda m: m.group(1).translate(_SUPERSCRIPT), out))
        return _CITATION.sub("", out).translate(_ASCII_FORMS)

    return _WHITESPACE.sub(" ", _LATEX_PIECE.sub(convert, text)).strip()


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 that was decoded as Latin-1 or CP1252 (``RamÃ­rez`` → ``Ramírez``).

    Only runs that decode back to valid UTF-8 are changed, so ordinary text is left alone.
    """
    if text.isascii():  # mojibake is made of non-ASCII characters; the check is free in CPython
        return text

    def repair(match: re.Match[str]) -> str:
        run = match.group(0)
        for codec in ("cp1252", "latin-1"):
            try:
                return run.encode(codec).decode("utf-8")
            except UnicodeError:
                continue
        return run

    return _MOJIBAKE.sub(repair, text)


def strip_markup(text: str) -> str:
    """Drop JATS/HTML tags (keeping the text inside them) and decode character entities."""
    return html.unescape(_TAG.sub(" ", text))


def strip_copyright(abstract: str) -> str:
    """Drop a trailing copyright notice (``© 2021 Elsevier Inc.``) after the last sentence."""
    if "©" not in abstract and "copyr" not in abstract.lower():  # the pattern tries every position
        return abstract.strip()
    return _COPYRIGHT.sub("", abstract).strip()


def is_placeholder(text: str) -> bool:
    """True for stand-ins such as Scopus's ``[No abstract available]``."""
    return text.strip(" []().").casefold() in _PLACEHOLDERS


def normalise_title(title: str) -> str:
    """Title comparison key: NFKC, casefolded, runs of punctuation and whitespace as one space."""
    text = unicodedata.normalize("NFKC", title).casefold()
    return " ".join(re.findall(r"[^\W_]+", text))
