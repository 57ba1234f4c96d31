"""Rhetorical role of each sentence of an abstract: background, objective, method, result or other.

Each sentence is described by sparse features (:func:`sentence_features`): its words and bigrams
(lower-cased, numbers normalised), its first words, cue phrases, length and number of "-ed" words;
:func:`abstract_features` adds its position in the abstract and the summary features of the previous
and next sentence.
Two models are stacked:

* a multinomial logistic regression (:class:`LinearRoleModel`) reads those features and gives each
  sentence role probabilities; it was trained with each sentence weighted by its annotators'
  agreement (squared), so the many doubtful CSAbstruct labels count less;
* a linear-chain CRF (CRFsuite) labels the abstract as a whole from those probabilities (the
  sentence's own, those of its neighbours up to two away, and products of adjacent sentences') and
  the sentence's position (:func:`sequence_features`), learning which role follows which; its
  marginal probabilities are the output.

Trained on CSAbstruct (Cohan et al., 2019) by ``scripts/train_roles.py``; results in
``docs/sentence_roles.md``.

Usage::

    clf = SentenceRoleClassifier.load()          # packaged model, no network
    clf.predict([["Deep learning has transformed natural language processing.",
                  "We propose a distillation method for compressing language models.",
                  "We show that our method outperforms the strongest baseline by 5%."]])
    # [[("background", 0.80), ("method", 0.57), ("result", 0.55)]]
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pycrfsuite

from kg.schema import SENTENCE_ROLES

ROLES = SENTENCE_ROLES

MODEL_DIR = Path(__file__).parents[1] / "models" / "roles"
MODEL_FILE = "model.crfsuite"
LINEAR_FEATURES_FILE = "linear_features.txt"
LINEAR_WEIGHTS_FILE = "linear_weights.npz"

_TOKEN = re.compile(r"[a-z]+(?:[-'][a-z]+)*|\d+(?:[.,]\d+)*|%|©|[^\sa-z\d]")
_NUMBER = re.compile(r"\d")

# Cue phrases matched on the lower-cased sentence text; each fires one ``cue=<name>`` feature.
CUES: dict[str, re.Pattern] = {name: re.compile(pattern) for name, pattern in {
    "we_verb": r"\bwe (?:propose|present|introduce|develop|describe|design|investigate|study|explore|"
               r"address|consider|focus|aim|seek|examine|analy[sz]e)",
    "this_paper": r"\bthis (?:paper|work|article|study|thesis|letter|chapter|report)\b",
    "our_goal": r"\b(?:our|the) (?:goal|aim|objective|purpose|contribution)s?\b|\bwe aim\b|\baims? to\b",
    "results_show": r"\b(?:results?|experiments?|evaluations?|simulations?|findings|analysis|studies|tests?)"
                    r" (?:\w+ )?(?:show|demonstrate|indicate|reveal|suggest|confirm|prove)",
    "we_show": r"\bwe (?:show|demonstrate|find|found|observe|prove|report|achieve|obtain)",
    "outperform": r"\boutperform|\bsuperior\b|\bbetter than\b|\bimprove[sd]?\b|\bimprovement|"
                  r"\bstate[- ]of[- ]the[- ]art\b|\bcompetitive\b|\bsignificantly\b|\beffective(?:ness)?\b",
    "percent": r"%|\bper(?: ?cent\b|centage\b)",
    "compare": r"\bcompared (?:to|with)\b|\bin comparison\b|\bthan\b",
    "method_verb": r"\b(?:is|are|was|were) (?:used|applied|employed|adopted|proposed|trained|collected|"
                   r"conducted|performed|computed|based)\b|\bby (?:using|applying|means)\b|\bconsists? of\b",
    "background": r"\b(?:recently|in recent years|has been|have been|widely|increasingly|has become|"
                  r"have become|however|challenge|challenging|important|difficult|problem)\b",
    "future": r"\bfuture (?:work|research|directions?)\b|\blimitations?\b",
    "copyright": r"[©]|\b(?:all rights reserved|elsevier|copyright|published by|ieee|springer)\b",
    "citation": r"\bet al\b|\[\d+(?:[,–-]\s*\d+)*\]",
    "front_matter": r"\b(?:doi|e-mail|email|fax|tel|keywords|corresponding author|front matter|published in)\b|"
                    r"https?:|www\.",
    "question": r"\?",
    "we": r"\bwe\b|\bour\b",
}.items()}

CUE_GUARDS: dict[str, tuple[str, ...]] = {
    "we_verb": ("we ",),
    "this_paper": ("this ",),
    "our_goal": ("goal", "aim", "objective", "purpose", "contribution"),
    "results_show": ("show", "demonstrate", "indicate", "reveal", "suggest", "confirm", "prove"),
    "we_show": ("we ",),
    "outperform": ("outperform", "superior", "better than", "improve", "state-of", "state of", "competitive",
                   "significantly", "effective"),
    "percent": ("%", "percent", "per cent"),
    "compare": ("compared", "comparison", "than"),
    "method_verb": ("used", "applied", "employed", "adopted", "proposed", "trained", "collected", "conducted",
                    "performed", "computed", "based", "by using", "by applying", "by means", "consist"),
    "background": ("recent", "has been", "have been", "has become", "have become", "widely", "increasingly",
                   "however", "challeng", "important", "difficult", "problem"),
    "future": ("future", "limitation"),
    "copyright": ("©", "all rights reserved", "elsevier", "copyright", "published by", "ieee", "springer"),
    "citation": ("et al", "["),
    "front_matter": ("doi", "mail", "fax", "tel", "keywords", "corresponding author", "front matter",
                     "published in", "http", "www."),
    "question": ("?",),
    "we": ("we", "our"),
}
"""For each cue, strings of which every match of its pattern contains at least one: a sentence
with none of them cannot match, and is not searched. Substring tests are ~50× cheaper than the
patterns, whose leading ``\\b`` makes ``re`` try every position; guarding them halves the
features' cost. ``tests/test_sentence_roles.py`` checks the guarded cues against the patterns
alone."""
_GUARDED_CUES = [(f"cue={name}", CUE_GUARDS[name], pattern) for name, pattern in CUES.items()]


def cue_names(lowered: str) -> list[str]:
    """The ``cue=<name>`` features of a lower-cased sentence, in :data:`CUES` order."""
    found = []
    for feature, guards, pattern in _GUARDED_CUES:
        for guard in guards:  # a loop, not any(): this runs 17 times per sentence
            if guard in lowered:
                if pattern.search(lowered):
                    found.append(feature)
                break
    return found


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

    The lexical ones are its unigrams and bigrams; the summary ones (first words, cues, length, the
    number of words of more than three letters ending in "-ed", capped at 3) are also given to the
    neighbouring sentences by :func:`abstract_features`.
    """
    tokens = _tokens(text)
    lowered = text.lower()
    words = [t for t in tokens if t[0].isalpha()]
    lexical = [f"w={t}" for t in set(tokens)]
    lexical += [f"b={a}_{b}" for a, b in set(zip(["<s>"] + tokens, tokens + ["</s>"]))]
    summary = [f"len={_bucket(len(tokens), (4, 8, 13, 20, 30, 45))}",
               f"ed={min(sum(1 for w in words if len(w) > 3 and w.endswith('ed')), 3)}"]
    if words:
        summary += [f"f1={words[0]}", f"f2={'_'.join(words[:2])}"]
    summary += cue_names(lowered)
    if any(t[0].isdigit() for t in tokens):
        summary.append("has_num")
    return lexical, summary


