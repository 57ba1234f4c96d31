"""Names listed after the plural noun of their kind: "four datasets: LoveDA, Vaihingen, Potsdam, and iSAID",
"benchmarks such as Office-31, Office-Home, VISDA-C", "models like YoloV9"; or right before it: "the ISIC 2017,
ISIC 2018, and PH2 datasets", "PAL-UI-3B and PAL-UI-7B models".

The recognisers find the famous members of such lists and often miss the rest; the noun before the list says
what every member is. A member is a run of up to four name words ("ISIC 2019", "Stanford Dogs"); the list ends
at a member that goes on in lower-case words ("Sintel, Bonn, and DAVIS demonstrate that ...") and after the member
"and" or "or" joins ("..., and SLOPER4D, BMLiCap achieves ..."). Spans other
components found win, but a data set's or a model's noun types the names they found whole; the types cue words
give later win over the list's (:func:`kg.extract.entities.cue_type`).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.entities import is_other_kind
from kg.extract.rules.doc_text import doc_text
from kg.extract.rules.spans import SpanInfo, add_entities
from kg.extract.wordlists import CLAUSE_AFTER_A_DASH, FUNCTION_WORDS_AFTER_A_DASH, is_ordinary_word
from kg.schema import DATASET, METHOD, METRIC, MODEL, TASK

LIST_SCORE = 0.7

# Nouns of ways of working whose members' names often go on in lower case ("Rademacher complexity", "Zigbee networks").
_NAMES_GO_ON = frozenset({"frameworks", "approaches", "techniques", "strategies"})
_KIND_OF_NOUN = {"datasets": DATASET, "data sets": DATASET, "benchmarks": DATASET, "corpora": DATASET,
                 "databases": DATASET, "models": MODEL, "llms": MODEL, "vlms": MODEL, "mllms": MODEL,
                 "backbones": MODEL, "architectures": MODEL, "baselines": METHOD,
                 "methods": METHOD, "algorithms": METHOD, "frameworks": METHOD, "approaches": METHOD,
                 "techniques": METHOD, "strategies": METHOD, "metrics": METRIC}
# The noun, then what opens its examples: a colon, a bracket, "such as", "including", "namely", "e.g.," or "i.e.,"
# (after a dash too: "benchmarks-including MER2023, EMER, DFEW"), or a dash alone before a capital: "three remote
# sensing benchmarks-LoveDA, iSAID, and WHU-CD-outperforming ..."; or nothing, the names right after the noun, two or
# more closed by "and" or "or" ("four mainstream benchmarks LiDARHuman26M, FreeMotion, NoiseMotion, and SLOPER4D").
_LIST_OPEN = re.compile(
    rf"\b({'|'.join(sorted(_KIND_OF_NOUN, key=len, reverse=True))})"
    r"(?:\s*(:|\()\s*(?:(?:e\.g\.|i\.e\.),?\s*)?|(?:,?\s+|\s*[-–—]\s*)(?:such\s+as|including|namely|like)\s+"
    r"|\s*,?\s*\(?(?:e\.g\.|i\.e\.),?\s*|(,)\s+|[-–—](?=(?-i:[A-Z]))"
    r"|\s+for((?:\s+[\w\-]+){1,5}?)\s*(\()\s*"  # data for a task, then their names in brackets
    r"|( )(?=(?-i:[A-Z0-9]|[a-z]+[A-Z])))",
    re.IGNORECASE)
# Where a list ends: a full stop or semicolon, or the bracket it opened with.
_LIST_END = {"(": re.compile(r"\)|;|\.(?:\s|$)"), None: re.compile(r"[;()]|\.(?:\s|$)")}
# A bracket of a few words right after a word: "ResNego (for resource allocation negotiation)", "Cold-Start Tax (Ctax)".
_AFTER_A_WORD = re.compile(r"(?<=[\w.+\-])[ ]?\([^()]{1,80}\)")
# A preposition inside a name, before its next capitalised word: "over Union", "of Experts" (not "on", "for": a
# clause goes on so as often, "GPT-4 on ImageNet").
_GOES_ON = re.compile(r"(?:of|over)\s+[A-Z][\w\-]*")
_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# A word of a name: capitalised, an acronym, mixed case or with digits ("LoveDA", "iSAID", "CUB-200-2011", "T-LESS").
_NAME_WORD = re.compile(r"(?:[A-Z0-9][\w\-.+/@]*|[a-z]+[A-Z][\w\-.+]*)(?<![.\-])")
_MAX_WORDS = 4
# A capitalised word, hyphens joining others ("Gastro-Oesophageal"), and the endings of adjectives after a stem of
# three letters or more (not the short word of a name, "Pick-a-Pic").
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")
_ADJECTIVE = re.compile(r"(?<=[a-z]{3})(?:al|ar|ic|ous|ive|ary|ory)$")
_SIZE_FIRST = re.compile(r"\d+(?:\.\d+)?[BMK]\b")
# A plural acronym names a class of things, not one of them: "models such as LLMs and VLMs", "SpeechLLMs".
_CLASS_PLURAL = re.compile(r"[a-z]?[A-Z][\w\-]*[A-Z]s")


def _is_member(name: str, words: int) -> bool:
    """Whether a run of ``words`` name words is a list member: not a capitalised ordinary word or adjective alone
    ("Clarity", "Musculoskeletal"), not a size opening a name whose family is left out ("72B Instruct"), not a plural
    acronym ("LLMs"), no language, company or other kind the graph
    does not type ("English", "OpenAI"), and not opened by a stop word ("In Table 1")."""
    plain = words == 1 and _PLAIN_WORD.fullmatch(name) is not None
    if _SIZE_FIRST.match(name):
        return False  # "Qwen2.5 7B and 72B Instruct": a size of the name before, its family left out
    return not (plain and ("-" not in name and is_ordinary_word(name) or _ADJECTIVE.search(name))
                or _CLASS_PLURAL.fullmatch(name) or is_other_kind(name) or name.split()[0].lower() in STOP_WORDS)


def _dashed_clause_length(name: str) -> int:
    """The length of a clause's verb, a preposition or an article glued to the end of ``name`` by a dash written as a
    hyphen ("Ouroboros-3D-on custom data", "WHU-CD-outperforming"), or 0."""
    head, dash, word = name.rpartition("-")
    if dash and head and (word in CLAUSE_AFTER_A_DASH or word in FUNCTION_WORDS_AFTER_A_DASH):
        return len(word) + 1
    return 0


def _names_after_the_noun(text: str) -> list[tuple[int, int, str]]:
    """Names listed after the noun: "four datasets: LoveDA, Vaihingen, Potsdam, and iSAID"."""
    found = []
    for opened in _LIST_OPEN.finditer(text):
        noun = re.sub(r"\s+", " ", opened.group(1).lower())
        kind = _KIND_OF_NOUN[noun]
        if opened.group(5) and kind != DATASET:
            continue  # "six datasets for X-ray item detection (OPIXray, ...)"; not "models for tasks (ASR, TTS)"
        bracket = opened.group(2) or opened.group(5)
        listing = text  # the text after the noun, a member's bracket blanked, the list going on after it: "two new
        # datasets: JobNego (for job interview negotiation) and ResNego (for ...)", "metrics-Economic Break-Even
        # (Nbreak), ..."
        if bracket != "(" and "(" in text[opened.end() :]:
            listing = text[: opened.end()] + _AFTER_A_WORD.sub(lambda m: " " * len(m.group()), text[opened.end() :])
        closer = _LIST_END["(" if bracket == "(" else None].search(listing, opened.end())
        region_end = closer.start() if closer else len(listing)
        pos = opened.end()
        members = []
        joined = False  # whether "and" or "or" came before the member: the list's last
        while pos < region_end:
            separator = _SEPARATOR.search(listing, pos, region_end)
            member_end = separator.start() if separator else region_end
            words = list(re.finditer(r"\S+", listing[pos:member_end]))
            run = []
            for word in words[: _MAX_WORDS + 1]:
                if not _NAME_WORD.fullmatch(word.group()) or not run and not any(c.isalpha() for c in word.group()):
                    break  # a number goes on with a name ("ISIC 2019"), opens none
                run.append(word)
            if not run or len(run) > _MAX_WORDS:
                break  # no name, or a longer run than a name: where it ends is unknown
            start, end = pos + run[0].start(), pos + run[-1].end()
            end -= _dashed_clause_length(listing[start:end])
            if noun in _NAMES_GO_ON and len(run) < len(words) and words[len(run)].group()[:1].islower() \
                    and words[len(run)].group() not in STOP_WORDS and (separator is not None or bracket == "("):
                break  # "frameworks (PAC-Bayes and Rademacher complexity)", "techniques like WiFi, Zigbee networks,
                # Bluetooth": a member's name goes on in lower case, where it ends unknown (not "strategies: CutMix
                # and AnatoMix help", nor "SparseGPT and Wanda across ...", a clause after the list)
            going_on = " ".join(word.group() for word in words[len(run) : len(run) + 2])
            if len(run) < len(words) and _GOES_ON.fullmatch(going_on):
                break  # "Khmer Intersection over Union": a name going on past a preposition, where it ends unknown
            member = _is_member(listing[start:end], len(run))
            if member:
                members.append((start, end, kind))
            if len(run) < len(words) or separator is None or joined and member:
                break  # "DAVIS demonstrate that ...": the list ends in a clause; "..., and SLOPER4D, BMLiCap
                # achieves": after its last member (not "Qwen2.5 7B and 72B Instruct, GPT-4o": sizes "and" joins)
            joined = re.search(r"\b(?:and|or)\b", separator.group()) is not None
            pos = separator.end()
        if opened.group(3):  # "we release two benchmarks, OPV2V-R and Adver-City-R, with ...": an apposition
            if _closed_pair(listing, members):
                found += members
        elif opened.group(6):  # "benchmarks LiDARHuman26M, FreeMotion, and SLOPER4D": names closed by "and" or "or",
            # none of plain capitalised words alone (a title's "Models Decide Early and Explain Later")
            plain = [all(map(_PLAIN_WORD.fullmatch, listing[start:end].split())) for start, end, _ in members]
            if _closed_pair(listing, members, closed=False) and not any(plain):
                found += members
        elif len(members) >= 2 or bracket is None:
            found += members  # after a colon or a bracket, one name is a definition or a sentence: "models (LLMs)"
    return found


def _closed_pair(text: str, members: list[tuple[int, int, str]], closed: bool = True) -> bool:
    """Whether names after a noun (and a comma) are its apposition: two or more, the last after "and" or "or", and,
    where ``closed``, the list closed by a punctuation mark ("benchmarks, OPV2V-R and Adver-City-R, with"), not going
    on as a clause ("Across benchmarks, GPT-4 and Claude perform ...")."""
    if len(members) < 2:
        return False
    between = text[members[-2][1] : members[-1][0]]
    return re.search(r"\b(?:and|or)\s*$", between) is not None \
        and (not closed or re.match(r"\s*(?:[,.;:)]|$)", text[members[-1][1] :]) is not None)


# The plural noun right after a list of names, which says what all of them are: "the ISIC 2017, ISIC 2018, and PH2
# datasets", "the MALLS and Willow datasets", "PAL-UI-3B and PAL-UI-7B models".
_NOUN_AFTER = re.compile(r"(?<=\s)(datasets|data sets|benchmarks|corpora|models|LLMs|metrics)\b")
_SENTENCE_BREAK = re.compile(r".*(?:[;:()\[\]]|\.(?=\s))", re.S)
_LOOK_BACK = 300


# A list right before the noun: runs of one to four name words, joined by commas and a last "and" or "or" ("the
# ISIC 2017, ISIC 2018, and PH2", "MALLS and Willow"), to the end of the text before the noun.
_RUN = rf"(?:{_NAME_WORD.pattern})(?:\s(?:{_NAME_WORD.pattern})){{0,{_MAX_WORDS - 1}}}"
_LIST_BEFORE = re.compile(rf"(?:{_RUN},\s+)*{_RUN},?\s+(?:and|or)\s+{_RUN}\s+$")
_RUN_AT_END = re.compile(rf"{_NAME_WORD.pattern}\s+$")


def _names_before_the_noun(text: str) -> list[tuple[int, int, str]]:
    """Names listed right before the noun, in the sentence that holds it."""
    found = []
    for noun in _NOUN_AFTER.finditer(text):
        begin = max(0, noun.start() - _LOOK_BACK)
        cut = _SENTENCE_BREAK.match(text, begin, noun.start())
        listed = _LIST_BEFORE.search(text, cut.end() if cut else begin, noun.start())
        if listed is None:
            continue
        members = [m for m in re.finditer(_RUN, listed.group()) if m.group() not in ("and", "or")]
        if _RUN_AT_END.search(text, 0, listed.start()):
            members = members[1:]  # a longer run than a name before the first comma: where it starts is unknown
        if len(members) < 2:
            continue
        kind = _KIND_OF_NOUN[noun.group(1).lower()]
        found += [(listed.start() + m.start(), listed.start() + m.end(), kind) for m in members
                  if any(c.isalpha() for c in m.group()) and _is_member(m.group(), len(m.group().split()))]
    return found


def listed_names(text: str) -> list[tuple[int, int, str]]:
    """Character spans and types of the names listed after or right before a plural noun of their kind.

    >>> text = "on four datasets: LoveDA, Vaihingen, Potsdam, and iSAID."
    >>> [text[s:e] for s, e, _ in listed_names(text)]
    ['LoveDA', 'Vaihingen', 'Potsdam', 'iSAID']
    >>> text = "benchmarks including Sintel, Bonn, and DAVIS demonstrate that X outperforms Y"
    >>> [(text[s:e], kind) for s, e, kind in listed_names(text)]
    [('Sintel', 'Dataset'), ('Bonn', 'Dataset'), ('DAVIS', 'Dataset')]
    >>> text = "Experiments on the ISIC 2017, ISIC 2018, and PH2 datasets and the MALLS and Willow datasets."
    >>> [text[s:e] for s, e, _ in listed_names(text)]
    ['ISIC 2017', 'ISIC 2018', 'PH2', 'MALLS', 'Willow']
    """
    return sorted(set(_names_after_the_noun(text) + _names_before_the_noun(text)))


def _retypes(found: str, listed: str, after_the_noun: bool) -> bool:
    """Whether a list's noun overrules the type another component gave one of its names: a data set's noun always
    ("benchmarks, including LasHeR, RGBT234, DepthTrack": "DepthTrack" had been read for a model), a model's noun
    unless the name before it was read for a task ("ASR and TTS models" are models for tasks; "models, including
    Claude Opus 4, Computer-Use-Preview, and GPT-5" are models), a metric's noun ("metrics including CLIPScore,
    VQAScore and HPSv2": VQAScore had been read for a model) unless the name was read for a data set ("metrics on
    COCO"); "methods" and "baselines" only over a data set's reading ("tree search frameworks: Tree of Thoughts,
    ReST-MCTS, and RAP"), as they list models as often as methods."""
    return found != listed and (listed == DATASET or listed == MODEL and (found != TASK or after_the_noun)
                                or listed == METRIC and found != DATASET or listed == METHOD and found == DATASET)


class ListedNames:
    """Pipeline component adding the names of :func:`listed_names` where no other component found a span, and
    typing by the list's noun those another component found whole (:func:`_retypes`)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if not _LIST_OPEN.search(text) and not _NOUN_AFTER.search(text):
            return doc
        entities = {(e.start_char, e.end_char): e for e in doc.ents}
        spans, notes, retyped = [], [], {}
        listed_after = _names_after_the_noun(text)
        after_the_noun = {(start, end) for start, end, _ in listed_after}
        # the names of listed_names, knowing which a list gave after its noun
        for start, end, kind in sorted(set(listed_after + _names_before_the_noun(text))):
            found = entities.get((start, end))
            if found is not None:
                if _retypes(found.label_, kind, (start, end) in after_the_noun):
                    retyped[found] = Span(doc, found.start, found.end, label=kind)
                continue
            span = doc.char_span(start, end, label=kind)
            if span is not None:
                spans.append(span)
                notes.append(SpanInfo("list", LIST_SCORE))
        if retyped:
            doc.ents = [retyped.get(e, e) for e in doc.ents]
        add_entities(doc, spans, notes)
        return doc


def make_listed_names(nlp: Language, name: str) -> ListedNames:
    """The ``kg_listed_names`` factory (registered by :mod:`kg.extract.pipeline`)."""
    return ListedNames(nlp, name)
