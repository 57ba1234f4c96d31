"""Train the packaged sentence-role models on CSAbstruct and score them on dev.

Rebuilds ``kg/models/roles/`` from CSAbstruct ``train.jsonl``:

1. the logistic regression over sentence features (``linear_features.txt``, ``linear_weights.npz``),
   each training sentence weighted by its annotation confidence squared;
2. the CRF over the regression's probabilities of each sentence and of its neighbours up to two
   sentences away, with products of adjacent sentences' probabilities (``model.crfsuite``). So that
   it learns from probabilities like those it will see on new text, it is trained on out-of-fold
   probabilities: 5 regressions, each fitted on 4/5 of the training abstracts, give the
   probabilities of the rest.

Everything is deterministic (a fixed fold split, full-batch Adam from zero weights, CRFsuite's
L-BFGS), so the same data and options give the same weights. Prints dev accuracy, macro-F1 and
per-role P/R/F1 on all dev sentences and on those whose annotators agreed more (confidence >= 0.7;
CSAbstruct's test labels are of that quality), and writes them to ``meta.json``.
Run from the repository root (2-3 minutes on one core)::

    .venv/bin/python scripts/train_roles.py
    .venv/bin/python scripts/train_roles.py --data ../shared/data/csabstruct --out kg/models/roles
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import click
import numpy as np
import pycrfsuite

from kg.extract.roles import (
    MODEL_DIR, MODEL_FILE, ROLES, LinearRoleModel, SentenceRoleClassifier, abstract_features,
    format_scores, read_csabstruct, role_scores, sequence_features)


def train_crf(abstracts: list[dict], linear_probs: list[np.ndarray], out: Path, c1: float, c2: float,
              max_iterations: int) -> None:
    """Fit the CRF on the abstracts' linear-model probabilities and write ``out/model.crfsuite``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for abstract, probs in zip(abstracts, linear_probs):
        trainer.append(sequence_features(probs), abstract["labels"])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    out.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out / MODEL_FILE))


def train_linear(abstracts: list[dict], l2: float, iterations: int, learning_rate: float,
                 min_count: int, conf_power: float = 1.0) -> LinearRoleModel:
    """Fit the logistic regression, each sentence's loss weighted by ``confidence ** conf_power``.

    Features seen in fewer than ``min_count`` training sentences are dropped. Full-batch Adam on the
    weighted cross-entropy plus ``l2 / 2 * |W|^2``; no randomness.
    """
    sentence_feats = [f for a in abstracts for f in abstract_features(a["sentences"])]
    counts: dict[str, int] = {}
    for feats in sentence_feats:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    features = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(features)}
    cols_per_row = [sorted({index[f] for f in feats if f in index}) for feats in sentence_feats]
    cols = np.array([c for row in cols_per_row for c in row], dtype=np.int64)
    rows = np.repeat(np.arange(len(cols_per_row)), [len(row) for row in cols_per_row])
    starts = np.cumsum([0] + [len(row) for row in cols_per_row[:-1]])
    if any(len(row) == 0 for row in cols_per_row):
        raise ValueError("every sentence needs at least one feature (the bias)")
    gold = np.array([ROLES.index(label) for a in abstracts for label in a["labels"]])
    targets = np.eye(len(ROLES))[gold]
    weight = np.array([c for a in abstracts for c in a["confs"]])[:, None] ** conf_power

    n_features, n_roles = len(features), len(ROLES)
    params = [np.zeros((n_features, n_roles)), np.zeros(n_roles)]
    moments = [[np.zeros_like(p), np.zeros_like(p)] for p in params]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, iterations + 1):
        weights, bias = params
        scores = np.add.reduceat(weights[cols], starts, axis=0) + bias
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        delta = weight * (probs - targets)
        grad_w = np.stack([np.bincount(cols, weights=delta[rows, k], minlength=n_features)
                           for k in range(n_roles)], axis=1) + l2 * weights
        for param, grad, (m, v) in zip(params, (grad_w, delta.sum(axis=0)), moments):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            param -= learning_rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + eps)
    return LinearRoleModel(features, params[0].astype(np.float32), params[1].astype(np.float32))


def out_of_fold_probs(abstracts: list[dict], folds: int, **linear_options) -> list[np.ndarray]:
    """Linear-model probabilities of each abstract from a regression not trained on it."""
    order = np.random.RandomState(0).permutation(len(abstracts))
    probs: list[np.ndarray | None] = [None] * len(abstracts)
    for held_out in np.array_split(order, folds):
        held = set(held_out.tolist())
        model = train_linear([a for i, a in enumerate(abstracts) if i not in held], **linear_options)
        for i in held_out:
            probs[i] = model.proba(abstract_features(abstracts[i]["sentences"]))
    return probs


