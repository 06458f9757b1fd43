"""OpenSanctions ``targets.simple.csv``: one row per target of a dataset or collection.

Columns: ``id``, ``schema``, ``name``, ``aliases``, ``birth_date``, ``countries``,
``addresses``, ``identifiers``, ``sanctions``, ``phones``, ``emails``, ``program_ids``,
``dataset``, ``first_seen``, ``last_seen``, ``last_change`` (several values separated by
``;``). ``last_seen`` moves with every export and is not kept, so an unchanged entry
stays unchanged. The list is named after the file's dataset when it has one (its title
as a slug), else ``opensanctions``; pass a name to choose.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path
from typing import Any

from followthemoney import model

from knowable.errors import InputError
from knowable.model import Quarantined
from knowable.sources import guards
from knowable.sources.listprops import add, countries, slug
from knowable.sources.watchlist import PARTY_SCHEMATA, WatchlistLoad, build_load, list_version_of

LIST_NAME = "opensanctions"
REQUIRED = ("id", "schema", "name")


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def _entity(row: dict[str, str]) -> dict[str, Any] | tuple[str, str]:
    for column in REQUIRED:
        if not (row.get(column) or "").strip():
            return (column, f"{column} is empty")
    schema = row["schema"].strip()
    if model.get(schema) is None:
        return ("schema", f"unknown FtM schema {schema!r}")
    props: dict[str, list[str]] = {"name": [row["name"].strip()]}
    add(props, "alias", _split(row.get("aliases")))
    add(props, "birthDate", _split(row.get("birth_date")))
    codes = countries(_split(row.get("countries")))
    if schema in PARTY_SCHEMATA and schema != "Vessel":
        add(props, "country", codes)
    else:
        add(props, "flag" if schema == "Vessel" else "country", codes)
    add(props, "address", _split(row.get("addresses")))
    add(props, "idNumber", _split(row.get("identifiers")))
    add(props, "notes", _split(row.get("sanctions")))
    add(props, "program", _split(row.get("program_ids")))
    add(props, "phone", _split(row.get("phones")))
    add(props, "email", _split(row.get("emails")))
    add(props, "topics", ["sanction"] if row.get("sanctions") else [])
    if first := (row.get("first_seen") or "").strip():
        props["createdAt"] = [first[:10]]
    if changed := (row.get("last_change") or "").strip():
        props["modifiedAt"] = [changed[:19]]
    entity: dict[str, Any] = {"id": row["id"].strip(), "schema": schema, "properties": props}
    if datasets := _split(row.get("dataset")):
        entity["datasets"] = sorted(datasets)
    return entity


def parse_targets_simple(
    path: Path, list_date: datetime | None = None, source: str | None = None
) -> WatchlistLoad:
    """Parse ``targets.simple.csv``; rows that fail are quarantined with line and column."""
    text = guards.read_input(path).decode("utf-8-sig", errors="replace")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}", file=str(path), line=1)
    parsed: list[tuple[int, dict[str, str], dict[str, Any] | tuple[str, str]]] = []
    titles: set[str] = set()
    tolerant = guards.TolerantRows(reader)
    for row in tolerant:
        item = _entity(row)
        parsed.append((reader.line_num, row, item))
        if isinstance(item, dict):
            titles.update(item.get("datasets", []))
    if source is None:
        source = f"watchlist:{slug(titles.pop()) if len(titles) == 1 else LIST_NAME}"
    bad: list[Quarantined] = [
        Quarantined(source, str(path), at, "", reason, "") for at, reason in tolerant.broken
    ]
    entities: list[dict[str, Any]] = []
    for line, row, item in parsed:
        if isinstance(item, tuple):
            raw = ",".join(str(v) for v in row.values())[:2000]
            bad.append(Quarantined(source, str(path), line, item[0], item[1], raw))
        else:
            entities.append(item)
    return build_load(source, entities, list_version_of(list_date), list_date, str(path), bad)
