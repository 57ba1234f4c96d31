"""Rule components of the extraction pipeline, on a blank spaCy pipeline (no trained model)."""

import pytest
import spacy

from kg.extract import Extractor, build_nlp
from kg.extract.rules.doc_text import doc_text, token_texts
from kg.extract.rules.acronyms import find_definitions, is_short_form
from kg.extract.rules.titles import title_name
from kg.extract.rules.spans import info
from kg.records import Paper
from conftest import ROOT, SHARED


@pytest.fixture(scope="module")
def rules_only():
    return Extractor(ner_model=None, roles=False)


def ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_acronym_definition_types_long_and_short_forms():
    nlp = build_nlp(None, rules=("acronyms",))
    doc = nlp("We propose the Deep Generative Neural Operator (DGNO). DGNO is fast.")
    assert [(s.text, l.text) for s, l in find_definitions(doc)] == [("DGNO", "Deep Generative Neural Operator")]
    assert ents(nlp, doc.text) == [("Deep Generative Neural Operator", "Model"), ("DGNO", "Model"), ("DGNO", "Model")]


@pytest.mark.parametrize("text, pair", [
    # a hyphenated word counts as one word of the long form
    ("Using the Time-series Observations of Real-world IoT (TORI) dataset, we work.",
     ("TORI", "Time-series Observations of Real-world IoT")),
    # a dash between spaces ends the long form, and no function word opens one
    ("GrRAiL outperformed state-of-the-art baselines - Graph Neural Networks (GNNs), and more.",
     ("GNNs", "Graph Neural Networks")),
    ("It delivers the lowest analytical mean squared error among CNN-based (TIDE) baselines.", None),
    ("a new family of model problems we term in context language learning (ICLL). In ICLL, models work.",
     ("ICLL", "in context language learning")),  # a preposition may open it
    # a hyphenated name first, its long form's last word written out in it
    ("We present SMFD-UNet (Semantic Mask Fusion Deblurring UNet), a framework.",
     ("SMFD-UNet", "Semantic Mask Fusion Deblurring UNet")),
    ("We compare with AGE-MIL (Attention Guided MIL).", None),
    # the short form's first letter from the piece after a hyphen
    ("we propose the score-regularized continuous-time consistency model (rCM), which works.",
     ("rCM", "score-regularized continuous-time consistency model")),
    ("Distillation for Reasoning in Multi-Step Retrieval-Augmented Language Models (StepER) helps.", None),
    # three capitals that spell the short form over a lower-case word between them, not letters inside a word
    ("Open-Ended object Detection (OED) is a new task.", ("OED", "Open-Ended object Detection"))])
def test_acronym_definitions_read_hyphenated_words_whole(text, pair):
    nlp = build_nlp(None, rules=("acronyms",))
    found = [(s.text, l.text) for s, l in find_definitions(nlp.make_doc(text))]
    assert found == ([pair] if pair else [])


def _after_acronyms(text: str, read: dict[str, str]) -> list[tuple[str, str]]:
    """The entities after the acronym rule, where the recogniser read each word of ``read`` as its type."""
    from spacy.tokens import Span

    from kg.extract.rules.acronyms import acronym_component

    doc = build_nlp(None, rules=("acronyms",)).make_doc(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label=read[t.text]) for t in doc if t.text in read]
    return [(e.text, e.label_) for e in acronym_component(doc).ents]


def test_a_long_form_headed_by_a_metric_or_data_set_noun_types_its_acronym_whatever_the_recogniser_read():
    assert _after_acronyms("It reaches 77.74 Driving Score (DS) on Bench2Drive, 14.28 DS more, with a Memory Bank "
                           "(MB) and multi-query associative recall (MQAR).",
                           {"DS": "Method", "MB": "Method", "MQAR": "Task"}) == [
        ("Driving Score", "Metric"), ("DS", "Metric"), ("DS", "Metric"), ("Memory Bank", "Method"), ("MB", "Method"),
        ("multi-query associative recall", "Task"), ("MQAR", "Task")]


def test_a_long_form_ended_by_models_types_its_acronym_a_model_whatever_was_read_inside_it():
    found = _after_acronyms("We study unified multimodal large language models (ULMs). ULMs work.",
                            {"unified": "Task", "ULMs": "Task"})
    assert found == [("unified multimodal large language models", "Model"), ("ULMs", "Model"), ("ULMs", "Model")]


def test_a_long_form_a_systems_noun_names_before_it_is_a_system_whatever_its_head():
    found = _after_acronyms("We propose an effective retrieval method, called domain-invariant neurons-based retrieval "
                            "(DIN-Retrieval). We study a new task, called video anomaly detection (VAD).",
                            {"retrieval": "Task", "detection": "Task"})
    assert ("DIN-Retrieval", "Method") in found and ("VAD", "Task") in found


def test_a_long_form_headed_by_a_task_word_types_its_acronym_unless_it_is_called_a_system():
    found = _after_acronyms("Open-set supervised anomaly detection (OSAD) is hard. We propose Decision Boundary-aware "
                            "Generation (DBG) framework. OSAD and DBG differ.", {"OSAD": "Dataset", "DBG": "Model"})
    assert [(text, label) for text, label in found if text in ("OSAD", "DBG")] == [
        ("OSAD", "Task"), ("DBG", "Model"), ("OSAD", "Task"), ("DBG", "Model")]
    # a plural kind noun after it calls the task's methods, not the task, a system
    found = _after_acronyms("Human Pose Estimation (HPE) methods fail.", {"HPE": "Method"})
    assert ("HPE", "Task") in found


@pytest.mark.parametrize("text, long, expected", [
    ("We develop an exact token alignment (ETA) algorithm to align tokens.", "exact token alignment", "Method"),
    ("It uses a multi-scale feature fusion (MSFF) model here.", "multi-scale feature fusion", "Model"),
    ("We propose a novel Video Anomaly Detection (VAD) framework.", "Video Anomaly Detection", "Task")])
def test_a_long_form_read_as_a_task_that_the_words_after_call_a_system_is_one_unless_a_tasks_head_ends_it(
        text, long, expected):
    from spacy.tokens import Span

    from kg.extract.rules.acronyms import acronym_component

    doc = build_nlp(None, rules=("acronyms",)).make_doc(text)
    start = text.index(long)
    read = doc.char_span(start, start + len(long))
    doc.ents = [Span(doc, read.start, read.end, label="Task")]
    found = dict((e.text, e.label_) for e in acronym_component(doc).ents)
    assert found[long] == expected


def test_a_plain_term_no_recogniser_reads_gets_no_long_form_span_but_a_method_or_a_new_thing_does():
    from spacy.tokens import Span

    from kg.extract.rules.acronyms import acronym_component

    text = ("Changes of the hippocampus (HPC) and late-life depression (LLD) matter. We use model predictive control "
            "(MPC). We propose a diversified scene enhancement (DSE) module.")
    doc = build_nlp(None, rules=("acronyms",)).make_doc(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="Method") for t in doc if t.text in ("HPC", "LLD", "MPC", "DSE")]
    doc = acronym_component(doc)
    assert doc._.kg_plain_terms == {"HPC", "hippocampus", "LLD", "late-life depression"}
    assert [e.text for e in doc.ents if " " in e.text] == ["model predictive control", "diversified scene enhancement"]


def test_an_acronym_read_as_data_takes_the_type_read_for_its_long_form():
    # "Progressive OPD (POPD)" names a method wherever POPD is written; an acronym read otherwise keeps its reading
    found = _after_acronyms("We propose Progressive OPD (POPD), which grows. POPD helps. Visually Impaired Assistance "
                            "(VIA) systems use VIA.", {"Progressive": "Method", "POPD": "Dataset", "Visually": "Task",
                                                       "VIA": "Model"})
    assert [(text, label) for text, label in found if text in ("POPD", "VIA")] == [
        ("POPD", "Method"), ("POPD", "Method"), ("VIA", "Model"), ("VIA", "Model")]


def test_a_long_form_read_as_data_takes_its_acronyms_system_reading_unless_the_clause_speaks_of_data():
    read = {"Image": "Dataset", "Prompt": "Dataset", "Bridge": "Dataset", "IPB": "Model"}
    found = _after_acronyms("Recently, the Image Prompt Bridge (IPB) has been integrated into diffusion models.", read)
    assert found == [("Image Prompt Bridge", "Model"), ("IPB", "Model")]
    read = {"Human": "Dataset", "Protein": "Dataset", "Atlas": "Dataset", "HPA": "Model"}
    found = _after_acronyms("Backbones pretrained on ImageNet, the Human Protein Atlas (HPA), and OpenCell.", read)
    assert ("Human Protein Atlas", "Dataset") in found


def test_a_long_form_read_as_a_task_before_models_names_a_kind_of_model_unless_a_task_or_mapping_heads_it():
    found = _after_acronyms("Vision-Language-Action (VLA) models act. VLA helps. Text-to-image (T2I) models draw. "
                            "Automatic Speech Recognition (ASR) models fail.", {"Vision": "Task", "Text": "Task", "Automatic": "Task"})
    assert [(text, label) for text, label in found if text in ("VLA", "T2I", "ASR")] == [
        ("VLA", "Model"), ("VLA", "Model"), ("T2I", "Task"), ("ASR", "Task")]


def test_a_long_form_before_a_measure_noun_names_a_measure_unless_a_task_word_heads_it():
    found = _after_acronyms("The knows-but-violates (KBV) rate rises. KBV helps. Named Entity Recognition (NER) metrics "
                            "fail.", {"knows": "Method", "KBV": "Method", "Named": "Task"})
    assert [(text, label) for text, label in found if text in ("KBV", "NER")] == [
        ("KBV", "Metric"), ("KBV", "Metric"), ("NER", "Task")]


def test_a_name_run_on_over_lower_case_words_before_a_long_form_gives_way_to_the_long_form():
    from spacy.tokens import Span

    from kg.extract.rules.acronyms import acronym_component

    text = ("It helps classical Knowledge Base Question Answering (KBQA) and end-to-end Vision-Language-Action (VLA) "
            "models, not Truncated Singular Value Decomposition (SVD) nor blastocyst expansion (EXP).")
    doc = build_nlp(None, rules=("acronyms",)).make_doc(text)
    read = [("classical Knowledge Base Question Answering", "Task"), ("end-to-end Vision-Language-Action", "Model"),
            ("Truncated Singular Value Decomposition", "Method"), ("blastocyst expansion", "Task")]
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=label) for name, label in read]
    found = [(e.text, e.label_) for e in acronym_component(doc).ents]
    assert ("Knowledge Base Question Answering", "Task") in found and ("Vision-Language-Action", "Model") in found
    assert ("Truncated Singular Value Decomposition", "Method") in found and ("blastocyst expansion", "Task") in found
    assert not any(name.startswith(("classical", "end-to-end")) for name, _ in found)


def test_a_reading_that_stops_inside_a_long_form_gives_way_to_it():
    from spacy.tokens import Span

    from kg.extract.rules.acronyms import acronym_component

    text = "Drones fly during forest Search and Rescue (SAR) missions."
    doc = build_nlp(None, rules=("acronyms",)).make_doc(text)
    doc.ents = [doc.char_span(text.index("forest"), text.index(" and"), label="Task")]
    assert [(e.text, e.label_) for e in acronym_component(doc).ents] == [("Search and Rescue", "Task"), ("SAR", "Task")]


