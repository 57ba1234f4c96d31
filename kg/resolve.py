"""Entity resolution: which mentions, across all papers, name the same thing.

Mentions are grouped by a match key that ignores case, spacing, hyphens, plurals,
possessives and leading determiners ("the proposed", "our"); acronyms join their long form
(within a paper, and across papers once a definition has been seen). Version and size
suffixes survive the key, so "GPT-3" and "GPT-4" stay apart; a versioned or sized name is
linked to its family ("Llama-3-8B" variantOf "Llama 3") when the family is itself an entity.

Resolution runs in two phases so that a corpus never has to be held in memory:
:meth:`Resolver.add` keeps statistics per match key (surface-form counts, summed type
confidences, a paper count, acronym definitions) and :meth:`Resolver.finish` turns them into
an :class:`EntityTable`, which maps any mention to its entity id. ``docs/resolution.md``
describes the rules and their measured precision and recall.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from kg.records import Extraction, Mention
from kg.schema import ENTITY_TYPES

_LEADING = re.compile(
    r"^(?:(?:the|a|an|our|their|its|this|these|those|proposed|novel|new|existing|popular)\s+)+", re.I
)
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
# A trailing acronym in parentheses ("Information Retrieval (IR)", not "Llama 2 (7B)"), open
# bracket, quote or comma.
_TRAILING = re.compile(r"(?:\s+\([A-Za-z][A-Za-z-]{0,11}\)|\s*[(\[{,;:\"“”]+)$")
_OPENING = re.compile(r"^[\"“”]+\s*")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/]+")
_INVARIANT_S = ("ss", "us", "is", "ias", "ics", "series", "species", "news")
_KEY_DROP = re.compile(r"[^\w.+]")

_TYPE_ORDER = {t: i for i, t in enumerate(ENTITY_TYPES)}  # breaks ties between equal type votes

LONG_FORM_SIMILARITY = 90.0
"""Two long forms of one acronym this similar (rapidfuzz ratio of their keys) name one thing."""
SPELLING_SIMILARITY = 90.0
"""Names that differ in one word this similar (rapidfuzz ratio) are spellings of one name."""
DOMINANT_SHARE = 0.9
"""An acronym defined several ways joins the long form given by this share of its definitions."""

# A version or size written as its own word: "2", "3.5", "v2", "4o", "7B", "8x7B", "1k", "XL", "base".
_VERSION_WORD = re.compile(
    r"(?:v?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[kmbt]|\d+x\d+(?:\.\d+)?[bm]"
    r"|base|large|small|tiny|mini|medium|huge|giant|xs|xl|xxl|chat|instruct|turbo|pro|ultra)",
    re.I,
)
# A version glued to a name of two or more letters: "Llama2", "GPT4o", "YOLOv8", "ResNet50".
_GLUED_VERSION = re.compile(r"^(.*?[A-Za-z]{2})(?:v\d+(?:\.\d+)*|\d+(?:\.\d+)*[a-z]?)$")


@lru_cache(maxsize=1 << 16)
def label_form(text: str) -> str:
    """A mention's text tidied for display: NFC, single spaces, no determiners or possessive.

    A trailing acronym in parentheses and stray brackets or quotes at the ends go too.

    >>> label_form("the  proposed DGNO's"), label_form("Information Retrieval (IR)"), label_form('"SFC (')
    ('DGNO', 'Information Retrieval', 'SFC')
    """
    text = " ".join(unicodedata.normalize("NFC", text).split())
    tidy = _OPENING.sub("", _LEADING.sub("", text))
    previous = None
    while tidy != previous:
        previous = tidy
        tidy = _POSSESSIVE.sub("", _TRAILING.sub("", tidy)).strip()
        if tidy.endswith(")") and tidy.count(")") > tidy.count("("):
            tidy = tidy[:-1]
    return tidy or text


def _singular(word: str, original: str) -> str:
    """``word`` (case-folded ``original``) without a plural ending."""
    if len(original) > 2 and original.endswith("s") and original[:-1].isupper():  # "VAEs", "LLMs"
        return word[:-1]
    if len(word) <= 3 or not original.endswith("s") or word.endswith(_INVARIANT_S):
        return word
    if word.endswith(("sses", "ches", "shes", "xes", "iases")):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1]


def _words(text: str) -> list[str]:
    """The words of a label, as written (NFKC-normalised)."""
    return [w for w in _SEPARATORS.split(unicodedata.normalize("NFKC", label_form(text))) if w]


def hyphen_form(text: str) -> str:
    """Lower-case words of a label joined by hyphens, plural of the last word dropped.

    >>> hyphen_form("the Variational Autoencoders")
    'variational-autoencoder'
    >>> hyphen_form("Llama 2"), hyphen_form("image patches"), hyphen_form("LLMs")
    ('llama-2', 'image-patch', 'llm')
    """
    original = _words(text)
    words = [w.casefold() for w in original]
    if words:
        words[-1] = _singular(words[-1], original[-1])
    return "-".join(words)


@lru_cache(maxsize=1 << 16)
def match_key(text: str) -> str:
    """The key two mentions must share to be merged: the hyphen form without separators.

    A separator between two numbers is kept, so a size never runs into a version.

    >>> match_key("LLaMA-2") == match_key("Llama2") == match_key("Llama 2")
    True
    >>> match_key("GPT-3") == match_key("GPT-4"), match_key("Llama-3-8B"), match_key("Llama-38B")
    (False, 'llama3-8b', 'llama38b')
    """
    key = ""
    for word in hyphen_form(text).split("-"):
        word = _KEY_DROP.sub("", word)
        if key[-1:].isdigit() and word[:1].isdigit():
            key += "-"
        key += word
    return key


def slug(text: str, separators: str = "") -> str:
    """A safe IRI path segment: ``[a-z0-9.-]`` only; a short hash keeps lossy slugs apart.

    Characters in ``separators`` may become ``-`` without counting as a loss (paper ids use
    ``:`` and ``/``: ``arxiv:2401.00001`` → ``arxiv-2401.00001``).

    >>> slug("llama-2"), slug("arxiv:2401.00001", separators=":/")
    ('llama-2', 'arxiv-2401.00001')
    """
    ascii_form = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    clean = re.sub(r"[^a-z0-9.]+", "-", ascii_form).strip("-.") or "x"
    if clean != re.sub(f"[{re.escape(separators)}]", "-", text) if separators else clean != text:
        clean = f"{clean}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}"
    return clean


def entity_id(key: str) -> str:
    """The node id of the entity whose canonical match key is ``key``.

    >>> entity_id(match_key("Llama 2")), entity_id(match_key("Llama-3-8B"))
    ('entity/llama2', 'entity/llama3-8b')
    """
    return f"entity/{slug(key)}"


def mention_key(mention: Mention) -> str:
    """The match key a mention is counted under: its long form's when it is a defined acronym."""
    if mention.long_form:
        long_key = match_key(mention.long_form)
        if long_key:
            return long_key
    return match_key(mention.text)


