"""Names of the field from Papers with Code: their types and their pages.

``kg/data/pwc_names.tsv`` (``type<TAB>slug<TAB>name``, written by ``scripts/build_pwc_lists.py``
from the Papers with Code lists, CC BY-SA 4.0: see ``kg/data/NOTICE``) holds methods, datasets,
tasks and metric names. Names are looked up by a folded key (lower case, hyphens and spaces
alike), so "Question-Answering" finds "Question Answering".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PWC_BASE = "https://paperswithcode.com/"
_PAGE = {"Method": "method", "Dataset": "dataset", "Task": "task"}
_FOLD = re.compile(r"[\s\-_]+")


@dataclass(frozen=True, slots=True)
class KnownName:
    """A Papers with Code entry: its type and slug (empty for metrics, which have no page)."""

    type: str
    slug: str

    @property
    def identifier(self) -> str | None:
        """``method/<slug>``, ``dataset/<slug>`` or ``task/<slug>``; None for metrics."""
        page = _PAGE.get(self.type)
        return f"{page}/{self.slug}" if page and self.slug else None

    @property
    def iri(self) -> str | None:
        """The entry's page, ``https://paperswithcode.com/<identifier>``."""
        return PWC_BASE + self.identifier if self.identifier else None


# British spellings of a name's words, as American: "language modelling" is "language modeling", "quantisation"
# "quantization" (the Papers with Code lists write one of the two).
_BRITISH = re.compile(r"(?<=[a-z])is(ations?)\b|\b(model|label|signal|travel|channel|level|tunnel)l(ing|ed)\b")


def _american(found: re.Match) -> str:
    return "iz" + found.group(1) if found.group(1) else found.group(2) + found.group(3)


def fold(name: str) -> str:
    """The lookup key of a name: lower case, runs of spaces, hyphens and underscores as one space, British spellings
    as American.

    >>> fold("Language-Modelling"), fold("Model Quantisation")
    ('language modeling', 'model quantization')
    """
    return _BRITISH.sub(_american, _FOLD.sub(" ", name.strip().lower()))


@lru_cache(maxsize=1)
def rows() -> tuple[tuple[str, str, str], ...]:
    """The rows of ``kg/data/pwc_names.tsv`` as written: ``(type, slug, name)``, names in their own spelling."""
    text = resources.files("kg").joinpath("data/pwc_names.tsv").read_text(encoding="utf-8")
    return tuple((kind, slug, name) for kind, slug, name in (line.split("\t") for line in text.splitlines()))


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[KnownName, ...]]:
    table: dict[str, list[KnownName]] = {}
    for kind, slug, name in rows():
        entries = table.setdefault(fold(name), [])
        entry = KnownName(kind, slug)
        if entry not in entries:
            entries.append(entry)
    return {key: tuple(entries) for key, entries in table.items()}


@lru_cache(maxsize=1)
def _names_by_entry() -> dict[KnownName, frozenset[str]]:
    names: dict[KnownName, set[str]] = {}
    for key, entries in _table().items():
        for entry in entries:
            names.setdefault(entry, set()).add(key)
    return {entry: frozenset(keys) for entry, keys in names.items()}


def names_of(entry: KnownName) -> frozenset[str]:
    """Every name (folded, see :func:`fold`) Papers with Code gives ``entry``.

    >>> sorted(names_of(link("CPN", "Method")))
    ['contour proposal network', 'cpn']
    """
    return _names_by_entry().get(entry, frozenset())


def lookup(name: str) -> tuple[KnownName, ...]:
    """Every Papers with Code entry named ``name`` (several where a name is, say, a task and a dataset); a coined
    word written without the spaces or hyphens of the listed name finds it too ("MSRVTT", "CIFAR10").

    >>> [e.identifier for e in lookup("question-answering")], [e.identifier for e in lookup("MSRVTT")]
    (['task/question-answering'], ['dataset/msr-vtt'])
    """
    key = fold(name)
    found = _table().get(key, ())
    if not found and " " not in key and _CODED.search(name):
        found = _squashed().get(key, ())
    return found


_CODED = re.compile(r"[A-Z].*[A-Z0-9]")  # two capitals, or a capital and a digit


@lru_cache(maxsize=1)
def _squashed() -> dict[str, tuple[KnownName, ...]]:
    """The entries of names of several words, keyed by their folded name without its spaces ("msrvtt" for
    "MSR-VTT"), where no name is written so."""
    table = _table()
    squashed: dict[str, list[KnownName]] = {}
    for key, entries in table.items():
        joined = key.replace(" ", "")
        if joined != key and joined not in table:
            bucket = squashed.setdefault(joined, [])
            bucket.extend(entry for entry in entries if entry not in bucket)
    return {key: tuple(entries) for key, entries in squashed.items()}


def known_types(name: str) -> set[str]:
    """The types Papers with Code gives ``name``."""
    return {entry.type for entry in lookup(name)}


def link(name: str, kind: str) -> KnownName | None:
    """The entry of type ``kind`` named ``name`` that has a page (methods, datasets, tasks), or None."""
    return linked(lookup(name), kind)


def linked(entries: Iterable[KnownName], kind: str) -> KnownName | None:
    """The first of ``entries`` of type ``kind`` that has a page, or None.

    A Model links to a method ("BERT", "ResNet"): Papers with Code lists architectures as methods.
    """
    wanted = "Method" if kind == "Model" else kind
    return next((e for e in entries if e.type == wanted and e.iri), None)


@lru_cache(maxsize=1)
def _task_heads() -> frozenset[str]:
    heads = Counter(key.rsplit(" ", 1)[-1] for key, entries in _table().items()
                    if any(entry.type == "Task" for entry in entries))
    return frozenset(head for head, n in heads.items() if n >= 2)


# Last words of task names that name a system, not an activity: "Large Language Model" is listed as a task.
_SYSTEM_ENDS = frozenset({"model", "models", "network", "networks", "system", "systems", "architecture"})


@lru_cache(maxsize=1)
def _task_bodies() -> frozenset[str]:
    bodies = set()
    for key, entries in _table().items():
        words = key.split()
        if len(words) >= 3 and words[-1] not in _SYSTEM_ENDS and any(entry.type == "Task" for entry in entries):
            bodies.add(" ".join(words[:-1]))
    return frozenset(bodies)


def opens_a_task(words: str) -> bool:
    """Whether ``words`` are a Papers with Code task's name without its last word, the task of three words or more:
    "fake news" of "fake news detection", "camouflaged object" of "camouflaged object detection".

    >>> opens_a_task("Fake News"), opens_a_task("news")
    (True, False)
    """
    return fold(words) in _task_bodies()


def heads_tasks(word: str) -> bool:
    """Whether ``word`` (or its singular) is the last word of two or more Papers with Code task names:
    "detection", "reasoning", "tracking", "generation"; not "judgment" nor "acquisition".

    >>> heads_tasks("segmentation"), heads_tasks("Predictions"), heads_tasks("judgment")
    (True, True, False)
    """
    word = fold(word).rsplit(" ", 1)[-1]
    heads = _task_heads()
    return word in heads or word.endswith("s") and word[:-1] in heads
