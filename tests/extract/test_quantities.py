"""Quantities read right: units, ranges, spreads, and numbers that are parts of names."""

from __future__ import annotations

import pytest

from kg.extract.quantities import quantities


def values(text: str) -> list[tuple]:
    return [(q.value, q.unit) for q in quantities(text)]


@pytest.mark.parametrize("text", [
    "We fine-tune Llama-3-8B and ResNet-50 and compare with GPT-4.",
    "The 8B/405B-Judge models are released.",
    "T5-11B and v2 are trained on x86.",
])
def test_numbers_inside_names_are_not_quantities(text):
    assert values(text) == []


@pytest.mark.parametrize("text, value, unit, kind", [
    ("It decodes at 1,200 tokens/s on one GPU.", 1200.0, "tokens/s", "score"),
    ("The model is 3.5x faster than the baseline.", 3.5, "x", "change"),
    ("It reaches 36.5 BLEU on WMT14.", 36.5, None, "score"),
    ("BLEU 36.5 on WMT14 English-German.", 36.5, None, "score"),
    ("It gains 2.1 points over the baseline.", 2.1, "points", "change"),
    ("We reach 54.3AP on COCO.", 54.3, None, "score"),
    ("It runs at 30 FPS.", 30.0, "FPS", "score"),
    ("A PSNR of 32.1 dB is reached.", 32.1, "dB", "score"),
])
def test_units(text, value, unit, kind):
    (q,) = quantities(text)
    assert (q.value, q.unit, q.kind) == (value, unit, kind)


def test_confidence_levels_and_interval_bounds_are_no_results():
    assert values("It reached an AUC of 0.864 (95% CI: 0.852, 0.875) and 0.889 (95% CI [0.875, 0.903]).") == [
        (0.864, None), (0.889, None)]
    assert values("Metrics were reported with 95 percent confidence intervals.") == []


def test_ranges_and_spreads_are_kept():
    (q,) = quantities("Accuracy improves by 12-15% across tasks.")
    assert (q.value, q.upper, q.unit, q.kind) == (12.0, 15.0, "%", "change")
    (q,) = quantities("It scores 85.2 ± 0.3 F1 on average.")
    assert (q.value, q.error) == (85.2, 0.3)
    (q,) = quantities("It scores 85.2% ± 0.3 on average.")
    assert (q.value, q.unit, q.error) == (85.2, "%", 0.3)
    assert values("accuracies ranging from 2.9% to 6.9%") == [(2.9, "%"), (6.9, "%")]


def test_from_to_gives_baseline_value_and_delta():
    (q,) = quantities("FID is improved from 18.65 to 15.94 on ImageNet.")
    assert (q.value, q.from_value, q.compared_value, q.delta) == (15.94, 18.65, 18.65, -2.71)


def test_list_of_values_continues_after_a_score():
    text = "BLEU scores of 18.01 on AGENDA, and 63.69 on the WebNLG dataset."
    assert values(text) == [(18.01, None), (63.69, None)]


def test_shares_variables_and_lists_of_changes():
    (q,) = quantities("Hybrids close 97.4% of the gap to attention.")
    assert (q.kind, q.measure) == ("amount", "gap")
    assert values("FID of 16.47 using T=10 reverse steps") == [(16.47, None)]
    first, second = quantities("It speeds up training by 73% and 80% over Transformers.")
    assert (first.kind, second.kind, second.direction) == ("change", "change", first.direction)
    (q,) = quantities("an impressive 3.18x compression speed up")
    assert (q.kind, q.improvement) == ("change", "factor")


@pytest.mark.parametrize("text", [
    "as in [28, 31] and [9]",
    "1) With faster speed, it wins.",
    "base models such as Vicuna 7B, 13B, and LLama Chat 70B",
    "it improves by 6.4 R@1",
])
def test_citations_enumerations_and_name_parts(text):
    assert [q.value for q in quantities(text)] in ([], [6.4])


