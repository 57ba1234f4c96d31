"""Text of Hugging Face Daily Papers pages (copied from the browser).

A page starts with header lines ("new", "Get trending papers in your email inbox!",
"Subscribe", "Daily Papers", "byAK and the research community") and the page date
("Mar 16"). Then each paper is a title line and an abstract paragraph, separated by blank
lines, sometimes followed by metadata lines::

      • 2 authors
    ·
    Feb 10, 2025 4          <- publication date, then the upvote count (optional)

Only dates with a year become ``Paper.date``; a yearless date is the page date (or an
unknown year) and is not used. A title with no abstract after it is a ``RecordError``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.ingest.build import make_paper, record_error, source
from kg.ingest.compressed import read_input
from kg.ingest.dates import iso_date
from kg.records import Paper, RecordError

FORMAT = "hf_daily"
HEADER_LINES = frozenset(
    {
        "new",
        "Get trending papers in your email inbox!",
        "Subscribe",
        "Daily Papers",
        "byAK and the research community",
    }
)
_AUTHORS = re.compile(r"•\s*(\d+)\s+authors?")
_SEPARATOR = "·"
_DATE = re.compile(
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(?P<year>, \d{4})?)"
    r"(?: (?P<votes>\d+))?"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9(])")


@dataclass(slots=True)
class _Line:
    kind: str  # "text", "authors", "separator", "date", "votes"
    text: str
    number: int


def _tokenise(text: str) -> list[_Line]:
    """Non-blank lines classified by what they look like; header lines are dropped."""
    lines = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line in HEADER_LINES:
            continue
        if _AUTHORS.fullmatch(line):
            kind = "authors"
        elif line == _SEPARATOR:
            kind = "separator"
        elif _DATE.fullmatch(line):
            kind = "date"
        elif line.isdigit():
            kind = "votes"
        else:
            kind = "text"
        lines.append(_Line(kind, line, number))
    return lines


def looks_like_abstract(line: str) -> bool:
    """An abstract is long or has several sentences; titles are short single phrases."""
    return len(line) > 300 or len(_SENTENCE_END.findall(line)) >= 2


def _takes_abstract(lines: list[_Line], i: int) -> bool:
    """Is ``lines[i]`` the abstract of the title just before it?

    Yes if it reads as an abstract. A short line is taken as the abstract too, unless the
    line after it reads as an abstract: then it is the next title and the title before it
    has no abstract.
    """
    if i >= len(lines) or lines[i].kind != "text":
        return False
    if looks_like_abstract(lines[i].text):
        return True
    after = lines[i + 1] if i + 1 < len(lines) else None
    return not (after and after.kind == "text" and looks_like_abstract(after.text))


def _metadata(lines: list[_Line], i: int) -> tuple[str | None, int]:
    """Read the metadata lines at ``i``: the publication date (if it has a year), next index."""
    date = None
    seen_meta = False
    while i < len(lines) and lines[i].kind != "text":
        line = lines[i]
        if line.kind == "date":
            match = _DATE.fullmatch(line.text)
            if not (match.group("year") or seen_meta):
                break  # a yearless date not after "·": the next page's date line
            date = iso_date(match.group("date")) or date
        seen_meta = True
        i += 1
    return date, i


def read_hf_daily(path: Path) -> Iterator[Paper | RecordError]:
    """One ``Paper`` per title/abstract pair of a Daily Papers page."""
    path = Path(path)
    lines = _tokenise(read_input(path).decode("utf-8-sig", errors="replace"))
    position = 0
    i = 0
    while i < len(lines):
        if lines[i].kind != "text":  # page date, or metadata with no paper before it
            i += 1
            continue
        title = lines[i]
        position += 1
        src = source(path, position, FORMAT)
        if looks_like_abstract(title.text):
            _, i = _metadata(lines, i + 1)
            yield record_error(src, f"line {title.number}: paragraph without a title: "
                                    f"{title.text[:60]!r}…")
            continue
        abstract = lines[i + 1].text if _takes_abstract(lines, i + 1) else None
        date, i = _metadata(lines, i + (2 if abstract is not None else 1))
        paper = make_paper(src, title=title.text, abstract=abstract, date=date)
        if isinstance(paper, RecordError):
            paper = record_error(src, f"line {title.number}: {paper.message}")
        yield paper
