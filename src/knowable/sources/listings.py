"""Read a platform's listings (classified ads, profiles) from CSV, JSON lines or saved HTML.

Each listing becomes one Record (source ``content``, kind ``listing``) for the platform
subject, available from its ``posted_at``. Contact details (phone, e-mail, handle), from
their own fields or found in the ad text, are kept only as keyed hashes
(HMAC-SHA256 with the workspace's salt), which is all that network linking needs; the ad
text itself stays in the record because it is the evidence a reviewer must read.

Optional columns: ``account`` (or ``poster_id``, ``poster``), the platform account that
posted the listing, identifies a person and is kept only as a keyed hash
(``payload["account_hash"]``); ``reports`` (or ``flags``, ``user_reports``; a JSON list is
joined one per line) holds the reasons users gave when reporting the listing
(``payload["reports"]``, kept in clear as evidence). Neither key is written when absent,
so listings without them keep their record ids.

Rows that cannot be read are yielded as :class:`~knowable.model.Quarantined` with file,
line, field and reason; the rest of the file is still read.

Saved HTML pages: every element carrying ``data-listing-id`` (or class ``listing``) is
one listing; inside it, elements whose ``data-field``, ``itemprop`` or class names a field
(``title``, ``body``/``description``, ``category``, ``location``, ``posted_at``/``date``,
``phone``, ``email``, ``handle``, ``account``/``poster``/``author``,
``reports``/``report``/``flags``, several report elements joined) give the values; a
``<time datetime=...>`` gives the date.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from knowable.errors import InputError
from knowable.model import Quarantined, Record
from knowable.sources import guards
from knowable.sources.csvfile import read_csv
from knowable.sources.jsonlines import read_lines
from knowable.sources.listings_html import html_listings
from knowable.text.normalise import normalise
from knowable.timeutil import parse_when

SOURCE = "content"
KIND = "listing"
TEXT_FIELDS = ("title", "body", "category", "location")
CONTACT_FIELDS = ("phone", "email", "handle")
ACCOUNT_FIELDS = ("account", "poster_id", "poster")  # the platform account that posted
REPORT_FIELDS = ("reports", "flags", "user_reports")  # reasons users gave when reporting it
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")
_PHONE_IN_TEXT = re.compile(r"#?\b(1?\d{10})\b")


def normalise_contact(kind: str, value: str) -> str | None:
    """Comparable form of a contact, or None when it is not a valid one."""
    value = value.strip()
    if kind == "phone":
        digits = "".join(c for c in normalise(value).text if c.isdigit())
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        return digits if 7 <= len(digits) <= 15 else None
    if kind == "email":
        lowered = value.lower()
        return lowered if _EMAIL.match(lowered) else None
    if kind == "account":
        return " ".join(value.lower().split()) or None
    handle = value.lower().lstrip("@").strip()
    return handle or None


def contact_hash(kind: str, value: str, salt: bytes) -> str | None:
    """Keyed hash of a normalised contact; None when the value is not a valid contact."""
    normal = normalise_contact(kind, value)
    if normal is None:
        return None
    digest = hmac.new(salt, f"{kind}:{normal}".encode(), hashlib.sha256).hexdigest()
    return f"{kind}:{digest[:32]}"


def phones_in_text(text: str, salt: bytes) -> list[str]:
    """Hashes of the phone numbers written in ad text, disguised or not."""
    found: list[str] = []
    for match in _PHONE_IN_TEXT.finditer(normalise(text).text):
        hashed = contact_hash("phone", match.group(1), salt)
        if hashed and hashed not in found:
            found.append(hashed)
    return found


def listing_record(
    row: dict[str, Any], *, subject_key: str, salt: bytes, file: str, line: int | None
) -> Record | Quarantined:
    """One raw listing row as a Record, or Quarantined naming the field at fault."""

    def bad(field: str | None, reason: str) -> Quarantined:
        private = (*CONTACT_FIELDS, *ACCOUNT_FIELDS)
        raw = json.dumps({k: v for k, v in row.items() if k not in private}, default=str)
        return Quarantined(SOURCE, file, line, field, reason, raw[:2000])

    listing_id = str(row.get("id") or "").strip()
    if not listing_id:
        return bad("id", "missing listing id")
    posted_raw = str(row.get("posted_at") or "").strip()
    if not posted_raw:
        return bad("posted_at", "missing posting date")
    posted = parse_when(posted_raw)
    if posted is None:
        return bad("posted_at", f"not a date: {posted_raw[:40]!r}")
    values = {name: str(row.get(name) or "").strip() for name in TEXT_FIELDS}
    if not values["title"] and not values["body"]:
        return bad("body", "listing has neither title nor body")
    contacts: list[dict[str, str]] = []
    for kind in CONTACT_FIELDS:
        raw_value = str(row.get(kind) or "").strip()
        if not raw_value:
            continue
        hashed = contact_hash(kind, raw_value, salt)
        if hashed is None:
            return bad(kind, f"not a valid {kind}")
        contacts.append({"kind": kind, "hash": hashed})
    extra: dict[str, str] = {}
    account = _first_value(row, ACCOUNT_FIELDS)
    if account:
        hashed_account = contact_hash("account", account, salt)
        if hashed_account:
            extra["account_hash"] = hashed_account
    reports = _reports_text(row)
    if reports:
        extra["reports"] = reports
    text = "\n\n".join(part for part in (values["title"], values["body"]) if part)
    hashes = [c["hash"] for c in contacts]
    for hashed in phones_in_text(text, salt):
        if hashed not in hashes:
            hashes.append(hashed)
    payload = {
        "id": listing_id,
        "posted_at": posted.isoformat(),
        **values,
        "contacts": contacts,
        "contact_hashes": sorted(hashes),
        **extra,  # only when present, so listings without them keep their record ids
    }
    return Record(
        source=SOURCE,
        kind=KIND,
        payload=payload,
        available_at=posted,
        external_id=f"{subject_key}:{listing_id}",
        subject_key=subject_key,
        text=text,
        origin=f"{file}:{line}" if line is not None else file,
    )


def _first_value(row: dict[str, Any], names: tuple[str, ...]) -> str:
    for name in names:
        value = str(row.get(name) or "").strip()
        if value:
            return value
    return ""


def _reports_text(row: dict[str, Any]) -> str:
    """User report reasons as one text, one report per line (a JSON list is joined)."""
    for name in REPORT_FIELDS:
        value = row.get(name)
        if isinstance(value, list):
            value = "\n".join(str(v).strip() for v in value if str(v or "").strip())
        text = str(value or "").strip()
        if text:
            return text
    return ""


def _csv_rows(
    path: Path, limits: guards.Limits
) -> Iterator[tuple[int, dict[str, Any] | Quarantined]]:
    for item in read_csv(path, SOURCE, limits):
        if isinstance(item, Quarantined):
            yield item.line or 0, item
        else:
            yield item.line, {k.strip().lower(): v for k, v in item.values.items()}


def _jsonl_rows(
    path: Path, limits: guards.Limits
) -> Iterator[tuple[int, dict[str, Any] | Quarantined]]:
    file = str(path)
    for item in read_lines(path, SOURCE, limits):
        if isinstance(item, Quarantined):
            yield item.line or 0, item
            continue
        number, line = item
        try:
            value = guards.loads(line)
        except guards.NestingTooDeepError as exc:
            yield number, Quarantined(SOURCE, file, number, None, exc.reason, line[:2000])
            continue
        except json.JSONDecodeError as exc:
            yield (
                number,
                Quarantined(SOURCE, file, number, None, f"not JSON: {exc.msg}", line[:2000]),
            )
            continue
        if not isinstance(value, dict):
            yield number, Quarantined(SOURCE, file, number, None, "not a JSON object", line[:2000])
            continue
        yield number, {str(k).lower(): v for k, v in value.items()}


def read_listings(
    path: Path,
    *,
    subject_key: str,
    salt: bytes,
    limits: guards.Limits = guards.DEFAULT_LIMITS,
) -> Iterator[Record | Quarantined]:
    """Every listing of a file as a Record, or Quarantined when it cannot be read.

    Raises:
        InputError: the file is missing, not UTF-8, or of an unknown kind.
    """
    file = str(path)
    if not subject_key.strip():
        raise InputError("a platform subject key is required", file=file)
    if not salt:
        raise InputError("an empty contact-hash salt would make hashes guessable", file=file)
    if not path.exists() and not path.is_symlink():
        raise InputError("file not found", file=file)
    suffix = path.suffix.lower()
    rows: Iterator[tuple[int, dict[str, Any] | Quarantined]]
    if suffix == ".csv":
        rows = _csv_rows(path, limits)
    elif suffix in (".jsonl", ".ndjson", ".json"):
        rows = _jsonl_rows(path, limits)
    elif suffix in (".html", ".htm"):
        try:
            text = guards.read_input(path, limit=limits.file).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"not UTF-8 text ({exc.reason})", file=file) from None
        rows = html_listings(text, file, SOURCE)
    else:
        raise InputError(f"unknown listing file type {suffix!r} (csv, jsonl, html)", file=file)
    for line, row in rows:
        if isinstance(row, Quarantined):
            yield row
        else:
            yield listing_record(row, subject_key=subject_key, salt=salt, file=file, line=line)
