"""Rules 2026.12.32: a payments customer's share of its volume ("escort directories ...
~70% of volume") is a share of its business, and a merchant category "booked as" another
is recoding it."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import indicators, note

from knowable.model import Record

DAY = datetime(2014, 3, 12, tzinfo=UTC)
KEY = "acct-volume"


def _note(text: str) -> Record:
    return note(KEY, DAY, text)


def test_escort_directories_as_most_of_the_volume_is_rel05() -> None:
    text = "Biggest vertical is escort directories, ~70% of volume per their CFO."
    assert "REL-05" in indicators(_note(text))


def test_escort_ads_as_a_tiny_share_of_volume_is_no_rel05() -> None:
    text = "Escort ads are under 0.5% of volume and removed the same day."
    assert "REL-05" not in indicators(_note(text))


def test_sex_ads_booked_as_a_restaurant_code_is_rel02() -> None:
    text = "Escort directory merchants booked as MCC 5812 so acquirers don't flag them."
    assert "REL-02" in indicators(_note(text))


def test_a_restaurant_booked_as_a_restaurant_is_no_rel02() -> None:
    text = "Diner merchants booked as MCC 5812, most volume is lunch orders."
    assert "REL-02" not in indicators(_note(text))


def test_photo_volume_of_an_adult_section_is_data_not_a_share_of_business() -> None:
    text = "CDN pro upgrade, 40 PoPs. driven by adult section photo volume."
    assert "REL-05" not in indicators(_note(text))
