"""The graph-entity decision, cue words and boundary rules."""

from pathlib import Path

import pytest
import spacy

from kg.extract.entities import (acts_as_system, balanced, beaten_as_system, cue_type, has_tex, is_broad_class,
                                 is_coded, is_generic, is_named, is_other_kind, keep, looks_versioned, measures_something,
                                 metric_in_other_sense, name_key, title_subject, topic_names, web_addresses)
from kg.extract.rules.boundaries import fix_span
from kg.extract.wordlists import CLAUSE_OPENERS, established_phrases
from kg.resolve.keys import label_form, match_key

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text", ["n}=-\\beta^t_{p", "O(mn)$", "\\mathcal{L}", "x_i"])
def test_tex_markup_is_never_an_entity(text):
    assert has_tex(text)
    assert not keep(text, "Method", "ner")


@pytest.mark.parametrize("text", ["this approach", "our method", "synergistic components", "a zero-shot fashion",
                                  "train", "novel framework", "generalization (perplexity", "state-of-the-art",
                                  "SOTA methods", "7B", "1.5B", "3D", "378k", "autoregressive", "privacy-preserving",
                                  "training-free", "comparative analysis", "comprehensive evaluation", "E2E",
                                  "E2E models", "XL", "Base", "Medium", "LLM-based verifier",
                                  "SimHash-based fingerprinting", "CLIP-based linear", "XXS/XS/S", "S/M/L", "2x2",
                                  "512×512", "480p", "Statistical analysis", "manual analysis", "data construction",
                                  "benchmark curation", "General-purpose", "multi-purpose"])
def test_generic_phrases_and_fragments_are_mentions_only(text):
    assert not keep(text, "Method", "ner")


@pytest.mark.parametrize("text, kind, extractor", [
    ("BERT", "Model", "ner"), ("Llama-3.1", "Model", "ner"), ("SQuAD", "Dataset", "ner"),
    ("question answering", "Task", "ner_generic"), ("dialogue state tracking", "Task", "ner"),
    ("Judge Decoding", "Method", "ner"), ("acceptance rate", "Metric", "gazetteer")])
def test_named_and_well_defined_things_are_graph_entities(text, kind, extractor):
    assert keep(text, kind, extractor, sentence=f"{text} improves the score by 3 points.")


def test_generic_recogniser_phrases_need_a_name_or_a_known_term():
    assert not keep("robust estimation procedure", "Method", "ner_generic")
    assert keep("semantic segmentation", "Task", "ner_generic")
    # software described by what it carries; a name proposed as one stays
    assert not keep("DOD implementation", "Method", "ner_generic") and not keep("Tool Library", "Method", "ner_generic")
    assert keep("Video Toolkit", "Method", "ner_generic", proposed=True)
    # a platform described by whose or what service it is
    assert not keep("Chinese video-sharing platform", "Method", "ner_generic")
    assert not keep("Didi Chuxing platform", "Method", "ner_generic")


def test_a_quantity_per_unit_hyphenated_measures_something():
    assert keep("frames-per-second", "Metric", "acronym", "model size, and frames-per-second (FPS) on a GPU")


def test_a_numbered_designation_is_no_name_but_a_named_type_2_method_stays():
    assert keep("Type-2 fuzzy logic", "Method", "ner") and keep("Llama 2", "Model", "ner")


@pytest.mark.parametrize("text", ["CO2e", "CO2", "Chitwan National Park", "Non-Enhancing Tumor Core",
                                  "Surrounding Non-Functional Hemisphere", "Enhancing Tumor", "out-of-vocabulary",
                                  "OpenGL", "gRPC", "Government Accountability Office", "Stanford Healthcare",
                                  "PBC", "MUSA", "Gulf of Mexico", "New York Bight", "Amazon Basin",
                                  "International Ski Federation", "Natural Language-Guided Drones"])
def test_units_places_and_regions_of_an_organ_are_no_entities(text):
    assert not keep(text, "Method", "ner")


def test_a_dimension_before_a_tasks_words_is_no_coined_word_a_phrase_runs_on_from():
    assert keep("6D object pose estimation", "Task", "gazetteer") and keep("3D medical image segmentation", "Task", "ner")
    assert not keep("3D deep learning technology", "Method", "ner")


@pytest.mark.parametrize("text", ["3D pose predictions", "segmentations", "diagnostic predictions", "machine translations"])
def test_a_tasks_outputs_in_the_plural_are_no_task(text):
    assert not keep(text, "Task", "ner") and keep("pose estimation", "Task", "ner")


def test_a_coined_name_in_a_list_of_methods_is_listed_among_methods():
    from kg.extract.entities import listed_among_methods

    assert listed_among_methods("surpassing prior state-of-the-art methods such as ", "Topo-CXR")
    assert not listed_among_methods("METHODS: Using 7102 ", "CPCs")
    assert not listed_among_methods("generalist methods on StrasBypass70 (+23.7), Cholec80 (+16.5), and ", "AutoLaparo")
    assert not listed_among_methods("speech feature extraction methods: ", "Wav2Vec2.0")


def test_data_sets_of_a_kind_in_the_plural_and_fields_of_study_are_no_entities():
    assert not keep("Object Recognition Datasets", "Dataset", "ner", capitals=False)
    assert not keep("Multiple-Choice Benchmarks", "Dataset", "ner", capitals=False)
    assert keep("Stanford Drone datasets", "Dataset", "ner") and keep("Stanford Drone", "Dataset", "ner")
    assert keep("Indian Language POS-tag Corpora", "Dataset", "ner")
    assert not keep("Artificial Intelligence", "Task", "acronym", long_form=None)
    assert not keep("Generative AI", "Method", "ner") and not keep("Artificial General Intelligence", "Task", "ner")
    assert not keep("AGI", "Method", "ner_generic", long_form="artificial general intelligence")
    assert not keep("AI-Generated Content", "Method", "ner_generic") and not keep("AI content", "Method", "ner")


def test_an_acronym_of_two_surnames_is_no_entity():
    assert not keep("KM", "Method", "ner_generic", long_form="Körner and Marton")
    assert keep("DT", "Method", "acronym", long_form="Detection and Tracking")


def test_a_trade_off_of_two_measures_is_no_metric():
    assert not keep("accuracy-time", "Metric", "gazetteer", "PI-OHAM has superior accuracy-time trade-offs")
    assert not keep("Vivado", "Metric", "ner", "employing Vivado HLS to produce 3 RTL implementations")


@pytest.mark.parametrize("text", ["external Bayesian source memory", "low-latency VLA policies",
                                  "federated VLM framework", "vLLM-based dense model"])
def test_a_generic_phrase_around_a_name_is_a_description(text):
    assert not keep(text, "Method", "ner_generic")


def test_a_generic_phrase_opened_or_closed_by_a_name_stays():
    assert keep("GRPO training", "Method", "ner_generic")
    assert keep("contrastive InfoNCE", "Method", "ner_generic")
    assert keep("LLM agents", "Method", "ner_generic")


def test_a_metric_word_in_another_sense_is_not_a_metric():
    assert metric_in_other_sense("associative recall", "Models fail at associative recall.")
    assert metric_in_other_sense("recall", "The model must recall facts from its context.")
    assert not metric_in_other_sense("recall", "Our method improves recall by 4%.")
    assert not keep("recall", "Metric", "ner", "The model must recall facts from its context.")
    assert keep("recall", "Metric", "ner", "Our method improves recall by 4%.")
    assert metric_in_other_sense("sensitivity", "It lowers sensitivity to noise and improves accuracy by 3%.")
    assert not metric_in_other_sense("sensitivity", "A specificity of 91% and a sensitivity of 93.5%.")
    assert not metric_in_other_sense("accuracy", "It runs 2x faster with comparable accuracy to full attention.")
    assert not metric_in_other_sense("Continuous Ranked Probabilistic Score", "")  # a score, whatever its adjective
    assert not metric_in_other_sense("false positive rate", "")
    # "error" and "coverage" measure only with a result near them, not anywhere in the sentence
    assert metric_in_other_sense("error", "It explores by trial and error, leading to further improvements of 5%.")
    assert metric_in_other_sense("coverage", "We ensure the diversity and coverage of the constructed data: 7 tasks.")
    assert not metric_in_other_sense("error", "Both in terms of accuracy (2-3X lower error) and compute efficiency.")
    assert not metric_in_other_sense("coverage", "The tokenizer achieves 99.62% vocabulary coverage and the rest.")


def test_balanced_brackets_and_quotes():
    assert balanced("ResNet (50 layers)") and not balanced("generalization (perplexity") and not balanced("a) b")
    assert balanced('the "Ground-to-Drone" localization') and balanced("\u201cReal\u201d data")
    assert not balanced('mild-to-severe" intra-subject generation') and not balanced("AI \u201cSlop")


def test_generic_words():
    assert is_generic("the proposed framework") and not is_generic("graph neural networks")
    assert is_generic("zero-shot setting") and is_generic("Zero-Shot Baseline") and is_generic("state-of-the-art")


def test_a_known_name_of_generic_words_stays_and_a_view_is_no_entity():
    assert keep("zero-shot learning", "Task", "gazetteer") and keep("few-shot learning", "Task", "ner")
    assert not keep("zero-shot settings", "Task", "ner") and not keep("zero-shot evaluation", "Task", "gazetteer")
    assert not keep("BEV", "Model", "acronym", long_form="bird's-eye-view") and keep("BEV segmentation", "Task", "ner")


@pytest.mark.parametrize("before, text, after, kind", [
    ("results on the ", "ImageNet", " dataset show", "Dataset"),
    ("we fine-tuned Llama on ", "ShareGPT", " and", "Dataset"),
    ("we use ", "Qwen2.5-7B", " as", "Model"),
    ("on the ", "summarization", " task", "Task"),
    ("benchmarks like CIFAR-10 and ", "CelebA-64", " while", "Dataset"),
    ("we use ", "BERT", " for", None),
    ("images from the ", "FLUX", " model", "Model"), ("a ", "ConvNeXt", " backbone", "Model"),
    ("a ", "diffusion", " model", None),
    ("we present ", "GRAB", ", a finance-specific benchmark for", "Dataset"),
    ("we construct ", "FabTab", ", the first benchmark dataset of", "Dataset"),
    ("we present ", "GRAB", ", a model trained on the benchmark", "Model"),  # the phrase's head, not "benchmark"
    ("proposed ", "MeNet", ", a mixed effects convolutional neural network (CNN), for", "Model"),
    ("with ", "HANS", " (McCoy et al., 2019b), a synthetic dataset targeting", "Dataset"),
    ("we introduce ", "BiasUnlearn", ", a novel model debiasing framework which", "Method"),
    ("we use ", "ResNet", ", the ImageNet dataset, and CIFAR-10", None),  # a list, not a description
    ("Policies for Diffusion ", "Transformers", ", a framework that", None),  # cut from a longer name
    ("", "Hyperspectral anomaly detection", " (HAD), a crucial approach for", None),  # a task by its own words
    ("introduce Candidate Prior Normalization (", "CPN", "), a simple yet effective training-free score calibration "
     "module designed to", "Method"),  # an acronym reads the phrase after its bracket
    ("Hyperspectral anomaly detection (", "HAD", "), a crucial approach for", None),  # as its long form, a task's
    ("We propose ", "FooNet", " — a lightweight convolutional network for segmentation", "Model"),
    ("strong results on ", "mathematical reasoning", " benchmarks such as", "Task"),
    ("Additional experiments on ", "code generation", ", zero-shot", "Task"),
    ("Additional experiments on ", "HumanEval", ", zero-shot", "Dataset"),
    # a name listed with names before a model's noun is a model run, not data read ("experiments on LLaMA and Mistral
    # models", "using CBC-SLP, CBC, and CMX backbones"); not a name beside a kind of model ("SVIs and diffusion models")
    ("Experiments on ", "LLaMA", " and Mistral models show", "Model"), ("Experiments on ", "InternVL", " models", "Model"),
    ("using ", "CBC-SLP", ", CBC, and CMX backbones.", "Model"), ("aligns ", "SVIs", " and diffusion models", None),
    ("Experiments on ", "ImageNet", " and COCO show", "Dataset"),
    ("on the ", "MATH", " benchmark", "Dataset"),
    ("on three tumor segmentation datasets -- BraTS 2021, ", "KiTS23", ", and LiTS --", "Dataset"),
    # a system's noun, then its name set off by a comma
    ("this paper proposes a novel framework, ", "JSM", ", to enhance depth", "Method"),
    ("we propose a training-free framework, ", "Context-Preference Activation Steering", " (CAS).", "Method"),
    # a name of the policy or preference optimisation family, read as data in "trained with GRPO on ..."
    ("DecomposeRL frames decomposition as a policy trained with ", "GRPO", " and a reward ensemble", "Method"),
    ("improves over DAPO and ", "Flow-GRPO", " baselines", "Method"),
    # a size in the name is of parameters unless the phrase after it says otherwise
    ("we introduce ", "CineDance-1M", ", a large-scale, open research Text-to-Audio-Video (T2AV) dataset", "Dataset"),
    ("we fine-tune ", "Qwen-7B", " on math", "Model"),
    # what a name is, said by "is a": "X is a two-stage framework"; not a name inside the subject, nor a model's release
    ("", "DragDiffusion", " is a diffusion-based method for interactive point-based image editing", "Method"),
    ("", "SaudiCulture", " is a comprehensive dataset of questions", "Dataset"),
    ("integrating transformer-based architecture with ", "CNNs", " is a feasible approach", None),
    ("", "GPT-5", " is a unified system with a smart and fast model", None),
    ("we propose a training-free framework, ", "Large language models", " are", "Model"),  # by its own head
    # a family's or a suite's members say its kind; a collection of other things is data
    ("We introduce the ", "MiniMax-M2", ", a family of Mixture-of-Experts language models built", "Model"),
    ("Then, we collect ", "AIRiskDilemmas", ", a diverse collection of dilemmas that pit values", "Dataset"),
    ("we show that our model, ", "REACH-Net", ", achieves", "Model"),
    ("SDA-UCT employs an attention-enhanced network (", "AttUCT", ") pre-trained on simulation datasets", "Model"),
    # a Title Case phrase the text calls a task, and its acronym, whatever the head noun; not a benchmark's, a model's
    # or a known method's
    ("we propose the ", "Weather Forecasting Report", " (WFR) task and", "Task"),
    ("we propose the Weather Forecasting Report (", "WFR", ") task and", "Task"),
    ("This paper addresses the ", "Variable Gapped Longest Common Subsequence", " (VGLCS) problem, a", "Task"),
    ("The ", "Object Goal Navigation", " (ObjectNav) task requires", "Task"),
    ("The Object Goal Navigation (", "ObjectNav", ") task requires", "Task"),
    ("on the BIG-Bench Hard (", "BBH", ") tasks", None), ("in the ", "Large Language Model", " (LLM) tasks", "Model"),
    ("we design two Supervised Fine-Tuning (", "SFT", ") tasks", None),
    ("reaches a generative perplexity (", "GenPPL", ") of 59.76 at", "Metric"),
    ("Existing rank-adaptive solutions such as ", "DyLoRA", " mitigate this", "Method"),
    ("embedding-based methods such as ConFit and ", "ConFit v2", " can retrieve", "Method"),  # a versioned name
    ("It outperforms strong exact MIP baselines (SCIP, ", "CBC", ") in both", "Method"),
    ("surpasses proprietary systems such as ", "GPT-4-Turbo", " (17.6%)", "Model"),  # a model family's release
    ("the state-of-the-art methods, such as GLIMPSE, ", "iSummary", ", PEGASUS", "Method"),
    ("it surpasses strong baselines (", "FID", " 5.6, R@1 0.86).", None),  # values listed, not systems
    # a comparison won on a data set; not on a model's release or family, which the compared methods were run on
    ("significantly outperforms existing methods on both ", "AniClipart", " and ChallengeSVG", "Dataset"),
    ("GemMaroc-27B matches Atlas-Chat on ", "DarijaMMLU", " (61.6) and", "Dataset"),
    ("surpassing the previous best on ", "DenseUAV", " by 3.48%", "Dataset"),
    ("consistently outperforming prior methods on ", "Qwen3-30B-A3B", ", DeepSeek-V2-Lite", None),
    ("SENSE outperforms multiple baselines on the ", "LLaMA", " and Qwen families", None),
    ("It outperforms baselines on ", "long-horizon planning", ".", None),
    # a sentence opened by "On" and a coined name before its comma; not a model's
    ("the same response. On ", "SpeechOcean762", ", our approach matches", "Dataset"),
    ("the same response. On ", "Llama-3-8B", ", our attack succeeds", "Model"), ("results. On ", "GPT-4o", ", it", None),
    ("which depends on ", "SpeechOcean762", ", and", None),
    # a task's phrase before a data set's noun is the task of the data sets; a data set's name before the task's word
    # names one
    ("Experiments on six ", "QA", " benchmarks show", "Task"), ("on ", "Multi-hop QA", " benchmarks", "Task"),
    ("fine-tuned on all ", "Bengali sentiment analysis", " (BSA) datasets", "Task"),  # a task Papers with Code lists
    ("on the ", "COCO-Stuff segmentation", " benchmark", "Dataset"), ("on the ", "KITTI 2D detection", " benchmark",
                                                                       "Dataset"),
    ("Experiments on ", "VRC-QA", " show", "Dataset"), ("on the ", "NExT-QA", " benchmark", "Dataset"),
    ("datasets: the ", "RSI Shadow Detection", " (RSISD) dataset and", "Dataset"),
    ("substitution errors in Arabic datasets (e.g., ", "KHATT", ") are caused by", "Dataset"),
    ("validated using FLAIR MRI from the ", "MSSEG2", " challenge dataset. The method", "Dataset"),
    ("performance. Experiments on DAUB and ", "IRDST", " demonstrate its", "Dataset"),  # a list's last name
    ("In our extensive experiments on VQS-4K, ", "VQSAM", " achieves promising", None),  # a clause after a comma
    # a database or an archive a coined word opens; a name in brackets after a data set's noun
    ("images from the ", "UFPR-Periocular database", ", which", "Dataset"), ("and the ", "UCR Time Series Archive",
                                                                            " illustrate", "Dataset"),
    ("stored in a ", "vector database", ".", None), ("an unseen simplification dataset (", "MedEASI", "), as", "Dataset"),
    # names listed after chatbots or paradigms
    ("LLM-based chatbots, including ChatGPT, ", "ChatPDF", ", and", "Model"),
    ("three alignment paradigms (", "DPA", ", DPO, and SFT)", "Method"),
    # coined names listed before a method's noun, first or last; not a name alone before a plural ("Prior OPS
    # approaches" are approaches to a task)
    ("similarly to ", "MeNet", " and LMMNN methods on", "Method"), ("similarly to MeNet and ", "LMMNN", " methods on",
                                                                   "Method"),
    ("as separate instances. Prior ", "OPS", " approaches largely", None),
    ("we propose a single-pass adaptive tokenizer, ", "KARL", ", which predicts", "Method"),
    ("Statistical analyses, including ", "MANOVA", " and chi-squared tests", "Method"),
    # a score before a coined name: a metric's, or a benchmark's where one the gazetteer lists goes before it
    ("It achieves 32.01% SR and 21.28% ", "SPL", " on R2R.", "Metric"),
    ("(8B: 80.2% AndroidWorld, 48.5% OSWorld, 62.6% ", "ScreenShot-Pro", ") while", "Dataset"),
    ("(8B: 80.2% AndroidWorld, 48.5% ", "OSWorld", ", 62.6% ScreenShot-Pro) while", None),
    # an evaluation framework set off after a benchmark by its name says nothing against its name
    ("we introduce ", "ProVoice-Bench", ", the first evaluation framework specifically designed for", None),
    ("we introduce ", "ProVoice", ", the first evaluation framework specifically designed for", "Method"),
    # a measure's noun right after a coined name; not a model's ("GPT-4 score higher": a verb)
    ("guided by our novel ", "STR", " score. The score captures", "Metric"), ("we use the ", "LPIPS", " metric", "Metric"),
    ("Results show ", "GPT-4", " score higher", None), ("APEX reaches a ", "GenEval", " score of 0.89", None),
    ("AiScientist improves ", "PaperBench", " score by 10.54 points", None),
    ("Our system achieves the ", "top-1", " score on the private test set", None),  # a rank
    # a list's data described after it in the plural
    ("We evaluate on UODD (underwater) and ", "NEU-DET", " (industrial defects), two widely adopted benchmarks for",
     "Dataset"),
    # what a name is taken as, said after it; not of a model's release
    ("the promise of ", "evolutionary CoT synthesis", " as a scalable and effective method for", "Method"),
    ("we release ", "PolicyQA", " as a new, open benchmark for", "Dataset"),
    ("we propose ", "FRACTAM", " as a baseline framework.", "Method"),
    ("we propose ", "Multilingual Consistency", " (MLC) as a complementary metric to accuracy", "Metric"),
    ("we test ", "natural language inference", " (NLI) as a more realistic alternative bias metric.", None),  # a task
    ("building out the AI ", "GameStore", " as a practical way to measure and drive progress", None),  # a verb
    ("results establish ", "ContextSeisNet", " as a practical approach for", None),  # a network's name
    ("we validate the use of an ", "LLM", " as a judge evaluation strategy", None),  # a class
    # names listed after a models' noun and its acronym
    ("Vision State Space Models (SSMs) like Vim, VMamba, and ", "SiMBA", " rely on", "Model"),
    # a long form before its acronym and a measure's noun
    ("We introduce a ", "Spatio-Temporal Curvature", " (STC) metric to identify", "Metric"),
    ("We introduce a ", "Spatio-Temporal Curvature", " (STC) module to identify", "Method"),
    # a model family's release, its version after a dot, where experiments are run on it
    ("Extensive experiments on ", "FLUX.1-dev", " and Stable Diffusion 3.5 Medium demonstrate", "Model"),
    # a task defined by what it does, set off after its name; not a class of models before it
    ("we tackle ", "exemplar-based image editing", " -- the task of transferring an edit from", "Task"),
    ("", "Object Compositing", ", the task of placing an object in a scene", "Task"),
    ("enhanced the factual base of ", "LLMs", ", the task of retaining extensive personal", None),
    # a long form and its acronym before a method's activity
    ("", "Min-Sum", " (MS) decoding is a popular low-complexity alternative", "Method"),
    ("Min-Sum (", "MS", ") decoding is a popular low-complexity alternative", "Method"),
    ("", "Text-to-Video", " (T2V) generation models", None),
    # a coined name ending in "Model"; not a word that only holds the word
    ("(iii) ", "ServImageModel", ": under this scoring system, we propose", "Model"),
    ("the ", "Modelica", " language", None), ("We evaluate ", "nModels", " VLMs on both", None),
    # a new task set off after its name
    ("vidEo manipuLation (", "REVEL", "), a new task that enables users", "Task"),
    ("we introduce ", "MMBench", ", a new task suite", "Dataset"),
    # a measure's label before a colon and its value, in a list after any noun
    ("degraded calibration compared to simpler models (", "ECE", ": 0.049), this", "Metric"),
    ("attacks (PSNR: 52.26 dB, SSIM: 0.999, ", "NMI", ": 0.741), enabling", "Metric"),
    ("(embeddinggemma-300m: 100.00%, ", "GPT-4", ": 99.54%)", None),
    # a coined task before "problem", "a" and a word before it
    ("formulates gaze understanding as a unified ", "VQA", " problem through four tasks", "Task"),
    ("a ", "FM", " task-specific evaluator", None),
    # a phrase in a list a tasks' noun opens; not a benchmark's name there
    ("STAGE defines four tasks: ", "knowledge graph construction", ", scene-level event summarization", "Task"),
    ("on tasks such as MMLU and ", "Abstract Reasoning Corpus", ".", None),
    ("reasoning-heavy tasks (LiveCodeBench and ", "Humanity's Last Exam", ").", None),
    ("editing and vision tasks--formats such as ", "Digital Negative", " (DNG) require", None),
    # a system's noun and a comma before a long form in capitals, small words in it
    ("we introduce a framework, ", "Knowledge-Enhanced with Fine-Grained Reinforced Rewards Medical Report Generation",
     " (KERM), to tackle the issue", "Method"),
    # a benchmark's name ending in an architecture's
    ("we introduce ", "ARMBench-VL", ", comprising three benchmarks", None),
    # a rate per unit of time or data, and its acronym
    ("parameter count, model size, and ", "frames-per-second", " (FPS) on a GPU", "Metric"),
    ("model size, and frames-per-second (", "FPS", ") on a GPU", "Metric"),
    # a task phrase in lower case before a system's noun is what the system does; a part's name in capitals is not
    ("we propose MGT-Prism, an ", "MGT detection", " method from the perspective", "Task"),
    ("we propose a ", "Python code generation", " framework utilizing LLMs", "Task"),
    ("We designed an ", "Attribute Retrieval", " module that first clusters", "Method"),
    ("a hybrid ", "BPE segmentation", " strategy", "Method"),
    # a versioned network before "architecture", even after results "based on" it; a design's name is no model
    ("The results were based on the ", "BERT-6", " architecture pre-trained on Wikipedia", "Model"),
    ("We adopt the ", "MoE", " architecture.", None),
    # a score in brackets after a coined name "on" names data; a sized model stays a model
    ("VIGA substantially improves one-shot baselines on ", "BlenderGym", " (35.32%) and SlideBench", "Dataset"),
    ("It improves accuracy on ", "Llama-3-8B", " (45.2%) and others.", "Model"),
    # a field opening a sentence, what it aims at after it: a task by its head, not a method's
    ("", "Reference-based Image Super-Resolution", " (RefSR) aims to restore a low-resolution image", "Task"),
    ("prompts. ", "Training-free 3D editing", " aims to modify 3D shapes", "Task"),
    ("", "Knowledge distillation", " (KD) aims to transfer knowledge", None),
    # a data set's noun after a count and describing words before a coined name
    ("and introduce an 8k multi-turn conversation dataset ", "UserAssist", ", which we use", "Dataset"),
    # a named system opening a sentence, not a task a sentence calls a technique
    ("", "Active Membership Inference Test", " (aMINT) is a method designed to detect", "Method"),
    ("", "Gait recognition", " is a non-intrusive biometric technique for security", None),
    # a named problem opening a sentence
    ("", "Dynamic Flexible Job-Shop Scheduling", " (DFJSP) is an NP-hard problem challenged by", "Task"),
    # one lower-case task word in a list a tasks' noun opens
    ("improved performance in tasks like ", "denoising", ", super-resolution, and face restoration", "Task"),
    # a metric Papers with Code lists as nothing else, or a coined score, is the metric a result, score or comparison is
    # "on", no data set; not any "on"
    ("our MGHFT obtains an improvement, 5.4% on ", "F1", " and 4.0% on accuracy.", "Metric"),
    ("17 teams surpassed the baseline on ", "SemScore", ", and the top team won.", "Metric"),
    ("JERR outperforms all baselines on the ", "ROUGE", " and F1 metrics, with the best scores.", "Metric"),
    ("Our analysis relates to prior work on ", "EM", ": inoculation explains it.", None),
    ("achieves 64% on ", "QHack", ", a new benchmark.", "Dataset"),
    # capitalised words a hyphen joins to an acronym after a sentence's "On"
    ("The model looks at anatomy. On ", "Medical-Diff-VQA", ", the approach attains gains.", "Dataset"),
    # a coined score alone, unless set off as a system
    ("For exact evaluation, a task-adaptive score, ", "PlanScore", ", is proposed.", "Metric"),
    ("We introduce ", "EigenScore", ", a new OOD detection method for LLMs.", "Method"),
    # a reward named in capitals is a method; an aggregate reward is not
    ("We design ", "Spatial Alignment Reward", " to enhance spatial reasoning.", "Method"),
    ("The agent achieves higher ", "Average Reward", " than baselines.", None),
    # an acronym listed before a plural "tasks" is a task, unless a benchmark's name
    ("state-of-the-art performance on REC, ", "OVD", ", and VQA tasks, outperforming", "Task"),
    ("beneficial for many ", "CIR", " tasks.", "Task"),
    ("a suite of translated ", "GLUE", " and SuperGLUE tasks.", None),
    ("the variation of results from ", "CV", " tasks, we take averages", None),  # two letters: methods as often
    # a method's name before data sets in the plural says what they are for
    ("oracle policies and pre-built ", "SFT", " datasets, a harness", None),
    # a unit after a value is no metric
    ("MAE values of 0.41 and 0.27 ", "kPa", " for the ramp surcharge", None),
    # a name two values are compared in is a measure, unless a model family's release
    ("slightly improving instruction adherence (", "CLIP-T", " 0.2283 vs. 0.2266, +0.7%)", "Metric"),
    ("greater per-turn diagnostic efficiency (", "AUCC", ": 0.628 vs. 0.458, absolute gain +0.170)", "Metric"),
    ("the strongest model (", "GPT-4o", " 85.2 vs. 80.1) leads", None),
    # a task Papers with Code lists, in lower case, before a data set's noun: the data's task
    ("we evaluate search agents using ", "red-teaming", " datasets and find", "Task"),
    ("on a comprehensive suite of ", "hallucination", " and safety benchmarks", "Task"),
    # a system the gazetteer lists is run in experiments on it, not read as data
    ("Experiments on ", "Stable Diffusion", " and FLUX show that it helps", None),
    ("Experiments on ", "ImageNet", " and COCO show that it helps", "Dataset"),
    # a tool's noun after a coined name: the tool, unless the name is a model's
    ("Our ", "BPE-16K", " tokenizer emits fewer tokens", "Method"), ("the ", "Llama-3", " tokenizer emits", None),
    # training on a coined name reads it as data, a model's release as run
    ("we show that RLVR training on ", "NP-ENGINE-DATA", " enables strong transfer", "Dataset"),
    ("fine-tuning on ", "Llama-3-8B", " improves", "Model")])
def test_cue_words_type_a_mention(before, text, after, kind):
    assert cue_type(before, text, after) == kind


def test_versioned_names_look_like_models():
    assert looks_versioned("Llama-3.1") and looks_versioned("GPT-4") and looks_versioned("Qwen2-7B")
    assert not looks_versioned("ImageNet") and not looks_versioned("question answering")


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _fixed(nlp, text, start, end, label=None):
    doc = nlp(text)
    bounds = fix_span(doc, start, end, label)
    return None if bounds is None else doc[bounds[0] : bounds[1]].text


@pytest.mark.parametrize("text, kept", [
    ("lower complexity", False), ("human-scene interactions", False), ("first-order logic", False),
    ("n2c2", True), ("nuScenes", True), ("bioRxiv", True), ("language modeling", True)])  # a task's phrase: its votes
def test_a_data_set_read_in_plain_lower_case_words_is_no_graph_entity(text, kept):
    assert keep(text, "Dataset", "ner", "x") is kept


def test_a_shared_task_is_named_with_its_number_and_not_with_the_team_at_it(nlp):
    assert _fixed(nlp, "This paper presents our system for SemEval-2025 Task 9 here.", 6, 8) == "SemEval-2025 Task 9"
    assert _fixed(nlp, "HausaNLP at SemEval-2025 Task 3: Towards Detection", 0, 4) == "SemEval-2025 Task 3"
    assert _fixed(nlp, "We solve the Task 3 cases.", 3, 4) == "Task"  # a word alone names no shared task


def test_boundaries_drop_determiners_and_possessives(nlp):
    assert _fixed(nlp, "We use our SpecInfer engine.", 2, 5) == "SpecInfer engine"
    assert _fixed(nlp, "We use the model.", 2, 3) is None
    # a maker's possessive before its system's name, not a person's before a measure's
    assert _fixed(nlp, "It runs under OpenAI's GPT-5-mini here.", 3, 8) == "GPT-5-mini"
    assert _fixed(nlp, "We report Cohen's Kappa here.", 2, 5) == "Cohen's Kappa"


def test_a_phrase_after_in_cut_before_its_systems_noun_leaves_the_name_before_in(nlp):
    text = "Enhancing Terminology Translation in Speech Language Models"
    assert _fixed(nlp, text, 1, 6) == "Terminology Translation"
    text = "Learned Hallucination Detection in Black-Box LLMs using Entropy"
    tokens = [t.text for t in nlp(text)]
    assert _fixed(nlp, text, 1, tokens.index("LLMs")) == "Hallucination Detection"
    text = "Human-in-the-Loop Agents"  # "in" inside a hyphenated word
    assert _fixed(nlp, text, 0, len(nlp(text)) - 1) == "Human-in-the-Loop"
    text = "Emotion Recognition in Signers"  # the phrase after "in" whole
    assert _fixed(nlp, text, 0, 4) == "Emotion Recognition in Signers"


def test_average_precision_is_a_measure_of_its_own_and_a_values_unit_opens_no_name(nlp):
    text = "It attains 44.5 percent box average precision and the mean average precision at IoU 0.5 ."
    assert _fixed(nlp, text, 6, 7, "Metric") == "average precision"  # "precision" read alone
    assert _fixed(nlp, text, 11, 12, "Metric") == "mean average precision"
    assert _fixed(nlp, "Its average accuracy rose .", 2, 3, "Metric") == "accuracy"  # accuracy averaged
    assert _fixed(nlp, text, 2, 7, "Metric") == "box average precision"  # "44.5 percent" no part of it


def test_a_word_of_degree_is_cut_from_a_tasks_name(nlp):
    assert _fixed(nlp, "It distinguishes substantial content generation here", 2, 5, "Task") == "content generation"


def test_a_participle_opening_a_clause_after_a_name_is_cut(nlp):
    text = "We build it for DR featuring minimal web crawling ."
    assert _fixed(nlp, text, 4, 6) == "DR"
    text = "a benchmark for Automatic GUI development spanning 52 applications"
    assert _fixed(nlp, text, 3, 7) == "Automatic GUI development"
    assert _fixed(nlp, "Tool-Using agents", 0, 3) == "Tool-Using"  # a hyphenated word's end, no clause


def test_boundaries_keep_hyphenated_words_whole(nlp):
    doc = nlp("We train BERT-base today.")
    start = [t.text for t in doc].index("BERT")
    assert _fixed(nlp, "We train BERT-base today.", start, start + 1) == "BERT-base"
    text = "on our curated MedAction-300-Hard benchmark"  # the first piece one token: "MedAction-300"
    start = [t.text for t in nlp(text)].index("Hard")
    assert _fixed(nlp, text, start, start + 1) == "MedAction-300-Hard"


def test_boundaries_keep_a_size_after_a_models_coined_name(nlp):
    def model(text, name):
        doc = nlp(text)
        start = [t.text for t in doc].index(name)
        bounds = fix_span(doc, start, start + 1, "Model")
        return doc[bounds[0] : bounds[1]].text
    assert model("We compare GPT-4o mini with it.", "GPT-4o") == "GPT-4o mini"
    assert model("BERT large is better.", "BERT") == "BERT large"
    assert model("LLMs large enough can do it.", "LLMs") == "LLMs"  # a class
    assert model("BERT large-scale pretraining helps.", "BERT") == "BERT"
    assert model("GPT-4 small data helps.", "GPT-4") == "GPT-4"
    doc = nlp("Adjusting the RoPE base trades off positions.")  # a method's base is its frequency
    assert fix_span(doc, 2, 3, "Method") == (2, 3)


@pytest.mark.parametrize("text, family, name", [
    ("We evaluate Claude Opus 4.6 on it.", "Claude", "Claude Opus 4.6"),
    ("It beats Gemini 2.5 Pro here.", "Gemini", "Gemini 2.5 Pro"),
    ("We tune Llama 3.1 70B Instruct with LoRA.", "Llama", "Llama 3.1 70B Instruct"),
    ("We ran Llama 2 models 3 times.", "Llama", "Llama 2"),
    ("Llama 3 large language models differ.", "Llama", "Llama 3"),  # a size word in lower case is a description
    ("We use BERT 12 layers deep.", "BERT", "BERT"),  # no family whose releases are written so
    ("We tune Llama 3.3-70B-Instruct here.", "Llama", "Llama 3.3-70B-Instruct"),  # release words glued by hyphens
    ("Gemma 2 2B-IT answers.", "Gemma", "Gemma 2 2B-IT"),
    ("Qwen 2.5-based agents act.", "Qwen", "Qwen 2.5"),  # not what is built on it, nor a dash
    ("Mistral 123B-despite its size-fails.", "Mistral", "Mistral 123B"),
])
def test_a_model_familys_release_words_are_part_of_its_name(nlp, text, family, name):
    doc = nlp(text)
    start = [t.text for t in doc].index(family)
    bounds = fix_span(doc, start, start + 1, "Model")
    assert doc[bounds[0] : bounds[1]].text == name


def test_a_size_the_tokenizer_splits_from_its_unit_is_read_whole(nlp):
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=["Runs", "on", "GPT-2", "557", "M", "and", "it", "."],
              spaces=[True, True, True, False, True, True, False, False])
    bounds = fix_span(doc, 2, 3, "Model")
    assert doc[bounds[0] : bounds[1]].text == "GPT-2 557M"


