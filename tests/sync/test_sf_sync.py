"""knowable sync salesforce against the local test server: full, incremental, crash and
resume, deletions, rate limits, expired sessions, bulk jobs, bad rows."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from orgdata import account, at, contact, opportunity, sid
from sfserver import Running, sf_time
from sqlalchemy import func, select

from conftest import Sleeps, make_api
from knowable.jobs import sync as sync_job
from knowable.jobs.ingest import ingest_crm
from knowable.jobs.sync import ObjectResult, SyncOptions, sync_salesforce
from knowable.sources.sfapi import SalesforceApi
from knowable.store import Store
from knowable.store import schema as t
from knowable.store.marks import get_mark

OBJECTS = ("Account", "Contact", "Opportunity")


def run(store: Store, api: SalesforceApi, **options: Any) -> dict[str, ObjectResult]:
    opts = SyncOptions(org="acme", objects=options.pop("objects", OBJECTS), **options)
    return {r.name: r for r in sync_salesforce(store, api, opts)}


def entity_counts(store: Store) -> Counter[str]:
    """How many stored versions each synced record has."""
    with store.read() as conn:
        rows = conn.execute(select(t.records.c.entity_key)).scalars().all()
    return Counter(rows)


def live_keys(store: Store, kind: str) -> set[str]:
    return {r.external_id or "" for r in store.records(kind=kind, source="crm")}


def mark_of(store: Store, obj: str) -> tuple[dt.datetime | None, str | None]:
    with store.read() as conn:
        found = get_mark(conn, "acme", obj)
    assert found is not None
    return found.mark, found.mark_id


def now_stamp(minutes: int = 0) -> str:
    return sf_time(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=minutes))


def test_full_sync_stores_every_record_once_with_its_customer(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    results = run(sqlite_store, api)
    assert {n: r.fetched for n, r in results.items()} == {
        "Account": 5,
        "Contact": 3,
        "Opportunity": 4,
    }
    assert all(r.error is None for r in results.values())
    assert results["Account"].pages == 3  # the server pages by 2: nextRecordsUrl followed
    assert sqlite_store.count("records") == 12
    assert set(entity_counts(sqlite_store).values()) == {1}
    # Keyed like an export with --org acme: org-qualified 18-character Ids.
    company = sqlite_store.subject(f"acme/{sid('001', 2)}")
    assert company.name == "Calloway Tiles GmbH"
    deals = list(sqlite_store.records(kind="Opportunity", subject_key=company.key))
    assert sorted(float(d.payload["Amount"]) for d in deals) == [800.5, 4300.0]
    assert deals[0].payload["IsClosed"] == "true"  # as an export writes it
    assert mark_of(sqlite_store, "Account") == (
        dt.datetime(2025, 3, 1, 9, 15, tzinfo=dt.UTC),
        sid("001", 5),
    )
    events = [e for e in sqlite_store.audit_events() if e.action == "ingest"]
    assert any(e.payload.get("sync", {}).get("object") == "Account" for e in events)
    assert sqlite_store.verify_audit().ok


def test_incremental_sync_fetches_only_what_changed_and_moves_the_mark(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    run(sqlite_store, api)
    server.org.add("Account", **account(3, 50, Name="Dunmore Orchard Cooperative"))
    server.org.add("Opportunity", **opportunity(5, 3, 2500.0, 55))
    before = len(server.org.queries())
    results = run(sqlite_store, api)
    assert {n: r.fetched for n, r in results.items()} == {
        "Account": 1,
        "Contact": 0,
        "Opportunity": 1,
    }
    asked = server.org.queries()[before:]
    assert any("SystemModstamp > 2025-03-01T09:15:00Z" in q for q in asked)
    assert results["Account"].versions == 1 and results["Account"].stored == 1
    assert results["Opportunity"].versions == 0 and results["Opportunity"].stored == 1
    assert mark_of(sqlite_store, "Account") == (
        dt.datetime(2025, 3, 1, 9, 50, tzinfo=dt.UTC),
        sid("001", 3),
    )
    assert sqlite_store.subject(f"acme/{sid('001', 3)}").name == "Dunmore Orchard Cooperative"
    # The old name stays on record as the version in force before the change.
    old = list(
        sqlite_store.records(kind="Account", as_of=dt.datetime(2025, 3, 1, 9, 20, tzinfo=dt.UTC))
    )
    assert "Dunmore Orchard Co-op" in {r.payload["Name"] for r in old}
    again = run(sqlite_store, api)
    assert sum(r.fetched for r in again.values()) == 0


def test_rows_sharing_a_modstamp_across_pages_are_neither_lost_nor_doubled(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    """The mark is (SystemModstamp, Id): a page that ends inside a run of equal stamps
    resumes after the last Id, not after the stamp."""
    for n in range(1, 6):
        server.org.add("Account", **account(n, 10))
    server.org.drop_page, server.org.drop_times = 2, 99
    first = run(sqlite_store, make_api(server, attempts=2), objects=("Account",))
    assert first["Account"].error is not None and first["Account"].fetched == 2
    server.org.drop_times = 0
    second = run(sqlite_store, api, objects=("Account",))
    assert second["Account"].fetched == 3
    assert live_keys(sqlite_store, "Account") == {f"acme/{sid('001', n)}" for n in range(1, 6)}


def test_a_connection_dropped_on_page_3_then_a_resume_loses_and_doubles_nothing(
    server: Running, sqlite_store: Store
) -> None:
    server.org.drop_page, server.org.drop_times = 3, 99  # page 3 of every query fails
    api = make_api(server, attempts=3)
    first = run(sqlite_store, api, objects=("Account",))
    assert "gave up after 3 attempts" in (first["Account"].error or "")
    assert first["Account"].fetched == 4  # pages 1 and 2 were stored with their mark
    assert len(live_keys(sqlite_store, "Account")) == 4
    assert mark_of(sqlite_store, "Account")[1] == sid("001", 4)
    server.org.drop_times = 0
    resumed = run(sqlite_store, make_api(server), objects=("Account",))
    assert resumed["Account"].fetched == 1 and resumed["Account"].error is None
    assert len(live_keys(sqlite_store, "Account")) == 5
    assert set(entity_counts(sqlite_store).values()) == {1}


def test_a_crash_while_storing_a_page_leaves_no_part_of_it_and_a_rerun_finishes(
    server: Running, api: SalesforceApi, sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = sync_job.write_export
    calls = {"n": 0}

    def crashing(
        store: Store,
        export: Any,
        path: str,
        actor: str,
        deletions: Any = (),
        audit_extra: Any = None,
        in_batch: Any = None,
    ) -> Any:
        calls["n"] += 1
        if calls["n"] != 2:
            return real(store, export, path, actor, deletions, audit_extra, in_batch)

        def boom(batch: Any) -> None:
            # Inside page 2's transaction, after its records and its mark were written.
            if in_batch is not None:
                in_batch(batch)
            raise RuntimeError("power cut")

        return real(store, export, path, actor, deletions, audit_extra, boom)

    monkeypatch.setattr(sync_job, "write_export", crashing)
    with pytest.raises(RuntimeError, match="power cut"):
        run(sqlite_store, api, objects=("Account",))
    assert len(live_keys(sqlite_store, "Account")) == 2  # page 1 only; page 2 rolled back
    assert mark_of(sqlite_store, "Account")[1] == sid("001", 2)
    monkeypatch.setattr(sync_job, "write_export", real)
    resumed = run(sqlite_store, api, objects=("Account",))
    assert resumed["Account"].fetched == 3
    assert len(live_keys(sqlite_store, "Account")) == 5
    assert set(entity_counts(sqlite_store).values()) == {1}
    assert sqlite_store.verify_audit().ok


def test_deletions_from_queryall_and_from_the_deleted_resource(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    run(sqlite_store, api)
    gone_soft = sid("006", 2)  # in the recycle bin: queryAll returns it with IsDeleted
    gone_hard = sid("006", 3)  # purged: only sobjects/Opportunity/deleted knows it
    when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    server.org.records["Opportunity"][gone_soft].update(
        IsDeleted=True, SystemModstamp=now_stamp(), LastModifiedDate=now_stamp()
    )
    server.org.delete("Opportunity", gone_hard, when, purge=True)
    results = run(sqlite_store, api)
    assert results["Opportunity"].fetched == 1  # the soft-deleted row
    assert results["Opportunity"].deletions == 2
    live = live_keys(sqlite_store, "Opportunity")
    assert f"acme/{gone_soft}" not in live and f"acme/{gone_hard}" not in live
    assert len(live) == 2
    # Both still count before their deletion.
    earlier = {
        r.external_id
        for r in sqlite_store.records(kind="Opportunity", as_of=when - dt.timedelta(minutes=5))
    }
    assert {f"acme/{gone_soft}", f"acme/{gone_hard}"} <= earlier
    assert any("deleted" in q[1] for q in server.org.data_calls("GET"))
    # Asked again: nothing new is deleted twice.
    again = run(sqlite_store, api)
    assert again["Opportunity"].deletions == 0


def test_a_full_sync_turns_records_the_org_no_longer_has_into_deletions(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    run(sqlite_store, api)
    vanished = sid("003", 2)
    del server.org.records["Contact"][vanished]  # gone, and not in any deleted list
    quiet = run(sqlite_store, api)
    assert quiet["Contact"].deletions == 0  # an incremental sync cannot see it
    full = run(sqlite_store, api, full=True)
    assert full["Contact"].fetched == 2 and full["Contact"].deletions == 1
    assert full["Contact"].missing == 1
    assert full["Account"].deletions == 0 and full["Account"].unchanged == 5
    assert f"acme/{vanished}" not in live_keys(sqlite_store, "Contact")
    event = next(
        e
        for e in sqlite_store.audit_events()
        if e.payload.get("sync", {}).get("object") == "Contact" and e.payload.get("full")
    )
    assert event.payload["missing"] == [f"Contact|acme/{vanished}"]
    assert event.payload["missing_deleted"] == 1


def test_rate_limit_is_waited_out_with_growing_back_off(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    server.org.rate_limited = 3
    results = run(sqlite_store, api, objects=("Account",))
    assert results["Account"].error is None and results["Account"].fetched == 5
    assert api.retries == 3
    assert isinstance(api.sleep, Sleeps) and list(api.sleep) == [0.5, 1.0, 2.0]


def test_a_rate_limit_that_does_not_pass_fails_the_object_with_a_clear_line(
    server: Running, sqlite_store: Store
) -> None:
    server.org.rate_limited = 1000
    results = run(sqlite_store, make_api(server, attempts=3), objects=("Account",))
    assert results["Account"].error is not None
    assert "REQUEST_LIMIT_EXCEEDED" in results["Account"].error
    assert "gave up after 3 attempts" in results["Account"].error
    assert sqlite_store.count("records") == 0


def test_an_expired_session_is_renewed_once_and_the_sync_goes_on(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    server.org.expire_after = 3
    results = run(sqlite_store, api)
    assert all(r.error is None for r in results.values())
    assert api.reauths == 1
    assert sqlite_store.count("records") == 12


def test_a_login_endpoint_that_is_down_for_a_while_is_waited_for(
    server: Running, sqlite_store: Store
) -> None:
    server.org.token_failures = 2
    api = make_api(server)
    results = run(sqlite_store, api, objects=("Account",))
    assert results["Account"].error is None and api.retries == 2
    server.org.token_failures = 100
    down = make_api(server, attempts=3)
    failed = run(sqlite_store, down, objects=("Account",))
    assert "gave up after 3 attempts" in (failed["Account"].error or "")
    assert "HTTP 503" in (failed["Account"].error or "")


def test_a_session_refused_right_after_logging_in_is_an_error(
    server: Running, sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = make_api(server)
    real_connect = api.connect

    def connect_then_expire() -> None:
        real_connect()
        server.org.tokens.clear()  # every new session is refused at once

    monkeypatch.setattr(api, "connect", connect_then_expire)
    results = run(sqlite_store, api, objects=("Account",))
    assert "session refused again after logging in anew" in (results["Account"].error or "")


def test_bulk_query_jobs_store_the_same_records_as_rest(
    server: Running, api: SalesforceApi, sqlite_store: Store, tmp_path: Path
) -> None:
    results = run(sqlite_store, api, bulk=frozenset({"Opportunity"}), page_size=2)
    assert results["Opportunity"].mode == "bulk"
    assert results["Opportunity"].fetched == 4 and results["Opportunity"].pages == 2
    calls = [p for _m, p in server.org.data_calls("GET") if "/jobs/query/" in p]
    assert any("locator=2" in p for p in calls)  # the second page by Sforce-Locator
    assert any(p.rstrip("/").split("/")[-1].startswith("750") for p in calls)  # polled
    deals = list(sqlite_store.records(kind="Opportunity"))
    assert sorted(float(d.payload["Amount"]) for d in deals) == [800.5, 990.0, 4300.0, 12000.0]
    # The same org synced over REST into another store gives the same records.
    from knowable.settings import Settings
    from knowable.store import open_store

    (tmp_path / "rest").mkdir()
    other = open_store(Settings(workspace=tmp_path / "rest", database_url=""))
    run(other, make_api(server))
    assert {r.external_id: r.payload["Amount"] for r in other.records(kind="Opportunity")} == {
        r.external_id: r.payload["Amount"] for r in deals
    }
    assert mark_of(sqlite_store, "Opportunity") == mark_of(other, "Opportunity")


def test_the_row_threshold_picks_bulk_and_a_dropped_bulk_page_starts_the_job_again(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    server.org.drop_page, server.org.drop_times = 2, 1
    results = run(sqlite_store, api, objects=("Account",), bulk_threshold=5, page_size=2)
    assert results["Account"].mode == "bulk" and results["Account"].error is None
    assert results["Account"].fetched == 7  # page 1 fetched twice: the job ran again
    assert results["Account"].unchanged == 2
    assert len(live_keys(sqlite_store, "Account")) == 5
    assert set(entity_counts(sqlite_store).values()) == {1}
    posts = [p for p in server.org.data_calls("POST") if p[1].endswith("/jobs/query")]
    assert len(posts) == 2
    below = run(sqlite_store, api, objects=("Contact",), bulk_threshold=5)
    assert below["Contact"].mode == "rest"


def test_a_failed_bulk_job_fails_its_object_with_the_reason(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    server.org.fail_jobs = True
    results = run(sqlite_store, api, bulk=frozenset({"Opportunity"}))
    assert "InvalidBatch : Failed to process query" in (results["Opportunity"].error or "")
    assert results["Account"].error is None and results["Account"].fetched == 5
    assert not list(sqlite_store.records(kind="Opportunity"))


def test_a_bad_row_is_quarantined_naming_object_id_and_field_and_the_rest_is_stored(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    bad_deal = sid("006", 9)
    server.org.add("Opportunity", **opportunity(9, 1, 10.0, 40, Amount="lots"))
    broken_id = sid("001", 8)[:15] + "ZZZ"  # the checksum suffix of a mistyped Id
    server.org.add("Account", **account(1, 45, Id=broken_id, Name="Mistyped Holdings"))
    results = run(sqlite_store, api)
    assert results["Opportunity"].quarantined == 1 and results["Opportunity"].stored == 4
    assert results["Account"].quarantined == 1 and results["Account"].stored == 5
    rows = {q["field"]: q for q in sqlite_store.quarantined()}
    assert rows["Amount"]["file"] == f"salesforce:acme/Opportunity/{bad_deal}"
    assert "not a number: 'lots'" in rows["Amount"]["reason"]
    assert rows["Id"]["file"] == f"salesforce:acme/Account/{broken_id}"
    assert "checksum suffix should be" in rows["Id"]["reason"]
    assert any("Amount" in line for line in results["Opportunity"].problems)
    # The mark moved past the bad rows: they are on record, not fetched again and again.
    again = run(sqlite_store, api)
    assert sum(r.fetched for r in again.values()) == 0


def test_synced_records_and_exported_records_of_one_org_are_one_record(
    server: Running, api: SalesforceApi, sqlite_store: Store, tmp_path: Path
) -> None:
    """Same write path: an export of the org loaded with --org acme, with a 15-character
    Id and a changed amount, is a new version of the synced deal, not a second deal."""
    run(sqlite_store, api)
    export = tmp_path / "export"
    export.mkdir()
    (export / "Opportunity.csv").write_text(
        "Id,AccountId,Name,StageName,IsClosed,Amount,CloseDate,CreatedDate,LastModifiedDate\n"
        f"{sid('006', 1)[:15]},{sid('001', 1)[:15]},Annual plan 1,Closed Won,true,15000,"
        "2025-02-15,2025-03-01T09:02:00Z,2025-04-01T10:00:00Z\n",
        encoding="utf-8",
    )
    result = ingest_crm(sqlite_store, export, org="acme")
    assert result.summary["versions"] == 1 and result.summary["quarantined"] == 0
    deals = [
        r
        for r in sqlite_store.records(kind="Opportunity")
        if r.external_id == f"acme/{sid('006', 1)}"
    ]
    assert [float(d.payload["Amount"]) for d in deals] == [15000.0]
    before = [
        r
        for r in sqlite_store.records(
            kind="Opportunity", as_of=dt.datetime(2025, 3, 15, tzinfo=dt.UTC)
        )
        if r.external_id == f"acme/{sid('006', 1)}"
    ]
    assert [float(d.payload["Amount"]) for d in before] == [12000.0]


def test_two_orgs_with_the_same_ids_never_collide(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    run(sqlite_store, api)
    other = sync_salesforce(sqlite_store, api, SyncOptions(org="beta", objects=("Account",)))
    assert other[0].stored == 5
    with sqlite_store.read() as conn:
        orgs = dict(
            conn.execute(
                select(t.records.c.org, func.count())
                .where(t.records.c.kind == "Account")
                .group_by(t.records.c.org)
            ).all()
        )
    assert orgs == {"acme": 5, "beta": 5}


def test_an_object_that_fails_does_not_stop_the_others(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    server.org.fields["Stub__c"] = [("Name", "string")]  # no Id, no SystemModstamp
    results = run(sqlite_store, api, objects=("Account", "Nonexistent__c", "Stub__c"))
    assert results["Account"].error is None and results["Account"].fetched == 5
    assert results["Nonexistent__c"].error == (
        "describe Nonexistent__c: HTTP 404 NOT_FOUND: The requested resource does not exist"
    )
    assert "the object has no Id field" in (results["Stub__c"].error or "")


def test_since_fetches_from_a_date_on(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    results = run(
        sqlite_store,
        api,
        objects=("Account",),
        since=dt.datetime(2025, 3, 1, 9, 13, tzinfo=dt.UTC),
    )
    assert results["Account"].fetched == 3  # stamped 9:13, 9:14, 9:15
    # From an earlier date than the mark: fetched again (and found unchanged); the mark
    # does not move back.
    again = run(
        sqlite_store,
        api,
        objects=("Account",),
        since=dt.datetime(2025, 3, 1, 9, 12, tzinfo=dt.UTC),
    )
    assert again["Account"].fetched == 4 and again["Account"].unchanged == 3
    assert mark_of(sqlite_store, "Account")[1] == sid("001", 5)


@pytest.mark.postgres
def test_sync_and_resume_on_postgresql(server: Running, pg_url: str, tmp_path: Path) -> None:
    from knowable.settings import Settings
    from knowable.store import open_store

    store = open_store(Settings(workspace=tmp_path, database_url=pg_url))
    server.org.drop_page, server.org.drop_times = 2, 99
    first = run(store, make_api(server, attempts=2), objects=("Account", "Contact"))
    assert first["Account"].error is not None
    server.org.drop_times = 0
    second = run(store, make_api(server), objects=("Account", "Contact"))
    assert all(r.error is None for r in second.values())
    assert len(live_keys(store, "Account")) == 5 and len(live_keys(store, "Contact")) == 3
    assert set(entity_counts(store).values()) == {1}
    assert store.verify_audit().ok


def test_contacts_changed_between_syncs_move_with_their_account(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    run(sqlite_store, api)
    server.org.add("Contact", **contact(1, 3, 60))  # Ada Quill moved to account 3
    run(sqlite_store, api)
    person = sqlite_store.subject(f"acme/{sid('003', 1)}")
    assert person.parent_key == f"acme/{sid('001', 3)}"


def test_a_record_that_becomes_visible_late_is_fetched_with_a_lookback(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    run(sqlite_store, api)
    assert mark_of(sqlite_store, "Account")[0] == dt.datetime(2025, 3, 1, 9, 15, tzinfo=dt.UTC)
    # Committed by a long transaction: visible only now, stamped before the stored mark.
    server.org.add("Account", **account(3, 14, Name="Dunmore Orchard Cooperative"))
    plain = run(sqlite_store, api)
    assert plain["Account"].fetched == 0  # past the mark only: missed
    caught = run(sqlite_store, api, lookback=dt.timedelta(minutes=10))
    assert caught["Account"].versions == 1
    assert caught["Account"].unchanged == caught["Account"].fetched - 1  # re-reads skipped
    assert sqlite_store.subject(f"acme/{sid('001', 3)}").name == "Dunmore Orchard Cooperative"
    # The mark never moves back.
    assert mark_of(sqlite_store, "Account")[0] == dt.datetime(2025, 3, 1, 9, 15, tzinfo=dt.UTC)
    assert set(entity_counts(sqlite_store).values()) <= {1, 2}


RED_FLAG = (
    "The owner keeps the workers' passports in the office safe and deducts rent from their wages."
)


def test_default_sync_reads_prose_objects_the_org_has_and_skips_those_it_lacks(
    server: Running, api: SalesforceApi, sqlite_store: Store
) -> None:
    from knowable.jobs.assess import screen_relationship
    from knowable.jobs.sync import DEFAULT_OBJECTS

    case = sid("500", 1)
    server.org.add(
        "Case", Id=case, AccountId=sid("001", 2), Subject="Billing", Status="Closed",
        CreatedDate=at(3), SystemModstamp=at(50), LastModifiedDate=at(50),
    )  # fmt: skip
    server.org.add(
        "CaseComment", Id=sid("00a", 1), ParentId=case, CommentBody=RED_FLAG,
        IsPublished=False, CreatedDate="2024-11-05T10:00:00.000+0000", SystemModstamp=at(51),
    )  # fmt: skip
    server.org.add(
        "EmailMessage", Id=sid("02s", 1), ParentId=case, Subject="Re: Billing",
        TextBody="Thanks, invoice received.", HtmlBody="<p>Thanks, invoice received.</p>",
        MessageDate="2024-11-06T09:00:00.000+0000", CreatedDate="2024-11-07T09:00:00.000+0000",
        SystemModstamp=at(52),
    )  # fmt: skip
    # A Lightning note: its content is a file field fetched on its own, its links to
    # records are ContentDocumentLink rows asked for by the note's Id.
    note, other = sid("069", 1), sid("069", 2)
    for ident, minutes in ((note, 53), (other, 54)):
        server.org.add(
            "ContentNote", Id=ident, Title="Visit notes", TextPreview="Visited the site.",
            CreatedDate="2024-11-08T10:00:00.000+0000", SystemModstamp=at(minutes),
        )  # fmt: skip
    server.org.fields["ContentNote"].append(("Content", "base64"))
    server.org.blobs[("ContentNote", note, "Content")] = f"<p>{RED_FLAG}</p>".encode()
    server.org.add("ContentDocumentLink", Id=sid("06A", 1), ContentDocumentId=note,
                   LinkedEntityId=sid("005", 1))  # fmt: skip
    server.org.add("ContentDocumentLink", Id=sid("06A", 2), ContentDocumentId=note,
                   LinkedEntityId=case)  # fmt: skip
    results = run(sqlite_store, api, objects=DEFAULT_OBJECTS)
    assert results["CaseComment"].fetched == 1 and results["EmailMessage"].fetched == 1
    assert results["ContentNote"].fetched == 2
    assert results["ContentNote"].notes == [
        "1 Content fields could not be fetched: their preview is read"
    ]
    queries = [q for kind, q in server.org.log if kind == "soql"]
    assert not [q for q in queries if "FROM ContentNote" in q and "Content," in q]
    assert any(
        f"FROM ContentDocumentLink WHERE ContentDocumentId IN ('{note}'" in q for q in queries
    )
    # The test org has no Task, Event, Note, Lead, Chatter or chats: the optional ones
    # are skipped with a note, the standard ones it lacks fail as before.
    for name in ("Lead", "FeedItem", "FeedComment", "LiveChatTranscript"):
        assert results[name].error is None and results[name].mode == "-"
        assert results[name].notes == ["not in this org: skipped"]
    assert results["Task"].error is not None
    records = {r.external_id: r for r in sqlite_store.records(source="crm")}
    comment = records[f"acme/{sid('00a', 1)}"]
    assert comment.subject_key == f"acme/{sid('001', 2)}" and comment.text == RED_FLAG
    email = records[f"acme/{sid('02s', 1)}"]
    assert email.available_at == dt.datetime(2024, 11, 6, 9, 0, tzinfo=dt.UTC)
    assert email.text == "Re: Billing\nThanks, invoice received."
    lightning = records[f"acme/{note}"]
    assert lightning.subject_key == comment.subject_key
    assert lightning.text == f"Visit notes\n{RED_FLAG}"
    assert records[f"acme/{other}"].text == "Visit notes\nVisited the site."
    found = screen_relationship(sqlite_store).signals
    signals = [s for s in found if s.record_id == comment.id]
    assert signals and {s.subject_key for s in signals} == {comment.subject_key}
    assert {s.observed_at for s in signals} == {dt.datetime(2024, 11, 5, 10, 0, tzinfo=dt.UTC)}
    signals = [s for s in found if s.record_id == lightning.id]
    assert signals and {s.subject_key for s in signals} == {comment.subject_key}
    assert {s.observed_at for s in signals} == {dt.datetime(2024, 11, 8, 10, 0, tzinfo=dt.UTC)}
    named = run(sqlite_store, api, objects=("LiveChatTranscript",), optional=frozenset())
    assert named["LiveChatTranscript"].error is not None
