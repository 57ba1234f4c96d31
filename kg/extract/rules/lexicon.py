"""Head words that reveal an entity's type when no model or gazetteer has typed it.

Used to type acronym long forms ("Deep Generative Neural Operator" → Model) and names
introduced by a title ("DiffuseVAE: a variational autoencoder ..." → Model).
"""

from __future__ import annotations

import re

from kg.extract import knowledge
from kg.schema import DATASET, METHOD, METRIC, MODEL, TASK

ARCHITECTURE_NAME = re.compile(r"(?:[A-Za-z0-9][\w\-+.]*?(?:[CRDGAF]NN|GAN|LSTM|VAE|MLP|[Ff]ormer|BERT|GPT|Mamba|ViT|DiT|-VL)"
                               r"|[A-Z][a-z][\w\-]*?MAE)(?:[-_]?v?\d+(?:\.\d+)*[A-Za-z]?)?\+*")
"""A coined one-word name ending in a model architecture's name ("ARMED-CNN", "WaveCycleGAN2", "DistilBERT",
"Informer", "OccMamba", "ERNIE-VL"; a masked autoencoder, "VideoMAE", "Point-MAE", not the metrics "MAE", "NMAE"), a
version or size after it; not "...Net", which names datasets as often
("FloodNet"), nor "...LM" ("MLM" is masked language modelling)."""


DATASET_NOUNS = frozenset({"dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "treebank",
                           "treebanks"})
"""The nouns a data set is named with ("the GENIA corpus", "the MS MARCO benchmark"), singular and plural;
each use adds the nouns it also needs ("suite", "collection")."""
DATASET_NOUN = r"(?:data ?sets?|benchmarks?|corpus|corpora|treebanks?)"
"""The same nouns as a regular expression, with "data set" written apart too."""


_MEDIUM = r"(?:text|image|video|audio|speech|music|motion|3d|sql|code|sketch|layout|mesh|scene|sound|caption|depth)"
MEDIA_MAPPING = re.compile(rf"{_MEDIUM}(?:-{_MEDIUM})*[-\s]to[-\s]{_MEDIUM}(?:-{_MEDIUM})*", re.I)
"""A mapping from one medium to another, which names a task, not the data for it: "Text-to-Audio-Video",
"image-to-3D", "Speech to Text"."""


OPTIMISATION_NAME = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9][\w\-]{0,16}PO")
"""A coined name of the policy or preference optimisation family: "GRPO", "DPO", "SimPO", "Flow-GRPO", "AdaDPO"
(the corpus's 74,728 abstracts write some 300 such names, nearly all methods, "TEMPO" and "HIPPO" among them)."""


def is_architecture_name(text: str) -> bool:
    """A coined architecture name (:data:`ARCHITECTURE_NAME`), a version written apart after it or not ("DictaBERT
    2.0"), that Papers with Code lists as no dataset, and that says it is no benchmark ("ARMBench-VL" is one)."""
    name, _, version = text.partition(" ")
    return bool(ARCHITECTURE_NAME.fullmatch(name)) and (not version or bool(_SPACED_VERSION.fullmatch(version))) \
        and "Bench" not in name and DATASET not in knowledge.known_types(text)


_SPACED_VERSION = re.compile(r"v?\d+(?:\.\d+)*")
VERSION_WORD = re.compile(r"[vV]?\d+(?:\.\d+)+|[vV]\d+")
"""A version written as a word of its own after a name: "1.0", "v2", "2.5.1" (not a year or a count, "2025")."""


# "FabTab, the first benchmark dataset of ...", "GRAB, a finance-specific benchmark": a name set off by a
# comma and described as a data set, up to four describing words between (no preposition, no other kind), a count in
# brackets after one ("FineWeb2, a new 20 terabyte (5 billion document) multilingual dataset"), counts set off by
# commas ("F2F-JF, a 70-hour, 14k-clip dataset").
_AS_DATA = (r"(?:the|a|an)\s+(?:(?!(?:of|on|for|with|in|to|from|by|that|which|and|or|models?|methods?|frameworks?|"
            r"approach|agents?|systems?|trained|built|using|based)\b)(?:\d[\w\-.]*,|[\w\-]+)\s+"
            r"(?:\(\d[^()]{0,30}\)\s+)?){0,4}?"
            rf"{DATASET_NOUN}\b")
