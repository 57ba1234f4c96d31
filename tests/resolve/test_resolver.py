"""Entity resolution: match keys, slugs, the two-phase Resolver and the gold alias table."""

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from kg.records import Extraction, Mention, Paper
from kg.resolve import Resolver, label_form, match_key, resolve, slug
from kg.resolve.resolver import _dominant
from kg.resolve.keys import family_names, has_parameter_size
from conftest import ROOT, SHARED
from kg.evaluate import resolution as evaluation


@pytest.mark.parametrize("a, b", [
    ("Llama 2", "LLaMA-2"), ("Llama2", "LLaMA2"), ("CIFAR-10", "CIFAR10"), ("VAE", "VAEs"),
    ("variational autoencoder", "Variational Autoencoders"), ("the Transformer", "Transformers"),
    ("BERT's", "BERT"), ("our proposed DGNO", "DGNO"), ("Gaussian processes", "Gaussian process"),
    ("Three-dimensional Gaussian Splatting", "3D Gaussian Splatting"),
])
def test_variants_share_a_key(a, b):
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize("a, b", [
    ("GPT-3", "GPT-4"), ("Mamba", "Mamba-2"), ("CIFAR-10", "CIFAR-100"), ("Llama-3-8B", "Llama-3-70B"),
    ("Llama-3-8B", "Llama-38B"), ("Llama 2 (7B)", "Llama 2"), ("GPT-3.5", "GPT-3"), ("Qwen2.5", "Qwen2"),
])
def test_versions_and_sizes_stay_apart(a, b):
    assert match_key(a) != match_key(b)


def test_label_form_drops_determiners_and_possessive():
    assert label_form("the  proposed DGNO") == "DGNO"
    assert label_form("BERT's") == "BERT"


def test_a_small_word_glued_on_by_a_dash_is_no_part_of_the_name():
    assert match_key("DeepSeek-R1-on") == match_key("DeepSeek-R1") and label_form("MapBench-the") == "MapBench"
    assert label_form("plug-in") == "plug-in" and label_form("Add-on") == "Add-on"


@pytest.mark.parametrize("text", ["llama-2", "Ünïcode name", "a/b<c>\"d\"", "", "中文"])
def test_slugs_are_safe_and_distinct(text):
    assert re.fullmatch(r"[a-z0-9.\-]+", slug(text))
    assert slug(text) != slug(text + "x")


def _extraction(pid: str, *mentions: Mention) -> Extraction:
    return Extraction(Paper(pid, "", ""), entities=list(mentions))


def _m(text: str, kind: str = "Model", score: float = 0.9, long_form: str | None = None) -> Mention:
    return Mention(0, len(text), text, kind, "abstract", score, "test", long_form)


def _table(*extractions: Extraction):
    resolver = Resolver()
    for ex in extractions:
        resolver.add(ex)
    return resolver.finish()


def test_acronym_learned_in_one_paper_resolves_it_in_another():
    table = _table(_extraction("a", _m("Variational autoencoder"), _m("VAE", long_form="variational autoencoder")),
                   _extraction("b", _m("VAEs")), _extraction("c", _m("variational auto-encoders")))
    assert len({table.entity_of(_m(t)) for t in ["VAE", "VAEs", "variational autoencoder", "Variational Auto-Encoder"]}) == 1
    (entity,) = table.entities.values()
    assert entity.id == "entity/variationalautoencoder"
    assert entity.label == "variational autoencoder"
    assert (entity.mentions, entity.papers) == (4, 3)


def _own(text: str, kind: str = "Method") -> Mention:
    return Mention(0, len(text), text, kind, "abstract", 0.9, "pattern", proposed=True)


def test_a_name_several_papers_propose_is_one_entity_per_paper():
    papers = [_extraction(pid, _own("PRISM"), _m("PRISM", "Method"), _own("Amortized Fixed-Point Solver"))
              for pid in ("a", "b")]
    cited = _extraction("c", _m("PRISM", "Method"))
    table = _table(*papers, cited)
    (a_prism, a_again, a_solver), (b_prism, b_again, b_solver) = table.paper_entity_ids(papers)
    assert a_prism == a_again and b_prism == b_again  # every mention of the name in the proposing paper
    assert len({a_prism, b_prism, *table.paper_entity_ids([cited])[0]}) == 3
    assert a_solver != b_solver  # not joined again as spellings of one name
    assert [table.entities[e].label for e in (a_prism, b_prism)] == ["PRISM", "PRISM"]
    assert table.entities[a_prism].papers == 1
    # a paper's own name is none of Papers with Code's pages: "STaR" is no "STAR" data set there
    papers = [_extraction(pid, _own("STaR")) for pid in ("a", "b")]
    for entity in _table(*papers).entities.values():
        assert (entity.type, entity.link) == ("Method", None)


def test_an_acronym_a_paper_defines_is_its_long_forms_wherever_the_paper_writes_it():
    papers = [_extraction(pid, _own("PRISM", "Model"), _m("PRISM", "Model", long_form=long))
              for pid, long in (("a", "Progressive Reasoning through Iterative Slot Memory"),
                                ("b", "Prompt Reliability via Iterative Simulation and Monitoring"))]
    cited = [_extraction(pid, _m("PRISM", "Method")) for pid in "cd"]
    table = _table(*papers, *cited)
    (a_title, a_defined), (b_title, b_defined) = table.paper_entity_ids(papers)
    assert a_title == a_defined and b_title == b_defined and a_title != b_title
    bare = {table.paper_entity_ids([paper])[0][0] for paper in cited}
    assert len(bare) == 1 and bare.isdisjoint({a_title, b_title})
    assert table.entities[bare.pop()].papers == 2  # the two papers that write it without defining it
    # a paper defining one short form two ways leaves its bare uses bare
    (two,) = [_extraction("e", _m("SAM"), _m("SAM", long_form="Segment Anything Model"),
                          _m("SAM", long_form="Sharpness-Aware Minimization"))]
    table = _table(two)
    assert table.paper_entity_ids([two])[0][0] == "entity/sam"


