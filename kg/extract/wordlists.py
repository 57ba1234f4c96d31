"""Word lists the graph-entity decision reads (:mod:`kg.extract.entities`).

Each list is a kind of evidence about a mention's words: what the graph has no type for
(modalities, devices, languages, one-word qualities), which words open a clause rather than a
name, which heads name a measure, and which modifiers only name a broad family.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from kg.extract.rules.lexicon import HEAD_TYPES
from kg.schema import METRIC

# Modifiers that name a whole family of methods: with a generic head they name a class, not a subject.
BROAD_MODIFIERS = {"deep", "neural", "convolutional", "recurrent", "generative", "discriminative", "probabilistic",
                   "statistical", "linear", "nonlinear", "invariant", "implicit", "explicit", "latent",
                   "hierarchical", "sequential", "machine"}
# Generic heads that still name a field or a class of systems after a specific word ("shortcut
# learning", "latent consistency models").
CLASS_HEADS = {"learning", "model", "models", "network", "networks", "representation", "representations"}
# The venues no other name spells: a meeting or a journal, alone ("CVPR", "the NTIRE workshop") or with its year
# ("NeurIPS 2025", "NTIRE 2025").
MAJOR_VENUES = frozenset({"neurips", "icml", "iclr", "cvpr", "iccv", "eccv", "aaai", "ijcai", "sigir", "emnlp", "naacl",
                          "siggraph", "icassp", "miccai", "icra", "iros", "wacv", "bmvc", "accv", "icip", "interspeech",
                          "isbi", "ntire", "kdd", "cikm", "wsdm", "recsys", "sigmod", "vldb", "icde", "aistats",
                          "ijcnlp", "coling", "lrec", "eacl", "aacl", "tpami", "ijcv", "tmlr", "jmlr"})
# Names of things the graph has no type for (modalities, sensors, devices, natural and programming languages,
# file formats, hardware, companies, venues, laws, measuring techniques, content labels); as a Method, Dataset or Task
# they would be wrong types.
OTHER_KINDS = MAJOR_VENUES | frozenset(name.strip() for name in """
mri, fmri, dmri, cryo em, cryo electron microscopy, magnetic resonance imaging,
functional magnetic resonance imaging, t1w, t2w, t1 weighted, t2 weighted, diffusion weighted imaging, ct, ct scan, computed
tomography, cbct, cone beam computed tomography, x ray, chest x ray, cxr, pet, positron emission tomography, spect,
ultrasound, ultrasonography, oct, optical coherence tomography, eeg, electroencephalography, electroencephalogram,
meg, ecg, ekg, electrocardiogram, electrocardiography, emg, electromyography, ppg, photoplethysmography,
mammography, tomosynthesis, digital breast tomosynthesis, antenna system, antenna systems, internet of things,
dermoscopy, endoscopy, colonoscopy, histopathology, whole slide image, wsi, fundus image, lidar, radar,
sonar, synthetic aperture radar, imu, inertial measurement unit, gps, gnss, wifi, wi fi, bluetooth, iot,
rgb d camera, event camera, uav,
unmanned aerial vehicle, unmanned aerial system, unmanned aircraft system, autonomous underwater vehicle, drone, ar/vr,
xr, augmented reality, virtual reality, english, chinese, mandarin,
cantonese, arabic, hindi, bangla, bengali, urdu, french, german, spanish, portuguese, italian, russian, japanese,
korean, vietnamese, thai, indonesian, swahili, turkish, persian, farsi, hebrew, greek, dutch, polish, ukrainian,
tamil, telugu, marathi, gujarati, punjabi, kannada, malayalam, nepali, sinhala, amharic, yoruba, hausa, igbo, zulu,
dna, rna, gui, graphical user interface, cad, computer aided design, bird's eye view, bev, rgb, rgb d, rgbd,
hyperspectral image, multispectral, multispectral image, ehr, electronic health record, vr, base station,
gpu, graphical processing unit, graphics processing unit, cpu, central processing unit, tpu, tensor processing unit,
npu, neural processing unit, fpga, field programmable gate array, asic, application specific integrated circuit, rtx,
python, c++, java, javascript, json, xml,
yaml, jpeg, png, pdf, api, openai, google, deepmind, anthropic, microsoft, nvidia, hugging face, huggingface, stem,
gaelic, irish, welsh, finnish, swedish, norwegian, danish, czech, slovak, romanian, hungarian, bulgarian, serbian,
croatian, malay, tagalog, filipino, latin, sanskrit, kazakh, uzbek, mongolian, tibetan, uyghur, khmer, burmese,
luxembourgish, estonian, latvian, lithuanian, slovenian, basque, galician, icelandic, maltese, albanian, armenian,
georgian, azerbaijani, pashto, dari, somali, kinyarwanda, wolof, xhosa, afrikaans, javanese, sundanese, cebuano, lao,
quechua, sony, samsung, intel, qualcomm, nuclear magnetic resonance, nmr, nmr spectroscopy, mass spectrometry,
mass spectrometry imaging, raman spectroscopy, spectroscopy, hipaa, gdpr, small and medium sized enterprises,
smes, nsfw, not safe for work, self driving car, self driving cars, data center, data centers, data centre,
data centres, datacenter, datacenters, esp32, pypi, fluid attenuated inversion recovery, agx orin,
moving picture experts group,
html, csv, onnx, markdown, latex, figma, alibaba, baidu, tencent, bytedance, amazon, apple, dslr, fpga, asic, x86,
jetson, raspberry pi, arduino, hsi, hyperspectral imaging, rgbt, rgb t, roi, region of interest, regions of interest,
pytorch, tensorflow, jax, keras, scikit learn, sklearn, numpy, scipy, pandas, opencv, mediapipe, matlab, simulink, docker,
dwi, diffusion weighted image, diffusion weighted images, t1wi, t2wi, swi, traditional chinese medicine,
geographic information system, geographic information systems, gis, rdf, rdfs, resource description framework, sparql,
field of view, fov, partial differential equation, ordinary differential equation, stochastic differential equation,
pde, pdes, ode, odes, sde, sdes, brazilian portuguese, european portuguese, mandarin chinese, simplified chinese,
traditional chinese, roman urdu, roman hindi, modern standard arabic, southeast asia, south asia, east asia,
central asia, west asia, sub saharan africa, north africa, east africa, west africa, latin america, north america,
south america, central america, middle east, global south, global north, western europe, eastern europe, north, south,
east, west, northeast, northwest, southeast, southwest,
macular degeneration, age related macular degeneration, hbm, high bandwidth memory, devops, mlops,
amazon mechanical turk, mechanical turk, mturk, tiktok, analog to digital converter, immunohistochemistry,
airborne laser scanning,
hdr, high dynamic range, low dynamic range, american english, british english, langchain, llamaindex,
llama index, dspy, vllm, sglang, ollama, deepspeed, hugging face, huggingface, nltk, spacy,
kubernetes, cuda, svg, scalable vector graphics, ivf, in vitro fertilization, http, https, tcp, udp, hololens,
ios, android, linux, macos, microsoft windows, mb, gb, tb, faiss, cli, command line interface,
model context protocol, mcp, vhdl, verilog, systemverilog, lean4, lean 4, coq, rust, sql, typescript, kotlin,
adhd, attention deficit hyperactivity disorder, asd, autism spectrum disorder, mci, mild cognitive impairment, ptsd,
copd, long wave infrared, thermal infrared, randomized controlled trial, randomised controlled trial,
clinical trial, personally identifiable information, pii, vram, sdk, software development kit, ecog,
electrocorticography, fnirs, functional near infrared spectroscopy, cbt, cognitive behavioral therapy,
cognitive behavioural therapy, global navigation satellite system, global positioning system, apache kafka,
apache flink, apache spark, open science framework, radio frequency, degree of freedom, degrees of freedom,
domain specific language, domain specific languages, cc by, cc by 4.0, cc by sa, cc by sa 4.0, cc by nc, cc by nc 4.0,
creative commons, mit license, apache license, apache 2.0, gpl, magnetic resonance angiography, mra, quantitative
susceptibility mapping, qsm, additive white gaussian noise, awgn, content warning, trigger warning, warning,
disclaimer, user interface, user interfaces, ui, uis, web ontology language, owl, metal organic framework,
metal organic frameworks, mof, mofs, ar vr, cielab, cieluv, ycbcr, multiple choice question, multiple choice questions,
mcq, mcqs, h.264, h.265, h.266, hevc, vvc, av1, vp9, h.264/avc, h.265/hevc, h.266/vvc, github, gitlab, bitbucket,
kaggle, zenodo, figshare, google colab, colab, google drive, closed circuit television, cctv, cmos image sensor,
cmos image sensors, active pixel sensor, active pixel sensors, mit, nasa, darpa, nih, nsf, bibtex, gguf, faq, faqs,
big five, big five personality, big five personality traits, field programmable gate array,
field programmable gate arrays, digital subtraction angiography, multiple sclerosis, np hard, np complete,
pspace complete, pspace hard, usd, eur, cny, rmb, gbp, jpy, hugging face hub, huggingface hub, hugging face datasets,
huggingface datasets, hf hub, gross domestic product, gdp, body mass index, bmi, hounsfield unit, hounsfield units, hu,
blind and low vision, blv, blind and visually impaired, bvi, visually impaired, deaf and hard of hearing, dhh, hard of
hearing, fda, food and drug administration, flask, django, postgresql, mysql, mongodb, gurobi, cplex, aws bedrock,
amazon bedrock, dicom, nifti, adverse event, adverse events, adverse drug event, adverse drug events,
adverse drug reaction, adverse drug reactions, subject matter expert, subject matter experts, non player character,
non player characters, npc, npcs, preferred reporting items for systematic reviews and meta analyses, blender,
unreal engine, unreal engine 5, unity engine, unity3d, godot, robot operating system, cyrillic, devanagari, hangul,
kanji, hiragana, katakana, latin script, arabic script, digital elevation model, digital elevation models,
digital terrain model, digital terrain models, ansys, comsol, abaqus, openfoam, autocad, solidworks, uae,
united arab emirates, usa, united states, uk, united kingdom, prc, webassembly, wasm, ptv vissim, vissim, sumo traffic
simulator, carla simulator, gazebo, co2, co2e, co2eq, carbon dioxide, carbon dioxide equivalent, national park,
national parks, tumor core, tumour core, whole tumor, whole tumour, enhancing tumor, enhancing tumour, out of vocabulary,
oov, ultra high definition, uhd, full hd, opengl, webgl, webgpu, vulkan, directx, opencl, openmp, grpc, protobuf, vivado,
musa, rocm, protocol buffers
""".replace("\n", " ").split(","))
# The acronyms among them: written in capitals they still mean the modality ("MRI"), where the capitals of
# an ordinary word make a name ("RADAR", "SONAR"). "AR" and "MR" are mostly augmented reality and magnetic
# resonance (or mixed reality) in CS abstracts: Papers with Code's average recall and Movie Review data set made
# them a Metric of 13 papers and a Dataset of 14 in the first 10,000 records.
OTHER_KIND_ACRONYMS = frozenset({"dwi", "t1wi", "t2wi", "swi", "gis", "rdf", "rdfs", "sparql", "hbm", "hdr",
                                  "mri", "fmri", "dmri", "t1w", "t2w", "cbct", "cxr", "pet", "spect", "oct", "eeg", "meg", "ecg",
                                  "ekg", "emg", "ppg", "wsi", "afm", "xct", "lidar", "imu", "gps", "gnss", "iot", "uav",
                                  "uavs", "uas", "uass", "auv", "auvs", "sar", "ar/vr", "dna", "rna", "gui", "cad", "bev",
                                  "rgb",
                                  "rgbd", "rgb d", "ehr", "diy", "nmr", "hipaa", "gdpr", "sme", "smes", "nsfw",
                                  "esp32", "flair", "co2", "co2e", "oov", "uhd", "opengl", "grpc", "pbc", "musa", "rocm",
                                  "vr", "gpu", "cpu", "tpu", "rtx", "json", "xml", "dicom", "yaml", "jpeg", "png",
                                  "pdf", "api", "stem", "html", "csv", "onnx", "nvidia", "dslr", "fpga", "asic",
                                  "hsi", "rgbt", "rgb t", "roi", "rois", "svg", "ivf", "cuda", "pde", "pdes", "ode", "odes",
                                  "sde", "sdes", "http", "https", "tcp", "udp", "mb", "gb", "tb", "faiss", "cli", "mcp", "pii",
                                  "ar", "mr", "vhdl", "sql", "adhd", "asd", "mci", "ptsd", "copd", "vram", "sdk",
                                  "sdks", "tba", "tbd", "ecog", "fnirs", "cbt", "mra", "qsm", "awgn", "warning", "gpus", "cpus", "tpus",
                                  "npu", "npus", "dsp", "dsps", "mcu", "mcus", "fpgas", "asics", "sms", "dxa", "ui",
                                  "uis", "owl", "mof", "mofs", "ar vr", "cielab", "cieluv", "mcq", "mcqs", "hevc", "vvc", "h.264",
                                  "h.265", "h.266", "h.264/avc", "h.265/hevc", "h.266/vvc", "cctv", "mit", "nasa", "darpa", "nih",
                                  "nsf", "gguf", "faq", "faqs", "usd", "eur", "cny", "rmb", "gbp", "jpy", "gdp",
                                  "bmi", "hu", "blv", "fda", "nltk", "ansys", "gpl", "npc", "npcs", "fov", "dhh",
                                  "bvi", "av1", "vp9", "x86", "usa", "uk", "prc", "ihc", "dao", "daos", "mpeg",
                                  "aws"}) | MAJOR_VENUES
# Venues whose name with a year ("ICRA 2026", "ACL 2025") is a meeting, not a data set or a method: `MAJOR_VENUES`, and
# those listed here, which on their own mean other things too ("ACL", "RSS", "CHI") and so count only before a year.
VENUES = frozenset({"corl", "rss", "acl", "www", "uai", "colt", "chi", "uist", "cscw", "ipmi", "midl", "colm", "acm mm",
                    "ismir", "osdi", "sosp", "nsdi", "usenix security", "ndss", "ccs", "icse", "fse", "ase",
                    "iclr workshop", "nips", "acmmm"}) | MAJOR_VENUES
# Qualities named by one word: properties, not metrics or tasks.
QUALITIES = frozenset({"quality", "consistency", "coherence", "robustness", "reliability", "scalability",
                       "interpretability", "explainability", "stability", "fidelity", "realism", "naturalness",
                       "fluency", "efficiency", "effectiveness", "performance", "generalization", "generalisation",
                       "overall", "general", "aware", "usability", "safety", "trustworthiness", "transferability",
                       "generalizability", "controllability", "adaptability", "modularity", "flexibility",
                       "extensibility", "maintainability", "portability", "versatility", "expressiveness", "expressivity"})
# Words of degree: how much, neither what nor how ("a substantial data reduction", "a dramatic reduction").
_DEGREE_MODIFIERS = frozenset("significant substantial considerable dramatic drastic notable remarkable modest slight"
                              .split())
# Adjectives that say how well or in what manner something is done, not what is done to what: a task phrase
# modified by nothing else describes a capability ("complex reasoning", "high-quality generation", "direct
# inference"), where a task's name says its object or setting ("mathematical reasoning", "video generation").
MANNER_MODIFIERS = frozenset("""
complex direct genuine true real naive vanilla degraded insufficient limited poor weak weaker strong stronger robust
reliable accurate precise faithful consistent efficient effective scalable seamless flexible holistic lightweight
high-quality high-fidelity high-performance cost-effective improved enhanced superior advanced sophisticated better
deep deeper shallow superficial fast rapid slow practical fundamental basic critical crucial essential reasonable
meaningful proper correct successful repeated coarse single-pass human-like human-level expert-level unified general
simple standard conventional traditional comprehensive theoretical systematic thorough extensive novel new existing
previous current recent overall specific various multiple different generic single iterative dynamic useful perfect
ideal richer longer
""".split()) | _DEGREE_MODIFIERS
# The manner words that only praise or fault, or say how much ("substantial"), never begin a task's name: a boundary
# cuts them ("high-quality image generation" is image generation); not "novel view synthesis", "multiple object
# tracking", "direct speech translation", "complex word identification", whose first words are part of the name.
EVALUATIVE_MODIFIERS = frozenset("""
high-quality high-fidelity high-performance accurate reliable precise faithful consistent scalable seamless flexible
holistic lightweight cost-effective improved enhanced superior advanced sophisticated genuine naive vanilla insufficient
limited poor weak weaker strong stronger robust efficient effective better fast rapid practical unified comprehensive
thorough extensive useful perfect ideal richer cutting-edge state-of-the-art
""".split()) | _DEGREE_MODIFIERS
# Auxiliary and modal verbs: inside a span they make it a clause ("AI Alignment Must Surface Disagreement").
AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "can", "cannot", "do", "does", "did", "has", "have",
                         "had", "would", "could", "should", "will", "may", "might", "must", "shall"})
# Words that open a clause, not a name: a title's verb ("Boosting SAM", "Towards Robust LLMs").
CLAUSE_OPENERS = {"enhancing", "improving", "detecting", "towards", "toward", "rethinking", "revisiting", "exploring",
                  "evaluating", "leveraging", "unlocking", "boosting", "bridging", "mitigating", "unveiling",
                  "investigating", "analyzing", "analysing", "assessing", "advancing", "enabling", "harnessing",
                  "empowering", "accelerating", "achieving", "addressing", "beyond", "unifying", "understanding",
                  "benchmarking", "generating", "making", "using", "aligning", "optimizing", "optimising", "reducing",
                  "operationalizing", "operationalising", "auditing", "correcting", "debunking", "quantifying",
                  "reconstructing", "structuring", "sustaining", "creating", "predicting", "measuring",
                  "characterizing", "characterising", "comparing", "designing", "diagnosing", "democratizing",
                  "democratising", "fortifying", "strengthening", "safeguarding"}
# Heads of names of kinds the graph does not type either: diseases and treatments, theorems and
# hypotheses ("Non-Small Cell Lung Cancer", "Cognitive Behavioral Therapy", "Platonic Representation
# Hypothesis"), surgical procedures ("endoscopic submucosal dissection"), devices and sensors ("dynamic vision
# sensors"; not "a Noise Sensor", a named part of a system), companies and universities ("CeramTec GmbH"), groups of
# people and trades ("NLP research community", "AV industry").
OTHER_KIND_HEADS = frozenset({"cancer", "cancers", "disease", "diseases", "disorder", "disorders", "syndrome",
                              "therapy", "therapies", "chemotherapy", "radiotherapy", "carcinoma", "infection",
                              "infections", "hypothesis", "hypotheses", "theorem", "theorems", "conjecture",
                              "lemma", "paradox", "retinopathy", "fertilization", "injury", "injuries", "lesion",
                              "lesions",
                              "antenna", "antennas", "camera", "cameras", "vehicle", "vehicles", "fpga", "fpgas", "gpu",
                              "gpus", "smartphone", "smartphones", "accelerator", "accelerators", "glasses", "headset",
                              "headsets",
                              "gmbh", "inc", "ltd", "llc", "corporation", "university", "institute", "dissection",
                              "resection", "community", "communities", "industry", "industries", "ultrasound",
                              "ultrasonography", "endoscopy", "mammography", "radiography", "hospital", "hospitals",
                              "regulation", "regulations", "agency", "ministry", "department",
                              "committee", "committees",
                              "commission", "consortium", "surgery", "surgeries", "device", "devices", "observatory",
                              "facility", "facilities",
                              "fund", "funds", "journal", "journals", "tomosynthesis", "microscopy", "leukemia",
                              "leukaemia", "lymphoma", "melanoma", "pneumonia", "sclerosis", "dementia", "epilepsy",
                              "glaucoma", "tuberculosis", "sensors", "virus", "viruses", "papillomavirus",
                              "encephalitis", "hepatitis", "malaria", "influenza", "embolism", "hypertension",
                              "diabetes", "arrhythmia", "fibrillation", "hemorrhage", "haemorrhage", "stenosis",
                              "schizophrenia", "autism", "fracture", "fractures",
                              "angiography", "sonar", "sonars", "sounder", "sounders", "radar", "radars", "diode", "diodes",
                              "photodiode", "photodiodes", "transistor", "transistors", "microcontroller",
                              "microcontrollers",
                              "hemisphere", "hemispheres", "edema", "oedema", "office", "offices", "bureau", "healthcare",
                              "clinic", "clinics", "gulf", "bay", "ocean", "river", "basin", "bight",
                              "strait", "peninsula", "county", "province", "federation", "drones", "robot", "robots",
                              "quadrotor", "quadrotors", "quadcopter", "quadcopters", "humanoids"})
# Words that open a title's question ("How Vision Becomes Language: ...", "Can LLMs ...").
QUESTION_OPENERS = {"How", "What", "Why", "When", "Where", "Which", "Who", "Can", "Does", "Do", "Is", "Are", "Should",
                    "Will", "Could", "Would"}
# Heads of a metric's name that say what it measures: the lexicon's metric heads and more.
METRIC_HEADS = {word for word, kind in HEAD_TYPES.items() if kind == METRIC} | {
    "errors", "loss", "similarity", "correlation", "coefficient", "agreement", "kappa", "match", "rank", "gain",
    "success", "time", "latency", "throughput", "speedup", "cost", "likelihood", "entropy", "index", "measure",
    "f-score", "f1-score", "dice", "iou", "map", "ap", "psnr", "ssim", "mae", "mse", "rmse", "cider", "meteor",
    "mrr", "ndcg", "hits", "runtime", "speed", "fps", "flops", "overlap", "deviation", "variance", "bias",
    "calibration", "consistency", "fidelity", "diversity", "coverage", "utility", "reward", "return", "regret",
    "value", "percentage", "count", "size", "length", "efficiency", "gap", "quality", "union", "robustness",
    "sensitivity", "specificity", "pearson", "spearman"
}
# Verbs in the third person that end a span run on into its sentence ("CVA decouples", "ACE achieves"):
# verbs of abstracts that are no plural noun of a name (not "models", "scores", "tracks", "updates").
RUN_ON_VERBS = frozenset("""
accelerates achieves adapts addresses adopts aligns allows analyzes applies attains augments automates boosts bridges
builds bypasses captures combines compresses computes connects consists constructs contains converts decodes
decomposes decouples delivers demonstrates detects discovers distills distils eliminates embeds employs
enables encodes enforces enhances ensures establishes estimates evaluates exceeds exhibits exploits explores
extends extracts facilitates fails focuses fuses generates guides handles harnesses highlights identifies
improves incorporates increases indicates infers injects integrates introduces involves learns leverages lifts
lowers maintains mimics mitigates obtains operates optimises optimizes outperforms overcomes performs predicts
preserves prevents produces proposes provides prunes reaches reconstructs recovers reduces refines
reformulates reinforces relies remains removes replaces requires retains reveals rewrites selects serves
simulates solves steers struggles suggests surpasses synthesises synthesizes tackles trains transfers translates treats
unifies unlocks utilises utilizes validates verifies yields drives restricts hinders governs determines affects
influences helps hurts meets explains emerges underperforms degrades undermines amplifies dominates makes
resembles conducts grades measures knows offers shows assigns maximizes minimizes maximises minimises exaggerates
disentangles generalizes generalises redefines supports necessitates entails lacks suffers hampers underpins becomes
incurs stabilizes stabilises promotes encourages suppresses alleviates accommodates excels succeeds
""".split())


def _base_form(verb: str) -> str:
    """"identifies" → "identify", "focuses" → "focus", "achieves" → "achieve"."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes")):
        return verb[:-2]
    return verb[:-1]


