"""NET-07: a customer's CRM phone or e-mail in commercial-sex ads."""

from __future__ import annotations

from datetime import UTC, datetime

from knowable.detect.content.customer_contacts import contact_match_signals, customer_contacts
from knowable.model import Record, Subject
from knowable.sources.listings import listing_record

SALT = b"test-salt"
PLATFORM = "001TEST0000PLAT"
SUBJECTS = [
    Subject(key="001TEST0000ACME", schema="Company", name="Acme Spa",
            properties={"Phone": "(404) 555-0177"}),
    Subject(key="003TEST000000001", schema="Person", name="Jo Doe", parent_key="001TEST0000ACME",
            properties={"Email": "Jo.Doe@Example.org", "Phone": "+1 312 555 0142"}),
    Subject(key="003TEST000000002", schema="Person", name="Orphan",
            properties={"Phone": "617 555 0100"}),
    Subject(key=PLATFORM, schema="Company", name="The Platform",
            properties={"Phone": "602-555-0199"}),
]  # fmt: skip


def _listing(n: int, title: str, body: str, **contacts: str) -> Record:
    row = {"id": f"L{n}", "posted_at": f"2016-05-0{n}", "title": title, "body": body,
           **contacts}  # fmt: skip
    record = listing_record(row, subject_key=PLATFORM, salt=SALT, file="t.csv", line=n)
    assert isinstance(record, Record)
    return record


INDEX = customer_contacts(SUBJECTS, SALT)


def test_account_phone_in_ad_text_is_net07_on_the_customer() -> None:
    ad = _listing(1, "Sweet relaxation", "Call four zero four 555 01 77 tonight")
    (signal,) = contact_match_signals([ad], INDEX, SALT)
    assert signal.indicator == "NET-07"
    assert signal.subject_key == "001TEST0000ACME"  # the customer, not the platform
    assert signal.observed_at == datetime(2016, 5, 1, tzinfo=UTC)
    assert signal.record_id == ad.id
    (evidence,) = signal.evidence
    assert evidence.quote == "four zero four 555 01 77"
    assert ad.text[evidence.start : evidence.end] == evidence.quote
    assert signal.details["platform"] == PLATFORM
    assert signal.details["matched"] == ["001TEST0000ACME:phone"]


def test_contact_person_email_field_quotes_the_title() -> None:
    ad = _listing(2, "Discreet fun", "Write me", email="jo.doe@example.org")
    (signal,) = contact_match_signals([ad], INDEX, SALT)
    assert signal.subject_key == "001TEST0000ACME"
    assert [(e.quote, e.field) for e in signal.evidence] == [("Discreet fun", "title")]
    assert signal.details["matched"] == ["003TEST000000001:email"]


def test_person_phone_with_country_code_in_text_matches() -> None:
    ad = _listing(3, "Hi", "text 312.555.0142 or jo.doe@example.org")
    (signal,) = contact_match_signals([ad], INDEX, SALT)
    assert {e.quote for e in signal.evidence} == {"312.555.0142"}


def test_unrelated_orphan_and_platform_numbers_do_not_match() -> None:
    ads = [
        _listing(4, "Hi", "Call 216 555 0123"),  # nobody's
        _listing(5, "Hi", "Call 617 555 0100"),  # a person tied to no account
        _listing(6, "Hi", "Support 602 555 0199"),  # the hosting platform's own line
    ]
    assert contact_match_signals(ads, INDEX, SALT) == []


def test_different_salt_does_not_match() -> None:
    ad = _listing(1, "Sweet relaxation", "Call 404 555 0177")
    assert contact_match_signals([ad], customer_contacts(SUBJECTS, b"other-salt"), SALT) == []
    assert len(contact_match_signals([ad], INDEX, SALT)) == 1
