"""Rhetorical role of each sentence of an abstract: background, objective, method, result or other.

A linear-chain CRF (CRFsuite) labels the sentences of one abstract together. Each sentence is
described by sparse features (:func:`sentence_features`): its words and bigrams (lower-cased, numbers
normalised), its first words, cue phrases, position in the abstract and length; the same summary
features of the previous and next sentence are added (:func:`abstract_features`), and the CRF learns
which role follows which. Trained on CSAbstruct (Cohan et al., 2019) by ``scripts/train_roles.py``;
results in ``docs/sentence_roles.md``.

Usage::

    clf = SentenceRoleClassifier.load()          # packaged model, no network
    clf.predict([["Deep learning has ...", "We propose ...", "Results show ..."]])
    # [[("background", 0.93), ("objective", 0.71), ("result", 0.88)]]
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pycrfsuite

ROLES = ("background", "objective", "method", "result", "other")

MODEL_DIR = Path(__file__).parent / "models" / "roles"
MODEL_FILE = "model.crfsuite"

_TOKEN = re.compile(r"[a-z]+(?:[-'][a-z]+)*|\d+(?:[.,]\d+)*|%|©|[^\sa-z\d]")
_NUMBER = re.compile(r"\d")

# Cue phrases matched on the lower-cased sentence text; each fires one ``cue=<name>`` feature.
CUES: dict[str, re.Pattern] = {name: re.compile(pattern) for name, pattern in {
    "we_verb": r"\bwe (?:propose|present|introduce|develop|describe|design|investigate|study|explore|"
               r"address|consider|focus|aim|seek|examine|analy[sz]e)",
    "this_paper": r"\b(?:in )?this (?:paper|work|article|study|thesis|letter|chapter|report)\b",
    "our_goal": r"\b(?:our|the) (?:goal|aim|objective|purpose|contribution)s?\b|\bwe aim\b|\baims? to\b",
    "results_show": r"\b(?:results?|experiments?|evaluations?|simulations?|findings|analysis|studies|tests?)"
                    r" (?:\w+ )?(?:show|demonstrate|indicate|reveal|suggest|confirm|prove)",
    "we_show": r"\bwe (?:show|demonstrate|find|found|observe|prove|report|achieve|obtain)",
    "outperform": r"\boutperform|\bsuperior\b|\bbetter than\b|\bimprove[sd]?\b|\bimprovement|"
                  r"\bstate[- ]of[- ]the[- ]art\b|\bcompetitive\b|\bsignificantly\b|\beffective(?:ness)?\b",
    "percent": r"%|\bper ?cent\b|\bpercentage\b",
    "compare": r"\bcompared (?:to|with)\b|\bin comparison\b|\bthan\b",
    "method_verb": r"\b(?:is|are|was|were) (?:used|applied|employed|adopted|proposed|trained|collected|"
                   r"conducted|performed|computed|based)\b|\bby (?:using|applying|means)\b|\bconsists? of\b",
    "background": r"\b(?:recently|in recent years|has been|have been|widely|increasingly|has become|"
                  r"have become|however|challenge|challenging|important|difficult|problem)\b",
    "future": r"\bfuture (?:work|research|directions?)\b|\blimitations?\b",
    "copyright": r"©|\ball rights reserved\b|\belsevier\b|\bcopyright\b|\bpublished by\b|\bieee\b|\bspringer\b",
    "citation": r"\bet al\b|\[\d+(?:[,–-]\s*\d+)*\]",
    "question": r"\?",
    "we": r"\bwe\b|\bour\b",
}.items()}


def _tokens(text: str) -> list[str]:
    """Lower-cased word tokens; every run of digits becomes ``0`` (``3.5`` → ``0.0``)."""
    return [_NUMBER.sub("0", t) if t[0].isdigit() else t for t in _TOKEN.findall(text.lower())]


def _bucket(value: int, edges: tuple[int, ...]) -> int:
    """Index of the first edge ``value`` is below (``len(edges)`` when above all)."""
    for i, edge in enumerate(edges):
        if value < edge:
            return i
    return len(edges)


def sentence_features(text: str) -> tuple[list[str], list[str]]:
    """Features of one sentence on its own: (lexical features, summary features).

    The lexical ones are its unigrams and bigrams; the summary ones (first words, cues, length) are
    also given to the neighbouring sentences by :func:`abstract_features`.
    """
    tokens = _tokens(text)
    lowered = text.lower()
    words = [t for t in tokens if t[0].isalpha()]
    lexical = [f"w={t}" for t in set(tokens)]
    lexical += [f"b={a}_{b}" for a, b in set(zip(["<s>"] + tokens, tokens + ["</s>"]))]
    summary = [f"len={_bucket(len(tokens), (4, 8, 13, 20, 30, 45))}"]
    if words:
        summary += [f"f1={words[0]}", f"f2={'_'.join(words[:2])}"]
    summary += [f"cue={name}" for name, pattern in CUES.items() if pattern.search(lowered)]
    if any(t[0].isdigit() for t in tokens):
        summary.append("has_num")
    return lexical, summary


def abstract_features(sentences: list[str]) -> list[list[str]]:
    """CRF features of every sentence of one abstract: own features, position, neighbours' summaries."""
    n = len(sentences)
    own = [sentence_features(s) for s in sentences]
    out = []
    for i, (lexical, summary) in enumerate(own):
        feats = ["bias", f"pos={min(i, 6)}", f"rpos={min(n - 1 - i, 6)}",
                 f"rel={int(5 * i / n)}", f"n={_bucket(n, (4, 6, 9, 12))}"]
        feats += lexical + summary
        if i == 0:
            feats.append("first")
        else:
            feats += [f"p:{f}" for f in own[i - 1][1]]
        if i == n - 1:
            feats.append("last")
        else:
            feats += [f"n:{f}" for f in own[i + 1][1]]
        out.append(feats)
    return out


