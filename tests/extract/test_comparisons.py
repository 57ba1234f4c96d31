"""Comparisons as edges: direction in active, passive and comparative sentences; no acronym-long-form edges."""

from __future__ import annotations

import pytest

from kg.extract.comparisons import cues, direction, is_acronym_of, result_relations, same_thing
from kg.extract.relations import sentence_relations
from kg.records import Claim, Mention, Quantity


def mentions(text: str, *names: tuple[str, str]) -> list[tuple[int, Mention]]:
    found, at = [], 0
    for i, (name, kind) in enumerate(names):
        start = text.index(name, at)
        at = start + len(name)
        found.append((i, Mention(start, at, name, kind, "abstract", 0.9, "test")))
    return found


def edges(text: str, *names: tuple[str, str]) -> set[tuple[str, str, str]]:
    ms = mentions(text, *names)
    by = {i: m.text for i, m in ms}
    return {(by[r.head], r.type, by[r.tail]) for r in sentence_relations(text, ms, 0, model=None)}


@pytest.mark.parametrize("text, winner, loser", [
    ("FooNet outperforms BERT on SQuAD.", "FooNet", "BERT"),
    ("BERT is outperformed by FooNet.", "FooNet", "BERT"),
    ("BERT is clearly outperformed by FooNet.", "FooNet", "BERT"),
    ("FooNet is better than BERT.", "FooNet", "BERT"),
    ("FooNet is more effective than BERT.", "FooNet", "BERT"),
    ("FooNet surpasses BERT.", "FooNet", "BERT"),
    ("BERT falls short of FooNet.", "FooNet", "BERT"),
    ("BERT lags behind FooNet.", "FooNet", "BERT"),
])
def test_outperforms_runs_from_winner_to_loser(text, winner, loser):
    first, second = sorted([winner, loser], key=text.index)
    found = edges(text, (first, "Model"), (second, "Model"))
    assert found == {(winner, "outperforms", loser)}


def test_lists_on_both_sides_and_only_the_comparisons_own_ends():
    text = "LLM-QL beats GPT-4 and T5, while BM25 is a baseline."
    found = edges(text, ("LLM-QL", "Method"), ("GPT-4", "Model"), ("T5", "Model"), ("BM25", "Method"))
    assert found == {("LLM-QL", "outperforms", "GPT-4"), ("LLM-QL", "outperforms", "T5")}
    text = "SMBO outperforms BM25, and MCTS outperforms T5."
    found = edges(text, ("SMBO", "Method"), ("BM25", "Method"), ("MCTS", "Method"), ("T5", "Model"))
    assert found == {("SMBO", "outperforms", "BM25"), ("MCTS", "outperforms", "T5")}


def test_systems_outside_the_comparisons_clause_are_not_its_ends():
    # the object of "outperforms" is unnamed; "disentanglement" sits in a prepositional phrase after it
    text = "QLAE consistently outperforms strong methods from prior work in these key disentanglement properties."
    assert edges(text, ("QLAE", "Method"), ("disentanglement", "Method")) == set()
    text = "FooNet outperforms prior systems by 3 points on SQuAD, unlike BERT."
    assert edges(text, ("FooNet", "Model"), ("BERT", "Model")) == set()
    # "exceeds" has its own subject in the "when" clause, not the system before it
    text = "The state is better approximated as Gaussian, especially when the dimension far exceeds that of BvM."
    assert edges(text, ("Gaussian", "Method"), ("BvM", "Method")) == set()
    # a relative clause keeps its antecedent as the subject
    text = "We propose FooNet, which outperforms BERT on SQuAD."
    assert edges(text, ("FooNet", "Model"), ("BERT", "Model"), ("SQuAD", "Dataset")) >= {
        ("FooNet", "outperforms", "BERT")}


def test_negated_and_neutral_comparisons_name_no_winner():
    assert edges("FooNet does not outperform BERT.", ("FooNet", "Model"), ("BERT", "Model")) == set()
    assert edges("FooNet is compared with BERT.", ("FooNet", "Model"), ("BERT", "Model")) == {
        ("FooNet", "comparedWith", "BERT")}
    assert cues("A is on par with B") == []


def test_acronym_and_its_long_form_are_never_related():
    text = "We use a large language model (LLM) that outperforms the LLM baseline."
    assert edges(text, ("large language model", "Model"), ("LLM", "Model")) == set()
    assert is_acronym_of("GAN", "generative adversarial network")
    a = Mention(0, 3, "SSM", "Model", "abstract", 0.9, "acronyms", long_form="state space model")
    b = Mention(10, 26, "state space model", "Model", "abstract", 0.9, "ner")
    assert same_thing(a, b, "")
    assert direction(" is comparable to ") == "neutral"


def test_outperforms_edge_carries_dataset_and_metric():
    text = "FooNet outperforms BERT in accuracy on SQuAD."
    ms = mentions(text, ("FooNet", "Model"), ("BERT", "Model"), ("accuracy", "Metric"), ("SQuAD", "Dataset"))
    (edge,) = [r for r in sentence_relations(text, ms, 0, model=None) if r.type == "outperforms"]
    assert (edge.dataset, edge.metric) == ("SQuAD", "accuracy")


def test_results_give_outperforms_and_evaluated_on_edges():
    entities = [Mention(0, 6, "FooNet", "Model", "title", 0.9, "title", proposed=True),
                Mention(40, 44, "BERT", "Model", "abstract", 0.9, "ner"),
                Mention(48, 53, "SQuAD", "Dataset", "abstract", 0.9, "ner")]
    q = Quantity(3.0, "points", "3 points", 30, 38, "change", direction="improve", system="FooNet", system_entity=0,
                 compared_to="BERT", compared_entity=1, dataset="SQuAD", dataset_entity=2, metric="F1",
                 inferred=("system",))
    claim = Claim(0, 60, "...", "comparison", 0.8, "cue", [1, 2], [q])
    found = {(r.head, r.type, r.tail, r.dataset, r.metric) for r in result_relations([claim], entities, {0: 0})}
    assert found == {(0, "outperforms", 1, "SQuAD", "F1"), (0, "evaluatedOn", 2, None, None)}
    q.direction, q.better = "increase", "lower"  # a higher error is no win
    found = {(r.head, r.type, r.tail) for r in result_relations([claim], entities, {0: 0})}
    assert found == {(0, "evaluatedOn", 2)}


def test_a_system_in_an_aside_is_not_the_winner():
    text = "The GPT-2 architecture, with rotary embedding, matches or even surpasses LLaMA architectures."
    found = edges(text, ("GPT-2", "Model"), ("rotary embedding", "Method"), ("LLaMA", "Model"))
    assert found == {("GPT-2", "outperforms", "LLaMA")}


def test_better_with_words_before_than_and_models_are_no_datasets():
    text = "EMO demonstrates a consistently better language modeling performance than MLE across domains."
    assert edges(text, ("EMO", "Method"), ("MLE", "Method")) == {("EMO", "outperforms", "MLE")}
    from kg.extract.claims import sentence_quantities
    text = "GPT-2 matches or even surpasses LLaMA/Mistral architectures in knowledge storage."
    ms = mentions(text, ("GPT-2", "Model"), ("LLaMA", "Dataset"), ("Mistral", "Model"))
    (q,) = sentence_quantities(text, 0, ms)
    assert q.dataset is None and q.compared_to == "Mistral"


def test_the_object_follows_the_cue_without_a_comma():
    text = "MMAR is more superior than other joint models, matching the method that employs CLIP."
    assert edges(text, ("MMAR", "Model"), ("CLIP", "Model")) == set()
