"""The bundled demo excerpt of the OFAC SDN list parses and gives the demo its story:
a customer spelled differently from a listed trading company matches; a near-miss does not."""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from knowable.detect.watchlist.screen import screen
from knowable.model import Subject
from knowable.sources.ofac import parse_ofac


def demo_folder() -> Path:
    return Path(str(resources.files("knowable.demo").joinpath("data", "watchlist")))


def test_demo_excerpt_is_small_and_clean() -> None:
    load = parse_ofac(demo_folder(), datetime(2019, 1, 15, tzinfo=UTC))
    assert 100 <= len(load.entries) <= 300
    assert load.quarantined == []
    assert any("SHIPPING" in e.caption for e in load.entries)


def test_demo_customer_matches_and_near_miss_does_not() -> None:
    load = parse_ofac(demo_folder(), datetime(2019, 1, 15, tzinfo=UTC))
    customer = Subject("DEMO-1", "Company", "Hongpang General Trading Co., Ltd.")
    near_miss = Subject("DEMO-2", "Company", "Hong Kong General Trading Company Limited")
    signals = screen([customer, near_miss], load.entries)
    assert [(s.subject_key, s.details["entry_name"]) for s in signals] == [
        ("DEMO-1", "HONG PANG GENERAL TRADING COMPANY, LIMITED")
    ]


def test_demo_story_accounts() -> None:
    """The demo CRM's Phenicia account matches the listed company; Phoenix does not."""
    load = parse_ofac(demo_folder(), datetime(2019, 1, 15, tzinfo=UTC))
    phenicia = Subject(
        "001DEMO0000PHENIC", "Company", "Phenicia Shipping Offshore S.A.R.L.", countries=("lb",)
    )
    phoenix = Subject(
        "001DEMO0000PHOENX", "Company", "Phoenix Shipping Lines Ltd", countries=("nl",)
    )
    signals = screen([phenicia, phoenix], load.entries)
    assert [(s.subject_key, s.details["entry_id"]) for s in signals] == [
        ("001DEMO0000PHENIC", "ofac-sdn-12543")
    ]
