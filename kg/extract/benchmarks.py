"""Leaderboard names: find dataset and metric names in a sentence, and normalise them.

The names are those of the Papers with Code leaderboards (``kg/data/benchmarks.json``, written
by ``scripts/build_benchmark_names.py``; CC BY-SA 4.0, see ``kg/data/NOTICE``). They let a
result find the dataset and metric its sentence names even where the entity recogniser
missed them, and let the leaderboard put "top-1 accuracy" and "Top-1 Acc." in one column.

>>> metric_key("Top-1 Acc."), metric_key("top 1 accuracy")
('top 1 accuracy', 'top 1 accuracy')
>>> base_dataset_name("COCO test-dev"), base_dataset_name("DAVIS 2017 (val)")
('COCO', 'DAVIS 2017')
>>> names().dataset_name("DAVIS 16"), names().known_dataset("DAVIS-17")
('DAVIS 2016', True)
>>> metric_direction("Top-1 Error Rate"), metric_direction("BLEU"), metric_direction("Epochs")
('lower', 'higher', None)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.extract import knowledge
from kg.extract.wordlists import is_ordinary_word
from kg.schema import DATASET

SPLITS = ("test-dev", "test-std", "test-challenge", "minival", "validation", "val", "dev", "development", "test",
          "testing", "train", "training")
_SPLIT_WORDS = re.compile(r"[\s_-]*(?:\(\s*)?\b(test-dev|test-std|test-challenge|minival|validation|val|dev|"
                          r"development|test|testing|test set|val set|split|set)\b(?:\s*\))?\s*$", re.I)
_KIND_WORDS = re.compile(r"^(the)\s+|\s+(datasets?|data sets?|benchmarks?|corpus|corpora|databases?)$", re.I)
_METRIC_SYNONYMS = {"acc": "accuracy", "accuracies": "accuracy", "err": "error", "ppl": "perplexity",
                    "f1-score": "f1", "f-score": "f1", "f-measure": "f1", "fmeasure": "f1", "f1score": "f1",
                    "iou": "iou", "params": "parameters", "param": "parameters", "no": "number", "num": "number",
                    "mean": "mean", "avg": "average"}
_LOWER_BETTER = re.compile(
    r"\b(error|err|errors|loss|perplexity|ppl|fid|kid|fvd|hd95|absrel|wer|cer|ter|mse|mae|rmse|rmsle|bpc|bpd|"
    r"bits? per|nme|epe|"
    r"latency|runtime|run time|inference time|mpjpe|distance|ade|fde|eer|miss rate|hamming|fde|chamfer|"
    r"params|parameters|flops|macs|memory|abs rel|sq rel|nll|log-likelihood loss)\b", re.I)
_HIGHER_BETTER = re.compile(
    r"\b(accuracy|acc|f1|f-score|f-measure|ap|map|iou|miou|bleu|rouge\S*|meteor|cider|spice|precision|recall|auc|"
    r"auroc|psnr|ssim|ndcg\S*|hits\S*|mrr|inception score|is|pq|em|exact match|pck\S*|mota|motp|idf1|"
    r"success rate|dice|jaccard|j&f|kappa|correlation|spearman|pearson|kendall\S*|top-?\d+|r@\d+|recall@\d+|"
    r"smatch|chrf\S*|comet|bertscore|clipscore|hota|pass@\S+|"
    r"speed|fps|throughput|tokens/s|score)\b", re.I)


# Metrics written out in words that leaderboards name by their abbreviation.
_SPELT_OUT = {"intersection over union": "iou", "peak signal to noise ratio": "psnr",
              "structural similarity index measure": "ssim", "structural similarity index": "ssim"}
_SPELT_OUT_METRICS = re.compile("|".join(sorted((key.replace(" ", r"[\s-]+") for key in _SPELT_OUT), key=len,
                                                reverse=True)))


def metric_key(name: str) -> str:
    """A metric name reduced to what tells metrics apart: lower case, abbreviations spelled out."""
    text = re.sub(r"(?<=[a-z])(?=\d)", " ", name.lower().replace("%", " "))
    text = _SPELT_OUT_METRICS.sub(lambda found: _SPELT_OUT[re.sub(r"[\s-]+", " ", found.group())], text)
    words = re.findall(r"[a-z]+(?:[-@][a-z0-9]+)*|\d+(?:\.\d+)?|&", text)
    out = []
    for word in words:
        word = _METRIC_SYNONYMS.get(word, word)
        if word.startswith("top-"):
            out.extend(["top", word[4:]])
        else:
            out.append(word)
    return " ".join(out)


def base_dataset_name(name: str) -> str:
    """A dataset name without its split and the words that only say it is a dataset."""
    name = re.sub(r"\s+", " ", name.replace("’", "'")).strip()
    for _ in range(3):
        stripped = _KIND_WORDS.sub("", _SPLIT_WORDS.sub("", name)).strip(" -_,")
        if stripped == name or len(stripped) < 2:
            break
        name = stripped
    return name


def dataset_split(name: str) -> str | None:
    """The split a dataset name states ("COCO test-dev" → "test-dev"), if any."""
    match = _SPLIT_WORDS.search(name.strip())
    if not match or match.group(1).lower() in {"set", "split"}:
        return None
    split = match.group(1).lower()
    return {"validation": "val", "development": "dev", "testing": "test", "test set": "test",
            "val set": "val", "training": "train"}.get(split, split)


def metric_direction(name: str | None) -> str | None:
    """``lower`` or ``higher`` when the metric's name says which is better, else None."""
    if not name:
        return None
    if _LOWER_BETTER.search(name):
        return "lower"
    if _HIGHER_BETTER.search(name):
        return "higher"
    return None


