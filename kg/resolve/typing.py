"""One type per entity, decided with knowledge, and its Papers with Code link.

The mentions' votes (summed confidences across the corpus; cue words such as "the X dataset"
already gave their mentions a confident type) are combined with the Papers with Code lists and
the form of the name:

- a name Papers with Code lists as a dataset, task or metric gets that type's support; a method
  there supports Method and Model alike (Papers with Code files architectures such as BERT as
  methods), so between those two the votes decide; a coined name it lists as a metric only
  ("ROC-AUC", "GFLOPs", "Rank-1") is a Metric;
- a name with a size or version ("Llama-3.1", "Qwen2-7B", "GPT-4") supports Model over Method, as does a model
  family's name with its release words ("MiniMax M2.5", "Gemini-3 Flash"); a count in thousands ("DeepMath-103K")
  supports Dataset;
- a name's head noun supports its type ("Pointer Networks" Model, "... Benchmark" Dataset), also
  glued to a one-word name ("VBench" Dataset, "BERTScore" Metric);
- Method and Model count together against the other types, then the larger of the two wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from kg.extract import knowledge
from kg.extract.entities import looks_versioned, metric_in_other_sense
from kg.extract.rules.lexicon import JOINING_WORDS, head_type
from kg.extract.wordlists import BASE_VERBS, METRIC_HEADS, SHARED_TASK_PARTS, of_model_family
from kg.resolve.keys import has_parameter_size, is_version_word
from kg.schema import DATASET, ENTITY_TYPES, METHOD, METRIC, MODEL, TASK

KNOWLEDGE_WEIGHT = 0.6
"""Support a Papers with Code type adds, as a share of the entity's summed votes (at least 1 vote)."""
SOLE_KNOWLEDGE_WEIGHT = 1.0
"""The same where Papers with Code has a page for the label itself, of the one type it knows the entity's names
by ("hallucination" a task, "DROP" a data set); leaderboard column names ("Validation", "Count") have no page."""
CODED_DATASET_WEIGHT = 1.0
"""Support added to Dataset for a coined one-word name Papers with Code knows as a data set only
("CheXpert", "UCF50", "DBpedia", "HowTo100M"): such a name rarely means anything else."""
HEAD_WEIGHT = 1.0
"""Support the head noun of the label adds to its type, as a share of the summed votes."""
NET_DATASET_SHARE = 0.75
NET_DATASET_VOTES = 4.0
"""A "Net" glued to a name supports Model unless more than NET_DATASET_SHARE of at least NET_DATASET_VOTES votes
say Dataset: networks and data sets alike end in it ("ResNet", "BrushNet"; "WordNet", "PhysioNet", "DocLayNet")."""
BENCHMARK_VOTES = 4.0
BENCHMARK_SHARE = 0.75
"""A one-word name Papers with Code knows as a task only is a data set where at least BENCHMARK_VOTES votes and
BENCHMARK_SHARE of all say so: a benchmark is often listed there as the task it tests ("MMLU")."""
SYSTEM_VOTES = 5.0
SYSTEM_SHARE = 0.8
"""A system's mentions decide between Method and Model when their Method and Model votes reach SYSTEM_VOTES and
SYSTEM_SHARE of them say one: a long form's head or a list then no longer outweighs them."""
VERSION_WEIGHT = 0.5
"""Support a version in the name adds to Model, as a share of the summed votes (a size in parameters,
"7B" or "Small", adds as much as a head noun)."""
TWO_KIND_HEADS = frozenset({"alignment", "analysis"})
"""Head nouns of tasks more often than of methods: the training corpora's gold spans ending in them are Tasks 29 and
80 times, Methods 10 and 51 times ("word alignment", "sentiment analysis"; "statistical analysis"). A phrase headed
by one supports Task where its mentions vote Task over Method and Model, Method otherwise; a name in capitals keeps
Method ("Centered Kernel Alignment"). "inference" (52 gold Tasks, 17 Methods) is left out: in real abstracts the
phrases it heads name ways of running a model as often ("mean-field inference", "sparse inference")."""
_ORDER = {t: i for i, t in enumerate(ENTITY_TYPES)}


