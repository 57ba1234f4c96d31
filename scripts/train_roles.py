"""Train the packaged sentence-role models on CSAbstruct and score them on dev.

Rebuilds ``kg/models/roles/`` from CSAbstruct ``train.jsonl``: the CRF (``model.crfsuite``), the
logistic regression (``linear_features.txt``, ``linear_weights.npz``) and ``meta.json``. Both fits
are deterministic (CRFsuite's L-BFGS; full-batch Adam from zero weights), so the same data and
options give the same model. Prints dev accuracy, macro-F1 and per-role P/R/F1 of the combined model
(and macro-F1 of each part), on all dev sentences and on those whose annotators agreed more
(confidence >= 0.7; CSAbstruct's test labels are of that quality).
Run from the repository root (about a minute on one core)::

    .venv/bin/python scripts/train_roles.py
    .venv/bin/python scripts/train_roles.py --data ../shared/data/csabstruct --out kg/models/roles
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click
import numpy as np
import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kg.sentence_roles import (  # noqa: E402
    MODEL_DIR, MODEL_FILE, ROLES, LinearRoleModel, SentenceRoleClassifier, abstract_features,
    format_scores, read_csabstruct, role_scores)


def train_crf(abstracts: list[dict], out: Path, c1: float, c2: float, max_iterations: int) -> None:
    """Fit the CRF on ``abstracts`` and write ``out/model.crfsuite``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for abstract in abstracts:
        trainer.append(abstract_features(abstract["sentences"]), abstract["labels"])
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
@click.option("--c1", default=0.5, show_default=True, help="CRF L1 penalty (also keeps the model small).")
@click.option("--c2", default=0.5, show_default=True, help="CRF L2 penalty.")
@click.option("--max-iterations", default=150, show_default=True, help="CRF L-BFGS iterations.")
@click.option("--l2", default=6.0, show_default=True, help="Logistic regression L2 penalty.")
@click.option("--lr-iterations", default=200, show_default=True, help="Logistic regression Adam steps.")
@click.option("--min-count", default=2, show_default=True,
              help="Logistic regression keeps features seen in at least this many sentences.")
@click.option("--conf-power", default=2.0, show_default=True,
              help="Logistic regression weights each sentence by its annotation confidence to this power.")
@click.option("--linear-weight", default=0.7, show_default=True,
              help="Weight of the logistic regression in the mean with the CRF (0: CRF only).")
def main(data: str, out: str, c1: float, c2: float, max_iterations: int, l2: float, lr_iterations: int,
         min_count: int, conf_power: float, linear_weight: float) -> None:
    train_set = read_csabstruct(Path(data) / "train.jsonl")
    dev_set = read_csabstruct(Path(data) / "dev.jsonl")
    out_dir = Path(out)
    start = time.perf_counter()
    train_crf(train_set, out_dir, c1, c2, max_iterations)
    crf_seconds = time.perf_counter() - start
    linear = train_linear(train_set, l2, lr_iterations, 0.05, min_count, conf_power)
    linear.save(out_dir)
    seconds = time.perf_counter() - start
    print(f"trained on {len(train_set)} abstracts in {seconds:.1f} s (CRF {crf_seconds:.1f} s)")

    clf = SentenceRoleClassifier.load(out_dir)
    feats = [abstract_features(a["sentences"]) for a in dev_set]
    crf = [clf.crf_proba(f) for f in feats]
    lin = [linear.proba(f) for f in feats]
    combined = [(1 - linear_weight) * a + linear_weight * b for a, b in zip(crf, lin)]
    meta = {
        "model": "weighted mean of a linear-chain CRF (CRFsuite, L-BFGS) and a confidence-weighted "
                 "logistic regression",
        "linear_weight": linear_weight,
        "params": {"c1": c1, "c2": c2, "max_iterations": max_iterations, "l2": l2,
                   "lr_iterations": lr_iterations, "min_count": min_count, "conf_power": conf_power},
        "trained_on": f"CSAbstruct train ({len(train_set)} abstracts)",
        "training_seconds": round(seconds, 1),
    }
    for name, probs in (("crf", crf), ("linear", lin), ("combined", combined)):
        meta[f"dev_{name}"] = summary(evaluate(probs, dev_set))
        print(f"dev macro-F1 {name}: {meta[f'dev_{name}']['macro_f1']:.4f}")
    meta["dev"] = meta.pop("dev_combined")
    confident = evaluate(combined, dev_set, min_conf=0.7)
    meta["dev_conf_ge_0.7"] = summary(confident)
    print("== dev, all sentences (combined model)")
    print(format_scores(evaluate(combined, dev_set)))
    print("== dev, sentences with annotator confidence >= 0.7 (combined model)")
    print(format_scores(confident))
    meta["dev_conf_ge_0.7_linear"] = summary(evaluate(lin, dev_set, min_conf=0.7))
    meta["dev_conf_ge_0.7_crf"] = summary(evaluate(crf, dev_set, min_conf=0.7))
    (out_dir / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
