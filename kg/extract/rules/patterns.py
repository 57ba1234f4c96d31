"""Surface patterns for names: "the X dataset", "on the Y benchmark", "we propose Z".

Rules over token text only, so they need no tagger or parser and stay fast.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.extract.rules.doc_text import doc_text, token_texts
from kg.extract import knowledge
from kg.extract.rules import lexicon
from kg.extract.rules.lexicon import (ARCHITECTURE_NAME, HEAD_TYPES, SUSPENDED_HYPHEN, is_architecture_name,
                                     type_from_head)
from kg.extract.rules.spans import NER_SCORE, SpanInfo, add_entities, info
from kg.extract.wordlists import SYSTEM_NOUNS, is_ordinary_word
from kg.schema import DATASET, METHOD, METRIC, MODEL, TASK

PATTERN_SCORE = 0.7
PROPOSAL_SCORE = 0.75

# Adjectives between a proposal verb and the name: "we propose a novel X"; no part of a name.
PROPOSAL_ADJECTIVES = ["novel", "new", "first", "simple", "general", "unified"]
# A token that looks like part of a name: capitalised, with digits, or mixed case ("MultiONet").
NAME = {
    "TEXT": {"REGEX": r"^(?:[A-Z][\w\-\.\+]*|[a-z]+[A-Z][\w\-]*|\w*\d\w*)$"},
    "IS_SENT_START": False,
    "IS_STOP": False,  # "Two", "A", "This" are capitalised but name nothing
    "LOWER": {"NOT_IN": PROPOSAL_ADJECTIVES},
}
# A word in capitals, three letters or more: a name even where it spells a stop word ("AFTER", "GIVE").
_IN_CAPITALS = re.compile(r"[A-Z]{3,}")
CAPITALS_STOP_WORD = {"TEXT": {"REGEX": rf"^{_IN_CAPITALS.pattern}$"}, "IS_STOP": True, "IS_SENT_START": False}
NOT_NAME = {"the", "a", "an", "our", "this", "these", "their", "its", "we", "in", "on", "of"}
DATASET_NOUNS = sorted(lexicon.DATASET_NOUNS | {"suite"})
ADVERBS = ["also", "further", "then", "first", "here", "therefore", "thus", "additionally"]
PROPOSE_VERBS = ["propose", "introduce", "present", "develop", "call", "name", "dub", "term", "release"]
# The paper as the proposer ("This paper proposes X", "this work introduces X") or a second verb of ours ("We
# reformulate ... and propose X"): an eighth of the proposal phrases of arXiv abstracts are written so.
PAPER_SUBJECTS = ["paper", "work", "study", "article", "letter"]
PAPER_VERBS = ["proposes", "introduces", "presents", "develops"]
AND_VERBS = ["propose", "introduce", "present", "develop"]
NAMING_VERBS = ["named", "called", "dubbed", "termed"]
# The means of our work: "We address this problem by introducing NOVA", "This study bridges the gap by developing ...".
BY_VERBS = ["introducing", "proposing", "presenting", "developing"]
_PROPOSAL_CUE = re.compile(rf"\bwe\b|\b({'|'.join(NAMING_VERBS)})\b|\b(?:{'|'.join(PAPER_SUBJECTS)}) "
                           rf"(?:{'|'.join(PAPER_VERBS)})\b|\band (?:{'|'.join(AND_VERBS)})\b"
                           rf"|\bby (?:{'|'.join(BY_VERBS)})\b")
_DATASET_NOUNS = frozenset(DATASET_NOUNS)
_NAMING_VERBS = frozenset(NAMING_VERBS)
_PAPER_SUBJECTS, _PAPER_VERBS, _AND_VERBS = frozenset(PAPER_SUBJECTS), frozenset(PAPER_VERBS), frozenset(AND_VERBS)
_BY_VERBS = frozenset(BY_VERBS)
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
_DATASET_SPAN = 4  # the longest dataset pattern: three name tokens and the noun
_PROPOSAL_SPAN = 14  # the longest proposal pattern: "we call our new method" and a hyphenated name of 5 words
# A lower-case coined name after a naming verb: one word, not a stop word ("dubbed cheetah").
LOWER_NAME = {"IS_ALPHA": True, "IS_STOP": False, "LENGTH": {">=": 3}, "IS_SENT_START": False}
HYPHEN = {"ORTH": "-", "SPACY": False}
# as a word of the text, with a capital ("CycleGAN"; not "a top performer")
_ARCHITECTURE_WORD = re.compile(rf"(?<![\w\-+.])(?=[\w\-+.]*[A-Z])(?:{ARCHITECTURE_NAME.pattern})(?![\w\-])")
CALL_OBJECT = ["it", "this", "them", "these", "our", "the", "a", "an", "resulting", "new", "proposed", "method", "approach",
               "model", "framework", "system", "architecture", "algorithm", "technique", "dataset", "benchmark"]


_DEMONSTRATIVES = {"this", "these", "the", "a", "an"}


def _name_tokens(n: int) -> list[dict]:
    return [dict(NAME) for _ in range(n)]


class NamePatterns:
    """Pipeline component adding dataset names, names a paper says it introduces and coined
    architecture names."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.datasets = Matcher(nlp.vocab)
        self.proposals = Matcher(nlp.vocab)
        for n in (1, 2, 3):
            self.datasets.add("DATASET", [_name_tokens(n) + [{"LOWER": {"IN": DATASET_NOUNS}}]])
        naming = [{"LOWER": {"IN": NAMING_VERBS}}, {"LOWER": "as", "OP": "?"}, {"IS_QUOTE": True, "OP": "?"}]
        we_call = [{"LOWER": "we"}, {"LOWER": {"IN": ["call", "name", "dub", "term"]}},
                   {"LOWER": {"IN": CALL_OBJECT}, "OP": "*"}, {"LOWER": "as", "OP": "?"}, {"IS_QUOTE": True, "OP": "?"}]
        article = [{"LOWER": {"IN": ["the", "a", "an"]}, "OP": "?"},  # "we propose a novel Dual-Domain ... Network"
                   {"LOWER": {"IN": PROPOSAL_ADJECTIVES}, "OP": "?"}]
        for n in (1, 2, 3, 4, 5):
            names = _name_tokens(n)
            self.proposals.add(
                "PROPOSED",
                [
                    [{"LOWER": "we"}, {"LOWER": {"IN": ADVERBS}, "OP": "?"}, {"LOWER": {"IN": PROPOSE_VERBS}}]
                    + article + names,
                    [{"LOWER": {"IN": PAPER_SUBJECTS}}, {"LOWER": {"IN": PAPER_VERBS}}] + article + names,
                    [{"LOWER": "and"}, {"LOWER": {"IN": AND_VERBS}}] + article + names,
                    [{"LOWER": "by"}, {"LOWER": {"IN": BY_VERBS}}] + article + names,
                    naming + names,
                    we_call + names,
                ],
            )
        # A name in capitals that spells a stop word: "We introduce AFTER, a benchmark", "we present GIVE".
        self.proposals.add("PROPOSED", [
            [{"LOWER": "we"}, {"LOWER": {"IN": ADVERBS}, "OP": "?"}, {"LOWER": {"IN": PROPOSE_VERBS}},
             {"LOWER": {"IN": ["the", "a", "an"]}, "OP": "?"}, {"LOWER": {"IN": PROPOSAL_ADJECTIVES}, "OP": "?"},
             CAPITALS_STOP_WORD], naming + [CAPITALS_STOP_WORD]])
        # Hyphenated names ("Social-Implicit") and lower-case coined names ("dubbed cheetah").
        # A lower-case name needs no demonstrative before it: in "we call this gap the benchmark illusion" the
        # word after "this" is what is named, not its name.
        objects = [w for w in CALL_OBJECT if w not in _DEMONSTRATIVES]
        we_call_lower = we_call[:2] + [{"LOWER": {"IN": objects}, "OP": "*"}] + we_call[3:]
        self.proposals.add("PROPOSED", [naming + [dict(NAME), HYPHEN, dict(NAME)], we_call + [dict(NAME), HYPHEN, dict(NAME)],
                                        naming + [LOWER_NAME], we_call_lower + [LOWER_NAME]])

    def _matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The matches of both matchers, as ``matcher(doc)`` gives them.

        Each matcher runs only around the words its patterns are anchored on (a dataset noun
        at the end, "we" or "called" at the start): the NAME regex then runs on a few tokens
        instead of every token of the abstract, a third of the component's time.
        """
        lower = doc_text(doc).lower()
        found = []
        words = None
        if any(noun[:6] in lower for noun in DATASET_NOUNS):
            words = [w.lower() for w in token_texts(doc)]
            ends = [j + 1 for j, w in enumerate(words) if w in _DATASET_NOUNS]
            found += _in_windows(self.datasets, doc, [(end - _DATASET_SPAN, end) for end in ends])
        if _PROPOSAL_CUE.search(lower):
            words = words or [w.lower() for w in token_texts(doc)]
            starts = [i for i in range(len(words)) if _opens_a_proposal(words, i)]
            found += _in_windows(self.proposals, doc, [(i, i + _PROPOSAL_SPAN) for i in starts])
        return found

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        notes: list[SpanInfo] = []
        for match_id, start, end in self._matches(doc):
            label = doc.vocab.strings[match_id]
            if label == "DATASET":
                span = _trim(doc[start : end - 1])
                if span is not None and _ends_a_longer_name(span):
                    continue  # "the Tower of Hanoi benchmark", "the Genome in a Bottle benchmark"
                if span is not None:
                    spans.append(Span(doc, span.start, span.end, label=DATASET))
                    notes.append(SpanInfo("pattern", PATTERN_SCORE))
            else:
                first = start + 1
                skip = NOT_NAME | set(PROPOSE_VERBS) | set(ADVERBS) | set(NAMING_VERBS) | set(CALL_OBJECT) \
                    | set(PROPOSAL_ADJECTIVES) | _PAPER_VERBS | _BY_VERBS | {"as"}
                while first < end and (doc[first].lower_ in skip and not _IN_CAPITALS.fullmatch(doc[first].text)
                                       or doc[first].is_quote):
                    first += 1  # not a word in capitals: "We introduce AFTER, a benchmark", "GIVE", "SHOW"
                span = _trim(doc[first:_name_end(doc, end)])
                if span is not None and span.text.islower():
                    if _named_as_an_adjective(doc, span.start - 1):
                        continue  # "including named entity recognition", "7,103 named inhabited places"
                    span = _lower_name_phrase(span)
                if span is None or len(span) == 1 and span.text.islower() and is_ordinary_word(span.text):
                    continue  # "distributions, called dimensions, one per ...": a term, not a coined name
                if doc[start].lower_ == "by" and not _set_off_name(span):
                    continue  # "by introducing KV cache compression into ...": a technique described
                if _modifies_what_follows(span):
                    continue  # "a unified Bayesian framework", "the Hilbert sampling strategy": a proposal described
                if _first_word_of_a_longer_name(span):
                    continue  # "we introduce the Color and Intensity Decoupling Network+", "We propose Review,
                    # Remask, Refine (R3)": a name with a conjunction, not its first word
                if _modifies_the_proposal(span) or doc[span.start - 1].lower_ in ("a", "an") \
                        and knowledge.lookup(span.text):
                    continue  # "a novel Conformal Prediction (CP) based framework", "an EBM in a residual form": no name
                span_type = _naming_type(doc, start, span.start) or _kind_noun_after(doc, span.end) \
                    or _appositive_type(doc, span.end)
                if span_type is None and len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ != "loss" \
                        and (headed := lexicon.head_type([t.text for t in span])) in (METRIC, DATASET):
                    span_type = headed  # "we introduce an Optimized Locatability Score that quantifies ...", "the
                    # Massive Text Embedding Benchmark for Dutch (MTEB-NL)"
                if span_type is None:
                    span_type = _existing_type(doc, span) or METHOD
                    sentence = span.sent.text if doc.has_annotation("SENT_START") else doc.text
                    if span_type == DATASET and not _DATA_WORDS.search(sentence):
                        span_type = METHOD  # "we propose CycleDiffusion, which uses DPM-Encoder": nothing says data
                    elif span_type == TASK and not _TASK_WORDS.search(sentence):
                        span_type = METHOD  # "we propose Trajectory-aware OPD (TOPD), which uses ...": no task
                spans.append(Span(doc, span.start, span.end, label=span_type))
                notes.append(SpanInfo("pattern", PROPOSAL_SCORE, proposed=True))
        spans, notes = _longest(spans, notes)
        add_entities(doc, spans, notes, extend=True)  # "Diverse Beam Search" wins over "Beam Search"
        add_entities(doc, *_architecture_names(doc))
        # A proposal pattern over an entity found earlier marks that entity as proposed.
        table = info(doc)
        for span, note in zip(spans, notes):
            if note.proposed:
                for ent in doc.ents:
                    if ent.start == span.start or ent.start <= span.start and span.end <= ent.end:
                        table.setdefault((ent.start_char, ent.end_char), SpanInfo("ner", NER_SCORE)).proposed = True
        return doc


def _named_as_an_adjective(doc: Doc, i: int) -> bool:
    """Whether "named" at ``i`` describes the words after it, after a number or a function word ("7,103 named
    inhabited places", "including named entity recognition", "minority-named applicants"; not "a channel model for VNs,
    named mixture of ...")."""
    if doc[i].lower_ != "named" or i == 0:
        return False
    before = doc[i - 1]
    return before.like_num or before.is_stop or before.lower_ == "including" \
        or before.text == "-" and not before.whitespace_  # "minority-named applicants": a compound adjective


_NOT_IN_A_LOWER_NAME = re.compile(r"[a-z\-]+ed|[a-z]+ly")  # "aligncal designed to", "called X widely"


def _lower_name_phrase(span: Span) -> Span | None:
    """A lower-case name the naming verb gave one word of, or None where lower-case words go on with it: "called
    swarm computing to solve", "termed model-side output immunization" name a phrase the pattern cut, often a term the
    field has ("a technique called conformal prediction"), not the paper's own name; a participle or an adverb after
    the word does not go on with it ("called aligncal designed to")."""
    doc = span.doc
    if span.end >= len(doc):
        return span
    token = doc[span.end]
    goes_on = (token.is_alpha or "-" in token.text and token.text.replace("-", "").isalpha()) \
        and token.text.islower() and not token.is_stop and not _NOT_IN_A_LOWER_NAME.fullmatch(token.text)
    return None if goes_on else span


def _first_word_of_a_longer_name(span: Span) -> bool:
    """A one-word span, an ordinary word in Title Case, before "and" or a comma and another capitalised word: the
    first word of a name that goes on ("Clarity and Reasoning Interface for ...", "Colors See, Colors Ignore")."""
    doc = span.doc
    if len(span) != 1 or not span.text.istitle() or not is_ordinary_word(span.text) or span.end + 1 >= len(doc):
        return False
    return doc[span.end].text in ("and", ",", "&") and doc[span.end + 1].text[:1].isupper()


def _plain_title_word(span: Span) -> bool:
    """Whether ``span`` is one word in Title Case, coined in no way ("Bayesian", "Hanoi"; not "LoRA", "Qwen3")."""
    return len(span) == 1 and span.text.istitle() and span.text.isalpha()


def _modifies_what_follows(span: Span) -> bool:
    """A plain word in Title Case right before lower-case words that go on the phrase: it modifies the proposal the
    phrase describes ("a unified Bayesian framework", "the Hilbert sampling strategy", "Diffusion crossover"), not a
    name the paper gives (which a comma, a bracket, a function word or a verb follows: "Sentinel, an ...")."""
    doc = span.doc
    if not _plain_title_word(span) or span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.is_alpha and after.text.islower() and not after.is_stop \
        and not _NOT_IN_A_LOWER_NAME.fullmatch(after.text)


def _ends_a_longer_name(span: Span) -> bool:
    """A plain word in Title Case before a data set's noun that ends a longer name, after a function word after a word
    in Title Case ("the Tower of Hanoi benchmark", "the Genome in a Bottle benchmark")."""
    doc = span.doc
    if not _plain_title_word(span):
        return False
    i = span.start - 1
    while i > 0 and doc[i].lower_ in ("of", "in", "a"):
        i -= 1
    return i < span.start - 1 and doc[i].text.istitle() and not doc[i].is_sent_start  # (not "the validation set of
    # Cityscapes dataset")


# "(VLM)-driven", "based", "-guided": what follows a name that only says what the proposal is built on
_BUILT_ON = re.compile(r"(?:\s*\([^()]{1,20}\)\s*-?\s*|-)(?:based|driven|guided|enhanced|powered|assisted|inspired)\b"
                       r"(?!\s+(?:on|upon|by)\b)"  # "(VLM)-driven", "-based": attached to the name, a modifier
                       r"|\s+(?:based|driven|guided|enhanced|powered|assisted|inspired)\b(?!\s+(?:on\b|upon\b|by\b|(?-i:[A-Z])))",
                       re.I)  # "AI based approach"; not "MoSketch based on", "... Augmentation based Generalization"
# "a novel FL framework, Federated Domain Shift Eraser": a kind noun, then the name itself
_KIND_THEN_NAME = re.compile(r"\s+([a-z]+)\s*(?:,\s*|\s(?:called|named|dubbed|termed)\s+)[A-Z]")


def _modifies_the_proposal(span: Span) -> bool:
    """Whether the words after a proposal verb say what the proposal is built on or what kind it is, not its
    name: "an AI based approach", "a novel Vision Language Model (VLM)-driven ... framework", "a novel Conformal
    Prediction (CP) based framework", "a novel FL framework, Federated Domain Shift Eraser (FDSE)"."""
    text = doc_text(span.doc)
    if _BUILT_ON.match(text, span.end_char):
        return True
    found = _KIND_THEN_NAME.match(text, span.end_char)
    return found is not None and span.text.isupper() and found.group(1) in HEAD_TYPES


def _architecture_names(doc: Doc) -> tuple[list[Span], list[SpanInfo]]:
    """Coined names of model architectures ("CycleGAN", "ARMED-CNN", "SciBERT") as Models, where no
    entity covers them; not the names Papers with Code lists as datasets."""
    spans, notes = [], []
    for found in _ARCHITECTURE_WORD.finditer(doc_text(doc)):
        span = doc.char_span(found.start(), found.end())
        if span is not None and is_architecture_name(span.text):
            spans.append(Span(doc, span.start, span.end, label=MODEL))
            notes.append(SpanInfo("pattern", PATTERN_SCORE))
    return spans, notes


def _opens_a_proposal(words: list[str], i: int) -> bool:
    """Whether a proposal pattern may start at the lower-cased word ``i``: "we", a naming verb (not "so-called X",
    which names nothing new, nor the term "named entity", nor an adjective after a preposition or an article:
    "traceable to named amplifiers"), "this paper proposes", "and introduce", "by introducing" after "we"."""
    word = words[i]
    if (word == "we" or word in _NAMING_VERBS and not _named_entity(words, i)
            and not (i > 0 and words[i - 1] in _BEFORE_AN_ADJECTIVE)) \
            and not (i > 1 and words[i - 1] == "-" and words[i - 2] == "so"):
        return True
    return i + 1 < len(words) and (word in _PAPER_SUBJECTS and words[i + 1] in _PAPER_VERBS
                                   or word == "and" and words[i + 1] in _AND_VERBS
                                   or word == "by" and words[i + 1] in _BY_VERBS and _ours_before(words, i))


_OUR_SENTENCE_WORDS = 25  # how far back "we" or "this paper" is looked for


def _ours_before(words: list[str], i: int) -> bool:
    """Whether the sentence says, before the word at ``i``, that the work is ours: "we" or "this paper", "this study"
    ("We address this problem by introducing NOVA"; not "Prior work did so by introducing FlowEdit")."""
    for j in range(i - 1, max(i - _OUR_SENTENCE_WORDS, 0) - 1, -1):
        if words[j] in _SENTENCE_ENDS:
            return False
        if words[j] == "we" or words[j] in _PAPER_SUBJECTS and j > 0 and words[j - 1] in ("this", "our"):
            return True
    return False


def _set_off_name(span: Span) -> bool:
    """Whether ``span`` is a name in capitals set off by punctuation or a function word after it, as "by introducing"
    is followed by a paper's own name ("by introducing NOVA, a ..."), not a technique described ("by introducing KV
    cache compression into ...", "by introducing 1D binary image latents")."""
    doc = span.doc
    capitalised = all(token.text[:1].isupper() or token.is_punct for token in span)
    return capitalised and (span.end == len(doc) or doc[span.end].is_punct or doc[span.end].is_stop)


# Words after which a naming verb is an adjective: "to named amplifiers", "the named regions", "of called functions".
_BEFORE_AN_ADJECTIVE = frozenset({"to", "of", "with", "by", "for", "in", "on", "from", "the", "a", "an", "all", "any",
                                  "these", "those", "its", "their"})


def _named_entity(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` opens the term "named entity": "Named Entity Recognition (NER) models" name nothing
    (where "Called NeuroQuant, it ..." does)."""
    return words[i] == "named" and i + 1 < len(words) and words[i + 1] in ("entity", "entities")


def _in_windows(matcher: Matcher, doc: Doc, windows: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``matcher(doc)`` restricted to matches inside ``windows`` (token ranges, in order).

    Overlapping windows are merged first, so no match is found twice and the matches come in
    the order one pass over the whole doc gives.
    """
    merged: list[list[int]] = []
    for start, end in windows:
        start, end = max(start, 0), min(end, len(doc))
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif start < end:
            merged.append([start, end])
    return [(match_id, start + lo, end + lo) for lo, hi in merged for match_id, start, end in matcher(doc[lo:hi])]


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in NOT_NAME:
        start += 1
    if start >= end:
        return None
    return doc[start:end]


def _existing_type(doc: Doc, span: Span) -> str | None:
    for ent in doc.ents:
        if ent.start < span.end and span.start < ent.end:
            return ent.label_
    return None


_NAME_TEXT = re.compile(NAME["TEXT"]["REGEX"])
_MAX_NAME_TOKENS = 12


def _name_end(doc: Doc, end: int) -> int:
    """Extend a proposed name over hyphenated and further name words: "Energy" → "Energy-based Diffusion
    Language Model", "Prior" → "Prior-Data Fitted Networks"; a capitalised stop word glued to a hyphen
    ("Hierarchical Three-Step Prompting", "All-in-One"), "of" before a capitalised word ("Plan of Knowledge") and "and"
    after a word whose hyphen's end comes later ("Inter- and Intra-Ray Transformer") go on with it."""
    limit = min(len(doc), end + _MAX_NAME_TOKENS)
    while end < limit:
        token = doc[end]
        following = doc[end + 1] if end + 1 < len(doc) else None
        joined = token.text == "-" and not doc[end - 1].whitespace_ and not token.whitespace_ and following is not None
        after_hyphen = doc[end - 1].text == "-" and not doc[end - 2].whitespace_ and token.is_alpha
        glued_stop_word = token.is_stop and token.is_title and not token.whitespace_ and following is not None \
            and following.text == "-"
        of_name = token.text == "of" and following is not None and _is_name_word(following) and following.is_title \
            or token.text in _INNER_PREPOSITIONS and _set_off_after_a_preposition(doc, end)
        suspended = token.lower_ in ("and", "or") and SUSPENDED_HYPHEN.fullmatch(doc[end - 1].text) \
            and following is not None and _is_name_word(following)
        if joined or after_hyphen or glued_stop_word or of_name or suspended or _is_name_word(token):
            end += 1
        else:
            break
    return end


# Prepositions inside a proposed name that a description set off after it closes: "Reasoning under Ambiguity, an
# uncertainty-aware framework", "Thinking by Subtraction, a ... decoding approach".
_INNER_PREPOSITIONS = frozenset({"by", "under", "with", "without", "via", "through", "from", "for", "in", "on"})


def _set_off_after_a_preposition(doc: Doc, i: int) -> bool:
    """Whether the preposition at ``i`` goes on into capitalised name words that a comma and an article or a
    bracket set off, so that it is inside the name."""
    j = i + 1
    while j < len(doc) and j - i <= 3 and _is_name_word(doc[j]) and doc[j].is_title:
        j += 1
    if j == i + 1 or j >= len(doc) - 1:
        return False
    return doc[j].text == "(" or doc[j].text == "," and doc[j + 1].lower_ in ("a", "an", "the")


def _is_name_word(token: Token) -> bool:
    """A word that can go on with a name: capitalised, with digits or mixed case, and no stop word ("Two")."""
    return bool(_NAME_TEXT.match(token.text)) and not token.is_stop


# Nouns of a problem set to solve: what they name is a task ("a more realistic problem named HDR DNVS").
_TASK_NOUNS = frozenset({"task", "problem"})


def _naming_type(doc: Doc, match_start: int, name_start: int) -> str | None:
    """Type from the noun that is named: "a model, named as X", "we call our method X", "a new task called X"."""
    naming = doc[match_start].lower_ in _NAMING_VERBS
    if naming and match_start and doc[match_start - 1].lower_ in _TASK_NOUNS:
        return TASK
    calling = doc[match_start].lower_ == "we" and match_start + 1 < len(doc) \
        and doc[match_start + 1].lower_ in CALLING_VERBS  # "we term", "we call" (not "we propose")
    if calling:
        before = [t.lower_ for t in doc[max(0, match_start - 3) : match_start]
                  if not t.is_punct and t.lower_ not in ("that", "which")]
        if before and (before[-1] in PHENOMENON_NOUNS or before[-1] in _TASK_NOUNS):
            return TASK  # "a phenomenon we term Persona Collapse", "a failure mode we call Tunnel Vision": what the
            # paper studies, as "hallucination" is, no method; "a model editing task, which we term Behavior Editing"
    first = max(0, match_start - 2) if naming else match_start
    found = type_from_head([t.text for t in doc[first:name_start] if not t.is_punct])
    return found or (_described_before_naming(doc, match_start) if naming else None)


# A database the text names is data ("a comprehensive database ..., termed OHF2024"), though a database in plain words
# is most often a system's part ("a vector database"), which the head lexicon leaves untyped.
_NAMED_DATABASE = {"database": DATASET}


def _described_before_naming(doc: Doc, naming: int) -> str | None:
    """The type of the thing a naming verb names, from the head noun of the nearest phrase "a" or "an" opens before it
    in its clause: "we curated a proof problem dataset from undergraduate-level math materials, named uproof", "a
    model for spammer detection based on user videoization, called UVSD" (not across a relative clause: "a model
    dubbed BellNet, which we train to minimize the so-termed Bellman error")."""
    for i in range(naming - 1, max(-1, naming - 16), -1):
        if doc[i].text in (".", ";", ":", "!", "?") or doc[i].lower_ in ("which", "that", "who"):
            return None
        if doc[i].lower_ in ("a", "an"):
            for token in doc[i + 1 : min(naming, i + 6)]:
                if token.is_punct and token.text != "-" or token.lower_ in _INNER_PREPOSITIONS or token.lower_ == "of":
                    return None
                glued = token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_
                if (kind := HEAD_TYPES.get(token.lower_, _NAMED_DATABASE.get(token.lower_))) is not None \
                        and not glued:
                    return kind  # (not a modifier's word: "a novel LLM-based framework")
            return None
    return None


CALLING_VERBS = frozenset({"term", "call", "dub", "name", "coin", "refer"})
"""Verbs after "we" that name a thing (not "we propose")."""
PHENOMENON_NOUNS = frozenset({"phenomenon", "phenomena", "mode", "modes", "effect", "effects", "bias", "biases",
                              "vulnerability", "vulnerabilities", "behavior", "behaviors", "behaviour", "behaviours",
                              "issue", "issues", "failure", "failures", "limitation", "limitations", "gap", "gaps",
                              "misalignment", "paradox", "distortion"})
"""Nouns of what a paper observes: a name given to one ("a phenomenon we term X") is a task it studies."""


# A kind's noun right after a proposed name types it, as the head lexicon types the noun: "we propose a novel
# Average Severity Error metric".
_KIND_NOUNS_AFTER = frozenset({"metric", "metrics", "score", "dataset", "benchmark", "corpus", "model", "network",
                               "framework", "method", "algorithm"})


def _kind_noun_after(doc: Doc, after: int) -> str | None:
    word = doc[after].text if after < len(doc) else ""
    return HEAD_TYPES[word] if word in _KIND_NOUNS_AFTER else None


_APPOSITIVE_WORDS = 10
# Words that end the phrase set off after a name: what follows says what it does, not what it is ("DAWN (...), a
# benchmark targeting distribution fitting and time series modeling")
_APPOSITIVE_ENDS = frozenset({"which", "that", "for", "to", "with", "where", "in", "on", "across", "using", "via",
                              "targeting", "designed", "built", "featuring", "comprising", "containing", "covering",
                              "spanning", "consisting", "including", "integrating", "combining", "enabling"})
_BRACKETED_WORDS = 16  # the longest bracketed long form passed over before an appositive
# Words that say a proposal is data: its recogniser's Dataset type stands only with one of them in its sentence.
_DATA_WORDS = re.compile(rf"\b(?:{lexicon.DATASET_NOUN}|data|suite|collection|testbed|questions|problems|examples"
                         r"|instances|samples|annotations|annotated|images|videos)\b", re.I)


# Words that say a proposal is a task: its recogniser's Task type stands only with one of them in its sentence.
_TASK_WORDS = re.compile(r"\b(?:tasks?|problems?|settings?|challenges?|formulations?|paradigms?)\b", re.I)


def _names_another(doc: Doc, start: int) -> bool:
    """Whether the capitalised words at ``start`` are the next name of a list ("X, Cross-Frame Error Correction, and
    Random Frame Mask"), not the spelt name of the one before ("HFN, Heterogeneous Fusion Net, a novel framework")."""
    end = start
    while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].lower_ not in ("a", "an", "the")
                              or doc[end].text == "-" and end > start):
        end += 1
    if end == start or end >= len(doc):
        return False
    after = [t.lower_ for t in doc[end : end + 2]]
    return after[0] in ("and", "or") or after[0] == "," and len(after) > 1 \
        and (after[1] in ("and", "or") or doc[end + 1].text[:1].isupper() and after[1] not in ("a", "an", "the"))


def _appositive_type(doc: Doc, after: int) -> str | None:
    """Type from the words after a name: "MultiONet, a novel neural operator architecture" (or after a colon,
    "BMAS English: an English language dataset"); a hyphen inside a word and an acronym in brackets go on with the
    phrase ("AuthorMap, a fine-grained reference-free evaluation framework", "SSLCounter, a novel self-supervised
    learning (SSL) framework"); a name's bracketed long form before the comma is passed over ("SHELLS (Semantic Head
    Estimation via ...), an efficient ... framework")."""
    if after < len(doc) and lexicon.VERSION_WORD.fullmatch(doc[after].text):
        after += 1  # "OnCoCo 1.0, a new public dataset": the name's version
    if after < len(doc) and doc[after].text == "(":
        close = next((i for i in range(after + 1, min(len(doc), after + _BRACKETED_WORDS)) if doc[i].text == ")"), None)
        after = close + 1 if close is not None else after
    if after >= len(doc) or not (doc[after].text == "," or doc[after].text == ":" and after + 1 < len(doc)
                                 and doc[after + 1].text in ("a", "an")):
        return None  # "Mangosteen, a ... corpus", "Mangosteen: a ... corpus"
    if _names_another(doc, after + 1):
        return None  # "we propose Multi-scale Temporal RoPE, Cross-Frame Error Correction, and ...": a list of names
    words: list[str] = []
    i = after + 1
    glued = False  # after a hyphen inside a word: "video-to-audio-based" goes on over "to"
    while i < len(doc) and len(words) < _APPOSITIVE_WORDS:
        tok = doc[i]
        if tok.text == "-" and not doc[i - 1].whitespace_ and not tok.whitespace_:
            i, glued = i + 1, True
            continue
        if tok.text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")" and not doc[i + 1].is_punct:
            i += 3
            continue
        if tok.is_punct or not glued and tok.lower_ in _APPOSITIVE_ENDS:
            break
        glued = False
        words.append(tok.text)
        i += 1
    if words and words[-1].lower() in SYSTEM_NOUNS:
        return METHOD  # "a structured grounding interface": the head names a system, not its modifier a task
    return type_from_head(words)


def _longest(spans: list[Span], notes: list[SpanInfo]) -> tuple[list[Span], list[SpanInfo]]:
    """The longest of overlapping spans (then the earliest), in text order, with their notes."""
    note_of: dict[tuple[int, int, int], SpanInfo] = {}
    for span, note in zip(spans, notes):
        note_of.setdefault((span.start, span.end, span.label), note)
    kept = filter_spans(spans)
    return kept, [note_of[(span.start, span.end, span.label)] for span in kept]


def make_name_patterns(nlp: Language, name: str) -> NamePatterns:
    """The ``kg_patterns`` factory (registered by :mod:`kg.extract.pipeline`)."""
    return NamePatterns(nlp, name)