def test_a_reading_inside_a_long_form_whose_capitals_are_the_acronym_gives_way_to_it():
    from kg.extract.rules.acronyms import acronym_component

    text = "We introduce LAnd Segment (LAS), a dataset. Translating Natural Language to SQL (NL2SQL) is hard."
    doc = build_nlp(None, rules=("acronyms",)).make_doc(text)
    doc.ents = [doc.char_span(text.index("Segment"), text.index(")") + 1, label="Task"),
                doc.char_span(text.index("Translating"), text.index(" to SQL"), label="Dataset")]
    found = [(e.text, e.label_) for e in acronym_component(doc).ents]
    assert found[:2] == [("LAnd Segment", "Task"), ("LAS", "Task")]
    # a digit standing for a word is no capital: the reading stays, as where the capitals were not the letters
    assert ("Translating Natural Language", "Dataset") in found


def test_a_definition_named_as_data_or_an_activity_listed_as_a_task_takes_that_type():
    found = _after_acronyms("We construct the Layout Synthesis (LaySyn) dataset. LaySyn is large. Knowledge Tracing "
                            "(KT) is a technique. We fit Gaussian Processes (GPs).", {"KT": "Method", "GPs": "Method"})
    assert found == [("Layout Synthesis", "Dataset"), ("LaySyn", "Dataset"), ("LaySyn", "Dataset"),
                     ("Knowledge Tracing", "Task"), ("KT", "Task"), ("Gaussian Processes", "Method"), ("GPs", "Method")]
    # data for a task Papers with Code lists, or a definition "a" opens, is no data set's name
    assert _after_acronyms("We use the Named Entity Recognition (NER) dataset and a Layout Synthesis (LS) dataset.",
                           {})[0] == ("Named Entity Recognition", "Task")
    assert ("Layout Synthesis", "Dataset") not in _after_acronyms("We use a Layout Synthesis (LS) dataset.", {})


def test_a_long_form_that_replaces_a_longer_reading_is_typed_by_its_head_and_a_common_first_word_may_go():
    from kg.extract.rules.acronyms import acronym_component

    found = []
    for name, rest in (("Reasoning in vision-language models", " (VLMs) is studied."),
                       ("Conventional Retrieval-Augmented Generation", " (RAG) fails.")):
        doc = build_nlp(None, rules=("acronyms",)).make_doc(name + rest)  # the name opens the sentence
        doc.ents = [doc.char_span(0, len(name), label="Task")]
        found += [(e.text, e.label_) for e in acronym_component(doc).ents]
    assert found == [("vision-language models", "Model"), ("VLMs", "Model"),
                     ("Retrieval-Augmented Generation", "Method"), ("RAG", "Method")]


def test_a_long_form_headed_by_a_method_noun_types_its_acronym_a_method_whatever_the_recogniser_read():
    assert _after_acronyms("It introduces a rule-based strikingness measuring framework (RSMF) and a Reflective "
                           "Reorientation Mechanism (RRM); RSMF and RRM help.", {"RSMF": "Dataset", "RRM": "Model"}) == [
        ("rule-based strikingness measuring framework", "Method"), ("RSMF", "Method"),
        ("Reflective Reorientation Mechanism", "Method"), ("RRM", "Method"), ("RSMF", "Method"), ("RRM", "Method")]
    # a module's, whatever the recogniser read inside the long form
    assert _after_acronyms("A Word-level Self-aligned Attention Module (WSAM) cuts cost.", {"Attention": "Task"}) == [
        ("Word-level Self-aligned Attention Module", "Method"), ("WSAM", "Method")]


def test_a_long_form_headed_by_a_task_word_that_a_set_off_phrase_calls_a_system_is_one():
    assert _after_acronyms("We introduce Physical Simulator In-the-loop Video Generation (PSIVG), a novel framework "
                           "that integrates a simulator. We study Multi-View Crowd Counting (MVCC) methods.", {}) == [
        ("Physical Simulator In-the-loop Video Generation", "Method"), ("PSIVG", "Method"),
        ("Multi-View Crowd Counting", "Task"), ("MVCC", "Task")]


def test_a_long_form_ending_in_task_types_its_acronym_a_task_even_where_the_paper_proposes_it():
    nlp = build_nlp(None, rules=("patterns", "acronyms"))
    text = "In this work, we introduce the Episodic Memory with Questions and Feedback task (EM-QnF). EM-QnF is new."
    assert [(e.text, e.label_) for e in nlp(text).ents if e.text == "EM-QnF"] == [("EM-QnF", "Task"), ("EM-QnF", "Task")]


def test_a_long_form_the_text_defines_as_a_new_task_types_its_acronym_a_task():
    for text, read in [("We define a new task termed Video Anomaly Reasoning (VAR), which is hard.", "Model"),
                       ("We introduce a new task, Tabular Incremental Inference (TabII), which helps.", "Method")]:
        found = _after_acronyms(text, {text.split("(")[1].split(")")[0]: read})
        assert [label for _, label in found] == ["Task", "Task"]
    # a problem named before a method proposed for it is no definition of a task
    found = _after_acronyms("To tackle this problem, Energy-Based Pseudo-Label Refining (EBPR) is proposed.",
                            {"EBPR": "Method"})
    assert ("EBPR", "Task") not in found


def test_a_method_headed_long_form_the_recogniser_cut_before_its_head_is_a_method():
    from spacy.tokens import Span

    from kg.extract.rules.acronyms import acronym_component

    nlp = build_nlp(None, rules=("acronyms",))
    doc = nlp.make_doc("We tune it with Direct Preference Optimization (DPO) here.")
    doc.ents = [Span(doc, 4, 6, label="Task"), Span(doc, 8, 9, label="Method")]  # the recogniser's, cut
    doc = acronym_component(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Direct Preference Optimization", "Method"), ("DPO", "Method")]


def test_a_capitalised_index_or_measure_heads_a_metrics_long_form_a_lower_case_index_does_not():
    assert _after_acronyms("We use the Structural Similarity Index Measure (SSIM) and an inverted index (II); SSIM "
                           "rises.", {"SSIM": "Method", "II": "Method"}) == [
        ("Structural Similarity Index Measure", "Metric"), ("SSIM", "Metric"), ("inverted index", "Method"),
        ("II", "Method"), ("SSIM", "Metric")]
    assert _after_acronyms("We report the structural similarity index measure (SSIM) and low signal-to-noise ratios "
                           "(SNRs).", {"SSIM": "Task", "SNRs": "Method"}) == [
        ("structural similarity index measure", "Metric"), ("SSIM", "Metric"), ("signal-to-noise ratios", "Metric"),
        ("SNRs", "Metric")]  # a measure in any case, a ratio in the plural


def test_an_acronym_glued_into_a_hyphenated_name_is_no_use_of_it():
    nlp = build_nlp(None, rules=("acronyms",))
    text = "Multiple instance learning (MIL) is common. We propose AGE-MIL, better than MIL and MIL-based work."
    assert ents(nlp, text) == [("Multiple instance learning", "Method"), ("MIL", "Method"), ("MIL", "Method")]


@pytest.mark.parametrize("text, long", [
    ("Methods such as test time adaptation (TTA) help.", "test time adaptation"),
    ("Work on self-supervised learning (SSL) grows.", "self-supervised learning"),
    ("We study Multi-modal Large Language Models (MLLMs) here.", "Multi-modal Large Language Models"),
    ("A text-to-speech (TTS) model.", "text-to-speech"),
    ("Methods of eXplainable AI (XAI) help.", "eXplainable AI"),  # X for a word beginning with "ex"
    ("Use Extended Reality (XR) headsets.", "Extended Reality"),
    ("We train eXtreme Gradient Boosting (XGBoost) models.", "eXtreme Gradient Boosting"),
    # a clause's words in a population's long form, which the graph leaves out by it
    ("It predicts avoidance among people who use drugs (PWUD) here.", "people who use drugs"),
    # a digit between letters for the word it sounds like
    ("Natural Language to SQL (NL2SQL) is hard.", "Natural Language to SQL"),
    ("Advances in text-to-image (T2I) models.", "text-to-image"),
    ("Work on AI for Science (AI4S) grows.", "AI for Science"),
    ("They are called ``Behavioral Foundation Models'' (BFMs) here.", "Behavioral Foundation Models"),  # no quote
    # a leading digit for a number word
    ("We call it Two-dimensional Matryoshka Sentence Embedding (2DMSE) here.", "Two-dimensional Matryoshka Sentence Embedding")])
def test_a_long_form_whose_initials_spell_the_acronym_wins_over_letters_inside_words(text, long):
    nlp = build_nlp(None, rules=("acronyms",))
    assert [l.text for _, l in find_definitions(nlp(text))] == [long]


@pytest.mark.parametrize("text, pairs", [
    ("We propose TATAR (Task-Aware Thinking with Asymmetric Rewards), a framework.",
     [("TATAR", "Task-Aware Thinking with Asymmetric Rewards")]),
    ("ERGO (Efficient Reasoning & Guided Observation) is fast.", [("ERGO", "Efficient Reasoning & Guided Observation")]),
    ("Compared with VLMs (Vision-Language Models) it wins.", [("VLMs", "Vision-Language Models")]),
    ("GPT-4 (OpenAI, 2023) and CLIP (the image encoder) are used.", []),
    ("RADAR (Reasoning About Depth) helps.", []),
    ("XRL (Explainable Reinforcement Learning) helps.", [("XRL", "Explainable Reinforcement Learning")]),
    ("XRL (Reinforcement Learning) helps.", []),  # the initials spell RAD, not RADAR
    ("SHELLS (Semantic Head Estimation via Layered Local Sampling) is fast.",
     [("SHELLS", "Semantic Head Estimation via Layered Local Sampling")]),
    # spelt by capitals inside words, some capitals between left out
    ("We propose MIND (Memory-Informed and INteractive Dynamic RAG), a framework.",
     [("MIND", "Memory-Informed and INteractive Dynamic RAG")]),
    ("We propose FlashMorph (Fast LAyer Selection for Hybrid MORPHing).",
     [("FlashMorph", "Fast LAyer Selection for Hybrid MORPHing")]),
    ("GPT-4o (accessed via API) and BERT (Base Encoder) are used.", []),
    # a coined name in mixed case made of the openings of the words after it
    ("We evaluate TabPFN (Tabular Pre-Trained Foundation Network) against them.",
     [("TabPFN", "Tabular Pre-Trained Foundation Network")]),
    ("We use LaCo (Layer-wise Visual Token Compression) here.", [("LaCo", "Layer-wise Visual Token Compression")]),
    ("A ViT (Shuffling Vision Transformer) and ChatGPT (GPT-4) are used.", []),
    ("A form of MDPs (MI-MDPs) and CorVer (Corpus Verify) are used.", []),  # a variant's acronym; a clause
    # a clause before the bracket defines nothing
    ("We propose an Alert-Confirm evaluation protocol that distinguishes early warning signals (Alert) from turns.",
     [])])
def test_a_short_form_followed_by_its_long_form_in_brackets_is_a_definition(text, pairs):
    nlp = build_nlp(None, rules=("acronyms",))
    assert [(s.text, l.text) for s, l in find_definitions(nlp(text))] == pairs


def test_a_classifier_or_a_detector_defined_by_an_acronym_is_a_model():
    nlp = build_nlp(None, rules=("acronyms",))
    assert ents(nlp, "We design a spectral-spatial transformer classifier (SSTC) for it.") == [
        ("spectral-spatial transformer classifier", "Model"), ("SSTC", "Model")]


def test_a_long_form_after_its_short_form_types_both():
    nlp = build_nlp(None, rules=("acronyms",))
    assert ents(nlp, "We propose FAN (Fast Attention Network). FAN wins.") == [
        ("FAN", "Model"), ("Fast Attention Network", "Model"), ("FAN", "Model")]


@pytest.mark.parametrize("text, ok", [("DGNO", True), ("VAEs", True), ("e.g", False), ("x", False), ("1990", False)])
def test_short_forms(text, ok):
    assert is_short_form(text) is ok


def test_a_part_named_after_what_it_does_is_a_method():
    nlp = build_nlp(None, rules=("acronyms",))
    assert ents(nlp, "We design a dual-gated reasoning enhancement (DGR) module to fuse knowledge .") == [
        ("dual-gated reasoning enhancement", "Method"), ("DGR", "Method")]
    assert ents(nlp, "Human Pose Estimation (HPE) modules are common .") == [  # parts for a task
        ("Human Pose Estimation", "Task"), ("HPE", "Task")]


def test_gazetteer_prefers_longer_names_and_folds_case_for_terms():
    nlp = build_nlp(None, rules=("gazetteer",))
    assert ents(nlp, "Llama 2 beats BERT at Question Answering on SQuAD.") == [
        ("Llama 2", "Model"), ("BERT", "Model"), ("Question Answering", "Task"), ("SQuAD", "Dataset")]


def test_a_listed_task_joined_by_a_hyphen_to_a_name_before_it_is_a_piece_of_that_name():
    nlp = build_nlp(None, rules=("gazetteer",))
    assert ents(nlp, "It rivals MERaLiON-2-10B-ASR on ASR.") == [("ASR", "Task")]


def test_gazetteer_finds_a_hyphenated_term_written_without_its_hyphens():
    nlp = build_nlp(None, rules=("gazetteer",))
    assert ents(nlp, "We tune it via Low Rank Adaptation and self attention .") == [
        ("Low Rank Adaptation", "Method"), ("self attention", "Method")]
    assert ents(nlp, "We read the Needle in a Haystack .") == []  # a name listed in its case only is matched as written
    assert ents(nlp, "It adds Multi-Head Cross Attention .") == []  # the end of a longer name in capitals


def test_gazetteer_finds_a_models_release_written_with_a_hyphen():
    nlp = build_nlp(None, rules=("gazetteer",))
    assert ents(nlp, "We address the limits of SAM-2 and fine-tune Gemma-3 .") == [("SAM-2", "Model"),
                                                                                   ("Gemma-3", "Model")]
    assert ents(nlp, "We evaluate on SQuAD-2.0 here .") == []  # a data set's version is not hyphenated for it


def test_gazetteer_names_with_an_ampersand_and_in_the_plural():
    nlp = build_nlp(None, rules=("gazetteer",))
    assert ents(nlp, "Results on Tanks & Temples hold, while Swin Transformers and the Video Swin Transformer fail.") \
        == [("Tanks & Temples", "Dataset"), ("Swin Transformers", "Model"), ("Video Swin Transformer", "Model")]
    assert ents(nlp, "We probe BEiT, ConvNeXt and WavLM.") == [("BEiT", "Model"), ("ConvNeXt", "Model"), ("WavLM", "Model")]


def test_a_name_listed_exactly_wins_over_a_shorter_span_found_inside_it():
    from spacy.tokens import Span

    nlp = build_nlp(None, rules=("gazetteer",))
    doc = nlp.make_doc("Models such as OpenAI o1 and Swin Transformer and CLIP are compared with o3-mini.")
    doc.ents = [Span(doc, 3, 4, label="Model"), Span(doc, 7, 8, label="Model"), Span(doc, 9, 10, label="Method")]
    doc = nlp.get_pipe("kg_gazetteer")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("OpenAI o1", "Model"), ("Swin Transformer", "Model"), ("CLIP", "Model"), ("o3-mini", "Model")]
    doc = nlp.make_doc("We use automatic speech recognition models.")
    doc.ents = [Span(doc, 3, 5, label="Task")]  # a term listed in any case does not widen a span
    doc = nlp.get_pipe("kg_gazetteer")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("speech recognition", "Task")]


