"""Relation data and scoring: SciERC and SemEval-2018 task 7 pairs of mentions as classifier examples,
and P/R/F1 of predicted relations against gold (per SciERC type and per graph relation type).

``scripts/train_relations.py`` trains the classifier with them; the tests score the packaged model.
"""


from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

from kg.extract.relation_model import (
    NONE, SCIERC_LABELS, SYMMETRIC, RelationModel, pair_features)
from kg.extract.relations import mapped
from kg.records import Mention

PROJECT_TYPES = {"Method", "Task", "Metric", "Material"}
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


SENTENCE_END = re.compile(r"[.?!]\s")
SEMEVAL_DEV_SHARE = 5  # every 5th abstract of SemEval-2018 1.1 (in file order) is held out as a second dev set


def semeval_split(directory: Path, typed: bool = False) -> tuple[dict, dict]:
    """SemEval-2018 task 7 1.1 abstracts as (train, dev) dicts: every SEMEVAL_DEV_SHARE-th is dev."""
    abstracts = semeval_abstracts(directory / "1.1.text.xml")
    if typed:
        abstracts = recognised_types(abstracts)
    ids = list(abstracts)
    dev = {k: abstracts[k] for i, k in enumerate(ids) if i % SEMEVAL_DEV_SHARE == SEMEVAL_DEV_SHARE - 1}
    return {k: v for k, v in abstracts.items() if k not in dev}, dev


def semeval_examples(directory: Path, abstracts: dict, none_share: float | None = 0.0,
                     typed: bool = False, seed: int = 0) -> list:
    """(features, label, (abstract id, first, second)) for each related pair of ``abstracts`` (SemEval-2018
    task 7 1.1, labels with a SciERC counterpart), and ``none_share`` unrelated pairs per related one
    as NONE: pairs of entities at most three apart in one sentence (all of them when ``None``).
    Without ``typed`` the type features are left out (SemEval entities carry no types)."""
    keep = (lambda f: True) if typed else (lambda f: not f.startswith(TYPE_FEATURES))  # noqa: E731
    out, related = [], set()
    for line in (directory / "1.1.relations.txt").read_text(encoding="utf-8").split():
        name, args = line.rstrip(")").split("(")
        ids = args.split(",")
        abstract = ids[0].rsplit(".", 1)[0]
        if name not in SEMEVAL_LABELS or abstract not in abstracts:
            continue
        text, entities = abstracts[abstract]
        head, tail = entities[ids[0]], entities[ids[1]]
        if len(ids) > 2 and ids[2] == "REVERSE":
            head, tail = tail, head
        label = SEMEVAL_LABELS[name]
        first, second = sorted((head, tail))
        if label not in SYMMETRIC:
            label += ">" if first == head else "<"
        inside = sum(1 for m in entities.values() if m[0] >= first[1] and m[1] <= second[0])
        feats = [f for f in pair_features(text, first, second, inside) if keep(f)]
        out.append((feats, label, (abstract, first, second)))
        related.add((abstract, first[:2], second[:2]))
    candidates = []
    for abstract, (text, entities) in abstracts.items():
        spans = sorted(entities.values())
        for x, first in enumerate(spans):
            for y, second in enumerate(spans[x + 1 : x + 4], x + 1):
                if (abstract, first[:2], second[:2]) in related or SENTENCE_END.search(text, first[1], second[0]):
                    continue
                feats = pair_features(text, first, second, y - x - 1)
                candidates.append(([f for f in feats if keep(f)], NONE, (abstract, first, second)))
    if none_share is None:
        return out + candidates
    n = min(int(none_share * len(out)), len(candidates))
    if n:
        rng = np.random.default_rng(seed)
        out += [candidates[i] for i in sorted(rng.choice(len(candidates), n, replace=False))]
    return out


def labelled_relations(data) -> set:
    """The gold relations of examples, as :func:`predicted_relations` gives predicted ones."""
    gold = set()
    for _, label, (sid, first, second) in data:
        if label != NONE:
            head, tail = (second, first) if label.endswith("<") else (first, second)
            gold.add((sid, head, tail, label.rstrip("<>")))
    return gold


def semeval_scores(model: RelationModel, data, threshold: float) -> dict:
    """P/R/F1 on SemEval examples over the labels SemEval annotates (other predicted labels are ignored)."""
    shared = set(SEMEVAL_LABELS.values())
    pred = {r for r in predicted_relations(model, data, threshold) if r[3] in shared}
    table = scores(pred, labelled_relations(data))
    return {name: row for name, row in table.items() if name in shared or name == "micro"}


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
