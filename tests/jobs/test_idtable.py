"""The link cache's table of Ids: answers as a dict would, forgets in the arrays it was
given, and a streamed ingest's links through it equal the store's answers."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import select

from knowable.demo.runner import data_dir
from knowable.jobs import idtable
from knowable.jobs.idtable import MISSING, IdTable, slots_for
from knowable.jobs.ingest import StoreLinks, ingest_crm
from knowable.settings import Settings
from knowable.store import open_store
from knowable.store import schema as t


def _ids(rng: random.Random, n: int) -> list[str]:
    """Salesforce-like Ids, some 15 characters, and a few that do not fit a slot."""
    out = [
        f"00{rng.choice('13T6')}{rng.randrange(10**12):012d}{rng.choice(['AAA', ''])}"
        for _ in range(n)
    ]
    out += ["a" * 40, "with\0nul", "ünïcode-id-0000001", "other/001000000000000AAA"]
    return out


def _check_against(table: IdTable, model: dict[str, str | None]) -> None:
    assert len(table) == len(model)
    assert dict(table.items()) == model
    for key, value in model.items():
        assert key in table
        assert table.lookup(key, mark=False) == value


@pytest.mark.parametrize("weak_hash", [False, True])
def test_the_table_answers_as_a_dict_through_puts_deletions_forgets_and_growth(
    monkeypatch: pytest.MonkeyPatch, weak_hash: bool
) -> None:
    if weak_hash:  # long probe runs that wrap round the table: deletion and reseating
        monkeypatch.setattr(idtable, "hash", lambda key: len(key) % 5 - 2, raising=False)
    rng = random.Random(15)
    keys = _ids(rng, 300)
    values = [*keys[:20], None, "x" * 30]
    table = IdTable(slots_for(16))
    model: dict[str, str | None] = {}
    grew = forgot = 0
    for step in range(10000):
        key = rng.choice(keys)
        action = rng.random()
        if action < 0.45:
            value = rng.choice(values)
            slots = table.slots
            table.put(key, value, used=rng.random() < 0.3)
            grew += table.slots != slots
            model[key] = value
        elif action < 0.6:
            table.discard(key)
            model.pop(key, None)
        elif action < 0.98:
            assert table.lookup(key) == model.get(key, MISSING)
            assert (key in table.used_keys()) == (key in model)
        else:
            room = rng.randrange(0, 200)
            marked = table.used_keys()
            assert marked <= set(model)
            assert table.used_count == len(marked)
            table.keep_used(room)
            forgot += 1
            kept = set(table)
            assert kept <= marked
            assert len(kept) == min(room, len(marked))
            model = {key: model[key] for key in kept}
            assert table.used_count == 0
        if step % 97 == 0:
            _check_against(table, model)
    _check_against(table, model)
    assert grew and forgot > 50


def test_forgetting_and_filling_again_reuses_the_same_arrays() -> None:
    table = IdTable(slots_for(1500))
    arrays = (table.slots, table.nbytes, id(table._keys), id(table._values))
    for rounds in range(5):
        for n in range(1000):
            key = f"00T{rounds:03d}{n:09d}AAA"
            table.put(key, f"001{n % 50:012d}AAA")
            assert table.lookup(key) is not MISSING
        assert len(table) >= 1000
        table.keep_used(500)
        assert len(table) == 500
    assert (table.slots, table.nbytes, id(table._keys), id(table._values)) == arrays


def test_values_of_one_account_are_one_string_and_an_org_prefix_is_held_once() -> None:
    table = IdTable()
    table["Acme/003000000000001AAA"] = "Acme/001000000000001AAA"
    table["Acme/003000000000002AAA"] = "Acme/001000000000001AAA"
    table["Other/003000000000003AAA"] = "Other/001000000000009AAA"  # beside the arrays
    assert table.prefix == "Acme/"
    one, two = table["Acme/003000000000001AAA"], table["Acme/003000000000002AAA"]
    assert one == "Acme/001000000000001AAA" and one is two
    assert table["Other/003000000000003AAA"] == "Other/001000000000009AAA"
    assert len(table) == 3 and len(table._over) == 1


def test_a_tiny_cache_answers_every_id_as_the_store_does(tmp_path: Path) -> None:
    store = open_store(Settings(workspace=tmp_path, database_url=""))
    ingest_crm(store, data_dir("crm"))
    with store.read() as conn:
        ids = sorted({str(r[0]) for r in conn.execute(select(t.records.c.external_id))})
    ids += ["001NOTSTORED000AAA"]
    truth = StoreLinks(store)._lookup(ids)
    links = StoreLinks(store, cache_limit=20)
    forgot = 0
    for start in range(0, len(ids), 25):
        part = ids[start : start + 25]
        before = len(links.cache)
        links.prefetch(set(part))
        forgot += len(links.cache) < before
        for key in part[::-1]:
            assert links.get(key) == truth[key]
    assert forgot, "the cache never forgot: the test does not test it"
    for key in ids[::3]:
        assert links.get(key) == truth[key]


def test_more_activity_ids_than_the_leaf_bound_are_dropped_and_parents_stay(
    tmp_path: Path,
) -> None:
    links = StoreLinks(open_store(Settings(workspace=tmp_path, database_url="")), 100)
    links.leaf_limit = 3
    links.remember("0010", "0010")
    for n in range(4):
        links.remember(f"00T{n}", "0010", leaf=True)
    links.prefetch(set())
    assert links.leaves == {}
    assert dict(links.cache) == {"0010": "0010"}
    for n in range(3):
        links.remember(f"00T{n}", "0010", leaf=True)
    links.prefetch(set())  # at the bound, not over it: kept
    assert len(links.leaves) == 3


@pytest.mark.parametrize("prefix", ["", "Acme/"])
def test_answers_for_many_keys_are_each_keys_lookup(prefix: str) -> None:
    rng = random.Random(7)
    keys = [prefix + key for key in _ids(rng, 200)]
    table = IdTable(slots_for(50))
    model: dict[str, str | None] = {}
    for key in keys[:150]:
        value = rng.choice([None, prefix + "001000000000001AAA", "x" * 30])
        table[key] = value
        model[key] = value
    skip = set(keys[::7])
    found, lacking = table.answers(keys, skip)
    asked = [key for key in keys if key not in skip]
    assert found == {key: model[key] for key in asked if key in model}
    assert lacking == [key for key in asked if key not in model]
    assert table.used_keys() == set(found)
