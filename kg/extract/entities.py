"""The one place that decides which mentions become graph entities, and the cue words that type them.

Every span a recogniser or rule finds stays a mention in ``kg extract``'s ``entities``; only the
ones :func:`keep` accepts become nodes of the graph. A graph entity is a specific, named or
well-defined thing a researcher would look up ("BERT", "SQuAD", "question answering", "BLEU"),
not a generic phrase ("this approach", "synergistic components", "train"), a fragment
("generalization (perplexity") or TeX markup.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from kg.extract import benchmarks, knowledge
from kg.extract.rules.lexicon import (COINED_SCORE_NAME, DATASET_NOUN, DATASET_NOUNS, DESCRIBED_AS_DATA, HEAD_TYPES,
                                      MEDIA_MAPPING, OPTIMISATION_NAME, head_type, is_a_tools_noun,
                                      is_architecture_name)
from kg.extract.wordlists import (AUXILIARIES, BASE_VERBS, BROAD_MODIFIERS, CLASS_HEADS, CLAUSE_OPENERS, DATASET_PLURALS,
                                  DIMENSION, KIND_NOUNS, MANNER_MODIFIERS, METHOD_CLASS_PLURALS, METHOD_PLURALS,
                                  METRIC_HEADS, MODEL_SIZE_WORDS, PROCESS_HEADS, SYSTEM_NOUNS,
                                  OTHER_KIND_ACRONYMS, OTHER_KIND_HEADS, OTHER_KINDS, PART_PLURALS, QUALITIES,
                                  QUESTION_OPENERS, RUN_ON_VERBS, VENUES, established_phrases, is_ordinary_word,
                                  is_release, of_model_family)
from kg.schema import DATASET, METHOD, METRIC, MODEL, TASK

# TeX markup: math shifts, commands, braces, sub/superscripts.
_TEX = re.compile(r"[$\\{}]|\^|_\{")
# A subscript ("x_i", "Delta_ij", "O_FT"); not a coined name written with an underscore ("DS_FusionNet", "GPT_4o",
# "Bengal-HP_RU"), whose parts are two characters or more, each after the first with a capital or a digit.
_SUBSCRIPT = re.compile(r"[\w\-]*\w_\w[\w\-]*")
# A Creative Commons licence: "CC-BY", "CC BY-NC-SA 4.0", "CC-NC-SA-4.0 licence".
_LICENCE = re.compile(r"CC[\s-]?(?:BY|NC|SA|ND|0)(?:[\s-](?:BY|NC|SA|ND|\d(?:\.\d)?))*(?:\s+licen[cs]es?)?",
                      re.IGNORECASE)
# A code's identifier or a schema's label: words in capitals joined by underscores ("ENGINE_SPEC").
_IDENTIFIER = re.compile(r"[A-Z]+(?:_[A-Z]+)+")
_CODED_PART = re.compile(r"[\w\-]*[A-Z0-9][\w\-]*")
# A token that names something: mixed case, an acronym, digits with letters, a capitalised word.
_NAMED_TOKEN = re.compile(r"^(?:[A-Z][A-Za-z]*[A-Z0-9][\w\-\.]*|[A-Z]-[A-Z][A-Z0-9][\w\-\.]*|"
                          r"[A-Za-z]+(?:-(?!to-)[A-Za-z]+)*-[A-Za-z]*\d[\w\-\.]*|[a-z]+[A-Z][\w\-]*|"
                          r"[A-Za-z]+[\-]?\d[\w\-\.]*|"
                          r"\d+[A-Za-z][\w\-]*|[A-Z][a-z]+(?:-[A-Za-z]+)*)$")
LEADING = {"the", "a", "an", "our", "this", "these", "those", "that", "their", "its", "his", "her", "such",
           "each", "every", "any", "some", "both", "all", "we", "my", "your", "many", "most", "several",
           "various", "numerous"}
"""Words that never start an entity's name (boundary rules strip them)."""
# Heads and modifiers that make a phrase generic when it is made of nothing else.
GENERIC = set("""
approach approaches method methods model models framework frameworks system systems algorithm algorithms
technique techniques network networks architecture architectures task tasks dataset datasets data benchmark
benchmarks metric metrics performance result results train training trained learning experiment experiments
component components module modules solution solutions strategy strategies scheme schemes way ways manner
fashion setting settings problem problems work works baseline baselines state art paradigm pipeline pipelines
tool tools mechanism mechanisms process processes procedure procedures analysis study studies evaluation
evaluations application applications feature features representation representations design designs variant
variants version versions idea ideas concept concepts property properties step steps stage stages layer layers
function functions objective objectives loss losses input inputs output outputs sample samples example examples
information knowledge accuracy efficiency effectiveness quality improvement improvements gain gains
novel new proposed existing previous prior current recent conventional traditional standard simple general
unified efficient effective robust powerful strong large small various several different multiple many other
same similar key main first second final overall better best prominent popular typical specific related
synergistic zero-shot few-shot end-to-end e2e based driven level scale aware weights focus sota sotas of
in-domain out-of-domain in-distribution out-of-distribution
2d 3d 4d protocol protocols report reports technical benchmarking entity entities
comparative comprehensive theoretical systematic deeper detailed thorough extensive empirical in-depth preliminary
rigorous careful quantitative qualitative additional further statistical manual automatic automated
construction curation collection
""".split())
# Words too broad to be an entity on their own, though heads of good names ("trajectory prediction").
_BROAD_ALONE = {"prediction", "predictions", "assessment", "diagnostic", "diagnostics", "informativeness"}
# A field's acronym alone, however the paper defines it, and the field written out: "AI" is as broad as "artificial
# intelligence", a subject, not a thing a paper uses or does.
_FIELD_ALONE = frozenset({"ai", "genai", "gen-ai", "artificial intelligence", "generative ai",
                          "generative artificial intelligence", "agi", "artificial general intelligence"})
# Last words that make a phrase a part or an attribute of a thing, not the thing.
FRAGMENT_TAILS = {"weights", "focus", "solutions", "parameters", "components", "values", "outputs", "inputs",
                  # adjectives cut from their noun ("constant-channel spatial", "intra-urban spatial")
                  "spatial", "temporal", "visual", "semantic", "textual", "lexical", "syntactic", "structural",
                  "contextual", "multimodal", "spectral",
                  # participles and adjectives cut from their noun ("C2D-ISR framework based", "ViTs fine-tuned",
                  # "AmbientGAN-based generative", "Entropy-Aware Weighted")
                  "based", "driven", "guided", "enhanced", "augmented", "powered", "inspired", "conditioned",
                  "pre-trained", "pretrained", "fine-tuned", "finetuned", "weighted", "generative"}
# What is said of a whole field or model class: "AI governance", "AI adoption", "LLM deployment" are topics.
_TOPICS = frozenset({"research", "development", "governance", "integration", "adoption", "deployment", "technology",
                     "technologies", "progress", "innovation", "literacy", "ecosystem", "ecosystems", "policy",
                     "policies", "infrastructure", "regulation", "ethics", "era", "landscape", "industry", "usage",
                     "advances", "advancements", "revolution", "community"})
# Acronyms of whole fields or model classes: "AI tasks", "LLM compression approach" are generic.
BROAD_ACRONYMS = {"ai", "ml", "dl", "nlp", "cv", "llm", "llms", "lm", "lms", "vlm", "vlms", "mllm", "mllms", "nn", "nns",
                  "dnn", "dnns", "gnn", "gnns", "rl"}
_METRIC_WORDS = {"accuracy", "precision", "recall", "error", "perplexity", "loss", "score", "rate", "distance",
                 "coverage", "sensitivity"}
_METRIC_CONTEXT = re.compile(
    r"\d|%|\b(?:improv|outperform|higher|lower|better|worse|achiev|gain|drop|reach|boost|increas|decreas|"
    r"measur|evaluat|metric|score|report|surpass|exceed|state-of-the-art|sota|points?)\w*", re.I)
# A coined token: an acronym, mixed case or letters with digits ("BERT", "MultiONet", "GPT-4", "x86", "V-JEPA",
# "Kimi-K2.5", "Claude-Opus-4.6"), words in Title Case before a piece in capitals ("Tool-DC", "Pos-Seg-CFT"; not a
# word joined to a general technology's acronym: "Human-AI", "Multi-UAV", "Zero-LLM").
_CODED_TOKEN = re.compile(r"^(?:[A-Z][A-Za-z]*[A-Z0-9][\w\-\.]*|[A-Z]-[A-Z][A-Z0-9][\w\-\.]*|"
                          r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*-(?!(?:AIs?|LLMs?|UAVs?|MIMO)(?![\w.]))[A-Z]{2}[\w\-\.]*|"
                          r"[A-Za-z]+(?:-(?!to-)[A-Za-z]+)*-[A-Za-z]*\d[\w\-\.]*|[a-z]+[A-Z][\w\-]*|"
                          r"[A-Za-z]+[\-]?\d[\w\-\.]*|"
                          r"\d+[A-Za-z][\w\-]*)$")
# One word in -al or -ic, an adjective as a long form ("Gastrointestinal (GI) endoscopy", "Multimodal (MM)"), unless
# one of the nouns so spelt.
_ADJECTIVE_IN_AL_IC = re.compile(r"[A-Za-z][a-z]{3,}(?:al|ic)")
_NOUNS_IN_AL_IC = frozenset({
    "retrieval", "removal", "signal", "interval", "journal", "manual", "material", "proposal", "tutorial", "trial",
    "arrival", "survival", "approval", "rival", "portal", "terminal", "metal", "animal", "hospital", "capital",
    "festival", "mineral", "logic", "topic", "metric", "heuristic", "music", "clinic", "graphic", "traffic", "fabric",
    "mosaic", "arithmetic", "diagnostic", "critic", "statistic", "characteristic", "rhetoric", "republic"})


def _lone_adjective_long_form(long_form: str) -> bool:
    """A long form of one adjective: a modifier's acronym ("GI" for "Gastrointestinal"), not a thing's name."""
    return bool(_LONE_ADJECTIVE.fullmatch(long_form)) \
        or bool(_ADJECTIVE_IN_AL_IC.fullmatch(long_form)) and long_form.lower() not in _NOUNS_IN_AL_IC


# Words in -ed that are no participles: "Seed-Coder", "Deep-Speed".
_NOT_PARTICIPLES = "speed|seed|feed|need|breed|bleed|shed|bred"
# One lower-case adjective: the modifier of a name cut from its head noun, not a thing itself.
_LONE_ADJECTIVE = re.compile(r"[a-z]+(?:-[a-z]+)*(?:ive|ous|able|ible)|[A-Z][a-z]{4,}(?:ive|ous|able|ible)|"
                             r"[\w.]+-[a-z]+(?:ive|ous|able|ible)|"  # "SOTA-competitive"
                             r"[\w.]+(?:-[\w.]+)*-(?i:preserving|free|agnostic|specific|driven|guided|oriented|centric|efficient|"
                             r"intensive|dependent|independent|invariant|sensitive|prone|generated|powered|enabled|assisted|"
                             r"friendly|conditioned|inspired|informed|induced|related|constrained|supervised|annotated|"
                             r"trained|tuned|purpose)|"
                             rf"[\w.]+-(?!(?i:{_NOT_PARTICIPLES})$)[A-Za-z]{{3,}}ed|"  # "MAE-Pretrained"
                             # "GPT-4o-generated", "LoRA-fine-tuned"; not "BERT-base-uncased", "AM-DeepSeek-R1-Distilled"
                             rf"[\w.]+(?:-[\w.]+)+-(?!(?:{_NOT_PARTICIPLES}|uncased|cased)$)[a-z]{{3,}}ed|"
                             r"(?i:(?:high|low|full|mixed|uniform|half|finite|infinite|single|double|reduced|"
                             r"arbitrary)-[a-z]+|"
                             r"(?:out|in)-of-distribution|in-distribution)|"  # "finite-precision", "single-view"
                             # "real-time", "Long-Tail", "first-order", "zero-shot" (not "Long-CLIP", "Real-ESRGAN")
                             r"(?:[Rr]eal|[Ll]ong|[Ss]hort|[Ff]irst|[Ss]econd|[Zz]ero|[Ff]ew|[Oo]ne|[Nn]ear)-[A-Za-z][a-z]+|"
                             r"[Cc]ross-(?:modal|lingual|domain|view|task|cultural|platform|dataset|scale|layer|frame|"
                             r"subject|sectional)|"  # "cross-modal" (not "cross-attention", "cross-entropy")
                             r"(?:[Mm]ulti|[Nn]on)-[A-Za-z][a-z]+|"  # "multi-branch", "Multi-Agent"; not "Multi-LCB"
                             r"OOD|IID|i\.i\.d\.?")  # out-of-distribution, independent and identically distributed
# Words that join a phrase to another: a name never starts or ends with one.
# Prepositions after a phrase's head: "detection of ...", "classification in ...".
_HEAD_ENDS = {"of", "in", "on", "for", "from", "with", "under", "across", "over", "via", "using"}
_JOINING = {"and", "or", "for", "of", "with", "in", "on", "to", "via", "from", "by", "as", "at", "than", "versus", "vs",
            "across", "into", "over", "under", "through", "without", "within", "between", "among"}


def _joins(word: str) -> bool:
    """A joining word as such: "and", "For"; not an acronym ("OR" for operations research)."""
    return (word.islower() or word.istitle()) and word.lower() in _JOINING


_MEASURE = (r"(?:accuracy|cost|latency|compute|efficiency|speed|memory|quality|performance|energy|throughput|size|"
            r"recall|precision|communication|fidelity|diversity|utility|privacy|robustness|perplexity|sparsity|"
            r"bias|variance|speedup|realism|faithfulness|safety|helpfulness|time|runtime|power|parameters?)")
_ACTIVITY_ALONE = re.compile(r"[a-z]{3,}ing")  # "processing", "training": no measure on its own
_TRADE_OFF = re.compile(rf"(?i:{_MEASURE}-{_MEASURE}(?:\s+trade-?offs?)?)")
# A generation as an era, not as making something: "next-generation (wireless networks)", "the new generation of ...".
_ERA = re.compile(r"(?i:(?:next|new|future|first|second|third|fourth|fifth|sixth|last|latest|current|previous|"
                  r"earlier|later|coming|upcoming|older|newer)[\s-]+generations?)")
# A list of models: "models such as", "LLMs (e.g.,", "backbones including" (a few names may come between).
def _listed_after(plurals: str) -> re.Pattern:
    """Names listed after one of ``plurals`` ("a|b"), its acronym in brackets or not: "models such as", "LLMs (e.g.,",
    "baselines including", "methods, such as", "baselines (SCIP, CBC)", "State Space Models (SSMs) like", "optimizers,
    namely,", "systems - such as" (not a colon, which in a title opens its subtitle: "... to LLMs: A Comparative Study
    of POS Tagging")."""
    return re.compile(rf"\b(?:{plurals})(?:(?:\s+\([A-Za-z\-]{{2,10}}\))?\s*[,\-–—]?\s*\(?\s*"
                      rf"(?:like|such\s+as|including|e\.g\.,?|namely,?)"
                      rf"(?:\s[^.;()]{{0,40}})?"
                      rf"|\s*\((?:[^.;()]{{0,40}}[\s,])?)$")


_MODELS_LIKE = _listed_after("models|llms|mllms|vlms|lvlms|backbones|architectures|generators|checkpoints|chatbots|"
                             "assistants|encoders|decoders")
METHODS_LIKE = _listed_after("baselines|methods|approaches|algorithms|techniques|frameworks|agents|systems|solutions|"
                             "strategies|optimizers|tools|paradigms|analyses|alternatives|schemes")
# A size or a count alone: "7B", "3D", "378k" (clinical notes), "5m", "8TB" (of storage); a grid or a resolution: "2x2",
# "512×512", "480p". (a mixture of experts' sizes too, its experts and its active parameters: "3x4B-A6B", "30B-A3B")
_BARE_SIZE = re.compile(r"\d+(?:\.\d+)?\s?[BMKTDbkm]|\d+(?:\.\d+)?\s?[KMGTP]i?B|\d+\s?[x×]\s?\d+|\d{3,4}[pP]"
                        r"|(?:\d+[x×])?\d+(?:\.\d+)?B-A\d+(?:\.\d+)?B")
# A plural of a class of models written as an acronym ("VLMs", "VLAs", "Video-LLMs", "MDLLMs").
_SYSTEMS = re.compile(r"[\w\-]*?(?:M?LLM|LM|VLM|LVLM|MLLM|LMM|SLM|VLA|GNN|CNN|RNN|DNN|GAN|VAE|S?AE|NN)s")
# Systems that act for a user, one or a class of them: read as a task or data, they name neither ("Computer-Use
# Agents", "LLM-Empowered Agentic Assistant"; `extractor._AN_AGENTS_NOUN` makes an abstract's named one a method).
_AGENT_NOUNS = frozenset({"agents", "tutors", "assistants", "chatbots", "agent", "tutor", "assistant", "chatbot"})
# A possessive on a coined name or an acronym, before lower-case words.
_CODED_POSSESSIVE = re.compile(r"\b[A-Z][\w\-]*[A-Z0-9][\w\-]*['’]s\s+[a-z]")
# Plain nouns of things a kind has: "Portuguese dataset", "Anthropic model" name no one thing.
_PLAIN_THINGS = {"data", "dataset", "datasets", "corpus", "corpora", "text", "texts", "benchmark", "benchmarks",
                 "model", "models", "language", "languages", "translation", "translations", "speech", "point cloud",
                 "point clouds", "scans", "sensor", "sensors"}
# Software and its parts, after a language, library or device the graph does not type: "Python library", "CUDA
# kernel", "ONNX Runtime", "JSON metadata", "Python backend".
_KIND_THINGS = frozenset({"library", "libraries", "package", "packages", "toolkit", "toolkits", "implementation",
                          "implementations", "kernel", "kernels", "code", "codebase", "ecosystem", "programming",
                          "runtime", "metadata", "platform", "platforms", "script", "scripts", "scenario", "scenarios",
                          "backend", "backends", "frontend", "frontends", "bindings", "wrapper", "wrappers", "api",
                          "apis", "interface", "interfaces", "notebook", "notebooks", "application", "applications",
                          "app", "apps", "server", "servers", "database", "databases", "hardware"})
# The names of other kinds of two words or more, as the ends of longer names ("cardiac magnetic resonance imaging");
# not the equations ("neural ordinary differential equation" is a model), nor letters ("NTU RGB-D" is a data set).
_LONG_OTHER_KIND_ENDINGS = tuple(sorted(" " + n for n in OTHER_KINDS
                                        if " " in n and not n.endswith("differential equation")
                                        and all(len(word) > 2 for word in n.split())))
# A number format or the bit widths of a quantization: "FP16", "BF16", "INT8", "MXFP4", "W4A4", "W4A16KV8".
_PRECISION = re.compile(r"(?:FP|BF|INT|UINT|TF|MXFP|NVFP)\d{1,2}|W\d{1,2}A\d{1,2}(?:KV\d{1,2})?")
# Peoples whose sign languages are named after them, beside the languages of :data:`OTHER_KINDS` ("German", "Chinese").
_PEOPLES = frozenset({"american", "argentine", "argentinian", "australian", "austrian", "belgian", "brazilian",
                      "british", "catalan", "egyptian", "ethiopian", "flemish", "ghanaian", "indian", "iranian",
                      "israeli", "kenyan", "malaysian", "mexican", "nigerian", "pakistani", "saudi", "swiss",
                      "taiwanese"})
# What a network of another kind carries or is made of: "wireless networks", "radio access network", "sensor networks".
_CARRIERS = frozenset({"wireless", "cellular", "radio", "access", "sensor", "mobile", "vehicular", "optical",
                       "satellite", "communication", "communications", "telecommunication", "telecommunications",
                       "power", "distribution", "transmission", "road", "railway", "5g", "6g", "mesh", "terrestrial",
                       "non-terrestrial", "backhaul", "fronthaul", "core", "social"})
_EQUATIONS = {"pde", "pdes", "ode", "odes", "sde", "sdes"}  # "Neural ODE" is a model, "multiparametric MRI" no thing
_COUNTED_UNIT = re.compile(r"\d+(?:[.,]\d+)*[BMK]?-[a-z]+(?:-[a-z]+)*")  # "320-line", "8-bit", "8B-parameter"
# The same as a phrase's first word, before the words it describes: "314K-sample", "10k-image", "500-hour",
# "1.2M-token" (a lower-case k too; not degrees, "360-degree video generation" names a task's kind).
_COUNTED_UNIT_FIRST = re.compile(r"\d+(?:[.,]\d+)?[KkMB]?-(?!degree)[a-z]+")
# Endings, in any case, that make a span an adjective or a cut: "LLM-based", "causal inference-inspired",
# "MetaFormer-Style".
_ADJECTIVE_TAILS = ("-", "/", "-based", "-like", "-level", "-aware", "-inspired", "-driven", "-guided", "-oriented",
                    "-centric", "-specific", "-agnostic", "-free", "-enhanced", "-augmented", "-style", "-only",
                    "-derived", "-conditioned", "-compatible", "-native", "-scale", "-sized", "-type", "-side",
                    "-wise")
# Endings no name has: an adjective's, and a technical report's title ("JuZhou 1.0 Technical Report").
_NO_NAME_ENDINGS = (*_ADJECTIVE_TAILS, " technical report")
# A determiner inside a span before a lower-case word: a clause or a description, not a name ("Maximum a
# Posteriori" and "Area Under the ROC Curve" are names).
_INNER_DETERMINER = re.compile(r"\s(?:the|a|an|its|their|this|these)\s+[a-z]")
_TITLE_DETERMINER = re.compile(r"\s(?:the|a|an|its|their|this|these)\s+\w", re.I)  # a title capitalises what follows
# Verbs that report a finding or a shortcoming, in the form a plural subject takes; a span ending in one ran on into
# its sentence ("... 3DSG generation suffer from").
REPORTING_VERBS = frozenset({"reveal", "show", "demonstrate", "indicate", "suggest", "confirm", "outperform",
                              "achieve", "exhibit", "yield", "remain", "fail", "struggle", "suffer"})
# Verbs a title writes after the name it reports on, in the third person: "InPhyRe Discovers: ...".
_TITLE_VERBS = REPORTING_VERBS | {"discover", "uncover", "expose", "find", "meet"}
# A verb in -ed and its preposition inside a span: a clause ("relied on", "trained on", "based on").
_PARTICIPLE_CLAUSE = re.compile(r"(?:^|\s)[a-z]+ed\s+(?:on|upon|to|by|with|from|via)\s")
# Modifiers that say what things are built on or like, not which one.
_BASED = ("-based", "-driven", "-style", "-like", "-powered", "-enhanced", "-augmented", "-supported", "-assisted")
# What a system is made for or aware of, before a generic noun: "Gaussian-centric method", "prompt-aware model" (a
# plural after them may be a kind's name: "Physics-Informed Neural Networks").
_MADE_FOR = ("-centric", "-aware", "-guided", "-oriented", "-inspired", "-informed", "-grounded", "-conditioned")
# A result reported on a name: what it is measured on is a data set ("64% on", "state-of-the-art results on", "leads
# in RG and CO metrics on").
_RESULT_ON = re.compile(r"(?:(?:\d\s*(?:%|percent\b)"
                        r"|\b(?:accuracy|performance|results?|scores?|metrics|success rate|pass@\d+|generali[sz]ation))"
                        r"[^.;()]{0,25}?|(?<![\w.])\d+\.\d+\s+)\bon(?:\s+the)?$")  # (and "55.9 on NaturalPlan")
# A version, size or tier in a name, which a result "on" it is measured with, not on ("5% on YOLOv8", "on BERT-base",
# "on Swin-T", "on ViT-B/16", "on Qwen2-7B"); the digits of a data set's name are no version ("94.4% on Market1501",
# "results on MATH500").
_NAMES_A_VERSION = re.compile(r"[vV]\d|\d(?:\.\d+)?B\b|\.\d|[-/](?:[BTSLH]|XL|XXL)(?:/\d+)?$"
                              rf"|[-_](?i:{'|'.join(sorted(MODEL_SIZE_WORDS))})$")
# A score in a named metric on a data set: "2.1 EM on SQA3D", "14.6 BLEU-1 on" (not "3.5 hours on an A100").
_SCORE_ON = re.compile(r"(?<![\w.])\d+\.\d+\s*%?\s+(?:[A-Z][\w@\-.]*[A-Z0-9]|[a-z]+[A-Z])[\w@\-.]*\s+on(?:\s+the)?\s*$")
# Two surnames joined by "and": "Körner and Marton".
_TWO_SURNAMES = re.compile(r"([A-Z][^\W\d_]+)\s+(?:and|&)\s+([A-Z][^\W\d_]+)")
# A task's outputs in the plural: "pose predictions", "segmentations" (the task is "pose prediction").
_TASKS_OUTPUTS = frozenset({"predictions", "estimations", "estimates", "detections", "segmentations",
                            "classifications", "reconstructions", "generations", "recognitions", "forecasts",
                            "translations"})