@pytest.mark.parametrize("text, expected", [
    # values listed before "respectively", with or without the metric after the last one
    ("It improves perplexity on Penn Treebank and WikiText-2 to 47.69 and 40.68 respectively.",
     [(47.69, None), (40.68, None)]),
    ("We raise the results on Cityscapes and ADE20k to 83.6 and 54.5 mIoU, respectively.",
     [(83.6, None), (54.5, None)]),
    # the second value of a list after "for X and"
    ("BLEU scores of 31.16 for en-de and 38.37 for de-en on IWSLT14.", [(31.16, None), (38.37, None)]),
    # a decimal in brackets after a score is a second score, not an enumeration
    ("It achieves an NMI of 0.705 (0.431) on CIFAR-10 (CIFAR-100).", [(0.705, None), (0.431, None)]),
    # a slash pair of one precision (validation/test)
    ("accuracy (WIDER FACE Val/Test Easy: 0.910/0.896, Hard: 0.780/0.770)",
     [(0.91, None), (0.896, None), (0.78, None), (0.77, None)]),
    # "percent" written out is a percentage; "percent points" are points
    ("overall accuracies of 94.54 percent, against 92.91 per cent", [(94.54, "%"), (92.91, "%")]),
    ("it improves AP by 3.6 percent points (pp) and 1.1 pp, respectively", [(3.6, "points"), (1.1, "points")]),
])
def test_lists_pairs_and_written_percentages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "We use 3 and 5 heads respectively.",  # counts listed before "respectively" stay counts
    "a ratio of 6/7 and 2/3",  # integer ratios are no slash pairs
    "with 4 and 8 layers, respectively",
    "see (1) and (2)",
])
def test_counts_ratios_and_enumerations_stay_out(text):
    assert [q for q in quantities(text) if q.kind == "score"] == []


def test_a_metric_earlier_in_the_sentence_cues_a_later_decimal():
    text = "It reaches an F1 of 74.6, further improved with contextual embeddings (BERT) to 82.4 overall."
    start = text.index("F1")
    found = quantities(text, metric_spans=[(start, start + 2)])
    assert [q.value for q in found] == [74.6, 82.4]
    # not a count after "to", however near the metric
    text = "Its F1 on the hardest of the splits, with all the noisy labels removed, drops to 33 cases."
    assert quantities(text, metric_spans=[(4, 6)]) == []


@pytest.mark.parametrize("text, measure", [
    ("It reaches 62.0 percent accuracy using 656 generated tokens.", "tokens"),
    ("a dataset of 58 expert-annotated videos", "videos"),
    ("requiring only ~300 trainable parameters", "parameters"),
])
def test_a_count_may_have_one_word_before_what_it_counts(text, measure):
    (q,) = [q for q in quantities(text) if q.kind == "amount"]
    assert q.measure == measure


@pytest.mark.parametrize("text", [
    "It reaches 85.2% on tasks requiring memory.",  # "on tasks" says where, not what is counted
    "the strongest configuration reaches Cohen's Kappa = 0.58 against expert-coded annotations",
])
def test_a_score_before_a_preposition_or_a_compound_stays_a_score(text):
    assert [q.kind for q in quantities(text)] == ["score"]


def test_a_capitalised_name_after_a_number_is_not_what_it_counts():
    assert [q for q in quantities("items of Grade 6 English Language Arts") if q.kind == "amount"] == []


def test_settings_and_lists_of_counts_are_amounts():
    found = quantities("FANG outperforms FLAP and OBC by 1.5%--8.5% in average accuracy under 30% and 40% sparsity.")
    assert [(q.value, q.kind, q.measure) for q in found][1:] == [(30.0, "amount", "sparsity"), (40.0, "amount", "sparsity")]
    found = quantities("SiT-XL/2 achieves FID=5.31 and FID=1.75 at 80 and 800 epochs.")
    assert [(q.value, q.kind) for q in found] == [(5.31, "score"), (1.75, "score"), (80.0, "amount"), (800.0, "amount")]
