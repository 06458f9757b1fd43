"""Rules 2026.12.9: police process served about trafficking itself, a customer's age or ID
checks switched off (BIZ-07 from the provider's own records), documents a worker says
someone "has", and the labour department's abbreviations. Each rule fires on the
customer's own conduct and stays quiet on the look-alikes (a records request about an
unrelated theft, a customer that adds age checks, copies kept on file)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.model import Record

RULES_ONLY = relationship_rules().model_copy(update={"model": None})


def _record(text: str, kind: str = "Case") -> Record:
    field = "Body" if kind == "Note" else "Description"
    return Record(
        "crm",
        kind,
        {field: text},
        datetime(2018, 5, 1, tzinfo=UTC),
        subject_key="acct-1",
        text=text,
    )


def _rules(text: str, kind: str = "Case") -> set[str]:
    found = detect_relationship([_record(text, kind)], rules=RULES_ONLY)
    return {rule for s in found for rule in s.details.get("rules", ())}


@pytest.mark.parametrize(
    "text",
    [
        "Legal fwd: county sheriff subpoena for all appt records at the premises, re an "
        "ongoing prostitution and human trafficking investigation.",
        "HSI served a preservation letter on the acct - sex trafficking probe, per Legal.",
        "State AG office subpoenaed the club's books, investigation into commercial sex promotion.",
    ],
)
def test_process_about_trafficking_is_the_strong_reading(text: str) -> None:
    assert "rel13-process-for-trafficking" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # an unrelated crime
        "Police records request about the stolen delivery van, customer reported the theft.",
        # goods, not people
        "FBI subpoena re a drug trafficking case, per Legal.",
        # an arrest is not process served on the customer (the principal rules read those)
        "A former night cashier was arrested for pimping at a motel across the hwy.",
        # the customer reported it; the process is about its guest
        "Customer reported a trafficking concern to police; police later sent a subpoena for "
        "the guest's booking records.",
    ],
)
def test_process_rule_stays_quiet(text: str) -> None:
    assert "rel13-process-for-trafficking" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Devin asks to switch IDV from required to optional for new creators. Switched IDV "
        "to optional per cust.",
        "Per acct owner disabled age validation on the sanitation job family.",
        "Cust wants the age verification step turned off for uploads, says it kills signups.",
    ],
)
def test_checks_switched_off(text: str) -> None:
    assert "biz07-checks-switched-off" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Age verification is no longer optional: customer made it mandatory for every uploader.",
        "Customer asked us to turn off the old ID check vendor and switch to a stricter one.",
        "Set up ID checks on all new creator accounts per their T&S lead.",
        "Reminded cust that consent forms are required for every co-performer.",
    ],
)
def test_checks_added_are_not_switched_off(text: str) -> None:
    assert "biz07-checks-switched-off" not in _rules(text)


def test_a_worker_saying_someone_has_her_passport() -> None:
    text = "Worker msg: 'the manager has my passport and says I cannot quit.'"
    assert "beh02-holds-documents" in _rules(text)


def test_copies_on_file_are_not_held_documents() -> None:
    text = "HR has our passport copies on file for the I-9s, per onboarding checklist."
    assert "beh02-holds-documents" not in _rules(text)


def test_the_labour_department_by_its_initials() -> None:
    text = "DOL WHD investigator sent a subpoena for the punch records of the plant crews."
    assert "rel13-agency-records-demand" in _rules(text)