DESCRIBED_AS_DATA = re.compile(rf",\s+{_AS_DATA}", re.IGNORECASE)
# A name set off by a comma and said to hold a count of items: "CADReview, consisting of over 20K program-image pairs",
# "FPI-Det, containing 22,879 images" (a count in the thousands, written so: not "consisting of 3 modules").
_HOLDING_A_COUNT = re.compile(r",\s+(?:consisting\s+of|containing|comprising|which\s+(?:contains|consists\s+of|"
                              r"comprises))\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+|approximately\s+|"
                              r"roughly\s+)?"
                              r"(?:\d[\d.]*\s?[KkMmBb]\b|\d{1,3}(?:,\d{3})+|\d{4,})", re.IGNORECASE)
# The same said of a sentence's subject: "To our knowledge, MAVERIX is the first benchmark aimed at ...".
_SAID_TO_BE_DATA = re.compile(rf"\s+is\s+{_AS_DATA}", re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?:;]\s+|,\s+)$")


def described_as_data(name: str, text: str) -> bool:
    """Whether ``text`` sets ``name`` off by a comma and describes it as a data set (:data:`DESCRIBED_AS_DATA`) or as
    holding thousands of items, or says the name, as a sentence's subject, is one ("X is the first benchmark ...")."""
    names = re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text)
    return any(DESCRIBED_AS_DATA.match(text, found.end()) or _HOLDING_A_COUNT.match(text, found.end())
               or _SAID_TO_BE_DATA.match(text, found.end()) and _SUBJECT_BEFORE.search(text, 0, found.start())
               for found in names)


# A coined name of a score: "ConflictScore", "BERTScore", "CLIP-Score" (not "Score" alone, nor a phrase of hyphenated
# words, "Rank-Then-Score").
COINED_SCORE_NAME = re.compile(r"[A-Za-z0-9][\w\-]*(?:[a-z0-9]|[A-Z]{2}-)(?:Score|Metric)")

HEAD_TYPES: dict[str, str] = {}
for _type, _words in {
    MODEL: (
        "model models network networks net nets transformer transformers llm llms lm lms "
        "autoencoder autoencoders encoder encoders decoder decoders operator operators gan gans "
        "architecture architectures machine machines perceptron perceptrons bert gpt classifier detector u-net unet"
    ),
    DATASET: " ".join(sorted(DATASET_NOUNS)) + " bank suite collection leaderboard resource testbed arena bench",
    METRIC: (
        "accuracy accuracies score scores error errors rate rates ratio ratios precision recall perplexity distance "
        "distances divergence divergences bleu rouge f1 auc fid metric metrics curve curves coefficient coefficients "
        "similarity"
    ),
    TASK: (
        "classification detection segmentation translation generation recognition retrieval "
        "answering summarization summarisation parsing tagging forecasting prediction captioning "
        "reasoning completion synthesis tracking localization localisation reconstruction "
        "processing understanding extraction recommendation labeling labelling linking editing "
        "inpainting restoration super-resolution planning navigation grounding verification diagnosis qa "
        "removal assessment counting deblurring dehazing deraining colorization colourisation matting fact-checking "
        "estimation identification re-identification denoising discovery comprehension registration separation "
        "anticipation spotting categorization diacritization diarization transcription "
        "disambiguation entailment phenotyping storytelling ocr proving animation staging grading"
    ),
    METHOD: (
        "method methods algorithm algorithms approach approaches framework frameworks technique "
        "techniques learning unlearning optimization optimisation training inference attention regularization "
        "regularisation estimator sampling decoding search distillation pruning finetuning "
        "quantization quantisation embedding embeddings mechanism strategy procedure analysis "
        "process modeling modelling imputation alignment tuning fine-tuning pretraining guidance protocol protocols "
        "module modules block blocks layer layers pipeline pipelines agent agents system systems bot bots chatbot chatbots "
        "augmentation backpropagation back-propagation splatting tokenizer tokenizers tokenization tokenisation prompting "
        "steering merging "
        "caching parallelism masking reweighting ensembling fusion forcing normalization normalisation "
        "selector selectors extractor extractors router routers planner planners verifier verifiers refiner refiners "
        "reranker rerankers aggregator aggregators scheduler schedulers controller controllers adapter adapters "
        "projector projectors sampler samplers compressor compressors transform transforms filter filters decomposition"
        # (a system named by what it does to its input; a transform, filter or decomposition by its mathematics)
    ),
}.items():
    for _word in _words.split():
        HEAD_TYPES[_word] = _type


