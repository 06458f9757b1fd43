"""`ingest crm --full`: stored records a full export leaves out become deletion versions as
of that ingest, recorded in its audit event; never silently dropped, never guessed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowable.jobs.ingest import ingest_crm
from knowable.settings import Settings
from knowable.store import Store, open_store

ACCOUNTS = (
    "Id,Name,CreatedDate\n"
    "001FULL000000001,Alderbank Joinery,2020-01-05\n"
    "001FULL000000002,Birchmoor Dairy,2020-01-06\n"
)
CONTACTS = (
    "Id,AccountId,LastName,CreatedDate\n"
    "003FULL000000001,001FULL000000001,Penhallow,2020-02-01\n"
    "003FULL000000002,001FULL000000002,Tregear,2020-02-02\n"
)
DEALS = (
    "Id,AccountId,Name,StageName,Amount,CloseDate,CreatedDate\n"
    "006FULL000000001,001FULL000000001,Fit-out,Closed Won,5000,2020-03-01,2020-02-10\n"
    "006FULL000000002,001FULL000000002,Cold store,Closed Won,7000,2020-03-02,2020-02-11\n"
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(Settings(workspace=tmp_path, database_url=""))


def export(folder: Path, **files: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8")
    return folder


def live(store: Store, kind: str, as_of: dt.datetime | None = None) -> set[str]:
    return {r.external_id or "" for r in store.records(kind=kind, as_of=as_of)}


def first_load(store: Store, tmp_path: Path) -> None:
    ingest_crm(
        store,
        export(tmp_path / "jan", Account=ACCOUNTS, Contact=CONTACTS, Opportunity=DEALS),
        org="acme",
    )


def test_records_missing_from_a_full_export_become_deletions_as_of_the_ingest(
    store: Store, tmp_path: Path
) -> None:
    first_load(store, tmp_path)
    before = dt.datetime.now(dt.UTC)
    later = export(
        tmp_path / "feb", Opportunity="\n".join(DEALS.splitlines()[:2]) + "\n"
    )  # the cold-store deal is gone
    result = ingest_crm(store, later, org="acme", full=True)
    assert result.missing == 1 and result.summary["deletions"] == 1
    assert live(store, "Opportunity") == {"acme/006FULL000000001"}
    # It still counts on every date before the ingest that found it missing.
    assert "acme/006FULL000000002" in live(store, "Opportunity", as_of=before)
    deletion = next(
        r
        for r in store.records(kind="Opportunity", all_versions=True)
        if r.deleted and r.external_id == "acme/006FULL000000002"
    )
    assert deletion.valid_from is not None and deletion.valid_from >= before
    assert deletion.payload["Amount"] == "7000"  # the last known fields, kept
    event = next(e for e in store.audit_events() if e.payload.get("full"))
    assert event.payload["missing"] == ["Opportunity|acme/006FULL000000002"]
    assert event.payload["missing_deleted"] == 1
    assert store.verify_audit().ok
    # The same full export again deletes nothing more.
    again = ingest_crm(store, later, org="acme", full=True)
    assert again.missing == 0 and again.summary["stored"] == 0


def test_without_full_a_shorter_export_deletes_nothing(store: Store, tmp_path: Path) -> None:
    first_load(store, tmp_path)
    later = export(tmp_path / "feb", Opportunity="\n".join(DEALS.splitlines()[:2]) + "\n")
    result = ingest_crm(store, later, org="acme")
    assert result.missing == 0 and result.summary["deletions"] == 0
    assert len(live(store, "Opportunity")) == 2


def test_a_full_export_speaks_only_for_its_own_objects_and_org(
    store: Store, tmp_path: Path
) -> None:
    first_load(store, tmp_path)
    ingest_crm(store, export(tmp_path / "other", Account=ACCOUNTS), org="beta")
    only_accounts = export(tmp_path / "feb", Account="\n".join(ACCOUNTS.splitlines()[:2]) + "\n")
    result = ingest_crm(store, only_accounts, org="acme", full=True)
    assert result.missing == 1
    assert live(store, "Account") == {
        "acme/001FULL000000001",
        "beta/001FULL000000001",
        "beta/001FULL000000002",
    }
    assert len(live(store, "Contact")) == 2 and len(live(store, "Opportunity")) == 2


def test_an_object_with_unreadable_rows_is_not_checked_for_missing_records(
    store: Store, tmp_path: Path
) -> None:
    first_load(store, tmp_path)
    broken = export(
        tmp_path / "feb",
        Contact='Id,AccountId,LastName,CreatedDate\n"003FULL000000001,001FULL000000001,Pen\n',
        Opportunity=DEALS.splitlines()[0] + "\n" + DEALS.splitlines()[1] + "\n",
    )
    result = ingest_crm(store, broken, org="acme", full=True)
    assert result.missing_skipped == ["Contact"]
    assert len(live(store, "Contact")) == 2  # the unreadable row might have been either
    assert live(store, "Opportunity") == {"acme/006FULL000000001"}
    event = next(e for e in store.audit_events() if e.payload.get("full"))
    assert event.payload["missing_unchecked_objects"] == ["Contact"]


def test_a_quarantined_row_of_a_full_export_is_not_missing(store: Store, tmp_path: Path) -> None:
    first_load(store, tmp_path)
    bad_amount = DEALS.replace("7000", "seven thousand")
    result = ingest_crm(
        store, export(tmp_path / "feb", Opportunity=bad_amount), org="acme", full=True
    )
    assert result.summary["quarantined"] == 1 and result.missing == 0
    assert len(live(store, "Opportunity")) == 2


def test_a_full_export_streamed_in_chunks_deletes_only_what_the_whole_export_lacks(
    store: Store, tmp_path: Path
) -> None:
    """The missing set is known only after the last chunk: a record read in a later chunk
    is not missing, and the deletions come in one last batch with the audit event."""
    first_load(store, tmp_path)
    later = export(
        tmp_path / "mar",
        Account=ACCOUNTS,
        Opportunity="\n".join(DEALS.splitlines()[:2]) + "\n",
    )
    result = ingest_crm(store, later, org="acme", full=True, chunk_rows=1)
    assert len(result.batch_ids) > 2  # chunks, then the deletions' own batch
    assert result.missing == 1 and result.summary["deletions"] == 1
    assert live(store, "Account") == {"acme/001FULL000000001", "acme/001FULL000000002"}
    assert live(store, "Opportunity") == {"acme/006FULL000000001"}
    event = next(e for e in store.audit_events() if e.payload.get("full"))
    assert int(event.entity_id) == result.batch_ids[-1]
    assert event.payload["missing"] == ["Opportunity|acme/006FULL000000002"]
    assert store.verify_audit().ok


def test_a_chunked_ingest_without_full_deletes_nothing(store: Store, tmp_path: Path) -> None:
    first_load(store, tmp_path)
    later = export(tmp_path / "mar", Opportunity="\n".join(DEALS.splitlines()[:2]) + "\n")
    result = ingest_crm(store, later, org="acme", chunk_rows=1)
    assert result.missing == 0 and result.summary["deletions"] == 0
    assert not any(e.payload.get("full") for e in store.audit_events())
    assert len(live(store, "Opportunity")) == 2