# The same verbs in their base form open a clause, not a name ("detect substance", "generate narrative
# videos"); not those that are also nouns of names ("compute", "transfer", "construct", "extract", "influence
# maximization", "affect recognition").
BASE_VERBS = frozenset(_base_form(v) for v in RUN_ON_VERBS) - {
    "compute", "estimate", "increase", "focus", "guide", "bridge", "harness", "highlight", "address", "lift",
    "boost", "build", "construct", "extract", "transfer", "train", "treat", "bypass", "lower", "embed", "fuse",
    "prune", "rewrite", "yield", "drive", "affect", "influence", "help", "meet", "grade", "measure", "show", "offer",
    "support"}


def _ing_form(verb: str) -> str:
    """"decouple" → "decoupling", "quantify" → "quantifying", "detect" → "detecting"."""
    return verb[:-1] + "ing" if verb.endswith("e") and not verb.endswith("ee") else verb + "ing"


# The same verbs, and a few more, as the first word of a span open a clause ("Decoupling Visual Redundancy",
# "quantifying sentiment", "causing calibration"); not those whose -ing form names a thing or a kind
# ("learning", "encoding", "operating system", "remaining useful life", "steering vectors").
CLAUSE_OPENERS |= {_ing_form(v) for v in BASE_VERBS} - {"learning", "encoding", "decoding", "operating", "remaining",
                                                         "steering", "serving", "handling"}
