"""Rules 2026.12.30: straw owners (BIZ-16) read from the provider's own records, a check
someone passes is no safeguard the customer keeps, and a party that complains is not what
police raided."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import indicators, note, sentence_role

from knowable.model import Record

DAY = datetime(2017, 3, 2, tzinfo=UTC)
KEY = "acct-straw"


def _note(text: str) -> Record:
    return note(KEY, DAY, text)


def test_an_owner_on_paper_for_someone_else_is_a_straw_owner() -> None:
    text = "KYC: Dana V. is the owner on paper; the billing card and every call is her uncle's."
    assert "BIZ-16" in indicators(_note(text))


def test_a_nominee_in_spanish_is_a_straw_owner() -> None:
    text = "Worker told CS: 'la dueña es un testaferro, el jefe real viene cada noche'."
    assert "BIZ-16" in indicators(_note(text))


def test_a_strawberry_grower_is_no_straw_owner() -> None:
    assert "BIZ-16" not in indicators(_note("Strawberry grower, two packing sheds, H-2A crews."))


def test_oranges_in_portuguese_are_no_straw_owner() -> None:
    # "laranja" is slang for a front, and first of all an orange: not read as one
    text = "Worker msg: 'colhemos laranjas das 6 às 18, tudo certo com o pagamento'."
    assert "BIZ-16" not in indicators(_note(text))


def test_straw_owners_of_merchants_the_customer_turned_away_are_not_its_own() -> None:
    text = "Risk team declined 6 spa merchants w/ straw owners and reported them to police."
    assert "BIZ-16" not in indicators(_note(text))


def test_a_straw_owner_someone_else_runs_down_the_street_is_not_the_customer() -> None:
    text = "The nail salon down the street has a straw owner, per the local paper."
    assert "BIZ-16" not in indicators(_note(text))


def _role(text: str) -> str:
    return sentence_role(_note(text))


def test_signers_who_pass_id_checks_are_no_safeguard_the_customer_keeps() -> None:
    text = "Per sales mgmt: signers of record pass ID checks, no adverse media on them."
    assert _role(text) != "protective"


def test_id_checks_the_customer_runs_stay_a_safeguard() -> None:
    assert _role("They run ID checks on every new performer.") == "protective"


def test_parties_that_share_something_are_not_acted_on() -> None:
    # "share" is no participle: the hosts have the number in common (rules 2026.12.30)
    assert _role('Both "hosts" share this number.') != "protective"


def test_parties_acted_on_in_a_reduced_passive_stay_third_parties() -> None:
    assert _role("Two sellers banned after the crawl.") == "protective"