def family_names(label: str) -> list[str]:
    """The names a versioned or sized label belongs to, nearest first.

    >>> family_names("Llama-3-8B"), family_names("GPT-4o"), family_names("YOLOv8")
    (['Llama 3', 'Llama'], ['GPT'], ['YOLO'])
    >>> family_names("T5"), family_names("Stable Diffusion XL"), family_names("BERT")
    ([], ['Stable Diffusion'], [])
    """
    words = [w for w in _SEPARATORS.split(label_form(label)) if w]
    names = []
    while words:
        if len(words) > 1 and _VERSION_WORD.fullmatch(words[-1]):
            words = words[:-1]
        elif glued := _GLUED_VERSION.fullmatch(words[-1]):
            words = [*words[:-1], glued.group(1)]
        else:
            break
        names.append(" ".join(words))
    return names


@dataclass(slots=True)
class Entity:
    """One resolved entity: its node id, chosen type and label, and every surface form seen."""

    id: str
    type: str
    label: str
    aliases: list[str]
    type_votes: dict[str, float]
    mentions: int
    papers: int


@dataclass(slots=True)
class _KeyStats:
    """What :class:`Resolver` keeps per match key."""

    forms: Counter = field(default_factory=Counter)  # label form → mentions
    long_labels: Counter = field(default_factory=Counter)  # label forms of this key as an acronym's long form
    votes: defaultdict = field(default_factory=lambda: defaultdict(float))  # type → summed confidence
    mentions: int = 0
    papers: int = 0


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class EntityTable:
    """The outcome of resolution: entities by id, variantOf links, and the key → entity map."""

    entities: dict[str, Entity]
    variants: list[tuple[str, str]]  # (variant entity id, family entity id)
    by_key: dict[str, str]

    def entity_of(self, mention: Mention) -> str:
        """The entity id of a mention added to the resolver that made this table."""
        entity = self.by_key.get(mention_key(mention)) or self.by_key.get(match_key(mention.text))
        if entity is None:
            raise KeyError(f"mention {mention.text!r} was not added to the resolver")
        return entity