@pytest.mark.parametrize("text, expected", [
    # a plain word in Title Case the phrase goes on after in lower case modifies the proposal described
    ("In this work, we propose a unified Bayesian framework for MRI.", []),
    ("First, we propose the Hilbert sampling strategy to keep locality.", []),
    ("We introduce Sentinel, an enforcement framework.", [("Sentinel", "Method")]),
    # a plain word ending a longer name before a data set's noun names nothing alone
    ("Results on planning tasks, including the Tower of Hanoi benchmark, improve.", []),
    ("It uses variants from the Genome in a Bottle benchmark.", []),
    ("It attains 98.16% on the Flevoland dataset and the validation set of Cityscapes dataset.",
     [("Flevoland", "Dataset"), ("Cityscapes", "Dataset")]),
])
def test_a_plain_word_in_title_case_that_another_phrase_holds_is_no_pattern_name(text, expected):
    assert ents(build_nlp(None, rules=("patterns",)), text) == expected


def test_dataset_and_proposal_patterns():
    nlp = build_nlp(None, rules=("patterns",))
    assert ents(nlp, "Results on the WikiBio dataset are strong.") == [("WikiBio", "Dataset")]
    assert ents(nlp, "Here we introduce MultiONet, a novel neural operator architecture.") == [("MultiONet", "Model")]
    assert ents(nlp, "So we introduce Two new ideas.") == []
    assert ents(nlp, "A CycleGAN and the ARMED-CNN beat SciBERT-2 on ImageNet; a top performer.") == [
        ("CycleGAN", "Model"), ("ARMED-CNN", "Model"), ("SciBERT-2", "Model")]


@pytest.mark.parametrize("text, expected", [
    ("We propose FooNet, a light-weight vision-language (VL) model for MDS.", ("FooNet", "Model")),
    ("We introduce ISIC-X, a large public multi-annotator skin lesion segmentation dataset.", ("ISIC-X", "Dataset")),
    ("We propose CycleSync, a video-to-audio-based metric that measures motion.", ("CycleSync", "Metric")),
    ("We present Apriel-1.5, a 15-billion parameter open-weights multimodal reasoning model.", ("Apriel-1.5", "Model")),
    ("We introduce FooBench, a large-scale dataset of images.", ("FooBench", "Dataset")),
    # a bracketed long form before the comma is passed over; the phrase ends before what the name does; a system's
    # noun heads it whatever its modifiers name
    ("We present SHELLS (Semantic Head Estimation via Layered Local Sampling), an efficient feed-forward framework "
     "for 3D head reconstruction from multi-view images.", ("SHELLS", "Method")),
    ("We introduce DAWN (Data for Workflows), a benchmark targeting time series modeling.", ("DAWN", "Dataset")),
    ("We propose FooGround, a structured grounding interface for 3D-LLMs.", ("FooGround", "Method")),
    # a version written apart after the name
    ("This paper presents OnCoCo 1.0, a new public dataset for message classification.", ("OnCoCo", "Dataset")),
    # a name set off after the name is its spelt form, unless a list goes on
    ("This paper presents HFN, Heterogeneous Fusion Net, a novel multimodal framework.", ("HFN", "Model")),
    ("We propose Temporal RoPE, Cross-Frame Error Correction, and Random Frame Mask.", ("Temporal RoPE", "Method")),
    # a colon before "a" sets off the phrase too; what a method trains with is a method
    ("We introduce a new work called BMAS English: an English language dataset for classification.",
     ("BMAS English", "Dataset")),
    ("In this work, we introduce RadarFM: a radar foundation model that learns scenes.", ("RadarFM", "Model")),
    ("We introduce FalseReject, a comprehensive resource containing 16k queries.", ("FalseReject", "Dataset")),
    # a database named by a naming verb is data
    ("We establish a comprehensive database to reflect human feedback, termed OHF2024, with ratings.",
     ("OHF2024", "Dataset"))])
def test_a_proposal_is_typed_by_its_appositive_over_hyphens_and_a_bracketed_acronym(text, expected):
    nlp = build_nlp(None, rules=("patterns",))
    assert ents(nlp, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("This paper proposes GridMix, which mixes grids.", ("GridMix", "Method")),
    ("This letter presents LiteLoc, a novel and efficient localizer.", ("LiteLoc", "Method")),
    ("We reformulate segmentation and introduce Dual Prompt Routing, which routes prompts.",
     ("Dual Prompt Routing", "Method")),
    ("We benchmark models and propose a novel Average Severity Error metric to measure errors.",
     ("Average Severity Error", "Metric"))])
def test_the_paper_or_a_second_verb_of_ours_proposes_and_a_kind_noun_after_the_name_types_it(text, expected):
    nlp = build_nlp(None, rules=("patterns",))
    assert ents(nlp, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("We address this problem by introducing NOVA, a world modelling framework.", [("NOVA", "Method")]),
    ("This study tackles the challenge by proposing SafeMERGE, which merges.", [("SafeMERGE", "Method")]),
    ("Prior work did so by introducing FlowEdit, an editor.", []),  # not ours
    ("FlowEdit improved it. We did so by introducing nothing new.", []),
    ("We tackle this challenge by introducing KV cache compression into video diffusion.", [])])  # a technique
def test_what_we_do_it_by_introducing_is_proposed(text, expected):
    nlp = build_nlp(None, rules=("patterns",))
    doc = nlp(text)
    table = info(doc)
    assert [(e.text, e.label_) for e in doc.ents if table[(e.start_char, e.end_char)].proposed] == expected


def test_a_task_or_problem_named_is_a_task():
    nlp = build_nlp(None, rules=("patterns",))
    assert ents(nlp, "We propose a more realistic problem named HDR Dynamic View Synthesis here.") == [
        ("HDR Dynamic View Synthesis", "Task")]
    assert ents(nlp, "We introduce a new task called Group Theorization, in which it writes.") == [
        ("Group Theorization", "Task")]
    assert ents(nlp, "We propose a model named FooNet for it.") == [("FooNet", "Model")]


def test_a_proposal_read_as_a_task_needs_a_word_of_tasks_in_its_sentence():
    nlp = build_nlp(None, rules=("patterns",))
    doc = nlp.make_doc("We propose Trajectory-aware OPD, which uses near-future tokens. We introduce Floor Planning, "
                       "a new task.")
    doc.ents = [doc.char_span(11, 31, label="Task"), doc.char_span(77, 91, label="Task")]
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Trajectory-aware OPD", "Method"), ("Floor Planning", "Task")]


def test_a_proposal_a_measures_or_a_data_sets_noun_heads_takes_its_type_but_a_loss_is_a_method():
    nlp = build_nlp(None, rules=("patterns",))
    doc = nlp("We introduce an Optimized Locatability Score that quantifies it. We propose the Gated Contrastive Loss. "
              "We introduce the Massive Text Embedding Benchmark for Dutch.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Optimized Locatability Score", "Metric"),
                                                     ("Gated Contrastive Loss", "Method"),
                                                     ("Massive Text Embedding Benchmark", "Dataset")]