def test_boundaries_cut_unbalanced_brackets(nlp):
    text = "It improves generalization (perplexity and accuracy)."
    assert _fixed(nlp, text, 2, 5) == "generalization"


@pytest.mark.parametrize("text, phrase, label, expected", [
    ("It targets high-quality image generation.", "high-quality image generation", "Task", "image generation"),
    ("It enables robust 4D world modeling.", "robust 4D world modeling", "Task", "4D world modeling"),
    # or says how hard or how directly it is done
    ("It fails at complex mathematical reasoning.", "complex mathematical reasoning", "Task", "mathematical reasoning"),
    ("It enables human-level spatial understanding.", "human-level spatial understanding", "Task",
     "spatial understanding"),
    ("It allows direct answer generation.", "direct answer generation", "Task", "answer generation"),
    ("Thus modern face recognition fails.", "modern face recognition", "Task", "face recognition"),  # or when
    ("We study automatic semantic parsing here.", "automatic semantic parsing", "Task", "semantic parsing"),  # by what
    ("We study automatic speech recognition here.", "automatic speech recognition", "Task",
     "automatic speech recognition"),  # (a whole Papers with Code knows)
    ("Stock State Space Graph for Enhanced Stock Trend Prediction", "Enhanced Stock Trend Prediction", "Task",
     "Stock Trend Prediction"),  # a title capitalises every word
    ("Comprehensive panoramic scene understanding is hard.", "Comprehensive panoramic scene understanding", "Task",
     "panoramic scene understanding"),  # a sentence its first word
    ("Unified multimodal models (UMMs) grow.", "Unified multimodal models", "Model", "Unified multimodal models"),
    ("It beats conventional antenna systems (CAS).", "conventional antenna systems", "Method",
     "conventional antenna systems"),  # the acronym spells the word
    # part of the task's name, a name Papers with Code knows, or too little left: the span stays
    ("It improves novel view synthesis.", "novel view synthesis", "Task", "novel view synthesis"),
    ("It improves multiple object tracking.", "multiple object tracking", "Task", "multiple object tracking"),
    ("It improves robust speech recognition.", "robust speech recognition", "Task", "robust speech recognition"),
    ("It improves efficient inference.", "efficient inference", "Task", "efficient inference"),
    ("It needs robust and balanced multimodal fusion.", "robust and balanced multimodal fusion", "Task",
     "robust and balanced multimodal fusion"),
    ("We present Robust Video Matting (RVM).", "Robust Video Matting", "Method", "Robust Video Matting"),  # no task
    # so for a method or a model written in lower case, or one word after the praise: "expensive RL"
    ("It preserves standard multi-head attention.", "standard multi-head attention", "Method", "multi-head attention"),
    ("Unlike methods requiring expensive RL, it", "expensive RL", "Method", "RL"),
    ("We add a lightweight MLP.", "lightweight MLP", "Model", "MLP"),
    ("We add a lightweight decoder.", "lightweight decoder", "Model", "lightweight decoder"),  # no name left
    ("It scores 43.9% on text-based NP-Bench today.", "text-based NP-Bench", "Dataset", "NP-Bench"),  # built on
    ("We present Efficient Attention Networks.", "Efficient Attention Networks", "Model", "Efficient Attention Networks"),
])
def test_a_task_span_drops_a_first_word_that_only_praises_it(nlp, text, phrase, label, expected):
    doc = nlp(text)
    span = doc.char_span(text.index(phrase), text.index(phrase) + len(phrase))
    bounds = fix_span(doc, span.start, span.end, label)
    assert doc[bounds[0] : bounds[1]].text == expected


def test_a_generic_phrase_keeps_the_word_that_praises_it_unless_it_is_a_task(nlp):
    doc = nlp("It targets high-quality image generation.")
    assert fix_span(doc, 2, 7, "Method", generic=True) == (2, 7)  # SciERC marks "robust parsing" whole
    assert fix_span(doc, 2, 7, "Task", generic=True) == (5, 7)  # the graph's task is "image generation"