def test_a_name_one_paper_proposes_is_the_entity_other_papers_cite():
    table = _table(_extraction("a", _own("PRISM")), _extraction("b", _m("PRISM", "Method")))
    assert len(table.entities) == 1 and next(iter(table.entities)) == "entity/prism"
    # a name many papers write, read as two papers' own, stays one entity ("RL")
    papers = [_extraction(p, _own("RL")) for p in "ab"] + [_extraction(p, _m("RL", "Method")) for p in "cde"]
    table = _table(*papers)
    assert len(table.entities) == 1 and next(iter(table.entities.values())).papers == 5
    # its spellings join it as any name's do
    table = _table(_extraction("a", _own("ctx-DocNADE"), _own("ctx-DocNADEe")))
    assert len(table.entities) == 1


def test_acronym_with_two_meanings_stays_apart():
    table = _table(_extraction("a", _m("SAM", long_form="Segment Anything Model")),
                   _extraction("b", _m("SAM", "Method", long_form="Sharpness-Aware Minimization")),
                   _extraction("c", _m("SAM")))
    ids = {table.entity_of(_m("SAM", long_form="Segment Anything Model")),
           table.entity_of(_m("SAM", long_form="sharpness aware minimization")), table.entity_of(_m("SAM"))}
    assert len(ids) == 3


def test_near_identical_long_forms_of_one_acronym_merge():
    table = _table(_extraction("a", _m("GAN", long_form="generative adversarial network")),
                   _extraction("b", _m("GANs", long_form="generative adversarial nets")),
                   _extraction("c", _m("GAN")))
    assert len(table.entities) == 1


def test_long_forms_that_differ_by_a_word_are_two_meanings():
    hand, human = (_m("HOI", "Task", long_form=f"{w}-Object Interaction") for w in ("Hand", "Human"))
    table = _table(_extraction("a", hand), _extraction("b", human), _extraction("c", _m("HOI", "Task")))
    assert table.entity_of(hand) != table.entity_of(human)


def _users(name: str, n: int, kind: str = "Dataset") -> list[Extraction]:
    """``n`` papers that write ``name`` without defining it."""
    return [_extraction(f"user{i}", _m(name, kind)) for i in range(n)]


def test_one_papers_definition_does_not_rename_a_widely_used_acronym():
    table = _table(_extraction("a", _m("KITTI", "Dataset", long_form="Karlsruhe Institute of Technology")),
                   *_users("KITTI", 8))
    assert table.entity_of(_m("KITTI", "Dataset")) != table.entity_of(
        _m("KITTI", "Dataset", long_form="Karlsruhe Institute of Technology"))
    assert table.entities[table.entity_of(_m("KITTI", "Dataset"))].label == "KITTI"


def test_too_few_definitions_still_give_a_bare_acronym_its_long_forms_head_noun():
    defined = _m("GRPO", "Method", long_form="Group Relative Policy Optimization")
    table = _table(_extraction("a", defined), *_users("GRPO", 6, "Dataset"))
    bare = table.entities[table.entity_of(_m("GRPO", "Dataset"))]
    assert bare.id != table.entity_of(defined) and bare.type == "Method"
    table = _table(_extraction("a", defined), *_users("GRPO", 12, "Dataset"))  # one definition in 13 papers: no say
    assert table.entities[table.entity_of(_m("GRPO", "Dataset"))].type == "Dataset"


def test_one_definition_against_papers_with_codes_meaning_does_not_rename_the_acronym_elsewhere():
    defined = _m("FPS", "Method", long_form="Frequency-aware Point Selection")
    table = _table(_extraction("a", defined, _m("FPS", "Method")), *_users("FPS", 3, "Metric"))
    bare = table.entities[table.entity_of(_m("FPS", "Metric"))]  # frames per second, a metric to Papers with Code
    assert bare.id != table.entity_of(defined) and (bare.label, bare.type) == ("FPS", "Metric")
    # where no other paper writes it bare, the paper's own definition holds
    table = _table(_extraction("a", defined, _m("FPS", "Method")))
    assert len(table.entities) == 1
    # a method of Papers with Code may be a model here: "GAN" joins "generative adversarial network"
    table = _table(_extraction("a", _m("GAN", long_form="generative adversarial network")), *_users("GAN", 3, "Model"))
    assert len(table.entities) == 1


def test_one_definition_of_a_data_set_papers_with_code_names_otherwise_does_not_rename_it_elsewhere():
    defined = _m("R2R", "Dataset", long_form="radar-to-4D radar")
    table = _table(_extraction("a", defined), *_users("R2R", 3))  # Room-to-Room to Papers with Code
    bare = table.entities[table.entity_of(_m("R2R", "Dataset"))]
    assert bare.id != table.entity_of(defined) and bare.label == "R2R"
    # its own long form does
    table = _table(_extraction("a", _m("R2R", "Dataset", long_form="Room2Room")), *_users("R2R", 3))
    assert len(table.entities) == 1


def test_an_acronym_defined_alike_by_two_papers_joins_its_meaning_everywhere():
    table = _table(_extraction("a", _m("BLEU", "Metric", long_form="Bilingual Evaluation Understudy")),
                   _extraction("b", _m("BLEU", "Metric", long_form="Bilingual Evaluation Understudy")),
                   *_users("BLEU", 8, "Metric"))
    (entity,) = table.entities.values()
    assert entity.label == "BLEU"  # a title-case long form, the acronym in more papers
    assert "Bilingual Evaluation Understudy" in entity.aliases


