"""The extraction pipeline's table of steps, its components and its models."""

import subprocess
import sys

import pytest

from kg.extract import Extractor
from kg.extract.pipeline import RULES, STEPS, MissingModelError, build_nlp
from kg.records import Paper


def test_every_spacy_step_is_a_registered_component_in_table_order():
    nlp = build_nlp(None)
    factories = [step.factory for step in STEPS if step.factory and step.name not in ("generic",)]
    assert [n for n in nlp.pipe_names] == factories


def test_rule_switches_come_from_the_table():
    assert RULES == ("gazetteer", "patterns", "acronyms", "boundaries", "lists", "coined", "repeats", "known", "titles")


def test_importing_a_rule_module_registers_nothing():
    code = ("import spacy.language as l; import kg.extract.rules.gazetteer, kg.extract.rules.patterns, "
            "kg.extract.rules.acronyms; print(l.Language.has_factory('kg_gazetteer'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_missing_model_is_an_error_naming_it(tmp_path):
    with pytest.raises(MissingModelError, match="ner model not found: .*nowhere"):
        build_nlp(tmp_path / "nowhere")
    with pytest.raises(MissingModelError, match="ner_generic model not found"):
        build_nlp(None, generic_model=tmp_path / "nowhere")


def test_the_generic_step_keeps_the_named_entities_and_reads_as_its_model_alone():
    import numpy
    import spacy

    from kg.extract.pipeline import _model_path

    text = ("We propose FooNet for machine translation and evaluate it on WMT14 with BLEU. "
            "Our robust estimation method outperforms the generation algorithm of earlier work.")
    rules = ("gazetteer",)
    with_generic = build_nlp("packaged", rules=rules)
    named_only = build_nlp("packaged", rules=rules, generic_model=None)
    doc, reference = with_generic(text), named_only(text)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in reference.ents]
    assert numpy.array_equal(doc.tensor, reference.tensor)
    alone = spacy.load(_model_path("packaged", "ner_generic"))(text)
    assert [(s.start, s.end, s.label_) for s in doc.spans["generic"]] == [(e.start, e.end, e.label_) for e in alone.ents]
    assert doc.spans["generic"]


def test_titles_is_a_rule_switch():
    paper = Paper("p", "DiffuseVAE: Efficient generation", "We study DiffuseVAE.")
    with_titles = next(Extractor(ner_model=None, roles=False).extract([paper]))
    without = next(Extractor(ner_model=None, rules=("gazetteer",), roles=False).extract([paper]))
    assert any(m.proposed and m.text == "DiffuseVAE" for m in with_titles.entities)
    assert not any(m.proposed for m in without.entities)


@pytest.fixture(scope="module")
def rules_only():
    return Extractor(ner_model=None, roles=False)


@pytest.mark.parametrize("abstract, name", [
    ("We call our method Judge Decoding and test it.", "Judge Decoding"),
    ("A new sampler, named as HyperNet-X, is fast.", "HyperNet-X"),
    ("We release a tool dubbed cheetah, which is fast.", "cheetah"),
    ("We propose Multi Scale Trajectory Graph Forecaster for traffic.", "Multi Scale Trajectory Graph Forecaster"),
    ("We propose a novel Dual-Domain Multi-Scale Representation Network (DMSR) for deraining.",
     "Dual-Domain Multi-Scale Representation Network"),
])
def test_the_named_contribution_is_proposed(rules_only, abstract, name):
    ex = next(rules_only.extract([Paper("p", "A study", abstract)]))
    assert any(m.proposed and m.graph and m.text == name for m in ex.entities), [(m.text, m.proposed) for m in ex.entities]


def test_a_hyphenated_title_name_is_proposed(rules_only):
    ex = next(rules_only.extract([Paper("p", "Social-Implicit: Rethinking Trajectory Prediction", "We study it.")]))
    assert [(m.text, m.proposed) for m in ex.entities if m.field == "title"][0] == ("Social-Implicit", True)