def test_boundaries_extend_a_capitalised_run_to_its_head_noun(nlp):
    text = "The Deep Contextualized Neural Autoregressive Topic Model works."
    assert _fixed(nlp, text, 1, 6) == "Deep Contextualized Neural Autoregressive Topic Model"


def test_a_capitalised_run_grows_only_to_a_head_noun_and_a_name_ends_at_a_colon(nlp):
    text = "Teaching Large Language Models When Not to Know"
    assert _fixed(nlp, text, 1, 4) == "Large Language Models"
    # not from a system's name to a plain word for a kind of system right after it; over other words to one, yes
    assert _fixed(nlp, "A Large Language Model Approach to Reducing Bias", 1, 4) == "Large Language Model"
    assert _fixed(nlp, "CBPNet: A Continual Backpropagation Prompt Network for Edge Devices", 3, 5) \
        == "Continual Backpropagation Prompt Network"
    assert _fixed(nlp, "SiniticMTError: A Machine Translation Dataset with Error Annotations", 3, 5) \
        == "Machine Translation Dataset"
    assert _fixed(nlp, "CrystalReasoner: Reasoning and RL", 0, 3) == "CrystalReasoner"
    # nor over a title's verb
    text = "Can Large Language Models Generate Effective Datasets for Emotion Recognition?"
    assert _fixed(nlp, text, 1, 4) == "Large Language Models"


def test_a_workshops_year_read_before_a_shared_task_grows_to_the_task(nlp):
    assert _fixed(nlp, "We join SemEval-2025 Task 4 on unlearning .", 2, 3, "Dataset") == "SemEval-2025 Task 4"
    assert _fixed(nlp, "We join SemEval-2025 and win .", 2, 3, "Dataset") == "SemEval-2025"


def test_a_data_sets_name_ends_at_its_noun_in_lower_case_before_what_the_data_are_for(nlp):
    assert _fixed(nlp, "We use the CheXpert Plus dataset for pneumonia detection .", 3, 9, "Dataset") \
        == "CheXpert Plus dataset"
    assert _fixed(nlp, "We use the Bias Benchmark for Question Answering .", 3, 9, "Dataset") \
        == "Bias Benchmark for Question Answering"  # a name written whole


@pytest.mark.parametrize("text, expected", [
    ("MP-SAE -- an SAE that unrolls", "MP-SAE"), ("dynamic manipulation - a core aspect", "dynamic manipulation"),
    ("NotebookLM — on a task", "NotebookLM"),
    ("Llama-3-8B model", "Llama-3-8B model")])  # a hyphen inside a word is no dash
def test_a_name_ends_at_a_dash_set_off_by_spaces(nlp, text, expected):
    assert _fixed(nlp, text, 0, len(nlp(text))) == expected


@pytest.mark.parametrize("text", ["AI Alignment Must Surface Disagreement", "Robots Do the Chores",
                                  "Agents Can Plan"])
def test_an_auxiliary_or_a_determiner_of_a_title_makes_a_clause(text):
    assert not keep(text, "Dataset", "ner", capitals=False)


@pytest.mark.parametrize("text", ["Checklist Engineering Empowers Multilingual LLM Judges",
                                  "Language Feedback Teaches Vision Models", "Chain-of-Thought Tames Hallucination"])
def test_a_titles_verb_makes_a_clause(text):
    assert not keep(text, "Dataset", "ner", capitals=False)


def test_a_titles_verb_opening_a_span_may_name_a_thing(nlp):
    assert keep("Teach VLM", "Model", "ner")
    from spacy.tokens import Span

    from kg.extract.rules.boundaries import _with_capitalised_words_before

    doc = nlp("Building upon Teach VLM , we propose")
    doc.ents = [Span(doc, 3, 4, label="Model")]  # read "VLM"
    assert _with_capitalised_words_before(doc, 3) == 2


def test_capitals_say_nothing_in_a_title_or_at_a_sentence_start():
    assert not keep("Circuit Component", "Method", "ner", capitals=False)
    assert keep("Circuit Component", "Method", "ner")
    assert not keep("Mapping", "Task", "ner", sentence_start=True)
    assert keep("GPT-2", "Model", "ner", capitals=False)


def test_lower_case_method_phrases_need_papers_with_code():
    assert not keep("token embeddings", "Method", "ner")
    assert keep("dropout", "Method", "ner")


@pytest.mark.parametrize("text, kept", [  # none of them a Papers with Code name
    ("gauze counting", True), ("long-context reasoning", True), ("grammatical error correction (GEC)", True),
    ("social media depression screening", True), ("computer vision", True),
    ("deliberative semantic judgment", False), ("semantic preservation", False), ("token-level correctness", False),
    # a quality or a measure heads a property, not a task, unless it names a field ("zero-shot generalization")
    ("cross-frame consistency", False), ("temporal stability", False), ("clip-level accuracy", False),
    ("zero-shot generalization", True), ("AI safety", True)])
def test_a_lower_case_task_phrase_of_the_named_recogniser_needs_a_task_head(text, kept):
    assert keep(text, "Task", "ner") is kept


@pytest.mark.parametrize("text, kept", [
    ("complex reasoning", False), ("high-quality generation", False), ("direct inference", False),
    ("genuine reasoning", False), ("vanilla generation", False), ("advanced complex reasoning", False),
    ("generic generation", False), ("single reasoning", False), ("iterative reasoning", False),
    ("dynamic adaptation", False), ("dynamic scene reconstruction", True),
    ("dramatic reduction", False), ("significant detection", False),
    ("mathematical reasoning", True), ("video generation", True), ("long-context reasoning", True),
    ("complex question answering", True),  # the manner word modifies a task's name
    ("Complex Reasoning", True)])  # a name written with capitals in running text
def test_a_task_phrase_modified_only_by_its_manner_is_no_task(text, kept):
    assert keep(text, "Task", "ner") is kept


@pytest.mark.parametrize("before, text, after, system", [
    ("", "PureVQ-GAN", " achieves a FID of 3.1", True), ("results show that ", "CBDebug", " consistently outperforms", True),
    ("", "ImageNet", " contains 1.2M images", False), ("", "F1 score", " improves by 3 points", False),
    ("", "retrieval", " achieves", False),  # a lower-case phrase is no coined name
    ("our BLiM equipped with ", "CPN", " outperforms", False),  # BLiM outperforms
    ("results show that ", "CMBE", " can effectively eliminate bias", True), ("", "CIFAR", " can be used", False),
    ("results show that ", "PATA", " can preserve rendering fidelity", True)])
def test_a_coined_name_that_outperforms_is_a_system(before, text, after, system):
    assert acts_as_system(before, text, after) is system


@pytest.mark.parametrize("before, text, after, system", [
    ("87.0% on synthetic cases, outperforming MDAgents and ", "MedAgent-Pro", " by over 20%.", True),
    ("benchmarks, surpassing Gemini-3.1-Pro, ", "Seed-2.0", ", and Qwen3-VL-235B.", True),
    ("the open-source LLM judges consistently outperform ", "GPT-5-nano", ". Under", True),
    ("while NoT surpasses ", "ToT", " on multi-hop reasoning", True),
    ("it did not outperform ", "ImageNet", " pretraining", False),  # the name modifies what was beaten
    ("it outperforms ", "CIL", " baselines", False),
    ("it outperforms baselines on FLF2V-obj and ", "VBench", ".", False),  # where it was beaten
    ("our curated pretraining data outperforms ", "FineWeb-Edu", " on 18 benchmarks", False),  # data beat data
    ("it outperforms ", "ImageNet", ".", False),  # a data set Papers with Code knows
    ("it outperforms strong ", "reinforcement learning", " baselines", False),
    ("LookWhen is 6.7x faster than ", "InternVideo2-B", " at equal accuracy.", True),
    ("show that IBCapsNet matches ", "CapsNet", " in clean-data accuracy", True),
    ("an average Bpp reduction of 15.193% relative to the ", "LINR-PCGC", " on 8iVFB.", True),
    ("a cross-modal feature matching benchmark, ", "CM-Bench", ", which", False)])  # "matching" of a noun
def test_a_coined_name_a_system_outperforms_is_a_system(before, text, after, system):
    assert beaten_as_system(before, text, after) is system


@pytest.mark.parametrize("text, expected", [
    ("NTIRE 2026 Challenge", "Dataset"), ("BOP Challenge 2024", "Dataset"),
    ("Ego4D Social Interaction Challenge", "Dataset"),
    ("Grand Challenge", None), ("key challenge", None), ("Lane Detection Challenge", None)])
def test_a_named_challenge_is_a_benchmark(text, expected):
    assert cue_type("results of the ", text, ", which") == expected


def test_a_phrase_headed_by_model_is_a_model():
    assert cue_type("we study ", "Vision-Language Models", " on charts") == "Model"
    assert cue_type("trained with a ", "process reward model", ".") == "Model"
    assert cue_type("a ", "multi-model", " ensemble") != "Model"
    # a data set's cue after it still decides: "the language model benchmarks" are data sets
    assert cue_type("results on ", "LLM-Arena", " benchmark") == "Dataset"


def test_a_dataset_noun_after_the_name_stays_in_the_span_and_types_it_but_leaves_the_label(nlp):
    assert _fixed(nlp, "We use the CMU-MOSEI datasets here.", 3, 7) == "CMU-MOSEI datasets"
    assert _fixed(nlp, "on object-level datasets DTU and more", 1, 6) == "DTU"
    assert cue_type("we introduce the ", "GeoSketch Benchmark", ", a set of") == "Dataset"
    assert label_form("CMU-MOSEI datasets") == "CMU-MOSEI" and match_key("GENIA corpus") == match_key("GENIA")
    # one list of data set nouns everywhere: "treebank" and "data sets" as "corpus"; a noun that is the name stays
    assert label_form("GUM treebank") == "GUM" and label_form("PubMedQA data sets") == "PubMedQA"
    assert label_form("Penn Treebank") == "Penn Treebank"
    assert cue_type("we parse the ", "GUM", " treebank with") == "Dataset"
    # the first names of a list a plural data set noun ends, and names in brackets after one
    assert cue_type("results on the ", "TJ4DRadSet", " and VoD datasets.") == "Dataset"
    assert cue_type("on ", "MMLU", ", GSM8K, and MATH benchmarks") == "Dataset"
    assert cue_type("histopathology benchmarks (glas, ", "CAMELYON-16", ", CAMELYON-17)") == "Dataset"
    assert cue_type("pretraining on ", "2D vision", " and vision-text datasets") != "Dataset"
    assert cue_type("we use ", "BERT", " and RoBERTa models") != "Dataset"


@pytest.mark.parametrize("word", ["benchmarking", "prediction", "evaluation", "diagnostic"])
def test_one_broad_word_is_no_entity_though_papers_with_code_has_a_page_for_it(word):
    assert not keep(word, "Task", "ner_generic_known") and not keep(word.capitalize(), "Task", "ner")
    assert keep("trajectory " + word, "Task", "ner", repeated=True) or word in ("evaluation", "diagnostic")
    assert keep("classification", "Task", "ner_generic_known")


@pytest.mark.parametrize("text", ["JAX-based benchmark", "LiDAR-based model", "Transformer-based models"])
def test_a_description_by_what_a_thing_is_based_on_is_no_entity(text):
    assert not keep(text, "Dataset", "ner_generic") and not keep(text, "Model", "ner")
    assert keep("Wavelet-based Global-Local Interaction Network", "Model", "ner")


@pytest.mark.parametrize("text", ["GPT-4o-generated", "LoRA-fine-tuned", "GPT-4o-powered"])
def test_a_name_with_a_participle_glued_on_is_an_adjective(text):
    assert not keep(text, "Model", "ner")
    assert keep("BERT-base-uncased", "Model", "ner") and keep("AM-DeepSeek-R1-Distilled", "Dataset", "ner")


@pytest.mark.parametrize("text", ["ELN resembles Layer Normalization more", "WorldView-Bench measures Cultural Polarization",
                                  "Human conducts System 2 reasoning"])
def test_a_span_running_on_into_its_verb_is_no_entity(text):
    assert not keep(text, "Method", "ner")


def test_a_span_holding_a_result_is_no_entity():
    assert not keep("Haiku drops 36.2pp", "Task", "ner") and not keep("accuracy rising from 63%", "Metric", "ner")


def test_an_architecture_named_where_data_sets_go_stays_a_model():
    assert cue_type("comprehensive experiments on ", "MiniGPT", " and LLaVA") == "Model"
    assert cue_type("experiments on ", "ImageNet", " show") == "Dataset"


def test_a_method_listed_after_baselines_is_a_method():
    assert cue_type("outperforms baselines including ", "SnapKV", ", AdaKV, and CritiPrefill") == "Method"


@pytest.mark.parametrize("text", ["AI tasks", "LLM compression approach", "VAE-based", "Bayesian neural network weights"])
def test_broad_acronyms_with_generic_words_and_fragments_are_no_entities(text):
    assert not keep(text, "Method", "ner")


@pytest.mark.parametrize("text", ["MP-SAE recovers highly meaningful features", "MP-SAE -- an SAE",
                                  "Video-LLMs internally process", "Dynin-Omni natively formulates omnimodal modeling",
                                  "InPhyRe Discovers", "MOV-Bench Reveals"])
def test_names_that_run_on_into_the_sentence_are_no_entities(text):
    assert not keep(text, "Dataset", "ner")
    assert keep("ResNet-50 backbone", "Model", "ner") and keep("3D scene representation", "Task", "ner")
    assert keep("Video anomaly detection", "Task", "ner")  # "anomaly": a noun in "-ly"


def test_a_topic_needs_more_than_broad_modifiers_and_generic_heads():
    assert keep("latent consistency models", "Method", "ner_generic", topic=True)
    assert not keep("latent consistency models", "Method", "ner_generic")
    for text in ("deep architectures", "neural network", "convolutional models", "likelihood approach", "learning"):
        assert not keep(text, "Method", "ner_generic", topic=True), text
    assert is_broad_class("Invariant Representations") and not is_broad_class("relative representations")
    # the generic recogniser's task phrase a survey's title and abstract share is its subject
    assert keep("panoramic scene analysis", "Task", "ner_generic_task", capitals=False, topic=True)
    assert not keep("panoramic scene analysis", "Task", "ner_generic_task", capitals=False)


def test_title_and_abstract_share_a_name_in_any_case_or_number():
    assert name_key("Latent Consistency Models") == name_key("latent consistency model") == "latent consistency model"
    assert topic_names(["Shortcut Learning", "Foundations"], ["shortcut learning", "texture"]) == {"shortcut learning"}


@pytest.mark.parametrize("text", ["MRI", "computed tomography", "CT", "LiDAR", "UAVs", "whole slide images", "English",
                                  "Bangla", "quality", "coherence", "SAR", "DNA", "GUI",
                                  "AR", "MR",  # augmented reality and autoregressive; magnetic resonance, mixed reality
                                  "Nepali language", "Chinese translations", "VHDL", "SQL", "ADHD", "PTSD",
                                  "mild cognitive impairment", "long-wave infrared",
                                  "Randomized controlled trials", "clinical trials",  # study designs
                                  "VRAM", "SDKs", "ECoG", "CBT",  # memory, software kits, a recording, a therapy
                                  "global navigation satellite systems", "Apache Kafka",
                                  "radio frequency", "degrees of freedom", "Domain-Specific Language",  # physics, code
                                  "CC BY-SA 4.0", "MIT License",  # licences
                                  "Magnetic Resonance Angiography", "QSM", "AWGN",  # imaging, a noise model
                                  "T1w", "T2-weighted",  # an MRI's contrasts
                                  "HEVC", "H.266/VVC",  # video coding standards
                                  "NPUs", "DSPs", "MCUs", "GPUs", "SMS", "DXA",  # processors, a message service, a scan
                                  "LiDAR Point Clouds", "Cryo-EM",  # a sensor's data, a microscopy
                                  # software, a format, a chemistry's materials, devices, a colour space, surgery
                                  "User interface", "UI", "OWL", "MOFs", "AR-VR", "CIELUV",
                                  "Minimally invasive surgery",
                                  "Multiple Choice Question (MCQ)", "MCQs",  # a format of questions
                                  "Central-Kurdish language",
                                  "GitHub", "Kaggle", "Zenodo", "Hugging Face Datasets",  # where code and data are
                                  "Closed Circuit Television (CCTV)", "CCTV", "CMOS image sensors",  # cameras
                                  "MIT", "NASA", "DARPA",  # institutions
                                  "BibTeX", "GGUF", "FAQ", "USD",  # formats, a currency
                                  "GDP", "Body Mass Index", "BMI", "Hounsfield Unit",  # an economy's and a body's
                                  "people living with HIV", "children with autism",  # measures; populations
                                  "FDA", "Flask application", "PostgreSQL",  # an agency, software
                                  "Big Five", "Multiple Sclerosis", "PSPACE-complete", "NP-hard",  # traits, a disease,
                                  "Field Programmable Gate Array", "Digital Subtraction Angiography",  # complexity
                                  "NVIDIA A100", "H800", "AMD MI250X", "NVIDIA GH200", "RTX 4090", "Jetson AGX Orin",
                                  "TPU v4",  # accelerators
                                  "Side Scan Sonar", "mmWave radars",  # sensors
                                  "American Sign Language (ASL)", "German Sign Language", "Roman Urdu",  # languages
                                  "Luxembourgish", "Pashto", "Sony", "DIY",  # more languages, a company, a hobby
                                  "National Ignition Facility",  # a facility
                                  "Nuclear Magnetic Resonance", "NMR", "mass spectrometry",  # measuring techniques
                                  "HIPAA", "GDPR", "NSFW", "Small and medium-sized enterprises",  # laws, a label, firms
                                  "self-driving cars", "Data center", "ESP32", "PyPI", "AGX Orin",  # machines, an index
                                  "FP16", "BF16", "INT4", "W4A4",  # number formats, a quantization's bit widths
                                  "DWI", "Geographic Information System", "RDF", "SPARQL",  # an MRI sequence, software,
                                  "Traditional Chinese Medicine",  # standards, a medicine
                                  "Southeast Asia", "Sub-Saharan Africa", "Latin America",  # regions
                                  "Age-related macular degeneration",  # a disease
                                  "HBM", "DevOps", "high dynamic range (HDR)",  # a memory, a practice, a range
                                  "Low-altitude wireless networks", "radio access network", "Wireless Sensor Networks",
                                  "Single-photon LiDAR", "deep neural network-based LiDAR",  # a kind of the sensor
                                  "MoS₂", "Fe₃O₄",  # materials
                                  "single-photon avalanche diode", "thin-film transistors",  # electronic parts
                                  "Neural Processing Units", "Tensor Processing Units", "Field-Programmable Gate Arrays",
                                  "National Weather Service", "American Diabetes Association",  # organisations
                                  "Occupational Safety and Health Administration",
                                  "National Centre for Disease Control",
                                  "modularity", "flexibility"])  # qualities
def test_modalities_devices_languages_and_qualities_are_no_entities(text):
    assert is_other_kind(text)
    assert not keep(text, "Method", "ner") and not keep(text, "Dataset", "acronym", long_form="x")


@pytest.mark.parametrize("text", ["RADAR", "SONAR", "MRI reconstruction", "Quality Estimation", "accuracy", "ARC",
                                  "NASA-TLX", "MIT-BIH", "L100", "A100-80K",  # a questionnaire, data sets
                                  "Text-to-SQL", "Natural Language to SQL", "MCI classification",
                                  "multiple-choice question answering", "MCQ generation",
                                  "Emotion-Aware Sign Language",  # a system's name in capitals
                                  "Graph Neural Network", "Mobile Inverted Bottleneck Network",  # models
                                  "sentiment analysis of German sign language",  # a task on a language
                                  "HDR reconstruction", "HDR fusion",  # tasks on a range
                                  "La La LiDAR",  # a system's name in Title Case
                                  "P2P", "V2X", "C2F",  # mappings that spell elements without subscripts
                                  "Quality of Service", "Software-as-a-Service", "Decentralized AI Service",
                                  "Modeling of Implicit Structural Associations", "Network for Center Detection"])
def test_coined_names_and_longer_names_are_not_other_kinds(text):
    assert not is_other_kind(text)


def test_an_acronym_the_paper_defines_as_its_own_thing_is_kept_whatever_it_spells():
    assert keep("NASA", "Method", "acronym", long_form="Noise-Aware Self-Attention")
    assert not keep("NASA", "Method", "ner") and not keep("MS", "Dataset", "acronym", long_form="Multiple sclerosis")


