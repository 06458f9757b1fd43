"""Dates and times: everything stored is timezone-aware UTC."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from functools import lru_cache

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def utcnow() -> datetime:
    """The current time, UTC, to the microsecond."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Treat a naive datetime as UTC; convert an aware one to UTC."""
    tz = value.tzinfo
    if tz is UTC:
        return value
    if tz is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


#: Date texts whose parse is kept: a row's dates are read two or three times each (its
#: checks, its availability, its version), and day-only dates repeat across rows.
_DATES_CACHED = 8192


@lru_cache(maxsize=_DATES_CACHED)
def parse_when(text: str) -> datetime | None:
    """Parse an ISO date or date-time as Salesforce and most exports write them.

    Accepts ``2014-03-05``, ``2014-03-05T10:00:00Z``, ``2014-03-05T10:00:00.000+0000``,
    ``2014-03-05 10:00:00``. Returns None when the text is not a valid date.
    """
    value = text.strip()
    if not value:
        return None
    if _DATE_ONLY.match(value):
        try:
            return datetime.combine(date.fromisoformat(value), time(0, 0), tzinfo=UTC)
        except ValueError:
            return None
    candidate = value.replace("Z", "+00:00")
    # Salesforce writes offsets without a colon (+0000); Python 3.11 accepts both.
    try:
        return as_utc(datetime.fromisoformat(candidate))
    except ValueError:
        pass
    for fmt in ("%m/%d/%Y", "%m/%d/%Y %H:%M", "%d.%m.%Y"):
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def parse_as_of(text: str | None) -> datetime | None:
    """Parse an ``--as-of`` date: a date means the end of that day (inclusive)."""
    if text is None:
        return None
    value = text.strip()
    if _DATE_ONLY.match(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return None
        return datetime.combine(day, time(23, 59, 59, 999999), tzinfo=UTC)
    return parse_when(value)
