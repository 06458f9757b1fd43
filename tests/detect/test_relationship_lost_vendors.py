"""Rules 2026.12.27, from the first look at EA-ED: what a platform's description says it buys
("Tripwire (incl. hash matching)") is not what it is; "Not our customer's worker
relationship to sort" belongs to the customer rather than clearing it; a regulator's finding
of no violation with the papers staff read is a checked clearance."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import RULES_ONLY, crm_record

from knowable.detect.relationship.detector import detect_relationship
from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import customer_identity
from knowable.model import Record, Signal

READER = RecordReader(RULES_ONLY)
KEY = "acct-lost-vendors"
DAY = datetime(2017, 5, 10, tzinfo=UTC)
LATER = datetime(2017, 5, 24, tzinfo=UTC)


def _account(name: str, industry: str, description: str) -> Record:
    text = f"{name} {industry} {description}"
    return crm_record(
        "Account", KEY, DAY, text, Name=name, Industry=industry, Description=description
    )


def _record(kind: str, text: str, day: datetime = DAY) -> Record:
    return crm_record(kind, KEY, day, text, Description=text)


def _signals(*records: Record) -> list[Signal]:
    return detect_relationship(list(records), rules=RULES_ONLY)


def test_a_platform_listing_the_safety_products_it_buys_is_not_a_safety_vendor() -> None:
    platform = _account(
        "ClipWave Media Inc.",
        "Media",
        "Short-video sharing and DMs. Chat SDK, Tripwire (incl. hash matching), AgeGate.",
    )
    assert customer_identity(platform, READER.matcher, RULES_ONLY) is None
    wants = _record(
        "Task",
        "Owner asked for aggregate-only reports and told us to stop keeping per-user match "
        "logs so police stop asking.",
    )
    assert "REL-10" in {s.indicator for s in _signals(platform, wants)}


def test_a_vendor_that_says_what_it_is_keeps_its_identity() -> None:
    vendor = _account("Sentinel Review Ltd", "Trust & Safety", "Outsourced reviewers for apps.")
    identity = customer_identity(vendor, READER.matcher, RULES_ONLY)
    assert identity is not None and identity.kind == "trust and safety or compliance vendor"
    services = _account("Lumen Ops", "Software", "Content moderation services for dating apps.")
    assert customer_identity(services, READER.matcher, RULES_ONLY) is not None


HELD = (
    "Called the office manager. Per her the worker stays in the company dorm until the fee is "
    "paid and his passport is in custody per contract."
)


def test_the_customers_own_matter_does_not_clear_it() -> None:
    text = f"Email from a worker's brother asking us to get him paid. {HELD}"
    possessive = _record("Case", f"Not our customer's worker relationship to sort. {text}")
    assert "BEH-02" in {s.indicator for s in _signals(possessive)}


def test_staff_finding_another_firm_still_clears() -> None:
    other = _record("Case", f"Not our customer, a different agency. {HELD}")
    assert "BEH-02" not in {s.indicator for s in _signals(other)}


POST = (
    "A lease driver posted on a forum that the carrier is 'modern slavery': his settlement went "
    "negative after fuel and lease deductions and he 'can't leave' his lease."
)


def test_a_regulators_no_violation_with_the_papers_read_answers_the_concern() -> None:
    found = {s.indicator: s for s in _signals(_record("Case", POST))}
    assert "BEH-05" in found and "ended_at" not in found["BEH-05"].details
    cleared = (
        "Dispatcher sent the lease agreement and settlement statements: deductions disclosed. "
        "The DOL complaint he filed was closed with no violation."
    )
    answered = {
        s.indicator: s for s in _signals(_record("Case", POST), _record("Task", cleared, LATER))
    }
    assert answered["BEH-05"].details["ended_at"] == LATER.isoformat()


def test_no_violation_in_someones_word_answers_nothing() -> None:
    claimed = "Owner says the lease agreement is fine and there was no violation."
    found = {
        s.indicator: s for s in _signals(_record("Case", POST), _record("Task", claimed, LATER))
    }
    assert "ended_at" not in found["BEH-05"].details