# A "2" standing for "to" between two capitals is no version: "E2E-AD" (end-to-end autonomous driving), "T2I", "V2X".
_TWO_FOR_TO = re.compile(r"(?<![A-Za-z0-9])[A-Z]2[A-Z](?![a-z0-9])")
# A shared task's number is no version: "SemEval 2026 Task 11", "AI City Challenge 2025 Track 2".
_NUMBERED_SHARED_TASK = re.compile(rf"\b(?:{'|'.join(sorted(SHARED_TASK_PARTS))})\s+\d")


def decide_type(label: str, aliases: Iterable[str], votes: Mapping[str, float], head_name: str | None = None,
                papers: int = 1, listed: bool = True) -> str:
    """The entity's one type; the head noun is read from ``head_name`` (an acronym's long form) when given, and
    ``papers`` is the number of papers naming it; Papers with Code's lists are not read where ``listed`` is false.

    >>> decide_type("ImageNet", [], {"Model": 1.6, "Dataset": 0.8})
    'Dataset'
    >>> decide_type("Llama-3.1", [], {"Method": 0.8, "Model": 0.7})
    'Model'
    >>> decide_type("GRPO", [], {"Dataset": 0.9, "Method": 0.8}, head_name="group relative policy optimization")
    'Method'
    >>> decide_type("LLaVA", [], {"Dataset": 64.6, "Method": 45.4, "Model": 21.4})  # a model family's name
    'Model'
    """
    support = {t: v for t, v in votes.items()}
    total = max(sum(votes.values()), 1.0)
    names = [label, *aliases]
    entries = known_entries(label, aliases) if listed else []
    known = {entry.type for entry in entries if not (entry.type == TASK and _topic_page(entry))}
    if known and _SHORT_ACRONYM.fullmatch(label):
        # two capitals stand for many things ("CS": computer science, compressive sensing, a metric of
        # content selection): a type Papers with Code lists counts only where some mention reads the name so
        known = {kind for kind in known if votes.get(kind) or kind == METHOD and votes.get(MODEL)}
    if known == {METRIC} and _CODED_METRIC.search(label):
        return METRIC  # Papers with Code knows the coined name as a metric only: "ROC-AUC" was a Task
    if known == {TASK} and " " not in label and votes.get(DATASET, 0.0) >= max(BENCHMARK_VOTES, BENCHMARK_SHARE * total):
        return DATASET  # "MMLU", read as a benchmark by 13 of its 15 mentions: Papers with Code's task of that name
        # (and its long form's head, "... Language Understanding") do not outweigh them
    weight = SOLE_KNOWLEDGE_WEIGHT if _sole_page(label, known) else KNOWLEDGE_WEIGHT
    for kind in known:
        for target in ((METHOD, MODEL) if kind == METHOD else (kind,)):
            if target in (DATASET, TASK, METRIC, METHOD, MODEL):
                support[target] = support.get(target, 0.0) + weight * total
    # a methods' page supports Method and Model alike (it lists models too), once against the other types
    listed_twice = weight * total if METHOD in known else 0.0
    if known == {DATASET} and _CODED_NAME.fullmatch(label):
        support[DATASET] = support.get(DATASET, 0.0) + CODED_DATASET_WEIGHT * total
    elif not known and " " not in label and _ends_in_known_dataset(label, min_length=5):  # "DermaMNIST"
        support[DATASET] = support.get(DATASET, 0.0) + HEAD_WEIGHT * total
    elif not known and " " not in label and (tail := _known_method_tail(label)):  # "Mip-NeRF", "RF-DETR": a variant
        kind = METHOD if tail.islower() and head_type([tail]) != MODEL else MODEL  # "no-dropout": a technique's
        support[kind] = support.get(kind, 0.0) + HEAD_WEIGHT * total
    sized = any(has_parameter_size(n) for n in names)
    if sized:  # "Llama-3.2-11B-Vision-Instruct", "MobileNetV3-Small"
        support[MODEL] = support.get(MODEL, 0.0) + HEAD_WEIGHT * total
    elif any(counts_examples(n) for n in names):  # "DeepMath-103K", "PixVerve-95K"
        support[DATASET] = support.get(DATASET, 0.0) + HEAD_WEIGHT * total
    elif names_a_release(label) and not known - {METHOD, MODEL}:
        # "MiniMax M2.5", "Gemini-3 Flash": a model family's release, whatever a list or a cue read it as
        support[MODEL] = support.get(MODEL, 0.0) + HEAD_WEIGHT * total
    elif any(looks_versioned(n) and not _TWO_FOR_TO.search(n) for n in names) and (not known or METHOD in known) \
            and not any(metric_at_threshold(n) or _NUMBERED_SHARED_TASK.search(n) or _sized_known_data(n)
                        for n in names):
        # digits say version only of what Papers with Code does not know as something else ("S3DIS", "ModelNet40"),
        # nor of a metric's cut-off ("mAP50", "AP75", "FID50K"), nor of a shared task's number, nor the resolution of a
        # data set it knows ("ImageNet-256")
        support[MODEL] = support.get(MODEL, 0.0) + VERSION_WEIGHT * total
    named = head_name or label
    glued = glued_head_type(label)
    if glued == MODEL and (DATASET in known or _ends_in_known_dataset(label) or _sized_known_data(label)):
        glued = None  # "ImageNet", "ModelNet40", "TinyImageNet", "Occ-ScanNet", "ScanNet200": data sets, not networks
    conversion = converts_media(named)  # "text-to-video": one word, a task's name all the same
    head = _head_before_for(named) or head_type(named.split()) or glued or (TASK if conversion else None)
    if head == TASK and not known and (papers == 1 or not votes.get(TASK)) \
            and _system_named_for_its_task(named, [label, *aliases], votes):
        head = None  # "Blind Adaptive Local Denoising (BALD)", voted a method: a system named after its task; in
        # several papers where none reads it as a task ("SORT", Simple Online and Realtime Tracking)
    if head == METHOD and _two_kind_phrase(named) \
            and votes.get(TASK, 0.0) > votes.get(METHOD, 0.0) + votes.get(MODEL, 0.0):
        head = TASK  # "image analysis", voted Task: its head names tasks as often as methods
    # "multi-query associative recall" is a task, not a metric: no head support in another sense, nor where Papers
    # with Code lists the name as a task ("semantic textual similarity").
    if head is not None and (len(named.split()) > 1 or glued or conversion or head == TASK and named.islower()) \
            and not (head == METRIC and (metric_in_other_sense(named, "") or TASK in known)):
        if not (head == glued and not known and _named_like_a_data_set(label, votes)):
            support[head] = support.get(head, 0.0) + HEAD_WEIGHT * total
    if TASK in support and TASK not in known and _COINED_WORD.fullmatch(label) and head != TASK:
        # a coined word names a system or a benchmark, not a task ("HunyuanVideo", "CounterMoral"); tasks
        # are phrases or acronyms ("VQA", "Text-to-SQL")
        del support[TASK]
        if not support:
            return METHOD
    # Method and Model are one kind, a system, split two ways (the recogniser's votes wander
    # between them): a system wins against the other types on their summed support.
    systems = support.get(METHOD, 0.0) + support.get(MODEL, 0.0) - listed_twice
    others = {t: v for t, v in support.items() if t not in (METHOD, MODEL)}
    if systems and systems > max(others.values(), default=0.0):
        support = {t: support.get(t, 0.0) for t in (METHOD, MODEL)}
        model, method = votes.get(MODEL, 0.0), votes.get(METHOD, 0.0)
        if model + method >= SYSTEM_VOTES and max(model, method) >= SYSTEM_SHARE * (model + method) \
                and head_type(label.split()) not in (METHOD, MODEL) and glued not in (METHOD, MODEL):
            # the mentions agree which of the two a name is: "CLIP" (Model 72, Method 8), whatever its long
            # form's head ("Contrastive Language-Image Pre-Training") or Papers with Code's methods list say;
            # not a name headed as one ("Retrieval-Augmented Generation", "Progress Reward Model", "STARNet")
            return MODEL if model > method else METHOD
    # A tie goes to the name's own head ("MLE-Bench", voted Model as much as its head says Dataset), but
    # a coined name with a task's head is as often a method named after its task ("Selective Latent Reasoning").
    favoured = head if head not in (None, TASK) or conversion else MODEL if sized else None
    return min(support, key=lambda t: (-support[t], t != favoured, _ORDER.get(t, len(_ORDER)), t))


