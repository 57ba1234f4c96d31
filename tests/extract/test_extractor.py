"""Entity mentions read from a document's spans."""

import pytest
import spacy
from spacy.tokens import Span

from kg.extract.entities import title_subject
from kg.extract.extractor import _drop_untyped_acronyms, _keep_topics, _kind_by_own_head, doc_mentions
from kg.records import Mention


def test_spans_without_a_letter_or_digit_are_no_mentions():
    doc = spacy.blank("en")("We map ⟩ and BERT to ImageNet .")
    doc.ents = [Span(doc, 2, 3, label="Model"), Span(doc, 4, 5, label="Model"), Span(doc, 6, 7, label="Dataset")]
    assert [(m.text, m.type) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])] == [("BERT", "Model"), ("ImageNet", "Dataset")]


def test_a_single_letter_or_digit_is_a_variable_not_a_mention():
    doc = spacy.blank("en")("The generator G maps X to S4 with GPT-4 in 3 steps .")
    doc.ents = [Span(doc, t.i, t.i + 1, label="Model") for t in doc if t.text in ("G", "X", "S4", "GPT-4", "3")]
    assert [m.text for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])] == ["S4", "GPT-4"]


def test_a_generic_span_that_is_a_known_name_or_a_task_is_a_named_mention():
    doc = spacy.blank("en")("We use knowledge distillation with a robust estimation for object detection and age prediction .")
    doc.spans["generic"] = [Span(doc, 2, 4, label="Method"), Span(doc, 6, 8, label="Method"),
                            Span(doc, 9, 11, label="Method"), Span(doc, 12, 14, label="Task")]
    found = [(m.text, m.type, m.extractor) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])]
    assert found == [("knowledge distillation", "Method", "ner_generic_known"),
                     ("robust estimation", "Method", "ner_generic"),
                     ("object detection", "Task", "ner_generic_known"),  # a task's phrase read as a method
                     ("age prediction", "Task", "ner_generic_task")]


def test_a_known_generic_span_read_as_a_method_that_a_model_noun_heads_is_a_model():
    doc = spacy.blank("en")("An autoencoder and knowledge distillation help .")
    doc.spans["generic"] = [Span(doc, 1, 2, label="Method"), Span(doc, 3, 5, label="Method")]
    found = [(m.text, m.type) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])]
    assert found == [("autoencoder", "Model"), ("knowledge distillation", "Method")]


def test_an_acronym_defined_in_the_plural_has_its_long_form_in_the_singular_too():
    from kg.extract.rules.spans import info  # noqa: F401  (registers the doc extensions)

    doc = spacy.blank("en")("We review Knowledge graphs ( KGs ) . One KG is large .")
    doc._.kg_acronyms = [("KGs", "Knowledge graphs")]
    doc.ents = [Span(doc, 2, 4, label="Method"), Span(doc, 5, 6, label="Method"), Span(doc, 9, 10, label="Metric")]
    found = {m.text: m.long_form for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])}
    assert found == {"Knowledge graphs": None, "KGs": "Knowledge graphs", "KG": "Knowledge graphs"}


def test_a_span_that_starts_or_ends_inside_a_word_is_no_mention():
    doc = spacy.blank("en")("AI-native 6G networks and BERT help .")  # the tokenizer splits "6G" at its unit
    g, bert = [t.i for t in doc if t.text in ("G", "BERT")]
    doc.ents = [Span(doc, g, g + 2, label="Model"), Span(doc, bert, bert + 1, label="Model")]
    assert [m.text for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])] == ["BERT"]


def test_a_creative_commons_licence_is_no_graph_entity():
    doc = spacy.blank("en")("Data are released under CC BY 4.0 ; code under a CC BY-NC-SA 4.0 license ; CC helps .")
    doc.spans["generic"] = [Span(doc, t.i, t.i + 1, label="Method") for t in doc if t.text == "CC"]
    graph = [m.graph for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])]
    assert graph == [False, False, True]


def test_a_long_form_with_its_bracketed_acronym_is_typed_by_its_own_words():
    doc = spacy.blank("en")("It then executes Visual Intervention Decoding ( VID ) via token masking .")
    doc.ents = [Span(doc, 3, 9, label="Dataset")]
    assert [(m.text, m.type) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])] == [
        ("Visual Intervention Decoding ( VID )", "Method")]


def test_a_measure_with_its_bracketed_acronym_is_judged_by_its_own_words():
    doc = spacy.blank("en")("We report the Holistic-grounding Rate (HR) of each model.")
    start, end = [t.i for t in doc if t.text == "Holistic"][0], [t.i for t in doc if t.text == ")"][0] + 1
    doc.ents = [Span(doc, start, end, label="Metric")]
    assert [(m.text, m.graph) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])] == [
        ("Holistic-grounding Rate (HR)", True)]


def test_a_methods_acronym_before_a_data_sets_plural_is_the_method_the_data_are_for():
    doc = spacy.blank("en")("Supervised Fine-Tuning ( SFT ) needs data ; we build high-quality SFT datasets "
                            "from SQuAD .")
    doc._.kg_acronyms = [("SFT", "Supervised Fine-Tuning")]
    sft = [t.i for t in doc if t.text == "SFT"][1]
    squad = [t.i for t in doc if t.text == "SQuAD"][0]
    doc.ents = [Span(doc, sft, sft + 1, label="Dataset"), Span(doc, squad, squad + 1, label="Dataset")]
    assert [(m.text, m.type) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])] == [
        ("SFT", "Method"), ("SQuAD", "Dataset")]


def test_the_acronym_of_a_proposed_systems_long_form_read_as_data_is_the_system():
    from kg.extract import Extractor
    text = ("Training vision-language models costs millions of GPU hours. This paper introduces the "
            "Vision-Language-Vision (VLV) auto-encoder framework, which strategically leverages key pretrained parts.")
    found = {text[s:e]: kind for s, e, kind, _ in Extractor(roles=False).predict_entities([text], "mentions")[0]}
    assert found["Vision-Language-Vision"] == found["VLV"] == "Method"


def test_a_proposed_name_grown_to_its_long_form_stays_proposed():
    from kg.extract import Extractor
    from kg.records import Paper
    text = ("In this work, we propose a Self-Directed Agent for Scientific Analysis and Visualization (SASAV), a "
            "framework that plans.")
    (extraction,) = Extractor(roles=False).extract([Paper("p", "", text)])
    proposed = [(m.text, m.long_form) for m in extraction.entities if m.proposed]
    assert proposed == [("Self-Directed Agent for Scientific Analysis and Visualization", None)]


def _mention(text: str, field: str, graph: bool, kind: str = "Method") -> Mention:
    return Mention(0, len(text), text, kind, field, 0.6, "ner_generic", graph=graph)


def test_a_name_kept_once_is_kept_wherever_the_paper_writes_it():
    mentions = [_mention("Multi-head Latent Attention", "title", False),
                _mention("multi-head latent attention", "abstract", True),
                _mention("Multi-Head Latent Attention", "abstract", False)]
    _keep_topics(mentions)
    assert all(m.graph for m in mentions)


def test_the_subject_shared_by_title_and_abstract_becomes_a_graph_entity():
    mentions = [_mention("On the Foundations of Shortcut Learning", "title", False),
                _mention("Shortcut Learning", "title", False), _mention("shortcut learning", "abstract", False),
                _mention("Deep Architectures", "title", False), _mention("deep architectures", "abstract", False),
                _mention("Data Synthesis Framework", "title", False), _mention("data synthesis framework", "abstract", False),
                _mention("Kidney Cancer", "title", False), _mention("kidney cancer", "abstract", False),
                _mention("hidden layer", "abstract", False)]
    _keep_topics(mentions)
    assert [m.text for m in mentions if m.graph] == ["Shortcut Learning", "shortcut learning"]


def test_an_acronym_defined_as_an_untyped_kind_is_no_entity_anywhere_in_the_paper():
    mentions = [Mention(0, 5, "NSCLC", "Dataset", "abstract", 0.9, "acronym", "non-small cell lung cancer", graph=False),
                Mention(40, 45, "NSCLC", "Dataset", "abstract", 0.8, "ner", graph=True),
                Mention(50, 54, "BERT", "Model", "abstract", 0.8, "ner", graph=True)]
    _drop_untyped_acronyms(mentions)
    assert [m.text for m in mentions if m.graph] == ["BERT"]
    mentions = [Mention(0, 3, "LLD", "Method", "abstract", 0.8, "ner", "late-life depression", graph=True),
                Mention(9, 12, "LLD", "Method", "abstract", 0.8, "ner", graph=True),
                Mention(20, 24, "BERT", "Model", "abstract", 0.8, "ner", graph=True)]
    _drop_untyped_acronyms(mentions, {"LLD", "late-life depression"})  # a plain term no recogniser read
    assert [m.text for m in mentions if m.graph] == ["BERT"]


def test_cue_words_type_an_acronym_long_form_too():
    from kg.extract import Extractor
    text = "Vision-Language-Action (VLA) models integrate vision and language."
    found = Extractor(roles=False).predict_entities([text], "mentions")[0]
    assert [(text[s:e], kind) for s, e, kind, _ in found][0] == ("Vision-Language-Action", "Model")


def test_the_model_a_title_opens_with_becomes_a_graph_entity():
    title = "Long-term Recurrent Convolutional Networks for Visual Recognition and Description"
    mentions = [_mention("Long-term Recurrent Convolutional Networks", "title", False, "Model"),
                _mention("recurrent convolutional models", "abstract", False, "Model")]
    _keep_topics(mentions, title_subject(title))
    assert [m.graph for m in mentions] == [True, False]


def test_an_acronym_the_text_defines_has_its_long_form_whichever_recogniser_found_it():
    doc = spacy.blank("en")("An Exponential Moving Average ( EMA ) of weights ; the EMA helps .")
    doc.spans["generic"] = [Span(doc, 1, 4, label="Method"), Span(doc, 5, 6, label="Method"),
                            Span(doc, 11, 12, label="Method")]
    doc._.kg_acronyms = [("EMA", "Exponential Moving Average")]
    found = [(m.text, m.long_form) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])]
    assert found == [("Exponential Moving Average", None), ("EMA", "Exponential Moving Average"),
                     ("EMA", "Exponential Moving Average")]


def test_a_generic_span_that_ends_a_defined_long_form_grows_over_its_first_words():
    doc = spacy.blank("en")("benchmarks such as the New Yorker Cartoon Caption Contest ( NYCC ) , it")
    doc.spans["generic"] = [Span(doc, 5, 9, label="Dataset")]  # "Yorker Cartoon Caption Contest"
    doc._.kg_acronyms = [("NYCC", "New Yorker Cartoon Caption Contest")]
    assert [m.text for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])] == [
        "New Yorker Cartoon Caption Contest"]


def test_names_listed_with_a_known_data_set_are_data_sets():
    import spacy
    from spacy.tokens import Span

    from kg.extract.extractor import _type_listed_names

    doc = spacy.blank("en")("We test on ALFWorld, WebShop, Codex, Adam and HotpotQA with ReAct, and on GAIA.")
    spans = {"ALFWorld": (3, 4), "WebShop": (5, 6), "Codex": (7, 8), "Adam": (9, 10), "HotpotQA": (11, 12),
             "ReAct": (13, 14), "GAIA": (17, 18)}
    kinds = [("ALFWorld", "Dataset"), ("WebShop", "Method"), ("Codex", "Model"), ("Adam", "Model"),
             ("HotpotQA", "Dataset"), ("ReAct", "Method"), ("GAIA", "Method")]
    typed = [[Span(doc, *spans[name]), None, kind, 0.8] for name, kind in kinds]
    _type_listed_names(doc.text, typed)
    # Codex is only a data set to Papers with Code, as the list says; Adam is a method there too: a name Papers with
    # Code knows as something else keeps its own decision
    assert [(item[0].text, item[2]) for item in typed] == [
        ("ALFWorld", "Dataset"), ("WebShop", "Dataset"), ("Codex", "Dataset"), ("Adam", "Model"),
        ("HotpotQA", "Dataset"), ("ReAct", "Method"), ("GAIA", "Method")]


