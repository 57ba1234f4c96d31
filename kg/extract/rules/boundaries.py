"""Boundary rules for every entity span, whichever component found it.

- no leading determiner or possessive ("the", "our", "this"), no trailing punctuation or reporting verb
  ("THINGS-EEG achieve" becomes "THINGS-EEG");
- hyphenated words stay whole ("BERT" in "BERT-base" becomes "BERT-base");
- a role noun or a plural of a system's parts after a coined name is cut ("TF-IDF baseline", "YOLOv8-L teacher",
  "CLIP embeddings" become "TF-IDF", "YOLOv8-L", "CLIP"),
  and so is a kind noun in lower case after a name of capitalised words ("Reward-guided Trajectory Scaling
  method" becomes "Reward-guided Trajectory Scaling", "DocQT framework" "DocQT"), unless Papers with Code
  knows the whole;
- brackets balance: an unmatched bracket and what follows it are cut ("generalization (perplexity"
  becomes "generalization"), a span that closes a bracket opened just before it takes the opener;
- head-noun extension: a run of capitalised words takes the capitalised words and the type head noun
  that follow it ("Deep Contextualized Neural Autoregressive Topic" + "Model").

spaCy's noun chunks would give head nouns too, but they need a parser, which costs more than the
whole extraction; these rules read token text only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract import knowledge
from kg.extract.entities import GENERIC, LEADING, REPORTING_VERBS, is_coded, is_leading, is_plural
from kg.extract.generic import SPANS_KEY
from kg.extract.rules.doc_text import doc_text
from kg.extract.rules.lexicon import DATASET_NOUNS, HEAD_TYPES, SUSPENDED_HYPHEN, head_type
from kg.extract.rules.spans import info
from kg.extract.wordlists import (AUXILIARIES, BASE_VERBS, CLAUSE_AFTER_A_DASH, CLAUSE_OPENERS, DIMENSION,
                                  EVALUATIVE_MODIFIERS, FUNCTION_WORDS_AFTER_A_DASH, KIND_NOUNS, MODEL_SIZE_WORDS,
                                  OTHER_KINDS, PART_PLURALS, ROLE_NOUNS, RUN_ON_VERBS, SHARED_TASK_PARTS, WORKSHOP_YEAR,
                                  is_coined, of_model_family)
from kg.schema import DATASET, METHOD, METRIC, MODEL, TASK

_TRAILING = {",", ".", ";", ":", "(", "[", "-", "/", "'s", "’s", "''", "\"", "”"}  # a closing quote too ("``X''")
# Names of two words joined by "of" (or "over"), keyed by their last word: "chain of thought", "Tree of Thoughts",
# "Mixture of Experts", "Intersection over Union".
_JOINED_BY_OF = {"thought": ("chain", "tree", "graph"), "thoughts": ("chain", "tree", "graph"), "experts": ("mixture",),
                 "union": ("intersection",)}
# Adverbs of sequence, written apart, that end no name ("LIVE first performs", "PAINE then"; not "OCR-first", nor a
# title's capitalised "Safety First").
_TRAILING_ADVERBS = {"first", "then", "alone", "further", "also"}
# Participles that open a clause after a name, in lower case: "nine LLM-based metrics spanning four dimensions",
# "DR featuring minimal web crawling".
_CLAUSE_PARTICIPLES = frozenset({"spanning", "including", "covering", "containing", "comprising", "featuring", "using",
                                 "leveraging", "incorporating", "combining", "integrating", "achieving", "yielding",
                                 "enabling", "requiring", "involving", "showing"})
# Participles a role follows: "X emerging as", "X serving as" (not "UV unwrapping as a ... problem").
_SERVING_AS = frozenset({"emerging", "serving", "acting", "functioning", "working", "appearing", "posing", "standing",
                         "behaving", "doubling", "masquerading"})
# A signed gain written after a name: "RoadRunner +28%".
_SIGNED_NUMBER = re.compile(r"[+\-−±]\d+(?:[.,]\d+)?")
# Units a value written before a name is in: "40.5 percent mask AP", "3.2 points BLEU".
_VALUE_UNITS = frozenset({"percent", "percentage", "points", "pp"})
# Adverbs that point at one item of a list, opening a span: "dense prediction tasks, particularly semantic segmentation".
_FOCUS_ADVERBS = frozenset({"particularly", "especially", "notably", "specifically", "mainly", "primarily", "mostly"})
_SPACED_DASHES = {"-", "--", "---", "–", "—"}
_KINDS_BEFORE_A_DASH = frozenset({"methods", "models", "tasks", "datasets", "benchmarks", "baselines", "approaches",
                                  "llms", "architectures", "metrics", "algorithms", "frameworks"})
_MAX_EXTENSION = 3
_VERSION = re.compile(r"v?\d+(?:\.\d+)*[a-z]?", re.I)
_SIZE = re.compile(r"\d+(?:\.\d+)?[BMK]?(?:-?param(?:eter)?s?)?", re.I)
# Words a title capitalises that continue no name ("Representation Learning Using A PDE Model").
# "Pose Estimation Made Practical", "X Meets Y", "AI Travel Agent Would Book You", "... Models When Not to Know"
_TITLE_FUNCTION_WORDS = AUXILIARIES | {
    "for", "with", "via", "of", "in", "on", "from", "to", "and", "or", "by", "as", "at", "towards", "toward", "through",
    "under", "over", "without", "beyond", "into", "made", "makes", "meets", "meet", "matters", "matter", "needs", "need",
    "when", "where", "why", "how", "what", "which", "who", "not", "than", "that", "if", "while", "versus", "vs"}


# Verbs in their base form after a plural noun, where a span ran on into its clause ("support" is no run-on verb
# elsewhere: "support vector machine").
_VERBS_AFTER_A_PLURAL = BASE_VERBS | {"support", "lack", "allow"}


def _plural_noun(word: str) -> bool:
    """A plural noun, lower-case ("videos"), capitalised ("Transformers") or coined ("PSENNs", "MaMs", "LLMs")."""
    return is_plural(word) or word.istitle() and is_plural(word.lower()) \
        or bool(re.fullmatch(r"[\w\-]*[A-Z\d][\w\-]*[A-Z\d]s", word))


# A verb in the third person singular: "spans", "complicates"; not a plural noun's ending "-ics", "-ss", "-us", "-is".
_VERB_AFTER_RELATIVE = re.compile(r"(?![a-z]*(?:ics|ss|us|is)$)[a-z]+s")
_DATA_FOR = frozenset({"for", "of", "on", "in", "with", "from", "to"})
# Verbs in their base form that open a clause after "to" or a relative pronoun, with the verbs of measuring ("metrics
# that measure alignment", "used to measure alignment scores"; `BASE_VERBS` leaves "measure" out, a noun as often).
_CLAUSE_BASE_VERBS = BASE_VERBS | {"measure", "quantify", "assess"}
_SIGNED_OR_DECIMAL = re.compile(r"[+\-−±~]\d+(?:[.,]\d+)?%?|\d+\.\d+%?|\d+/\d+")  # "+5.82", "0.5", "21/140"


_PLAIN_MODIFIERS = {"vanilla", "standard", "original", "pretrained", "pre-trained", "finetuned", "fine-tuned",
                    "frozen", "autoregressive", "open-source", "proprietary", "official", "default", "popular",
                    "strong", "recent", "baseline"}
# A description of what a benchmark or a system is for, before its coined name: "grammar-focused MadinahQA",
# "safety-oriented AraTrust", "user-centric FooBench", "recency-sensitive FreshQA".
_WHAT_IT_IS_FOR = re.compile(r"[a-z]+-(?:focused|oriented|centric|sensitive)")
# Words of the setting a system is run or trained in, before its coined name: "supervised nnU-Net", "zero-shot
# GPT-4o", "self-supervised ViT" (not before a task's acronym: "zero-shot NER" is a task).
_SETTING_MODIFIERS = {"supervised", "unsupervised", "self-supervised", "semi-supervised", "weakly-supervised",
                      "zero-shot", "few-shot", "one-shot", "quantized", "quantised", "distilled", "instruction-tuned",
                      "off-the-shelf"}

# Technical words that name a variant of the method they open: "variational Gaussian Processes", "generalized
# Reed-Solomon codes", "conditional Wasserstein GAN".
_VARIANT_MODIFIERS = frozenset({"variational", "generalized", "generalised", "kernelized", "kernel", "convolutional",
                                "recurrent", "stochastic", "conditional", "hierarchical", "sparse", "deep", "quantum",
                                "neural", "probabilistic", "latent", "linear", "nonlinear", "bidirectional", "masked",
                                "denoising", "residual", "gated", "truncated", "weighted", "adaptive", "inverse",
                                "partial", "relaxed", "regularized", "graph", "dynamic", "robust", "distributed",
                                "federated", "differentiable", "implicit", "explicit", "discrete", "continuous"})
# Words of how hard or how directly a task is done, or when, how usually or by what, before the task's name: "complex
# mathematical reasoning", "direct answer generation", "modern face recognition", "automatic semantic parsing",
# "generic multi-document summarization" (not "novel" of "novel view synthesis", nor "dynamic" of "dynamic scene
# reconstruction": names of tasks; nor a whole Papers with Code knows, "automatic speech recognition").
_TASK_MANNER = frozenset({"complex", "direct", "deeper", "basic", "degraded", "human-level", "expert-level",
                          "superficial", "shallow", "systematic", "single-pass", "modern", "contemporary", "typical",
                          "practical", "automatic", "automated", "generic"})
# Words that praise or fault a system or say it is the usual one: "expensive RL", "costly fine-tuning", "standard
# LoRA fine-tuning".
_SYSTEM_PRAISE = EVALUATIVE_MODIFIERS | {"expensive", "costly", "cheap", "inexpensive", "standard", "vanilla",
                                         "conventional", "traditional", "typical", "classical"}
# The words of a model family's release written after the family's name (`wordlists.MODEL_FAMILIES`): a version, a
# size, a tier ("Claude Opus 4.6", "Gemini 2.5 Pro", "Llama 3.1 70B Instruct", "MiniMax M2.5").
_RELEASE_WORD = re.compile(
    r"v?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[BbMm]|\d+x\d+[Bb]|A\d+[Bb]|[A-Z]\d+(?:\.\d+)?"
    r"|(?i:opus|sonnet|haiku|pro|flash|ultra|nano|lite|max|plus|turbo|instruct|chat|thinking|codex|coder|preview"
    r"|exp|experimental)|Vision|VL|Image|Scout|Maverick|Large|Small|Medium|Mini")


def _with_release_words(doc: Doc, start: int, end: int) -> int:
    """The end of a span of a model family's name grown over the release words written after it (at most four)."""
    if not doc[start].text[:1].isupper() or not of_model_family(doc[start].text):
        return end
    grown = end
    while grown < len(doc) and grown - end < 4 and doc[grown - 1].whitespace_ and not doc[grown].is_sent_start \
            and _RELEASE_WORD.fullmatch(doc[grown].text):
        grown += 1
        if grown < len(doc) and not doc[grown - 1].whitespace_ and doc[grown - 1].like_num \
                and doc[grown].text in ("B", "M", "b", "m"):
            grown += 1  # "GPT-2 557M", its size split by the tokenizer into "557" and "M"
    # and over release words glued on by hyphens: "Llama 3.3-70B-Instruct", "Gemini 2.0-flash", "Gemma 2 2B-IT" (not
    # "Qwen 2.5-based agents", built on the model, nor "Mistral 123B-despite", a dash)
    while end < grown and grown + 1 < len(doc) and doc[grown].text == "-" and not doc[grown - 1].whitespace_ \
            and not doc[grown].whitespace_ and (_RELEASE_WORD.fullmatch(doc[grown + 1].text)
                                                or doc[grown + 1].text.isupper() and doc[grown + 1].is_alpha):
        grown += 2
    return grown


