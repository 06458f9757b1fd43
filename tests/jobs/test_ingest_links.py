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


def test_a_full_cache_forgets_activity_ids_first_and_keeps_every_parent(tmp_path: Path) -> None:
    links = StoreLinks(open_store(Settings(workspace=tmp_path, database_url="")), 4)
    for n in range(3):
        links.remember(f"001{n}", f"001{n}")  # accounts, opportunities, cases...
    for n in range(3):
        links.remember(f"00T{n}", "0010", leaf=True)  # tasks: over the limit together
    assert links.get("00T1") == "0010"
    links.prefetch(set())
    assert links.leaves == {}
    assert links.cache == {"0010": "0010", "0011": "0011", "0012": "0012"}  # none forgotten
    assert links.get("0012") == "0012"


def test_parents_alone_over_the_limit_are_forgotten_as_before(tmp_path: Path) -> None:
    links = StoreLinks(open_store(Settings(workspace=tmp_path, database_url="")), 4)
    for n in range(6):
        links.remember(f"001{n}", f"001{n}")
    links.remember("00T0", "0010", leaf=True)
    assert links.get("0013") == "0013"
    links.prefetch(set())
    assert links.leaves == {}
    assert links.cache == {"0013": "0013"}


def test_an_id_remembered_again_as_a_parent_stops_being_a_leaf(tmp_path: Path) -> None:
    links = StoreLinks(open_store(Settings(workspace=tmp_path, database_url="")), 100)
    links.remember("00T0", "0010", leaf=True)
    links.remember("00T0", "0011")
    assert links.leaves == {}
    assert links.get("00T0") == "0011"
    links.remember("00T0", "0012", leaf=True)
    assert "00T0" not in links.cache
    assert links.get("00T0") == "0012"


def test_a_tiny_cache_that_forgets_activity_ids_links_as_a_large_one(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from crm_synth import write_export

    synth = tmp_path / "synth"
    write_export(synth, 1500)
    (tmp_path / "large").mkdir()
    large = open_store(Settings(workspace=tmp_path / "large", database_url=""))
    ingest_crm(large, synth, chunk_rows=200)
    dropped: list[int] = []
    prefetch = StoreLinks.prefetch

    def counting(self: StoreLinks, keys: set[str]) -> None:
        if self.leaves and len(self.cache) + len(self.leaves) > self.cache_limit:
            dropped.append(len(self.leaves))
        prefetch(self, keys)

    # Room for the parents (some 500 Ids) but not for the activities as well.
    monkeypatch.setattr(ingest_job, "LINK_CACHE", 700)
    monkeypatch.setattr(StoreLinks, "prefetch", counting)
    ingest_crm(store, synth, chunk_rows=200)
    assert dropped, "no activity Ids were forgotten: the test does not test it"
    assert _stored(store) == _stored(large)


def test_padded_repeats_the_last_id_up_to_the_next_size() -> None:
    assert ingest_job.padded([]) == []
    assert ingest_job.padded(["a"]) == ["a"] + ["a"] * 15
    assert ingest_job.padded(["a", "b", "c"]) == ["a", "b", "c"] + ["c"] * 13
    assert len(ingest_job.padded(["x"] * 33)) == 64
    ids = [f"00Q{n:015d}" for n in range(ingest_job._LOOKUP)]
    assert ingest_job.padded(ids) == ids  # a full part is asked as it is
    assert len(ingest_job.padded(ids[:1025])) == ingest_job._LOOKUP


def _linked_store(tmp_path: Path) -> Store:
    store = open_store(Settings(workspace=tmp_path, database_url=""))
    ingest_crm(store, data_dir("crm"))
    return store


def test_look_ups_of_any_length_share_a_few_statements(tmp_path: Path) -> None:
    from sqlalchemy import event

    store = _linked_store(tmp_path)
    with store.read() as conn:
        stored = [str(r[0]) for r in conn.execute(select(t.records.c.external_id))]
    texts: set[str] = set()

    def seen(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        texts.add(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    answers = {}
    for n in range(1, 300):
        answers.update(StoreLinks(store)._lookup(stored[:n]))
    event.remove(store.engine, "before_cursor_execute", seen)
    # Records by Id and subjects by key, at 16, 32, 64, 128, 256 and 512 Ids: 12 texts,
    # where one per length would be 598.
    asked = [s for s in texts if "IN (" in s]
    assert len(asked) == 12
    # The same answers as each Id asked on its own.
    one = StoreLinks(store)
    for key in stored[:299:7]:
        assert one._lookup([key]) == {key: answers[key]}


def test_ids_of_one_account_asked_of_the_store_share_its_key(tmp_path: Path) -> None:
    store = _linked_store(tmp_path)
    with store.read() as conn:
        rows = conn.execute(
            select(t.records.c.external_id, t.records.c.subject_key).where(
                t.records.c.kind.in_(["Task", "Note", "Opportunity", "Case"])
            )
        )
        by_account: dict[str, list[str]] = {}
        for ext, subject in rows:
            by_account.setdefault(str(subject), []).append(str(ext))
    account, ids = max(by_account.items(), key=lambda kv: len(kv[1]))
    assert len(ids) > 2
    links = StoreLinks(store)
    links.prefetch(set(ids))
    found = [links.get(key) for key in ids]
    assert found == [account] * len(ids)
    assert all(f is found[0] for f in found)  # one string, not one per Id


def test_a_chunk_asks_in_advance_only_for_the_lookup_each_row_reads() -> None:
    from knowable.sources.salesforce import CrmRow, MemoryLinks, stream_rows

    asked: list[set[str]] = []

    class Recording(MemoryLinks):
        def prefetch(self, keys: set[str]) -> None:
            asked.append(set(keys))

    def row(kind: str, line: int, **values: str) -> CrmRow:
        return CrmRow(kind, f"{kind}.csv", line, values, "")

    rows = [
        row("Account", 2, Id="A1", Name="Acme"),
        row("Contact", 2, Id="C1", AccountId="A1", LastName="Ng"),
        row("Case", 2, Id="K1", AccountId="A1", ContactId="C1"),  # ContactId is not read
        row("Case", 3, Id="K2", AccountId="", ContactId="C1"),  # no account: ContactId
        row("Task", 2, Id="T1", AccountId="", WhatId="K1", WhoId="C1"),
    ]
    chunks = list(stream_rows(rows, Recording()))
    assert asked == [{"A1", "C1", "K1"}]
    assert [r.subject_key for c in chunks for r in c.records] == ["A1", "A1", "A1", "A1", "A1"]
