"""Turn raw field values into a clean ``Paper``, or a ``RecordError`` saying what is missing."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.ingest.dates import iso_date
from kg.ingest.ids import (
    arxiv_id_from_doi,
    arxiv_id_from_url,
    normalise_arxiv_id,
    normalise_doi,
    paper_id,
)
from kg.ingest.text import clean_text, is_placeholder, latex_to_text, strip_copyright
from kg.records import Paper, RecordError, Source


def source(path: object, position: int, fmt: str) -> Source:
    """The ``Source`` of record ``position`` (1-based) in ``path``."""
    return Source(path=str(path), position=position, format=fmt)


def record_error(src: Source, message: str) -> RecordError:
    """A ``RecordError`` for the record at ``src``."""
    return RecordError(path=src.path, position=src.position, message=message)


def make_paper(
    src: Source,
    *,
    title: object,
    abstract: object,
    date: object = None,
    arxiv_id: object = None,
    doi: object = None,
    url: object = None,
    authors: Iterable[object] = (),
    label: str | None = None,
    record_id: object = None,
) -> Paper | RecordError:
    """Clean every field and build the ``Paper``; a missing title or abstract is an error.

    ``label`` names the record in error messages (e.g. a BibTeX citation key). An arXiv id is
    also taken from an arXiv URL or an arXiv DOI when none is given. A trailing copyright
    notice is dropped from the abstract; LaTeX in the title, abstract and names becomes text;
    placeholder abstracts and author names (``[No abstract available]``) count as missing.
    """
    title_text = latex_to_text(clean_text(title))
    abstract_text = strip_copyright(latex_to_text(clean_text(abstract)))
    what = f"record {label}" if label else "record"
    if not title_text:
        return record_error(src, f"{what} has no title")
    if not abstract_text or is_placeholder(abstract_text):
        return record_error(src, f"{what} has no abstract (title: {title_text!r})")
    doi_text = normalise_doi(clean_text(doi))
    url_text = clean_text(url) or None
    arxiv = (
        normalise_arxiv_id(clean_text(arxiv_id))
        or arxiv_id_from_doi(doi_text)
        or arxiv_id_from_url(url_text)
    )
    return Paper(
        id=paper_id(arxiv, doi_text, title_text),
        title=title_text,
        abstract=abstract_text,
        date=iso_date(date),
        arxiv_id=arxiv,
        doi=doi_text,
        url=url_text,
        authors=[latex_to_text(name) for name in map(clean_text, authors) if name and not is_placeholder(name)],
        sources=[src],
        record_id=clean_text(record_id) or None,
    )


def split_authors(value: object) -> list[str]:
    """Split an author string on ``;`` when it has one, else on ``,`` and `` and ``.

    A list is kept as it is; dict items give their ``name`` (or ``display_name``).
    """
    if value is None:
        return []
    if isinstance(value, list):
        names = (
            item.get("name") or item.get("display_name") if isinstance(item, dict) else item
            for item in value
        )
        return [str(name) for name in names if name]
    text = clean_text(value)
    separator = r"\s*;\s*" if ";" in text else r"\s*,\s*(?:and\s+)?|\s+and\s+"
    return [part for part in re.split(separator, text) if part]