def test_a_proposal_read_as_a_data_set_needs_a_word_of_data_in_its_sentence():
    nlp = build_nlp(None, rules=("patterns",))
    doc = nlp.make_doc("We propose CycleDiffusion, which uses DPM-Encoder. We release SpecData, which holds 10k examples.")
    doc.ents = [doc.char_span(11, 25, label="Dataset"), doc.char_span(62, 70, label="Dataset")]
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("CycleDiffusion", "Method"), ("SpecData", "Dataset")]


@pytest.mark.parametrize("text, name", [
    ("We propose Hierarchical Three-Step Prompting (H3Prompt) for narratives.", "Hierarchical Three-Step Prompting"),
    ("To address this, we propose the Plan of Knowledge framework.", "Plan of Knowledge"),
    ("We propose FooNet for Image Classification.", "FooNet"),
    ("We propose FooNet of the kind.", "FooNet"),
    # a preposition inside a name that a description or an acronym sets off after it
    ("We propose Thinking by Subtraction, a contrastive decoding approach.", "Thinking by Subtraction"),
    ("We propose Test-Time Adaptation with Brownian Distance Covariance (TaTa).",
     "Test-Time Adaptation with Brownian Distance Covariance"),
    ("We propose FooNet for Image Classification tasks.", "FooNet")])
def test_a_proposed_name_goes_on_over_a_capitalised_number_word_and_of(text, name):
    nlp = build_nlp(None, rules=("patterns",))
    assert [e.text for e in nlp(text).ents] == [name]


def test_patterns_in_windows_match_as_over_the_whole_doc():
    from pathlib import Path

    from kg.extract.rules.patterns import _PROPOSAL_CUE, DATASET_NOUNS, NamePatterns
    from kg.ingest import read_papers

    nlp = build_nlp(None, rules=())
    patterns = NamePatterns(nlp, "kg_patterns")
    texts = ["We propose the Foo Bar Baz dataset, called MegaNet Big One, on the XYZ ABC benchmark corpus suite.",
             "we we we further propose the X", "Called", "benchmark", "SQuAD benchmark", ""]
    for paper in read_papers([ROOT / "examples"]):
        texts += [paper.title, paper.abstract]
    found = 0
    for doc in nlp.pipe(texts):
        lower = doc.text.lower()
        whole = patterns.datasets(doc) if any(noun[:6] in lower for noun in DATASET_NOUNS) else []
        whole += patterns.proposals(doc) if _PROPOSAL_CUE.search(lower) else []
        assert patterns._matches(doc) == whole, doc.text
        found += len(whole)
    assert found > 100


@pytest.mark.parametrize("title, expected", [
    ("DGNO: A Novel Physics-aware Neural Operator", ("DGNO", "Model")),
    ("EMO: Earth Mover Distance Optimization for Language Modeling", ("EMO", "Method")),
    ("Talking Heads: Understanding Inter-layer Communication", None),
    ("Physics of Language Models: Part 3.3", None),
    ("A title without a colon", None),
    ("The MixCount Dataset: Bridging the Data Gap for Open-Vocabulary Object Counting", ("MixCount", "Dataset")),
    ("A New Benchmark: Measuring Things", None),
    ("Chain-of-Tools: Utilizing Massive Unseen Tools in the CoT Reasoning", ("Chain-of-Tools", "Method")),
    ("M²CD: A Unified MultiModal Framework for Optical-SAR Change Detection", ("M²CD", "Method")),
    ("Reproducing DragDiffusion: Interactive Point-Based Editing with Diffusion Models", None),
    ("Taming SAM2: Memory for Video Segmentation", None),
    ("ReefNet: A Large scale, Taxonomically Enriched Dataset and Benchmark for Hard Coral Classification",
     ("ReefNet", "Dataset")),
    # a version written apart after the name is part of it; a number alone names nothing
    ("OnCoCo 1.0: A Public Dataset for Fine-Grained Message Classification", ("OnCoCo 1.0", "Dataset")),
    ("DC-AE 1.5: Accelerating Diffusion Model Convergence", ("DC-AE 1.5", "Model")),
    ("1.5: Accelerating Things", None),
    ("nuScenes Revisited: Progress and Challenges in Autonomous Driving", None),  # a study of a known thing
    ("Full Attention Strikes Back: Transferring Full Attention into Sparse", None),
    ("Meet UD_Czech-PDTC: A Large and Genre-Rich Treebank", ("UD_Czech-PDTC", "Dataset")),  # the name introduced
    ("Scaling LLM Planning: NL2FLOW for Parametric Problem Generation", None),  # what the paper does
    ("CATNet: Collaborative Alignment and Transformation Network for Things", ("CATNet", "Model")),  # spelt long
    ("ASPO: Asymmetric Importance Sampling Policy Optimization", ("ASPO", "Method")),  # forms' heads
    ("ConflictScore: Identifying and Measuring How Language Models Handle Conflicting Evidence",
     ("ConflictScore", "Metric")),  # a coined score, not a phrase of hyphenated words
    ("Place Recognition: A Comprehensive Review, Current Challenges and Future Directions", None),  # a survey's
    ("Efficient Video Diffusion Models: Advancements and Challenges", None),  # topic in plain words
    ("MIMRS: A Survey on Masked Image Modeling in Remote Sensing", ("MIMRS", "Method")),  # the survey's own name
    ("Rank-Then-Score: Enhancing Large Language Models for Automated Essay Scoring",
     ("Rank-Then-Score", "Model")),  # by its subtitle's models, no metric
    ("OmniFall: A Unified Staged-to-Wild Benchmark for Human Fall Detection", ("OmniFall", "Dataset")),  # "to"
    # inside hyphens is a modifier's, not the phrase's end, and so is a dash between two words
    ("FPI-Det: a face--phone Interaction Dataset for phone-use detection", ("FPI-Det", "Dataset")),
    # a shared task's overview
    ("SemEval-2026 Task 9: Detecting Multilingual, Multicultural and Multievent Online Polarization",
     ("SemEval-2026 Task 9", "Dataset")),
    # a long form headed by unlearning, as by learning, names a method
    ("IREU: Identity-Related Encoder-Only Unlearning for Customized Portrait Generation", ("IREU", "Method")),
])
def test_title_names(title, expected):
    import spacy

    found = title_name(spacy.blank("en")(title))
    assert (found and (found[0].text, found[1])) == expected


@pytest.mark.parametrize("title, abstract, expected", [
    ("ForceVLA: Enhancing VLA Models with a Force-aware MoE", "We propose ForceVLA, a novel end-to-end manipulation "
     "framework that treats force as a modality.", "Method"),
    ("Legal Assist AI: Leveraging Transformer-Based Frameworks for Legal Assistance", "This paper introduces Legal "
     "Assist AI, a transformer-based model designed to bridge this gap.", "Model"),
    ("Rank-Then-Score: Enhancing Large Language Models for Essay Scoring", "We score essays.", "Model")])
def test_a_subtitle_saying_what_a_name_does_leaves_its_type_to_the_abstract(title, abstract, expected):
    import spacy

    assert title_name(spacy.blank("en")(title), abstract)[1] == expected


def test_the_abstracts_words_type_a_title_name_the_recogniser_read_as_a_system():
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("en")("Skyfall-GS: Synthesizing Immersive 3D Urban Scenes from Satellite Imagery")
    doc.ents = [Span(doc, 0, 3, "Model")]  # "Skyfall", "-", "GS"
    abstract = "We propose Skyfall-GS, the first city-block scale 3D scene creation framework without annotation."
    assert title_name(doc, abstract)[1] == "Method"
    assert title_name(doc, "We propose Skyfall-GS to synthesise scenes.")[1] == "Model"  # no words set it off


def test_a_title_name_the_abstract_says_holds_thousands_of_items_is_data():
    import spacy

    doc = spacy.blank("en")("CADReview: Automatically Reviewing CAD Programs with Error Detection and Correction")
    assert title_name(doc, "We introduce CADReview, consisting of over 20K program-image pairs.")[1] == "Dataset"
    assert title_name(doc, "We introduce CADReview, consisting of 3 modules.")[1] == "Method"


def test_a_coined_score_the_abstract_calls_a_method_is_one():
    import spacy

    found = title_name(spacy.blank("en")("EigenScore: OOD Detection using Covariance in Diffusion Models"),
                       "We propose EigenScore, a new OOD detection method that leverages the eigenvalues.")
    assert found[1] == "Method"
    found = title_name(spacy.blank("en")("LLMScore: Things"), "we propose LLMScore (LS), a fine-tuning framework")
    assert found[1] == "Method"


@pytest.mark.parametrize("title, abstract, expected", [
    ("Conversations: Love Them, Hate Them, Steer Them", "Conversations matter. We steer conversations.", None),
    ("Mirror: Seeing Yourself in Data", "We propose Mirror, a method.", "Mirror"),  # named mid-sentence
    ("Radio: Rate-Distortion Optimization for LLMs", "We quantize models.", "Radio")])  # a method's subtitle
def test_a_title_led_by_an_english_word_names_a_thing_where_the_abstract_or_subtitle_says_so(title, abstract, expected):
    import spacy

    found = title_name(spacy.blank("en")(title), abstract)
    assert (found and found[0].text) == expected


def test_a_title_name_is_a_metric_only_where_its_subtitle_says_so():
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    for title, expected in [("AvatarArtist: Open-Domain 4D Avatarization", "Method"),
                            ("CLIPScore: A Reference-free Evaluation Metric for Image Captioning", "Metric")]:
        doc = nlp(title)
        doc.ents = [Span(doc, 0, 1, label="Metric")]  # the recogniser's reading of the coined name
        assert title_name(doc)[1] == expected
    doc = nlp("TBC: A Target-Background Contrast Metric for Image Fusion")
    doc.ents = [Span(doc, 0, 1, label="Method")]  # read as a method: the subtitle's head says what it is
    assert title_name(doc)[1] == "Metric"
    doc = nlp("ExCAM: Explainable Cultural Awareness Metrics")
    doc.ents = [Span(doc, 0, 1, label="Method")]  # the subtitle spells the name: its long form's head
    assert title_name(doc)[1] == "Metric"


def test_a_subtitle_naming_a_data_set_overrules_the_recogniser_s_system():
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    for title, read, expected in [("PairHuman: A High-Fidelity Photographic Dataset for Dual-Person Generation",
                                   "Method", "Dataset"),
                                  ("CURVE: A Benchmark for Cultural Video Reasoning", "Model", "Dataset"),
                                  ("KyrgyzBERT: A Compact Language Model for Kyrgyz NLP", "Model", "Model"),
                                  ("BenchScope: How Many Signals Does Your Benchmark Provide?", "Model", "Model"),
                                  ("TigerCoder: A Novel Suite of LLMs for Code Generation", "Model", "Model")]:
        doc = nlp(title)
        doc.ents = [Span(doc, 0, 1, label=read)]
        assert title_name(doc)[1] == expected


def test_a_subtitle_naming_a_set_is_typed_by_its_members():
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    for title, read, expected in [("TinyTim: A Family of Language Models for Divergent Generation", "Method", "Model"),
                                  ("CrafterDojo: A Suite of Foundation Models for Embodied Agents", "Dataset", "Model"),
                                  ("FooBench: A Suite of Benchmarks for Web Agents", "Method", "Dataset")]:
        doc = nlp(title)
        doc.ents = [Span(doc, 0, 1, label=read)]
        assert title_name(doc)[1] == expected