# Things a task is done on or for: "... for 3D Gaussian Avatars", "Reasoning in 3D Scenes", "Resident Space Objects".
_WORKED_ON = frozenset({"avatar", "avatars", "scenes", "objects", "documents", "humans", "faces", "heads", "robots",
                        "vehicles"})
# Words of a task's failure before it: "inconsistent generation", "inaccurate recognition", "incorrect reasoning" say
# what goes wrong, not a task ("incomplete" is left out: "Incomplete Utterance Rewriting" is a task).
_FAULTS = frozenset({"inconsistent", "inaccurate", "incorrect", "suboptimal", "sub-optimal", "unreliable", "inefficient",
                     "erroneous", "unstable", "unfaithful", "imprecise", "insufficient"})
# A method a name's sentence says it is: "(aMINT) is a method designed to ...", "is a promising ... framework" (not
# across a preposition: "is a critical research direction in network coding").
_SAID_TO_BE_A_METHOD = re.compile(r"(?i)\s*(?:\([^()]{1,20}\)\s*)?(?:is|was)\s+(?:an?|the)\s+"
                                  r"(?:(?!(?:in|of|for|to|with|on|and)\s)[\w\-]+\s+){0,5}?"
                                  r"(?:framework|method|approach|technique|algorithm|protocol|mechanism)\b")
# What a field opening a sentence aims at, after its acronym: "(RefSR) aims to restore".
_AIMS_TO = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:aims|seeks)\s+to\b")
# A score in brackets right after a name: "BlenderGym (35.32%)", "MMLU (+2.1)".
_A_SCORE_IN_BRACKETS = re.compile(r"\s*\(\s*[+\-−]?\d+(?:\.\d+)?\s*%?\s*\)")
# A data set's part numbered, not a size in parameters: "Dataset 2B" (of BCI Competition IV), "Track 1B", "Subset 2A".
_A_PART_NUMBERED = re.compile(r"(?i:dataset|data\s+set|subset|set|track|task|split|part|phase)\s+\d")
# A network's tiers of size listed after its name: "Swin-T/S/B", "ViT-S/B/L", "RMT-T/S/B".
_TIERS_LISTED = re.compile(r"[\w.\-]*[A-Za-z][\w.]*-(?:T|S|B|L|H|XS|XL|Ti)(?:/(?:T|S|B|L|H|XS|XL|Ti))+")
# A size in billions of parameters before a name: "27B Gemma-3", "80B HunyuanImage" (the name a coined word).
_BILLIONS_FIRST = re.compile(r"\d+(?:\.\d+)?B\s+(\S+)$")
# A score right before a coined name, which names its metric: "21.28% SPL on", "2.1 EM on SQA3D", "0.92 AUROC,".
_VALUE_BEFORE = re.compile(r"(?<![\w.])\d+(?:\.\d+\s*%?|\s*%)\s*$")
# A benchmark's name by its end: "GenEval", "PaperBench", "MMBench-V1.1".
_EVALUATION_NAME = re.compile(r"Eval\b|Bench|Arena\b")
# A measure's noun right after a name, in the singular: "STR score", "the LPIPS metric".
_SCORE_OR_METRIC_AFTER = re.compile(r"\s+(?:score|metric)\b(?!\s*[-(])")
# A name with its value listed right before another value: "48.5% OSWorld, " of "48.5% OSWorld, 62.6% X".
_VALUE_LISTED_BEFORE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*%?\s+([A-Za-z][\w\-.+]*[A-Za-z0-9+])\s*(?:,\s*(?:and\s+)?|and\s+)"
                                  r"[-+]?\d+(?:\.\d+\s*%?|\s*%)\s*$")
# Units and intervals after a value: "26.5 GHz", "95% CIs", "3.2 dB", "0.27 kPa".
_UNIT = re.compile(r"[kMGT]?Hz|dBm?|[KMGTP]i?B|CIs?|kWh|mAh|[mμn]s|[nmck]m|[kMG]Pa|[kMG]W|[km]V|TOPS|FLOPs"
                   r"|[GT]PU-(?:hours?|days?)")
_VALUE_BEFORE_ENDS = re.compile(r"\s*(?:$|[,;)]|\.(?!\d)|(?:and|on|in|at|for|with|across|vs|over|while|respectively|"
                                r"compared|than)\b)")
# A measure's change from one value to another: "MCD-SL decreases from 14.79 to 14.63", "raises FooScore from 0.52".
_CHANGE_VERB = (r"(?:decreas|increas|drop|rais|ris|rose|fall|fell|improv|grow|grew|declin|reduc|lower|boost|goes|went)"
                r"[a-z]*")
_CHANGED_BY_A_VERB = re.compile(rf"\b{_CHANGE_VERB}\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_FROM_A_VALUE = re.compile(r"from\s+[-+]?\d+(?:[.,]\d+)*\s*%?\s+to\s+[-+]?\d")
# A value after a name: "an FVD of 67.97", "NME = 6.36", "a DSC of 73.9 and", "MS-SSIM > 0.98", "MCD-SL decreases from
# 14.79"; not a count of things ("CIFAR-10 of 60,000 images").
_METRIC_VALUE = re.compile(r"(?:of\s+(?:(?:over|about|around|only|just|nearly|approximately)\s+|up\s+to\s+)?"
                           r"|=\s*|[<>≤≥]=?\s*|(?:above|below)\s+|" + _CHANGE_VERB + r"\s+from\s+)[-+]?\d+(?:[.,]\d+)*"
                           r"(?=\s*(?:$|[%),;:±]|\.(?!\d)|(?:and|on|in|at|for|with|across|vs|compared|over|under|"
                           r"while|respectively|than|to|from|using|by|db|mm|ms|pp|points?)\b))")
# What is built on a software system, after its name: "OpenClaw agents", "OpenClaw plugin", "OpenClaw ecosystem".
_BUILT_ON_AFTER = re.compile(r"(?:agents?|plugins?|ecosystems?)\b")
# A kind of method named after a span: "the DocQT framework" (not a plural: "X methods" are methods for X).
_KIND_NOUN_AFTER = re.compile(rf"(?:{'|'.join(sorted(KIND_NOUNS))})\b")
# A training objective's noun after a name: "the DAMI loss", "a KD regularization term" (a method; a metric's name
# before it, "the MSE loss", is known as a metric and keeps its type).
_LOSS_AFTER = re.compile(r"(?:loss|losses|objective|regulari[sz](?:ation|er))\b")
# The next word, past a bracket, not in capitals: a title in capitals ("REPULSIVE LOSS FUNCTION") names no loss.
_NOT_IN_CAPITALS = re.compile(r"[\s)]*(?:\([^()]*\)\s*)?[A-Za-z][a-z]")
# An acronym in brackets closing a name: "Bird's-Eye-View (BEV)", "grammatical error correction (GEC)".
_ACRONYM_AT_END = re.compile(r"\s*\([^()]*\)$")
# A value between a name's words: "fulfillment averages 0.71", "from 0.45"; a version is never "0.x".
_VALUE = re.compile(r"(?:^|\s)(?:0\.\d+|\d+(?:\.\d+)?(?:[x×]?[-–]\d+(?:\.\d+)?)?[x×])(?=\s|$)"  # "0.71", "1.3-1.7x",
                    # "3x-5x", "accuracy rising from 63%", "... exceeding 90 percent", "Haiku drops 36.2pp"; not a
                    # threshold, "mAP at 50% IoU"
                    r"|(?<!\bat)\s\d+(?:\.\d+)?\s*(?:%|percent\b|pp\b|percentage points?\b)(?=\s|$|[,;.)])")
# A size in parameters or tokens: "7B", "1.5M", "10T".
_SIZE = r"\d+(?:\.\d+)?[BMKT]"
# A range of sizes or a bound on one: "8B--120B", "4B-14B", "8K-1M", "sub-2B", "10T-token"; a version alone: "v1.6".
_SIZE_RANGE = re.compile(rf"(?:[Ss]ub-)?{_SIZE}(?:(?:-{{1,2}}|–|to){_SIZE})?"
                         r"(?:-(?:tokens?|param(?:eter)?s?|scale|size[ds]?))?")
_VERSION_ALONE = re.compile(r"[vV]\d+(?:\.\d+)*")
# A model's size or tier alone, cut from the name it follows: "XL", "Base", "Medium".
_SIZE_TIERS = MODEL_SIZE_WORDS | {"medium", "xl", "xxl", "ultra"}
# Tiers by their letters, joined by slashes: "XXS/XS/S" (of "MobileViT v2 (XXS/XS/S)"), "S/M/L", "B/L".
_TIER_LETTERS = re.compile(r"(?:X{0,3}[SML]|[TBHG])(?:/(?:X{0,3}[SML]|[TBHG]))+")
# A signed number in brackets: a gain after a name ("SUN RGB-D (+3.2)").
_SIGNED_IN_BRACKETS = re.compile(r"\(\s*[+\-−±]\s*\d")
# A number set equal to or compared with a symbol: "encoder d=0.65", "k = 5", "p<0.05": a result or a setting.
_ASSIGNED_VALUE = re.compile(r"[=<>≤≥]\s*[-+−]?\d")
# A numbered part of a paper, a procedure or a setting: "Stage II", "Phase 2", "stage-1", "Setting B", "Sub-Task 2",
# "Type-1" (skills), "Method B", "system-2".
_NUMBERED_PART = re.compile(r"(?i:stage|phase|step|part|round|section|table|figure|fig\.|appendix|experiment|case|"
                            r"scenario|tier|setting|level|track|sub-?task|type|method|version|variant|system)"
                            r"[\s-]+(?:\d+[a-z]?|[IVX]+|[A-D])")
# A numbered part's system: "Stage 1 model", "Phase II network", "the Stage 2 method".
_NUMBERED_PART_SYSTEM = re.compile(rf"{_NUMBERED_PART.pattern}\s+(?:models?|networks?|modules?|pipelines?|methods?|"
                                   r"approach(?:es)?|systems?|frameworks?)")
# The plural of a class's acronym: "LLMs", "VLMs", "MLPs", "APIs".
_CLASS_PLURAL = re.compile(r"[A-Z]{2,5}s")
# A web address: "https://github.com/...", "www.example.org"; where code lives, not what it is.
_URL = re.compile(r"://|\bwww\.|\b[\w-]+\.[a-z]{2,6}/")
# A web address is a run of text without spaces or brackets that holds "://" or "www.", or starts with a
# host name ("github.com/..."); each run is tested once from its start, so a long run costs linear time.
_ADDRESS_RUN = re.compile(r"[^\s()\[\]<>]+")
_HOST_START = re.compile(r"(?:[\w-]+\.)+[a-z]{2,6}/")  # "github.com/", "huggingface.co/", "data.fid-move.de/"
# A repository's path without its host, where the words before say it is one: "Github repo is available at
# SicongJiang/Awesome-VLA4AD", "code: org/Repo" (not "on ImageNet/COCO").
_REPOSITORY_PATH = re.compile(r"[\w.-]+/[\w.-]*\w[.,;:]?")
_REPOSITORY_BEFORE = re.compile(r"(?i:\b(?:github|gitlab|hugging\s*face|repo|repository|code|weights|checkpoints)\b[^.]{0,40}"
                                r"\b(?:at|on|in|from)|\bcode\s*:)\s+$")
# A count or size before a class: "32B reasoning models", "1.5B/7B/14B/32B models", "12 advanced MLLMs".
_COUNT = re.compile(r"\d+(?:\.\d+)?[BMK]?(?:/\d+(?:\.\d+)?[BMK]?)*|\d+(?:\.\d+)?[x×]|"
                    r"(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several|multiple)")
# An adverb: "injecting ... directly", "jointly optimizing"; no name starts or ends with one.
_ADVERB = re.compile(r"[a-z]{3,}(?:ally|ively|ously|ently|antly|ctly|itly|ately|edly|ingly|fully|lessly)|very")
# A number, a range or an amount in words: "25-30 billion", "two million", "1,000".
_AMOUNT = re.compile(r"(?:(?:[\d.,]+(?:[-–][\d.,]+)?[%x×]?|(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"dozens?|hundreds?|thousands?|millions?|billions?|trillions?|tens?|of))(?:\s+|$))+")
# A model's size as a word: "7B", "8B-parameter", "7B/8B-scale", "3B--7B", "1.5B-sized".
_SIZE_WORD = re.compile(rf"{_SIZE}(?:(?:/|-{{1,2}}|–){_SIZE})*"
                        r"(?:-(?:parameters?|params?|scale|level|class|size|sized))?")
_SYSTEM_HEADS = frozenset({"model", "models", "llm", "llms", "lm", "lms", "vlm", "vlms", "mllm", "mllms", "backbone",
                           "backbones", "variant", "variants", "version", "versions", "checkpoint", "checkpoints"})
_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}|[A-Z]2[A-Z]{1,3}")  # "RAG", "T2I", "I2V" (not "GPT4")
_GENERIC_SYSTEMS = frozenset({"model", "models", "method", "methods", "approach", "approaches", "framework", "frameworks",
                              "system", "systems", "network", "networks", "algorithm", "algorithms", "technique",
                              "techniques", "architecture", "architectures", "module", "modules", "mechanism",
                              "mechanisms", "pipeline", "pipelines", "strategy", "strategies", "scheme", "schemes"})
_SIZE_SUFFIX = re.compile(r"(?:[-\s]|^)\d+(?:\.\d+)?[BMK]\b|\bv\d|\d+(?:\.\d+)?$|[A-Za-z]-?\d")


def has_tex(text: str) -> bool:
    """True when ``text`` holds TeX markup (``$``, ``\\cmd``, braces, ``^``, ``x_i``).

    >>> has_tex("x_i"), has_tex("Delta_ij"), has_tex("O_FT"), has_tex("Bengal-HP_RU"), has_tex("DS_FusionNet")
    (True, True, True, False, False)
    """
    if _TEX.search(text):
        return True
    for word in _SUBSCRIPT.findall(text):
        first, *rest = word.split("_")
        if len(first) < 2 or any(len(part) < 2 or not _CODED_PART.fullmatch(part) for part in rest) \
                or not re.search(r"[A-Z]", first):
            return True
    return False


def is_named(text: str, capitals: bool = True, first_is_capitalised: bool = False) -> bool:
    """True when a word of ``text`` is a name: an acronym, mixed case, digits with letters, or capitalised.

    A capital letter says nothing in a title (``capitals`` False) nor on a sentence's first word
    (``first_is_capitalised``): there only acronyms, mixed case and digits count; nor on a lone word
    abstracts write in lower case (:func:`kg.extract.wordlists.common_words`).
    """
    words = [w for w in re.split(r"[\s/]+", text) if w]
    if len(words) == 1 and words[0].istitle() and words[0].isalpha() and is_ordinary_word(words[0]):
        return False  # "Thought", "Experts", "Vision": an ordinary word cut from a title-case name
    for i, word in enumerate(words):
        if _CODED_TOKEN.match(word) or capitals and not (i == 0 and first_is_capitalised) and _NAMED_TOKEN.match(word):
            return True
    return False


def describes_a_size(words: list[str]) -> bool:
    """A system described by its size and ordinary words, none of them a name: "7B-parameter model", "base 32B
    model", "1B and 8B models", "7B-scale backbone model" (not "LLaMA-7B model", "8B Ministral model").

    >>> describes_a_size("compact 4B model".split()), describes_a_size("2B-parameter DiT model".split())
    (True, False)
    """
    if len(words) < 2 or words[-1].lower() not in _SYSTEM_HEADS or not any(_SIZE_WORD.fullmatch(w) for w in words):
        return False
    rest = [w for w in words if not _SIZE_WORD.fullmatch(w) and w not in ("and", "or", "to")]
    return all(w.islower() or w.istitle() and is_ordinary_word(w) or w.lower() in _SYSTEM_HEADS for w in rest)


_SPACES_OR_HYPHENS = re.compile(r"[\s\-]+")  # compiled once: the word splits run on every mention


def _words(text: str) -> list[str]:
    """The lower-case words of ``text``, split at spaces and hyphens."""
    return [w for w in _SPACES_OR_HYPHENS.split(text.lower()) if w]


def _all_plain(text: str, extra: frozenset[str] | set[str] = frozenset()) -> bool:
    """Every word of ``text`` generic, leading or in ``extra``: a hyphenated word as a whole ("zero-shot")
    or in all its parts ("state-of-the-art")."""
    def plain(word: str) -> bool:
        low = word.lower()
        return low in GENERIC or low in extra or is_leading(word)
    return all(plain(w) or all(plain(p) for p in w.split("-") if p) for w in text.split())


def is_leading(word: str) -> bool:
    """A word of :data:`LEADING` written as one ("most", "Most"), not a name spelt with its letters ("MoST")."""
    return word.lower() in LEADING and (word.islower() or word.istitle())


# Two modalities or more joined, alone: what a model, a task or data are over, cut from its noun ("Vision-Language" of
# "Vision-Language Models", "LiDAR-Visual-Thermal" of "A LiDAR-Visual-Thermal Dataset").
_MODALITY = r"(?i:vision|visual|language|text|textual|image|audio|video|speech|acoustic|lidar|radar|thermal|infrared|" \
            r"depth|event|rgb|tactile|inertial|camera|nir)"
_MODALITY_PAIR = re.compile(rf"{_MODALITY}(?:-{_MODALITY})+")
# A chip maker's acronym, a company where the paper does not define it as its own name ("the AMD/Xilinx Zynq", not
# "Artifact-aware Manipulation Diagnosis via MLLM (AMD)").
_CHIP_MAKER_ACRONYMS = frozenset({"AMD"})


def is_generic(text: str) -> bool:
    """True when every word of ``text`` is a generic head or modifier ("synergistic components",
    "zero-shot setting"), or it joins two modalities alone ("Vision-Language")."""
    if _MODALITY_PAIR.fullmatch(text) and len({piece.lower() for piece in text.split("-")}) == text.count("-") + 1:
        return True  # (not "Vision-Language-Vision (VLV)", a round trip named)
    words = _words(text)
    if len(words) > 1 and words[0] in BROAD_ACRONYMS and (words[-1] in GENERIC or words[-1] in _TOPICS):
        return True  # "AI tasks", "LLM ... approach"; "AI governance", "LLM deployment": a topic, no thing
    return _all_plain(text)


def is_broad_class(text: str) -> bool:
    """A class named only by broad modifiers and generic heads: "deep architectures", "neural network",
    "convolutional models", "invariant representations" (not "latent consistency models")."""
    return _all_plain(text, BROAD_MODIFIERS)


def _names_a_kind(head: str) -> bool:
    """A head noun that says what kind of entity a phrase names ("learning", "detection", "models"),
    other than the generic heads that describe a paper's own unnamed system ("framework", "approach")."""
    return head in HEAD_TYPES and (head not in GENERIC or head in CLASS_HEADS)


_YEAR = re.compile(r"(?:19|20)\d\d")
_CAMEL_CASE = re.compile(r"[A-Za-z]*[a-z][A-Z][\w\-]*")  # "VoxLogicA", "nnU-Net", "ChatGPT"
_VENUE_YEAR = re.compile(r"([A-Za-z]+)['’]?(?:19|20)?\d\d")


def is_other_kind(text: str) -> bool:
    """A thing of a kind the graph does not type: an imaging modality, a sensor or device, a natural
    language ("MRI", "computed tomography", "LiDAR", "UAVs", "English"), a quality named by one word
    ("quality", "robustness", "coherence": a property, not a metric), a disease, treatment, theorem or
    hypothesis ("Non-Small Cell Lung Cancer", "Platonic Representation Hypothesis")."""
    text = _ACRONYM_AT_END.sub("", text)  # "Bird's-Eye-View (BEV)": the name without its acronym
    words = text.split()
    glued = _VENUE_YEAR.fullmatch(words[0]) if words else None
    if glued and glued[1].lower() in VENUES or len(words) > 2 and words[0].lower() in VENUES \
            and _YEAR.fullmatch(words[1]):
        return True  # "ACMMM25", "CVPR2025 Challenge", "ECCV 2024 W-CODA": a venue's year, or an event held at it
    if _CHEMICAL_FORMULA.fullmatch(text) and re.search("[₀-₉]", text):
        return True  # "MoS₂", "TiO₂", "CO₂": a material written with subscripts
    if _PRECISION.fullmatch(text):
        return True  # "FP16", "BF16", "INT4", "W4A4": a number format or a quantization's bit widths
    if _ACCELERATOR.fullmatch(text):
        return True  # "NVIDIA A100", "H800", "AMD MI250X", "Jetson AGX Orin": hardware a model runs on
    if _PEOPLE_WITH.match(text):
        return True  # "people living with HIV (PLWH)", "children with autism": a population a study serves
    folded = " ".join(_words(text))
    dimension, _, modality = folded.partition(" ")
    if re.fullmatch(r"[234]d", dimension) and (modality in OTHER_KIND_ACRONYMS or modality in OTHER_KINDS):
        return True  # "4D-CT", "3D MRI", "3D ultrasound": a modality by its dimensions
    if text.isupper() and len(text) > 2 and " " not in text and folded not in OTHER_KIND_ACRONYMS:  # "RADAR": a name
        return False
    pair = re.fullmatch(r"([a-z]+)(?: to |[ /])([a-z]+)", folded)  # "English-to-Japanese", "Chinese-English"
    first, _, rest = text.lower().partition(" ")
    if first in OTHER_KIND_ACRONYMS and rest and _all_plain(rest, _KIND_THINGS) \
            or (first in OTHER_KINDS or first in OTHER_KIND_ACRONYMS) \
            and (rest in _PLAIN_THINGS or rest in _KIND_THINGS):
        return True  # "CAD model", "MRI data", "Portuguese dataset", "Python library", "CUDA kernel": the kind's
        # things ("Hungarian algorithm" is one)
    before, _, last = text.rpartition(" ")
    if before and (last.isupper() or sum(c.isupper() for c in last) >= 2 and not before.istitle()) \
            and (last.lower() in OTHER_KIND_ACRONYMS - _EQUATIONS or last == "CT") \
            and not before.lower().endswith(" to") and not _CAMEL_CASE.fullmatch(before.split()[-1]):
        return True  # "multiparametric MRI", "low-dose CT", "Single-photon LiDAR": a kind of the modality or device (not
        # "natural language to SQL", a conversion into it, a task, nor "VoxLogicA UI", a coined tool's name, nor "La La
        # LiDAR", a system's name in Title Case)
    if folded.endswith(_LONG_OTHER_KIND_ENDINGS):
        return True  # "Cardiac magnetic resonance imaging", "low-dose computed tomography"
    if len(words) >= 2 and words[-1] in ("language", "languages") and all(word[:1].isupper() for word in words[:-1]):
        return True  # "Central-Kurdish language", "Sorani Kurdish language": a people's language (not a name in
        # capitals, "Emotion-Aware Sign Language (EASL)", a system's)
    if 3 <= len(words) <= 4 and [w.lower() for w in words[-2:]] == ["sign", "language"] \
            and all(w[:1].isupper() for w in words[:-2]) \
            and (words[-3].lower() in OTHER_KINDS or words[-3].lower() in _PEOPLES):
        return True  # "American Sign Language (ASL)", "German Sign Language": a people's language (not "Emotion-Aware
        # Sign Language", a system's name)
    if len(words) >= 2 and words[-1].lower() in ("network", "networks") and words[-2].lower() in _CARRIERS:
        return True  # "Low-altitude wireless networks (LAWN)", "radio access network": what carries signals or power
    before_for = words[: words.index("for")] if "for" in words[1:] else words  # "Centre" of "Centre for ..."
    if len(words) >= 2 and (before_for[-1].lower() in _ORGANISATION_HEADS or words[-1] == "Services") \
            and (len(before_for) < 2 or before_for[-2].lower() != "of") \
            and all(word.isalpha() and word.istitle() or word in _NAMES_SMALL_WORDS for word in words):
        return True  # "National Weather Service (NWS)", "American Diabetes Association", "Occupational Safety and Health
        # Administration", "National Centre for Disease Control": an organisation (not "Quality of Service", a measure,
        # nor "Software-as-a-Service", nor a plural: "Modeling of Implicit Structural Associations")
    venue, _, year = text.lower().rpartition(" ")
    if (venue in VENUES or venue and all(part in VENUES for part in venue.split("-"))) and _YEAR.fullmatch(year):
        return True  # "CVPR 2026", "ICRA 2026", "ACM MM 2025", "LREC-COLING 2026": a venue's year
    head = _head(text.lower().split())
    return any(name in OTHER_KINDS or name in OTHER_KIND_ACRONYMS for name in (folded, _singular(folded))) \
        or folded in QUALITIES or head in OTHER_KIND_HEADS or bool(_A_DISEASES_WORD.fullmatch(head)) \
        or bool(pair) and pair.group(1) in OTHER_KINDS and pair.group(2) in OTHER_KINDS


# A disease by its word's ending: "Knee osteoarthritis", "tuberculosis", "leukemia", "glioma" (not "diagnosis",
# "prognosis", "LLM Hypnosis").
_A_DISEASES_WORD = re.compile(r"[a-z]{3,}(?:itis|(?<!gn)(?<!hypn)osis|a?emia|oma)")


# The last words of an organisation's name in Title Case.
_ORGANISATION_HEADS = frozenset({"administration", "agency", "association", "organization", "organisation", "ministry",
                                 "department", "bureau", "commission", "authority", "institute", "university",
                                 "service", "centre", "center"})


