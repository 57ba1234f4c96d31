"""Names introduced by a title: "DiffuseVAE: ..." proposes DiffuseVAE."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.entities import counts_millions_of_data, runs_into_clause
from kg.extract.rules.acronyms import match_long_form
from kg.extract.rules.lexicon import (COINED_SCORE_NAME, DATASET_NOUNS, HEAD_TYPES, VERSION_WORD, described_as_data,
                                     head_type, headed_by_a_model_class, is_architecture_name, type_from_head)
from kg.extract.wordlists import (CLAUSE_OPENERS, QUESTION_OPENERS, SHARED_TASK_PARTS, WORKSHOP_YEAR,
                                  is_ordinary_word)
from kg.schema import DATASET, METHOD, METRIC, MODEL, TASK

# One name-like token, or several when one of them is clearly a coined name (mixed case, digits).
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w\-\.\+]*|[a-z]+[A-Z][\w\-]*|\w*\d\w*)$")
_COINED = re.compile(r"[a-z][A-Z]|[A-Z]{2}|\d")
_DATASET_WORDS = DATASET_NOUNS | {"suite", "collection", "questions", "leaderboard", "challenge", "testbed", "data"}
_TASK_WORDS = {"task", "tasks", "problem", "problems", "challenge", "challenges"}
_METRIC_WORDS = {"metric", "metrics", "measure", "measures", "score", "scores"}
# The phrase set off after a name that calls it a system: ", a new OOD detection method".
_CALLED_A_SYSTEM = r"(?:\s*\([^()]{1,15}\))?,\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}(?:method|framework|approach|model|algorithm)\b"
_GENRES = {"position", "survey", "review", "tutorial", "perspective", "commentary", "opinion", "editorial", "erratum",
           "correction", "overview", "primer", "report", "keynote", "abstract"}
# A survey's words, in its subtitle's first noun phrase.
_SURVEY_WORDS = {"survey", "review", "overview", "advances", "advancements", "challenges", "opportunities", "trends",
                 "prospects", "tutorial", "primer"}
_RETURNS_TO = {"revisited", "reconsidered", "reloaded", "redux", "unveiled", "unleashed", "returns"}
_PRONOUNS = {"you", "your", "we", "our", "i", "my", "me", "it", "its", "they", "their", "us"}
_SETS_OF_ANYTHING = {"suite", "collection"}
# Nouns of a set, whose members a subtitle names after "of": "A Family of Language Models".
_COLLECTIVES = {"family", "suite", "series", "collection", "set", "mosaic", "compilation", "archive", "catalogue",
                "catalog"}
# Nouns of things gathered, which of anything but systems are data: "A Collection of ...", "A Planetary Mosaic of ...".
_GATHERINGS = {"collection", "mosaic", "compilation", "archive", "catalogue", "catalog"}
_SUBTITLE_STOP = {"for", "via", "with", "in", "to", "of", "by", "on", "from", "through", "as", "towards", "under",
                  "over", "without", "across", "at", "into", "beyond", "within", "using", "against", "between"}


# A shared task of a workshop's year: "SemEval-2026 Task 9", "CLEF 2025 Task 1".
_SHARED_TASK = re.compile(rf"(?:{WORKSHOP_YEAR.pattern})\s+(?:{'|'.join(sorted(SHARED_TASK_PARTS))})\s+\w+")


def title_name(doc: Doc, abstract: str = "") -> tuple[Span, str] | None:
    """The coined name before a title's colon and its type, or None.

    Several plain capitalised words ("Bigram Subnetworks: ...") name the contribution when the
    abstract uses them too.

    >>> import spacy
    >>> span, kind = title_name(spacy.blank("en")("DGNO: A Novel Neural Operator for PDEs"))
    >>> (span.text, kind)
    ('DGNO', 'Model')
    """
    colon = next((t.i for t in doc[:6] if t.text == ":"), None)
    if not colon:
        return None
    name = doc[:colon]
    # "The MixCount Dataset: ...": the name is the coined word, the article and the data set's noun frame it.
    framed = len(name) >= 3 and name[0].lower_ in {"the", "a", "an"} and name[-1].lower_ in _DATASET_WORDS \
        and any(_COINED.search(t.text) for t in name[1:-1])
    if framed:
        name = doc[1 : colon - 1]
    elif len(name) >= 2 and name[0].text == "Meet":
        name = doc[1:colon]  # "Meet UD_Czech-PDTC: A Large and Genre-Rich Treebank ...": the name it introduces
    words = [t for t in name if t.text != "-"]
    # the last word may be the name's version, written apart: "OnCoCo 1.0: A Public Dataset ..."
    if not words or not all(_name_word(t) for t in words[:-1]) \
            or not (_name_word(words[-1]) or len(words) >= 2 and VERSION_WORD.fullmatch(words[-1].text)):
        return None
    if any(t.text == "-" and (t.whitespace_ or doc[t.i - 1].whitespace_) for t in name if t.i > 0):
        return None
    # Several words name one coined thing when one is coined (mixed case, digits) or they are hyphenated.
    hyphenated = len(words) < len(name)
    if len(words) == 1 and words[0].lower_ in _GENRES:
        return None  # "Position: The Term ... Is Overused", "Survey: ...": the paper's kind, not its contribution
    if not any(_COINED.search(t.text) for t in words) \
            and _SURVEY_WORDS.intersection(t.lower_ for t in _subtitle_phrase(doc[colon + 1 :])):
        return None  # "Place Recognition: A Comprehensive Review", "Efficient Video Diffusion Models: Advancements and
        # Challenges": the topic a survey reviews, in plain words (not "MIMRS: A Survey on ...", the survey's name)
    if len(words) == 1 and words[0].text.istitle() and is_ordinary_word(words[0].lower_) \
            and not _named_in_running_text(words[0].text, abstract) \
            and head_type([t.text for t in _subtitle_phrase(doc[colon + 1 :])]) is None:
        return None  # "Conversations: Love Them, Hate Them, Steer Them": a topic in an English word (not "Mirror: ...",
        # a method the abstract names "Mirror" mid-sentence, nor "Radio: Rate-Distortion Optimization ...", a name the
        # subtitle says is a system's)
    if len(words) > 1 and (words[-1].lower_ in _RETURNS_TO or [t.lower_ for t in words[-2:]] == ["strikes", "back"]):
        return None  # "nuScenes Revisited: ...", "RANSAC Revisited: ...": a study of a known thing, not a new one
    if len(words) > 1 and not hyphenated and words[0].lower_ in CLAUSE_OPENERS:
        return None  # "Taming DragDiffusion: ...", "Revisiting ...": what the paper does to a thing, named after the verb
    if len(words) > 1 and not hyphenated and any(t.lower_ in _PRONOUNS for t in words):
        return None  # "Think Thrice Before You Speak: ...": a slogan, not a name ("Follow-Your-Emoji" is one)
    if len(words) > 1 and not hyphenated and not any(_COINED.search(t.text) for t in words) \
            and name.text.lower() not in abstract.lower():
        return None
    own_noun = len(words) > 1 and words[-1].lower_ in DATASET_NOUNS  # "FastAT Benchmark: A Comprehensive Framework"
    if framed or own_noun or described_as_data(name.text, abstract):  # "GRAB: ..." and "GRAB, a finance-specific
        return name, DATASET  # benchmark"
    if _SHARED_TASK.fullmatch(name.text):
        return name, DATASET  # "SemEval-2026 Task 9: Detecting ...": a shared task's overview, its data as the graph
        # types shared tasks elsewhere
    return name, _contribution_type(doc, name, doc[colon + 1 :], abstract)


def _named_in_running_text(word: str, abstract: str) -> bool:
    """Whether the abstract writes ``word`` capitalised where a sentence does not open: as a name."""
    return re.search(rf"(?<![.!?:]\s)(?<=\s){re.escape(word)}\b", abstract) is not None


def _name_word(token: Token) -> bool:
    """A word of a title's name: name-like (:data:`_NAME_TOKEN`) or a piece between hyphens."""
    return bool(_NAME_TOKEN.match(token.text)) or _inside_hyphens(token)


