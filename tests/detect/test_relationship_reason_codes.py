"""Rules 2026.12.47: codes a customer files its own enforcement under ("built w/ reason
codes (AUP-07 adult/escort, AUP-02 transaction laundering)") name the harm as a category
it acts on: no build-out for escorts (REL-03) and no payment workaround (REL-02). The same
build or workaround without a code list still counts."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators

from knowable.model import Record

DAY = datetime(2015, 9, 22, tzinfo=UTC)
KEY = "acct-tidemark"


def _case(comment: str) -> Record:
    return crm_record(
        "Case",
        KEY,
        DAY,
        f"Termination notice template. {comment}",
        Subject="Termination notice template",
        Comments=comment,
    )


def _payfac() -> Record:
    return crm_record(
        "Account", KEY, DAY, "", Name="Tidemark Payments", Description="Payment facilitator."
    )


def test_reason_codes_naming_escorts_are_not_a_build_out_for_them() -> None:
    comment = "Built w/ reason codes (AUP-07 adult/escort, AUP-02 transaction laundering)."
    found = indicators(_payfac(), _case(comment))
    assert "REL-03" not in found
    assert "REL-02" not in found


def test_a_build_out_for_escorts_still_counts() -> None:
    assert "REL-03" in indicators(_payfac(), _case("Built the escort section w/ new filters."))


def test_a_workaround_still_counts() -> None:
    comment = "They route the escort merchants' volume through transaction laundering now."
    assert "REL-02" in indicators(_payfac(), _case(comment))
