"""A provider's own internal list as a simple CSV with a header row.

Columns: ``id`` and ``name`` (required); optional ``schema`` (FtM schema, default
LegalEntity), ``aliases``, ``countries``, ``identifiers`` (each ``;``-separated),
``birth_date``, ``program`` and ``notes``. Unknown columns are kept in the payload.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from knowable.errors import InputError
from knowable.model import Quarantined
from knowable.sources.csvfile import read_csv, read_header
from knowable.sources.guards import DEFAULT_LIMITS, Limits, check_input
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


def parse_list_csv(
    path: Path,
    list_date: datetime | None = None,
    source: str = SOURCE,
    limits: Limits = DEFAULT_LIMITS,
) -> WatchlistLoad:
    """Parse an internal list CSV (streamed, rows and fields capped by ``limits``); rows
    that cannot be read or fail validation are quarantined."""
    check_input(path)
    header = read_header(path)
    if header is None:
        raise InputError("no header row", file=str(path), line=1)
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}", file=str(path), line=1)
    bad: list[Quarantined] = []
    entities: list[dict[str, Any]] = []
    for item in read_csv(path, source, limits):
        if isinstance(item, Quarantined):
            bad.append(item)
            continue
        parsed = _entity(item.values)
        if isinstance(parsed, tuple):
            bad.append(
                Quarantined(source, str(path), item.line, parsed[0], parsed[1], item.raw.rstrip())
            )
        else:
            entities.append(parsed)
    return build_load(source, entities, list_version_of(list_date), list_date, str(path), bad)


def parse_internal_csv(
    path: Path, list_date: datetime | None = None, source: str | None = None
) -> WatchlistLoad:
    """:func:`parse_list_csv` with the format registry's signature (None: ``internal``)."""
    return parse_list_csv(path, list_date, source or SOURCE)