class SentenceRoleClassifier:
    """Labels the sentences of abstracts with one of :data:`ROLES` and a marginal probability."""

    def __init__(self, tagger: pycrfsuite.Tagger, meta: dict | None = None):
        self._tagger = tagger
        self.meta = meta or {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> "SentenceRoleClassifier":
        """Load a model folder (``model.crfsuite`` + ``meta.json``); default: the packaged model."""
        folder = Path(path) if path is not None else MODEL_DIR
        model = folder / MODEL_FILE
        if not model.is_file():
            raise FileNotFoundError(f"no sentence-role model at {model}")
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        meta_file = folder / "meta.json"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
        return cls(tagger, meta)

    def predict(self, abstracts: list[list[str]]) -> list[list[tuple[str, float]]]:
        """For each abstract (a list of sentence strings), ``(role, probability)`` per sentence."""
        out = []
        tagger = self._tagger
        for sentences in abstracts:
            if not sentences:
                out.append([])
                continue
            tagger.set(abstract_features(sentences))
            labels = tagger.tag()
            out.append([(label, tagger.marginal(label, t)) for t, label in enumerate(labels)])
        return out


def read_csabstruct(path: str | Path) -> list[dict]:
    """Read a CSAbstruct ``.jsonl`` split: one abstract per line with ``sentences``, ``labels``, ``confs``."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def role_scores(gold: list[str], pred: list[str]) -> dict:
    """Accuracy, macro-F1 over ``ROLES`` and per-role precision/recall/F1/support of flat label lists."""
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    per_role = {}
    for role in ROLES:
        tp = sum(1 for g, p in zip(gold, pred) if g == role and p == role)
        n_pred = sum(1 for p in pred if p == role)
        n_gold = sum(1 for g in gold if g == role)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_role[role] = {"p": p, "r": r, "f1": f, "support": n_gold}
    accuracy = sum(1 for g, p in zip(gold, pred) if g == p) / len(gold) if gold else 0.0
    macro_f1 = sum(v["f1"] for v in per_role.values()) / len(ROLES)
    return {"accuracy": accuracy, "macro_f1": macro_f1, "per_role": per_role}


def format_scores(scores: dict) -> str:
    """A small plain-text table of :func:`role_scores` output."""
    lines = [f"accuracy {scores['accuracy']:.4f}  macro-F1 {scores['macro_f1']:.4f}",
             f"{'role':<11} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
    for role, v in scores["per_role"].items():
        lines.append(f"{role:<11} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {v['support']:5d}")
    return "\n".join(lines)