# Sizes of a model written after its name ("GPT-4o mini", "BERT large"), and nouns a size word modifies instead
# ("BERT large enough", "... small data").
_SIZE_WORDS = MODEL_SIZE_WORDS | {"medium", "xl", "xxl"}
_SIZED_NOUNS = frozenset({"enough", "scale", "number", "numbers", "amount", "amounts", "data", "dataset", "datasets",
                          "set", "sets", "batch", "batches", "margin", "margins", "gap", "gaps", "gain", "gains",
                          "improvement", "improvements", "language", "vision", "corpus", "corpora", "fraction",
                          "portion", "part", "share", "subset", "sample", "samples", "size", "sizes"})
_ACRONYM_PLURAL = re.compile(r"[\w\-]*[A-Z]s")  # "LLMs", "VLMs", "Video-LLMs": a class, not one model
# An acronym, digits allowed: "RL", "MLP", "3DGS", "LLMs".
_ACRONYM = re.compile(r"\d?[A-Z][A-Z\d]+s?")
# Nouns of systems that head a phrase a span stopped short of ("... in Multimodal Language Models").
_SYSTEMS_NOUNS = frozenset({"model", "models", "system", "systems", "network", "networks", "agent", "agents",
                            "ecosystem", "ecosystems"})


def _one_coined_word(span: Span) -> bool:
    """Tokens written as one coined word with a lower-case letter and a capital inside or a digit ("SegResNet",
    "VARGPT-v1.1", "Qwen2.5"); not an acronym ("RL" of "offline RL") nor a capitalised word."""
    text = span.text
    return all(not t.whitespace_ for t in span[:-1]) and any(c.islower() for c in text) and is_coined(text)


