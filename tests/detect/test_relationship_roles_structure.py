"""Hard negatives by role, read from structure: the customer acting on its own parties,
the customer as a crime's victim or complainant, terms a worker chose.

Every sentence is written for this test (fictional, none from an evaluation set), each
structure with a sentence that has it and one that does not.
"""

from __future__ import annotations

from datetime import UTC, datetime

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import RoleReading, read_roles
from knowable.model import Record

DAY = datetime(2018, 6, 12, tzinfo=UTC)
RULES = relationship_rules()
RULES_ONLY = RULES.model_copy(update={"model": None})
READER = RecordReader(RULES)


def _note(text: str) -> Record:
    return Record("crm", "Note", {"Body": text}, DAY, subject_key="acct-9", text=text)


def _reading(text: str) -> RoleReading:
    record = _note(text)
    [read] = READER.read(record)
    return read_roles(read.sentence, read.hits, RULES, None, record.text)


def _rule_indicators(text: str) -> set[str]:
    return {s.indicator for s in detect_relationship([_note(text)], rules=RULES_ONLY)}


# --- the customer acting on its own parties ------------------------------------------------


def test_a_rounded_number_of_parties_is_still_the_object() -> None:
    reading = _reading("Ops delisted about 200 sellers for escort ads after the sweep.")
    assert reading.role == "protective"
    assert reading.object == "200 sellers"


def test_a_rounded_number_does_not_make_someone_else_the_customers_object() -> None:
    # The card network acts first: the customer may be the one acted on.
    assert _reading("Visa cut off about 200 merchants of theirs for escort ads.").role == "actor"


def test_accounts_of_its_parties_are_not_the_customers_own_account() -> None:
    reading = _reading("Their risk lead shut down a payee account tied to escort ads.")
    assert reading.role == "protective"
    assert reading.object == "a payee"
    numbered = _reading("Risk terminated 40 sub-merchant accounts tied to escort ads.")
    assert numbered.role == "protective"


def test_the_customers_own_merchant_account_stays_its_own() -> None:
    # "their merchant account" is the customer's account: nobody else is acted on.
    assert _reading("They shut down their merchant account after the escort ads.").role == ("actor")


def test_a_plural_class_of_parties_after_the_action_is_protective() -> None:
    reading = _reading("Per the CSM the app bans profiles offering paid companionship.")
    assert reading.role == "protective"
    assert (reading.action, reading.object) == ("bans", "profiles")


def test_a_bare_singular_party_is_not_read_as_a_class_of_others() -> None:
    # In a payments provider's notes "merchant" may be the customer itself.
    assert _reading("Merchant was terminated by risk for escort ads.").role == "actor"


def test_a_passive_whose_agent_is_a_bank_or_police_is_not_the_customer_acting() -> None:
    assert _reading("Sellers were terminated by the processor for escort ads.").role == "actor"
    assert _reading("Sellers were terminated by the platform for escort ads.").role == (
        "protective"
    )


def test_no_rule_signal_when_the_customer_files_on_its_merchant() -> None:
    text = "Calloway filed a SAR on one of their merchants over suspected trafficking proceeds."
    assert _reading(text).role == "protective"
    # the same facts with the customer as the one reported stay a red flag
    assert _reading("Calloway was reported to police over suspected trafficking.").role in (
        "actor",
        "target",
    )


# --- the customer as victim or complainant -------------------------------------------------


def test_a_report_named_before_its_verb_is_the_customer_reporting() -> None:
    reading = _reading("Their bookkeeper took $40k, police report filed by the owner.")
    assert reading.role == "protective"
    assert reading.action == "filed"


def test_a_report_filed_against_the_owner_is_police_action_on_the_customer() -> None:
    assert _reading("A police report was filed against the owner for trafficking.").role == (
        "target"
    )


def test_the_customer_pressing_charges_is_on_the_protective_side() -> None:
    assert _reading("A former employee stole client data; customer pressed charges.").role == (
        "protective"
    )
    assert _reading("Police charged the owner with trafficking last week.").role == "target"


def test_fraud_aimed_at_the_customer_reads_it_as_the_victim() -> None:
    reading = _reading("Customer lost $25k to an invoice scam last month, FBI notified.")
    assert reading.role == "victim"
    assert _reading("Customer lost $25k on a bad season last month.").role == "actor"


# --- terms a worker chose or the law allows -------------------------------------------------


def test_deductions_fire_without_stated_terms() -> None:
    text = "Dorm rent and transport fees come out of the workers' wages every week."
    assert "BIZ-17" in _rule_indicators(text)


def test_deductions_the_worker_opted_into_do_not_fire() -> None:
    text = "Dorm rent comes out of the workers' wages, optional, billed at cost."
    assert "BIZ-17" not in _rule_indicators(text)


def test_wages_held_fire_without_stated_terms_and_not_with_them() -> None:
    assert "BEH-02" in _rule_indicators("The supervisor keeps the workers' wages on a card.")
    text = "Workers keep their wages on a pay card; the card is optional."
    assert "BEH-02" not in _rule_indicators(text)


