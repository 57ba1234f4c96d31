"""The served explorer's index: every node's names, read once from the store, for search and the first view.

``kg serve`` reads an :class:`ExploreIndex` in a background thread when it starts
(:func:`read_index`: a few scans of the store's indexes, no SPARQL) and answers the explorer's
``/explore/top`` (the entities named by most papers, per type, the relations among them and the
node counts) and ``/explore/search?q=`` from it, so that neither scans the store per request.

Search matches entity labels and aliases, paper labels (titles) and claim texts (their evidence
sentence's span of the abstract: :func:`sentence_texts`), ignoring case, and ranks as the static
page does: entities, then papers, then claims; within each, exact label, exact alias (or the same
match key, ``kg:matchKey``: "llama 2" finds LLaMA-2), label prefix, alias prefix, word start in the
label, anywhere in the label, anywhere in an alias; then by the number of papers and the label.
Exact and prefix matches come from the sorted names (bisect); the others from a scan of one
string of all names, which stops after :data:`SCAN_CAP` matches per group (the entities named by
most papers are scanned first) and then says the count is a lower bound.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from heapq import nsmallest
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox
from rdflib.namespace import RDF, RDFS

from kg import schema as S
from kg.errors import safe_text
from kg.resolve.keys import match_key
from kg.sparql.pool import ServeError

log = logging.getLogger(__name__)

TOP = 40
"""Entities of each type in the first view."""
SCAN_CAP = 20_000
"""Substring matches read per group (entities, papers, claims) before the count becomes a lower bound."""
MAX_QUERY = 200
"""Characters of a search that are used."""
MAX_ALIASES = 20
"""Aliases sent with a search hit."""
_RDF_TYPE = ox.NamedNode(str(RDF.type))
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WORD = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789")
_EDGES = {str(t.rdf_property): name for name, t in S.EDGE_TYPES.items()}
_STATES = S.EDGE_TYPES["states"].rdf_property
_START, _END, _FIELD, _ABSTRACT, _TITLE = (ox.NamedNode(str(term)) for term in (S.START, S.END, S.FIELD, S.ABSTRACT, S.TITLE))
_ENTITY, _PAPER, _CLAIM = 0, 10, 20
"""Rank bases of the three groups: every entity comes before every paper, every paper before every claim."""


def _clean(text: str) -> str:
    """Lower case, control characters as spaces (the newline separates names in a group's scan string)."""
    return _CONTROL.sub(" ", text).lower()


class Entry(NamedTuple):
    """One node of a group: what search returns of it and the names it is found by."""

    id: str
    type: str
    label: str
    papers: int = 1
    aliases: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    """Match keys (``kg:matchKey``): a search whose match key is one of them is an exact alias match."""


class Group:
    """The searchable names of one group of nodes, its entries in rank order (most papers, then label).

    The names, lower-cased, are one UTF-8 byte string separated by newlines (``blob``), the start of
    each in ``starts`` (one more at the end) and its entry in ``owners`` (entry * 2, plus 1 for an
    alias); ``order`` lists the names sorted, for bisection. Bytes rather than ``str``: one character
    outside Latin-1 would make a ``str`` of every claim text take four bytes a character.
    """

    def __init__(self, base: int, entries: Iterable[Entry]):
        entries = sorted(entries, key=lambda e: (-e.papers, e.label, e.id))
        self.base = base
        self.ids = [e.id for e in entries]
        self.types = [e.type for e in entries]
        self.labels = [e.label for e in entries]
        self.papers = array("q", (e.papers for e in entries))
        self.aliases = {k: e.aliases for k, e in enumerate(entries) if e.aliases}
        self.keys: dict[str, int | tuple[int, ...]] = {}
        names: list[bytes] = []
        self.owners = array("q")
        for k, e in enumerate(entries):
            label = _clean(e.label)
            names.append(label.encode())
            self.owners.append(2 * k)
            for alias in sorted({_clean(a) for a in e.aliases} - {label}):
                names.append(alias.encode())
                self.owners.append(2 * k + 1)
            for key in e.keys:
                known = self.keys.get(key)
                self.keys[key] = k if known is None else (*(known if isinstance(known, tuple) else (known,)), k)
        self.blob = b"\n".join(names)
        self.starts = array("q", accumulate((len(n) + 1 for n in names), initial=0))
        self.order = array("q", sorted(range(len(names)), key=names.__getitem__))

    def __len__(self) -> int:
        return len(self.ids)

    def _name(self, k: int) -> bytes:
        return self.blob[self.starts[k]:self.starts[k + 1] - 1]

    def match(self, q: str, key: str) -> tuple[dict[int, int], bool]:
        """Entry -> best rank (without the group's base) for the lower-case query ``q``; True when the scan was cut."""
        best: dict[int, int] = {}

        def note(entry: int, rank: int) -> None:
            if rank < best.get(entry, 99):
                best[entry] = rank

        qb = q.encode()
        first = bisect_left(self.order, qb, key=self._name)
        for k in self.order[first:bisect_left(self.order, qb + b"\xff", lo=first, key=self._name)]:
            entry, alias = divmod(self.owners[k], 2)
            note(entry, (0 if self.starts[k + 1] - 1 - self.starts[k] == len(qb) else 2) + alias)
        known = self.keys.get(key) if key else None
        for entry in known if isinstance(known, tuple) else () if known is None else (known,):
            note(entry, 1)
        found, at, cut = 0, self.blob.find(qb), False
        while at >= 0:
            k = bisect_right(self.starts, at) - 1
            if at != self.starts[k]:  # a prefix is counted above
                if found == SCAN_CAP:
                    cut = True
                    break
                found += 1
                entry, alias = divmod(self.owners[k], 2)
                note(entry, 6 if alias else 4 if self.blob[at - 1] not in _WORD else 5)
            at = self.blob.find(qb, at + 1)
        return best, cut

    def hit(self, entry: int, rank: int) -> dict:
        return {"id": self.ids[entry], "type": self.types[entry], "label": self.labels[entry],
                "papers": self.papers[entry], "aliases": list(self.aliases.get(entry, ())[:MAX_ALIASES]),
                "rank": self.base + rank}


class ExploreIndex:
    """Entities, papers and claims by name; the node counts; the first view."""

    def __init__(self, groups: list[Group], counts: dict[str, int], top_edges: list[tuple[str, str, str]]):
        self.groups, self.counts, self.top_edges = groups, counts, top_edges

    @property
    def entities(self) -> Group:
        return self.groups[0]

    def search(self, text: str, limit: int = 60) -> dict:
        """The best ``limit`` matches of ``text`` in rank order, and how many there are."""
        q = _clean(text.strip()[:MAX_QUERY]).strip()
        if not q:
            return {"query": "", "total": 0, "more": False, "hits": []}
        key = match_key(q)
        hits: list[dict] = []
        total, more = 0, False
        for group in self.groups:  # every entity ranks before every paper, every paper before every claim
            best, cut = group.match(q, key)
            total += len(best)
            more = more or cut
            if len(hits) < limit:  # ranks, then entry order (papers, label)
                chosen = nsmallest(limit - len(hits), ((rank, entry) for entry, rank in best.items()))
                hits.extend(group.hit(entry, rank) for rank, entry in chosen)
        return {"query": q, "total": total, "more": more, "hits": hits}

    def top(self, per_type: int = TOP) -> dict:
        """The first view: the ``per_type`` entities of each type named by most papers, the relations
        among them (``[subject, edge type, object]``) and the number of nodes of each type."""
        taken: dict[str, int] = {}
        nodes = []
        group = self.entities
        for entry in range(len(group)):
            kind = group.types[entry]
            if taken.get(kind, 0) < per_type:
                taken[kind] = taken.get(kind, 0) + 1
                nodes.append({"id": group.ids[entry], "type": kind, "label": group.labels[entry],
                              "papers": group.papers[entry]})
        chosen = {n["id"] for n in nodes}
        edges = [list(e) for e in self.top_edges if e[0] in chosen and e[2] in chosen]
        return {"counts": self.counts, "nodes": nodes, "edges": edges}


def _literals(store: ox.Store, predicate, wanted: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(subject, literal value) of every ``predicate`` triple whose subject is in ``wanted``."""
    for quad in store.quads_for_pattern(None, ox.NamedNode(str(predicate)), None):
        subject, value = quad.subject, quad.object
        if isinstance(subject, ox.NamedNode) and isinstance(value, ox.Literal) and subject.value in wanted:
            yield subject.value, value.value


def _first(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """One value per subject: the smallest, so that a store holding two gives the same index every time."""
    out: dict[str, str] = {}
    for subject, value in pairs:
        if subject not in out or value < out[subject]:
            out[subject] = value
    return out


def _typed(store: ox.Store, kinds: Iterable[str], counts: dict[str, int]) -> dict[str, str]:
    """IRI -> type of every node of the types ``kinds``; their numbers go into ``counts``."""
    members: dict[str, str] = {}
    for kind in kinds:
        count = 0
        for quad in store.quads_for_pattern(None, _RDF_TYPE, ox.NamedNode(str(S.NODE_TYPES[kind].rdf_class))):
            if isinstance(quad.subject, ox.NamedNode):
                members[quad.subject.value] = kind
                count += 1
        counts[kind] = count
    return members


def _entity_entries(store: ox.Store, members: dict[str, str]) -> list[Entry]:
    labels = _first(_literals(store, S.PREF_LABEL, members))
    papers = {s: int(v) for s, v in _first(_literals(store, S.PAPER_COUNT, members)).items() if v.isdigit()}
    aliases: dict[str, list[str]] = {}
    for subject, alias in _literals(store, S.ALT_LABEL, members):
        aliases.setdefault(subject, []).append(alias)
    keys: dict[str, list[str]] = {}
    for subject, key in _literals(store, S.MATCH_KEY, members):
        keys.setdefault(subject, []).append(key)
    return [Entry(s, t, labels.get(s, _tail(s)), papers.get(s, 0), tuple(sorted(aliases.get(s, ()))),
                  tuple(sorted(keys.get(s, ())))) for s, t in members.items()]


def _links(store: ox.Store, predicate) -> Iterator[tuple[str, str]]:
    """(subject, object) of every ``predicate`` triple between two IRIs."""
    for quad in store.quads_for_pattern(None, ox.NamedNode(str(predicate)), None):
        if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.NamedNode):
            yield quad.subject.value, quad.object.value


def _text_entries(store: ox.Store, members: dict[str, str], predicate) -> list[Entry]:
    texts = _first(_literals(store, predicate, members))
    return [Entry(s, t, texts.get(s, _tail(s))) for s, t in members.items()]


def _claim_entries(store: ox.Store, members: dict[str, str]) -> list[Entry]:
    """Claims by their text: the text of their ``kg:evidence`` sentence in the paper that ``kg:states`` them."""
    sentence_of = _first((c, s) for c, s in _links(store, S.EVIDENCE) if c in members)
    paper_of = _first((c, p) for p, c in _links(store, _STATES) if c in members)
    texts = sentence_texts(store, {s: paper_of[c] for c, s in sentence_of.items() if c in paper_of})
    return [Entry(c, t, texts.get(sentence_of.get(c), _tail(c))) for c, t in members.items()]


def sentence_texts(store: ox.Store, papers: dict[str, str]) -> dict[str, str]:
    """The text of each sentence in ``papers`` (sentence IRI -> its paper's IRI), which the graph does
    not repeat: an abstract sentence's is its span ``[kg:start, kg:end)`` of the paper's
    ``dcterms:abstract``, the title sentence's (``kg:field "title"``) the paper's ``dcterms:title``.
    Looked up sentence by sentence: a scan of every ``kg:start`` would read every quantity's too."""
    texts = {}
    paper, abstract = None, None  # one abstract at a time: the sentences are taken paper by paper
    for sentence, its_paper in sorted(papers.items(), key=lambda item: item[1]):
        if its_paper != paper:
            paper, abstract = its_paper, _value(store, ox.NamedNode(its_paper), _ABSTRACT)
        node = ox.NamedNode(sentence)
        start, end = _value(store, node, _START), _value(store, node, _END)
        if start is None or end is None:
            if _value(store, node, _FIELD) == "title" and (title := _value(store, ox.NamedNode(paper), _TITLE)):
                texts[sentence] = title
        elif abstract is not None and start.isdigit() and end.isdigit():
            texts[sentence] = abstract[int(start) : int(end)]
    return texts


def _value(store: ox.Store, subject: ox.NamedNode, predicate: ox.NamedNode) -> str | None:
    """The literal value of ``subject``'s ``predicate`` (the smallest, as :func:`_first` picks), or None."""
    values = [q.object.value for q in store.quads_for_pattern(subject, predicate, None) if isinstance(q.object, ox.Literal)]
    return min(values) if values else None


def _tail(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def read_index(store_dir: str | Path, per_type: int = TOP) -> ExploreIndex:
    """The index of the store in ``store_dir``, opened read-only (other readers may use it meanwhile)."""
    store = ox.Store.read_only(str(store_dir))
    try:
        counts: dict[str, int] = {}
        groups = [Group(_ENTITY, _entity_entries(store, _typed(store, S.ENTITY_TYPES, counts))),
                  Group(_PAPER, _text_entries(store, _typed(store, (S.PAPER,), counts), RDFS.label)),
                  Group(_CLAIM, _claim_entries(store, _typed(store, (S.CLAIM,), counts)))]
        counts = {kind: counts.get(kind, 0) for kind in S.NODE_TYPES}
        top = {n["id"] for n in ExploreIndex(groups, counts, []).top(per_type)["nodes"]}
        edges = []
        for subject in sorted(top):
            for quad in store.quads_for_pattern(ox.NamedNode(subject), None, None):
                kind = _EDGES.get(quad.predicate.value)
                if kind and isinstance(quad.object, ox.NamedNode) and quad.object.value in top:
                    edges.append((subject, kind, quad.object.value))
        return ExploreIndex(groups, counts, sorted(edges))
    finally:
        del store


class IndexNotReady(Exception):
    """The index is still being read."""


class BackgroundIndex:
    """The index of a store, read in a background thread from construction on."""

    def __init__(self, store_dir: str | Path):
        self.store_dir = Path(store_dir)
        self.ready = threading.Event()
        self.index: ExploreIndex | None = None
        self.error: str | None = None
        self.seconds = 0.0
        self.closed = False
        self.thread = threading.Thread(target=self._read, name="kg-explore-index", daemon=True)
        self.thread.start()

    def _read(self) -> None:
        started = time.perf_counter()
        try:
            self.index = read_index(self.store_dir)
        except Exception as error:  # noqa: BLE001 - reported to whoever asks for the index
            self.error = f"the explorer's index of {self.store_dir} could not be read: {safe_text(error)}"
            if not self.closed:
                log.error("%s", self.error)
        self.seconds = time.perf_counter() - started
        if self.index is not None:
            log.info("explorer index read in %.1f s: %s", self.seconds,
                     ", ".join(f"{n:,} {t}" for t, n in self.index.counts.items()))
        self.ready.set()

    def get(self, wait: float) -> ExploreIndex:
        """The index, waiting up to ``wait`` seconds for it; raises IndexNotReady, or ServeError when it failed."""
        if not self.ready.wait(wait):
            raise IndexNotReady()
        if self.index is None:
            raise ServeError(self.error or "the explorer's index could not be read")
        return self.index

    def close(self, wait: float = 10.0) -> None:
        """Stop caring about the index; wait up to ``wait`` seconds for a read in progress (its store may be
        a temporary one about to be removed)."""
        self.closed = True
        self.thread.join(wait)