# A name written mostly in capitals: an acronym a subtitle may spell ("CATNet", "APPO"; not "LongAnimation").
ACRONYM_LEAD = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})(?=[^a-z]*(?:[a-z][^a-z]*){0,3}$)[A-Za-z0-9\-]{2,10}")
_MAX_LONG_FORM = 8


def spelt_long_form(doc: Doc, name: Span) -> Span | None:
    """The subtitle's first noun phrase where its words spell the title's acronym, or None: "CATNet: Collaborative
    Alignment and Transformation Network for ..." names CATNet's long form, whose words the recognisers read as
    pieces ("Collaborative Alignment").

    >>> import spacy
    >>> doc = spacy.blank("en")("CATNet: Collaborative Alignment and Transformation Network for Perception")
    >>> spelt_long_form(doc, doc[:1]).text
    'Collaborative Alignment and Transformation Network'
    """
    if not ACRONYM_LEAD.fullmatch(name.text) or name.end >= len(doc) or doc[name.end].text != ":":
        return None
    phrase = _subtitle_phrase(doc[name.end + 1 :])
    if not phrase or phrase[0].lower_ in ("a", "an", "the") or any(t.text == "," for t in doc[phrase[0].i : phrase[-1].i]):
        return None
    long = doc[phrase[0].i : phrase[-1].i + 1]
    words = long.text.split()
    if not 2 <= len(words) <= _MAX_LONG_FORM or match_long_form(name.text, words) != 0 or runs_into_clause(words):
        return None  # (nor a clause: "MoCa: Modality-aware Continual Pre-training Makes Better ... Embeddings")
    return long


