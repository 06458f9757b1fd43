"""News articles as Records: plain text, HTML pages, RSS/Atom feeds and JSON lines.

Every article becomes one ``Record(source="media", kind="article")`` whose ``available_at``
is the publication date the item states, or None when it states none (never today's date,
never a guess). Items that cannot be read are returned as :class:`Quarantined` rows naming
the file, line and field; the rest of the file is still read.

Formats are chosen by file extension (``.jsonl``/``.ndjson``, ``.rss``/``.atom``/``.xml``,
``.html``/``.htm``, anything else is plain text); a directory is read file by file.
"""

from __future__ import annotations

import calendar
import html
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from knowable.errors import InputError
from knowable.model import Quarantined, Record
from knowable.sources import guards
from knowable.sources.stories import text_key
from knowable.timeutil import as_utc, parse_when

SOURCE = "media"
KIND = "article"

_JSONL = {".jsonl", ".ndjson"}
_FEED = {".rss", ".atom", ".xml"}
_HTML = {".html", ".htm"}
_EXTRA_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")
_TAG = re.compile(r"<[^>]+>")
_HEADER = re.compile(r"^(title|date|published|outlet|source|url)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass
class MediaBatch:
    """What one file (or folder) gave: articles and the items set aside."""

    records: list[Record] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)

    def extend(self, other: MediaBatch) -> None:
        self.records.extend(other.records)
        self.quarantined.extend(other.quarantined)


def parse_published(value: str) -> datetime | None:
    """Parse a stated publication date (ISO, RFC 2822 as feeds write it, or 'June 3, 2014').

    Returns None when the text is not a date; callers decide whether that is an error.
    """
    text = value.strip()
    if not text:
        return None
    parsed = parse_when(text)
    if parsed is not None:
        return parsed
    try:
        return as_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _EXTRA_DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def article_record(
    *,
    title: str,
    body: str,
    url: str | None,
    outlet: str | None,
    published: datetime | None,
    published_raw: str | None,
    fmt: str,
    origin: str,
) -> Record:
    """Build the Record of one article. ``text`` is the title, a blank line, then the body."""
    title = title.strip()
    body = body.strip()
    text = f"{title}\n\n{body}" if title else body
    payload: dict[str, Any] = {
        "url": url or None,
        "title": title,
        "outlet": outlet or None,
        "published_at": published.isoformat() if published else None,
        "published_raw": published_raw,
        "date_stated": published is not None,
        "format": fmt,
        "text_key": text_key(body or title),
    }
    return Record(
        source=SOURCE,
        kind=KIND,
        payload=payload,
        available_at=published,
        external_id=url or None,
        text=text,
        origin=origin,
    )


def _quarantine(file: str, line: int | None, fld: str | None, reason: str, raw: str) -> Quarantined:
    return Quarantined(
        source=SOURCE, file=file, line=line, field=fld, reason=reason, raw=raw[:2000]
    )


def _str_field(item: dict[str, Any], name: str) -> str | None:
    value = item.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"expected text, got {type(value).__name__}", field=name)
    return value


def parse_jsonl(text: str, file: str) -> MediaBatch:
    """JSON lines with ``url, title, published_at, text`` (optional ``outlet``)."""
    batch = MediaBatch()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = guards.loads(line)
        except guards.NestingTooDeepError as exc:
            batch.quarantined.append(_quarantine(file, number, None, exc.reason, line))
            continue
        except json.JSONDecodeError as exc:
            batch.quarantined.append(
                _quarantine(file, number, None, f"not valid JSON: {exc.msg}", line)
            )
            continue
        if not isinstance(item, dict):
            batch.quarantined.append(_quarantine(file, number, None, "not a JSON object", line))
            continue
        try:
            body = _str_field(item, "text") or ""
            title = _str_field(item, "title") or ""
            url = _str_field(item, "url")
            outlet = _str_field(item, "outlet") or _str_field(item, "source")
            raw_date = _str_field(item, "published_at")
        except InputError as exc:
            batch.quarantined.append(_quarantine(file, number, exc.field, exc.reason, line))
            continue
        if not body.strip():
            batch.quarantined.append(
                _quarantine(file, number, "text", "article text is empty", line)
            )
            continue
        published = None
        if raw_date and raw_date.strip():
            published = parse_published(raw_date)
            if published is None:
                reason = f"not a date: {raw_date!r}"
                batch.quarantined.append(_quarantine(file, number, "published_at", reason, line))
                continue
        batch.records.append(
            article_record(
                title=title,
                body=body,
                url=url,
                outlet=outlet,
                published=published,
                published_raw=raw_date or None,
                fmt="jsonl",
                origin=f"{file}:{number}",
            )
        )
    return batch


def _entry_date(entry: Any) -> tuple[datetime | None, str | None]:
    for key in ("published", "updated"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC), entry.get(key)
    return None, None


