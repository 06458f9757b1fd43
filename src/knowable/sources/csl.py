"""The US Consolidated Screening List (trade.gov): eleven export-control and sanctions
lists of the Departments of Commerce, State and the Treasury in one file, as CSV or JSON.

CSV: one row per entry with a header (``source``, ``entity_number``, ``type``,
``programs``, ``name``, ``alt_names``, ``addresses``, ``dates_of_birth``,
``nationalities``, ``citizenships``, ``ids``...; several values separated by ``;``).
JSON: ``{"results": [...]}`` (or a bare array) of objects with the same keys, where
addresses and ids are objects. An entry's id is the file's ``id``/``_id`` when present,
else its source list and entity number (``sdn-20264``), else a hash of its source list,
name and addresses (such an entry whose name changes reads as one removed, one added).
The files carry no date: pass ``list_date``, or the load is dated when it happens.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from knowable.errors import InputError
from knowable.hashing import content_hash
from knowable.model import Quarantined
from knowable.sources import guards
from knowable.sources.listprops import add, countries, loose_date, slug
from knowable.sources.watchlist import (
    ADDRESS_COUNTRY,
    WatchlistLoad,
    build_load,
    list_version_of,
)

LIST_NAME = "us-csl"
REQUIRED = ("source", "name")
_TYPES = {"individual": "Person", "entity": "Organization", "vessel": "Vessel"}
_TYPES["aircraft"] = "Airplane"
_ABBREV = re.compile(r"\(([A-Z]{2,6})\)")


def _split(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value or "").split(";") if v.strip()]


def _list_key(source: str) -> str:
    found = _ABBREV.search(source)
    return found.group(1).lower() if found else slug(source, 20)


def _entry_id(row: Mapping[str, Any]) -> str:
    own = str(row.get("id") or row.get("_id") or "").strip()
    if own:
        return own
    source = str(row.get("source") or "")
    number = str(row.get("entity_number") or "").strip()
    if number:
        return f"{_list_key(source)}-{number}"
    basis = {"source": source, "name": row.get("name"), "addresses": row.get("addresses")}
    return f"{_list_key(source)}-{content_hash(basis)[:16]}"


def _address(value: Any) -> tuple[str, str]:
    """An address as one line, and its country."""
    if isinstance(value, Mapping):
        parts = [str(value.get(k) or "").strip() for k in ("address", "city", "state")]
        parts += [str(value.get(k) or "").strip() for k in ("postal_code", "country")]
        return ", ".join(p for p in parts if p), str(value.get("country") or "")
    text = str(value).strip()
    return text, text.rsplit(",", 1)[-1]


def _ident(value: Any) -> tuple[str, str]:
    """An identity document's type and number (CSV: ``[country, ]number, type``)."""
    if isinstance(value, Mapping):
        return str(value.get("type") or ""), str(value.get("number") or "").strip()
    parts = [p.strip() for p in str(value).split(",")]
    if len(parts) < 2:
        return "", ""
    return parts[-1], parts[-2]