# A metric's name, then the cut-off, rank or sample count it is taken at: "mAP50", "mAP50-95", "AP75", "FID50K".
_AT_THRESHOLD = re.compile(r"([A-Za-z][A-Za-z\-]*?)[-@]?\d+(?:\.\d+)?[Kk]?(?:-\d+)?")


def metric_at_threshold(label: str) -> bool:
    """A metric Papers with Code knows, taken at a threshold, rank or sample count: its digits are no version.

    >>> [metric_at_threshold(n) for n in ("mAP50", "mAP50-95", "FID50K", "AP75", "ModelNet40", "GPT-4", "S3DIS")]
    [True, True, True, True, False, False, False]
    """
    found = _AT_THRESHOLD.fullmatch(label)
    if found is None:
        return False
    known = knowledge.known_types(found.group(1))
    return METRIC in known and not known & {METHOD, MODEL}


# A count in thousands closing a coined name: "DeepMath-103K", "MVQA-68K", "SafeVid-350K" (of the 60 names so written
# most often in the first 30,000 arXiv records, all are data sets); not a resolution ("Diffusion-4K", "UHD-8K").
_EXAMPLE_COUNT = re.compile(r"[A-Za-z][\w.\-]*-(\d+(?:\.\d+)?)K")
_RESOLUTIONS = frozenset({"2", "4", "8"})