# --- reporting to an authority, police action about a user, read over the record ----------


def test_the_customer_reporting_someone_to_an_authority_is_protective() -> None:
    text = "Corporate reported what they found at that franchise to police."
    reading = _reading(text)
    assert reading.role == "protective"
    assert (reading.action, reading.object) == ("reported", "police")
    # pulling the franchise first is the act read (rules 2026.12.42: "pulled" acts on it)
    pulled = _reading("Corporate pulled that franchise and reported what they found to police.")
    assert (pulled.role, pulled.action, pulled.object) == ("protective", "pulled", "that franchise")


def test_someone_else_reporting_the_customer_to_an_authority_is_not() -> None:
    assert _reading("Neighbours reported the spa to police for late-night traffic.").role == (
        "actor"
    )
    assert _reading("The spa was reported to police for late-night traffic.").role == "actor"


def test_police_action_about_a_user_with_an_adjective_is_about_the_user() -> None:
    reading = _reading("FBI subpoena re adult user who groomed a 13 y/o last month.")
    assert reading.role == "third_party"
    # about the customer's own people it stays police action against the customer
    assert _reading("FBI subpoena re the owner who groomed a 13 y/o last month.").role == ("target")


def test_police_action_in_a_record_where_the_customer_reported_gives_no_rel13() -> None:
    text = (
        "FBI subpoena - grooming case\n"
        "Sheriff's detective served a subpoena last week. "
        "Their safety team had already filed a CyberTipline report in January."
    )
    assert "REL-13" not in _rule_indicators(text)


def test_police_action_in_a_record_with_no_protective_sentence_gives_rel13() -> None:
    text = "FBI subpoena - grooming case\nSheriff's detective served a subpoena last week."
    assert "REL-13" in _rule_indicators(text)


def test_a_record_with_the_customer_as_target_keeps_rel13_despite_a_report() -> None:
    text = (
        "Sheriff's detective served a subpoena last week; the owner was arrested. "
        "Their safety team filed a CyberTipline report in January."
    )
    assert "REL-13" in _rule_indicators(text)


def test_police_action_for_the_customers_own_data_about_applicants_stays_a_red_flag() -> None:
    # "for site + applicant DB": the customer's own site and database, not an applicant.
    reading = _reading("HSI preservation letter rcvd for site + applicant DB.")
    assert reading.role not in ("third_party", "protective")


# --- closing or listing a party's account; a third party's people --------------------------


def test_closing_or_listing_its_parties_accounts_is_protective() -> None:
    assert _reading("Ops needs to bulk-close 3 merchant accts after a records request.").role == (
        "protective"
    )
    assert _reading("Risk MATCH-listed 4 merchants after an agency inquiry.").role == ("protective")


def test_someone_else_closing_the_customers_account_is_not_protective() -> None:
    assert _reading("The bank closed their merchant account after a records request.").role != (
        "protective"
    )


def test_the_owner_of_a_business_the_customer_cut_off_is_not_the_customers_owner() -> None:
    reading = _reading("Their CRO: we cut off a spa chain last month after the owner was indicted.")
    assert reading.role == "protective"
    assert reading.object.startswith("a spa")


def test_the_owner_after_someone_else_acted_is_still_the_customers() -> None:
    assert _reading("Visa cut off a spa chain after the owner was indicted.").role == "target"
    assert _reading("We removed their site after the owner was indicted.").role == "target"


# --- a strong rule reading: police action against the customer for the harm itself -------


def _assessed(text: str) -> tuple[str, float]:
    from knowable.assess.score import assess
    from knowable.catalogue.policy import bundled_policy

    signals = detect_relationship([_note(text)], rules=RULES_ONLY)
    a = assess("acct-9", signals, bundled_policy(), datetime(2020, 12, 31, tzinfo=UTC))
    return a.band, a.score


def test_the_owner_indicted_for_trafficking_reaches_review_on_its_own() -> None:
    text = "Local paper: the owner was indicted for sex trafficking out of the motel rooms."
    band, score = _assessed(text)
    assert band == "review"
    assert score >= 0.5


def test_the_owner_arrested_for_something_else_does_not_reach_review_alone() -> None:
    band, _ = _assessed("Per the AE the owner was arrested last week for DUI.")
    assert band != "review"


def test_confinement_in_the_singular_reads_as_confinement() -> None:
    assert "BEH-05" in _rule_indicators("Msg: a família não me deixa sair de casa.")
    assert "BEH-05" in _rule_indicators("Msg: la señora no me deja salir nunca.")
    assert "BEH-05" not in _rule_indicators("Msg: a família me deixa sair aos domingos.")


def test_recruitment_debt_fires_unless_the_employer_pays() -> None:
    text = "The workers owe the recruiter for flights and visa fees, paid back from wages."
    assert "BIZ-17" in _rule_indicators(text)
    paid = "The workers owe nothing for flights and visa fees: the employer pays, per contract."
    assert "BIZ-17" not in _rule_indicators(paid)


