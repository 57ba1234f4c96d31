"""Merge records of the same paper read from several inputs.

One path for the library and for ``kg build``: records are grouped by shared keys in a
workspace table (:class:`kg.pipeline.workspace.Workspace`, in memory here, in the build's
SQLite file there), and each group becomes one paper by :func:`merge_group`.
"""

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


def _first_longest(values: Iterable):
    """The first of the longest values (``max`` keeps the first of equals)."""
    return max(values, key=len)


def merge_group(group: list[Paper]) -> Paper:
    """One paper from the records of a group (in reading order), keeping the richest metadata.

    The first record's title (the first non-empty one); the longest abstract, the most precise
    date (``2021-05-04`` over ``2021``) and the longest author list, the first of equals each;
    arXiv id, DOI, URL and record id from the first record that has one; every source once.
    The ``id`` is made from the merged fields, so a paper first seen by its title takes its
    arXiv id or DOI when a later record has one.
    """
    if len(group) == 1 and group[0].id == paper_id(group[0].arxiv_id, group[0].doi, group[0].title, group[0].abstract):
        return group[0]
    first = group[0]
    dates = [p.date for p in group if p.date]
    merged = Paper(
        id=first.id,
        title=next((p.title for p in group if p.title), first.title),
        abstract=_first_longest(p.abstract for p in group),
        date=_first_longest(dates) if dates else None,
        arxiv_id=next((p.arxiv_id for p in group if p.arxiv_id), None),
        doi=next((p.doi for p in group if p.doi), None),
        url=next((p.url for p in group if p.url), None),
        authors=list(_first_longest(p.authors for p in group)),
        sources=[],
        record_id=next((p.record_id for p in group if p.record_id), None),
    )
    for paper in group:
        merged.sources.extend(s for s in paper.sources if s not in merged.sources)
    merged.id = paper_id(merged.arxiv_id, merged.doi, merged.title, merged.abstract)
    return merged


def dedupe_papers(papers: Iterable[Paper]) -> list[Paper]:
    """Merge papers that share any key (arXiv id, DOI, normalised title), transitively.

    Output order is that of each group's first record; :func:`merge_group` says which fields
    the merged record keeps.
    """
    from kg.pipeline.workspace import Workspace  # the grouping kg build uses (imported late: pipeline imports ingest)

    with Workspace() as workspace:
        workspace.reset("run")
        for paper in papers:
            workspace.add_record(paper, dedupe_keys(paper))
        return [merge_group(group) for group in workspace.record_groups()]
