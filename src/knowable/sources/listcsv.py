"""A provider's own internal list as a simple CSV with a header row.

Columns: ``id`` and ``name`` (required); optional ``schema`` (FtM schema, default
LegalEntity), ``aliases``, ``countries``, ``identifiers`` (each ``;``-separated),
``birth_date``, ``program`` and ``notes``. Unknown columns are kept in the payload.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from typing import Any

from knowable.errors import InputError
from knowable.model import Quarantined
from knowable.sources.guards import check_input
from knowable.sources.watchlist import (
    PARTY_SCHEMATA,
    WatchlistLoad,
    build_load,
    country_code,
    list_version_of,
)
from knowable.timeutil import parse_when

SOURCE = "watchlist:internal"
REQUIRED = ("id", "name")
_KNOWN = {
    "id",
    "name",
    "schema",
    "aliases",
    "countries",
    "identifiers",
    "birth_date",
    "program",
    "notes",
}


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def _entity(row: dict[str, str]) -> dict[str, Any] | tuple[str, str]:
    for column in REQUIRED:
        if not (row.get(column) or "").strip():
            return (column, f"{column} is empty")
    schema = (row.get("schema") or "").strip() or "LegalEntity"
    if schema not in PARTY_SCHEMATA:
        return ("schema", f"schema must be one of {', '.join(sorted(PARTY_SCHEMATA))}")
    properties: dict[str, list[str]] = {"name": [row["name"].strip()]}
    if aliases := _split(row.get("aliases")):
        properties["alias"] = aliases
    countries = []
    for value in _split(row.get("countries")):
        code = country_code(value)
        if code is None:
            return ("countries", f"unknown country {value!r}")
        countries.append(code)
    if countries:
        properties["country"] = countries
    if idents := _split(row.get("identifiers")):
        properties["idNumber"] = idents
    if birth := (row.get("birth_date") or "").strip():
        if not (len(birth) == 4 and birth.isdigit()) and parse_when(birth) is None:
            return ("birth_date", f"not a date: {birth!r}")
        properties["birthDate"] = [birth if len(birth) == 4 else birth[:10]]
    for column, prop in (("program", "program"), ("notes", "notes")):
        if value := (row.get(column) or "").strip():
            properties[prop] = [value]
    extra = {k: v for k, v in row.items() if k and k not in _KNOWN and v}
    entity: dict[str, Any] = {
        "id": f"internal-{row['id'].strip()}",
        "schema": schema,
        "properties": properties,
    }
    if extra:
        entity["extra"] = extra
    return entity


def _undecodable(value: object) -> bool:
    """Whether a value read with ``surrogateescape`` held bytes that are not UTF-8."""
    if isinstance(value, list):
        return any(_undecodable(v) for v in value)
    return isinstance(value, str) and any("\udc80" <= ch <= "\udcff" for ch in value)


def _text(raw: str) -> str:
    """A quarantined row as text that any database stores (bad bytes shown as U+FFFD)."""
    return raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def parse_list_csv(
    path: Path, list_date: datetime | None = None, source: str = SOURCE
) -> WatchlistLoad:
    """Parse an internal list CSV; rows that fail validation are quarantined."""
    check_input(path)
    try:
        # Undecodable bytes are kept as surrogates and the row quarantined (below), so one
        # bad byte never loses the file.
        handle = path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from exc
    bad: list[Quarantined] = []
    entities: list[dict[str, Any]] = []
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"missing column(s) {', '.join(missing)}", file=str(path), line=1)
        for row in reader:
            broken = next((k for k, v in row.items() if _undecodable(k) or _undecodable(v)), "")
            if broken != "":
                raw = ",".join(str(v) for v in row.values())
                bad.append(
                    Quarantined(
                        source,
                        str(path),
                        reader.line_num,
                        _text(str(broken)),
                        "not valid UTF-8",
                        _text(raw),
                    )
                )
                continue
            parsed = _entity(row)
            if isinstance(parsed, tuple):
                raw = ",".join(str(v) for v in row.values())
                bad.append(
                    Quarantined(source, str(path), reader.line_num, parsed[0], parsed[1], raw)
                )
            else:
                entities.append(parsed)
    return build_load(source, entities, list_version_of(list_date), list_date, str(path), bad)


def parse_internal_csv(
    path: Path, list_date: datetime | None = None, source: str | None = None
) -> WatchlistLoad:
    """:func:`parse_list_csv` with the format registry's signature (None: ``internal``)."""
    return parse_list_csv(path, list_date, source or SOURCE)
