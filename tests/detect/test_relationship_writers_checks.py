"""Rules 2026.12.28: the writer a closing comment names ("End user, not our customer") is
not a clearing of the customer the writer accuses; legal process on "this acct's data" is
police acting on the customer even when its identity is protective; an ad that goes out
with its flagged words stripped ("terms stripped and ads published"); records deleted
before a named authority arrives ("before the sheriff's paper gets here"); checks named by
whom or how they check ("performer KYC", "liveness") switched off; state bureaus of
investigation as agencies."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from crm_fixtures import RULES_ONLY, crm_record, indicators

from knowable.catalogue.crm_language import small_share_spans
from knowable.detect.relationship.detector import detect_relationship
from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import read_roles
from knowable.model import Record

DAY = datetime(2017, 4, 7, tzinfo=UTC)
KEY = "acct-writers"


def _case(description: str, comments: str) -> Record:
    text = f"{description} {comments}"
    return crm_record(
        "Case", KEY, DAY, text, Description=description, Comments=comments, Status="Closed"
    )


def _note(text: str) -> Record:
    return crm_record("Note", KEY, DAY, text, Body=text)


def _law_firm() -> Record:
    name, industry = "Halvorsen & Pike LLP", "Legal Services"
    return crm_record("Account", KEY, DAY, f"{name} {industry}", Name=name, Industry=industry)


WORKER_MESSAGE = (
    "Worker wrote to support@ from the verification link: 'El supervisor tiene nuestros "
    "pasaportes y nos descuenta la casa del sueldo.'"
)


def test_the_writer_named_before_not_our_customer_clears_nothing() -> None:
    found = indicators(_case(WORKER_MESSAGE, "End user, not our customer. Sent std reply."))
    assert "BEH-02" in found


def _role(text: str) -> str:
    (read,) = RecordReader(RULES_ONLY).read(_note(text))
    return read_roles(read.sentence, read.hits, RULES_ONLY, None, text).role


def test_a_third_party_named_not_our_customer_is_still_a_clearing() -> None:
    assert _role("End user, not our customer.") != "cleared"
    assert _role("Subpoena for card txns by a specific cardholder (not our customer).") == (
        "cleared"
    )


@pytest.mark.parametrize(
    "text",
    [
        "FYI: Legal rec'd HSI subpoena for this acct's data, Legal handling.",
        "Legal got an FBI subpoena for this account's records 2015-2017.",
    ],
)
def test_process_on_this_accounts_data_targets_a_law_firm(text: str) -> None:
    assert "REL-13" in indicators(_law_firm(), _note(text))


def test_process_about_a_law_firms_client_is_its_work() -> None:
    text = "Firm asked how to answer an HSI subpoena for a client's immigration file."
    assert "REL-13" not in indicators(_law_firm(), _note(text))


@pytest.mark.parametrize(
    ("indicator", "text"),
    [
        ("REL-11", "Police asked for logs; logs show matched terms stripped and ads published."),
        ("REL-11", "They want the matched words removed so the ad still goes live."),
        (
            "BIZ-13",
            "GM asked if we can hard-delete those guest records + texts before the "
            "sheriff's paper gets here.",
        ),
        ("BIZ-07", "Request: remove performer ID step from signup."),
        ("BIZ-07", "Hector asked if liveness can be off for an 'assisted' flow."),
        ("REL-13", "Legal got a GBI subpoena for the spa's booking records."),
    ],
)
def test_new_wordings_fire(indicator: str, text: str) -> None:
    assert indicator in indicators(_note(text))


@pytest.mark.parametrize(
    ("indicator", "text"),
    [
        ("REL-11", "Matched terms are stripped from the preview and the ads held for review."),
        (
            "BIZ-13",
            "Sheriff asked the motel to keep its guest records; GM confirmed nothing will be "
            "deleted before the deputies collect them.",
        ),
        ("BIZ-07", "Liveness check stays on for every performer; they asked for faster review."),
        ("REL-13", "Customer read a GBI report on trafficking trends for its staff training."),
    ],
)
def test_look_alike_wordings_do_not_fire(indicator: str, text: str) -> None:
    assert indicator not in indicators(_note(text))


def test_the_model_reading_of_the_writers_message_is_kept() -> None:
    signals = detect_relationship(
        [_case(WORKER_MESSAGE, "End user, not our customer. Sent std reply.")]
    )
    assert any(s.indicator == "REL-12" for s in signals)


ASKED_TO_HOLD = "A crew foreman asked the front desk to hold the crew's passports for safekeeping."


def test_documents_a_third_party_asked_to_have_held_count_when_nothing_answers() -> None:
    assert "BEH-02" in indicators(_note(ASKED_TO_HOLD))


def test_documents_scanned_and_returned_instead_are_not_held() -> None:
    text = f"{ASKED_TO_HOLD} GM said no: staff only scan + return guest IDs."
    assert "BEH-02" not in indicators(_note(text))


def test_small_shares_are_read_as_numbers() -> None:
    text = "Spam 0.6%, escort ads ~.1 %, <1% of profiles; 10.5% growth, 85% of listings."
    found = [text[a:b] for a, b in small_share_spans(text)]
    assert found == ["0.6%", ".1 %", "<1%"]


LOW_RATE = (
    "T&S metrics: escort ads ~0.1% of posts, plus fake recruiters telling workers to hand "
    "over passports for the visa fee they owe."
)


def test_a_platform_telling_how_rare_the_harm_is_reads_protective() -> None:
    assert _role(LOW_RATE) == "protective"
    assert "BEH-02" not in indicators(_note(LOW_RATE))


def test_the_same_harm_without_a_small_share_still_counts() -> None:
    text = LOW_RATE.replace("~0.1% of posts", "about 40% of posts")
    assert _role(text) != "protective"
    assert "BEH-02" in indicators(_note(text))


HELD_IN_FRENCH = "Madame M. garde nos passeports dans son bureau."


def test_documents_held_beside_a_debt_owed_to_the_holder_in_french() -> None:
    text = f"{HELD_IN_FRENCH} Elle dit qu'on lui doit encore 8 000 dollars pour le visa."
    signals = [s for s in detect_relationship([_note(text)], rules=RULES_ONLY)]
    assert "beh02-documents-for-owed-debt" in {r for s in signals for r in s.details["rules"]}


def test_a_debt_owed_in_french_without_documents_held_is_no_holding() -> None:
    text = "Elle dit qu'on lui doit encore 8 000 dollars pour la formation."
    assert "BEH-02" not in indicators(_note(text))


def test_a_number_before_a_comma_does_not_make_the_company_someone_else() -> None:
    text = (
        "Per HR: the men sign a training bond payable if they leave before 3 yrs, company "
        "keeps the passports in the HR safe until the bond is paid off."
    )
    assert _role(text) != "third_party"
    assert "BEH-02" in indicators(_note(text))


def test_a_number_right_before_a_business_still_names_others() -> None:
    text = "Their review found 3 subcontractors keep the passports until the bond is paid off."
    assert _role(text) == "third_party"
