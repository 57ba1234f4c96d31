"""Identifiers: DOI and arXiv id normalisation and the stable ``Paper.id``."""

from __future__ import annotations

import hashlib
import re

from kg.ingest.text import normalise_title

_DOI = re.compile(r"10(?:\.\d+)*/\S+")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
# New-style (0704.0001, 2202.12139v1) and old-style (cond-mat/0412498v1, math.GT/0309136) ids.
_ARXIV_ID = re.compile(
    r"(?P<id>\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Za-z-]+)?/\d{7})(?:v\d+)?", re.IGNORECASE
)
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/(?P<rest>[^?#\s]+)", re.IGNORECASE)
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(?P<rest>.+)$", re.IGNORECASE)


def normalise_doi(value: object) -> str | None:
    """``https://doi.org/10.1/X`` or ``doi:10.1/X`` → ``10.1/x``; None if it is not a DOI.

    Short DOIs (``10/gnq33f``) are kept as they are.
    """
    if value is None:
        return None
    doi = _DOI_PREFIX.sub("", str(value).strip()).strip().lower()
    return doi if _DOI.fullmatch(doi) else None


def normalise_arxiv_id(value: object) -> str | None:
    """An arXiv id without version suffix, ``arXiv:`` prefix or URL; None if it is not one."""
    if value is None:
        return None
    text = str(value).strip()
    url = _ARXIV_URL.search(text)
    if url:
        text = url.group("rest").removesuffix(".pdf")
    text = re.sub(r"^arxiv:\s*", "", text, flags=re.IGNORECASE)
    match = _ARXIV_ID.fullmatch(text)
    return match.group("id") if match else None


def arxiv_id_from_url(url: str | None) -> str | None:
    """The arXiv id of an ``arxiv.org/abs/…`` or ``arxiv.org/pdf/…`` link."""
    match = _ARXIV_URL.search(url or "")
    return normalise_arxiv_id(match.group(0)) if match else None


def arxiv_id_from_doi(doi: str | None) -> str | None:
    """The arXiv id inside an arXiv DataCite DOI (``10.48550/arXiv.2304.04761``)."""
    match = _ARXIV_DOI.match(doi or "")
    return normalise_arxiv_id(match.group("rest")) if match else None


def title_hash(title: str) -> str:
    """First 16 hex digits of the SHA-1 of the normalised title (of the title itself if the
    normalised form is empty, e.g. a title of symbols only)."""
    key = normalise_title(title) or title.strip()
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def paper_id(arxiv_id: str | None = None, doi: str | None = None, title: str | None = None,
             abstract: str | None = None) -> str:
    """``arxiv:<id>``, else ``doi:<doi>``, else ``title:<hash>`` of the normalised title, else
    (a record with an abstract and no title) ``abstract:<hash>`` of the abstract."""
    if arxiv := normalise_arxiv_id(arxiv_id):
        return f"arxiv:{arxiv}"
    if doi := normalise_doi(doi):
        return f"doi:{doi}"
    if title and title.strip():
        return f"title:{title_hash(title)}"
    if abstract and abstract.strip():
        return f"abstract:{title_hash(abstract)}"
    raise ValueError("a paper id needs an arXiv id, a DOI, a title or an abstract")
