"""Rules 2026.12.45: the customer's person asking the provider to delete a worker's
message from the logs and block its sender hides the message; it is not the customer
protecting anyone from a sender, so what the message says is read."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import RULES_ONLY, crm_record

from knowable.detect.relationship.detector import detect_relationship
from knowable.model import Record

DAY = datetime(2018, 4, 30, tzinfo=UTC)
KEY = "acct-hidden"


def _read(told: str) -> set[str]:
    account = crm_record("Account", KEY, DAY, "Casa Lumen Placements LLC", Name="Casa Lumen")
    person = crm_record("Contact", KEY, DAY, "Operations", FirstName="Hector", LastName="Quintana")
    case: Record = crm_record("Case", KEY, DAY, told, Description=told)
    return {
        s.indicator
        for s in detect_relationship([account, person, case], rules=RULES_ONLY)
        if s.record_id == case.id
    }


def test_a_message_deleted_from_the_logs_is_still_read() -> None:
    told = (
        'Inbound SMS: "la familia no me deja salir de la casa y ustedes tienen mi '
        'pasaporte." Hector asked us to delete the msg from logs and block the sender.'
    )
    assert {"BEH-02", "BEH-05"} <= _read(told)


def test_a_sender_blocked_by_the_customer_is_still_its_protection() -> None:
    told = (
        "Spam SMS to their number offered escorts and girls with passports held. Hector "
        "asked us to block the sender on their number."
    )
    assert _read(told) == set()
