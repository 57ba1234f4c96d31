"""Semantic Scholar Graph API papers: one paper, a batch list (``null`` for ids not found),
or a search page ``{"data": [...]}``; JSON Lines of papers too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.ingest.build import make_paper, record_error, split_authors
from kg.ingest.jsonio import iter_json_records
from kg.records import Paper, RecordError

FORMAT = "s2"


def read_s2(path: Path) -> Iterator[Paper | RecordError]:
    """One ``Paper`` per paper object; a ``null`` slot is an error naming its position."""
    for item in iter_json_records(Path(path), FORMAT):
        if isinstance(item, RecordError):
            yield item
            continue
        src, paper = item
        if paper is None:
            yield record_error(src, f"slot {src.position} is null (paper not found)")
            continue
        if not isinstance(paper, dict):
            yield record_error(src, f"paper is not a JSON object ({type(paper).__name__})")
            continue
        external = paper.get("externalIds") or {}
        yield make_paper(
            src,
            title=paper.get("title"),
            abstract=paper.get("abstract"),
            date=paper.get("publicationDate") or paper.get("year"),
            arxiv_id=external.get("ArXiv"),
            doi=external.get("DOI"),
            url=paper.get("url"),
            authors=split_authors(paper.get("authors")),
            label=paper.get("paperId"),
        )