def counts_examples(label: str) -> bool:
    """A coined name closed by a count of examples in thousands, as data sets are named.

    >>> [counts_examples(n) for n in ("DeepMath-103K", "BioDSA-1K", "Diffusion-4K", "Qwen-7B", "LAION-400M")]
    [True, True, False, False, False]
    """
    found = _EXAMPLE_COUNT.fullmatch(label)
    return found is not None and found.group(1) not in _RESOLUTIONS


# A release's letter and version after a family's name: "M2.5", "K2", "R1".
_LETTERED_VERSION = re.compile(r"[A-Z]\d+(?:\.\d+)?")


def names_a_release(label: str) -> bool:
    """A model family's name, alone or with its release words: "MiniMax M2.5", "Gemini-3 Flash", "Qwen 2.5 VL"; not a
    phrase ("DeepSeek Sparse Attention"), nor "GLM", also the generalized linear model.

    >>> [names_a_release(n) for n in ("MiniMax M2.5", "Gemini-3 Flash", "DeepSeek Sparse Attention", "GLM-4.5")]
    [True, True, False, False]
    """
    words = label.split()
    return of_model_family(label) and label.split("-")[0].lower() != "glm" \
        and all(is_version_word(w) or _LETTERED_VERSION.fullmatch(w) or w in ("VL", "Vision") for w in words[1:])


# What one medium is turned into another from ("text-to-video", "Natural Language to SQL", "speech-to-speech"):
# the two ends of a conversion task's name.
_MEDIA = frozenset({"text", "image", "images", "video", "videos", "speech", "audio", "sound", "voice", "music",
                    "language", "sql", "code", "3d", "4d", "motion", "shape", "mesh", "sketch", "svg", "cad", "scene",
                    "layout", "caption", "table", "graph", "molecule", "protein", "eeg", "fmri", "lidar", "point",
                    "dance", "gesture", "sign", "story", "world"})
# The conversion, after lower-case modifiers ("multi-turn", "natural"; not a name's words, "BIRD text-to-SQL",
# "Consistent Video-to-Speech", nor a title's "Quantization of Language-to-Image"): the media are groups 1 and 2.
_CONVERSION = re.compile(r"(?:(?:[a-z]+|Natural)(?:-[a-z]+)*[\s-]+)*?"
                         r"([A-Za-z][a-z]*|[A-Z]+|\d[Dd])[\s-]+[Tt]o[\s-]+([A-Za-z][a-z]*|[A-Z]+|\d[Dd])(?:-[A-Za-z]+)*")
_NOT_MODIFIERS = frozenset({"of", "for", "from", "in", "on", "with", "and", "via", "by", "the", "a", "an"})


def converts_media(label: str) -> bool:
    """Whether ``label`` names the conversion of one medium into another, a task: "text-to-video",
    "Natural Language to SQL", "multi-turn Text-to-SQL", "text-to-audio-video"; not "sequence-to-sequence",
    "Vehicle-to-Everything", "BIRD text-to-SQL" (a data set of the task).

    >>> [converts_media(n) for n in ("Text-to-Video", "natural language to SQL", "sequence-to-sequence", "T2V",
    ...                              "BIRD text-to-SQL", "Quantization of Language-to-Image", "image-to-3D")]
    [True, True, False, False, False, False, True]
    """
    match = _CONVERSION.fullmatch(label)
    return bool(match) and match.group(1).lower() in _MEDIA and match.group(2).lower() in _MEDIA \
        and not _NOT_MODIFIERS & set(label.lower().split())