@pytest.mark.parametrize("text", ["error correction", "partial differential equation", "human judgment", "Mean Field Games"])
def test_a_metric_names_what_it_measures(text):
    assert not measures_something(text)
    assert not keep(text, "Metric", "ner", sentence=f"{text} improves by 3 points.")


def test_a_metric_the_paper_proposes_needs_no_measures_head_but_its_acronym_does():
    sentence = "We introduce the Eyelid Angle (ELA), a novel, reproducible metric of eye openness."
    assert keep("Eyelid Angle", "Metric", "acronym", sentence=sentence, proposed=True)
    assert not keep("Eyelid Angle", "Metric", "acronym", sentence=sentence)
    assert not keep("ACC", "Metric", "acronym", sentence="We propose Agent Context Compilation (ACC).",
                    proposed=True, long_form="Agent Context Compilation")
    # nor a metric a list of metrics names
    assert keep("Answer Relevance", "Metric", "list", sentence="We use four metrics: BLEU, Answer Relevance, and X.")


@pytest.mark.parametrize("text", ["word error rate", "Matthews Correlation Coefficient", "BLEU-4", "mAP@0.5",
                                  "Intersection over Union", "inter-annotator agreement", "accuracy",
                                  "time-to-first-token", "Time-To-First-Token"])  # the time to an event
def test_metric_names_with_a_measure_stay(text):
    assert measures_something(text)


@pytest.mark.parametrize("text", ["Boosting SAM", "Towards Robust LLMs", "Detecting AI-Generated Essays", "high-precision",
                                  "Fortifying Deepfake Video Detection", "Seeing the Unseen World", "Representing 3D Scenes",
                                  "Operationalizing Document AI", "Debunking Grad-ECLIP", "Auditing AI Agent Benchmarks",
                                  "How Vision Becomes Language", "Can LLMs Reason",
                                  "Elevating Reasoning in Multimodal Chain-of-Thought",
                                  "full-precision", "error-prone", "Autoregressive", "Breaking BERT",
                                  "Debiasing Multilingual LLMs", "Safeguarding Vision-Language Models",
                                  "Scaling RL", "Patching LLM Like Software", "Anchoring LLM Gender Bias",
                                  "Changing Modalities", "Calibrating Uncertainty Quantification of Multi-Modal LLMs",
                                  "Forging Time Series with Language", "Expediting data extraction",
                                  "Quantization-Friendly", "Few-Shot (FS)"])
def test_clauses_and_adjectives_are_no_entities(text):
    assert not keep(text, "Method", "ner")


def test_a_name_with_its_bracketed_acronym_is_judged_as_the_name():
    assert keep("Chain-of-Thought (CoT)", "Method", "ner")
    assert keep("Direct Preference Optimization (DPO)", "Method", "ner")
    assert not keep("Zero-Shot (ZS)", "Task", "ner") and not keep("Zero-Shot", "Task", "ner")
    assert keep("personalized autonomous driving (PAD)", "Task", "ner")  # a phrase it defines: a name
    assert not keep("personalized autonomous driving", "Task", "ner")


@pytest.mark.parametrize("text", ["Spiking Neural Networks", "Denoising Diffusion Probabilistic Models", "Grounding DINO",
                                  "Normalizing Flows", "Referring Video Object Segmentation"])
def test_names_opened_by_a_participle_stay(text):
    assert keep(text, "Method", "ner")


def test_an_acronym_of_an_adjective_or_of_no_measure_is_no_entity():
    assert not keep("AR", "Method", "acronym", long_form="autoregressive")
    assert not keep("OOD", "Method", "acronym", long_form="out-of-distribution")
    assert not keep("OOD", "Method", "ner") and not keep("IID", "Method", "ner")  # undefined in the paper
    assert keep("OOD detection", "Task", "ner")
    assert not keep("PDE", "Metric", "acronym", long_form="partial differential equation")
    assert keep("AUC", "Metric", "acronym", long_form="area under the curve")


@pytest.mark.parametrize("text, kind", [("Multi-Agent Framework for", "Dataset"), ("and Reasoning Corpus", "Dataset"),
                                        ("Qwen3-8B and", "Model"), ("accuracy-latency", "Metric"),
                                        ("cost-accuracy trade-off", "Metric"), ("OpenAI", "Method"),
                                        ("Python", "Method"), ("GPU", "Method"), ("RGB-D", "Model"), ("JSON", "Method"),
                                        ("accuracy-perplexity", "Metric"), ("processing", "Metric")])
def test_cut_phrases_trade_offs_and_untyped_kinds_are_no_entities(text, kind):
    assert not keep(text, kind, "ner", sentence=f"We report {text} of 3%.")


def test_an_acronym_spelled_like_a_joining_word_and_longer_names_stay():
    assert keep("OR solver", "Method", "ner") and keep("RGB-D SLAM", "Task", "ner")
    assert keep("Question Answering over Knowledge Graphs", "Task", "ner")


def test_an_architecture_name_is_a_model_unless_it_is_a_known_dataset():
    assert cue_type("", "ARMED-CNN", "") == cue_type("the ", "WaveCycleGAN2", "") == cue_type("", "DistilBERT", "") == "Model"
    assert cue_type("comparing V-JEPA and ", "VideoMAE", " shows") == "Model" and cue_type("", "NMAE", "") != "Model"
    assert cue_type("", "ImageNet-1K", "") is None and cue_type("", "FloodNet", "") is None


def test_dimensions_and_reports_are_generic_and_an_acronym_of_an_untyped_kind_is_no_entity():
    assert not keep("3D model", "Model", "ner") and not keep("Technical Report", "Dataset", "ner")
    assert keep("3D reconstruction", "Task", "ner") and keep("report generation", "Task", "ner")
    assert not keep("HSI", "Dataset", "acronym", long_form="hyperspectral image")


@pytest.mark.parametrize("text", ["CVA decouples", "ACE achieves", "injecting object spatial-temporal information directly",
                                  "Goodreads Book reviews - demonstrate", "32B reasoning models", "12 advanced MLLMs",
                                  "1.5B/7B/14B/32B models", "10x size model", "GPT-generated", "Self-Supervised",
                                  "detect substance", "encodes harmful content", "generate narrative videos"])
def test_clauses_counts_and_participles_are_no_entities(text):
    assert not keep(text, "Dataset", "ner") and not keep(text, "Model", "ner")


@pytest.mark.parametrize("text", ["7B-parameter model", "base 32B model", "1B and 8B models", "7B-scale backbone model",
                                  "8B Base model", "3B--7B open-weight models", "125M-parameter language model"])
def test_a_system_described_by_its_size_alone_is_no_entity(text):
    assert not keep(text, "Model", "ner") and not keep(text, "Model", "pattern", proposed=True)


@pytest.mark.parametrize("text", ["AI governance", "AI adoption", "LLM deployment", "AI research"])
def test_a_topic_of_a_whole_field_is_no_entity(text):
    assert not keep(text, "Method", "ner") and not keep(text, "Task", "ner")


def test_the_acronym_of_a_generic_phrase_is_no_entity():
    assert not keep("LMs", "Model", "acronym", long_form="Large Models")
    assert keep("LLMs", "Model", "acronym", long_form="Large Language Models")
    assert keep("MIMO", "Method", "acronym", long_form="multiple-input multiple-output")
    assert keep("OA", "Metric", "acronym", long_form="Overall Accuracy")
    assert keep("SeTa", "Method", "acronym", long_form="Scale Efficient Training")


@pytest.mark.parametrize("text", ["LLaMA-7B model", "8B Ministral model", "2B-parameter DiT model", "Qwen2.5 7B model"])
def test_a_sized_system_with_a_name_is_an_entity(text):
    assert keep(text, "Model", "ner")


def test_a_task_or_dataset_named_by_a_plural_of_another_kind_is_no_entity():
    assert not keep("untrimmed videos", "Task", "ner") and not keep("API interactions", "Task", "ner")
    assert not keep("reasoning chains", "Task", "ner") and not keep("HDR videos", "Dataset", "ner")
    assert keep("detection of AI-generated images", "Task", "ner") and keep("fake news detection", "Task", "ner")
    assert keep("NIH Chest X-ray datasets", "Dataset", "ner") and keep("time series forecasting", "Task", "ner")
    assert keep("7B LLaMA", "Model", "ner") and keep("Vision Transformers", "Model", "ner")
    assert keep("transfer learning", "Method", "ner") and keep("yield prediction", "Task", "ner")


@pytest.mark.parametrize("text, kind, extractor", [
    ("Surveillance Videos", "Task", "ner"), ("3D Point Clouds", "Task", "ner_generic"), ("RGB Videos", "Dataset", "ner"),
    ("AI-generated images", "Method", "acronym"), ("OOD-images", "Method", "ner_generic")])
def test_data_of_a_medium_is_no_entity_whatever_its_capitals(text, kind, extractor):
    assert not keep(text, kind, extractor)


def test_a_task_on_data_of_a_medium_and_a_named_collection_of_it_stay():
    assert keep("Violence Detection in Surveillance Videos", "Task", "ner")
    assert keep("UCF-Crime Videos", "Dataset", "ner") and keep("MedVid Videos", "Dataset", "title", proposed=True)
    assert not keep("AIGIs", "Method", "ner", long_form="AI-generated images")
    # a long form in the singular names the kind of data its acronym stands for, unless it converts into it
    assert not keep("RSI", "Method", "ner", long_form="Remote sensing image")
    assert keep("T2I", "Task", "acronym", long_form="text to image") and keep("RSI", "Method", "ner")


def test_a_viewpoint_the_generic_recogniser_reads_is_no_method():
    assert not keep("Bayesian perspective", "Method", "ner_generic", "From a Bayesian perspective, diffusion solves it.")
    assert not keep("AI-Based Speculative Design Perspective", "Method", "ner_generic")
    assert keep("Local-Global Hybrid Perspective", "Method", "acronym")  # a module so named, with its acronym


def test_a_part_of_a_papers_procedure_named_by_what_happens_in_it_is_no_entity():
    assert not keep("Removal step", "Task", "ner_generic", "In the Removal step, experts remove concepts.")
    assert not keep("Classification Stage", "Method", "ner_generic")
    assert not keep("RL phase", "Method", "ner")
    assert keep("Adaptive Pre-allocation Stage", "Method", "acronym")  # the long form of an acronym, a name


def test_what_a_task_works_on_is_no_task():
    assert not keep("Streamable Dynamic 3D Avatars", "Task", "ner_generic", capitals=False)
    assert not keep("Resident Space Objects", "Task", "acronym", long_form=None)
    assert not keep("3D Scenes", "Task", "ner_generic", capitals=False)
    assert keep("3D Scene Understanding", "Task", "ner")  # the task done on them
    assert keep("Object counting in complex scenes", "Task", "ner", repeated=True)


def test_the_conditions_of_an_experiment_are_no_entity():
    assert not keep("UDA setting", "Method", "ner", "Under the UDA setting, our method also improves.")
    assert not keep("W4A8 setting", "Method", "ner_generic")
    assert not keep("V2X Scenarios", "Task", "ner_generic")
    assert not keep("Streaming Queue scenario", "Task", "ner_generic")
    assert keep("UDA", "Task", "ner")  # the task the setting is of stays a name


def test_a_system_the_generic_recogniser_reads_as_one_adjective_and_its_noun_is_no_method():
    assert not keep("Bayesian framework", "Method", "ner_generic", "We propose a Bayesian framework that combines X.")
    assert not keep("Geometric approach", "Method", "ner_generic", "It compares a Geometric approach, XGBoost and SVM.")
    # a noun before the system's noun, and a name the paper proposes, stay
    assert keep("Retrieval framework", "Method", "ner_generic", "an Agent-based Multimodal Art Retrieval framework")
    assert keep("Bayesian framework", "Method", "ner_generic", "We propose a Bayesian framework.", proposed=True)


def test_an_aggregate_alone_is_no_metric():
    assert not keep("average", "Metric", "ner_generic_known", "improving average performance by 3.6 percent")
    assert not keep("overall", "Metric", "ner") and keep("mean IoU", "Metric", "ner", "a mean IoU of 25.3%")


@pytest.mark.parametrize("text, kept", [("CC-BY-NC-SA license", False), ("CC-NC-SA-4.0", False), ("CC BY 4.0", False),
                                        ("CC-ReID", True), ("CC-CMR", True)])
def test_a_licence_is_no_entity(text, kept):
    assert keep(text, "Dataset", "ner") == kept


def test_a_web_address_is_no_entity():
    assert not keep("https://github.com/Pu-Wang-alt/Canine-pneumothorax", "Method", "pattern", proposed=True)
    assert not keep("www.example.org/tool", "Method", "ner")
    assert keep("HTTP-layer feature engineering", "Method", "ner")
    assert not keep("data.fid-move.de/dataset/railgoerl24", "Model", "ner")  # a host of any country's domain
    assert not keep("huggingface.co/org/Model", "Model", "ner") and keep("ViT-B/16", "Model", "ner")
    text = "at data.fid-move.de/dataset/railgoerl24, and ViT-B/16 or Qwen2.5/3"
    assert [text[start:end] for start, end in web_addresses(text)] == ["data.fid-move.de/dataset/railgoerl24,"]
    # a repository's path without its host, where the words before say so; not names parted by a slash
    text = "Our Github repo is available at SicongJiang/Awesome-VLA4AD. We test on ImageNet/COCO."
    assert [text[start:end] for start, end in web_addresses(text)] == ["SicongJiang/Awesome-VLA4AD."]


def test_a_lone_ordinary_word_is_no_name_but_a_coined_one_is():
    assert not keep("Thought", "Task", "ner", "a Chain of Thought prompt") and not keep("Experts", "Model", "ner")
    assert keep("Falcon", "Model", "ner") and keep("Stockfish", "Method", "ner") and keep("Qwen", "Model", "ner")


def test_diseases_treatments_and_theorems_are_no_entities_but_tasks_about_them_are():
    assert not keep("Non-Small Cell Lung Cancer", "Dataset", "ner") and not keep("Cognitive Behavioral Therapy", "Dataset", "ner")
    assert not keep("Platonic Representation Hypothesis", "Dataset", "ner")
    assert keep("lung cancer detection", "Task", "ner") and keep("Detection of Chagas Disease", "Task", "ner")


def test_a_long_form_followed_by_its_acronym_and_models_names_models():
    assert cue_type("We study ", "Vision-Language-Action", " (VLA) models for robots") == "Model"
    assert cue_type("", "Vision-Language-Action", " (VLA) policies") is None
    assert cue_type("", "Named Entity Recognition", " (NER) models trained on") is None  # models of a task
    assert cue_type("outperforms the ", "supervised fine-tuning", " (SFT) model by 1.1") is None  # one trained so
    assert cue_type("a framework for ", "Mixed Effects Deep learning", " (ARMED) models through") == "Model"


@pytest.mark.parametrize("text", ["next-generation", "next generation", "Next-Generation", "new generation",
                                  "latest generations"])
def test_a_generation_as_an_era_is_no_task(text):
    assert not keep(text, "Task", "ner")


def test_a_generation_of_something_is_a_task():
    assert keep("next-token generation", "Task", "ner") and keep("Next Generation Reservoir Computing", "Method", "ner")


def test_a_count_in_words_before_a_class_is_no_entity():
    assert not keep("Eight VLMs", "Model", "ner") and not keep("three medical image segmentation", "Task", "ner")
    assert keep("Two-Stream Network", "Model", "ner")


def test_a_phrase_cut_after_a_size_adjective_is_no_entity_but_a_sized_model_is():
    assert not keep("Spatial Reasoning in Multimodal Large", "Task", "ner")
    assert not keep("system-level design to control large", "Task", "ner")
    assert keep("T5 Large", "Model", "ner") and keep("Whisper Small", "Model", "ner")


def test_a_phrase_cut_after_an_adjective_is_no_entity_but_one_ending_in_a_noun_in_ive_is():
    assert not keep("hierarchical spatially-conditioned", "Model", "acronym", long_form="hierarchical spatially-conditioned")
    assert not keep("Visual Autoregressive", "Model", "ner") and not keep("Sionna-based differentiable", "Method", "ner")
    assert keep("Osteoarthritis Initiative", "Dataset", "ner") and keep("MSSL objective", "Method", "ner")
    assert keep("CC-News archive", "Dataset", "ner") and keep("Lookup Table", "Method", "ner")


def test_a_lone_gaussian_is_no_entity_but_a_gaussian_process_is():
    assert not keep("Gaussian", "Method", "ner") and not keep("Gaussians", "Method", "ner")
    assert keep("Gaussian Process", "Method", "ner")
    # a scene's primitives, described; a name stays
    assert not keep("3D Gaussians", "Method", "ner_generic") and not keep("anisotropic 3D Gaussians", "Method", "ner")
    assert keep("Imagined Gaussians", "Method", "ner")


def test_data_counts_and_cut_dimensions_are_no_tasks():
    assert not keep("large-scale EEG data", "Task", "ner") and not keep("1,031 QA", "Task", "ner")
    assert not keep("Monocular 6D", "Task", "ner") and keep("6D pose estimation", "Task", "ner")


def test_personal_data_is_no_entity_but_its_detection_is_a_task():
    assert not keep("PII", "Method", "ner") and not keep("Personally Identifiable Information", "Method", "ner")
    assert keep("PII detection", "Task", "ner")


def test_software_of_a_language_or_device_is_no_entity_but_a_task_on_it_is():
    assert not keep("Python library", "Method", "ner") and not keep("CUDA kernel", "Method", "ner")
    assert not keep("ONNX Runtime", "Dataset", "ner") and keep("UAV detection", "Task", "ner")
    assert not keep("Python backend", "Method", "ner_generic") and not keep("Python API", "Method", "ner")


def test_language_pairs_formats_and_products_are_no_entities_but_tasks_on_them_are():
    assert not keep("English-to-Japanese", "Dataset", "ner") and not keep("Chinese-English", "Dataset", "ner")
    assert not keep("ONNX", "Dataset", "ner") and not keep("Gaelic", "Dataset", "ner")
    assert keep("English-to-Japanese translation", "Task", "ner") and keep("Text-to-SQL", "Task", "ner")


def test_sets_of_methods_amounts_lists_products_and_venues_are_no_entities():
    assert not keep("GAN-based methods", "Method", "ner") and not keep("Bayesian approaches", "Method", "ner")
    assert keep("Monte Carlo methods", "Method", "ner") and keep("Runge-Kutta methods", "Method", "ner")
    assert not keep("25-30 billion", "Task", "ner") and not keep("tens of thousands", "Dataset", "ner")
    assert not keep("computer science / machine learning", "Task", "ner")
    assert not keep("NVIDIA RTX", "Method", "ner") and not keep("DSLR", "Method", "ner") and not keep("CVPR", "Method", "ner")
    assert not keep("Medical Image Understanding Improves Survival Prediction", "Task", "ner")
    assert keep("Graph Neural Networks", "Model", "ner") and keep("RADAR", "Method", "ner") and keep("TCP/IP", "Method", "ner")
    assert keep("GPT-4", "Model", "ner") and keep("latent diffusion models", "Model", "ner", topic=True)


def test_a_role_noun_after_a_coined_name_is_cut_and_a_teacher_is_a_model(nlp):
    assert _fixed(nlp, "We distil a YOLOv8-L teacher into it.", 3, 7) == "YOLOv8-L"
    assert _fixed(nlp, "We beat the TF-IDF baseline here.", 2, 7) == "TF-IDF"
    assert _fixed(nlp, "a strong transformer baseline", 2, 4) == "transformer baseline"
    assert _fixed(nlp, "a 158M-parameter student", 1, 5) == "158M-parameter student"
    assert cue_type("we distil a ", "ResNet-152", " teacher into") == "Model"


def test_a_system_named_with_a_plural_of_its_parts_is_the_system(nlp):
    assert _fixed(nlp, "We pool CLIP embeddings here.", 2, 4, "Method") == "CLIP"
    assert _fixed(nlp, "We stack KAN layers here.", 2, 4, "Model") == "KAN"
    # read as a task or a data set, the phrase says nothing of what the name is; a size is no name
    assert _fixed(nlp, "We check VLM predictions here.", 2, 4, "Task") == "VLM predictions"
    assert _fixed(nlp, "We fit 3D representations here.", 2, 4, "Method") == "3D representations"


