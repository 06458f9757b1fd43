"""Streaming CRM ingest: chunks written as batches, each covered by its own audit event,
linked across chunks, with the same outcome as the whole export read at once."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from knowable.demo.runner import data_dir
from knowable.jobs import ingest as ingest_job
from knowable.jobs.ingest import StoreLinks, ingest_crm
from knowable.model import Record
from knowable.sources.guards import NUL_REASON
from knowable.sources.salesforce import discover, parse_export
from knowable.store import Store
from knowable.store import schema as t
from knowable.timeutil import parse_when

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _stored(store: Store) -> tuple[set[tuple[str, str | None]], set[tuple[str, str | None]]]:
    """(record id, subject key) of every record, (subject key, parent) of every subject."""
    with store.read() as conn:
        records = {(r.id, r.subject_key) for r in conn.execute(select(t.records))}
        subjects = {(s.key, s.parent_key) for s in conn.execute(select(t.subjects))}
    return records, subjects


@pytest.mark.parametrize("export", ["demo", "crm_sfdx", "crm_broken"])
def test_small_chunks_store_what_one_whole_read_finds(
    export: str, tmp_path: Path, store: Store
) -> None:
    path = data_dir("crm") if export == "demo" else FIXTURES / export
    whole = parse_export(discover(path))
    result = ingest_crm(store, path, chunk_rows=7)
    assert len(result.batch_ids) > 1
    records, subjects = _stored(store)
    assert records == {(r.id, r.subject_key) for r in whole.records}
    assert subjects == {(s.key, s.parent_key) for s in whole.subjects}
    assert result.quarantined_count == len(whole.quarantined)
    assert result.rows_read == whole.rows_read
    assert store.verify_audit().ok


def test_every_batch_has_its_own_event_covering_exactly_its_rows(store: Store) -> None:
    result = ingest_crm(store, data_dir("crm"), chunk_rows=200)
    events = [e for e in store.audit_events() if e.action == "ingest"]
    assert sorted(int(e.entity_id) for e in events) == sorted(result.batch_ids)
    assert sum(e.payload["stored"] for e in events) == result.summary["stored"]
    # A record of the second batch deleted behind the store's back breaks that batch only.
    second = result.batch_ids[1]
    with store.write() as conn:
        victim = conn.execute(
            select(t.records.c.id).where(t.records.c.batch_id == second).limit(1)
        ).scalar_one()
        conn.execute(delete(t.records).where(t.records.c.id == victim))
    verdict = store.verify_audit()
    assert not verdict.ok
    problems = " ".join(str(p) for p in verdict.problems)
    assert f"written by batch_id {second} no longer match" in problems
    assert f"batch_id {result.batch_ids[0]} " not in problems


def test_reingest_is_all_duplicates_found_in_bulk(store: Store) -> None:
    first = ingest_crm(store, data_dir("crm"), chunk_rows=300)
    again = ingest_crm(store, data_dir("crm"), chunk_rows=300)
    assert again.summary["stored"] == 0
    assert again.summary["duplicates"] == first.summary["stored"]
    assert again.summary["subjects_stored"] == again.summary["subjects_updated"] == 0
    assert store.verify_audit().ok


def test_a_crash_keeps_committed_batches_and_a_rerun_completes(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = ingest_job._write
    calls = {"n": 0}

    def failing(*args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("killed mid-ingest")
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest_job, "_write", failing)
    with pytest.raises(RuntimeError):
        ingest_crm(store, data_dir("crm"), chunk_rows=150)
    kept = store.count("records")
    assert 0 < kept < 1183
    assert store.count("ingest_batches") == 2
    assert store.verify_audit().ok
    monkeypatch.setattr(ingest_job, "_write", real)
    rerun = ingest_crm(store, data_dir("crm"), chunk_rows=150)
    assert rerun.summary["duplicates"] == kept
    assert store.count("records") == 1183
    assert store.verify_audit().ok


def test_a_record_exported_twice_in_one_export_is_not_a_version_of_itself(
    tmp_path: Path, store: Store
) -> None:
    (tmp_path / "Account.csv").write_text(
        "Id,Name,LastModifiedDate\n"
        "001A00000000001AAA,Acme Ltd,2015-01-01\n"
        "001A00000000002AAA,Other Ltd,2015-01-01\n"
        "001A00000000001AAA,Acme Holdings Ltd,2016-01-01\n"
    )
    result = ingest_crm(store, tmp_path, chunk_rows=1)
    assert len(result.batch_ids) == 3
    assert result.summary["stored"] == 3 and result.summary["versions"] == 0
    assert store.subject("001A00000000001AAA").name == "Acme Holdings Ltd"
    (tmp_path / "Account.csv").write_text(
        "Id,Name,LastModifiedDate\n001A00000000001AAA,Acme Group Ltd,2017-01-01\n"
    )
    later = ingest_crm(store, tmp_path)
    assert later.summary["versions"] == 1


def test_links_resolve_in_bulk_with_this_ingest_first(tmp_path: Path, store: Store) -> None:
    (tmp_path / "Account.csv").write_text(
        "Id,Name\n001A00000000001AAA,Acme Ltd\n001A00000000002AAA,Other Ltd\n"
    )
    (tmp_path / "Contact.csv").write_text(
        "Id,AccountId,LastName\n003A00000000001AAA,001A00000000001AAA,Okafor\n"
    )
    ingest_crm(store, tmp_path)
    links = StoreLinks(store)
    links.prefetch({"003A00000000001AAA", "001A00000000002AAA", "001Z00000000000AAA"})
    assert links.get("003A00000000001AAA") == "001A00000000001AAA"  # through the contact
    assert links.get("001A00000000002AAA") == "001A00000000002AAA"
    assert links.get("001Z00000000000AAA") is None
    links.remember("003A00000000001AAA", "001A00000000002AAA")  # this export says otherwise
    assert links.get("003A00000000001AAA") == "001A00000000002AAA"


def test_task_in_a_later_chunk_links_to_an_account_in_an_earlier_one(
    tmp_path: Path, store: Store
) -> None:
    accounts = "".join(f"001A{n:011d}AAA,Company {n}\n" for n in range(30))
    (tmp_path / "Account.csv").write_text("Id,Name\n" + accounts)
    (tmp_path / "Task.csv").write_text(
        "Id,AccountId,Subject\n00TA00000000001AAA,001A00000000000AAA,Call\n"
        "00TA00000000002AAA,001Z00000000000AAA,Call\n"
    )
    result = ingest_crm(store, tmp_path, chunk_rows=10)
    [bad] = result.quarantined
    assert (bad.field, bad.line) == ("AccountId", 3)
    task = next(r for r in store.records(kind="Task"))
    assert task.subject_key == "001A00000000000AAA"


def test_generic_records_linking_through_a_later_one_are_linked_in_a_second_round(
    tmp_path: Path, store: Store
) -> None:
    (tmp_path / "Account.csv").write_text("Id,Name\n001A00000000001AAA,Acme Ltd\n")
    # The review points at a stay that comes after it; the stay points at the account.
    (tmp_path / "Review__c.csv").write_text(
        "Id,Stay__c,Comment__c\na0R000000000001AAA,a0S000000000001AAA,lovely stay thank you\n"
        "a0R000000000002AAA,a0S000000000009AAA,nobody links me here\n"
    )
    (tmp_path / "Stay__c.csv").write_text("Id,Account__c\na0S000000000001AAA,001A00000000001AAA\n")
    ingest_crm(store, tmp_path, chunk_rows=1)
    linked = {r.external_id: r.subject_key for r in store.records()}
    assert linked["a0R000000000001AAA"] == "001A00000000001AAA"
    assert linked["a0S000000000001AAA"] == "001A00000000001AAA"
    assert linked["a0R000000000002AAA"] is None


def test_nul_byte_in_a_batch_quarantines_its_row_and_stores_the_rest(
    tmp_path: Path, store: Store
) -> None:
    """On PostgreSQL (the ``store`` fixture runs on both) a NUL byte aborted the batch."""
    (tmp_path / "Account.csv").write_bytes(
        b"Id,Name,Description\n"
        b"001A00000000001AAA,Acme Ltd,fine\n"
        b"001A00000000002AAA,Nul Ltd,bad \x00 byte\n"
        b"001A00000000003AAA,Third Ltd,fine\n"
    )
    (tmp_path / "Task.json").write_text(
        '{"records": [{"attributes": {"type": "Task", "referenceId": "T1"},'
        ' "Id": "00TA00000000001AAA", "AccountId": "001A00000000003AAA",'
        ' "Subject": "nul \\u0000 inside"},'
        ' {"attributes": {"type": "Task", "referenceId": "T2"},'
        ' "Id": "00TA00000000002AAA", "AccountId": "001A00000000003AAA", "Subject": "ok"}]}'
    )
    result = ingest_crm(store, tmp_path, chunk_rows=2)
    reasons = {(q["field"], q["reason"]) for q in store.quarantined()}
    assert ("Description", NUL_REASON) in reasons
    assert ("Subject", NUL_REASON) in reasons
    assert result.summary["stored"] == 3  # two accounts and one task
    assert store.verify_audit().ok


def _task(ident: str, subject: str, stamp: str | None = None) -> Record:
    payload = {"Id": ident, "Subject": subject}
    if stamp:
        payload["LastModifiedDate"] = stamp
    return Record(
        "crm",
        "Task",
        payload,
        None,
        external_id=ident,
        subject_key="001A",
        entity_key=f"Task|{ident}",
        valid_from=parse_when(stamp) if stamp else None,
    )


def test_one_look_up_per_record_tells_duplicates_versions_and_new_records(
    store: Store,
) -> None:
    plain = Record("news", "Article", {"url": "https://news.example/1"}, None)
    with store.ingest_batch("crm", "first") as batch:
        batch.add_records([_task("00TA", "Call"), _task("00TB", "Visit"), plain])
    with store.ingest_batch("crm", "second") as batch:
        batch.add_records(
            [
                _task("00TA", "Call"),  # the same row: a duplicate
                plain,  # a record without an entity key, stored already: a duplicate
                _task("00TB", "Visit again", "2019-01-02T00:00:00Z"),  # a new version
                _task("00TC", "Email"),  # a new record, no earlier version
                Record("news", "Article", {"url": "https://news.example/2"}, None),
            ]
        )
        batch.flush()
        assert batch.summary() == {
            "stored": 3,
            "duplicates": 2,
            "quarantined": 0,
            "quarantine_repeats": 0,
            "subjects_stored": 0,
            "subjects_updated": 0,
            "versions": 1,
            "deletions": 0,
        }
    with store.read() as conn:
        assert conn.execute(select(func.count()).select_from(t.records)).scalar_one() == 6
    assert store.verify_audit().ok


def test_bulk_collection_raises_the_young_threshold_and_puts_it_back() -> None:
    before = gc.get_threshold()
    with ingest_job.bulk_collection():
        inside = gc.get_threshold()
        with ingest_job.bulk_collection():  # nested: still raised
            assert gc.get_threshold() == inside
        assert gc.get_threshold() == inside
    assert inside[0] >= ingest_job.BULK_GC_THRESHOLD > before[0]
    assert inside[1:] == before[1:]
    assert gc.get_threshold() == before


def test_bulk_collection_puts_the_threshold_back_after_an_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), ingest_job.bulk_collection():
        raise RuntimeError("an ingest that fails")
    assert gc.get_threshold() == before


def test_link_look_ups_search_the_id_index_not_the_source_index(tmp_path: Path) -> None:
    """SQLite without ANALYZE statistics took the source index for ``source = 'crm' AND
    external_id IN (...)``: every CRM record read for each look-up."""
    from knowable.jobs.ingest import link_query
    from knowable.settings import Settings
    from knowable.store import open_store

    sqlite_store = open_store(Settings(workspace=tmp_path, database_url=""))
    query = link_query(["001A", "003B"]).compile(
        dialect=sqlite_store.engine.dialect, compile_kwargs={"literal_binds": True}
    )
    with sqlite_store.read() as conn:
        plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}"))
    sqlite_store.engine.dispose()
    assert "ix_records_external_id" in plan, plan