def _listed(text: str, kinds: list[tuple[str, str]], readers: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """The kinds :func:`_type_listed_names` gives names of ``text`` read with ``kinds`` by the recogniser (or by the
    extractor ``readers`` names for it)."""
    from spacy.tokens import Span

    from kg.extract.extractor import _type_listed_names
    from kg.extract.rules.spans import SpanInfo

    doc = spacy.blank("en")(text)
    typed = []
    for name, kind in kinds:
        span = doc.char_span(text.index(name), text.index(name) + len(name))
        typed.append([Span(doc, span.start, span.end), SpanInfo((readers or {}).get(name, "ner"), 0.8), kind, 0.8])
    _type_listed_names(doc.text, typed)
    return [(item[0].text, item[2]) for item in typed]


def test_half_a_list_of_data_sets_with_a_benchmark_named_so_makes_the_rest_data_where_data_is_named():
    read = [("ST-WebAgentBench", "Dataset"), ("AgentHarm", "Model")]
    assert _listed("Results on ST-WebAgentBench and AgentHarm show gains .", read)[1] == ("AgentHarm", "Dataset")
    assert _listed("We compare ST-WebAgentBench and AgentHarm here .", read)[1] == ("AgentHarm", "Model")
    # a system the gazetteer lists stays one
    read = [("MMMU", "Dataset"), ("LLaVA", "Model")]
    assert _listed("It speeds up 3x across MMMU and LLaVA .", read)[1] == ("LLaVA", "Model")


def test_a_model_the_gazetteer_lists_stays_one_in_a_list_of_data_sets():
    read = [("CIFAR-10", "Dataset"), ("FFHQ", "Dataset"), ("Stable Diffusion", "Model"), ("FooGen", "Model")]
    assert _listed("Experiments on CIFAR-10, FFHQ, Stable Diffusion and FooGen show gains .", read)[2:] == [
        ("Stable Diffusion", "Model"), ("FooGen", "Dataset")]


def test_a_name_listed_right_after_a_models_noun_is_a_model():
    read = [("Grounding DINO", "Dataset"), ("SAM 2", "Model")]
    assert _listed("utilizing the pre-trained foundation models Grounding DINO and SAM 2, fine-tuned .", read)[0] == (
        "Grounding DINO", "Model")


def test_a_name_listed_among_benchmarks_named_so_is_a_data_set():
    read = [("LooGLE", "Method"), ("LongBench", "Dataset"), ("InfiniteBench", "Dataset"), ("MMLU-Pro", "Dataset")]
    assert _listed("Across LooGLE, LongBench, InfiniteBench, and MMLU-Pro on Qwen3, it wins .", read)[0] == (
        "LooGLE", "Dataset")


def test_two_names_a_comma_parts_are_no_list():
    # "On Middlebury 2014, DepthTCM reaches ...": a known data set, then the sentence's subject
    read = [("Middlebury 2014", "Dataset"), ("DepthTCM", "Method")]
    assert _listed("On Middlebury 2014, DepthTCM reaches 0.307 bpp .", read)[1] == ("DepthTCM", "Method")
    assert _listed("On Middlebury 2014 and DepthTCM it works .", read)[1] == ("DepthTCM", "Dataset")


def test_a_name_listed_among_systems_is_a_system_unless_data_is_named_there():
    read = [("wav2vec", "Model"), ("HuBERT", "Model"), ("WavLM", "Dataset"), ("DinoSR", "Model")]
    assert _listed("SpidR outperforms wav2vec, HuBERT, WavLM, and DinoSR on it .", read) == [
        ("wav2vec", "Model"), ("HuBERT", "Model"), ("WavLM", "Model"), ("DinoSR", "Model")]
    # read on, or the data of: the names stay as the recogniser read them
    assert _listed("We test on wav2vec, HuBERT, WavLM, and DinoSR .", read)[2] == ("WavLM", "Dataset")
    assert _listed("We use wav2vec, HuBERT, WavLM, and DinoSR data .", read)[2] == ("WavLM", "Dataset")
    # read on after a few words, after "benchmarks, i.e.,", or before a data noun a few words on
    kinds = [("PCAM", "Model"), ("CRC", "Model"), ("BACH", "Dataset")]
    assert _listed("Tests on challenging PCAM, CRC, and BACH show it.", kinds)[2] == ("BACH", "Dataset")
    assert _listed("Four benchmarks, i.e., PCAM, CRC, and BACH show it.", kinds)[2] == ("BACH", "Dataset")
    assert _listed("We use PCAM, CRC, and BACH histology image datasets.", kinds)[2] == ("BACH", "Dataset")
    assert _listed("We tune PCAM, CRC, and BACH on this dataset.", kinds)[2] == ("BACH", "Model")
    # no majority of systems
    assert _listed("We use HuBERT and WavLM .", [("HuBERT", "Model"), ("WavLM", "Dataset")])[1] == ("WavLM", "Dataset")


def test_a_name_in_brackets_goes_with_the_listed_name_before_it_and_a_methods_noun_lists_no_task():
    read = [("Supervised Fine-Tuning", "Method"), ("SFT", "Method"), ("Tree-of-Thoughts", "Task"), ("ToT", "Task"),
            ("Monte Carlo Tree Search", "Method"), ("MCTS", "Method")]
    text = ("Approaches such as Supervised Fine-Tuning (SFT), Tree-of-Thoughts (ToT), and Monte Carlo Tree Search "
            "(MCTS) fail.")
    assert dict(_listed(text, read))["ToT"] == "Method" and dict(_listed(text, read))["Tree-of-Thoughts"] == "Method"
    # no methods' noun before the list, or a task's head: the task stays
    assert dict(_listed(text.replace("Approaches such as", "We use"), read))["ToT"] == "Task"
    tasks = [("image retrieval" if name == "Tree-of-Thoughts" else name, kind) for name, kind in read]
    assert dict(_listed(text.replace("Tree-of-Thoughts", "image retrieval"), tasks))["image retrieval"] == "Task"


def test_a_list_ends_at_the_name_after_its_and():
    # "On ImageNet and CIFAR-10, FooNet ...": FooNet is the subject, no third data set
    kinds = [("ImageNet", "Dataset"), ("CIFAR-10", "Dataset"), ("FooNet", "Model")]
    assert _listed("On ImageNet and CIFAR-10, FooNet wins .", kinds) == kinds


def test_a_name_inside_a_web_address_is_a_mention_but_no_graph_entity():
    doc = spacy.blank("en")("We release PaddleOCR(https://github.com/PaddlePaddle/PaddleOCR) with PaddlePaddle .")
    at = [t.i for t in doc if t.text == "PaddlePaddle"]
    assert len(at) == 2, [t.text for t in doc]  # one inside the address, one in the sentence
    doc.ents = [Span(doc, i, i + 1, label="Method") for i in at]
    found = [(m.text, m.start, m.graph) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])]
    assert found == [("PaddlePaddle", doc.text.index("PaddlePaddle/"), False),
                     ("PaddlePaddle", doc.text.rindex("PaddlePaddle"), True)]


def test_a_coined_word_of_ordinary_words_is_no_metric():
    doc = spacy.blank("en")("It ranks second on MathOlympiad ( 22.8% ) ; we train XAnatomy and report BERTScore .")
    doc.ents = [Span(doc, t.i, t.i + 1, label="Metric") for t in doc if t.text in ("MathOlympiad", "XAnatomy", "BERTScore")]
    found = [(m.text, m.type) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])]
    assert found == [("MathOlympiad", "Dataset"), ("XAnatomy", "Method"), ("BERTScore", "Metric")]


def test_a_listed_metric_that_says_it_measures_is_a_metric_whatever_the_recogniser_read():
    doc = spacy.blank("en")("We report BERTScore and GFLOPs against a CNN .")
    doc.ents = [Span(doc, t.i, t.i + 1, label="Dataset" if t.text == "BERTScore" else "Method")
                for t in doc if t.text in ("BERTScore", "GFLOPs", "CNN")]
    found = [(m.text, m.type) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])]
    assert found == [("BERTScore", "Metric"), ("GFLOPs", "Metric"), ("CNN", "Method")]


def test_web_addresses_are_found_in_one_pass_over_long_runs_of_text():
    from kg.extract.entities import web_addresses

    text = "See github.com/org/Repo and www.example.org; x/" + "a-" * 20_000  # no address in the long run
    assert [text[s:e] for s, e in web_addresses(text)] == ["github.com/org/Repo", "www.example.org;"]


@pytest.mark.parametrize("text, expected", [
    ("HDR image reconstruction", True), ("HOI detection", True), ("breast cancer detection", True),
    ("Multi-Text CIR", False), ("ImageNet classification", False), ("detection", False), ("medical images", False),
    ("Multi-Hop Question Answering", True), ("Facial Expression Recognition", True),  # Title Case in a title
    ("APTOS 2019 Blindness Detection", False), ("Kvasir-SEG Segmentation", False)])
def test_a_task_phrase_of_plain_words_is_no_data_set(text, expected):
    from kg.extract.extractor import _task_phrase

    assert _task_phrase(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("ARAP Regularization", "Method"), ("LLaVA-OneVision-7B model", "Model"), ("DTS ratio", "Metric"),
    ("Gemma-4-26B-A4B-IT scores", None), ("Regularization", None), ("MVTec Anomaly Detection", None),
    ("Penn Treebank", None)])
def test_a_name_read_as_a_data_set_whose_own_head_names_a_system_or_a_measure_is_one(text, expected):
    from kg.extract.extractor import _kind_by_own_head

    assert _kind_by_own_head(text, "Dataset") == expected


def test_a_networks_part_read_as_a_task_is_a_method():
    from kg.extract.extractor import _kind_by_own_head

    assert _kind_by_own_head("Parallel Camera-Aware Attention Adapters", "Task") == "Method"


def test_a_names_data_read_as_a_method_is_data():
    from kg.extract.extractor import _kind_by_own_head

    assert _kind_by_own_head("CASAS Aruba smart-home dataset", "Method") == "Dataset"
    assert _kind_by_own_head("synthetic dataset", "Method") is None  # no name
    # a name in capitals outside a title; in one, "A ... Dataset" is a subtitle's description
    assert _kind_by_own_head("Multimodal Interactive Speech-based Tool-calling Dataset", "Method") == "Dataset"
    assert _kind_by_own_head("Identity-Consistent Synthetic Human Dataset", "Method", title=True) is None
    assert _kind_by_own_head("MMS-acquired tree datasets", "Method") is None  # a kind of data


@pytest.mark.parametrize("text, expected", [("confidence-aware MLLM", "Model"), ("Medical VLMs", None),
                                            ("SALAD-Bench across four VLMs", None), ("top-1 accuracy", None)])
def test_a_phrase_read_as_a_measure_that_a_model_class_ends_is_a_model(text, expected):
    from kg.extract.extractor import _kind_by_own_head

    assert _kind_by_own_head(text, "Metric") == expected


@pytest.mark.parametrize("text, after, expected", [
    ("Long-Horizon Agent", " Safety", True), ("Residual Gated Score", " Formation for Stock", True),
    ("Unsupervised Semantic Segmentation", " Facilitates Model", False),  # a verb: the name is whole
    ("Sentinel-1 Stripmap Enhancement", " Based on", False), ("Instance Segmentation", " Tasks", False),
    ("Smooth-Mamba", " Deep Reinforcement", False), ("Multi-Task Hallucination", " Evaluation", True),
    ("LLM Agents", " Behaviour", False), ("Hallucination Detection", " for LLMs", False)])
def test_a_title_phrase_cut_before_a_noun_that_goes_on_with_it_is_a_piece_of_a_name(text, after, expected):
    from kg.extract.extractor import _cut_before_a_noun

    assert _cut_before_a_noun(text, after) is expected


@pytest.mark.parametrize("text, expected", [
    ("Gemini-TTS", True), ("GPT-5-mini", True), ("Wan2.2-T2V-A14B", True), ("PHI", False),
    ("Qwen2.5-Math-PRM-72B guided search", False), ("LLaVA-style MLLMs", False), ("ImageNet", False),
    ("FLUX-Kontext", True), ("Seedream 4.0", True), ("Flux Error", False), ("QwQ-32B", True),
    ("Nemotron-Content-Safety-Dataset-V2", False)])
def test_a_name_opened_by_a_model_family_is_a_model_whatever_else_it_was_read(text, expected):
    from kg.extract.extractor import _a_family_release

    assert _a_family_release(text) is expected


def test_a_family_release_read_as_a_method_is_a_model_the_family_alone_is_not():
    doc = spacy.blank("en")("AERO improves Qwen3-8B-Base and Gemini-2.5-Flash, while DeepSeek Sparse Attention is fast.")
    doc.ents = [doc.char_span(doc.text.index(name), doc.text.index(name) + len(name), label="Method")
                for name in ("Qwen3-8B-Base", "Gemini-2.5-Flash", "DeepSeek Sparse Attention")]
    found = [(m.text, m.type) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])]
    assert found == [("Qwen3-8B-Base", "Model"), ("Gemini-2.5-Flash", "Model"), ("DeepSeek Sparse Attention", "Method")]


def test_a_listed_models_release_read_as_data_is_a_model():
    doc = spacy.blank("en")("It cuts Stable Diffusion v2.1 latency , and Stable Diffusion data .")
    doc.ents = [doc.char_span(8, 29, label="Dataset"), doc.char_span(44, 60, label="Dataset")]
    found = [(m.text, m.type) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])]
    assert found == [("Stable Diffusion v2.1", "Model"), ("Stable Diffusion", "Dataset")]  # the family alone: its votes


@pytest.mark.parametrize("text, read, expected", [
    ("token-level SFT", "Task", "Method"), ("rare-class Dice", "Task", "Metric"), ("post-shift BER", "Method", "Metric"),
    ("byte-level WikiText-2", "Task", "Dataset"), ("multilingual BERT", "Model", None), ("causal LSTM", "Method", None),
    ("residual CNN", "Method", None)])
def test_lower_case_words_before_a_known_name_take_its_type(text, read, expected):
    from kg.extract.extractor import _kind_of_its_name

    assert _kind_of_its_name(text, read) == expected


def test_a_title_s_task_done_by_some_means_is_named_without_praise():
    title = "Efficient Point Cloud Processing with Positional Encoding"
    doc = spacy.blank("en")(title)
    doc.ents = [doc.char_span(0, len("Efficient Point Cloud Processing"), label="Method")]
    assert [(m.text, m.type) for m in doc_mentions(doc, "title", [(0, len(title))])] == [
        ("Point Cloud Processing", "Task")]


def test_what_a_title_s_system_is_for_is_a_task_by_its_head():
    title = "Aristotle: An Agentic Framework for AI-Assisted Theorem Proving with Visual Storytelling"
    doc = spacy.blank("en")(title)
    doc.ents = [doc.char_span(title.index(name), title.index(name) + len(name), label="Method")
                for name in ("AI-Assisted Theorem Proving", "Visual Storytelling")]
    found = [(m.text, m.type) for m in doc_mentions(doc, "title", [(0, len(title))])]
    assert found == [("AI-Assisted Theorem Proving", "Task"), ("Visual Storytelling", "Method")]  # "with": no purpose
    title = "LiteSR: A Framework for Efficient Image Super-Resolution"
    doc = spacy.blank("en")(title)
    doc.ents = [doc.char_span(title.index("Efficient"), len(title), label="Method")]
    assert [(m.text, m.type) for m in doc_mentions(doc, "title", [(0, len(title))])] == [
        ("Image Super-Resolution", "Task")]  # the task, not how well it is done



