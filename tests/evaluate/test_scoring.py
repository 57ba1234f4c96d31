from pathlib import Path

import pytest

from kg.evaluate import scoring as ev
from conftest import ROOT, SHARED

FIXTURES = ROOT / "tests" / "fixtures" / "eval"
DATA = SHARED / "data"
MODEL = ROOT / "kg" / "models" / "ner"


def fixed(predictions):
    """A fake predict function returning canned spans, one list per text, by text."""

    def predict(texts):
        return [predictions.get(t, []) for t in texts]

    return predict


def span_of(text, surface, label):
    start = text.index(surface)
    return (start, start + len(surface), label)


# ----------------------------------------------------------------------------- readers


def test_read_scierc_joins_tokens_and_maps_labels():
    (doc,) = ev.read_scierc(FIXTURES / "scierc.json")
    assert doc.text == "We use BERT for QA . Accuracy improves on SQuAD ."
    assert [(doc.text[s:e], t) for s, e, t in doc.spans] == [
        ("BERT", "Method"),
        ("QA", "Task"),
        ("Accuracy", "Metric"),
        ("SQuAD", "Dataset"),
    ]
    assert doc.accepted(doc.spans[0]) == ("Method", "Model")


def test_read_scierc_raw_labels_keep_everything():
    (doc,) = ev.read_scierc(FIXTURES / "scierc.json", None)
    assert sorted(t for _, _, t in doc.spans) == ["Generic", "Material", "Method", "Metric", "Task"]


def test_read_conll_keeps_consistent_offsets():
    docs = ev.read_conll(FIXTURES / "tdmsci.conll")
    assert [d.text for d in docs] == ["We evaluate on SQuAD for question answering.", "Exact match rises."]
    assert [(docs[0].text[s:e], t) for s, e, t in docs[0].spans] == [
        ("SQuAD", "Dataset"),
        ("question answering", "Task"),
    ]
    assert [(docs[1].text[s:e], t) for s, e, t in docs[1].spans] == [("Exact match", "Metric")]


def test_read_plain_conll_joins_with_spaces():
    (doc,) = ev.read_conll(FIXTURES / "plain.conll")
    assert doc.text == "We report F1 on CoNLL - 2003 ."
    assert [(doc.text[s:e], t) for s, e, t in doc.spans] == [("F1", "Metric"), ("CoNLL - 2003", "Dataset")]


def test_read_gsap_folds_and_mapping():
    docs = ev.read_gsap(FIXTURES / "gsap.jsonl")
    assert len(docs) == 2
    (doc,) = ev.read_gsap(FIXTURES / "gsap.jsonl", folds=[7])
    assert [t for _, _, t in doc.spans] == ["Model", "Model", "Dataset", "Task"]
    assert doc.accepted(doc.spans[0]) == ("Model", "Method")  # ModelArchitecture
    assert doc.accepted(doc.spans[1]) == ("Model",)  # MLModel


@pytest.mark.parametrize(
    "name, fmt", [("scierc.json", "scierc"), ("tdmsci.conll", "conll"), ("plain.conll", "conll"), ("gsap.jsonl", "gsap")]
)
def test_detect_format(name, fmt):
    assert ev.detect_format(FIXTURES / name) == fmt


# ----------------------------------------------------------------------------- scoring


def test_score_scierc_model_counts_for_method():
    (doc,) = ev.read_scierc(FIXTURES / "scierc.json")
    t = doc.text
    predict = fixed(
        {
            t: [
                span_of(t, "BERT", "Model"),  # gold Method: accepted
                span_of(t, "QA", "Task"),  # correct
                span_of(t, "We", "Metric"),  # wrong span
                span_of(t, "SQuAD", "Dataset"),  # Material -> Dataset, outside the micro set
            ]
        }
    )
    report = ev.score([doc], predict, ev.DEFAULT_TYPES["scierc"])
    assert report.micro.tp == 2 and report.micro.n_pred == 3 and report.micro.n_gold == 3
    assert report.micro.precision == pytest.approx(2 / 3)
    assert report.micro.recall == pytest.approx(2 / 3)
    assert report.micro.f1 == pytest.approx(2 / 3)
    assert report.per_type["Model"].precision == 1.0
    assert report.per_type["Method"].recall == 1.0
    assert report.per_type["Metric"].f1 == 0.0
    assert report.per_type["Dataset"].f1 == 1.0