def test_a_lower_case_long_form_stays_the_label_of_an_acronym_papers_spell_out():
    defining = [_extraction(f"def{i}", _m("LLMs", long_form="large language models")) for i in range(3)]
    table = _table(_extraction("a", _m("LLM", long_form="large language model")), *defining,
                   *_users("LLM", 8, "Model"))
    (entity,) = table.entities.values()
    assert entity.label == "large language model"


def test_an_acronym_most_papers_never_spell_out_is_the_label():
    defining = [_extraction(f"def{i}", _m("CLIP", long_form="contrastive language-image pre-training"))
                for i in range(2)]
    table = _table(*defining, *_users("CLIP", 8, "Model"))
    (entity,) = table.entities.values()
    assert entity.label == "CLIP"
    assert "contrastive language-image pre-training" in entity.aliases


def test_a_metric_name_and_its_score_are_one_metric():
    table = _table(_extraction("a", _m("F1 score", "Metric"), _m("CLIP score", "Metric")),
                   _extraction("b", _m("F1", "Metric"), _m("CLIP", "Model"), _m("FactScore", "Metric")),
                   _extraction("c", _m("F1-scores", "Metric"), _m("Fact", "Metric")))
    assert table.entity_of(_m("F1", "Metric")) == table.entity_of(_m("F1 score", "Metric")) \
        == table.entity_of(_m("F1-scores", "Metric")) == "entity/f1"  # named by the name, not its score
    assert table.entity_of(_m("CLIP score", "Metric")) != table.entity_of(_m("CLIP", "Model"))
    assert table.entity_of(_m("FactScore", "Metric")) != table.entity_of(_m("Fact", "Metric"))


def test_a_metric_name_and_its_coefficient_index_or_measure_are_one_metric():
    table = _table(_extraction("a", _m("Dice coefficient", "Metric"), _m("Jaccard index", "Metric"),
                                   _m("F1 measure", "Metric"), _m("Gini index", "Method")),
                   _extraction("b", _m("Dice", "Metric"), _m("Jaccard", "Metric"), _m("F1", "Metric"),
                                   _m("Gini", "Metric")))
    for name in ("Dice", "Jaccard", "F1"):
        assert table.entity_of(_m(name, "Metric")) == table.entity_of(_m(name + " " + {
            "Dice": "coefficient", "Jaccard": "index", "F1": "measure"}[name], "Metric"))

    assert table.entity_of(_m("Gini index", "Method")) != table.entity_of(_m("Gini", "Metric"))  # voted a method
    dice = _table(_extraction("a", _m("Dice Similarity Coefficient", "Metric"), _m("Dice", "Metric")))
    assert dice.entity_of(_m("Dice", "Metric")) == dice.entity_of(_m("Dice similarity coefficients", "Metric"))


def test_the_head_of_a_name_with_of_is_before_it():
    table = _table(_extraction("a", _m("MoE", "Method", long_form="Mixture-of-Expert")),
                   *[_extraction(f"b{i}", _m("Mixture-of-Experts", "Method")) for i in range(3)])
    (entity,) = table.entities.values()
    assert entity.label == "Mixture-of-Experts"


def test_a_papers_own_acronym_keeps_its_long_form_as_label():
    table = _table(_extraction("a", _m("DGNO", long_form="Deep Generative Neural Operator"), _m("DGNO")))
    (entity,) = table.entities.values()
    assert entity.label == "Deep Generative Neural Operator"


def test_words_put_before_a_long_form_make_another_thing():
    table = _table(_extraction("a", _m("RAG", "Method", long_form="retrieval-augmented generation")),
                   _extraction("b", _m("RAG", "Method", long_form="retrieval-augmented generation")),
                   _extraction("c", _m("RAG", "Method", long_form="graph retrieval-augmented generation")),
                   *_users("RAG", 3, "Method"))
    rag = table.entity_of(_m("RAG", "Method"))
    assert rag == table.entity_of(_m("RAG", "Method", long_form="retrieval-augmented generation"))
    assert rag != table.entity_of(_m("RAG", "Method", long_form="graph retrieval-augmented generation"))
    assert table.entities[rag].label == "retrieval-augmented generation"


def test_a_word_is_no_acronym():
    table = _table(_extraction("a", _m("Recall", "Metric", long_form="recall a number of historical facts")),
                   *_users("recall", 3, "Metric"))
    assert table.entities[table.entity_of(_m("recall", "Metric"))].label == "recall"


def test_versions_of_a_model_are_models_even_when_read_as_datasets():
    table = _table(*(_extraction(f"g{i}", _m("GPT", "Model")) for i in range(3)),
                   *(_extraction(f"n{i}", _m("GPT-5", "Dataset"), _m("GPT-5-mini", "Dataset")) for i in range(4)),
                   # a family typed Model by a minority of its votes passes nothing down
                   _extraction("a", _m("AIME", "Model")), _extraction("b", _m("AIME", "Dataset", 0.8)),
                   _extraction("c", _m("AIME", "Method", 0.8)), _extraction("d", _m("AIME24", "Dataset")))
    kinds = {e.label: e.type for e in table.entities.values()}
    assert kinds["GPT-5"] == kinds["GPT-5-mini"] == "Model"
    assert kinds["AIME24"] == "Dataset"


def test_a_family_read_once_as_a_model_passes_nothing_to_a_listed_data_set_its_own_mentions_call_one():
    table = _table(_extraction("a", _m("ADE", "Model")), _extraction("b", _m("ADE20k", "Dataset")),
                   *(_extraction(f"d{i}", _m("ADE20K", "Dataset")) for i in range(3)),
                   # one mention of the family outvoted by one of the version: the family's type passes down
                   _extraction("g", _m("GPT", "Model")), _extraction("h", _m("GPT-5", "Dataset")))
    kinds = {e.label: e.type for e in table.entities.values()}
    assert kinds["ADE20K"] == "Dataset" and kinds["GPT-5"] == "Model"
    assert ("entity/ade20k", "entity/ade") in table.variants  # still its family's version


