"""The UK's OFSI consolidated list in its CSV layout (``ConList.csv``; OFSI published it
until the UK Sanctions List replaced it in 2026, and older copies stay in use).

The first line is ``Last Updated,dd/mm/yyyy``, the second the header. Each row is one
name of a target: ``Name 6`` is the family (or whole) name and ``Name 1``..``Name 5`` the
other names, ``Alias Type`` says whether it is the primary name or an alias, and rows of
one target share its ``Group ID``; the details (``DOB``, ``Nationality``, ``Passport
Number``, ``Regime``...) repeat on each row. Targets are ``Individual``, ``Entity`` or
``Ship`` (``Group Type``).
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from knowable.errors import InputError
from knowable.model import Quarantined
from knowable.sources import guards
from knowable.sources.listprops import add, countries, day_first
from knowable.sources.watchlist import (
    ADDRESS_COUNTRY,
    WatchlistLoad,
    build_load,
    list_version_of,
)

LIST_NAME = "uk-ofsi"
REQUIRED = ("Name 6", "Group ID", "Group Type")
_TYPES = {"individual": "Person", "entity": "Organization", "ship": "Vessel"}


def _name(row: dict[str, str]) -> str:
    parts = [row.get(f"Name {i}") or "" for i in (1, 2, 3, 4, 5, 6)]
    return " ".join(p.strip() for p in parts if p.strip())


def _row_problem(row: dict[str, str]) -> tuple[str, str] | None:
    for column in REQUIRED:
        if not (row.get(column) or "").strip():
            return (column, f"{column} is empty")
    kind = (row.get("Group Type") or "").strip().lower()
    if kind not in _TYPES:
        return ("Group Type", f"unknown group type {kind!r}")
    dob = (row.get("DOB") or "").strip()
    if dob and day_first(dob) is None:
        return ("DOB", f"not a date: {dob!r}")
    return None


def _merge(entity: dict[str, Any], row: dict[str, str]) -> None:
    props: dict[str, list[str]] = entity["properties"]
    name = _name(row)
    if (row.get("Alias Type") or "").strip().lower().startswith("primary name") and (
        "name" not in props
    ):
        props["name"] = [name]
    else:
        add(props, "alias", [name])
    add(props, "alias", [row.get("Name Non-Latin Script") or ""])
    add(props, "program", [row.get("Regime") or ""])
    if (dob := (row.get("DOB") or "").strip()) and (iso := day_first(dob)):
        add(props, "birthDate", [iso])
    add(props, "nationality", countries([row.get("Nationality") or ""]))
    add(props, "passportNumber", [row.get("Passport Number") or ""])
    add(props, "idNumber", [row.get("National Identification Number") or ""])
    add(props, "position", [row.get("Position") or ""])
    parts = [row.get(f"Address {i}") or "" for i in range(1, 7)]
    parts += [row.get("Post/Zip Code") or "", row.get("Country") or ""]
    add(props, "address", [", ".join(p.strip() for p in parts if p.strip())])
    add(props, ADDRESS_COUNTRY, countries([row.get("Country") or ""]))
    add(props, "notes", [row.get("Other Information") or ""])
    if listed := day_first((row.get("Listed On") or "").strip()):
        props["createdAt"] = [listed]


def _published(first: str) -> datetime | None:
    try:
        cells = next(csv.reader([first]), [])
    except csv.Error:
        return None
    if len(cells) >= 2 and cells[0].strip().lower() == "last updated":
        day = day_first(cells[1].strip())
        if day and len(day) == 10:
            return datetime.fromisoformat(day).replace(tzinfo=UTC)
    return None


def parse_ofsi_csv(
    path: Path, list_date: datetime | None = None, source: str | None = None
) -> WatchlistLoad:
    """Parse OFSI's ConList.csv; rows that fail are quarantined with line and column."""
    source = source or f"watchlist:{LIST_NAME}"
    prefix = source.split(":", 1)[-1]
    raw = guards.read_input(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    first, _, rest = text.partition("\n")
    when = list_date or _published(first)
    reader = csv.DictReader(io.StringIO(rest, newline=""))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}", file=str(path), line=2)
    bad: list[Quarantined] = []
    groups: dict[str, dict[str, Any]] = {}
    rows = guards.TolerantRows(reader)
    for row in rows:
        line = reader.line_num + 1  # the "Last Updated" line comes first
        problem = _row_problem(row)
        if problem is not None:
            raw_row = ",".join(str(v) for v in row.values())[:2000]
            bad.append(Quarantined(source, str(path), line, problem[0], problem[1], raw_row))
            continue
        group = row["Group ID"].strip()
        entity = groups.setdefault(
            group,
            {
                "id": f"{prefix}-{group}",
                "schema": _TYPES[row["Group Type"].strip().lower()],
                "properties": {"topics": ["sanction"]},
            },
        )
        _merge(entity, row)
    for at, reason in rows.broken:
        bad.append(Quarantined(source, str(path), at + 1, "", reason, ""))
    for entity in groups.values():
        props = entity["properties"]
        if "name" not in props:  # only aliases: the first one names it
            props["name"] = [props["alias"].pop(0)]
            if not props["alias"]:
                del props["alias"]
    return build_load(source, groups.values(), list_version_of(when), when, str(path), bad)