SYSTEM_NAMED_SHARE = 3.0
"""A name in title case with an acronym, named by one paper, whose mentions vote a system at least this many times as
often as a task is a system named after its task: the task's head noun of its last word then gives no support. A
name several papers write is a field's ("Single Image Super-Resolution (SISR)", "Interactive Image Segmentation
(IIS)"), whatever their recogniser read."""
_SMALL_WORDS = frozenset({"for", "of", "and", "in", "with", "via", "on", "to", "the", "a"})
_ACRONYM = re.compile(r"[A-Z][\w-]*[A-Z][\w-]*")


def _system_named_for_its_task(label: str, aliases: Iterable[str], votes: Mapping[str, float]) -> bool:
    """A coined name of three or more words in title case, written with an acronym, that its mentions call a method
    or a model far more often than a task: "Blind Adaptive Local Denoising" (BALD; Method 4.15, Task 0.8),
    "Distortion-Aware Omnidirectional Video Inpainting" (DAOVI); not "Skeleton-based Action Recognition" (no acronym
    here), nor "Visual Question Answering" (VQA, voted a task)."""
    systems = votes.get(METHOD, 0.0) + votes.get(MODEL, 0.0)
    return len(re.split(r"[\s-]+", label)) >= 3 and all(w[:1].isupper() or w in _SMALL_WORDS for w in label.split()) \
        and any(_ACRONYM.fullmatch(a) for a in aliases) and systems >= SYSTEM_NAMED_SHARE * max(votes.get(TASK, 0.0), 0.5)


def _head_before_for(label: str) -> str | None:
    """The type a system's or a data set's noun gives a name before its "for": "Vision Transformer for Detection" a
    model, "Benchmark for Object Pose Estimation" a data set; not a metric's or a two-kind word ("Procedural Recall
    for Agents ...", "Error Analysis for English Learners")."""
    if " for " not in label:
        return None
    words = label.split(" for ")[0].split()
    kind = head_type(words)
    return kind if kind in (DATASET, METHOD, MODEL) and words[-1].lower() not in TWO_KIND_HEADS else None


def _two_kind_phrase(label: str) -> bool:
    """A phrase (no word in title case; acronyms may stand in it) headed by one of :data:`TWO_KIND_HEADS`: "image
    analysis", "LLM alignment"; not "Centered Kernel Alignment"."""
    words = label.split()
    return len(words) > 1 and words[-1].lower() in TWO_KIND_HEADS \
        and not any(w[:1].isupper() and w[1:2].islower() for w in words)


def _sized_known_data(label: str) -> bool:
    """A data set Papers with Code lists, a resolution, size or version after it: "ImageNet-256", "ImageNet 64x64",
    "ScanNet200", "ScanNetV2"."""
    return any(found is not None and knowledge.known_types(found.group(1)) == {DATASET}
               for found in (_SIZED_NAME.fullmatch(label), _VERSIONED_NAME.fullmatch(label)))


_SIZED_NAME = re.compile(r"(.+?)[-_ ]?\d+(?:[xX×]\d+)?[kKmM]?")
# A name and a version written after it: "ScanNetV2", "ScanNet v2", "nuScenes-v1.0".
_VERSIONED_NAME = re.compile(r"(.+?)[-_ ]?[vV]\d+(?:\.\d+)*")


def _ends_in_known_dataset(label: str, min_length: int = 1) -> bool:
    """A name ending in a data set Papers with Code lists ("TinyImageNet", "Occ-ScanNet"); with ``min_length``,
    a data set's name of that many characters or more that is no capitalised word ("DermaMNIST", not
    "OneDrive" for DRIVE nor "EggMind" for MIND)."""
    for i in range(1, len(label)):
        tail = label[i:]
        if label[i].isupper() and not label[i - 1].isupper() and len(tail) >= min_length \
                and not (min_length > 1 and tail.istitle() and tail.isalpha()) and DATASET in knowledge.known_types(tail):
            return True
    return False


def _known_method_tail(label: str) -> str | None:
    """The method or architecture Papers with Code lists that a coined name ends in, of four characters or more
    and no capitalised word: "NeRF" of "Mip-NeRF", "DETR" of "RF-DETR" (not "GraphAttention" for "Attention")."""
    for i in range(1, len(label) - 3):
        tail = label[i:]
        if (label[i - 1] == "-" or label[i].isupper() and label[i - 1].islower()) and not (tail.istitle() and tail.isalpha()) \
                and knowledge.known_types(tail) == {METHOD}:
            return tail
    return None


