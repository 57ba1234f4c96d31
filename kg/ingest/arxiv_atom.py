"""arXiv API Atom feeds (``export.arxiv.org/api/query``), old and new layouts.

Titles and summaries are unwrapped; LaTeX is kept as it is. The arXiv id comes from the
entry ``<id>`` URL without its version, the DOI from ``arxiv:doi``, the date from
``published`` (version 1).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from kg.ingest.build import make_paper, record_error, source
from kg.ingest.compressed import open_input
from kg.ingest.ids import normalise_arxiv_id
from kg.ingest.text import clean_text
from kg.records import Paper, RecordError

FORMAT = "arxiv_atom"
NS = {"atom": "http://www.w3.org/2005/Atom", "arxiv": "http://arxiv.org/schemas/atom"}


def _text(entry: ET.Element, tag: str) -> str | None:
    element = entry.find(tag, NS)
    return element.text if element is not None else None


def read_arxiv_atom(path: Path) -> Iterator[Paper | RecordError]:
    """One ``Paper`` per ``<entry>``; an API error entry or a broken file is a ``RecordError``."""
    path = Path(path)
    try:
        with open_input(path) as handle:
            root = ET.parse(handle).getroot()
    except (ET.ParseError, UnicodeDecodeError) as exc:
        yield RecordError(str(path), None, f"not a readable Atom feed ({exc})")
        return
    if root.tag != f"{{{NS['atom']}}}feed":
        yield RecordError(str(path), None, f"not an Atom feed (root element {root.tag!r})")
        return
    for position, entry in enumerate(root.findall("atom:entry", NS), 1):
        src = source(path, position, FORMAT)
        entry_id = clean_text(_text(entry, "atom:id"))
        if "/api/errors" in entry_id:
            yield record_error(src, f"arXiv API error: {clean_text(_text(entry, 'atom:summary'))}")
            continue
        arxiv_id = normalise_arxiv_id(entry_id)
        yield make_paper(
            src,
            title=_text(entry, "atom:title"),
            abstract=_text(entry, "atom:summary"),
            date=_text(entry, "atom:published"),
            arxiv_id=arxiv_id,
            doi=_text(entry, "arxiv:doi"),
            url=f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else entry_id or None,
            authors=[_text(a, "atom:name") for a in entry.findall("atom:author", NS)],
            label=f"arXiv:{arxiv_id}" if arxiv_id else None,
        )