def _without_plain_modifiers(doc: Doc, start: int, end: int, label: str | None) -> int:
    """The start of a coined name of one word or a name of capitalised words after the plain descriptions or settings
    before it ("strong supervised nnU-Net", "pretrained SegResNet", "zero-shot GPT-4o", "safety-oriented AraTrust",
    a sentence's "Fine-tuned GPT-4o-mini"; not "zero-shot NER", a task's acronym, nor "zero-shot ImageNet", its task)."""
    first, setting = start, False
    # a sentence's first word is capitalised: "Fine-tuned GPT-4o-mini achieves ..."
    while first < end and (doc[first].is_lower or first == start and doc[first].is_sent_start
                           and doc[first].text[1:].islower()):
        plain = _first_word_last_token(doc, first, end)
        modifier = doc[first : plain + 1].text.lower()
        if modifier not in _PLAIN_MODIFIERS and modifier not in _SETTING_MODIFIERS \
                and not _WHAT_IT_IS_FOR.fullmatch(modifier):
            break
        setting = setting or modifier in _SETTING_MODIFIERS
        first = plain + 1
    if first == start or first >= end:
        return start
    # the name without a role or kind noun after it, which a later step cuts ("nnU-Net baseline")
    name = doc[first : end - 1] if end - first >= 2 and (doc[end - 1].lower_ in ROLE_NOUNS
                                                        or doc[end - 1].lower_ in KIND_NOUNS) else doc[first:end]
    coined = _one_coined_word(name)
    if not doc[start].is_lower and not (coined and (re.search(r"\d|[a-z][A-Z]", name.text)
                                                    or _ACRONYM.fullmatch(name.text))):
        return start  # a sentence's capitalised first word goes before a coined name with a digit, inner capitals or
        # all in capitals only ("Fine-tuned GPT-4o-mini", "Pretrained SegResNet"; not "Supervised Fine-Tuning")
    if setting:
        return first if coined and label != DATASET and (label != TASK or not name.text.isupper()) else start
    return first if coined or all(t.text[:1].isupper() or t.text == "-" for t in name) else start


def _first_word_last_token(doc: Doc, start: int, end: int) -> int:
    """The last token of the span's first word, its hyphenated pieces joined ("high-quality", "text-based")."""
    last = start
    while last + 2 < end and doc[last + 1].text == "-" and not doc[last].whitespace_ and not doc[last + 1].whitespace_:
        last += 2
    return last


def _without_manner(doc: Doc, start: int, end: int, titled: bool = True,
                    modifiers: frozenset[str] = EVALUATIVE_MODIFIERS) -> int:
    """The start of a lower-case task phrase after a first word that only says how the task is done
    (:data:`~kg.extract.wordlists.EVALUATIVE_MODIFIERS`: "high-quality image generation"; :data:`_TASK_MANNER`:
    "complex mathematical reasoning"; capitalised where the whole phrase is, as a title writes it, when
    ``titled``), where a phrase of two words or more is left and Papers with Code does not know the whole ("robust
    speech recognition")."""
    first = _first_word_last_token(doc, start, end)  # "high-quality", "cost-effective": one word
    word, rest = doc[start : first + 1].text, doc[first + 1 : end]
    # a title capitalises every word: "... for Unified Multi-View Reconstruction"; a sentence its first word only
    # ("Direct 2D image processing would ...")
    written = word.islower() or titled and all(t.text[:1].isupper() for t in rest if t.is_alpha) \
        or doc[start].is_sent_start and word[1:].islower() and all(t.is_lower for t in rest if t.is_alpha)
    if written and word.lower() in modifiers and len(rest.text.split()) >= 2 and not rest[0].is_punct \
            and rest[0].lower_ not in ("and", "or") and not knowledge.lookup(doc[start:end].text) \
            and not _spelt_after(doc, end, word):
        return first + 1
    return start


def _spelt_after(doc: Doc, end: int, word: str) -> bool:
    """Whether the acronym in brackets after a span opens with ``word``'s initial: "Unified multimodal models (UMMs)"
    is defined whole."""
    return end + 1 < len(doc) and doc[end].text == "(" and doc[end + 1].text[:1] == word[:1].upper()


# Verbs that open a clause where a span starts with them: the run-on verbs ("supports face recognition") and a few
# more ("simplifies system design").
_LEADING_VERBS = RUN_ON_VERBS | {"simplifies", "adjusts", "evolves", "excludes", "fosters", "harmonizes",
                                 "harmonises", "informs"}


# The headings of a structured abstract ("Background:", "Methods:", "Conclusions:").
_SECTION_HEADINGS = frozenset({"Background", "Objective", "Objectives", "Methods", "Results", "Conclusion",
                               "Conclusions", "Approach", "Purpose", "Aim", "Aims", "Significance", "Findings",
                               "Motivation", "Design", "Discussion", "Limitations", "Implications", "Introduction",
                               "Methodology", "Evaluation", "Context"})


def _clause_after_a_dash(doc: Doc, dash: int) -> bool:
    """Whether the hyphen at token ``dash`` stands for a dash before a clause, a preposition or an article:
    "StrongSORT-using a custom dataset", "GPT-4, Llama, and Mistral-on several tasks", "SMTrack-the first ..." (not
    "plug-in", a compound in lower case)."""
    word = doc[dash + 1].text
    return word in CLAUSE_AFTER_A_DASH or word in FUNCTION_WORDS_AFTER_A_DASH and doc[dash - 1].text[:1].isupper()


def _a_verb_in_ed(token: Token) -> bool:
    """A lower-case word of five letters or more in "-ed", read as a verb's past form (not "speed", "seed")."""
    return token.is_lower and token.is_alpha and len(token) > 4 and token.text.endswith("ed") \
        and not token.text.endswith("eed")