# A chemical formula: two element symbols or more, each with its count ("MoS₂", "Fe₃O₄"); taken for one only with a
# subscript digit, as the ASCII forms spell model names too ("P2P", "V2X", "C2F").
_CHEMICAL_FORMULA = re.compile(r"(?:(?:A[cglmrstu]|B[aeikr]?|C[adelorsu]?|Fe?|G[ae]|H[fg]?|I[nr]?|K|L[ai]|M[gno]|N[abi]?"
                               r"|O|P[bdt]?|R[buh]|S[bceinr]?|T[aei]|V|W|Y|Z[nr])[0-9₀-₉]*){2,}")


# A population by what its people have or do: "people living with HIV", "children with autism", "individuals who use
# drugs", "older adults with dementia".
_PEOPLE_WITH = re.compile(r"(?i:(?:older\s+|young\s+)?(?:people|persons|individuals|patients|children|adults|adolescents"
                          r"|women|men|users|students)\s+(?:living\s+with|with|who)\s)")


# An accelerator's name, its vendor's before it or not: "NVIDIA A100", "H800", "GH200", "AMD MI250X", "RTX 4090",
# "Jetson AGX Orin", "TPU v4" (not a name a data set may have, "L100").
_ACCELERATOR = re.compile(r"(?:(?:NVIDIA|Nvidia|AMD|Intel|Google)\s+)?(?:[AHV]100|H[2-8]00|A[68]00|A6000|L40S?|G[HB]200"
                          r"|MI[123]\d0[AX]?|(?:Ge[Ff]orce\s+)?RTX\s?A?\d{4}(?:\s?Ti)?|GTX\s?\d{3,4}(?:\s?Ti)?"
                          r"|Jetson(?:\s+[A-Z]\w*){0,3}|TPU\s?v\d\w*)")


# The time to an event, a measure however the event ends: "time-to-first-token", "time to collision".
TIME_TO_AN_EVENT = re.compile(r"(?i:time[- ]to[- ])\w")  # "time-to-first-token", "Time-To-First-Token"


def measures_something(text: str) -> bool:
    """Whether a metric's name says what it measures: one word, a coined word ("BLEU-4", "mAP@0.5"),
    a head that names a measure ("error rate", "Pearson correlation"), the time to an event ("time-to-first-token"),
    a quantity per unit ("Time Per Output Token") or a metric Papers with Code knows; not "error correction", "partial
    differential equation", "human judgment"."""
    words = [w for w in re.split(r"[\s\-–]+", text) if w]
    if len(words) < 2 or TIME_TO_AN_EVENT.match(text) \
            or any(_CODED_TOKEN.match(w) or any(c.isdigit() for c in w) for w in words):
        return True
    if words[-1].lower().strip("()") in METRIC_HEADS or _singular(words[-1].lower()) in METRIC_HEADS:
        return True
    return bool(_A_QUANTITY_PER_UNIT.search(text)) or METRIC in knowledge.known_types(text)


# A quantity per unit of something: "Time Per Output Token", "energy per query", "frames-per-second".
_A_QUANTITY_PER_UNIT = re.compile(r"\b(?i:time|latency|cost|energy|power|memory|tokens|frames|bits|flops|operations|"
                                  r"queries|samples|steps|joules|watts|dollars|seconds)[\s-]+(?i:per)[\s-]+[A-Za-z]")


# The parts of a coined word: "DigiFace" → Digi, Face; "XAnatomy" → X, Anatomy; "SolidFGeo2k" → Solid, F, Geo, 2, k.
_WORD_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# Pieces of metric names written inside coined words: "BERTScore", "HalluScore", "DreamSim", "mIoU", "AvgErr".
_METRIC_PIECES = ("score", "acc", "err", "sim", "dist", "rate", "loss", "iou", "auc", "bleu", "rouge", "fid", "f1",
                  "recall", "precision", "ratio", "index")


@lru_cache(maxsize=4096)
def coined_non_metric(text: str) -> bool:
    """A coined word made of ordinary words, no measure among them, that no list knows as a metric: "DigiFace",
    "MathOlympiad", "ResearchRubrics" are data sets or systems the recognisers read as metrics; "BERTScore",
    "CIDEr", "mIoU" are metrics.

    >>> coined_non_metric("MathOlympiad"), coined_non_metric("HalluScore"), coined_non_metric("PSNR")
    (True, False, False)
    """
    if " " in text or not re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]", text) or METRIC in knowledge.known_types(text) \
            or benchmarks.metric_key(text) in benchmarks.names().metric_keys:
        return False
    lowered = text.lower()
    parts = [p.lower() for p in _WORD_PARTS.findall(text)]
    if any(piece in lowered for piece in _METRIC_PIECES) or any(p in METRIC_HEADS for p in parts):
        return False
    return any(len(p) >= 4 and is_ordinary_word(p) for p in parts)


def named_metric(text: str) -> bool:
    """A name the metric lists know that also says it measures ("BLEU", "BERTScore", "F1 score", "GFLOPs",
    "Chamfer Distance"), and that Papers with Code knows as nothing else: a Metric whatever a recogniser
    read ("CNN", a leaderboard column too, says nothing of a measure).

    >>> named_metric("BERTScore"), named_metric("GFLOPs"), named_metric("CNN"), named_metric("ImageNet")
    (True, True, False, False)
    >>> named_metric("average PR-AUC"), named_metric("token-level F1"), named_metric("mean ImageNet")
    (True, True, False)
    >>> named_metric("CLIP-Score"), named_metric("Dice-score"), named_metric("CLIP-based")
    (True, True, False)
    >>> named_metric("PSNR/MS-SSIM"), named_metric("FPR95"), named_metric("ImageNet/COCO")
    (True, True, False)
    >>> named_metric("GMACs"), named_metric("MACs"), named_metric("MAC")
    (True, True, False)
    >>> named_metric("BERTScore-F1"), named_metric("BERTScore F1"), named_metric("ImageNet-F1")
    (True, True, False)
    >>> named_metric("NTL-IoU"), named_metric("BEV-IoU"), named_metric("COCO-IoU")
    (True, True, False)
    """
    if _COMPUTE_COUNT.fullmatch(text):
        return True  # "GMACs", "TFLOPs": a count of operations, whether Papers with Code lists it or not
    if (component := _SCORE_COMPONENT.fullmatch(text)) is not None and named_metric(component.group(1)):
        return True  # "BERTScore-F1": a named metric's F1, precision or recall
    if "/" in text and " " not in text:  # "PSNR/MS-SSIM", "PSNR/SSIM": measures reported together
        parts = text.split("/")
        return all(part and (named_metric(part) or METRIC in knowledge.known_types(part)) for part in parts)
    qualifier, dash, measure = text.rpartition("-")
    if dash and qualifier and " " not in text and _IOU_LIKE.fullmatch(measure) \
            and not knowledge.known_types(qualifier) - {METRIC} and not benchmarks.names().known_dataset(qualifier):
        return True  # "NTL-IoU", "BEV-IoU", "mask-IoU": an IoU of a kind the paper names (not "COCO-IoU", on data)
    text = _AGGREGATE.sub("", text)  # "average PR-AUC", "macro-averaged F1": the named metric, aggregated
    words = text.split()
    if len(words) > 1 and all(w.islower() for w in words[:-1]) and not words[-1].islower():
        text = words[-1]  # "token-level F1": the named metric, at a level (not "associative recall")
    lowered = text.lower()
    if not any(piece in lowered for piece in (*_METRIC_PIECES, "flop", "ndcg", "psnr", "ssim", "lpips", "aupr", "auroc",
                                              "fpr", "tpr", "fnr", "eer", "wer", "mse")):
        return False
    known = knowledge.known_types(text)
    listed = METRIC in known or benchmarks.names().knows_metric(text)  # "CLIP-Score" as "CLIPScore"
    return listed and not known - {METRIC} and not benchmarks.names().known_dataset(text)


# The names of intersection over union, written after a qualifier and a hyphen in "NTL-IoU", "BEV-mIoU".
_IOU_LIKE = re.compile(r"m?IoU|IOU")
# A score's component after a metric's name: "BERTScore-F1", "BERTScore F1", "CodeBERTScore-Recall".
_SCORE_COMPONENT = re.compile(r"(.+?)[-\s](?:F1|P|R|Precision|Recall)")
# A count of operations: multiply-accumulates or floating-point operations, with a unit's prefix ("GMACs", "TFLOPs",
# "MFLOPS"), or in the plural ("MACs"; a bare "MAC" is as often an address or a code).
_COMPUTE_COUNT = re.compile(r"[KMGTP](?:FLOP|MAC)[sS]?|(?:FLOP|MAC)s|[KMGTP]?FLOPS")


# An adjective in capitals ("Bayesian", "Geometric", "Probabilistic"; not "Retrieval", a noun) and the nouns of a
# system a paper leaves unnamed.
_ADJECTIVE_IN_CAPITALS = re.compile(r"[A-Z][a-z]+(?:ian|ic|ical|ive|ous|istic)")
_UNNAMED_SYSTEMS = frozenset({"framework", "frameworks", "approach", "approaches", "method", "methods", "paradigm",
                              "formulation", "pipeline"})
_VIEWPOINTS = frozenset({"perspective", "perspectives", "viewpoint", "viewpoints", "standpoint", "standpoints"})
# The conditions work is done or tested under: "the UDA setting", "W4A8 setting", "V2X Scenarios", "a low-data regime".
_CONDITIONS = frozenset({"setting", "settings", "scenario", "scenarios", "regime", "regimes"})
# One part of a paper's procedure, named by what happens in it: "the Classification Stage", "a RL phase".
_PROCEDURE_PARTS = frozenset({"step", "stage", "phase"})
_AGGREGATES_ALONE = frozenset({"average", "averaged", "avg", "mean", "overall", "macro", "micro", "weighted"})
# Heads of a named training signal a paper designs: "Spatial Alignment Reward", "Similarity Penalty".
_DESIGNED_SIGNALS = frozenset({"Reward", "Rewards", "Penalty"})
_AGGREGATE = re.compile(r"^(?:average|averaged|mean|overall|macro|micro|weighted)(?:-averaged)?\s+(?=\S)", re.I)


# A data set's place: "on X", "in the X"; or a score right after it: "X (22.8%)", "X < 68%".
_DATA_BEFORE = re.compile(r"\b(?:on|in|across|over)(?:\s+the)?\s*$", re.I)
_SCORE_AFTER = re.compile(r"\s*\(?\s*[<>≈~]?\s*\d+(?:\.\d+)?\s*%")
_DATA_NOUN = re.compile(rf"\b{DATASET_NOUN}\b", re.I)


def coined_kind(before: str, after: str) -> str:
    """The type of a coined word that is no metric (:func:`coined_non_metric`): a data set where the text
    reports on it or names data sets just before it ("ranks second on MathOlympiad (22.8%)", "the synthetic
    datasets DigiFace, DCFace"), else a system ("training XAnatomy to predict ...")."""
    clause = re.split(r"[.;:]\s", before)[-1]
    data = _DATA_BEFORE.search(before) or _SCORE_AFTER.match(after) or _DATA_NOUN.search(clause)
    return DATASET if data else METHOD


def is_run_on(text: str) -> bool:
    """A name that runs on into the sentence: "MP-SAE recovers highly meaningful features", "X -- an SAE".

    After a coined word, a name continues with capitalised words or a few head nouns ("3D scene
    representation"), not with three lower-case words; a dash between spaces ends it. Before a task's head a dimension
    is no coined word: "6D object pose estimation", "3D medical image segmentation" are names.
    """
    if " -- " in text or " – " in text or " — " in text or " - " in text:
        return True
    words = text.split()
    if len(words) > 1 and words[-1] in REPORTING_VERBS:  # "MOV-Bench reveal" (that ...)
        return True
    if len(words) > 1 and _CODED_TOKEN.match(words[-2]) and words[-1].lower().removesuffix("s") in _TITLE_VERBS:
        return True  # a title's "InPhyRe Discovers: ...", "X-Bench Reveals ...": the name, then its verb
    for i, word in enumerate(words[:-3]):
        if _CODED_TOKEN.match(word) and all(w.islower() for w in words[i + 1 : i + 4]) \
                and not (DIMENSION.fullmatch(word) and head_type(words) == TASK):
            return True
    for i, word in enumerate(words[:-2]):
        if any(c.isupper() for c in word) and _AN_ADVERB.fullmatch(words[i + 1]) and words[i + 2].islower():
            return True  # "Video-LLMs internally process", "Dynin-Omni natively formulates ...": an adverb, a verb
    return False


# A word in "-ly" that is an adverb, not a noun ("anomaly", "family", "assembly").
_AN_ADVERB = re.compile(r"(?!(?:anomaly|family|assembly|supply|reply|monopoly|ally|rally|italy|poly|butterfly|"
                        r"jelly|belly|bully|folly|holly|lily|tally|wally)$)[a-z]{3,}ly")


def is_plural(word: str) -> bool:
    """A lower-case plural noun: "videos", "chains", "queries"; not "analysis", "robotics", "bias", "series"."""
    return len(word) > 3 and word.islower() and word.endswith("s") \
        and not word.endswith(("ss", "us", "is", "as", "ics", "ous", "news", "series", "species"))


def _says_what_drives_it(words: list[str]) -> bool:
    """A modifier saying what a thing is built on or made for, then lower-case words to the last: "GPU-driven
    rendering pipeline", "SHAP-based explainability module"."""
    return any(w.lower().endswith(_BASED + _MADE_FOR) and all(v.islower() for v in words[i + 1 : -1])
               for i, w in enumerate(words[:-1]))


def runs_into_clause(words: list[str]) -> bool:
    """A span that ends in a verb or an adverb, or starts with an adverb or a verb: "CVA decouples", "ACE achieves",
    "injecting object information directly", "detect substance"; a verb inside it ("dialogue requires reasoning",
    "Medical Image Understanding Improves Survival Prediction"); a plural noun and a participle ("VM-based CTF
    challenges spanning", "Vanilla NCAs establishing"); an auxiliary or modal verb after its first word ("AI Alignment
    Must Surface Disagreement", "Robots Do the Chores" of titles); a verb's base form after a name, inside the span
    ("GeoTrust achieve OOD generalization", of "models trained on GeoTrust achieve ..."); a participle after it
    ("Tajik-Farsi transliteration trained"); a system's noun and a verb in -ing ("RAG System Enabling"); "to" and a verb
    ("Histo-Miner to predict cSCC patient response"; not "Learning to Rank"). A name is a noun phrase."""
    return len(words) > 1 and (words[-1] in RUN_ON_VERBS or bool(_ADVERB.fullmatch(words[-1]))
                               or bool(_ADVERB.fullmatch(words[0])) or words[0] in RUN_ON_VERBS
                               or words[0] in BASE_VERBS
                               or any((w.lower() in RUN_ON_VERBS or w.lower() in _VERBS_INSIDE_A_TITLE)
                                      and (w.islower() or w.istitle()) for w in words[1:-1])
                               or any(w.lower() in AUXILIARIES and (w.islower() or w.istitle()) for w in words[1:])
                               or any(w in BASE_VERBS and not v.islower() for v, w in zip(words, words[1:-1]))
                               or words[-1].endswith("ing") and words[-1] not in HEAD_TYPES
                               and (is_plural(words[-2]) or bool(_CODED_PLURAL.fullmatch(words[-2])))
                               or words[-1] in _PARTICIPLES_AFTER_A_NAME
                               or words[0].lower() != "learning"
                               and any(w == "to" and v in BASE_VERBS for w, v in zip(words[1:], words[2:]))
                               or words[-1].lower() in CLAUSE_OPENERS and words[-1].lower().endswith("ing")
                               and words[-1].lower() != "understanding"
                               and (words[-2].lower() in KIND_NOUNS or words[-2].lower() in _SYSTEMS_BEFORE_A_CLAUSE)
                               or any(w in _BREAKS_INSIDE for w in words[1:])
                               or words[0].islower() and words[0].endswith("ed") and bool(_A_COUNT.fullmatch(words[1])))


_A_COUNT = re.compile(r"\d[\d,.]*[kKmM]?|two|three|four|five|six|seven|eight|nine|ten|several|many")  # "generated two
# LLM-based corpora": a verb and its object's count
_CODED_PLURAL = re.compile(r"[A-Z][A-Za-z0-9\-]*[A-Z]s")  # "NCAs", "LLMs": an acronym's plural
# Lower-case conjunctions that open a clause inside a span, "human-human agreement when determining LLM generation",
# or set two things against each other, "image understanding versus generation" (a title's capitals are a name's
# words: "I Know It When I See It").
_BREAKS_INSIDE = frozenset({"when", "while", "whereas", "whether", "because", "although", "unless", "whose", "versus",
                            "vs", "vs."})
# Verbs a title's clause turns on inside a span, which as a span's first word may name a thing ("Teach VLM"):
# "Checklist Engineering Empowers Multilingual LLM Judges", "Language Feedback Teaches Vision Models".
_VERBS_INSIDE_A_TITLE = frozenset({"empowers", "teaches", "fools", "deceives", "revisits", "rethinks", "unleashes",
                                   "tames", "sees", "elicits"})
# Systems' nouns a clause's verb in -ing may follow: "A Multimodal Agentic RAG System Enabling Interactive Exploration".
_SYSTEMS_BEFORE_A_CLAUSE = frozenset({"system", "systems", "model", "models", "network", "networks", "agent", "agents",
                                      "architecture", "tool", "platform"})
# Participles that open a clause after a name: "Tajik-Farsi transliteration trained across all datasets".
_PARTICIPLES_AFTER_A_NAME = frozenset({"trained", "used", "designed", "proposed", "developed", "introduced", "released",
                                       "obtained", "collected"})


# Nouns in the adjectives' endings: "MSSL objective", "the GhanaNLP initiative", "CC-News archive", "Lookup Table",
# "latent variable", "false positive" end in a noun.
_NOUNS_LIKE_ADJECTIVES = frozenset("""
objective initiative perspective alternative narrative incentive directive representative detective archive drive
hive five motive executive native derivative primitive additive collective adjective positive negative explosive
adhesive locomotive table timetable variable cable deliverable observable wearable
""".split())


def cut_before_its_head(words: list[str]) -> bool:
    """A phrase cut after a size adjective, before the noun it sizes: "Spatial Reasoning in Multimodal
    Large" (... Language Models), "system-level design to control large" (not "T5 Large", a model's size); or
    after any other adjective: "hierarchical spatially-conditioned" (HSC) domain classifiers, "Visual
    Autoregressive" (modeling), "Sionna-based differentiable" (ray tracer)."""
    if len(words) < 2:
        return False
    last = words[-1]
    return last.lower() in {"large", "small"} and is_ordinary_word(words[-2]) \
        or bool(_LONE_ADJECTIVE.fullmatch(last)) and last.lower() not in _NOUNS_LIKE_ADJECTIVES


# The word after a phrase, where it opens with letters: "Archives" of "Taiwanese Historical Archives".
_NEXT_WORD = re.compile(r" ([A-Za-z][a-z]+(?:-[A-Za-z]+)*)\b(?![\w-])")
# A capitalised adjective in -ive, -ous, -able or -ible on a short stem, which :data:`_LONE_ADJECTIVE` leaves out
# ("Scalable"); adjectives in -al and -ic are :data:`_ADJECTIVE_IN_AL_IC`'s.
_SHORT_CAPITAL_ADJECTIVE = re.compile(r"[A-Z][a-z]{2,3}(?:ive|ous|able|ible)")


def stops_before_its_noun(name: str, after: str) -> bool:
    """A phrase of two words or more that ends in an adjective and stops before a word that goes on with it:
    "Taiwanese Historical" (Archives), "HTML-Based Scalable" (Typography), "Mixture of Visual Language Medical"
    (Experts), "AI-enabled Digital" (Twin). Not before a bracket ("Visual AutoRegressive (VAR)"), a stop word or a verb
    ("momentum residual as ..."), nor where the last word is a noun so spelt ("signal", "logic", "objective").

    >>> stops_before_its_noun("Taiwanese Historical", " Archives."), stops_before_its_noun("Web Scalable", " Type")
    (True, True)
    >>> stops_before_its_noun("Visual AutoRegressive", " (VAR)"), stops_before_its_noun("momentum residual", " as a")
    (False, False)
    >>> stops_before_its_noun("Signal temporal logic", " properties"), stops_before_its_noun("CMU Panoptic", ", and")
    (False, False)
    """
    last = name.rsplit(None, 1)[-1]
    if last == name:
        return False
    adjective = _ADJECTIVE_IN_AL_IC.fullmatch(last) and last.lower() not in _NOUNS_IN_AL_IC \
        or _SHORT_CAPITAL_ADJECTIVE.fullmatch(last) and last.lower() not in _NOUNS_LIKE_ADJECTIVES
    following = _NEXT_WORD.match(after) if adjective else None
    if following is None:
        return False
    return not opens_a_clause(following.group(1).lower())


def opens_a_clause(word: str) -> bool:
    """Whether a lower-case ``word`` after a phrase is a stop word or a verb (run on, in its base form, or an
    auxiliary), which a name does not go on with: "momentum residual as ...", "Semantic Segmentation Facilitates ..."."""
    return word in STOP_WORDS or word in RUN_ON_VERBS or word in BASE_VERBS or word in AUXILIARIES


def counts_a_class(words: list[str]) -> bool:
    """A count or size before a class and nothing named: "32B reasoning models", "12 advanced MLLMs"
    (not "7B LLaMA"); or a small count before anything, named things counted ("31 UCR", "11 MedMNIST+ 2D"),
    unless Papers with Code knows the whole name ("75 Superpixel MNIST"), and a count spelled out in lower case."""
    if len(words) < 2:
        return False
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|dozens", words[0]) \
            and not knowledge.lookup(" ".join(words)):
        return True  # a spelled-out count in lower case is none of a name's words ("two independent Deep RL")
    rest = [w for w in words[1:] if w.lower() not in BROAD_ACRONYMS]
    return bool(_COUNT.fullmatch(words[0])) and not is_named(" ".join(rest))


def _head(words: list[str]) -> str:
    """A phrase's head noun: its last word, or the word before a preposition ("detection of ...")."""
    cut = next((i for i, word in enumerate(words) if i and word in _HEAD_ENDS), len(words))
    return words[cut - 1] if words else ""


def plural_of_other_kind(words: list[str], kind: str) -> bool:
    """A thing named by a plural noun that heads none of its kind: a task or dataset named by data or
    attributes ("untrimmed videos", "reasoning chains", "API interactions", "HDR videos"); a method or model
    named by a set of methods ("GAN-based methods", "3DGS approaches"; not a family named after someone or
    something, "Monte Carlo methods") or by what methods produce or act on
    ("ML predictions", "TF-IDF features"), unless every word is capitalised ("Neural Radiance Fields") or the
    plural names methods of one kind ("MDS codes", "decision trees"). The head comes before a preposition
    ("detection of AI-generated images", "classification in ... settings")."""
    head = _head(words)
    if len(words) < 2 or not is_plural(head):
        return False
    if kind == TASK:
        return HEAD_TYPES.get(_singular(head)) != TASK
    if kind in (METHOD, MODEL):
        if head in METHOD_CLASS_PLURALS:
            return not _family_name(words[: words.index(head)])
        return HEAD_TYPES.get(head) not in (METHOD, MODEL) and head not in METHOD_PLURALS \
            and not all(w[:1].isupper() for w in words)
    return kind == DATASET and head not in DATASET_PLURALS


def _family_name(words: list[str]) -> bool:
    """Proper names that name a family of methods: "Monte Carlo", "Runge-Kutta" (of "... methods"); not an
    adjective ("Bayesian", "Classical") nor a word abstracts write in lower case ("Transformer")."""
    parts = [p for w in words for p in w.split("-") if p]
    return bool(parts) and all(p.istitle() and p.isalpha() and not is_ordinary_word(p)
                               and not p.lower().endswith(("ian", "ic", "al", "ive", "ous", "ed")) for p in parts)


def balanced(text: str) -> bool:
    """True when the brackets of ``text`` open and close in order, and its double quotes pair up: not
    'mild-to-severe" intra-subject generation' (cut after a quote's opening mark), nor 'AI "Slop'."""
    if text.count('"') % 2 or text.count("\u201c") != text.count("\u201d"):
        return False
    depth = 0
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


# What a property of sensitivity is to, after the thing sensitive or not: " to noise", " of X to Y".
_SENSITIVE_TO = r"\s+(?:of\s+[^.;,()]{1,60}?\s+)?to\b"


