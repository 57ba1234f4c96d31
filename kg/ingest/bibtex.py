"""BibTeX files with ``abstract`` fields (Zotero/Better BibTeX exports), via bibtexparser 1.x.

Brace protection (``{{Learning}}``) is dropped and LaTeX (``\\%``, ``\\&``, ``\\textemdash``,
accents) becomes text with pylatexenc here; math such as ``$\\lambda$`` is converted with the other fields in
``make_paper``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import bibtexparser
from bibtexparser.bparser import BibTexParser
from pylatexenc.latex2text import LatexNodes2Text

from kg.ingest.build import make_paper, source
from kg.ingest.compressed import read_input
from kg.records import Paper, RecordError

FORMAT = "bibtex"
_LATEX = LatexNodes2Text(math_mode="verbatim")
_ENTRY_START = re.compile(r"^[ \t]*@[ \t]*(\w+)[ \t]*[{(][ \t]*([^,\s{}()]*)", re.MULTILINE)
_NOT_ENTRIES = {"comment", "string", "preamble"}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def latex_to_text(value: str | None) -> str:
    """LaTeX → plain text, math kept as written; a bare ``%`` is a percent sign, not a comment."""
    if not value:
        return ""
    value = re.sub(r"(?<!\\)%", r"\\%", value)
    try:
        return _LATEX.latex_to_text(value)
    except Exception:  # pylatexenc is lenient, but never lose a record to it
        return value.replace("{", "").replace("}", "")


def _author_names(value: str | None) -> list[str]:
    """``Last, First and Other, Name`` → ``["First Last", "Name Other"]``."""
    names = []
    for part in re.split(r"\s+and\s+", value or ""):
        last, _, first = (p.strip() for p in part.partition(","))
        names.append(latex_to_text(f"{first} {last}" if first else last))
    return [n for n in names if n.strip()]


def _date(entry: dict) -> str | None:
    if entry.get("date"):
        return entry["date"]
    year = entry.get("year", "").strip()
    month = entry.get("month", "").strip().lower()[:3]
    if year and month in _MONTHS:
        return f"{year}-{_MONTHS.index(month) + 1:02d}"
    if year and month.isdigit():
        return f"{year}-{int(month):02d}"
    return year or None


def _arxiv_id(entry: dict) -> str | None:
    prefix = (entry.get("archiveprefix") or entry.get("eprinttype") or "").lower()
    return entry.get("eprint") if prefix == "arxiv" else None


def _positioned(text: str, entries: list[dict], path: Path) -> Iterator[tuple[int, dict | RecordError]]:
    """Each entry with its 1-based position among the entries written in the file, and a
    ``RecordError`` for each entry written there that the parser dropped (bibtexparser skips
    an entry with unbalanced braces without a word)."""
    starts = [m for m in _ENTRY_START.finditer(text) if m.group(1).lower() not in _NOT_ENTRIES]
    parsed: dict[str, list[dict]] = {}
    for entry in entries:
        parsed.setdefault(entry.get("ID", ""), []).append(entry)
    for position, start in enumerate(starts, 1):
        key = start.group(2)
        if parsed.get(key):
            yield position, parsed[key].pop(0)
            continue
        end = starts[position].start() if position < len(starts) else len(text)
        chunk = text[start.start() : end]
        depth = chunk.count("{") - chunk.count("\\{") - chunk.count("}") + chunk.count("\\}")
        line = text.count("\n", 0, start.start()) + 1
        reason = f"unbalanced braces ({depth:+d})" if depth else "not valid BibTeX"
        yield position, RecordError(str(path), position, f"entry {key or '(no key)'} at line {line} "
                                                         f"could not be read: {reason}")
    extra = len(starts)
    for rest in parsed.values():  # entries the pattern did not see (unusual layout): after the others
        for entry in rest:
            extra += 1
            yield extra, entry


def read_bibtex(path: Path) -> Iterator[Paper | RecordError]:
    """One ``Paper`` per entry; an entry without an abstract is an error naming its key."""
    path = Path(path)
    text = read_input(path).decode("utf-8-sig", errors="replace")
    parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False)
    try:
        database = bibtexparser.loads(text, parser=parser)
    except Exception as exc:  # bibtexparser raises assorted pyparsing errors
        yield RecordError(str(path), None, f"not a readable BibTeX file ({exc})")
        return
    for position, entry in _positioned(text, database.entries, path):
        if isinstance(entry, RecordError):
            yield entry
            continue
        yield make_paper(
            source(path, position, FORMAT),
            title=latex_to_text(entry.get("title")),
            abstract=latex_to_text(entry.get("abstract")),
            date=_date(entry),
            arxiv_id=_arxiv_id(entry),
            doi=entry.get("doi"),
            url=entry.get("url"),
            authors=_author_names(entry.get("author")),
            label=entry.get("ID"),
        )
