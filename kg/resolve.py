"""Entity resolution: which mentions, across all papers, name the same thing.

Mentions are grouped by a match key that ignores case, spacing, hyphens, plurals,
possessives and leading determiners ("the proposed", "our"); acronyms join their long form
(within a paper, and across papers once a definition has been seen). Version and size
suffixes survive the key, so "GPT-3" and "GPT-4" stay apart.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.records import Extraction, Mention

_LEADING = re.compile(
    r"^(?:(?:the|a|an|our|their|its|this|these|those|proposed|novel|new|existing|popular)\s+)+", re.I
)
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/]+")
_INVARIANT_S = ("ss", "us", "is", "ics")


def label_form(text: str) -> str:
    """A mention's text tidied for display: NFC, single spaces, no determiners or possessive."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    text = _LEADING.sub("", text)
    return _POSSESSIVE.sub("", text).strip() or text


def hyphen_form(text: str) -> str:
    """Lower-case words of a label joined by hyphens, plural of the last word dropped.

    >>> hyphen_form("the Variational Autoencoders")
    'variational-autoencoder'
    >>> hyphen_form("Llama 2")
    'llama-2'
    """
    label = unicodedata.normalize("NFKC", label_form(text))
    original = [w for w in _SEPARATORS.split(label) if w]
    words = [w.casefold() for w in original]
    if words:
        last = original[-1]
        acronym_plural = len(last) > 2 and last.endswith("s") and last[:-1].isupper()  # "VAEs", "LLMs"
        if acronym_plural or (len(last) > 3 and last.endswith("s") and not words[-1].endswith(_INVARIANT_S)):
            words[-1] = words[-1][:-2] if words[-1].endswith("sses") else words[-1][:-1]
    return "-".join(words)


def match_key(text: str) -> str:
    """The key two mentions must share to be merged: the hyphen form without separators.

    >>> match_key("LLaMA-2") == match_key("Llama2") == match_key("Llama 2")
    True
    >>> match_key("GPT-3") == match_key("GPT-4")
    False
    """
    return re.sub(r"[^\w.+]", "", hyphen_form(text))


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
    forms: Counter = field(default_factory=Counter)


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


def resolve(extractions: Iterable[Extraction]) -> tuple[dict[str, Entity], dict[tuple[str, int], str]]:
    """Group all mentions into entities.

    Returns the entities by id, and for each ``(paper id, mention index)`` the entity id.
    """
    extractions = list(extractions)
    groups = _UnionFind()
    definitions: dict[str, set[str]] = defaultdict(set)  # short key → long keys
    for ex in extractions:
        for m in ex.entities:
            groups.find(match_key(m.text))
            if m.long_form:
                long_key = match_key(m.long_form)
                definitions[match_key(m.text)].add(long_key)
                groups.union(match_key(m.text), long_key)
    # An acronym with exactly one known expansion joins it in every paper.
    for short, longs in definitions.items():
        if len(longs) == 1:
            groups.union(short, next(iter(longs)))

    members: dict[str, list[tuple[Extraction, int, Mention]]] = defaultdict(list)
    for ex in extractions:
        for i, m in enumerate(ex.entities):
            members[groups.find(match_key(m.text))].append((ex, i, m))

    entities: dict[str, Entity] = {}
    assignment: dict[tuple[str, int], str] = {}
    for root in sorted(members):
        group = members[root]
        entity = _entity(group, definitions)
        entities[entity.id] = entity
        for ex, i, _ in group:
            assignment[(ex.paper.id, i)] = entity.id
    return entities, assignment


def _entity(group: list[tuple[Extraction, int, Mention]], definitions: dict[str, set[str]]) -> Entity:
    votes: dict[str, float] = defaultdict(float)
    forms: Counter = Counter()
    for _, _, m in group:
        votes[m.type] += m.score
        forms[label_form(m.text)] += 1
    long_forms = {label_form(m.long_form) for _, _, m in group if m.long_form}
    # Long forms are preferred labels; otherwise the most frequent form, then the first alphabetically.
    ranked = sorted(forms, key=lambda f: (f not in long_forms, -forms[f], f.lower(), f))
    label = ranked[0]
    kind = sorted(votes, key=lambda t: (-votes[t], t))[0]
    representative = min((hyphen_form(f) for f in forms if f in long_forms), default=None) or min(
        hyphen_form(f) for f in forms
    )
    return Entity(
        id=f"entity/{slug(representative)}",
        type=kind,
        label=label,
        aliases=sorted(f for f in forms if f != label),
        type_votes={t: round(v, 4) for t, v in sorted(votes.items())},
        mentions=len(group),
        papers=len({ex.paper.id for ex, _, _ in group}),
        forms=forms,
    )