def test_a_subtitle_gathering_anything_but_systems_names_data():
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    for title, read, expected in [("TerraMesh: A Planetary Mosaic of Multimodal Earth Observation Data", "Method",
                                   "Dataset"),
                                  ("RealHarm: A Collection of Real-World Language Model Application Failures", "Method",
                                   "Dataset"),
                                  ("FooLM: A Collection of Open Language Models", "Model", "Model")]:
        doc = nlp(title)
        doc.ents = [Span(doc, 0, 1, label=read)]
        assert title_name(doc)[1] == expected


def test_a_subtitles_head_noun_after_its_article_types_a_system_and_a_gerund_opens_no_data():
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    for title, read, expected in [
            ("RoboEnvision: A Long-Horizon Video Generation Model for Robot Manipulation", "Method", "Model"),
            ("Cattle-CLIP: A Multimodal Framework for Cattle Behaviour Recognition", "Model", "Method"),
            ("LASER: An LLM-based ASR Scoring and Evaluation Rubric", "Method", "Method"),  # no head noun of a type
            ("CodeDance: A Dynamic Tool-integrated MLLM for Visual Reasoning", "Method", "Model"),  # a model's class
            ("DistShap: Scalable GNN Explanations with Shapley Values", "Method", "Method"),  # no class at its end
            ("MSJoE: Jointly Evolving MLLM and Sampler for Videos", "Method", "Method"),  # what it does
            ("UniCA: Adapting Time Series Foundation Model to Forecasting", "Method", "Method"),  # no article
            ("ImagebindDC: Compressing Multi-modal Data with Condensation", "Dataset", "Method"),  # data it compresses
            ("DenseWorld-1M: Towards Detailed Dense Grounded Caption", "Dataset", "Dataset")]:  # counted in millions
        doc = nlp(title)
        name = doc.char_span(0, title.index(":"))
        doc.ents = [Span(doc, name.start, name.end, label=read)]
        assert title_name(doc)[1] == expected, title


def test_a_subtitle_clause_is_no_long_form_of_the_title_acronym(rules_only):
    paper = Paper("p", "MoCa: Modality-aware Continual Pre-training Makes Better Bidirectional Multimodal Embeddings",
                  "We propose MoCa.")
    assert [m.long_form for m in next(rules_only.extract([paper])).entities if m.text == "MoCa"] == [None, None]


def test_a_slogan_before_a_title_colon_names_nothing():
    import spacy

    nlp = spacy.blank("en")
    abstract = "We present Think Thrice Before You Speak and Bigram Subnetworks."
    assert title_name(nlp("Think Thrice Before You Speak: Reasoning for Agents"), abstract) is None
    assert title_name(nlp("Position: The Term Machine Unlearning Is Overused"), abstract) is None  # a genre
    found = title_name(nlp("Bigram Subnetworks: Mapping to Next Tokens"), abstract)
    assert found and found[0].text == "Bigram Subnetworks"
    assert title_name(nlp("Follow-Your-Preference++: Aligned Editing"))[0].text == "Follow-Your-Preference++"
    assert title_name(nlp("I-WebGenBench: A Benchmark"))[0].text == "I-WebGenBench"


def test_a_title_name_the_abstract_describes_as_a_benchmark_is_a_dataset():
    import spacy

    nlp = spacy.blank("en")
    abstract = "We introduce GRAB, a finance-specific benchmark for agents. GRAB has 500 tasks."
    assert title_name(nlp("GRAB: Reasoning over Financial Graphs"), abstract)[1] == "Dataset"
    assert title_name(nlp("GRAB: Reasoning over Financial Graphs"), "GRAB, a model for graphs.")[1] != "Dataset"
    said = "Audio-visual reasoning is hard. To our knowledge, MAVERIX is the first benchmark aimed at it."
    assert title_name(nlp("MAVERIX: Multimodal Audio-Visual Evaluation Reasoning IndeX"), said)[1] == "Dataset"
    not_said = "Scores on MAVERIX is a benchmark practice."  # not the sentence's subject
    assert title_name(nlp("MAVERIX: Multimodal Audio-Visual Evaluation Reasoning IndeX"), not_said)[1] != "Dataset"
    counted = "We produce FineWeb2, a new 20 terabyte (5 billion document) multilingual dataset."  # a count in brackets
    assert title_name(nlp("FineWeb2: One Pipeline to Scale Them All"), counted)[1] == "Dataset"


def test_a_title_names_a_dataset_only_when_its_subtitle_says_so():
    import spacy
    from spacy.tokens import Span

    for title, expected in (("NeuRBF: A Neural Fields Representation with Adaptive Radial Basis Functions", "Method"),
                            ("MMEB: A Benchmark for Massive Multimodal Embeddings", "Dataset"),
                            ("SpinBench: Perspective and Rotation as a Lens on Spatial Reasoning", "Dataset")):
        doc = spacy.blank("en")(title)
        doc.ents = [Span(doc, 0, 1, label="Dataset")]  # as the recogniser reads an unseen coined name
        assert title_name(doc)[1] == expected


def test_extraction_contract_offsets_point_into_their_field(rules_only):
    paper = Paper("p", "DiffuseVAE: Efficient generation", "We train DiffuseVAE on CIFAR-10. It improves FID by 15%.")
    record = next(rules_only.extract([paper])).to_dict()
    assert set(record) == {"id", "entities", "sentences", "claims", "relations"}
    for ent in record["entities"]:
        source = paper.title if ent["field"] == "title" else paper.abstract
        assert source[ent["start"]:ent["end"]] == ent["text"]
        assert set(ent) == {"start", "end", "text", "type", "field", "score", "graph_entity"}
    assert {(e["text"], e["type"], e["field"]) for e in record["entities"]} >= {
        ("DiffuseVAE", "Model", "title"), ("DiffuseVAE", "Model", "abstract"), ("CIFAR-10", "Dataset", "abstract"),
        ("FID", "Metric", "abstract")}
    assert [paper.abstract[s["start"]:s["end"]] for s in record["sentences"]] == [
        "We train DiffuseVAE on CIFAR-10.", "It improves FID by 15%."]
    assert all(s["role"] is None for s in record["sentences"])
    for rel in record["relations"]:
        assert 0 <= rel["head"] < len(record["entities"]) and 0 <= rel["tail"] < len(record["entities"])


def test_unknown_rule_is_an_error():
    with pytest.raises(ValueError, match="unknown rule"):
        build_nlp(None, rules=("nope",))


@pytest.mark.parametrize("text", ["", "  ", "Deep Generative Neural Operator (DGNO) on CIFAR-10.",
                                  "Ünïcode  naïve\tcafé, שלום (RTL) and e\u0301 combining.\n\nTwo paragraphs."])
def test_kept_text_and_token_texts_match_spacy(text):
    nlp = build_nlp(None, ())
    doc = nlp(text)
    assert doc_text(doc) == doc.text == text
    assert token_texts(doc) == [t.text for t in doc]
    plain = spacy.blank("en")(text)  # a Doc from elsewhere: read once from the tokens
    assert doc_text(plain) == text and token_texts(plain) == [t.text for t in plain]


def test_a_title_names_a_task_only_when_its_subtitle_says_so():
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    method = nlp("BEV-Denoise: Learning Intrinsic Noise for Accurate Semantic Segmentation")
    method.ents = [Span(method, 0, 3, label="Task")]  # the recogniser's reading of the coined name
    assert title_name(method)[1] == "Method"
    task = nlp("VidSitu: A New Task for Video Situation Recognition")
    task.ents = [Span(task, 0, 1, label="Task")]
    assert title_name(task)[1] == "Task"


def test_a_titles_name_is_what_the_subtitle_names_before_its_preposition():
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    assert title_name(nlp("RESOLVE: A Multi-Resolution and Multi-Modal Dataset for Roadside Perception"))[1] == "Dataset"
    method = nlp("ATM: Zero-Shot Shape Matching for Uncurated Data")
    method.ents = [Span(method, 0, 1, label="Dataset")]  # "data" is what the method is for
    assert title_name(method)[1] == "Method"
    assert title_name(nlp("EG-VQA: Benchmarking Verifiable Video Question Answering"))[1] == "Dataset"


def test_a_phenomenon_the_paper_names_is_a_task_it_studies_not_a_method():
    nlp = build_nlp(None, rules=("patterns",))
    assert ents(nlp, "We identify a phenomenon we term Persona Collapse, in which agents converge.") == [
        ("Persona Collapse", "Task")]
    assert ents(nlp, "This reveals a failure mode that we call Tunnel Vision.") == [("Tunnel Vision", "Task")]
    assert ents(nlp, "We propose a method we call FooNet for speed.") == [("FooNet", "Method")]
    # and a task
    assert ents(nlp, "We frame it as a model editing task, which we term Behavior Editing.") == [
        ("Behavior Editing", "Task")]


def test_a_naming_verb_before_an_ordinary_word_or_a_demonstrative_proposes_nothing():
    nlp = build_nlp(None, rules=("patterns",))
    assert ents(nlp, "A set of distributions, called dimensions, one per pair.") == []
    assert ents(nlp, "We call this gap the benchmark illusion.") == []
    assert ents(nlp, "We propose a parser, dubbed cheetah, for speed.") == [("cheetah", "Method")]
    # the nearest phrase an article opens in the clause before the naming verb says what is named
    assert ents(nlp, "We curated a proof problem dataset from math materials, named uproof, for study.") \
        == [("uproof", "Dataset")]
    assert ("FooLink", "Method") in ents(nlp, "It is a novel LLM-based framework for the entity linking task, called "
                                              "FooLink, here.")  # (not "LLM" of the modifier "LLM-based")
    assert ents(nlp, "Named Entity Recognition (NER) models trained on clean corpora fail.") == []  # a term, no verb
    assert ents(nlp, "Called NeuroQuant, it learns a shared latent space.") == [("NeuroQuant", "Method")]


def test_a_lower_case_word_a_phrase_goes_on_from_is_no_name_and_named_before_one_is_an_adjective():
    nlp = build_nlp(None, rules=("patterns",))
    assert ents(nlp, "Here we hypothesize a mechanism called collocational bootstrapping, in which it helps.") == []
    assert ents(nlp, "We use a loss called aligncal designed to fine-tune models.") == [("aligncal", "Method")]
    assert ents(nlp, "It covers 7,103 named inhabited places in 238 countries.") == []
    assert ents(nlp, "Fine-tuning overcorrects, systematically favoring minority-named applicants.") == []


def test_an_ordinary_words_first_of_a_name_with_a_conjunction_is_no_proposal():
    nlp = build_nlp(None, rules=("patterns",))
    assert ents(nlp, "We introduce the Color and Intensity Decoupling Network for this.") == []
    assert ents(nlp, "We propose Review, Remask, Refine (R3), a simple method.") == []
    assert ents(nlp, "We propose Lens, a compact generator.") == [("Lens", "Method")]
    assert ents(nlp, "We propose SCOPE, and it works.") == [("SCOPE", "Method")]