def test_a_method_named_by_its_outputs_or_a_participle_or_a_list_is_no_entity():
    assert not keep("ML predictions", "Method", "ner") and not keep("TF-IDF features", "Method", "ner")
    assert not keep("MAE-Pretrained", "Method", "ner") and not keep("LLM-Augmented", "Method", "ner")
    assert not keep("zero-shot, few-shot", "Task", "ner")
    assert keep("Neural Radiance Fields", "Method", "ner") and keep("MDS codes", "Method", "ner")
    assert keep("Decision trees", "Model", "ner") and keep("Gaussian splatting", "Method", "ner")
    assert keep("Image Shadow Removal", "Task", "ner") and keep("High-Speed Train", "Method", "ner")


def test_a_clause_inside_a_span_and_two_coordinated_names_are_no_entities():
    assert not keep("Cross-domain task-oriented dialogue requires reasoning", "Task", "ner")
    assert not keep("DiZiNER achieves zero-shot SOTA", "Method", "ner")
    assert not keep("constraint-based modeling supports student input diagnosis", "Task", "ner")
    assert keep("support vector machine", "Model", "ner")  # "support" is a noun first: no verb opens the name
    assert not keep("VM-based CTF challenges spanning", "Method", "ner") and not keep("errors rendering", "Task", "ner")
    assert not keep("CVR and CIR", "Dataset", "ner") and not keep("JAX and Pytorch", "Method", "ner")
    assert keep("autonomous driving", "Task", "ner") and keep("Mixture of Experts", "Method", "ner")
    assert keep("Question Answering and Reasoning Benchmark", "Dataset", "ner")
    assert not keep("SWE-Bench Verified and Terminal-Bench 2.0", "Dataset", "ner")  # two coined names
    # a process described by how it works or at what grain names no task
    assert not keep("token-level analysis", "Task", "ner") and not keep("question-guided retrieval", "Task", "ner")
    assert keep("retrieval-augmented generation", "Task", "ner") and keep("multi-hop reasoning", "Task", "ner")
    assert keep("passage-level retrieval", "Task", "ner")
    assert keep("Abstraction and Reasoning Corpus", "Dataset", "ner")


def test_names_listed_after_datasets_or_benchmarks_are_datasets():
    assert cue_type("on four medical image datasets: PathMNIST, ", "DermaMNIST", ", and CheXpert") == "Dataset"
    assert cue_type("two seven-view benchmarks, namely PT14-MV and ", "CSL-MV", ", providing") == "Dataset"
    assert cue_type("we compare three VLMs - CLIP, ", "SigLIP", ", and MultiCLIP") is None


def test_things_of_an_untyped_kind_and_metrics_named_by_a_quality_are_no_entities():
    assert not keep("CAD model", "Model", "ner") and not keep("MRI data", "Dataset", "ner")
    assert not keep("ROI", "Method", "ner") and not keep("HSI", "Dataset", "ner")
    assert keep("MRI reconstruction", "Task", "ner") and keep("HSI-Benchmark", "Dataset", "ner")
    assert not keep("Visual Quality", "Metric", "ner", "improves by 3%") and not keep("transferability", "Metric", "ner")
    assert keep("panoptic quality", "Metric", "gazetteer", "PQ of 41.2")


def test_the_model_a_title_opens_with_is_its_subject_but_not_a_verb_a_question_or_a_kind_of_llm():
    assert title_subject("Credal Concept Bottleneck Models for Epistemic-Aleatoric Uncertainty") \
        == "credal concept bottleneck model"
    assert title_subject("A Synergistic CNN-Transformer Network with Pooling Attention Fusion") \
        == "synergistic cnn transformer network"
    assert title_subject("Silicon Aware Neural Networks") == "silicon aware neural network"
    assert title_subject("Training Transformers as a Universal Computer") is None
    assert title_subject("How Creative Are Large Language Models in Generating Molecules?") is None
    assert title_subject("Domain-Adapted Small Language Models for Reliable Clinical Triage") is None
    assert title_subject("Graph World Models: Concepts, Taxonomy, and Future Directions") == "graph world model"
    assert title_subject("Stability-Weighted Decoding for Diffusion Language Models") is None  # a method


def test_devices_software_results_and_counts_before_a_name_are_no_entities():
    assert not keep("movable antenna", "Task", "ner") and not keep("Terrain Mapping Camera", "Dataset", "ner")
    assert not keep("PyTorch", "Method", "ner") and not keep("SVG", "Method", "ner")
    assert not keep("AIME25 from 84%", "Dataset", "ner") and not keep("31 UCR", "Dataset", "ner")
    assert not keep("entity", "Method", "ner") and keep("rFID", "Metric", "ner", "an rFID of 0.5")
    assert keep("mIoU@50%", "Metric", "ner", "a mIoU@50% of 41.2") and keep("1000 Genomes", "Dataset", "ner")
    assert keep("brain tumor segmentation", "Task", "ner") and keep("MSD Liver Tumor", "Dataset", "ner")
    assert not keep("accuracy rising from 63%", "Metric", "ner") and not keep("accuracy exceeding 90 percent", "Metric", "ner")
    assert keep("Recall@1%", "Metric", "ner") and keep("mAP at 50% IoU", "Metric", "ner")
    assert keep("75 Superpixel MNIST", "Dataset", "ner")  # a count Papers with Code keeps in the name


def test_a_span_opened_by_a_verb_in_ing_is_a_clause_but_a_thing_named_by_one_is_not():
    assert not keep("quantifying sentiment", "Task", "ner") and not keep("Decoupling Visual Redundancy", "Task", "ner")
    assert not keep("causing calibration", "Task", "ner") and not keep("predicting object motion", "Task", "ner")
    assert keep("operating system design", "Task", "ner", repeated=True)  # (written once, a description in passing)
    assert keep("remaining useful life prediction", "Task", "ner")
    assert not {"encoding", "steering", "training", "learning"} & CLAUSE_OPENERS  # their -ing forms name things
    assert keep("Learning Rate Warmup", "Method", "ner")


def test_coverage_is_a_metric_only_where_a_result_is_reported():
    assert not keep("coverage", "Metric", "ner", "whether their needs are reflected in news coverage.")
    assert keep("coverage", "Metric", "ner", "raising coverage from 71.2% to 84.5%.")


def test_a_value_a_venue_year_or_an_increase_is_no_entity_but_a_version_is():
    assert not keep("prompt-level user demand fulfillment averages 0.71", "Task", "ner")
    assert keep("Claude Sonnet 4.6", "Model", "ner") and keep("mAP@0.5", "Metric", "ner")
    assert not keep("CVPR 2026", "Dataset", "ner") and not keep("NeurIPS 2025", "Task", "ner")
    assert keep("ImageNet 2012", "Dataset", "ner")
    assert not keep("increasing average retrieval cosine similarity", "Task", "ner")


def test_an_adjective_a_company_or_a_software_library_is_no_entity():
    assert not keep("causal inference-inspired", "Task", "ner") and not keep("action-centric", "Task", "ner")
    assert not keep("Cross-Stage Attention-enhanced", "Method", "ner") and not keep("LLM-Based", "Method", "ner")
    assert not keep("CeramTec GmbH", "Model", "ner") and not keep("DSPy", "Dataset", "ner")
    assert not keep("endoscopic submucosal dissection", "Method", "ner")
    assert keep("Classifier-Free Guidance", "Method", "ner") and keep("Model-Agnostic Meta-Learning", "Method", "ner")


def test_a_determiner_inside_a_span_makes_a_clause_but_not_in_a_name():
    assert not keep("denoise the reasoning manifold", "Task", "ner") and not keep("grounding an open challenge", "Task", "ner")
    assert not keep("followed by a diffusion-based refiner", "Method", "ner")
    assert not keep("synthesise high-field-like MRIs", "Task", "ner")
    assert keep("Area Under the ROC Curve", "Metric", "ner") and keep("deep Maximum a Posteriori", "Method", "ner")
    assert keep("area under the curve", "Metric", "gazetteer")


def test_a_kind_noun_after_a_name_of_capitalised_words_is_cut(nlp):
    text = "We use the Reward-guided Trajectory Scaling method and a Hidden Markov model here."
    assert _fixed(nlp, text, 2, 9) == "Reward-guided Trajectory Scaling"
    assert _fixed(nlp, text, 11, 14) == "Hidden Markov model"
    assert _fixed(nlp, "The Focus-then-Context mechanism helps.", 0, 7) == "Focus-then-Context"
    assert _fixed(nlp, "The Transformer architecture helps.", 0, 3) == "Transformer architecture"
    assert not keep("MetaFormer-Style", "Method", "ner")


def test_a_kind_noun_after_a_name_makes_it_a_method():
    assert cue_type("we add a ", "P2P", " module to it") == "Method"
    assert cue_type("the ", "Logic-Expression Co-Rewarding", " mechanism") == "Method"
    assert cue_type("on the ", "ImageNet", " pipeline") is None
    assert cue_type("", "Few-shot medical image segmentation", " methods typically assume") is None


def test_a_span_ending_in_a_reporting_verb_or_opening_with_a_degree_sign_is_no_entity():
    assert not keep("MOV-Bench reveal", "Task", "ner") and not keep("° scene generation", "Task", "ner")
    assert not keep("3DSG generation suffer", "Task", "ner")  # "existing works for ... suffer from"
    assert not keep("field of view", "Method", "ner")
    assert keep("MOV-Bench", "Dataset", "ner") and keep("360° scene generation", "Task", "ner")


def test_a_participle_and_its_preposition_make_a_clause_and_a_language_variant_is_no_entity():
    assert not keep("planning relied on single-shot plan generation", "Task", "ner")
    assert not keep("model trained on ImageNet", "Model", "ner") and not keep("Brazilian Portuguese", "Method", "ner")
    assert keep("Learning to Rank", "Task", "ner") and keep("masked language modeling", "Task", "ner")


def test_a_reporting_verb_that_ran_on_is_cut(nlp):
    assert _fixed(nlp, "Results on THINGS-EEG achieve gains.", 2, 6) == "THINGS-EEG"


def test_a_participle_before_its_agent_is_cut(nlp):
    assert _fixed(nlp, "a set of Multivariate Time Series labeled by experts", 3, 7) == "Multivariate Time Series"
    assert _fixed(nlp, "the Inference Speed by design", 1, 3) == "Inference Speed"  # no participle


def test_a_verb_in_ed_after_a_name_is_cut(nlp):
    assert _fixed(nlp, "a family of Vision Transformers optimized for inference", 3, 6) == "Vision Transformers"
    assert _fixed(nlp, "In the end, FedGIN demonstrated gains", 4, 6) == "FedGIN"
    assert _fixed(nlp, "the Inference Speed matters", 1, 3) == "Inference Speed"


def test_a_plural_glued_to_a_name_by_a_dash_is_no_part_of_it(nlp):
    assert _fixed(nlp, "three architectures-GPT-2, Pythia", 3, 4) == "GPT-2"
    assert _fixed(nlp, "a text-to-image model", 5, 6) == "text-to-image"
    assert _fixed(nlp, "on data-Efficient tuning", 3, 4) == "data-Efficient"


@pytest.mark.parametrize("text, start, end, expected", [
    ("and StrongSORT-using a custom dataset", 1, 4, "StrongSORT"),  # a dash before a clause, read whole
    ("and StrongSORT-using a custom dataset", 1, 2, "StrongSORT"),  # and not joined on
    ("GPT-4, Llama, and Mistral-on several tasks", 5, 6, "Mistral"),
    ("we propose SMTrack-the first SNN", 2, 5, "SMTrack"),  # a dash before an article
    ("We introduce PHAX-a Public Health Argumentation and", 2, 8, "PHAX"),  # inside the span
    ("a Human-in-the-Loop Framework", 1, 9, "Human-in-the-Loop Framework"),  # no article after a capital
    ("and OpenWebMath-but also", 1, 4, "OpenWebMath"),  # a dash before a conjunction
    ("a state-of-the-art tracker", 1, 9, "state-of-the-art tracker"),  # a compound's article stays
    ("tracking methods-OCSORT, DeepOCSORT", 0, 4, "OCSORT"),  # a kind's plural, then the list
    ("two tasks-object detection and", 1, 5, "object detection"),
    ("a plug-in module", 1, 2, "plug-in"),  # a compound in lower case stays whole
    ("the Plug-and-Play Adapter", 1, 7, "Plug-and-Play Adapter")])
def test_a_dash_written_as_a_hyphen_ends_a_name_before_a_clause_or_after_a_kinds_plural(nlp, text, start, end,
                                                                                          expected):
    assert _fixed(nlp, text, start, end) == expected


def test_a_closing_quote_ends_no_name(nlp):
    assert _fixed(nlp, "called ``Deep Nets'' here", 3, 6) == "Deep Nets"


def test_a_structured_abstracts_heading_glued_to_a_name_is_cut(nlp):
    assert _fixed(nlp, "at conventional field strengths Approach: We leverage", 1, 5) == "conventional field strengths"
    assert _fixed(nlp, "Generative Protein Design: A Survey", 0, 3) == "Generative Protein Design"  # a title's name


def test_a_base_verb_after_a_plural_subject_is_cut(nlp):
    assert _fixed(nlp, "So Prob-PSENNs allow us to detect it.", 1, 5) == "Prob-PSENNs"
    assert _fixed(nlp, "and MaMs support fast inference.", 1, 3) == "MaMs"
    assert _fixed(nlp, "with targeted attention heads capture", 1, 5) == "targeted attention heads"
    assert _fixed(nlp, "a support vector machine", 1, 4) == "support vector machine"


def test_the_generic_recognisers_spans_get_the_boundary_rules_too():
    import spacy
    from spacy.tokens import Span

    from kg.extract.generic import SPANS_KEY
    from kg.extract.rules.boundaries import fix_entities

    doc = spacy.blank("en")("It beats the Qwen3-8B backbone and an E2E-AD framework.")
    doc.spans[SPANS_KEY] = [Span(doc, 2, 7, label="Method"), Span(doc, 8, 13, label="Method")]
    assert [s.text for s in fix_entities(doc).spans[SPANS_KEY]] == ["Qwen3-8B", "E2E-AD"]


def test_a_span_grown_to_a_head_noun_takes_its_type():
    import spacy
    from spacy.tokens import Span

    from kg.extract.rules.boundaries import fix_entities

    doc = spacy.blank("en")("ALARB: An Arabic Legal Argument Reasoning Benchmark for Large Language Model Inference")
    doc.ents = [Span(doc, 3, 7, label="Task"), Span(doc, 9, 12, label="Model")]
    assert [(e.text, e.label_) for e in fix_entities(doc).ents] == [
        ("Arabic Legal Argument Reasoning Benchmark", "Dataset"), ("Large Language Model Inference", "Method")]


def test_two_names_coordinated_before_a_data_sets_plural_are_two_data_sets():
    import spacy
    from spacy.tokens import Span

    from kg.extract.rules.boundaries import fix_entities

    doc = spacy.blank("en")("Results on the Oxford Robotcar and Wild-Places benchmarks and PASCAL VOC 2007 and 2012 datasets .")
    doc.ents = [Span(doc, 3, 10, label="Method"), Span(doc, 11, 17, label="Dataset")]
    assert [(e.text, e.label_) for e in fix_entities(doc).ents] == [
        ("Oxford Robotcar", "Dataset"), ("Wild-Places", "Dataset"),
        ("PASCAL VOC 2007 and 2012 datasets", "Dataset")]  # one data set's editions stay as read


def test_a_title_run_stops_at_a_function_word_or_a_verb_and_an_equation_is_no_entity(nlp):
    title = "Video Representation Learning Using A PDE Model"
    assert _fixed(nlp, title, 1, 3) == "Representation Learning"
    assert _fixed(nlp, "The Deep Contextualized Neural Autoregressive Topic Model works.", 1, 6) \
        == "Deep Contextualized Neural Autoregressive Topic Model"
    assert not keep("Partial Differential Equation", "Metric", "ner") and not keep("PDE", "Model", "ner")
    assert keep("PDE solving", "Task", "ner") and keep("Neural ODE", "Model", "ner")
    assert not keep("AR", "Metric", "acronym", long_form="auto-regressive")


def test_a_plural_after_a_based_modifier_is_a_set_not_a_name():
    assert not keep("Transformer-based models", "Model", "ner") and not keep("GQA-based pre-trained models", "Model", "ner")
    assert keep("LLM-based agent", "Method", "ner") and keep("Graph Neural Networks", "Model", "ner")
    assert not keep("BPE-based Transformers", "Method", "ner")  # capitalised, a set all the same


def test_a_coined_name_a_result_is_reported_on_is_a_data_set_but_not_a_listed_or_sized_model():
    assert cue_type("achieves 64%, 68%, and 52% pass@5 on ", "QHack", " 2022") == "Dataset"
    assert cue_type("state-of-the-art results on ", "GAIA", " and BFCL") == "Dataset"
    assert cue_type("leads in RG and CO metrics on ", "RotoWire-FG", ", and") == "Dataset"
    # the digits of a data set's name are no version; a version, size or tier is ("on YOLOv8", "on Swin-T")
    assert cue_type("achieves rank-1 accuracy of 94.4% on ", "Market1501", " and 97.8% on CUHK03") == "Dataset"
    assert cue_type("improves the results on ", "MipNeRF360", ", while") == "Dataset"
    assert cue_type("improves mAP by 2% on ", "YOLOv8", " and") is None
    assert cue_type("results on ", "Swin-T", " and") is None
    assert cue_type("results on ", "BERT-base", " and") is None
    assert cue_type("improves accuracy by 5% on ", "LLaMA", " and") is None
    assert cue_type("improves accuracy by 5% on ", "Qwen2.5-7B", " and") == "Model"
    assert cue_type("we apply it on ", "GAIA", " and") is None


def test_a_span_ending_in_gaussian_was_cut_from_its_head():
    assert not keep("Feed-forward 3D Gaussian", "Method", "ner") and not keep("3D Gaussian", "Method", "ner")
    assert keep("3D Gaussian Splatting", "Method", "ner") and keep("mixture of Gaussian", "Method", "ner")


def test_a_value_after_a_coined_name_makes_it_a_metric_but_a_count_does_not():
    assert cue_type("with a FID of 6.4 and ", "FVD", " of 67.97, significantly") == "Metric"
    assert cue_type("improved further to ", "NME", " = 6.36, FR = 22.30%") == "Metric"
    assert cue_type("and an ", "HD95", " of 3.49 mm, confirming") == "Metric"
    assert cue_type("we pretrain on ", "CIFAR-10", " of 60,000 images") is None
    assert cue_type("the ", "Qwen-7B", " of 0.5") == "Model"  # a size says model first
    assert cue_type("LSE-D and ", "MCD-SL", " decreases from 14.79 to 14.63") == "Metric"  # a value's change
    assert cue_type("our model raises ", "FooScore", " from 0.52 to 0.61") == "Metric"
    assert cue_type("it moves ", "FooNet", " from 2 to 4 GPUs") is None


def test_a_size_in_parameters_after_a_name_makes_it_a_model_but_a_count_of_images_does_not():
    assert cue_type("On ", "OLMo-3", " (7B to 32B), SEAD achieves") == "Model"
    assert cue_type("the ", "Pythia", " (410M) model") == "Model"
    assert cue_type("on ", "ImageNet", " (1.2M images)") is None


def test_a_measure_a_multiplier_a_count_or_a_dimension_last_is_no_name():
    for text in ("320-line", "5-fold", "8B-parameter", "CLEAR-MoE FFN 1.3-1.7x", "two independent Deep Reinforcement Learning",
                 "Mainstream 2D", "Uncertainty-Aware 4D", "Deformable", "learnable"):
        assert not keep(text, "Method", "ner"), text
    assert keep("3D Gaussian Splatting", "Method", "ner") and keep("Two-Stream Network", "Model", "ner")


def test_a_quantifier_opens_no_name_but_a_name_spelt_like_one_stays(nlp):
    assert not keep("most image restoration", "Task", "ner") and not keep("many Machine Learning", "Method", "ner")
    assert keep("MoST", "Method", "ner") and not is_generic("MoST")
    assert _fixed(nlp, "We use many Machine Learning methods.", 2, 5) == "Machine Learning"
    assert _fixed(nlp, "A MoST block", 1, 2) == "MoST"


