"""OFAC legacy CSV: entries, aliases, addresses, remarks facts, quarantined rows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from knowable.errors import InputError
from knowable.sources.ofac import parse_ofac, remark_facts

FIXTURES = Path(__file__).parent / "fixtures"
DATE = datetime(2024, 5, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def load():  # type: ignore[no-untyped-def]
    return parse_ofac(FIXTURES / "ofac", DATE)


def test_entries_and_records(load) -> None:  # type: ignore[no-untyped-def]
    assert [e.entry_id for e in load.entries] == ["ofac-sdn-10", "ofac-sdn-11", "ofac-sdn-12"]
    assert len(load.records) == 3
    record = load.records[0]
    assert record.source == "watchlist:ofac-sdn" and record.kind == "watchlist_entry"
    assert record.available_at == DATE
    assert record.payload["list_version"] == "2024-05-01"
    assert record.payload["schema"] == "Organization"


def test_aliases_addresses_and_comments_merged(load) -> None:  # type: ignore[no-untyped-def]
    company = load.entries[0]
    assert company.names == (
        "NORTHWIND TRADING CO., LTD.",
        "NORTHWIND SHIPPING",
        "NORD WIND TRADERS",
    )
    # The legacy files give countries only in addresses: kept apart from "country".
    assert company.countries == () and company.address_countries == ("pa",)
    assert "55501234" in company.identifiers
    notes = load.records[0].payload["properties"]["notes"][0]
    assert notes.endswith("Linked To: SEA FALCON.")


def test_person_facts_from_remarks(load) -> None:  # type: ignore[no-untyped-def]
    person = load.entries[1]
    assert person.schema == "Person"
    assert person.birth_dates == ("1961-03-03",)
    assert person.countries == ("ru",)
    assert person.identifiers == ("7100123",)
    assert person.programs == ("UKRAINE-EO13660",)


def test_vessel(load) -> None:  # type: ignore[no-untyped-def]
    vessel = load.entries[2]
    assert vessel.schema == "Vessel"
    assert vessel.identifiers == ("9123456",)
    assert vessel.countries == ("pa",)


def test_bad_rows_are_quarantined_with_file_line_field(load) -> None:  # type: ignore[no-untyped-def]
    reasons = {(Path(q.file).name, q.line, q.field): q.reason for q in load.quarantined}
    assert reasons[("sdn.csv", 4, "ent_num")].startswith("not an entry number")
    assert reasons[("sdn.csv", 5, None)] == "expected 12 columns, got 3"
    assert reasons[("sdn.csv", 6, "SDN_Name")] == "empty name"
    assert ("add.csv", 3, "ent_num") in reasons
    assert ("alt.csv", 4, "ent_num") in reasons
    assert all(q.raw for q in load.quarantined)


def test_no_list_date_means_no_version() -> None:
    load = parse_ofac(FIXTURES / "ofac")
    assert load.list_version is None and load.records[0].available_at is None


def test_missing_sdn_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"sdn\.csv"):
        parse_ofac(tmp_path)


def test_remark_facts() -> None:
    facts = remark_facts(
        "DOB circa 1958; alt. DOB Jun 1960; nationality Korea, North; "
        "SSN 123-45-6789 (United States)."
    )
    assert facts["birthDate"] == ["1958", "1960-06"]
    assert facts["nationality"] == ["kp"]
    assert facts["idNumber"] == ["123-45-6789"]
    assert remark_facts("nothing here") == {"birthDate": [], "nationality": [], "idNumber": []}


def test_consolidated_non_sdn_layout(tmp_path: Path) -> None:
    for sdn_name, cons_name in (("sdn.csv", "cons_prim.csv"), ("alt.csv", "cons_alt.csv")):
        (tmp_path / cons_name).write_bytes((FIXTURES / "ofac" / sdn_name).read_bytes())
    load = parse_ofac(tmp_path, DATE)
    assert load.source == "watchlist:ofac-cons"
    assert load.entries[0].entry_id == "ofac-cons-10"
    assert "NORTHWIND SHIPPING" in load.entries[0].names
    assert {q.source for q in load.quarantined} == {"watchlist:ofac-cons"}
