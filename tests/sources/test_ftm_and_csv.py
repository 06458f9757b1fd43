"""FtM JSON lines and the internal CSV list."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from knowable.errors import InputError
from knowable.sources.formats import load_watchlist
from knowable.sources.ftm import parse_ftm
from knowable.sources.listcsv import parse_list_csv
from knowable.sources.watchlist import entry_from_record

FIXTURES = Path(__file__).parent / "fixtures"


def test_ftm_entities_and_quarantine() -> None:
    load = parse_ftm(FIXTURES / "entities.ftm.jsonl", datetime(2025, 1, 1, tzinfo=UTC))
    assert [e.entry_id for e in load.entries] == ["ex-1", "ex-2"]
    assert len(load.records) == 3  # the Sanction is stored too, but not matched on
    person = load.entries[0]
    assert person.names == ("Олег Петренко", "Oleg Petrenko")
    assert person.countries == ("ua",)
    assert load.entries[1].identifiers == ("HE 123456",)
    reasons = {q.line: (q.field, q.reason) for q in load.quarantined}
    assert reasons[4][1].startswith("not JSON")
    assert reasons[5] == ("schema", "unknown FtM schema 'Spaceship'")
    assert reasons[6] == ("id", "entity without id")
    assert reasons[7] == ("name", "property values must be a list")


def test_record_round_trip_gives_same_entry() -> None:
    load = parse_ftm(FIXTURES / "entities.ftm.jsonl", datetime(2025, 1, 1, tzinfo=UTC))
    rebuilt = entry_from_record(load.records[0])
    assert rebuilt == load.entries[0]
    assert entry_from_record(load.records[2]) is None


def test_internal_csv() -> None:
    load = parse_list_csv(FIXTURES / "internal.csv")
    first, second = load.entries
    assert first.names == ("Golden Lotus Spa LLC", "Golden Lotus Massage", "GL Spa")
    assert first.countries == ("us",) and first.identifiers == ("EIN 12-3456789",)
    assert load.records[0].payload["extra"] == {"owner": "team-a"}
    assert second.birth_dates == ("1980-02-29",)
    reasons = {q.line: (q.field, q.reason) for q in load.quarantined}
    assert reasons[4] == ("name", "name is empty")
    assert reasons[5][0] == "birth_date"
    assert reasons[6] == ("countries", "unknown country 'Atlantis'")


def test_internal_csv_without_name_column(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text("id,title\n1,x\n")
    with pytest.raises(InputError, match="name"):
        parse_list_csv(path)


def test_unknown_format() -> None:
    with pytest.raises(InputError, match="unknown format"):
        load_watchlist(FIXTURES / "internal.csv", "xlsx")