@pytest.mark.parametrize("title, name, read, expected", [
    ("AMD: A Framework for Robust Long-Tail Trajectory Prediction", "Long-Tail Trajectory Prediction", "Model", "Task"),
    ("Temporal Chain of Thought: Long-Video Understanding by Thinking in Frames", "Long-Video Understanding", "Model",
     "Task"),  # a subtitle's first words
    ("X: RGB-D Scene Understanding in the Wild", "RGB-D Scene Understanding", "Method", "Method"),  # coined: a name
    ("SwS: Self-aware Weakness-driven Problem Synthesis in RL", "Self-aware Weakness-driven Problem Synthesis",
     "Method", "Method"),  # the title acronym's long form
    ("AF-CLIP: Zero-Shot Anomaly Detection via Anomaly-Focused CLIP Adaptation", "Anomaly-Focused CLIP Adaptation",
     "Task", "Method"),  # how the title's task is done
    ("Advancing Img2LaTeX Conversion via Visual Reasoning", "Visual Reasoning", "Task", "Task"),  # a known task
    ("Geometry Agents via Complexity Boosting Reinforcement Learning", "Complexity Boosting Reinforcement Learning",
     "Model", "Method"),  # a method's head read as a model
    ("Mitigating Confounding via Large Language Models", "Large Language Models", "Model", "Model"),
    ("All-in-One Image Restoration via Causal Prompts", "All-in-One Image Restoration", "Method", "Task"),  # done by
    ("WithAnyone: Towards Controllable and ID Consistent Image Generation",
     "Controllable and ID Consistent Image Generation", "Method", "Task"),  # what the title works towards
    ("A Survey on Context-Aware Machine Translation with LLMs", "Context-Aware Machine Translation", "Method", "Task"),
    ("Retrieval-Augmented Generation via Graphs", "Retrieval-Augmented Generation", "Method", "Method"),  # a method's
    ("Scaling Instruction-Based Video Editing with Data", "Scaling Instruction-Based Video Editing", "Method",
     "Method"),  # a verb opens it
    ("Uncertainty-Guided Edge Learning for Deep Image Regression", "Uncertainty-Guided Edge Learning", "Task",
     "Method"),  # how the title's own work works, before what it is for
    ("Query-Conditioned Knowledge Alignment for Medical Reasoning", "Query-Conditioned Knowledge Alignment", "Task",
     "Method"),
    ("Text-Guided Brain Tumor Segmentation via Prompts", "Text-Guided Brain Tumor Segmentation", "Task", "Task"),
    ("Deep Image Regression for Remote Sensing", "Deep Image Regression", "Task", "Task")])
def test_a_title_s_purpose_is_a_task_and_its_means_a_method(title, name, read, expected):
    doc = spacy.blank("en")(title)
    doc.ents = [doc.char_span(title.index(name), title.index(name) + len(name), label=read)]
    assert [(m.text, m.type) for m in doc_mentions(doc, "title", [(0, len(title))])] == [(name, expected)]


@pytest.mark.parametrize("text, name, read, expected", [
    ("PluriHop: Exhaustive, Recall-Sensitive QA over Corpora", "Recall-Sensitive QA", "Metric", "Task"),  # a task's head
    ("MUTEX achieves 60% token-level F1 score on Urdu.", "token-level F1 score", "Task", "Metric"),  # a measure's
    ("It reaches an anomaly Detection Rate of 89.4%.", "Detection Rate", "Task", "Metric"),
    ("VLMs achieve near-perfect scores on benchmarks.", "near-perfect scores", "Task", "Task"),  # how good, no measure
    ("We use cyclical learning rates.", "cyclical learning rates", "Task", "Task"),  # a training setting
    ("Privacy in Synthetic Cardiac MRI Generation: A Study", "Synthetic Cardiac MRI Generation", "Dataset", "Task"),
    ("Results on APTOS 2019 Blindness Detection hold.", "APTOS 2019 Blindness Detection", "Dataset", "Dataset")])
def test_a_measure_s_or_a_task_s_head_types_a_phrase_read_as_the_other(text, name, read, expected):
    doc = spacy.blank("en")(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=read)]
    assert [(m.text, m.type) for m in doc_mentions(doc, "abstract", [(0, len(text))])] == [(name, expected)]


@pytest.mark.parametrize("text, expected", [
    ("DeiT-III-Small", True), ("ConvNeXt-tiny", True), ("LLaDA-8B-Base", True), ("JoyAI-LLM-48B-A3B Base", True),
    ("Objaverse-XL", False), ("MeetBench-Large", False), ("Dental Knowledge Base", False), ("belief rule base", False),
    # by its parameters and tuning, or its version and tier; not data cut down
    ("Sailor2-8B-Chat", True), ("Meta-Llama-3-8B-Instruct", True), ("MiMo-v2-Flash", True), ("MiMo-V2.5-Pro", True),
    ("Spider2-Lite", False), ("nuScenes-mini", False), ("LAION-5B", False),
    # with its patch size
    ("SiT-XL/2", True), ("ViT-B/16", True), ("RGB/16", False)])
def test_a_coined_name_closed_by_its_network_size_is_a_model(text, expected):
    from kg.extract.extractor import _a_sized_network

    assert _a_sized_network(text) is expected


def test_a_list_may_end_in_the_paper_s_own_name():
    read = [("LERF", "Method"), ("3D-OVS", "Method"), ("REALM3D", "Dataset")]
    assert _listed("It works across LERF, 3D-OVS, and our newly introduced REALM3D benchmarks.", read) == [
        ("LERF", "Dataset"), ("3D-OVS", "Dataset"), ("REALM3D", "Dataset")]


def test_names_listed_before_a_measure_s_plural_are_measures():
    read = [("CLIP-T", "Model"), ("CLIP-I", "Model"), ("SigLIP", "Dataset")]
    assert _listed("It achieves higher CLIP-T, CLIP-I, and SigLIP scores.", read) == [
        ("CLIP-T", "Metric"), ("CLIP-I", "Metric"), ("SigLIP", "Metric")]
    # or after a measures' noun that opens the list
    read = [("Intrachunk Cohesion", "Metric"), ("Document Contextual Coherence", "Method"), ("Block Integrity", "Model")]
    assert _listed("We use five metrics: Intrachunk Cohesion, Document Contextual Coherence, and Block Integrity.",
                   read) == [("Intrachunk Cohesion", "Metric"), ("Document Contextual Coherence", "Metric"),
                             ("Block Integrity", "Metric")]


def test_names_listed_with_a_data_set_under_a_data_noun_are_data_sets():
    read = [("AIME24", "Dataset"), ("AMC23", "Method")]
    assert _listed("Results on competition-level datasets (e.g., AIME24 and AMC23) improve.", read) == [
        ("AIME24", "Dataset"), ("AMC23", "Dataset")]
    assert _listed("Scores on the AIME24 and AMC23 benchmarks improve.", read)[1] == ("AMC23", "Dataset")
    # a preposition alone, or no member read as a data set, leaves the list as it was read
    assert _listed("Scores on AIME24 and AMC23 improve.", read)[1] == ("AMC23", "Method")
    assert _listed("Benchmarks such as FooNet and AMC23 improve.", [("FooNet", "Model"), ("AMC23", "Method")]) == [
        ("FooNet", "Model"), ("AMC23", "Method")]


def _spans_of(text: str, marked: list[tuple[str, str]]) -> tuple[spacy.tokens.Doc, list[tuple[str, str, float]]]:
    """A blank document of ``text`` with entity spans on the names of ``marked`` (each occurrence that starts and ends
    on a token's bounds), and its mentions as (text, type, score)."""
    doc = spacy.blank("en")(text)
    spans = []
    for name, kind in marked:
        start = text.find(name)
        while start != -1:
            span = doc.char_span(start, start + len(name), label=kind)
            spans += [span] if span is not None else []
            start = text.find(name, start + 1)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc, [(m.text, m.type, m.score) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])]


def test_a_type_cue_words_give_a_system_or_a_metric_holds_wherever_the_text_writes_the_name():
    _, found = _spans_of("We propose IQ , a validation-free metric . IQ ranks models well and IQ is cheap .",
                         [("IQ", "Method")])
    assert [kind for _, kind, _ in found] == ["Metric", "Metric", "Metric"]


def test_a_data_set_cue_types_only_its_own_mention():
    # "SLU benchmarks" name what the benchmarks are for: the task's other mentions keep their type
    _, found = _spans_of("Public SLU benchmarks are scarce . SLU remains hard .", [("SLU", "Task")])
    assert [kind for _, kind, _ in found] == ["Dataset", "Task"]


def test_cue_words_that_agree_with_the_recogniser_raise_its_confidence():
    from kg.extract.extractor import CUE_SCORE

    _, found = _spans_of("Results on the PiSAR benchmark improve .", [("PiSAR", "Dataset")])
    assert found == [("PiSAR", "Dataset", CUE_SCORE)]


def test_a_cue_spreads_no_type_over_a_type_a_list_of_names_gave():
    from kg.extract.rules.spans import SpanInfo, info

    doc = spacy.blank("en")("We tune with P-tuning v2 and LoRA . Tuned LoRA models help .")
    first, second = [t.i for t in doc if t.text == "LoRA"]
    doc.ents = [Span(doc, first, first + 1, label="Method"), Span(doc, second, second + 1, label="Method")]
    info(doc)[doc[first].idx, doc[first].idx + 4] = SpanInfo("gazetteer", 0.9)
    found = [(m.text, m.type) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])]
    assert found == [("LoRA", "Method"), ("LoRA", "Model")]


def test_a_name_listed_among_data_sets_where_data_is_named_is_a_data_set():
    read = [("MindCube", "Dataset"), ("VSI-Bench", "Dataset"), ("BLINK", "Method")]
    assert _listed("Experiments on MindCube, VSI-Bench, and BLINK show gains .", read)[2] == ("BLINK", "Dataset")
    # a data set's class named in the list stays as read; a list of mostly systems is not retyped
    read = [("standard segmentation benchmarks", "Method"), ("Neu3D", "Dataset"), ("HyperNeRF", "Dataset")]
    assert _listed("On the standard segmentation benchmarks, Neu3D and HyperNeRF, it wins .", read)[0] == (
        "standard segmentation benchmarks", "Method")
    read = [("MindCube", "Dataset"), ("Qwen3", "Model"), ("BLINK", "Method")]
    assert _listed("Experiments on MindCube, Qwen3, and BLINK show gains .", read)[2] == ("BLINK", "Method")


def test_a_name_listed_with_a_named_metric_is_a_metric_unless_its_head_says_otherwise():
    assert _listed("sample filtering with DreamSim and CLIPScore, to understand",
                   [("DreamSim", "Dataset"), ("CLIPScore", "Metric")]) == [("DreamSim", "Metric"), ("CLIPScore", "Metric")]
    assert _listed("the impact of Wikipedia dataset and BLEU metric has risen",
                   [("Wikipedia dataset", "Dataset"), ("BLEU", "Metric")]) == [
        ("Wikipedia dataset", "Dataset"), ("BLEU", "Metric")]
    # a list of data sets with one metric name among them stays as it is
    assert _listed("on SummEval, Topical-Chat and BLEU", [("SummEval", "Dataset"), ("Topical-Chat", "Dataset"),
                                                          ("BLEU", "Metric")])[0] == ("SummEval", "Dataset")


@pytest.mark.parametrize("text, expected", [
    ("Vision-Language Models", "Model"), ("Generative Refinement Networks", "Model"),
    ("Adversarial Humanities Benchmark", "Dataset"), ("text-to-motion benchmarks", None),  # a kind of data, no name
    ("speech recognition", None), ("Transformer", None), ("Hierarchical Preference Optimization", "Method"),
    ("preference optimization", None), ("Structural Change Detection Module", "Method"),
    ("Spatial-Frequency Fusion Block", "Method"), ("Status Judgment disentanglement module", "Method")])
def test_a_name_read_as_a_task_whose_own_head_names_models_data_or_a_method_takes_that_type(text, expected):
    from kg.extract.extractor import _kind_by_own_head

    assert _kind_by_own_head(text, "Task") == expected


@pytest.mark.parametrize("text, expected", [
    ("autoregressive visual generation", "Task"), ("Gated Fusion Module", "Method"), ("Machine Learning", "Method"),
    ("Mistral OCR", None), ("Phi 4 Reasoning", None), ("Vision Transformers", None),
    ("feed-forward 4D reconstruction", "Task")])  # a dimension among them
def test_plain_words_read_as_a_model_whose_head_names_a_task_or_a_method_take_that_type(text, expected):
    from kg.extract.extractor import _kind_by_own_head

    assert _kind_by_own_head(text, "Model") == expected


@pytest.mark.parametrize("text, expected", [
    ("SERA-Adapter", "Method"), ("CCE-Module", "Method"), ("CHR-Network", "Model"), ("CAIM-Net", "Model"),
    ("DriverGaze360-Net", "Model"), ("FG-NET", None), ("MaskedFace-Net", None),  # data sets Papers with Code lists
    ("DataComp-LM", None), ("MAT-Search", None), ("Adapter", None), ("ImageNet", None)])  # data sets are named so
