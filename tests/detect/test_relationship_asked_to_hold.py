"""Rules 2026.12.46: someone else asking the customer to hold workers' documents, turned
down in that sentence or the next, is a request made of it and refused, not its act: "a
new grower asked the contractor to hold passports ... Ines said no" gives no
document-holding red flag, while an unanswered request, the customer's own people asking
for it, or the customer holding them still do. A staff title reporting further on in a
sentence ("... after a night clerk reported a 15 y/o") defends the record as one opening
with it does; a former employee reporting is a whistle-blower, not the customer acting."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import RULES_ONLY, crm_record, indicators, note

from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import RoleReading, asked_of_customer
from knowable.model import Record

DAY = datetime(2017, 6, 12, tzinfo=UTC)
KEY = "acct-harvest"


def _account() -> Record:
    return crm_record(
        "Account",
        KEY,
        DAY,
        "",
        Name="Bellweather Harvest Crews",
        Description="H-2A labour contractor placing crews with growers.",
    )


def test_a_grower_asking_the_customer_to_hold_passports_is_not_its_act() -> None:
    text = (
        "Ines: a new grower asked Bellweather to hold the crew's passports over the "
        "harvest. Ines said no and wrote it into the grower contract."
    )
    assert "BEH-02" not in indicators(_account(), note(KEY, DAY, text))


def test_a_worker_asking_the_office_to_keep_a_passport_is_not_its_act() -> None:
    text = (
        "A worker asked the office to keep his passport in the safe; Ines said no, he has a locker."
    )
    assert "BEH-02" not in indicators(_account(), note(KEY, DAY, text))


def test_a_request_nobody_turned_down_still_counts() -> None:
    text = "A worker asked the office to keep his passport in the safe until the season ends."
    assert "BEH-02" in indicators(_account(), note(KEY, DAY, text))


def test_the_owner_asking_a_manager_to_hold_passports_is_its_act() -> None:
    text = "Owner asked the manager to hold the crew's passports until the travel fees are paid."
    assert "BEH-02" in indicators(_account(), note(KEY, DAY, text))


def test_a_pronoun_asking_may_be_the_customer() -> None:
    text = "He asked the house boss to keep the workers' passports until they pay."
    assert "BEH-02" in indicators(_account(), note(KEY, DAY, text))


def test_the_customer_holding_passports_after_a_grower_asked_is_its_act() -> None:
    text = "A grower asked about the crew. The office keeps the crew's passports in the safe."
    assert "BEH-02" in indicators(_account(), note(KEY, DAY, text))


def _stop() -> Record:
    return crm_record(
        "Account", "acct-stop", DAY, "", Name="Mesa Line Travel Plaza", Description="Truck stop."
    )


def test_a_clerk_reporting_further_on_in_the_sentence_defends_the_record() -> None:
    text = (
        "Sheriff request. County SO asked Mesa Line for lot camera records after a night "
        "clerk reported a 15 y/o going truck to truck; girl recovered."
    )
    assert "REL-14" not in indicators(_stop(), note("acct-stop", DAY, text))


def test_a_former_clerk_reporting_does_not_defend_it() -> None:
    text = (
        "Sheriff request. County SO asked Mesa Line for lot camera records after a former "
        "clerk reported a 15 y/o going truck to truck; girl recovered."
    )
    assert "REL-14" in indicators(_stop(), note("acct-stop", DAY, text))


def _asked(text: str) -> RoleReading | None:
    (read,) = RecordReader(RULES_ONLY).read(note("acct-stage", DAY, text))
    assert RULES_ONLY.roles is not None
    return asked_of_customer(read.sentence, read.hits, RULES_ONLY.roles, text)


def test_the_customer_asking_to_keep_a_false_birth_year_is_not_a_request_of_it() -> None:
    assert _asked("Customer asks to merge keeping 1996.") is None
    assert _asked("He asked the office to keep the passports.") is None
    assert _asked("A recruiter asked us to hold the passports in the vault.") is None
    asked = _asked("A club asked the agency to keep the passports.")
    assert asked is not None and asked.actor == "A club"


def test_a_clerk_paid_in_tips_is_not_a_clerk_reporting() -> None:
    text = (
        "FBI task force request for footage. Agent said 2 minors (15 + 16 y/o) recovered "
        "from rooms 112/114. Rooms rented by the front desk to the same man for months, "
        "desk clerk got 'tips' to call him if cops pulled in."
    )
    assert "REL-13" in indicators(_stop(), note("acct-stop", DAY, text))
