"""Salesforce exports: Data Loader / weekly Data Export CSVs and sfdx data-tree JSON.

Accounts become Subjects (schema Company) with FtM-style names, web domains, countries
and addresses; Contacts become Person subjects tied to their account and also Records;
every other row (Opportunity, Case, Task, Event, Note, and any custom or other standard
object) becomes a Record linked to its account, dated by its own date fields. Rows that
cannot be read or linked are quarantined with file, line, field and reason; the rest of
the export is kept.

Identity: every record is keyed by (org, object, Salesforce Id). The org is ``--org``,
else the export's ``OrganizationId`` column (or an ``org`` entry of an sfdx data plan),
else the default org, whose keys are the bare Ids (so single-org stores keep their keys).
sfdx reference ids (``AccountRef1``) only mean something within their plan or file set:
they are scoped by it (``data-plan/AccountRef1``), and an sfdx export with no org named
takes its folder's name as its org. Salesforce Ids are checked per object
(:mod:`knowable.sources.sfid`): an object whose Ids are real ones is keyed by their
18-character form, and its bad Ids are quarantined. Versions: a row's
``LastModifiedDate`` (else ``SystemModstamp``) dates the version, ``IsDeleted`` marks a
deletion. The live sync (:mod:`knowable.jobs.sync`) builds :class:`CrmRow` from API rows
and parses them with :func:`parse_rows`, as an export's.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Protocol

from knowable.errors import InputError
from knowable.hashing import sha256_hex
from knowable.model import Quarantined, Record, Subject
from knowable.sources import guards, sfid
from knowable.sources.crmfields import (
    account_subject,
    also_links,
    available_at,
    contact_subject,
    is_deleted,
    link_fields,
    nested_link,
    record_text,
    valid_from,
    validate_row,
)
from knowable.sources.csvfile import CsvRow, read_csv, read_header
from knowable.sources.memorylinks import MemoryLinks as MemoryLinks

SOURCE = "crm"
#: Standard objects in the order they must be read (parents before children). Rows of any
#: other object (custom ``__c`` objects, other standard objects) are generic records.
OBJECTS = ("Account", "Contact", "Opportunity", "Case", "Task", "Event", "Note")
_ORDER = {name: i for i, name in enumerate(OBJECTS)}
#: Standard objects whose rows other rows seldom point to (activities and notes): what a
#: link cache forgets first.
LEAF_OBJECTS = frozenset({"Task", "Event", "Note"})
#: The org of an export that names none: its keys are the bare Salesforce Ids.
DEFAULT_ORG = "default"
#: Columns (or JSON fields) that name the org a row comes from.
ORG_FIELDS = ("OrganizationId", "Organization Id", "Organization ID", "OrgId")
#: How a refused file's one quarantine entry starts (a report-style CSV export).
REFUSED = "report-style export refused"
#: Subject keys are at most this long (the store's key column).
KEY_MAX = 64
_API_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_ID_LIKE = re.compile(r"^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$")
_ORG_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
#: Lookups that lead to users or metadata, never to a customer.
_NOT_CUSTOMER = frozenset(
    {"Id", "OwnerId", "CreatedById", "LastModifiedById", "RecordTypeId", "MasterRecordId"}
    | set(ORG_FIELDS)
)
#: Lookups tried first on a generic record, before the others in field order.
_PREFERRED_LINKS = ("AccountId", "Account__c", "ContactId", "Contact__c", "WhatId", "WhoId")


def org_name(text: str | None) -> str | None:
    """An org name safe inside keys (``Acme EU`` -> ``Acme-EU``); None when blank."""
    cleaned = _ORG_SAFE.sub("-", str(text or "").strip()).strip("-")
    return cleaned or None


def qualify(org: str, sfid: str) -> str:
    """The store key of a Salesforce id in an org: the bare id in the default org, else
    ``org/id``; keys longer than :data:`KEY_MAX` are shortened with a hash of the whole."""
    key = sfid if org == DEFAULT_ORG else f"{org}/{sfid}"
    if len(key) <= KEY_MAX:
        return key
    return key[: KEY_MAX - 17] + "~" + sha256_hex(key)[:16]


def entity_key(kind: str, key: str) -> str:
    """The identity of a record across exports and versions: object and qualified id."""
    return f"{kind}|{key}"


@dataclass
class CrmRow:
    """One row of any supported format, before validation.

    ``refs`` names the fields whose value is an sfdx reference id, which only means
    something within ``scope`` (the row's plan or file set).
    """

    kind: str
    file: str
    line: int | None
    values: dict[str, Any]
    raw: str
    org: str = DEFAULT_ORG
    refs: frozenset[str] = frozenset()
    scope: str = ""
    #: The row comes from a source whose Ids are real Salesforce Ids (see
    #: :func:`knowable.sources.sfid.salesforce_keyed`): they are validated and keyed by
    #: their 18-character form.
    sfids: bool = False
    #: Keys already worked out, by field (a row's Id and lookups are asked for several
    #: times while it is linked); keyed with what they depend on besides the values.
    _keys: dict[tuple[str, bool, str], str] = field(default_factory=dict, compare=False, repr=False)

    def key(self, fieldname: str) -> str:
        """The store key of the id in ``fieldname`` (scoped and qualified); '' when blank."""
        memo = (fieldname, self.sfids, self.org)
        found = self._keys.get(memo)
        if found is None:
            found = self._keys[memo] = self._key(fieldname)
        return found

    def _key(self, fieldname: str) -> str:
        value = str(self.values.get(fieldname) or "").strip()
        if not value:
            return ""
        if fieldname in self.refs:
            value = f"{self.scope}/{value}"
        elif self.sfids and sfid.problem(value) is None:
            value = sfid.to18(value)
        return qualify(self.org, value)

    def link_keys(self, fieldname: str) -> list[str]:
        """The keys a lookup may stand for: its 18-character form first, then the value as
        it is (the record it points to may be of an object whose Ids are made up)."""
        first = self.key(fieldname)
        if not first or fieldname in self.refs:
            return [first] if first else []
        plain = qualify(self.org, str(self.values.get(fieldname) or "").strip())
        return [first] if plain == first else [first, plain]

    def id_problem(self, fieldname: str) -> str | None:
        """Why the Id in ``fieldname`` is not a Salesforce Id; None when it is fine or blank.

        Only rows of a Salesforce-keyed object are checked, never sfdx references. The
        row's own ``Id`` must be a valid 15- or 18-character Id; a lookup is refused only
        when it has 18 letters and digits whose checksum is wrong (a corrupted Id), since
        it may point to an object of the export whose Ids are made up.
        """
        value = str(self.values.get(fieldname) or "").strip()
        if not value or not self.sfids or fieldname in self.refs:
            return None
        found = sfid.problem(value)
        if fieldname == "Id" or found is None:
            return found
        return found if len(value) == 18 and value.isalnum() and value.isascii() else None


@dataclass
class CrmExport:
    """What an export yields: subjects, records and quarantined rows, plus files read."""

    subjects: list[Subject] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    rows_read: int = 0
    refused: list[Quarantined] = field(default_factory=list)
    #: Every (org, object) the export holds rows of, with the keys of all its rows read
    #: (also those quarantined later): what a full export says exists.
    seen: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    #: Objects some of whose rows could not be read at all (their Ids are unknown), so a
    #: full export cannot tell which of their records are missing; "*" for any object.
    unreadable: set[str] = field(default_factory=set)

    def add(self, chunk: CrmChunk, keep_rows: bool = True) -> None:
        """Add what a chunk of the export yields (its rows too unless ``keep_rows`` is
        False: a streamed full ingest keeps only what was seen)."""
        if keep_rows:
            self.subjects.extend(chunk.subjects)
            self.records.extend(chunk.records)
            self.quarantined.extend(chunk.quarantined)
            self.refused.extend(chunk.refused)
        self.rows_read += chunk.rows_read
        for pair, keys in chunk.seen.items():
            self.seen.setdefault(pair, set()).update(keys)
        self.unreadable |= chunk.unreadable


def object_of(path: Path) -> str | None:
    """The standard object a CSV file holds, from its name (``Account.csv``, ``task.csv``)."""
    stem = path.stem.split("-")[0].split("_")[0].lower()
    for name in OBJECTS:
        if stem in (name.lower(), name.lower() + "s"):
            return name
    return None


def generic_object_of(path: Path) -> str | None:
    """A custom or other standard object named by a CSV file (``Guest_Review__c.csv``,
    ``Lead.csv``, ``Campaign-2020.csv``): an API name that ends in ``__c`` or starts
    with a capital letter. None for names that are not API names (``extract.csv``)."""
    stem = path.stem.split("-")[0]
    if not _API_NAME.match(stem):
        return None
    if stem.endswith("__c") or stem[0].isupper():
        return stem
    return None


def discover(path: Path) -> list[Path]:
    """The export files under ``path`` (a folder or a single file)."""
    if not path.exists():
        raise InputError("no such file or folder", file=str(path))
    if not path.is_dir():
        guards.check_input(path)
        return [path]
    files = sorted(p for p in path.iterdir() if p.suffix.lower() in (".csv", ".json"))
    for file in files:
        guards.check_input(file, root=path)
    if not files:
        raise InputError("folder holds no .csv or .json export files", file=str(path))
    return files


@dataclass(frozen=True)
class _Plan:
    """Which sfdx data plan lists a file, and the org the plan names (if any)."""

    name: str
    org: str | None


def _plans(files: Iterable[Path]) -> dict[Path, _Plan]:
    """File -> the data plan (a JSON list of ``{sobject, files}``) that lists it."""
    out: dict[Path, _Plan] = {}
    for path in files:
        if path.suffix.lower() != ".json":
            continue
        try:
            data = guards.loads(guards.read_input(path).decode("utf-8"))
        except (UnicodeDecodeError, ValueError, OSError, InputError):
            continue
        if not isinstance(data, list):
            continue
        for step in data:
            if not isinstance(step, dict):
                continue
            org = org_name(
                str(
                    step.get("org")
                    or step.get("organizationId")
                    or step.get("OrganizationId")
                    or ""
                )
            )
            for name in step.get("files") or []:
                out[(path.parent / str(name)).resolve()] = _Plan(path.stem, org)
    return out


def _row_org(values: dict[str, Any]) -> str | None:
    for name in ORG_FIELDS:
        value = values.get(name)
        if not value:
            continue
        found = org_name(str(value))
        if found:
            return found
    return None


def _load_json(path: Path, limits: guards.Limits) -> Any | Quarantined:
    """The parsed JSON of an sfdx file, or the Quarantined item saying why it cannot be."""
    try:
        return guards.loads(guards.read_input(path, limit=limits.file).decode("utf-8"))
    except UnicodeDecodeError as exc:
        return Quarantined(SOURCE, str(path), None, None, f"file is not UTF-8: {exc.reason}", "")
    except guards.NestingTooDeepError as exc:
        return Quarantined(SOURCE, str(path), None, None, exc.reason, "")
    except json.JSONDecodeError as exc:
        return Quarantined(SOURCE, str(path), exc.lineno, None, f"invalid JSON: {exc.msg}", "")


def _json_rows(
    path: Path, plan: _Plan | None, org: str | None, limits: guards.Limits = guards.DEFAULT_LIMITS
) -> Iterator[CrmRow | Quarantined]:
    data = _load_json(path, limits)
    if isinstance(data, Quarantined):
        yield data
        return
    if isinstance(data, list):  # a data plan, not records
        return
    if not isinstance(data, dict) or not isinstance(data.get("records"), list):
        yield Quarantined(
            SOURCE, str(path), None, "records", "not an sfdx data-tree file (no 'records' list)", ""
        )
        return
    walk = _Walk(
        path, scope=plan.name if plan else path.stem, org=org or (plan.org if plan else None)
    )
    yield from walk.items(data["records"], parent=None)


@dataclass
class _Walk:
    """Walks an sfdx tree: references, nested children, the org and scope of each row."""

    path: Path
    scope: str
    org: str | None

    def items(
        self, items: list[Any], parent: tuple[str, str, bool] | None
    ) -> Iterator[CrmRow | Quarantined]:
        path = self.path
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
            refs: set[str] = set()
            children: list[tuple[list[Any], tuple[str, str, bool]]] = []
            kind = str(attrs["type"])
            real_id = str(item.get("Id") or "")
            ident = real_id or str(attrs.get("referenceId") or "")
            for key, value in item.items():
                if key == "attributes":
                    continue
                if isinstance(value, dict) and isinstance(value.get("records"), list):
                    children.append((value["records"], (kind, ident, not real_id)))
                    continue
                if isinstance(value, str) and value.startswith("@"):
                    value = value[1:]
                    refs.add(key)
                values[key] = (
                    "" if value is None else value if isinstance(value, str) else str(value)
                )
            values["Id"] = ident
            if ident and not real_id:
                refs.add("Id")
            up = "AccountId" if parent is not None and parent[0] == "Account" else None
            up = up or (nested_link(kind) if parent is not None else None)
            if parent is not None and up is not None and not values.get(up):
                values[up] = parent[1]
                if parent[2]:
                    refs.add(up)
            org = self.org or _row_org(values)
            if org is None:
                # Reference ids without an org: the export's folder stands for the org.
                org = (org_name(path.parent.name) or "sfdx") if refs else DEFAULT_ORG
            yield CrmRow(kind, str(path), None, values, raw, org, frozenset(refs), self.scope)
            for child_items, link in children:
                yield from self.items(child_items, link)


def _report_style(header: list[str]) -> str | None:
    """The first column label of a report-style export (labels, not API names), or None."""
    if "Id" in header:
        return None
    return next((h for h in header if ":" in h or " " in h), None)


def _csv_kind(path: Path) -> str | Quarantined:
    """The object a CSV file holds, or why it is set aside as one line."""
    header = read_header(path)
    label = _report_style(header) if header else None
    if label is not None:
        return Quarantined(
            SOURCE,
            str(path),
            None,
            None,
            f"{REFUSED}: column labels such as {label!r} instead of API field names, and no "
            "Id column; export the objects with Data Loader, the Data Export service or "
            "`sf data export tree` instead",
            "",
        )
    kind = object_of(path) or generic_object_of(path)
    if kind is None:
        return Quarantined(
            SOURCE,
            str(path),
            None,
            None,
            "file name does not name an object (Account.csv, Contact.csv, ..., "
            "Guest_Review__c.csv)",
            "",
        )
    return kind


def _csv_rows(
    path: Path,
    org: str | None,
    kind: str,
    limits: guards.Limits = guards.DEFAULT_LIMITS,
    progress: Callable[[int], None] | None = None,
) -> Iterator[CrmRow | Quarantined]:
    name = str(path)
    org_columns: bool | None = None if org is None else False  # does the header name one?
    for item in read_csv(path, SOURCE, limits, progress):
        if isinstance(item, CsvRow):
            if org_columns is None:
                org_columns = any(column in item.values for column in ORG_FIELDS)
            row_org = (org or (_row_org(item.values) if org_columns else None)) or DEFAULT_ORG
            yield CrmRow(kind, name, item.line, item.values, item.raw, row_org)
        else:
            yield item


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


@dataclass
class _File:
    """One export file and the objects it holds."""

    path: Path
    kinds: tuple[str, ...]
    plan: _Plan | None
    size: int

    @property
    def is_json(self) -> bool:
        return self.path.suffix.lower() == ".json"


def _wanted(kind: str | None, row_kind: str) -> bool:
    """Whether a row of ``row_kind`` is read in the pass over ``kind`` (None: any other)."""
    return row_kind == kind if kind is not None else row_kind not in _ORDER


def read_rows(
    files: Iterable[Path],
    org: str | None = None,
    limits: guards.Limits = guards.DEFAULT_LIMITS,
    progress: Callable[[int], None] | None = None,
    id_sample: int | None = None,
) -> Iterator[CrmRow | Quarantined]:
    """Every row of every file (``org`` overrides the export's own), streamed in the order
    rows must be linked: the standard objects in :data:`OBJECTS` order (parents before
    children), then every other object; within an object, in file order.

    CSV files are streamed (one row in memory at a time); an sfdx JSON file is parsed
    whole (it is one JSON document) once to learn which objects it holds and again in the
    pass over each of them. ``progress`` is called with the bytes of the export read.

    Each row's ``sfids`` says whether its object's Ids are real Salesforce Ids
    (:func:`knowable.sources.sfid.salesforce_keyed`), decided per object from its first
    ``id_sample`` rows (default :data:`CHUNK_ROWS`; all of them for a smaller object):
    those rows are held back until the decision is made, so memory stays bounded.
    """
    sample = id_sample if id_sample is not None else CHUNK_ROWS
    return _decide_ids(_rows_in_order(list(files), org, limits, progress), max(sample, 1))


def _decide_ids(
    items: Iterator[CrmRow | Quarantined], sample: int
) -> Iterator[CrmRow | Quarantined]:
    """Set each row's ``sfids`` per object, in the order the rows come.

    An object is decided once ``sample`` of its Ids are seen, or, for rows held back,
    once ``sample`` rows are (an object that ended sooner is decided on all its rows),
    or at the end. Rows are yielded in their order, none before its object is decided.
    """
    keyed: dict[str, bool] = {}
    ids: dict[str, list[str]] = {}
    held: list[CrmRow | Quarantined] = []

    def decide(kinds: Iterable[str]) -> None:
        for kind in kinds:
            if kind not in keyed:
                keyed[kind] = sfid.salesforce_keyed(ids.pop(kind, []))

    def release() -> Iterator[CrmRow | Quarantined]:
        done = 0
        for item in held:
            if isinstance(item, CrmRow):
                if item.kind not in keyed:
                    break
                item.sfids = keyed[item.kind]
            done += 1
        out = held[:done]
        del held[:done]
        return iter(out)

    for item in items:
        if not held:  # nothing waits: a row of a decided object goes straight through
            if isinstance(item, Quarantined):
                yield item
                continue
            if item.kind in keyed:
                item.sfids = keyed[item.kind]
                yield item
                continue
        held.append(item)
        if isinstance(item, CrmRow) and item.kind not in keyed:
            value = str(item.values.get("Id") or "").strip()
            if value and "Id" not in item.refs:
                found = ids.setdefault(item.kind, [])
                found.append(value)
                if len(found) >= sample:
                    decide([item.kind])
            else:
                ids.setdefault(item.kind, [])
        if len(held) >= sample:
            decide(i.kind for i in held if isinstance(i, CrmRow))
        yield from release()
    decide(i.kind for i in held if isinstance(i, CrmRow))
    yield from release()


def _rows_in_order(
    file_list: list[Path],
    org: str | None,
    limits: guards.Limits,
    progress: Callable[[int], None] | None,
) -> Iterator[CrmRow | Quarantined]:
    """The rows of :func:`read_rows`, before their objects' Ids are judged."""
    plans = _plans(file_list)
    done = 0

    def report(extra: int = 0) -> None:
        if progress is not None:
            progress(done + extra)

    sources: list[_File] = []
    for path in file_list:
        size = _size(path)
        if path.suffix.lower() == ".json":
            kinds: dict[str, None] = {}
            for item in _json_rows(path, plans.get(path.resolve()), org, limits):
                if isinstance(item, Quarantined):
                    yield item
                else:
                    kinds.setdefault(item.kind, None)
            sources.append(_File(path, tuple(kinds), plans.get(path.resolve()), size))
            done += size
            report()
            continue
        found = _csv_kind(path)
        if isinstance(found, Quarantined):
            yield found
            done += size
            report()
            continue
        sources.append(_File(path, (found,), None, size))
    for kind in (*OBJECTS, None):
        for source in sources:
            if not any(_wanted(kind, k) for k in source.kinds):
                continue
            if source.is_json:
                for item in _json_rows(source.path, source.plan, org, limits):
                    if isinstance(item, CrmRow) and _wanted(kind, item.kind):
                        yield item
                continue
            yield from _csv_rows(source.path, org, source.kinds[0], limits, report)
            done += source.size
            report()


class Links(Protocol):
    """Resolves an Id to the account (or person) subject key it belongs to.

    ``prefetch`` is called with every key a chunk of rows may look up before any of them
    is looked up (so a store-backed resolver asks in bulk); ``remember`` records the
    owner of a row just read, which wins over anything stored earlier (``leaf``: a row of
    an object other rows seldom point to, :data:`LEAF_OBJECTS`, which a resolver may
    forget first).
    """

    def prefetch(self, keys: set[str]) -> None: ...

    def get(self, key: str) -> str | None: ...

    def remember(self, key: str, subject_key: str, leaf: bool = False) -> None: ...


@dataclass
class CrmChunk:
    """What one chunk of an export yields: subjects, records and quarantined rows."""

    subjects: list[Subject] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)
    rows_read: int = 0
    refused: list[Quarantined] = field(default_factory=list)
    #: (org, object) -> keys of the rows of this chunk (also those quarantined later),
    #: and the objects some of whose rows could not be read: see :class:`CrmExport`.
    seen: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    unreadable: set[str] = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.subjects) + len(self.records) + len(self.quarantined)


