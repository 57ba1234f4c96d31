"""Weak named-thing labels from Papers with Code names (kg.evaluate.weak_labels)."""

from __future__ import annotations

import gzip
import json

import spacy
from spacy.tokens import Span

from kg.evaluate import weak_labels

NAMES = """Dataset\timagenet\tImageNet
Dataset\tiris\tIris
Method\tbert\tBERT
Method\tdropout\tDropout
Method\tattention\tAttention
Method\tresnet\tResNet
Task\tclassification\tClassification
Task\tobject-detection\tObject Detection
Task\tpoint-clouds\tPoint Clouds
Metric\t\tBLEU
Metric\t\tCT
Metric\t\ttest time
"""
TABLES = [{"task": "Image Classification", "datasets": [{"sota": {"rows": [
    {"model_name": "BERT-large (ours)", "metrics": {}}, {"model_name": "BERT", "metrics": {}}]}}], "subtasks": []}]


def knowledge(tmp_path):
    (tmp_path / "pwc_names.tsv").write_text(NAMES, encoding="utf8")
    with gzip.open(tmp_path / "pwc-evaluation-tables-2020.json.gz", "wt", encoding="utf8") as f:
        json.dump(TABLES, f)
    return tmp_path / "pwc_names.tsv", tmp_path


def gold(nlp, text, spans):
    doc = nlp.make_doc(text)
    doc.set_ents([Span(doc, s, e, label=lab) for s, e, lab in spans], default="outside")
    return doc


def test_lexicon_keeps_precise_names_and_lets_gold_decide(tmp_path):
    nlp = spacy.blank("en")
    train = {
        "gsap": [gold(nlp, "BERT is strong .", [(0, 1, "Model")])] * 3
        + [gold(nlp, "The iris of the eye .", [])] * 3,
        "tdmsci": [],
    }
    names = weak_labels.lexicon(nlp, *knowledge(tmp_path), train)
    assert names["ImageNet"] == ("Dataset", True)
    assert names["Object Detection"] == ("Task", False)  # matched in any case
    assert names["BLEU"] == ("Metric", True)
    assert names["BERT"] == ("Model", True)  # a Method in Papers with Code, a Model in gold
    assert names["BERT-large"] == ("Model", True)  # leaderboard name without its suffix
    for vague in ("Dropout", "Attention", "Classification", "Point Clouds", "CT", "test time", "Iris"):
        assert vague not in names


def test_labels_names_and_leaves_every_other_token_missing(tmp_path):
    nlp = spacy.blank("en")
    names = weak_labels.lexicon(nlp, *knowledge(tmp_path), {"gsap": [], "tdmsci": []})
    label = weak_labels.WeakLabeller(nlp, names)
    doc = label("We fine-tune ResNet on\nImageNet for object detection.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("ResNet", "Method"), ("ImageNet", "Dataset"), ("object detection", "Task")]
    assert {t.ent_iob_ for t in doc if not t.ent_type} == {""}  # missing, never outside


def test_names_glued_to_a_longer_name_stay_missing(tmp_path):
    nlp = spacy.blank("en")
    label = weak_labels.WeakLabeller(nlp, weak_labels.lexicon(nlp, *knowledge(tmp_path), {"gsap": [], "tdmsci": []}))
    assert not label("A BERT-based tagger beats Wide ResNet here.").ents
    assert [e.text for e in label("The ResNet wins.").ents] == ["ResNet"]


def test_sentences_without_a_name_are_dropped(tmp_path):
    nlp = spacy.blank("en")
    label = weak_labels.WeakLabeller(nlp, weak_labels.lexicon(nlp, *knowledge(tmp_path), {"gsap": [], "tdmsci": []}))
    sents = label.sentences("Nothing here. We report BLEU. Nor here.")
    assert [s.text.strip() for s in sents] == ["We report BLEU."]
    assert [(e.text, e.label_) for e in sents[0].ents] == [("BLEU", "Metric")]
