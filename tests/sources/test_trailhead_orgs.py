"""Salesforce's public sample orgs (trailheadapps, CC0) load side by side without collision.

The samples live outside the repository (``shared/data/crm`` beside it, or the folder
named by ``KNOWABLE_CRM_SAMPLES``); the tests are skipped when they are absent.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from knowable.assess.participation import participation
from knowable.jobs.ingest import ingest_crm
from knowable.settings import Settings
from knowable.store import Store, open_store

SAMPLES = Path(
    os.environ.get("KNOWABLE_CRM_SAMPLES")
    or Path(__file__).resolve().parents[2].parent / "shared" / "data" / "crm"
)
LWC = SAMPLES / "trailheadapps_lwc_recipes"
EBIKES = SAMPLES / "trailheadapps_ebikes"
CORAL = SAMPLES / "trailheadapps_coral_cloud"

pytestmark = pytest.mark.skipif(
    not (LWC.is_dir() and EBIKES.is_dir()), reason=f"trailhead sample orgs not found at {SAMPLES}"
)


def _store(path: Path) -> Store:
    path.mkdir(parents=True, exist_ok=True)
    return open_store(Settings(workspace=path, database_url=""))


def _picture(store: Store) -> tuple[set[tuple[str, str]], set[tuple[str, str]], dict[str, float]]:
    names = {s.key: s.name for s in store.subjects(schema="Company")}
    customers = {(s.name, s.key.split("/", 1)[0]) for s in store.subjects(schema="Company")}
    contacts = {
        (p.name, names.get(p.parent_key or "", "")) for p in store.subjects(schema="Person")
    }
    revenue = {
        names[key]: found.total("revenue")
        for key, found in participation(store.records(source="crm")).items()
        if key in names
    }
    return customers, contacts, revenue


def _corrected_lwc(tmp_path: Path) -> Path:
    """A re-export of the lwc-recipes org with one opportunity's amount corrected."""
    folder = tmp_path / "reexport" / LWC.name
    shutil.copytree(LWC, folder)
    path = folder / "Opportunities.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    won = next(r for r in data["records"] if r.get("StageName") == "Closed Won")
    won["Amount"] = float(won["Amount"]) + 1000
    won["LastModifiedDate"] = "2025-12-01T10:00:00.000+0000"
    path.write_text(json.dumps(data), encoding="utf-8")
    return folder


def test_two_sample_orgs_and_a_corrected_reexport_equal_each_org_alone(tmp_path: Path) -> None:
    corrected = _corrected_lwc(tmp_path)
    together = _store(tmp_path / "together")
    first = ingest_crm(together, LWC, actor="test")
    # The report-style CSV in the lwc-recipes sample is refused in one line.
    assert [Path(q.file).name for q in first.refused] == ["Accounts-Contacts.csv"]
    assert first.summary["quarantined"] == 1
    ingest_crm(together, EBIKES, actor="test")
    again = ingest_crm(together, corrected, actor="test")
    assert again.summary["stored"] == again.summary["versions"] == 1

    lwc_alone = _store(tmp_path / "lwc")
    ingest_crm(lwc_alone, corrected, actor="test")
    ebikes_alone = _store(tmp_path / "ebikes")
    ingest_crm(ebikes_alone, EBIKES, actor="test")
    got = _picture(together)
    parts = [_picture(lwc_alone), _picture(ebikes_alone)]
    assert got[0] == parts[0][0] | parts[1][0]
    assert len(got[0]) == 13  # 10 + 3 accounts; both orgs have an AccountRef1..3
    assert got[1] == parts[0][1] | parts[1][1]
    assert got[2] == {**parts[0][2], **parts[1][2]}
    assert together.verify_audit().ok


@pytest.mark.skipif(not CORAL.is_dir(), reason="coral-cloud sample not found")
def test_coral_cloud_custom_objects_are_kept_and_reviews_linked(tmp_path: Path) -> None:
    store = _store(tmp_path / "coral")
    result = ingest_crm(store, CORAL, actor="test")
    assert result.summary["quarantined"] == 0
    reviews = [r for r in store.records(kind="Guest_Review__c")]
    assert len(reviews) == 10 and all(r.subject_key for r in reviews)
    assert all(r.text for r in reviews)
    assert len(list(store.records(kind="Experience__c"))) == 35