#: Rows per chunk: what is validated, linked, hashed and written together.
CHUNK_ROWS = 10_000


def stream_rows(
    rows: Iterable[CrmRow | Quarantined], links: Links, chunk_rows: int = CHUNK_ROWS
) -> Iterator[CrmChunk]:
    """Validate and link rows (in the order of :func:`read_rows`) chunk by chunk.

    Each chunk is yielded once its rows are linked; a caller that stores it before asking
    for the next one lets the next chunk's links find it. Generic records that no lookup
    links yet are kept aside in a temporary file (not in memory) and read again, in
    rounds, after every other row: one may lead to another that a later round links.
    At least one (possibly empty) chunk is yielded.
    """
    with tempfile.TemporaryFile("w+", encoding="utf-8") as aside:
        out = CrmChunk()
        chunk: list[CrmRow] = []
        left = 0
        for item in rows:
            if isinstance(item, Quarantined):
                out.quarantined.append(item)
                if item.reason.startswith(REFUSED):
                    out.refused.append(item)
                else:
                    out.rows_read += 1
                    out.unreadable.add(_unreadable_object(item))
            else:
                out.rows_read += 1
                out.seen.setdefault((item.org, item.kind), set()).add(item.key("Id"))
                chunk.append(item)
            if len(chunk) + len(out.quarantined) >= chunk_rows:
                left += _link_chunk(chunk, out, links, aside)  # empties chunk
                yield out
                out = CrmChunk()
        left += _link_chunk(chunk, out, links, aside)
        yield out
        yield from _rounds(aside, left, links, chunk_rows)