def test_a_count_of_examples_closing_a_name_makes_it_a_data_set_but_a_resolution_does_not():
    table = _table(_extraction("a", _m("PixVerve-95K", "Method")), _extraction("b", _m("Diffusion-4K", "Method")))
    kinds = {e.label: e.type for e in table.entities.values()}
    assert kinds["PixVerve-95K"] == "Dataset" and kinds["Diffusion-4K"] == "Method"


def test_a_model_familys_release_is_a_model_whatever_a_cue_read():
    table = _table(_extraction("a", _m("MiniMax M2.5", "Dataset")), _extraction("b", _m("Gemini-3 Flash", "Dataset")),
                   _extraction("c", _m("GLM", "Method")))  # also the generalized linear model: no family support
    kinds = {e.label: e.type for e in table.entities.values()}
    assert kinds["MiniMax M2.5"] == kinds["Gemini-3 Flash"] == "Model" and kinds["GLM"] == "Method"


def test_a_clear_family_passes_model_down_a_chain_whose_middle_is_already_a_model():
    table = _table(*(_extraction(f"g{i}", _m("GPT", "Model")) for i in range(3)),
                   # GPT-5 a Model by its own votes, though most of them say Dataset: it still passes GPT on
                   *(_extraction(f"n{i}", _m("GPT-5", "Dataset", 0.5), _m("GPT-5-mini", "Dataset")) for i in range(3)),
                   _extraction("m", _m("GPT-5", "Model", 0.95)))
    kinds = {e.label: e.type for e in table.entities.values()}
    assert kinds["GPT-5"] == kinds["GPT-5-mini"] == "Model"


def test_a_size_in_parameters_makes_the_family_a_model_and_its_other_versions_too():
    table = _table(*(_extraction(f"d{i}", _m("LLaVA-1.5", "Dataset"), _m("LLaVA-1.5-7B", "Model")) for i in range(3)),
                   _extraction("e", _m("LLaVA-1.5-13B", "Dataset", 0.5), _m("LLaVA-1.5", "Dataset")),
                   # a dataset counted in millions of items is no model
                   *(_extraction(f"l{i}", _m("LAION", "Dataset"), _m("LAION-400M", "Model", 0.6)) for i in range(2)),
                   *(_extraction(f"c{i}", _m("CIFAR", "Dataset"), _m("CIFAR-10", "Dataset")) for i in range(2)))
    kinds = {e.label: e.type for e in table.entities.values()}
    assert kinds["LLaVA-1.5"] == kinds["LLaVA-1.5-7B"] == kinds["LLaVA-1.5-13B"] == "Model"
    assert kinds["LAION"] == kinds["CIFAR"] == kinds["CIFAR-10"] == "Dataset"


def test_an_acronym_inside_a_name_after_its_long_form_is_no_part_of_the_name():
    table = _table(_extraction("a", _m("Chain-of-Thought (CoT) reasoning", "Task")),
                   _extraction("b", _m("chain-of-thought reasoning", "Task")),
                   _extraction("c", _m("vision (RGB) input", "Task")))
    cot = table.entities[table.entity_of(_m("Chain-of-Thought (CoT) reasoning", "Task"))]
    assert cot.id == table.entity_of(_m("chain-of-thought reasoning", "Task")) and "(" not in cot.label
    assert table.entities[table.entity_of(_m("vision (RGB) input", "Task"))].label == "vision (RGB) input"


def test_an_acronym_with_a_digit_for_a_word_inside_a_name_is_no_part_of_it():
    table = _table(_extraction("a", _m("text-to-image (T2I) generation", "Task")),
                   _extraction("b", _m("Text-to-Image Generation", "Task")))
    t2i = table.entity_of(_m("text-to-image (T2I) generation", "Task"))
    assert t2i == table.entity_of(_m("Text-to-Image Generation", "Task")) and "(" not in table.entities[t2i].label


def test_a_name_called_a_model_joins_the_same_name_with_model_that_more_papers_write():
    table = _table(*(_extraction(f"v{i}", _m("Vision-Language Model")) for i in range(3)),
                   _extraction("a", _m("Vision-Language", "Model")),
                   *(_extraction(f"g{i}", _m("Generative AI", "Model")) for i in range(3)),
                   _extraction("b", _m("generative AI model")),
                   _extraction("c", _m("image analysis", "Task")),
                   *(_extraction(f"i{i}", _m("image analysis model")) for i in range(2)))
    vlm = table.entity_of(_m("Vision-Language Model"))
    assert table.entity_of(_m("Vision-Language")) == vlm and table.entities[vlm].label == "Vision-Language Model"
    assert table.entity_of(_m("Generative AI")) != table.entity_of(_m("generative AI model"))  # fewer papers
    assert table.entity_of(_m("image analysis", "Task")) != table.entity_of(_m("image analysis model"))  # a task


def test_a_sized_version_written_once_does_not_make_a_benchmark_a_model():
    table = _table(*(_extraction(f"b{i}", _m("BrowseComp", "Dataset")) for i in range(12)),
                   _extraction("s", _m("BrowseComp-Small", "Model")),
                   *(_extraction(f"l{i}", _m("LLaDA", "Dataset"), _m("LLaDA-8B", "Model")) for i in range(3)))
    kinds = {e.label: e.type for e in table.entities.values()}
    assert kinds["BrowseComp"] == "Dataset" and kinds["BrowseComp-Small"] == "Model"
    assert kinds["LLaDA"] == kinds["LLaDA-8B"] == "Model"  # its sized version as often written as it


