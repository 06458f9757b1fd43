"""The Store: the one place that reads and writes the database.

Writes go through :meth:`Store.write`, which holds the process's write gate (SQLite has one
writer) and opens the transaction with BEGIN IMMEDIATE on SQLite. An ingest batch or a
screening run is one transaction: a crash half-way leaves nothing of it behind, and its
audit event is written in the same transaction as its rows.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, select
from sqlalchemy.exc import OperationalError, ProgrammingError

from knowable.errors import NotFoundError, StoreError
from knowable.model import (
    Assessment,
    AuditEvent,
    Record,
    Signal,
    Subject,
    Version,
    version_in_force,
)
from knowable.settings import Settings
from knowable.store import audit, bulkindex
from knowable.store import schema as t
from knowable.store.assessrows import AssessmentRuns
from knowable.store.batches import IngestBatch, ScreeningRun
from knowable.store.convert import (
    row_to_assessment,
    row_to_record,
    row_to_signal,
    row_to_subject,
)
from knowable.store.engine import WriteGate, make_engine
from knowable.store.migrate import current_revision, head_revision, upgrade
from knowable.timeutil import as_utc, utcnow

#: SQLite page cache of a connection that writes ingest batches (KiB).
INGEST_CACHE_KIB = 131072


class Store:
    """Typed access to subjects, records, signals, assessments, quarantine and audit."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.gate = WriteGate(engine)

    # -- transactions -------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only connection (deferred transaction, rolled back at the end)."""
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction: one writer at a time on SQLite; commits on success."""
        with self.gate.hold(), self.engine.connect() as conn:
            conn.execution_options(knowable_write=True)
            with conn.begin():
                yield conn

    # -- ingest and screening -------------------------------------------------------------
    @contextmanager
    def ingest_batch(
        self, source: str, path: str, actor: str = "cli", earlier_in_run: Collection[int] = ()
    ) -> Iterator[IngestBatch]:
        """Store one input batch atomically, with its summary and audit event.

        ``earlier_in_run`` names the batches already written by the same ingest, when one
        input is written in several batches (see :class:`IngestBatch`).
        """
        with self.write() as conn:
            if conn.dialect.name == "sqlite":
                # Bulk-load settings that keep durability: a page cache large enough for the
                # records' indexes (instead of re-reading their pages from the OS for every
                # insert) and fewer, larger WAL checkpoints. Bounded, whatever the export.
                conn.exec_driver_sql(f"PRAGMA cache_size=-{INGEST_CACHE_KIB}")
                conn.exec_driver_sql("PRAGMA wal_autocheckpoint=10000")
            batch = IngestBatch(conn, source, path, actor, earlier_in_run)
            yield batch
            batch.finish()

    @contextmanager
    def deferred_indexes(self, expected: int, min_rows: int | None = None) -> Iterator[bool]:
        """Leave out the records indexes an ingest does not read through while the body
        writes about ``expected`` rows, when that is worth it (see
        :mod:`knowable.store.bulkindex`: SQLite only, an ingest of at least ``min_rows``
        rows and at least the store's size); they are built again at the end whatever
        happens. Yields whether they were left out."""
        least = bulkindex.MIN_ROWS if min_rows is None else min_rows
        with self.write() as conn:
            dropped = bulkindex.drop(conn, expected, least)
        try:
            yield dropped
        finally:
            if dropped:
                self.restore_indexes()

    def restore_indexes(self) -> list[str]:
        """Build the deferred records indexes the store lacks (an ingest that stopped before
        it built them again); returns their names."""
        with self.read() as conn:
            if not bulkindex.missing(conn):
                return []
        with self.write() as conn:
            return bulkindex.restore(conn)

    @contextmanager
    def screening_run(
        self, kind: str, params: Mapping[str, Any] | None = None, actor: str = "cli"
    ) -> Iterator[ScreeningRun]:
        """Record one screening run atomically, even when it finds nothing."""
        with self.write() as conn:
            run = ScreeningRun(conn, kind, dict(params or {}), actor)
            yield run
            run.finish()

    def append_audit(
        self,
        actor: str,
        action: str,
        entity_type: str,
        entity_id: str,
        payload: Mapping[str, Any],
        conn: Connection | None = None,
    ) -> AuditEvent:
        """Append an audit event, in ``conn``'s transaction when given."""
        if conn is not None:
            return audit.append(conn, actor, action, entity_type, entity_id, payload)
        with self.write() as own:
            return audit.append(own, actor, action, entity_type, entity_id, payload)

    def verify_audit(self) -> audit.VerifyResult:
        with self.read() as conn:
            return audit.verify(conn)

    # -- subjects -----------------------------------------------------------------------
    def subjects(
        self, schema: str | None = None, keys: Collection[str] | None = None
    ) -> list[Subject]:
        """Subjects by name; ``keys`` keeps only those keys."""
        query = select(t.subjects).order_by(t.subjects.c.name, t.subjects.c.key)
        if schema is not None:
            query = query.where(t.subjects.c.schema == schema)
        cond, wanted = _keys_filter(t.subjects.c.key, keys)
        if cond is not None:
            query = query.where(cond)
        with self.read() as conn:
            return [
                row_to_subject(r._mapping)
                for r in conn.execute(query)
                if wanted is None or r.key in wanted
            ]

    def subject(self, key: str) -> Subject:
        with self.read() as conn:
            row = conn.execute(select(t.subjects).where(t.subjects.c.key == key)).one_or_none()
        if row is None:
            raise NotFoundError(f"no subject with key {key!r}")
        return row_to_subject(row._mapping)

    def find_subjects(self, text: str) -> list[Subject]:
        """Subjects whose key equals ``text`` or whose name contains it (case-insensitive)."""
        like = f"%{text.lower()}%"
        query = select(t.subjects).where(
            (t.subjects.c.key == text) | (func.lower(t.subjects.c.name).like(like))
        )
        with self.read() as conn:
            return [row_to_subject(r._mapping) for r in conn.execute(query)]

    # -- records ------------------------------------------------------------------------
    def records(
        self,
        kind: str | None = None,
        source: str | None = None,
        subject_key: str | None = None,
        available_before: datetime | None = None,
        as_of: datetime | None = None,
        known_at: datetime | None = None,
        all_versions: bool = False,
        after_batch: int | None = None,
        external_ids: Collection[str] | None = None,
        available_on: datetime | None = None,
        subject_keys: Collection[str] | None = None,
    ) -> Iterator[Record]:
        """Stream records, oldest first (records without a date last).

        Of a versioned (CRM) record only the version in force ``as_of`` (default: the
        latest) as known at ``known_at`` (default: now) is returned, and nothing when that
        version is a deletion; ``all_versions`` returns every version instead. Filters
        apply to the version chosen, so a record moved to another account counts for the
        account it belongs to on that date. ``after_batch`` keeps records stored by ingest
        batches after that one (delta screening); ``external_ids`` keeps those ids;
        ``available_on`` those available at exactly that time (one list version);
        ``subject_keys`` those about these subjects.
        """
        r = t.records.c
        conds = []
        if kind is not None:
            conds.append(r.kind == kind)
        if source is not None:
            conds.append(
                r.source.like(source[:-1] + "%") if source.endswith("*") else r.source == source
            )
        if subject_key is not None:
            conds.append(r.subject_key == subject_key)
        if available_before is not None:
            conds.append(r.available_at <= as_utc(available_before))
        if known_at is not None:
            conds.append(r.ingested_at <= as_utc(known_at))
        if after_batch is not None:
            conds.append(r.batch_id > after_batch)
        ids_cond, ids_wanted = _keys_filter(r.external_id, external_ids)
        if ids_cond is not None:
            conds.append(ids_cond)
        if available_on is not None:
            conds.append(r.available_at == as_utc(available_on))
        keys_cond, keys_wanted = _keys_filter(r.subject_key, subject_keys)
        if keys_cond is not None:
            conds.append(keys_cond)
        chosen = None if all_versions else self._versions_in_force(conds, as_of, known_at)
        query = (
            select(t.records)
            .where(and_(True, *conds))
            .order_by(r.available_at.is_(None), r.available_at, r.id)
        )
        with self.read() as conn:
            for row in conn.execution_options(yield_per=2000).execute(query):
                if chosen is not None and row.entity_key is not None and row.id not in chosen:
                    continue
                if ids_wanted is not None and row.external_id not in ids_wanted:
                    continue
                if keys_wanted is not None and row.subject_key not in keys_wanted:
                    continue
                yield row_to_record(row._mapping)

    def versions(self, entity_keys: Iterable[str]) -> dict[str, list[Version]]:
        """The stored versions of each of ``entity_keys`` (keys without any are left out)."""
        keys = sorted(set(entity_keys))
        r = t.records.c
        groups: dict[str, list[Version]] = {}
        for chunk in _chunks(keys, 500):
            query = select(r.entity_key, r.id, r.valid_from, r.ingested_at, r.deleted).where(
                r.entity_key.in_(list(chunk))
            )
            with self.read() as conn:
                _group_versions(conn.execute(query), groups)
        return groups

    def _versions_in_force(
        self, conds: list[Any], as_of: datetime | None, known_at: datetime | None
    ) -> set[str]:
        """Ids of the versions in force among the records that ``conds`` touch."""
        r = t.records.c
        touched = select(r.entity_key).where(and_(r.entity_key.is_not(None), *conds))
        query = select(r.entity_key, r.id, r.valid_from, r.ingested_at, r.deleted).where(
            r.entity_key.in_(touched)
        )
        groups: dict[str, list[Version]] = {}
        with self.read() as conn:
            _group_versions(conn.execution_options(yield_per=5000).execute(query), groups)
        when = as_utc(as_of) if as_of is not None else None
        known = as_utc(known_at) if known_at is not None else None
        out: set[str] = set()
        for versions in groups.values():
            found = version_in_force(versions, when, known)
            if found is not None:
                out.add(found)
        return out

    def kind_mark(self, kind: str) -> tuple[int, int, str]:
        """The newest ingest batch that stored records of ``kind``, how many there are and
        that batch's digest (they change whenever such records are added)."""
        r, b = t.records.c, t.ingest_batches.c
        query = select(func.max(r.batch_id), func.count()).where(r.kind == kind)
        with self.read() as conn:
            newest, count = conn.execute(query).one()
            found = conn.execute(select(b.digest).where(b.id == newest)).scalar_one_or_none()
        return int(newest or 0), int(count), str(found or "")

    def record_dates(
        self, source: str, kind: str, before: datetime | None = None
    ) -> list[datetime]:
        """The distinct ``available_at`` of ``source``'s records of ``kind`` (up to
        ``before``), oldest first: for a list, the dates of its stored versions."""
        r = t.records.c
        query = select(r.available_at).where(
            r.source == source, r.kind == kind, r.available_at.is_not(None)
        )
        if before is not None:
            query = query.where(r.available_at <= as_utc(before))
        with self.read() as conn:
            found = conn.execute(query.distinct()).scalars()
            return sorted(as_utc(d) for d in found)

    def list_date_before(self, source: str, kind: str, when: datetime) -> datetime | None:
        """The latest ``available_at`` of ``source``'s records of ``kind`` before ``when``
        (for a list: the date of the version before the one dated ``when``)."""
        r = t.records.c
        query = select(func.max(r.available_at)).where(
            r.source == source, r.kind == kind, r.available_at < as_utc(when)
        )
        with self.read() as conn:
            found = conn.execute(query).scalar_one_or_none()
        return as_utc(found) if found is not None else None

    def record(self, record_id: str) -> Record:
        with self.read() as conn:
            row = conn.execute(select(t.records).where(t.records.c.id == record_id)).one_or_none()
        if row is None:
            raise NotFoundError(f"no record with id {record_id!r}")
        return row_to_record(row._mapping)

    def count(self, table: str) -> int:
        with self.read() as conn:
            return int(
                conn.execute(
                    select(func.count()).select_from(t.metadata.tables[table])
                ).scalar_one()
            )

    def quarantined(self, limit: int | None = None) -> list[dict[str, Any]]:
        query = select(t.quarantine).order_by(t.quarantine.c.id.desc())
        if limit:
            query = query.limit(limit)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    # -- signals ------------------------------------------------------------------------
    def signals(
        self,
        subject_key: str | None = None,
        indicator: str | None = None,
        observed_before: datetime | None = None,
        subject_keys: Collection[str] | None = None,
    ) -> list[Signal]:
        """Stored signals, oldest first; ``subject_keys`` keeps those about these subjects."""
        conds = []
        if subject_key is not None:
            conds.append(t.signals.c.subject_key == subject_key)
        keys_cond, wanted = _keys_filter(t.signals.c.subject_key, subject_keys)
        if keys_cond is not None:
            conds.append(keys_cond)
        if indicator is not None:
            conds.append(t.signals.c.indicator == indicator)
        if observed_before is not None:
            conds.append(t.signals.c.observed_at <= as_utc(observed_before))
        query = (
            select(t.signals)
            .where(and_(True, *conds))
            .order_by(t.signals.c.observed_at, t.signals.c.id)
        )
        with self.read() as conn:
            return [
                row_to_signal(r._mapping)
                for r in conn.execute(query)
                if wanted is None or r.subject_key in wanted
            ]

    def screened(self, kind: str | None = None) -> dict[str, datetime]:
        """Subject key -> last time it was screened (by any detector, or by ``kind``)."""
        query = select(
            t.screened_subjects.c.subject_key, func.max(t.screened_subjects.c.screened_at)
        ).group_by(t.screened_subjects.c.subject_key)
        if kind is not None:
            query = query.where(t.screened_subjects.c.kind == kind)
        with self.read() as conn:
            return {key: as_utc(at) for key, at in conn.execute(query)}

    def runs(self, kind: str | None = None) -> list[dict[str, Any]]:
        query = select(t.screening_runs).order_by(t.screening_runs.c.id)
        if kind is not None:
            query = query.where(t.screening_runs.c.kind == kind)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    # -- assessments --------------------------------------------------------------------
    def add_assessments(
        self,
        items: Sequence[Assessment],
        params: Mapping[str, Any] | None = None,
        actor: str = "cli",
    ) -> int:
        """Append assessments as one run with its audit event; returns the run id.

        The rows are written in bulk (:mod:`knowable.store.assessrows`): each row's
        contributions serialised once, hashed from that text, inserted through the driver."""
        with self.assessment_runs([params or {}], actor) as runs:
            runs.add(0, items)
        return runs.run_ids[0]

    @contextmanager
    def assessment_runs(
        self, params: Sequence[Mapping[str, Any]], actor: str = "cli"
    ) -> Iterator[AssessmentRuns]:
        """Several assessment runs (one per ``params``, in order) written in one
        transaction: add each run's assessments in chunks as they come; on leaving, each
        run gets its count, digest and audit event, as :meth:`add_assessments` gives."""
        with self.write() as conn:
            runs = AssessmentRuns(conn, params, actor, utcnow())
            yield runs
            runs.finish()

    def assessments(
        self,
        subject_key: str | None = None,
        latest: bool = True,
        subject_keys: Collection[str] | None = None,
    ) -> list[Assessment]:
        """Assessments, newest run first; with ``latest`` only each subject's newest one;
        ``subject_keys`` keeps those of these subjects."""
        query = select(t.assessments).order_by(t.assessments.c.id.desc())
        if subject_key is not None:
            query = query.where(t.assessments.c.subject_key == subject_key)
        keys_cond, wanted = _keys_filter(t.assessments.c.subject_key, subject_keys)
        if keys_cond is not None:
            query = query.where(keys_cond)
        out: list[Assessment] = []
        seen: set[str] = set()
        with self.read() as conn:
            for row in conn.execute(query):
                if wanted is not None and row.subject_key not in wanted:
                    continue
                if latest and row.subject_key in seen:
                    continue
                seen.add(row.subject_key)
                out.append(row_to_assessment(row._mapping))
        return out

    def audit_events(self, limit: int | None = None, offset: int = 0) -> list[AuditEvent]:
        query = select(t.audit_events).order_by(t.audit_events.c.seq.desc()).offset(offset)
        if limit:
            query = query.limit(limit)
        with self.read() as conn:
            return [
                AuditEvent(
                    r.seq,
                    as_utc(r.at),
                    r.actor,
                    r.action,
                    r.entity_type,
                    r.entity_id,
                    dict(r.payload),
                    r.prev_hash,
                    r.hash,
                )
                for r in conn.execute(query)
            ]


#: Up to this many keys are filtered in SQL (``IN``); more are filtered while reading, as
#: SQLite caps the parameters of one statement.
IN_LIMIT = 900


def _keys_filter(
    column: Any, keys: Collection[str] | None
) -> tuple[Any | None, frozenset[str] | None]:
    """A SQL condition keeping ``keys`` of ``column``, or, for many keys, the set to keep
    while reading (None, None: no filter)."""
    if keys is None:
        return None, None
    wanted = frozenset(keys)
    if len(wanted) <= IN_LIMIT:
        return column.in_(sorted(wanted)), None
    return None, wanted


def _group_versions(rows: Iterable[Any], groups: dict[str, list[Version]]) -> None:
    for row in rows:
        groups.setdefault(row.entity_key, []).append(
            Version(
                row.id,
                as_utc(row.valid_from) if row.valid_from is not None else None,
                as_utc(row.ingested_at) if row.ingested_at is not None else None,
                bool(row.deleted),
            )
        )


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def open_store(settings: Settings | None = None, migrate: bool = True) -> Store:
    """Open the store named by ``settings`` and bring its schema up to date.

    With ``migrate=False`` a database that is missing or behind raises StoreError telling
    the user to run ``knowable init``.
    """
    settings = settings or Settings()
    engine = make_engine(settings.resolved_database_url(), echo=settings.echo_sql)
    try:
        if migrate:
            upgrade(engine)
        else:
            current = current_revision(engine)
            if current != head_revision():
                raise StoreError(
                    f"the store at {settings.resolved_database_url()} is not initialised "
                    f"(schema {current or 'missing'}): run `knowable init`"
                )
        store = Store(engine)
        # An ingest that died while it had left indexes out: build them now. A store this
        # process may only read (or one locked past the busy timeout) answers the same
        # without them, and the next store opened to write builds them.
        with suppress(OperationalError):
            store.restore_indexes()
    except (OperationalError, ProgrammingError) as exc:
        raise StoreError(f"cannot open the store: {exc.orig}") from exc
    return store
