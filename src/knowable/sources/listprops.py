"""Small helpers the list parsers share to build FtM-like entity properties."""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowable.sources.watchlist import country_code

_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DMY = re.compile(r"^(\d{1,2}|dd)/(\d{1,2}|mm)/(\d{4})$", re.IGNORECASE)
_MDY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_WORDS = re.compile(r"^(?:circa\s+)?(?:(\d{1,2})\s+)?([A-Za-z]{3,})\.?\s+(\d{4})$")


def add(props: dict[str, list[str]], name: str, values: Iterable[str]) -> None:
    """Append non-empty, new values to property ``name``."""
    for value in values:
        value = value.strip()
        if value and value not in props.get(name, []):
            props.setdefault(name, []).append(value)


def countries(values: Iterable[str]) -> list[str]:
    """ISO codes of country names or codes (unknown ones left out)."""
    return list(dict.fromkeys(code for v in values if (code := country_code(v))))


def day_first(text: str) -> str | None:
    """An ISO date (or year-month, or year) from ``dd/mm/yyyy``, where ``dd`` or ``mm``
    may be written as placeholders for unknown parts (the UK list does so)."""
    match = _DMY.match(text.strip())
    if match is None:
        return None
    day, month, year = match.groups()
    if not month.isdigit():
        return year
    if not day.isdigit():
        return f"{year}-{int(month):02d}"
    return f"{year}-{int(month):02d}-{int(day):02d}"


def month_first(text: str) -> str | None:
    """An ISO date from ``mm/dd/yyyy`` (US lists)."""
    match = _MDY.match(text.strip())
    if match is None:
        return None
    month, day, year = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def loose_date(text: str) -> str | None:
    """An ISO date, year-month or year from the ways lists write dates: ISO,
    ``12 Jan 1960``, ``Jan 1960``, ``circa 1960``, ``1960``; None when unreadable."""
    value = text.strip()
    if value.lower().startswith("circa "):
        value = value[6:].strip()
    if match := _ISO.match(value):
        year, month, day = match.groups()
        return "-".join(p for p in (year, month, day) if p)
    if match := _WORDS.match(value):
        day, month, year = match.groups()
        number = _MONTHS.get(month[:3].lower())
        if number is None:
            return None
        return f"{year}-{number:02d}" + (f"-{int(day):02d}" if day else "")
    return None


def slug(text: str, limit: int = 54) -> str:
    """A list name made from a title: lower case words joined by ``-``."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words)[:limit].strip("-")