def fix_span(doc: Doc, start: int, end: int, label: str | None = None, generic: bool = False) \
        -> tuple[int, int] | None:
    """The corrected token range of the span ``doc[start:end]`` (of type ``label``; ``generic`` for a span of the
    generic-phrase recogniser), or None when nothing is left."""
    # no determiner, punctuation, value or verb first ("+5.82 XCOMET-XL", "21/140 HarmBench", "supports face
    # recognition")
    while start < end and (is_leading(doc[start].text) or doc[start].is_punct and doc[start].text not in "(["
                           or _SIGNED_OR_DECIMAL.fullmatch(doc[start].text) or doc[start].text in _LEADING_VERBS
                           or doc[start].text == "SOTA" and end - start >= 2  # "SOTA LLMs": which ones, no name
                           or doc[start].text in _FOCUS_ADVERBS and end - start >= 2):
        start += 1
    # "40.5 percent mask average precision": the unit of a value before the name (the value itself is stripped above)
    while end - start >= 2 and start > 0 and doc[start].lower_ in _VALUE_UNITS and doc[start - 1].like_num:
        start += 1
    # "box average precision", "the mean average precision at IoU 0.50": average precision (AP) and its mean (mAP) are
    # measures of their own, not precision averaged, where a recogniser read "precision" alone
    if end - start == 1 and doc[start].lower_ in ("precision", "recall") and start > 0 \
            and doc[start - 1].lower_ == "average" and doc[start - 1].whitespace_:
        start -= 1
        if start > 0 and doc[start - 1].lower_ == "mean" and doc[start - 1].whitespace_:
            start -= 1
    # "OpenAI's GPT-5-mini", "NVIDIA's Nemotron Speech Streaming": the maker's possessive before its system's name
    if end - start >= 3 and doc[start + 1].text in ("'s", "’s") and doc[start].lower_ in OTHER_KINDS:
        start += 2
    # "Scaling Open-Vocabulary Action Detection", "scaling multimodal mathematical reasoning": what a paper does to a
    # task, the task named after the verb
    if end - start >= 3 and doc[start].lower_ in CLAUSE_OPENERS and doc[start].lower_.endswith("ing") \
            and head_type([t.text for t in doc[start + 1 : end]]) == TASK:
        start += 1
    # "chain of thought reasoning", "Mixture of Experts", "Intersection over Union score": a name joined by "of" or
    # "over" that a recogniser read from its end
    if start >= 2 and doc[start - 1].lower_ in ("of", "over") \
            and doc[start - 2].lower_ in _JOINED_BY_OF.get(doc[start].lower_, ()) \
            and doc[start - 2].whitespace_ and doc[start - 1].whitespace_:
        start -= 2
    # "SAM3 has revolutionized Open-Vocabulary Segmentation", "has significantly accelerated 3D scene reconstruction":
    # a verb's participle after an auxiliary (and an adverb)
    if end - start >= 2 and doc[start].is_lower and doc[start].text.endswith("ed") and start > 0 \
            and (doc[start - 1].lower_ in AUXILIARIES
                 or start > 1 and doc[start - 1].lower_.endswith("ly") and doc[start - 2].lower_ in AUXILIARIES):
        start += 1
    # "used to measure alignment scores", "to generate coherent reasoning paths": a span opened by a verb after "to"
    # ran over its object, where the object ends is unknown
    if end - start >= 2 and start > 0 and doc[start - 1].lower_ == "to" \
            and doc[start].text in _CLAUSE_BASE_VERBS:
        return None
    # "a framework that spans extraction, evaluation ...", "which reframes alignment as ...", "metrics that measure
    # alignment": a verb after a relative pronoun opens the span (not "... by which transformers balance", a subject of
    # one word)
    if end - start >= 2 and start > 0 and doc[start - 1].lower_ in ("that", "which") \
            and (_VERB_AFTER_RELATIVE.fullmatch(doc[start].text) or doc[start].text in _CLAUSE_BASE_VERBS):
        start += 1
    while end > start and doc[end - 1].text in _TRAILING:
        end -= 1
    while end - start >= 2 and doc[end - 1].text in _TRAILING_ADVERBS and doc[end - 2].whitespace_:
        end -= 1
    if end - start >= 2 and doc[end - 1].text in _CLAUSE_PARTICIPLES and doc[end - 2].whitespace_:
        end -= 1  # "Automatic GUI development spanning 52 applications": the participle opens a clause
    if end - start >= 2 and _SIGNED_NUMBER.fullmatch(doc[end - 1].text) and doc[end - 2].whitespace_:
        end -= 1  # "RoadRunner +28%": a gain after the name, no part of it
    if end - start >= 2 and end < len(doc) and doc[end].lower_ == "as" and doc[end - 1].lower_ in _SERVING_AS:
        end -= 1  # "with Diffusion Denoised Smoothing emerging as a promising technique": a participle ran on
    if end - start >= 2 and (doc[end - 1].text in REPORTING_VERBS  # "THINGS-EEG achieve": the verb ran on
                             or doc[end - 1].text in _VERBS_AFTER_A_PLURAL and _plural_noun(doc[end - 2].text)):
        end -= 1  # "Prob-PSENNs allow", "MaMs support": a plural subject and its verb
    # "Multivariate Time Series labeled by experts": a participle whose agent follows ran on
    if end - start >= 2 and end < len(doc) and doc[end].lower_ == "by" and _a_verb_in_ed(doc[end - 1]):
        end -= 1
    # "a family of Vision Transformers optimized for ...", "FedGIN demonstrated near-centralized ...": a verb in "-ed"
    # after a name ran on
    if end - start >= 2 and _a_verb_in_ed(doc[end - 1]) and doc[end - 2].text[:1].isupper() and doc[end - 2].whitespace_:
        end -= 1
    # "at conventional field strengths Approach: We leverage ...": a structured abstract's heading, its line break lost
    if end - start >= 2 and end < len(doc) and doc[end].text == ":" and doc[end - 1].text in _SECTION_HEADINGS \
            and doc[end - 2].is_lower:
        end -= 1
    # "StrongSORT-using", "Mistral-on", "SMTrack-the" read whole: a dash written as a hyphen before a clause, a
    # preposition or an article
    while end - start >= 3 and doc[end - 2].text == "-" and not doc[end - 3].whitespace_ \
            and not doc[end - 2].whitespace_ and _clause_after_a_dash(doc, end - 2):
        end -= 2
    # "PHAX-a Public Health Argumentation and ... framework": the dash before an article inside the span ends the name
    for dash in range(start + 1, end - 2):
        if doc[dash].text == "-" and not doc[dash - 1].whitespace_ and not doc[dash].whitespace_ \
                and doc[dash + 1].lower_ in ("a", "an", "the") and doc[dash + 1].whitespace_ \
                and doc[dash - 1].text[:1].isupper():
            end = dash
            break
    # "methods-OCSORT", "tasks-object detection": a kind's plural, a dash written as a hyphen, then the name
    for i in range(end - 3, start - 1, -1):
        if doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
                and doc[i].lower_ in _KINDS_BEFORE_A_DASH:
            start = i + 2
            break
    if start >= end:
        return None
    # Hyphenated words whole: join "-" pieces written without spaces on either side ("MedAction-300-Hard", its
    # first piece one token).
    while start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_ \
            and any(c.isalnum() for c in doc[start - 2].text) \
            and not (is_plural(doc[start - 2].text) and doc[start].text[:1].isupper()) \
            and doc[start - 2].lower_ not in _KINDS_BEFORE_A_DASH:  # "architectures-GPT-2": a dash
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and not doc[end + 1].is_punct and not _clause_after_a_dash(doc, end) \
            and doc[end - 1].lower_ not in _KINDS_BEFORE_A_DASH:  # "tracking methods-OCSORT, DeepOCSORT"
        end += 2
    # "Terminology Translation in Speech Language" (Models), "Hallucination Detection in Black-Box" (LLMs): the phrase
    # after "in" was cut before the system's noun that heads it; the name is what is done, before "in"
    if end < len(doc) and (doc[end].lower_ in _SYSTEMS_NOUNS or _ACRONYM_PLURAL.fullmatch(doc[end].text)):
        inside = next((i for i in range(end - 1, start, -1) if doc[i].lower_ == "in" and doc[i].whitespace_
                       and doc[i - 1].whitespace_), None)
        if inside is not None:
            end = inside
    if end - start == 3 and doc[start].lower_ == "non" and doc[start + 1].text == "-" and is_coded(doc[start + 2].text):
        return None  # "CoT and non-CoT examples", "non-IID data": what lacks the thing named, no name of its own
    # "Inter- and Intra-Ray Transformer", "Zero- and Few-Shot LLM Translation": a word whose end the hyphenated word
    # after "and" or "or" shares is part of the name (a phrase in lower case, "coarse- and fine-grained conditional
    # generation", names two things and keeps the second)
    if start >= 2 and end - start >= 3 and doc[start + 1].text == "-" and not doc[start].whitespace_ \
            and doc[start].text[:1].isupper() \
            and doc[start - 1].lower_ in ("and", "or") and SUSPENDED_HYPHEN.fullmatch(doc[start - 2].text):
        start -= 2
    # "GPT-4o mini", "BERT large", "GPT-2 XL": a size written after a model's coined name is part of the name (not
    # "LLMs large enough", a class, nor "BERT large-scale", "... small data"; not a method's: "the RoPE base" is its
    # frequency)
    if label == MODEL and end < len(doc) and doc[end].lower_ in _SIZE_WORDS and doc[end - 1].whitespace_ \
            and all(not t.whitespace_ for t in doc[start : end - 1]) and is_coined(doc[start:end].text) \
            and not _ACRONYM_PLURAL.fullmatch(doc[start:end].text) \
            and not (end + 1 < len(doc) and (doc[end + 1].lower_ in _SIZED_NOUNS or doc[end + 1].text == "-"
                                             and not doc[end].whitespace_)):
        end += 1
    # "Claude Opus 4.6", "Gemini 2.5 Pro", "Llama 3.1 70B Instruct": a model family's release is named by the words
    # of its version, size and tier written after the family's name
    if label not in (TASK, METRIC):
        end = _with_release_words(doc, start, end)
    # "pretrained SegResNet", "standard Multimodal Large Language Models", "open-source GraphRAG": a description
    # before a coined name of one word or a name of capitalised words
    if (named := _without_plain_modifiers(doc, start, end, label)) > start:
        start = named
    # "targeted Keyword Masking", "progressive Direct Preference Optimization", "proposed Attention Regularization
    # approach": a lower-case word before capitalised ones says which or how, the name is capitalised; not a metric's
    # ("mean Average Precision", "normalized Discounted Cumulative Gain"), a variant's ("variational Gaussian
    # Processes", "conditional Wasserstein GAN") nor a name Papers with Code knows whole
    elif end - start >= 3 and label != METRIC and not generic and doc[start].is_lower and doc[start].is_alpha \
            and doc[start].whitespace_ and doc[start].lower_ not in _TITLE_FUNCTION_WORDS \
            and doc[start].lower_ not in _VARIANT_MODIFIERS \
            and doc[start + 1].text[:1].isupper() \
            and sum(t.text[:1].isupper() for t in doc[start + 1 : end]) >= 2 \
            and all(t.text[:1].isupper() or t.text == "-" or t.lower_ in KIND_NOUNS for t in doc[start + 1 : end]) \
            and not knowledge.lookup(doc[start:end].text):
        start += 1
    # "expensive RL", "lightweight MLP", "unified LoRA": a system praised or faulted, not a system of that name
    elif end - start == 2 and label != TASK and not generic and doc[start].is_lower \
            and doc[start].lower_ in _SYSTEM_PRAISE \
            and (_one_coined_word(doc[start + 1 : end]) or _ACRONYM.fullmatch(doc[start + 1].text)):
        start += 1
    # "text-based NP-Bench", "LLM-based ChatDev", "CNN-based SuperPoint", "interaction-aware LoRA", "dynamics-aware
    # InfoModule": what a coined name is built on or made for, not part of it ("uncertainty-aware LLMs" describe a class,
    # which stays whole)
    first = _first_word_last_token(doc, start, end)
    if first > start and doc[first].lower_ in _BUILT_ON and end - first >= 2 \
            and (doc[start].is_lower or _ACRONYM.fullmatch(doc[start].text)) \
            and _one_coined_word(doc[first + 1 : end]) \
            and (doc[first].lower_ == "based" or not _ACRONYM_PLURAL.fullmatch(doc[first + 1 : end].text)):
        start = first + 1
    # "high-quality image generation", "robust 4D world modeling": a task's name, not how well it is done (a generic
    # phrase keeps its modifiers, as SciERC marks them: "robust parsing"); so for a method or a model written in
    # lower case ("lightweight 3D denoiser", "unified multimodal modeling")
    if label == TASK and not generic:
        # a title's "Direct Preference Optimization", "Complex Visual Question Answering" may be a name: the words
        # of how hard or how directly are cut in lower case only
        start = _without_manner(doc, start, end)
        start = _without_manner(doc, start, end, titled=False, modifiers=_TASK_MANNER)
    elif label == TASK:
        # the generic-phrase recogniser's too, in lower case ("high-fidelity 4D reconstruction", "scalable 3D city
        # generation"): the graph's task, though SciERC marks "robust parsing" whole (1 span of its dev set)
        start = _without_manner(doc, start, end, titled=False)
    elif label in (METHOD, MODEL) and not generic:
        start = _without_manner(doc, start, end, titled=False, modifiers=_SYSTEM_PRAISE)
    # Balanced brackets.
    depth, cut = 0, None
    for i in range(start, end):
        if doc[i].text in "([":
            depth += 1
            cut = i if depth == 1 else cut
        elif doc[i].text in ")]":
            if depth == 0:
                end = i
                break
            depth -= 1
    if depth > 0 and cut is not None:
        end = cut
    while end > start and doc[end - 1].text in _TRAILING:
        end -= 1
    if start < end and doc[start].text in "([" and doc[end - 1].text in ")]":
        start, end = start + 1, end - 1
    # "KIT-ML (K)": one letter in brackets after a name is the paper's short label for it, no part of the name
    if end - start >= 4 and doc[end - 1].text == ")" and doc[end - 3].text == "(" and len(doc[end - 2].text) == 1:
        end -= 3
    if start >= end:
        return None
    # "CrystalReasoner: Reasoning" (of a title): a name ends at a colon.
    colon = next((i for i in range(start + 1, end) if doc[i].text == ":"), None)
    if colon is not None:
        end = colon
    # "MP-SAE -- an SAE that ...": and at a dash set off by spaces, which opens a description
    dash = next((i for i in range(start + 1, end) if doc[i].text in _SPACED_DASHES and doc[i - 1].whitespace_
                 and doc[i].whitespace_), None)
    if dash is not None:
        end = dash
    # "CMU-MOSEI datasets" stays whole, as the named-things corpora mark it (their gold spans hold the noun 202
    # times, leave it outside 5 times); the entity's label drops it (kg.resolve.keys.label_form).
    # "datasets DTU": the name is the coined word, the dataset noun before it a cue.
    # "TF-IDF baseline", "YOLOv8-L teacher": the name is the coined word, the role noun says what part it plays.
    if end - start >= 2 and doc[end - 1].lower_ in ROLE_NOUNS and is_coined(doc[start : end - 1].text.split()[-1]) \
            and not _SIZE.fullmatch(doc[start : end - 1].text):  # "158M-parameter student" is no name
        end -= 1
    # "CLIP embeddings", "LSTM layers" read as a method or model: the name is the coined word, the plural one of its
    # parts or products ("VLM predictions" read as a task says nothing of what VLMs are)
    if end - start == 2 and label in (METHOD, MODEL) and doc[end - 1].lower_ in PART_PLURALS \
            and doc[start].text[:1].isupper() and is_coined(doc[start].text):
        end -= 1
    # "Reward-guided Trajectory Scaling method": GSAP-NER's gold spans leave the kind noun out too (34 names
    # of capitalised words are followed by one, 3 hold one).
    if end - start >= 2 and doc[end - 1].text in KIND_NOUNS and not knowledge.lookup(doc[start:end].text):
        named = doc[start : end - 1].text.split()
        if len(named) >= 2 and all(w[:1].isupper() for w in named) or len(named) == 1 and is_coined(named[0]):
            end -= 1  # "DocQT framework" too
    # "CheXpert Plus dataset for pneumonia detection": a data set's name ends at its noun in lower case, the words
    # after it say what the data are for (not "Bias Benchmark for Question Answering", a name written whole)
    if label == DATASET:
        noun = next((i for i in range(start + 1, end - 1) if doc[i].lower_ in DATASET_NOUNS and doc[i].is_lower
                     and doc[i + 1].lower_ in _DATA_FOR), None)
        end = noun + 1 if noun is not None else end
    if end - start >= 2 and is_coined(doc[end - 1].text) and not _VERSION.fullmatch(doc[end - 1].text):
        # "datasets DTU" → "DTU"; not "Universal Dependency treebank v1.2" → "v1.2"
        nouns = [i for i in range(start, end - 1) if doc[i].lower_ in DATASET_NOUNS]
        start = nouns[-1] + 1 if nouns else start
    # Head-noun extension of a capitalised run, up to a type's head noun: "Deep Contextualized Neural
    # Autoregressive Topic" + "Model"; not "Large Language Models" + "When Not" (of a title's "... When Not to Know"),
    # nor over a title's verb ("Can Large Language Models Generate Effective Datasets ...?"), nor from a system's name
    # to a plain word for a kind of system ("A Large Language Model Approach to ...": a description).
    if end - start >= 2 and all(t.text[:1].isupper() for t in doc[start:end]):
        stop = end
        while stop < len(doc) and stop - end < _MAX_EXTENSION and doc[stop].text[:1].isupper() and doc[stop].is_alpha \
                and not doc[stop].is_sent_start and doc[stop].lower_ not in LEADING \
                and doc[stop].lower_ not in _TITLE_FUNCTION_WORDS and doc[stop].lower_ not in CLAUSE_OPENERS \
                and doc[stop].lower_ not in RUN_ON_VERBS and doc[stop].lower_ not in BASE_VERBS:
            stop += 1
        heads = [i for i in range(end, stop) if doc[i].lower_ in HEAD_TYPES
                 and not (i == end and HEAD_TYPES.get(doc[end - 1].lower_) in (METHOD, MODEL)
                          and doc[i].lower_ in GENERIC and HEAD_TYPES[doc[i].lower_] in (METHOD, MODEL))]
        end = heads[-1] + 1 if heads else end
    # "HausaNLP at SemEval-2025 Task 3": a team's system at a shared task, the task named after "at"
    at = next((i for i in range(start + 1, end - 1) if doc[i].text == "at"), None)
    if at is not None and doc[at + 1].text[:1].isupper() \
            and any(t.text in _SHARED_TASK_WORDS for t in doc[at + 1 : end]):
        start = at + 1
    # "SemEval-2025 Task 9", "CheckThat! Lab Task 4b": a shared task is named with its number
    if end - start >= 2 and end < len(doc) and doc[end - 1].text in SHARED_TASK_PARTS \
            and doc[end - 1].whitespace_ and _TASK_NUMBER.fullmatch(doc[end].text):
        end += 1
    # "SemEval-2025" read before "Task 4": the shared task, not the workshop of its year
    elif end + 1 < len(doc) and WORKSHOP_YEAR.fullmatch(doc[start:end].text) and doc[end].text in SHARED_TASK_PARTS \
            and doc[end - 1].whitespace_ and _TASK_NUMBER.fullmatch(doc[end + 1].text):
        end += 2
    return start, end


