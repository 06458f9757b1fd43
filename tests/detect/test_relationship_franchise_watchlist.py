"""Rules 2026.12.32: a bare party noun followed by "of" is still the object acted on
("terminated franchise of their Odessa property after owner arrested"), and the customer's
own watch list ("matching their forced-labour watch list") is the customer screening, not
the customer listed; the target of a case with its kind between ("target of a forced labor
case") is the accused, not a victim."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import indicators, note, sentence_role

from knowable.model import Record

DAY = datetime(2017, 3, 30, tzinfo=UTC)
KEY = "acct-franchisor"


def _note(text: str) -> Record:
    return note(KEY, DAY, text)


def test_a_franchisor_terminating_a_franchise_after_its_owners_arrest_is_no_police_action() -> None:
    text = (
        "Dana: Restwell terminated franchise of their Tulsa property after owner arrested "
        "for sex trafficking."
    )
    assert sentence_role(_note(text)) == "protective"
    assert "REL-13" not in indicators(_note(text))


def test_the_customers_own_owner_arrested_stays_police_action() -> None:
    text = "Dana: Restwell owner arrested for sex trafficking; franchise office closed."
    assert "REL-13" in indicators(_note(text))


def test_a_party_noun_before_of_is_still_the_head_it_names() -> None:
    assert sentence_role(_note("They delisted host of the Elm St unit for escort ads.")) == (
        "protective"
    )


def test_the_customers_own_watch_list_reads_as_screening() -> None:
    text = (
        "Their risk lead wants an alert whenever a payee's deductions match their "
        "forced-labour watch list (recruitment fee, passport custody, debt carry-over)."
    )
    assert sentence_role(_note(text)) == "protective"


def test_a_customer_on_a_watch_list_is_not_screening() -> None:
    text = "Owner's name came up on a watch list; he holds the workers' passports."
    assert sentence_role(_note(text)) != "protective"


def test_the_providers_own_watch_list_is_not_the_customer_screening() -> None:
    text = "Risk sampling: several of the payer's schools are on our own watch list."
    assert sentence_role(_note(text)) != "protective"


def test_the_customers_people_on_a_watch_list_are_not_the_customer_screening() -> None:
    assert sentence_role(_note("FYI their owner on watch list per bank.")) != "protective"


def test_a_customer_screening_against_its_own_watch_list_reads_protective() -> None:
    text = "Payouts pause when a payee is on their own watch list."
    assert sentence_role(_note(text)) == "protective"


def test_helping_a_party_of_someone_is_no_act_against_a_party() -> None:
    text = "Helped client of the spa reset password; she said the boss keeps her passport."
    assert sentence_role(_note(text)) != "protective"


def test_the_target_of_a_case_with_its_kind_between_is_police_action() -> None:
    text = (
        "HSI agent on call: Marsh is target of a forced labor case, workers kept in company "
        "trailers, passports taken."
    )
    assert sentence_role(_note(text)) == "target"
    assert "REL-13" in indicators(_note(text))


def test_the_target_of_a_phishing_attack_is_a_victim() -> None:
    text = "Their AP clerk was the target of a phishing attack; bank reversed the wire."
    assert sentence_role(_note(text)) == "victim"
    assert "REL-13" not in indicators(_note(text))