CLAUSE_OPENERS |= set("""
causing designing quantifying determining assigning automating capturing diagnosing differentiating eliciting
enforcing erasing expressing explaining interpreting measuring navigating probing recognizing recognising
synthesizing synthesising teaching tracing triggering unleashing unmasking inferring distilling increasing decreasing
spanning strengthening suppressing mishandling coupling covering requiring hindering impairing constructing
taming reproducing replicating dissecting demystifying uncovering examining unraveling unravelling exposing
deconstructing delving bringing pushing revolutionizing revolutionising reimagining reconsidering reassessing
re-examining re-evaluating escaping breaking trusting leaking safeguarding debiasing upgrading extracting forecasting
approaching seeing representing
processing powering securing protecting defending attacking jailbreaking fooling hijacking scaling patching anchoring
changing elevating
simplifying expediting calibrating estimating finding guiding developing controlling closing resolving looking
incentivizing incentivising classifying transforming implementing formalizing formalising repurposing personalizing
personalising visualizing visualising elucidating restoring unpacking customizing customising combating harmonizing
harmonising sculpting reviving defining turning approximating getting rectifying internalizing internalising
envisioning embracing crafting deciphering fighting putting forging enriching compensating giving reusing avoiding
emulating clarifying studying streamlining helping distinguishing pursuing fixing deriving disrupting mimicking
reversing acquiring keeping mastering supercharging illuminating taking orchestrating deploying broadening choosing
catching reshaping revealing unrolling peeking
""".split())
# Heads naming a process of any kind, which a modifier of how it works does not make a task's or a method's name
# ("token-level analysis", "question-guided retrieval").
PROCESS_HEADS = frozenset("""
reasoning analysis alignment selection inference processing design generation reconstruction search calibration
mapping extraction prediction interpolation modeling modelling planning optimization optimisation understanding
retrieval decoding synthesis grounding assessment compression tokenization manipulation steering completion
identification forecasting learning evaluation verification exploration adaptation integration representation control
fusion matching aggregation
""".split())
# Heads of a phrase describing a name that call it a system, though the graph has no type of their own: "X, a
# structured grounding interface", "X, a ranking platform"; the name is typed a method. So is what a method trains
# with or against: "X, a novel, non-invasive loss function", "X, a differentiable aesthetic prior".
SYSTEM_NOUNS = frozenset({"interface", "toolkit", "library", "platform", "engine", "tool", "solution", "paradigm",
                          "scheme", "recipe", "plugin", "controller", "planner", "policy", "package", "workflow",
                          "loss", "losses", "objective", "function", "prior", "regularizer", "regulariser"})
