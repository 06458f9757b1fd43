"""`knowable demo` end to end: the story's outcomes hold on the bundled data."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console

from knowable.catalogue.policy import bundled_policy
from knowable.demo.runner import run_demo
from knowable.jobs.assess import assess_store
from knowable.store import Store

# The module's fixture runs the whole demo: make test-fast skips it.
pytestmark = pytest.mark.slow

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


# -- verdicts pinned across refactors -----------------------------------------------------
VERDICTS = Path(__file__).with_name("demo_verdicts.json")
VERDICT_DATES = ("2012-06-30", "2015-06-30", "2018-06-30", "2020-01-01", "2026-11-28")


def demo_verdicts(store: Store) -> dict[str, dict[str, list[object]]]:
    """Band, score (6 places) and knowable-since of every customer at fixed dates."""
    out: dict[str, dict[str, list[object]]] = {}
    for day in VERDICT_DATES:
        when = datetime.fromisoformat(day).replace(hour=23, minute=59, second=59, tzinfo=UTC)
        _, items = assess_store(store, bundled_policy(), when, actor="test")
        out[day] = {
            a.subject_key: [
                a.band,
                round(a.score, 6),
                a.knowable_since.date().isoformat() if a.knowable_since else None,
            ]
            for a in sorted(items, key=lambda a: a.subject_key)
        }
    return out


def test_demo_verdicts_match_the_pinned_ones(demo: tuple[Store, Path, str]) -> None:
    """Scores, bands and knowable-since of the demo stay as pinned in demo_verdicts.json.

    A change that is meant to move them rewrites the file with
    ``KNOWABLE_UPDATE_VERDICTS=1 pytest tests/demo/test_demo_run.py`` and says why in its
    commit; a refactor must leave it untouched.
    """
    store, _, _ = demo
    found = demo_verdicts(store)
    if os.environ.get("KNOWABLE_UPDATE_VERDICTS") == "1":
        VERDICTS.write_text(json.dumps(found, indent=1, sort_keys=True), encoding="utf-8")
    pinned = json.loads(VERDICTS.read_text(encoding="utf-8"))
    for day in VERDICT_DATES:
        changed = {
            key: (pinned[day].get(key), value)
            for key, value in found[day].items()
            if pinned[day].get(key) != value
        }
        assert not changed, (day, changed)
        assert set(found[day]) == set(pinned[day]), day


def test_ordinary_customers_are_not_watched_on_one_weak_model_reading(
    demo: tuple[Store, Path, str],
) -> None:
    # Each of these has one record the relationship model reads just above its emission
    # threshold ("no company housing", "late-night hours"...) and nothing else: alone and
    # uncorroborated it counts half, which leaves them clear.
    store, _, _ = demo
    for key in ("001DEMO0000SUMMIT", "001DEMO0000IRONBR", "001DEMO0000EVRPK", "001DEMO0000CLRWTR"):
        (assessment,) = store.assessments(key)
        assert assessment.band == "clear", (key, assessment.band, assessment.score)