def _inside_hyphens(token: Token) -> bool:
    """A lower-case word joined by hyphens on both sides, inside a name: "of" of "Chain-of-Tools"."""
    doc = token.doc
    return token.is_lower and 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "-" \
        and doc[token.i + 1].text == "-" and not doc[token.i - 1].whitespace_ and not token.whitespace_


def _contribution_type(doc: Doc, name: Span, subtitle: Span, abstract: str = "") -> str:
    """The type of a title's name: the recogniser's, the subtitle's head noun's, or Method.

    The recogniser reads unseen coined names as datasets ("NeuRBF", "STARNet"); a title names a
    dataset only when its subtitle or the name itself says so ("MMEB: A Benchmark for ...", "SpinBench: ..."),
    and a task or a metric only when its subtitle says so ("VidSitu: A New Task for ...", "CLIPScore: A
    Reference-free Evaluation Metric for ...").
    """
    found = _entity_type(doc, name)
    head = [t.lower_ for t in _members_phrase(subtitle)]
    if head and head[0].endswith("ing") and head[0] not in ("benchmarking", "evaluating"):
        head = []  # "ImagebindDC: Compressing Multi-modal Data with ...": what the name does, to the data it names
    if found == DATASET and not name.text.lower().endswith("bench") and not counts_millions_of_data(name.text) \
            and not _DATASET_WORDS.intersection(head):
        found = None  # "ATM: Zero-Shot Shape Matching for Uncurated Data": a method for data ("DenseWorld-1M: Towards
        # Detailed Dense Grounded Caption ..." counts its data in millions)
    if found == TASK and not _TASK_WORDS.intersection(head):
        found = None  # "BEV-Denoise: Learning Intrinsic Noise for ... Segmentation": a method for a task
    if found == METRIC and not _METRIC_WORDS.intersection(head):
        found = None  # "AvatarArtist: Open-Domain 4D Avatarization": a system; "CLIPScore: A ... Metric for ..." stays
    said = _subtitle_type(subtitle)
    if len(head) >= 2 and head[-1] == "challenge" and head[0] not in ("a", "an", "the"):
        return DATASET  # "MEGC2025: Micro-Expression Grand Challenge on ...": a challenge's data, whatever was read (not
        # "... Challenges and Opportunities", a survey's, nor "a New Challenge for 3D Object Detection")
    set_off = _set_off_as_a_system(name.text, abstract)
    if not head and _subtitle_phrase(subtitle):
        # a subtitle that says what the name does: its object's kind is not the name's ("Dynamic-I2V: Exploring
        # Image-to-Video Generation Models via ..." proposes "an innovative framework"), the abstract's words are
        said = set_off or said
    if said == DATASET and found in (METHOD, MODEL) and not _SETS_OF_ANYTHING.intersection(head):
        # "PairHuman: A High-Fidelity Photographic Dataset for ...", whatever the recogniser read; not "TigerCoder: A
        # Novel Suite of LLMs for ...", a suite of models
        return DATASET
    long = spelt_long_form(doc, name)
    if _head_noun_type(subtitle) == METRIC or long is not None and long[-1].lower_ in ("metric", "metrics") \
            or _a_measure(subtitle):
        return METRIC  # "TBC: A Target-Background Contrast Metric for ...", whatever the recogniser read; "ExCAM:
        # Explainable Cultural Awareness Metrics", the name's long form; "Advanced Acceptance Score: A Holistic
        # Measure for ..."
    spelt_head = head_type([t.text for t in long]) if long is not None and long[0].lower_ not in CLAUSE_OPENERS \
        else None  # not a clause the capitals are taken from: "REAR: REthinking Visual Autoregressive Models via ..."
    if spelt_head in (METHOD, MODEL) and found in (METHOD, MODEL, None):
        return spelt_head  # "ASPO: Asymmetric Importance Sampling Policy Optimization", read as a model: the head of the
        # long form the subtitle spells
    if COINED_SCORE_NAME.fullmatch(name.text) and said != DATASET \
            and not re.search(re.escape(name.text) + _CALLED_A_SYSTEM, abstract):
        return METRIC  # "ConflictScore: Identifying and Measuring How Language Models Handle ...", "BERTScore: ...": a
        # coined score, whatever the subtitle's models (not "EigenScore, a new OOD detection method")
    if said in (METHOD, MODEL) and found in (METHOD, MODEL) and _head_noun_type(subtitle) == said:
        return said  # "RoboEnvision: A Long-Horizon Video Generation Model for ...", read as a method (not what a
        # subtitle without its article says the name does: "UniCA: Adapting Time Series Foundation Model to ...")
    if set_off and found in (METHOD, MODEL) and not is_architecture_name(name.text):
        return set_off  # the abstract's words over the recogniser's: "Skyfall-GS, the first city-block scale 3D scene
        # creation framework", read as a model (not "DiffuseVAE, a novel generative framework": a network by its name)
    return found or said or METHOD


