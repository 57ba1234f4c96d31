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

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import combinations, groupby
from os.path import commonprefix

from networkx.utils import UnionFind
from rapidfuzz.fuzz import ratio

from kg.pipeline.workspace import Workspace
from kg.records import Extraction, Mention
from kg.resolve.keys import (OWNER_MARK, entity_id, family_names, has_parameter_size, hyphen_form, label_form,
                             label_words, match_key, mention_key, name_of_key, one_papers_own, singular,
                             without_model_noun)
from kg.resolve.typing import decide_type, link
from kg.extract import knowledge
from kg.extract.rules.lexicon import head_type
from kg.extract.rules.repeats import REPEAT_EXTRACTOR
from kg.extract.wordlists import of_model_family
from kg.schema import DATASET, METHOD, METRIC, MODEL, SYSTEMS, TASK

LONG_FORM_SIMILARITY = 90.0
"""Two long forms of one acronym this similar (rapidfuzz ratio of their keys) name one thing."""
SPELLING_SIMILARITY = 90.0
"""Names that differ in one word this similar (rapidfuzz ratio) are spellings of one name."""
DOMINANT_SHARE = 0.9
"""An acronym defined several ways joins the long form given by this share of its definitions."""
TYPED_SHARE = 2 / 3
"""Or the long form of the kind its bare uses vote for, given by this share of its definitions."""
FAMILY_ROUNDS = 4
"""Rounds of passing a family's type down to its versions and sizes (chains are short)."""
FAMILY_SHARE = 0.6
"""A family passes Model down only when that share of its own mentions' votes say Model (not "AIME",
typed Model by 40% of its votes, to its benchmark "AIME24")."""
SIZED_EVIDENCE = 0.1
"""A family its own mentions call a data set becomes a Model by its sized versions only when their summed votes
reach this share of its Dataset votes: "LLaDA-8B" (10.1 votes) makes "LLaDA" (10.4 for Dataset) a model, one
mention of "BrowseComp-Small" or "LongVideoBench XL" does not turn the benchmarks (51 and 39) into models."""
TRUSTED_DEFINITIONS = 2
TRUSTED_SHARE = 0.25
"""An acronym joins its meaning across the corpus when at least TRUSTED_DEFINITIONS papers define it
so, or when the papers defining it are TRUSTED_SHARE of those using it undefined: one paper's
"KITTI (Karlsruhe Institute ...)" or "METEOR (Multi-Encoder ...)" does not rename the KITTI and
METEOR of two hundred others."""
ACRONYM_NAME_SHARE = 3
ACRONYM_NAME_PAPERS = 5
"""An acronym written in ACRONYM_NAME_SHARE times as many papers as its long forms, and in at least
ACRONYM_NAME_PAPERS, is the name people look up even where the long form is written in lower case: CLIP,
BERT, PSNR, AUC (as BLEU is for a title-case long form)."""
KIND_SHARE = 2 / 3
"""An acronym defined several ways whose long forms name one kind of thing (by their head nouns) in this share of
its definitions takes that kind's head noun as a type vote where it is written bare ("ASR": automatic speech
recognition in 22 papers, attack success rate in 7)."""
HINT_SHARE = 0.1
"""Below trust, definitions that are at least this share of the bare uses still give the bare acronym its
long form's head noun as a type vote ("GRPO": "... Policy Optimization", a method)."""


def _same_kind(kind: str, known: set[str]) -> bool:
    """Whether ``kind`` is one of the ``known`` types, a method and a model counting as one kind (Papers with
    Code's methods hold architectures: "GAN", "Generative Adversarial Networks")."""
    return kind in known or kind in SYSTEMS and not known.isdisjoint(SYSTEMS)


def paper_keys(extraction: Extraction) -> list[str]:
    """The key each mention of ``extraction`` is counted under: :func:`mention_key`, or for a name the paper proposes
    and defines no acronym by, the name's key marked with the paper (:data:`OWNER_MARK`), for every mention of that
    name in the paper. :meth:`Resolver.finish` joins such a key to the name's unless several
    papers propose the name: "PRISM" or "VISTA", proposed by six papers of a few thousand, are six things."""
    mentions = extraction.entities
    keys = [mention_key(m) for m in mentions]
    # An acronym the paper defines one way means its long form wherever the paper writes it: "PRISM" in the title of a
    # paper whose abstract defines "PRISM (Progressive Reasoning through Iterative Slot Memory)" is that long form's,
    # not the bare "PRISM" other papers write (which would join every paper defining its own "PRISM" into one thing).
    meanings: dict[str, set[str]] = {}
    for m, key in zip(mentions, keys):
        if m.long_form:
            meanings.setdefault(match_key(m.text), set()).add(key)
    if meanings:
        keys = [next(iter(meant)) if not m.long_form and len(meant := meanings.get(match_key(m.text), ())) == 1
                else key for m, key in zip(mentions, keys)]
    own = {key for m, key in zip(mentions, keys) if m.graph and m.proposed and not m.long_form}
    if not own:
        return keys
    # not an acronym the paper defines, nor its long form: the acronym rules join those ("CHASD: ..." in the title)
    defined = set(meanings).union(*meanings.values())
    own -= defined
    return [f"{key}{OWNER_MARK}{extraction.paper.id}" if key in own and not m.long_form else key
            for m, key in zip(mentions, keys)]


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
    link: str | None = None  # Papers with Code identifier ("method/bert"), see kg.resolve.typing


_FLUSH_AFTER = 20_000
"""Mentions :meth:`Resolver.add` gathers before writing them to its tables in one transaction."""
_CHUNK = 500  # keys per ``IN (...)`` lookup, under SQLite's limit on bound parameters