def test_a_modality_after_a_modifier_and_a_venue_with_its_year_are_other_kinds():
    assert is_other_kind("multiparametric MRI") and is_other_kind("low-dose CT") and is_other_kind("ICRA 2026")
    assert not is_other_kind("MRI reconstruction") and not is_other_kind("BraTS 2021") and not is_other_kind("ACL")
    assert is_other_kind("Cardiac magnetic resonance imaging") and is_other_kind("FAISS") and is_other_kind("MCP")
    assert not is_other_kind("NTU RGB-D") and not is_other_kind("NTU RGB+D")  # data sets named after a modality
    assert is_other_kind("mobile GUI") and not is_other_kind("VoxLogicA UI")  # a coined tool's interface is named
    # a venue's year glued to it, and an event held at a venue's year
    assert is_other_kind("ACMMM25") and is_other_kind("CVPR2025") and is_other_kind("ECCV 2024 W-CODA")
    assert not is_other_kind("COCO2017") and not is_other_kind("WMT14") and not is_other_kind("BraTS 2021")
    assert keep("Neural ODE", "Model", "ner")
    # a joint meeting's year
    assert is_other_kind("LREC-COLING 2026") and is_other_kind("ACL-IJCNLP 2021") and not is_other_kind("Foo-ACL 2024")


def test_hospitals_regulations_and_bodies_are_other_kinds():
    assert is_other_kind("Singapore General Hospital") and is_other_kind("General Data Protection Regulation")
    assert is_other_kind("European Environment Agency") and not is_other_kind("Neural Scaling Laws")
    assert not is_other_kind("Rational Speech Act") and not is_other_kind("symmetric two-view association")
    assert is_other_kind("Content Warning") and is_other_kind("WARNING")  # "WARNING: This paper contains ..."


def test_a_value_before_a_name_is_cut_and_a_title_run_stops_at_a_verb(nlp):
    assert _fixed(nlp, "an improvement of +5.82 XCOMET-XL.", 3, 7) == "XCOMET-XL"
    assert _fixed(nlp, "Rolling Shutter Relative Pose Estimation Made Practical", 3, 5) == "Pose Estimation"
    assert _fixed(nlp, "Where Spatial Credit Drives Image Editing", 1, 3) == "Spatial Credit"


def test_the_setting_a_coined_system_is_run_in_is_no_part_of_its_name(nlp):
    text = "It beats a strong supervised nnU-Net baseline and zero-shot GPT-4o, in zero-shot NER."
    assert _fixed(nlp, text, 3, 9, "Method") == "nnU-Net"
    assert _fixed(nlp, text, 10, 14, "Task") == "GPT-4o"
    assert _fixed(nlp, text, 16, 20, "Task") == "zero-shot NER"  # a task's acronym


def test_a_plain_hyphenated_modifier_before_a_coined_name_is_cut(nlp):
    assert _fixed(nlp, "an enhanced framework built upon open-source GraphRAG.", 5, 9) == "GraphRAG"
    assert _fixed(nlp, "we fine-tune pre-trained SegResNet models", 4, 8) == "SegResNet"


def test_a_name_joined_by_of_or_over_is_read_whole(nlp):
    assert _fixed(nlp, "great use of chain of thought reasoning and tools", 5, 7) == "chain of thought reasoning"
    assert _fixed(nlp, "we use Mixture of Experts layers", 4, 5) == "Mixture of Experts"
    assert _fixed(nlp, "it reaches an Intersection over Union score of 0.8", 5, 7) == "Intersection over Union score"
    assert _fixed(nlp, "a set of experts", 3, 4) == "experts"


def test_a_verb_before_a_task_is_cut(nlp):
    assert _fixed(nlp, "Scaling Open-Vocabulary Action Detection", 0, 6) == "Open-Vocabulary Action Detection"
    assert _fixed(nlp, "we focus on scaling multimodal mathematical reasoning", 3, 7) \
        == "multimodal mathematical reasoning"
    assert _fixed(nlp, "Scaling RL", 0, 2) == "Scaling RL"  # no task left: the clause is no entity (keep)
    assert _fixed(nlp, "Simplifying Traffic Anomaly Detection with Video Foundation Models", 0, 4) \
        == "Traffic Anomaly Detection"


def test_sota_before_a_name_is_cut(nlp):
    assert _fixed(nlp, "compared with SOTA LLMs today", 2, 4) == "LLMs"
    assert _fixed(nlp, "the SOTA", 1, 2) == "SOTA"


def test_an_adverb_that_points_at_one_item_of_a_list_is_cut(nlp):
    assert _fixed(nlp, "dense prediction tasks, particularly semantic segmentation, matter", 4, 7) \
        == "semantic segmentation"


@pytest.mark.parametrize("text, start, end, name", [
    # an adverb of sequence
    ("Specifically, LIVE first performs a rollout.", 2, 4, "LIVE"), ("Safety First", 0, 2, "Safety First"),
    ("a controlled OCR-first pipeline", 1, 5, "controlled OCR-first"),
    # a participle a role follows
    ("with Diffusion Denoised Smoothing emerging as a technique", 1, 5, "Diffusion Denoised Smoothing"),
    ("we use contrastive learning as a pretext", 2, 4, "contrastive learning"),
    ("it formulates UV unwrapping as a problem", 2, 4, "UV unwrapping"),
    # a signed gain
    ("two games (MsPacman +57%, RoadRunner +28%) gain", 7, 9, "RoadRunner"), ("the HI-NAS-+2 model", 1, 2, "HI-NAS-+2")])
def test_words_after_a_name_that_say_when_how_or_how_much_are_cut(nlp, text, start, end, name):
    assert _fixed(nlp, text, start, end) == name


def test_a_verb_before_a_name_is_cut(nlp):
    assert _fixed(nlp, "The encoder supports face recognition.", 2, 5) == "face recognition"
    assert _fixed(nlp, "a framework that decomposes memory management", 3, 6) == "memory management"
    # any verb in the third person after a relative pronoun, not only the listed ones; a plural noun stays
    assert _fixed(nlp, "a framework that spans extraction, evaluation", 3, 5) == "extraction"
    assert _fixed(nlp, "a model which reframes image generation as search", 3, 6) == "image generation"
    assert _fixed(nlp, "a model that robotics experts use", 3, 5) == "robotics experts"
    # a plural subject's verb in its base form too
    assert _fixed(nlp, "metrics that measure code alignment", 2, 5) == "code alignment"
    assert _fixed(nlp, "methods that improve image captioning", 2, 5) == "image captioning"
    assert _fixed(nlp, "CLIP was used to measure alignment scores", 4, 6) is None  # after "to": where the object
    assert _fixed(nlp, "it learns to generate coherent reasoning paths", 3, 6) is None  # ends is unknown
    assert _fixed(nlp, "it is applied to transfer learning", 4, 6) == "transfer learning"  # a noun's first word
    assert _fixed(nlp, "SAM3 has revolutionized Open-Vocabulary Segmentation", 2, 7) == "Open-Vocabulary Segmentation"
    assert _fixed(nlp, "it has significantly accelerated 3D scene reconstruction", 3, 7) == "3D scene reconstruction"
    assert _fixed(nlp, "it uses supervised fine-tuning", 2, 6) == "supervised fine-tuning"
    assert _fixed(nlp, "Supports Vector Machines", 0, 3) == "Supports Vector Machines"  # a title's capitals


def test_a_span_grown_to_a_hyphenated_name_loses_its_acronyms_long_form(nlp):
    from spacy.tokens import Span

    from kg.extract.rules.boundaries import fix_entities
    from kg.extract.rules.spans import SpanInfo, info

    doc = nlp("We propose NF-CoT , and CoT helps .")
    doc.ents = [Span(doc, 4, 5, label="Method"), Span(doc, 7, 8, label="Method")]  # "CoT" twice
    for ent in doc.ents:
        info(doc)[(ent.start_char, ent.end_char)] = SpanInfo("gazetteer", 0.9, long_form="chain-of-thought")
    fixed = fix_entities(doc)
    assert [(e.text, info(fixed)[(e.start_char, e.end_char)].long_form) for e in fixed.ents] == [
        ("NF-CoT", None), ("CoT", "chain-of-thought")]


def _named_with_generic(nlp, text, named, generic):
    """``fix_entities`` of a named task span and the generic recogniser's task span, both (start, end) in tokens."""
    from spacy.tokens import Span

    from kg.extract.generic import SPANS_KEY
    from kg.extract.rules.boundaries import fix_entities

    doc = nlp(text)
    doc.ents = [Span(doc, *named, label="Task")]
    doc.spans[SPANS_KEY] = [Span(doc, *generic, label="Task")]
    return [e.text for e in fix_entities(doc).ents]


def test_a_named_task_takes_the_dimension_or_known_modifier_the_generic_recogniser_reads_before_it(nlp):
    assert _named_with_generic(nlp, "We study 3D object detection here", (3, 5), (2, 5)) == ["3D object detection"]
    assert _named_with_generic(nlp, "for sign language translation", (2, 4), (1, 4)) == ["sign language translation"]
    assert _named_with_generic(nlp, "mental health and head pose estimation", (4, 6), (0, 6)) == ["head pose estimation"]
    # a modifier the task is not known with, a word of manner, a verb: the named span stays as read
    assert _named_with_generic(nlp, "for debate stance classification", (2, 4), (1, 4)) == ["stance classification"]
    assert _named_with_generic(nlp, "for stable segmentation", (2, 3), (1, 3)) == ["segmentation"]
    # the longest task Papers with Code lists, where the generic span is longer still
    assert _named_with_generic(nlp, "assist multimodal fake news detection", (3, 5), (1, 5)) == ["fake news detection"]
    assert _named_with_generic(nlp, "we recast translation recommendation", (2, 4), (1, 4)) == ["translation recommendation"]


def test_a_named_task_takes_the_word_before_it_that_makes_a_task_papers_with_code_names_whole(nlp):
    # no generic span before it: the generic recogniser's span is the named one
    assert _named_with_generic(nlp, "to enhance fake news detection", (3, 5), (3, 5)) == ["fake news detection"]
    assert _named_with_generic(nlp, "for camouflaged object segmentation", (2, 4), (2, 4)) == [
        "camouflaged object segmentation"]
    assert _named_with_generic(nlp, "for robust object detection", (2, 4), (2, 4)) == ["object detection"]  # praise
    assert _named_with_generic(nlp, "for debate stance classification", (2, 4), (2, 4)) == ["stance classification"]
    # a word that opens a listed task with the span's words but its head: "fake news detection" is listed
    assert _named_with_generic(nlp, "for fake news classification", (2, 4), (2, 4)) == ["fake news classification"]
    assert _named_with_generic(nlp, "for fake news classification", (2, 4), (1, 4)) == ["fake news classification"]
    assert _named_with_generic(nlp, "for large language modeling", (2, 4), (2, 4)) == ["language modeling"]  # a model


def test_a_plain_term_is_lower_case_unknown_and_headed_by_no_type_or_method_word():
    from kg.extract.entities import plain_term

    assert plain_term("late-life depression") and plain_term("hippocampus")
    assert not plain_term("physically based rendering") and not plain_term("model predictive control")
    assert not plain_term("graph neural network") and not plain_term("Late-Life Depression")


def test_an_acronym_before_a_plural_system_noun_names_a_class():
    assert not keep("RAG Systems", "Method", "ner") and not keep("GNN models", "Model", "ner")
    assert keep("RAG System", "Method", "ner") and keep("Recommender Systems", "Task", "ner")


def test_systems_made_for_a_field_or_a_language_name_a_class():
    assert not keep("GUI-specific models", "Model", "ner_generic") and not keep("HOI-specific methods", "Method", "ner")
    assert keep("energy-based models", "Model", "ner_generic")  # a kind of model, by how it works


def test_a_plural_of_systems_is_no_task_and_a_named_things_property_is_no_name():
    assert not keep("Low-Latency Robotic VLMs", "Task", "ner") and not keep("Driving VLAs", "Task", "ner")
    assert not keep("Hallucination-Resilient MDLLMs", "Task", "ner", capitals=False)
    assert not keep("Autonomous AI Agents", "Task", "ner", capitals=False) and not keep("AI Tutors", "Task", "ner")
    assert not keep("LLM-Empowered Agentic Assistant", "Task", "ner", capitals=False)  # one agent, described
    assert keep("Video LLMs", "Model", "ner")
    assert not keep("Multiuser MIMO Systems", "Task", "ner") and keep("Recommender Systems", "Task", "ner")
    assert not keep("CSAs", "Task", "ner", long_form="Conversational shopping assistants")
    assert not keep("RSEA's strict held-out selection", "Dataset", "ner") and keep("Cohen's kappa", "Metric", "ner")


def test_a_description_before_a_coined_or_capitalised_name_is_cut_but_not_before_an_acronym(nlp):
    assert _fixed(nlp, "a pretrained SegResNet here", 1, 3) == "SegResNet"
    assert _fixed(nlp, "dominant results on grammar-focused MadinahQA and safety-oriented AraTrust", 3, 7) \
        == "MadinahQA"  # what the benchmark is for
    assert _fixed(nlp, "the standard Multimodal Large Language Models here", 1, 6) == "Multimodal Large Language Models"
    assert _fixed(nlp, "offline RL works", 0, 2) == "offline RL"


def test_an_ordinary_word_of_a_title_is_no_entity_whatever_papers_with_code_lists(nlp):
    assert not keep("Gap", "Metric", "ner_generic_known", capitals=False)  # "The Score Granularity Gap in ..."
    assert keep("Gap", "Metric", "ner_generic_known")  # written so in an abstract's sentence
    assert keep("Dropout", "Method", "ner", capitals=False, kept_elsewhere=True)  # the abstract keeps it too
    assert _fixed(nlp, "Your AI Travel Agent Would Book You a Bullfight", 1, 4) == "AI Travel Agent"


def test_an_adjective_cut_from_its_noun_and_a_trade_off_of_two_measures_are_no_names():
    assert not keep("constant-channel spatial", "Task", "ner") and not keep("intra-urban spatial", "Task", "ner")
    assert not keep("recall-throughput", "Metric", "ner") and not keep("privacy-utility trade-off", "Metric", "ner")
    assert keep("spatial reasoning", "Task", "ner")


@pytest.mark.parametrize("text", ["C2D-ISR framework based", "ViTs fine-tuned", "AmbientGAN-based generative",
                                  "Entropy-Aware Weighted", "VLM enhanced", "ST-Prompt Guided"])
def test_a_participle_or_adjective_cut_from_its_noun_is_no_entity(text):
    assert not keep(text, "Method", "ner")


@pytest.mark.parametrize("text", ["CLIP embeddings", "LSTM layers", "SAE representations", "IQA metrics", "DiT blocks"])
def test_the_parts_of_a_named_system_are_no_entity(text):
    assert not keep(text, "Method", "ner")
    assert keep(text.split()[0], "Model", "ner")


def test_a_gain_in_brackets_is_no_part_of_a_name():
    assert not keep("SUN RGB-D (+3.2)", "Dataset", "ner") and keep("SUN RGB-D", "Dataset", "ner")


def test_a_coined_name_before_a_verb_of_its_sentence_runs_on():
    assert not keep("OCT-X maximizes diagnostic", "Method", "ner")
    assert keep("support vector machine", "Model", "ner_generic", kept_elsewhere=True)


def test_the_noun_after_a_defined_acronym_types_the_name():
    assert cue_type("we design a ", "Pseudo-Bag Memory Pool", " (PMP) module for ...") == "Method"
    assert cue_type("we introduce our ", "Low Exposure Night Vision", " (LENVIZ) Dataset, a ...") == "Dataset"
    # a task's data set is no name of it, nor is a lower-case phrase
    assert cue_type("we propose NuRisk, a ", "Visual Question Answering", " (VQA) dataset comprising") != "Dataset"
    assert cue_type("we construct a ", "supervised fine-tuning", " (SFT) dataset based on") != "Dataset"
    # the acronym itself takes the noun too, by its long form
    assert cue_type("we introduce the State-Intention-Gesture Attributes Reference (", "SIGAR", ") dataset, which") \
        == "Dataset"
    assert cue_type("a Cascaded Residual Attention (", "CRA", ") module to fuse") == "Method"
    assert cue_type("a Visual Question Answering (", "VQA", ") dataset") != "Dataset"
    assert cue_type("a supervised fine-tuning (", "SFT", ") dataset") != "Dataset"
    assert cue_type("automatic speech recognition (", "ASR", ") models for") != "Model"
    assert cue_type("(", "ASR", ") dataset") is None and cue_type("", "ASR", ") dataset") is None  # no long form


def test_a_single_capital_and_a_hyphen_open_a_coined_name():
    assert is_named("V-JEPA 2", capitals=False) and keep("V-JEPA 2.1", "Model", "list") and keep("X-CLIP", "Model", "ner")
    assert not is_named("E-Commerce", capitals=False) and not is_named("X-Ray", capitals=False)


def test_hyphenated_words_closed_by_a_version_are_a_coined_name():
    assert all(is_named(name, capitals=False) for name in ("Kimi-K2.5", "Claude-Opus-4.6", "Falcon-H1-1.5B"))
    assert not is_named("image-to-3D", capitals=False) and not is_named("state-of-the-art", capitals=False)


@pytest.mark.parametrize("text", ["Stage II", "Phase 2", "Track 1", "stage-1", "Chinese sentence encoder d=0.65",
                                  "ResNet p<0.05"])
def test_a_numbered_part_or_a_value_set_to_a_symbol_is_no_entity(text):
    assert not keep(text, "Task", "ner")


def test_a_name_holding_a_level_word_stays():
    assert keep("SAE Level 2", "Task", "ner") and keep("Stage-2 Retriever", "Method", "ner")


def test_a_fields_acronym_alone_is_no_entity():
    assert not keep("AI", "Method", "ner") and not keep("AI", "Method", "acronym", long_form="Artificial Intelligence")
    assert keep("AI agents", "Method", "ner")


@pytest.mark.parametrize("text, kept", [
    ("focus synthesis on tumor", False), ("planning on edge devices", False), ("simulation to strategic planning", False),
    ("learning to rank", True),  # a task Papers with Code names
    ("text-to-image generation", True), ("image-to-image translation", True)])  # hyphens join a conversion's name
def test_a_lower_case_phrase_with_a_preposition_between_its_words_is_a_description(text, kept):
    assert keep(text, "Task", "ner") is kept


@pytest.mark.parametrize("text", ["frontier MLLMs", "medical VLMs", "expert MLPs", "closed-source commercial LLMs",
                                  "Stage 1 model", "Phase II network", "Long-/Short-CoT",
                                  "Sentence-BERT + Logistic Regression", "Stage 2 method", "Sub-Task 1", "Type-2",
                                  "Method B", "Version 2", "system-2"])
def test_a_described_class_a_numbered_parts_system_and_two_names_sharing_an_end_are_no_entities(text):
    assert not keep(text, "Method", "ner")


def test_a_class_after_a_name_or_a_level_word_stays():
    assert keep("LLM agents", "Method", "ner") and keep("Stage-2 Retriever", "Method", "ner")


def test_a_titles_class_described_in_capitalised_words_is_no_entity():
    assert not keep("Commercial Black-Box LLMs", "Model", "ner_generic", capitals=False)
    assert not keep("Pre-Trained MLLMs", "Model", "ner", capitals=False)
    assert keep("Cards Against LLMs", "Model", "title", capitals=False)  # the paper's own name
    assert keep("Video-LLaMA VLMs", "Model", "ner", capitals=False) is keep("Video-LLaMA VLMs", "Model", "ner")


@pytest.mark.parametrize("text", ["average PR-AUC", "token-level F1", "macro-averaged F1", "mean AUROC"])
def test_a_named_metric_aggregated_or_at_a_level_is_a_metric(text):
    from kg.extract.entities import named_metric

    assert named_metric(text)


def test_a_lower_case_metric_word_and_a_data_set_after_an_aggregate_are_no_named_metric():
    from kg.extract.entities import named_metric

    assert not named_metric("associative recall") and not named_metric("mean ImageNet")


def test_a_result_verb_opens_no_list_of_beaten_systems():
    assert not beaten_as_system("outperforms existing methods, improving average PR-AUC and ", "ROC-AUC", " by 3.0%")
    assert beaten_as_system("87.0% on synthetic cases, outperforming MDAgents and ", "MedAgent-Pro", " by over 20%")


@pytest.mark.parametrize("before, name, after, kind", [
    ("Our resulting benchmark, ", "Physics-IQ Verified", ", refines 57.6% of all samples.", "Dataset"),
    ("resulting in a new dataset, ", "NarraDolma", ". We find it.", "Dataset"),
    ("For each dataset, ", "CLIP", ", BLIP and X are evaluated.", None),  # no new data set named
    ("On this benchmark, ", "GPT-4", " achieves 3.", None)])
def test_a_name_set_off_after_a_new_data_sets_noun_is_a_data_set(before, name, after, kind):
    assert cue_type(before, name, after) == kind