# Companies named before their models: "OpenAI GPT-4o", "Google Gemini 2.5 Pro", "Anthropic Claude Opus 4".
_VENDORS = frozenset({"Google", "Anthropic", "Meta", "Microsoft", "Alibaba", "Amazon", "Apple", "Baidu", "Tencent",
                      "Ultralytics"})


def _title_like(doc: Doc) -> bool:
    """Whether ``doc`` is written as a title: short, no full stop at its end."""
    return len(doc) <= 60 and not doc_text(doc).rstrip().endswith(".")


def _with_capitalised_words_before(doc: Doc, start: int) -> int:
    """The start of a capitalised name in running text, taking the capitalised words right before a span that a
    recogniser read from its end: "an Implicit Visual Geometry Transformer" (read "Transformer"), "a Temporal Critique
    Fine-Tuning framework" (read "Fine-Tuning"). Only where a lower-case word, a determiner or punctuation comes before
    them, and words in Title Case, not another entity's, an acronym, a coined word ("the BERT Transformer"), a
    vendor's name ("Google Gemini 2.5 Pro"), nor a hyphenated piece ("Mixture-of-Experts Transformer"); not in a
    title, which capitalises every word ("... for Robust Event Extraction")."""
    i, words = start, 0
    while i > 0 and words < _MAX_EXTENSION:
        token = doc[i - 1]
        if token.text == "-" and not token.whitespace_ and i >= 2 and not doc[i - 2].whitespace_ and words:
            i -= 1  # a hyphen inside a capitalised compound: "Style-Subject"
            continue
        if not (token.is_alpha and token.text[:1].isupper() and token.text[1:].islower()) or token.is_sent_start \
                or token.ent_iob_ != "O" or token.lower_ in LEADING or token.lower_ in _TITLE_FUNCTION_WORDS \
                or token.lower_ in CLAUSE_OPENERS or token.lower_ in RUN_ON_VERBS or token.lower_ in BASE_VERBS \
                or token.text in _VENDORS or token.lower_ in EVALUATIVE_MODIFIERS or token.lower_ in STOP_WORDS:
            # ("Efficient VLAs", "Whether MCoT")
            break
        i, words = i - 1, words + 1
    if i == start or doc[i].text == "-" or i == 0:
        return start
    before = doc[i - 1]
    if before.is_punct and before.text not in "-/" or before.is_lower or before.lower_ in LEADING:
        return i
    return start


