"""Delta screening of a list change: the subjects that could match a few entries are found
by searching the name index the other way round, and screening only them finds the same
signals as screening everyone."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "jobs"))

from monitor_data import customers, day, invented_name

from knowable.detect.watchlist.screen import likely_subjects, listings, screen
from knowable.sources.watchlist import WatchlistEntry, build_load


def _entries(names: list[tuple[str, str]], version: str = "2024-01-01") -> list[WatchlistEntry]:
    entities = [{"id": i, "schema": "Company", "properties": {"name": [n]}} for i, n in names]
    return build_load("watchlist:test", entities, version, day(version), "test").entries


def test_likely_subjects_finds_the_named_customer_and_screening_them_equals_everyone() -> None:
    people = customers(400, seed=3)
    rng = random.Random(5)
    names = [("E1", f"{people[10].name} Ltd"), ("E2", f"{people[200].name}")]
    names += [(f"U{i}", invented_name(rng)) for i in range(3)]
    entries = _entries(names)
    likely = likely_subjects(people, entries)
    assert people[10] in likely and people[200] in likely
    assert len(likely) < len(people) / 2  # far fewer than everyone
    assert screen(likely, entries) == screen(people, entries)
    assert {s.subject_key for s in screen(people, entries)} == {people[10].key, people[200].key}


def test_likely_subjects_leaves_out_names_sharing_nothing() -> None:
    people = customers(30, seed=4)
    entries = _entries([("E1", "Qqqqxx Wwwwzz")])
    assert likely_subjects(people, entries) == []
    assert likely_subjects([], entries) == [] and likely_subjects(people, []) == []


def test_known_versions_end_a_listing_absent_from_a_version_not_given() -> None:
    """Given only the entries of one listing, a later version named in ``known_versions``
    that does not hold it still ends its period (a removal)."""
    entries = _entries([("E1", "Northgate Marine Ltd")], "2024-01-01")
    [alone] = listings(entries)
    assert not alone.ended
    [ended] = listings(entries, {"watchlist:test": {"2024-06-01": day("2024-06-01")}})
    assert ended.periods[-1].ended_version == "2024-06-01"


def test_many_entries_keep_every_subject() -> None:
    """When the entries are many, the forward search is the cheaper one: nobody is left out."""
    people = customers(5, seed=6)
    rng = random.Random(8)
    entries = _entries([(f"U{i}", invented_name(rng)) for i in range(5)])
    assert likely_subjects(people, entries) == people


def test_each_alias_of_an_entry_finds_its_customers() -> None:
    """An entry with many aliases, each naming another customer: every one is found (the
    aliases do not share one entry's candidate places)."""
    people = customers(400, seed=9)
    named = [people[i] for i in range(0, 260, 10)]  # 26 customers, more than the width
    entity = {
        "id": "E1",
        "schema": "Company",
        "properties": {"name": [named[0].name], "alias": [p.name for p in named[1:]]},
    }
    entries = build_load("watchlist:test", [entity], "2024-01-01", day("2024-01-01"), "t").entries
    likely = likely_subjects(people, entries)
    assert {p.key for p in named} <= {s.key for s in likely} and len(likely) < len(people)
    assert {s.subject_key for s in screen(likely, entries)} == {p.key for p in named}