def test_a_coined_name_read_as_data_whose_last_piece_names_a_systems_part_is_a_system(text, expected):
    from kg.extract.extractor import _kind_by_own_head

    assert _kind_by_own_head(text, "Dataset") == expected


def test_an_acronym_read_as_data_whose_long_form_is_typed_a_task_is_a_task():
    from kg.extract.extractor import CUE_SCORE, _type_short_forms_of_tasks
    from kg.extract.rules.spans import SpanInfo

    nlp = spacy.blank("en")
    doc = nlp("Automated Fact-Checking (AFC) is hard. AFC needs data.")
    long, short = Span(doc, 0, 3, "Dataset"), Span(doc, 4, 5, "Dataset")
    typed = [[long, SpanInfo("acronym", 0.75), "Task", CUE_SCORE],
             [short, SpanInfo("acronym", 0.75, long.text), "Dataset", 0.75]]
    _type_short_forms_of_tasks(typed)
    assert typed[1][2] == "Task"
    typed[0][2] = "Dataset"  # a long form read as data keeps its acronym a data set
    typed[1][2] = "Dataset"
    _type_short_forms_of_tasks(typed)
    assert typed[1][2] == "Dataset"


def test_an_acronym_used_undefined_takes_the_type_of_the_name_written_out_before_it():
    from kg.extract.extractor import _type_undefined_acronyms
    from kg.extract.rules.spans import SpanInfo

    doc = spacy.blank("en")("Knowledge Graph Question Answering is hard . LLMs advanced KGQA and FGQA .")
    name, used, other = Span(doc, 0, 4), Span(doc, 9, 10), Span(doc, 11, 12)
    typed = [[name, SpanInfo("ner", 0.8), "Task", 0.8], [used, SpanInfo("repeat", 0.8), "Method", 0.8],
             [other, SpanInfo("ner", 0.8), "Method", 0.8]]
    _type_undefined_acronyms(typed, {})
    assert [item[2] for item in typed] == ["Task", "Task", "Method"]  # FGQA spells nothing written
    # not where a rule typed it, nor where the text defines it, nor before the name is written out
    typed = [[used, SpanInfo("title", 0.9), "Dataset", 0.9], [name, SpanInfo("ner", 0.8), "Task", 0.8]]
    _type_undefined_acronyms(typed, {})
    assert typed[0][2] == "Dataset"
    typed = [[name, SpanInfo("ner", 0.8), "Task", 0.8], [used, SpanInfo("ner", 0.8), "Method", 0.8]]
    _type_undefined_acronyms(typed, {"KGQA": "knowledge graph quality assurance"})
    assert typed[1][2] == "Method"


@pytest.mark.parametrize("text, long_kind, short_kind, kinds", [
    ("reinforcement learning (RL) helps . RL works .", "Task", "Method", ["Method"] * 3),  # the long form's head
    ("Natural Language Inference (NLI) is hard . NLI works .", "Model", "Task", ["Task"] * 3),  # Papers with Code's
    ("Reciprocal Rank Aggregation (RRA) helps . RRA works .", "Dataset", "Method", ["Dataset", "Method", "Method"])])
def test_an_acronym_and_its_long_form_take_one_type_where_something_says_which(text, long_kind, short_kind, kinds):
    from kg.extract.extractor import _type_acronyms_as_long_forms
    from kg.extract.rules.spans import SpanInfo

    doc = spacy.blank("en")(text)
    opening = [t.i for t in doc if t.text == "("][0]
    long, short = doc[:opening], doc[opening + 1 : opening + 2]
    written_again = max(t.i for t in doc if t.text == short.text)
    again = doc[written_again : written_again + 1]
    typed = [[long, SpanInfo("ner", 0.8), long_kind, 0.8],
             [short, SpanInfo("acronym", 0.75, long.text), short_kind, 0.75],
             [again, SpanInfo("ner", 0.8), short_kind, 0.8]]
    _type_acronyms_as_long_forms(typed, {short.text: long.text})
    assert [item[2] for item in typed] == kinds  # the last: nothing but the two readings, each keeps its own
    typed[2][2] = "Metric"  # the acronym read two ways: each keeps its own
    typed[0][2], typed[1][2] = long_kind, short_kind
    _type_acronyms_as_long_forms(typed, {short.text: long.text})
    assert [item[2] for item in typed] == [long_kind, short_kind, "Metric"]


def test_an_acronym_takes_the_type_a_lists_noun_gave_its_long_form():
    from kg.extract.extractor import _type_acronyms_as_long_forms
    from kg.extract.rules.spans import SpanInfo

    doc = spacy.blank("en")("Cold-Start Tax ( Ctax )")
    long, short = doc[:4], doc[5:6]
    typed = [[long, SpanInfo("list", 0.7), "Metric", 0.7], [short, SpanInfo("ner_generic", 0.6, long.text), "Method", 0.6]]
    _type_acronyms_as_long_forms(typed, {short.text: long.text})
    assert [item[2] for item in typed] == ["Metric", "Metric"]


@pytest.mark.parametrize("title, graph", [
    ("KUET at StanceNakba Shared Task : StanceMoE for stance detection", False),  # a team at a shared task
    ("Team ACK at SemEval-2025 Task 2 : translation", False),
    ("KVzip at Scale : training caches", True)])  # no shared task after "at": a method's name
def test_a_team_opening_a_title_at_a_shared_task_is_no_graph_entity(title, graph):
    doc = spacy.blank("en")(title)
    name = 1 if title.startswith("Team") else 0
    doc.ents = [Span(doc, name, name + 1, label="Method")]
    assert [m.graph for m in doc_mentions(doc, "title", [(0, len(doc.text))])] == [graph]


@pytest.mark.parametrize("text, expected", [
    ("Scale-invariant Attention", "Method"), ("Influence Distillation", "Method"), ("Cross-Task Attention", "Method"),
    ("cross-frame attention", "Method"), ("Zero-shot prompting", "Method"), ("token merging", "Method"),
    ("Bilingual Web Search", None), ("brain decoding", None), ("dataset distillation", None)])  # done to data
def test_a_name_a_method_s_head_ends_read_as_a_task_is_a_method(text, expected):
    assert _kind_by_own_head(text, "Task") == expected
    assert _kind_by_own_head(text, "Task", title=True) is None  # a title capitalises every phrase


def test_a_name_a_system_s_noun_ends_read_as_a_task_is_a_method_in_a_title_too():
    assert _kind_by_own_head("QoS-aware State-Augmented Learnable Algorithm", "Task", title=True) == "Method"
    assert _kind_by_own_head("Timeliness Optimization Engine", "Task") == "Method"  # "three engines: ..."
    assert _kind_by_own_head("search engine", "Task") is None  # a kind of system, not named
    assert _kind_by_own_head("Object Grounding Agent", "Task") == "Method"  # one agent of a system
    assert _kind_by_own_head("Matting Quality Evaluator", "Task") == "Method"
    assert _kind_by_own_head("Multi-Task Agent", "Task", title=True) is None  # a title's description
    assert _kind_by_own_head("Computer-Use Agents", "Task") is None  # a class of agents


def test_a_named_augmented_generation_read_as_a_task_in_an_abstract_is_a_method():
    assert _kind_by_own_head("Graph Retrieval Augmented Generation", "Task") == "Method"
    assert _kind_by_own_head("Graph Retrieval Augmented Generation", "Task", title=True) is None
    assert _kind_by_own_head("retrieval-augmented generation", "Task") is None
    assert _kind_by_own_head("Multi-Conditional Image Generation", "Task") is None


@pytest.mark.parametrize("text, read", [("Object-Caption Alignment Loss", "Task"), ("Physics-Informed Landmark Loss", "Dataset")])
def test_a_loss_written_as_a_name_is_a_method(text, read):
    assert _kind_by_own_head(text, read) == "Method"
    assert _kind_by_own_head("reconstruction loss", read) is None  # a loss described, no name


@pytest.mark.parametrize("text, kind", [
    ("we propose DEnoised Task Adaptation ( DETA ) for reliable FSL .", "Method"),
    ("we propose HAllucination Adaptation ( HAD ) models for it .", "Model"),  # a model's noun after it
    ("we introduce the Active Visual Adaptation ( AVA ) task .", "Task"),  # a task's noun after its acronym
    ("a new dialogue task called Collaborative Adaptation ( CA ) .", "Task"),  # and before it
    ("we present a new Arabic Adaptation ( AA ) test set .", "Task"),  # data for the task
    ("it suffers from a key issue , named CrossTask Interference ( CTI ) .", "Task"),  # a problem it names
    ("To address this problem , we propose CrossModal Adaptation ( CMA ) .", "Method"),  # a problem it meets
    ("we introduce TrafficSurveillance Adaptation ( TSA ) , the first large-scale benchmark dataset .", "Dataset"),
    ("we present Adaptive Retrieval ( AR ) , a simple single-pass method that selects .", "Method"),  # a task's head,
    ("we present Adaptive Retrieval ( AR ) for long documents .", "Task"),  # a method set off after it or none,
    ("we present Adaptive Retrieval ( AR ) . AR is a prompted diffusion framework .", "Method")])  # a sentence's
def test_a_name_the_paper_proposes_read_as_a_task_is_a_method_unless_a_task_noun_stands_by(text, kind):
    from kg.extract.extractor import _type_proposals_as_systems
    from kg.extract.rules.spans import SpanInfo

    doc = spacy.blank("en")(text)
    opening = [t.i for t in doc if t.text == "("][0]
    long, short = doc[opening - 2 : opening], doc[opening + 1 : opening + 2]  # every long form here is two words
    typed = [[long, SpanInfo("acronym", 0.75, proposed=True), "Task", 0.75],
             [short, SpanInfo("acronym", 0.75, long.text), "Task", 0.75]]
    _type_proposals_as_systems(doc.text, typed, {short.text: long.text})
    assert [item[2] for item in typed] == [kind, kind]


def test_a_phenomenon_the_paper_names_stays_a_task_it_studies():
    from kg.extract.rules.spans import add_entities, SpanInfo

    doc = spacy.blank("en")("We uncover a phenomenon we term SelfJailbreak , and propose SelfGuard to fix it .")
    add_entities(doc, [Span(doc, 6, 7, label="Task"), Span(doc, 10, 11, label="Task")],
                 [SpanInfo("pattern", 0.75, proposed=True), SpanInfo("pattern", 0.75, proposed=True)])
    found = [(m.text, m.type) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])]
    assert found == [("SelfJailbreak", "Task"), ("SelfGuard", "Method")]


def test_a_name_read_as_data_in_the_field_of_is_a_task():
    _, found = _spans_of("It helps in the field of SpaceAwareness and on the SpaceSet .",
                         [("SpaceAwareness", "Dataset"), ("SpaceSet", "Dataset")])
    assert [(name, kind) for name, kind, _ in found] == [("SpaceAwareness", "Task"), ("SpaceSet", "Dataset")]


def test_what_a_data_set_is_for_read_as_data_or_a_system_is_a_task_or_a_method():
    _, found = _spans_of("A Dataset for HDR Fusion is built . We give a benchmark for bonsai generation . We need "
                         "datasets for Supervised Fine-Tuning . It is a benchmark for LLMs . We run on ImageNet .",
                         [("HDR Fusion", "Dataset"), ("bonsai generation", "Method"), ("Supervised Fine-Tuning", "Dataset"),
                          ("LLMs", "Model"), ("ImageNet", "Dataset")])
    assert [(name, kind) for name, kind, _ in found] == [
        ("HDR Fusion", "Task"), ("bonsai generation", "Task"), ("Supervised Fine-Tuning", "Method"), ("LLMs", "Model"),
        ("ImageNet", "Dataset")]


def test_a_measures_name_after_a_verb_of_measuring_read_as_a_method_is_a_metric():
    _, found = _spans_of("It gains as measured by Wasserstein Distance . It is evaluated with linear regression .",
                         [("Wasserstein Distance", "Method"), ("linear regression", "Method")])
    assert [(name, kind) for name, kind, _ in found] == [("Wasserstein Distance", "Metric"),
                                                         ("linear regression", "Method")]
    _, found = _spans_of("It is better as measured by SPL . It is quantified using Digital Volume Correlation . "
                         "Perplexity is measured by GPT2-large here .",
                         [("SPL", "Method"), ("Digital Volume Correlation", "Method"), ("GPT2-large", "Method")])
    assert [(name, kind) for name, kind, _ in found] == [("SPL", "Metric"),  # any name after "measured"
                                                         ("Digital Volume Correlation", "Method"),
                                                         ("GPT2-large", "Model")]  # not a model's


def test_a_class_of_language_models_read_as_a_method_is_a_model():
    _, found = _spans_of("We train Baby LMs and compare LLMs with MLM and a large-block dVLM .",
                         [("Baby LMs", "Method"), ("LLMs", "Method"), ("MLM", "Method"), ("large-block dVLM", "Method")])
    assert [(name, kind) for name, kind, _ in found] == [
        ("Baby LMs", "Model"), ("LLMs", "Model"), ("MLM", "Method"), ("large-block dVLM", "Model")]


def test_a_lower_case_task_phrase_the_recogniser_read_as_a_method_is_a_task():
    names = ("image captioning", "maximum likelihood estimation", "Image Captioning", "sparse feature retrieval")
    _, found = _spans_of("We use image captioning , maximum likelihood estimation , Image Captioning and sparse "
                         "feature retrieval .", [(name, "Method") for name in names])
    assert [(name, kind) for name, kind, _ in found] == [
        ("image captioning", "Task"), ("maximum likelihood estimation", "Method"), ("Image Captioning", "Method"),
        ("sparse feature retrieval", "Method")]  # a task Papers with Code lists; not one it does not


