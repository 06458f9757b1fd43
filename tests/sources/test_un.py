"""UN SC consolidated XML."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from knowable.errors import InputError
from knowable.sources.un import parse_un

FIXTURE = Path(__file__).parent / "fixtures" / "un.xml"


def test_entries_from_xml() -> None:
    load = parse_un(FIXTURE)
    assert load.list_version == "2025-06-01"
    assert load.available_at == datetime(2025, 6, 1, tzinfo=UTC)
    person, entity = load.entries
    assert person.entry_id == "un-sc-1001" and person.schema == "Person"
    assert person.names == ("AHMAD KARIMI", "Ahmed Karimy", "احمد کریمی")
    assert person.birth_dates == ("1970", "1971", "1972")
    assert person.countries == ("af",)
    assert person.identifiers == ("OA 112233",)
    assert entity.schema == "Organization" and entity.address_countries == ("pk",)
    assert entity.countries == ()


def test_entry_without_name_is_quarantined_with_line() -> None:
    load = parse_un(FIXTURE)
    [bad] = load.quarantined
    assert bad.field == "FIRST_NAME" and bad.reason == "entry without a name"
    assert bad.line is not None and bad.line > 1 and "1002" in bad.raw


def test_list_date_overrides_file_date() -> None:
    load = parse_un(FIXTURE, datetime(2025, 7, 1, tzinfo=UTC))
    assert load.list_version == "2025-07-01"


def test_not_xml_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "x.xml"
    path.write_text("<oops")
    with pytest.raises(InputError):
        parse_un(path)
    path.write_text("<OTHER/>")
    with pytest.raises(InputError, match="CONSOLIDATED_LIST"):
        parse_un(path)