def _strip_html(value: str) -> str:
    text = re.sub(r"(?i)<br\s*/?>|</p>", "\n", value)
    return html.unescape(_TAG.sub("", text)).strip()


def parse_feed(data: bytes, file: str) -> MediaBatch:
    """An RSS or Atom feed: one article per entry; the entry's content or summary is the body."""
    import feedparser

    batch = MediaBatch()
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = "no feed entries"
        if feed.get("bozo"):
            reason = f"not a readable feed: {feed.get('bozo_exception')}"
        batch.quarantined.append(
            _quarantine(file, None, None, reason, data[:2000].decode("utf-8", "replace"))
        )
        return batch
    outlet = feed.feed.get("title")
    for index, entry in enumerate(feed.entries, start=1):
        contents = entry.get("content") or []
        raw_body = contents[0].get("value", "") if contents else entry.get("summary", "")
        body = _strip_html(raw_body or "")
        title = _strip_html(entry.get("title", ""))
        if not body:
            raw = json.dumps({"title": title, "link": entry.get("link")})
            batch.quarantined.append(
                _quarantine(file, index, "content", "feed entry has no text", raw)
            )
            continue
        published, raw_date = _entry_date(entry)
        batch.records.append(
            article_record(
                title=title,
                body=body,
                url=entry.get("link"),
                outlet=outlet,
                published=published,
                published_raw=raw_date,
                fmt="feed",
                origin=f"{file}#entry{index}",
            )
        )
    return batch


def parse_html(text: str, file: str) -> MediaBatch:
    """An HTML page: main text and metadata extracted by trafilatura."""
    import trafilatura

    batch = MediaBatch()
    extracted = trafilatura.bare_extraction(text, with_metadata=True)
    doc: Any = (
        extracted.as_dict()
        if extracted is not None and hasattr(extracted, "as_dict")
        else extracted
    )
    body = (doc or {}).get("text") or ""
    if not isinstance(doc, dict) or not body.strip():
        batch.quarantined.append(
            _quarantine(file, None, "text", "no article text found in the page", text)
        )
        return batch
    raw_date = doc.get("date")
    published = parse_published(raw_date) if raw_date else None
    batch.records.append(
        article_record(
            title=doc.get("title") or "",
            body=body,
            url=doc.get("url"),
            outlet=doc.get("sitename"),
            published=published,
            published_raw=raw_date,
            fmt="html",
            origin=file,
        )
    )
    return batch


def parse_text(text: str, file: str) -> MediaBatch:
    """Plain text; optional ``Title:``, ``Date:``, ``Outlet:``, ``URL:`` header lines first.

    Without a ``Title:`` header the first line is the title. A header date that cannot be
    read quarantines the file (field ``date``); no header date means no stated date.
    """
    batch = MediaBatch()
    lines = text.splitlines()
    headers: dict[str, str] = {}
    index = 0
    while index < len(lines) and (match := _HEADER.match(lines[index].strip())):
        headers[match.group(1).lower()] = match.group(2).strip()
        index += 1
    rest = "\n".join(lines[index:]).strip()
    title = headers.get("title", "")
    if not title and rest:
        first, _, remainder = rest.partition("\n")
        title, rest = first.strip(), remainder.strip()
    if not rest.strip():
        batch.quarantined.append(_quarantine(file, None, "text", "article text is empty", text))
        return batch
    raw_date = headers.get("date") or headers.get("published")
    published = None
    if raw_date:
        published = parse_published(raw_date)
        if published is None:
            batch.quarantined.append(
                _quarantine(file, None, "date", f"not a date: {raw_date!r}", text)
            )
            return batch
    batch.records.append(
        article_record(
            title=title,
            body=rest,
            url=headers.get("url"),
            outlet=headers.get("outlet") or headers.get("source"),
            published=published,
            published_raw=raw_date,
            fmt="text",
            origin=file,
        )
    )
    return batch


def read_media(path: Path, root: Path | None = None) -> MediaBatch:
    """Read one file or every file of a folder (sorted, hidden files skipped)."""
    if not path.exists():
        raise InputError("no such file or folder", file=str(path))
    if path.is_dir() and not path.is_symlink():
        batch = MediaBatch()
        for child in sorted(p for p in path.rglob("*") if not p.is_dir() or p.is_symlink()):
            if any(part.startswith(".") for part in child.relative_to(path).parts):
                continue
            reason = guards.refusal(child, root=path)
            if reason is not None:
                batch.quarantined.append(_quarantine(str(child), None, None, reason, ""))
                continue
            batch.extend(read_media(child, root=path))
        return batch
    file = str(path)
    suffix = path.suffix.lower()
    data = guards.read_input(path, root=root)
    if suffix in _FEED:
        return parse_feed(data, file)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return MediaBatch(quarantined=[_quarantine(file, None, None, f"not UTF-8 text: {exc}", "")])
    if suffix in _JSONL:
        return parse_jsonl(text, file)
    if suffix in _HTML:
        return parse_html(text, file)
    return parse_text(text, file)