def position_features(i: int, n: int) -> list[str]:
    """Where sentence ``i`` of ``n`` sits: index from the start and the end, fifth, abstract length."""
    feats = ["bias", f"pos={min(i, 6)}", f"rpos={min(n - 1 - i, 6)}", f"rel={int(5 * i / n)}",
             f"n={_bucket(n, (4, 6, 9, 12))}"]
    if i == 0:
        feats.append("first")
    if i == n - 1:
        feats.append("last")
    return feats


def abstract_features(sentences: list[str]) -> list[list[str]]:
    """Features of every sentence of one abstract: own features, position, neighbours' summaries.

    No feature occurs twice in one sentence's list.
    """
    n = len(sentences)
    own = [sentence_features(s) for s in sentences]
    out = []
    for i, (lexical, summary) in enumerate(own):
        feats = position_features(i, n) + lexical + summary
        if i > 0:
            feats += [f"p:{f}" for f in own[i - 1][1]]
        if i < n - 1:
            feats += [f"n:{f}" for f in own[i + 1][1]]
        out.append(feats)
    return out


_SEQ_NAMES = {
    key: [f"{key}:{role}" for role in ROLES]
    for key in ("s", "sp", "sn", "sp2", "sn2", "xp", "xn", "dp", "dn")
}
_SEQ_CROSS_NAMES = {
    "cp": [f"cp:{before}>{role}" for before in ROLES for role in ROLES],
    "cn": [f"cn:{role}>{after}" for role in ROLES for after in ROLES],
}


def sequence_features(probs: np.ndarray) -> list[dict[str, float]]:
    """CRF features of one abstract from per-sentence role probabilities ``(n_sentences, n_roles)``.

    Each sentence gets its position features and, as real-valued features, the probabilities of
    itself (``s:``), the sentences one before and after (``sp:``, ``sn:``) and two before and after
    (``sp2:``, ``sn2:``); for each neighbour one step away, the products and differences of the two
    sentences' probabilities of the same role (``xp:``/``xn:``, ``dp:``/``dn:``) and the products of
    every pair of roles (``cp:before>role``, ``cn:role>after``).
    """
    probs = np.asarray(probs, dtype=np.float64)
    n = len(probs)
    names, cross = _SEQ_NAMES, _SEQ_CROSS_NAMES
    out = []
    for i in range(n):
        feats = {f: 1.0 for f in position_features(i, n)}
        cur = probs[i]
        feats.update(zip(names["s"], cur.tolist()))
        if i > 0:
            prev = probs[i - 1]
            feats.update(zip(names["sp"], prev.tolist()))
            feats.update(zip(names["xp"], (cur * prev).tolist()))
            feats.update(zip(names["dp"], (cur - prev).tolist()))
            feats.update(zip(cross["cp"], np.outer(prev, cur).ravel().tolist()))
        if i < n - 1:
            nxt = probs[i + 1]
            feats.update(zip(names["sn"], nxt.tolist()))
            feats.update(zip(names["xn"], (cur * nxt).tolist()))
            feats.update(zip(names["dn"], (cur - nxt).tolist()))
            feats.update(zip(cross["cn"], np.outer(cur, nxt).ravel().tolist()))
        if i > 1:
            feats.update(zip(names["sp2"], probs[i - 2].tolist()))
        if i < n - 2:
            feats.update(zip(names["sn2"], probs[i + 2].tolist()))
        out.append(feats)
    return out


