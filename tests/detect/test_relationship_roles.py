"""Roles over a whole record, and protective cues that name what is removed."""

from __future__ import annotations

from datetime import UTC, datetime

from knowable.catalogue.relationship import RelationshipRules, relationship_rules
from knowable.detect.relationship.detector import detect_relationship, role_of
from knowable.detect.relationship.reader import RecordReader
from knowable.model import Record

DAY = datetime(2016, 5, 4, tzinfo=UTC)
RULES_ONLY = relationship_rules().model_copy(update={"model": None})
RED = (
    "Site visit: mgr holds the girls' passports and they owe a debt they must work off. "
    "They live in the back room and are not allowed to leave."
)

MODEL_ONLY = (
    "Owner asks to turn off the ID scan at motel check-in and to allow check-in with no "
    "name, room number only. Rooms by the hour, cash."
)
MODEL_ONLY_TOO = (
    "Owner asks us to purge guest registration after 7 days so guests cannot be found, and "
    "whether police can get our data without going through him. He also wants guest names "
    "off the folios."
)


def _note(text: str) -> Record:
    return Record("crm", "Note", {"Body": text}, DAY, subject_key="acct-1", text=text)


def _scope(scope: str) -> RelationshipRules:
    rules = relationship_rules()
    assert rules.model is not None
    return rules.model_copy(
        update={"model": rules.model.model_copy(update={"protective_scope": scope})}
    )


def _model_signals(text: str, rules: RelationshipRules) -> list[str]:
    return [
        s.indicator
        for s in detect_relationship([_note(text)], rules=rules)
        if s.indicator == "REL-12"
    ]


def test_red_record_gives_a_model_signal() -> None:
    assert _model_signals(RED, _scope("record")) == ["REL-12"]


def test_a_record_showing_the_customer_reporting_gives_no_model_signal() -> None:
    text = RED + " The customer reported it to the police the same day."
    assert _model_signals(text, _scope("record")) == []


def test_quoted_scope_keeps_the_signal_when_the_quoted_sentences_are_the_customers_own() -> None:
    text = RED + " The customer reported it to the police the same day."
    assert _model_signals(text, _scope("quoted")) == ["REL-12"]


def test_police_target_in_the_record_overrides_the_protective_sentence() -> None:
    text = RED + " The owner was arrested; the hotline had a call about it."
    [signal] = [
        s
        for s in detect_relationship([_note(text)], rules=_scope("record"))
        if s.indicator == "REL-12"
    ]
    assert signal.details["role"] == "target"


def _role(text: str) -> str:
    reader = RecordReader(relationship_rules())
    [read] = reader.read(_note(text))
    return role_of(read, relationship_rules(), text=text)


def test_removing_listings_is_protective() -> None:
    assert _role("Their moderators remove the listings with escort terms.") == "protective"


def test_removing_a_word_and_publishing_is_not_protective() -> None:
    text = "Wants a flow: if the title has teen, remove the word and publish the room."
    assert _role(text) == "actor"
    fired = detect_relationship([_note(text)], rules=RULES_ONLY)
    assert [s.indicator for s in fired if s.indicator == "REL-11"] == ["REL-11"]


def test_an_intake_form_alone_is_not_protective() -> None:
    # The provider configuring a staffing agency's worker intake form is not the customer
    # serving victims; a victim-services intake is.
    assert _role("Sat in on onboarding calls to test the worker intake form.") == "actor"
    assert _role("Their victim intake form asks about debts.") == "protective"


def test_routine_contacts_and_renewals_after_one_red_record_do_not_reach_review() -> None:
    from datetime import timedelta

    from knowable.assess.score import assess
    from knowable.catalogue.policy import bundled_policy

    def record(kind: str, text: str, days: int, **payload: object) -> Record:
        return Record(
            "crm",
            kind,
            {"Description": text, **payload},
            DAY + timedelta(days=days),
            subject_key="acct-1",
            text=text,
        )

    # One record only the model reads as a red flag (no rule fires on it), then routine
    # support, a renewal and an upsell: the customer stays below review (clear at the
    # bundled REL-12 weight, 0.4 per unit of score, held at half until corroborated).
    records = [
        record("Case", MODEL_ONLY, 0),
        record("Case", "Password reset for the office manager. Reset done, closed.", 30),
        record("Task", "Invoice copies for their accountant, sent.", 60),
        record("Case", "SMS reminders not sending; carrier filtering fixed.", 90),
        record(
            "Opportunity",
            "Renewal 2017, same plan.",
            200,
            Type="Renewal",
            StageName="Closed Won",
            IsWon="true",
        ),
        record("Opportunity", "Upsell: 5 more seats.", 400, Type="Upsell", StageName="Closed Won"),
    ]
    signals = detect_relationship(records)
    assert {s.indicator for s in signals} == {"REL-12", "REL-06"}
    a = assess("acct-1", signals, bundled_policy(), DAY + timedelta(days=800))
    assert a.band in ("clear", "watch"), (a.band, a.score)
    assert a.knowable_since is None
    # A second record the model reads as a red flag corroborates it: review from its date.
    second = record("Note", MODEL_ONLY_TOO, 500)
    signals = detect_relationship([*records, second])
    b = assess("acct-1", signals, bundled_policy(), DAY + timedelta(days=800))
    assert b.band == "review", (b.band, b.score)
    assert b.knowable_since == second.available_at


def test_a_rank_before_a_name_stays_in_the_quoted_sentence() -> None:
    text = "Call from Det. Ruiz: the owner was arrested in a raid on the spa last night."
    found = detect_relationship([_note(text)], rules=RULES_ONLY)
    assert [s.indicator for s in found] == ["REL-13"]
    assert [e.quote for e in found[0].evidence] == [text]


def test_legal_process_about_one_of_the_customer_s_users_is_protective() -> None:
    for text in (
        "FYI: county sheriff served the customer a warrant for an uploader's account data; "
        "they complied.",
        "State police subpoena for a user's account logs, answered by their T&S lead.",
    ):
        assert detect_relationship([_note(text)], rules=RULES_ONLY) == []


def test_legal_process_against_the_owner_stays_a_red_flag() -> None:
    text = "Owner was indicted; agents also took the user's account records."
    found = detect_relationship([_note(text)], rules=RULES_ONLY)
    assert [s.indicator for s in found] == ["REL-13"]


def test_a_singular_party_right_after_the_action_is_its_object() -> None:
    assert _role("Brightway terminated cleaning vendor 'Acme Crew' over the complaint.") == (
        "protective"
    )
    assert _role("They delisted host Maple Lofts after the report.") == "protective"


def test_a_party_word_modifying_another_noun_is_not_an_object() -> None:
    # "guest registration" is what is purged; no guest is acted on.
    text = "Owner asks us to purge guest registration after 7 days so guests cannot be found."
    assert _role(text) == "actor"


def test_a_former_staff_member_arrested_is_a_third_party() -> None:
    text = "FYI a former housekeeper was arrested for promoting prostitution across town."
    assert _role(text) == "third_party"
    assert _role("The owner was arrested for promoting prostitution.") == "target"


def test_consent_records_kept_are_a_safeguard_and_purged_are_not() -> None:
    # Rules 2026.12.13: a safeguard being destroyed is not one the customer keeps.
    assert _role("They keep signed consent forms for every client, checked by the owner.") == (
        "protective"
    )
    assert _role("Owner wants all client profiles, consent forms + photos purged asap.") == (
        "actor"
    )