# Plural heads that name a set of methods, never one method: "GAN-based methods", "Bayesian approaches".
METHOD_CLASS_PLURALS = frozenset({"approaches", "methods", "techniques", "strategies", "solutions", "algorithms",
                                  "frameworks", "baselines", "backbones", "counterparts", "variants", "pipelines",
                                  "schemes", "paradigms", "tools", "architectures", "mechanisms"})
# Plurals that name methods of one kind, though no head noun of a method: "MDS codes", "decision trees",
# "Cauchy losses", "implicit neural representations".
METHOD_PLURALS = frozenset({"codes", "solvers", "trees", "forests", "filters", "policies", "kernels", "losses",
                            "representations"})
# Kinds of method said after its name ("the DocQT framework", "a P2P module"); not "model" or "network",
# which end names ("Hidden Markov model").
KIND_NOUNS = frozenset({"method", "framework", "algorithm", "approach", "mechanism", "module", "technique", "strategy",
                        "scheme", "pipeline"})
# Nouns that say what part a named model plays, not what it is: "TF-IDF baseline", "YOLOv8-L teacher".
ROLE_NOUNS = frozenset({"baseline", "baselines", "backbone", "backbones", "teacher", "teachers", "student", "students",
                        "counterpart", "counterparts", "variant", "variants"})
