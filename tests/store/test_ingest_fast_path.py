"""The ingest's short cuts give what the general code gives: record hashes from values,
flat objects' member names judged once, the NUL pre-check on subjects, 18-character Ids."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from knowable import jcs
from knowable.model import Record, Subject
from knowable.settings import Settings
from knowable.sources import sfid
from knowable.sources.guards import NUL_REASON
from knowable.store import open_store
from knowable.store import schema as t
from knowable.store.batches import _may_hold_nul
from knowable.store.convert import record_to_row
from knowable.store.rowhash import new_record_hash, row_hash

WHEN = datetime(2021, 5, 4, 3, 2, 1, 500, tzinfo=UTC)


@pytest.mark.parametrize(
    "payload",
    [
        {"Id": "00T1", "Subject": "Zoë called"},
        {"Id": "00T2", "Amount": 12.5, "Nested": {"b": [1, 2.0, None]}},
        {"Id": "00T3", "\U0001f600 name": "x", "\ufb01": "y"},
        {"Id": "00T4", "Big": 2**60},
        {},
    ],
)
def test_a_record_hashed_from_its_values_hashes_as_its_row(payload: dict[str, object]) -> None:
    for subject_key, available, text in (("001A", WHEN, "note"), (None, None, "")):
        record = Record(
            "crm",
            "Task",
            payload,
            available,
            external_id="00T1",
            subject_key=subject_key,
            text=text,
            origin="Task.csv:2",
        )
        row = record_to_row(record, 7)
        found = new_record_hash(
            record.id,
            record.source,
            record.kind,
            record.external_id,
            record.subject_key,
            record.available_at,
            record.origin,
            dict(record.payload),
            record.payload_json,
            record.text,
            7,
        )
        assert found == row_hash("records", row)
        assert found != row_hash("records", {**row, "batch_id": 8})


def test_flat_text_objects_need_the_own_writer_only_for_names_outside_the_bmp() -> None:
    assert not jcs.needs_own_writer({"Id": "1", "Name": "Zoë"})
    assert jcs.needs_own_writer({"Id": "1", "\U0001f600": "x"})
    assert jcs.needs_own_writer({1: "x"})
    # A value that is not text leaves the short cut: the general walk decides.
    assert jcs.needs_own_writer({"Id": "1", "Amount": 1.5})
    assert not jcs.needs_own_writer({"Id": "1", "Count": 3})


def test_the_nul_pre_check_finds_a_nul_in_any_text_of_a_subject() -> None:
    clean = Subject("001A", "Company", "Clean Co", aliases=("CC",), properties={"k": ["v"]})
    assert not _may_hold_nul(clean)
    for dirty in (
        Subject("001A", "Company", "Bad\x00Co"),
        Subject("001A", "Company", "Co", aliases=("A\x00",)),
        Subject("001A", "Company", "Co", addresses=("1 Main St\x00",)),
        Subject("001A", "Company", "Co", properties={"website": ["x\x00y"]}),
        Subject("001A", "Company", "Co", properties={"bad\x00key": "v"}),
    ):
        assert _may_hold_nul(dirty)


def test_a_subject_with_a_nul_is_quarantined_and_the_others_stored(tmp_path: Path) -> None:
    store = open_store(Settings(workspace=tmp_path, database_url=""))
    good = Subject("001A", "Company", "Good Co")
    bad = Subject("001B", "Company", "Bad Co", properties={"notes": ["a\x00b"]})
    with store.ingest_batch("crm", "Account.csv") as batch:
        batch.add_subjects([good, bad])
    with store.read() as conn:
        keys = [row.key for row in conn.execute(select(t.subjects.c.key))]
        reasons = [row.reason for row in conn.execute(select(t.quarantine.c.reason))]
    assert keys == ["001A"]
    assert reasons == [NUL_REASON]


def test_the_18_character_form_of_an_18_character_id_takes_its_checked_suffix() -> None:
    id15 = "001A000001AbCdE"
    id18 = id15 + sfid.suffix(id15)
    assert sfid.to18(id18) == id18
    assert sfid.to18(id18[:15] + id18[15:].lower()) == id18
    assert sfid.to18(id15) == id18
