"""Rules 2026.12.34: parties of a customer that offboards its own employers. Many
employers' accounts are others' ("removed 212 employer accts"), the customer's own
employer account is not; an employer, recruiter or agency with a name right after it is
someone else ("removed employer 'Green Ridge Labor Contracting'"); the customer by name
reporting, where police act ("logs on 3 listings (those Stayloop reported)"), is the
customer protecting; and a note that drops its subject after naming the customer
("Rachel - T&S qtr. Removed 140 employer postings ...") speaks for the customer."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators, note, sentence_role

from knowable.model import Record

DAY = datetime(2018, 8, 6, tzinfo=UTC)
KEY = "acct-board"
HELD = "Patterns we saw: 'passport held for insurance', 'training fee deducted from pay'."


def _board() -> list[Record]:
    return [
        crm_record("Account", KEY, DAY, "", Name="Roadwork Jobs LLC", Industry="Internet"),
        crm_record("Contact", KEY, DAY, "", FirstName="Rachel", LastName="Okafor"),
    ]


def test_many_employer_accounts_removed_are_others() -> None:
    assert sentence_role(note(KEY, DAY, "Q3: removed 212 employer accts.")) == "protective"


def test_their_employer_account_is_the_customers_own() -> None:
    assert sentence_role(note(KEY, DAY, "They closed their employer account.")) != "protective"
    assert sentence_role(note(KEY, DAY, "DOL froze their employer account.")) == "target"


def test_an_employer_with_a_name_after_it_is_someone_else() -> None:
    removed = note(KEY, DAY, "Removed employer 'Green Ridge Labor Contracting' last week.")
    assert sentence_role(removed) == "protective"


def test_an_employer_with_no_name_after_it_stays_ambiguous() -> None:
    removed = note(KEY, DAY, "They removed employer records from the system.")
    assert sentence_role(removed) != "protective"


def test_the_customer_by_name_reporting_what_police_asked_about() -> None:
    account = crm_record("Account", KEY, DAY, "", Name="Stayloop Inc.")
    case = crm_record(
        "Case",
        KEY,
        DAY,
        "LVMPD subpoena for session logs on 3 listings (those Stayloop reported).",
    )
    assert "REL-13" not in indicators(account, case)


def test_police_asking_about_the_customer_alone_still_counts() -> None:
    account = crm_record("Account", KEY, DAY, "", Name="Stayloop Inc.")
    case = crm_record("Case", KEY, DAY, "LVMPD subpoena for session logs on 3 listings.")
    assert "REL-13" in indicators(account, case)


def test_a_dropped_subject_after_the_customers_name_is_the_customer() -> None:
    text = f"Rachel - T&S qtr. Removed 140 employer postings this qtr. {HELD}"
    assert "BEH-02" not in indicators(*_board(), note(KEY, DAY, text))


def test_without_the_customers_name_the_patterns_still_count() -> None:
    text = f"T&S qtr. Removed 140 employer postings this qtr. {HELD}"
    assert "BEH-02" in indicators(*_board(), note(KEY, DAY, text))