def _unreadable_object(item: Quarantined) -> str:
    """The object whose row could not be read ("*" when the file is not an object's CSV)."""
    path = Path(item.file)
    kind = (object_of(path) or generic_object_of(path)) if path.suffix.lower() == ".csv" else None
    return kind or "*"


def _lookup_keys(row: CrmRow) -> set[str]:
    """Every key a generic row's lookups may stand for."""
    return {ref for name in _lookups(row) for ref in row.link_keys(name)}


def _rounds(aside: IO[str], left: int, links: Links, chunk_rows: int) -> Iterator[CrmChunk]:
    """Read the generic rows set aside again, chunk by chunk from the file, until a round
    links none of them; the rest are stored without a customer."""
    while left:
        aside.flush()
        aside.seek(0)
        with tempfile.TemporaryFile("w+", encoding="utf-8") as still_aside:
            linked = still = 0
            for part in _packed_chunks(aside, chunk_rows):
                out = CrmChunk()
                links.prefetch({key for row in part for key in _lookup_keys(row)})
                for row in part:
                    if _link_generic(row, out, links):
                        linked += 1
                    else:
                        still_aside.write(_pack(row))
                        still += 1
                yield out
            if not linked:
                aside.seek(0)
                for part in _packed_chunks(aside, chunk_rows):
                    out = CrmChunk()
                    out.records.extend(_record(row, row.key("Id"), None) for row in part)
                    yield out
                return
            still_aside.flush()
            still_aside.seek(0)
            aside.seek(0)
            aside.truncate()
            for line in still_aside:
                aside.write(line)
            left = still