@pytest.mark.parametrize("before, name, after, kind", [
    ("CLOSER-VLN achieves 32.01% SR and 21.28% ", "SPL", " on the test-unseen split", "Metric"),
    ("matches parallel K=10 to within 0.01 ", "PPL", ". The architecture", "Metric"),
    ("gains (+4.5% BFCL, +7.4% ", "Tau2-Bench", ", +6.8% Tool-Decathlon)", None),  # a benchmark's name, no metric's
    ("14.6 BLEU-1 on 3D-assisted dialog, and 2.1 EM on ", "SQA3D", ".", "Dataset"),
    ("it gets 71.2 mIoU on ", "NewSet", " and", "Dataset"),
    ("Hybrid Beamforming at 26.5 ", "GHz", "", None),  # a unit
    ("with strictly positive 95% ", "CIs", " on all pairs", None),
    ("it runs 3.5 Hours on ", "A100", " GPUs", None),
    ("it gets 71.2 BLEU on ", "Llama-3", " and", None)])  # a model family's release
def test_a_score_before_a_coined_name_makes_it_a_metric_and_a_score_in_one_on_a_name_a_data_set(before, name, after, kind):
    assert cue_type(before, name, after) == kind


def test_a_coined_name_written_with_an_underscore_is_no_tex_but_a_subscript_and_a_code_identifier_are_no_names():
    assert not has_tex("Bengal-HP_RU") and keep("Bengal-HP_RU", "Dataset", "pattern", proposed=True)
    assert keep("SHA_Dark", "Dataset", "list") and keep("qLLaMA_LoRA-7B", "Model", "ner")
    assert has_tex("Delta_ij") and has_tex("O_FT") and not keep("x_i", "Method", "ner")
    assert not keep("ENGINE_SPEC", "Dataset", "ner") and not keep("BATTERY_CAPACITY", "Model", "ner")


@pytest.mark.parametrize("text, kind, kept", [
    ("314K-sample training", "Dataset", False), ("17K-sample offline pipeline", "Method", False),
    ("80B-token long-context midtraining", "Method", False),
    ("360-degree video generation", "Task", True), ("100-hour LibriSpeech", "Dataset", True)])
def test_data_or_a_system_described_by_a_count_of_units_is_no_entity(text, kind, kept):
    assert keep(text, kind, "ner") is kept


@pytest.mark.parametrize("text, kept", [
    ("spanning legal reasoning", False), ("strengthening multimodal reasoning", False),
    ("mishandling temporal reasoning", False), ("disentangle reasoning", False),  # a verb's clause
    ("Generalizing Structured LLM Reasoning", False), ("disentangled representation learning", True),
    ("singing voice synthesis", True), ("talking face generation", True), ("streaming speech recognition", True)])
def test_a_task_phrase_opened_by_a_verb_is_a_clause_but_a_gerund_modifier_stays(text, kept):
    assert keep(text, "Task", "ner") is kept


@pytest.mark.parametrize("before, name, after, kind", [
    ("We run experiments on ", "Qwen2.5-7B", " and report.", "Model"),
    ("refute it in the tested setting: on ", "LLaMA-2-7B-32K-Instruct", ", debiasing", "Model"),
    ("We run experiments on ", "GSM8K", " and report.", "Dataset"),
    ("fine-tuned on ", "ShareGPT", " data", "Dataset")])
def test_a_model_familys_release_after_a_data_sets_cue_is_a_model_run(before, name, after, kind):
    assert cue_type(before, name, after) == kind


@pytest.mark.parametrize("text, other", [("Transrectal Ultrasound", True), ("white-light endoscopy", True),
                                         ("capsule endoscopy classification", False), ("BUSI", False)])
def test_an_imaging_modality_with_its_modifier_is_another_kind(text, other):
    assert is_other_kind(text) is other


@pytest.mark.parametrize("text, kept", [
    ("satellite-free generalization", False), ("cross-granularity evaluation", False),  # one paper's description
    ("prompt-controllable restoration", False),
    ("test-time adaptation", True), ("long-horizon planning", True), ("cross-view geo-localization", True),  # tasks
    ("Test-Time Adaptations", True),  # many abstracts write it: any case, hyphens or spaces, singular or plural
    ("specification-to-RTL generation", True),  # a conversion of one thing into another
    ("story completion", True)])  # no hyphenated modifier: the other tests decide
def test_a_task_phrase_of_a_hyphenated_modifier_few_abstracts_write_is_a_description(text, kept):
    assert keep(text, "Task", "ner", capitals=False) is kept


@pytest.mark.parametrize("text, kept", [
    ("LLM-based shopping", False), ("VLM-guided extraction", False), ("AI-assisted generation", False),  # described
    ("LLM-based translation", True), ("YOLO-based detection", True),  # many abstracts write them
    ("LLM-based Query Rewriting", True)])  # a name in capitals: the other tests decide ("... Agent" is no task)
def test_a_task_done_by_a_class_of_systems_few_abstracts_write_is_a_description(text, kept):
    assert keep(text, "Task", "ner") is kept


