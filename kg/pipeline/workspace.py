"""The build's workspace: the one SQLite file that holds what grows with the corpus.

Every table is declared here, and a :class:`Workspace` owns the one connection to the file:

- ``extraction``: finished extractions keyed by paper content and extractor version (the
  cache; kept across runs, so a build that is killed, even with SIGKILL, and run again finds
  every batch it finished and extracts only the rest; SQLite commits per batch, so it never
  holds half a batch);
- ``run_*``: this run's records grouped into papers (duplicate keys, record groups) and the
  order in which papers were extracted; made afresh by each run;
- ``res_*``: the entity resolver's statistics and results (``kg.resolve.resolver``); made
  afresh by each resolver.

A workspace on ``":memory:"`` serves the in-memory library API the same way.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from kg.records import Extraction, Paper, Source

_VERSIONED = (("extract", "**/*.py"), (".", "records.py"), ("models", "**/*"), ("data", "**/*"))
"""What an extraction depends on, as (folder under ``kg/``, glob) pairs."""

SCHEMAS = {
    "cache": """
CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, record TEXT NOT NULL);
""",
    "run": """
DROP TABLE IF EXISTS run_key; DROP TABLE IF EXISTS run_record; DROP TABLE IF EXISTS run_paper;
DROP TABLE IF EXISTS run_source;
CREATE TABLE run_key (key TEXT PRIMARY KEY, grp INTEGER NOT NULL);
CREATE INDEX run_key_grp ON run_key (grp);
CREATE TABLE run_record (seq INTEGER PRIMARY KEY, grp INTEGER NOT NULL, paper TEXT NOT NULL);
CREATE INDEX run_record_grp ON run_record (grp, seq);
CREATE TABLE run_paper (seq INTEGER PRIMARY KEY, key TEXT NOT NULL, paper TEXT NOT NULL);
""",
    "resolver": """