class Resolver:
    """Accumulates per-key statistics paper by paper (:meth:`add`), then resolves (:meth:`finish`).

    Memory grows with the number of distinct match keys and surface forms, not with mentions
    or papers.
    """

    def __init__(self) -> None:
        self._stats: dict[str, _KeyStats] = {}
        self._definitions: dict[str, Counter] = defaultdict(Counter)  # short key → long key → papers

    def add(self, extraction: Extraction) -> None:
        in_paper: set[str] = set()
        defined: set[tuple[str, str]] = set()
        for m in extraction.entities:
            key = mention_key(m)
            stats = self._stats.get(key)
            if stats is None:
                stats = self._stats[key] = _KeyStats()
            stats.forms[label_form(m.text)] += 1
            stats.votes[m.type] += m.score
            stats.mentions += 1
            if key not in in_paper:
                in_paper.add(key)
                stats.papers += 1
            short = match_key(m.text)
            if m.long_form and short != key and (short, key) not in defined:
                defined.add((short, key))
                stats.long_labels[label_form(m.long_form)] += 1
        for short, long in defined:
            self._definitions[short][long] += 1

    def finish(self) -> EntityTable:
        groups = _UnionFind()
        for key in self._stats:
            groups.find(key)
        for a, b in self._spelling_variants():
            groups.union(a, b)
        merged_shorts: set[str] = set()
        for short in sorted(self._definitions):
            meaning = self._meaning(self._definitions[short], groups)
            if meaning is not None and short in self._stats:
                groups.union(short, meaning)
                merged_shorts.add(short)

        members: dict[str, list[str]] = defaultdict(list)
        for key in sorted(self._stats):
            members[groups.find(key)].append(key)
        entities: dict[str, Entity] = {}
        by_key: dict[str, str] = {}
        for keys in members.values():
            canonical = min((k for k in keys if k not in merged_shorts), default=min(keys))
            entity = self._entity(entity_id(canonical), keys)
            entities[entity.id] = entity
            for key in keys:
                by_key[key] = entity.id
        variants = self._variants(members.values(), by_key)
        return EntityTable({e: entities[e] for e in sorted(entities)}, variants, by_key)

    def _meaning(self, longs: Counter, groups: _UnionFind) -> str | None:
        """The long key an acronym stands for, or None where its definitions disagree.

        Long forms of one acronym that differ only slightly ("generative adversarial net" /
        "... network") are merged first; then the acronym joins the one meaning left, or the
        meaning given by :data:`DOMINANT_SHARE` of the papers defining it (a definition whose
        long form only adds leading words to another, "multimodal large language models
        (LLMs)", counts for that other one too).
        """
        keys = sorted(longs)
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if _digits(a) == _digits(b) and ratio(a, b) >= LONG_FORM_SIMILARITY:
                    groups.union(a, b)
        support: Counter = Counter()
        for key, papers in longs.items():
            support[groups.find(key)] += papers
        total = sum(support.values())
        # "multimodal large language models (LLMs)" also supports "large language models".
        for key, papers in longs.items():
            for other in keys:
                if key != other and key.endswith(other) and groups.find(key) != groups.find(other):
                    support[groups.find(other)] += papers
        best, papers = min(support.items(), key=lambda kv: (-kv[1], kv[0]))
        return best if papers >= DOMINANT_SHARE * total else None

    def _entity(self, eid: str, keys: list[str]) -> Entity:
        forms: Counter = Counter()
        long_labels: Counter = Counter()
        votes: dict[str, float] = defaultdict(float)
        mentions = papers = 0
        for key in keys:
            stats = self._stats[key]
            forms.update(stats.forms)
            long_labels.update(stats.long_labels)
            for kind, score in stats.votes.items():
                votes[kind] += score
            mentions += stats.mentions
            papers += stats.papers
        # The preferred label is a spelling of the long form where there is one, singular
        # rather than plural, then the most frequent, then as written in a definition, then
        # the first alphabetically.
        # A long form that is the tail of another ("modal large language models" beside
        # "multimodal ...") was cut short by the acronym finder.
        long_keys = {key for key in keys if self._stats[key].long_labels}
        cut_short = {a for a in long_keys for b in long_keys if a != b and b.endswith(a)}
        ranked = sorted(forms.keys() | long_labels.keys(),
                        key=lambda f: (match_key(f) not in long_keys, match_key(f) in cut_short, _is_plural(f),
                                       -forms[f] - long_labels[f], f not in long_labels, f.lower(), f))
        return Entity(
            id=eid,
            type=min(votes, key=lambda t: (-votes[t], _TYPE_ORDER.get(t, len(_TYPE_ORDER)), t)),
            label=ranked[0],
            aliases=sorted(ranked[1:]),
            type_votes={t: round(v, 4) for t, v in sorted(votes.items())},
            mentions=mentions,
            papers=papers,
        )

    def _spelling_variants(self) -> list[tuple[str, str]]:
        """Pairs of keys whose names differ in one word spelled alike ("language modelling").

        Names are blocked by their other words and the first three letters of the differing
        word, so only a few pairs are compared; the words must be six letters or more, end
        alike and be :data:`SPELLING_SIMILARITY` similar, and the names must share their digits.
        """
        blocks: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
        for key in sorted(self._stats):
            words = hyphen_form(min(self._stats[key].forms or self._stats[key].long_labels)).split("-")
            if len(words) < 2:
                continue
            for i, word in enumerate(words):
                if len(word) >= 6:
                    blocks[(tuple(words[:i]), tuple(words[i + 1 :]), word[:3], word[-1])].append((word, key))
        pairs = []
        for block in blocks.values():
            for (wa, a), (wb, b) in combinations(block, 2):
                if a != b and _digits(a) == _digits(b) and ratio(wa, wb) >= SPELLING_SIMILARITY:
                    pairs.append((a, b))
        return pairs

    def _variants(self, groups: Iterable[list[str]], by_key: dict[str, str]) -> list[tuple[str, str]]:
        """(variant, family) pairs: a name minus its version or size names another entity."""
        links: set[tuple[str, str]] = set()
        for keys in groups:
            variant = by_key[keys[0]]
            for key in keys:
                for form in self._stats[key].forms:
                    for name in family_names(form):
                        family = by_key.get(match_key(name))
                        if family is not None:
                            if family != variant:
                                links.add((variant, family))
                            break
        return sorted(links)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _is_plural(form: str) -> bool:
    """Whether the last word of ``form`` is a plural ("VAEs", "state space models")."""
    words = _words(form)
    return bool(words) and _singular(words[-1].casefold(), words[-1]) != words[-1].casefold()


def resolve(extractions: Iterable[Extraction]) -> tuple[dict[str, Entity], dict[tuple[str, int], str]]:
    """Group all mentions into entities.

    Returns the entities by id, and for each ``(paper id, mention index)`` the entity id.
    """
    extractions = list(extractions)
    resolver = Resolver()
    for ex in extractions:
        resolver.add(ex)
    table = resolver.finish()
    assignment = {(ex.paper.id, i): table.entity_of(m) for ex in extractions for i, m in enumerate(ex.entities)}
    return table.entities, assignment