def test_a_subtitle_is_read_in_its_first_conjunct_that_names_a_kind_and_an_evaluation_names_a_benchmark():
    import spacy

    nlp = spacy.blank("en")
    assert title_name(nlp("SkMTEB: Slovak Massive Text Embedding Benchmark and Model Adaptation"))[1] == "Dataset"
    assert title_name(nlp("Metis: A Generalizable and Efficient World-Action Model for Driving"))[1] == "Model"
    assert title_name(nlp("LIBERO-Occ: Evaluating and Improving VLA Models under Occlusion"))[1] == "Dataset"
    assert title_name(nlp("MambaADv2: Evolving Duality-enhanced State Space Model for Detection"))[1] == "Model"
    # a name ending in a data set's noun is a data set whatever its subtitle calls it
    assert title_name(nlp("FastAT Benchmark: A Comprehensive Framework for Fair Evaluation"))[1] == "Dataset"


def test_architecture_names_end_in_an_architecture():
    from kg.extract.rules.lexicon import is_architecture_name

    for name in ("ARMED-CNN", "WaveCycleGAN2", "DistilBERT", "OccMamba", "ERNIE-VL", "Qwen2.5-VL", "SphereViT", "DS-DiT",
                 "DictaBERT 2.0"):
        assert is_architecture_name(name), name
    for name in ("FloodNet", "MLM", "CVL", "Mamba", "ViT", "InternVL", "DictaBERT corpus"):  # data sets, objectives,
        # bare architectures
        assert not is_architecture_name(name), name


def test_a_subtitle_that_spells_the_title_acronym_is_its_long_form(rules_only):
    paper = Paper("p", "CATNet: Collaborative Alignment and Transformation Network for Cooperative Perception",
                  "We propose CATNet.")
    found = next(rules_only.extract([paper])).entities
    assert [(m.text, m.long_form) for m in found if m.field == "title"][:2] == [
        ("CATNet", "Collaborative Alignment and Transformation Network"),
        ("Collaborative Alignment and Transformation Network", None)]
    paper = Paper("p", "DGNO: A Novel Neural Operator for PDEs", "We propose DGNO.")  # no spelling, no long form
    assert [m.long_form for m in next(rules_only.extract([paper])).entities if m.text == "DGNO"][0] is None


@pytest.mark.parametrize("abstract, expected", [
    ("We propose TWEO (Transformers Without Extreme Outliers), a novel, non-invasive loss function.",
     {"TWEO": "Method", "Transformers Without Extreme Outliers": "Method"}),
    ("We add 3D Gaussian Quality Assessment (3DG-QA), a differentiable aesthetic prior trained on ratings.",
     {"3DG-QA": "Method", "3D Gaussian Quality Assessment": "Method"})])
def test_a_definition_set_off_as_a_loss_or_a_prior_is_a_method_whatever_its_long_form_ends(rules_only, abstract,
                                                                                           expected):
    entities = next(rules_only.extract([Paper("p", "A", abstract)])).entities
    assert {m.text: m.type for m in entities} == expected


@pytest.mark.parametrize("abstract, expected", [
    ("We propose a Dual Attention Network for Image Restoration (DANIR).", "Model"),
    ("Benchmarks such as the Bias Benchmark for Question Answering (BBQ) focus on the West.", "Dataset"),
    ("We test on the Corpus of Linguistic Acceptability (CoLA).", "Dataset"),
    ("Its core is a Dynamic Reasoning Engine for Sarcasm Detection (DRESD).", "Method"),
    ("Its core is a Dynamic Agentive Reasoning Engine (DARE), which uses agents.", "Method")])
def test_a_long_form_is_typed_by_the_network_method_or_data_noun_before_its_first_preposition_or_an_engine(
        rules_only, abstract, expected):
    entities = next(rules_only.extract([Paper("p", "A", abstract)])).entities
    assert {m.type for m in entities if m.long_form} == {expected}


def test_a_coined_proposal_its_appositive_calls_a_metric_stays_a_metric(rules_only):
    paper = Paper("p", "Sync", "We propose CycleSync, a video-to-audio-based metric that measures motion cues.")
    record = next(rules_only.extract([paper])).to_dict()
    assert [(e["text"], e["type"]) for e in record["entities"]] == [("CycleSync", "Metric")]


@pytest.mark.parametrize("text, expected", [
    ("We report results on four datasets: LoveDA, Vaihingen, Potsdam, and iSAID.",
     [("LoveDA", "Dataset"), ("Vaihingen", "Dataset"), ("Potsdam", "Dataset"), ("iSAID", "Dataset")]),
    ("Three benchmark datasets, namely HAM10000, ISIC 2016, and ISIC 2019, were used.",
     [("HAM10000", "Dataset"), ("ISIC 2016", "Dataset"), ("ISIC 2019", "Dataset")]),
    ("Experiments on benchmarks including Sintel, Bonn, and DAVIS demonstrate that it works.",
     [("Sintel", "Dataset"), ("Bonn", "Dataset"), ("DAVIS", "Dataset")]),  # the list ends in a clause
    ("It beats open models such as LLaVA-1.5-7B and IDEFICS2-8B.", [("LLaVA-1.5-7B", "Model"), ("IDEFICS2-8B", "Model")]),
    ("Large language models (LLMs) are strong.", []),  # a definition, not a list
    ("Strong models such as LLMs and VLMs fail.", []),  # classes, not names
    ("Specialist models (Cardiac-Vascular, Pulmonary, Musculoskeletal) answer.", []),  # ordinary words
    ("We judge seven metrics: Specificity, Clarity, and Conciseness.", []),  # a noun no list of names follows
    ("Experiments on the ISIC 2017, ISIC 2018, and PH2 datasets show gains.",
     [("ISIC 2017", "Dataset"), ("ISIC 2018", "Dataset"), ("PH2", "Dataset")]),  # the noun after the list
    ("We train PAL-UI-3B and PAL-UI-7B models.", [("PAL-UI-3B", "Model"), ("PAL-UI-7B", "Model")]),
    ("Both English and Chinese datasets are used.", []),  # languages, no data sets' names
    ("It is sourced from Twitter and Pinterest. These datasets help.", []),  # the noun is in the next sentence
    ("Tests on the KITTI Eigen Split Improved Ground Truth and Driving Stereo datasets.", []),  # where it starts is unknown
    # after a comma: an apposition of two names or more, closed by a punctuation mark
    ("We release two benchmarks, OPV2V-R and Adver-City-R, with LiDAR degradation.",
     [("OPV2V-R", "Dataset"), ("Adver-City-R", "Dataset")]),
    ("Our models, ESRT-4B and ESRT-12B.", [("ESRT-4B", "Model"), ("ESRT-12B", "Model")]),
    ("Across three benchmarks, GPT-4 and Claude perform poorly.", []),  # the names open a clause
    ("On both datasets, ImageNet helps.", []),  # one name, no apposition
    ("We use three metrics: FVD, KVD and PickScore.", [("FVD", "Metric"), ("KVD", "Metric"), ("PickScore", "Metric")]),
    ("Three graph datasets (i.e., NCI1, PROTEINS, and AIDS) are used.",
     [("NCI1", "Dataset"), ("PROTEINS", "Dataset"), ("AIDS", "Dataset")]),  # "i.e." inside the bracket
    ("Several LLMs (i.e., Qwen2.5 7B and 72B Instruct, GPT-4o) are used.",
     [("Qwen2.5 7B", "Model"), ("GPT-4o", "Model")]),  # a size whose family is left out names nothing whole
    ("We report the PSNR, SSIM and LPIPS metrics.", [("PSNR", "Metric"), ("SSIM", "Metric"), ("LPIPS", "Metric")]),
    # architectures are models; a dash written as a hyphen opens a list too
    ("We test four architectures: EfficientNetV2-S, ConvNeXt-T and RepViT-M1.",
     [("EfficientNetV2-S", "Model"), ("ConvNeXt-T", "Model"), ("RepViT-M1", "Model")]),
    ("Experiments on benchmarks-including MER2023, EMER, and DFEW show gains.",
     [("MER2023", "Dataset"), ("EMER", "Dataset"), ("DFEW", "Dataset")]),
    ("Gains on three benchmarks-LoveDA, iSAID, and Potsdam.",
     [("LoveDA", "Dataset"), ("iSAID", "Dataset"), ("Potsdam", "Dataset")]),
    ("Gains on benchmarks-based tests of X and Y.", []),  # a compound, no dash
    # data sets for a task, their names in brackets after it; not models for tasks
    ("Six datasets for X-ray item detection (OPIXray, SIXray, EDS) are used.",
     [("OPIXray", "Dataset"), ("SIXray", "Dataset"), ("EDS", "Dataset")]),
    ("We train models for speech tasks (ASR and TTS).", []),
    ("DA strategies: CutMix, CarveMix and AnatoMix help.",
     [("CutMix", "Method"), ("CarveMix", "Method"), ("AnatoMix", "Method")]),
    # a way of working's name may go on in lower case, where the list's words cannot say it ends; a clause may not
    ("Two frameworks (PAC-Bayes and Rademacher complexity) bound it.", []),
    ("Techniques such as SparseGPT and Wanda across levels fail.", [("SparseGPT", "Method"), ("Wanda", "Method")]),
    # the list ends after its last member, joined by "and" or "or"
    ("On the benchmarks: AAA-1, BBB-2 and CCC-3, WonderNet reaches 90%.",
     [("AAA-1", "Dataset"), ("BBB-2", "Dataset"), ("CCC-3", "Dataset")]),
    # names right after the noun, closed by "and" or "or", none of plain capitalised words alone
    ("Across four benchmarks LiDARHuman26M, FreeMotion, NoiseMotion, and SLOPER4D, BMLiCap achieves gains.",
     [("LiDARHuman26M", "Dataset"), ("FreeMotion", "Dataset"), ("NoiseMotion", "Dataset"), ("SLOPER4D", "Dataset")]),
    ("Large Language Models Decide Early and Explain Later", []),
    ("Strong models GPT-4o achieve gains.", []),  # one name, no list
    # a name going on past "of" or "over" ends the list, where the name ends unknown
    ("We use four metrics: Answer Relevance, Khmer Coverage, and Khmer Intersection over Union, all measured.",
     [("Answer Relevance", "Metric"), ("Khmer Coverage", "Metric")]),
    # a member's bracket does not end the list
    ("We curate two new datasets: JobNego (for job interviews) and ResNego (for resources). We then train.",
     [("JobNego", "Dataset"), ("ResNego", "Dataset")]),
    ("Five deployment metrics-Economic Break-Even (Nbreak), Cold-Start Tax (Ctax), and Quantization Fidelity (Qret)-"
     "capture profitability.",
     [("Economic Break-Even", "Metric"), ("Cold-Start Tax", "Metric"), ("Quantization Fidelity", "Metric")]),
])
def test_names_listed_after_the_plural_noun_of_their_kind(text, expected):
    nlp = build_nlp(None, rules=("lists",))
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text, read, expected", [
    # a data set's noun types the name found whole, whatever it was read for
    ("We use two datasets: MS COCO and Flickr30k.", [("MS COCO", "Method")],
     [("MS COCO", "Dataset"), ("Flickr30k", "Dataset")]),
    ("We use the MS COCO and Flickr30k datasets.", [("MS COCO", "Task")], [("MS COCO", "Dataset"), ("Flickr30k", "Dataset")]),
    # a model's noun too, but not a task's name: "ASR and TTS models" are models for tasks
    ("Tests on models such as LLaMA and Qwen2.", [("LLaMA", "Dataset")], [("LLaMA", "Model"), ("Qwen2", "Model")]),
    ("We train ASR and TTS models.", [("ASR", "Task")], [("ASR", "Task"), ("TTS", "Model")]),
    # baselines are models as often as methods: their noun types no name found before
    ("It beats baselines such as SnapKV and AdaKV.", [("SnapKV", "Model")], [("SnapKV", "Model"), ("AdaKV", "Method")]),
    # a span the list cuts differently stays as found
    ("We use two datasets: MS COCO and Flickr30k.", [("COCO", "Method")], [("COCO", "Method"), ("Flickr30k", "Dataset")]),
    # a metric's noun types a name found whole, but not one read for a data set
    ("We use metrics including CLIPScore and VQAScore.", [("VQAScore", "Model")],
     [("CLIPScore", "Metric"), ("VQAScore", "Metric")]),
    ("We use metrics such as BLEU and COCO.", [("COCO", "Dataset")], [("BLEU", "Metric"), ("COCO", "Dataset")]),
    # after a model's noun a name read for a task is a model too; after a methods' noun a data set's reading yields
    ("We test models, including Opus 4, Computer-Use-Preview, and GPT-5.", [("Computer-Use-Preview", "Task")],
     [("Opus 4", "Model"), ("Computer-Use-Preview", "Model"), ("GPT-5", "Model")]),
    ("We compare strategies: CutMix, ObjectAug and AnatoMix.", [("CutMix", "Model"), ("ObjectAug", "Dataset")],
     [("CutMix", "Model"), ("ObjectAug", "Method"), ("AnatoMix", "Method")]),
])
def test_a_listed_name_does_not_displace_a_span_found_before_but_its_noun_may_type_it(text, read, expected):
    nlp = build_nlp(None, rules=("lists",))
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=kind) for name, kind in read]
    doc = nlp.get_pipe("kg_listed_names")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize("text, expected", [
    ("Experiments on nuScenes and MVTec AD show gains.", [("nuScenes", "Dataset"), ("MVTec AD", "Dataset")]),
    ("It reduces MPJPE by 10.3 on 3DPW and 8.0 on Human3.6M.", [("3DPW", "Dataset"), ("Human3.6M", "Dataset")]),
    ("We build a flashing LED-based MoCap system.", []),  # a modifier of a system's noun
    ("We analyse arXiv papers and the TAO tracker.", []),  # a source of papers; a word in capitals
    ("We study the nuScenes-Lidarseg split.", []),  # part of another name
])
def test_coined_names_papers_with_code_lists_as_data_sets_are_found_wherever_written(text, expected):
    nlp = build_nlp(None, rules=("known",))
    assert ents(nlp, text) == expected