DROP TABLE IF EXISTS res_key; DROP TABLE IF EXISTS res_form; DROP TABLE IF EXISTS res_long;
DROP TABLE IF EXISTS res_vote; DROP TABLE IF EXISTS res_def; DROP TABLE IF EXISTS res_key_entity;
DROP TABLE IF EXISTS res_entity; DROP TABLE IF EXISTS res_paper_key;
CREATE TABLE res_key (key TEXT PRIMARY KEY, mentions INTEGER NOT NULL, papers INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE res_paper_key (key TEXT, paper INTEGER, PRIMARY KEY (key, paper)) WITHOUT ROWID;
CREATE TABLE res_form (key TEXT, form TEXT, n INTEGER NOT NULL, PRIMARY KEY (key, form)) WITHOUT ROWID;
CREATE TABLE res_long (key TEXT, label TEXT, n INTEGER NOT NULL, PRIMARY KEY (key, label)) WITHOUT ROWID;
CREATE TABLE res_vote (key TEXT, type TEXT, score REAL NOT NULL, PRIMARY KEY (key, type)) WITHOUT ROWID;
CREATE TABLE res_def (short TEXT, long TEXT, papers INTEGER NOT NULL, PRIMARY KEY (short, long)) WITHOUT ROWID;
CREATE TABLE res_key_entity (key TEXT PRIMARY KEY, entity TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE res_entity (id TEXT PRIMARY KEY, type TEXT NOT NULL, label TEXT NOT NULL, aliases TEXT NOT NULL,
                         votes TEXT NOT NULL, mentions INTEGER NOT NULL, papers INTEGER NOT NULL,
                         link TEXT) WITHOUT ROWID;
CREATE TEMP TABLE IF NOT EXISTS res_block (block TEXT, word TEXT, key TEXT);
""",
}
_PAGE = 1000  # rows per keyset page when reading a table back
_CHUNK = 500  # keys per ``IN (...)`` lookup, under SQLite's limit on bound parameters


def extractor_version(settings: str = "") -> str:
    """A digest of the package version, the extraction code, the shipped models and data, and
    extractor settings.

    Any change to the extraction code, a model, the gazetteer or the settings gives new cache
    keys, so stale extractions are never reused.
    """
    from kg import __version__

    digest = hashlib.sha1(f"{__version__}\x1f{settings}".encode())
    root = Path(str(resources.files("kg")))
    for folder, pattern in _VERSIONED:
        for path in sorted((root / folder).glob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def content_key(paper: Paper, version: str) -> str:
    """The cache key of one paper: its id, title, abstract and the extractor version.

    Text that cannot be encoded (a lone surrogate) is hashed with the surrogate escaped, so
    such a record still gets a key.
    """
    text = "\x1f".join((version, paper.id, paper.record_id or "", paper.title, paper.abstract))
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def _paper_json(paper: Paper) -> str:
    return json.dumps(paper.to_dict(), ensure_ascii=False)


def paper_from_json(text: str) -> Paper:
    data = json.loads(text)
    data["sources"] = [Source(**s) for s in data["sources"]]
    return Paper(**data)


class Workspace:
    """The owner of one SQLite file (or an in-memory database) and every table in it."""

    def __init__(self, path: str | Path = ":memory:"):
        self.path = path if path == ":memory:" else Path(path)
        if self.path != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path)
        if self.path != ":memory:":
            self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(SCHEMAS["cache"])
        self.db.commit()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def reset(self, group: str) -> None:
        """Make the tables of ``group`` (``run`` or ``resolver``) afresh, empty."""
        self.db.executescript(SCHEMAS[group])
        self.db.commit()

    # -- the extraction cache ------------------------------------------------------------

    def get(self, keys: Iterable[str]) -> dict[str, Extraction]:
        """The cached extractions of ``keys`` that exist."""
        keys = list(keys)
        found: dict[str, Extraction] = {}
        for lo in range(0, len(keys), _CHUNK):
            chunk = keys[lo : lo + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for key, record in self.db.execute(f"SELECT key, record FROM extraction WHERE key IN ({marks})", chunk):
                found[key] = Extraction.from_record(json.loads(record))
        return found

    def put(self, items: Iterable[tuple[str, Extraction]]) -> None:
        """Store a batch of extractions, with the run rows written since the last commit, in
        one transaction."""
        rows = [(key, json.dumps(ex.to_record(), ensure_ascii=False)) for key, ex in items]
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO extraction (key, record) VALUES (?, ?)", rows)

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM extraction").fetchone()[0]

    # -- this run's records, grouped into papers ----------------------------------------

    def add_record(self, paper: Paper, keys: list[str]) -> None:
        """Add one record read from the inputs, with its duplicate keys (``dedupe_keys``).

        Records that share a key, directly or through other records, form one group; a group
        is numbered by its first record, so groups come back in the order of first reading.
        """
        seq = self.db.execute("SELECT COALESCE(MAX(seq), -1) + 1 FROM run_record").fetchone()[0]
        hashed = [hashlib.sha1(k.encode("utf-8", "surrogatepass")).hexdigest() for k in keys]
        groups = sorted({grp for (grp,) in self.db.execute(
            f"SELECT grp FROM run_key WHERE key IN ({','.join('?' * len(hashed))})", hashed)}) if hashed else []
        group = groups[0] if groups else seq
        if len(groups) > 1:  # this record joins groups that were apart until now
            others = groups[1:]
            marks = ",".join("?" * len(others))
            self.db.execute(f"UPDATE run_record SET grp = ? WHERE grp IN ({marks})", [group, *others])
            self.db.execute(f"UPDATE run_key SET grp = ? WHERE grp IN ({marks})", [group, *others])
        self.db.execute("INSERT INTO run_record (seq, grp, paper) VALUES (?, ?, ?)", (seq, group, _paper_json(paper)))
        self.db.executemany("INSERT OR IGNORE INTO run_key (key, grp) VALUES (?, ?)", [(k, group) for k in hashed])

    def record_groups(self) -> Iterator[list[Paper]]:
        """The records of each group, in reading order; groups in the order of their first record."""
        last, group = (-1, -1), []
        while rows := self.db.execute("SELECT grp, seq, paper FROM run_record WHERE (grp, seq) > (?, ?) "
                                      "ORDER BY grp, seq LIMIT ?", (*last, _PAGE)).fetchall():
            for grp, seq, paper in rows:
                if group and grp != last[0]:
                    yield group
                    group = []
                group.append(paper_from_json(paper))
                last = (grp, seq)
        if group:
            yield group

    def group_count(self) -> int:
        return self.db.execute("SELECT COUNT(DISTINCT grp) FROM run_record").fetchone()[0]

    # -- the papers this run extracted, in order ----------------------------------------

    def add_run_paper(self, seq: int, key: str, paper: Paper) -> None:
        """Record that paper number ``seq`` of this run has its extraction under ``key``
        (committed with the next :meth:`put`)."""
        self.db.execute("INSERT INTO run_paper (seq, key, paper) VALUES (?, ?, ?)", (seq, key, _paper_json(paper)))

    def run_batches(self, batch_size: int) -> Iterator[list[Extraction]]:
        """This run's extractions in order, ``batch_size`` at a time, each with this run's paper."""
        last = -1
        while rows := self.db.execute("SELECT seq, key, paper FROM run_paper WHERE seq > ? ORDER BY seq LIMIT ?",
                                      (last, batch_size)).fetchall():
            last = rows[-1][0]
            stored = self.get([key for _, key, _ in rows])
            batch = []
            for _, key, paper in rows:
                extraction = stored[key]
                extraction.paper = paper_from_json(paper)
                batch.append(extraction)
            yield batch
