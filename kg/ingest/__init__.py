"""Ingest: read paper records from files in many formats into ``kg.records.Paper``.

Readers are registered by format name in ``READERS``; each is a generator
``read_<fmt>(path) -> Iterator[Paper | RecordError]``. ``read_papers`` is the front door:
it finds the files, picks each one's reader, hands bad records to ``on_error`` and yields
the papers. ``dedupe_papers`` merges the same paper read from several inputs.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import KgUsageError
from kg.ingest.arxiv_atom import read_arxiv_atom
from kg.ingest.arxiv_snapshot import read_arxiv_snapshot
from kg.ingest.bibtex import read_bibtex
from kg.ingest.build import source_texts_kept, title_only_records
from kg.ingest.compressed import READ_ERRORS, inner_suffix
from kg.ingest.csvfile import read_csv
from kg.ingest.dedupe import dedupe_papers
from kg.ingest.hf_daily import read_hf_daily
from kg.ingest.ids import paper_id
from kg.ingest.jsonio import head_text
from kg.ingest.jsonl import read_jsonl
from kg.ingest.openalex import read_openalex
from kg.ingest.s2 import read_s2
from kg.records import Paper, RecordError

__all__ = [
    "READERS",
    "IngestError",
    "InputNotFoundError",
    "UnknownFormatError",
    "dedupe_papers",
    "detect_format",
    "paper_id",
    "read_file",
    "read_papers",
]

log = logging.getLogger("kg.ingest")

Reader = Callable[[Path], Iterator[Paper | RecordError]]
READERS: dict[str, Reader] = {
    "hf_daily": read_hf_daily,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "arxiv_atom": read_arxiv_atom,
    "arxiv_snapshot": read_arxiv_snapshot,
    "bibtex": read_bibtex,
    "openalex": read_openalex,
    "s2": read_s2,
}
ALIASES = {
    "json": "jsonl",
    "atom": "arxiv_atom",
    "arxiv": "arxiv_atom",
    "bib": "bibtex",
    "semantic_scholar": "s2",
    "snapshot": "arxiv_snapshot",
    "hf": "hf_daily",
}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUFFIX_FORMATS = {".txt": "hf_daily", ".xml": "arxiv_atom", ".atom": "arxiv_atom",
                  ".bib": "bibtex", ".bibtex": "bibtex", ".csv": "csv"}
KNOWN_SUFFIXES = JSON_SUFFIXES | set(SUFFIX_FORMATS)


class IngestError(KgUsageError):
    """Raised for a problem with the inputs as a whole (not with one record)."""


class UnknownFormatError(IngestError):
    """The format of a file could not be told, or a format name is not known."""


class InputNotFoundError(IngestError, FileNotFoundError):
    """An input path that does not exist."""


def format_name(name: str) -> str:
    """The registered reader name for ``name`` or one of its aliases."""
    key = name.strip().lower().replace("-", "_")
    key = ALIASES.get(key, key)
    if key not in READERS:
        raise UnknownFormatError(
            f"unknown format {name!r}; known: {', '.join(sorted(READERS))}"
        )
    return key


def _has_key(text: str, key: str) -> bool:
    return re.search(rf'"{re.escape(key)}"\s*:', text) is not None


def _sniff_json(path: Path) -> str:
    """Tell the JSON flavours apart from the first 64 KiB of the file."""
    head = head_text(path)
    if _has_key(head, "abstract_inverted_index") or (
        _has_key(head, "results") and "openalex.org" in head
    ):
        return "openalex"
    if _has_key(head, "paperId") or _has_key(head, "externalIds"):
        return "s2"
    if _has_key(head, "id") and _has_key(head, "abstract") and (
        _has_key(head, "update_date") or _has_key(head, "versions")
    ):
        return "arxiv_snapshot"
    return "jsonl"


def detect_format(path: str | Path, format: str | None = None) -> str:
    """The reader name for ``path``: ``format`` if given, else by extension and content."""
    if format:
        return format_name(format)
    path = Path(path)
    suffix = inner_suffix(path)
    if suffix in JSON_SUFFIXES:
        return _sniff_json(path)
    if suffix in SUFFIX_FORMATS:
        return SUFFIX_FORMATS[suffix]
    raise UnknownFormatError(
        f"{path}: cannot tell the format from the extension {suffix or '(none)'!r}; "
        f"known extensions: {', '.join(sorted(KNOWN_SUFFIXES))}, each also compressed as .gz, .bz2 or .xz "
        "(or pass format=)"
    )


def read_file(path: str | Path, format: str | None = None) -> Iterator[Paper | RecordError]:
    """Papers and record errors of one file, in file order."""
    path = Path(path)
    yield from READERS[detect_format(path, format)](path)


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named in ``paths``; directories give their known-format files, sorted, recursively."""
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files.extend(sorted(
                p for p in path.rglob("*")
                if p.is_file() and inner_suffix(p) in KNOWN_SUFFIXES
            ))
        elif path.exists():
            files.append(path)
        else:
            raise InputNotFoundError(f"no such file or directory: {path}")
    return list(dict.fromkeys(files))


def _log_error(error: RecordError) -> None:
    log.warning("%s", error)


def _read_file(reader: Reader, path: Path, title_only: bool, source_text: bool) -> Iterator[Paper | RecordError]:
    """The records of one file, each read with title-only records allowed or not, source texts kept or not."""
    records = iter(reader(path))
    while True:
        with title_only_records(title_only), source_texts_kept(source_text):  # only around the reader's own steps
            record = next(records, None)
        if record is None:
            return
        yield record


def read_papers(
    paths: str | Path | Iterable[str | Path],
    on_error: Callable[[RecordError], None] | None = None,
    format: str | None = None,
    title_only: bool = False,
    source_text: bool = False,
) -> Iterator[Paper]:
    """Yield the papers of every file in ``paths`` (files or directories).

    Directories are searched recursively for known extensions (also compressed: ``.jsonl.gz``,
    ``.bib.xz``, ``.csv.bz2``), in sorted order; files are
    read in that order. Each bad record goes to ``on_error`` (default: a warning on the
    ``kg.ingest`` logger). ``format`` forces one reader for every file. A file whose format
    cannot be told raises ``UnknownFormatError`` before anything is read. With ``title_only``
    a record with a title and no abstract is a paper (its abstract empty), not an error. With ``source_text`` a
    paper keeps its title and abstract as the record wrote them where cleaning changed them (``Paper.source_title``,
    ``Paper.source_abstract``).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    handle = on_error or _log_error
    files = _expand(paths)
    formats = [detect_format(path, format) for path in files]
    for path, fmt in zip(files, formats):
        try:
            for record in _read_file(READERS[fmt], path, title_only, source_text):
                if isinstance(record, RecordError):
                    handle(record)
                else:
                    yield record
        except READ_ERRORS as error:  # a damaged or truncated (compressed) file: the run goes on
            handle(RecordError(str(path), None, f"cannot be read to the end: {error}"))
