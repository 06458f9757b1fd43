"""One serialisation per record: the id and row hash built from the payload's canonical
JSON (the ingest's :func:`new_record_hash`) equal the general recipe, and the SQLite fast
path of :class:`IngestBatch` stores what SQLAlchemy would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import select

from knowable.demo.runner import data_dir
from knowable.hashing import canonical_json, canonical_str_map
from knowable.model import Record, record_id
from knowable.settings import Settings
from knowable.sources.salesforce import discover, parse_export
from knowable.store import open_store
from knowable.store import schema as t
from knowable.store.convert import record_to_row
from knowable.store.rowhash import new_record_hash, row_hash


def record_row_hash(row: dict[str, Any], payload_json: str) -> str:
    """The ingest's hash of a records row (:func:`new_record_hash`), from its row."""
    return new_record_hash(
        row["id"],
        row["source"],
        row["kind"],
        row["external_id"],
        row["subject_key"],
        row["available_at"],
        row["origin"],
        row["payload"],
        payload_json,
        row["text"],
        row["batch_id"],
    )


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
    records = [
        Record(
            "crm",
            "Task",
            {"Id": f"00T{n}", "Subject": "Zoë"},
            when,
            external_id=f"00T{n}",
            entity_key=f"Task|00T{n}",
            valid_from=when,
            deleted=n == 1,
        )
        for n in range(2)
    ]
    fast, core = records
    with store.ingest_batch("crm", "p", actor="a") as batch:
        batch.add_record(fast)  # through the driver (IngestBatch's SQLite path)
    assert store.verify_audit().ok  # its row hash and the batch's digest hold
    with store.write() as conn:
        row = record_to_row(core, batch.id)
        row["row_hash"] = row_hash("records", row)
        row["ingested_at"] = when
        conn.execute(t.records.insert(), [row])  # through SQLAlchemy
    with store.read() as conn:
        raw = {
            r.id: r
            for r in conn.exec_driver_sql(
                "SELECT id, available_at, valid_from, deleted, row_hash FROM records"
            )
        }
        read = {r.id: r for r in conn.execute(select(t.records))}
    assert raw[fast.id][1:3] == raw[core.id][1:3]
    assert (raw[fast.id][3], raw[core.id][3]) == (0, 1)
    assert read[fast.id].payload == {"Id": "00T0", "Subject": "Zoë"}
    assert read[fast.id].available_at == read[core.id].available_at
    # The fast path's hash is the general recipe's over the row as stored.
    stored = {k: v for k, v in read[fast.id]._mapping.items()}
    assert raw[fast.id][4] == row_hash("records", stored)


# -- the payload's canonical JSON through orjson ------------------------------------------

_AWKWARD = [
    "",
    'quote " and backslash \\ and slash /',
    "".join(chr(c) for c in range(32)) + "\x7f",
    "line\u2028separator\u2029paragraph",
    "Zoë Sofía Iván 東京 ☃ 𝄞 🙂",
    "\\u0000 written out, not a NUL",
    "\ufeffbyte order mark",
]


def test_string_payloads_serialise_exactly_as_the_general_encoder_does() -> None:
    keys = ["b", "a", "Ä", "z", "é", "𝄞", "A", "", "_x", "10", "9"]
    for value in _AWKWARD:
        payload = {key: f"{value}{n}" for n, key in enumerate(keys)}
        payload[value] = value
        assert canonical_str_map(payload) == canonical_json(payload)
        record = Record("crm", "Note", payload, None, external_id="002X")
        assert record.payload_json == canonical_json(payload)
        assert record.id == record_id("crm", "Note", "002X", payload)
    assert canonical_str_map({}) == canonical_json({}) == "{}"


def test_payloads_with_other_values_take_the_general_encoder() -> None:
    payload: dict[str, Any] = {"Amount": 1e-07, "Count": 5, "Flags": ["a"], "Id": "006A"}
    # orjson writes this float differently, which is why such payloads must not use it.
    assert orjson.dumps(payload, option=orjson.OPT_SORT_KEYS).decode() != canonical_json(payload)
    assert canonical_str_map(payload) == canonical_json(payload)
    lone = {"Body": "broken \ud800 surrogate"}  # orjson refuses it; the text stays as it was
    assert canonical_str_map(lone) == canonical_json(lone)


def test_synthetic_export_rows_of_every_object_hash_as_before(tmp_path: Path) -> None:
    """Every object of a bench-style export: id and row hash equal the general recipe."""
    files = {
        "Account.csv": "Id,Name,BillingCountry,Website,Description\n"
        '001A,"Zoë, Ltd.",Germany,https://zoe.example,"line one\nline ""two"""\n',
        "Contact.csv": "Id,AccountId,LastName,Title\n003A,001A,Tanaka,CEO ☃\n",
        "Opportunity.csv": "Id,AccountId,Name,Amount,CloseDate,IsClosed\n"
        "006A,001A,Renewal,1200.50,2019-01-31,true\n",
        "Case.csv": "Id,AccountId,Subject,CreatedDate\n500A,001A,Slow pages,2018-02-01T10:00:00Z\n",
        "Task.csv": "Id,WhatId,Subject,ActivityDate\n00TA,006A,Call,2018-03-01\n",
        "Event.csv": "Id,WhoId,Subject,StartDateTime\n"
        "00UA,003A,Visit,2018-03-02T09:00:00.000+0000\n",
        "Note.csv": 'Id,ParentId,Title,Body\n002A,500A,Note,"tab\there"\n',
        "Guest_Review__c.csv": "Id,Account__c,Comments__c\na01A,001A,a long review of it\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    export = parse_export(discover(tmp_path))
    assert not export.quarantined
    assert {r.kind for r in export.records} == {
        "Account", "Contact", "Opportunity", "Case", "Task", "Event", "Note", "Guest_Review__c"
    }  # fmt: skip
    for record in export.records:
        assert record.payload_json == canonical_json(dict(record.payload))
        assert record.id == record_id(
            record.source, record.kind, record.external_id, record.payload
        )
        row = record_to_row(record, 3)
        assert record_row_hash(row, record.payload_json) == row_hash("records", row)


def test_the_row_hash_writes_every_column_type_as_the_general_recipe() -> None:
    when = datetime(2014, 3, 5, 10, 0, 1, 250, tzinfo=timezone(timedelta(hours=2)))
    for available, origin, subject in [
        (when, "Task.csv:2", "001A"),
        (None, None, None),
        (datetime(2014, 3, 5), 'é\n"', "org/001A"),  # naive: taken as UTC
    ]:
        record = Record(
            "crm", "Task", {"Id": "00TA"}, available, external_id="00TA",
            subject_key=subject, origin=origin, text="t\x01",
        )  # fmt: skip
        row = record_to_row(record, 12)
        assert record_row_hash(row, record.payload_json) == row_hash("records", row)