def test_a_family_reached_through_an_acronym_must_be_a_model():
    table = _table(_extraction("a", _m("Geometry Selection Module", "Method"),
                               _m("GSM", "Method", long_form="Geometry Selection Module")),
                   _extraction("b", _m("Segment Anything Model", "Model"),
                               _m("SAM", "Model", long_form="Segment Anything Model")),
                   _extraction("c", _m("GSM8K", "Dataset"), _m("SAM2", "Model"), _m("GSM", "Method")),
                   _extraction("d", _m("SAM", "Model")))
    assert table.variants == [("entity/sam2", table.entity_of(_m("SAM")))]


def test_type_is_decided_by_summed_confidence_and_recorded():
    table = _table(_extraction("a", _m("ImageNet", "Dataset", 0.9)), _extraction("b", _m("ImageNet", "Dataset", 0.8)),
                   _extraction("c", _m("imagenet", "Model", 0.95)))
    (entity,) = table.entities.values()
    assert entity.type == "Dataset"
    assert entity.type_votes == {"Dataset": 1.7, "Model": 0.95}


def test_ids_depend_only_on_the_entity_itself():
    alone = _table(_extraction("a", _m("Llama2")))
    together = _table(_extraction("x", _m("GPT-4"), _m("LLaMA 2")), _extraction("a", _m("Llama-2")))
    assert alone.entity_of(_m("Llama2")) == together.entity_of(_m("Llama2")) == "entity/llama2"
    assert list(together.entities) == sorted(together.entities)


def test_variants_link_to_their_family_and_stay_apart():
    table = _table(_extraction("a", _m("Llama-3-8B"), _m("Llama-3-70B"), _m("Llama 3"), _m("Mamba"), _m("Mamba-2")),
                   _extraction("b", _m("GPT"), _m("GPT-4"), _m("GPT-3"), _m("CIFAR-10", "Dataset"),
                               _m("CIFAR-100", "Dataset"), _m("T5")))
    assert len(table.entities) == 11
    assert table.variants == sorted([
        ("entity/llama3-8b", "entity/llama3"), ("entity/llama3-70b", "entity/llama3"),
        ("entity/mamba2", "entity/mamba"), ("entity/gpt4", "entity/gpt"), ("entity/gpt3", "entity/gpt"),
    ])


def test_resolve_assigns_every_mention():
    papers = [_extraction("a", _m("BERT"), _m("BERT's")), _extraction("b", _m("the BERT"))]
    entities, assignment = resolve(papers)
    assert list(entities) == ["entity/bert"]
    assert assignment == {("a", 0): "entity/bert", ("a", 1): "entity/bert", ("b", 0): "entity/bert"}


def test_gold_alias_table_meets_the_targets():
    rows = evaluation.read_gold(ROOT / "tests" / "data" / "gold_aliases.tsv")
    assert len(rows) >= 60 and len({r.entity for r in rows}) >= 30
    scores = evaluation.score(rows, evaluation.predict(rows))
    assert scores.look_alike_pairs >= 100
    assert scores.precision >= 0.95, evaluation.report(scores)
    assert scores.recall >= 0.90, evaluation.report(scores)


def test_spelling_variants_merge_but_prefixed_words_do_not():
    table = _table(_extraction("a", _m("language modelling", "Task"), _m("supervised domain adaptation", "Task")),
                   _extraction("b", _m("language modeling", "Task"), _m("unsupervised domain adaptation", "Task")))
    assert table.entity_of(_m("Language Modelling")) == table.entity_of(_m("language modeling"))
    assert table.entity_of(_m("supervised domain adaptation")) != table.entity_of(_m("unsupervised domain adaptation"))


def test_an_acronym_defined_with_an_extra_leading_word_still_has_one_meaning():
    papers = [_extraction(str(n), _m("LLMs", long_form="large language models")) for n in range(9)]
    papers.append(_extraction("x", _m("LLMs", long_form="multimodal large language models")))
    table = _table(*papers, _extraction("y", _m("LLM")))
    assert table.entity_of(_m("LLM")) == table.entity_of(_m("large language model"))
    assert table.entity_of(_m("LLMs", long_form="multimodal large language models")) != table.entity_of(_m("LLM"))


def test_labels_prefer_the_singular_long_form_and_drop_stray_brackets():
    table = _table(_extraction("a", _m("Information Retrieval (IR)", "Task")),
                   _extraction("b", _m("IR", "Task", long_form="information retrievals"), _m("information retrieval ("),
                               _m("information retrieval")))
    (entity,) = table.entities.values()
    assert entity.label == "information retrieval"
    assert entity.aliases == ["IR", "Information Retrieval", "information retrievals"]


def test_a_plural_long_form_most_papers_write_beats_one_paper_s_singular():
    papers = [_extraction(f"p{i}", _m("RLVR", "Method", long_form="reinforcement learning with verifiable rewards"),
                          _m("RLVR", "Method")) for i in range(4)]
    odd = _extraction("odd", _m("RLVR", "Method", long_form="reinforcement learning agent with verifiable reward"))
    table = _table(*papers, odd, _extraction("bare", _m("RLVR", "Method")))
    entity = table.entities[table.entity_of(_m("RLVR"))]
    assert entity.label == "reinforcement learning with verifiable rewards"
    # a singular spelling of the same long form still goes first (the papers' own uses of "RLVR" are its long form's)
    defined = _m("RLVR", long_form="reinforcement learning with verifiable rewards")
    table = _table(*papers, _extraction("s", _m("RLVR", "Method", long_form="reinforcement learning with verifiable reward")))
    assert table.entities[table.entity_of(defined)].label == "reinforcement learning with verifiable reward"
    # and beside one paper's odd long form, the singular of the key most papers write goes first
    table = _table(*papers, odd, _extraction("s", _m("RLVR", "Method", long_form="reinforcement learning with verifiable reward")))
    assert table.entities[table.entity_of(defined)].label == "reinforcement learning with verifiable reward"