def test_score_gsap_alternatives_only_where_allowed():
    (doc,) = ev.read_gsap(FIXTURES / "gsap.jsonl", folds=[7])
    t = doc.text
    predict = fixed(
        {
            t: [
                span_of(t, "ResNet-50", "Method"),  # ModelArchitecture: Model or Method
                span_of(t, "BERT", "Method"),  # MLModel: Model only
                span_of(t, "ImageNet", "Dataset"),
                span_of(t, "image", "Task"),  # partial span: wrong
            ]
        }
    )
    report = ev.score([doc], predict, ev.DEFAULT_TYPES["gsap"])
    assert (report.micro.tp, report.micro.n_pred, report.micro.n_gold) == (2, 4, 4)
    assert report.micro.f1 == pytest.approx(0.5)
    assert report.per_type["Method"].precision == pytest.approx(0.5)
    assert report.per_type["Model"].recall == pytest.approx(0.5)
    assert report.per_type["Task"].recall == 0.0


def test_score_gold_span_matched_once():
    doc = ev.GoldDoc("BERT", [(0, 4, "Model")])
    report = ev.score([doc], fixed({"BERT": [(0, 4, "Model"), (0, 4, "Model")]}))
    assert (report.micro.tp, report.micro.n_pred) == (1, 1)  # duplicates collapse


def test_evaluate_file_tdmsci_and_report_forms():
    docs = ev.read_conll(FIXTURES / "tdmsci.conll")
    a, b = docs[0].text, docs[1].text
    predict = fixed({a: [span_of(a, "SQuAD", "Dataset"), span_of(a, "question", "Task")], b: [span_of(b, "Exact match", "Metric")]})
    report = ev.evaluate_file(FIXTURES / "tdmsci.conll", None, predict)
    assert report.types == ("Dataset", "Task", "Metric")
    assert report.micro.precision == pytest.approx(2 / 3)
    assert report.micro.recall == pytest.approx(2 / 3)
    d = report.to_dict()
    assert d["per_type"]["Task"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "n_pred": 1, "n_gold": 1}
    assert "micro(Dataset+Task+Metric)" in report.to_text()


def test_prediction_outside_text_is_an_error():
    with pytest.raises(ev.EvaluationError):
        ev.score([ev.GoldDoc("abc", [])], fixed({"abc": [(0, 9, "Task")]}))


def test_kfold_partitions():
    held = [ev.kfold(10, 5, f)[1] for f in range(5)]
    assert sorted(i for h in held for i in h) == list(range(10))
    assert held[0] == [0, 1]


# ----------------------------------------------------------------------------- trained model


@pytest.mark.skipif(not (MODEL / "meta.json").exists(), reason="no trained model at kg/models/ner")
def test_trained_model_finds_obvious_entities():
    import spacy

    nlp = spacy.load(MODEL)
    doc = nlp("We evaluate BERT on the SQuAD dataset for question answering.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("BERT", "Model") in ents
    assert ("SQuAD", "Dataset") in ents
    assert ("question answering", "Task") in ents


# ----------------------------------------------------------------------------- shared corpora


@pytest.mark.skipif(not DATA.exists(), reason="../shared/data is not available")
def test_shared_dev_sets_read():
    docs = ev.read_scierc(DATA / "scierc" / "dev.json")
    assert len(docs) == 50
    for doc in docs[:5]:
        assert all(0 <= s < e <= len(doc.text) for s, e, _ in doc.spans)
    assert ev.detect_format(DATA / "tdmsci" / "train_1500_v2.conll") == "conll"
