"""Resolve the extractions cached by a ``kg build`` and print each type's most cited entities.

A quick look at what resolution makes of a whole corpus without rebuilding it: the extractions
are read from the build's cache (``OUTPUT/.kg-cache.sqlite``, opened read-only), resolved by the
current :class:`kg.resolve.resolver.Resolver`, and the ``--top`` entities of each type printed
with their paper counts::

    .venv/bin/python scripts/top_entities.py /tmp/full/.kg-cache.sqlite --top 60
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path

from kg.records import Extraction
from kg.resolve.resolver import Resolver


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cache", type=Path, help="a build's .kg-cache.sqlite")
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args()
    started = time.perf_counter()
    db = sqlite3.connect(f"file:{args.cache.resolve()}?mode=ro", uri=True)
    resolver = Resolver()
    papers = 0
    for (record,) in db.execute("SELECT record FROM extraction ORDER BY key"):
        resolver.add(Extraction.from_record(json.loads(record)))
        papers += 1
    table = resolver.finish()
    by_type = defaultdict(list)
    for entity in table.entities.values():
        by_type[entity.type].append(entity)
    print(f"{papers} extractions, {len(table.entities)} entities, {time.perf_counter() - started:.0f} s",
          file=sys.stderr)
    for kind, entities in sorted(by_type.items()):
        entities.sort(key=lambda e: (-e.papers, e.label))
        print(f"{kind}: " + "; ".join(f"{e.label} ({e.papers})" for e in entities[: args.top]) + "\n")


if __name__ == "__main__":
    main()
