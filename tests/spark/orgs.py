"""Stores to compare the in-process jobs with the Spark stages on: the bundled demo and a
synthetic org (the demo's book copied, ``scripts/synthetic_org.py``)."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from knowable.catalogue.policy import bundled_policy
from knowable.demo.runner import LIST_DATE, data_dir
from knowable.jobs.assess import assess_store, screen_relationship
from knowable.jobs.content import ingest_demo_content, screen_content_store, workspace_salt
from knowable.jobs.ingest import ingest_crm
from knowable.jobs.media import ingest_media, screen_media
from knowable.jobs.watchlists import ingest_watchlist, screen_watchlists
from knowable.model import Assessment, Signal
from knowable.settings import Settings
from knowable.store import Store, open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from synthetic_org import write_crm

#: The export's snapshot, a date inside the story, and a fixed "today".
DATES = (
    datetime(2015, 12, 31, tzinfo=UTC),
    datetime(2018, 6, 30, 23, 59, 59, tzinfo=UTC),
    datetime(2026, 12, 1, tzinfo=UTC),
)


def settings(workspace: Path) -> Settings:
    return Settings(workspace=workspace, database_url="")


def build_store(workspace: Path, copies: int = 0) -> Store:
    """Every input ingested, nothing screened: the demo's CRM export (``copies`` 0) or
    ``copies`` copies of it."""
    workspace.mkdir(parents=True, exist_ok=True)
    store = open_store(settings(workspace))
    crm = data_dir("crm")
    if copies:
        crm = workspace / "synthetic-crm"
        write_crm(crm, copies)
    ingest_crm(store, crm, actor="test")
    ingest_watchlist(store, data_dir("watchlist"), "ofac-csv", LIST_DATE, actor="test")
    ingest_media(store, data_dir("news"), actor="test")
    ingest_demo_content(store, workspace_salt(settings(workspace)), actor="test")
    return store


def copy_workspace(store: Store, workspace: Path, target: Path) -> None:
    """A copy of a SQLite workspace, taken with no connection open (WAL folded in)."""
    store.engine.dispose()
    shutil.copytree(workspace, target, ignore=shutil.ignore_patterns("*-wal", "*-shm"))


def run_in_process(
    store: Store, workspace: Path, dates: Sequence[datetime] = DATES
) -> list[Assessment]:
    """The in-process jobs in the demo's order; returns the assessments at ``dates``."""
    screen_watchlists(store, actor="test")
    screen_media(store, actor="test")
    screen_content_store(store, actor="test", salt=workspace_salt(settings(workspace)))
    screen_relationship(store, actor="test")
    out: list[Assessment] = []
    for when in dates:
        out.extend(assess_store(store, bundled_policy(), when, actor="test")[1])
    return out


def signal_keys(signals: Iterable[Signal]) -> set[tuple[Any, ...]]:
    """What must be equal: subject, indicator, record, date, strength (and the id, which
    hashes the evidence and details too)."""
    return {
        (s.subject_key, s.indicator, s.record_id, s.observed_at, s.strength, s.id) for s in signals
    }


def assessment_keys(items: Iterable[Assessment]) -> set[tuple[Any, ...]]:
    return {
        (a.subject_key, a.as_of, a.score, a.band, a.knowable_since, a.contributions) for a in items
    }