def _phrase_builder():
    """``scripts/build_established_phrases.py`` as a module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_established_phrases",
                                                  ROOT / "scripts" / "build_established_phrases.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder


def test_the_established_phrases_are_counted_by_the_phrase_their_words_spell():
    builder = _phrase_builder()
    texts = ["the large language model's output", "large language models", "a large-language model here"]
    phrases = {("large", "language", "model"), ("large", "language", "model", "inference")}
    # read four words on, "model's" gives "model" and "s", whose key ends in a space: still the one phrase, once a text
    assert builder.count_abstracts(texts, phrases) == {"large language model": 3}


def test_the_candidates_are_task_phrases_and_systems_named_by_what_they_are_built_on():
    builder = _phrase_builder()
    tasks, systems = builder.candidates(["test-time adaptation of llm-based agents with a bert-based scorer"])
    assert tasks == {("test", "time", "adaptation")}
    assert systems == {("llm", "based", "agent")}  # "scorer" heads no method or model


def test_plain_task_phrases_are_counted_by_abstract_and_without_function_words():
    builder = _phrase_builder()
    texts = ["we study cell counting and cell counting again", "for the part segmentation task", "cell counting"]
    counts = builder.count_plain_task_phrases(texts)
    assert counts["cell counting"] == 2 and counts["part segmentation"] == 1
    assert "the part segmentation" not in counts and "and cell counting" not in counts


def test_a_lower_case_task_phrase_few_abstracts_write_is_kept_for_its_output_head_a_repeat_or_a_title():
    assert keep("literary analysis", "Task", "ner")  # three abstracts or more write it
    assert not keep("implicit feature alignment", "Task", "ner")  # a description in passing
    assert keep("implicit feature alignment", "Task", "ner", repeated=True)  # written twice: the paper's subject
    assert keep("apical periodontitis detection", "Task", "ner")  # named by what it finds
    assert keep("zero-shot latent space communication", "Task", "ner", capitals=False)  # a title's


def test_the_established_phrases_are_read_by_their_key():
    assert name_key("Test-Time Adaptations") == name_key("test time adaptation") == "test time adaptation"
    assert {"test time adaptation", "long horizon planning"} <= established_phrases()
    assert "satellite free generalization" not in established_phrases()
    assert "llm based agent" in established_phrases() and "bert based classifier" not in established_phrases()


@pytest.mark.parametrize("text, kept", [
    ("Multi-Agent Consensus", False), ("Visual Anchors", False), ("Reading Times", False),  # plain words of a title
    ("French Health Corpus", True), ("Multi-Turn Dialogue Benchmark", True),  # a data set's noun names it
    ("Lyra 2.0", True)])  # numbered
def test_a_titles_plain_words_read_as_data_are_no_data_set(text, kept):
    assert keep(text, "Dataset", "ner", capitals=False) is kept


def test_the_papers_subject_stays_though_its_phrase_is_rare_or_read_as_data():
    assert keep("street-view geo-localization", "Task", "ner", capitals=False, topic=True)
    assert keep("Polycyclic Codes", "Dataset", "ner", capitals=False, topic=True)
    assert not keep("Polycyclic Codes", "Dataset", "ner", capitals=False)


@pytest.mark.parametrize("text, kept", [
    ("GPT-2-scale", False), ("ImageNet-scale", False),  # a size named after a system, before its noun
    ("PBD-type", False), ("CLIP-type", False),  # a kind named after a system, before its noun
    ("Gaussian-centric method", False), ("prompt-aware model", False),  # a system described by what it is made for
    ("Physics-Informed Neural Networks", True), ("Uncertainty-Aware Method", True)])  # names
def test_a_scale_or_a_purpose_before_a_generic_noun_is_a_description(text, kept):
    assert keep(text, "Method", "ner") is kept


def test_what_a_coined_name_is_made_for_is_cut_but_a_described_class_stays_whole(nlp):
    assert _fixed(nlp, "an interaction-aware LoRA here", 1, 5) == "LoRA"
    assert _fixed(nlp, "a dynamics-aware InfoModule here", 1, 5) == "InfoModule"
    assert _fixed(nlp, "like CNN-based SuperPoint here", 1, 5) == "SuperPoint"  # built on an acronym's system
    assert _fixed(nlp, "robust uncertainty-aware LLMs here", 1, 5) == "uncertainty-aware LLMs"


def test_a_lower_case_word_before_a_capitalised_name_is_cut_unless_it_names_a_variant_or_a_metric(nlp):
    assert _fixed(nlp, "a targeted Keyword Masking step", 1, 4, "Method") == "Keyword Masking"
    assert _fixed(nlp, "the extended CrowS-Pairs here", 1, 5, "Dataset") == "CrowS-Pairs"
    assert _fixed(nlp, "with variational Gaussian Processes here", 1, 4, "Method") == "variational Gaussian Processes"
    assert _fixed(nlp, "the mean Average Precision here", 1, 4, "Metric") == "mean Average Precision"


def test_a_size_in_billions_before_a_coined_name_makes_it_a_model():
    assert cue_type("outperforming models including ", "27B Gemma-3", " and 32B Granite-4.0") == "Model"
    assert cue_type("with the ", "8B Base", " model") is None  # no coined name after the size


def test_a_problem_is_a_task_named_with_a_capital_and_a_description_in_plain_words():
    from kg.extract.rules.lexicon import head_type

    assert head_type(["Capacitated", "Vehicle", "Routing", "Problem"]) == "Task"
    assert head_type(["optimization", "problem"]) is None and head_type(["All-Reduce", "problem"]) == "Task"
    # a database so named is data, a lower-case one a system's part
    assert head_type(["China", "Biographical", "Database"]) == "Dataset" and head_type(["vector", "database"]) is None
    # a system named by how it works: "sequence parallelism", "activation steering", "Chain-of-Thought prompting"
    assert {head_type(words) for words in (["sequence", "parallelism"], ["activation", "steering"],
                                           ["Chain-of-Thought", "Prompting"], ["model", "merging"],
                                           ["LLM", "Ensemble", "Finetuning"])} == {"Method"}  # fine-tuning unhyphenated
    assert keep("Flexible Job Shop Scheduling Problem", "Task", "ner") and keep("EFX problem", "Task", "ner")
    assert not keep("multiple-choice problems", "Task", "ner")
    assert not keep("ill-posed 2D-to-3D inverse problem", "Task", "ner")


def test_a_name_built_on_something_many_abstracts_write_stays():
    assert keep("energy-based model", "Model", "ner") and keep("LLM-based reasoning", "Task", "ner")


def test_a_thing_described_by_what_made_it_is_no_name_but_a_task_on_it_is():
    assert not keep("LLM-judged rubric", "Method", "ner") and not keep("KG-derived supervision", "Method", "ner")
    assert not keep("LLM-generated heuristics", "Method", "ner_generic")
    assert keep("AI-generated image detection", "Task", "ner") and keep("LLM-generated text detection", "Task", "ner")


def test_lower_case_words_before_one_capitalised_word_are_no_name():
    assert not keep("open-source Agents", "Method", "ner") and not keep("degenerate Gaussians", "Task", "ner")
    assert not keep("feed-forward Model", "Model", "ner")
    assert keep("offline RL", "Method", "ner") and keep("naive Bayes", "Method", "ner")
    assert keep("mixture of Gaussian", "Method", "ner") and keep("implicit Euler", "Method", "ner")


@pytest.mark.parametrize("before, name, after, kind", [
    ("reference results on ImageNet-1K, ", "MS-Celeb-1M", " and Stanford online products", "Dataset"),
    ("we curate ", "COYO-700M", " and train on it.", "Dataset"),
    ("we fine-tune ", "Pythia-70M", " and", "Model"),  # a model family's size
    ("we fine-tune ", "SmolVLM-256M", " on it.", "Model"),  # a class of models' acronym ends the stem
    ("we fine-tune ", "BERT-110M", " on it.", "Model"),  # a system Papers with Code knows
    ("we train the ", "BioVFM-21M", " model on it.", "Model")])  # its own noun says a model
def test_a_coined_name_counted_in_millions_is_a_data_set_unless_a_systems(before, name, after, kind):
    assert cue_type(before, name, after) == kind


@pytest.mark.parametrize("before, name, after, kind", [
    ("two metrics: ", "Fairness-To-Buyer", " (FTB) and Fairness-Between-Sellers (FBS).", "Metric"),
    ("metrics: Fairness-To-Buyer (", "FTB", ") and", "Metric"),
    ("standard metrics such as ", "RecallOCR", ", which", "Metric"),
    ("we report metrics such as FID and CLIPScore on ", "MyScenes", ".", None),  # past "on": no metric
    ("it utilizes the Domain Alignment Mutual Information (", "DAMI", ") loss to", "Method"),
    ("an improved ", "InfoNCE", " loss, incorporating", "Method"),
    ("we minimise the ", "MSE", " loss", None),  # a metric Papers with Code knows keeps its type
    ("", "REPULSIVE", " LOSS FUNCTION FOR", None),  # a title in capitals
    ("IMLE training aligns with AMD/", "AMV", " objective of predicting", None),  # metrics' pair as an objective
    ("in an internal data set and the public dataset ", "TotalSegmentator", ", the method", "Dataset"),
    ("we present the first safe text-to-motion dataset ", "SafeMoVAE-29K", " integrating", "Dataset"),
    ("establishing a strong benchmark ", "FID", " score of 26.91", "Metric"),  # a measure's noun after it, no data
    ("won the 1st place on the TuSimple Benchmark ", "Lane Detection Challenge", ", with", None),  # a name's noun
    ("8.45 percent on KHATT (Arabic), 8.26 percent on ", "PHTI", " (Pashto)", "Dataset"),  # a result on it
    ("models are unsuitable for professional use (", "FCR", " above 30%), while", "Metric"),  # a value in it
    ("More specifically, with ", "RADIO", " as a backbone, AnomalyVFM", "Model"),  # its role
    ("outperforms baselines on ", "end-to-end task-oriented dialog modeling", " benchmarks: CamRest676", "Task"),
    ("Lightweight binary alternatives like ", "ORB", " and BRISK, while", "Method")])
def test_a_list_of_metrics_a_loss_a_public_dataset_and_alternatives_type_the_name(before, name, after, kind):
    assert cue_type(before, name, after) == kind


def test_a_field_is_named_by_its_head_noun_but_not_a_sensor_or_two_conditions():
    from kg.extract.entities import names_a_field

    assert names_a_field("computer vision") and names_a_field("end-to-end autonomous driving", " systems")
    assert not names_a_field("event-based vision", " sensor") and not names_a_field("blind or low vision")


def test_a_description_by_what_drives_a_generic_system_is_no_name():
    assert not keep("GPU-driven rendering pipeline", "Method", "ner_generic")
    assert not keep("LLM-based evaluation framework", "Method", "ner")
    assert keep("GAN-Based Approach", "Method", "ner")  # a title-case name


@pytest.mark.parametrize("before, name, after, kind", [
    ("results on the ", "Image2CAD", " task across the DeepCAD benchmark", "Task"),
    ("we fine-tune on the ", "XNLI", " task", None),  # a data set Papers with Code knows keeps its reading
    ("it obtains 56.5 on OSWorld and 80.3 on ", "ScreenSpotPro", ";", "Dataset")])  # a bare score on a name
def test_a_coined_task_and_a_bare_score_on_a_name(before, name, after, kind):
    assert cue_type(before, name, after) == kind


def test_a_benchmark_named_in_capitals_is_one():
    from kg.extract.entities import names_a_benchmark

    assert names_a_benchmark("MEMORYAGENTBENCH") and names_a_benchmark("MemoryAgentBench")
    assert names_a_benchmark("OCTMNIST") and names_a_benchmark("Morpho-MNIST")  # MNIST's kin
    assert not names_a_benchmark("BENCH") and not names_a_benchmark("BenchJack")


def test_a_systems_part_after_its_name_and_a_titles_description_by_what_drives_it_are_no_names():
    assert not keep("fine-tuned Qwen3 embeddings", "Method", "ner") and not keep("LSTM Layers", "Method", "ner")
    assert keep("Graph Attention Layers", "Method", "ner")
    assert not keep("GraphRAG-based Framework", "Method", "ner_generic", capitals=False)  # "CUICurate: A GraphRAG-..."
    assert keep("GraphRAG-based Framework", "Method", "ner_generic")  # written so in an abstract, a name


def test_a_conversions_models_and_a_degree_of_resolution_are_no_entities():
    assert not keep("T2I models", "Model", "ner") and not keep("very high resolution", "Model", "acronym")
    assert not keep("existing medical RAG systems", "Method", "ner") and keep("Multi-Agent RAG systems", "Method", "ner")
    assert cue_type("results on watermarking schemes (Tree-Ring, RingID, ", "WIND", ", and Gaussian Shading)") == "Method"
    assert keep("GPT4 models", "Model", "ner")  # a family's release, not a class of conversion


def test_a_verbs_base_form_after_a_name_inside_a_span_runs_into_a_clause():
    from kg.extract.entities import runs_into_clause

    assert runs_into_clause("GeoTrust achieve OOD generalization".split())
    assert not runs_into_clause("Segment Anything Model".split()) and not runs_into_clause("Learning to Rank".split())
    assert runs_into_clause("Tajik-Farsi transliteration trained".split())  # a participle after it
    assert runs_into_clause("incur substantial inference".split())  # "LLMs ... but incur substantial inference cost"
    assert not runs_into_clause("Pre-trained".split()) and not runs_into_clause("Trained Ranker".split())
    # a conjunction that opens a clause, in lower case (a title's capitals are a name's words)
    assert runs_into_clause("human-human agreement when determining LLM generation".split())
    assert not runs_into_clause("I Know It When I See It".split())
    assert runs_into_clause("image understanding versus generation".split())
    assert runs_into_clause("Vanilla NCAs establishing".split())  # an acronym's plural and a participle
    assert runs_into_clause("generated two LLM-based corpora".split())  # a verb and its object's count
    assert not runs_into_clause("pretrained 7B models".split())
    assert not runs_into_clause("LLMs training".split())
    assert runs_into_clause("Multimodal Agentic RAG System Enabling".split())  # a system's noun and a verb in -ing
    assert runs_into_clause("Histo-Miner to predict cSCC patient response".split())  # "to" and a verb
    assert not runs_into_clause("Learning to Rank".split()) and not runs_into_clause("Speech to Text".split())
    assert not runs_into_clause("Model Editing".split()) and not runs_into_clause("Network Pruning".split())


def test_a_mapping_between_media_before_a_data_sets_noun_names_the_datas_task():
    before = "we introduce CineDance-1M, a large-scale, open research "
    assert cue_type(before, "Text-to-Audio-Video", " (T2AV) dataset designed") == "Task"
    assert cue_type(before + "Text-to-Audio-Video (", "T2AV", ") dataset designed") == "Task"
    assert cue_type("a large-scale Foo-to-Bar (", "F2B", ") dataset designed") == "Dataset"  # no media


def test_a_methods_word_before_a_data_sets_noun_says_what_the_data_are_for():
    assert cue_type("the lack of complexity in current ", "fine-tuning", " datasets leads") is None
    assert cue_type("we use a ", "pretraining", " corpus of text") is None


def test_a_metrics_noun_before_a_name_set_off_types_it_and_a_quantity_per_unit_is_a_measure():
    assert cue_type("we formalize a composite metric, ", "Normalized Time Per Output Token", " (NTPOT), to") == "Metric"
    assert measures_something("Normalized Time Per Output Token") and measures_something("energy per query")
    assert not measures_something("Mixture of Experts per Layer")


def test_a_name_set_off_after_a_coded_name_and_a_preposition_takes_the_appositives_type():
    # "train Y-FPN with X, a ... method": Y-FPN is another name, not the start of a longer one
    assert cue_type("We train Y-FPN with ", "FrequencyMix", ", a novel data augmentation method that") == "Method"
    assert cue_type("Robust Policies for ", "Diffusion Transformers", ", a framework that") is None


def test_a_name_in_capitals_taken_as_a_metric_is_one_but_a_task_used_as_one_is_not():
    assert cue_type("We introduce ", "Cascaded Error Counting", " (CEC) as an evaluation metric, which") == "Metric"
    assert cue_type("we test ", "natural language inference", " (NLI) as a more realistic alternative bias metric") \
        is None


def test_a_short_name_a_percentage_is_given_in_is_a_metric_unless_listed_as_data_or_a_method():
    assert cue_type("On BigCodeBench, it reaches 83.3% ", "SR", " from a 53.9% baseline") == "Metric"
    assert cue_type("achieves 98.1% ", "Pixel-AUC", " and") == "Metric"
    assert cue_type("scores 75% ", "MMLU", " and") is None and cue_type("uses 40% ", "CoT", " tokens") is None
    assert cue_type("(vs. 79.1% ", "PE", " average and") is None and cue_type("bootstrap 95% ", "CIs", ".") is None


def test_plain_words_in_capitals_a_percentage_is_given_in_are_a_metric_unless_another_types_head_ends_them():
    assert cue_type("relevant answers (+11.7% ", "Answer Relevancy", "), with gains") == "Metric"
    assert cue_type("with a 94% success rate and a 5.2% increase in ", "Visual Similarity", " (VS).") == "Metric"
    assert cue_type("achieving up to a 9.0% increase in ", "Route Completion", ", an 11.0% increase") is None
    assert cue_type("with 71.51% ", "Vocabulary Coverage", " of the entries") is None  # the phrase goes on


def test_training_data_drawn_from_a_coined_name_makes_it_a_data_set():
    assert cue_type("With around 30% of training data from ", "IntentTrain", ", we achieve") == "Dataset"
    assert cue_type("we use training data from ", "hospitals", ", we achieve") is None


def test_generalization_on_a_coined_name_makes_it_a_data_set():
    assert cue_type("models trained on it achieve OOD generalization on ", "GeoQA", ".") == "Dataset"


def test_a_long_form_of_one_adjective_keeps_its_acronym_out_of_the_graph():
    assert not keep("GI", "Method", "ner_generic", "x", long_form="Gastrointestinal")
    assert not keep("MM", "Method", "ner", "x", long_form="Multimodal")
    assert keep("IR", "Task", "ner", "x", long_form="Retrieval")  # a noun so spelt


def test_a_name_listed_before_a_data_sets_noun_past_a_size_and_a_bracket_is_data():
    assert cue_type("out-of-distribution (", "TrueFace", " and 140K RealFace) datasets.") == "Dataset"


def test_a_coined_name_that_estimates_acts_as_a_system():
    assert acts_as_system("Given a pool of frozen VLMs, ", "OSTB", " estimates a consensus transport plan")


def test_a_system_named_by_what_it_does_to_its_input_is_a_method():
    from kg.extract.rules.lexicon import head_type

    assert head_type(["Semantic-Spatial", "Selector"]) == head_type(["decoder", "router"]) == "Method"
    assert head_type(["Offset", "Map", "Regression", "Adapter"]) == "Method"


def test_a_task_phrase_only_a_manner_word_modifies_is_no_graph_entity():
    assert not keep("useful reasoning", "Task", "ner", "x") and not keep("perfect alignment", "Task", "ner", "x")
    assert keep("mathematical reasoning", "Task", "ner", "x")


@pytest.mark.parametrize("text", ["fluid antenna systems", "digital breast tomosynthesis", "Atomic Force Microscopy",
                                  "Open Forest Observatory", "Charge-Coupled Device", "Internet of Things", "AFM",
                                  "Blender", "Unreal Engine", "Radiation-Induced Lung Injury", "skin lesions",
                                  "Federal Open Market Committee", "ANSYS", "Venezuelan equine encephalitis", "USA"])
def test_devices_imaging_and_institutions_are_other_kinds(text):
    assert is_other_kind(text)


def test_a_systems_noun_right_before_a_coined_name_types_it():
    assert cue_type("we propose a two-stage framework ", "Rea2Seg", " for mask generation") == "Method"
    assert cue_type("we propose a two-stage framework ", "Rea2Seg", " achieves it") is None  # no such end after it
    assert cue_type("we train a rewriter model ", "LEANSCRIBE", " to localize it") == "Model"


def _grown_to_capitalised(nlp, text: str, name: str, label: str = "Model") -> list[str]:
    """``fix_entities`` of the span ``name`` read alone in ``text``."""
    from spacy.tokens import Span

    from kg.extract.rules.boundaries import fix_entities

    doc = nlp(text)
    read = doc.char_span(text.rindex(name), text.rindex(name) + len(name))
    doc.ents = [Span(doc, read.start, read.end, label=label)]
    return [e.text for e in fix_entities(doc).ents]


def test_a_name_opened_by_a_participle_takes_the_noun_it_is_built_on(nlp):
    assert _grown_to_capitalised(nlp, "While Retrieval Augmented Generation enhances LLMs, it fails.",
                                 "Augmented Generation", "Task") == ["Retrieval Augmented Generation"]
    assert _grown_to_capitalised(nlp, "Improving Retrieval Augmented Generation", "Augmented Generation",
                                 "Task") == ["Retrieval Augmented Generation"]  # in a title too
    # not a name Papers with Code lists, nor a word of the sentence's own
    assert _grown_to_capitalised(nlp, "Active Sparsely Annotated Oriented Object Detection",
                                 "Oriented Object Detection", "Task") == ["Oriented Object Detection"]
    assert _grown_to_capitalised(nlp, "The Guided Diffusion model works.", "Guided Diffusion", "Method") == [
        "Guided Diffusion"]


def test_a_span_read_from_the_end_of_a_capitalised_name_in_running_text_takes_the_capitalised_words(nlp):
    assert _grown_to_capitalised(nlp, "We propose IVGT, an Implicit Visual Geometry Transformer that predicts depth.",
                                 "Transformer") == ["Implicit Visual Geometry Transformer"]
    assert _grown_to_capitalised(nlp, "We use a Temporal Critique Fine-Tuning framework here.", "Fine-Tuning",
                                 "Method") == ["Temporal Critique Fine-Tuning"]
    # a title capitalises every word
    assert _grown_to_capitalised(nlp, "A Reverse Distillation Transformer for Anomaly Detection", "Transformer") == [
        "Transformer"]


@pytest.mark.parametrize("text, name", [
    ("We use the BERT Transformer here.", "Transformer"),
    ("We use a Mixture-of-Experts Transformer here.", "Transformer"),
    ("We compare Google Gemini here.", "Gemini"), ("We survey Efficient Transformer designs.", "Transformer"),
    ("Visual Transformer works well here.", "Transformer"), ("It asks Whether Transformer helps.", "Transformer")])
def test_a_coined_word_a_vendor_praise_a_hyphenated_piece_or_a_sentence_opener_is_not_taken_before_a_span(
        nlp, text, name):
    assert _grown_to_capitalised(nlp, text, name) == [name]


def test_names_before_architectures_plural_are_models():
    assert cue_type("full compatibility with ", "SiT", " and DiT architectures .") == "Model"
    assert cue_type("full compatibility with SiT and ", "DiT", " architectures .") == "Model"


def test_a_word_whose_end_the_next_hyphenated_word_shares_opens_a_capitalised_name(nlp):
    # "Inter- and Intra-Ray Transformer": tokens 3 (Inter-), 4 (and), 5-8 (Intra - Ray Transformer)
    text = "we propose an Inter- and Intra-Ray Transformer to capture it"
    assert _fixed(nlp, text, 5, 9, "Model") == "Inter- and Intra-Ray Transformer"
    # a phrase in lower case names two things: the second stays alone
    text = "both coarse- and fine-grained conditional generation tasks"
    assert _fixed(nlp, text, 3, 8, "Task") == "fine-grained conditional generation"


@pytest.mark.parametrize("text, read", [
    ("Acute Lymphoblastic Leukemia", "Method"), ("Human Papillomavirus", "Method"),  # diseases, viruses
    ("Dynamic vision sensors", "Method"), ("Computed Tomography Angiography", "Method"),  # sensors, imaging
    ("DICOM", "Dataset"), ("NIfTI", "Dataset"), ("Gurobi", "Dataset"), ("AWS Bedrock", "Dataset"),  # formats, software
    ("TBA", "Method"), ("TBD", "Method"),  # placeholders
    ("Blind and Visually Impaired", "Method"), ("deaf and hard of hearing", "Method"),  # people
    ("Non-player characters", "Method"), ("adverse drug events", "Dataset"),
    ("Preferred Reporting Items for Systematic Reviews and Meta-Analyses", "Method")])  # a reporting guideline
def test_things_of_kinds_the_graph_does_not_type_are_no_entities(text, read):
    assert not keep(text, read, "ner")


def test_a_named_sensor_module_and_tasks_about_a_disease_stay():
    assert keep("Noise Sensor", "Method", "ner") and keep("leukemia detection", "Task", "ner")


@pytest.mark.parametrize("text", ["finite-precision", "reduced-precision", "single-view", "arbitrary-precision"])
def test_an_adjective_of_a_precision_or_a_count_alone_is_no_entity(text):
    assert not keep(text, "Metric", "gazetteer")


def test_one_letter_in_brackets_after_a_name_is_no_part_of_it(nlp):
    text = "It leads on both KIT-ML (K) and HumanML3D (H), the LLM variant wins."
    assert _fixed(nlp, text, 4, 10, "Dataset") == "KIT-ML"


def test_a_result_on_a_listed_data_set_with_a_version_in_its_name_is_on_data():
    assert cue_type("our method reaches 45% top-1 on ", "Something-Something V2", " and 54%") == "Dataset"
    assert cue_type("it gains 5% on ", "YOLOv8", " and more") != "Dataset"  # a version of a model


@pytest.mark.parametrize("text", ["stabilize alignment", "suppress hallucinations", "alleviate forgetting"])
def test_a_verb_s_base_form_opens_a_clause_not_a_name(text):
    assert not keep(text, "Task", "ner")


def test_an_ordinary_word_opening_a_sentence_is_no_name_whatever_papers_with_code_lists():
    assert not keep("Dense", "Dataset", "ner_generic_known", sentence_start=True)
    assert keep("Breakfast", "Dataset", "ner")  # a data set so named, inside a sentence


@pytest.mark.parametrize("text, kind, sentence", [
    ("Hallucination", "Task", "Hallucination remains a challenge."),
    ("Quantization", "Method", "Quantization is a key method."),
    ("Precision", "Metric", "Precision, recall, and F1 scores were computed.")])
def test_a_task_s_a_method_s_or_a_metric_s_word_opening_a_sentence_stays(text, kind, sentence):
    assert keep(text, kind, "ner", sentence, sentence_start=True)


@pytest.mark.parametrize("word, coded", [
    ("Tool-DC", True), ("Pos-Seg-CFT", True), ("Grad-CAM", True), ("Geo-ADAPT", True), ("Seed-TTS", True),
    ("BERT", True), ("GPT-4", True),
    # a word joined to a general technology's acronym, and plain hyphenated words, are no coined names
    ("Human-AI", False), ("Multi-UAV", False), ("Zero-LLM", False), ("Human-LLMs", False), ("Multi-Head", False)])
def test_title_case_words_before_a_piece_in_capitals_are_a_coined_name(word, coded):
    assert is_coded(word) is coded


@pytest.mark.parametrize("text, read", [
    ("out-of-domain", "Task"), ("In-Distribution", "Method"),  # a setting's adjective alone
    ("industrial robots", "Method"), ("Unmanned Aerial Systems", "Method"), ("UASs", "Method"),  # machines
    ("Unmanned Aircraft Systems", "Method"),
    ("4D-CT", "Method"), ("3D ultrasound", "Method")])  # a modality by its dimensions
def test_a_settings_adjective_a_machine_or_a_modality_by_its_dimensions_is_no_entity(text, read):
    assert not keep(text, read, "ner")


def test_tasks_of_such_settings_and_machines_and_models_by_their_dimensions_stay():
    assert keep("out-of-distribution detection", "Task", "ner") and keep("in-domain adaptation", "Task", "gazetteer")
    assert keep("robot navigation", "Task", "ner") and keep("3D CNN", "Model", "ner")


def test_a_capitalised_plurals_verb_is_cut_from_its_name(nlp):
    assert _fixed(nlp, "CNNs work, and Transformers excel at modeling time.", 4, 6, "Model") == "Transformers"


def test_two_modalities_joined_alone_and_platforms_or_instruments_are_no_entities():
    assert not keep("Vision-Language", "Model", "ner") and not keep("audio-visual", "Task", "ner")
    assert keep("Vision-Language Models", "Model", "ner") and keep("audio-visual speech recognition", "Task", "ner")
    assert not keep("LiDAR-Visual-Thermal", "Dataset", "pattern") and not keep("RGB-Thermal", "Dataset", "ner")
    assert not keep("RGB-NIR", "Method", "ner")  # visible and near-infrared images
    assert keep("SAR-Text", "Dataset", "pattern", proposed=True)  # a data set named after radar images and text
    assert keep("Depth-Anything", "Model", "ner") and keep("Vision-Language-Vision", "Method", "ner")  # a name with a
    # modality's word, a round trip between modalities
    for name in ("Amazon Mechanical Turk", "TikTok", "analog-to-digital converter", "Immunohistochemistry"):
        assert not keep(name, "Method", "ner")


def test_evaluations_on_a_list_and_a_score_on_a_coined_name_read_it_as_data():
    assert cue_type("Extensive evaluations on ", "LERF-OVS", ", 3D-OVS, and Mip-NeRF360 show") == "Dataset"
    assert cue_type("the NAVSIM benchmark and 89.6 on ", "NAVSIM-v2", ".") == "Dataset"
    assert cue_type("it reaches 45.1 on ", "Qwen2.5-7B", ".") != "Dataset"  # a model run


def test_tokenization_heads_a_method():
    from kg.extract.rules.lexicon import head_type

    assert head_type(["Cross-scale", "Spatiotemporal", "Tokenization"]) == "Method"


def test_a_model_familys_kin_after_evaluations_on_is_run_not_read():
    assert cue_type("additionally, evaluations on Qwen2-VL and ", "Video-LLaVA", " confirm it") != "Dataset"


def test_a_long_form_set_off_by_a_dash_leaves_the_phrase_after_it_to_type_the_name():
    from kg.extract.entities import appositive_type

    assert appositive_type(" -- Reasoning Guided Fine-Tuning, a novel approach that extracts traces") == "Method"
    assert appositive_type(" -- the first dataset specifically designed to facilitate") == "Dataset"


@pytest.mark.parametrize("text", ["real-time", "Real-time", "Long-Tail", "First-Order", "zero-shot", "cross-modal",
                                  "In-Distribution"])
def test_an_adjective_of_time_order_or_setting_alone_is_no_entity(text):
    assert not keep(text, "Method", "ner")


def test_names_and_tasks_opening_with_such_words_stay():
    for name, kind in (("Long-CLIP", "Model"), ("Real-ESRGAN", "Model"), ("cross-modal retrieval", "Task")):
        assert keep(name, kind, "ner")
    assert not keep("RT", "Model", "ner", long_form="Real-time")  # the acronym of an adjective


@pytest.mark.parametrize("text", ["inconsistent generation", "incorrect reasoning", "inaccurate recognition",
                                  "suboptimal alignment"])
def test_a_tasks_failure_is_no_task(text):
    assert not keep(text, "Task", "ner")


def test_a_task_no_failures_word_opens_stays_a_task():
    assert keep("Incomplete Utterance Rewriting", "Task", "ner") and keep("multi-view clustering", "Task", "ner")


def test_a_mixture_of_experts_sizes_alone_are_no_entity():
    assert not keep("3x4B-A6B", "Method", "coined") and not keep("30B-A3B", "Model", "ner")
    assert keep("Qwen3-30B-A3B", "Model", "ner")


def test_an_amount_of_storage_alone_is_no_entity():
    assert not keep("8TB", "Dataset", "pattern") and not keep("16 GiB", "Dataset", "ner")
    assert keep("TB-Net", "Model", "ner")


def test_two_names_a_comma_glued_to_and_joins_are_no_one_name():
    assert not keep("USTC-CSL100,and USTC-SLR500", "Dataset", "ner")
    assert keep("USTC-CSL100", "Dataset", "ner")


def test_precision_naming_a_field_measures_nothing():
    assert metric_in_other_sense("Precision", "Precision medicine in oncology would be greatly improved by 3D scans.")
    assert not metric_in_other_sense("precision", "It improves precision by 3% over the baseline.")


def test_a_data_sets_numbered_part_is_no_size_in_parameters():
    assert cue_type("on the BCI IV data, 65.96% on ", "Dataset 2B", " (IV-2a).") != "Model"
    assert cue_type("we train ", "Pythia-2B", " on it.") == "Model"


def test_a_networks_tiers_of_size_name_a_model():
    assert cue_type("on the ADE20K task, surpassing ", "RMT-T/S/B", " by 0.7%/1.3%/0.3%, respectively.") == "Model"
    assert cue_type("we compare with ", "Swin-T/S/B", ".") == "Model"


def test_a_capitalised_activitys_noun_listed_after_tasks_is_a_task():
    before = "across diverse real-world tasks, including "
    assert cue_type(before, "Knowledge Validation", ", Rumor Detection and Event Verification.") == "Task"
    assert cue_type("on tasks such as ", "Arena Hard", " and MMLU.") != "Task"  # no activity's noun


def test_a_name_set_off_as_a_task_is_one_however_the_task_is_described():
    after = "), a meticulously designed task to quantify reasoning capabilities at each position."
    assert cue_type("we introduce Position-wise Question Answering (", "PQA", after) == "Task"
    assert cue_type("We propose ", "TAM", ", a task-agnostic method.") != "Task"


def test_a_disease_by_its_words_ending_is_no_entity_and_its_diagnosis_a_task():
    for name in ("Knee osteoarthritis", "tuberculosis", "leukemia", "glioma", "Atopic dermatitis"):
        assert is_other_kind(name) and not keep(name, "Method", "ner")
    assert keep("medical diagnosis", "Task", "ner") and keep("Glioma segmentation", "Task", "ner")
    assert keep("LLM Hypnosis", "Method", "ner")


def test_glasses_and_headsets_are_devices_no_entities():
    assert not keep("Aria Glasses", "Method", "ner") and not keep("Meta Quest headset", "Method", "ner")


def test_a_tasks_phrase_with_a_modalitys_coined_name_listed_after_tasks_is_a_task():
    before = "It does well on three tasks: disease diagnosis, "
    assert cue_type(before, "task-based fMRI classification", ", and retrieval.") == "Task"
    assert cue_type(before, "COCO detection", ", and retrieval.") != "Task"  # a data set's coined name


def test_radio_and_network_technologies_are_no_entities():
    for name in ("WiFi", "Wi-Fi", "Bluetooth", "IoT"):
        assert not keep(name, "Method", "ner_generic")
    assert keep("WiFi sensing", "Task", "ner") and keep("IoT intrusion detection", "Task", "ner")


def test_a_venue_no_other_name_spells_is_no_entity_alone():
    for name in ("NTIRE", "ICRA", "WACV", "Interspeech"):
        assert not keep(name, "Dataset", "ner")
    assert keep("KDD Cup 99", "Dataset", "ner") and keep("ACL", "Dataset", "ner")  # a data set; a word other names
    # spell too


def test_chip_makers_are_no_entities():
    for name in ("AMD", "Intel", "Qualcomm"):
        assert not keep(name, "Method", "ner")
    assert keep("AMD", "Method", "ner", long_form="Artifact-aware Manipulation Diagnosis via MLLM")  # an acronym the
    # paper defines


def test_points_of_the_compass_are_no_entities():
    for name in ("West", "North", "southeast"):
        assert not keep(name, "Dataset", "ner")
    assert keep("WestLaw", "Dataset", "ner")


def test_a_dimension_describes_the_phrase_set_off_after_a_name():
    from kg.extract.entities import appositive_type

    assert appositive_type(", the first large-scale unpaired 3D preference dataset, featuring meshes") == "Dataset"
    assert appositive_type(", the ImageNet dataset, and CIFAR-10") is None  # another name