def metric_in_other_sense(text: str, sentence: str) -> bool:
    """A metric word that measures nothing here: "associative recall", "recall" with no score in sight.

    A single metric word counts as a metric only in a sentence that reports or compares a
    result (a number, "improves", "higher", "evaluated"), and "sensitivity" not only before "to" ("sensitivity to
    noise"); a metric word after an adjective that is not a metric modifier ("associative recall", "catastrophic
    loss") is a concept.
    """
    words = text.lower().split()
    if not words or words[-1] not in _METRIC_WORDS:
        return False
    if len(words) > 1:  # (a score measures whatever its adjective: "Continuous Ranked Probabilistic Score")
        return bool(re.fullmatch(r"[a-z]+(?:ive|ory|ic|al)", words[-2])) \
            and words[-2] not in {"top", "mean", "positive", "negative"} and words[-1] != "score"
    if words[0] == "sensitivity" and re.search(r"\bsensitivity\b", sentence, re.I) \
            and not re.search(rf"\bsensitivity\b(?!{_SENSITIVE_TO})", sentence, re.I):
        return True  # "sensitivity to noise", "the sensitivity of IoU-based metrics to small displacements": a property,
        # however measured ("comparable accuracy to X" is a metric)
    if words[0] == "precision" and _PRECISION_OF_A_FIELD.search(sentence):
        return True  # "Precision medicine ... would be greatly improved": a field's name, whatever result is near
    if words[0] in _WORDS_OF_MANY_SENSES and (at := sentence.lower().find(words[0])) >= 0:
        # "trial and error", "reports an error", "extensive coverage of applications": a word most sentences use in
        # another sense measures only with a result near it ("99.62% vocabulary coverage", "2-3X lower error")
        sentence = sentence[max(0, at - _NEAR_BEFORE) : at + len(text) + _NEAR_AFTER]
    return not _METRIC_CONTEXT.search(sentence.replace(text, " ", 1))


# Metric words used as often in another sense, and how near a result must be written to one to make it a measure
# (characters before and after: the value or comparison is mostly written before the word, "2-3X lower error").
_WORDS_OF_MANY_SENSES = frozenset({"error", "coverage"})
# "precision" naming a field: "precision medicine", "precision agriculture".
_PRECISION_OF_A_FIELD = re.compile(r"\bprecision\s+(?:medicine|agriculture|farming|oncology|health|healthcare|psychiatry|"
                                   r"nutrition|livestock|irrigation|viticulture)\b", re.IGNORECASE)
_NEAR_BEFORE, _NEAR_AFTER = 40, 15


def _known_metric(text: str, extractor: str, long_form: str | None) -> bool:
    """A metric named by a quality that a list or the paper defines: "panoptic quality" (gazetteer), "Visual
    Quality Score (VQS)"; "Visual Quality" alone is a property."""
    return bool(long_form) or extractor in ("acronym", "gazetteer") or bool(knowledge.lookup(text))


def web_addresses(text: str) -> list[tuple[int, int]]:
    """The character spans of the web addresses in ``text``: a name inside one ("PaddlePaddle" of
    "https://github.com/PaddlePaddle/PaddleOCR") is a path, not a mention of the thing.

    >>> web_addresses("Code: https://github.com/org/Repo (MIT).")
    [(6, 33)]
    """
    if "/" not in text and "www." not in text:
        return []
    return [run.span() for run in _ADDRESS_RUN.finditer(text)
            if "://" in run.group() or "www." in run.group() or "/" in run.group() and _HOST_START.match(run.group())
            or _REPOSITORY_PATH.fullmatch(run.group())
            and _REPOSITORY_BEFORE.search(text, max(0, run.start() - 60), run.start())]


# A word in lower case, or a dimension or a mapping of dimensions ("3D", "2D-to-3D"), which describe and name nothing.
_DESCRIBING_WORD = re.compile(r"(?:[a-z][\w\-]*|\d[Dd](?:-to-\d[Dd])?)")


# A name with its bracketed acronym after it: "Few-Shot (FS)".
_BRACKETED_ACRONYM_AFTER = re.compile(r"(.+?)\s*\([A-Za-z][\w\-]*\)")


def keep(text: str, kind: str, extractor: str, sentence: str = "", proposed: bool = False,
         long_form: str | None = None, capitals: bool = True, sentence_start: bool = False,
         topic: bool = False, kept_elsewhere: bool = False, repeated: bool = False) -> bool:
    """Whether a mention becomes a graph entity.

    ``extractor`` is the component that found it (``ner`` for the named-things recogniser,
    ``ner_generic`` for the generic-phrase recogniser, ``gazetteer``, ``pattern``, ``acronym``,
    ``title``); ``sentence`` is the text around it, for the metric test. ``capitals`` is False
    in a title (Title Case names nothing); ``sentence_start`` says the mention starts a sentence.
    ``topic`` says the paper's title and abstract both name it (:func:`topic_names`): a phrase of
    two words or more that is neither generic nor a description is then the paper's subject.
    ``kept_elsewhere`` says the paper keeps the same name in another place: it then needs no capital
    or Papers with Code entry, but the other tests still apply. ``repeated`` says the text writes the name twice or
    more: a lower-case task phrase few abstracts write is then no description in passing.
    """
    text = text.strip()
    if (bare := _BRACKETED_ACRONYM_AFTER.fullmatch(text)) \
            and (_LONE_ADJECTIVE.fullmatch(bare.group(1)) or is_generic(bare.group(1))):
        return False  # "Few-Shot (FS)", "Quantization-Friendly (QF)": an adjective, whatever it abbreviates to (a
        # phrase it defines is a name: "implicit object-aware fusion (IOF)")
    if text in _CHIP_MAKER_ACRONYMS and not long_form:
        return False  # "the AMD/Xilinx Zynq": the company (an acronym the paper defines is its own name)
    if len(text) < 2 or has_tex(text) or not balanced(text) or not any(c.isalpha() for c in text) or _URL.search(text) \
            or text[0] in "°%‰·`":  # "° scene generation" (cut from "360° scene generation"), "``Layout ..."
        return False
    words = text.split()
    if words[-1].lower() in FRAGMENT_TAILS and len(words) > 1 or is_run_on(text):
        return False
    if _LICENCE.fullmatch(text):
        return False  # "CC-BY-NC-SA license", "CC-NC-SA-4.0": the terms data are shared under, no data set
    if _IDENTIFIER.fullmatch(text) and any(len(part) > 3 and is_ordinary_word(part.lower()) for part in text.split("_")):
        return False  # "ENGINE_SPEC", "BATTERY_CAPACITY": a label of a schema or a code's identifier
    if len(words) >= 2 and words[-1].lower() in PART_PLURALS and _CODED_TOKEN.match(words[-2]) \
            and all(w.islower() for w in words[:-2]):
        return False  # "CLIP embeddings", "LSTM layers", "fine-tuned Qwen3 embeddings": a part of a system, not one
    if len(words) > 1 and words[-1].lower() == "gaussian" and words[-2].lower() != "of":
        return False  # "Feed-forward 3D Gaussian" (Splatting): a modifier cut from its head; "mixture of Gaussian" stays
    if text.lower() in ("gaussian", "gaussians") or words[-1] == "Gaussians" and not proposed \
            and all(w[:1].islower() or w[:1].isdigit() for w in words[:-1]):
        return False  # "exact Poisson, saddle-point, and Gaussian" (regimes), "Gaussians", "3D Gaussians",
        # "anisotropic 3D Gaussians" (a scene's primitives); not "Imagined Gaussians", a name
    if len(words) > 1 and re.fullmatch(r"\d{1,2}D", words[-1]):
        return False  # "Mainstream 2D", "Monocular 6D" (pose estimation): cut before the head noun
    if _BARE_SIZE.fullmatch(text) or _AMOUNT.fullmatch(text) or _COUNTED_UNIT.fullmatch(text) \
            or _SIZE_RANGE.fullmatch(text) or _VERSION_ALONE.fullmatch(text) or text.lower() in _SIZE_TIERS \
            or _TIER_LETTERS.fullmatch(text):
        return False  # "7B", "3D", "25-30 billion", "320-line", "5-fold", "8B--120B", "sub-2B", "v1.6", "XL" (of
        # "Stable Diffusion XL", "GPT-2 Large/XL"), "XXS/XS/S": a size, an amount, a measure, a version or tiers
    if describes_a_size(words) or kind != TASK and _COUNTED_UNIT_FIRST.fullmatch(words[0]) \
            and all(w.islower() for w in words[1:]):
        return False  # "314K-sample training" (dataset), "500-hour speech": data described by its size
    if "%" in text and kind != METRIC or _VALUE.search(text) or _SIGNED_IN_BRACKETS.search(text) \
            or _ASSIGNED_VALUE.search(text):
        return False  # "AIME25 from 84%", "averages 0.71", "SUN RGB-D (+3.2)", "encoder d=0.65": a result, no name
    if _NUMBERED_PART.fullmatch(text) or _NUMBERED_PART_SYSTEM.fullmatch(text):
        return False  # "Stage II", "Phase 2", "the Stage 1 model": a part of the paper's procedure, not a thing to look up
    if "-/" in text:
        return False  # "Long-/Short-CoT": two names sharing an end, neither written whole
    if len(words) > 1 and _CLASS_PLURAL.fullmatch(words[-1]) \
            and (all(w.islower() for w in words[:-1])
                 or not capitals and not proposed and extractor != "title"
                 and all(_TITLE_WORD.fullmatch(w) for w in words[:-1])):
        return False  # "frontier LLMs", "medical VLMs", "expert MLPs", a title's "Commercial Black-Box LLMs": a class
        # described, no one system named
    if len(words) >= 2 and _ACRONYM_WORD.fullmatch(words[-2]) and words[-1].lower() in _GENERIC_SYSTEMS \
            and is_plural(words[-1].lower()) and all(w.islower() for w in words[:-2]) and not knowledge.lookup(text):
        return False  # "RAG Systems", "GNN models", "LLM Pipelines", "existing medical RAG systems": systems of a
        # class, none named
    if len(words) == 2 and words[0].lower().endswith("-specific") and words[1].lower() in _GENERIC_SYSTEMS \
            and is_plural(words[1].lower()):
        return False  # "GUI-specific models", "Bengali-specific models", "HOI-specific methods": the systems made
        # for a field or a language, none named
    if ", " in text or re.search(r",(?:and|or)\s|\s/|/\s", text) or " + " in text:
        return False  # "zero-shot, few-shot", "USTC-CSL100,and USTC-SLR500", "computer science / machine learning",
        # "Sentence-BERT + Logistic Regression": a list of names, a combination of two or a clause, not one name
        # ("HiFi-GAN+" is one)
    if runs_into_clause(words) or counts_a_class(words) or cut_before_its_head(words):
        return False
    if _LONE_ADJECTIVE.fullmatch(text) or long_form and _lone_adjective_long_form(long_form.strip()):
        return False  # "autoregressive", "privacy-preserving", "training-free"; "AR" for "autoregressive", "GI" for
        # "Gastrointestinal"
    if long_form and is_other_kind(long_form) or is_other_kind(text) \
            and not (long_form and text.isupper() and head_type(re.split(r"[\s-]+", long_form))):
        return False  # "MRI", "LiDAR", "English", "quality"; "HSI" for "hyperspectral image": no method, model,
        # dataset, task or metric (an acronym the paper defines as a thing of a type is its own: "Noise-Aware
        # Self-Attention (NASA)")
    if text.lower() in _FIELD_ALONE:
        return False
    if is_leading(words[0]) or text.lower().endswith(_NO_NAME_ENDINGS) \
            or text.startswith(("-", "/")):
        return False
    if len(words) > 1 and (_joins(words[0]) or _joins(words[-1])):
        return False  # "Multi-Agent Framework for", "and Reasoning Corpus": cut from a longer phrase
    if len(words) > 1 and words[-1].lower() in _CONDITIONS and not proposed and not knowledge.lookup(text):
        return False  # "under the UDA setting", "in V2X Scenarios", "the Streaming Queue scenario": the conditions
        # of an experiment, no method, data set or task
    if len(words) > 1 and words[-1].lower() in _PROCEDURE_PARTS \
            and not (proposed or long_form or extractor == "acronym") and not knowledge.lookup(text):
        return False  # "In the Removal step", "a subsequent RL stage", "the Library Learning phase": a part of one
        # paper's procedure, as "Stage II" is (a part it defines as a method keeps its acronym's name: "Adaptive
        # Pre-allocation Stage (APS), an unsupervised method")
    if _TRADE_OFF.fullmatch(text) or _ERA.fullmatch(text):
        return False  # "accuracy-latency": a trade-off of two measures; "next-generation": an era
    if len(words) > 1 and (words[0].lower() in CLAUSE_OPENERS or words[0] in QUESTION_OPENERS):
        return False  # "Boosting SAM", "Towards Robust LLMs", "How Vision Becomes Language"
    if long_form and (pair := _TWO_SURNAMES.fullmatch(long_form)) \
            and not any(is_ordinary_word(name.lower()) for name in pair.groups()) and not knowledge.lookup(long_form):
        return False  # "Körner and Marton (KM)": two people, who proposed something, not its name
    if kind == TASK and words[-1].lower() in _TASKS_OUTPUTS and not proposed and not knowledge.lookup(text):
        return False  # "3D pose predictions", "diagnostic predictions", "image reconstructions": what a task outputs
    if kind == TASK and words[-1].lower() in _WORKED_ON and not proposed and not knowledge.lookup(text) \
            and not any(word in ("of", "in", "for", "on") for word in words):
        return False  # "Streamable Dynamic 3D Avatars", "3D Scenes", "Visually Rich Documents (VRDs)": what a task
        # works on, no task (not the task written before it: "Object counting in complex scenes")
    if kind == TASK and words[0].lower() in _FAULTS and len(words) > 1 and not knowledge.lookup(text):
        return False  # "inconsistent generation", "incorrect reasoning": a task's failure
    if kind == METRIC and _ACTIVITY_ALONE.fullmatch(text):
        return False  # "80% reduced processing latency": an activity's word cut from its measure
    if kind == METRIC and (metric_in_other_sense(text, sentence)
                           or not (proposed and len(words) > 1 or extractor == "list"
                                   or measures_something(long_form or text))
                           or words[-1].lower() in QUALITIES and not _known_metric(text, extractor, long_form)):
        return False  # "adversarial robustness" is a property; "Panoptic Quality" a metric; a metric's name the
        # paper proposes, or a list of metrics names, needs no measure's head ("We introduce the Eyelid Angle (ELA), a
        # novel, reproducible metric", "four metrics: ..., Answer Relevance, ..."; not its acronym, "ACC" of "Agent
        # Context Compilation", which the metric lists know)
    if kind == DATASET and all(_LOWER_WORD.fullmatch(word) for word in words) and not proposed \
            and not knowledge.lookup(text) and head_type(words) not in (TASK, METHOD):
        return False  # "lower complexity", "first-order logic", "human-scene interactions" read as data: a data set is
        # named with a capital, a digit or a coined word ("nuScenes", "n2c2"); a task's or a method's phrase read
        # as data ("language modeling", "reward modeling") is left to the entity's other votes
    if kind == DATASET and len(words) > 1 and words[-1].lower() in DATASET_PLURALS and words[-1][0].isupper() \
            and not proposed and all(_TITLE_WORD.fullmatch(word) for word in words) and not knowledge.lookup(text):
        return False  # "Object Recognition Datasets", "News Corpora", "Multiple-Choice Benchmarks": data of a kind,
        # none named (a name in the plural is coined, "Indian Language POS-tag Corpora", or its noun is in lower case,
        # "the Stanford Drone datasets")
    if kind == DATASET and not capitals and len(words) > 1 and all(_TITLE_WORD.fullmatch(word) for word in words) \
            and not proposed and not topic and not knowledge.lookup(text) \
            and head_type(words) not in (TASK, METHOD, DATASET):
        return False  # a title's plain words read as data ("Multi-Agent Consensus", "Visual Anchors", "Reading Times"):
        # a data set a title names is coined ("Agentic-MME") or ends in a data set's noun ("French Health Corpus"); the
        # paper's subject, which its abstract names too, stays
    # The acronym of a generic system phrase, "LMs" for "Large Models", "PM" for "proposed method" (not "MIMO" for
    # "multiple-input multiple-output", a compound of generic words, nor "OA" for "Overall Accuracy", "SeTa" for
    # "Scale Efficient Training": a metric and a method named by generic words)
    if long_form and "-" not in long_form and long_form.split()[-1].lower() in _GENERIC_SYSTEMS and is_generic(long_form):
        return False
    if long_form and kind in (TASK, DATASET, METRIC) and long_form.split()[-1].lower() in _AGENT_NOUNS:
        return False  # "Conversational shopping assistants (CSAs)" read as a task: agents, whatever their acronym
    if not proposed and (names_data_of_a_medium(text)
                         or long_form and names_data_of_a_medium(long_form, singular=True)) \
            and (kind != DATASET or not _names_a_collection(text)):
        return False  # "Railroad Videos" read as a task, "AI-generated images (AIGIs)" as a method, "RGB Videos" as data:
        # data of a medium, no task, system or named data set ("UCF-Crime Videos" stays)
    if kind == METRIC and text.lower() in _AGGREGATES_ALONE:
        return False  # "average" of "average Recall@20 gains": how a metric is aggregated, none named
    if extractor == "ner_generic" and not proposed and len(words) == 2 and _ADJECTIVE_IN_CAPITALS.fullmatch(words[0]) \
            and words[1].lower() in _UNNAMED_SYSTEMS:
        return False  # "a Bayesian framework", "a Geometric approach": a kind of system described by one adjective
    if extractor == "ner_generic" and not proposed and len(words) > 1 and words[-1].lower() in _VIEWPOINTS:
        return False  # "from a Bayesian perspective", "a Test-Time Training perspective": a way of looking at a
        # problem, no method (not a module so named, "Local-Global Hybrid Perspective (LHP)", which an acronym gives)
    if proposed or long_form or kept_elsewhere or extractor in ("gazetteer", "acronym", "title"):
        # a known name of generic words stays: "zero-shot learning", "few-shot learning"
        return not is_generic(text) or extractor == "gazetteer" and bool(knowledge.lookup(text))
    if not capitals and len(words) == 1 and "-" not in text and not text.isupper() and is_ordinary_word(text):
        return False  # "Gap" of "The Score Granularity Gap in ...": a title's word, whatever Papers with Code lists
    if len(words) == 1 and kind != METRIC and (text.lower() in GENERIC or text.lower() in _BROAD_ALONE):
        return False  # "benchmarking", "prediction": Papers with Code has pages for them, but they name no one task
    if sentence_start and len(words) == 1 and text.istitle() and text.isalpha() and is_ordinary_word(text) \
            and knowledge.known_types(text) <= {DATASET} and text.lower() not in HEAD_TYPES:
        return False  # "Dense and versatile image representations ...": an ordinary word opening a sentence, a data set
        # by that name or none (not a task's, a method's or a metric's: "Hallucination", "Quantization", "Precision")
    if knowledge.lookup(text) or knowledge.lookup(_singular(text)):
        return True
    if plural_of_other_kind(words, kind):
        return False
    if kind == TASK and len(words) > 1 and words[-1].lower() in _DATA_HEADS:
        return False  # "large-scale EEG data": data, not what is done with it
    if kind in (TASK, DATASET, METRIC) and len(words) > 1 \
            and (_SYSTEMS.fullmatch(words[-1]) or words[-1].lower() in _AGENT_NOUNS
                 or words[-1].lower() == "systems" and _ACRONYM_WORD.fullmatch(words[-2])):
        return False  # "Low-Latency Robotic VLMs", "Driving VLAs", "Autonomous AI Agents", "AI Tutors", a title's
        # "LLM-Empowered Agentic Assistant", "Multiuser MIMO Systems": systems, not a task or a data set (a field's
        # "Recommender Systems" stays)
    if _CODED_POSSESSIVE.search(text):  # "RSEA's strict held-out selection": a property of a named thing
        return False  # (not "Cohen's kappa", "Fisher's linear discriminant")
    if len(words) > 1 and is_plural(words[-1].lower()) and any(w.lower().endswith(_BASED) for w in words[:-1]):
        return False  # "Transformer-based models", "BPE-based Transformers": a set of systems, none named
    if len(words) > 1 and words[-1].lower() in GENERIC and (not capitals or not all(w[:1].isupper() for w in words)) \
            and _says_what_drives_it(words):
        return False  # "a JAX-based benchmark", "LiDAR-based model", "Gaussian-centric method", "GPU-driven rendering
        # pipeline", a title's "A GraphRAG-based Framework for ...": a description ("... GAN-Based Approach" in an
        # abstract a name)
    if len(words) == 3 and words[1] in ("and", "or"):  # "CVR and CIR", "JAX and Pytorch": two things
        return False
    left, joined, right = text.partition(" and ")
    if joined and _CODED_TOKEN.match(left.split()[0]) and right[:1].isupper():
        return False  # "SWE-Bench Verified and Terminal-Bench 2.0 compress": two names, not one
    # "denoise the reasoning manifold", "followed by a diffusion-based refiner", "planning relied on single-shot plan
    # generation"; in a title, which capitalises every word, "Robots Do the Chores"
    if _INNER_DETERMINER.search(text) or _PARTICIPLE_CLAUSE.search(text) \
            or not capitals and _TITLE_DETERMINER.search(text):
        return False
    if is_generic(text):
        return False
    if text.islower() and (re.search(r"\b(?:and|or|of|in|for)\b", text) or _PREPOSITION_INSIDE.search(text)):
        return False  # "synthetic and real-world data", "focus synthesis on tumor": a description
    if len(words) > 6:  # a description, not a name
        return False
    if kind == TASK and len(words) >= 2 and all(w.lower() in MANNER_MODIFIERS for w in words[:-1]) \
            and not is_named(text, capitals, sentence_start):
        return False  # "complex reasoning", "high-quality generation": a capability described, no task named
    if len(words) == 2 and text.islower() and _HOW_IT_WORKS.search(words[0]) and words[1] in PROCESS_HEADS \
            and not _a_tasks_grain(words):
        return False  # "token-level analysis", "question-guided retrieval", "code-based planning": a process
        # described by how it works, no task or method named (not "retrieval-augmented generation", nor a
        # task's grain, "passage-level retrieval")
    if topic and len(words) >= 2 and not is_broad_class(text) and _names_a_kind(words[-1].lower()):
        return True  # "Shortcut Learning" / "... shortcut learning"; not "Data Synthesis Framework", "Kidney Cancer"
    if extractor == "ner_generic" and len(words) > 1 and text[0].islower() and words[-1].islower():
        return False  # "external Bayesian source memory", "low-latency VLA policies": a description around a name
    if extractor == "ner_generic" and len(words) > 1 and words[-1].lower() in _SOFTWARE_HEADS and not proposed \
            and not knowledge.lookup(text):
        return False  # "DOD implementation", "GPU-based Radiant Foam implementation", "Tool Library": software that
        # carries a method or a name, described
    if kind == TASK and not topic and _BY_A_CLASS.fullmatch(words[0]) and described_in_passing(words):
        return False  # "LLM-based shopping", "VLM-guided extraction": a task done by a class of systems, described as
        # one paper does it (not "LLM-based reasoning", which many abstracts write)
    if len(words) > 1 and not proposed and not topic and _TITLE_CASE_WORD.fullmatch(words[-1]) \
            and all(_LOWER_WORD.fullmatch(word) for word in words[:-1]) and not knowledge.lookup(text) \
            and (re.search(r"[^seiu]s$", words[-1]) or any("-" in word for word in words[:-1])) and "of" not in words:
        return False  # "degenerate Gaussians", "open-source Agents", "cross-modal Earth", "feed-forward Model": lower-case
        # words before one capitalised word, a plural or after a hyphenated modifier, describe things or are cut from a
        # longer name (not "naive Bayes", "implicit Euler", "mixture of Gaussian": methods named after a person)
    if not topic and not proposed and (BUILT_ON.fullmatch(words[0]) or _MADE_BY.fullmatch(words[0])) \
            and words[-1].islower() and described_in_passing(words) and not knowledge.lookup(text):
        return False  # "LLM-based verifier", "SimHash-based fingerprinting", "CLIP-based linear": a thing described by
        # what it is built on, as one paper writes it (not "energy-based model", "LLM-based agent", which many write);
        # "LLM-judged rubric", "KG-derived supervision", "LLM-generated heuristics": by what made it
    if words[-1] in ("problem", "problems") and len(words) > 1 and not proposed and not topic \
            and all(_DESCRIBING_WORD.fullmatch(word) for word in words[:-1]) and not knowledge.lookup(text):
        return False  # "multiple-choice problems", "medical 3D imaging problems", "ill-posed 2D-to-3D inverse problem":
        # problems described in plain words; a problem's name has a capital ("Vehicle Routing Problem", "EFX
        # problem", "Lagrange dual problem")
    if is_named(text, capitals, sentence_start):
        return True
    # A lower-case phrase: a well-defined term when the named-things recogniser found it as a
    # task, metric or dataset of two words or more ("dialogue state tracking"), a task headed as
    # tasks are ("detection", "reasoning": not "deliberative semantic judgment"); a lower-case
    # method or model phrase that Papers with Code does not know is a description
    # ("large language model", "token embeddings").
    # (or the generic recogniser's task phrase the title and the abstract share: the paper's subject, "Panoramic Scene
    # Analysis: A Survey ..." / "the evolution of panoramic scene analysis")
    return (extractor == "ner" or topic and extractor == "ner_generic_task") and kind in (TASK, METRIC, DATASET) \
        and (len(words) >= 2 or kind == METRIC) \
        and (kind != TASK or heads_task(text) and (topic or repeated or not described_in_passing(words, not capitals)))