def test_a_plain_task_phrase_a_recogniser_read_as_a_method_is_a_task_but_not_how_or_by_what_it_is_done():
    names = ("Physics reasoning", "BMI estimation", "LiDAR localization", "BM25 retrieval", "sparse feature retrieval",
             "robust estimation", "LLM-assisted generation", "homographic navigation", "panoptic captioning")
    text = ("Physics reasoning is hard ; BMI estimation , LiDAR localization , BM25 retrieval , sparse feature "
            "retrieval , robust estimation , LLM-assisted generation . We present homographic navigation , a method . This work introduces panoptic captioning , a novel task .")
    _, found = _spans_of(text, [(name, "Method") for name in names])
    assert [(name, kind) for name, kind, _ in found] == [
        ("Physics reasoning", "Task"), ("BMI estimation", "Task"), ("LiDAR localization", "Task"),
        ("BM25 retrieval", "Method"), ("sparse feature retrieval", "Method"), ("robust estimation", "Method"),
        ("LLM-assisted generation", "Method"), ("homographic navigation", "Method"), ("panoptic captioning", "Task")]


def test_a_plain_task_phrase_read_as_a_method_is_a_graph_entity_only_where_the_method_would_be_one():
    doc, _ = _spans_of("It yields end-to-end generation quality and medical image generation .",
                       [("end-to-end generation", "Method"), ("medical image generation", "Method")])
    found = {m.text: (m.type, m.graph) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])}
    assert found["medical image generation"] == ("Task", True)
    assert found["end-to-end generation"][1] is False


def test_a_plain_task_phrase_read_as_a_method_is_a_graph_task_where_its_noun_phrase_ends():
    text = ("Spatio-temporal traffic forecasting is challenging . Our data synthesis pipeline works . Servers can "
            "offload object detection for them .")
    doc = spacy.blank("en")(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label="Method")
                for name in ("Spatio-temporal traffic forecasting", "data synthesis", "offload object detection")]
    assert [(m.text, m.type, m.graph) for m in doc_mentions(doc, "abstract", [(0, len(text))])] == [
        ("Spatio-temporal traffic forecasting", "Task", True), ("data synthesis", "Task", False),  # a modifier
        ("offload object detection", "Task", False)]  # a verb's phrase


def test_a_measure_at_a_cut_off_is_a_metric_whatever_was_read():
    _, found = _spans_of("It reaches 71 mAP@0.5 and Pass@k gains with Model@Home , 95.9 % Rank-1 accuracy .",
                         [(name, "Method") for name in ("mAP@0.5", "Pass@k", "Model@Home")] + [("Rank-1", "Model")])
    assert [(name, kind) for name, kind, _ in found] == [
        ("mAP@0.5", "Metric"), ("Pass@k", "Metric"), ("Model@Home", "Method"), ("Rank-1", "Metric")]


def test_a_field_read_as_a_method_is_a_task_but_not_a_sensors_kind():
    _, found = _spans_of("Advances in computer vision help , with an event-based vision sensor .",
                         [("computer vision", "Method"), ("event-based vision", "Method")])
    assert [(name, kind) for name, kind, _ in found] == [("computer vision", "Task"), ("event-based vision", "Method")]


def test_a_name_before_a_layer_read_as_a_task_or_data_is_a_method():
    _, found = _spans_of("Then EdgeConv layers and a KNN layer follow , as on ImageNet .",
                         [("EdgeConv", "Task"), ("KNN", "Dataset"), ("ImageNet", "Dataset")])
    assert [(name, kind) for name, kind, _ in found] == [
        ("EdgeConv", "Method"), ("KNN", "Method"), ("ImageNet", "Dataset")]


def test_names_right_after_a_data_sets_plural_are_data_sets_whatever_was_read():
    _, found = _spans_of("Using three datasets LOCOMO, LONGMEMEVAL, and MEMBENCH, it works.",
                         [("LOCOMO", "Dataset"), ("LONGMEMEVAL", "Metric"), ("MEMBENCH", "Method")])
    assert [(name, kind) for name, kind, _ in found] == [
        ("LOCOMO", "Dataset"), ("LONGMEMEVAL", "Dataset"), ("MEMBENCH", "Dataset")]
    _, found = _spans_of("On the real-world datasets InterCap, EgoBody, and BEHAVE it works.",  # none read as data
                         [(name, "Model") for name in ("InterCap", "EgoBody", "BEHAVE")])
    assert {kind for _, kind, _ in found} == {"Dataset"}


def test_a_coined_name_after_the_word_baseline_read_as_data_is_a_system():
    _, found = _spans_of("It beats the recent best BVSR baseline FMA-Net and the baseline DINOv3 .",
                         [("FMA-Net", "Dataset"), ("DINOv3", "Model")])
    assert [(name, kind) for name, kind, _ in found] == [("FMA-Net", "Method"), ("DINOv3", "Model")]  # a model's
    # reading stays


def test_an_acronym_whose_long_form_papers_with_code_lists_as_a_task_is_one_unless_read_as_a_model():
    from kg.extract.extractor import _type_acronyms_as_long_forms
    from kg.extract.rules.spans import SpanInfo

    doc = spacy.blank("en")("Virtual Try-On ( VTON ) and Vision-Language-Action ( VLA ) models .")
    vton, vla = Span(doc, 5, 6, label="Method"), Span(doc, 14, 15, label="Model")
    typed = [[vton, SpanInfo("ner_generic", 0.6, long_form="Virtual Try-On"), "Method", 0.6],
             [vla, SpanInfo("acronym", 0.75, long_form="Vision-Language-Action"), "Model", 0.75]]
    _type_acronyms_as_long_forms(typed, {})
    assert [item[2] for item in typed] == ["Task", "Model"]
    doc = spacy.blank("en")("Knowledge Graphs ( KGs ) help .")
    typed = [[Span(doc, 3, 4, label="Method"), SpanInfo("ner", 0.8, long_form="Knowledge Graphs"), "Method", 0.8]]
    _type_acronyms_as_long_forms(typed, {})
    assert typed[0][2] == "Method"  # a plural Papers with Code lists as a topic names things, no task


@pytest.mark.parametrize("name, long_form, before, after, expected", [
    ("VG", "visual grounding", "experiments on three ", " benchmarks, namely RefCOCO", True),
    ("VG", "visual grounding", "we present DrivePilot, a multi-source ", " dataset in AD", True),
    ("ASR", "automatic speech recognition", "gaps in existing ", " datasets. We", True),
    ("LRDD", "Long Range Drone Detection", "a second release of the ", " dataset released", False),  # a data set's name
    ("SLU", None, "gaps in existing ", " datasets. We", False),  # no long form defined, none listed
    ("ASR", None, "gaps in existing ", " datasets. We", True),  # undefined, a task the gazetteer lists
    ("OmniAVS", "Omnimodal Referring Audio-Visual Segmentation", "", ", a new dataset", False),  # no noun right after
    ("RR", "Reciprocal Rank", "on three ", " benchmarks", False),  # no task's head
    ("SFDA", "Source-Free Domain Adaptation", "experiments on four ", " benchmarks show", True),  # a listed task
    ("I2V", "image-to-video", "a critical limitation in current ", " benchmarks: a bias", True)])  # a mapping
def test_an_acronym_of_a_task_before_a_data_sets_noun_names_what_the_data_are_for(name, long_form, before, after,
                                                                                    expected):
    from kg.extract.extractor import _data_for_a_task, _task_acronym

    assert (_task_acronym(name, long_form, listed=True) and _data_for_a_task(name, before, after)) is expected


@pytest.mark.parametrize("before, name, after, expected", [
    ("Extensive experiments on five public ", "RGB-D SOD", " datasets indicate", True),
    ("linear probe accuracy across 12 diverse ", "NLP", " datasets and", True),
    ("Experiments across multiple ", "VQA", " benchmarks show", True),
    ("we curate and release four challenging ", "WildStruct", " benchmarks:", False),  # a coined name
    ("We evaluate on five ", "MedMNIST", " datasets spanning", False),  # a data set Papers with Code lists
    ("results on the MATH and ", "FELM", " datasets", False),  # no count: two names
    ("Experimental evaluations on the KITTI-360 and ", "Waymo", " datasets show", False),  # a name's number
    ("Experimental results on the Houston 2013 and ", "Trento", " datasets show", False),  # a year
    ("FFS achieves 82.23 accuracy on the ", "AIME", " datasets, a 15", False),  # a score
    ("on five public ", "SOD", " dataset", False)])  # one data set
def test_a_name_between_a_count_and_a_plural_data_noun_is_a_kind_of_data(before, name, after, expected):
    from kg.extract.extractor import _a_counted_kind

    assert _a_counted_kind(before, name, after) is expected


def test_a_kind_of_counted_data_sets_is_no_graph_entity():
    doc = spacy.blank("en")("Experiments on five public SOD datasets and the MATH and FELM datasets show gains .")
    doc.ents = [Span(doc, 4, 5, label="Dataset"), Span(doc, 8, 9, label="Dataset"), Span(doc, 10, 11, label="Dataset")]
    graph = {m.text: m.graph for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])}
    assert graph == {"SOD": False, "MATH": True, "FELM": True}


def test_a_titles_task_phrase_for_another_task_is_the_means_to_it():
    from kg.extract.extractor import _type_means_for_a_task

    def title_mentions(title, first, second):
        return [Mention(title.index(name), title.index(name) + len(name), name, "Task", "title", 0.8, "ner",
                        graph=True) for name in (first, second)]

    title = "Selective Demonstration Retrieval for Improved Implicit Hate Speech Detection"
    mentions = title_mentions(title, "Selective Demonstration Retrieval", "Implicit Hate Speech Detection")
    _type_means_for_a_task(title, mentions)
    assert [m.type for m in mentions] == ["Method", "Task"]
    title = "Domain Adaptation for Object Detection"  # a task Papers with Code lists
    mentions = title_mentions(title, "Domain Adaptation", "Object Detection")
    _type_means_for_a_task(title, mentions)
    assert [m.type for m in mentions] == ["Task", "Task"]
    title = "GUI Grounding for Professional Computer Use"  # no word of how it works: the task's own
    mentions = title_mentions(title, "GUI Grounding", "Professional Computer Use")
    _type_means_for_a_task(title, mentions)
    assert [m.type for m in mentions] == ["Task", "Task"]
    title = "Iterative Hypothesis Generation for Scientific Discovery"  # a name the abstract writes
    mentions = title_mentions(title, "Iterative Hypothesis Generation", "Scientific Discovery") + [
        Mention(0, 31, "iterative hypothesis generation", "Task", "abstract", 0.8, "ner", graph=True)]
    _type_means_for_a_task(title, mentions)
    assert [m.type for m in mentions] == ["Task", "Task", "Task"]


def test_the_task_a_titles_data_set_is_for_is_the_papers_subject():
    doc = spacy.blank("en")("EgoSurgery-HTS : A Dataset for Egocentric Hand-Tool Segmentation in Open Surgery Videos")
    doc.spans["generic"] = [doc.char_span(31, 64, label="Task")]
    assert [(m.text, m.graph) for m in doc_mentions(doc, "title", [(0, len(doc.text))])] == [
        ("Egocentric Hand-Tool Segmentation", True)]
    doc = spacy.blank("en")("A Study of Egocentric Hand-Tool Segmentation in Open Surgery Videos")
    doc.spans["generic"] = [doc.char_span(11, 44, label="Task")]
    assert [m.graph for m in doc_mentions(doc, "title", [(0, len(doc.text))])] == [False]  # no data set's purpose
    doc = spacy.blank("en")("A Multilingual Benchmark for Global Agent Performance")
    doc.spans["generic"] = [Span(doc, 4, 6, label="Task")]
    assert [m.graph for m in doc_mentions(doc, "title", [(0, len(doc.text))])] == [False]  # no task's head


def test_a_name_the_title_writes_takes_the_type_the_abstract_gives_it():
    from kg.extract.extractor import CUE_SCORE, _type_title_names_as_abstract
    from kg.records import Mention

    def mention(text, kind, field, extractor="ner", score=0.8):
        return Mention(0, len(text), text, kind, field, score, extractor)

    mentions = [mention("Weighted Iterative Society-of-Experts", "Task", "title"),
                mention("AgentOps", "Dataset", "title", score=CUE_SCORE),  # a cue word typed it in the title
                mention("CLIP", "Model", "title"),  # Papers with Code knows it
                mention("FooNet", "Task", "title"),  # the abstract types it two ways
                mention("Weighted Iterative Society-of-Experts", "Method", "abstract"),
                mention("AgentOps", "Method", "abstract"), mention("CLIP", "Method", "abstract"),
                mention("FooNet", "Method", "abstract"), mention("FooNet", "Model", "abstract")]
    _type_title_names_as_abstract(mentions)
    assert [m.type for m in mentions[:4]] == ["Method", "Dataset", "Model", "Task"]


@pytest.mark.parametrize("name, release", [
    ("YOLOv8n", True), ("YOLO11", True), ("YOLOv8-Seg", True), ("ResNet-20", True), ("VGG16", True),
    ("EfficientNetV2-S", True), ("ConvNeXt-T", True), ("U-Net", True), ("VGGNet-16", True), ("WideResNet-28-10", True),
    ("YOLOA", False), ("SwinMamba", False), ("VGG-Impact", False), ("VGGT", False)])  # names coined from a family's
def test_a_vision_networks_release_is_told_from_a_name_coined_from_it(name, release):
    from kg.extract.wordlists import VISION_RELEASE

    assert bool(VISION_RELEASE.fullmatch(name)) is release