_TOKEN = re.compile(r"[A-Za-z0-9+&]+")
# A capitalised word or a hyphen right before or after a word: the word is part of a longer name.
_IN_A_LONGER_NAME_BEFORE = re.compile(r"(?:-|\b[A-Z][\w]*\s)$")
_IN_A_LONGER_NAME_AFTER = re.compile(r"-\w|\s[A-Z]")
_BREAK = re.compile(r"[,;:()\[\]]|\.\s")
_NOT_KEY = re.compile(r"[^a-z0-9+&]")


_MINOR_WORDS = {"of", "the", "in", "on", "and", "for", "a", "an", "to", "with"}
# An edition's year in two digits after a name's last word: "DAVIS 16", "VOT-18".
_SHORT_YEAR = re.compile(r"(?<=[A-Za-z])[\s_-](\d\d)$")


def _spells_out(one: str, other: str) -> bool:
    """Whether one name is the other's acronym ("LFW", "Labeled Faces in the Wild"): the initials of the long
    name's words, its minor words left out. Other names of one data set in Papers with Code's lists are often
    its splits and editions ("COCO 2017", "Kinetics-600"), which a text naming the data set does not say."""
    short, long = sorted((one, other), key=len)
    if not re.fullmatch(r"[A-Z][A-Za-z]{1,7}", short) or re.search(r"\d", long):
        return False  # "Disguised Faces in the Wild 2019" is an edition of DFW
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", long) if w.lower() not in _MINOR_WORDS)
    return initials.lower() == short.lower()


def _compact(text: str) -> str:
    return _NOT_KEY.sub("", text.lower())


def _prefixes(keys) -> frozenset[str]:
    return frozenset(key[:end] for key in keys for end in range(1, len(key) + 1))


@lru_cache(maxsize=4096)
def _gap(text: str) -> tuple[str, bool]:
    """The text between two tokens: what it adds to a name's key, and whether a name can span it."""
    return _compact(text), _BREAK.search(text) is not None


@dataclass(frozen=True, slots=True)
class Found:
    """A dataset or metric name found in a text: its span and the leaderboard's name for it."""

    start: int
    end: int
    text: str
    name: str