def test_a_known_data_set_takes_no_place_another_component_found():
    nlp = build_nlp(None, rules=("known",))
    text = "We test on nuScenes."
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(11, 19, label="Method")]
    doc = nlp.get_pipe("kg_known_datasets")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("nuScenes", "Method")]


def test_a_coined_name_found_once_is_found_where_the_text_writes_it_again():
    from spacy.tokens import Span

    nlp = build_nlp(None, rules=("repeats",))
    doc = nlp.make_doc("We propose LMMNN, a mixed effects approach. However, LMMNN is slow; LMMNN-CNN and "
                       "the MeNet and LMMNN approaches differ. The UI and the UI differ.")
    doc.ents = [Span(doc, 2, 3, label="Method"), Span(doc, 20, 21, label="Model"), Span(doc, 27, 28, label="Task")]
    doc = nlp.get_pipe("kg_repeated_names")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("LMMNN", "Method"), ("LMMNN", "Method"), ("MeNet", "Model"), ("LMMNN", "Method"), ("UI", "Task")]
    assert not any(e.end < len(doc) and doc[e.end].text == "-" for e in doc.ents)  # not "LMMNN" of "LMMNN-CNN"
    assert [e.start for e in doc.ents if e.text == "UI"] == [27]  # too short to repeat


def test_a_repeat_takes_no_place_the_generic_recogniser_typed():
    from kg.extract.rules.repeats import repeated_names

    text = "BN-DP is fast. BN-DP is small."
    assert repeated_names(text, [(0, 5, "Task")]) == [(15, 20, "Task")]
    assert repeated_names(text, [(0, 5, "Task")], [(15, 20)]) == []


def test_standalone_occurrences_are_what_the_bounded_pattern_finds():
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from kg.extract.rules.repeats import standalone_occurrences

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="Ab -_.é1", max_size=30), st.text(alphabet="Ab -é1", min_size=1, max_size=4))
    def check(text, name):
        found = [m.span() for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text)]
        assert standalone_occurrences(text, name) == found

    check()


def test_a_hyphenated_acronym_is_defined_and_found_again():
    nlp = build_nlp(None, rules=("acronyms",))
    doc = nlp("We introduce Pivot-Based Reinforcement Learning with Semantically Verifiable Rewards (PB-RLSVR), a "
              "framework. PB-RLSVR wins; PB-RLSVR-based tools differ.")
    assert [(s.text, l.text) for s, l in find_definitions(doc)] == [
        ("PB-RLSVR", "Pivot-Based Reinforcement Learning with Semantically Verifiable Rewards")]
    assert [e.text for e in doc.ents] == ["Pivot-Based Reinforcement Learning with Semantically Verifiable Rewards",
                                          "PB-RLSVR", "PB-RLSVR"]  # not the "PB-RLSVR" of "PB-RLSVR-based"


def test_an_acronym_read_as_a_model_whose_long_form_a_methods_head_ends_is_a_method():
    from spacy.tokens import Span

    from kg.extract.rules.acronyms import acronym_component

    nlp = build_nlp(None, rules=("acronyms",))
    doc = nlp.make_doc("Traditional Retrieval-augmented Generation (RAG) methods rely on histories.")
    rag = [t.text for t in doc].index("RAG")
    doc.ents = [Span(doc, rag, rag + 1, label="Model")]  # the recogniser's reading of the acronym
    doc = acronym_component(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Retrieval-augmented Generation", "Method"), ("RAG", "Method")]


def test_a_long_form_headed_by_a_network_noun_is_a_model_whatever_was_read_inside_it():
    from spacy.tokens import Span

    from kg.extract.rules.acronyms import acronym_component

    nlp = build_nlp(None, rules=("acronyms",))
    doc = nlp.make_doc("We propose an Adaptive Quaternion Cross-Fusion Network (A-QCF-Net) for segmentation.")
    start = [t.text for t in doc].index("Cross")
    doc.ents = [Span(doc, start, start + 3, label="Task")]  # the recogniser's "Cross-Fusion"
    doc = acronym_component(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Adaptive Quaternion Cross-Fusion Network", "Model"),
                                                     ("A-QCF-Net", "Model")]


@pytest.mark.parametrize("text, expected", [
    ("It gains 21.7% on MGSM across 10 languages.", [("MGSM", "Dataset")]),
    ("We construct VisAnomBench, a curated benchmark built from public data.", [("VisAnomBench", "Dataset")]),
    ("It adds 2.82 points on Qwen3.5-9B's outputs.", [("Qwen3.5-9B", "Model")]),  # a model family's release
    ("We prune VGGNet-16 and ResNet-56 here.", [("VGGNet-16", "Model"), ("ResNet-56", "Model")]),  # a vision network's
    ("A fully gray-trained MixVPR model achieves 82.4% Recall@1.", [("MixVPR", "Model")]),
    ("Code is at https://github.com/x/VisAnomBench and LLMs fail on arXiv.", []),  # an address, a class, no cue
    ("Across 8B--120B models and v1.6 benchmarks, LLM-based models improve.", []),  # sizes, versions, descriptions
    ("We study TabPFN in depth.", []),  # coined, but nothing says what it is
])
def test_coined_names_are_found_where_cue_words_or_a_model_family_type_them(text, expected):
    nlp = build_nlp(None, rules=("coined",))
    assert ents(nlp, text) == expected


def test_a_coined_name_takes_no_place_another_component_found():
    nlp = build_nlp(None, rules=("lists", "coined"))
    assert ents(nlp, "Results on two datasets: ImageNet and MGSM.") == [("ImageNet", "Dataset"), ("MGSM", "Dataset")]


def test_a_tasks_acronym_before_a_model_noun_is_no_coined_model():
    from kg.extract.rules.coined import coined_names

    text = "Human activity recognition (HAR) matters. HAR models and T2I models fail, VGGT models do not; S2I methods."
    found = [(text[s:e], kind) for s, e, kind in coined_names(text, [], {"HAR": "Human activity recognition"})]
    assert found == [("VGGT", "Model")]


@pytest.mark.parametrize("text, taken, expected", [
    ("Experiments on BEIR, MIRACL, and LMEB show it.", [("BEIR", "Dataset")], [("MIRACL", "Dataset"), ("LMEB", "Dataset")]),
    ("We test MIRACL and BEIR here.", [("BEIR", "Dataset")], [("MIRACL", "Dataset")]),
    ("On Middlebury 2014, DepthTCM reaches 3.2.", [("Middlebury 2014", "Dataset")], []),  # a comma alone is no list
    ("We test MIRACL, BEIR here.", [("BEIR", "Dataset")], []),
    ("It beats strong baselines and RLVR here.", [("strong baselines", "Method")], []),  # a coined name's list only
    # a data set a list knows among the names before it makes a list of data sets, whatever a neighbour was read as
    ("Experiments on Synapse, CVC-ClinicDB, Kvasir-SEG, and CVC-300 show it.",
     [("CVC-ClinicDB", "Dataset"), ("Kvasir-SEG", "Task")], [("CVC-300", "Dataset")]),
])
def test_a_coined_word_listed_beside_a_coined_name_takes_its_type(text, taken, expected):
    from kg.extract.rules.coined import coined_names

    spans = [(text.index(name), text.index(name) + len(name), kind) for name, kind in taken]
    assert [(text[s:e], kind) for s, e, kind in coined_names(text, spans)] == expected


def test_the_words_before_a_list_type_the_coined_words_listed_in_it():
    from kg.extract.rules.coined import coined_names

    text = "Experiments on VideoMME-Long, LVBench, and RTV-Bench show gains; we compare to Qwen3-VL and MiniCPMV."
    taken = [(text.index(name), text.index(name) + len(name), "Model") for name in ("VideoMME-Long", "Qwen3-VL")]
    # the recogniser read the first benchmark as a model
    found = [(text[s:e], kind) for s, e, kind in coined_names(text, taken)]
    assert found == [("LVBench", "Dataset"), ("RTV-Bench", "Dataset"), ("MiniCPMV", "Model")]


@pytest.mark.parametrize("word", ["LVBench", "T2I-CompBench", "MAD-Eval", "CharacterEval", "MMBench-v1.1"])
def test_a_coined_benchmarks_name_is_a_data_set(word):
    from kg.extract.rules.coined import coined_names

    text = f"We study {word} in depth."
    assert [(text[s:e], kind) for s, e, kind in coined_names(text, [])] == [(word, "Dataset")]


@pytest.mark.parametrize("text, name", [("We introduce AFTER, a benchmark of 382 enterprise tasks.", "AFTER"),
                                        ("Here we present GIVE, a video editing framework.", "GIVE")])
def test_a_proposed_name_in_capitals_that_spells_a_stop_word_is_a_proposal(text, name):
    from kg.extract.rules.spans import span_info

    nlp = build_nlp(None, rules=("patterns",))
    doc = nlp(text)
    assert [(e.text, span_info(e).proposed) for e in doc.ents] == [(name, True)]


def test_a_reading_that_opens_inside_a_long_form_and_holds_its_short_form_gives_way_to_both():
    from kg.extract.rules.acronyms import acronym_component

    text = "We build Simultaneous Localization and Mapping (SLAM) with peak signal-to-noise ratio (PSNR) gains."
    doc = build_nlp(None, rules=("acronyms",)).make_doc(text)
    read = [("Mapping (SLAM)", "Task"), ("signal-to-noise ratio (PSNR)", "Metric")]
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=label) for name, label in read]
    found = [(e.text, e.label_) for e in acronym_component(doc).ents]
    assert found == [("Simultaneous Localization and Mapping", "Task"), ("SLAM", "Task"),
                     ("peak signal-to-noise ratio", "Metric"), ("PSNR", "Metric")]


