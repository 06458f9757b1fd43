"""Rules 2026.12.29: an outcome credited to reports ("3 reports via the button in Q4. One
led SDPD to recover a 15 y/o"; "2 tips led to cases") is the reporter's side; "cops" is an
agency; "they were 14 and 15" gives ages."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import indicators, note, sentence_role

from knowable.catalogue.crm_language import minor_age_spans
from knowable.model import Record

DAY = datetime(2019, 1, 10, tzinfo=UTC)
KEY = "acct-outcomes"


def _note(text: str) -> Record:
    return note(KEY, DAY, text)


def _role(text: str) -> str:
    return sentence_role(_note(text))


def test_a_recovery_credited_to_the_customers_reports_is_no_police_action() -> None:
    text = (
        "Mike: 3 reports via button in Q4. One led SDPD to recover a 15 y/o from a room at "
        "the airport property; the adult was arrested."
    )
    assert "REL-13" not in indicators(_note(text))


def test_the_same_recovery_told_without_the_report_is_police_action() -> None:
    text = "SDPD recovered a 15 y/o from a room at the airport property; the adult was arrested."
    assert "REL-13" in indicators(_note(text))


def test_counted_reports_that_led_to_arrests_read_protective() -> None:
    assert _role("12 reports in Q2, 2 led to arrests per NCMEC follow-up.") == "protective"


def test_a_raid_after_a_guests_complaint_stays_police_action() -> None:
    text = "Police raided the motel after a guest complaint; the owner was arrested."
    assert "REL-13" in indicators(_note(text))


def test_cops_are_police() -> None:
    assert "REL-13" in indicators(_note("Cops raided the spa on Friday, the owner was arrested."))


def test_cops_named_without_any_legal_process_are_no_police_action() -> None:
    assert "REL-13" not in indicators(_note("Owner mentioned cops at the game last night."))


def test_they_were_gives_an_age_under_eighteen() -> None:
    assert minor_age_spans("took two juveniles out, 'they were 14 and 15'")


def test_they_were_with_minutes_or_adult_ages_gives_none() -> None:
    assert not minor_age_spans("they were 15 minutes late")
    assert not minor_age_spans("they were 40 and 45")


def test_on_the_phone_is_how_someone_spoke_not_a_call_to_police() -> None:
    text = "Dale told me on phone 'cops are asking again, not our problem what guests do'."
    assert _role(text) != "protective"


def test_phoning_police_is_still_a_call_to_police() -> None:
    assert _role("Night manager phoned police about the man in 114.") == "protective"


def test_a_preservation_hold_on_worker_ids_is_no_document_held() -> None:
    assert "BEH-02" not in indicators(_note("Preservation hold applied to 3 worker IDs."))


def test_a_manager_holding_worker_ids_is_a_document_held() -> None:
    assert "BEH-02" in indicators(_note("Manager holds the worker IDs in the office."))


def test_teaching_how_to_spot_abuse_and_terminate_it_is_no_payer_dropping_the_customer() -> None:
    text = (
        "Imani's team presented at our T&S meetup on spotting funnel payouts (many "
        "creators -> one bank acct) and terminating them."
    )
    assert "REL-01" not in indicators(_note(text))


def test_a_bank_terminating_the_customer_over_funnel_payouts_is_a_payer_dropping_it() -> None:
    text = "Bank terminated them over funnel payouts (many creators -> one bank acct)."
    assert "REL-01" in indicators(_note(text))


def test_age_and_consent_checks_dropped_are_checks_switched_off() -> None:
    text = "They dropped age/consent checks for co-performers in Jan to cut upload friction."
    assert "BIZ-07" in indicators(_note(text))


def test_consent_checks_added_are_no_checks_switched_off() -> None:
    assert "BIZ-07" not in indicators(_note("We added consent checks for every co-performer."))


def test_a_raid_told_as_what_a_guests_complaint_led_to_is_police_action() -> None:
    # rules 2026.12.30: "guest" qualifies the complaint; the motel is what was raided
    text = "A guest complaint led to a police raid on the motel."
    assert "REL-13" in indicators(_note(text))


def test_a_guest_arrested_is_still_someone_else() -> None:
    text = "A guest was arrested after police raided room 12."
    assert "REL-13" not in indicators(_note(text))
