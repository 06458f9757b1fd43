"""Listings out of saved HTML pages (see :mod:`knowable.sources.listings` for the markup)."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from knowable.model import Quarantined

_FIELD_ALIASES = {
    "title": "title",
    "body": "body",
    "description": "body",
    "category": "category",
    "location": "location",
    "posted_at": "posted_at",
    "date": "posted_at",
    "dateposted": "posted_at",
    "phone": "phone",
    "telephone": "phone",
    "email": "email",
    "handle": "handle",
    "account": "account",
    "poster": "account",
    "poster_id": "account",
    "author": "account",
    "reports": "reports",
    "report": "reports",
    "flags": "reports",
}
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "wbr", "source"})


def _field_of(attrs: dict[str, str]) -> str | None:
    for name in (attrs.get("data-field"), attrs.get("itemprop")):
        if name and name.lower() in _FIELD_ALIASES:
            return _FIELD_ALIASES[name.lower()]
    for token in attrs.get("class", "").split():
        if token.lower() in _FIELD_ALIASES:
            return _FIELD_ALIASES[token.lower()]
    return None


class _ListingParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[int, dict[str, Any]]] = []
        self._current: dict[str, Any] | None = None
        self._line = 0
        self._depth = 0
        self._field: str | None = None
        self._field_depth = 0
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k: v or "" for k, v in attrs_list}
        if tag in _VOID:
            if tag == "br" and self._field:
                self._buffer.append("\n")
            return
        if self._current is None:
            classes = attrs.get("class", "").split()
            if "data-listing-id" in attrs or "listing" in classes:
                self._current = {"id": attrs.get("data-listing-id") or attrs.get("data-id", "")}
                self._line = self.getpos()[0]
                self._depth = 1
            return
        self._depth += 1
        if self._field is None:
            field = _field_of(attrs)
            if field is not None:
                self._field = field
                self._field_depth = self._depth
                self._buffer = []
                if tag == "time" and attrs.get("datetime"):
                    self._current[field] = attrs["datetime"]
                    self._field = None
        elif tag in ("p", "div", "li"):
            self._buffer.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._current is None or tag in _VOID:
            return
        if self._field is not None and self._depth == self._field_depth:
            lines = ("".join(self._buffer)).splitlines()
            value = "\n".join(" ".join(line.split()) for line in lines if line.strip())
            if self._field == "reports" and self._current.get("reports"):
                self._current["reports"] += "\n" + value  # several report elements
            else:
                self._current.setdefault(self._field, value)
            self._field = None
        self._depth -= 1
        if self._depth == 0:
            self.rows.append((self._line, self._current))
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._field is not None:
            self._buffer.append(data)


def html_listings(
    text: str, file: str, source: str
) -> Iterator[tuple[int, dict[str, Any] | Quarantined]]:
    """(line, raw listing) for each listing element of a saved page; the page itself is
    quarantined when it holds no listing markup at all."""
    parser = _ListingParser()
    parser.feed(text)
    parser.close()
    if parser._current is not None:  # unclosed element at the end of the page
        parser.rows.append((parser._line, parser._current))
    if not parser.rows:
        reason = "no listings found (expected elements with data-listing-id or class 'listing')"
        yield 1, Quarantined(source, file, None, None, reason, text[:2000])
        return
    yield from parser.rows