def test_a_listed_name_ending_in_s_keeps_its_spelling_and_a_digit_acronym_leaves_the_label():
    # "nuScenes" is a Papers with Code data set, not the plural of a typo "nuScene" written once
    table = _table(*[_extraction(f"n{i}", _m("nuScenes", "Dataset")) for i in range(3)],
                   _extraction("t", _m("nuScene", "Dataset")))
    (entity,) = table.entities.values()
    assert entity.label == "nuScenes"
    # both "Gaussian Process" and "Gaussian Processes" are listed: the singular stays the label
    table = _table(*[_extraction(f"g{i}", _m("Gaussian processes", "Method")) for i in range(3)],
                   _extraction("s", _m("Gaussian Process", "Method")))
    assert [e.label for e in table.entities.values()] == ["Gaussian Process"]
    assert label_form("Text-to-Image (T2I)") == "Text-to-Image"
    assert label_form("Llama 2 (7B)") == "Llama 2 (7B)" and label_form("Model (v2)") == "Model (v2)"
    table = _table(_extraction("a", _m("Text-to-Image (T2I)", "Task")), _extraction("b", _m("text-to-image", "Task")))
    assert len(table.entities) == 1


def test_a_definition_seen_later_merges_two_entities_under_the_long_form_id():
    before = [_extraction("a", _m("VAE")), _extraction("b", _m("variational autoencoder"))]
    assert sorted(_table(*before).entities) == ["entity/vae", "entity/variationalautoencoder"]
    after = _table(*before, _extraction("c", _m("VAE", long_form="variational autoencoder")))
    assert list(after.entities) == ["entity/variationalautoencoder"]
    assert after.entity_of(_m("VAE")) == "entity/variationalautoencoder"


def _mixed_corpus() -> list[Extraction]:
    return [_extraction(str(n), _m("Llama 2", score=0.1 * (n % 7) + 0.33), _m("LLaMA-2", "Method", 0.61),
                        _m("VAE", long_form="variational autoencoder"), _m("language modelling", "Task"),
                        _m(f"Name{n % 5}-v2"), _m(f"Name{n % 5}"))
            for n in range(40)]


def test_results_do_not_depend_on_when_statistics_are_written(monkeypatch, tmp_path):
    """Statistics written every mention, or all at once, to memory or to a file: one outcome."""
    import kg.resolve.resolver
    from kg.pipeline.workspace import Workspace

    def outcome(workspace=None):
        resolver = Resolver(workspace)
        for ex in _mixed_corpus():
            resolver.add(ex)
        table = resolver.finish()
        return list(table.entities.values()), table.variants

    once = outcome()
    monkeypatch.setattr(kg.resolve.resolver, "_FLUSH_AFTER", 1)
    assert outcome() == once
    assert outcome(Workspace(tmp_path / "stats.sqlite")) == once
    entities, variants = once
    assert len(entities) == 13 and len(variants) == 5  # Llama 2, VAE, language modelling, 5 names, 5 versions


def test_a_name_with_a_trusted_acronym_joins_the_name_spelled_out():
    definitions = [_extraction(p, _m("LLM", long_form="large language model")) for p in ("a", "b")]
    table = _table(*definitions, _extraction("c", _m("multimodal large language model")),
                   _extraction("d", _m("Multimodal LLM")), _extraction("e", _m("Medical LLM")))
    assert table.entity_of(_m("Multimodal LLM")) == table.entity_of(_m("multimodal large language model"))
    # nobody writes "medical large language model": nothing to join
    assert table.entity_of(_m("Medical LLM")) not in {table.entity_of(_m("LLM", long_form="large language model")),
                                                      table.entity_of(_m("multimodal large language model"))}



def test_an_acronyms_meaning_does_not_depend_on_the_union_find_root():
    # The root of a group depends on the order of unions and of set iteration (string hashing):
    # whichever key is the root, the meaning is the group's first long key.
    from collections import Counter

    from networkx.utils import UnionFind

    longs = Counter({"generativeadversarialnet": 2, "generativeadversarialnetwork": 3})
    meanings = set()
    for first, second in (("generativeadversarialnet", "generativeadversarialnetwork"),
                          ("generativeadversarialnetwork", "generativeadversarialnet")):
        groups = UnionFind()
        groups.parents[first], groups.weights[first] = first, 2  # force the root
        groups.parents[second], groups.weights[second] = first, 1
        meanings.add(_dominant(Resolver()._support(longs, groups), sum(longs.values())))
    assert meanings == {"generativeadversarialnet"}


def test_a_family_a_sized_version_confirms_passes_model_to_its_other_versions():
    table = _table(_extraction("a", _m("Qwen3-VL", "Method", 0.9), _m("Qwen3-VL-4B", "Model")),
                   _extraction("b", _m("Qwen3-VL", "Model", 0.95)),  # a Model by its own votes, barely
                   _extraction("c", _m("Qwen3-VL-Instruct", "Method")))
    kinds = {e.label: e.type for e in table.entities.values()}
    assert kinds["Qwen3-VL"] == kinds["Qwen3-VL-Instruct"] == "Model"


