"""Train the relation classifier on SciERC and report dev P/R/F1 with gold entity boundaries.

    .venv/bin/python scripts/train_relations.py              # train, select on dev, save to kg/models/relations
    .venv/bin/python scripts/train_relations.py --eval-only  # evaluate the packaged model on dev
    .venv/bin/python scripts/train_relations.py --semeval ../shared/data/semeval2018-task7  # add SemEval-2018

Every pair of gold mentions of a sentence (in text order) is one example, labelled NONE, a
directed SciERC label (``USED-FOR>``: the first mention is the head; ``USED-FOR<``: the second)
or an undirected one (COMPARE, CONJUNCTION). The model is a multinomial logistic regression
written with numpy (full-batch Adam, L2), selected on dev over the L2 strength and the
threshold above which a relation label beats NONE.

Evaluation (dev): a predicted relation is right when its two mention spans (exact token
boundaries), its label and, for directed labels, its direction match a gold relation
(COMPARE and CONJUNCTION are matched in either order). Reported per SciERC type, micro over
all, and over pairs whose two mentions have types the project extracts (Method, Task, Metric,
Material); also per graph relation type after :func:`kg.extract.relations.mapped`.

With ``--semeval`` the related pairs of SemEval-2018 task 7 (the hand-annotated ``1.1``
abstracts) are added to the training examples, as positives only (SemEval leaves unrelated
pairs unmarked, so none are NONE examples) and without the type features (SemEval entities
carry no types). Selection and evaluation stay on SciERC dev.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]

from kg.evaluate.relations import (
    examples, gold_relations, predicted_relations, project_scores, read_pairs, report, scores, semeval_examples)
from kg.extract.relation_model import RelationModel, packaged_model_dir

DATA = ROOT.parent / "shared" / "data" / "scierc"
GRAPH_PRECISION = 0.65


def train(data, labels: list[str], l2: float, epochs: int = 150, min_count: int = 2, seed: int = 0):
    counts = Counter(f for feats, _, _ in data for f in set(feats))
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    rows, cols = [], []
    for r, (feats, _, _) in enumerate(data):
        for f in set(feats):
            if f in vocab:
                rows.append(r)
                cols.append(vocab[f])
    rows, cols = np.array(rows), np.array(cols)
    y = np.array([labels.index(label) for _, label, _ in data])
    n, k, d = len(data), len(labels), len(vocab)
    Y = np.zeros((n, k), dtype=np.float32)
    Y[np.arange(n), y] = 1
    rng = np.random.default_rng(seed)
    W = (rng.standard_normal((d, k)) * 0.01).astype(np.float32)
    b = np.zeros(k, dtype=np.float32)
    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        S = np.zeros((n, k), dtype=np.float32)
        np.add.at(S, rows, W[cols])
        S += b
        S -= S.max(axis=1, keepdims=True)
        P = np.exp(S)
        P /= P.sum(axis=1, keepdims=True)
        G = (P - Y) / n
        gW = np.zeros_like(W)
        np.add.at(gW, cols, G[rows])
        gW += l2 * W
        gb = G.sum(axis=0)
        for param, grad, m, v in ((W, gW, mW, vW), (b, gb, mb, vb)):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            param -= lr * (m / (1 - beta1 ** step)) / (np.sqrt(v / (1 - beta2 ** step)) + eps)
    return RelationModel(labels, vocab, W, b, {})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=packaged_model_dir())
    parser.add_argument("--eval-only", action="store_true")
    parser.add_argument("--epochs", type=int, default=150)
    parser.add_argument("--semeval", type=Path, help="also train on SemEval-2018 task 7 (folder of 1.1.*)")
    parser.add_argument("--semeval-none", type=float, default=0.0,
                        help="with --semeval, add this many unrelated same-sentence pairs per related one as NONE")
    parser.add_argument("--semeval-typed", action="store_true",
                        help="with --semeval, type its entities with the project recogniser (else no type features)")
    args = parser.parse_args()
    train_sents, dev_sents = read_pairs(args.data / "train.json"), read_pairs(args.data / "dev.json")
    dev_data = examples(dev_sents)
    if args.eval_only:
        model = RelationModel.load(args.out)
        for name in ("threshold", "graph_threshold"):
            print(f"== {name} {model.meta[name]}\n")
            print(report(model, dev_sents, dev_data, model.meta[name]) + "\n")
        return
    train_data = examples(train_sents)
    if args.semeval:
        extra = semeval_examples(args.semeval, args.semeval_none, args.semeval_typed)
        print(f"{len(extra)} SemEval-2018 pairs: {dict(Counter(label for _, label, _ in extra))}", flush=True)
        train_data += extra
    labels = sorted({label for _, label, _ in train_data})
    print(f"{len(train_data)} train pairs, {len(dev_data)} dev pairs, labels: {labels}", flush=True)
    gold = gold_relations(dev_sents)
    best = None
    for l2 in (1e-4, 3e-4, 1e-3):
        started = time.time()
        model = train(train_data, labels, l2, args.epochs)
        for threshold in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
            f1 = scores(predicted_relations(model, dev_data, threshold), gold)["micro"][2]
            print(f"l2={l2:g} threshold={threshold}: dev micro F1 {f1:.3f}  ({time.time() - started:.0f}s)", flush=True)
            if best is None or f1 > best[0]:
                best = (f1, l2, threshold, model)
    f1, l2, threshold, model = best
    model.meta = {"threshold": threshold, "l2": l2, "epochs": args.epochs, "dev_micro_f1": round(f1, 4),
                  "trained_on": "SciERC train (350 abstracts)"
                  + (" + SemEval-2018 task 7 1.1 related pairs (350 abstracts)" if args.semeval else "")
                  + ", selected on SciERC dev (50)",
                  "features": len(model.features)}
    # drop features whose weights all round to zero, to keep the packaged model small
    keep = np.abs(model.weights).max(axis=1) >= 1e-3
    names = sorted(model.features, key=model.features.get)
    model.features = {name: i for i, name in enumerate(n for n, k in zip(names, keep) if k)}
    model.weights = model.weights[keep]
    model.meta["features"] = len(model.features)
    # the graph keeps fewer, surer relations: the lowest threshold whose dev precision over the
    # graph relation types reaches GRAPH_PRECISION
    for graph_threshold in (0.2, 0.3, 0.4, 0.5, 0.6):
        pred = predicted_relations(model, dev_data, graph_threshold)
        if project_scores(pred, gold, dev_sents)["micro"][0] >= GRAPH_PRECISION:
            break
    model.meta["graph_threshold"] = graph_threshold
    model.save(args.out)
    print(f"\nsaved {args.out} (l2={l2:g}, threshold={threshold}, {len(model.features)} features)\n")
    print(report(RelationModel.load(args.out), dev_sents, dev_data, threshold))


if __name__ == "__main__":
    main()
