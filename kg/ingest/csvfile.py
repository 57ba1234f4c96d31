"""CSV exports (IEEE Xplore, Scopus, Zotero, hand-made tables) with a title and an abstract."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from kg.ingest.build import source
from kg.ingest.compressed import open_input
from kg.ingest.fields import find_columns, paper_from_mapping
from kg.records import Paper, RecordError

FORMAT = "csv"
_FIELD_LIMIT = 64 * 1024 * 1024  # Scopus "References" cells outgrow csv's 128 KiB default


def read_csv(path: Path) -> Iterator[Paper | RecordError]:
    """One ``Paper`` per data row; position is the 1-based row number after the header.

    Handles a UTF-8 BOM, quoted headers and newlines inside quoted fields. A file without a
    title or abstract column is one file-level error.
    """
    path = Path(path)
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    with io.TextIOWrapper(open_input(path), encoding="utf-8-sig", errors="replace", newline="") as handle:
        first_line = handle.readline()
        handle.seek(0)
        reader = csv.reader(handle, delimiter=_delimiter(first_line))
        try:
            header = next(reader, None)
            if not header:
                yield RecordError(str(path), None, "CSV file is empty")
                return
            columns = find_columns(header)
            missing = [f for f in ("title", "abstract") if f not in columns]
            if missing:
                yield RecordError(
                    str(path), None,
                    f"CSV has no {' or '.join(missing)} column (columns: {', '.join(header)})",
                )
                return
            for position, row in enumerate(reader, 1):
                if not any(cell.strip() for cell in row):
                    continue
                record = dict(zip(header, row))
                yield paper_from_mapping(record, columns, source(path, position, FORMAT))
        except csv.Error as exc:
            yield RecordError(str(path), None, f"CSV parse error at line {reader.line_num}: {exc}")


def _delimiter(header_line: str) -> str:
    """The most frequent of ``,``, ``;`` and tab in the header line (``,`` on a tie)."""
    return max((",", ";", "\t"), key=header_line.count)
