"""The arXiv metadata snapshot (Kaggle ``arxiv-metadata-oai-snapshot.json``): JSON Lines.

Titles and abstracts are hard-wrapped and keep their LaTeX; authors come from
``authors_parsed`` (accents already decoded) when present. The date is that of version 1.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.ingest.build import make_paper, record_error, split_authors
from kg.ingest.jsonio import iter_json_records
from kg.records import Paper, RecordError

FORMAT = "arxiv_snapshot"


def _authors(record: dict) -> list[str]:
    parsed = record.get("authors_parsed")
    if isinstance(parsed, list) and parsed:
        # [last, first, suffix] → "first last suffix"; "C. -P." (a parsing artefact) → "C.-P."
        return [
            " ".join(p for p in (*parts[1:2], parts[0], *parts[2:3]) if p).replace(" -", "-")
            for parts in parsed
            if isinstance(parts, list) and parts
        ]
    return split_authors(record.get("authors"))


def _first_version_date(record: dict) -> str | None:
    versions = record.get("versions")
    if isinstance(versions, list) and versions and isinstance(versions[0], dict):
        return versions[0].get("created")
    return record.get("update_date")


def read_arxiv_snapshot(path: Path) -> Iterator[Paper | RecordError]:
    """One ``Paper`` per line of the snapshot."""
    for item in iter_json_records(Path(path), FORMAT):
        if isinstance(item, RecordError):
            yield item
            continue
        src, record = item
        if not isinstance(record, dict):
            yield record_error(src, "record is not a JSON object")
            continue
        arxiv_id = record.get("id")
        yield make_paper(
            src,
            title=record.get("title"),
            abstract=record.get("abstract"),
            date=_first_version_date(record),
            arxiv_id=arxiv_id,
            doi=record.get("doi"),
            url=f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else None,
            authors=_authors(record),
            label=f"arXiv:{arxiv_id}" if arxiv_id else None,
        )
