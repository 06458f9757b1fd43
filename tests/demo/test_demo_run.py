"""`knowable demo` end to end: the story's outcomes hold on the bundled data."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console

from knowable.demo.runner import run_demo
from knowable.store import Store

LISTLOOP = "001DEMO0000LISTLP"
SEIZURE = datetime(2018, 4, 6, tzinfo=UTC)
BENIGN = ("001DEMO0000KINDRD", "001DEMO0000VELVET", "001DEMO0000MAPLE", "001DEMO0000PHOENX")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, Path, str]:
    directory = tmp_path_factory.mktemp("demo")
    console = Console(record=True, width=140)
    store = run_demo(directory, console)
    return store, directory, console.export_text()


def test_platform_knowable_years_before_seizure(demo: tuple[Store, Path, str]) -> None:
    store, _, _ = demo
    (assessment,) = store.assessments(LISTLOOP)
    assert assessment.knowable_since is not None
    assert (SEIZURE - assessment.knowable_since).days > 2 * 365
    assert assessment.band in ("review", "escalate")


def test_benign_look_alikes_stay_clear(demo: tuple[Store, Path, str]) -> None:
    store, _, _ = demo
    for key in BENIGN:
        (assessment,) = store.assessments(key)
        assert assessment.band == "clear", (key, assessment.band, assessment.score)


def test_staffing_and_spa_land_in_review(demo: tuple[Store, Path, str]) -> None:
    store, _, _ = demo
    for key in ("001DEMO0000HARBOR", "001DEMO0000LOTUS"):
        (assessment,) = store.assessments(key)
        assert assessment.band in ("review", "escalate"), key


def test_summary_names_accounts_and_writes_dossier(demo: tuple[Store, Path, str]) -> None:
    store, directory, text = demo
    assert "ListLoop Inc." in text and "knowable since" in text
    assert "audit chain: intact" in text
    reports = list((directory / "reports").glob("*.html"))
    assert len(reports) == 1
    assert store.verify_audit().ok


def test_listed_shipper_matches_and_near_miss_does_not(demo: tuple[Store, Path, str]) -> None:
    store, _, _ = demo
    hits = store.signals(indicator="NEWS-08")
    assert {s.subject_key for s in hits} == {"001DEMO0000PHENIC"}
    (assessment,) = store.assessments("001DEMO0000PHENIC")
    assert assessment.band in ("review", "escalate")
    assert store.assessments("001DEMO0000PHOENX")[0].band == "clear"


def test_no_customer_phone_in_demo_ads_by_accident(demo: tuple[Store, Path, str]) -> None:
    store, _, _ = demo
    # NET-07 ran (the demo passes the salt) and no ordinary customer's CRM phone or e-mail
    # sits in a ListLoop commercial-sex ad: the story has no such case.
    assert store.signals(indicator="NET-07") == []
