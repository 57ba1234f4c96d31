"""Weak named-thing labels on unlabelled abstracts from Papers with Code names (training time only).

A span of an abstract whose text is a Papers with Code name gets that name's type; every other token is
*missing* (``ent_iob`` 0), so the dictionary's gaps teach the model nothing. Names are kept only where a
match is likely to be the named thing in GSAP-NER / TDMSci style:

- Dataset, Method and Model names match case-sensitively and need an acronym-like or multi-word form
  (a capital after the first letter or a digit, or two or more words with a capital): "ImageNet",
  "CIFAR-10", "ResNet-50", "Long Short-Term Memory"; single capitalised words ("Dropout", "Attention") do
  not. Model names are leaderboard ``model_name`` values without their configuration suffix.
- Task names of two or more words ending in a task-like head ("-ion", "-ing", "-sis", "transfer", ...) and
  Metric names of two or more words holding a metric word ("accuracy", "score", "error", ...) match
  case-insensitively ("machine translation", "word error rate"); single-word metrics only as acronyms
  ("BLEU", "mAP", "PSNR"); single-word tasks not at all ("classification").
- Names of two characters or up to three capitals ("CT", "RGB", "ASR") name too many things: only gold
  (below) can keep them.
- The gold training splits decide where they speak: a name seen at least ``MIN_SEEN`` times in corpora
  that annotate its type is kept only if gold marks it an entity at least half the time, and takes the
  gold majority type ("BERT" is a Method in Papers with Code, a Model in GSAP-NER); lower-case single
  words qualify this way only. A name listed under two types and not settled by gold is dropped.
  A match counts for a name only where gold marks exactly that span: a name mostly inside longer gold
  names ("LSTM" of "LSTM network", "Adam" of "Adam optimizer") is dropped too.
- A match glued to a neighbouring word ("BERT-based" keeps its hyphen token, "Vision Transformer" when
  only "Transformer" is listed) is left missing, as the name may be part of a longer one.

Training keeps only the sentences that hold a label (``WeakLabeller.sentences``): the rest would be
missing throughout and cost batch room for nothing.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

MIN_SEEN = 3
# Corpora of the named recipe that annotate each training type.
ANNOTATES = {"Dataset": ("gsap", "tdmsci"), "Task": ("gsap", "tdmsci"), "Metric": ("tdmsci",),
             "Method": ("gsap",), "Model": ("gsap",)}
_SUFFIX = re.compile(r"\s*(\(.*|\+.*|\[.*)$")


def _acronym_like(name: str) -> bool:
    """A capital after the first character or a digit: ImageNet, BLEU, CIFAR-10, mAP."""
    return any(c.isupper() for c in name[1:]) or (any(c.isdigit() for c in name) and any(c.isalpha() for c in name))


def _model_names(knowledge: Path) -> set[str]:
    names: set[str] = set()

    def walk(task: dict) -> None:
        for row in (r for d in task.get("datasets", []) for r in d.get("sota", {}).get("rows", [])):
            name = _SUFFIX.sub("", row.get("model_name", "")).strip()
            if 2 <= len(name) <= 40 and len(name.split()) <= 3 and " et al" not in name:
                names.add(name)
        for sub in task.get("subtasks", []):
            walk(sub)

    for task in json.load(gzip.open(knowledge / "pwc-evaluation-tables-2020.json.gz")):
        walk(task)
    return names


def candidates(pwc_names: Path, knowledge: Path) -> dict[str, set[str]]:
    """Surface -> Papers with Code types (Method names also listed as leaderboard models become Model)."""
    out: dict[str, set[str]] = defaultdict(set)
    models = _model_names(knowledge)
    for line in pwc_names.read_text(encoding="utf8").splitlines():
        label, _, name = line.split("\t")
        out[name].add("Model" if label == "Method" and name in models else label)
    for name in models:
        out[name].add("Model")
    return out


# Heads of task and metric phrases: "object detection", "question answering", "word error rate".
TASK_HEAD = re.compile(r"(ion|ing|sis|ment|val|fer|ance)$")
METRIC_WORDS = {"accuracy", "score", "error", "rate", "precision", "recall", "f1", "auc", "iou", "loss", "distance",
                "similarity", "correlation", "ratio", "bleu", "rouge", "map", "psnr", "ssim", "fid", "perplexity",
                "coefficient", "mae", "mse", "rmse", "f-measure", "f-score", "f1-score", "auroc", "dice"}


def _short(name: str) -> bool:
    """Two characters, or up to three capitals: "CT", "RGB", "ASR" name too many things."""
    return len(name) <= 2 or (len(name) <= 3 and name.isalpha() and name.isupper())


def case_sensitive(name: str, label: str) -> bool | None:
    """True/False: match with/without case; None: not precise enough on its own."""
    words = name.split()
    if _short(name):
        return None
    if label == "Task":
        return False if len(words) >= 2 and TASK_HEAD.search(words[-1].lower()) else None
    if label == "Metric":
        if len(words) >= 2:
            return False if any(w.lower().strip("()") in METRIC_WORDS for w in words) else None
        return True if _acronym_like(name) else None
    if _acronym_like(name) or (len(words) >= 2 and any(c.isupper() for c in name)):
        return True
    return None


def gold_votes(nlp, surfaces, train_docs: dict[str, list[Doc]]) -> dict[str, Counter]:
    """Per lower-cased surface and corpus: how often gold marks an exact match with each type or outside."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for i, chunk in enumerate(_chunks(sorted({s.lower() for s in surfaces}), 5000)):
        matcher.add(f"n{i}", list(nlp.tokenizer.pipe(chunk)))
    votes: dict[str, Counter] = defaultdict(Counter)
    for corpus, docs in train_docs.items():
        for doc in docs:
            ents = {(e.start, e.end): e.label_ for e in doc.ents}
            for _, start, end in matcher(doc):
                if any(t.ent_iob == 0 for t in doc[start:end]):
                    continue
                key = doc[start:end].text.lower()
                votes[key][(corpus, ents.get((start, end), "O"))] += 1
    return votes