_SYSTEM_HEAD_WORDS = "|".join(sorted(word for word, kind in HEAD_TYPES.items() if kind in (METHOD, MODEL)))
# Compiled once and matched after each place the abstract writes the name: a pattern built for each name would be
# compiled again for each title (the alternation of head words takes milliseconds to compile).
_SET_OFF_AS_A_SYSTEM = re.compile(rf"(?:\s*\([^()]{{1,15}}\))?,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,7}}?"
                                  rf"({_SYSTEM_HEAD_WORDS})(?![\w\-])")


def _set_off_as_a_system(name: str, abstract: str) -> str | None:
    """Method or Model where the abstract sets the name off as one: "ForceVLA, a novel end-to-end manipulation
    framework", "Legal Assist AI, a transformer-based model designed to ..."."""
    start = abstract.find(name)
    while start != -1:
        if found := _SET_OFF_AS_A_SYSTEM.match(abstract, start + len(name)):
            return HEAD_TYPES[found.group(1)]
        start = abstract.find(name, start + 1)
    return None


def _head_noun_type(subtitle: Span) -> str | None:
    """The type the head noun of a subtitle's first noun phrase gives, where an article opens it: "A Self-Evolving
    World Model" a model, "A Powerful xLSTM-based Method" a method; not "An LLM-based ASR Scoring ..." (no head noun
    of a type)."""
    phrase = [t.text for t in _members_phrase(subtitle)]
    if not phrase or phrase[0].lower() not in ("a", "an"):
        return None
    conjunct = phrase[: next((i for i, w in enumerate(phrase) if w.lower() in ("and", "or")), len(phrase))]
    return head_type(conjunct[-1:]) or (MODEL if headed_by_a_model_class(conjunct) else None)


