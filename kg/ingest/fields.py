"""Generic records (CSV rows, JSON objects): find the title, abstract, … columns by name.

Column names are matched case-insensitively, ignoring spaces, ``_`` and ``-`` (so ``Document
Title``, ``document_title`` and ``DocumentTitle`` are one name).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from kg.ingest.build import make_paper, split_authors
from kg.ingest.ids import normalise_arxiv_id
from kg.records import Paper, RecordError, Source

ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "document title", "article title", "paper title"),
    "abstract": ("abstract", "summary", "abstract note"),
    "id": ("id", "paper id"),
    "arxiv_id": ("arxiv id", "arxiv", "eprint"),
    "doi": ("doi",),
    "date": (
        "date", "publication date", "published", "pub date", "year", "publication year",
        "pub year",
    ),
    "authors": ("authors", "author", "author names", "author full names"),
    "url": ("url", "link", "pdf link"),
}


@lru_cache(maxsize=4096)  # JSON readers ask again for every record, with the same few names
def column_key(name: object) -> str:
    """Comparison form of a column name: casefolded, no BOM, spaces/``_``/``-`` removed."""
    return re.sub(r"[\s_\-]+", "", str(name).lstrip("\ufeff").strip().strip('"').casefold())


def find_columns(names: list[str]) -> dict[str, str]:
    """Map each field (``title``, ``abstract``, …) to the first matching column in ``names``."""
    by_key: dict[str, str] = {}
    for name in names:
        by_key.setdefault(column_key(name), name)
    found = {}
    for fld, aliases in ALIASES.items():
        for alias in aliases:
            if (column := by_key.get(column_key(alias))) is not None:
                found[fld] = column
                break
    return found


def paper_from_mapping(
    record: Mapping[str, object], columns: dict[str, str], src: Source
) -> Paper | RecordError:
    """Build a ``Paper`` from a row/object using the ``columns`` found by ``find_columns``.

    An ``id`` that is an arXiv id is used as one (and a DOI-looking ``id`` as the DOI); any
    other id is kept only as ``Paper.record_id``, since ``Paper.id`` is always derived from
    arXiv id, DOI or title.
    """
    def get(fld: str) -> object:
        column = columns.get(fld)
        value = record.get(column) if column is not None else None
        return None if value == "" else value

    raw_id = str(get("id") or "").strip()
    arxiv_id = get("arxiv_id") or (raw_id if normalise_arxiv_id(raw_id) else None)
    doi = get("doi") or (raw_id if raw_id.lower().startswith(("10.", "doi:")) else None)
    return make_paper(
        src,
        title=get("title"),
        abstract=get("abstract"),
        date=get("date"),
        arxiv_id=arxiv_id,
        doi=doi,
        url=get("url"),
        authors=split_authors(get("authors")),
        record_id=raw_id,
    )