def test_an_acronym_defined_several_ways_as_one_kind_of_thing_is_that_kind():
    def define(name: str, long_form: str, n: int, kind: str = "Task") -> list[Extraction]:
        return [_extraction(f"{name}-{long_form}-{i}", _m(name, kind, long_form=long_form)) for i in range(n)]

    table = _table(*define("VQA", "visual question answering", 5), *define("VQA", "video quality assessment", 1),
                   *_users("VQA", 6), *_users("VQA", 2, "Method"),
                   *define("BBQ", "Bias Benchmark for Question Answering", 3, "Dataset"),
                   *define("BBQ", "Bias Benchmark for QA", 1, "Dataset"), *_users("BBQ", 6, "Task"),
                   *_users("BBQ", 2, "Method"),
                   *define("SAM", "Segment Anything Model", 3, "Model"),
                   *define("SAM", "Sharpness-Aware Minimization", 3, "Method"), *_users("SAM", 8))

    def kind(name: str) -> str:
        return table.entities[table.entity_of(_m(name, "Dataset"))].type

    assert table.entity_of(_m("VQA", "Dataset")) != table.entity_of(
        _m("VQA", "Task", long_form="visual question answering"))  # ambiguous: the bare acronym stays apart
    assert kind("VQA") == "Task"  # answering and assessment: tasks either way
    assert kind("BBQ") == "Dataset"  # a benchmark for question answering
    assert kind("SAM") == "Dataset"  # a model or a method: its own votes decide


def test_an_acronym_defined_as_a_task_by_two_thirds_of_its_definitions_is_a_task_where_written_bare():
    def define(long_form: str, n: int, kind: str) -> list[Extraction]:
        return [_extraction(f"ASR-{long_form}-{i}", _m("ASR", kind, long_form=long_form)) for i in range(n)]

    # "ASR models", "ASR transcripts" read as a model where the paper never spells it out
    table = _table(*define("automatic speech recognition", 22, "Task"), *define("attack success rate", 7, "Metric"),
                   *_users("ASR", 7, "Model"), *_users("ASR", 6, "Task"))
    assert table.entities[table.entity_of(_m("ASR", "Model"))].type == "Task"


def test_an_ambiguous_acronym_joins_the_meaning_of_its_bare_uses_kind_that_most_definitions_give():
    def define(name: str, long_form: str, n: int, kind: str) -> list[Extraction]:
        return [_extraction(f"{name}-{long_form}-{i}", _m(name, kind, long_form=long_form)) for i in range(n)]

    table = _table(*define("mAP", "mean average precision", 4, "Metric"),
                   *define("MAP", "maximum a posteriori", 1, "Method"), *_users("mAP", 12, "Metric"),
                   *define("MAE", "mean absolute error", 3, "Metric"), *define("MAE", "masked autoencoder", 3, "Model"),
                   *_users("MAE", 8, "Metric"))
    assert table.entity_of(_m("mAP", "Metric")) == table.entity_of(
        _m("mAP", "Metric", long_form="mean average precision"))  # 4 of 5 definitions, and a metric as written
    assert table.entity_of(_m("MAP", "Method", long_form="maximum a posteriori")) != table.entity_of(_m("mAP"))
    assert table.entities[table.entity_of(_m("mAP"))].label == "mAP"
    assert table.entity_of(_m("MAE", "Metric")) != table.entity_of(
        _m("MAE", "Metric", long_form="mean absolute error"))  # half the definitions: ambiguous


def test_an_acronym_whose_long_forms_differ_by_an_acronym_spelled_out_has_one_meaning():
    def define(name: str, long_form: str, n: int) -> list[Extraction]:
        return [_extraction(f"{name}-{long_form}-{i}", _m(name, "Task", long_form=long_form)) for i in range(n)]

    table = _table(*define("AI", "artificial intelligence", 3), *define("XAI", "Explainable AI", 3),
                   *define("XAI", "Explainable Artificial Intelligence", 3), *_users("XAI", 4, "Task"),
                   _extraction("x", _m("Explainable AI", "Task")))
    assert table.entity_of(_m("XAI", "Task")) == table.entity_of(_m("Explainable AI", "Task")) \
        == table.entity_of(_m("Explainable Artificial Intelligence", "Task"))


def test_a_name_based_on_a_coined_name_joins_the_name_without_based():
    table = _table(_extraction("a", _m("LLM-based agents", "Method"), _m("RL-based fine-tuning", "Method"),
                                   _m("energy-based model", "Model"), _m("CNN-based detection", "Task"),
                                   _m("Image-Based Classification", "Task")),
                   _extraction("b", _m("LLM agent", "Model"), _m("RL fine-tuning", "Method"), _m("energy model", "Model"),
                                   _m("CNN detection", "Method"), _m("image classification", "Task")))
    assert table.entity_of(_m("LLM-based agents", "Method")) == table.entity_of(_m("LLM agent", "Model"))
    assert table.entity_of(_m("RL-based fine-tuning", "Method")) == table.entity_of(_m("RL fine-tuning", "Method"))
    assert table.entity_of(_m("energy-based model")) != table.entity_of(_m("energy model"))  # an ordinary word
    assert table.entity_of(_m("CNN-based detection", "Task")) != table.entity_of(_m("CNN detection", "Method"))
    assert table.entity_of(_m("Image-Based Classification", "Task")) != table.entity_of(
        _m("image classification", "Task"))  # a capital letter makes no coined name


def test_model_after_a_version_joins_the_version():
    table = _table(_extraction("a", _m("Gemma2-2B"), _m("T2I", "Task"), _m("7B", "Model")),
                   _extraction("b", _m("Gemma2-2B"), _m("the Gemma-2-2B model"), _m("T2I model"), _m("7B model")),
                   _extraction("c", _m("Gemma-2-2B model"), _m("Gemma-2-2B model")))
    gemma = table.entity_of(_m("Gemma2-2B"))
    assert gemma == table.entity_of(_m("Gemma-2-2B model"))
    assert table.entities[gemma].label == "Gemma2-2B"  # the name, though written with "model" as often
    assert table.entity_of(_m("T2I model")) != table.entity_of(_m("T2I", "Task"))  # a task's model
    assert table.entity_of(_m("7B model")) != table.entity_of(_m("7B"))  # a size alone


