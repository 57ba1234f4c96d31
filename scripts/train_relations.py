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
import json
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]

from kg.extract.relation_model import (
    NONE, SCIERC_LABELS, SYMMETRIC, RelationModel, packaged_model_dir, pair_features)
from kg.extract.relations import mapped
from kg.records import Mention

DATA = ROOT.parent / "shared" / "data" / "scierc"
PROJECT_TYPES = {"Method", "Task", "Metric", "Material"}
GRAPH_PRECISION = 0.65
AS_PROJECT = {"Method": "Method", "Task": "Task", "Metric": "Metric", "Material": "Dataset"}


def read_pairs(path: Path) -> list[dict]:
    """One dict per sentence: its text, mentions (char spans, types) and gold relations."""
    sentences = []
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        offset = 0
        for tokens, ner, rels in zip(doc["sentences"], doc["ner"], doc["relations"]):
            starts, pos = [], 0
            for tok in tokens:
                starts.append(pos)
                pos += len(tok) + 1
            text = " ".join(tokens)

            def span(s, e):
                return starts[s - offset], starts[e - offset] + len(tokens[e - offset])

            mentions = sorted({(*span(s, e), label) for s, e, label in ner})
            gold = set()
            for s1, e1, s2, e2, label in rels:
                a, b = span(s1, e1), span(s2, e2)
                if label in SYMMETRIC and b < a:
                    a, b = b, a
                gold.add((a, b, label))
            sentences.append({"text": text, "mentions": mentions, "gold": gold})
            offset += len(tokens)
    return sentences


def examples(sentences: list[dict]):
    """(features, label, pair) for every pair of mentions of every sentence."""
    out = []
    for sid, sent in enumerate(sentences):
        mentions = sent["mentions"]
        gold = {}
        for a, b, label in sent["gold"]:
            gold[(a, b)] = label
        for x in range(len(mentions)):
            for y in range(x + 1, len(mentions)):
                first, second = mentions[x], mentions[y]
                a, b = first[:2], second[:2]
                if a == b:
                    continue
                inside = sum(1 for m in mentions if m[0] >= first[1] and m[1] <= second[0])
                label = NONE
                if (a, b) in gold:
                    label = gold[(a, b)] if gold[(a, b)] in SYMMETRIC else gold[(a, b)] + ">"
                elif (b, a) in gold:
                    label = gold[(b, a)] if gold[(b, a)] in SYMMETRIC else gold[(b, a)] + "<"
                out.append((pair_features(sent["text"], first, second, inside), label, (sid, first, second)))
    return out


# SemEval-2018 task 7 labels as SciERC labels; RESULT and TOPIC have no SciERC counterpart.
SEMEVAL_LABELS = {"USAGE": "USED-FOR", "PART_WHOLE": "PART-OF", "MODEL-FEATURE": "FEATURE-OF", "COMPARE": "COMPARE"}
TYPE_FEATURES = ("tp", "ta=", "tb=", "nested|")


def semeval_abstracts(xml_path: Path) -> dict[str, tuple[str, dict[str, tuple[int, int, str]]]]:
    """Per abstract id: its title and abstract text and its entities (id → (start, end, "")) as char spans."""
    out = {}
    for node in ET.parse(xml_path).getroot().iter("text"):
        parts: list[str] = []
        entities: dict[str, tuple[int, int, str]] = {}

        def walk(element: ET.Element) -> None:
            start = sum(map(len, parts))
            parts.append(element.text or "")
            for child in element:
                walk(child)
                parts.append(child.tail or "")
            if element.tag == "entity":
                entities[element.get("id")] = (start, sum(map(len, parts)), "")

        walk(node)
        out[node.get("id")] = ("".join(parts), entities)
    return out


def recognised_types(abstracts: dict) -> dict:
    """The abstracts with each entity typed by the project's recogniser: the type of the
    recognised mention sharing its end (else overlapping it most), or OtherScientificTerm."""
    from kg.extract import Extractor

    keys = list(abstracts)
    found = Extractor(roles=False).predict_entities([abstracts[k][0] for k in keys], layer="mentions")
    typed = {}
    for k, spans in zip(keys, found):
        text, entities = abstracts[k]
        out = {}
        for eid, (start, end, _) in entities.items():
            best = max(((e == end, min(e, end) - max(s, start), kind) for s, e, kind, _ in spans
                        if min(e, end) > max(s, start)), default=None)
            out[eid] = (start, end, best[2] if best else "OtherScientificTerm")
        typed[k] = (text, out)
    return typed


