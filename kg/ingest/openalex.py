"""OpenAlex works: ``{"results": [...]}`` pages, a list of works, one work, or JSON Lines.

The abstract is rebuilt from ``abstract_inverted_index`` (word → positions); JATS/HTML tags
in it (``<sec>``, ``<title>BACKGROUND</title>``) are dropped and their text kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.ingest.build import make_paper, record_error
from kg.ingest.jsonio import iter_json_records
from kg.ingest.text import strip_markup
from kg.records import Paper, RecordError

FORMAT = "openalex"
_NO_AUTHOR = "NULL AUTHOR_ID"


def rebuild_abstract(inverted_index: dict[str, list[int]] | None) -> str:
    """Words placed at their positions and joined with spaces; "" when there is no index."""
    if not inverted_index:
        return ""
    placed = sorted(
        (position, word) for word, positions in inverted_index.items() for position in positions
    )
    return " ".join(word for _, word in placed)


def _authors(work: dict) -> list[str]:
    """Author names, skipping OpenAlex's ``NULL AUTHOR_ID`` placeholder (A9999999999)."""
    names = []
    for authorship in work.get("authorships") or []:
        name = (authorship.get("author") or {}).get("display_name")
        if not name or name == _NO_AUTHOR:
            name = authorship.get("raw_author_name")
        if name:
            names.append(name)
    return names


def _url(work: dict) -> str | None:
    location = work.get("primary_location") or {}
    return work.get("doi") or location.get("landing_page_url") or work.get("id")


def read_openalex(path: Path) -> Iterator[Paper | RecordError]:
    """One ``Paper`` per work; a work without an abstract is an error naming its id."""
    for item in iter_json_records(Path(path), FORMAT):
        if isinstance(item, RecordError):
            yield item
            continue
        src, work = item
        if not isinstance(work, dict):
            yield record_error(src, f"work is not a JSON object ({type(work).__name__})")
            continue
        ids = work.get("ids") or {}
        yield make_paper(
            src,
            title=strip_markup(work.get("title") or work.get("display_name") or ""),
            abstract=strip_markup(rebuild_abstract(work.get("abstract_inverted_index"))),
            date=work.get("publication_date") or work.get("publication_year"),
            arxiv_id=ids.get("arxiv"),
            doi=work.get("doi") or ids.get("doi"),
            url=_url(work),
            authors=_authors(work),
            label=work.get("id"),
        )