# A capitalised word whose hyphen's end a later hyphenated word gives: "Inter-" of "Inter- and Intra-Ray Transformer".
SUSPENDED_HYPHEN = re.compile(r"[A-Z][A-Za-z]+-")
# What a field fuses, before "fusion": the fusion of it is a task.
_FUSED_MEDIA = frozenset({"image", "images", "sensor", "hdr", "exposure", "multi-exposure", "multi-focus", "data",
                          "information", "multimodal", "multi-modal", "modality"})
# What a field analyses, before "analysis": the analysis of it is a task ("sentiment analysis", "medical image
# analysis"); a technique's name is a method ("factor analysis", "Finite Element Analysis").
_ANALYSED = frozenset({"sentiment", "emotion", "emotions", "opinion", "stance", "polarity", "discourse", "image",
                       "images", "imaging", "x-ray", "video", "videos", "gait", "motion", "document", "layout", "code",
                       "malware", "crowd", "event", "events", "comment", "comments", "speech", "audio", "face",
                       "facial", "scene", "trajectory", "histopathology", "pathology", "radiology"})
# What a field normalises, before "normalization": putting text into a standard form is a task ("text normalization",
# "Medical Concept Normalization"); normalising features or stains is a method ("batch normalization").
_NORMALISED = frozenset({"text", "texts", "report", "reports", "entity", "entities", "concept", "concepts", "lexical",
                         "term", "terms", "name", "names", "address", "addresses", "spelling", "timex", "date",
                         "dates", "query", "queries", "unit", "units", "abbreviation", "abbreviations"})
# What a field searches for, before "search": finding it is a task ("person search", "code search"); a way of
# searching is a method ("beam search", "tree search", "neural architecture search").
_SEARCHED = frozenset({"person", "people", "pedestrian", "image", "images", "video", "videos", "code", "product",
                       "products", "document", "documents", "web", "music", "patent", "legal", "dataset", "table",
                       "entity", "literature", "job", "vehicle"})
# A method's head whose modifier names what a field works on, which makes the phrase a task: the fusion of media, the
# analysis of a subject, the normalisation of text, the search for a person.
_TASK_BY_ITS_OBJECT = {"fusion": _FUSED_MEDIA, "analysis": _ANALYSED, "normalization": _NORMALISED,
                       "normalisation": _NORMALISED, "search": _SEARCHED}
# What an estimator is named by, before "estimation": a statistical principle, not the thing estimated.
_ESTIMATOR = re.compile(r"(?i:likelihood|(?:non|semi)?-?parametric|bayesian|kernel|contrastive|posteriori|moments?"
                        r"|squares|monte-?carlo|carlo|mcmc)|MLE|MAP")  # "MAP estimation", not "depth map estimation"


