"""Rules 2026.12.18-22, roles: an allegation staff checked and found unfounded, or staff
clearing the customer, says nothing against the customer; the customer calling it
unfounded is only its claim. A ring of others the customer's team caught is not its own
conduct."""

from __future__ import annotations

from datetime import UTC, datetime

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import read_roles
from knowable.model import Record

DAY = datetime(2018, 3, 9, tzinfo=UTC)
RULES = relationship_rules()
RULES_ONLY = RULES.model_copy(update={"model": None})
READER = RecordReader(RULES)

TIP = "Anonymous tip: the manager holds the workers' passports in the office safe."


def _case(text: str) -> Record:
    return Record("crm", "Case", {"Description": text}, DAY, subject_key="acct-3", text=text)


def _roles(text: str) -> list[str]:
    record = _case(text)
    return [
        read_roles(r.sentence, r.hits, RULES, None, record.text).role for r in READER.read(record)
    ]


def _indicators(text: str) -> set[str]:
    return {s.indicator for s in detect_relationship([_case(text)], rules=RULES_ONLY)}


def test_the_tip_alone_is_a_red_flag() -> None:
    assert "BEH-02" in _indicators(TIP)


def test_staff_finding_the_allegation_unfounded_clears_the_record() -> None:
    text = f"{TIP} Compliance visited, spoke to six workers alone: unfounded, closed."
    assert "cleared" in _roles(text)
    assert "BEH-02" not in _indicators(text)


def test_not_substantiated_reads_the_same() -> None:
    text = f"{TIP} Allegation not substantiated after the site visit."
    assert "BEH-02" not in _indicators(text)


def test_the_customer_calling_it_unfounded_is_a_claim() -> None:
    text = f"{TIP} The owner says the complaint is unfounded."
    assert "cleared" not in _roles(text)
    assert "BEH-02" in _indicators(text)


def test_police_action_against_the_customer_outweighs_an_earlier_finding() -> None:
    text = f"{TIP} First tip was unfounded. The owner was arrested by HSI in May."
    assert "target" in _roles(text)
    assert "BEH-02" in _indicators(text)


def test_staff_clearing_the_customer_in_an_aside_reads_cleared() -> None:
    text = "HSI subpoena for data on an employer (not Brightmoor itself)."
    assert _roles(text) == ["cleared"]
    assert "REL-13" not in _indicators(text)


def test_staff_saying_the_merchant_is_not_a_subject_reads_cleared() -> None:
    # Rules 2026.12.22: legal process about someone who used the customer's service.
    text = (
        "County DA subpoena re orders a buyer placed in a trafficking case. "
        "Shop not a subject, records produced."
    )
    assert "cleared" in _roles(text)
    assert "REL-13" not in _indicators(text)
    text = "Sheriff subpoena for one diner's order history (not the merchant)."
    assert "REL-13" not in _indicators(text)


def test_staff_saying_not_them_after_an_impersonation_reads_cleared() -> None:
    harm = "Someone charging nannies visa fees and holding their passports at the office."
    assert "BEH-02" in _indicators(harm)
    assert "cleared" in _roles(f"{harm} Not them.")
    assert "BEH-02" not in _indicators(f"{harm} Not them.")


def test_the_kinds_of_complaint_a_customer_takes_in_are_not_its_conduct() -> None:
    # Rules 2026.12.22: a union's or a hotline's complaint categories.
    text = "Complaint categories: unpaid wages, passport held by employer, fees charged."
    assert "protective" in _roles(text)
    assert "BEH-02" not in _indicators(text)
    assert "BEH-02" in _indicators("Staff saw that the employer holds passports of all crew.")


def test_the_customers_own_denial_does_not_clear_it() -> None:
    text = "HSI subpoena for data on the shop. Owner says he is not involved."
    assert "cleared" not in _roles(text)
    assert "REL-13" in _indicators(text)


def test_a_ring_the_customers_team_caught_is_not_its_own_conduct() -> None:
    text = "Their safety team caught a ring of fake employers posting escort jobs for 17 y/o's."
    assert _roles(text) == ["protective"]
    assert "REL-14" not in _indicators(text)


def test_escort_jobs_for_minors_without_a_catch_stay_a_red_flag() -> None:
    text = "The agency keeps posting escort jobs for 17 y/o's on the board."
    assert "REL-14" in _indicators(text)


def _named(name: str, text: str) -> set[str]:
    account = Record("crm", "Account", {"Name": name}, DAY, subject_key="acct-3", text=name)
    return {s.indicator for s in detect_relationship([account, _case(text)], rules=RULES_ONLY)}


def test_staff_setting_the_customer_aside_by_name_clears_the_record() -> None:
    # rules 2026.12.20: "not" right before the customer's name
    text = "County sheriff subpoena for records of the account holder's ex (not Tidewater)."
    assert "REL-13" not in _named("Tidewater Gaming", text)


def test_not_before_another_name_clears_nothing() -> None:
    text = "County sheriff subpoena for records of Tidewater (not Harbourside)."
    assert "REL-13" in _named("Tidewater Gaming", text)


def test_police_action_about_a_tipper_is_about_a_user() -> None:
    text = "Subpoena from the PD for the records of a tipper who messaged a 16 y/o streamer."
    assert "third_party" in _roles(text)
    assert "REL-13" not in _indicators(text)


HEADLINE = "News alert: 'Harlow Framing owner charged with forced labor of workers'."


def test_staff_finding_the_news_is_about_another_firm_clears_the_record() -> None:
    # Rules 2026.12.23: a news hit on a firm of a like name, checked by staff.
    assert "REL-13" in _indicators(HEADLINE)
    checked = (
        f"{HEADLINE} Checked: that is Harlow Framing LLC in Macon GA; our cust is Harlow "
        "Framing Co. of Ohio, different owners, no shared contacts."
    )
    assert "REL-13" not in _indicators(checked)


def test_staff_checking_the_tax_id_against_ours_clears_the_record() -> None:
    # Rules 2026.12.24: staff's own check names what differs, or that there is no link.
    checked = f"{HEADLINE} Looked it up: Macon GA, different EIN. No link. Cleared."
    assert "REL-13" not in _indicators(checked)
    unchecked = "Sheriff raided the site. The new manager has a different address. No link yet."
    assert "REL-13" in _indicators(unchecked)


def test_different_owners_without_a_name_match_is_a_straw_owner_finding() -> None:
    text = (
        "HSI records request re the owner, charged with labor trafficking. "
        "The 3 sites are signed by different owners but one man pays for all."
    )
    assert "REL-13" in _indicators(text)


def test_the_customer_calling_it_another_firm_is_only_its_claim() -> None:
    claimed = f"{HEADLINE} The owner says that was a different company."
    assert "REL-13" in _indicators(claimed)