@pytest.mark.parametrize("name, long_form, before, after, expected", [
    ("VSR", "video super-resolution", "outperforms existing ", " models in reconstruction", True),
    ("VAD", "Video Anomaly Detection", "we design a novel ", " framework with two", True),
    ("DLED", "Dual-Level Evidential face forgery Detection", "the proposed ", " method achieves", False),  # its own
    ("FAVS", "Frequency-Aware Audio-Visual Segmentation", "demonstrate that our ", " framework achieves", False),
    ("MED", "Multi-Expert Decoding", "we propose a ", " framework", False),  # no task's head
    ("KD", "knowledge distillation", "existing ", " methods", False),  # a method Papers with Code lists as a task
    ("ASR", None, "the vulnerability of ", " models to attacks", True),  # undefined, a task the gazetteer lists
    ("FOO", None, "the vulnerability of ", " models to attacks", False)])
def test_an_acronym_of_a_task_before_a_systems_noun_names_what_the_systems_do(name, long_form, before, after, expected):
    from kg.extract.extractor import _systems_for_a_task, _task_acronym

    assert (_task_acronym(name, long_form) and _systems_for_a_task(name, before, after)) is expected


def test_a_coined_name_a_part_noun_ends_read_as_data_is_a_method():
    doc = spacy.blank("en")("We devise two modules , the ShortModule and LongModule , and test on ImageNet .")
    doc.ents = [Span(doc, 6, 7, label="Dataset"), Span(doc, 8, 9, label="Dataset"), Span(doc, 13, 14, label="Dataset")]
    found = [(m.text, m.type) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])]
    assert found == [("ShortModule", "Method"), ("LongModule", "Method"), ("ImageNet", "Dataset")]


def _read(text: str, read: dict[str, str], field: str = "abstract") -> list[tuple[str, str]]:
    """The mentions' types, where the recogniser read each name of ``read`` (one token or more) as its type."""
    doc = spacy.blank("en")(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=kind) for name, kind in read.items()]
    return [(m.text, m.type) for m in doc_mentions(doc, field, [(0, len(doc.text))])]


def test_a_method_papers_with_code_knows_read_as_data_is_a_method_where_nothing_speaks_of_data():
    assert _read("It yields a 6x gain over SFT , with gains in 11 cells .", {"SFT": "Dataset"}) == [("SFT", "Method")]
    assert _read("To explain it , we used SHAP to highlight features .", {"SHAP": "Dataset"}) == [("SHAP", "Method")]
    assert _read("We evaluate it on SHAP and other benchmarks .", {"SHAP": "Dataset"}) == [("SHAP", "Dataset")]


def test_a_coined_name_papers_with_code_lists_as_data_only_read_as_a_task_is_data():
    assert _read("It degrades mIoU on Kvasir-SEG from 49.91 to 31.80 .", {"Kvasir-SEG": "Task"}) == [
        ("Kvasir-SEG", "Dataset")]


def test_a_result_on_a_data_set_papers_with_code_knows_makes_it_data_whatever_was_read():
    assert _read("It gains 20.47% on Tiny-ImageNet .", {"Tiny-ImageNet": "Model"}) == [("Tiny-ImageNet", "Dataset")]


def test_names_listed_after_a_systems_noun_are_systems():
    read = [("LL-AVG", "Method"), ("LL-SUM", "Metric")]
    assert dict(_listed("We compare against two such baselines, LL-AVG and LL-SUM, on ARC.", read))["LL-SUM"] == "Method"
    assert dict(_listed("We report two scores, LL-AVG and LL-SUM, on ARC.", read))["LL-SUM"] == "Metric"


def test_names_a_methods_noun_and_a_colon_list_are_systems_and_a_task_head_after_of_heads_none():
    text = "We test three techniques: Chain of Verification, Decoding by Contrasting Layers, and Self-Refine, here."
    read = [("Chain of Verification", "Task"), ("Decoding by Contrasting Layers", "Method"), ("Self-Refine", "Method")]
    assert dict(_listed(text, read))["Chain of Verification"] == "Method"
    text = "We test three techniques: Object Detection, Decoding by Contrasting Layers, and Self-Refine, here."
    read = [("Object Detection", "Task"), ("Decoding by Contrasting Layers", "Method"), ("Self-Refine", "Method")]
    assert dict(_listed(text, read))["Object Detection"] == "Task"  # a task's phrase among them stays one


def test_systems_a_dash_sets_before_such_as_open_a_list_of_methods():
    from kg.extract.entities import METHODS_LIKE

    assert METHODS_LIKE.search("current state-of-the-art (sota) systems - such as ")
    assert METHODS_LIKE.search("strong baselines, such as ") and not METHODS_LIKE.search("strong baselines: ")


def test_a_title_phrase_opened_by_a_compound_participle_is_what_the_title_studies():
    title = "FaceLinkGen : Rethinking Identity Leakage in Privacy-Preserving Face Recognition with Identity Extraction"
    found = _read(title, {"Privacy-Preserving Face Recognition": "Method"}, field="title")
    assert found == [("Privacy-Preserving Face Recognition", "Task")]


def test_a_data_set_papers_with_code_knows_read_as_a_system_is_data_where_results_are_had_on_it():
    assert _read("It reaches 9.91 HD95 on SPIDER , outperforming it .", {"SPIDER": "Model"}) == [("SPIDER", "Dataset")]
    assert _read("Experiments on AISHELL-1 , AISHELL-2 , and more show it .", {"AISHELL-2": "Method"}) == [
        ("AISHELL-2", "Dataset")]
    # the subject after such a phrase, an acronym the paper defines as something else: as read
    assert _read("On MVTec-AD , RAD reaches 96.7% AUROC .", {"RAD": "Method"}) == [("RAD", "Method")]


def test_a_word_describing_data_a_coined_name_before_it_names_is_their_task_or_no_data_set():
    assert _read("We build HiCoPrompt , a new text-to-image benchmark with levels .", {"text-to-image": "Dataset"}) == [
        ("text-to-image", "Task")]
    doc = spacy.blank("en")("We build EgoCS-400K , a large-scale egocentric Counter-Strike dataset for it .")
    doc.ents = [doc.char_span(doc.text.index("Counter-Strike"), doc.text.index(" dataset"), label="Dataset")]
    assert [(m.text, m.graph) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])] == [("Counter-Strike", False)]
    # a data set named inside the phrase, or the long form of the name: as read
    assert _read("We build LSC-ADL , a subset derived from the LSC dataset .", {"LSC": "Dataset"}) == [("LSC", "Dataset")]


def test_a_name_takes_the_kind_of_the_others_named_after_it():
    assert _read("We integrate FISH Mask with other PEFT methods here .", {"FISH Mask": "Dataset"}) == [
        ("FISH Mask", "Method")]
    assert _read("It beats PaPSP and other selective prediction baselines .", {"PaPSP": "Task"}) == [("PaPSP", "Method")]
    # a model stays one among baselines
    assert _read("It beats GeoFMs and other strong baselines .", {"GeoFMs": "Model"}) == [("GeoFMs", "Model")]


def test_the_plural_acronym_of_a_class_of_language_models_is_a_model():
    assert _read("We assess ADVLMs on roads .", {"ADVLMs": "Method"}) == [("ADVLMs", "Model")]
    assert _read("We train VideoLLMs on clips .", {"VideoLLMs": "Dataset"}) == [("VideoLLMs", "Model")]
    assert _read("We pretrain it with MLM here .", {"MLM": "Method"}) == [("MLM", "Method")]  # one, a way of training


def test_a_named_phenomenon_read_as_a_system_is_a_task_it_studies():
    assert _read("We find Neural Collapse late in training .", {"Neural Collapse": "Method"}) == [("Neural Collapse", "Task")]
    assert _read("It adds a strong inductive bias here .", {"strong inductive bias": "Method"}) == [
        ("strong inductive bias", "Method")]
    assert _read("We define the Hypocrisy Gap , a mechanistic metric here .", {"Hypocrisy Gap": "Model"}) == [
        ("Hypocrisy Gap", "Model")]  # the phrase set off after it says what it is
    # one word that names a phenomenon on its own
    assert _read("Yet their propensity for hallucination remains .", {"hallucination": "Method"}) == [
        ("hallucination", "Task")]
    assert _read("We study Sycophancy in chat models .", {"Sycophancy": "Model"}) == [("Sycophancy", "Task")]


def test_a_count_of_thousands_closing_a_name_makes_it_data():
    assert _read("We introduce CausalFact-60K and a pipeline .", {"CausalFact-60K": "Method"}) == [
        ("CausalFact-60K", "Dataset")]
    assert _read("We use Diffusion-4K for synthesis .", {"Diffusion-4K": "Method"}) == [("Diffusion-4K", "Method")]


def test_a_tasks_acronym_before_data_sets_plural_noun_names_their_task_whatever_papers_with_code_knows_by_it():
    doc = spacy.blank("en")("Multimodal sarcasm detection ( MSD ) matters . Experiments on public MSD benchmarks .")
    doc._.kg_acronyms = [("MSD", "Multimodal sarcasm detection")]
    doc.ents = [doc.char_span(doc.text.rindex("MSD"), doc.text.rindex("MSD") + 3, label="Dataset")]
    assert [(m.text, m.type) for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])] == [("MSD", "Task")]


def test_a_named_problem_is_a_task_whatever_was_read():
    assert _read("In the All-Reduce problem , each node holds an input .", {"All-Reduce problem": "Method"}) == [
        ("All-Reduce problem", "Task")]

def test_a_coined_name_before_a_database_after_the_is_data():
    assert _read("We test CNNs on the UBIPr database here .", {"UBIPr": "Model"}) == [("UBIPr", "Dataset")]
    assert _read("It stores facts in a Neo4j database here .", {"Neo4j": "Method"}) == [("Neo4j", "Method")]


def test_an_acronym_before_a_loss_names_a_method_whatever_task_its_long_form_names():
    read = _read("We add a monotonic alignment ( MA ) loss to it .", {"MA": "Task"})
    assert ("MA", "Method") in read


def test_a_sized_name_a_phrase_after_calls_a_method_stays_a_model_and_a_range_of_speed_ups_is_no_name():
    text = "We build a paradigm on Qwen2.5-VL-7B: a massive cold-start fine-tuning, often 3x-5x faster."
    assert _read(text, {"Qwen2.5-VL-7B": "Method"}) == [("Qwen2.5-VL-7B", "Model")]
    doc = spacy.blank("en")(text)
    doc.ents = [doc.char_span(text.index("3x-5x"), text.index("3x-5x") + 5, label="Model")]
    assert [m.graph for m in doc_mentions(doc, "abstract", [(0, len(doc.text))])] == [False]


def test_a_vision_language_models_release_read_as_data_is_a_model():
    assert _read("Attacks drop by 15 percent on MiniGPT-4 and BLIP-2 .", {"MiniGPT-4": "Dataset", "BLIP-2": "Dataset"}) \
        == [("MiniGPT-4", "Model"), ("BLIP-2", "Model")]


def test_a_data_sets_noun_after_a_coined_word_read_as_a_model_is_data():
    assert _kind_by_own_head("MRE clinical dataset", "Model") == "Dataset"
    assert _kind_by_own_head("clinical dataset", "Model") is None and _kind_by_own_head("MRE datasets", "Model") is None


def test_a_method_papers_with_code_lists_read_as_a_measure_is_a_method():
    assert _read("It gains over the SFT checkpoint and reports Dice .", {"SFT": "Metric", "Dice": "Metric"}) == [
        ("SFT", "Method"), ("Dice", "Metric")]


def test_names_data_is_drawn_from_are_data_sets_and_a_release_acting_as_a_system_is_a_model():
    read = {"DocLayNet": "Method", "M6Doc": "Method", "GPT-5-Nano": "Dataset"}
    assert _read("We curate a dataset derived from DocLayNet and M6Doc . GPT-5-Nano achieves 22.7 % .", read) == [
        ("DocLayNet", "Dataset"), ("M6Doc", "Dataset"), ("GPT-5-Nano", "Model")]


def test_a_measure_after_a_score_in_brackets_does_not_break_a_list():
    read = {"HotpotQA": "Dataset", "F1": "Metric", "SafeQA": "Model"}
    assert _read("It beats baselines on HotpotQA (94.6% F1) and SafeQA (75.8% recall) here .", read) == [
        ("HotpotQA", "Dataset"), ("F1", "Metric"), ("SafeQA", "Dataset")]


def test_a_name_a_team_goes_by_is_no_graph_entity_in_the_title_either():
    from kg.extract import Extractor
    from kg.records import Paper
    title = "HealthNLP_Retrievers at ArchEHR-QA 2026: Cascaded LLM Pipeline for Clinical Question Answering"
    abstract = ("The ArchEHR-QA 2026 shared task addresses grounded question answering, and this paper presents the "
                "system developed by the HealthNLP_Retrievers team for this task. The Qwen team released Qwen3.")
    (extraction,) = Extractor(roles=False).extract([Paper("p", title, abstract)])
    kept = {m.text for m in extraction.entities if m.graph}
    assert "HealthNLP_Retrievers" not in kept and "Qwen3" in kept


def test_a_structured_abstracts_heading_is_no_graph_entity():
    from kg.extract.extractor import _a_heading

    text = "BACKGROUND: It matters. METHODS AND MATERIALS: We train the AIM model. AIM: a name."
    assert _a_heading(text, 0, 10) and _a_heading(text, text.index("MATERIALS"), text.index("MATERIALS") + 9)
    assert not _a_heading(text, text.index("AIM "), text.index("AIM ") + 3)  # no colon after it


