"""The errors the library raises for people: one base class, two kinds.

``KgError`` is the base of every error meant for a user. ``KgUsageError`` is a mistake in what
was asked (a bad argument, an input that cannot be read, a query that does not parse): the
command line exits with 2. ``KgFailure`` is work that was asked for properly but could not be
done (a server that answers an error, an output that cannot be written): exit status 1.
A record that cannot be read is not an exception: it is a ``kg.records.RecordError`` value,
reported and skipped while the run goes on.
"""

from __future__ import annotations

import re

USAGE_EXIT = 2
FAILURE_EXIT = 1
MAX_MESSAGE_CHARS = 500
"""Messages longer than this are cut: an input echoed in an error never floods the terminal."""

_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_UNSAFE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


class KgError(Exception):
    """An error with a message for people; ``exit_code`` is what the command line exits with."""

    exit_code = FAILURE_EXIT


class KgUsageError(KgError, ValueError):
    """A mistake in what was asked: arguments, inputs or queries that cannot be used (also a
    ``ValueError``, as such mistakes are in Python)."""

    exit_code = USAGE_EXIT


class KgFailure(KgError):
    """Work that was asked for properly but could not be done."""

    exit_code = FAILURE_EXIT


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return f"\\u{ord(char):04x}" if ord(char) > 0xFF else f"\\x{ord(char):02x}"


def safe_text(text: object, limit: int = MAX_MESSAGE_CHARS, one_line: bool = True) -> str:
    """``text`` fit for a terminal or a log: control characters (newlines too, unless
    ``one_line`` is false), lone surrogates and line separators escaped (``\\x1b``,
    ``\\ud800``), and cut to ``limit`` characters with ``…``.

    >>> safe_text("bad\\x1b[31m title\\ud800")
    'bad\\\\x1b[31m title\\\\ud800'
    >>> safe_text("x" * 20, limit=5)
    'xxxxx…'
    """
    text = str(text)
    if len(text) > limit * 4:  # escaping can only lengthen: never escape a whole huge field
        text = text[: limit * 4]
    escaped = (_UNSAFE_LINE if one_line else _UNSAFE).sub(_escape, text)
    return escaped if len(escaped) <= limit else escaped[:limit] + "…"
