"""Record versions: two orgs and a corrected re-export count once; a changed opportunity
counts with its old amount before the change and the new one after; deletions are kept
as versions; the audit chain records every version."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from knowable.assess.participation import participation
from knowable.catalogue.policy import bundled_policy
from knowable.jobs.assess import screen_relationship
from knowable.jobs.ingest import ingest_crm
from knowable.jobs.report import dossier_from_store, resolve_subject
from knowable.settings import Settings
from knowable.store import Store, open_store
from knowable.store import schema as t

ORGS = Path(__file__).resolve().parents[1] / "fixtures" / "crm_orgs"


def _sqlite(path: Path) -> Store:
    path.mkdir(parents=True, exist_ok=True)
    return open_store(Settings(workspace=path, database_url=""))


def _picture(store: Store) -> tuple[set[str], set[tuple[str, str, str]], dict[str, float]]:
    """Customers, contacts (name, title, customer) and won revenue per customer, by name."""
    names = {s.key: s.name for s in store.subjects(schema="Company")}
    contacts = {
        (p.name, str(p.properties.get("Title", "")), names.get(p.parent_key or "", ""))
        for p in store.subjects(schema="Person")
    }
    revenue = {
        names[key]: found.total("revenue")
        for key, found in participation(store.records(source="crm")).items()
        if key in names
    }
    return set(names.values()), contacts, revenue


def test_two_orgs_then_a_corrected_reexport_equal_each_org_alone(
    store: Store, tmp_path: Path
) -> None:
    for folder in (ORGS / "north", ORGS / "south", ORGS / "corrected" / "north"):
        ingest_crm(store, folder, actor="test")
    together = _picture(store)

    north = _sqlite(tmp_path / "north")
    ingest_crm(north, ORGS / "corrected" / "north", actor="test")
    south = _sqlite(tmp_path / "south")
    ingest_crm(south, ORGS / "south", actor="test")
    alone = [_picture(north), _picture(south)]

    assert together[0] == alone[0][0] | alone[1][0]
    assert together[1] == alone[0][1] | alone[1][1]
    assert together[2] == {**alone[0][2], **alone[1][2]}
    assert together[2] == {
        "Larchmont Tea Rooms": 4400.0,
        "Pellworth Marine Supplies": 9000.0,
        "Quaybridge Bakery": 2500.0,
        "Tressider Cycle Hire": 7000.0,
    }
    assert len(together[1]) == 4  # the changed title replaced the old one
    # Nothing doubled: one current version per record, and the re-export's changes were
    # stored as versions of records already there.
    current = Counter(r.entity_key for r in store.records(source="crm"))
    assert set(current.values()) == {1}
    versions = sum(1 for _ in store.records(source="crm", all_versions=True))
    assert versions == len(current) + 2  # the corrected amount and the changed title
    assert store.verify_audit().ok


def test_reingesting_the_same_export_stores_nothing(store: Store) -> None:
    first = ingest_crm(store, ORGS / "north", actor="test")
    again = ingest_crm(store, ORGS / "north", actor="test")
    assert first.summary["stored"] == 8
    assert again.summary["stored"] == 0 and again.summary["versions"] == 0


OPP_V1 = (
    "Id,AccountId,Name,StageName,Amount,CloseDate,CreatedDate,LastModifiedDate\n"
    "006X,001A,Pilot,Closed Won,1000,2020-01-05,2019-12-01,2020-01-10T09:00:00Z\n"
)
OPP_V2 = (
    "Id,AccountId,Name,StageName,Amount,CloseDate,CreatedDate,LastModifiedDate\n"
    "006X,001A,Pilot,Closed Won,1500,2020-01-05,2019-12-01,2020-03-01T09:00:00Z\n"
)
ACCOUNT = "Id,Name,CreatedDate\n001A,Ferrand Optics,2019-01-01\n"


def _write(folder: Path, **files: str) -> Path:
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / f"{name}.csv").write_text(text)
    return folder


def test_a_changed_opportunity_counts_once_old_amount_before_new_after(
    store: Store, tmp_path: Path
) -> None:
    ingest_crm(store, _write(tmp_path / "v1", Account=ACCOUNT, Opportunity=OPP_V1))
    result = ingest_crm(store, _write(tmp_path / "v2", Opportunity=OPP_V2))
    assert result.summary["stored"] == 1 and result.summary["versions"] == 1

    def january(as_of: datetime) -> tuple[int, float]:
        records = list(store.records(source="crm", as_of=as_of))
        (month,) = participation(records, as_of=as_of)["001A"].months
        assert month.month == "2020-01"
        return month.deals_won, month.revenue

    before, after = datetime(2020, 2, 1, tzinfo=UTC), datetime(2020, 4, 1, tzinfo=UTC)
    assert january(before) == (1, 1000.0)
    assert january(after) == (1, 1500.0)
    # The pure consumer picks the version itself from every version.
    every = list(store.records(source="crm", all_versions=True))
    assert participation(every, as_of=before)["001A"].total("revenue") == 1000.0
    assert participation(every)["001A"].total("revenue") == 1500.0
    # As known before the correction was ingested, the new amount was not known yet.
    known = min(r.ingested_at for r in every if r.payload.get("Amount") == "1500")
    earlier = list(store.records(source="crm", known_at=known - timedelta(microseconds=1)))
    assert [r.payload["Amount"] for r in earlier if r.kind == "Opportunity"] == ["1000"]
    # The dossier's revenue by month, as of each date.
    subject = resolve_subject(store, "Ferrand")
    policy = bundled_policy()
    for when, amount in ((before, 1000.0), (after, 1500.0)):
        data = dossier_from_store(store, subject, policy, when)
        assert [(m.month, m.deals_won, m.revenue) for m in data.months] == [("2020-01", 1, amount)]


def test_deletion_is_a_version_and_stops_counting(store: Store, tmp_path: Path) -> None:
    ingest_crm(store, _write(tmp_path / "v1", Account=ACCOUNT, Opportunity=OPP_V1))
    deleted = OPP_V1.replace("LastModifiedDate\n", "LastModifiedDate,IsDeleted\n").replace(
        "2020-01-10T09:00:00Z\n", "2020-06-01T09:00:00Z,true\n"
    )
    result = ingest_crm(store, _write(tmp_path / "gone", Opportunity=deleted))
    assert result.summary["deletions"] == 1
    kept = [r for r in store.records(all_versions=True) if r.kind == "Opportunity"]
    assert sorted(r.deleted for r in kept) == [False, True]
    assert [r.kind for r in store.records(source="crm")] == ["Account"]
    before = list(store.records(source="crm", as_of=datetime(2020, 5, 1, tzinfo=UTC)))
    assert {r.kind for r in before} == {"Account", "Opportunity"}
    event = store.audit_events(limit=1)[0]
    assert event.payload["deletions"] == 1 and event.payload["versions"] == 1


def test_relationship_screening_reads_the_version_in_force(store: Store, tmp_path: Path) -> None:
    note = "Id,ParentId,Title,Body,CreatedDate,LastModifiedDate\n"
    # (Written so the relationship model does not read the record as clearly benign.)
    papered = "Visit: shop front had its windows papered over and the door is buzz-in only."
    v1 = note + f"002A,001A,Visit,{papered},2020-01-02,2020-01-02\n"
    v2 = note + "002A,001A,Visit,Shop front looked tidy.,2020-01-02,2020-02-01\n"
    ingest_crm(store, _write(tmp_path / "v1", Account=ACCOUNT, Note=v1))
    ingest_crm(store, _write(tmp_path / "v2", Note=v2))
    latest = screen_relationship(store)
    assert not [s for s in latest.signals if s.indicator == "BIZ-14"]
    then = screen_relationship(store, as_of=datetime(2020, 1, 15, tzinfo=UTC))
    assert [s.indicator for s in then.signals if s.indicator == "BIZ-14"] == ["BIZ-14"]


def test_audit_verify_catches_a_changed_version_column(store: Store, tmp_path: Path) -> None:
    ingest_crm(store, _write(tmp_path / "v1", Account=ACCOUNT, Opportunity=OPP_V1))
    event = store.audit_events(limit=1)[0]
    assert event.payload["versions"] == 0 and len(event.payload["versions_digest"]) == 64
    assert store.verify_audit().ok
    with store.write() as conn:
        conn.execute(
            update(t.records)
            .where(t.records.c.kind == "Opportunity")
            .values(valid_from=datetime(2030, 1, 1, tzinfo=UTC))
        )
    problems = store.verify_audit().problems
    assert any("versions digest" in p for p in problems)


@pytest.mark.parametrize("folder", ["north", "south"])
def test_each_org_has_its_own_keys(store: Store, folder: str) -> None:
    ingest_crm(store, ORGS / folder, actor="test")
    with store.read() as conn:
        orgs = set(conn.execute(select(t.records.c.org)).scalars())
    assert orgs == {folder}


def test_an_older_export_loaded_later_does_not_turn_anything_back(
    store: Store, tmp_path: Path
) -> None:
    header = "Id,Name,Website,CreatedDate,LastModifiedDate\n"
    old = header + "001A,Ferrand Optics,ferrand.example,2019-01-01,2019-01-01T00:00:00Z\n"
    new = header + "001A,Ferrand Optics Group,ferrand.example,2019-01-01,2021-05-01T00:00:00Z\n"
    ingest_crm(store, _write(tmp_path / "new", Account=new, Opportunity=OPP_V2))
    late = ingest_crm(store, _write(tmp_path / "old", Account=old, Opportunity=OPP_V1))
    assert late.summary["versions"] == 2 and late.summary["subjects_updated"] == 0
    assert store.subject("001A").name == "Ferrand Optics Group"
    assert participation(store.records(source="crm"))["001A"].total("revenue") == 1500.0
    as_of = datetime(2020, 2, 1, tzinfo=UTC)
    earlier = participation(store.records(source="crm", as_of=as_of), as_of=as_of)
    assert earlier["001A"].total("revenue") == 1000.0