class Names:
    """The leaderboard names, indexed for lookup by their letters and digits."""

    MAX_WORDS = 7

    def __init__(self, data: dict):
        self.datasets = self._index(data["datasets"])
        self.metrics = self._index(data["metrics"])
        self.metric_keys = {metric_key(m): c for m, c in data["metrics"].items()}
        self.dataset_metrics: dict[str, list[str]] = data["dataset_metrics"]
        self.common = set(data["common"])
        # Every beginning of a key a span can match ("+s": a plural metric), so that a span stops
        # growing as soon as no name starts with it.
        self.dataset_prefixes = _prefixes(self.datasets)
        self.metric_prefixes = _prefixes(list(self.metrics) + [key + "s" for key in self.metrics])

    @staticmethod
    def _index(table: dict[str, str]) -> dict[str, str]:
        index: dict[str, str] = {}
        for surface, canonical in table.items():
            key = _compact(surface)
            if len(key) >= 2 and (key not in index or len(canonical) < len(index[key])):
                index[key] = canonical
        return index

    def find(self, text: str, kind: str) -> list[Found]:
        """Dataset (``kind="dataset"``) or metric names in ``text``, longest first where they overlap."""
        index = self.datasets if kind == "dataset" else self.metrics
        prefixes = self.dataset_prefixes if kind == "dataset" else self.metric_prefixes
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        # The key of a span is built from its tokens (already letters and digits) and the compacted
        # text between them, so each piece of text is compacted once, not once per candidate span.
        lowered = [text[start:end].lower() for start, end in tokens]
        gaps: dict[int, tuple[str, bool]] = {}  # the gap after token j, read only where a name may go on over it

        def gap(j: int) -> tuple[str, bool]:
            if j not in gaps:
                gaps[j] = _gap(text[tokens[j][1] : tokens[j + 1][0]])
            return gaps[j]

        found: list[Found] = []
        i = 0
        while i < len(tokens):
            if lowered[i] not in prefixes:
                i += 1
                continue
            longest = min(self.MAX_WORDS, len(tokens) - i)
            keys = [lowered[i]]
            for j in range(i + 1, i + longest):
                gap_key, breaks = gap(j - 1)
                if breaks:  # a span across a comma, bracket or sentence end is no name
                    break
                key = keys[-1] + gap_key + lowered[j]
                if key not in prefixes:
                    break
                keys.append(key)
            match = None
            for n in range(len(keys), 0, -1):
                start, end = tokens[i][0], tokens[i + n - 1][1]
                key = keys[n - 1]
                name = index.get(key)
                if name is None and kind == "metric" and key.endswith("s"):
                    name = index.get(key[:-1])  # a plural: "Inception scores"
                if name is not None:
                    surface = text[start:end]
                    if self._plausible(surface, name, start, text, kind):
                        match = Found(start, end, surface, name)
                        i += n
                        break
            if match is None:
                i += 1
            else:
                found.append(match)
        return found

    def _plausible(self, surface: str, name: str, start: int, text: str, kind: str) -> bool:
        """Whether a match is a name here: not an ordinary word ("wiki", "map"), nor words around a name's letters
        ("a 3D" is not A3D)."""
        if kind == "dataset" and not re.search(r"[A-Z0-9]", surface):
            return False  # "is a" is not IS-A: a dataset is written with a capital or a digit
        words = surface.split()
        if kind == "dataset" and len(words) > 1 and (words[0].islower() or words[-1].islower() and len(words[-1]) < 4):
            return False  # "a 3D" is not A3D, "Part of" not PARTOF, "S is" not SIS: a name neither opens nor ends so
        if " " in surface.strip() or not surface.isalpha():
            return True
        if kind == "metric":
            if len(surface) <= 4:
                return any(c.isupper() for c in surface)
            return True
        if surface.islower() or len(surface) < 3:
            return False
        common = name in self.common or surface in self.common
        end = start + len(surface)
        if (common or is_ordinary_word(surface)) \
                and (_IN_A_LONGER_NAME_BEFORE.search(text[:start]) or _IN_A_LONGER_NAME_AFTER.match(text[end:])):
            return False  # a word of a longer name: "Cross-Context Review", "Swiss German", "Industrial-YOLO"
        if common:
            return surface == name and start > 0 and not re.search(r"(^|[.!?]\s+)$", text[:start])
        return True

    def metric_name(self, name: str) -> str:
        """The leaderboard's spelling of a metric ("top-1 acc" → "Top-1 Accuracy"), or the name as given.

        Failing the name as written, its hyphens read as spaces ("bits-per-character"), then without a
        trailing "score" or plural ("mean Intersection-over-Union score", "Mean Per Joint Position Errors").
        """
        return self._listed_metric(name) or name.strip()

    def knows_metric(self, name: str) -> bool:
        """Whether a leaderboard reports the metric, read as :meth:`metric_name` reads it ("CLIP-Score", "Dice-score").

        >>> names().knows_metric("CLIP-Score"), names().knows_metric("CLIP-based")
        (True, False)
        """
        return self._listed_metric(name) is not None

    def _listed_metric(self, name: str) -> str | None:
        spaced = re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", " ", name.strip())
        bare = re.sub(r"\s+(?:score|scores|value|values)$", "", spaced, flags=re.I)
        for candidate in (name, spaced, bare, bare[:-1] if bare.endswith("s") else bare):
            found = self.metric_keys.get(metric_key(candidate))
            if found is not None:
                return found
        return None

    def dataset_name(self, name: str) -> str:
        """The leaderboard's name of a dataset, its split and "the ... dataset" taken off; an edition's year
        written with two digits is the year the leaderboard writes ("DAVIS 16" is "DAVIS 2016")."""
        base = base_dataset_name(name)
        return self._listed(base) or base

    def _listed(self, base: str) -> str | None:
        found = self.datasets.get(_compact(base))
        year = _SHORT_YEAR.search(base)
        if found is None and year is not None:
            century = "19" if int(year.group(1)) >= 80 else "20"
            found = self.datasets.get(_compact(base[: year.start()] + " " + century + year.group(1)))
        return found

    def dataset_reporting(self, dataset: str, metric: str) -> str:
        """The leaderboard name, among Papers with Code's names of one data set, whose table reports ``metric``:
        "LFW" (whose leaderboard reports an equal error rate) is "Labeled Faces in the Wild" for an accuracy.
        ``dataset`` itself where its table reports the metric, or where no other name's does."""
        key = metric_key(metric)

        def reports(name: str) -> bool:
            return any(metric_key(m) == key for m in self.dataset_metrics.get(name, ()))

        if reports(dataset):
            return dataset
        for entry in knowledge.lookup(dataset):
            if entry.type == DATASET:
                for other in sorted(knowledge.names_of(entry)):
                    found = self.datasets.get(_compact(other))
                    if found is not None and reports(found) and _spells_out(dataset, found):
                        return found
        return dataset

    def known_dataset(self, name: str) -> bool:
        return self._listed(base_dataset_name(name)) is not None

    def default_metric(self, dataset: str) -> str | None:
        """The metric most of the dataset's leaderboard reports, if the dataset has one."""
        metrics = self.dataset_metrics.get(self.dataset_name(dataset))
        return metrics[0] if metrics else None


@lru_cache(maxsize=1)
def names() -> Names:
    """The packaged leaderboard names."""
    text = resources.files("kg").joinpath("data/benchmarks.json").read_text(encoding="utf-8")
    return Names(json.loads(text))
