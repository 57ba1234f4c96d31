"""Generic JSON Lines (or JSON list) records with title/abstract fields."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.ingest.build import record_error
from kg.ingest.fields import find_columns, paper_from_mapping
from kg.ingest.jsonio import iter_json_records
from kg.records import Paper, RecordError

FORMAT = "jsonl"


def read_jsonl(path: Path) -> Iterator[Paper | RecordError]:
    """One ``Paper`` per JSON object; field names as in ``kg.ingest.fields.ALIASES``."""
    for item in iter_json_records(Path(path), FORMAT):
        if isinstance(item, RecordError):
            yield item
            continue
        src, value = item
        if not isinstance(value, dict):
            yield record_error(src, f"record is not a JSON object ({type(value).__name__})")
            continue
        yield paper_from_mapping(value, find_columns(list(value)), src)