def test_a_name_a_project_goes_by_is_no_graph_entity():
    from kg.extract.extractor import _a_group_name

    text = "as part of the European project SETO (Smart ...), and the PNRR-NODES project. HARP projects states."
    assert _a_group_name(text, text.index("SETO"), text.index("SETO") + 4)
    assert _a_group_name(text, text.index("PNRR"), text.index("PNRR") + 10)
    assert not _a_group_name(text, text.index("HARP"), text.index("HARP") + 4)  # the verb


def test_named_parts_listed_after_components_are_methods_wherever_the_text_writes_them():
    text = ("MICU comprises two key components : Token Importance Measurement ( TIME ) and Jigsaw Puzzle Mixing . "
            "Token Importance Measurement is fast . We use Named Entity Recognition .")
    read = {"Token Importance Measurement": "Task", "Jigsaw Puzzle Mixing": "Dataset", "Named Entity Recognition": "Task"}
    found = _read(text, read)
    assert found[:2] == [("Token Importance Measurement", "Method"), ("Jigsaw Puzzle Mixing", "Method")]
    assert ("Named Entity Recognition", "Task") in found  # in no list of parts
    later = "We study it . Token Importance Measurement is what we propose ."
    assert _read(later, {"Token Importance Measurement": "Task"}) == [("Token Importance Measurement", "Task")]


def test_names_listed_after_an_opening_on_are_data_sets():
    read = {"SketchGraph-A": "Model", "SketchGraph-R": "Model"}
    text = "It is fast. On SketchGraph-A and SketchGraph-R, SketchGraphNet achieves 83.6%."
    assert _read(text, read) == [("SketchGraph-A", "Dataset"), ("SketchGraph-R", "Dataset")]


def test_an_actions_phrase_after_for_in_a_title_read_as_data_is_a_task():
    title = "Towards Aligned LLM Tutors for Math Mistake Remediation"
    assert _read(title, {"Math Mistake Remediation": "Dataset"}, field="title") == [("Math Mistake Remediation", "Task")]
    data = "A Hybrid Framework for CFPB Consumer Complaints"
    assert _read(data, {"CFPB Consumer Complaints": "Dataset"}, field="title") == [("CFPB Consumer Complaints", "Dataset")]


def test_what_systems_suffer_from_or_exhibit_is_a_phenomenon_they_show():
    assert _read("LLMs often suffer from hallucination , badly .", {"hallucination": "Method"}) == [
        ("hallucination", "Task")]
    assert _read("Models exhibit a chain-of-thought reasoning collapse .", {"chain-of-thought": "Method"}) == [
        ("chain-of-thought", "Method")]


def test_a_problem_the_paper_names_is_a_task():
    text = "It is a problem we define as Preference Alignment with Limited Data ( PPAL ) ."
    assert _read(text, {"Preference Alignment with Limited Data": "Method"})[0] == (
        "Preference Alignment with Limited Data", "Task")


def test_a_citations_author_is_no_graph_entity():
    from kg.extract.extractor import _a_citation

    text = "as firms confront complexity (KPMG, 2026) and (Yang et al., 2012; Lee, 2020), unlike BERT (2019)."
    assert _a_citation(text, text.index("KPMG"), text.index("KPMG") + 4)
    assert _a_citation(text, text.index("Yang"), text.index("Yang") + 4)
    assert not _a_citation(text, text.index("BERT"), text.index("BERT") + 4)  # a name before its year's bracket


def test_a_class_of_models_is_a_model_whatever_its_words_say_of_data():
    assert _read("Experiments across four VLMs and five benchmarks show it .", {"VLMs": "Dataset"}) == [("VLMs", "Model")]
    assert _read("It outperforms zero-shot LLMs on prediction .", {"LLMs": "Task"}) == [("LLMs", "Model")]


def test_a_sized_variant_of_a_system_the_paper_names_is_that_system():
    from kg.extract.extractor import _type_sized_variants
    from kg.records import Mention

    def mention(text, kind):
        return Mention(0, len(text), text, kind, "abstract", 0.9, "ner", None, False, True)

    found = [mention("ViTFS", "Model"), mention("ViTFS-T", "Dataset"), mention("SSv2-Small", "Dataset"),
             mention("RC", "Method"), mention("RC-S", "Metric")]
    _type_sized_variants(found)
    assert [m.type for m in found] == ["Model", "Model", "Dataset", "Method", "Metric"]


def test_a_class_of_models_and_its_long_form_are_models():
    from kg.extract import Extractor
    from kg.records import Paper

    abstract = ("Vision-Language-Action (VLA) policies have achieved remarkable manipulation. We add a memory on top "
                "of a frozen VLA backbone.")
    (extraction,) = Extractor(roles=False).extract([Paper("p", "Memory for Robots", abstract)])
    assert {m.type for m in extraction.entities if "VLA" in m.text or "Vision-Language-Action" == m.text} == {"Model"}


def test_a_class_acronym_whose_long_form_names_an_act_is_no_model():
    from kg.extract import Extractor
    from kg.records import Paper

    abstract = ("Grouping strategies include band grouping within the data modalities and label merging (LM) in the "
                "ground truth. FM1 with LM is the most effective approach.")
    (extraction,) = Extractor(roles=False).extract([Paper("p", "Fusion Strategies", abstract)])
    assert {m.type for m in extraction.entities if m.text in ("LM", "label merging")} == {"Method"}


def test_a_generic_span_cut_before_a_named_task_joins_it_and_a_lower_case_built_on_noun_opens_a_name():
    from kg.extract import Extractor
    from kg.records import Paper

    abstract = ("It performs video instance segmentation and 6D object pose estimation. Neither prompting nor "
                "retrieval augmented generation helps, nor techniques like guided decoding.")
    (extraction,) = Extractor(roles=False).extract([Paper("p", "DeCLIP", abstract)])
    texts = {m.text for m in extraction.entities if m.graph}
    assert {"6D object pose estimation", "retrieval augmented generation", "guided decoding"} <= texts
    assert not texts & {"6D object", "pose estimation", "augmented generation", "like guided decoding"}


def test_a_sentence_s_capitalised_setting_word_is_cut_from_a_coined_name():
    from kg.extract import Extractor
    from kg.records import Paper

    abstract = ("We compare annotators. Fine-tuned GPT-4o-mini achieves the highest classification accuracy. "
                "Supervised Fine-Tuning (SFT) is essential for training models.")
    (extraction,) = Extractor(roles=False).extract([Paper("p", "Annotation Paradigms", abstract)])
    found = {(m.text, m.type) for m in extraction.entities}
    assert ("GPT-4o-mini", "Model") in found and ("Supervised Fine-Tuning", "Method") in found


def test_a_tools_noun_in_izer_heads_a_method():
    assert _read("We propose SFAC , i.e. , Structure-preserving Feature Alignment Colorizer .",
                 {"Feature Alignment Colorizer": "Task"})[0] == ("Feature Alignment Colorizer", "Method")


def test_a_new_task_the_paper_names_is_a_task_and_a_method_named_after_its_task_is_not():
    assert _read("We propose a new segmentation task , termed Visual Grounding here .",
                 {"Visual Grounding": "Method"})[0] == ("Visual Grounding", "Task")
    assert _read("A method is proposed for the image fusion task , termed FusionRegister .",
                 {"FusionRegister": "Method"})[0] == ("FusionRegister", "Method")


@pytest.mark.parametrize("text, label, expected", [
    ("the World Values Survey data", "Task", "Dataset"),  # a survey's data, by its name
    ("in A Comprehensive Survey of agents", "Task", "Task"),  # a title's review of the literature
    ("an Open Images Benchmark here", "Method", "Dataset"),  # a system's reading of a benchmark's name
    ("in Bloom's Erdős Problems database here", "Method", "Dataset"),  # a named database, its noun in lower case
    ("a Dynamic Memory Bank here", "Method", "Method")])  # a system's part, a bank of features
def test_a_generic_phrase_read_as_a_task_that_a_data_nouns_name_heads_is_data(text, label, expected):
    import spacy
    from spacy.tokens import Span

    from kg.extract.extractor import _known_or_generic

    doc = spacy.blank("en")(text)
    span = Span(doc, 1, len(doc) - 1 if text.endswith(("data", "here")) else len(doc) - 2, label=label)
    assert _known_or_generic(doc, span)[0].label_ == expected


def test_a_known_name_is_a_task_where_papers_with_code_lists_only_a_task_and_a_model_where_a_models_noun_heads_it():
    import spacy
    from spacy.tokens import Span

    from kg.extract.extractor import _known_or_generic

    doc = spacy.blank("en")("well-suited for Low-Light Image Enhancement here")
    assert _known_or_generic(doc, Span(doc, 4, 9, label="Method"))[0].label_ == "Task"
    doc = spacy.blank("en")("an autoencoder here")
    assert _known_or_generic(doc, Span(doc, 1, 2, label="Method"))[0].label_ == "Model"


def test_a_subtitle_describing_the_titles_data_names_none_and_a_measure_is_a_metric():
    from kg.extract import Extractor
    from kg.records import Paper

    papers = [Paper("a", "CaddieSet: A Golf Swing Dataset with Human Joint Features", "We present CaddieSet."),
              Paper("b", "Advanced Acceptance Score: A Holistic Measure for Biometric Quantification",
                    "We present an exhaustive set of evaluation measures and the Advanced Acceptance Score."),
              Paper("c", "Emotions", "This paper introduces Reasoning under Ambiguity, an uncertainty-aware framework "
                                     "for multilingual emotion classification.")]
    found = [{(m.text, m.type, m.graph) for m in extraction.entities}
             for extraction in Extractor(roles=False).extract(papers)]
    assert ("CaddieSet", "Dataset", True) in found[0] and ("Golf Swing Dataset", "Dataset", True) not in found[0]
    assert ("Advanced Acceptance Score", "Metric", True) in found[1]
    assert ("Reasoning under Ambiguity", "Method", True) in found[2]


def test_plain_words_a_titles_article_and_adjectives_describe_as_data_name_none():
    def graph(title: str, name: str) -> bool:
        doc = spacy.blank("en")(title)
        doc.ents = [doc.char_span(title.index(name), title.index(name) + len(name), label="Dataset")]
        return doc_mentions(doc, "title", [(0, len(title))])[0].graph

    assert not graph("OccuFly : A 3D Vision Benchmark for Scene Completion", "3D Vision")
    assert not graph("Spatial4D-Bench : A Versatile 4D Spatial Intelligence Benchmark", "4D Spatial Intelligence")
    assert graph("X : A New CIFAR-10C Benchmark for Robustness", "CIFAR-10C")  # a coined name


def test_liver_fibrosis_staging_is_a_task_by_its_head():
    from kg.extract.rules.lexicon import head_type

    assert head_type(["liver", "fibrosis", "staging"]) == "Task" and head_type(["tumour", "grading"]) == "Task"


def test_names_only_the_generic_recogniser_typed_beside_a_listed_data_set_where_results_are_had_are_data():
    read = [("APPS", "Method"), ("CodeContests", "Method"), ("LiveCodeBench-v6", "Dataset")]
    generic = {"APPS": "ner_generic", "CodeContests": "ner_generic"}
    text = "Across APPS, CodeContests, and LiveCodeBench-v6, CPPO improves pass@4."
    assert _listed(text, read, generic) == [("APPS", "Dataset"), ("CodeContests", "Dataset"),
                                            ("LiveCodeBench-v6", "Dataset")]
    # the named-things recogniser's reading of a system stands; so does a system the gazetteer lists
    assert dict(_listed(text, read))["APPS"] == "Method"
    read = [("LLaVA", "Method"), ("LiveCodeBench-v6", "Dataset")]
    assert dict(_listed("Across LLaVA and LiveCodeBench-v6, it wins.", read, {"LLaVA": "ner_generic"}))["LLaVA"] == \
        "Method"


def test_a_coined_subject_of_a_verb_of_change_before_what_it_changes_is_a_system():
    assert _read("We show that STORMS improves video reasoning accuracy .", {"STORMS": "Dataset"}) == [
        ("STORMS", "Method")]
    assert _read("DSAFNet-M significantly reduces the model complexity .", {"DSAFNet-M": "Dataset"}) == [
        ("DSAFNet-M", "Method")]
    assert _read("It shows that RTDMD establishes new state-of-the-art results .", {"RTDMD": "Dataset"}) == [
        ("RTDMD", "Method")]
    # data that improves a system, a score that moves, data after a preposition
    assert _read("We show that GGT-100K improves the generalization .", {"GGT-100K": "Dataset"}) == [
        ("GGT-100K", "Dataset")]
    assert _read("The gains are large , while LVBench improves more modestly .", {"LVBench": "Dataset"}) == [
        ("LVBench", "Dataset")]
    assert _read("Training on PAREDA reduces the error rate .", {"PAREDA": "Dataset"}) == [("PAREDA", "Dataset")]


def test_a_name_ending_in_an_activitys_word_read_as_data_is_a_task():
    assert _kind_by_own_head("ICD coding", "Dataset") == "Task"
    assert _kind_by_own_head("OpenClaw agent routing", "Dataset") == "Task"
    assert _kind_by_own_head("MMLU reasoning", "Dataset") is None  # done on a data set a list knows
    assert _kind_by_own_head("COMPASS-20K spanning", "Dataset") is None  # a participle, no activity


def test_a_camel_case_name_agents_or_plugins_are_built_on_is_a_method():
    assert _read("It exposes OpenClaw agents to threats .", {"OpenClaw": "Dataset"}) == [("OpenClaw", "Method")]
    assert _read("It is a native OpenClaw plugin .", {"OpenClaw": "Dataset"}) == [("OpenClaw", "Method")]
    assert _read("World models help ARC-AGI-3 agents .", {"ARC-AGI-3": "Dataset"}) == [("ARC-AGI-3", "Dataset")]


