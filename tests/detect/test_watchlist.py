"""Watchlist screening: signals with evidence, suppression of decided non-matches."""

from __future__ import annotations

from datetime import UTC, datetime

from knowable.detect.watchlist.screen import (
    INDICATOR,
    ScreeningConfig,
    decided_pair,
    is_suppressed,
    screen,
)
from knowable.model import Subject
from knowable.sources.watchlist import build_load

LIST_DATE = datetime(2024, 5, 1, tzinfo=UTC)


def entries(version: str = "2024-05-01", extra_alias: str | None = None):  # type: ignore[no-untyped-def]
    ship = {
        "id": "t-1",
        "schema": "Company",
        "properties": {"name": ["OCEAN STAR SHIPPING LLC"], "country": ["pa"], "program": ["TEST"]},
    }
    if extra_alias:
        ship["properties"]["alias"] = [extra_alias]
    person = {
        "id": "t-2",
        "schema": "Person",
        "properties": {"name": ["PETROV, Ivan"], "birthDate": ["1961-03-03"]},
    }
    return build_load("watchlist:test", [ship, person], version, LIST_DATE, "fixture").entries


def test_hit_becomes_signal_with_evidence_and_details() -> None:
    subject = Subject("001A", "Company", "Ocean Star Shipping Ltd", countries=("pa",))
    [signal] = screen([subject], entries())
    assert signal.indicator == INDICATOR == "NEWS-08"
    assert signal.subject_key == "001A"
    assert signal.observed_at == LIST_DATE
    assert 0.76 <= signal.strength < 1.0
    [evidence] = signal.evidence
    assert evidence.quote == "OCEAN STAR SHIPPING LLC" and evidence.record_id == signal.record_id
    assert signal.details["list_version"] == "2024-05-01"
    assert signal.details["entry_id"] == "t-1"
    assert signal.details["completeness"] > 0.3
    assert "ocean" in signal.details["explanation"]


def test_near_miss_gives_no_signal() -> None:
    subject = Subject("001B", "Company", "Ocean Spar Shipyard Holdings")
    assert screen([subject], entries()) == []


def test_birth_date_conflict_suppresses_person_hit() -> None:
    same = Subject("c1", "Person", "Ivan Petrov", birth_dates=("1961-03-03",))
    other = Subject("c2", "Person", "Ivan Petrov", birth_dates=("1990-01-01",))
    hits = screen([same, other], entries())
    assert [s.subject_key for s in hits] == ["c1"]


def test_empty_inputs_give_no_signals() -> None:
    assert screen([], entries()) == []
    assert screen([Subject("x", "Person", "Ivan Petrov")], []) == []


def test_decided_non_match_is_suppressed_until_a_side_changes() -> None:
    subject = Subject("001A", "Company", "Ocean Star Shipping Ltd")
    listed = entries()
    decided = frozenset({decided_pair(subject, listed[0])})
    config = ScreeningConfig(decided_non_matches=decided)
    assert is_suppressed(subject, listed[0], decided)
    assert screen([subject], listed, config) == []
    # The customer changes (new country): the pair comes back.
    moved = Subject("001A", "Company", "Ocean Star Shipping Ltd", countries=("pa",))
    assert len(screen([moved], listed, config)) == 1
    # The list entry changes (new alias): the pair comes back.
    changed = entries(extra_alias="OCEAN STAR LINES")
    assert not is_suppressed(subject, changed[0], decided)
    assert len(screen([subject], changed, config)) == 1


def test_signal_ids_are_stable() -> None:
    subject = Subject("001A", "Company", "Ocean Star Shipping Ltd")
    assert screen([subject], entries())[0].id == screen([subject], entries())[0].id