def _a_measure(subtitle: Span) -> bool:
    """Whether the subtitle's first noun phrase is a measure with its article ("A Holistic Measure"): a word the
    lexicon gives no type, as a measure of a thing is as often a step taken ("safety measures")."""
    phrase = [t.lower_ for t in _members_phrase(subtitle)]
    return len(phrase) > 1 and phrase[0] in ("a", "an") and phrase[-1] in ("measure", "measures")


def _entity_type(doc: Doc, span: Span) -> str | None:
    for ent in doc.ents:
        if ent.start == span.start and ent.end == span.end:
            return ent.label_
    return None


def _subtitle_phrase(subtitle: Span) -> list[Token]:
    """The subtitle's first noun phrase, up to a preposition or punctuation other than a comma between its modifiers:
    what the name is ("A Multi-Resolution and Multi-Modal Dataset" of "... for Roadside Cooperative Perception", "A
    Large scale, Taxonomically Enriched Dataset")."""
    words: list[Token] = []
    for tok in subtitle:
        if tok.text == ",":
            continue
        if tok.lower_ in _SUBTITLE_STOP and not _inside_hyphens(tok) or tok.is_punct and not _joins_words(tok):
            break  # (a preposition inside hyphens is a modifier's: "A Unified Staged-to-Wild Benchmark")
        words.append(tok)
    return words


def _members_phrase(subtitle: Span) -> list[Token]:
    """The subtitle's first noun phrase, or where it names a set, the phrase of its members after "of", behind the
    set's article: "A Language Models" of "A Family of Language Models for ..." (a set of data is data: "A Suite of
    Benchmarks")."""
    phrase = _subtitle_phrase(subtitle)
    if not phrase or phrase[-1].lower_ not in _COLLECTIVES or phrase[-1].i + 2 >= subtitle.end \
            or subtitle.doc[phrase[-1].i + 1].lower_ != "of":
        return phrase
    members = _subtitle_phrase(subtitle.doc[phrase[-1].i + 2 : subtitle.end])
    return [phrase[0], *members] if phrase[0].lower_ in ("a", "an") else members


def _joins_words(token: Token) -> bool:
    """A hyphen, or a dash written between two words without spaces as one: "a face--phone Interaction Dataset"."""
    return token.text == "-" or token.text in ("--", "–") and not token.whitespace_ and token.i > 0 \
        and not token.doc[token.i - 1].whitespace_


def _subtitle_type(subtitle: Span) -> str | None:
    """The type the subtitle's first noun phrase gives, read in its first conjunct that has one: "A Benchmark
    and Evaluation Framework" is a data set, "A Generalizable and Efficient World-Action Model" a model."""
    if len(subtitle) and subtitle[0].lower_ in ("benchmarking", "evaluating"):
        return DATASET  # "EG-VQA: Benchmarking Verifiable Video QA", "Schützen: Evaluating LLM Safety": a benchmark
    if len(subtitle) and subtitle[0].text.capitalize() in QUESTION_OPENERS:
        return None  # "BenchScope: How Many Independent Signals Does Your Benchmark Provide?" says not what it is
    phrase, members = _subtitle_phrase(subtitle), _members_phrase(subtitle)
    if phrase and phrase[0].lower_ in ("a", "an", "the") and phrase[-1].lower_ in _GATHERINGS \
            and head_type([t.text for t in members][-1:]) not in (METHOD, MODEL):
        return DATASET  # "TerraMesh: A Planetary Mosaic of Multimodal Earth Observation Data", "RealHarm: A Collection
        # of Real-World Language Model Application Failures": things gathered are data (not "A Collection of LLMs")
    conjunct: list[str] = []
    for tok in [*members, None]:
        if tok is not None and tok.lower_ not in ("and", "or"):
            conjunct.append(tok.text)
            continue
        found = type_from_head(conjunct) or (MODEL if conjunct and conjunct[0].lower() in ("a", "an")
                                              and headed_by_a_model_class(conjunct) else None)  # "A Dynamic
        # Tool-integrated MLLM" (not "Jointly Evolving MLLM and Sampler", what the name does)
        if found in {MODEL, DATASET, METHOD}:
            return found
        conjunct = []
    return None