def _packed_chunks(aside: IO[str], chunk_rows: int) -> Iterator[list[CrmRow]]:
    part: list[CrmRow] = []
    for line in aside:
        part.append(_unpack(line))
        if len(part) >= chunk_rows:
            yield part
            part = []
    if part:
        yield part


def _pack(row: CrmRow) -> str:
    return (
        json.dumps(
            [
                row.kind,
                row.file,
                row.line,
                row.values,
                row.raw,
                row.org,
                sorted(row.refs),
                row.scope,
                row.sfids,
            ],
            ensure_ascii=False,
        )
        + "\n"
    )


def _unpack(line: str) -> CrmRow:
    kind, file, number, values, raw, org, refs, scope, sfids = json.loads(line)
    return CrmRow(kind, file, number, values, raw, org, frozenset(refs), scope, sfids)


def _link_chunk(rows: list[CrmRow], out: CrmChunk, links: Links, aside: IO[str]) -> int:
    """Validate and link one chunk of rows into ``out`` (``rows`` is emptied); returns how
    many generic rows were set aside unlinked (written to ``aside``)."""
    keys: set[str] = set()
    for row in rows:
        if row.kind in _ORDER:
            # Only the first lookup that holds an Id is read (see _one_row): the others
            # (a case's ContactId beside its AccountId) are not asked for in advance.
            for fieldname in link_fields(row.kind):
                found = row.link_keys(fieldname)
                if found:
                    keys.update(found)
                    break
        else:
            keys.update(_lookup_keys(row))
    if keys:
        links.prefetch(keys)
    left = 0
    # Each row is let go once linked (taken off the caller's list, which ends empty):
    # what its record keeps of it is its values, and its raw line and keys need not wait
    # for the rest of the chunk beside the records and subjects made so far.
    rows.reverse()
    while rows:
        row = rows.pop()
        if row.kind in _ORDER:
            _one_row(row, out, links)
            continue
        problem = _row_problem(row)
        if problem is not None:
            out.quarantined.append(_quarantine(row, problem[0], problem[1]))
        elif not _link_generic(row, out, links):
            aside.write(_pack(row))
            left += 1
    return left


