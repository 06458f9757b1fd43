"""The link cache of a streamed ingest: bounded, keeps the Ids rows link through, and
gives the same links whatever its size."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from knowable.demo.runner import data_dir
from knowable.jobs import ingest as ingest_job
from knowable.jobs.ingest import StoreLinks, ingest_crm
from knowable.settings import Settings
from knowable.store import Store, open_store
from knowable.store import schema as t


def _stored(store: Store) -> list[tuple[str, str | None]]:
    with store.read() as conn:
        rows = conn.execute(select(t.records.c.id, t.records.c.subject_key))
        return sorted((r.id, r.subject_key) for r in rows)


def test_a_tiny_link_cache_links_every_row_as_a_large_one(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "large").mkdir()
    large = open_store(Settings(workspace=tmp_path / "large", database_url=""))
    ingest_crm(large, data_dir("crm"), chunk_rows=40)
    forgotten: list[int] = []
    forget = StoreLinks._forget

    def counting(self: StoreLinks) -> None:
        forgotten.append(len(self.cache))
        forget(self)

    monkeypatch.setattr(ingest_job, "LINK_CACHE", 30)
    monkeypatch.setattr(StoreLinks, "_forget", counting)
    ingest_crm(store, data_dir("crm"), chunk_rows=40)
    assert forgotten, "the cache never filled: the test does not test forgetting"
    assert _stored(store) == _stored(large)


def test_a_full_cache_keeps_the_ids_rows_linked_through(tmp_path: Path) -> None:
    links = StoreLinks(open_store(Settings(workspace=tmp_path, database_url="")), 4)
    for n in range(6):
        links.remember(f"00{n}", f"001A{n}")
    assert links.get("002") == "001A2"
    assert links.get("004") == "001A4"
    links.prefetch(set())  # over the limit: forget what no row linked through
    assert links.cache == {"002": "001A2", "004": "001A4"}
    assert links.used == set()
    links.prefetch(set())  # under the limit: nothing forgotten
    assert set(links.cache) == {"002", "004"}


def test_what_is_kept_is_capped_at_half_the_limit(tmp_path: Path) -> None:
    links = StoreLinks(open_store(Settings(workspace=tmp_path, database_url="")), 4)
    for n in range(6):
        links.remember(f"00{n}", f"001A{n}")
        links.get(f"00{n}")
    links.prefetch(set())
    assert len(links.cache) == 2