def _entity(row: Mapping[str, Any], prefix: str) -> dict[str, Any] | tuple[str, str]:
    for column in REQUIRED:
        if not str(row.get(column) or "").strip():
            return (column, f"{column} is empty")
    kind = str(row.get("type") or "").strip().lower()
    schema = _TYPES.get(kind, "LegalEntity")
    props: dict[str, list[str]] = {"name": [str(row["name"]).strip()]}
    add(props, "sourceList", [str(row["source"])])
    add(props, "program", _split(row.get("programs")))
    add(props, "alias", _split(row.get("alt_names")))
    add(props, "position", _split(row.get("title")))
    addresses = row.get("addresses")
    for value in addresses if isinstance(addresses, list) else _split(addresses):
        line, country = _address(value)
        add(props, "address", [line])
        add(props, ADDRESS_COUNTRY, countries([country]))
    for dob in _split(row.get("dates_of_birth")):
        iso = loose_date(dob)
        if iso is None:
            return ("dates_of_birth", f"not a date: {dob!r}")
        add(props, "birthDate", [iso])
    add(props, "birthPlace", _split(row.get("places_of_birth")))
    add(props, "nationality", countries(_split(row.get("nationalities"))))
    add(props, "citizenship", countries(_split(row.get("citizenships"))))
    idents = row.get("ids")
    for value in idents if isinstance(idents, list) else _split(idents):
        kind_of, number = _ident(value)
        if number and any(ch.isdigit() for ch in number) and number.count(" ") <= 2:
            is_passport = kind_of.lower().startswith("passport")
            add(props, "passportNumber" if is_passport else "idNumber", [number])
    add(props, "flag", countries(_split(row.get("vessel_flag"))))
    add(props, "callSign", _split(row.get("call_sign")))
    add(props, "notes", _split(row.get("remarks")))
    if start := str(row.get("start_date") or "").strip():
        props["createdAt"] = [start[:10]]
    if end := str(row.get("end_date") or "").strip():
        props["endDate"] = [end[:10]]
    return {"id": f"{prefix}-{_entry_id(row)}", "schema": schema, "properties": props}


def _load(
    path: Path,
    rows: list[tuple[int | None, str | None, Mapping[str, Any], str]],
    list_date: datetime | None,
    source: str,
    broken: list[tuple[int, str]] | None = None,
) -> WatchlistLoad:
    prefix = source.split(":", 1)[-1]
    bad: list[Quarantined] = [
        Quarantined(source, str(path), at, "", reason, "") for at, reason in broken or []
    ]
    entities: list[dict[str, Any]] = []
    for line, where, row, raw in rows:
        if not isinstance(row, Mapping):
            bad.append(Quarantined(source, str(path), line, where, "not an object", raw))
            continue
        parsed = _entity(row, prefix)
        if isinstance(parsed, tuple):
            field = f"{where}.{parsed[0]}" if where else parsed[0]
            bad.append(Quarantined(source, str(path), line, field, parsed[1], raw))
        else:
            entities.append(parsed)
    return build_load(source, entities, list_version_of(list_date), list_date, str(path), bad)


def parse_csl_csv(
    path: Path, list_date: datetime | None = None, source: str | None = None
) -> WatchlistLoad:
    """Parse the CSL as CSV; rows that fail are quarantined with line and column."""
    source = source or f"watchlist:{LIST_NAME}"
    text = guards.read_input(path).decode("utf-8-sig", errors="replace")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}", file=str(path), line=1)
    rows: list[tuple[int | None, str | None, Mapping[str, Any], str]] = []
    tolerant = guards.TolerantRows(reader)
    for row in tolerant:
        raw = ",".join(str(v) for v in row.values())[:2000]
        rows.append((reader.line_num, None, row, raw))
    return _load(path, rows, list_date, source, tolerant.broken)


def parse_csl_json(
    path: Path, list_date: datetime | None = None, source: str | None = None
) -> WatchlistLoad:
    """Parse the CSL as JSON (``{"results": [...]}`` or an array); bad entries are
    quarantined naming their position (``results[12].name``)."""
    source = source or f"watchlist:{LIST_NAME}"
    try:
        data = guards.loads(guards.read_input(path))
    except (ValueError, guards.NestingTooDeepError) as exc:
        raise InputError(f"not JSON: {exc}", file=str(path)) from None
    results = data.get("results") if isinstance(data, dict) else data
    if not isinstance(results, list):
        raise InputError('expected {"results": [...]} or an array of entries', file=str(path))
    rows: list[tuple[int | None, str | None, Mapping[str, Any], str]] = []
    for index, item in enumerate(results):
        raw = guards.prefix(str(item))
        rows.append((None, f"results[{index}]", item, raw))
    return _load(path, rows, list_date, source)
