"""Who did what to whom: the customer's identity and each sentence's actor and object.

Every sentence here is written for this test, in wording the relationship rules' phrase
lists do not hold, so that the reading is tested on its word classes and their order.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from knowable.catalogue import read_yaml
from knowable.catalogue.relationship import RULES_FILE, load_rules_from, relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import (
    Identity,
    RoleReading,
    customer_identity,
    identities,
    read_roles,
)
from knowable.errors import ConfigError
from knowable.model import Record

DAY = datetime(2017, 3, 9, tzinfo=UTC)
RULES = relationship_rules()
RULES_ONLY = RULES.model_copy(update={"model": None})
READER = RecordReader(RULES)


def _reading(text: str, identity: Identity | None = None) -> RoleReading:
    record = _note(text)
    [read] = READER.read(record)
    return read_roles(read.sentence, read.hits, RULES, identity, record.text)


def _note(text: str, key: str = "acct-7", kind: str = "Note") -> Record:
    field = "Description" if kind == "Case" else "Body"
    payload = {field: text, "Status": "Closed"} if kind == "Case" else {field: text}
    return Record("crm", kind, payload, DAY, subject_key=key, text=text)


def _account(key: str = "acct-7", **fields: str) -> Record:
    text = fields.get("Description", "")
    return Record("crm", "Account", dict(fields), DAY, subject_key=key, text=text)


def _identity(**fields: str) -> Identity | None:
    return customer_identity(_account(**fields), READER.matcher, RULES)


# --- the sentence's actor and object ------------------------------------------------------


def test_the_customer_acting_on_its_own_merchants_is_protective() -> None:
    reading = _reading("Brightmoor closed out two of its merchants after escort ads surfaced.")
    assert reading.role == "protective"
    assert (reading.actor, reading.action, reading.object) == (
        "the customer",
        "closed out",
        "its merchants",
    ) or reading.object.endswith("merchants")


def test_someone_else_acting_on_the_customers_merchant_account_is_not_protective() -> None:
    reading = _reading("The acquiring bank terminated their merchant account last week.")
    assert reading.role == "actor"


def test_a_banned_third_party_in_the_passive_is_protective() -> None:
    reading = _reading("Several sellers were banned once the escort listings were found.")
    assert reading.role == "protective"
    assert reading.object == "Several sellers"


def test_third_parties_doing_something_themselves_are_not_protective() -> None:
    assert _reading("Several sellers suspended sales over the holidays.").role == "actor"


def test_the_object_is_the_first_noun_phrase_after_the_action() -> None:
    text = "Owner asks if we can remove their logo from our find a merchant page."
    assert _reading(text).role == "actor"


def test_reported_by_the_customer_in_the_passive_is_protective() -> None:
    reading = _reading("The trafficking ad was reported by the customer within the hour.")
    assert reading.role == "protective"
    assert reading.actor == "the customer"
    assert _reading("The trafficking ad was seen by the customer within the hour.").role == (
        "actor"
    )


def test_police_acting_on_a_third_party_is_read_as_such() -> None:
    reading = _reading("Detectives say a guest was arrested for trafficking in room 9.")
    assert reading.role == "third_party"
    assert (reading.actor, reading.object) == ("police", "a guest")


def test_police_acting_on_the_owner_is_the_customer_as_target() -> None:
    reading = _reading("Detectives say the owner was arrested for trafficking in room 9.")
    assert reading.role == "target"


def test_a_crime_done_to_the_customer_reads_it_as_the_victim() -> None:
    reading = _reading("They were swindled out of $9k by a fake payroll vendor.")
    assert reading.role == "victim"
    assert reading.object == "the customer"


def test_an_attack_on_its_lines_or_accounts_reads_the_customer_as_the_victim() -> None:
    # Rules 2026.12.38: toll fraud on its phone lines, account takeovers of its users
    for text in (
        "Subpoena for CDRs re the toll fraud.",
        "FBI request about the credential stuffing wave last month.",
    ):
        assert _reading(text).role == "victim", text


def test_a_participle_outside_the_passive_is_not_a_crime_done_to_the_customer() -> None:
    assert _reading("Add a code BREACHED for staff who leave before two years.").role == "actor"


# --- who the customer is -----------------------------------------------------------------


def test_a_police_department_account_has_a_protective_identity() -> None:
    identity = _identity(Name="Ridgeford Police Dept.", Industry="Government")
    assert identity is not None
    assert identity.kind == "law enforcement"
    assert "Name" in identity.words()


def test_a_newsroom_has_a_protective_identity() -> None:
    # Rules 2026.12.15: a newsroom's records tell what it reports on.
    found = _identity(Name="The Riverbend Ledger", Industry="Media", Description="Local newsroom.")
    assert found is not None and found.kind == "news media"
    assert _identity(Name="Velvet Lane Media", Industry="Media", Description="Cam studio.") is None


def test_a_new_agency_is_not_a_news_agency() -> None:
    # Text tables 2026.12.2: "news" is not the plural of "new"; a nanny agency founded last
    # year is no newsroom, and its records are read like any other customer's.
    assert _identity(Name="Sunny Days Staffing", Description="Nanny placement. New agency.") is None
    found = _identity(Name="Harbor Wire", Description="Regional news agency.")
    assert found is not None and found.kind == "news media"


def test_a_legal_industry_is_a_law_firm_and_legal_elsewhere_is_not() -> None:
    # Rules 2026.12.17: "Legal" as the Industry; the word elsewhere ("legal adult
    # entertainment" in a description) gives no identity.
    found = _identity(Name="Morales & Whitfield LLP", Industry="Legal")
    assert found is not None and found.kind == "legal services"
    other = _identity(
        Name="Velvet Nights", Industry="Entertainment", Description="Legal adult club."
    )
    assert other is None


def test_a_workers_union_has_a_protective_identity_and_a_credit_union_does_not() -> None:
    # Rules 2026.12.22: a union takes in its members' complaints of abuse.
    found = _identity(Name="Harbourside Dockers Union Local 12", Industry="Non-Profit")
    assert found is not None and found.kind == "workers' union"
    assert _identity(Name="Lakeshore Staff", Industry="Labor Union") is not None
    assert _identity(Name="Millbrook Credit Union", Description="Credit union, 4 branches.") is None
    assert _identity(Name="Union Avenue Nails", Description="Nail salon on Union Ave.") is None


def test_an_ordinary_motel_has_no_protective_identity() -> None:
    assert _identity(Name="Harbor Court Motor Lodge", Industry="Hospitality") is None


def test_public_authority_is_read_from_industry_and_type_only() -> None:
    assert _identity(Name="Acme", Industry="Government Administration") is not None
    assert _identity(Name="Government Street Spa", Industry="Personal Services") is None


def test_a_non_profit_needs_a_mission_about_exploitation() -> None:
    found = _identity(Name="Tidewater Coalition", Description="Nonprofit helping migrants.")
    assert found is not None and found.kind == "non-profit against exploitation"
    assert _identity(Name="Tidewater Coalition", Description="Nonprofit rowing club.") is None


def test_identities_are_keyed_by_subject_from_account_records_only() -> None:
    records = [
        _account("acct-1", Name="Bayview Legal Aid Society"),
        _note("Bayview Police Department called.", key="acct-2"),
    ]
    found = identities(records, READER.matcher, RULES)
    assert set(found) == {"acct-1"}


SENTENCE = "Detective noted three minors recovered from a motel; records request sent to them."


def test_a_protective_identity_reads_exploitation_sentences_as_its_work() -> None:
    identity = _identity(Name="Ridgeford Police Dept.")
    assert _reading(SENTENCE, identity).role == "work"
    assert _reading(SENTENCE).role == "target"


def test_the_customer_itself_as_target_still_counts_for_a_protective_identity() -> None:
    identity = _identity(Name="Ridgeford Police Dept.")
    text = "Their chief was arrested and indicted for trafficking, per the DA."
    assert _reading(text, identity).role == "target"


def test_no_rule_signal_for_a_protective_customer_describing_its_work() -> None:
    text = "Intake call: caller says her boss holds her passport and says she owes a debt."
    account = _account(Name="Safe Harbor Shelter for Survivors")
    found = detect_relationship([account, _note(text)], rules=RULES_ONLY)
    assert found == []
    plain = detect_relationship(
        [_account(Name="Harbor Cleaning Ltd"), _note(text)], rules=RULES_ONLY
    )
    assert {s.indicator for s in plain} >= {"BEH-02"}


def test_no_model_signal_for_a_protective_customer_describing_its_work() -> None:
    text = (
        "Site visit: mgr holds the girls' passports and they owe a debt they must work off. "
        "They live in the back room and are not allowed to leave."
    )
    ordinary = detect_relationship([_account(Name="Lantern Spa"), _note(text)], rules=RULES)
    assert "REL-12" in {s.indicator for s in ordinary}
    shelter = detect_relationship(
        [_account(Name="Lantern House", Industry="Victim Services"), _note(text)], rules=RULES
    )
    assert "REL-12" not in {s.indicator for s in shelter}


def test_the_explanation_shows_the_roles_read_and_the_identity() -> None:
    text = "Their director was arrested for trafficking after an FBI raid on their office."
    found = detect_relationship(
        [_account(Name="Northwind Anti-Trafficking Coalition"), _note(text)], rules=RULES_ONLY
    )
    [signal] = [s for s in found if s.indicator == "REL-13"]
    facts = dict(signal.explanation.facts) if signal.explanation else {}
    assert facts["role read"].startswith("the customer or its people as the target")
    assert "police" in facts["who did what to whom"]
    assert facts["customer identity"].startswith("victim services")
    assert signal.details["identity"] == "victim services"


def test_police_action_on_a_third_party_gives_no_police_rule_signal() -> None:
    about_user = "HSI subpoena served about one of their users; records sent."
    about_customer = "HSI subpoena served on the customer for all payroll records."
    assert not [
        s
        for s in detect_relationship([_note(about_user)], rules=RULES_ONLY)
        if s.indicator == "REL-13"
    ]
    assert [
        s
        for s in detect_relationship([_note(about_customer)], rules=RULES_ONLY)
        if s.indicator == "REL-13"
    ]


def test_a_closed_case_about_a_protective_customers_work_is_not_rel09() -> None:
    text = "Question about exporting trafficking case notes for minors. Answered by phone."
    case = _note(text, kind="Case")
    found = detect_relationship(
        [_account(Name="Kestrel County Sheriff's Office"), case], rules=RULES_ONLY
    )
    assert "REL-09" not in {s.indicator for s in found}
    plain = detect_relationship([_account(Name="Kestrel Motel"), case], rules=RULES_ONLY)
    assert "REL-09" in {s.indicator for s in plain}


# --- the catalogue ------------------------------------------------------------------------


def test_the_bundled_rules_name_grammar_and_identity_concepts_that_exist() -> None:
    roles = RULES.roles
    assert roles is not None and roles.grammar is not None and roles.identity is not None
    assert roles.identity.reason


def test_an_unknown_grammar_concept_fails_on_load() -> None:
    data = read_yaml(RULES_FILE)
    data["roles"]["grammar"]["party"] = "no_such_concept"
    with pytest.raises(ConfigError, match=r"roles.grammar: unknown concept 'no_such_concept'"):
        load_rules_from(data)


def test_an_unknown_identity_concept_fails_on_load() -> None:
    data = read_yaml(RULES_FILE)
    data["roles"]["identity"]["kinds"][0]["all"] = ["no_such_concept"]
    with pytest.raises(ConfigError, match=r"roles.identity\[law enforcement\]: unknown"):
        load_rules_from(data)


def test_police_action_about_a_third_party_is_read_as_such() -> None:
    reading = _reading("Warrant served re: one of its account holders, logs exported.")
    assert reading.role == "third_party"
    assert reading.object == "one of its account holders"
    assert _reading("Warrant served on Kestrel Freight, logs exported.").role != "third_party"


def test_police_action_about_a_party_without_a_determiner() -> None:
    reading = _reading("Sheriff served them a warrant for the uploader's login history.")
    assert reading.role == "third_party"
    assert reading.object == "uploader's"
    assert _reading("Sheriff served a warrant for the customer's payroll files.").role == "target"


def test_a_third_partys_possessive_account_stays_the_third_partys() -> None:
    text = "Police served them a warrant for the uploader's account data."
    assert _reading(text).role == "third_party"


def test_own_conduct_names_who_acts_and_what_they_did() -> None:
    reading = _reading("Each week the crew boss answered for the pickers at the gate.")
    assert reading.role == "actor"
    assert reading.actor.lower() == "crew boss" or reading.actor.lower().endswith("boss")
    assert reading.action == "answered for"
    unnamed = _reading("Wants payroll to hold back the pickers' wages until season end.")
    assert unnamed.actor == "the customer"


def test_a_bare_police_word_counts_in_the_name_not_in_the_description() -> None:
    named = _identity(Name="Ridgeford PD", Industry="Local Government")
    assert named is not None and named.kind == "law enforcement"
    described = _identity(Name="Quickstop Fuel", Description="Police called twice in 2016.")
    assert described is None


def test_a_passive_without_its_auxiliary_is_read_as_notes_write_it() -> None:
    reading = _reading("Risk update: 23 payees deactivated after the escort-ad sweep.")
    assert reading.role == "protective"
    assert reading.object == "23 payees"
    assert _reading("Risk update: 23 payees deactivated their own alerts.").role == "actor"


def test_the_customer_filing_a_report_with_an_authority_is_protective() -> None:
    reading = _reading("Compliance lead says they filed a SAR on the funnel pattern.")
    assert reading.role == "protective"
    assert reading.object == "SAR"
    assert _reading("Bank says a SAR may follow on the funnel pattern.").role == "actor"


def test_training_about_exploitation_is_protective() -> None:
    reading = _reading("Their front desk took a seminar on spotting sex trafficking at check-in.")
    assert reading.role == "protective"
    assert _reading("Their front desk took a seminar on the new booking screen.").role == "actor"


# --- rules 2026.12.24 ----------------------------------------------------------------------


def test_an_authority_named_without_a_condition_is_where_a_report_went() -> None:
    reading = _reading("Halvorsen cut the tannery supplier and reported it to CBP last week.")
    assert reading.role == "protective"
    threat = _reading("Foreman says he reports them to CBP if they complain about the dorm.")
    assert threat.role != "protective"


def test_police_action_on_a_business_under_an_indefinite_article_is_about_another() -> None:
    reading = _reading("Sheriff wants the lab's results on a farm later raided for labor abuse.")
    assert reading.role == "third_party"
    assert reading.object == "a farm"
    own = _reading("Sheriff says the farm was raided for labor abuse.")
    assert own.role == "target"


def test_police_acting_on_a_bar_s_patron_is_about_someone_else() -> None:
    reading = _reading("Deputies arrested a patron in the lot for soliciting two minors.")
    assert reading.role == "third_party"
    assert (
        _reading("Deputies arrested the bar's owner for soliciting minors.").role != "third_party"
    )


def test_a_franchisor_terminating_a_franchisee_is_protective() -> None:
    reading = _reading("Brandco terminated a franchisee after its owner was charged with pimping.")
    assert reading.role == "protective"
    assert reading.object == "a franchisee"


def test_a_nonprofit_for_farmworkers_has_a_protective_identity() -> None:
    found = _identity(Name="Valle Workers Fund", Description="Nonprofit serving farmworkers.")
    assert found is not None and found.kind == "non-profit against exploitation"
    assert _identity(Name="Valle Harvest Crews", Description="Hires farmworkers.") is None