def parse_export(
    files: Iterable[Path],
    known_link: Callable[[str], str | None] = lambda _id: None,
    progress: Callable[[int], None] | None = None,
    org: str | None = None,
    limits: guards.Limits = guards.DEFAULT_LIMITS,
) -> CrmExport:
    """Parse a whole export in memory into subjects, records and quarantined rows.

    ``known_link`` resolves a key that is not in this export (an account, contact, case
    or opportunity stored by an earlier ingest) to the account key it belongs to.
    ``org`` names the org of the whole export (else the export's own, else the default).
    Whether an object's Ids are real Salesforce Ids (validated, keyed by their
    18-character form) is decided per object, from its first rows' Ids (see
    :func:`read_rows`). ``progress`` is called with the bytes read. Ingest streams
    instead (:func:`stream_rows` over :func:`read_rows`); this is for tests and small
    exports.
    """
    out = CrmExport()
    file_list = list(files)
    links = MemoryLinks(known_link)
    rows = read_rows(file_list, org_name(org), limits, progress)
    for chunk in stream_rows(rows, links):
        out.add(chunk)
    out.files = [str(p) for p in file_list]
    return out


def parse_rows(
    rows: list[CrmRow], known_link: Callable[[str], str | None] = lambda _id: None
) -> CrmExport:
    """Subjects, records and quarantined rows of rows already read whose ``sfids`` is
    already set (the Salesforce sync's API rows), linked as an export's rows are."""
    out = CrmExport()
    ordered = sorted(rows, key=lambda r: _ORDER.get(r.kind, len(OBJECTS)))
    for chunk in stream_rows(ordered, MemoryLinks(known_link), max(len(rows), 1)):
        out.add(chunk)
    return out
    return out


