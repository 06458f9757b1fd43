"""Secondary indexes of the records table left out while a large ingest writes, built after.

Every record inserted updates each index of the table. On SQLite five of them (source,
kind, subject, availability date, batch) cost about as much again as the row itself,
and the ingest never reads through them: it looks records up by id, Salesforce Id
(``external_id``) and entity key, which stay. So an ingest that writes more rows than the
store holds (a first load, or one several times the store's size) drops those five, writes
its batches, and builds them once at the end over the whole table, which is cheaper than
keeping them up to date row by row.

Readers stay correct meanwhile: a query that would use a dropped index scans the table
instead (slower, same answer). The indexes are built again when the ingest ends, whether
it succeeds or fails, and if the process dies first, the next :func:`restore` (every
``open_store`` calls it) builds them. PostgreSQL keeps its indexes: only SQLite defers.
"""

from __future__ import annotations

from sqlalchemy import Connection, Index

from knowable.store import schema as t

#: The records indexes an ingest leaves out (the ingest itself reads through the others).
DEFERRED = (
    "ix_records_source",
    "ix_records_kind",
    "ix_records_subject_key",
    "ix_records_available_at",
    "ix_records_batch_id",
)
#: Fewest rows an ingest must be about to write before it defers (below this the build at
#: the end costs more than it saves).
MIN_ROWS = 100_000
#: SQLite page cache (KiB) while the indexes are built: it also bounds the sorter's memory.
BUILD_CACHE_KIB = 8192


def _indexes() -> list[Index]:
    found = {str(index.name): index for index in t.records.indexes}
    return [found[name] for name in DEFERRED]


def _present(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records'"
    )
    return {str(row[0]) for row in rows}


def missing(conn: Connection) -> list[str]:
    """The deferrable records indexes absent from a SQLite store (none elsewhere)."""
    if conn.dialect.name != "sqlite":
        return []
    present = _present(conn)
    if not present:  # no records table (a store not migrated yet)
        return []
    return [name for name in DEFERRED if name not in present]


def restore(conn: Connection) -> list[str]:
    """Build, in ``conn``'s write transaction, the deferred indexes a store lacks (after an
    ingest that stopped before it could build them); returns their names."""
    absent = missing(conn)
    if not absent:
        return absent
    # SQLite sorts each index's keys in memory up to the page cache's size before it
    # spills to temporary files: with an ingest's 128 MiB cache that added up to 200 MB
    # at 3M rows. A small cache while building keeps memory where the ingest left it
    # (and costs no more CPU: 4.8 against 6.0 CPU-s for the five at 1M rows).
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{BUILD_CACHE_KIB}")
    try:
        for index in _indexes():
            if index.name in absent:
                index.create(conn, checkfirst=True)
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")
    return absent


def stored_rows(conn: Connection) -> int:
    """About how many records a store holds (the largest rowid: no table scan)."""
    return int(conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM records").scalar() or 0)


def worth_deferring(stored: int, expected: int, min_rows: int = MIN_ROWS) -> bool:
    """Whether an ingest of ``expected`` rows into a store of ``stored`` rows should defer
    the indexes: it is large, and at least as large as what is stored (building an index
    over the whole table at the end must cost less than keeping it up to date)."""
    return expected >= min_rows and expected >= stored


def drop(conn: Connection, expected: int, min_rows: int = MIN_ROWS) -> bool:
    """Drop the indexes of :data:`DEFERRED` in ``conn``'s write transaction when an ingest
    of ``expected`` rows is worth it (:func:`worth_deferring`) on SQLite; whether it did."""
    if conn.dialect.name != "sqlite" or not _present(conn):
        return False
    if not worth_deferring(stored_rows(conn), expected, min_rows):
        return False
    present = _present(conn)
    for index in _indexes():
        if index.name in present:
            index.drop(conn)
    return True