# Plurals of a system's parts or products: after a coined name ("CLIP embeddings", "LSTM layers", "SAE
# representations", "IQA metrics") they name no thing of their own; the name is the coined word.
PART_PLURALS = frozenset({"embeddings", "representations", "layers", "features", "blocks", "predictions", "outputs",
                          "metrics", "modules", "kernels"})
# Plural heads a data set's name may end with ("NIH Chest X-ray datasets").
DATASET_PLURALS = frozenset({"datasets", "benchmarks", "corpora", "collections", "suites", "treebanks", "banks"})


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words real abstracts write in lower case far more often than capitalised inside a sentence
    (``kg/data/common_words.txt``, written by ``scripts/build_common_words.py``): "thought", "vision"."""
    text = resources.files("kg").joinpath("data/common_words.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


@lru_cache(maxsize=1)
def established_phrases() -> frozenset[str]:
    """Keys (:func:`kg.extract.entities.name_key`) of the two-word task phrases opened by a hyphenated modifier that
    at least three abstracts of the arXiv corpus write ("test-time adaptation", "long-horizon planning"; not
    "satellite-free generalization"), in ``kg/data/established_phrases.txt``, written by
    ``scripts/build_established_phrases.py``."""
    text = resources.files("kg").joinpath("data/established_phrases.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line)


# The words a shared task's number follows: "SemEval-2025 Task 9", "AI City Challenge 2025 Track 2".
SHARED_TASK_PARTS = frozenset({"Task", "Subtask", "Track"})
# A workshop's name and year, which a shared task's part and number may follow: "SemEval-2025", "CLEF 2024".
WORKSHOP_YEAR = re.compile(r"[A-Z][A-Za-z]+[- ]?(?:19|20)\d\d")


# Model families whose releases are written as spaced words after the family's name ("Claude Opus 4.6", "Gemini 2.5
# Pro", "Llama 3.1 70B Instruct", "MiniMax M2.5"), the image and video generators' too ("FLUX.1 Kontext", "Seedream
# 4.0", "Veo 3.1"), and the vision-language models' ("MiniGPT-4", "BLIP-2", "CogVLM2").
MODEL_FAMILIES = frozenset("""
claude gemini gpt llama qwen qwen2 qwen2.5 qwen3 mistral mixtral gemma phi deepseek grok kimi glm minimax olmo
internvl internlm llava ernie hunyuan doubao wan flux sora veo kling seedream seedance cogvideox nemotron pythia qwq
baichuan pixtral tinyllama smollm exaone ministral magistral vicuna codellama chatglm opt nllb esm chronos timesfm moirai
o1 o3 o4 llada minigpt minicpm blip instructblip cogvlm idefics starcoder
""".split())


# Verbs and conjunctions that open a clause after a dash written as a hyphen, which ends the name before it:
# "StrongSORT-using a custom dataset", "LLMs-including GPT-4", "our CA-MER-demonstrate that ...", "OpenWebMath-but
# also contains" (a compound's last piece is no verb);
# prepositions and articles do after a capitalised word ("Mistral-on several tasks", "SMTrack-the first directly
# trained SNN framework"; not "plug-in", "state-of-the-art").
CLAUSE_AFTER_A_DASH = frozenset({
    "using", "including", "demonstrate", "demonstrates", "demonstrated", "show", "shows", "showed", "achieve",
    "achieves", "achieved", "reveal", "reveals", "revealed", "yield", "yields", "outperform", "outperforms",
    "showing", "achieving", "revealing", "yielding", "outperforming", "demonstrating", "but", "while", "whereas",
    "which"})
FUNCTION_WORDS_AFTER_A_DASH = frozenset({"on", "in", "with", "for", "across", "the", "a", "an"})


# Words a model's size or tier is written with after its name: "GPT-4o mini", "BERT-base", "Whisper Tiny". Each
# reader adds what it needs: the boundary rule "medium" and "XL" as words, the keys "XL" after a hyphen or space.
MODEL_SIZE_WORDS = frozenset({"tiny", "small", "base", "large", "huge", "giant", "mini", "nano"})


_WORD_END = re.compile(r"[-\s]")


def of_model_family(name: str) -> bool:
    """Whether ``name`` opens with a model family's name, its version glued on or not: "GPT-5", "Claude Opus 4.6",
    "Qwen2.5-7B", "Llama3-8B", "Phi4-Multimodal", "Wan2.2-I2V-A14B".

    >>> of_model_family("Llama3-8B"), of_model_family("Wan2.2-I2V-A14B"), of_model_family("Wander"), of_model_family("GPTZero")
    (True, True, False, False)
    >>> of_model_family("FLUX.1-dev"), of_model_family("Flux.Pro")
    (True, False)
    """
    first = _WORD_END.split(name, maxsplit=1)[0].lower()
    if first in MODEL_FAMILIES:
        return True
    family = re.match(r"[a-z]+\.?(?=\d)", first)  # its version glued on, or after a dot ("FLUX.1")
    return family is not None and family.group().rstrip(".") in MODEL_FAMILIES


def is_release(name: str) -> bool:
    """A model family's release: its name with a version or size, "Qwen2.5-7B", "Kimi-K2.5", "LLaMA-2-7B-32K-Instruct"
    (not the family alone, "Llama")."""
    return of_model_family(name) and any(c.isdigit() for c in name)


# A dimension written as a word: "3D", "2.5D".
DIMENSION = re.compile(r"\d(?:\.\d)?D")


# A release of a vision network's family, its version, depth or size written on: "YOLOv8n", "YOLO11", "YOLOv8-Seg",
# "ResNet-20", "VGG16", "VGGNet-16", "WideResNet-28-10", "EfficientNetV2-S", "MobileNetV3", "DenseNet121",
# "ConvNeXt-T", "U-Net" (not a name coined from one: "YOLOA", "SwinMamba", "VGG-Impact").
VISION_RELEASE = re.compile(r"YOLO(?:v?\d+[a-z]?|X)(?:-[A-Za-z]+)?|(?:Wide)?ResNe[tX]-?\d+[a-z]?(?:-\d+)?|VGG(?:Net)?-?\d+"
                            r"|EfficientNet(?:V2)?-?[BSML]\d?|MobileNet-?V\d(?:-[SL])?|DenseNet-?\d+|ConvNeXt(?:V2)?(?:-[TSBL])?"
                            r"|U-?Net|Unet")


def is_coined(word: str) -> bool:
    """A word written as a coined name: a capital after its first letter, or a digit ("CMU-MOSEI", "YOLOv8"; not
    "Spider")."""
    return any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word)


def is_ordinary_word(word: str) -> bool:
    """A word abstracts use as an ordinary word (:func:`common_words`), read by its last hyphen-joined part:
    "Thought", "Multimodal", "speech-generative"; not a name such as "Whisper", "MambaOut"."""
    return word.split("-")[-1].lower() in common_words()