@lru_cache(maxsize=256)
def _file_name(file: str) -> str:
    return Path(file).name


def _quarantine(row: CrmRow, fieldname: str | None, reason: str) -> Quarantined:
    return Quarantined(SOURCE, row.file, row.line, fieldname, f"{row.kind}: {reason}", row.raw)


def _record(row: CrmRow, key: str, subject_key: str | None) -> Record:
    when: datetime | None = available_at(row.kind, row.values)
    return Record(
        source=SOURCE,
        kind=row.kind,
        payload=row.values,
        available_at=when,
        external_id=key,
        subject_key=subject_key,
        text=record_text(row.kind, row.values),
        origin=f"{_file_name(row.file)}:{row.line}" if row.line else _file_name(row.file),
        entity_key=entity_key(row.kind, key),
        valid_from=valid_from(row.values),
        deleted=is_deleted(row.values),
    )


def _row_problem(row: CrmRow) -> tuple[str, str] | None:
    """The first (field, reason) that makes the row unusable, Ids included."""
    problem = validate_row(row.kind, row.values)
    if problem is not None:
        return problem
    bad_id = row.id_problem("Id")
    return ("Id", bad_id) if bad_id is not None else None


def deletion_of(record: Record, when: datetime, why: str) -> Record:
    """A deletion version of a stored record (its latest version's fields, marked deleted
    and dated ``when``): for a record missing from a full export or sync, or reported
    deleted by the Salesforce API."""
    stamp = when.isoformat().replace("+00:00", "Z")
    payload = {
        **dict(record.payload),
        "IsDeleted": "true",
        "LastModifiedDate": stamp,
        "SystemModstamp": stamp,
        "knowable_deletion": why,
    }
    return Record(
        source=record.source,
        kind=record.kind,
        payload=payload,
        available_at=record.available_at,
        external_id=record.external_id,
        subject_key=record.subject_key,
        text=record.text,
        origin=why,
        entity_key=record.entity_key,
        valid_from=valid_from(payload),
        deleted=True,
    )