# Heads of software described by what it carries: "CUDA-accelerated implementation", "extensible Video Toolkit"; or
# by whose or what service it is: "a leading Chinese video-sharing platform", "the Didi Chuxing platform".
_SOFTWARE_HEADS = frozenset({"implementation", "implementations", "toolkit", "toolkits", "library", "libraries",
                             "codebase", "platform", "platforms"})


def plain_term(text: str) -> bool:
    """A lower-case term that no type's head noun ends and Papers with Code does not know ("late-life depression",
    "hippocampus", "pancreatic cystic lesions")."""
    words = text.split()
    return all(_LOWER_WORD.fullmatch(word) for word in words) and head_type(words) is None \
        and words[-1] not in _METHOD_TERM_HEADS and not knowledge.lookup(text) and not knowledge.lookup(_singular(text))


# Last words of methods' names in plain words that name no type's head elsewhere: "model predictive control",
# "satisfiability modulo theories", "item response theory", "medial axis transform", "test time scaling", "inverted
# index", "physically based rendering", "semantic scene graphs".
_METHOD_TERM_HEADS = frozenset({"control", "theory", "theories", "transform", "transformation", "scaling", "compute",
                                "thought", "thoughts", "element", "elements", "programming", "bottleneck", "search",
                                "sampling", "descent", "iteration", "decomposition", "inference", "calculus", "index",
                                "rendering", "encoding", "coding", "hashing", "filtering", "filter", "graph", "graphs"})


def described_in_passing(words: list[str], title: bool = False) -> bool:
    """A task phrase of plain words, a hyphenated modifier and its head, that fewer than three abstracts of the corpus
    write (:func:`kg.extract.wordlists.established_phrases`): what one paper's system does ("satellite-free
    generalization", "cross-granularity evaluation", "prompt-controllable restoration"; in a title, "Improving
    Text-Instance Alignment"), not a task researchers name ("test-time adaptation", "cross-view geo-localization").
    A conversion of one thing into another and a task's grain are left to the other tests ("specification-to-RTL
    generation", "passage-level retrieval").

    So, outside a title, of a lower-case phrase of two words or more headed by a word that names what is done with
    a thing rather than a task's output ("later selection", "implicit feature alignment", "causal dependency
    modeling"; not "literary analysis", which three abstracts or more write, nor "cattle interaction
    detection", :data:`_OUTPUT_HEADS`).

    >>> described_in_passing(["satellite-free", "generalization"]), described_in_passing(["test-time", "adaptation"])
    (True, False)
    >>> described_in_passing(["implicit", "feature", "alignment"]), described_in_passing(["cattle", "detection"])
    (True, False)
    """
    if len(words) < 2 or _a_tasks_grain(words) or name_key(" ".join(words)) in established_phrases():
        return False
    if len(words) == 2 and "-" in words[0] and "-to-" not in words[0] and _PLAIN_HEAD.fullmatch(words[1]):
        return True
    return not title and all(_LOWER_WORD.fullmatch(word) for word in words) and words[-1] not in _OUTPUT_HEADS \
        and not any("-to-" in word for word in words)


# Heads of tasks named by what they output or find, which a lower-case phrase names as a task however few abstracts
# write it ("apical periodontitis detection", "leaf wetness detection", "choreography generation"); a phrase
# headed otherwise ("alignment", "selection", "modeling", "reasoning") is a task only where many abstracts write it.
_OUTPUT_HEADS = frozenset("""
detection recognition segmentation classification generation prediction estimation tracking retrieval translation
summarization parsing extraction localization localisation forecasting captioning navigation synthesis answering
completion identification counting registration diagnosis tagging transcription verification super-resolution
denoising inpainting editing restoration enhancement simplification recommendation labeling labelling spotting
correction decoding monitoring screening
""".split())


def _a_tasks_grain(words: list[str]) -> bool:
    """A retrieval or extraction task named with its grain: "passage-level retrieval", "document-level extraction"."""
    return words[0].lower().endswith("-level") and words[1].lower() in ("retrieval", "extraction")


_PLAIN_HEAD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# An acronym's class of systems and how it does a task: "LLM-based", "VLM-guided", "AI-driven", "MLLM-assisted".
_BY_A_CLASS = re.compile(r"[A-Z]{2,}s?-(?:based|guided|driven|powered|assisted|enhanced|augmented)")
# What a thing is built on or like: "SimHash-based", "RLHF-style", "SLM-driven" (one word; the established phrases
# count the phrases it opens, scripts/build_established_phrases.py).
BUILT_ON = re.compile(r"\S+-(?:based|driven|powered|style|like|guided|assisted)")
# What made a thing: "LLM-generated", "KG-derived", "LLM-judged", "human-annotated" (the established phrases do not
# count the phrases these open: what they describe is data or a result, named so by no task or method).
_MADE_BY = re.compile(r"\S+-(?:generated|derived|authored|judged|annotated|labell?ed|curated|synthesi[sz]ed|written|"
                      r"produced|created|extracted|scored|rated)")


_DATA_HEADS = frozenset({"data", "dataset", "datasets", "corpus", "corpora"})
_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# One capitalised word, no coined one: "Sobel", "Gaussians" (not "GRPO", "SimCLR", "Mixup-V2").
_TITLE_CASE_WORD = re.compile(r"[A-Z][a-z]+")
_TITLE_WORD = re.compile(r"[A-Z]?[a-z]+(?:-[A-Z]?[a-z]+)*")
# A hyphenated modifier that says how a process works or at what grain ("token-level", "question-guided").
_HOW_IT_WORKS = re.compile(r"-(?:based|level|wise|guided|driven|aware|oriented|conditioned|centric|informed|grounded"
                           r"|specific)$")
# Heads of fields and tasks that Papers with Code's task names rarely end in, but that GSAP-NER's
# training folds mark as tasks ("computer vision", "autonomous driving", "depression screening").
_FIELD_HEADS = frozenset({"vision", "driving", "robotics", "graphics", "linguistics", "screening", "moderation"})


# Devices a field's phrase may describe: "an event-based vision sensor".
_DEVICE_AFTER = re.compile(r"\s*(?:sensors?|cameras?|chips?|hardware|devices?)\b")


def names_a_field(text: str, after: str = "") -> bool:
    """A field of study by its head noun: "computer vision", "autonomous driving", "computer graphics"; not a
    device's kind ("event-based vision sensor") nor two conditions ("blind or low vision")."""
    return text.rsplit(None, 1)[-1].lower() in _FIELD_HEADS and not _DEVICE_AFTER.match(after) \
        and not re.search(r"\s(?:or|and)\s", text)


# "X resolution" names a property where X is a dimension or a size ("temporal resolution", "image resolution",
# "1024x1024 resolution"), a task where X is what is resolved ("conflict resolution").
_DIMENSIONS = frozenset({"spatial", "temporal", "spectral", "angular", "axial", "lateral", "radiometric", "image",
                         "video", "voxel", "pixel", "depth", "frame", "input", "output", "rendering", "display",
                         "native", "full", "high", "low", "higher", "lower", "coarse", "fine", "intermediate",
                         "anisotropic", "isotropic", "spatial-spectral", "spatio-temporal", "spatiotemporal"})
# Qualities that name a field or a task after what they are of ("domain generalization", "AI safety"); the other
# qualities head properties ("cross-frame consistency", "temporal stability").
_FIELD_QUALITIES = frozenset({"generalization", "generalisation", "safety"})
# Words of degree before "control" make it a capability, not a task: "fine-grained control", "precise control"
# ("motion control", "robot control" are tasks).
_DEGREE_WORDS = frozenset({"fine-grained", "fine", "finer", "coarse", "coarse-grained", "precise", "flexible",
                           "explicit", "accurate", "better", "greater", "full", "direct", "granular"})


_BEFORE_A_PREPOSITION = re.compile(r"\s+(?:in|of|for|on|from|with|under|across)\s+")
# Plural nouns of a medium's data: a phrase they head names data of a kind ("Surveillance Videos", "3D Point Clouds",
# "AI-generated images"), whatever a recogniser typed it, unless a task's head comes before a preposition ("Violence
# Detection in Surveillance Videos").
_MEDIA_PLURALS = frozenset({"videos", "images", "clouds", "scans", "photos", "photographs", "recordings", "meshes",
                            "footage", "imagery", "content", "contents"})  # ("AI-generated content": data, as plurals)
# A medium's singular as a whole word (not "Text-to-image", "text to image", a conversion; nor "video", which ends a
# system's name as often: "3D Gaussian splatting video (3DGS)").
_MEDIA_SINGULARS = frozenset({"image", "scan", "photo", "photograph", "recording"})


def names_data_of_a_medium(text: str, singular: bool = False) -> bool:
    """Whether ``text`` names data of a medium, not a task, method or model: its head noun (before a preposition) is a
    medium's plural ("Hour-Long Videos", "OOD-images", "point clouds"), or with ``singular`` (a long form, whose
    acronym names the kind of data) its singular too ("Remote sensing image (RSI)").

    >>> names_data_of_a_medium("Surveillance Videos"), names_data_of_a_medium("Violence Detection in Videos")
    (True, False)
    >>> names_data_of_a_medium("Remote sensing image"), names_data_of_a_medium("Remote sensing image", singular=True)
    (False, True)
    """
    words = _head_phrase_words(text)
    return bool(words) and (words[-1].rsplit("-", 1)[-1].lower() in _MEDIA_PLURALS
                            or singular and words[-1].lower() in _MEDIA_SINGULARS
                            and not any(word.lower() == "to" for word in words))


def _head_phrase_words(text: str) -> list[str]:
    """The words of ``text`` up to its first preposition, its bracketed acronym left out: the phrase its head noun
    ends ("citation intent classification" of "citation intent classification (CIC) in Turkish")."""
    return _BEFORE_A_PREPOSITION.split(_ACRONYM_AT_END.sub("", text), maxsplit=1)[0].split()


def _names_a_collection(text: str) -> bool:
    """A coined word names a collection of a medium's data ("UCF-Crime Videos"), not a modality's ("RGB Videos")."""
    return any(is_coded(word) and word.lower() not in OTHER_KIND_ACRONYMS for word in text.split())


def heads_task(text: str) -> bool:
    """A task's head noun ends the phrase, before an acronym in brackets or a prepositional phrase
    ("grammatical error correction (GEC)", "citation intent classification in Turkish"): Papers with
    Code's task names end in it, or the head lexicon types it Task; not a property ("temporal resolution") or
    a degree of control ("fine-grained control").

    >>> heads_task("conflict resolution"), heads_task("spatial resolution"), heads_task("fine-grained control")
    (True, False, False)
    """
    words = _head_phrase_words(text)
    if not words:
        return False
    head = words[-1].lower()
    before = words[-2].lower() if len(words) > 1 else ""
    if head == "resolution" and (before in _DIMENSIONS or any(c.isdigit() for c in before)) \
            or head == "control" and before and all(w.lower() in _DEGREE_WORDS for w in words[:-1]):
        return False
    if head in QUALITIES and head not in _FIELD_QUALITIES or HEAD_TYPES.get(head) == METRIC:
        return False  # "cross-frame consistency" a property, "clip-level accuracy" a measure
    return knowledge.heads_tasks(head) or HEAD_TYPES.get(head.rsplit("-", 1)[-1]) == TASK or head in _FIELD_HEADS


def name_key(text: str) -> str:
    """A name compared across spellings: lower case, hyphens as spaces, last word singular ("Test-Time Adaptations" and
    "test time adaptation"); for a title's and an abstract's mentions and the corpus's established phrases."""
    words = _SPACES_OR_HYPHENS.split(text.lower().strip())
    return " ".join([*words[:-1], _singular(words[-1])]) if words and words[0] else ""


def topic_names(title_texts: list[str], abstract_texts: list[str]) -> set[str]:
    """The names (:func:`name_key`) a paper's title and its abstract both give a mention: its subject.

    >>> sorted(topic_names(["Latent Consistency Models"], ["latent consistency models", "diffusion"]))
    ['latent consistency model']
    """
    return {name_key(t) for t in title_texts} & {name_key(t) for t in abstract_texts} - {""}


# A title's opening phrase of capitalised words, up to a preposition, a colon, a question mark or the end.
_TITLE_LEAD = re.compile(r"(?:(?:A|An|The)\s+)?((?:[A-Z0-9][\w\-]*\s+){1,6}[A-Z][\w\-]*)"
                         r"(?=\s+(?:for|with|via|in|on|as|from|using|under|and)\b|\s*[:?]|\s*$)")


def title_subject(title: str) -> str | None:
    """The name (:func:`name_key`) of the model a title opens with, or None: "Long-term Recurrent
    Convolutional Networks for Visual Recognition", "Credal Concept Bottleneck Models"; not a title that
    opens with a verb ("Training Language Models for ...") or a question, nor a kind of large or small
    language model ("Domain-Adapted Small Language Models for ...").

    >>> title_subject("Long-term Recurrent Convolutional Networks for Visual Recognition and Description")
    'long term recurrent convolutional network'
    >>> title_subject("Jailbreaking Large Language Models with Morality Attacks") is None
    True
    """
    found = _TITLE_LEAD.match(title.strip())
    if not found:
        return None
    words = found.group(1).split()
    first = words[0]
    if HEAD_TYPES.get(words[-1].lower()) != MODEL or first in QUESTION_OPENERS or first.lower() in CLAUSE_OPENERS \
            or "-" not in first and first.lower().endswith("ing") \
            or len(words) > 2 and words[-3].lower() in ("large", "small") and words[-2].lower() == "language":
        return None  # "Agentic Large Language Models for ...": a kind of a class, not the paper's model
    return name_key(found.group(1))


# What follows a list's first name up to its last: "X, Y and", "X, Y, Z, or", "X &".
_LIST_UP_TO_LAST = r"(?:,\s*[\w.\-]+){0,4},?\s*(?:and|or|&)\s+"
# A name first in a list that a plural data set noun ends: "on the TJ4DRadSet and VoD datasets", "X, Y and Z
# benchmarks", past a size and a closing bracket: "(TrueFace and 140K RealFace) datasets".
_LISTED_BEFORE_DATASETS = re.compile(rf"{_LIST_UP_TO_LAST}(?:the\s+)?(?:\d[\w.]*\s+)?[\w.\-]+\)?\s+"
                                     r"(?:datasets|data sets|benchmarks|corpora)\b")
# "LLaMA and Mistral models", "Qwen2.5 models": a name listed before a model's noun, or right before it, names a model
# where a data set would be read ("experiments on LLaMA and Mistral models").
_LISTED_BEFORE_MODELS = re.compile(rf"(?:{_LIST_UP_TO_LAST}[\w.\-]+\s+)?"
                                   r"(?:models?|llms?|backbones?|checkpoints?)\b")
# A name listed before a plural "tasks", or right before it: "REC, OVD, and VQA tasks", "CIR tasks".
_LISTED_BEFORE_TASKS = re.compile(rf"(?:{_LIST_UP_TO_LAST}[\w.\-]+\s+)?tasks\b")
_ACRONYM_ALONE = re.compile(r"[A-Z]{3,5}")  # "OVD", "CIR": three capitals or more alone (not "CV", "RL": methods
# as often, "CV tasks" of cross-validation)
# A name listed with other names before a model's noun: "CBC-SLP, CBC, and CMX backbones", "both LLaDA and Dream
# backbones"; not "SVIs and diffusion models", "NMT and glossary-augmented LLM translation".
_LISTED_WITH_MODELS = re.compile(rf"{_LIST_UP_TO_LAST}[A-Z0-9][\w.\-]*\s+"
                                 r"(?i:models?|backbones?|checkpoints?|architectures)\b")
# The same before a method's noun: "MeNet and LMMNN methods", "MAML, ProtoNet and Reptile approaches".
_METHOD_PLURALS = r"(?i:methods|approaches|frameworks|algorithms|techniques)\b"
_LISTED_WITH_METHODS = re.compile(rf"{_LIST_UP_TO_LAST}[A-Z0-9][\w.\-]*\s+{_METHOD_PLURALS}")
# The last of such a list: "MeNet and [LMMNN] methods".
_METHODS_NOUN = re.compile(rf"\s+{_METHOD_PLURALS}")
_LAST_LISTED = re.compile(r"\b[A-Z0-9][\w.\-]*(?:,\s*[\w.\-]+){0,4},?\s+(?:and|or|&)\s+$")
_OWN_DATASET_NOUN = re.compile(rf"(\S+)\s+(?i:{DATASET_NOUN})$")
# A database or an archive a coined word opens: "UFPR-Periocular database", "the UCR Time Series Classification
# Archive", "MIMIC-IV database"; not "vector database", a system's part.
_NAMED_DATA_STORE = re.compile(r"(\S+)(?:\s+[A-Z][\w\-]*)*\s+(?:[Dd]atabases?|[Aa]rchives?)")
# A coined name before a database's noun, after "the" and a preposition: "on the UBIPr database", "from the NACC
# database" (not "in a SQLite database", a system that stores data).
_THE_NAMED_DATABASE_BEFORE = re.compile(r"\b(?:on|from|of|in|using|with)\s+the\s+$", re.IGNORECASE)
_DATABASE_AFTER = re.compile(r"\s*[Dd]atabases?\b")
# A named challenge, a benchmark with a leaderboard: "NTIRE 2026 Challenge", "CXR-LT 2026 Challenge", "LiveRAG
# Challenge", "Improve Challenge 2025", a coined word or a year in it; not "Grand Challenge", nor a task's words cut
# from a longer name ("Lane Detection Challenge" of "TuSimple Benchmark Lane Detection Challenge").
_NAMED_CHALLENGE = re.compile(r"(?=.*(?:\b20\d\d\b|[A-Z][\w\-]*[A-Z0-9]))(?:[A-Z][\w\-]*\s+)+(?:20\d\d\s+)?Challenge"
                              r"(?:\s+20\d\d)?")


# Names after plural data set nouns: "datasets: X, Y", "benchmarks (X, Y)", "benchmarks such as X", "datasets --
# BraTS 2021, KiTS23, and LiTS --".
_DATASETS_LIKE = re.compile(r"\b(?:datasets|benchmarks|corpora)(?:\s*(?::|\(\s*(?:e\.g\.|i\.e\.)?,?|--|[—–](?!\w))"
                            r"|,?\s+(?:like|such\s+as|including|namely)\b)"
                            r"[^.;()]{0,40}$|\b(?:dataset|benchmark|corpus)\s*\(\s*$"
                            # "the public dataset TotalSegmentator", "on the benchmark PANDA and ..."
                            r"|\b(?:the|a|public|available|open-source)\s+(?:dataset|benchmark)\s*$")
# The same noun after lower-case words that describe the data, as the text writes them: "the first safe
# text-to-motion dataset SafeMoVAE-29K", "a new benchmark OD-LVIS", "an 8k multi-turn conversation dataset UserAssist"
# (not "the TuSimple Benchmark Lane Detection ...").
_DESCRIBED_DATA_BEFORE = re.compile(r"\b(?:the|a|an|our)(?:\s+[a-z0-9][\w\-]*){1,3}\s+(?:dataset|benchmark)\s*$")


def _list_opened_by(noun: str) -> re.Pattern[str]:
    """The list after a plural ``noun``, up to the mention: "metrics: FTB and", "metrics such as BLEU, ROUGE-L, and",
    "tasks: knowledge graph construction, scene-level event summarization, and", "metrics (e.g.,"; the words between
    in the group ``gap``."""
    return re.compile(rf"\b{noun}(?:\s*(?::|--|[—–](?!\w)|\(\s*(?:e\.g\.|i\.e\.)?,?)"
                      r"|,?\s+(?:like|such\s+as|including|namely)\b)"
                      r"(?P<gap>(?:[^.;()]|\([^()]*\)){0,80}?)(?:\(\s*)?$")


_METRICS_LIST, _TASKS_LIST = _list_opened_by("metrics"), _list_opened_by("tasks")
_METHODS_LIST = _list_opened_by("(?:methods|approaches|techniques|algorithms)")
_NOT_A_LIST_WORD = re.compile(r"(?<![\w-])(?:on|in|for|across|over|with|of|to|by|at|from|than|while|which|that|we|our|is|are)"
                              r"(?![\w-])")
# A noun made from a verb, ending a phrase: what is done ("Knowledge Validation", "Claim Verification").
_AN_ACTIVITYS_NOUN = re.compile(r"[a-z](?:tion|ment|sis|ing)$")


def listed_among_methods(before: str, name: str) -> bool:
    """Whether a coined name is a member of a list a methods' noun opens in running text ("five feature matching
    algorithms: SIFT, ASIFT, AKAZE, RIFT2", "methods such as D-RISE, BODEM, D-CLOSE, and FSOD"; not after a
    section's heading, "METHODS: Using 7102 CPCs", nor in a list of scores, "Cholec80 (+16.5), and AutoLaparo"), no
    release ("Wav2Vec2.0") and no data set the lists know."""
    gap = _list_gap(_METHODS_LIST, before)
    return gap is not None and not _A_SCORE_IN_BRACKETS.search(gap) and " " not in name and is_named(name) \
        and not _NAMES_A_VERSION.search(name) and not knowledge.known_types(name) - {METHOD} \
        and not listed_as_data(name) and name.lower() not in _listed_data()


def _list_gap(list_opened: re.Pattern[str], before: str) -> str | None:
    """The words between the noun the pattern opens a list with and a mention that is a member of the list, not across
    a preposition or a clause ("metrics such as FID on", "metrics, which ... X"); None where it is no member."""
    listed = list_opened.search(before[-200:])
    return None if listed is None or _NOT_A_LIST_WORD.search(listed.group("gap")) else listed.group("gap")


def _listed_after(list_opened: re.Pattern[str], before: str) -> bool:
    """Whether a mention is a member of a list the pattern's noun opens (``before`` lower-cased)."""
    return _list_gap(list_opened, before) is not None


# A measure's noun or value after a name: "a strong benchmark FID score of 26.91" names no data set.
_A_MEASURE_AFTER = re.compile(r"(?:scores?\b|of\s+[\d.]+|[=:]\s*[\d.])")
# A new data set's noun, then its name set off by commas: "Our resulting benchmark, Physics-IQ Verified, refines",
# "resulting in a new dataset, NarraDolma." (not "For each dataset, CLIP, BLIP and ...", "On this benchmark, GPT-4").
_A_DATASET_NAMED = re.compile(r"\b(?i:a|an|our|new)(?:\s+[\w\-]+){0,3}?\s+(?:dataset|data\s+set|benchmark|corpus),\s*$")
# A system's noun, then its name set off by a comma or in brackets: "a novel framework, JSM, to", "an autonomous
# memory augmentation approach, MemInsight,", "our model, Editto.", "an attention-enhanced network (AttUCT)", "a
# single-pass adaptive tokenizer, KARL,", "a novel vision-language projector, PVTC."; a metric's noun so too: "a
# composite metric, Normalized Time Per Output Token (NTPOT)".
_A_SYSTEMS_NOUN = (r"\b(?i:a|an|our|new|novel)(?:\s+[\w\-]+){0,3}?\s+(?i:(framework|method|approach|algorithm|"
                   r"pipeline|system|agent|architecture|network|module|technique|strategy|mechanism|model|encoder|"
                   r"decoder|projector|adapter|router|planner|verifier|controller|scheduler|compressor|extractor|"
                   r"selector|sampler|estimator|block|layer|classifier|detector|transformer")  # closed below
_A_SYSTEM_NAMED = re.compile(_A_SYSTEMS_NOUN + r"|tokenizer|metric))(?:,\s*|\s*\(\s*)$")
# The same noun right before a coined name, no comma between: "a two-stage framework Rea2Seg for ...", "a rewriter
# model LEANSCRIBE to ..." (a tokenizer's noun left out).
_A_SYSTEM_RIGHT_BEFORE = re.compile(_A_SYSTEMS_NOUN + r"))\s+$")
# An acronym in brackets right after a name, before the noun that types it: "Mixture-of-Shape-Experts (MoSE) framework".
_ACRONYM_AFTER = re.compile(r"^\(\s*[a-z][^()\s]{0,14}\s*\)\s*")
# The same before a measure's noun: "a Spatio-Temporal Curvature (STC) metric".
_ACRONYM_THEN_A_MEASURE = re.compile(r"\s*\(\s*[A-Za-z][\w\-]{0,14}\s*\)\s+(?:metrics?|measures?)\b", re.IGNORECASE)
_TRAINED_ON = re.compile(r"\b(?:trained|pre-?trained|fine-?tuned|evaluated|tested)\b[^.;]{0,40}?\bon(?:\s+(?:the|both))?$")
# The noun of training right before "on" and a coined name: "RLVR training on NP-ENGINE-DATA" (not "pretraining on 2D
# vision and vision-text datasets", plain words).
_TRAINING_ON = re.compile(r"\b(?:training|pre-?training|fine-?tuning)\s+on(?:\s+the)?\s*$")
# Data drawn from a named source: "with around 30% of training data from IntentTrain", "test samples from the X".
_DATA_FROM = re.compile(r"\b(?:training|test|testing|evaluation|annotated|labeled|labelled)\s+(?:data|samples|examples|"
                        r"images|videos)\s+(?:drawn\s+|sampled\s+)?from(?:\s+the)?\s*$")
