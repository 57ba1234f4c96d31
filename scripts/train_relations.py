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

With ``--semeval DIR`` SemEval-2018 task 7 (the hand-annotated ``1.1`` abstracts) joins in: every
5th abstract is a second dev set (its labels USED-FOR, PART-OF, FEATURE-OF and COMPARE scored over
all pairs of entities at most three apart in a sentence, typed by the project recogniser), the rest
are training examples: related pairs, ``--semeval-none`` unrelated pairs per related one as NONE,
each weighted by ``--semeval-weight`` (several values: each is tried); ``--semeval-weight 0`` trains
on SciERC alone and still reports the SemEval dev scores. The model kept is the one with the best
mean of SciERC dev micro F1 over graph relation types and SemEval dev micro F1.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]

from kg.evaluate.relations import (
    examples, gold_relations, predicted_relations, project_scores, read_pairs, report, scores, semeval_examples,
    semeval_scores, semeval_split, show)
from kg.extract.relation_model import RelationModel, packaged_model_dir

DATA = ROOT.parent / "shared" / "data" / "scierc"
GRAPH_THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def train(data, labels: list[str], l2: float, epochs: int = 150, min_count: int = 2, seed: int = 0,
          weights: np.ndarray | None = None):
    """Multinomial logistic regression on sparse binary features; ``weights`` weigh the examples."""
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
    w = np.ones(n, dtype=np.float32) if weights is None else np.asarray(weights, dtype=np.float32)
    w = (w / w.sum())[:, None]
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
        G = (P - Y) * w
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


def f_beta(p: float, r: float, beta: float = 0.5) -> float:
    return (1 + beta * beta) * p * r / (beta * beta * p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=packaged_model_dir())
    parser.add_argument("--eval-only", action="store_true")
    parser.add_argument("--epochs", type=int, default=150)
    parser.add_argument("--semeval", type=Path, help="also train on SemEval-2018 task 7 (folder of 1.1.*)")
    parser.add_argument("--semeval-weight", type=float, nargs="+", default=[1.0],
                        help="with --semeval, weight of its training examples (each value given is tried)")
    parser.add_argument("--semeval-none", type=float, default=0.0,
                        help="with --semeval, add this many unrelated same-sentence pairs per related one as NONE")
    parser.add_argument("--semeval-typed", action="store_true",
                        help="with --semeval, type its entities with the project recogniser (else no type features)")
    args = parser.parse_args()
    train_sents, dev_sents = read_pairs(args.data / "train.json"), read_pairs(args.data / "dev.json")
    dev_data = examples(dev_sents)
    if args.eval_only:
        model = RelationModel.load(args.out)
        semeval_dev = semeval_examples(args.semeval, semeval_split(args.semeval, typed=True)[1], None, typed=True) \
            if args.semeval else []
        for name in ("threshold", "graph_threshold"):
            print(f"== {name} {model.meta[name]}\n")
            print(report(model, dev_sents, dev_data, model.meta[name]) + "\n")
            if semeval_dev:
                print(show("SemEval-2018 1.1 dev", semeval_scores(model, semeval_dev, model.meta[name])) + "\n")
        return
    train_data = examples(train_sents)
    extra, semeval_dev, weights = [], [], [0.0]
    if args.semeval:
        # typed by the recogniser for the dev set; untyped training examples drop the type features
        semeval_train, semeval_held = semeval_split(args.semeval, typed=True)
        extra = semeval_examples(args.semeval, semeval_train, args.semeval_none, args.semeval_typed)
        semeval_dev = semeval_examples(args.semeval, semeval_held, None, typed=True)
        weights = args.semeval_weight
        print(f"SemEval-2018: {len(semeval_train)} train abstracts ({len(extra)} pairs: "
              f"{dict(Counter(label for _, label, _ in extra))}), {len(semeval_held)} dev abstracts "
              f"({len(semeval_dev)} pairs)", flush=True)
    labels = sorted({label for _, label, _ in train_data + extra})
    print(f"{len(train_data)} SciERC train pairs, {len(dev_data)} dev pairs, labels: {labels}", flush=True)
    gold = gold_relations(dev_sents)
    best = None
    for weight in weights:
        data = train_data + (extra if weight else [])
        sample_weights = np.array([1.0] * len(train_data) + ([weight] * len(extra) if weight else []))
        for l2 in (1e-4, 3e-4, 1e-3):
            started = time.time()
            model = train(data, labels, l2, args.epochs, weights=sample_weights)
            for threshold in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
                pred = predicted_relations(model, dev_data, threshold)
                micro = scores(pred, gold)["micro"][2]
                graph = project_scores(pred, gold, dev_sents)["micro"][2]
                semeval = semeval_scores(model, semeval_dev, threshold)["micro"][2] if semeval_dev else None
                chosen = micro if semeval is None else (graph + semeval) / 2
                print(f"semeval weight={weight:g} l2={l2:g} threshold={threshold}: SciERC dev micro F1 {micro:.3f}, "
                      f"graph types {graph:.3f}" + ("" if semeval is None else f", SemEval dev {semeval:.3f}")
                      + f"  ({time.time() - started:.0f}s)", flush=True)
                if best is None or chosen > best[0]:
                    best = (chosen, l2, threshold, model, weight)
    _, l2, threshold, model, weight = best
    f1 = scores(predicted_relations(model, dev_data, threshold), gold)["micro"][2]
    model.meta = {"threshold": threshold, "l2": l2, "epochs": args.epochs, "dev_micro_f1": round(f1, 4),
                  "trained_on": "SciERC train (350 abstracts)"
                  + (f" + SemEval-2018 task 7 1.1 ({len(extra)} pairs of 280 abstracts, weight {weight:g})"
                     if weight else "")
                  + ", selected on SciERC dev (50)" + (" and SemEval-2018 1.1 dev (70)" if semeval_dev else ""),
                  "features": len(model.features)}
    # drop features whose weights all round to zero, to keep the packaged model small
    keep = np.abs(model.weights).max(axis=1) >= 1e-3
    names = sorted(model.features, key=model.features.get)
    model.features = {name: i for i, name in enumerate(n for n, k in zip(names, keep) if k)}
    model.weights = model.weights[keep]
    model.meta["features"] = len(model.features)
    # the graph keeps fewer, surer relations: the threshold with the best F0.5 (precision weighs
    # twice recall) over graph relation types on SciERC dev, averaged with SemEval dev's F0.5 when given
    def graph_score(threshold: float) -> float:
        p, r, _, _ = project_scores(predicted_relations(model, dev_data, threshold), gold, dev_sents)["micro"]
        values = [f_beta(p, r)]
        if semeval_dev:
            p, r, _, _ = semeval_scores(model, semeval_dev, threshold)["micro"]
            values.append(f_beta(p, r))
        return sum(values) / len(values)

    graph_threshold = max(GRAPH_THRESHOLDS, key=lambda t: (graph_score(t), t))
    model.meta["graph_threshold"] = graph_threshold
    model.save(args.out)
    print(f"\nsaved {args.out} (l2={l2:g}, threshold={threshold}, {len(model.features)} features)\n")
    saved = RelationModel.load(args.out)
    print(report(saved, dev_sents, dev_data, threshold))
    if semeval_dev:
        for name in ("threshold", "graph_threshold"):
            print("\n" + show(f"SemEval-2018 1.1 dev ({name} {saved.meta[name]})",
                              semeval_scores(saved, semeval_dev, saved.meta[name])))


if __name__ == "__main__":
    main()
