"""Merge records of the same paper read from several inputs."""

from __future__ import annotations

from collections.abc import Iterable

from kg.ingest.ids import normalise_doi, paper_id
from kg.ingest.text import normalise_title
from kg.records import Paper


def dedupe_keys(paper: Paper) -> list[str]:
    """Every key that identifies ``paper``: arXiv id, DOI and normalised title."""
    keys = []
    if paper.arxiv_id:
        keys.append(f"arxiv:{paper.arxiv_id}")
    if doi := normalise_doi(paper.doi):
        keys.append(f"doi:{doi}")
    if title := normalise_title(paper.title):
        keys.append(f"title:{title}")
    return keys


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _merge(group: list[Paper]) -> Paper:
    """First record's fields, gaps filled from later ones, longest abstract, all sources."""
    first = group[0]
    merged = Paper(
        id=first.id,
        title=first.title,
        abstract=max((p.abstract for p in group), key=len),  # first of the longest
        date=first.date,
        arxiv_id=first.arxiv_id,
        doi=first.doi,
        url=first.url,
        authors=list(first.authors),
        sources=[],
    )
    for paper in group:
        for name in ("date", "arxiv_id", "doi", "url"):
            if getattr(merged, name) is None and getattr(paper, name) is not None:
                setattr(merged, name, getattr(paper, name))
        if not merged.authors and paper.authors:
            merged.authors = list(paper.authors)
        merged.sources.extend(s for s in paper.sources if s not in merged.sources)
    merged.id = paper_id(merged.arxiv_id, merged.doi, merged.title)
    return merged


def dedupe_papers(papers: Iterable[Paper]) -> list[Paper]:
    """Merge papers that share any key (arXiv id, DOI, normalised title), transitively.

    Output order is that of each group's first record; the merged record keeps the first
    record's title, fills missing date, arXiv id, DOI, URL and authors from later records,
    keeps the longest abstract and all sources. Its ``id`` is recomputed from the merged
    fields, so a paper first seen by title takes its arXiv id or DOI when a later record
    has one.
    """
    papers = list(papers)
    parent = list(range(len(papers)))
    owner: dict[str, int] = {}
    for i, paper in enumerate(papers):
        for key in dedupe_keys(paper):
            if key in owner:
                a, b = _find(parent, owner[key]), _find(parent, i)
                parent[max(a, b)] = min(a, b)
            else:
                owner[key] = i
    groups: dict[int, list[Paper]] = {}
    for i, paper in enumerate(papers):
        groups.setdefault(_find(parent, i), []).append(paper)
    return [_merge(group) for group in groups.values()]