_EXPERIMENTS_ON_WORDS = r"\b(?:experiments?|evaluations?)\b[^.;]{0,40}?\bon(?:\s+(?:the|both))?"
_EXPERIMENTS_ON = re.compile(_EXPERIMENTS_ON_WORDS + r"$")
# The same before a list's last name: "Experiments on DAUB and IRDST", "experiments on A, B, and C" (not after a comma
# alone, where a clause may start: "In our experiments on VQS-4K, VQ-SAM achieves ...").
_EXPERIMENTS_ON_A_LIST = re.compile(_EXPERIMENTS_ON_WORDS
                                    + r"\s+(?:[\w\-.+]+(?:,\s+and\s+|,\s+|\s+and\s+))*[\w\-.+]+,?\s+and$")
# A preposition between the words of a phrase, as a word of its own (not "image-to-image"): "synthesis on tumor".
_PREPOSITION_INSIDE = re.compile(r"(?<![\w-])(?:on|with|from|to|by|via|at|into|over|under)(?![\w-])")
# A sentence opened by "On" and a name before its comma: "On SpeechOcean762, our approach matches ...".
# "On" opening a sentence, before a list of names the comma after it closes: "On SpeechOcean762, ...", "On
# SketchGraph-A and SketchGraph-R, SketchGraphNet achieves ...".
_OPENS_ON = re.compile(r"(?:^|[.;:]\s+)On(?:\s+(?:the|both))?\s+(?:[\w\-.]+(?:,\s+and\s+|,\s+|\s+and\s+))*$")
_LISTED_TO_A_COMMA = re.compile(r"(?:(?:,\s+and\s+|,\s+|\s+and\s+)[\w\-.]+)*,")
# A comparison won on a data set: "outperforms existing methods on both AniClipart and ChallengeSVG".
_BEATS_ON = re.compile(r"\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|match(?:es|ed|ing)?)\b"
                       r"[^.;]{0,40}?"
                       r"\bon(?:\s+(?:the|both))?$")


# A Title Case phrase of two words or more, short function words between: "Weather Forecasting Report",
# "Theory of Mind", "Vision-and-Language Navigation".
_TITLE_RUN = re.compile(r"(?:^|(?<=\s))[A-Z][\w\-]*"
                        r"(?:\s+(?:(?:of|and|for|in|to|with|on|from|the|a)\s+)*[A-Z][\w\-]*)+$")


def _called_a_task(long_form: str, text: str, noun_after: str) -> bool:
    """ "the Weather Forecasting Report (WFR) task": a Title Case phrase (or its acronym) the text calls a task names
    one, whatever its head noun; not a model's or a data set's name ("BIG-Bench Hard (BBH) tasks", "Large Language
    Model (LLM) tasks" are a benchmark's and a model's; "Retrieval-Augmented Generation (RAG) task" a known method)."""
    if not re.match(r"(?:tasks?|problems?)\b", noun_after):  # "the Variable Gapped LCS (VGLCS) problem" too
        return False
    run = _TITLE_RUN.search(long_form)
    if run is None or text != long_form and not run.group().endswith(long_form.split()[-1]):
        return False
    known = knowledge.known_types(run.group()) | knowledge.known_types(text)
    return head_type(run.group().split()[-1].split("-")[-1:]) not in (METHOD, MODEL, DATASET) \
        and "bench" not in run.group().lower() and (TASK in known or not known & {DATASET, METHOD, MODEL})


# What a task's or a problem's noun names after "of": "the task of", "the challenging problem of".
_THE_TASK_OF = re.compile(r"\bthe\s+(?:[\w\-]+\s+){0,2}(?:task|problem)\s+of\s+$", re.IGNORECASE)

# A method's activity, written after a name and its acronym: "Min-Sum (MS) decoding".
_A_WAY_OF_WORKING = re.compile(r"(?:decoding|sampling|attention|distillation|pruning|quanti[sz]ation|regulari[sz]ation"
                               r"|augmentation|prompting|merging|fine-tuning|tuning|splatting|search|guidance|masking"
                               r"|steering|caching|encoding)\b")
# A task's definition set off after its name: ", the task of placing", " -- the task of transferring", ": the problem of
# choosing".
# A task set off after its name: "(REVEL), a new task that ...", ", a novel task setting", "(PQA), a meticulously
# designed task to quantify" (not "a task-agnostic method").
_SET_OFF_AS_A_TASK = re.compile(r"\)?\s*,\s*(?:a|an)\s+(?:[a-z\-]+\s+){0,2}task(?![\w-])")
_DEFINED_AS_A_TASK = re.compile(r"\s*(?:,|--|—|:)\s*(?:i\.e\.,?\s*)?the\s+(?:[a-z\-]+\s+)?(?:task|problem)\s+of\s+"
                                r"[a-z]+ing\b")
# A problem a name's sentence says it is: "(DFJSP) is an NP-hard problem", "is a challenging problem".
_SAID_TO_BE_A_PROBLEM = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:is|remains)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?"
                                   r"(?:problem|task)\b")
# A value a colon sets after a label: "NMI: 0.741", "mIoU: 76.37 - 87.10".
_LABELS_A_VALUE = re.compile(r"\s*:\s*[<>≤≥~]?\s*[-+]?\d")
# Two values compared right after a name: "CLIP-T 0.2283 vs. 0.2266", "AUCC: 0.628 vs. 0.458".
_TWO_VALUES_COMPARED = re.compile(r"\s*:?\s*[-+]?\d+(?:\.\d+)?\s*%?\s*(?:vs\.?|versus)\s*[-+]?\d")
# A value after a name, then the next item or a unit: "FID 5.6, R@1 0.86", "MAE 1.9%" (not a version written apart:
# "SD 3)", "HippoRAG 2, LightRAG").
_VALUE_AFTER = re.compile(r"\s*[<>≤≥=~]?\s*[-+]?(?:\d+\.\d+\s*[%,;]|\d+\s*%)")


def is_coded(word: str) -> bool:
    """A coined token: an acronym, mixed case, letters with digits ("BERT", "MultiONet", "GPT-4", "V-JEPA")."""
    return _CODED_TOKEN.match(word) is not None


def has_coined_word(text: str) -> bool:
    """A word of ``text`` is coined: "SDXL", "ConFit v2" (a version), not "Gemini Pro"."""
    return any(_CODED_TOKEN.match(word) for word in text.split())


def _used_as_data(before: str, text: str) -> bool:
    """ "trained on X", "evaluated on the X", "experiments on X", "outperforms ... on both X", "training data from X",
    "89.6 on X" (a coined name); not an architecture's name, a model family's kin or a system the gazetteer lists (and
    no data set) after "experiments on" ("experiments on MiniGPT and LLaVA", "on Stable Diffusion and FLUX",
    "evaluations on Qwen2-VL and Video-LLaVA" run models; "fine-tuned on ShareGPT" reads a data set), nor a lower-case
    phrase after a comparison ("outperforms baselines on long-horizon tasks")."""
    kin = any(of_model_family(piece) for piece in text.split("-")[1:])  # "Video-LLaVA": a model family's kin
    run = is_architecture_name(text) or listed_as_system(text) and not listed_as_data(text) or kin
    if _A_SCORE_ON.search(before) and _CODED_TOKEN.match(text) and not of_model_family(text) and not run:
        return True  # "89.6 on NAVSIM-v2": a score had on it, its version a data set's (not "45.1 on Qwen2.5-7B")
    if is_release(text):
        return False  # "experiments on Qwen2.5-7B", "evaluated on Llama3-8B": a model's release is run, not read
    return bool(_TRAINED_ON.search(before)) or bool(_TRAINING_ON.search(before) and _CODED_TOKEN.match(text)) \
        or bool(_EXPERIMENTS_ON.search(before) or _BEATS_ON.search(before) and _won_on(text)) and not run \
        or bool(_EXPERIMENTS_ON_A_LIST.search(before)) and _won_on(text) and not (is_architecture_name(text) or kin) \
        or bool(_DATA_FROM.search(before)) and bool(_CODED_TOKEN.match(text))


# A score right before "on" and a coined name: "92.0 on the NAVSIM benchmark and 89.6 on NAVSIM-v2" (not a gain: "by 2
# points on YOLOv8", "gains 5% on YOLOv8").
_A_SCORE_ON = re.compile(r"(?<!\bby\s)(?<![\w.])\d+(?:\.\d+)?\s+on(?:\s+the)?\s*$")


def is_optimisation_name(text: str) -> bool:
    """A coined name of the policy or preference optimisation family (:data:`kg.extract.rules.lexicon.OPTIMISATION_NAME`),
    not a word of abstracts and not a data set Papers with Code lists.

    >>> [is_optimisation_name(w) for w in ("GRPO", "SimPO", "Flow-GRPO", "TEMPO", "PO", "Repo")]
    [True, True, True, True, False, False]
    """
    return bool(OPTIMISATION_NAME.fullmatch(text)) and not is_ordinary_word(text.lower()) \
        and DATASET not in knowledge.known_types(text)


def _coined_not_a_system(text: str) -> bool:
    """A coined name that is no model family's and no system Papers with Code knows."""
    return bool(_CODED_TOKEN.match(text)) and not of_model_family(text) \
        and not knowledge.known_types(text) & {METHOD, MODEL}


def _data_at_opening(text: str) -> bool:
    """A coined name a sentence opens with after "On" is a data set ("On SpeechOcean762, our approach ...", "On
    Medical-Diff-VQA, ...": capitalised words a hyphen joins to an acronym), unless a model's: a family's release, a
    size in parameters ("On Qwen2.5-7B, ..."), a system Papers with Code knows."""
    coined = _coined_not_a_system(text) or bool(_JOINED_TO_AN_ACRONYM.fullmatch(text)) \
        and not knowledge.known_types(text) & {METHOD, MODEL}
    return coined and not re.search(r"\d[BM]\b", text)


# Capitalised words a hyphen joins to an acronym: "Medical-Diff-VQA", "Open-X-QA".
_JOINED_TO_AN_ACRONYM = re.compile(r"[A-Z][a-z]+(?:-[A-Z][A-Za-z]*)*-[A-Z]{2,}\d*")


def _won_on(text: str) -> bool:
    """A coined name a comparison can be won on: no model's version, family or system Papers with Code knows
    ("outperforming prior methods on Qwen3-30B-A3B", "on the LLaMA and Qwen families" run models)."""
    return _coined_not_a_system(text) and not looks_versioned(text)


# A name set off by a comma and described by a noun phrase: "MeNet, a mixed effects convolutional neural network
# (CNN), for ...", "HANS (McCoy et al., 2019b), a synthetic dataset". The phrase's own words, up to eight, an
# acronym in brackets skipped; it ends where a clause, a preposition or a punctuation mark begins.
# A comma or a dash, then a determiner; or a colon, then "a" or "an" ("we introduce Mangosteen: a 47 billion-token
# Thai corpus"; "the" after a colon opens a sentence of its own).
# A long form set off by a dash before it is skipped: "ReGiFT -- Reasoning Guided Fine-Tuning, a novel approach".
_APPOSITIVE_OPEN = re.compile(r"\s*(?:\([^()]{0,80}\)\s*|\s(?:--?|–|—)\s+(?:[A-Z][\w\-]*\s+(?:(?:of|for|and|with|in|via|to)\s+)?)"
                              r"{0,6}[A-Z][\w\-]*(?=,))?(?:(?:,|\s(?:--?|–|—))\s+(?:(a|an)|the|two|three|four|five|six|both)"
                              r"|:\s+(a|an))\s+")
_DIMENSION_WORD = re.compile(r"[1-4]D")  # "a ... 3D preference dataset": a describing word, no other name
_APPOSITIVE_WORD = re.compile(r"(\w[\w\-]*)(\s*\([^()\s]{1,15}\))?\s*(?:\(\d[^()]{0,30}\)\s*)?")  # a count in brackets
# too: "a new 20 terabyte (5 billion document) multilingual dataset"
# Words that end the phrase: a determiner of another phrase, a preposition, a relative pronoun, a participle.
_APPOSITIVE_ENDS = frozenset({"the", "a", "an", "its", "their", "this", "for", "to", "with", "that", "which", "of",
                              "in", "on", "from", "by", "trained", "designed", "built", "based", "using", "where",
                              "whose", "and", "or", "developed", "proposed", "introduced", "released", "used", "as",
                              "at", "via", "than", "toward", "towards", "into", "through", "across", "within",
                              "among", "between", "about", "beyond", "without", "against", "over", "under"})
_APPOSITIVE_WORDS = 8
# Words in Title Case joined by hyphens, each an ordinary word: "Text-to-Audio-Video", "Vision-Language".
_TITLE_CASE_WORDS = re.compile(r"[A-Z][a-z]+(?:-(?:[A-Z][a-z]+|to|and|of))+")
_GROUP_NOUNS = frozenset({"family", "series", "suite", "collection"})  # "a family of ... models"
_COUNT_OF_UNITS = re.compile(r"\d[\d.,]*[kKmMbB]?\+?-[a-z]+")  # "a 70-hour, 14k-clip dataset": a count, not a name
_ADJECTIVE_COMMA = re.compile(r"(?:,\s+|and\s+)(?=([a-z\d][\w\-]*)\s)")
# Acronyms of a class of things, which a description may use: "a novel RL algorithm", "a hybrid SSL-LLM model".
_CLASS_ACRONYMS = re.compile(r"[A-Z]{2,5}s?(?:-[A-Z]{2,5}s?)*(?:-[a-z]+)?")


def appositive_type(after: str) -> str | None:
    """The type the noun phrase set off after a name gives it, by the phrase's head noun, or None.

    Only a phrase of common words types the name: in "ResNet, the ImageNet dataset, and ..." the phrase names
    another thing of a list. A task's head says nothing ("COCO, a large-scale object detection, segmentation
    ... dataset": the phrase is cut), nor does a phrase that goes on into a list ("..., and"). A participle after
    the head opens a clause ("a synthetic dataset targeting ...").

    >>> appositive_type(", a mixed effects convolutional neural network (CNN), for a gaze dataset")
    'Model'
    >>> appositive_type(" (McCoy et al., 2019b), a synthetic dataset targeting lexical overlap")
    'Dataset'
    >>> appositive_type(", a novel model debiasing framework which achieves")
    'Method'
    >>> appositive_type(", a unified framework reformulating unknown object detection")
    'Method'
    >>> appositive_type(", a novel RL algorithm")
    'Method'
    >>> appositive_type(", a novel reasoning approach empowering LLMs to reason")
    'Method'
    >>> appositive_type(", the ImageNet dataset, and CIFAR-10"), appositive_type(", a large-scale object detection, ")
    (None, None)
    >>> appositive_type(", an end-to-end, physics-based pipeline that simulates fog on clear-weather datasets")
    'Method'
    >>> appositive_type(" (Dynamic Motion Slider), a training-free and model-agnostic method that rebalances")
    'Method'
    >>> appositive_type(", a family of Mixture-of-Experts language models built around")
    'Model'
    >>> appositive_type(", a method, a model"), appositive_type(", a model, and CIFAR-10")
    (None, None)
    >>> appositive_type(", a size exceeding the model's weights")
    >>> appositive_type(", a large-scale, open research Text-to-Audio-Video (T2AV) dataset designed for")
    'Dataset'
    >>> appositive_type(", a light-weight vision-language (VL) model for MDS"), appositive_type(", a ranking platform")
    ('Model', 'Method')
    >>> appositive_type(": a radar foundation model that"), appositive_type(", a novel, non-invasive loss function.")
    ('Model', 'Method')
    >>> appositive_type(": a Frontier Physics Research Benchmark")
    >>> appositive_type(" -- the first dataset specifically designed to facilitate")
    'Dataset'
    >>> appositive_type(", a multilingual database of 10M+ historical events"), appositive_type(", a vector database.")
    ('Dataset', None)
    >>> appositive_type(" (industrial defects), two widely adopted benchmarks for data-scarce detection")
    'Dataset'
    >>> appositive_type(", a 70-hour, 14k-clip dataset of two-person talk-show exchanges")
    'Dataset'
    >>> appositive_type(", the first reward modeling testbed specifically designed for")
    'Dataset'
    """
    opened = _APPOSITIVE_OPEN.match(after)
    if opened is None:
        return None
    words: list[str] = []
    group: list[str] = []  # "a family", "a suite" before "of" and the members' phrase
    pos = opened.end()
    while len(words) < _APPOSITIVE_WORDS:
        found = _APPOSITIVE_WORD.match(after, pos)
        if found is not None and found.group(1) == "of" and words and words[-1].lower() in _GROUP_NOUNS:
            group, words, pos = words, [], found.end()  # "a family of Mixture-of-Experts language models"
            continue
        if found is None or found.group(1).lower() in _APPOSITIVE_ENDS:
            break
        word = found.group(1)
        if opened.group(2) and word[:1].isupper():
            return None  # after a colon, words in capitals are a title's subtitle: "... of AI Reasoning: a Frontier
            # Physics Research Benchmark" describes the title's work, not the phrase before the colon
        if (_CODED_TOKEN.match(word) and not _SIZE_WORD.fullmatch(word.split("-")[0])
                and not _COUNT_OF_UNITS.fullmatch(word) and not _DIMENSION_WORD.fullmatch(word)
                or word[:1].isupper() and not is_ordinary_word(word)) and not _CLASS_ACRONYMS.fullmatch(word) \
                and not (opened.group(1) and _TITLE_CASE_WORDS.fullmatch(word)):
            return None  # another name: "the ImageNet dataset", "a LLaMA-based model"; not a kind's words in capitals
            # after "a" ("a large-scale, open research Text-to-Audio-Video (T2AV) dataset")
        words.append(word)
        pos = found.end()
        if found.group(2):
            following = _APPOSITIVE_WORD.match(after, pos)
            if following is None or following.group(1) not in HEAD_TYPES:
                break  # "a ... network (CNN)": the acronym closes the phrase, unless a head noun follows it ("a
                # ... Text-to-Audio-Video (T2AV) dataset", "a light-weight vision-language (VL) model")
        comma = _ADJECTIVE_COMMA.match(after, pos)
        if comma and word.islower() and word not in HEAD_TYPES and comma.group(1).lower() not in _APPOSITIVE_ENDS:
            pos = comma.end()  # "a large-scale, multi-modal dataset", "a training-free and model-agnostic method": a
            # comma or "and" between two describing words
    rest = after[pos:]
    if not words or re.match(r"(?:,\s*)?(?:and|or)\b", rest) or re.match(r",\s*(?:a|an|the)\s", rest):
        return None  # "X, a model, and Y" or "X, a method, a model": a list, not a description
    for i in range(1, len(words)):
        following = words[i + 1] if i + 1 < len(words) else ""
        if re.fullmatch(r"[a-z]+(?:ing|ed|ly)", words[i]) and words[i] not in HEAD_TYPES and head_type(words[:i]) \
                and not (following.islower() and following in HEAD_TYPES):  # "a model debiasing framework" (not
            # "a reward modeling testbed", a head noun in "-ed")
            words = words[:i]  # "a novel reasoning approach empowering LLMs", "the first dataset specifically
            # designed for": a clause after the head
            break
    found = METHOD if words[-1].lower() in SYSTEM_NOUNS else head_type(words)  # "a structured grounding interface"
    if found is None and words[-1].lower() in ("database", "databases") and rest.startswith("of "):
        found = DATASET  # "a multilingual database of 10M+ historical events" (a "vector database" is a system's part)
    if group and found not in (METHOD, MODEL):
        found = head_type(group)  # "a collection of dilemmas" is data; "a family of ... models" names models
    return None if found == TASK else found


# A network's name or a class of models: "ContextSeisNet", "ResNet-50", "LLM", "VLMs".
_NETWORK_OR_CLASS_NAME = re.compile(r"Net(?:-?v?\d+)?$|Network$|(?:LLM|VLM|MLLM|LVLM|LMM|SLM)s?$")
# What a name is taken for, said after it: "... as a scalable and effective method", "... as a new benchmark".
_AS_A_KIND = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+as\s+(?:a|an)\s+(?:[\w\-]+,?\s+){0,4}?(method|approach|framework|"
                        r"technique|strategy|algorithm|dataset|benchmark|corpus|(?:metric|measure)(?=\s*(?:[,.;:()]|$|"
                        r"(?:for|of|to|that|which|in|on)\b)))\b", re.IGNORECASE)  # a measure's noun, not its verb ("as
# a practical way to measure and drive progress")
# A percentage right before a name, and a measure's short name: "83.3% SR", "98.1% Pixel-AUC", "0.6% CoER".
_PERCENT_BEFORE = re.compile(r"\d(?:\.\d+)?\s?%\s*$")
_SYSTEMS_SCORE_AFTER = re.compile(r"\s+(?:average|baseline|model|method|agent)s?\b")
# A percentage, or a percentage's change in something: "+11.7% ", "a 9.0% increase in ".
_PERCENTAGE_IN = re.compile(r"\d(?:\.\d+)?\s?%\s+(?:(?:absolute\s+|relative\s+)?(?:increase|improvement|gain|drop|"
                            r"decrease|reduction|boost)s?\s+in\s+(?:the\s+)?)?$")
# Two to four capitalised plain words: "Answer Relevancy", "Route Completion".
_PLAIN_TITLE_WORDS = re.compile(r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,3}")
_SHORT_MEASURE = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})(?:[A-Z][a-z]+-)?[A-Za-z][A-Za-z0-9@]{1,6}")
# A name, then the verb that says what it is: "D2S-VSE is a two-stage framework".
_IS_A = re.compile(r"\s+(?:is|was)\s+(?=(?:a|an)\s)")
# A name cut from a longer one: after its preposition ("Chain-of-Thought Prompting for Emotion Reasoning (CCoT-Emo),
# a framework") or after a capitalised word ("... Policies for Diffusion Transformers, a framework").
_IN_A_LONGER_NAME = re.compile(r"[A-Z][a-z][\w\-]*\s+(?:(?:for|with|of|in|on|via|and|to|from)\s+)?$")


def described_by_appositive(before: str, text: str, after: str) -> str | None:
    """:func:`appositive_type` for a name: coined or capitalised, not cut from a longer name, and not a task
    written in lower case ("Hyperspectral anomaly detection (HAD), a crucial approach" stays a task)."""
    if not (_CODED_TOKEN.match(text) or is_named(text)) or _IN_A_LONGER_NAME.search(before):
        return None
    words = text.split()
    if len(words) > 1 and any(w.islower() for w in words[1:]) and head_type(words) == TASK:
        return None
    found = appositive_type(after)
    return None if found == METHOD and names_a_benchmark(text) else found  # "ProVoice-Bench, the first evaluation
    # framework": a benchmark by its name


def set_off_as_data(after: str) -> bool:
    """:data:`DESCRIBED_AS_DATA` after a name, where no list goes on ("ResNet, the ImageNet dataset, and ...")."""
    found = DESCRIBED_AS_DATA.match(after)
    return found is not None and not re.match(r"\s*,?\s*(?:and|or)\b", after[found.end():])


# A coined name ending in "Bench" or "Benchmark", a version or an edition after it: "CEO-Bench", "AdvBench",
# "LongVideoBench-V2", "ML-Bench-Lite" (not "BenchJack", an attack on benchmarks). Alone, "...Eval" names an
# evaluator as often ("G-Eval"); `coined` reads it as a benchmark only in a word no recogniser typed.
_BENCH_NAME = re.compile(r"[A-Za-z0-9][\w\-.]*?(?:Bench|Benchmark)(?:-?v?\d[\w.]*|-[A-Z][A-Za-z]*)?")


# "DeepResearch Bench", "HLE-Verified Bench II", "LEGAR BENCH"
_BENCH_WORD = re.compile(r"(?:Bench(?:mark)?|BENCH(?:MARK)?)(?:\s+(?:v?\d[\w.]*|[IVX]+))?")
_MNIST_FAMILY = re.compile(r"[\w\-]*MNIST(?:-[\w]+)?")  # "OCTMNIST", "Fashion-MNIST", "MedMNIST-C": MNIST's kin
_BENCH_IN_CAPITALS = re.compile(r"[A-Z0-9][A-Z0-9\-.]{2,}BENCH(?:MARK)?(?:-?V?\d[\w.]*)?")  # "MEMORYAGENTBENCH"
# "-bench" in lower case after a stem with a capital: "SWE-bench", "IDMR-bench", "olmOCR-bench" (not "micro-bench").
_LOWER_BENCH = re.compile(r"([A-Za-z0-9][\w\-.]*)-bench(?:-?v?\d[\w.]*)?")