def test_housing_on_site_fires_unless_it_is_optional() -> None:
    assert "BIZ-17" in _rule_indicators("The workers live upstairs in the back room at the shop.")
    text = "Some workers live upstairs at the shop, optional, rent at cost."
    assert "BIZ-17" not in _rule_indicators(text)


def test_closing_its_own_stores_after_a_raid_keeps_the_raid_on_the_customer() -> None:
    assert _reading("The owner closed 3 stores after the raid last month.").role == "target"


# --- harm done by the customer's party, not by the customer ----------------------------------


def test_a_party_holding_documents_is_that_partys_conduct() -> None:
    reading = _reading("Coordinator's visit found a host family holding the au pair's passport.")
    assert (reading.role, reading.actor) == ("third_party", "a host family")
    assert "BEH-02" not in _rule_indicators("Audit found one seller holding workers' passports.")


def test_the_customers_own_people_holding_documents_stay_a_red_flag() -> None:
    assert "BEH-02" in _rule_indicators("The owner keeps the workers' passports in the office.")
    assert "BEH-02" in _rule_indicators("Coordinator found the manager holding their passports.")


def test_harm_by_a_former_employer_is_the_victims_history_not_the_customers() -> None:
    text = "He was trafficked by a previous employer (they held his passport); with us 2 yrs."
    assert _reading(text).role == "third_party"
    assert _rule_indicators(text) == set()
    # a harm word that is a noun after a party is not that party acting
    assert _reading("They want journeys for power posters in the escorts section.").role != (
        "third_party"
    )


def test_harm_found_on_a_partys_premises_is_that_partys() -> None:
    text = "Their audit found workers at a supplier's factory had passports held by the dorm mgr."
    assert _reading(text).role == "third_party"
    assert "BEH-02" not in _rule_indicators(text)
    # the customer's own premises keep it the customer's
    own = "Their audit found workers at the main plant had passports held by the dorm mgr."
    assert "BEH-02" in _rule_indicators(own)


def test_an_unless_term_stops_a_rule_only_near_the_words_it_matched() -> None:
    assert "BEH-02" not in _rule_indicators("They keep a copy of each passport on file.")
    far = (
        "The agency said it was a photo shoot, but they took her to a client's hotel in "
        "another city and the agency kept her passport."
    )
    assert "BEH-02" in _rule_indicators(far)


def test_parties_the_customer_acted_on_in_a_relative_clause_are_its_object() -> None:
    reading = _reading("Need a report of funds held from merchants they shut down for escort ads.")
    assert (reading.role, reading.object) == ("protective", "merchants")
    # someone else acting on the customer stays a red flag
    assert "REL-01" in _rule_indicators("The processor shut down their account over escort ads.")


def test_the_household_holding_an_au_pairs_passport_is_the_households_conduct() -> None:
    quoted = "Coordinator shared her msg: 'a família ficou com meu passaporte'."
    assert _reading(quoted).role == "third_party"
    assert _rule_indicators("(family took her passport 'for safekeeping', 60 hr wks).") == set()


def test_the_customers_side_harming_in_the_same_sentence_keeps_the_red_flag() -> None:
    text = "A família não me deixa sair, a agência fica com meu salário e meu passaporte."
    assert {"BEH-02", "BEH-05"} <= _rule_indicators(text)
    assert "BEH-02" in _rule_indicators("The family is nice but the boss keeps my passport.")


def test_documents_kept_so_workers_cannot_go_read_as_confinement() -> None:
    assert "BEH-05" in _rule_indicators("Foreman keeps the workers' IDs so nobody runs off.")
    got = "He bragged: crews can't walk off, I've got their passports till the advance is paid."
    assert {"BEH-02", "BEH-05"} <= _rule_indicators(got)
    assert _rule_indicators("The workers got their passports back the same day.") == set()
    assert "BEH-05" not in _rule_indicators("Nobody runs the payroll report for the workers now.")


def test_a_holder_the_record_introduced_as_third_party_is_not_the_customer() -> None:
    text = (
        "Housekeeping came through a 3rd-party staffing firm. Two housekeepers told the "
        "hotel the firm held their passports and charged 'debt' for housing."
    )
    assert "BEH-02" not in _rule_indicators(text)
    own = "We are a third-party staffing firm. The firm held their passports for the debt."
    assert "BEH-02" in _rule_indicators(own)


def test_documents_held_for_a_debt_reach_review_on_their_own() -> None:
    band, score = _assessed("Owner keeps the workers' passports until they pay off the debt.")
    assert band == "review" and score >= 0.5
    band, _ = _assessed("Owner keeps the workers' passports in the office.")
    assert band != "review"


def test_training_is_protective_only_when_harm_is_what_it_is_about() -> None:
    text = "Dancers sign a 'travel & training' debt; the club holds passports until it is paid."
    assert "BEH-02" in _rule_indicators(text)
    assert _reading("Staff took a seminar on spotting sex trafficking at check-in.").role == (
        "protective"
    )