def test_a_version_written_apart_does_not_make_a_list_of_values_and_encoders_list_models():
    assert _read("It beats baselines , including HippoRAG 2 , LightRAG , and GraphRAG .", {"HippoRAG": "Dataset"}) == [
        ("HippoRAG", "Method")]
    assert _read("It needs no pretrained encoders ( e.g. , SigLIP2 ) at all .", {"SigLIP2": "Dataset"}) == [
        ("SigLIP2", "Model")]


def test_a_name_examples_of_data_sets_open_stays_a_method_where_a_methods_noun_follows_it():
    text = "It matches benchmarks , such as the weighted minimum mean square error ( WMMSE ) method ."
    assert _read(text, {"WMMSE": "Method"}) == [("WMMSE", "Method")]
    assert _read("It matches benchmarks , such as the VLA-Bench suite .", {"VLA-Bench": "Method"}) == [
        ("VLA-Bench", "Dataset")]


def test_a_titles_name_its_subtitle_calls_data_stays_data_though_a_model_familys_name_opens_it():
    from kg.extract import Extractor
    from kg.records import Paper

    papers = [Paper("a", "GPT4o-Receipt: A Dataset and Human Study for AI-Generated Document Forensics",
                    "We present GPT4o-Receipt, with 1,235 receipts."),
              Paper("b", "Qwen2.5-Omni: A Unified Model for Speech", "We present Qwen2.5-Omni.")]
    found = [{(m.text, m.type) for m in extraction.entities} for extraction in Extractor(roles=False).extract(papers)]
    assert ("GPT4o-Receipt", "Dataset") in found[0] and ("GPT4o-Receipt", "Model") not in found[0]
    assert ("Qwen2.5-Omni", "Model") in found[1]


def test_a_coined_stem_before_bench_in_lower_case_names_a_benchmark():
    assert _read("To benchmark it , we develop IDMR-bench using videos .", {"IDMR-bench": "Method"}) == [
        ("IDMR-bench", "Dataset")]
    assert _read("It runs a micro-bench of kernels .", {"micro-bench": "Method"}) == [("micro-bench", "Method")]


def test_a_name_set_off_after_a_systems_part_noun_is_that_part():
    assert _read("First, we propose a novel vision-language projector, PVTC.", {"PVTC": "Dataset"}) == [
        ("PVTC", "Method")]
    assert _read("We train a lightweight adapter (LoRA-Q) for it.", {"LoRA-Q": "Dataset"}) == [("LoRA-Q", "Method")]


def test_a_coined_word_ending_in_a_class_of_large_models_is_a_model():
    assert _read("It is not well-suited for AV-LLMs , where errors emerge .", {"AV-LLMs": "Method"}) == [
        ("AV-LLMs", "Model")]
    assert _read("It is not well-suited for AV-Net , where errors emerge .", {"AV-Net": "Method"}) == [
        ("AV-Net", "Method")]


def test_a_systems_head_opening_a_title_or_its_subtitle_before_what_it_is_for_is_a_method():
    title = "CUBIC: Concept Embeddings for Unsupervised Bias Identification"
    assert _read(title, {"Concept Embeddings": "Task"}, field="title") == [("Concept Embeddings", "Method")]
    # a task's head stays a task
    title = "CUBIC: Concept Identification for Unsupervised Bias Removal"
    assert _read(title, {"Concept Identification": "Task"}, field="title") == [("Concept Identification", "Task")]


def test_a_titles_hyphenated_modifier_before_a_name_papers_with_code_knows_gives_that_names_type():
    assert _read("Bit-level BPE: Below the byte boundary", {"Bit-level BPE": "Task"}, field="title") == [
        ("Bit-level BPE", "Method")]
    # an architecture Papers with Code calls a method is a model
    title = "Cues Driven Cross-modal Transformer for Vehicle Detection"
    assert _read(title, {"Cross-modal Transformer": "Task"}, field="title") == [("Cross-modal Transformer", "Model")]
    # in running text a capitalised modifier is a proper name's adjective, and the phrase keeps its reading
    text = "We introduce an objective : Pareto-optimal bidirectional KL ."
    assert _read(text, {"Pareto-optimal bidirectional KL": "Method"}) == [("Pareto-optimal bidirectional KL", "Method")]


def test_what_a_method_is_compared_to_or_builds_upon_is_a_system():
    text = "It gains 1.14% on CIFAR-100 , with a 0.32% improvement on ImageNet compared to HASSKD ."
    assert _read(text, {"HASSKD": "Dataset"}) == [("HASSKD", "Method")]
    text = "Our method builds upon DRAEM and DesTSeg as the foundation model ."
    assert _read(text, {"DRAEM": "Dataset", "DesTSeg": "Dataset"}) == [("DRAEM", "Method"), ("DesTSeg", "Method")]
    assert _read("CTFT-Net employs multi-resolution losses .", {"CTFT-Net": "Dataset"}) == [("CTFT-Net", "Method")]
    # data that a benchmark leverages keeps it a benchmark
    assert _read("DriveAction leverages real-world driving data .", {"DriveAction": "Dataset"}) == [
        ("DriveAction", "Dataset")]


def test_a_coined_name_after_on_whose_value_changes_is_the_data_not_the_measure():
    text = "Gemma2-9B on SVAMP increases from 37.50% to 45.10% ."
    assert ("SVAMP", "Dataset") in _read(text, {"Gemma2-9B": "Model", "SVAMP": "Dataset"})
    text = "The MCD-SL decreases from 14.79 to 14.63 ."
    assert _read(text, {"MCD-SL": "Dataset"}) == [("MCD-SL", "Metric")]


def test_an_acronym_read_two_ways_takes_the_system_its_long_forms_head_names_unless_a_cue_typed_a_use():
    from kg.extract.extractor import CUE_SCORE, _type_acronyms_as_long_forms
    from kg.extract.rules.spans import SpanInfo

    doc = spacy.blank("en")("Adaptive Pseudo-label Module ( APM ) helps . The APM module works .")
    long, short, again = doc[:5], doc[6:7], doc[11:12]
    typed = [[long, SpanInfo("acronym", 0.75), "Method", 0.75],
             [short, SpanInfo("ner", 0.8, long.text), "Method", 0.8],
             [again, SpanInfo("ner", 0.8, long.text), "Dataset", 0.8]]
    _type_acronyms_as_long_forms(typed, {short.text: long.text})
    assert [item[2] for item in typed] == ["Method"] * 3
    typed[2][2:] = ["Dataset", CUE_SCORE]  # a use a cue word typed keeps its type
    _type_acronyms_as_long_forms(typed, {short.text: long.text})
    assert [item[2] for item in typed] == ["Method", "Method", "Dataset"]


def test_a_task_phrase_closing_a_title_after_in_is_the_task_of_its_work():
    title = "FReM: A Flexible Mechanism for Thinking in Long-Context Question Answering"
    assert _read(title, {"Long-Context Question Answering": "Method"}, field="title") == [
        ("Long-Context Question Answering", "Task")]
    title = "Thinking in Long-Context Question Answering and Beyond"  # not closing the title: the reading stays
    assert _read(title, {"Long-Context Question Answering": "Method"}, field="title") == [
        ("Long-Context Question Answering", "Method")]


def test_a_coined_name_opening_a_title_before_what_it_is_for_read_as_data_is_the_papers_system():
    title = "MambaVideo for Discrete Video Tokenization"
    assert _read(title, {"MambaVideo": "Dataset"}, field="title") == [("MambaVideo", "Method")]
    title = "ImageNet for Video Tokenization"  # a data set Papers with Code knows stays data
    assert _read(title, {"ImageNet": "Dataset"}, field="title") == [("ImageNet", "Dataset")]


def test_a_name_a_systems_noun_is_set_off_before_is_that_system():
    text = "We construct an efficient semantic segmentation network , OffSeg ."
    assert _read(text, {"OffSeg": "Dataset"}) == [("OffSeg", "Model")]
    text = "We propose a novel hybrid method , Pseudo-query Interaction , which works ."
    assert _read(text, {"Pseudo-query Interaction": "Task"}) == [("Pseudo-query Interaction", "Method")]
    text = "We compare two methods , ImageNet and more ."  # no article: a list, not a name set off
    assert _read(text, {"ImageNet": "Dataset"}) == [("ImageNet", "Dataset")]
    text = "We use a network , ImageNet , to pretrain ."  # a data set Papers with Code lists stays data
    assert _read(text, {"ImageNet": "Dataset"}) == [("ImageNet", "Dataset")]
    text = "Constructed through a dedicated annotation pipeline , FashionStylist provides labels ."  # a preposition's
    assert _read(text, {"FashionStylist": "Dataset"}) == [("FashionStylist", "Dataset")]  # object, no appositive


def test_a_model_familys_release_a_data_cue_reads_is_the_model_the_work_is_tried_on():
    assert _read("Tested on Qwen-Image , it works .", {"Qwen-Image": "Dataset"}) == [("Qwen-Image", "Model")]
    assert _read("Using Mistral-7B and two datasets , we show it .", {"Mistral-7B": "Dataset"}) == [
        ("Mistral-7B", "Model")]
    # a count of data closing it, a data set's noun after it or a phrase calling it data keep it data
    assert _read("We train on LLaVA-665k here .", {"LLaVA-665k": "Dataset"}) == [("LLaVA-665k", "Dataset")]
    assert _read("We train on Nemotron-Math, a large-scale dataset.", {"Nemotron-Math": "Dataset"}) == [
        ("Nemotron-Math", "Dataset")]
    text = "We introduce GPT-IMAGE-EDIT-1.5M, a publicly available, large-scale image-editing corpus."
    assert _read(text, {"GPT-IMAGE-EDIT-1.5M": "Dataset"}) == [("GPT-IMAGE-EDIT-1.5M", "Dataset")]


def test_a_titles_description_of_its_system_after_an_article_is_no_entity():
    from kg.extract.extractor import _a_described_system

    assert _a_described_system("Multimodal LLM Approach") and _a_described_system("Multi-Agent AI System")
    assert _a_described_system("Multi-Mode Structured Light 3D Imaging System")
    assert not _a_described_system("ICTM-RMSAV Framework")  # a coined word names it
    assert not _a_described_system("Space-Time Transformer")  # a model, which may be a class the graph keeps
    title = "A Multimodal LLM Approach for Visual Question Answering"
    assert _read(title, {"Multimodal LLM Approach": "Method"}, field="title") == [("Multimodal LLM Approach", "Method")]
    doc = spacy.blank("en")(title)
    doc.ents = [doc.char_span(2, 25, label="Method")]
    assert [m.graph for m in doc_mentions(doc, "title", [(0, len(title))])] == [False]


def test_a_phrase_ending_in_an_adjective_before_the_noun_it_modifies_is_no_mention():
    title = "A Preliminary Study of RAG for Taiwanese Historical Archives"
    assert _read(title, {"RAG": "Method", "Taiwanese Historical": "Method"}, field="title") == [("RAG", "Method")]
    text = "We propose the Mixture of Visual Language Medical Experts for segmentation ."
    assert _read(text, {"Mixture of Visual Language Medical": "Method"}) == []
    # a bracketed acronym or a stop word after it: the adjective closes the name
    assert [name for name, _ in _read("We train a Visual AutoRegressive (VAR) model .",
                                      {"Visual AutoRegressive": "Method"})] == ["Visual AutoRegressive"]
    assert _read("It adds the Cauchy momentum residual as a constraint .", {"Cauchy momentum residual": "Method"}) == [
        ("Cauchy momentum residual", "Method")]
    # the paper's own name, which the title gives, is whole: "HealthBench Professional examples were selected"
    from kg.extract.rules.spans import SpanInfo, add_entities

    text = "HealthBench Professional examples were selected ."
    doc = spacy.blank("en")(text)
    add_entities(doc, [doc.char_span(0, 24, label="Dataset")], [SpanInfo("title", 0.85, proposed=True)])
    assert [m.text for m in doc_mentions(doc, "abstract", [(0, len(text))])] == ["HealthBench Professional"]


def test_a_value_of_a_set_written_out_in_braces_is_no_graph_entity():
    from kg.extract.extractor import _a_set_member

    text = "An agent learns memory operations {ADD, UPDATE, DELETE, NOOP} to edit entries ."
    doc = spacy.blank("en")(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=kind)
                for name, kind in (("ADD", "Method"), ("DELETE", "Dataset"))]
    assert [(m.text, m.graph) for m in doc_mentions(doc, "abstract", [(0, len(text))])] == [
        ("ADD", False), ("DELETE", False)]
    braced = "we propose the {General Sticker Encoder (GSE)}, a model"
    assert not _a_set_member(braced, braced.index("General"), braced.index(" (GSE)"))


def test_what_is_applied_to_a_thing_is_a_means():
    assert _read("We apply FPA to DPO here .", {"FPA": "Dataset"}) == [("FPA", "Method")]
    assert _read("It applies post-hoc Platt scaling to the scores .", {"post-hoc Platt scaling": "Task"}) == [
        ("post-hoc Platt scaling", "Method")]
    # a task's phrase applied to data stays the task, and a name with no "to" after it keeps its reading
    assert _read("We apply object detection to drone images .", {"object detection": "Task"}) == [
        ("object detection", "Task")]
    assert _read("We apply FPA broadly .", {"FPA": "Dataset"}) == [("FPA", "Dataset")]
    assert _read("It applies hierarchical clustering to the groups .", {"hierarchical clustering": "Task"}) == [
        ("hierarchical clustering", "Task")]