# One coined word: capitals inside it or letters with digits ("HunyuanVideo", "M2IR", "Sim2Real"); not an
# acronym in capitals only ("VQA", "SLAM") nor a hyphenated phrase with a lower-case word ("Text-to-SQL").
_COINED_WORD = re.compile(r"(?=\S*[a-z])(?:[A-Z][a-z0-9]+[A-Z][\w.]*|[a-z]+[A-Z][\w.]*|[A-Za-z]+\d[\w.]*)"
                          r"(?:-[A-Z0-9][\w.]*)*")
# An acronym of two capitals ("CS", "AD"), which many long forms share ("CUB", of three, is the birds data set).
_SHORT_ACRONYM = re.compile(r"[A-Z]{2}")


# A coined one-word name: four characters or more, a capital after the first or a digit, a lower-case letter
# or a digit, and no lower-case start ("CheXpert", "UCF50", "AI2D", "3DMatch"); not an acronym in capitals
# ("ALFRED", "DART") nor a name that starts in lower case, a method's or model's way ("aTLAS", "mBERT").
_CODED_NAME = re.compile(r"(?=[\w.\-]{4,}$)(?=.*(?:\d|.[A-Z]))(?=.*[a-z0-9])[A-Z0-9][\w.\-]+")


_GLUED_HEAD = re.compile(r"[A-Za-z0-9]-?(Bench|bench|Eval|Score|Net)\d*$|[a-z][A-Z]?(QA)$|"
                         r"^(?:[A-Z][a-z0-9]+[A-Z]|[A-Za-z]+\d)\w*-V?(QA)$|^[A-Za-z]*(LLM|VLM|LMM)s?$")
_GLUED_TYPES = {"bench": DATASET, "eval": DATASET, "qa": DATASET, "score": METRIC, "net": MODEL, "llm": MODEL,
                "vlm": MODEL, "lmm": MODEL}


def glued_head_type(label: str) -> str | None:
    """The type a one-word name's glued head gives: "VBench", "MT-Bench", "SWE-bench", "AlpacaEval",
    "HotpotQA", "TextVQA", "ArchEHR-QA" are benchmarks (not "VQA", "KBQA", "Med-VQA": tasks), "BERTScore" and "CLIPScore" metrics,
    "BrushNet" and "DGE-Net" networks, "MLLM", "LVLM" and "dLLM" language models (the datasets among them,
    "ImageNet", are Papers with Code's: see :func:`decide_type`).

    >>> glued_head_type("LongBench"), glued_head_type("BERTScore"), glued_head_type("Benchmark")
    ('Dataset', 'Metric', None)
    >>> [glued_head_type(n) for n in ("TruthfulQA", "TextVQA", "VQA", "LongMemEval", "ArchEHR-QA", "Med-VQA")]
    ['Dataset', 'Dataset', None, 'Dataset', 'Dataset', None]
    """
    head = _glued_head(label)
    return _GLUED_TYPES[head] if head else None


def _named_like_a_data_set(label: str, votes: Mapping[str, float]) -> bool:
    """A name glued to "Net" that several mentions call a data set ("WordNet", "PhysioNet"); not one hyphenated
    to it, a network's way ("RandLA-Net", "ACT-Net"), nor one only a mention or two call so ("SnowflakeNet")."""
    total = sum(votes.values())
    return _glued_head(label) == "net" and not label.endswith("-Net") and total >= NET_DATASET_VOTES \
        and votes.get(DATASET, 0.0) > NET_DATASET_SHARE * total


def _glued_head(label: str) -> str | None:
    """The head glued to a one-word name, in lower case ("net" of "BrushNet", "bench" of "MT-Bench")."""
    found = _GLUED_HEAD.search(label) if " " not in label.strip() else None
    return next(g for g in found.groups() if g).lower() if found else None


# A coined metric name: one word with a digit, "@", or capitals beside other characters ("ROC-AUC",
# "mAP@10", "GFLOPs", "IDF1"); not a bare acronym, which names other things as often ("EM", "ARM",
# "MMR"), nor words Papers with Code's metric list also holds ("5-fold cross-validation").
_CODED_METRIC = re.compile(r"^(?!.*\s)(?=.*(?:\d|@|[A-Z]{2}))(?=.*[^A-Z])")


