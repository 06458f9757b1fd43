"""Ingest batches and screening runs: buffered writers inside one write transaction."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any, Final, Literal

from sqlalchemy import Connection, Table, bindparam, or_, select

from knowable.hashing import CURRENT_FORM, canonical_json
from knowable.model import Quarantined, Record, Signal, Subject
from knowable.sources.guards import NUL_REASON, nul_field, printable
from knowable.store import audit
from knowable.store import schema as t
from knowable.store.convert import quarantined_to_row, record_to_row, signal_to_row, subject_to_row
from knowable.store.rowhash import digest, new_record_hash, row_hash, row_ref
from knowable.store.versions import org_of_key, version_line, versions_digest
from knowable.timeutil import as_utc, utcnow

_FLUSH = 5000
#: Keys per ``IN (...)`` look-up (under SQLite's and PostgreSQL's parameter limits).
_LOOKUP = 2000
#: Subjects per insert or update statement of :meth:`IngestBatch.add_subjects`.
_SUBJECT_SLICE = 1000


def _chunks(items: Sequence[Any], size: int = _LOOKUP) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_new(
    conn: Connection,
    table: Table,
    pending: dict[str, dict[str, Any]],
) -> list[dict[str, Any]]:
    """Insert the pending rows (keyed by primary key ``id``) not already stored; return them.

    Which are stored already is asked in bulk; the new ones are inserted in one
    executemany. (Records take their own path: :meth:`IngestBatch.add_record`.)
    """
    if not pending:
        return []
    # Sorted by key: the look-ups and the inserts walk the primary-key index in order
    # (content hashes are random, so arrival order would touch its pages at random).
    keys = sorted(pending)
    existing = _stored_ids(conn, table, keys)
    fresh = [pending[key] for key in keys if key not in existing]
    if fresh:
        conn.execute(table.insert(), fresh)
    return fresh


def _rows_in(
    conn: Connection, table: Table, columns: Sequence[str], key: str, keys: Sequence[str]
) -> Iterator[Any]:
    """The ``columns`` of the rows of ``table`` whose ``key`` is one of ``keys``, asked in
    bulk (:data:`_LOOKUP` keys a statement). The rows are the driver's (SQLAlchemy
    ``Row``s, not tuples: typed ``Any`` so that a mypyc build does not check them as
    tuples)."""
    if conn.dialect.name == "sqlite":
        # Through the driver: a statement the driver keeps prepared per size, no SQL
        # compiled per call.
        names = ", ".join(columns)
        for part in _chunks(keys):
            marks = ",".join("?" * len(part))
            sql = f"SELECT {names} FROM {table.name} WHERE {key} IN ({marks})"
            yield from conn.exec_driver_sql(sql, tuple(part))
        return
    cols = [table.c[name] for name in columns]
    for part in _chunks(keys):
        yield from conn.execute(select(*cols).where(table.c[key].in_(part)))


def _stored_ids(conn: Connection, table: Table, keys: Sequence[str]) -> set[str]:
    """Which of ``keys`` (primary keys of ``table``) are stored, asked in bulk."""
    return {row[0] for row in _rows_in(conn, table, ("id",), "id", keys)}


_RECORD_COLUMNS = (
    "id",
    "source",
    "kind",
    "external_id",
    "subject_key",
    "available_at",
    "ingested_at",
    "batch_id",
    "origin",
    "payload",
    "text",
    "row_hash",
    "org",
    "entity_key",
    "valid_from",
    "deleted",
    "hash_version",
)
_INSERT_RECORDS = (
    f"INSERT INTO records ({', '.join(_RECORD_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _RECORD_COLUMNS)})"
)


def _sqlite_time(value: datetime | None) -> str | None:
    """A datetime as SQLAlchemy stores it in SQLite: UTC text with microseconds."""
    if value is None:
        return None
    return _sqlite_text(value)


@lru_cache(maxsize=4096)
def _sqlite_text(value: datetime) -> str:
    # Equal datetimes are the same instant, hence the same UTC text: CRM dates repeat.
    return as_utc(value).replace(tzinfo=None).isoformat(" ", "microseconds")


#: A queued record: (id, source, kind, external_id, subject_key, available_at, origin,
#: payload, payload's canonical JSON, text, row_hash, org, entity_key, valid_from, deleted),
#: dates in UTC.
_Pending = tuple[
    str,
    str,
    str,
    str | None,
    str | None,
    datetime | None,
    str | None,
    Mapping[str, Any],
    str,
    str,
    str,
    str | None,
    str | None,
    datetime | None,
    bool | None,
]
_ROW_HASH: Final = 10
_ENTITY: Final = 12
_VALID_FROM: Final = 13
_DELETED: Final = 14


class IngestBatch:
    """Collects one batch's subjects, records and quarantined rows.

    Records are identified by content hash: one already stored (or seen earlier in this
    batch) counts as a duplicate and is not written again, which makes ingest idempotent.
    """

    def __init__(
        self,
        conn: Connection,
        source: str,
        path: str,
        actor: str,
        earlier_in_run: Collection[int] = (),
    ) -> None:
        self.conn = conn
        #: Batches written earlier by the same ingest (one export written in several
        #: batches): a record they stored is not an earlier version for this batch.
        self.earlier_in_run = frozenset(earlier_in_run)
        self.source = source
        self.path = path
        self.actor = actor
        self.now = utcnow()
        self.id = int(
            conn.execute(
                t.ingest_batches.insert().values(
                    source=source,
                    path=path,
                    actor=actor,
                    started_at=self.now,
                    stored=0,
                    duplicates=0,
                    quarantined=0,
                    subjects_stored=0,
                    subjects_updated=0,
                )
            ).inserted_primary_key[0]  # type: ignore[index]
        )
        self.stored = 0
        self.duplicates = 0
        self.quarantined = 0
        self.subjects_stored = 0
        self.subjects_updated = 0
        self.quarantine_repeats = 0
        self._pending: dict[str, _Pending] = {}
        self._seen: set[str] = set()
        self._hashes: list[str] = []
        self.versions = 0
        self.deletions = 0
        self._version_lines: list[str] = []
        self._subject_rows: dict[str, str] = {}
        self._quarantine_hashes: list[str] = []
        #: More facts for this batch's audit event (a full export's missing records, a
        #: Salesforce sync's high-water mark), set by the job that writes the batch.
        self.audit_extra: dict[str, Any] = {}

    def _refuse_nul(self, what: str, value: Any, raw: Any) -> bool:
        """Quarantine a row holding a NUL byte (PostgreSQL cannot store one); True if so."""
        found = nul_field(value)
        if found is None:
            return False
        text = json.dumps(raw, ensure_ascii=False, default=str)[:2000]
        self.quarantine(
            Quarantined(self.source, what or self.path, None, found or None, NUL_REASON, text)
        )
        return True

    def add_subject(
        self, subject: Subject
    ) -> Literal["stored", "updated", "unchanged", "quarantined"]:
        """Insert a subject, or update it when its matching view changed."""
        fields = {f.name: getattr(subject, f.name) for f in dataclasses.fields(subject)}
        if self._refuse_nul(self.path, fields, fields):
            return "quarantined"
        row = subject_to_row(subject)
        row["hash_version"] = CURRENT_FORM  # an update moves a legacy row to this form
        row["row_hash"] = row_hash("subjects", row)
        self._subject_rows[row_ref("subjects", subject.key)] = row["row_hash"]
        existing = self.conn.execute(
            select(t.subjects.c.fingerprint).where(t.subjects.c.key == subject.key)
        ).one_or_none()
        if existing is None:
            self.conn.execute(
                t.subjects.insert().values(**row, created_at=self.now, updated_at=self.now)
            )
            self.subjects_stored += 1
            return "stored"
        if existing.fingerprint == row["fingerprint"]:
            del self._subject_rows[row_ref("subjects", subject.key)]
            return "unchanged"
        self.conn.execute(
            t.subjects.update()
            .where(t.subjects.c.key == subject.key)
            .values(**row, updated_at=self.now)
        )
        self.subjects_updated += 1
        return "updated"

    def add_subjects(self, subjects: Iterable[Subject]) -> None:
        """Insert or update many subjects, asking which are stored in bulk (as
        :meth:`add_subject` one by one would: same counts, same audit naming).

        They are written :data:`_SUBJECT_SLICE` at a time, each slice's rows built, looked
        up and written before the next is built, so that a chunk of subjects never has its
        rows and the driver's parameters (seven JSON columns serialised per row) in memory
        all at once. The rows stored are those of one pass over all of them: a key seen in
        an earlier slice of the batch (inserted or updated there) is updated to what a
        later one says, as one pass would have inserted or updated it with the last.
        """
        current: dict[str, str] = {}  # key -> fingerprint as stored or as this batch leaves it
        part: list[Subject] = []
        for subject in subjects:
            part.append(subject)
            if len(part) >= _SUBJECT_SLICE:
                self._add_subject_slice(part, current)
                part = []
        if part:
            self._add_subject_slice(part, current)

    def _add_subject_slice(self, subjects: list[Subject], current: dict[str, str]) -> None:
        rows: list[dict[str, Any]] = []
        for subject in subjects:
            if _may_hold_nul(subject):
                fields = {f.name: getattr(subject, f.name) for f in dataclasses.fields(subject)}
                if self._refuse_nul(self.path, fields, fields):
                    continue
            row = subject_to_row(subject)
            row["hash_version"] = CURRENT_FORM  # an update moves a legacy row to this form
            row["row_hash"] = row_hash("subjects", row)
            rows.append(row)
        if not rows:
            return
        keys = sorted({row["key"] for row in rows} - current.keys())
        for part in _chunks(keys):
            query = select(t.subjects.c.key, t.subjects.c.fingerprint).where(
                t.subjects.c.key.in_(part)
            )
            found: Any = self.conn.execute(query)  # Rows, not tuples (see _rows_in)
            current.update({key: fingerprint for key, fingerprint in found})
        inserts: dict[str, dict[str, Any]] = {}
        updates: dict[str, dict[str, Any]] = {}
        for row in rows:
            key = row["key"]
            ref = row_ref("subjects", key)
            if key not in current:
                inserts[key] = row
                self.subjects_stored += 1
            elif current[key] == row["fingerprint"]:
                continue
            else:
                (inserts if key in inserts else updates)[key] = row
                self.subjects_updated += 1
            current[key] = row["fingerprint"]
            self._subject_rows[ref] = row["row_hash"]
        if inserts:
            for row in inserts.values():  # completed in place: no copies of the rows
                row["created_at"] = row["updated_at"] = self.now
            self.conn.execute(t.subjects.insert(), list(inserts.values()))
        if updates:
            self.conn.execute(
                t.subjects.update().where(t.subjects.c.key == bindparam("old_key")),
                [{**row, "old_key": key, "updated_at": self.now} for key, row in updates.items()],
            )

    def add_records(self, records: Iterable[Record]) -> None:
        """Queue many records (see :meth:`add_record`)."""
        for record in records:
            self.add_record(record)

    def add_record(self, record: Record) -> None:
        """Queue a record; whether it was new or a duplicate shows in :meth:`summary` after
        the batch ends (duplicates of earlier batches are found when the queue is flushed).

        The record is queued as one tuple of its column values (:data:`_PENDING`), hashed
        as it is: no row mapping is built for it unless the database needs one.
        """
        rid = record.id
        if rid in self._seen:
            self.duplicates += 1
            return
        payload_json = record.payload_json
        if (
            not payload_json
            or "\\u0000" in payload_json
            or "\x00" in f"{record.text}{record.kind}{record.origin}{record.subject_key}"
        ):
            values = {  # the payload first: name the field of the export at fault
                "payload": record.payload,
                "kind": record.kind,
                "external_id": record.external_id,
                "subject_key": record.subject_key,
                "origin": record.origin,
                "text": record.text,
                "entity_key": record.entity_key,
            }
            if self._refuse_nul(record.origin or self.path, values, dict(record.payload)):
                return
        self._seen.add(rid)
        if not payload_json:  # a record whose id was given: hashed through its row
            row = record_to_row(record, self.id)
            row_hash_ = row_hash("records", row)
            payload_json = canonical_json(row["payload"])
        else:
            row_hash_ = ""
        entity = record.entity_key
        external = record.external_id
        available = record.available_at
        if available is not None:
            available = as_utc(available)
        valid = record.valid_from
        if valid is not None:
            valid = as_utc(valid)
        payload = record.payload
        if type(payload) is not dict:
            payload = dict(payload)
        if not row_hash_:
            row_hash_ = new_record_hash(
                rid,
                record.source,
                record.kind,
                external,
                record.subject_key,
                available,
                record.origin,
                payload,
                payload_json,
                record.text,
                self.id,
            )
        self._pending[rid] = (
            rid,
            record.source,
            record.kind,
            external,
            record.subject_key,
            available,
            record.origin,
            payload,
            payload_json,
            record.text,
            row_hash_,
            org_of_key(external or "") if entity else None,
            entity,
            valid,
            record.deleted if entity else None,
        )
        if len(self._pending) >= _FLUSH:
            self._flush()

    def flush(self) -> None:
        """Write the queued records now (the counts in :meth:`summary` then hold)."""
        self._flush()

    def _flush(self) -> None:
        """Write the queued records that are not stored yet, and count versions.

        One look-up per record: a CRM record's stored versions are found by its entity
        key, which also finds the record itself when it is stored already (same content
        hash, hence same object and Id); only records without an entity key are looked
        up by id. Rows are inserted in key order.
        """
        pending = self._pending
        if not pending:
            return
        keys = sorted(pending)
        entities = sorted({row[_ENTITY] for row in pending.values() if row[_ENTITY]})
        plain = [key for key in keys if not pending[key][_ENTITY]]
        existing = _stored_ids(self.conn, t.records, plain) if plain else set()
        earlier: set[str] = set()
        columns = ("entity_key", "id", "batch_id")
        for entity, rid, batch in _rows_in(self.conn, t.records, columns, "entity_key", entities):
            if rid in pending:
                existing.add(rid)
            if batch != self.id and batch not in self.earlier_in_run:
                earlier.add(entity)
        fresh = [pending[key] for key in keys if key not in existing]
        if fresh:
            self._insert_pending(fresh)
        self.duplicates += len(pending) - len(fresh)
        self.stored += len(fresh)
        self._hashes.extend(row[_ROW_HASH] for row in fresh)
        self._pending = {}
        lines = self._version_lines
        for row in fresh:
            entity = row[_ENTITY]
            if not entity:
                continue
            if entity in earlier:
                self.versions += 1
            deleted = row[_DELETED]
            if deleted:
                self.deletions += 1
            lines.append(version_line(entity, row[0], row[_VALID_FROM], deleted))

    def _insert_pending(self, rows: list[_Pending]) -> None:
        """Insert queued records: straight through the driver on SQLite (values converted
        as SQLAlchemy would), as row mappings through SQLAlchemy elsewhere."""
        if self.conn.dialect.name == "sqlite":
            now = _sqlite_time(self.now)
            batch_id = self.id
            params = [
                (
                    rid,
                    source,
                    kind,
                    external,
                    subject_key,
                    None if available is None else _sqlite_text(available),
                    now,
                    batch_id,
                    origin,
                    payload_json,
                    text,
                    hashed,
                    org,
                    entity,
                    None if valid is None else _sqlite_text(valid),
                    None if deleted is None else int(deleted),
                    CURRENT_FORM,
                )
                for (
                    rid,
                    source,
                    kind,
                    external,
                    subject_key,
                    available,
                    origin,
                    _payload,
                    payload_json,
                    text,
                    hashed,
                    org,
                    entity,
                    valid,
                    deleted,
                ) in rows
            ]
            self.conn.exec_driver_sql(_INSERT_RECORDS, params)
            return
        self.conn.execute(
            t.records.insert(),
            [
                {
                    "id": row[0],
                    "source": row[1],
                    "kind": row[2],
                    "external_id": row[3],
                    "subject_key": row[4],
                    "available_at": row[5],
                    "origin": row[6],
                    "payload": dict(row[7]),
                    "text": row[9],
                    "batch_id": self.id,
                    "org": row[11],
                    "entity_key": row[_ENTITY],
                    "valid_from": row[_VALID_FROM],
                    "deleted": row[_DELETED],
                    "row_hash": row[_ROW_HASH],
                    "ingested_at": self.now,
                }
                for row in rows
            ],
        )

    def quarantine_many(self, items: Iterable[Quarantined]) -> None:
        """Set many rows aside, asking in bulk which are on record already (see
        :meth:`quarantine`)."""
        fresh = [_storable(item) for item in items]
        if not fresh:
            return
        q = t.quarantine.c
        known: set[tuple[str, str, int | None, str, str]] = set()
        files = sorted({item.file for item in fresh})
        lines = sorted({item.line for item in fresh if item.line is not None})
        for part in _chunks(files, 200):
            line_match = or_(q.line.is_(None), *(q.line.in_(n) for n in _chunks(lines)))
            query = select(q.source, q.file, q.line, q.reason, q.raw).where(
                q.file.in_(part), line_match
            )
            stored: Any = self.conn.execute(query)  # Rows, not tuples (see _rows_in)
            known.update(tuple(row) for row in stored)
        rows: list[dict[str, Any]] = []
        now = utcnow()
        for item in fresh:
            ident = (item.source, item.file, item.line, item.reason, item.raw)
            if ident in known:
                self.quarantine_repeats += 1
                continue
            known.add(ident)
            row = quarantined_to_row(item, self.id)
            row["row_hash"] = row_hash("quarantine", row)
            row["created_at"] = now
            rows.append(row)
            self._quarantine_hashes.append(row["row_hash"])
            self.quarantined += 1
        if rows:
            self.conn.execute(t.quarantine.insert(), rows)

    def quarantine(self, item: Quarantined) -> None:
        """Set a row aside with its reason; the same bad row ingested again is not repeated."""
        item = _storable(item)
        q = t.quarantine.c
        already = self.conn.execute(
            select(q.id)
            .where(
                q.source == item.source,
                q.file == item.file,
                q.reason == item.reason,
                q.raw == item.raw,
                q.line.is_(None) if item.line is None else q.line == item.line,
            )
            .limit(1)
        ).one_or_none()
        if already is not None:
            self.quarantine_repeats += 1
            return
        row = quarantined_to_row(item, self.id)
        row["row_hash"] = row_hash("quarantine", row)
        self.conn.execute(t.quarantine.insert().values(**row, created_at=utcnow()))
        self._quarantine_hashes.append(row["row_hash"])
        self.quarantined += 1

    def finish(self) -> None:
        self._flush()
        batch_digest = digest(self._hashes)
        self.conn.execute(
            t.ingest_batches.update()
            .where(t.ingest_batches.c.id == self.id)
            .values(
                finished_at=utcnow(),
                stored=self.stored,
                duplicates=self.duplicates,
                quarantined=self.quarantined,
                subjects_stored=self.subjects_stored,
                subjects_updated=self.subjects_updated,
                digest=batch_digest,
            )
        )
        audit.append(
            self.conn,
            self.actor,
            "ingest",
            "batch",
            str(self.id),
            {
                "source": self.source,
                "path": self.path,
                "stored": self.stored,
                "duplicates": self.duplicates,
                "quarantined": self.quarantined,
                "subjects_stored": self.subjects_stored,
                "subjects_updated": self.subjects_updated,
                "digest": batch_digest,
                # Added with migration 0006: the quarantine rows this batch wrote and the
                # hashes of the subjects it stored or updated.
                "quarantine_digest": digest(self._quarantine_hashes),
                **({audit.ROWS_KEY: dict(self._subject_rows)} if self._subject_rows else {}),
                **(
                    {
                        "versions": self.versions,
                        "deletions": self.deletions,
                        "versions_digest": versions_digest(self._version_lines),
                    }
                    if self._version_lines
                    else {}
                ),
                **self.audit_extra,
            },
        )

    def summary(self) -> dict[str, int]:
        return {
            "stored": self.stored,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "quarantine_repeats": self.quarantine_repeats,
            "subjects_stored": self.subjects_stored,
            "subjects_updated": self.subjects_updated,
            "versions": self.versions,
            "deletions": self.deletions,
        }


def _may_hold_nul(subject: Subject) -> bool:
    """False when no text of ``subject`` holds a NUL byte (one joined string searched
    once); True when one may, and the exact, field by field search must say which."""
    try:
        text = "\x01".join(
            (
                subject.key,
                subject.schema,
                subject.name,
                subject.parent_key or "",
                subject.source,
                *subject.aliases,
                *subject.domains,
                *subject.countries,
                *subject.identifiers,
                *subject.addresses,
                *subject.birth_dates,
            )
        )
        if subject.properties:
            # JSON writes a NUL as \u0000 (a backslash written before "u0000" may only
            # make the exact search run for nothing).
            text += json.dumps(subject.properties, default=str)
    except TypeError:  # something that is not text: let the exact search look
        return True
    return "\x00" in text or "\\u0000" in text


def _storable(item: Quarantined) -> Quarantined:
    """A quarantine item with NUL bytes written out (the database cannot store them)."""
    return Quarantined(
        printable(item.source),
        printable(item.file),
        item.line,
        printable(item.field) if item.field is not None else None,
        printable(item.reason),
        printable(item.raw),
    )


class ScreeningRun:
    """Collects one screening run's signals and the subjects it covered."""

    def __init__(self, conn: Connection, kind: str, params: dict[str, Any], actor: str) -> None:
        self.conn = conn
        self.kind = kind
        self.params = params
        self.actor = actor
        self.now = utcnow()
        self.id = int(
            conn.execute(
                t.screening_runs.insert().values(
                    kind=kind,
                    actor=actor,
                    params=params,
                    started_at=self.now,
                    subjects_screened=0,
                    signals_found=0,
                    signals_new=0,
                )
            ).inserted_primary_key[0]  # type: ignore[index]
        )
        self.found = 0
        self.new = 0
        self._pending: dict[str, dict[str, Any]] = {}
        self._hashes: list[str] = []
        self._seen: set[str] = set()
        self._screened: set[str] = set()

    def add_signals(self, signals: Iterable[Signal]) -> None:
        for signal in signals:
            if signal.id in self._pending or signal.id in self._seen:
                continue
            self._seen.add(signal.id)
            self.found += 1
            row = signal_to_row(signal, self.id)
            row["row_hash"] = row_hash("signals", row)
            row["created_at"] = self.now
            self._pending[signal.id] = row
            if len(self._pending) >= _FLUSH:
                self._flush()

    def _flush(self) -> None:
        fresh = insert_new(self.conn, t.signals, self._pending)
        self.new += len(fresh)
        self._hashes.extend(r["row_hash"] for r in fresh)
        self._pending.clear()

    def mark_screened(self, subject_keys: Iterable[str]) -> None:
        fresh = [k for k in subject_keys if k not in self._screened]
        self._screened.update(fresh)
        rows = [
            {"run_id": self.id, "subject_key": k, "kind": self.kind, "screened_at": self.now}
            for k in fresh
        ]
        for start in range(0, len(rows), 1000):
            self.conn.execute(t.screened_subjects.insert(), rows[start : start + 1000])

    def finish(self) -> None:
        self._flush()
        run_digest = digest(self._hashes)
        self.conn.execute(
            t.screening_runs.update()
            .where(t.screening_runs.c.id == self.id)
            .values(
                finished_at=utcnow(),
                subjects_screened=len(self._screened),
                signals_found=self.found,
                signals_new=self.new,
                digest=run_digest,
            )
        )
        audit.append(
            self.conn,
            self.actor,
            "screen",
            "run",
            str(self.id),
            {
                "kind": self.kind,
                "subjects_screened": len(self._screened),
                "signals_found": self.found,
                "signals_new": self.new,
                "digest": run_digest,
                "params": self.params,
            },
        )