def head_type(words: list[str]) -> str | None:
    """Type of a noun phrase from its last word: "... Benchmark" Dataset, "... Detection" Task.

    An "X-augmented" task word names a method ("retrieval-augmented generation"), and so does an estimation
    named by its principle ("maximum likelihood estimation"; "pose estimation" is a task).

    >>> head_type(["Retrieval-Augmented", "Generation"]), head_type(["video", "generation"])
    ('Method', 'Task')
    >>> head_type(["maximum", "likelihood", "estimation"]), head_type(["depth", "estimation"])
    ('Method', 'Task')
    >>> head_type(["On-Policy", "Self-Distillation"]), head_type(["Text-to-Video"])
    ('Method', None)
    >>> head_type(["Jacobian-Free", "Backpropagation"]), head_type(["3D", "Gaussian", "Splatting"])
    ('Method', 'Method')
    >>> head_type(["automatic", "phonetic", "transcription"]), head_type(["Model", "Suite"])
    ('Task', 'Model')
    >>> head_type(["Tree", "Mortality", "1-Task", "U-Net"])
    'Model'
    >>> head_type(["Facial", "Emotion", "Analysis"]), head_type(["Factor", "Analysis"])
    ('Task', 'Method')
    >>> head_type(["ImageNet", "normalization"]), head_type(["text", "normalization"])
    ('Method', 'Task')
    >>> head_type(["natural", "language", "inference"]), head_type(["RoBERTa-Natural", "Language", "Inference"])
    ('Task', 'Method')
    >>> head_type("Reinforcement Learning with Verifiable Rewards".split()), head_type("Mixture of Experts".split())
    ('Method', None)
    >>> head_type("World Values Survey".split()), head_type("A Comprehensive Survey".split())
    ('Dataset', None)
    """
    if not words:
        return None
    last = words[-1].lower().strip("-")
    if last == "inference" and len(words) > 1 and words[-2].lower() == "language" \
            and all(part.isalpha() and (part.islower() or part.istitle()) for w in words[:-2] for part in w.split("-")):
        return TASK  # "natural language inference", "Clinical Language Inference": the task of entailment (not
        # "RoBERTa-Natural Language Inference", a model fine-tuned for it)
    found = HEAD_TYPES.get(last)
    if found is None and "-" in last and "-to-" not in last:
        # "Self-Distillation", "Co-Training": a compound of words is headed by its last one (not a coined name's
        # piece, "ArchEHR-QA" is a benchmark, nor a conversion, "Text-to-Video")
        prefix, piece = words[-1].strip("-").rsplit("-", 1)
        if all(p.isalpha() and (p.islower() or p.istitle()) for p in prefix.split("-")) and piece.isalpha() \
                and len(piece) >= 4 and (piece.islower() or piece.istitle()):
            found = HEAD_TYPES.get(piece.lower())
    if found == DATASET and last in ("suite", "collection") and len(words) > 1 \
            and words[-2].lower() in ("model", "models"):
        return MODEL  # "a Model Suite": models, not data
    if found is None and (words[-1] in ("Problem", "Problems") or words[-1] in ("problem", "problems")
                          and len(words) > 1 and not words[-2].islower()):
        return TASK  # "Capacitated Vehicle Routing Problem", "the All-Reduce problem" name a task; a lower-case
        # "optimization problem" describes
    if found is None and len(words) > 1 and (words[-1] in ("Database", "Databases") or words[-1] in (
            "database", "databases") and len(words) > 2 and all(w[:1].isupper() for w in words[:-1])):
        return DATASET  # "China Biographical Database", "Bloom's Erdős Problems database", names; a lower-case
        # "vector database" is a system's part, and so is "a SQLite database"
    if found is None and words[-1] == "Survey" and len(words) > 2 and all(w[:1].isupper() for w in words) \
            and not any(w.lower() in _REVIEW_WORDS for w in words):
        return DATASET  # "World Values Survey", "National Health Interview Survey": a survey's data, by its name (not
        # a title's "A Comprehensive Survey", a review of the literature)
    if found == METHOD and len(words) > 1 and words[-2].lower() in _TASK_BY_ITS_OBJECT.get(last, ()):
        return TASK  # "infrared and visible image fusion", "Facial Emotion Analysis", "Structured Medical Report
        # Normalization": what a field does ("late fusion", "Factor Analysis", "batch normalization" are ways of it)
    if found == TASK and len(words) > 1 and (words[-2].lower().endswith("augmented")
                                             or _ESTIMATOR.fullmatch(words[-2]) and words[-1].lower() == "estimation"):
        return METHOD  # "maximum likelihood estimation": an estimator, not what is estimated ("pose estimation")
    joint = next((i for i, word in enumerate(words[1:], 1) if word in _HEAD_BEFORE), None)
    before = head_type(words[:joint]) if found is None and joint is not None else None
    if before not in (None, TASK):
        # "Reinforcement Learning with Verifiable Rewards", "confidence-aware accuracy with abstention": a phrase a
        # preposition joins on is headed before it, where its last word gives no type (not "of", whose phrases are
        # often descriptions: "prediction of 3D Gaussian geometry"; nor a task's head, which the long forms of
        # proposed systems often have: "Sensitive Weight Identification for Fast Transfer (SWIFT)")
        return before
    return found