# The last part of a hyphenated modifier saying what a system is built on or made for: "text-based", "privacy-aware".
# The participles a lower-case noun opens a name before ("retrieval augmented generation"); not "specific", "aware",
# adjectives in lower case ("a network specific for modeling ...").
_LOWER_CASE_PARTICIPLES = frozenset({"augmented", "guided", "grounded", "informed", "conditioned", "driven",
                                     "powered", "enhanced"})
# Prepositions spaCy's stop words leave out: "techniques like guided decoding".
_PREPOSITIONS = frozenset({"like", "unlike", "via", "per", "versus", "vs", "toward", "towards", "despite", "amid"})
_BUILT_ON = frozenset({"based", "augmented", "driven", "powered", "enhanced", "guided", "aware", "informed", "centric",
                       "grounded", "conditioned", "specific", "oriented"})


def _built_on_the_word_before(doc: Doc, start: int, end: int) -> bool:
    """Whether a name of two words or more opens with a participle of :data:`_BUILT_ON` whose noun is the word right
    before it, unhyphenated, both capitalised or both in lower case: "Retrieval Augmented Generation", "Knowledge
    Guided Decoding" (in titles too: "... for Retrieval Augmented Generation"), "nor retrieval augmented generation"
    (not an adverb's or an adjective's participle: "physically grounded reasoning")."""
    if start == 0 or end - start < 2 or doc[start].lower_ not in _BUILT_ON or doc[start].lower_ == "oriented" \
            or knowledge.lookup(doc[start:end].text):
        return False  # not a name Papers with Code lists: "... Sparsely Annotated Oriented Object Detection"
    noun = doc[start - 1]
    if doc[start].text[:1].isupper():
        cased = noun.text.istitle()
    else:
        cased = doc[start].lower_ in _LOWER_CASE_PARTICIPLES and noun.is_lower \
            and not noun.lower_.endswith(("ly", "ed", "ing")) and noun.lower_ not in _PREPOSITIONS
    return cased and noun.is_alpha and noun.ent_iob_ == "O" and noun.whitespace_ != "" \
        and noun.lower_ not in _TITLE_FUNCTION_WORDS and noun.lower_ not in LEADING and noun.lower_ not in STOP_WORDS \
        and noun.lower_ not in CLAUSE_OPENERS and noun.lower_ not in BASE_VERBS and noun.lower_ not in RUN_ON_VERBS