@pytest.mark.parametrize("abstract", [
    "We introduce a novel Conformal Prediction (CP) based framework for scene graphs.",
    "We present an AI based approach to assess suturing.",
    "We introduce an EBM in a residual form.",
    "We propose a novel FL framework, Federated Domain Shift Eraser, to erase shifts.",
])
def test_what_a_proposal_is_built_on_or_a_kind_of_is_not_proposed(rules_only, abstract):
    ex = next(rules_only.extract([Paper("p", "A study", abstract)]))
    assert not any(m.proposed and m.text in ("Conformal Prediction", "AI", "EBM", "FL") for m in ex.entities)


def test_so_called_names_nothing_new(rules_only):
    ex = next(rules_only.extract([Paper("p", "A study", "The so-called Transformer is used.")]))
    assert not any(m.proposed for m in ex.entities)


def test_named_as_an_adjective_names_nothing_new(rules_only):
    ex = next(rules_only.extract([Paper("p", "A study", "Each score is traceable to named amplifiers and weights. "
                                                         "We design a tracker named FooTrack.")]))
    assert [m.text for m in ex.entities if m.proposed] == ["FooTrack"]


def test_every_mention_is_listed_with_its_graph_decision(rules_only):
    ex = next(rules_only.extract([Paper("p", "A study", "We evaluate on the ImageNet dataset with $O(mn)$ cost.")]))
    record = ex.to_dict()
    assert all("graph_entity" in e for e in record["entities"])
    assert not any("$" in m.text for m in ex.entities if m.graph)


def test_plain_title_words_before_a_colon_are_proposed_when_the_abstract_uses_them(rules_only):
    title = "Bigram Subnetworks: Mapping to Next Tokens"
    used = next(rules_only.extract([Paper("p", title, "We find bigram subnetworks in models.")]))
    unused = next(rules_only.extract([Paper("p", title, "We study models.")]))
    assert any(m.proposed and m.text == "Bigram Subnetworks" for m in used.entities)
    assert not any(m.proposed for m in unused.entities)


def test_rates_of_a_classifier_are_metrics(rules_only):
    paper = Paper("p", "A detector", "It lowers FPR and raises the true positive rate.")
    found = {(m.text, m.type) for m in next(rules_only.extract([paper])).entities}
    assert {("FPR", "Metric"), ("true positive rate", "Metric")} <= found


def test_a_name_written_as_the_gazetteer_lists_it_takes_its_type():
    import spacy
    from spacy.tokens import Span

    from kg.extract.rules.gazetteer import make_gazetteer

    nlp = spacy.blank("en")
    gazetteer = make_gazetteer(nlp, "kg_gazetteer")
    doc = nlp("It lowers FPR and the recall of associative recall tasks.")
    doc.ents = [Span(doc, 2, 3, label="Dataset"), Span(doc, 8, 9, label="Task")]
    doc = gazetteer(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("FPR", "Metric"), ("recall", "Metric"), ("recall", "Task")]
    defined = nlp("Text-Prioritised Retention (TPR) keeps text. TPR is fast.")
    defined.ents = [Span(defined, 5, 6, label="Method"), Span(defined, 10, 11, label="Method")]
    assert [e.label_ for e in gazetteer(defined).ents] == ["Method", "Method"]
    assert not gazetteer(nlp("Text-Prioritised Retention (TPR) keeps text. TPR is fast.")).ents
    listed = gazetteer(nlp("A mixture of experts (MoE) layer. MoE is fast."))
    assert [(e.text, e.label_) for e in listed.ents] == [("mixture of experts", "Method"), ("MoE", "Method"), ("MoE", "Method")]
    lpips = gazetteer(nlp("Learned Perceptual Image Patch Similarity (LPIPS) drops. LPIPS is low."))
    assert [(e.text, e.label_) for e in lpips.ents] == [("LPIPS", "Metric"), ("LPIPS", "Metric")]
    assert not gazetteer(nlp("A Masked Autoencoder (MAE) helps. MAE is fast.")).ents
    assert not gazetteer(nlp("We study probabilistic programming languages (PPLs). A PPL helps.")).ents  # its singular
    # a method's term of several words in any case, over the recogniser's type; not a task's term
    terms = nlp("Direct Preference Optimization aligns it; reinforcement learning trains it.")
    terms.ents = [Span(terms, 0, 3, label="Task"), Span(terms, 6, 8, label="Method")]
    assert [(e.text, e.label_) for e in gazetteer(terms).ents] == [
        ("Direct Preference Optimization", "Method"), ("reinforcement learning", "Method")]