# A tool's noun made from a verb in "-ize" or "-ise" ("colorizer", "denoiser", "analyzer"); not people's.
_A_TOOLS_NOUN = re.compile(r"[a-z]{3,}(?:iz|is|yz|ys)ers?")
_PEOPLES_NOUNS = frozenset({"advertiser", "organizer", "organiser", "adviser", "franchiser"})


def is_a_tools_noun(word: str) -> bool:
    """Whether a word is a tool's noun in "-izer" or "-iser" ("Colorizer", "denoisers"; not "organizers")."""
    word = word.lower()
    return bool(_A_TOOLS_NOUN.fullmatch(word)) and word.removesuffix("s") not in _PEOPLES_NOUNS


# Words of a title's review of the literature: "A Comprehensive Survey", "The Systematic Survey".
_REVIEW_WORDS = frozenset({"a", "an", "the", "comprehensive", "systematic", "brief", "short", "critical", "literature",
                           "holistic", "unified", "structured", "concise", "extensive", "thorough"})
# Prepositions after a phrase's head noun, in lower case as a name writes them.
_HEAD_BEFORE = frozenset({"with", "for", "via", "under", "using"})


# A class of models written as an acronym, in the singular: "MLLM", "CNN".
_MODEL_CLASS = re.compile(r"M?LLM|L?VLM|LMM|SLM|CNN|RNN|GNN|DNN|GAN|VAE")
# Words that join one phrase to another ("SALAD-Bench across four VLMs", "detection of ..."): a phrase with one runs on.
JOINING_WORDS = frozenset({"of", "for", "on", "in", "with", "from", "to", "by", "and", "or", "across", "via"})


def headed_by_a_model_class(words: list[str]) -> bool:
    """Whether a phrase of several words ends in a class of models written as an acronym: "a confidence-aware MLLM",
    "a lightweight CNN" are models of it (not a class in the plural, "Medical VLMs", nor a phrase that runs on,
    "SALAD-Bench across four VLMs").

    >>> headed_by_a_model_class(["confidence-aware", "MLLM"]), headed_by_a_model_class(["MLLM"])
    (True, False)
    """
    return len(words) > 1 and bool(_MODEL_CLASS.fullmatch(words[-1])) \
        and not any(word.lower() in JOINING_WORDS for word in words[:-1])


def type_from_head(words: list[str]) -> str | None:
    """Type of a noun phrase from its last word found in the lexicon, scanning right to left.

    >>> type_from_head(["Deep", "Generative", "Neural", "Operator"])
    'Model'
    >>> type_from_head(["Earth", "Mover", "Distance", "Optimization"])
    'Method'
    """
    for end in range(len(words), 0, -1):
        found = head_type(words[:end])
        if found:
            return found
    return None


_ACTIVITY_NOUN = re.compile(r"[a-z]{3,}(?:ing|tion|sion)")


def listed_activity(text: str) -> bool:
    """Whether a phrase of two words or more (or two joined by a hyphen), its last an activity's noun no head types,
    names what Papers with Code lists as a task only: "Knowledge Tracing", "uncertainty quantification", "face
    anti-spoofing"; not a thing it lists as one ("Gaussian Processes", "Knowledge Graphs"), a
    method by its head ("reinforcement learning"), nor a class of models named by what they take and give
    ("Vision-Language-Action").

    >>> listed_activity("Knowledge Tracing"), listed_activity("Gaussian Processes")
    (True, False)
    """
    words = text.split()
    hyphens = text.count("-")
    return (len(words) > 1 or hyphens == 1) and hyphens < 2 \
        and bool(_ACTIVITY_NOUN.fullmatch(re.split(r"[-\s]", text)[-1].lower())) and head_type(words) is None \
        and knowledge.known_types(text) == {TASK}