_TASK_NUMBER = re.compile(r"\d{1,2}[a-z]?")
_SHARED_TASK_WORDS = SHARED_TASK_PARTS | {"Challenge", "Workshop"}


# Words before a task's phrase that say where or when it is done, not which task: "downstream TVR".
# Nor words that say how well or in what manner ("stable segmentation", "simultaneous action recognition").
_NOT_A_TASK_MODIFIER = EVALUATIVE_MODIFIERS | _TASK_MANNER | _SYSTEM_PRAISE | frozenset({
    "downstream", "upstream", "subsequent", "further", "future", "current", "existing", "various", "other", "such",
    "both", "each", "related", "similar", "general", "specific", "novel", "new", "stable", "parallel", "noisy",
    "adaptive", "explicit", "implicit", "discriminative", "composite", "simultaneous", "manual", "effect", "joint",
    "transferable", "generalizable", "generalisable", "large-scale", "small-scale", "absolute", "universal",
    "interpretable", "explainable", "model", "models", "system", "systems", "method", "methods", "task", "tasks",
    "data", "user", "users"})


_MODIFIER_WORD = re.compile(r"[A-Za-z][a-z]*(?:-[A-Za-z0-9]+)*")  # "fake", "Multi-hop", "camouflaged" (no acronym)


def _generic_task_starts(doc: Doc) -> dict[int, int]:
    """The start of each generic-phrase recogniser's task span, keyed by the token it ends at."""
    return {s.end: s.start for s in doc.spans.get(SPANS_KEY, ()) if s.label_ == TASK}


def _with_generic_modifier(doc: Doc, ent: Span, task_starts: dict[int, int]) -> int:
    """The start of a named task span, taking the words the generic-phrase recogniser reads before it in the same
    task phrase: "3D" of "3D object detection", "sign" of "sign language translation", "head" of "head pose
    estimation" (the named-things corpora rarely write such a modifier, and their model leaves it out). At most
    two words after the last "and", "or" or comma of the generic span; no determiner, verb, adverb or word of
    manner ("detecting", "automated", "textually", "stable")."""
    start = task_starts.get(ent.end)
    if ent.label_ != TASK:
        return ent.start
    if (start is None or start >= ent.start) and ent.start > 0 and doc[ent.start - 1].whitespace_:
        start = task_starts.get(ent.start)  # a generic span cut before the named one: "6D object" + "pose
        # estimation", "pose" read as a verb
    if start is None or start >= ent.start:
        return _with_known_modifier(doc, ent)
    for i in range(ent.start - 1, start - 1, -1):
        if doc[i].lower_ in ("and", "or") or doc[i].is_punct and doc[i].text != "-":
            start = i + 1
            break
    added = doc[start : ent.start]
    words = added.text.split()
    if not words or len(words) > 2 or not all(t.is_alpha or t.like_num or t.text == "-" or any(c.isdigit() for c in t.text)
                                              for t in added):
        return ent.start
    if any(word.lower() in _NOT_A_TASK_MODIFIER for word in words):  # "High-Fidelity 3D Reconstruction"
        return ent.start
    if any(_no_task_modifier(t) or t.lower_ in _VERBS_AFTER_A_PLURAL
           or len(t.text) > 4 and t.lower_.endswith(("ing", "ed", "ly")) for t in added):
        return ent.start
    # a task's dimension ("3D", "2.5D") makes another task; other words only a task Papers with Code names whole
    # ("head pose estimation", "sign language translation"; not "debate stance classification", "Telugu
    # Text-to-Speech", which the named-things corpora mark without the word)
    if any(DIMENSION.fullmatch(t.text) for t in added):
        return start
    # the longest such task: "fake news detection" of "multimodal fake news detection" (only the shorter one listed)
    return next((i for i in range(start, ent.start) if _makes_a_listed_task(doc, i, ent)), ent.start)


