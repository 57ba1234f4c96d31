"""Publication dates as ISO 8601 strings at the precision the source gives.

``YYYY-MM-DD`` when the day is known, ``YYYY-MM`` or ``YYYY`` when only those are; a date
without a year (``Mar 16``) is not a date here and gives None, so no year is ever invented.
"""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_ISO = re.compile(r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?=$|[T\s])")
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})")  # Feb 10, 2025
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})")  # 4 Feb 2014
_MONTH_YEAR = re.compile(r"([A-Za-z]{3})[a-z]*\.? (\d{4})")  # March 2021


def _format(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """Validate and format; None for impossible dates."""
    try:
        if day is not None and month is not None:
            return date(year, month, day).isoformat()
        if month is not None:
            return date(year, month, 1).isoformat()[:7]
    except ValueError:
        return None
    return f"{year:04d}" if 1000 <= year <= 9999 else None


def iso_date(value: object) -> str | None:
    """Parse a date in the forms seen in paper metadata; None when absent or unreadable."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return _format(value)
    text = str(value).strip()
    if not text:
        return None
    if match := _ISO.match(text):
        year, month, day = (int(g) if g else None for g in match.groups())
        return _format(year, month, day)
    if match := _MONTH_DAY_YEAR.fullmatch(text):
        month = _MONTHS.get(match.group(1).lower())
        return _format(int(match.group(3)), month, int(match.group(2))) if month else None
    if match := _DAY_MONTH_YEAR.fullmatch(text):
        month = _MONTHS.get(match.group(2).lower())
        return _format(int(match.group(3)), month, int(match.group(1))) if month else None
    if match := _MONTH_YEAR.fullmatch(text):
        month = _MONTHS.get(match.group(1).lower())
        return _format(int(match.group(2)), month) if month else None
    if parsed := parsedate(text):  # RFC 2822: "Mon, 2 Apr 2007 19:18:42 GMT"
        return _format(parsed[0], parsed[1], parsed[2])
    return None