class LinearRoleModel:
    """Multinomial logistic regression over :func:`abstract_features`: one weight row per feature."""

    def __init__(self, features: list[str], weights: np.ndarray, bias: np.ndarray):
        if weights.shape != (len(features), len(ROLES)) or bias.shape != (len(ROLES),):
            raise ValueError("weights must be (n_features, n_roles) and bias (n_roles,)")
        self.index = {f: i for i, f in enumerate(features)}
        self.weights = weights
        self.bias = bias

    def proba(self, abstract_feats: list[list[str]]) -> np.ndarray:
        """Role probabilities, shape ``(n_sentences, n_roles)``, for one abstract's features.

        Each sentence's feature list holds no duplicates (see :func:`abstract_features`); features
        not seen in training are ignored.
        """
        index = self.index
        rows = [[index[f] for f in feats if f in index] for feats in abstract_feats]
        scores = np.zeros((len(rows), len(ROLES)), dtype=np.float32)
        if any(rows):
            starts = np.cumsum([0] + [len(r) for r in rows[:-1]])
            nonempty = np.array([bool(r) for r in rows])
            flat = [i for r in rows for i in r]
            scores[nonempty] = np.add.reduceat(self.weights[flat], starts[nonempty], axis=0)
        scores += self.bias
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        return probs / probs.sum(axis=1, keepdims=True)

    def save(self, folder: Path) -> None:
        features = sorted(self.index, key=self.index.get)
        (folder / LINEAR_FEATURES_FILE).write_text("\n".join(features) + "\n", encoding="utf-8")
        np.savez_compressed(folder / LINEAR_WEIGHTS_FILE, weights=self.weights.astype(np.float32),
                            bias=self.bias.astype(np.float32))

    @classmethod
    def load(cls, folder: Path) -> "LinearRoleModel":
        features = (folder / LINEAR_FEATURES_FILE).read_text(encoding="utf-8").splitlines()
        with np.load(folder / LINEAR_WEIGHTS_FILE) as arrays:
            return cls(features, arrays["weights"], arrays["bias"])


class SentenceRoleClassifier:
    """Labels the sentences of abstracts with one of :data:`ROLES` and its marginal probability."""

    def __init__(self, linear: LinearRoleModel, tagger: pycrfsuite.Tagger, meta: dict | None = None):
        self.linear = linear
        self._tagger = tagger
        self.meta = meta or {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> "SentenceRoleClassifier":
        """Load a model folder written by ``scripts/train_roles.py``; default: the packaged model."""
        folder = Path(path) if path is not None else MODEL_DIR
        missing = [name for name in (MODEL_FILE, LINEAR_FEATURES_FILE, LINEAR_WEIGHTS_FILE)
                   if not (folder / name).is_file()]
        if missing:
            raise FileNotFoundError(f"sentence-role model at {folder} lacks {', '.join(missing)}")
        tagger = pycrfsuite.Tagger()
        tagger.open(str(folder / MODEL_FILE))
        meta_file = folder / "meta.json"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
        return cls(LinearRoleModel.load(folder), tagger, meta)

    def crf_proba(self, linear_probs: np.ndarray) -> np.ndarray:
        """The CRF's marginal role probabilities given the linear model's, both ``(n_sentences, n_roles)``."""
        tagger = self._tagger
        tagger.set(sequence_features(linear_probs))
        tagger.tag()
        return np.array([[tagger.marginal(role, t) for role in ROLES] for t in range(len(linear_probs))])

    def proba(self, sentences: list[str]) -> np.ndarray:
        """Role probabilities of one abstract's sentences, shape ``(n_sentences, n_roles)``."""
        return self.crf_proba(self.linear.proba(abstract_features(sentences)))

    def predict(self, abstracts: list[list[str]]) -> list[list[tuple[str, float]]]:
        """For each abstract (a list of sentence strings), ``(role, probability)`` per sentence."""
        out = []
        for sentences in abstracts:
            if not sentences:
                out.append([])
                continue
            probs = self.proba(sentences)
            best = probs.argmax(axis=1)
            out.append([(ROLES[j], float(probs[t, j])) for t, j in enumerate(best)])
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
