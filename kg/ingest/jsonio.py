"""Reading JSON inputs: one JSON document or JSON Lines, told apart by content.

Bytes that are not valid UTF-8 are decoded as U+FFFD and reading goes on. A line of JSON
Lines that does not parse (or nests deeper than Python's parser can follow) is one
``RecordError``; a document that does not parse is one file-level ``RecordError`` (position None).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from kg.ingest.build import source
from kg.ingest.compressed import READ_ERRORS, open_input, read_input
from kg.records import RecordError, Source

CONTAINER_KEYS = ("results", "data")  # OpenAlex lists and Semantic Scholar search pages


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def iter_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Non-blank lines of ``path`` with their 1-based line numbers; a BOM is dropped."""
    with open_input(path) as handle:
        for number, raw in enumerate(handle, 1):
            text = _decode(raw).lstrip("\ufeff") if number == 1 else _decode(raw)
            if text.strip():
                yield number, text


# Fields of a paper record: a document with one is a record itself, whatever lists it holds ({"title": ...,
# "abstract": ..., "results": [...]}: a record with its leaderboard scores, not a page of them).
_RECORD_KEYS = ("title", "abstract")


def _records_of(document: object) -> list[object]:
    """The records of a whole JSON document: a list, a ``results``/``data`` list, or itself."""
    if isinstance(document, dict) and not any(isinstance(document.get(key), str) for key in _RECORD_KEYS):
        for key in CONTAINER_KEYS:
            if isinstance(document.get(key), list):
                return document[key]
    return document if isinstance(document, list) else [document]


def _parse(text: str) -> object:
    """``json.loads``, with nesting too deep to follow reported as a ``ValueError``."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def _problem(exc: ValueError) -> str:
    return exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)


def _iter_json_lines(path: Path, fmt: str) -> Iterator[tuple[Source, object] | RecordError]:
    for position, (number, line) in enumerate(iter_lines(path), 1):
        src = source(path, position, fmt)
        try:
            value = _parse(line)
        except ValueError as exc:
            yield RecordError(src.path, position, f"line {number}: invalid JSON ({_problem(exc)})")
            continue
        yield src, value


def _looks_like_json_lines(path: Path) -> bool:
    """True when the file has several lines and its first (or, if broken, second) is an object."""
    lines = iter_lines(path)
    first = next(lines, (0, ""))[1].strip()
    second = next(lines, (0, ""))[1].strip()
    if not second:
        return False
    return _parses_as_object(first) or (first.startswith("{") and _parses_as_object(second))


def _parses_as_object(line: str) -> bool:
    try:
        return isinstance(_parse(line), dict)
    except ValueError:
        return False


def iter_json_records(path: Path, fmt: str) -> Iterator[tuple[Source, object] | RecordError]:
    """Yield ``(source, value)`` for each record of a JSON or JSON Lines file, or errors.

    Positions are 1-based record indices: list items of a document, non-blank lines of
    JSON Lines (whose errors also name the line number).
    """
    path = Path(path)
    if _looks_like_json_lines(path):
        yield from _iter_json_lines(path, fmt)
        return
    text = _decode(read_input(path)).lstrip("\ufeff")
    if not text.strip():
        yield RecordError(str(path), None, "file is empty")
        return
    try:
        document = _parse(text)
    except json.JSONDecodeError as exc:
        yield RecordError(str(path), None, f"invalid JSON at line {exc.lineno} ({exc.msg})")
        return
    except ValueError as exc:
        yield RecordError(str(path), None, f"invalid JSON ({exc})")
        return
    for position, value in enumerate(_records_of(document), 1):
        yield source(path, position, fmt), value


def head_text(path: Path, size: int = 65536) -> str:
    """The first ``size`` bytes of ``path`` as text, for format sniffing."""
    try:
        with open_input(path) as handle:
            return _decode(handle.read(size)).lstrip("\ufeff")
    except READ_ERRORS:  # a damaged compressed file: reading it reports the error
        return ""
