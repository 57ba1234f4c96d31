"""Turn raw field values into a clean ``Paper``, or a ``RecordError`` saying what is missing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from kg.ingest.dates import iso_date
from kg.ingest.ids import (
    arxiv_id_from_doi,
    arxiv_id_from_url,
    normalise_arxiv_id,
    normalise_doi,
    paper_id,
)
from kg.ingest.text import (
    clean_text,
    is_placeholder,
    join_broken_words,
    latex_to_text,
    space_glued_sentences,
    strip_copyright,
)
from kg.records import Paper, RecordError, Source

MAX_TITLE_CHARS = 2_000
"""Records with a longer title are reported and skipped: real titles are under 300 characters,
and a title of 100,000 characters costs seconds and a gigabyte to extract."""
MAX_ABSTRACT_CHARS = 100_000
"""Records with a longer abstract are reported and skipped: real ones are under 5,000
characters, and spaCy refuses texts over 1,000,000."""
MAX_AUTHORS = 5_000
"""Author lists are cut to this many names (the longest real ones have about 3,000)."""
_TITLE_ONLY = ContextVar("title_only", default=False)
"""Whether a record with a title and no abstract is a paper (``kg extract``) or an error (a graph build)."""
_SOURCE_TEXT = ContextVar("source_text", default=False)
"""Whether a paper keeps its title and abstract as the record wrote them where cleaning changed them (``kg
extract`` gives offsets into those)."""


@contextmanager
def title_only_records(allowed: bool = True) -> Iterator[None]:
    """Within this block, :func:`make_paper` accepts records that have a title and no abstract."""
    token = _TITLE_ONLY.set(allowed)
    try:
        yield
    finally:
        _TITLE_ONLY.reset(token)


@contextmanager
def source_texts_kept(kept: bool = True) -> Iterator[None]:
    """Within this block, :func:`make_paper` keeps a title or an abstract as the record wrote it where cleaning
    changed it (``Paper.source_title``, ``Paper.source_abstract``)."""
    token = _SOURCE_TEXT.set(kept)
    try:
        yield
    finally:
        _SOURCE_TEXT.reset(token)


_WEB_URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+", re.IGNORECASE)


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
    """Clean every field and build the ``Paper``; a record without an abstract, or with a field
    over its limit (:data:`MAX_TITLE_CHARS`, :data:`MAX_ABSTRACT_CHARS`), is an error.

    A record with an abstract and no title is a normal paper; one with a title and no abstract
    is one too inside :func:`title_only_records` (``kg extract`` reads every record it can). ``label`` names the record in
    error messages (e.g. a BibTeX citation key). An arXiv id is also taken from an arXiv URL or
    an arXiv DOI when none is given. A trailing copyright notice is dropped from the abstract;
    LaTeX in the title, abstract and names becomes text, words broken at a line end are joined and a sentence
    glued to the full stop before it is spaced; placeholder abstracts and author names (``[No abstract
    available]``) count as missing. Only an http(s) URL is kept as the paper's URL.
    """
    what = f"record {label}" if label else "record"
    where = f"record {label}: " if label else ""
    for name, value, limit in (("title", title, MAX_TITLE_CHARS), ("abstract", abstract, MAX_ABSTRACT_CHARS)):
        if isinstance(value, str) and len(value) > 2 * limit:  # too long even before cleaning: skip the work
            return record_error(src, f"{where}{name} of {len(value):,} characters is over the limit of {limit:,}")
    title_text = join_broken_words(latex_to_text(clean_text(title)))
    abstract_text = strip_copyright(space_glued_sentences(join_broken_words(latex_to_text(clean_text(abstract)))))
    if is_placeholder(abstract_text):
        abstract_text = ""
    if not abstract_text and not (title_text and _TITLE_ONLY.get()):
        return record_error(src, f"{what} has no abstract (title: {title_text[:80]!r})" if title_text
                            else f"{what} has neither title nor abstract")
    for name, text, limit in (("title", title_text, MAX_TITLE_CHARS), ("abstract", abstract_text, MAX_ABSTRACT_CHARS)):
        if len(text) > limit:
            return record_error(src, f"{where}{name} of {len(text):,} characters is over the limit of {limit:,} "
                                     f"(starts {text[:60]!r})")
    doi_text = normalise_doi(clean_text(doi))
    url_text = web_url(clean_text(url))
    arxiv = (
        normalise_arxiv_id(clean_text(arxiv_id))
        or arxiv_id_from_doi(doi_text)
        or arxiv_id_from_url(url_text)
    )
    names = (clean_text(name) for _, name in zip(range(MAX_AUTHORS), authors))
    return Paper(
        id=paper_id(arxiv, doi_text, title_text, abstract_text),
        title=title_text,
        abstract=abstract_text,
        date=iso_date(date),
        arxiv_id=arxiv,
        doi=doi_text,
        url=url_text,
        authors=[latex_to_text(name) for name in names if name and not is_placeholder(name)],
        sources=[src],
        record_id=clean_text(record_id) or None,
        source_title=_as_written(title, title_text),
        source_abstract=_as_written(abstract, abstract_text),
    )


def _as_written(value: object, cleaned: str) -> str | None:
    """``value`` as the record wrote it when it is text that cleaning changed and :func:`source_texts_kept` is on,
    else None."""
    return value if _SOURCE_TEXT.get() and isinstance(value, str) and value != cleaned else None


def web_url(text: str | None) -> str | None:
    """``text`` when it is an http(s) URL (a link a browser may follow), else None.

    >>> web_url("https://arxiv.org/abs/2101.00001"), web_url("javascript:alert(1)")
    ('https://arxiv.org/abs/2101.00001', None)
    """
    return text if text and _WEB_URL.fullmatch(text) else None


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
