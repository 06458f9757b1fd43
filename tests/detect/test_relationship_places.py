"""Rules 2026.12.27: a police department written after its city ("called Denver PD") is an
authority called; police action at a place beside the customer by name ("raid at the motel
next to Maple & Rye") is not on the customer; a closed case in which the customer called
police is not a concern closed without action; staff recommending an offboarding is not the
customer protecting anyone."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import RULES_ONLY, crm_record, indicators

from knowable.detect.relationship.names import names_beside, names_not
from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import read_roles
from knowable.model import Record
from knowable.text.match import sentences

DAY = datetime(2018, 6, 12, tzinfo=UTC)
KEY = "acct-place"


def _account(name: str, industry: str = "", description: str = "") -> Record:
    text = " ".join(v for v in (name, industry, description) if v)
    return crm_record(
        "Account", KEY, DAY, text, Name=name, Industry=industry, Description=description
    )


def _note(text: str) -> Record:
    return crm_record("Note", KEY, DAY, text, Body=text)


def _case(description: str, comments: str, status: str = "Closed") -> Record:
    text = f"{description} {comments}"
    return crm_record(
        "Case", KEY, DAY, text, Description=description, Comments=comments, Status=status
    )


RAID = "FBI and police raid at {where}, 4 arrested for trafficking, 3 women rescued."


def test_police_action_at_a_place_beside_the_customer_is_not_on_it() -> None:
    tavern = _account("Maple & Rye Tavern", "Restaurants", "Tavern and kitchen.")
    beside = RAID.format(where="the Parkway Motel next to Maple & Rye")
    assert "REL-13" not in indicators(tavern, _note(beside))
    across = RAID.format(where="a motel across from Maple & Rye")
    assert "REL-13" not in indicators(tavern, _note(across))


def test_police_action_at_the_customer_by_name_still_counts() -> None:
    tavern = _account("Maple & Rye Tavern", "Restaurants", "Tavern and kitchen.")
    assert "REL-13" in indicators(tavern, _note(RAID.format(where="Maple & Rye")))
    # a place word before someone else's name sets nothing aside
    assert "REL-13" in indicators(
        tavern, _note(RAID.format(where="Maple & Rye, next to Parkway Motel"))
    )
    # nor without the Account's name to read
    assert "REL-13" in indicators(_note(RAID.format(where="the Parkway Motel next to Maple & Rye")))


def test_names_beside_and_names_not_read_the_word_right_before_the_name() -> None:
    text = "Raid at the motel next to Maple & Rye. Subpoena for the tipper (not Tidewater)."
    first, second = sentences(text)
    names = frozenset({"maple", "rye", "tidewater"})
    assert names_beside(first, text, names) and not names_not(first, text, names)
    assert names_not(second, text, names) and not names_beside(second, text, names)
    hyphen = "Alert names the scam, not Tri-County, as the bad actor."
    assert names_not(sentences(hyphen)[0], hyphen, frozenset({"tri-county"}))
    lower = "raid at the motel next to maple & rye."
    assert not names_beside(sentences(lower)[0], lower, names)  # a name is capitalised


MINOR = "A girl at bar 2 told security she was 15 and said the man with her keeps her money."


def test_a_case_where_the_customers_security_called_the_city_pd_is_not_closed_unacted() -> None:
    club = _account("Pulse Warehouse Nightclub", "Entertainment", "Warehouse club.")
    called = _case(
        f"{MINOR} Security separated them + called Denver PD, man arrested.",
        "Explained LE requests for card data need a subpoena to our legal team.",
    )
    assert "REL-09" not in indicators(club, called)
    reported = _case(
        f"{MINOR} Manager reported it to Fort Worth PD the same night.",
        "Explained LE requests for card data need a subpoena to our legal team.",
    )
    assert "REL-09" not in indicators(club, reported)


def test_a_closed_case_where_someone_else_called_the_pd_on_the_customer_still_counts() -> None:
    club = _account("Pulse Warehouse Nightclub", "Entertainment", "Warehouse club.")
    neighbour = _case(
        f"{MINOR} A neighbor called Denver PD about the club.",
        "Explained LE requests for card data need a subpoena to our legal team.",
    )
    assert "REL-09" in indicators(club, neighbour)
    # "PD" without a place before it stays glossed for the model only
    bare = _case(
        f"{MINOR} Security called PD.",
        "Explained LE requests for card data need a subpoena to our legal team.",
    )
    assert "REL-09" in indicators(club, bare)


def _role(text: str) -> str:
    (read,) = RecordReader(RULES_ONLY).read(_note(text))
    return read_roles(read.sentence, read.hits, RULES_ONLY, None, text).role


def test_staff_recommending_an_offboarding_is_not_the_customer_protecting() -> None:
    assert _role("Recommend offboarding DBAs + EDD on master.") != "protective"
    assert _role("Risk suggested offboarding the DBAs.") != "protective"


def test_the_customer_offboarding_is_still_protective() -> None:
    assert _role("Offboarding DBAs done, EDD on master.") == "protective"
