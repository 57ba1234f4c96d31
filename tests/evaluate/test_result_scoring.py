"""The loose matching that scores result claims against leaderboard tuples."""

from __future__ import annotations

import pytest

from kg.evaluate.result_scoring import names_match, score_results, score_tuple, values_match


@pytest.mark.parametrize("predicted, gold", [
    ("the TIMIT benchmark", "TIMIT"),
    ("COCO", "COCO test-dev"),
    ("CIFAR10", "CIFAR-10"),
    ("top-1 acc.", "Top 1 Accuracy"),
    ("accuracy", "Top-1 Accuracy"),
    ("error rate", "Percentage error"),
    ("mIoU", "Mean IoU (class)"),
    ("WER", "Word Error Rate (WER)"),
])
def test_names_that_match(predicted, gold):
    assert names_match(predicted, gold)


@pytest.mark.parametrize("predicted, gold", [
    ("CIFAR-100", "CIFAR-10"),
    ("SQuAD 1.1", "SQuAD2.0"),
    ("BLEU", "Accuracy"),
    (None, "ImageNet"),
    ("", "ImageNet"),
])
def test_names_that_do_not_match(predicted, gold):
    assert not names_match(predicted, gold)


@pytest.mark.parametrize("value, unit, score, expected", [
    (96.8, "%", "96.8", True),
    (96.8, "%", "96.80%", True),
    (91.2, "%", "0.912", True),
    (0.912, None, "91.2", True),
    (96.8, "%", "96.9", False),
    (86.0, "M", "86M", True),
    (86.0, None, "86M", False),
    (None, None, "1", False),
])
def test_values_match_to_the_stated_precision(value, unit, score, expected):
    assert values_match(value, unit, score) is expected


def test_steps_reached_and_report():
    gold = {"task": "t", "dataset": "ImageNet", "metric": "Top 1 Accuracy", "score": "85.2"}
    assert score_tuple(gold, [{"value": 85.2, "unit": "%", "metric": "top-1 accuracy"}]) == {"value", "value+metric"}
    assert score_tuple(gold, [{"value": 85.2, "unit": "%", "leaderboard_metric": "Top 1 Accuracy",
                               "dataset": "CIFAR-10"}]) == {"value", "value+metric"}
    full = [{"value": 85.2, "unit": "%", "metric": "accuracy", "dataset": "ImageNet"}]
    assert score_tuple(gold, full) == {"value", "value+dataset", "value+metric", "full"}
    report = score_results([{"id": "p", "results": [gold, {**gold, "score": "1.0"}]}],
                           {"p": [{"values": full}]})
    assert report.total == 2 and report.reached["full"] == 1 and len(report.misses) == 1
    assert report.shares()["value"] == 0.5