def test_a_data_set_family_a_sized_version_made_a_model_keeps_its_benchmarks():
    table = _table(_extraction("a", _m("GSM", "Dataset", 0.6), _m("GSM-Base", "Model")),
                   *(_extraction(f"b{i}", _m("GSM8K", "Dataset"), _m("GSM-8K", "Dataset")) for i in range(4)),
                   *(_extraction(f"c{i}", _m("GSM 2.0", "Dataset")) for i in range(2)))
    def kind(name: str) -> str:
        return table.entities[table.entity_of(_m(name, "Dataset"))].type

    assert kind("GSM") == kind("GSM-Base") == "Model"
    assert kind("GSM8K") == "Dataset"  # a count, read as data by its mentions: a benchmark
    assert kind("GSM 2.0") == "Model"  # a point release is the model's


def test_tier_words_name_versions_of_a_family():
    assert family_names("GPT-5-nano") == ["GPT 5", "GPT"] and family_names("Gemini-2.5-Flash") == ["Gemini 2.5", "Gemini"]
    assert family_names("Claude-3-Haiku") == ["Claude 3", "Claude"] and has_parameter_size("GPT-5-nano")
    table = _table(*(_extraction(f"g{i}", _m("GPT-5", "Model")) for i in range(3)),
                   *(_extraction(f"n{i}", _m("GPT-5-nano", "Dataset")) for i in range(2)))
    assert {e.label: e.type for e in table.entities.values()}["GPT-5-nano"] == "Model"


def test_a_family_whose_versions_are_all_datasets_is_a_dataset():
    # "AIME" a Model by a minority of its votes, as on the real corpus
    table = _table(_extraction("a", _m("AIME", "Model")), _extraction("b", _m("AIME", "Dataset", 0.8)),
                   _extraction("c", _m("AIME", "Method", 0.8)),
                   _extraction("d", _m("AIME24", "Dataset")), _extraction("g", _m("AIME25", "Dataset")),
                   # one version is not enough, nor versions of another type
                   _extraction("e", _m("Llama", "Model")), _extraction("f", _m("Llama-3", "Dataset")))
    kinds = {e.label: e.type for e in table.entities.values()}
    assert kinds["AIME"] == "Dataset" and kinds["Llama"] == "Model"


def test_a_task_by_what_its_acronym_stands_for_stays_one_beside_data_set_versions():
    # "VQA": read as a data set where written bare, defined as two tasks; "VQA-v2" and "VQA-v1" are data sets.
    # The versions do not make the task a benchmark family, as they make "AIME" of "AIME24" and "AIME25" one.
    define = [_extraction(f"d{i}", _m("VQA", "Task", long_form="visual question answering")) for i in range(5)]
    define.append(_extraction("q", _m("VQA", "Task", long_form="video quality assessment")))
    versions = [_extraction(f"v{i}", _m(name, "Dataset")) for i, name in enumerate(["VQA-v2", "VQA-v2", "VQA-v1"])]
    table = _table(*define, *_users("VQA", 6), *_users("VQA", 2, "Method"), *versions)
    kinds = {e.label: e.type for e in table.entities.values()}
    assert kinds["VQA"] == "Task" and kinds["VQA-v2"] == "Dataset"


def test_a_lower_case_phrase_typed_dataset_is_left_out_of_the_graph():
    table = _table(_extraction("a", _m("high dynamic range", "Dataset"), _m("ImageNet", "Dataset"),
                               _m("clinical trials corpus", "Dataset"), _m("image analysis", "Task")),
                   _extraction("b", _m("high dynamic range", "Dataset")))
    assert table.entity_of(_m("high dynamic range", "Dataset")) is None  # no data set's name
    kept = [table.entity_of(_m(name, kind)) for name, kind in
            (("ImageNet", "Dataset"), ("clinical trials corpus", "Dataset"), ("image analysis", "Task"))]
    assert all(kept) and {e.label for e in table.entities.values()} == {"ImageNet", "clinical trials corpus",
                                                                        "image analysis"}


def test_a_repeat_counts_as_a_mention_but_casts_no_type_vote():
    from kg.extract.rules.repeats import REPEAT_EXTRACTOR

    repeats = [Mention(0, 5, "CritPt", "Method", "abstract", 0.7, REPEAT_EXTRACTOR) for _ in range(3)]
    table = _table(_extraction("a", _m("CritPt", "Dataset", 0.8), *repeats), _extraction("b", _m("CritPt", "Method", 0.7)))
    (entity,) = table.entities.values()
    assert (entity.type, entity.mentions) == ("Dataset", 5)  # 0.8 against 0.7: the copies add nothing


def test_a_paper_writing_two_keys_of_one_entity_is_one_of_its_papers():
    table = _table(_extraction("a", _m("variational autoencoder"), _m("VAE")),
                   _extraction("b", _m("VAE", long_form="variational autoencoder")))
    (entity,) = table.entities.values()
    assert (entity.mentions, entity.papers) == (3, 2)  # the keys' counts, summed, give paper a twice


@pytest.mark.parametrize("a, b", [("text-to-image generation", "Text-to-Image"), ("text-to-speech synthesis", "text-to-speech")])
def test_a_conversion_and_its_generation_or_synthesis_are_one_task(a, b):
    assert match_key(a) == match_key(b)


def test_a_conversions_translation_and_a_longer_conversion_name_stay_apart():
    assert match_key("speech-to-text translation") != match_key("speech-to-text")
    assert match_key("Text-to-Image Street-View Generation") != match_key("text-to-image")
