"""One serialisation per record: the id and row hash built from the payload's canonical
JSON equal the general recipe, and the SQLite fast path stores what SQLAlchemy would."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from knowable.demo.runner import data_dir
from knowable.model import Record, record_id
from knowable.settings import Settings
from knowable.sources.salesforce import discover, parse_export
from knowable.store import open_store
from knowable.store import schema as t
from knowable.store.batches import insert_new
from knowable.store.convert import record_to_row
from knowable.store.rowhash import record_row_hash, row_hash


def test_id_and_row_hash_from_the_payload_json_equal_the_general_recipe() -> None:
    records = parse_export(discover(data_dir("crm"))).records
    assert len(records) > 1000
    for record in records:
        assert record.payload_json
        assert record.id == record_id(
            record.source, record.kind, record.external_id, record.payload
        )
        row = record_to_row(record, 7)
        assert record_row_hash(row, record.payload_json) == row_hash("records", row)


def test_the_row_hash_follows_the_payload_json_it_is_given() -> None:
    record = Record("crm", "Note", {"Id": "002A", "Body": 'é "quoted"\nline'}, None)
    row = record_to_row(record, 1)
    assert record_row_hash(row, record.payload_json) == row_hash("records", row)
    assert record_row_hash(row, '{"Id":"002B"}') != row_hash("records", row)


def test_sqlite_fast_path_stores_what_sqlalchemy_stores(tmp_path: Path) -> None:
    store = open_store(Settings(workspace=tmp_path, database_url=""))
    when = datetime(2014, 3, 5, 10, 0, 1, 250, tzinfo=UTC)
    rows = {}
    payloads = {}
    for n in range(2):
        record = Record(
            "crm",
            "Task",
            {"Id": f"00T{n}", "Subject": "Zoë"},
            when,
            external_id=f"00T{n}",
            entity_key=f"Task|00T{n}",
            valid_from=when,
            deleted=n == 1,
        )
        row = record_to_row(record, 0)
        row["row_hash"] = row_hash("records", row)
        row["ingested_at"] = when
        rows[record.id] = row
        payloads[record.id] = record.payload_json
    fast_id, core_id = list(rows)
    with store.write() as conn:
        conn.execute(
            t.ingest_batches.insert().values(
                id=0, source="crm", path="p", actor="a", started_at=when
            )
        )
        insert_new(conn, t.records, {fast_id: rows[fast_id]}, payloads)
        insert_new(conn, t.records, {core_id: rows[core_id]})
    with store.read() as conn:
        raw = {
            r.id: r
            for r in conn.exec_driver_sql(
                "SELECT id, available_at, ingested_at, valid_from, deleted FROM records"
            )
        }
        read = {r.id: r for r in conn.execute(select(t.records))}
    assert raw[fast_id][1:4] == raw[core_id][1:4]
    assert (raw[fast_id][4], raw[core_id][4]) == (0, 1)
    assert read[fast_id].payload == {"Id": "00T0", "Subject": "Zoë"}
    assert read[fast_id].available_at == read[core_id].available_at
