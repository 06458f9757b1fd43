"""OFAC SDN list in the legacy CSV layout (sdn.csv, add.csv, alt.csv, sdn_comments.csv).

The files have no header; "-0-" means empty; the text is Windows-1252. sdn.csv holds one
row per entry (number, name, type, programme, title, vessel fields, remarks), add.csv the
addresses, alt.csv the aliases and sdn_comments.csv the remarks that did not fit. Birth
dates, nationalities and identity documents are only written inside the remarks, so they
are read from there. The legacy files carry no date: pass ``list_date``.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from knowable.errors import InputError
from knowable.model import Quarantined
from knowable.sources.guards import read_input
from knowable.sources.watchlist import (
    ADDRESS_COUNTRY,
    WatchlistLoad,
    build_load,
    country_code,
    list_version_of,
)

SOURCE = "watchlist:ofac-sdn"
CONS_SOURCE = "watchlist:ofac-cons"
FILES = {"sdn": "sdn.csv", "add": "add.csv", "alt": "alt.csv", "comments": "sdn_comments.csv"}
#: The Consolidated (non-SDN) list uses the same layout under other file names.
CONS_FILES = {
    "sdn": "cons_prim.csv",
    "add": "cons_add.csv",
    "alt": "cons_alt.csv",
    "comments": "cons_comments.csv",
}
_SDN_COLUMNS = 12
_TYPES = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane"}
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_DOB = re.compile(r"\bDOB (?:circa )?((?:\d{1,2} )?(?:[A-Z][a-z]{2} )?\d{4})")
_NATIONALITY = re.compile(r"\b(?:nationality|citizen) ([A-Z][A-Za-z ,]+?)(?:;|\.$|\.\s|$)")
_ID = re.compile(
    r"\b(Passport|National ID No\.|Cedula No\.|Tax ID No\.|Registration ID|"
    r"Registration Number|IMO|RUC #|NIT #|C\.U\.R\.P\.|R\.F\.C\.|SSN|D\.N\.I\.|"
    r"Identification Number|Business Registration Document #)\s*:?\s*([A-Z0-9][A-Z0-9\-/.]{2,})"
)


def _empty(value: str) -> str:
    value = value.strip()
    return "" if value == "-0-" else value


def _iso_date(text: str) -> str | None:
    parts = text.split()
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2 and parts[0][:3].lower() in _MONTHS:
        return f"{parts[1]}-{_MONTHS[parts[0][:3].lower()]:02d}"
    if len(parts) == 3 and parts[1][:3].lower() in _MONTHS:
        return f"{parts[2]}-{_MONTHS[parts[1][:3].lower()]:02d}-{int(parts[0]):02d}"
    return None


def remark_facts(remarks: str) -> dict[str, list[str]]:
    """Birth dates, nationalities (ISO codes) and identifiers written in OFAC remarks."""
    facts: dict[str, list[str]] = {"birthDate": [], "nationality": [], "idNumber": []}
    for match in _DOB.finditer(remarks):
        if (iso := _iso_date(match.group(1))) is not None:
            facts["birthDate"].append(iso)
    for match in _NATIONALITY.finditer(remarks):
        if (code := country_code(match.group(1))) is not None:
            facts["nationality"].append(code)
    for match in _ID.finditer(remarks):
        facts["idNumber"].append(match.group(2).rstrip("."))
    return facts


def _read_rows(path: Path) -> list[tuple[int, list[str]]]:
    try:
        raw = read_input(path)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from exc
    text = raw.decode("cp1252", errors="replace").replace("\x1a", "")
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text))
    try:
        for row in reader:
            if row and any(cell.strip() for cell in row):
                rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise InputError(f"broken CSV: {exc}", file=str(path), line=reader.line_num) from None
    return rows


def _bad(
    source: str, path: Path, line: int, field: str | None, reason: str, row: list[str]
) -> Quarantined:
    return Quarantined(source, str(path), line, field, reason, ",".join(row))


def parse_ofac(
    folder: Path, list_date: datetime | None = None, source: str = SOURCE
) -> WatchlistLoad:
    """Parse an OFAC legacy CSV file set from ``folder`` (sdn.csv or cons_prim.csv)."""
    files = FILES
    if (
        folder.is_dir()
        and not (folder / FILES["sdn"]).exists()
        and (folder / CONS_FILES["sdn"]).exists()
    ):
        files = CONS_FILES
        source = CONS_SOURCE if source == SOURCE else source
    sdn_path = folder / files["sdn"] if folder.is_dir() else folder
    base = sdn_path.parent
    if not sdn_path.exists():
        raise InputError("sdn.csv (or cons_prim.csv) not found", file=str(sdn_path))
    bad: list[Quarantined] = []
    entities: dict[str, dict[str, Any]] = {}
    for line, row in _read_rows(sdn_path):
        if len(row) != _SDN_COLUMNS:
            bad.append(
                _bad(
                    source,
                    sdn_path,
                    line,
                    None,
                    f"expected {_SDN_COLUMNS} columns, got {len(row)}",
                    row,
                )
            )
            continue
        num, name = row[0].strip(), _empty(row[1])
        if not num.isdigit():
            bad.append(
                _bad(source, sdn_path, line, "ent_num", f"not an entry number: {num!r}", row)
            )
            continue
        if not name:
            bad.append(_bad(source, sdn_path, line, "SDN_Name", "empty name", row))
            continue
        sdn_type = _empty(row[2]).lower()
        schema = _TYPES.get(sdn_type, "Organization")
        properties: dict[str, list[str]] = {"name": [name]}
        if program := _empty(row[3]):
            properties["program"] = [p.strip() for p in program.split("]") if p.strip(" [")]
            properties["program"] = [p.strip(" [") for p in properties["program"]]
        if title := _empty(row[4]):
            properties["position"] = [title]
        if schema == "Vessel":
            if flag := _empty(row[9]):
                properties["flag"] = [flag]
            if vtype := _empty(row[6]):
                properties["type"] = [vtype]
        if remarks := _empty(row[11]):
            properties["notes"] = [remarks]
        properties["topics"] = ["sanction"]
        entity_id = f"{source.split(':')[-1]}-{num}"
        entities[num] = {"id": entity_id, "schema": schema, "properties": properties}
    _merge_comments(source, base / files["comments"], entities, bad)
    _merge_aliases(source, base / files["alt"], entities, bad)
    _merge_addresses(source, base / files["add"], entities, bad)
    for entity in entities.values():
        notes = " ".join(entity["properties"].get("notes", []))
        for prop, values in remark_facts(notes).items():
            if values:
                entity["properties"][prop] = list(dict.fromkeys(values))
    return build_load(
        source, entities.values(), list_version_of(list_date), list_date, str(base), bad
    )


def _merge_comments(
    source: str, path: Path, entities: dict[str, dict[str, Any]], bad: list[Quarantined]
) -> None:
    if not path.exists():
        return
    for line, row in _read_rows(path):
        if len(row) < 2 or row[0].strip() not in entities:
            bad.append(_bad(source, path, line, "ent_num", "comment for an unknown entry", row))
            continue
        props = entities[row[0].strip()]["properties"]
        text = _empty(row[1])
        if text:
            props["notes"] = [(props.get("notes", [""])[0] + text).strip()]


def _merge_aliases(
    source: str, path: Path, entities: dict[str, dict[str, Any]], bad: list[Quarantined]
) -> None:
    if not path.exists():
        return
    for line, row in _read_rows(path):
        if len(row) < 4:
            bad.append(_bad(source, path, line, None, f"expected 5 columns, got {len(row)}", row))
            continue
        num, kind, name = row[0].strip(), _empty(row[2]).lower(), _empty(row[3])
        if num not in entities:
            bad.append(_bad(source, path, line, "ent_num", f"alias for unknown entry {num!r}", row))
            continue
        if not name:
            bad.append(_bad(source, path, line, "alt_name", "empty alias", row))
            continue
        # fka (formerly known as) names are still matched: customers keep old names.
        entities[num]["properties"].setdefault("alias", []).append(name)
        if kind == "fka":
            entities[num]["properties"].setdefault("previousName", []).append(name)


def _merge_addresses(
    source: str, path: Path, entities: dict[str, dict[str, Any]], bad: list[Quarantined]
) -> None:
    if not path.exists():
        return
    for line, row in _read_rows(path):
        if len(row) < 5:
            bad.append(_bad(source, path, line, None, f"expected 6 columns, got {len(row)}", row))
            continue
        num = row[0].strip()
        if num not in entities:
            bad.append(
                _bad(source, path, line, "ent_num", f"address for unknown entry {num!r}", row)
            )
            continue
        props = entities[num]["properties"]
        full = ", ".join(p for p in (_empty(row[2]), _empty(row[3]), _empty(row[4])) if p)
        if full:
            props.setdefault("address", []).append(full)
        # The legacy files give countries only in addresses: kept apart from "country",
        # since an organisation's addresses are often its branches abroad.
        country = _empty(row[4])
        if country and (code := country_code(country)):
            countries = props.setdefault(ADDRESS_COUNTRY, [])
            if code not in countries:
                countries.append(code)


def parse_ofac_files(
    path: Path, list_date: datetime | None = None, source: str | None = None
) -> WatchlistLoad:
    """:func:`parse_ofac` with the format registry's signature (None: the default name,
    ``ofac-sdn`` or ``ofac-cons`` for a folder of the Consolidated list)."""
    return parse_ofac(path, list_date, source or SOURCE)
