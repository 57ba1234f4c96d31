"""The extraction cache: finished extractions keyed by paper content and extractor version.

A build that is killed (even with SIGKILL) and run again finds every batch it finished here
and extracts only the rest. SQLite gives atomic commits per batch, so the cache never holds
half a batch.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from kg.records import Extraction, Paper

_VERSIONED = (("extract", "**/*.py"), (".", "records.py"), ("models", "**/*"), ("data", "**/*"))
"""What an extraction depends on, as (folder under ``kg/``, glob) pairs."""

_SCHEMA = "CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, record TEXT NOT NULL)"


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
    """The cache key of one paper: its id, title, abstract and the extractor version."""
    text = "\x1f".join((version, paper.id, paper.record_id or "", paper.title, paper.abstract))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class ExtractionCache:
    """Extractions stored in one SQLite file; ``get`` and ``put`` work on whole batches."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(_SCHEMA)
        self.db.commit()

    def get(self, keys: Iterable[str]) -> dict[str, Extraction]:
        keys = list(keys)
        found: dict[str, Extraction] = {}
        for lo in range(0, len(keys), 500):
            chunk = keys[lo : lo + 500]
            marks = ",".join("?" * len(chunk))
            for key, record in self.db.execute(f"SELECT key, record FROM extraction WHERE key IN ({marks})", chunk):
                found[key] = Extraction.from_record(json.loads(record))
        return found

    def put(self, items: Iterable[tuple[str, Extraction]]) -> None:
        """Store a batch in one transaction."""
        rows = [(key, json.dumps(ex.to_record(), ensure_ascii=False)) for key, ex in items]
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO extraction (key, record) VALUES (?, ?)", rows)

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM extraction").fetchone()[0]

    def close(self) -> None:
        self.db.close()
