"""NET-06: user reports flagging a suspected minor or trafficking."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from knowable.detect.content.user_reports import ReportScanner, report_signal
from knowable.model import Record

KEY = "001TEST0000PLAT"
SCANNER = ReportScanner()


def _record(reports: str | None) -> Record:
    payload: dict[str, object] = {"id": "L1", "title": "Sweet lady"}
    if reports is not None:
        payload["reports"] = reports
    return Record(
        source="content",
        kind="listing",
        payload=payload,
        available_at=datetime(2016, 5, 1, tzinfo=UTC),
        external_id=f"{KEY}:L1",
        subject_key=KEY,
        text="Sweet lady",
    )


@pytest.mark.parametrize(
    ("report", "quote"),
    [
        ("She looks UNDERAGE, please check", "UNDERAGE"),
        ("girl in pics is 15 yrs", "15 yrs"),
        ("I think she is 16", "is 16"),
        ("this is human trafficking", "human trafficking"),
        ("she told me she is forced to do this", "forced"),
        ("pimp took her passport", "pimp"),
        ("no doubt she is a minor", "minor"),
        ("she is a m1nor", "m1nor"),
    ],
)
def test_flagging_reports(report: str, quote: str) -> None:
    hits = SCANNER.hits(report)
    assert quote in [h.quote for h in hits]
    for hit in hits:
        assert report[hit.start : hit.end] == hit.quote


@pytest.mark.parametrize(
    "report",
    [
        "spam, duplicate ad",
        "wrong category",
        "she is not underage, I checked",
        "no sign of trafficking, just a scam",
        "isn't forced, she runs her own business",
        "never saw any minors here",
        "the ad is 18 plus only",
        "",
    ],
)
def test_reports_that_do_not_flag(report: str) -> None:
    assert SCANNER.hits(report) == []


def test_negation_stays_within_one_report() -> None:
    reports = "no\nunderage girl in the photos"
    hits = SCANNER.hits(reports)
    assert [h.quote for h in hits] == ["underage"]
    assert reports[hits[0].start : hits[0].end] == "underage"


def test_flagged_listing_is_net06_with_report_evidence() -> None:
    reports = "spam\nPoster is trafficked, she is 16"
    signal = report_signal(_record(reports), KEY, SCANNER)
    assert signal is not None
    assert signal.indicator == "NET-06" and signal.subject_key == KEY
    assert signal.observed_at == datetime(2016, 5, 1, tzinfo=UTC)
    assert {e.quote for e in signal.evidence} == {"trafficked", "is 16"}
    assert all(e.field == "reports" for e in signal.evidence)
    assert all(reports[e.start : e.end] == e.quote for e in signal.evidence)
    assert signal.details["reports"] == 2


@pytest.mark.parametrize("reports", [None, "spam", "not underage"])
def test_unflagged_listing_has_no_net06(reports: str | None) -> None:
    assert report_signal(_record(reports), KEY, SCANNER) is None
