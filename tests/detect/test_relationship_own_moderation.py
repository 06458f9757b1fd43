"""Rules 2026.12.36: what a customer's own trust-and-safety work looks like in a
provider's notes (a classifier it builds for the harm, the signs it looks for, posts it
rejects or its team pulls, one employer it removes), a worker asking for her passport
back, staff calling in what police did, and legal process that is part of a sheriff's
office's work."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from crm_fixtures import crm_record, indicators, note, sentence_role

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import Identity, read_roles
from knowable.model import Record

DAY = datetime(2017, 5, 2, tzinfo=UTC)
KEY = "acct-board"
RULES = relationship_rules()
LISTED = "'passport kept by employer for safety', 'placement fee payable to agent'"


@pytest.mark.parametrize(
    "text",
    [
        f"He's building a classifier for exploitative job ads: {LISTED}.",
        f"What they look for: {LISTED}, staff living on site.",
        f"They auto-reject posts saying {LISTED}.",
        f"Her team pulled 140 job posts this yr offering {LISTED}.",
        "A seeker wrote that the boss kept her passport; they removed that employer same day.",
    ],
)
def test_the_customers_own_moderation_reads_protective(text: str) -> None:
    assert sentence_role(note(KEY, DAY, text)) == "protective"


@pytest.mark.parametrize(
    "text",
    [
        f"The recruiters' posts say {LISTED}.",
        "Auto-reject on their banner copy 'barely legal schoolgirl live NOW'.",
        "StayFinder pulled 11 of their listings after safety reports.",
        "The import keeps pulling posts from the review site with explicit 'extras'.",
        "They removed the seats from the van so more workers fit.",
    ],
)
def test_others_acting_or_harm_quoted_is_not_the_customers_moderation(text: str) -> None:
    assert sentence_role(note(KEY, DAY, text)) != "protective"


def test_a_worker_asking_for_her_passport_back_is_a_document_held() -> None:
    text = "One reply to the shift number: she asks when he gives her passport back."
    assert "BEH-02" in indicators(note(KEY, DAY, text))


def test_a_passport_given_back_elsewhere_in_the_record_is_not_held() -> None:
    text = "Worker asked when they give her passport back. Gave it back the same day, visa stamped."
    assert "BEH-02" not in indicators(note(KEY, DAY, text))


def _role(text: str, identity: Identity | None = None) -> str:
    record = note(KEY, DAY, text)
    (read,) = RecordReader(RULES).read(record)
    return read_roles(read.sentence, read.hits, RULES, identity, record.text).role


SHERIFF = Identity(kind="law enforcement", field="Name", terms="Sheriff's Office")
SUBPOENA = "Defense counsel subpoenaed the deputies' timecards for the night of the arrest."


def test_a_subpoena_on_a_sheriffs_deputies_is_its_work() -> None:
    assert _role(SUBPOENA, SHERIFF) == "work"


def test_its_deputy_arrested_is_still_the_customer_targeted() -> None:
    assert _role("The deputy arrested in the sting was fired.", SHERIFF) == "target"


def test_the_same_subpoena_on_another_customers_people_targets_it() -> None:
    assert _role(SUBPOENA) == "target"


def _sheriff() -> Record:
    return crm_record(
        "Account", KEY, DAY, "", Name="Marlow County Sheriff's Office", Industry="Government"
    )


def test_a_sheriffs_office_gets_no_police_finding_from_a_defense_subpoena() -> None:
    text = (
        "Defense counsel in a trafficking prosecution subpoenaed the deputies' timecards "
        "for the night of the arrest."
    )
    assert "REL-13" not in indicators(_sheriff(), note(KEY, DAY, text))


RECOVERED = (
    "PD asked for logs for the night a man was arrested at the property and 2 minors recovered"
)


def test_police_action_its_staff_called_in_answers_the_call() -> None:
    assert _role(f"{RECOVERED} - our staff made the call.") == "protective"
    assert _role(f"{RECOVERED}; the night clerk called it in.") == "protective"


def test_police_action_someone_unknown_called_in_still_targets_the_customer() -> None:
    assert _role(f"{RECOVERED}; nobody knows who made the call.") == "target"


def _board() -> Record:
    return crm_record("Account", KEY, DAY, "", Name="Trailhead Jobs", Industry="Internet")


def test_the_customer_by_name_removing_an_employers_posts_is_its_moderation() -> None:
    text = "Motel owner emailed us: Trailhead removed his job posts for holding passports."
    assert "BEH-02" not in indicators(_board(), note(KEY, DAY, text))


def test_the_customer_by_name_removing_words_is_no_moderation() -> None:
    text = "Trailhead removed the words 'passport held' from the posts and published them."
    assert "BEH-02" in indicators(_board(), note(KEY, DAY, text))


def test_a_title_removed_from_payees_is_not_the_customer_acting() -> None:
    text = "Owner removed from payees; she says the boss keeps her passport."
    assert "BEH-02" in indicators(_board(), note(KEY, DAY, text))


def test_a_typology_deck_it_presents_is_teaching() -> None:
    text = "Renee presented their typology deck: dispatcher holds passports, truck-lease debt."
    assert sentence_role(note(KEY, DAY, text)) == "protective"
