"""Salesforce exports: Data Loader / weekly Data Export CSVs and sfdx data-tree JSON.

Accounts become Subjects (schema Company) with FtM-style names, web domains, countries
and addresses; Contacts become Person subjects tied to their account and also Records;
every other row (Opportunity, Case, Task, Event, Note) becomes a Record linked to its
account, dated by its own date fields. Rows that cannot be read or linked are
quarantined with file, line, field and reason; the rest of the export is kept.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from knowable.errors import InputError
from knowable.model import Quarantined, Record, Subject
from knowable.sources.crmfields import (
    account_subject,
    available_at,
    contact_subject,
    link_fields,
    record_text,
    validate_row,
)
from knowable.sources.csvfile import CsvRow, read_csv

SOURCE = "crm"
#: Standard objects in the order they must be read (parents before children).
OBJECTS = ("Account", "Contact", "Opportunity", "Case", "Task", "Event", "Note")
_ORDER = {name: i for i, name in enumerate(OBJECTS)}


@dataclass
class CrmRow:
    """One row of any supported format, before validation."""

    kind: str
    file: str
    line: int | None
    values: dict[str, Any]
    raw: str


@dataclass
class CrmExport:
    """What an export yields: subjects, records and quarantined rows, plus files read."""

    subjects: list[Subject] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    rows_read: int = 0


def object_of(path: Path) -> str | None:
    """The standard object a CSV file holds, from its name (``Account.csv``, ``task.csv``)."""
    stem = path.stem.split("-")[0].split("_")[0].lower()
    for name in OBJECTS:
        if stem in (name.lower(), name.lower() + "s"):
            return name
    return None


def discover(path: Path) -> list[Path]:
    """The export files under ``path`` (a folder or a single file)."""
    if not path.exists():
        raise InputError("no such file or folder", file=str(path))
    if path.is_file():
        return [path]
    files = sorted(p for p in path.iterdir() if p.suffix.lower() in (".csv", ".json"))
    if not files:
        raise InputError("folder holds no .csv or .json export files", file=str(path))
    return files


def _json_rows(path: Path) -> Iterator[CrmRow | Quarantined]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        yield Quarantined(SOURCE, str(path), None, None, f"file is not UTF-8: {exc.reason}", "")
        return
    except json.JSONDecodeError as exc:
        yield Quarantined(SOURCE, str(path), exc.lineno, None, f"invalid JSON: {exc.msg}", "")
        return
    if isinstance(data, list):  # a data plan, not records
        return
    if not isinstance(data, dict) or not isinstance(data.get("records"), list):
        yield Quarantined(
            SOURCE, str(path), None, "records", "not an sfdx data-tree file (no 'records' list)", ""
        )
        return
    yield from _walk(data["records"], path, parent=None)


def _walk(
    items: list[Any], path: Path, parent: tuple[str, str] | None
) -> Iterator[CrmRow | Quarantined]:
    for index, item in enumerate(items):
        raw = json.dumps(item, ensure_ascii=False)[:4000]
        attrs = item.get("attributes") if isinstance(item, dict) else None
        if not isinstance(attrs, dict) or not attrs.get("type"):
            yield Quarantined(
                SOURCE,
                str(path),
                None,
                "attributes.type",
                f"record #{index + 1} has no attributes.type",
                raw,
            )
            continue
        values: dict[str, Any] = {}
        children: list[tuple[list[Any], tuple[str, str]]] = []
        kind = str(attrs["type"])
        ident = str(item.get("Id") or attrs.get("referenceId") or "")
        for key, value in item.items():
            if key == "attributes":
                continue
            if isinstance(value, dict) and isinstance(value.get("records"), list):
                children.append((value["records"], (kind, ident)))
                continue
            if isinstance(value, str) and value.startswith("@"):
                value = value[1:]
            values[key] = "" if value is None else value if isinstance(value, str) else str(value)
        values["Id"] = ident
        if parent is not None and parent[0] == "Account" and not values.get("AccountId"):
            values["AccountId"] = parent[1]
        yield CrmRow(kind, str(path), None, values, raw)
        for child_items, link in children:
            yield from _walk(child_items, path, link)


def _csv_rows(path: Path) -> Iterator[CrmRow | Quarantined]:
    kind = object_of(path)
    if kind is None:
        yield Quarantined(
            SOURCE,
            str(path),
            None,
            None,
            f"file name does not name a supported object ({', '.join(OBJECTS)})",
            "",
        )
        return
    for item in read_csv(path, SOURCE):
        if isinstance(item, CsvRow):
            yield CrmRow(kind, str(path), item.line, item.values, item.raw)
        else:
            yield item


def read_rows(files: Iterable[Path]) -> Iterator[CrmRow | Quarantined]:
    """Every row of every file, in file order."""
    for path in files:
        if path.suffix.lower() == ".json":
            yield from _json_rows(path)
        else:
            yield from _csv_rows(path)


def parse_export(
    files: Iterable[Path],
    known_link: Callable[[str], str | None] = lambda _id: None,
    progress: Callable[[int], None] | None = None,
) -> CrmExport:
    """Parse an export into subjects, records and quarantined rows.

    ``known_link`` resolves an Id that is not in this export (an account, contact, case
    or opportunity stored by an earlier ingest) to the account key it belongs to.
    """
    out = CrmExport()
    rows: list[CrmRow] = []
    file_list = list(files)
    out.files = [str(p) for p in file_list]
    for item in read_rows(file_list):
        if isinstance(item, Quarantined):
            out.quarantined.append(item)
        else:
            rows.append(item)
    out.rows_read = len(rows) + len(out.quarantined)
    rows.sort(key=lambda r: _ORDER.get(r.kind, len(OBJECTS)))
    owner: dict[str, str] = {}  # any Id -> account (or person) subject key

    def resolve(ref: str) -> str | None:
        return owner.get(ref) or known_link(ref)

    for done, row in enumerate(rows, 1):
        if progress is not None:
            progress(done)
        _one_row(row, out, owner, resolve)
    return out


def _quarantine(row: CrmRow, fieldname: str | None, reason: str) -> Quarantined:
    return Quarantined(SOURCE, row.file, row.line, fieldname, f"{row.kind}: {reason}", row.raw)


def _one_row(
    row: CrmRow, out: CrmExport, owner: dict[str, str], resolve: Callable[[str], str | None]
) -> None:
    if row.kind not in _ORDER:
        out.quarantined.append(_quarantine(row, None, "unsupported object type"))
        return
    problem = validate_row(row.kind, row.values)
    if problem is not None:
        out.quarantined.append(_quarantine(row, problem[0], problem[1]))
        return
    ident = str(row.values["Id"]).strip()
    if row.kind == "Account":
        subject = account_subject(row.values)
        owner[ident] = subject.key
        out.subjects.append(subject)
        subject_key: str | None = subject.key
    else:
        subject_key = None
        for fieldname in link_fields(row.kind):
            ref = str(row.values.get(fieldname) or "").strip()
            if not ref:
                continue
            subject_key = resolve(ref)
            if subject_key is None:
                out.quarantined.append(
                    _quarantine(
                        row,
                        fieldname,
                        f"unknown {fieldname} {ref!r}: not in this export or the store",
                    )
                )
                return
            break
        if row.kind == "Contact":
            person = contact_subject(row.values, subject_key)
            out.subjects.append(person)
            owner[ident] = subject_key or person.key
            subject_key = subject_key or person.key
        elif subject_key is None:
            out.quarantined.append(
                _quarantine(
                    row,
                    link_fields(row.kind)[0],
                    "no link to an account (all link fields are blank)",
                )
            )
            return
        else:
            owner[ident] = subject_key
    when: datetime | None = available_at(row.kind, row.values)
    out.records.append(
        Record(
            source=SOURCE,
            kind=row.kind,
            payload=dict(row.values),
            available_at=when,
            external_id=ident,
            subject_key=subject_key,
            text=record_text(row.kind, row.values),
            origin=f"{Path(row.file).name}:{row.line}" if row.line else Path(row.file).name,
        )
    )