def semeval_examples(directory: Path, none_share: float = 0.0, typed: bool = False, seed: int = 0) -> list:
    """(features, label, pair) for each related pair of SemEval-2018 task 7 1.1 with a SciERC counterpart."""
    abstracts = semeval_abstracts(directory / "1.1.text.xml")
    if typed:
        abstracts = recognised_types(abstracts)
    keep = (lambda f: True) if typed else (lambda f: not f.startswith(TYPE_FEATURES))  # noqa: E731
    out, related = [], set()
    for line in (directory / "1.1.relations.txt").read_text(encoding="utf-8").split():
        name, args = line.rstrip(")").split("(")
        ids = args.split(",")
        if name not in SEMEVAL_LABELS:
            continue
        text, entities = abstracts[ids[0].rsplit(".", 1)[0]]
        head, tail = entities[ids[0]], entities[ids[1]]
        if len(ids) > 2 and ids[2] == "REVERSE":
            head, tail = tail, head
        label = SEMEVAL_LABELS[name]
        first, second = sorted((head, tail))
        if label not in SYMMETRIC:
            label += ">" if first == head else "<"
        inside = sum(1 for m in entities.values() if m[0] >= first[1] and m[1] <= second[0])
        feats = [f for f in pair_features(text, first, second, inside) if keep(f)]
        out.append((feats, label, (None, first, second)))
        related.add((id(text), first, second))
    # unrelated pairs of nearby entities in one sentence (no full stop between) as NONE
    rng = np.random.default_rng(seed)
    candidates = []
    for text, entities in abstracts.values():
        spans = sorted(entities.values())
        for x, first in enumerate(spans):
            for y, second in enumerate(spans[x + 1 : x + 4], x + 1):
                if (id(text), first, second) in related or ". " in text[first[1] : second[0]]:
                    continue
                feats = pair_features(text, first, second, y - x - 1)
                candidates.append(([f for f in feats if keep(f)], NONE, (None, first, second)))
    n = int(none_share * len(out))
    if n:
        out += [candidates[i] for i in sorted(rng.choice(len(candidates), min(n, len(candidates)), replace=False))]
    return out


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


def predicted_relations(model: RelationModel, data, threshold: float) -> set:
    found = set()
    for (feats, _, (sid, first, second)), (label, _) in zip(data, model.predict([d[0] for d in data], threshold)):
        if label == NONE:
            continue
        name = label.rstrip("<>")
        head, tail = (second, first) if label.endswith("<") else (first, second)
        found.add((sid, head, tail, name))
    return found


def gold_relations(sentences) -> set:
    gold = set()
    for sid, sent in enumerate(sentences):
        spans = {m[:2]: m for m in sent["mentions"]}
        for a, b, label in sent["gold"]:
            if a in spans and b in spans:
                gold.add((sid, spans[a], spans[b], label))
    return gold


def key(rel):
    sid, head, tail, label = rel
    if label in SYMMETRIC:
        head, tail = min(head, tail), max(head, tail)
    return sid, head[:2], tail[:2], label


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scores(pred: set, gold: set, restrict=None) -> dict:
    if restrict is not None:
        pred, gold = {x for x in pred if restrict(x)}, {x for x in gold if restrict(x)}
    pk, gk = {key(x) for x in pred}, {key(x) for x in gold}
    table = {}
    for label in SCIERC_LABELS:
        p = {x for x in pk if x[3] == label}
        g = {x for x in gk if x[3] == label}
        table[label] = (*prf(len(p & g), len(p), len(g)), len(g))
    table["micro"] = (*prf(len(pk & gk), len(pk), len(gk)), len(gk))
    return table


def project_scores(pred: set, gold: set, sentences) -> dict:
    """P/R/F1 per graph relation type, mapping gold and predicted SciERC relations alike."""
    def graph_edges(rels):
        out = set()
        for sid, head, tail, label in rels:
            if head[2] not in AS_PROJECT or tail[2] not in AS_PROJECT:
                continue
            h = Mention(head[0], head[1], "", AS_PROJECT[head[2]], "abstract", 1.0, "")
            t = Mention(tail[0], tail[1], "", AS_PROJECT[tail[2]], "abstract", 1.0, "")
            result = mapped(label, h, t)
            if result is None:
                continue
            kind, swap = result
            a, b = (tail, head) if swap else (head, tail)
            if kind == "comparedWith":
                a, b = min(a, b), max(a, b)
            out.add((sid, a[:2], b[:2], kind))
        return out

    pe, ge = graph_edges(pred), graph_edges(gold)
    table = {}
    for kind in sorted({x[3] for x in ge | pe}):
        p = {x for x in pe if x[3] == kind}
        g = {x for x in ge if x[3] == kind}
        table[kind] = (*prf(len(p & g), len(p), len(g)), len(g))
    table["micro"] = (*prf(len(pe & ge), len(pe), len(ge)), len(ge))
    return table


def show(title: str, table: dict) -> str:
    lines = [f"{title}", f"  {'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}"]
    for name, (p, r, f, n) in table.items():
        lines.append(f"  {name:<14}{p:7.3f}{r:7.3f}{f:7.3f}{n:7d}")
    return "\n".join(lines)


def report(model: RelationModel, dev_sents, dev_data, threshold: float) -> str:
    pred = predicted_relations(model, dev_data, threshold)
    gold = gold_relations(dev_sents)
    project = lambda x: x[1][2] in PROJECT_TYPES and x[2][2] in PROJECT_TYPES  # noqa: E731
    return "\n\n".join([
        show("SciERC dev, all gold mentions (exact boundaries)", scores(pred, gold)),
        show("SciERC dev, pairs of Method/Task/Metric/Material mentions", scores(pred, gold, project)),
        show("SciERC dev, mapped to graph relation types (Material as Dataset)", project_scores(pred, gold, dev_sents)),
    ])


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