def test_a_long_form_a_named_problem_ends_types_its_acronym_a_task():
    found = _after_acronyms("We solve the Block Rearrangement Problem (BRaP) here.", {"BRaP": "Method"})
    assert ("BRaP", "Task") in found
    # in lower case too: a problem an acronym names is a known one
    found = _after_acronyms("Heuristics for vehicle routing problems (VRPs) are hard.",
                            {"VRPs": "Model", "routing": "Model"})
    assert found == [("vehicle routing problems", "Task"), ("VRPs", "Task")]


def test_a_letter_raised_to_a_power_spells_as_many_words_of_the_long_form():
    found = _after_acronyms("We propose Deep Spatially-Regularized Superpixel-based Diffusion Learning (DS²DL) here.",
                            {"DS²DL": "Dataset"})
    assert found == [("Deep Spatially-Regularized Superpixel-based Diffusion Learning", "Method"), ("DS²DL", "Method")]
    # whole words, no letter from inside one
    from kg.extract.rules.acronyms import match_long_form
    assert match_long_form("C²R", "present Contrastive Curriculum for Robust Dataset Distillation".split()) is None


def test_a_way_of_training_named_right_after_a_headless_long_form_types_it_a_method():
    found = _after_acronyms("We introduce a Simple-to-Hard (S2H) learning framework, then Visual Self-Feedback (VSF) "
                            "training.", {"S2H": "Model", "VSF": "Task"})
    assert found == [("Simple-to-Hard", "Method"), ("S2H", "Method"), ("Visual Self-Feedback", "Method"),
                     ("VSF", "Method")]
    # a long form a type's head ends keeps it: a model pre-trained
    found = _after_acronyms("Standard Large Language Model (LLM) pre-training is costly.", {})
    assert ("LLM", "Model") in found


def test_a_loss_named_after_a_task_is_a_method():
    found = _after_acronyms("We train with a connectionist temporal classification (CTC) loss here.",
                            {"CTC": "Task", "classification": "Task"})
    assert found == [("connectionist temporal classification", "Method"), ("CTC", "Method")]


def test_a_method_named_after_the_measure_it_minimises_is_a_method():
    found = _after_acronyms("We compare with the weighted minimum mean square error (WMMSE) method here.", {})
    assert found == [("weighted minimum mean square error", "Method"), ("WMMSE", "Method")]
    # the measure itself, where no method's noun follows
    found = _after_acronyms("We report the mean squared error (MSE) of each model.", {})
    assert found == [("mean squared error", "Metric"), ("MSE", "Metric")]


def test_an_analysis_of_what_a_field_studies_is_a_task_and_a_named_technique_a_method():
    found = _after_acronyms("Facial Emotion Analysis (FEA) plays a crucial role. We apply Factor Analysis (FA).", {})
    assert found == [("Facial Emotion Analysis", "Task"), ("FEA", "Task"), ("Factor Analysis", "Method"),
                     ("FA", "Method")]


def test_a_piece_before_a_hyphen_heads_no_long_form():
    # "Model" of "Model-agnostic", "problem" of "problem-solving": modifiers, not the long form's head
    found = _after_acronyms("We use Local Interpretable Model-agnostic Explanations (LIME) here.", {})
    assert ("LIME", "Model") not in found
    found = _after_acronyms("We run the Analyzing-Drafting problem-solving loop (AD-Loop) here.", {})
    assert ("AD-Loop", "Task") not in found


def _graph_types(extractor, abstract: str) -> dict[str, str]:
    """Each graph mention's text and type in ``abstract``, read by ``extractor``."""
    found = next(extractor.extract([Paper("p", "A title", abstract)])).entities
    return {m.text: m.type for m in found if m.graph}


def test_a_data_sets_name_by_its_definition_stays_data_though_a_tasks_word_heads_it(rules_only):
    assert _graph_types(rules_only, "We construct the Layout Synthesis (LaySyn) dataset. LaySyn is large.") == {
        "Layout Synthesis": "Dataset", "LaySyn": "Dataset"}


def test_a_size_in_parameters_before_a_name_makes_it_a_models_and_no_part_of_it(rules_only):
    from spacy.tokens import Span

    from kg.extract.rules.boundaries import fix_entities

    text = "It beats the 27M-parameter HRM and a 5M-parameter model."
    doc = build_nlp(None, rules=("acronyms",)).make_doc(text)
    doc.ents = [doc.char_span(text.index("27M"), text.index(" and"), label="Dataset")]
    assert [(e.text, e.label_) for e in fix_entities(doc).ents] == [("HRM", "Model")]


def test_a_proposed_name_goes_on_over_and_after_a_word_whose_hyphen_ends_later():
    nlp = build_nlp(None, rules=("patterns",))
    doc = nlp("Then, we propose an Inter- and Intra-Ray Transformer (RayFormer) to capture it.")
    assert [e.text for e in doc.ents][0] == "Inter- and Intra-Ray Transformer"


def test_a_fusion_and_a_forcing_head_methods():
    from kg.extract.rules.lexicon import head_type

    assert head_type("Reciprocal Rank Fusion".split()) == "Method" and head_type("Self Forcing".split()) == "Method"
    assert head_type("Infrared and Visible Image Fusion".split()) == head_type("HDR Fusion".split()) == "Task"
    assert head_type("Discrete Wavelet Transform".split()) == head_type("Kalman Filter".split()) == "Method"
    assert head_type("Singular Value Decomposition".split()) == "Method"


def test_a_search_for_what_a_field_finds_is_a_task_a_way_of_searching_a_method():
    from kg.extract.rules.lexicon import head_type

    assert head_type("Text-based person search".split()) == head_type("code search".split()) == "Task"
    assert head_type("beam search".split()) == head_type("Monte Carlo tree search".split()) == "Method"


def test_a_tools_noun_is_made_from_a_verb_in_ize_and_people_s_are_not():
    from kg.extract.rules.lexicon import is_a_tools_noun

    assert is_a_tools_noun("Colorizer") and is_a_tools_noun("denoisers") and not is_a_tools_noun("organizers")


def test_a_capitalised_long_form_a_task_s_word_ends_is_a_method_before_algorithm():
    found = _after_acronyms("Then the Simple Online and Realtime Tracking (SORT) algorithm is used, and a Video "
                            "Anomaly Detection (VAD) method.", {"SORT": "Task", "VAD": "Task"})
    assert ("SORT", "Method") in found and ("Simple Online and Realtime Tracking", "Method") in found
    assert ("VAD", "Task") in found  # a task Papers with Code lists: the method is for it
    found = _after_acronyms("We propose (1) a Next-k Token Prediction (NkTP) scheme to reduce errors.", {"NkTP": "Task"})
    assert ("NkTP", "Method") in found and ("Next-k Token Prediction", "Method") in found  # a variable's letter
    found = _after_acronyms("We use a One-Step Inversion-and-Editing (OSIE) pipeline.", {"OSIE": "Task"})
    assert ("OSIE", "Method") in found


def test_satellite_imagery_sources_are_data_sets():
    nlp = build_nlp(None, rules=("gazetteer",))
    doc = nlp("We compare models using PlanetScope, Sentinel-1, Sentinel-2 and MODIS imagery.")
    assert [(e.text, e.label_) for e in doc.ents] == [("PlanetScope", "Dataset"), ("Sentinel-1", "Dataset"),
                                                      ("Sentinel-2", "Dataset"), ("MODIS", "Dataset")]


def test_a_name_after_non_and_a_hyphen_is_no_entity(rules_only):
    from kg.extract.rules.boundaries import fix_entities

    text = "It mixes CoT and non-CoT examples."
    doc = build_nlp(None, rules=("acronyms",)).make_doc(text)
    doc.ents = [doc.char_span(9, 12, label="Method"), doc.char_span(21, 24, label="Method")]
    assert [e.text for e in fix_entities(doc).ents] == ["CoT"]


def test_a_systems_noun_before_a_long_form_types_it_and_its_acronym_over_a_tasks_last_words(rules_only):
    abstract = ("We introduce a framework, Knowledge-Enhanced with Fine-Grained Reinforced Rewards Medical Report "
                "Generation (KERM), to tackle the issue. KERM refines the input.")
    found = _graph_types(rules_only, abstract)
    assert found["KERM"] == "Method"
    assert found["Knowledge-Enhanced with Fine-Grained Reinforced Rewards Medical Report Generation"] == "Method"


def test_a_short_word_of_a_hyphenated_name_in_a_list_is_no_adjective():
    from kg.extract.rules.lists import listed_names

    text = "Evaluations on the Pick-a-Pic, PartiPrompt and HPD datasets, and the Musculoskeletal and CUB datasets."
    assert [text[s:e] for s, e, _ in listed_names(text)] == ["Pick-a-Pic", "PartiPrompt", "HPD", "CUB"]


def test_a_policys_long_form_names_a_method_whatever_the_recogniser_read():
    found = _after_acronyms("Diffusion Policy (DP) has attracted attention. DP learns actions.",
                            {"Diffusion": "Dataset", "DP": "Dataset"})
    assert ("Diffusion Policy", "Method") in found and ("DP", "Method") in found


def test_a_tools_long_form_names_a_method_whatever_the_recogniser_read():
    found = _after_acronyms("We use the Medical Data Pecking Tool (MDPT), which has two parts.",
                            {"Medical": "Dataset", "MDPT": "Dataset"})
    assert ("Medical Data Pecking Tool", "Method") in found and ("MDPT", "Method") in found


def test_a_long_form_a_task_is_referred_to_as_names_a_task():
    found = _after_acronyms("We refer to this task as Vocabulary-Free FGVR (VF-FGVR), where a model must predict.",
                            {"Vocabulary": "Dataset", "VF-FGVR": "Dataset"})
    assert ("VF-FGVR", "Task") in found


def test_a_long_form_headed_by_bench_names_a_data_set():
    found = _after_acronyms("We present a Multi-modal Agentic Tool Bench (MAT) with two settings.", {})
    assert ("Multi-modal Agentic Tool Bench", "Dataset") in found and ("MAT", "Dataset") in found


def test_a_subtitle_naming_a_challenge_makes_the_titles_name_its_data():
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    for title, expected in [("MEGC2025: Micro-Expression Grand Challenge on Spot Then Recognize", "Dataset"),
                            ("FooNet: The Challenge of Scaling", "Method"),
                            ("FooNet: a New Challenge for 3D Object Detection", "Method"),
                            ("LLM4X: Challenges and Opportunities", "Method")]:
        doc = nlp(title)
        doc.ents = [Span(doc, 0, 1, label="Method")]
        assert title_name(doc)[1] == expected