def evaluate(probs: list[np.ndarray], abstracts: list[dict], min_conf: float = 0.0) -> dict:
    """Scores of per-abstract role probabilities on the sentences with confidence >= ``min_conf``."""
    gold, pred = [], []
    for abstract, p in zip(abstracts, probs):
        for label, conf, best in zip(abstract["labels"], abstract["confs"], p.argmax(axis=1)):
            if conf >= min_conf:
                gold.append(label)
                pred.append(ROLES[best])
    return role_scores(gold, pred)


def summary(scores: dict) -> dict:
    result = scores["per_role"]["result"]
    return {"accuracy": round(scores["accuracy"], 4), "macro_f1": round(scores["macro_f1"], 4),
            "result_p": round(result["p"], 4), "result_r": round(result["r"], 4),
            "result_f1": round(result["f1"], 4)}


@click.command()
@click.option("--data", default="../shared/data/csabstruct", show_default=True,
              type=click.Path(exists=True, file_okay=False), help="Folder with CSAbstruct train/dev .jsonl.")
@click.option("--out", default=str(MODEL_DIR), show_default=True, type=click.Path(file_okay=False),
              help="Model folder to write.")
@click.option("--l2", default=6.0, show_default=True, help="Logistic regression L2 penalty.")
@click.option("--lr-iterations", default=200, show_default=True, help="Logistic regression Adam steps.")
@click.option("--min-count", default=2, show_default=True,
              help="Logistic regression keeps features seen in at least this many sentences.")
@click.option("--conf-power", default=2.0, show_default=True,
              help="Logistic regression weights each sentence by its annotation confidence to this power.")
@click.option("--folds", default=5, show_default=True, help="Folds for the CRF's training probabilities.")
@click.option("--c1", default=0.1, show_default=True, help="CRF L1 penalty.")
@click.option("--c2", default=0.1, show_default=True, help="CRF L2 penalty.")
@click.option("--max-iterations", default=150, show_default=True, help="CRF L-BFGS iterations.")
def main(data: str, out: str, l2: float, lr_iterations: int, min_count: int, conf_power: float, folds: int,
         c1: float, c2: float, max_iterations: int) -> None:
    train_set = read_csabstruct(Path(data) / "train.jsonl")
    dev_set = read_csabstruct(Path(data) / "dev.jsonl")
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    linear_options = {"l2": l2, "iterations": lr_iterations, "learning_rate": 0.05, "min_count": min_count,
                      "conf_power": conf_power}
    start = time.perf_counter()
    train_linear(train_set, **linear_options).save(out_dir)
    train_crf(train_set, out_of_fold_probs(train_set, folds, **linear_options), out_dir, c1, c2, max_iterations)
    seconds = time.perf_counter() - start
    print(f"trained on {len(train_set)} abstracts in {seconds:.1f} s")

    clf = SentenceRoleClassifier.load(out_dir)
    linear = [clf.linear.proba(abstract_features(a["sentences"])) for a in dev_set]
    stacked = [clf.crf_proba(p) for p in linear]
    meta = {
        "model": "CRF (CRFsuite, L-BFGS) over the role probabilities of a confidence-weighted logistic "
                 "regression (own, neighbours up to two away, products of adjacent sentences')",
        "params": dict(linear_options, folds=folds, c1=c1, c2=c2, max_iterations=max_iterations),
        "trained_on": f"CSAbstruct train ({len(train_set)} abstracts)",
        "training_seconds": round(seconds, 1),
        "dev": summary(evaluate(stacked, dev_set)),
        "dev_conf_ge_0.7": summary(evaluate(stacked, dev_set, min_conf=0.7)),
        "dev_linear_only": summary(evaluate(linear, dev_set)),
        "dev_conf_ge_0.7_linear_only": summary(evaluate(linear, dev_set, min_conf=0.7)),
    }
    print(f"dev macro-F1, logistic regression alone: {meta['dev_linear_only']['macro_f1']:.4f}")
    print("== dev, all sentences")
    print(format_scores(evaluate(stacked, dev_set)))
    print("== dev, sentences with annotator confidence >= 0.7")
    print(format_scores(evaluate(stacked, dev_set, min_conf=0.7)))
    (out_dir / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