def _one_row(row: CrmRow, out: CrmChunk, links: Links) -> None:
    problem = _row_problem(row)
    if problem is not None:
        out.quarantined.append(_quarantine(row, problem[0], problem[1]))
        return
    key = row.key("Id")
    deleted = is_deleted(row.values)
    if row.kind == "Account":
        subject = account_subject(row.values, key)
        links.remember(key, subject.key)
        if not deleted:
            out.subjects.append(subject)
        subject_key: str | None = subject.key
    else:
        subject_key = None
        for fieldname in link_fields(row.kind):
            ref = row.key(fieldname)
            if not ref:
                continue
            bad_link = row.id_problem(fieldname)
            if bad_link is not None:
                out.quarantined.append(_quarantine(row, fieldname, bad_link))
                return
            subject_key = next((k for k in map(links.get, row.link_keys(fieldname)) if k), None)
            if subject_key is None:
                shown = str(row.values.get(fieldname) or "").strip()
                out.quarantined.append(
                    _quarantine(
                        row,
                        fieldname,
                        f"unknown {fieldname} {shown!r}: not in this export or the store",
                    )
                )
                return
            break
        if row.kind == "Contact":
            person = contact_subject(row.values, subject_key, key)
            if not deleted:
                out.subjects.append(person)
            links.remember(key, subject_key or person.key)
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
            links.remember(key, subject_key, row.kind in LEAF_OBJECTS)
    out.records.append(_record(row, key, subject_key))


