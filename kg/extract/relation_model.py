"""A small relation classifier over pairs of mentions of one sentence.

A multinomial logistic regression (plain numpy) over cheap features of the pair: the two
mentions' types, the words between them, their distance and order, the words around them and
cue words. It is trained on SciERC and SemEval-2018 task 7 (``scripts/train_relations.py``) and predicts, for the
two mentions of a pair in text order, one of ``NONE``, a directed SciERC label
(``USED-FOR>`` means the first mention is the head, ``USED-FOR<`` the second) or an undirected
one (``CONJUNCTION``, ``COMPARE``). :func:`kg.extract.relations.sentence_relations` maps the
labels to the graph's relation types.

The packaged model lives in ``kg/models/relations``: ``features.txt`` (one feature a line,
row order of the weights), ``weights.npz`` (float16 weights and biases) and ``meta.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

SCIERC_LABELS: tuple[str, ...] = ("USED-FOR", "EVALUATE-FOR", "HYPONYM-OF", "PART-OF", "FEATURE-OF", "COMPARE",
                                  "CONJUNCTION")
SYMMETRIC = {"COMPARE", "CONJUNCTION"}
NONE = "NONE"

# SciERC entity types and the project's, as the classifier sees them.
TYPE_CLASS = {
    "Method": "SYS", "Model": "SYS", "Task": "Task", "Metric": "Metric", "Dataset": "Data", "Material": "Data",
    "OtherScientificTerm": "Other", "Generic": "Generic",
}

_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*|\d+(?:\.\d+)?|[^\sA-Za-z\d]")
_CUES = {
    "such_as": re.compile(r"\b(such as|including|e\.g\.|like|for example|namely|i\.e\.)\b"),
    "for": re.compile(r"\b(for|to)\b"),
    "use": re.compile(r"\b(us\w*|appl\w*|bas\w* on|with|via|through|employ\w*|leverag\w*|by)\b"),
    "compare": re.compile(r"\b(than|compar\w*|outperform\w*|over|versus|vs|against|better|superior|baseline\w*)\b"),
    "eval": re.compile(r"\b(evaluat\w*|on|benchmark\w*|experiments?|measur\w*|in terms of|test\w*)\b"),
    "part": re.compile(r"\b(of|in|within|component|consist\w*|compris\w*|contain\w*|incorporat\w*)\b"),
    "conj": re.compile(r"^\s*(,|and|or|as well as|,\s*and)\s*$"),
    "isa": re.compile(r"^\s*(,|\()?\s*(a|an|the)?\s*$|\b(is an?|are|as an?|kind of|type of|class of)\b"),
}


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-5" if n < 6 else "6-8" if n < 9 else "9+"


def pair_features(text: str, first: tuple[int, int, str], second: tuple[int, int, str],
                  between_mentions: int) -> list[str]:
    """Features of a pair of mentions ``(start, end, type)`` of one sentence, ``first`` before ``second``."""
    ta, tb = TYPE_CLASS.get(first[2], "Other"), TYPE_CLASS.get(second[2], "Other")
    tp = f"{ta}|{tb}"
    feats = [f"tp={tp}", f"ta={ta}", f"tb={tb}"]
    a_words, b_words = words(text[first[0] : first[1]]), words(text[second[0] : second[1]])
    if first[1] > second[0]:
        feats.append(f"nested|{tp}")
        between_text, between = "", []
    else:
        between_text = text[first[1] : second[0]].lower()
        between = words(between_text)
    n = len(between)
    feats.append(f"nb={_bucket(n)}")
    feats.append(f"tp+nb={tp}|{_bucket(n)}")
    feats.append(f"nm={min(between_mentions, 2)}")
    if n <= 4:
        joined = " ".join(between)
        feats.append(f"bs={joined}")
        feats.append(f"tp+bs={tp}|{joined}")
    kept = between if n <= 10 else between[:4] + between[-4:]
    feats.extend(f"bw={w}" for w in kept)
    feats.extend(f"bb={x}_{y}" for x, y in zip(kept, kept[1:]))
    if between:
        feats += [f"b1={between[0]}", f"bl={between[-1]}", f"tp+b1={tp}|{between[0]}", f"tp+bl={tp}|{between[-1]}"]
    before = words(text[max(0, first[0] - 30) : first[0]])[-2:]
    after = words(text[second[1] : second[1] + 30])[:2]
    feats += [f"pre={w}" for w in before[-1:]] + [f"pre2={'_'.join(before)}"]
    feats += [f"post={w}" for w in after[:1]] + [f"post2={'_'.join(after)}"]
    if a_words:
        feats += [f"ha={a_words[-1]}", f"fa={a_words[0]}"]
    if b_words:
        feats += [f"hb={b_words[-1]}", f"fb={b_words[0]}"]
    for name, cue in _CUES.items():
        if cue.search(between_text):
            feats += [f"cue={name}", f"tp+cue={tp}|{name}"]
    return feats


@dataclass
class RelationModel:
    """Weights of the classifier: ``features`` (name → row), ``weights`` (features × labels), ``bias``."""

    labels: list[str]
    features: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray
    meta: dict

    def scores(self, feature_lists: list[list[str]]) -> np.ndarray:
        """Label probabilities for each pair: an array of shape (pairs, labels)."""
        out = np.tile(self.bias, (len(feature_lists), 1))
        for row, feats in enumerate(feature_lists):
            index = [self.features[f] for f in feats if f in self.features]
            if index:
                out[row] += self.weights[index].sum(axis=0)
        out -= out.max(axis=1, keepdims=True)
        np.exp(out, out=out)
        out /= out.sum(axis=1, keepdims=True)
        return out

    def predict(self, feature_lists: list[list[str]], threshold: float | None = None) -> list[tuple[str, float]]:
        """The best label other than NONE and its probability, or NONE, for each pair.

        A relation label is kept when its probability reaches ``threshold`` (the model's tuned
        one by default) even where NONE is likelier.
        """
        if not feature_lists:
            return []
        threshold = self.meta.get("threshold", 0.5) if threshold is None else threshold
        probs = self.scores(feature_lists)
        none = self.labels.index(NONE)
        probs_rel = probs.copy()
        probs_rel[:, none] = -1
        best = probs_rel.argmax(axis=1)
        return [(self.labels[b], float(p[b])) if p[b] >= threshold else (NONE, float(p[none]))
                for b, p in zip(best, probs)]

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        names = sorted(self.features, key=self.features.get)
        (directory / "features.txt").write_text("\n".join(names) + "\n", encoding="utf-8")
        np.savez_compressed(directory / "weights.npz", weights=self.weights.astype(np.float16),
                            bias=self.bias.astype(np.float32))
        meta = {**self.meta, "labels": self.labels}
        (directory / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, directory: Path | str | None = None) -> RelationModel:
        directory = Path(directory) if directory is not None else packaged_model_dir()
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        names = (directory / "features.txt").read_text(encoding="utf-8").splitlines()
        arrays = np.load(directory / "weights.npz")
        return cls(meta.pop("labels"), {name: i for i, name in enumerate(names)},
                   arrays["weights"].astype(np.float32), arrays["bias"].astype(np.float32), meta)


def packaged_model_dir() -> Path:
    return Path(str(resources.files("kg").joinpath("models/relations")))


@lru_cache(maxsize=1)
def packaged_model() -> RelationModel | None:
    """The shipped classifier, or None where this install has none (then only rules run)."""
    directory = packaged_model_dir()
    if not (directory / "meta.json").exists():
        return None
    return RelationModel.load(directory)