def _chunks(items: list, n: int):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def lexicon(nlp, pwc_names: Path, knowledge: Path, train_docs: dict[str, list[Doc]]) -> dict[str, tuple[str, bool]]:
    """Surface -> (training type, case-sensitive) of the names used for weak labels."""
    cands = candidates(pwc_names, knowledge)
    votes = gold_votes(nlp, cands, train_docs)
    out: dict[str, tuple[str, bool]] = {}
    for name, labels in cands.items():
        if not any(c.isalpha() for c in name) or len(name) < 2:
            continue
        seen = Counter()
        for (corpus, gold), n in votes.get(name.lower(), Counter()).items():
            if any(corpus in ANNOTATES[label] for label in labels):
                seen[gold] += n
        total = sum(seen.values())
        if total >= MIN_SEEN:
            gold, n = max(((g, n) for g, n in seen.items() if g != "O"), key=lambda x: x[1], default=("O", 0))
            if sum(v for g, v in seen.items() if g != "O") * 2 < total:
                continue
            cs = case_sensitive(name, gold)
            out[name] = (gold, True if cs is None else cs)
            continue
        if len(labels) > 1:
            continue
        label = next(iter(labels))
        cs = case_sensitive(name, label)
        if cs is not None:
            out[name] = (label, cs)
    return out


def _glued(doc: Doc, start: int, end: int) -> bool:
    """The span runs on into a neighbouring word or capitalised name."""
    if start > 0:
        prev = doc[start - 1]
        if not prev.whitespace_ or _name_word(prev):
            return True
    if end < len(doc):
        nxt = doc[end]
        if not doc[end - 1].whitespace_ and (nxt.text == "-" or nxt.is_alpha or nxt.is_digit):
            return True
        if _name_word(nxt):
            return True
    return False


def _name_word(token) -> bool:
    """A capitalised word that is no stop word and does not open a sentence."""
    opens = token.i == 0 or token.nbor(-1).text in {".", "!", "?", ":"}
    return token.is_title and token.is_alpha and not token.is_stop and not opens


class WeakLabeller:
    """Labels Papers with Code names in texts; everything else missing."""

    def __init__(self, nlp, names: dict[str, tuple[str, bool]]):
        self.nlp = nlp
        self.names = names
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_case = {True: [n for n, (_, cs) in names.items() if cs], False: [n for n, (_, cs) in names.items() if not cs]}
        for cs, matcher in ((True, self.exact), (False, self.lower)):
            for i, chunk in enumerate(_chunks(sorted(by_case[cs]), 5000)):
                matcher.add(f"n{i}", list(nlp.tokenizer.pipe(chunk)))
        self.sentencizer = nlp.create_pipe("sentencizer")
        self.lower_label = {n.lower(): lab for n, (lab, cs) in names.items() if not cs}

    def __call__(self, text: str) -> Doc:
        """The text (whitespace collapsed) with its weak labels; every other token missing."""
        doc = self.nlp.make_doc(" ".join(text.split()))
        spans = []
        for _, start, end in self.exact(doc):
            spans.append(Span(doc, start, end, label=self.names[doc[start:end].text][0]))
        for _, start, end in self.lower(doc):
            spans.append(Span(doc, start, end, label=self.lower_label[doc[start:end].text.lower()]))
        ents = [s for s in filter_spans(spans) if not _glued(doc, s.start, s.end)]
        doc.set_ents(ents, default="missing")
        return doc

    def sentences(self, text: str) -> list[Doc]:
        """The sentences of ``text`` that hold a weak label (the rest would be missing throughout)."""
        doc = self.sentencizer(self(text))
        return [sent.as_doc() for sent in doc.sents if sent.ents]


def read_abstracts(path: Path, limit: int) -> list[str]:
    texts = []
    with gzip.open(path, "rt", encoding="utf8") as f:
        for line in f:
            if len(texts) >= limit:
                break
            record = json.loads(line)
            if record.get("abstract"):
                texts.append(record["abstract"])
    return texts