def names_a_benchmark(text: str) -> bool:
    """Whether a coined name says it is a benchmark (or one of MNIST's kin), and Papers with Code does not list it
    as another kind.

    >>> names_a_benchmark("CEO-Bench"), names_a_benchmark("AdvBench"), names_a_benchmark("BenchJack")
    (True, True, False)
    >>> names_a_benchmark("DeepResearch Bench"), names_a_benchmark("Research Bench")
    (True, False)
    >>> names_a_benchmark("BIG-Bench Extra Hard"), names_a_benchmark("BIG-Bench Hard")
    (True, True)
    >>> names_a_benchmark("IDMR-bench"), names_a_benchmark("micro-bench")
    (True, False)
    >>> names_a_benchmark("LEGAR BENCH"), names_a_benchmark("BENCH")
    (True, False)
    """
    first, _, rest = text.partition(" ")
    lower_bench = _LOWER_BENCH.fullmatch(text)
    return bool(_BENCH_NAME.fullmatch(text) or _BENCH_IN_CAPITALS.fullmatch(text) or _MNIST_FAMILY.fullmatch(text)
                or lower_bench and any(c.isupper() for c in lower_bench.group(1))
                or _BENCH_WORD.fullmatch(rest) and _CODED_TOKEN.match(first)
                or rest and _BENCH_NAME.fullmatch(first) and _SPLIT_WORDS.fullmatch(rest)) \
        and not knowledge.known_types(text) - {DATASET}


# The words a benchmark's split or edition is named with after its name: "BIG-Bench Extra Hard", "SWE-bench Verified".
_SPLIT_WORDS = re.compile(r"(?:(?:Extra|Hard|Verified|Lite|Pro|Full|Mini|Live|Multilingual|Plus|Easy|Medium|Test|Dev|"
                          r"v?\d[\w.]*)\s*)+")


# A phrase headed by "model(s)": "Vision-Language Models", "process reward model" (not "multi-model"); a coined word
# ending in "Model" too: "ServImageModel".
_MODEL_HEADED = re.compile(r"\S\s+(?i:models?)$|^[A-Z]\w*[a-z]Models?$")
_MODEL_NOUN_AFTER = re.compile(r"(?:models?|backbones?|checkpoints?|encoders?|decoders?|llms?|architectures?)\b")
# A system's name a size in millions follows: "SmolVLM-256M", "MiniLM-22M", "TinyViT-21M".
_SYSTEM_STEM = re.compile(r"(?:LMs?|GPT|BERT|Net|ViT|Former|Mamba|Coder)\d*$", re.IGNORECASE)


def counts_millions_of_data(text: str) -> bool:
    """A coined name with a count in millions, not a model family's nor a known system's: a data set ("WebVid-10M",
    "MS-Celeb-1M", "PubTables-1M", "COYO-700M"; in all 74,728 arXiv records about nine in ten such names are data
    sets); not "Pythia-70M", "BERT-110M", "SmolVLM-256M".

    >>> counts_millions_of_data("COYO-700M"), counts_millions_of_data("Pythia-70M"), counts_millions_of_data("BERT-110M")
    (True, False, False)
    """
    sized = re.fullmatch(r"(.*?[A-Za-z][^\s]*?)[-\s]\d+(?:\.\d+)?M", text)
    if sized is None or of_model_family(text):
        return False
    stem = sized.group(1)
    return not (_SYSTEM_STEM.search(stem) or is_architecture_name(stem) or knowledge.known_types(stem) & {METHOD, MODEL}
                or stem.lower() in _listed_systems())


# A coined word other than an acronym or a dimension ("COCO-Stuff", "ImageNet-1K", "CIFAR-10"; not "LLM", "3D"), which
# names data before a task's word.
_NAMES_DATA = re.compile(r"(?![A-Z]{2,6}s?$|\d[Dd]$)(?=\S*(?:[a-z][A-Z]|[A-Z]{2}|\d))\S+")


def _names_no_data(phrase: str) -> bool:
    """Whether a task's phrase names no data set: no coined word before the task's word ("COCO-Stuff segmentation",
    "ImageNet-1K classification"), none Papers with Code lists as data ("KITTI 2D detection") and no acronym or coined
    word glued to the task's word ("VRC-QA", "NExT-QA": benchmarks' names)."""
    words = phrase.split()
    glued = words[-1].rsplit("-", 1)[0] if "-" in words[-1] else ""
    return not any(_NAMES_DATA.fullmatch(word) or DATASET in knowledge.known_types(word) for word in words[:-1]) \
        and not re.fullmatch(r"[A-Z]{2,}", glued) and not _NAMES_DATA.fullmatch(glued)


# Head nouns that make a name a network's, whatever the words before them name ("... Cross-Fusion Network").
NETWORK_HEADS = frozenset({"network", "networks", "net", "nets", "transformer", "transformers", "autoencoder",
                           "autoencoders", "encoder", "decoder"})
# Head nouns that make a name a method's: "rule-based strikingness measuring framework", "Self-aligned Attention
# Module", "Dynamic Agentive Reasoning Engine", "Diffusion Policy" (what an agent learns), "Medical Data Pecking Tool".
METHOD_HEADS = frozenset({"framework", "frameworks", "algorithm", "algorithms", "method", "methods", "approach",
                          "technique", "techniques", "strategy", "mechanism", "procedure", "module", "modules",
                          "block", "blocks", "layer", "layers", "scheme", "pipeline", "engine", "policy", "tool",
                          "toolkit"})
_PREPOSITIONS = frozenset({"for", "of", "on", "in", "with", "via", "from", "over", "under", "towards"})
_NAMED_BEFORE_A_PREPOSITION = {**dict.fromkeys((*NETWORK_HEADS, "model", "models"), MODEL),
                               **dict.fromkeys(METHOD_HEADS, METHOD),
                               **dict.fromkeys((*DATASET_NOUNS, "suite", "collection", "database"), DATASET)}


def type_before_a_preposition(words: list[str]) -> str | None:
    """The type the noun before a name's first preposition gives it where it names a network, a method or data,
    whatever task the words after it name: "Dual Attention Network for Image Restoration" a model, "Dynamic Reasoning
    Engine for Sarcasm Detection" a method, "Bias Benchmark for Question Answering" and "Corpus of Linguistic
    Acceptability" data sets; else None ("Learning with Noisy Labels").

    >>> type_before_a_preposition("Bias Benchmark for Question Answering".split())
    'Dataset'
    >>> type_before_a_preposition("Learning with Noisy Labels".split()) is None
    True
    """
    for i, word in enumerate(words[1:], 1):
        if word.lower() in _PREPOSITIONS:
            return _NAMED_BEFORE_A_PREPOSITION.get(words[i - 1].lower())
    return None


def ends_in_a_listed_task(text: str) -> bool:
    """A phrase of plain words (lower case or Title Case) whose last two or three words are a task Papers with Code
    lists, and nothing else: "Bengali sentiment analysis", "All-in-One Image Restoration" (not "Sentiment Analysis
    Dataset", "Corpus of Linguistic Acceptability", nor "BERT sentiment analysis")."""
    words = text.split()
    return len(words) >= 2 and all(_TITLE_WORD.fullmatch(word) for word in words) \
        and type_before_a_preposition(words) is None \
        and any(knowledge.known_types(" ".join(words[-n:])) == {TASK} for n in (2, 3) if n <= len(words))


# A challenge's data set after its name: "the MSSEG2 challenge dataset", "the ISIC competition benchmark".
_CHALLENGE_DATA_AFTER = re.compile(rf"(?:challenge|competition|shared\s+task)\s+{DATASET_NOUN}\b")


# Small words a name in capitals writes in lower case: "... Enhanced with Fine-Grained ...".
_NAMES_SMALL_WORDS = frozenset({"with", "for", "of", "and", "in", "on", "via", "to", "the", "a", "an", "by", "from"})


def cue_type(before: str, text: str, after: str) -> str | None:
    """The type a mention's own words or neighbours give it, or None.

    "the X dataset", "X corpus", "on the X benchmark", "trained on X", "fine-tuned on X", "datasets: X, Y",
    "X, a new benchmark" → Dataset (a task's phrase there, "code generation benchmarks", "six QA benchmarks",
    "experiments on code generation", → Task);
    "X-7B", "X 70B", "the FLUX model", "a ConvNeXt backbone", "models such as X", "X (XM) models" → Model;
    "the X task" → Task; "the X framework", "a X module", "baselines including X" → Method;
    "X score", "an FVD of 67.97", "NME = 6.36" → Metric.
    """
    raw_before, raw_after = before, after
    known = knowledge.known_types(text)  # the types Papers with Code gives the name, which most cues below ask
    if _LABELS_A_VALUE.match(raw_after) and listed_as_measure(text):
        return METRIC  # "(PSNR: 52.26 dB, SSIM: 0.999, NMI: 0.741)", "simpler models (ECE: 0.049)": a measure's
        # value, wherever the list stands
    if _TWO_VALUES_COMPARED.match(raw_after) and _CODED_TOKEN.match(text) and " " not in text and not known - {METRIC} \
            and not of_model_family(text) and text.lower() not in _listed_systems() and not listed_as_data(text):
        return METRIC  # "(CLIP-T 0.2283 vs. 0.2266, +0.7%)", "(AUCC: 0.628 vs. 0.458)": a measure two values are
        # compared in (not a release Papers with Code or a model family names)
    # the word a bracketed acronym follows: its long form's last ("frames-per-second" of "... (FPS)")
    word_before_bracket = raw_before.rstrip().removesuffix("(").rstrip().rsplit(" ", 1)[-1] \
        if raw_after.startswith(")") else ""
    if _A_QUANTITY_PER_UNIT.match(text) and len(text.split()) <= 4 or _A_QUANTITY_PER_UNIT.match(word_before_bracket):
        return METRIC  # "frames-per-second (FPS)", "tokens per second", "bits-per-pixel": a rate a system is measured by
    before, after = before.lower().rstrip(), after.lower().lstrip()
    in_brackets = before.endswith("(") and after.startswith(")")
    if in_brackets:
        # the acronym itself, by its long form's last word: "... Attributes Reference (SIGAR) dataset", "... Residual
        # Attention (CRA) module"; not "... Question Answering (VQA) dataset", "speech recognition (ASR) models",
        # "supervised fine-tuning (SFT) dataset" (no name); "(ACR) models" types no acronym
        long_last = (raw_before.rstrip().removesuffix("(").split() or [""])[-1]
        task_head = head_type(long_last.split("-")[-1:]) == TASK
        noun_after = after if task_head or not long_last[:1].isupper() else after[1:].lstrip()
        model_after = after
    else:
        # the noun after "X (ACR)" types X too: "the Pseudo-Bag Memory Pool (PMP) module", "the Low Exposure Night
        # Vision (LENVIZ) Dataset"; not a task's data set, "a Visual Question Answering (VQA) dataset" (nor
        # "supervised fine-tuning (SFT) dataset", no name)
        noun_after = model_after = _ACRONYM_AFTER.sub("", after, count=1)
        task_head = head_type(re.split(r"[\s-]+", text)) == TASK
    if _called_a_task(raw_before.rstrip().removesuffix("(").rstrip() if in_brackets else text, text,
                      after[1:].lstrip() if in_brackets else noun_after):
        return TASK  # "we propose the Weather Forecasting Report (WFR) task", "the Surgical Action Planning (SAP) task"
    if not in_brackets and _THE_TASK_OF.search(raw_before) and not names_a_benchmark(text) \
            and not known & {DATASET, METHOD, MODEL}:
        return TASK  # "the task of Instruction Distillation", "the under-explored problem of unsupervised video
        # continual learning", "the problem of hallucination" (not "tasks of the BOP benchmark", "challenges of RL")
    if _SET_OFF_AS_A_TASK.match(raw_after) and not known & {DATASET, MODEL} \
            and not names_a_benchmark(text):
        return TASK  # "we propose stReaming drag-oriEnted ... (REVEL), a new task that enables ...", "(PQA), a
        # meticulously designed task": the task named
    opens_sentence = not raw_before.strip() or raw_before.rstrip().endswith(".")
    if opens_sentence and " " in text and _SAID_TO_BE_A_PROBLEM.match(raw_after) and is_named(text) \
            and head_type(text.split()) not in (MODEL, DATASET, METRIC) and not known - {TASK}:
        return TASK  # "Dynamic Flexible Job-Shop Scheduling (DFJSP) is an NP-hard problem": a problem named
    if opens_sentence and " " in text and _SAID_TO_BE_A_METHOD.match(raw_after) and is_named(text) \
            and head_type(text.split()) not in (TASK, DATASET, METRIC) \
            and not known - {METHOD, MODEL}:
        return METHOD  # "Active Membership Inference Test (aMINT) is a method designed to ...": a method named (not
        # "Gait recognition is a non-intrusive biometric technique", a task's head)
    if opens_sentence and " " in text and _AIMS_TO.match(raw_after) \
            and head_type(text.split()) == TASK and not known - {TASK}:
        return TASK  # "Reference-based Image Super-Resolution (RefSR) aims to restore ...", a sentence's subject: the
        # field a paper opens with, by its task's head (not "Knowledge distillation (KD) aims to transfer ...")
    if not in_brackets and _DEFINED_AS_A_TASK.match(raw_after) and not known & {DATASET, MODEL} \
            and head_type(text.split()) not in (MODEL, DATASET, METRIC) and not names_a_benchmark(text):
        return TASK  # "Object compositing, the task of placing ...", "exemplar-based image editing -- the task of
        # transferring an edit": a task defined by what it does (not "the factual base of LLMs, the task of ...")
    if not in_brackets and re.match(r"(?:tasks?|problems?)(?![\w-])", after) \
            and re.search(r"\b(?:the|an?(?:\s+[a-z]+)?)\s*$", before) and " " not in text \
            and _CODED_TOKEN.match(text) and not names_a_benchmark(text) \
            and not known & {DATASET, METHOD, MODEL}:
        return TASK  # "on the Image2CAD task", "the VI-ReID task", "as a unified VQA problem" (not "the XNLI task", a
        # data set's)
    if not in_brackets and _LISTED_BEFORE_TASKS.match(after) and _ACRONYM_ALONE.fullmatch(text) \
            and not known & {DATASET, METHOD, MODEL} and text.lower() not in _listed_data():
        return TASK  # "on REC, OVD, and VQA tasks", "beneficial for many CIR tasks": an acronym no data set's, method's
        # or model's name, before a plural "tasks" (not "GAIA tasks", "GLUE and SuperGLUE tasks", a benchmark's)
    system = _A_SYSTEM_NAMED.search(raw_before)
    if system and re.match(r"\s*[,.;()]", after) and is_named(text) \
            and all(word[:1].isupper() or word[:1].isdigit() or word in _NAMES_SMALL_WORDS for word in text.split()):
        # "a novel framework, JSM, to ...", "our proposed framework, ClusterUCB,", "an attention-enhanced network
        # (AttUCT)", "a training-free framework, Context-Preference Activation Steering (CAS)", "a framework,
        # Knowledge-Enhanced with Fine-Grained Reinforced Rewards Medical Report Generation (KERM)"
        return HEAD_TYPES[system.group(1).lower()]
    system = _A_SYSTEM_RIGHT_BEFORE.search(raw_before)
    if system and _CODED_TOKEN.match(text) and " " not in text \
            and re.match(r"\s*(?:[,.;()]|(?:for|to|that|which|with)\b)", after):
        return HEAD_TYPES[system.group(1).lower()]  # "we propose a two-stage framework Rea2Seg for mask generation"
    if task_head and not in_brackets and noun_after != after \
            and re.match(r"(?:datasets|data sets|benchmarks|corpora)\b", noun_after):
        return TASK  # "fine-tuned on all Bengali sentiment analysis (BSA) datasets": the task of data sets left unnamed
        # (not "the Layout Synthesis (LaySyn) dataset", one named after its task)
    if not in_brackets and (text.islower() and HEAD_TYPES.get(text) == METHOD and re.match(rf"{DATASET_NOUN}\b", after)
                            or known == {METHOD} and re.match(r"(?:datasets|data sets|corpora)\b", after)):
        return None  # "fine-tuning datasets", "a pretraining corpus", "pre-built SFT datasets": what the data are for,
        # no data set's name
    if not in_brackets and _BUILT_ON_AFTER.match(after) and _CAMEL_CASE.fullmatch(text) and not known \
            and not listed_as_data(text):
        return METHOD  # "OpenClaw agents", "a native OpenClaw plugin", "the OpenClaw ecosystem": software others build
        # on, a name in camel case (not "ARC-AGI-3 agents", agents for a benchmark, nor "RCA agents", for a task)
    data_after = noun_after if is_named(text) and not task_head else after
    # a task phrase where a data set would be: "mathematical reasoning benchmarks", "experiments on code generation",
    # "six QA benchmarks", "Multi-hop QA benchmarks" name the task of the data sets, not one of them
    task_phrase = task_head and (text.islower() or _names_no_data(text) and not after.startswith("(")) \
        or not in_brackets and ends_in_a_listed_task(text) \
        or not in_brackets and text.islower() and known == {TASK} \
        or not in_brackets and " " in text and text.islower() and head_type(text.split()) == METHOD  # "end-to-end
    # task-oriented dialog modeling benchmarks", "reinforcement learning benchmarks": the activity the data are for;
    # "red-teaming datasets", "hallucination benchmarks": a task Papers with Code lists, in lower case
    own_noun = _OWN_DATASET_NOUN.search(text)  # "GeoSketch Benchmark", "GENIA corpus": the span holds the noun
    named_data = bool(own_noun and _CODED_TOKEN.match(own_noun.group(1))) or bool(_NAMED_CHALLENGE.fullmatch(text)) \
        or bool((store := _NAMED_DATA_STORE.fullmatch(text)) and _CODED_TOKEN.match(store.group(1)))
    # a metric Papers with Code lists as nothing else, or a coined score it does not list, is no data set where a result
    # is "on" it: "5.4% on F1", "competitive performance on BLEU, ROUGE-L", "on the ROUGE and F1 metrics", "surpassed
    # the baseline on SemScore"
    a_known_metric = known == {METRIC} or not known and COINED_SCORE_NAME.fullmatch(text) is not None
    if re.match(rf"{DATASET_NOUN}\b", data_after) or named_data or not a_known_metric and (
            _LISTED_BEFORE_DATASETS.match(after) and " " not in text \
            or _CHALLENGE_DATA_AFTER.match(after) and bool(_CODED_TOKEN.match(text)) \
            or set_off_as_data(after) and _CODED_TOKEN.match(text) \
            or _used_as_data(before, text) and not _LISTED_BEFORE_MODELS.match(after) \
            or _OPENS_ON.search(raw_before) and _LISTED_TO_A_COMMA.match(raw_after) and _data_at_opening(text) \
            or _DATASETS_LIKE.search(before) and not _KIND_NOUN_AFTER.match(after[1:].lstrip() if in_brackets
                                                                             else noun_after) \
            or _DESCRIBED_DATA_BEFORE.search(raw_before) and not _A_MEASURE_AFTER.match(after) \
            or _A_DATASET_NAMED.search(raw_before) and re.match(r"\s*[,.;(]", after) and is_named(text) \
            or _THE_NAMED_DATABASE_BEFORE.search(raw_before) and _DATABASE_AFTER.match(raw_after) \
            and " " not in text and bool(_CODED_TOKEN.match(text))):
        mapping = MEDIA_MAPPING.fullmatch(long_last if in_brackets else text)  # "a Text-to-Audio-Video (T2AV)
        # dataset": a mapping between media names the data's task
        return TASK if task_phrase or mapping else DATASET
    if not in_brackets and _ACRONYM_THEN_A_MEASURE.match(raw_after) and is_named(text) \
            and not known - {METRIC}:
        return METRIC  # "a Spatio-Temporal Curvature (STC) metric", "Accuracy-Per-FLOP (APF) measure"
    if _listed_after(_METRICS_LIST, before) and is_named(text) and known <= {METRIC}:
        return METRIC  # "two metrics: Fairness-To-Buyer (FTB) and Fairness-Between-Sellers (FBS)"
    if _listed_after(_TASKS_LIST, before) and (" " in text and not has_coined_word(text) or text.islower()
                                               or " " in text and task_head
                                               and all(is_other_kind(w) for w in text.split() if is_coded(w))) \
            and ((own_head := head_type(text.split())) == TASK or " " in text and own_head is None
                 and (text.islower() or _AN_ACTIVITYS_NOUN.search(text))) \
            and known <= {TASK} and not listed_as_data(text):
        return TASK  # "four tasks: knowledge graph construction, scene-level event summarization", "tasks like
        # denoising", "tasks, including Knowledge Validation", "five tasks: ..., and task-based fMRI classification"
        # (a modality's coined name, not a benchmark's: "tasks such as MMLU", "tasks (LiveCodeBench and Humanity's Last
        # Exam)", "COCO detection"; nor a system's words)
    if not in_brackets and _SCORE_OR_METRIC_AFTER.match(raw_after) and " " not in text and _CODED_TOKEN.match(text) \
            and not of_model_family(text) and not known & {DATASET, METHOD, MODEL} \
            and text.lower() not in _listed_systems() and not listed_as_data(text) and not _EVALUATION_NAME.search(text) \
            and not text.lower().startswith("top-"):
        return METRIC  # "guided by our novel STR score", "the FID metric" (not "GPT-4 score higher", a verb, nor "a
        # GenEval score of 0.89", "PaperBench score", a benchmark's, nor "the top-1 score", a rank)
    if is_release(text) and (_TRAINED_ON.search(before) or _TRAINING_ON.search(before)
                             or _EXPERIMENTS_ON.search(before)):
        return MODEL  # "experiments on Qwen2.5-7B", "tested on LLaMA-2-7B-32K-Instruct": the data's cue, a model run
    if (_METRIC_VALUE.match(after[1:].lstrip() if in_brackets else after)
            or _CHANGED_BY_A_VERB.search(raw_before) and _FROM_A_VALUE.match(after)) and _CODED_TOKEN.match(text) \
            and not re.search(r"\d[BM]$", text) and not re.search(r"\bon\s+$", raw_before) \
            and not known & {DATASET, METHOD, MODEL} and text.lower() not in _listed_systems():
        return METRIC  # "an FVD of 67.97", "NME = 6.36", "HD95 of 3.49 mm", "a generative perplexity (GenPPL) of
        # 59.76", "MCD-SL decreases from 14.79 to 14.63": a value is reported in it (not "Gemma2-9B on SVAMP increases
        # from 37.50%", the data it is had on)
    if _VALUE_BEFORE.search(raw_before) and _VALUE_BEFORE_ENDS.match(raw_after) and _CODED_TOKEN.match(text) \
            and " " not in text and not _UNIT.fullmatch(text) and not re.search(r"\d[BMK]$", text) \
            and not names_a_benchmark(text) and not known & {DATASET, METHOD, MODEL} \
            and text.lower() not in _listed_systems() and text.lower() not in _listed_data():
        if (listed := _VALUE_LISTED_BEFORE.search(raw_before)) is not None and listed_as_data(listed.group(1)):
            return DATASET  # "80.2% AndroidWorld, 48.5% OSWorld, 62.6% ScreenShot-Pro": scores on benchmarks
        return METRIC  # "achieves 32.01% SR and 21.28% SPL", "2.1 EM on SQA3D": a score in a metric named after it
        # (not "+7.4% Tau2-Bench", a gain on a benchmark, nor "48.5% OSWorld", which the gazetteer lists as data)
    if re.search(r"\bon\s*$", before) and _A_SCORE_IN_BRACKETS.match(raw_after) and _CODED_TOKEN.match(text) \
            and not known & {METHOD, MODEL} and text.lower() not in _listed_systems() \
            and not of_model_family(text) and not _NAMES_A_VERSION.search(text):
        return DATASET  # "improves one-shot baselines on BlenderGym (35.32%) and SlideBench (117.17%)": a score on it
    if (_RESULT_ON.search(before) and not is_release(text)
        and (not _NAMES_A_VERSION.search(text) or known == {DATASET})
        or _SCORE_ON.search(raw_before) and not of_model_family(text)) \
            and (_CODED_TOKEN.match(text) or known == {DATASET}) \
            and not known & {METHOD, MODEL} and not a_known_metric \
            and text.lower() not in _listed_systems() and not _MODEL_NOUN_AFTER.match(after):
        return DATASET  # "achieves 64% on QHack", "state-of-the-art results on GAIA", "20.47% on Tiny-ImageNet", "45%
        # top-1 on Something-Something V2" (a version in a name Papers with Code lists as a data set only; not "results
        # based on the BERT-6 architecture")
    if (_RESULT_ON.search(before) or _SCORE_ON.search(raw_before) or _BEATS_ON.search(before)) and a_known_metric:
        return METRIC  # "17 teams surpassed the baseline on SemScore", "5.4% on F1": the metric a result is on (not
        # "prior work on EM", emergent misalignment)
    if re.search(r"(?:^|[-\s])\d+(?:\.\d+)?[BM]$", text) and any(c.isalpha() for c in text[:-1]) \
            and not _A_PART_NUMBERED.match(text) \
            or (sized := _BILLIONS_FIRST.match(text)) and bool(_CODED_TOKEN.match(sized.group(1))):
        # a size in parameters, unless the phrase set off after the name calls it data: "CineDance-1M, a ... dataset";
        # written before the name too: "outperforming 27B Gemma-3 and 32B Granite-4.0". A phrase calling it a method
        # describes what is built on the model: "a two-stage paradigm built on Qwen2.5-VL-7B: a ... fine-tuning"
        described = described_by_appositive(raw_before, text, raw_after)
        if described in (DATASET, MODEL):
            return described
        return DATASET if counts_millions_of_data(text) and not _MODEL_NOUN_AFTER.match(after) else MODEL
    if _TIERS_LISTED.fullmatch(text):
        return MODEL  # "RMT-T/S/B", "ViT-S/B/L": a network's tiers of size
    if _MODEL_HEADED.search(" ".join(_head_phrase_words(text))):
        return MODEL  # "Vision-Language Models", "a process reward model": the span's own head noun (before a
        # preposition: not "Generative Interfaces for Language Models")
    if (re.match(r"(?:models?|backbones?|checkpoints?|architectures|encoders?|decoders?|teachers?|students?)\b"
                 r"|as\s+(?:an?|the|its|our)\s+(?:backbone|encoder|teacher)\b", model_after)
        or _LISTED_WITH_MODELS.match(raw_after) and " " not in text) and _CODED_TOKEN.match(text) \
            and METHOD not in known:
        return MODEL  # "the FLUX model", "a ConvNeXt backbone", "CBC-SLP, CBC, and CMX backbones"; not "LoRA
        # models" (adapters)
    if re.match(r"architecture\b", model_after) and _CODED_TOKEN.match(text) and any(c.isdigit() for c in text) \
            and not known:
        return MODEL  # "the BERT-6 architecture", "a YOLOv8 architecture": a network by its size or version (not "the
        # MoE architecture", a design)
    if (_LISTED_WITH_METHODS.match(raw_after) or _LAST_LISTED.search(raw_before) and _METHODS_NOUN.match(raw_after)) \
            and " " not in text and _CODED_TOKEN.match(text) \
            and not known - {METHOD} and not is_architecture_name(text):
        return METHOD  # "MeNet and LMMNN methods", either of them; not an architecture ("CNN and LSTM methods" use
        # models)
    if re.match(r"\(\s*\d+(?:\.\d+)?(?:b\b|m\s*(?:[),]|param))", after) and is_named(text) \
            and DATASET not in known:
        return MODEL  # "OLMo-3 (7B to 32B)", "Pythia (410M)": a size in parameters; not "ImageNet (1.2M images)"
    if in_brackets:
        # an acronym reads the phrase after its bracket, as its long form does: "Candidate Prior Normalization (CPN),
        # a ... module"; not a task's ("Hyperspectral anomaly detection (HAD), a crucial approach")
        described = None if task_head else appositive_type(raw_after.lstrip()[1:])
    else:
        described = described_by_appositive(raw_before, text, raw_after)
        copula = _IS_A.match(raw_after) if described is None else None
        if copula is not None and not _PREPOSITION_BEFORE.search(raw_before) and not of_model_family(text):
            # "D2S-VSE is a two-stage framework", "SaudiCulture is a comprehensive dataset of"; not a name inside the
            # subject ("integrating transformers with CNNs is a feasible approach"), nor a model family's release
            # ("GPT-5 is a unified system")
            described = described_by_appositive(raw_before, text, ", " + raw_after[copula.end():])
    if described is not None:
        return described  # "MeNet, a mixed effects convolutional neural network (CNN), for ..."
    if not in_brackets and _PERCENT_BEFORE.search(raw_before) and _SHORT_MEASURE.fullmatch(text) \
            and text not in ("CI", "CIs") and not _SYSTEMS_SCORE_AFTER.match(raw_after) \
            and not known - {METRIC} and not listed_as_data(text) and not listed_as_system(text) \
            and not is_architecture_name(text):
        return METRIC  # "it reaches 83.3% SR from a 53.9% baseline", "98.1% Pixel-AUC": a short name a percentage
        # is given in (not "75% MMLU", a benchmark the gazetteer lists, "95% CIs", a confidence level, nor "79.1% PE
        # average", a baseline's score)
    if not in_brackets and _PERCENTAGE_IN.search(raw_before) and _PLAIN_TITLE_WORDS.fullmatch(text) \
            and (_VALUE_BEFORE_ENDS.match(raw_after) or raw_after.lstrip().startswith("(")) \
            and head_type(text.split()) in (None, METRIC) and not known - {METRIC} and not listed_as_data(text):
        return METRIC  # "(+11.7% Answer Relevancy)", "a 9.0% increase in Route Completion, ...": plain words in
        # capitals a percentage is given in, which name nothing else
    if not in_brackets and (as_a := _AS_A_KIND.match(raw_after)) is not None:
        if as_a.group(1).lower() in ("dataset", "benchmark", "corpus"):
            return DATASET  # "The results establish IG-CAM as a new benchmark for ..."
        if as_a.group(1).lower() in ("metric", "measure"):
            # "we propose Multilingual Consistency (MLC) as a complementary metric", "Cascaded Error Counting (CEC) as an
            # evaluation metric", named in capitals (not a task used as one: "we test natural language inference (NLI)
            # as a more realistic alternative bias metric")
            return None if head_type(text.split()) == TASK and not is_named(text) or TASK in known \
                else METRIC
        if not (of_model_family(text) or is_architecture_name(text) or _NETWORK_OR_CLASS_NAME.search(text)):
            return METHOD  # "the promise of evolutionary CoT synthesis as a scalable and effective method", "we propose
            # FRACTAM as a baseline framework" (not a network's name, "ContextSeisNet as a practical approach", nor a
            # class, "an LLM as a judge evaluation strategy")
    if re.match(r"\(\s*[\w\-]+\s*\)\s*models?\b", after) and not task_head \
            and METHOD not in known \
            and not (text.islower() and head_type(text.split()) == METHOD):
        return MODEL  # "Vision-Language-Action (VLA) models": the long form names a class of models; not "Named Entity
        # Recognition (NER) models", models of a task, nor "the supervised fine-tuning (SFT) model", one trained by a
        # method in plain words (a name in capitals stays: "Mixed Effects Deep learning (ARMED) models")
    if is_architecture_name(text):
        return MODEL  # "ARMED-CNN", "CycleGAN", "SciBERT", "Conformer": an architecture's name
    if is_optimisation_name(text):
        return METHOD  # "GRPO", "DAPO", "SimPO": a policy or preference optimisation method, read as data in "trained
        # with GRPO on ..."
    listed = not _VALUE_AFTER.match(after)  # "baselines (FID 5.6, R@1 0.86)" lists values, not systems
    if listed and _MODELS_LIKE.search(before) and has_coined_word(text) \
            and not known & {DATASET, METHOD}:
        return MODEL  # "text-to-image models such as SDXL and FLUX", "LLMs (e.g., Qwen3)"
    if listed and METHODS_LIKE.search(before) and has_coined_word(text) \
            and not known & {DATASET, MODEL}:
        # "baselines including SnapKV, AdaKV", "agents such as ShinkaEvolve"; a model family's release is a model
        # ("proprietary systems such as GPT-4-Turbo", "baselines such as Llama-3 and Gemma-3")
        return MODEL if of_model_family(text) else METHOD
    if re.match(r"tasks?\b", noun_after) and not is_named(text):
        return TASK
    if (in_brackets or noun_after != after) and _A_WAY_OF_WORKING.match(noun_after) and is_named(text) \
            and known <= {METHOD}:
        return METHOD  # "Min-Sum (MS) decoding", "Group-Query (GQ) attention": a long form and its acronym before a
        # method's activity name a way of doing it
    if not in_brackets and _KIND_NOUN_AFTER.match(noun_after) and " " in text and task_head \
            and text.split()[-1].islower() and is_named(text) and not known - {TASK} \
            and not any(knowledge.known_types(word) & {METHOD, MODEL} for word in text.split()[:-1]):
        return TASK  # "an MGT detection method", "a Python code generation framework": the task a system does, its
        # head in lower case (not "the Attribute Retrieval module", a part's name, nor "BPE segmentation strategy")
    if (_KIND_NOUN_AFTER.match(noun_after)
        or _LOSS_AFTER.match(after[1:].lstrip() if in_brackets else noun_after) and _NOT_IN_CAPITALS.match(raw_after)
        and not raw_before.endswith("/")) \
            and is_named(text) and known <= {METHOD}:
        return METHOD  # "the DocQT framework", "a P2P module", "the Domain Alignment Mutual Information (DAMI) loss"
        # (not a slash-joined pair of metrics: "aligns with AMD/AMV objective")
    if not in_brackets and (tool := re.match(r"[a-z]+", after)) and is_a_tools_noun(tool.group()) \
            and _CODED_TOKEN.match(text) and " " not in text and not known - {METHOD} and not of_model_family(text) \
            and not is_release(text) and text.lower() not in _listed_systems():
        return METHOD  # "our BPE-16K tokenizer", "the SentencePiece tokenizer": a tool's name (not "the Llama-3
        # tokenizer", a model's)
    if not known and COINED_SCORE_NAME.fullmatch(text) and appositive_type(after) not in (METHOD, MODEL, DATASET):
        return METRIC  # "a task-adaptive score, PlanScore, is proposed": a coined score is a metric (not "EigenScore,
        # a new OOD detection method")
    words = text.split()
    if len(words) > 1 and words[-1] in _DESIGNED_SIGNALS and all(word[:1].isupper() for word in words) \
            and words[0].lower() not in _AGGREGATES_ALONE and words[0].lower() not in ("cumulative", "total") \
            and not known:
        return METHOD  # "We design Spatial Alignment Reward to ...", "a Concept-level Similarity Penalty": a signal a
        # paper designs to train with, named in capitals (not "Average Reward", "Cumulative Reward", what is measured)
    return None


