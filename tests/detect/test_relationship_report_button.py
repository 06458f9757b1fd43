"""Rules 2026.12.43: staff using the customer's own report button ("hit the button",
"used the button") are the customer reporting: the minor and the arrest the record tells
are what it reported. The same night told without the button reads against it."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators, note

DAY = datetime(2017, 10, 2, tzinfo=UTC)
KEY = "acct-h"


def test_staff_using_the_customers_report_button_are_reporting() -> None:
    told = (
        "Keisha: night auditor at the Macon property hit the button - 2 girls (one looked "
        "~14) w/ an adult male paying cash for a week. Police came, man arrested."
    )
    hotel = crm_record("Account", KEY, DAY, "", Name="Crestline Hotels", Industry="Hospitality")
    assert {"REL-13", "REL-14"} & indicators(hotel, note(KEY, DAY, told)) == set()


def test_the_same_night_without_the_button_reads_against_the_customer() -> None:
    told = (
        "Night auditor at the Macon property: 2 girls (one looked ~14) w/ an adult male "
        "paying cash for a week. Police came, man arrested."
    )
    hotel = crm_record("Account", KEY, DAY, "", Name="Crestline Hotels", Industry="Hospitality")
    assert {"REL-13", "REL-14"} & indicators(hotel, note(KEY, DAY, told))