class _Entities(Mapping):
    """Entities by id, in id order, read from the resolver's tables."""

    def __init__(self, db: sqlite3.Connection):
        self._db = db

    def __getitem__(self, entity_id: str) -> Entity:
        row = self._db.execute("SELECT * FROM res_entity WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            raise KeyError(entity_id)
        return _entity_from_row(row)

    def __iter__(self) -> Iterator[str]:
        for chunk in self._chunks("SELECT id FROM res_entity WHERE id > ? ORDER BY id LIMIT ?"):
            yield from (row[0] for row in chunk)

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM res_entity").fetchone()[0]

    def chunks(self, size: int = 2000) -> Iterator[list[Entity]]:
        """All entities in id order, ``size`` at a time."""
        for chunk in self._chunks("SELECT * FROM res_entity WHERE id > ? ORDER BY id LIMIT ?", size):
            yield [_entity_from_row(row) for row in chunk]

    def values(self) -> Iterator[Entity]:  # type: ignore[override]
        for chunk in self.chunks():
            yield from chunk

    def _chunks(self, sql: str, size: int = 2000) -> Iterator[list[tuple]]:
        return _keyset_pages(self._db, sql, size)


def _keyset_pages(db: sqlite3.Connection, sql: str, size: int) -> Iterator[list[tuple]]:
    """Rows of ``sql`` (``... WHERE first column > ? ORDER BY it LIMIT ?``), ``size`` at a time.

    Keyset paging: no cursor stays open while the caller runs other statements.
    """
    last = ""
    while rows := db.execute(sql, (last, size)).fetchall():
        last = rows[-1][0]
        yield rows


def _entity_from_row(row: tuple) -> Entity:
    eid, kind, label, aliases, votes, mentions, papers, link = row
    return Entity(eid, kind, label, json.loads(aliases), json.loads(votes), mentions, papers, link)


class EntityTable:
    """The outcome of resolution: entities by id, variantOf links, and the key → entity map."""

    def __init__(self, db: sqlite3.Connection, variants: list[tuple[str, str]]):
        self._db = db
        self.entities = _Entities(db)
        self.variants = variants  # (variant entity id, family entity id)

    def entity_of(self, mention: Mention) -> str:
        """The entity id of a mention added to the resolver that made this table."""
        return self.entity_ids([mention])[0]

    def entity_ids(self, mentions: Iterable[Mention]) -> list[str | None]:
        """The entity ids of many mentions of papers that propose none of them, looked up together; None for a
        mention that is no graph entity (:meth:`paper_entity_ids` for a paper's mentions)."""
        mentions = list(mentions)
        return self._ids(mentions, [mention_key(m) for m in mentions])

    def paper_entity_ids(self, extractions: Iterable[Extraction]) -> list[list[str | None]]:
        """The entity ids of each paper's mentions (:func:`paper_keys`), looked up together."""
        extractions = list(extractions)
        keys = [paper_keys(ex) for ex in extractions]
        flat = iter(self._ids([m for ex in extractions for m in ex.entities], [k for row in keys for k in row]))
        return [[next(flat) for _ in row] for row in keys]

    def _ids(self, mentions: list[Mention], keys: list[str]) -> list[str | None]:
        wanted = [(key, match_key(m.text)) for m, key in zip(mentions, keys)]
        found = self._lookup({k for pair in wanted for k in pair})
        ids = []
        for m, (key, short) in zip(mentions, wanted):
            if not m.graph:
                ids.append(None)
                continue
            entity = found[key] if key in found else found.get(short)
            if entity is None:
                raise KeyError(f"mention {m.text!r} was not added to the resolver")
            ids.append(entity or None)  # empty: an entity resolution left out (Resolver._leave_out_unnamed_data)
        return ids

    def types(self, entity_ids: Iterable[str]) -> dict[str, str]:
        """The type of each of ``entity_ids``."""
        return self._pairs("SELECT id, type FROM res_entity WHERE id IN", set(entity_ids))

    def _lookup(self, keys: set[str]) -> dict[str, str]:
        return self._pairs("SELECT key, entity FROM res_key_entity WHERE key IN", keys)

    def _pairs(self, select: str, values: set[str]) -> dict[str, str]:
        """``select`` (two columns, ending in ``IN``) over ``values``, as a dict."""
        return dict(_rows_in(self._db, select, values))


def _rows_in(db: sqlite3.Connection, select: str, values: Iterable[str]) -> Iterator[tuple]:
    """The rows of ``select`` (ending in ``IN``) over ``values``, a chunk at a time."""
    for marks, chunk in _in_chunks(values):
        yield from db.execute(f"{select} ({marks})", chunk)


def _in_chunks(values: Iterable[str]) -> Iterator[tuple[str, list[str]]]:
    """``values`` sorted and cut into chunks for ``IN (...)``, each with its placeholders."""
    ordered = sorted(values)
    for lo in range(0, len(ordered), _CHUNK):
        chunk = ordered[lo : lo + _CHUNK]
        yield ",".join("?" * len(chunk)), chunk


class Resolver:
    """Accumulates per-key statistics paper by paper (:meth:`add`), then resolves (:meth:`finish`).

    Statistics and results are kept in the ``res_*`` tables of ``workspace`` (declared in
    ``kg.pipeline.workspace``; an in-memory workspace unless one is given), so memory stays flat
    whatever the number of papers and names; only the keys that a spelling or acronym rule
    joins are held while resolving.
    """

    def __init__(self, workspace: Workspace | None = None) -> None:
        self.workspace = workspace if workspace is not None else Workspace()
        self.workspace.reset("resolver")
        self.db = self.workspace.db
        self._forms: Counter = Counter()  # (key, label form) → mentions, not yet written
        self._longs: Counter = Counter()  # (long key, label form of the long form) → papers
        self._keys: dict[str, list[int]] = {}  # key → [mentions, papers]
        self._defs: Counter = Counter()  # (short key, long key) → papers
        self._votes: list[tuple[str, str, float]] = []  # in mention order: sums stay exact per order
        self._paper_keys: list[tuple[str, int]] = []  # (key, paper number): an entity's papers are counted once
        self._papers_added = 0
        self._pending = 0

    def add(self, extraction: Extraction) -> None:
        in_paper: set[str] = set()
        defined: set[tuple[str, str]] = set()
        for m, key in zip(extraction.entities, paper_keys(extraction)):
            if not m.graph:  # a mention only (kg.extract.entities), not a graph entity
                continue
            self._forms[key, label_form(m.text)] += 1
            # a repeat copies the type of the name's other spans in the paper: no evidence of its own
            self._votes.append((key, m.type, 0.0 if m.extractor == REPEAT_EXTRACTOR else m.score))
            counts = self._keys.get(key)
            if counts is None:
                counts = self._keys[key] = [0, 0]
            counts[0] += 1
            if key not in in_paper:
                in_paper.add(key)
                counts[1] += 1
            short = match_key(m.text)
            if m.long_form and short != key and (short, key) not in defined:
                defined.add((short, key))
                self._longs[key, label_form(m.long_form)] += 1
        self._defs.update(defined)
        self._paper_keys += [(key, self._papers_added) for key in in_paper]
        self._papers_added += 1
        self._pending += len(extraction.entities)
        if self._pending >= _FLUSH_AFTER:
            self._flush()

    def _flush(self) -> None:
        with self.db:
            self.db.executemany("INSERT INTO res_key VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                                "mentions = mentions + excluded.mentions, papers = papers + excluded.papers",
                                ((k, m, p) for k, (m, p) in self._keys.items()))
            self.db.executemany("INSERT INTO res_form VALUES (?, ?, ?) ON CONFLICT (key, form) DO UPDATE "
                                "SET n = n + excluded.n", ((k, f, n) for (k, f), n in self._forms.items()))
            self.db.executemany("INSERT INTO res_long VALUES (?, ?, ?) ON CONFLICT (key, label) DO UPDATE "
                                "SET n = n + excluded.n", ((k, f, n) for (k, f), n in self._longs.items()))
            self.db.executemany("INSERT INTO res_def VALUES (?, ?, ?) ON CONFLICT (short, long) DO UPDATE "
                                "SET papers = papers + excluded.papers",
                                ((s, k, n) for (s, k), n in self._defs.items()))
            self.db.executemany("INSERT INTO res_vote VALUES (?, ?, ?) ON CONFLICT (key, type) DO UPDATE "
                                "SET score = score + excluded.score", self._votes)
            self.db.executemany("INSERT INTO res_paper_key VALUES (?, ?)", self._paper_keys)
        self._forms, self._longs, self._keys, self._defs, self._votes = Counter(), Counter(), {}, Counter(), []
        self._paper_keys = []
        self._pending = 0

    def finish(self) -> EntityTable:
        self._flush()
        groups = UnionFind()  # keys some rule joins; every other key is its own group
        owned_names = self._owned_names()
        apart = {name for name, owned in owned_names.items() if not self._one_thing(name, owned)}
        for a, b in self._spelling_variants(apart):
            groups.union(a, b)
        merged_shorts: set[str] = set()  # keys that never name their group: acronyms, "... score"
        for described, name in self._based_variants():
            groups.union(described, name)
        for name, scored in self._score_variants():
            groups.union(name, scored)
            merged_shorts.add(scored)
        for name, with_noun in self._model_noun_variants():
            groups.union(name, with_noun)
            merged_shorts.add(name)
        meanings: dict[str, str] = {}  # trusted acronym key → the long key it joined
        untrusted: dict[str, str] = {}  # acronym key → the long key its too few definitions agree on
        undecided: list[tuple[str, Counter, int]] = []  # acronyms whose definitions disagree, their meanings' count
        for short, longs in self._definitions():
            meaning = self._settle(short, longs, groups, merged_shorts, meanings, untrusted)
            if meaning is None:
                undecided.append((short, longs, _groups_of(longs, groups)))
                if (kind_of_all := self._one_kind_meant(short, longs)) is not None:
                    untrusted[short] = kind_of_all
        for key, expanded in self._expanded_names(meanings):
            groups.union(key, expanded)
        # Long forms that are one name once acronyms inside them are spelled out ("Explainable AI", "Explainable
        # Artificial Intelligence") agree on what the acronym of both ("XAI") stands for; an acronym none of whose
        # long forms joined another since is read as before, and is not read again.
        for short, longs, before in undecided:
            if _groups_of(longs, groups) < before:
                self._settle(short, longs, groups, merged_shorts, meanings, untrusted)

        for key, owned in owned_names.items():
            for own in owned if key not in apart else ():
                groups.union(key, own)
                merged_shorts.add(own)  # the name's key, or its long form's, names the entity

        # Keys some rule joined, by group; the canonical key of a group names its entity.
        members: dict[str, list[str]] = defaultdict(list)
        for key in sorted(groups.parents):
            members[groups[key]].append(key)
        canonical = {root: min((k for k in keys if k not in merged_shorts), default=min(keys))
                     for root, keys in members.items()}
        with self.db:
            for keys in self._key_chunks():
                self.db.executemany("INSERT INTO res_key_entity VALUES (?, ?)", [
                    (key, entity_id(canonical[groups[key]] if key in groups.parents else key)) for key in keys])
        del members, canonical, groups

        links: set[tuple[str, str, str]] = set()
        with self.db:
            rows = []
            for eid, keys, forms, longs, votes, papers in self._entity_stats():
                rows.append(self._entity(eid, keys, forms, longs, votes, papers,
                                         self._defined_head(keys, longs, untrusted)))
                links.update(self._family_links(eid, forms))
                if len(rows) >= 2000:
                    self.db.executemany("INSERT INTO res_entity VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
                    rows = []
            self.db.executemany("INSERT INTO res_entity VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
            linked = {eid: (kind, json.loads(votes), label) for eid, kind, votes, label in _rows_in(
                self.db, "SELECT id, type, votes, label FROM res_entity WHERE id IN",
                {eid for variant, family, _ in links for eid in (variant, family)})}
            variants = _named_families(links, linked)
            self._type_variants_as_families(variants, linked)
            unnamed = self._leave_out_unnamed_data()
        return EntityTable(self.db, sorted((v, f) for v, f in variants if v not in unnamed and f not in unnamed))

    def _owned_names(self) -> dict[str, list[str]]:
        """Keys of the papers proposing a name, by the name's key."""
        rows = self.db.execute("SELECT key FROM res_key WHERE key LIKE ? ORDER BY key", (f"%{OWNER_MARK}%",))
        return {name: list(owned) for name, owned in groupby((key for key, in rows), key=name_of_key)}

    def _one_thing(self, name: str, owned: list[str]) -> bool:
        """Whether a name's proposals are one thing: one paper proposes it, or more papers write it without proposing
        it than propose it ("RL", read as one paper's own name, is everyone's). Names several papers propose, and few
        others write, stay apart: one entity per paper."""
        return len(owned) == 1 or self._bare_papers(name) > len(owned)

    def _leave_out_unnamed_data(self) -> set[str]:
        """Leave out of the graph the entities typed Dataset that are phrases of ordinary lower-case words, headed
        by no data set's noun and unknown to Papers with Code ("high dynamic range", "domain-specific language",
        "breast cancer screening", "small and medium-sized enterprises"): data sets have names. Their keys map to
        no entity (an empty id, which :meth:`EntityTable.entity_ids` reads as none); the ids left out are returned."""
        rows = self.db.execute("SELECT id, label FROM res_entity WHERE type = ?", (DATASET,))
        unnamed = {eid for eid, label in rows if _unnamed_data(label)}
        self.db.executemany("DELETE FROM res_entity WHERE id = ?", [(eid,) for eid in sorted(unnamed)])
        for marks, chunk in _in_chunks(unnamed):  # one scan of the key table per chunk, not per entity
            self.db.execute(f"UPDATE res_key_entity SET entity = '' WHERE entity IN ({marks})", chunk)
        return unnamed

    def _type_variants_as_families(self, variants: set[tuple[str, str]], linked: dict[str, tuple]) -> None:
        """A version or size of a model is a model: "GPT-5", which the recogniser, never having seen
        it, reads as a dataset like "CIFAR-10", is a Model because "GPT" is. Model passes down only:
        the recogniser's new-model errors are of this kind, while a family mistyped as a method or
        dataset ("LLaMA" as a Method) would spread its error to every version, and only from a
        family most of whose own mentions say Model (:data:`FAMILY_SHARE`), and not to a version Papers
        with Code lists as a data set whose own mentions outvote the family's as one ("ADE20K" under "ADE").

        And a family with a size in parameters is a model: "LLaVA-1.5-7B" (a Model) makes "LLaVA-1.5"
        one, and then its other versions, unless Papers with Code lists the family as a dataset, task
        or metric, or its sized versions are too rarely written to outweigh its Dataset votes
        (:data:`SIZED_EVIDENCE`). Chains ("GPT-5-mini" → "GPT-5" → "GPT") settle in a few rounds. Last, a
        family whose versions are all data sets (two or more) is one ("AIME" of "AIME24", "AIME25"), unless it
        is a task by what its name stands for against its own votes ("VQA" of "VQA-v2").
        ``linked`` holds each linked entity's ``(type, votes, label)``."""
        types = {eid: kind for eid, (kind, _, _) in linked.items()}
        labels = {eid: label for eid, (_, _, label) in linked.items()}

        def share(eid: str, kind: str) -> float:  # of the entity's own votes
            votes = linked[eid][1]
            return votes.get(kind, 0.0) / max(sum(votes.values()), 1e-9)

        sized_votes: dict[str, float] = {}  # each family's sized versions' summed votes
        for variant, family in variants:
            if has_parameter_size(labels[variant]):
                sized_votes[family] = sized_votes.get(family, 0.0) + sum(linked[variant][1].values())

        def sized_enough(family: str) -> bool:
            return sized_votes.get(family, 0.0) >= SIZED_EVIDENCE * linked[family][1].get(DATASET, 0.0)

        def data_by_its_own_votes(variant: str, family: str) -> bool:
            # a version Papers with Code lists as a data set, most of whose mentions say so, more of them than all
            # the family's: "ADE20K" (six mentions as a data set) under "ADE" (one, a model); not a model's release
            return share(variant, DATASET) > 0.5 and DATASET in knowledge.known_types(labels[variant]) \
                and linked[variant][1].get(DATASET, 0.0) > sum(linked[family][1].values()) \
                and not of_model_family(labels[variant]) and not has_parameter_size(labels[variant])

        changed: dict[str, str] = {}
        passed: set[str] = set()  # Models by a clear family: they pass it on ("GPT" → "GPT-5" → "GPT-5-mini")
        sized_up: set[str] = set()  # families that are Models by a sized version ("LLaVA-1.5" by "LLaVA-1.5-7B")
        for _ in range(FAMILY_ROUNDS):
            moved = False
            for variant, family in sorted(variants):
                # a family its mentions call a data set, a Model only by a sized version ("GSM" by "GSM-Base"),
                # does not overrule a version most of whose mentions say data set too ("GSM8K")
                clear = share(family, MODEL) >= FAMILY_SHARE or family in passed and (
                    family not in sized_up or linked[family][0] != DATASET or has_parameter_size(labels[variant])
                    or _MODEL_RELEASE.search(labels[variant]) is not None or share(variant, DATASET) <= 0.5)
                if types[family] == MODEL and clear and variant not in passed \
                        and not data_by_its_own_votes(variant, family):
                    if types[variant] != MODEL:
                        types[variant] = changed[variant] = MODEL
                    passed.add(variant)
                    moved = True
                elif (types[variant] == MODEL and family not in passed and has_parameter_size(labels[variant])
                      and sized_enough(family) and (types[family] == MODEL or types[family] in (DATASET, METHOD)
                           and not knowledge.known_types(labels[family]) & {DATASET, TASK, METRIC})):
                    if types[family] != MODEL:
                        types[family] = changed[family] = MODEL
                    passed.add(family)  # a sized version confirms it: it passes Model to its other versions
                    sized_up.add(family)
                    moved = True
            if not moved:
                break
        # A family whose versions are all data sets, at least two of them and none sized, is a benchmark
        # whatever its own votes say: "AIME" of "AIME24" and "AIME25".
        versions: dict[str, list[str]] = {}
        for variant, family in variants:
            versions.setdefault(family, []).append(variant)
        for family, members in sorted(versions.items()):
            if types[family] == TASK and share(family, TASK) < 0.5:
                continue  # a task by what its name stands for, not by its votes: "VQA" of "VQA-v2", "VQAv2"
            if types[family] != DATASET and family not in passed and len(members) >= 2 \
                    and all(types[v] == DATASET and not has_parameter_size(labels[v]) for v in members) \
                    and not knowledge.known_types(labels[family]) - {DATASET}:
                types[family] = changed[family] = DATASET
        self.db.executemany("UPDATE res_entity SET type = ? WHERE id = ?", sorted((t, i) for i, t in changed.items()))

    def _key_chunks(self, size: int = 20_000) -> Iterator[list[str]]:
        """Every key, in order, ``size`` at a time."""
        if self._known(""):  # a name of no letter or digit (e.g. only U+FFFD): the pages start after ""
            yield [""]
        for rows in _keyset_pages(self.db, "SELECT key FROM res_key WHERE key > ? ORDER BY key LIMIT ?", size):
            yield [key for (key,) in rows]

    def _known(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM res_key WHERE key = ?", (key,)).fetchone() is not None

    def _bare_papers(self, key: str) -> int:
        """The papers that write ``key``'s name (0 for a key no mention has)."""
        row = self.db.execute("SELECT papers FROM res_key WHERE key = ?", (key,)).fetchone()
        return row[0] if row is not None else 0

    def _top_form(self, key: str) -> str | None:
        """The form ``key`` is most often written in."""
        row = self.db.execute("SELECT form FROM res_form WHERE key = ? ORDER BY n DESC, form LIMIT 1",
                              (key,)).fetchone()
        return row[0] if row is not None else None

    def _long_label(self, long_key: str) -> str | None:
        """The long form most often written under ``long_key``."""
        row = self.db.execute("SELECT label FROM res_long WHERE key = ? ORDER BY n DESC, label LIMIT 1",
                              (long_key,)).fetchone()
        return row[0] if row is not None else None

    def _settle(self, short: str, longs: Counter, groups: UnionFind, merged_shorts: set[str],
                meanings: dict[str, str], untrusted: dict[str, str]) -> str | None:
        """The meaning of the acronym keyed ``short`` defined as ``longs``, or None where they disagree; a
        trusted meaning joins the bare acronym (:meth:`_trust`), a hint only types it."""
        support = self._support(longs, groups)
        meaning = _dominant(support, sum(longs.values())) or self._typed_meaning(short, longs, support, groups)
        trust = self._trust(short, longs, meaning, groups) if meaning is not None else None
        if trust == "trusted":
            meanings[short] = meaning
            if self._known(short):  # written bare somewhere
                groups.union(short, meaning)
                merged_shorts.add(short)
        elif trust == "hint":
            untrusted[short] = meaning
        return meaning

    def _trust(self, short: str, longs: Counter, meaning: str, groups: UnionFind) -> str | None:
        """How far an acronym used undefined under ``short`` takes ``meaning``: ``"trusted"`` everywhere, when
        it is written as an acronym (two capitals or a capital and a digit, as most often written) and enough
        papers define it so (:data:`TRUSTED_DEFINITIONS`, :data:`TRUSTED_SHARE`); ``"hint"``, only its long
        form's head noun as a type vote, when they are fewer but still :data:`HINT_SHARE` of the bare uses;
        else None. Where other papers write it bare, a share counts only if Papers with Code does not know the
        acronym as another type than its long form's mentions vote for."""
        form = self._top_form(short)
        if form is not None and not _written_as_acronym(form):
            return None
        defining = sum(papers for long, papers in longs.items() if groups[long] == groups[meaning])
        bare = self._bare_papers(short)
        if defining >= TRUSTED_DEFINITIONS or bool(bare) and defining >= bare:
            return "trusted"
        if not bare:
            return None  # no paper writes it bare: nothing to rename or type, no vote to look up
        known = knowledge.known_types(form) if form is not None else set()
        voted = self._voted(meaning)
        if known and voted is not None and not _same_kind(voted, known):
            return None  # "FPS" is a metric to Papers with Code: one "Frequency-aware Point Selection (FPS)" is no hint
        if DATASET in known and not self._known_meaning(form, meaning):
            return None  # "R2R" is the Room-to-Room data set to Papers with Code: one paper's "radar-to-4D radar
            # (R2R)" does not rename the others' R2R (a method's names there are too few to go by: "Single Shot
            # Detector (SSD)")
        if defining >= TRUSTED_SHARE * bare:
            return "trusted"
        return "hint" if defining / bare >= HINT_SHARE else None

    @staticmethod
    def _known_meaning(form: str, meaning: str) -> bool:
        """Whether the long key ``meaning`` (a :func:`match_key`) is the key of one of the names Papers with Code gives
        the data set ``form``."""
        return any(meaning == match_key(name)
                   for entry in knowledge.lookup(form) if entry.type == DATASET for name in knowledge.names_of(entry))

    def _one_kind_meant(self, short: str, longs: Counter) -> str | None:
        """The most given long key of an acronym defined several ways whose long forms name one kind of thing by
        their head nouns in :data:`KIND_SHARE` of its definitions ("VQA": visual question answering, video
        quality assessment, both tasks), where its definitions are :data:`HINT_SHARE` of its bare uses; else
        None. The bare acronym stays its own entity and takes that head noun as a type vote, as a hint does."""
        form, bare = self._top_form(short), self._bare_papers(short)
        if form is None or not bare or not _written_as_acronym(form) or sum(longs.values()) < HINT_SHARE * bare:
            return None
        kinds: Counter = Counter()  # head type → papers defining the acronym so
        for long, papers in longs.items():
            label = self._long_label(long)
            words = _head_phrase(label).split() if label is not None else []
            kinds[head_type(words) if words else None] += papers
        kind, papers = kinds.most_common(1)[0]
        if kind is None or papers < KIND_SHARE * sum(kinds.values()):
            return None
        return min(longs, key=lambda long: (-longs[long], long))

    def _defined_head(self, keys: list[tuple], longs: list[tuple], untrusted: dict[str, str]) -> str | None:
        """The long form whose head noun types a bare acronym its definitions are too few to rename: "GRPO",
        spelled out by one paper of a small corpus as "Group Relative Policy Optimization", is a method
        wherever it is written bare, though the recogniser reads it as a data set."""
        if longs:
            return None
        meaning = next((untrusted[key] for key, *_ in keys if key in untrusted), None)
        if meaning is None:
            return None
        label = self._long_label(meaning)
        return _head_phrase(label) if label is not None else None

    def _expanded_names(self, meanings: dict[str, str]) -> Iterator[tuple[str, str]]:
        """(key, key) pairs: a name with a trusted acronym among its words and the same name with the
        acronym spelled out, when the corpus also writes that ("Multimodal LLM" and "multimodal large
        language model"). Only names the corpus has are joined; nothing is made up."""
        spelled: dict[str, str] = {}
        for short, meaning in meanings.items():
            label = self._long_label(meaning)
            if label is not None:
                spelled[short] = hyphen_form(label)
        if not spelled:
            return
        for key, form in self.db.execute("SELECT key, form FROM res_form ORDER BY key, form"):
            words = hyphen_form(form).split("-")
            # a form counted under another key (an acronym's use, under its long form's) is no spelling of it
            if len(words) < 2 or match_key(form) != key:
                continue
            replaced = [spelled.get(match_key(w), w) for w in words]
            if replaced == words:
                continue
            expanded = match_key("-".join(replaced))
            if expanded != key and self._known(expanded):
                yield key, expanded

    def _adds_words(self, longer: str, shorter: str) -> bool:
        """Whether the long form keyed ``longer`` is the one keyed ``shorter`` with words put in
        front ("graph retrieval-augmented generation"), not a spelling of it."""
        if not longer.endswith(shorter) or longer == shorter:
            return False
        tails = {hyphen_form(label) for (label,) in self.db.execute("SELECT label FROM res_long WHERE key = ?",
                                                                      (shorter,))}
        return any(hyphen_form(label).endswith(tuple("-" + t for t in tails)) for (label,) in
                   self.db.execute("SELECT label FROM res_long WHERE key = ?", (longer,)))

    def _definitions(self) -> Iterator[tuple[str, Counter]]:
        """Each acronym's key with its long keys → number of papers defining it so, by acronym."""
        rows = self.db.cursor().execute("SELECT short, long, papers FROM res_def ORDER BY short, long")
        for short, group in groupby(rows, key=lambda row: row[0]):
            yield short, Counter({long: papers for _, long, papers in group})

    def _entity_stats(self) -> Iterator[tuple[str, list[tuple], list[tuple], list[tuple], list[tuple], int]]:
        """Per entity, in id order: its keys' counts, forms, long-form labels and type votes, and its papers,
        each counted once: a paper that writes two keys of one entity ("large language models" and "LLM") is one
        of its papers, where the keys' own counts, summed, would count it twice.

        Five sorted scans merged by entity id; each row list is in key order.
        """
        def scan(table: str, columns: str) -> Iterator[tuple[str, list[tuple]]]:
            cursor = self.db.cursor().execute(
                f"SELECT e.entity, t.key, {columns} FROM {table} AS t JOIN res_key_entity AS e USING (key) "
                f"ORDER BY e.entity, t.key")
            for eid, group in groupby(cursor, key=lambda row: row[0]):
                yield eid, [row[1:] for row in group]

        forms, longs, votes = scan("res_form", "t.form, t.n"), scan("res_long", "t.label, t.n"), \
            scan("res_vote", "t.type, t.score")
        papers = self.db.cursor().execute(
            "SELECT e.entity, COUNT(DISTINCT t.paper) FROM res_paper_key AS t JOIN res_key_entity AS e USING (key) "
            "GROUP BY e.entity ORDER BY e.entity")
        next_long = next(longs, None)
        for (eid, keys), (_, key_forms), (_, key_votes), (_, n_papers) in zip(
                scan("res_key", "t.mentions, t.papers"), forms, votes, papers):
            key_longs: list[tuple] = []
            if next_long is not None and next_long[0] == eid:
                key_longs = next_long[1]
                next_long = next(longs, None)
            yield eid, keys, key_forms, key_longs, key_votes, n_papers

    def _support(self, longs: Counter, groups: UnionFind) -> Counter:
        """Papers defining an acronym so, by meaning (the first long key of each group of long forms).

        Long forms of one acronym that differ only slightly ("generative adversarial net" /
        "... network") are merged first; a definition whose long form only adds leading words to
        another, "multimodal large language models (LLMs)", counts for that other one too.
        """
        keys = sorted(longs)
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if _digits(a) == _digits(b) and ratio(a, b) >= LONG_FORM_SIMILARITY and _spelled_alike(a, b) \
                        and not self._adds_words(a, b) and not self._adds_words(b, a):
                    groups.union(a, b)
        # A group is named by its first long key: the union-find's root depends on the order of
        # unions and of set iteration (string hashing), which must not decide a tie.
        first: dict[str, str] = {}
        for key in keys:
            first.setdefault(groups[key], key)
        support: Counter = Counter()
        for key, papers in longs.items():
            support[first[groups[key]]] += papers
        # "multimodal large language models (LLMs)" also supports "large language models".
        for key, papers in longs.items():
            for other in keys:
                if key != other and key.endswith(other) and groups[key] != groups[other]:
                    support[first[groups[other]]] += papers
        return support

    def _typed_meaning(self, short: str, longs: Counter, support: Counter, groups: UnionFind) -> str | None:
        """The meaning of an acronym whose definitions disagree that is of the kind its bare uses vote for, where
        :data:`TYPED_SHARE` of its definitions give it: the metric "ECE" is the expected calibration error, not
        early childhood education, "MCC" the Matthews correlation coefficient. None where no meaning of that kind
        dominates ("MAE": mean absolute error and masked autoencoder, both often)."""
        given = [meaning for meaning, papers in support.items() if papers >= TYPED_SHARE * sum(longs.values())]
        voted = self._voted(short) if given else None
        if voted is None:
            return None
        # a meaning's kind: what the mentions of all its spellings vote for
        of_kind = [meaning for meaning in given
                   if self._voted(*(long for long in longs if groups[long] == groups[meaning])) == voted]
        return min(of_kind, key=lambda meaning: (-support[meaning], meaning), default=None)

    @staticmethod
    def _entity(eid: str, keys: list[tuple], key_forms: list[tuple], key_longs: list[tuple],
                key_votes: list[tuple], papers: int, defined_head: str | None = None) -> tuple:
        """The ``res_entity`` row of one entity from its keys' statistics (rows in key order) and its papers;
        ``defined_head`` is the long form that gives a bare acronym its head noun (:meth:`_defined_head`)."""
        forms: Counter = Counter()
        for _, form, n in key_forms:
            forms[form] += n
        long_labels: Counter = Counter()
        for _, label, n in key_longs:
            long_labels[label] += n
        votes: dict[str, float] = defaultdict(float)
        for _, kind, score in key_votes:
            votes[kind] += score
        mentions = sum(row[1] for row in keys)
        # The preferred label is a spelling of the long form where there is one ("large language
        # model" for LLM; not "Bilingual Evaluation Understudy" for BLEU, a name people know by its
        # acronym), singular rather than plural, then one of the key written by the most papers (not one paper's
        # "reinforcement learning agent with verifiable reward" beside "reinforcement learning with verifiable
        # reward(s)"), then the most frequent, then as written in a definition, then the first alphabetically. A name
        # Papers with Code lists as written is no plural ("nuScenes", not the typo "nuScene").
        # A long form that is the tail of another inside a word, and rarer ("modal large language
        # models" beside "multimodal ..."), was cut short by the acronym finder.
        long_keys = {row[0] for row in key_longs}
        spelled = defaultdict(set)  # long key → its long forms, hyphenated
        for label in long_labels:
            spelled[match_key(label)].add(hyphen_form(label))
        key_papers = {row[0]: row[2] for row in keys}
        cut_short = {a for a in long_keys for b in long_keys if a != b and b.endswith(a)
                     and key_papers.get(b, 0) >= key_papers.get(a, 0)
                     and not any(x.endswith("-" + y) for x in spelled[b] for y in spelled[a])}
        # mentions of the long forms written in lower case minus those in title case
        lower = sum((forms[f] + long_labels[f]) * (-1 if _is_title_case(f) else 1)
                    for f in forms.keys() | long_labels.keys() if match_key(f) in long_keys)
        # a title-case long form is preferred where it is written in as many papers as the acronym
        # alone ("Deep Generative Neural Operator", a paper's own), not where the acronym is the name
        # people use (BLEU in 241 papers, defined in 5)
        long_papers = sum(row[2] for row in keys if row[0] in long_keys)
        acronym_papers = sum(row[2] for row in keys if row[0] not in long_keys)
        acronym_named = acronym_papers >= max(ACRONYM_NAME_PAPERS, ACRONYM_NAME_SHARE * long_papers)
        descriptive = long_keys if lower > 0 and not acronym_named or long_papers >= acronym_papers else set()
        # singular before plural, but for a long form written in the plural by more papers than any long form in
        # the singular ("reinforcement learning with verifiable rewards" in 11 papers, not one paper's
        # "reinforcement learning agent with verifiable reward")
        plural = {f for f in forms.keys() | long_labels.keys() if _is_plural(f)}
        in_singular = {match_key(f) for f in forms.keys() | long_labels.keys() if f not in plural}
        singular_papers = max((key_papers.get(key, 0) for key in in_singular & long_keys), default=0)
        ranked = sorted(forms.keys() | long_labels.keys(),
                        key=lambda f: (match_key(f) not in descriptive, match_key(f) in cut_short,
                                       without_model_noun(f) is not None,
                                       f in plural and not (f in long_labels and match_key(f) not in in_singular
                                                            and key_papers.get(match_key(f), 0) > singular_papers),
                                       -key_papers.get(match_key(f), 0),
                                       -forms[f] - long_labels[f], f not in long_labels, f.lower(), f))
        # the head noun of an acronym is its long form's ("GRPO": "... policy optimization")
        head_name = next((f for f in ranked if match_key(f) in long_keys), defined_head or ranked[0])
        # one paper's own name of several papers' (rule 8) is new: no Papers with Code page is of it ("STaR", table
        # reasoning, is no "STAR" data set)
        listed = not one_papers_own(eid)
        kind = decide_type(ranked[0], ranked[1:], votes, head_name, papers, listed=listed)
        type_votes = {t: round(v, 4) for t, v in sorted(votes.items())}
        return (eid, kind, ranked[0], json.dumps(sorted(ranked[1:]), ensure_ascii=False),
                json.dumps(type_votes), mentions, papers, link(ranked[0], ranked[1:], kind) if listed else None)

    def _spelling_variants(self, apart: set[str]) -> list[tuple[str, str]]:
        """Pairs of keys whose names differ in one word spelled alike ("language modelling"); not the keys of a name
        several papers propose (``apart``: :meth:`_one_thing`), each paper's its own.

        Names are blocked by their other words and the first three letters of the differing
        word, so only a few pairs are compared; the words must be six letters or more, end
        alike and be :data:`SPELLING_SIMILARITY` similar, and the names must share their digits.
        Blocks are gathered in a temporary table, so only blocks of two or more are loaded.
        """
        db = self.db
        db.execute("DELETE FROM res_block")
        for keys in self._key_chunks():
            rows = []
            first_forms = db.execute("SELECT key, MIN(form) FROM res_form WHERE key BETWEEN ? AND ? GROUP BY key",
                                     (keys[0], keys[-1]))
            for key, form in first_forms:
                words = hyphen_form(form).split("-")
                if len(words) < 2 or name_of_key(key) in apart:
                    continue
                for i, word in enumerate(words):
                    if len(word) >= 6:
                        block = "\x1f".join(words[:i]) + "\x1e" + "\x1f".join(words[i + 1 :])
                        rows.append((f"{block}\x1e{word[:3]}\x1e{word[-1]}", word, key))
            db.executemany("INSERT INTO res_block VALUES (?, ?, ?)", rows)
        pairs = []
        shared = db.cursor().execute("SELECT block, word, key FROM res_block WHERE block IN "
                                     "(SELECT block FROM res_block GROUP BY block HAVING COUNT(*) > 1) "
                                     "ORDER BY block, key")
        for _, group in groupby(shared, key=lambda row: row[0]):
            for (_, wa, a), (_, wb, b) in combinations(list(group), 2):
                if a != b and _digits(a) == _digits(b) and ratio(wa, wb) >= SPELLING_SIMILARITY:
                    pairs.append((a, b))
        db.execute("DELETE FROM res_block")
        return pairs

    def _score_variants(self) -> list[tuple[str, str]]:
        """Pairs of metric keys, a name and the name with a measure noun after it (:data:`_MEASURE_NOUNS`): "F1
        score" and "F1", "Dice coefficient" and "Dice Similarity Coefficient" and "Dice", "Jaccard index" and
        "Jaccard". Both must be voted metrics most, so "CLIP score" stays apart from the model CLIP, and the noun
        must be a word of its own ("CLIPScore", "FactScore" are names)."""
        pairs = []
        for noun in _MEASURE_NOUNS:
            *before, last = noun.split()
            suffix = noun.replace(" ", "")
            for key, in self.db.execute("SELECT key FROM res_key WHERE key LIKE ? ORDER BY key", (f"%{suffix}",)):
                base = key[: -len(suffix)]
                if len(base) < 2 or not self._voted(key) == self._voted(base) == METRIC:  # a key with votes is known
                    continue
                forms = self.db.execute("SELECT form FROM res_form WHERE key = ?", (key,))
                if any(len(words := [w.casefold() for w in label_words(form)]) > len(before) + 1
                       and words[-1] in (last, last + "s") and words[-1 - len(before):-1] == before for form, in forms):
                    pairs.append((base, key))
        return pairs

    def _model_noun_variants(self) -> Iterator[tuple[str, str]]:
        """(name, name with "model") key pairs: a name its mentions call a model most is the same name with "model"
        after it where more papers write that ("Vision-Language" and "Vision-Language Model", "Segment Anything" and
        "Segment Anything Model"), which names the entity. Not the other way: "Vision-Language-Action", the long
        form of "VLA" (286 papers), is a task by Papers with Code and would take the 114 papers of
        "Vision-Language-Action Model" with it, and "Generative AI" is a field."""
        for key, papers in self.db.execute("SELECT key, papers FROM res_key WHERE key LIKE '%model' ORDER BY key"):
            name = key[: -len("model")]
            if not re.search(r"[a-z]{2}", name) or self._voted(name) != MODEL or self._voted(key) not in SYSTEMS:
                continue  # "7B" and "7B model": a size, no name
            if 0 < self._bare_papers(name) < papers:
                yield name, key

    def _based_variants(self) -> Iterator[tuple[str, str]]:
        """(key, key) pairs: a name that says what a thing is based on by a coined name or acronym and the same name
        without "-based" ("LLM-based agent" / "LLM agent", "RL-based fine-tuning" / "RL fine-tuning", "CNN-driven
        model" / "CNN model"), where the corpus writes both and their mentions vote for one kind of thing (a
        method and a model counting as one). Not after an ordinary word: an "energy-based model" is no "energy
        model", "agent-based modeling" no "agent modeling"."""
        for key, form in self.db.execute("SELECT key, form FROM res_form WHERE form LIKE '%-%' ORDER BY key, form"):
            words = form.split()
            match = _BASED_ON_NAME.fullmatch(words[0]) if len(words) > 1 else None
            if match is None or not _written_as_acronym(match[1]) or match_key(form) != key:
                continue  # "Image-Based Classification": no coined name
            name = match_key(" ".join([match[1], *words[1:]]))
            if name == key or not self._known(name):
                continue
            kinds = self._voted(key), self._voted(name)
            if kinds[0] == kinds[1] or set(kinds) <= set(SYSTEMS):
                yield key, name

    def _voted(self, *keys: str) -> str | None:
        """The type the mentions of ``keys`` vote for most."""
        row = self.db.execute(f"SELECT type FROM res_vote WHERE key IN ({', '.join('?' * len(keys))}) GROUP BY type "
                              "ORDER BY SUM(score) DESC, type LIMIT 1", keys).fetchone()
        return row[0] if row is not None else None

    def _family_links(self, eid: str, key_forms: list[tuple]) -> set[tuple[str, str, str]]:
        """(variant, family, family name) triples: a name minus its version or size names another entity."""
        links: set[tuple[str, str, str]] = set()
        for _, form, _ in key_forms:
            for name in family_names(form):
                row = self.db.execute("SELECT entity FROM res_key_entity WHERE key = ?", (match_key(name),)).fetchone()
                if row is not None:
                    if row[0] != eid:
                        links.add((eid, row[0], name))
                    break
        return links


def _named_families(links: set[tuple[str, str, str]], linked: dict[str, tuple]) -> set[tuple[str, str]]:
    """The (variant, family) pairs of ``links`` (variant, family, family name as written in the
    variant) whose family is called by that name, or is a model known by its acronym; ``linked``
    holds each entity's ``(type, votes, label)``.

    A family found through an acronym it was defined by is another thing more often than not:
    "GSM8K" is no version of a paper's "Geometry Selection Module" (GSM), nor "Phi-3-mini" of
    "pseudo-healthy images" (PHI); "SAM2" is one of "Segment Anything Model" (SAM).
    """
    return {(variant, family) for variant, family, name in links
            if match_key(linked[family][2]) == match_key(name) or linked[family][0] == MODEL}


# Nouns after a metric's name that name the same measure: "F1 score", "Dice coefficient", "Jaccard index", "F1 measure",
# "Dice similarity coefficient".
_MEASURE_NOUNS = ("score", "coefficient", "index", "measure", "similarity coefficient", "similarity score",
                  "similarity index")
# What a thing is said to be based on: "LLM-based", "RL-driven", "VLM-powered" (a coined name or an acronym:
# :func:`_written_as_acronym`).
_BASED_ON_NAME = re.compile(r"([\w.\-]+)-(?i:based|driven|powered|empowered|enabled)")
# How a model's release is told from a data set's version: a point release ("Fanar 2.0", "SAM 2.1") or tuning
# ("LLaDA-Instruct", "Vicuna-Chat"), not a count ("GSM8K", "ViCA-322K") or an edition ("BrowseComp-Plus").
_MODEL_RELEASE = re.compile(r"\d\.\d|\b(?:Instruct|Chat)\b", re.IGNORECASE)


def _dominant(support: Counter, defining: int) -> str | None:
    """The meaning (of ``support``) given by :data:`DOMINANT_SHARE` of the ``defining`` papers of an acronym, or
    None where its definitions disagree."""
    best, papers = min(support.items(), key=lambda kv: (-kv[1], kv[0]))
    return best if papers >= DOMINANT_SHARE * defining else None


def _unnamed_data(label: str) -> bool:
    """A phrase of two or more lower-case words without digits, headed by no data set's noun and unknown to Papers
    with Code: no data set's name ("high dynamic range"; not "tau-bench", "clinical trials corpus")."""
    words = label.split()
    return len(words) >= 2 and label.islower() and not any(c.isdigit() for c in label) \
        and head_type(words) != DATASET and not knowledge.lookup(label)


def _spelled_alike(a: str, b: str) -> bool:
    """Whether two similar keys differ by a spelling, not a word: what is left between their common start and
    end is empty on one side ("generative adversarial net"/"... network", "grouped query"/"group query") or two
    letters at most on both ("optimisation"/"optimization", "centre"/"center"); not "hand-object interaction"
    / "human-object interaction".

    >>> _spelled_alike("groupedqueryattention", "groupqueryattention"), _spelled_alike("handobject", "humanobject")
    (True, False)
    """
    start = len(commonprefix([a, b]))
    end = len(commonprefix([a[start:][::-1], b[start:][::-1]]))
    left, right = a[start : len(a) - end], b[start : len(b) - end]
    return not left or not right or max(len(left), len(right)) <= 2


def _head_phrase(label: str) -> str:
    """The words of ``label`` up to its first "for" or "of", where its head noun is: "Bias Benchmark" of "Bias
    Benchmark for Question Answering", "Mixture" of "Mixture of Experts"."""
    words = label_words(label)
    cut = next((i for i, w in enumerate(words) if i and w.casefold() in ("for", "of")), len(words))
    return " ".join(words[:cut])


def _groups_of(longs: Counter, groups: UnionFind) -> int:
    """How many meanings the long keys of an acronym are split into."""
    return len({groups[long] for long in longs})


def _written_as_acronym(form: str) -> bool:
    """Two capitals, or a capital and a digit ("VQA", "T5"; not "recall")."""
    return sum(c.isupper() or c.isdigit() for c in form) >= 2


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _is_title_case(form: str) -> bool:
    """Whether every word of four letters or more starts with a capital ("Low-Rank Adaptation").

    >>> _is_title_case("Bilingual Evaluation Understudy"), _is_title_case("large language model")
    (True, False)
    """
    words = [w for w in re.findall(r"[^\W\d_]+", form) if len(w) >= 4]
    return bool(words) and all(w[0].isupper() for w in words)


def _is_plural(form: str) -> bool:
    """Whether the head of ``form`` (:func:`_head_phrase`) is a plural ("VAEs", "state space models"; not "Mixture
    of Experts"): not where Papers with Code lists ``form`` and not its singular ("nuScenes"; "Gaussian
    Processes" is a plural, both are listed)."""
    words = _head_phrase(form).split()
    if not words or (one := singular(words[-1].casefold(), words[-1])) == words[-1].casefold():
        return False
    return not knowledge.lookup(form) or bool(knowledge.lookup(" ".join([*words[:-1], one])))


def resolve(extractions: Iterable[Extraction]) -> tuple[Mapping[str, Entity], dict[tuple[str, int], str]]:
    """Group all mentions into entities.

    Returns the entities by id, and for each ``(paper id, mention index)`` the entity id.
    """
    extractions = list(extractions)
    resolver = Resolver()
    for ex in extractions:
        resolver.add(ex)
    table = resolver.finish()
    assignment = {(ex.paper.id, i): entity for ex, ids in zip(extractions, table.paper_entity_ids(extractions))
                  for i, entity in enumerate(ids)}
    return table.entities, assignment
