"""A large ingest leaves the records indexes it does not read through out while it writes,
and builds them at the end: same stored outcome, indexes back whatever happens."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from knowable.jobs.ingest import ingest_crm
from knowable.settings import Settings
from knowable.store import Store, bulkindex, open_store

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "jobs"))

from crm_synth import write_export  # noqa: E402
from test_ingest_golden import stored_digest  # noqa: E402


def _indexes(store: Store) -> set[str]:
    with store.read() as conn:
        if conn.dialect.name == "sqlite":
            sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records'"
        else:
            sql = "SELECT indexname FROM pg_indexes WHERE tablename = 'records'"
        return {str(row[0]) for row in conn.execute(text(sql))}


def _watch(store: Store, seen: list[set[str]]) -> object:
    """A progress callback that notes the records indexes present while the ingest runs."""

    def progress(_done: int) -> None:
        seen.append(_indexes(store) & set(bulkindex.DEFERRED))

    return progress


@pytest.fixture
def synth(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("synth") / "org"
    write_export(path, 2000)
    return path


def test_a_large_ingest_writes_without_the_indexes_and_builds_them_after(
    tmp_path: Path, synth: Path
) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
    deferred = open_store(Settings(workspace=tmp_path / "a", database_url=""))
    kept = open_store(Settings(workspace=tmp_path / "b", database_url=""))
    seen: list[set[str]] = []
    ingest_crm(deferred, synth, defer_indexes_from=1, progress=_watch(deferred, seen))  # type: ignore[arg-type]
    ingest_crm(kept, synth, defer_indexes_from=10**9)
    assert seen and all(not present for present in seen)  # left out while it wrote
    assert set(bulkindex.DEFERRED) <= _indexes(deferred)  # and built at the end
    assert stored_digest(deferred, str(tmp_path / "a")) == stored_digest(kept, str(tmp_path / "b"))
    assert deferred.verify_audit().ok


def test_a_small_ingest_into_a_larger_store_keeps_the_indexes(tmp_path: Path, synth: Path) -> None:
    store = open_store(Settings(workspace=tmp_path, database_url=""))
    ingest_crm(store, synth, defer_indexes_from=10**9)
    small = tmp_path / "small"
    write_export(small, 300)
    seen: list[set[str]] = []
    # Large enough by the threshold, but smaller than what the store holds: no deferral.
    ingest_crm(store, small, defer_indexes_from=1, progress=_watch(store, seen))  # type: ignore[arg-type]
    assert seen and all(present == set(bulkindex.DEFERRED) for present in seen)


def test_the_indexes_come_back_when_the_ingest_fails(tmp_path: Path, synth: Path) -> None:
    store = open_store(Settings(workspace=tmp_path, database_url=""))

    def fail(_done: int) -> None:
        assert not (_indexes(store) & set(bulkindex.DEFERRED))
        raise RuntimeError("stopped half-way")

    with pytest.raises(RuntimeError, match="half-way"):
        ingest_crm(store, synth, defer_indexes_from=1, progress=fail)
    assert set(bulkindex.DEFERRED) <= _indexes(store)


def test_opening_a_store_builds_indexes_a_dead_ingest_left_out(tmp_path: Path) -> None:
    settings = Settings(workspace=tmp_path, database_url="")
    store = open_store(settings)
    with store.write() as conn:  # as a process killed half-way through an ingest leaves it
        assert bulkindex.drop(conn, expected=5, min_rows=1)
    assert not (_indexes(store) & set(bulkindex.DEFERRED))
    store.engine.dispose()
    reopened = open_store(settings)
    assert set(bulkindex.DEFERRED) <= _indexes(reopened)
    assert reopened.restore_indexes() == []  # nothing left to build


@pytest.mark.parametrize(
    ("stored", "expected", "worth"),
    [(0, 100_000, True), (50_000, 100_000, True), (0, 99_999, False), (200_000, 150_000, False)],
)
def test_deferring_is_worth_it_only_for_a_large_ingest_at_least_the_store_s_size(
    stored: int, expected: int, worth: bool
) -> None:
    assert bulkindex.worth_deferring(stored, expected) is worth


def test_postgresql_keeps_its_indexes(store: Store, synth: Path) -> None:
    seen: list[set[str]] = []
    ingest_crm(store, synth, defer_indexes_from=1, progress=_watch(store, seen))  # type: ignore[arg-type]
    assert seen
    if store.engine.dialect.name == "sqlite":
        assert not seen[0]
    else:
        assert all(present == set(bulkindex.DEFERRED) for present in seen)


def test_a_store_that_cannot_build_them_still_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    settings = Settings(workspace=tmp_path, database_url="")
    store = open_store(settings)
    with store.write() as conn:
        bulkindex.drop(conn, expected=5, min_rows=1)
    store.engine.dispose()

    def refuse(_conn: object) -> list[str]:
        raise OperationalError(
            "CREATE INDEX", {}, Exception("attempt to write a readonly database")
        )

    monkeypatch.setattr(bulkindex, "restore", refuse)
    reopened = open_store(settings)
    assert not (_indexes(reopened) & set(bulkindex.DEFERRED))
    assert reopened.subjects() == []  # reads answer without them


def test_building_them_uses_a_small_page_cache_and_puts_the_connection_s_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(Settings(workspace=tmp_path, database_url=""))
    seen: list[int] = []
    original = bulkindex.Index.create
    with store.write() as conn:
        bulkindex.drop(conn, expected=5, min_rows=1)
        conn.exec_driver_sql("PRAGMA cache_size=-131072")

        def noting(index: Any, bind: Any, checkfirst: bool = False) -> None:
            seen.append(int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0))
            original(index, bind, checkfirst=checkfirst)

        monkeypatch.setattr(bulkindex.Index, "create", noting)
        assert bulkindex.restore(conn) == list(bulkindex.DEFERRED)
        assert seen == [-bulkindex.BUILD_CACHE_KIB] * len(bulkindex.DEFERRED)
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -131072