def _lookups(row: CrmRow) -> list[str]:
    """The fields of a generic row that may be lookups, preferred ones first: its object's
    own link fields (:func:`~knowable.sources.crmfields.link_fields`: a CaseComment's
    ParentId, a Lightning note's own Id), then the usual ones, then any other."""
    own = link_fields(row.kind)
    names = [
        name
        for name, value in row.values.items()
        if (name in own or name not in _NOT_CUSTOMER)
        and (name in row.refs or _ID_LIKE.match(str(value or "").strip()))
        and row.id_problem(name) is None
    ]
    first = [n for n in dict.fromkeys((*own, *_PREFERRED_LINKS)) if n in names]
    return first + [n for n in names if n not in first]


def _link_generic(row: CrmRow, out: CrmChunk, links: Links) -> bool:
    """A custom or other object's row, linked through the first lookup that leads to a
    customer (its 18-character form first, then as written); False (nothing added) when
    none does yet."""
    subject_key = next(
        (
            found
            for name in _lookups(row)
            for ref in row.link_keys(name)
            if (found := links.get(ref))
        ),
        None,
    )
    if subject_key is None:
        return False
    key = row.key("Id")
    links.remember(key, subject_key)
    extra = also_links(row.kind)
    if extra is not None:
        for ref in row.link_keys(extra):
            links.remember(ref, subject_key)
    out.records.append(_record(row, key, subject_key))
    return True