# A system's verbs after its name: "PureVQ-GAN achieves", "CBDebug outperforms"; a data set, a task or a
# metric does none of these.
_BEFORE_A_VERB = r"\s*(?:(?:also|further|still|consistently|significantly|substantially|even)\s+)?"
_SYSTEM_VERB_AFTER = re.compile(_BEFORE_A_VERB +
                                r"(?:outperforms|surpasses|beats|achieves|attains|learns|predicts|generates|exceeds"
                                r"|estimates|employs|utilizes|utilises|exploits"
                                r"|(?:can|could)\s+(?:[a-z]+ly\s+)?(?:outperform|surpass|beat|achieve|attain|"
                                r"learn|predict|generate|exceed|eliminate|mitigate|preserve|adapt|generalize|generalise|"
                                r"handle|recover|detect|identify|localize|localise|segment|track|reconstruct))\b"
                                r"|\s*(?:establishes|sets)\s+(?:a\s+)?new\s+state-of-the-art")
# ("CMBE can effectively eliminate", "PATA can preserve rendering fidelity", "RTDMD establishes new state-of-the-art
# results"); what an agent does with a thing: "CTFT-Net employs ... loss functions" (not "leverages", "incorporates",
# "aggregates", said of benchmarks too: "DriveAction leverages real-world driving data")
# Verbs of a change a system makes to what follows: "STORMS improves video reasoning accuracy", "TRON reduces tokens by
# 27%". Said of data too ("GGT-100K improves the real-world generalization"), and of a score that moves ("Pass@64
# improves 6.6pp", "LVBench improves more modestly", "MAE improves under nonlinear probes"): only before a noun
# phrase, of a name no list knows as data and with no count of its records.
_CHANGE_VERB_AFTER = re.compile(_BEFORE_A_VERB +
                                r"(?:improves|reduces|boosts|matches)\s+(?!(?:from|by|to|on|in|more|less|over|with|"
                                r"when|under|upon|for|at|as|only|slightly|modestly|markedly|little|much)\b)(?=[a-z])")
_RECORD_COUNT = re.compile(r"[-_ ]\d+(?:\.\d+)?[KkM]$")


def acts_as_system(before: str, text: str, after: str) -> bool:
    """Whether a coined name is the subject of a system's verb ("CBDebug outperforms ...", "TRON reduces tokens by
    27%"): a Method or Model, whatever else the recogniser read it as. Not a name after a preposition: in "our BLiM
    equipped with CPN outperforms ..." BLiM does.

    >>> acts_as_system("", "PureVQ-GAN", " achieves a FID of 3.1"), acts_as_system("", "ImageNet", " contains 1.2M")
    (True, False)
    >>> acts_as_system("our BLiM equipped with ", "CPN", " outperforms")
    False
    >>> acts_as_system("show that ", "STORMS", " improves video reasoning"), acts_as_system(
    ...     "on AIME, ", "Pass@64", " improves 6.6pp"), acts_as_system("show that ", "GGT-100K", " improves the gains")
    (True, False, False)
    """
    if not _CODED_TOKEN.match(text) or _PREPOSITION_BEFORE.search(before):
        return False
    return bool(_SYSTEM_VERB_AFTER.match(after)) or bool(
        _CHANGE_VERB_AFTER.match(after) and not _RECORD_COUNT.search(text) and not listed_as_data(text))


_PREPOSITION_BEFORE = re.compile(r"\b(?:with|by|of|using|via|from|on|in|to|over|than|for|and)\s*$", re.IGNORECASE)

# A comparison verb before a list of names, which it says were beaten: "outperforming MDAgents and MedAgent-Pro",
# "surpassing Gemini-3.1-Pro, Seed-2.0, and Qwen3-VL-235B", "better performance than GAL-1 and HRank", "by 8-13%
# over EAGLE-3", "a 2.1x speedup over SpecInfer".
# A verb of a result opens a clause, no member ("outperforms existing methods, improving average PR-AUC and ROC-AUC").
_LISTED_WORD = (r"(?!(?:on|in|of|for|with|across|over|at|by|than|to|from|under|while|improving|achieving|reaching|"
                r"yielding|gaining|boosting|reducing|increasing|raising|lowering)\b)[\w\-.+]+")
_BEATEN_BEFORE = re.compile(rf"\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|"
                            rf"(?:builds?|building|built)\s+(?:up)?on|"  # what a method builds on: "builds upon DRAEM"
                            rf"(?:faster|slower|cheaper|lighter)\s+than|"
                            rf"(?:better|higher|stronger|fewer|lower|smaller)(?:\s+[a-z\-]+){{0,2}}\s+than|"
                            rf"\d+(?:\.\d+)?(?:%|x|×)?\s+(?:speedup\s+|improvements?\s+|gains?\s+|points\s+)?over|"
                            rf"\d+(?:\.\d+)?%\s+relative\s+to|"
                            # "a 0.32% improvement on ImageNet compared to HASSKD"
                            rf"\d+(?:\.\d+)?%?\s+(?:improvements?|gains?)\s+(?:on\s+[\w\-.+]+\s+)?"
                            rf"(?:compared\s+(?:to|with)|relative\s+to))"
                            rf"\s+(?:the\s+)?"
                            rf"(?:{_LISTED_WORD}(?:\s{_LISTED_WORD}){{0,2}},\s+)*"
                            rf"(?:{_LISTED_WORD}(?:\s{_LISTED_WORD}){{0,2}},?\s+(?:and|or)\s+)?$")
# A name matched, right after the verb: "IBCapsNet matches CapsNet in ...", "rivaling GPT-4o" (not a list after it:
# "a feature matching benchmark, CM-Bench").
_MATCHED_BEFORE = re.compile(r"\b(?:match(?:es|ed|ing)|rival(?:s|ed|ing|led|ling)?)\s+(?:the\s+)?$")
# Where a beaten name ends: punctuation or a preposition, not a noun it modifies ("ImageNet pretraining", "CIL baselines").
_BEATEN_NAME_ENDS = re.compile(r"\s*(?:$|[,.;:()\[\]]|(?:by|on|in|and|or|with|across|while|at|for|despite|under|"
                               r"when|using|without|over|to|as|respectively|that|which)\b)")
# Data compared as data: "pretraining data curated by FLUX ... outperforming FineWeb".
_DATA_WORD = re.compile(r"\b(?:data|datasets?|corpus|corpora|curat\w*)\b", re.IGNORECASE)


def beaten_as_system(before: str, text: str, after: str) -> bool:
    """Whether a coined name is what a system's comparison verb says was beaten ("outperforming MDAgents and
    MedAgent-Pro", "surpassing Gemini-3.1-Pro, Seed-2.0, and ...", "6.7x faster than InternVideo2-B", "better
    performance than GAL-1"), or built upon ("builds upon DRAEM and DesTSeg"), or matched
    ("IBCapsNet matches CapsNet in ...", "rivaling GPT-4o"): a Method or
    Model, whatever else the recogniser
    read it as. Not a name that modifies a noun ("outperformed ImageNet pretraining"), a data set Papers with Code
    knows, nor where the clause speaks of data ("the curated data ... outperforming FineWeb").

    >>> beaten_as_system("87.0% on synthetic cases, outperforming MDAgents and ", "MedAgent-Pro", " by over 20%")
    True
    >>> beaten_as_system("CF achieves better performance than GAL-1 and ", "HRank", ", while")
    True
    >>> beaten_as_system("with a 0.32% improvement on ImageNet compared to ", "HASSKD", ".")
    True
    >>> beaten_as_system("Our method builds upon ", "DRAEM", " and DesTSeg as the foundation model")
    True
    >>> beaten_as_system("achieves an FID of 6.98 on FLUX.1-schnell, outperforming ", "SVDQuant", " that requires")
    True
    >>> beaten_as_system("fewer budget violations than Fisher soups, TIES, SafeMerge, and ", "MergeAlign", ".")
    True
    >>> beaten_as_system("improves mean speedup by 8-13% over ", "EAGLE-3", " at"), beaten_as_system(
    ...     "achieves up to 8.26× speedup over ", "ObjectClear", " and"), beaten_as_system(
    ...     "gains over ", "GPT-4o", ".")
    (True, True, False)
    >>> beaten_as_system("outperforms existing methods, improving average PR-AUC and ", "ROC-AUC", " by 3.0%")
    False
    >>> beaten_as_system("it did not outperform ", "ImageNet", " pretraining"), beaten_as_system(
    ...     "our pretraining data outperforms ", "FineWeb-Edu", " on 18 benchmarks"), beaten_as_system(
    ...     "it outperforms baselines on FLF2V-obj and ", "VBench", ".")
    (False, False, False)
    """
    clause = re.split(r"[.;]\s", before)[-1]
    return bool(_CODED_TOKEN.match(text) and (_BEATEN_BEFORE.search(before) or _MATCHED_BEFORE.search(before))
                and _BEATEN_NAME_ENDS.match(after)
                and not _DATA_WORD.search(clause) and DATASET not in knowledge.known_types(text))


# Words of a clause that speaks of data or of evaluation on it: a name among them may be a data set, whatever else
# Papers with Code lists it as ("benchmarks such as MUSE, TOFU", "the TUM dataset", "evaluated on TUM").
_DATA_CLAUSE = re.compile(r"\b(?:data|datasets?|benchmarks?|corpus|corpora|splits?|suites?|collections?|images|"
                          r"videos|scans|clouds|recordings|experiments?|evaluat\w*|tested|(?:pre-?)?trained)\b",
                          re.IGNORECASE)


def known_method_read_as_data(before: str, text: str, after: str) -> bool:
    """Whether a name Papers with Code lists only as a method, read as a data set by the recogniser, is a method
    here: its clause says nothing of data or of evaluation ("an improvement over SFT, with ...", "we used SHAP to
    highlight ...", "trained with InfoNCE"); not "benchmarks (ToFU and UnlearnPII)" nor "evaluate ... on TUM".

    >>> known_method_read_as_data("yields up to 6x NLI improvement over ", "SFT", ", with NLI gains in 11 cells.")
    True
    >>> known_method_read_as_data("makes decisions, we used ", "SHAP", " to highlight important features")
    True
    >>> known_method_read_as_data("We evaluate S-MUSt3R on ", "TUM", ", 7-Scenes and proprietary robot data")
    False
    >>> known_method_read_as_data("Across privacy-oriented unlearning benchmarks (", "ToFU", " and UnlearnPII), GU")
    False
    """
    return knowledge.known_types(text) == {METHOD} and not speaks_of_data(before, after)


# A name after "on" (or "from", "across", "over"), or among names listed after it: "on SPIDER", "On Kodak, Tecnick
# and CLIC", "results on SportsMOT (72.2 HOTA) and BDD100k"; a list still open before it ("Experiments on AISHELL-1, ")
# counts where the list goes on after it.
_LISTED_ITEM = r"[\w\-.+]+(?:\s*\([^()]{0,40}\))?"
_ON_A_LIST_CLOSED = re.compile(rf"\b(?:on|from|across|over)\s+(?:the\s+)?"
                               rf"(?:(?:{_LISTED_ITEM}\s*,\s*)*{_LISTED_ITEM}\s*,?\s*(?:and|or)\s+)?$", re.IGNORECASE)
_ON_A_LIST_OPEN = re.compile(rf"\b(?:on|from|across|over)\s+(?:the\s+)?(?:{_LISTED_ITEM}\s*,\s*)+$", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,|and\b|or\b)")


# A system's noun right after a name, which names what it is for or what it is: "Existing NCD methods", "on LLaDA-1.5
# and Dream models".
_SYSTEMS_NOUN_AFTER = re.compile(r"\s+(?:method|approach|model|framework|algorithm|system|baseline)s?\b",
                                 re.IGNORECASE)


def known_data_read_as_system(before: str, text: str, after: str) -> bool:
    """Whether a name Papers with Code lists only as a data set, read as a system by a recogniser, is data here: it
    stands after "on" or in a list after it ("on SPIDER, outperforming", "On Kodak, Tecnick and CLIC", "Experiments
    on AISHELL-1, AISHELL-2, and Librispeech"), or its clause speaks of data ("the databases LJ Speech and VCTK as
    the ... datasets"); not the subject after such a phrase ("On MVTec-AD, RAD reaches").

    >>> known_data_read_as_system("Experiments on AISHELL-1, ", "AISHELL-2", ", and Librispeech show")
    True
    >>> known_data_read_as_system("On MVTec-AD, ", "RAD", " reaches 96.7% Pixel AUROC")
    False
    >>> known_data_read_as_system("the two public databases LJ Speech and ", "VCTK", " as the parallel datasets")
    True
    >>> known_data_read_as_system("from unlabelled data. Existing ", "NCD", " methods for images rely on")
    False
    >>> known_data_read_as_system("Evaluations on LLaDA-1.5 and ", "Dream", " models show")  # a system by its noun
    False
    """
    return knowledge.known_types(text) == {DATASET} and not _SYSTEMS_NOUN_AFTER.match(after) \
        and bool(_ON_A_LIST_CLOSED.search(before) or _ON_A_LIST_OPEN.search(before) and _LIST_GOES_ON.match(after)
                 or speaks_of_data(before, after))


def speaks_of_data(before: str, after: str) -> bool:
    """Whether the clause around a name (``before`` and ``after`` it) speaks of data or of evaluation on it."""
    clause = re.split(r"[.;:]\s", before)[-1] + " " + re.split(r"[.;:](?:\s|$)", after)[0]
    return bool(_DATA_CLAUSE.search(clause))


@lru_cache(maxsize=4)
def _gazetteer_names(*labels: str) -> frozenset[str]:
    """The gazetteer's names of ``labels``' types, lower case."""
    from kg.extract.rules.gazetteer import load_entries  # imported here: the gazetteer module imports this one

    return frozenset(e["name"].lower() for e in load_entries() if e["label"] in labels)


def _listed_systems() -> frozenset[str]:
    """The gazetteer's model and method names, lower case: "5% on LLaMA" is a result on a model."""
    return _gazetteer_names(METHOD, MODEL)


def _listed_data() -> frozenset[str]:
    """The gazetteer's data set names, lower case: "48.5% OSWorld" is a score on a benchmark."""
    return _gazetteer_names(DATASET)


_RELEASE_VERSION = re.compile(r"[vV]?\d+(?:\.\d+)*")  # "v2.1", "3.5", "3"


def release_of_a_listed_model(name: str) -> bool:
    """A model the gazetteer lists with a version written after it: "Stable Diffusion v2.1", "Stable Diffusion 3.5".

    >>> release_of_a_listed_model("Stable Diffusion v2.1"), release_of_a_listed_model("Stable Diffusion")
    (True, False)
    """
    base, _, version = name.rpartition(" ")
    return bool(base) and bool(_RELEASE_VERSION.fullmatch(version)) and base.lower() in _gazetteer_names(MODEL)


def listed_as_system(name: str) -> bool:
    """A name the gazetteer lists as a model or a method ("LLaVA")."""
    return name.lower() in _listed_systems()


def listed_as_task(name: str) -> bool:
    """A name the gazetteer lists as a task ("ASR", "text-to-image")."""
    return name.lower() in _gazetteer_names(TASK)


def listed_as_measure(name: str) -> bool:
    """A name the gazetteer lists as a metric, or Papers with Code as a metric and nothing but a task ("ECE", "NMI",
    "SSIM")."""
    known = knowledge.known_types(name)
    return name.lower() in _gazetteer_names(METRIC) or METRIC in known and known <= {METRIC, TASK}


def listed_as_data(name: str) -> bool:
    """A name the gazetteer or Papers with Code lists as data, or one that says it is a benchmark ("OSWorld",
    "ST-WebAgentBench")."""
    return name.lower() in _listed_data() or knowledge.known_types(name) == {DATASET} or names_a_benchmark(name)


def looks_versioned(name: str) -> bool:
    """A name with a size or version ("Llama-3.1", "GPT-4", "Qwen2-7B"): an instance, i.e. a Model."""
    return bool(_SIZE_SUFFIX.search(name)) and is_named(name)


def _singular(text: str) -> str:
    return text[:-1] if text.endswith("s") and not text.endswith("ss") else text