def _with_known_modifier(doc: Doc, ent: Span) -> int:
    """The start of a named task span, taking the one word before it that makes a task Papers with Code names whole,
    where no generic span reads it: "fake" of "fake news detection", "camouflaged" of "camouflaged object
    segmentation" (not a word of manner or praise, "robust object detection", nor a word another entity holds)."""
    if ent.start == 0:
        return ent.start
    word = doc[ent.start - 1]
    if not word.whitespace_ or word.ent_iob_ != "O" or not _MODIFIER_WORD.fullmatch(word.text) \
            or _no_task_modifier(word) or word.lower_ in STOP_WORDS:
        return ent.start
    return ent.start - 1 if _makes_a_listed_task(doc, ent.start - 1, ent) else ent.start


def _makes_a_listed_task(doc: Doc, start: int, ent: Span) -> bool:
    """Whether the words from ``start`` to the end of ``ent`` are a task Papers with Code lists, or open one with the
    span's words but its head ("fake news" + "classification", after "fake news detection")."""
    return TASK in knowledge.known_types(doc[start : ent.end].text) \
        or ent.end - ent.start >= 2 and knowledge.opens_a_task(doc[start : ent.end - 1].text)


def _no_task_modifier(token: Token) -> bool:
    """A word a task's name does not open with: a determiner, an auxiliary, a title's function word, a leading verb,
    or a word of manner or praise ("the", "is", "supports", "robust", "high-fidelity")."""
    return is_leading(token.text) or token.lower_ in _NOT_A_TASK_MODIFIER or token.lower_ in AUXILIARIES \
        or token.lower_ in _TITLE_FUNCTION_WORDS or token.lower_ in _LEADING_VERBS


_DATA_PLURAL_WORDS = frozenset({"datasets", "benchmarks", "corpora"})


def _coordinated_data(doc: Doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """The two names of a span that coordinates them before a data sets' plural ("Oxford Robotcar and Wild-Places
    benchmarks", "Richpedia-MEL and WikiDiverse datasets"), each of four tokens at most and opened by a capital; else
    None (not "PASCAL VOC 2007 and 2012 datasets", one data set's editions)."""
    if end - start < 4 or doc[end - 1].lower_ not in _DATA_PLURAL_WORDS:
        return None
    joins = [i for i in range(start + 1, end - 2) if doc[i].lower_ == "and"]
    if len(joins) != 1 or any(t.text == "," for t in doc[start : end - 1]):
        return None
    left, right = (start, joins[0]), (joins[0] + 1, end - 1)
    if any(not 1 <= b - a <= 4 or not doc[a].text[:1].isupper() for a, b in (left, right)):
        return None
    return [left, right]


def _past_a_size_in_parameters(doc: Doc, start: int, end: int) -> int:
    """The first token of a name after the size in parameters that opens the span, which makes it a model's: "the
    27M-parameter HRM", "a 7B-param Foo"; else ``start``."""
    for i in range(start + 1, min(end, start + 4)):
        if doc[i - 1].lower_.startswith("param") and doc[i - 1].whitespace_ and doc[i].text[:1].isupper() \
                and _SIZE.fullmatch(doc[start:i].text):
            return i
    return start


def fix_entities(doc: Doc) -> Doc:
    """Apply :func:`fix_span` to ``doc.ents``, keeping each span's notes (overlaps keep the earlier span), and to
    the generic-phrase recogniser's spans."""
    table = info(doc)
    fixed: list[Span] = []
    taken: set[int] = set()
    task_starts = _generic_task_starts(doc)
    running_text = not _title_like(doc)
    for ent in doc.ents:
        start = _with_generic_modifier(doc, ent, task_starts)
        sized = _past_a_size_in_parameters(doc, start, ent.end)
        bounds = fix_span(doc, sized, ent.end, ent.label_)
        if bounds is not None and running_text and ent.label_ != METRIC and doc[bounds[0]].text[:1].isupper():
            bounds = (_with_capitalised_words_before(doc, bounds[0]), bounds[1])
        built_on = None
        if bounds is not None and _built_on_the_word_before(doc, *bounds):
            bounds = (bounds[0] - 1, bounds[1])  # "Retrieval Augmented Generation", read "Augmented Generation", a
            if doc[bounds[0]].text[:1].isupper():  # task's words: a method by its head (a lower-case term keeps the
                built_on = head_type([t.text for t in doc[bounds[0]:bounds[1]]])  # type read, which its votes decide)
        if bounds is None or taken.intersection(range(*bounds)):
            continue
        if (parts := _coordinated_data(doc, *bounds)) is not None:
            note = table.pop((ent.start_char, ent.end_char), None)
            for part in parts:  # "the Oxford Robotcar and Wild-Places benchmarks": two data sets
                span = Span(doc, *part, label=DATASET)
                if note is not None:
                    table[(span.start_char, span.end_char)] = replace(note, long_form=None)
                fixed.append(span)
            taken.update(range(*bounds))
            continue
        # a span grown to a type's head noun takes its type: "Spatial-Reasoning" + "Bert", "... Tracking" + "Accuracy"
        grown = HEAD_TYPES.get(doc[bounds[1] - 1].lower_) if bounds[1] > ent.end else None
        span = Span(doc, bounds[0], bounds[1], label=grown or built_on or (MODEL if sized > start else ent.label_))
        note = table.pop((ent.start_char, ent.end_char), None)
        if note is not None:
            if note.long_form and (span.start < ent.start or span.end > ent.end):  # "CoT" grown to "NF-CoT":
                note = replace(note, long_form=None)  # its long form is no longer the span's (a trim keeps it)
            table[(span.start_char, span.end_char)] = note
        taken.update(range(*bounds))
        fixed.append(span)
    doc.ents = sorted(fixed, key=lambda s: s.start)
    if SPANS_KEY in doc.spans:  # the generic-phrase recogniser's spans ("E2E-AD framework", "Qwen3-8B backbone")
        generic = [(fix_span(doc, s.start, s.end, s.label_, generic=True), s.label_) for s in doc.spans[SPANS_KEY]]
        doc.spans[SPANS_KEY] = [Span(doc, *bounds, label=label) for bounds, label in generic if bounds is not None]
    return doc


def make_boundaries(nlp: Language, name: str):
    """The ``kg_boundaries`` factory."""
    return fix_entities