def link(label: str, aliases: Iterable[str], kind: str) -> str | None:
    """The Papers with Code identifier (``method/<slug>``, ``dataset/<slug>``, ``task/<slug>``) of an
    entity of type ``kind`` named ``label`` or one of ``aliases``; None when none matches.

    An entry whose page is one of the entity's names comes first: "WN18RR" is a variant of WN18 there and has its
    own page.

    >>> link("Candidate Prior Normalization", ["CPN"], "Method") is None, link("CIFAR-10", ["CIFAR10"], "Dataset")
    (True, 'dataset/cifar-10')
    >>> link("WN18RR", [], "Dataset")
    'dataset/wn18rr'
    """
    entries = known_entries(label, aliases)
    ours = {knowledge.fold(name) for name in (label, *aliases)}
    own = [entry for entry in entries if knowledge.fold(entry.slug) in ours]
    entry = knowledge.linked(own, kind) or knowledge.linked(entries, kind)
    return entry.identifier if entry is not None else None


_JOINED_WORDS = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


def _sole_page(label: str, known: set[str]) -> bool:
    """Whether Papers with Code has a page for ``label`` itself, of the one type it knows the entity by, and the
    label has no other common sense: not a word of English in capitals ("Codex", "Gap", "Era" are data sets
    there) nor a measure's word ("specificity" is a task there); a task there named by a coined word
    ("GSM8K", "TruthfulQA", "3DGS") is most often the benchmark or the method of that name, so the mentions
    decide."""
    own = knowledge.lookup(label)
    if len(known) != 1 or not own or not all(entry.slug for entry in own):
        return False
    if known == {TASK} and "-" not in label and _CODED_NAME.fullmatch(label):
        return False  # a coined word that names a task there is a benchmark's or a system's name ("GSM8K", "HumanEval")
    if known == {TASK} and _JOINED_WORDS.fullmatch(label) and head_type([label]) != TASK:
        return False  # capitalised words joined by hyphens and headed by no task's word name a kind of system as often:
        # "Vision-Language-Action" models
    return not re.fullmatch(r"[A-Z][a-z]+", label) and label.lower() not in METRIC_HEADS


_ACTIVITY_ENDS = ("ing", "tion", "sion", "sis", "ment", "ance", "ings", "tions", "sions", "ments", "ances")


def _topic_page(entry: knowledge.KnownName) -> bool:
    """Whether a Papers with Code task page is a topic named by the things it is about, no activity: "Knowledge
    Graphs", "Gaussian Processes", "Point Clouds", "Word Embeddings" (not "Sentiment Analysis", "Action
    Recognition In Videos", "Learning Word Embeddings"); a mention of the thing names no task, so the page gives
    no type."""
    names = knowledge.names_of(entry)
    return bool(names) and all(_names_things(name.split()) for name in names)


def _names_things(words: list[str]) -> bool:
    """A plural noun phrase, folded, with no activity's word in it: "knowledge graphs", "time series" (not
    "classify murmurs", "predict future video frames")."""
    last = words[-1]
    plural = last == "series" or last.endswith("s") and not last.endswith(("ss", "is", "us", "ics")) and len(last) > 3
    return plural and not any(w.endswith(_ACTIVITY_ENDS) or w in JOINING_WORDS for w in words) \
        and words[0] not in BASE_VERBS and words[0] != "classify" and head_type(words) != TASK


def known_entries(label: str, aliases: Iterable[str]) -> list[knowledge.KnownName]:
    """The Papers with Code entries an entity's names match, label first.

    A one-word alias of a longer label counts only where the entry's own longer names do not
    contradict the entity's: "Candidate Prior Normalization" (CPN) is not Papers with Code's CPN,
    "Contour Proposal Network", and "grouped-query attention" (GQA) is not the GQA dataset.
    """
    names = [label, *aliases]
    ours = {knowledge.fold(n) for n in names}
    found: list[knowledge.KnownName] = []
    for name in names:
        for entry in knowledge.lookup(name):
            if name != label and len(name.split()) == 1 and len(label.split()) > 1 and \
                    any(len(n.split()) > 1 and n not in ours for n in knowledge.names_of(entry)):
                continue
            if entry not in found:
                found.append(entry)
    return found
