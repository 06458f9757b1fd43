"""Rules 2026.12.9, roles: a customer that calls the police is reporting; an agency named in
full may be written by its initials later in the record; a hotline the customer runs for
its own workers is not a victim service; content sent to the customer's moderators is not
hidden from the provider; a competitor cut off by card networks is not the customer."""

from __future__ import annotations

from datetime import UTC, datetime

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import Identity, customer_identity, read_roles
from knowable.model import Record

DAY = datetime(2016, 2, 25, tzinfo=UTC)
RULES = relationship_rules()
RULES_ONLY = RULES.model_copy(update={"model": None})
READER = RecordReader(RULES)


def _case(text: str, key: str = "acct-3") -> Record:
    return Record("crm", "Case", {"Description": text}, DAY, subject_key=key, text=text)


def _indicators(*records: Record) -> set[str]:
    return {s.indicator for s in detect_relationship(list(records), rules=RULES_ONLY)}


def _roles(text: str) -> list[str]:
    record = _case(text)
    return [
        read_roles(r.sentence, r.hits, RULES, None, record.text).role for r in READER.read(record)
    ]


def _identity(**fields: str) -> Identity | None:
    text = fields.get("Description", "")
    account = Record("crm", "Account", dict(fields), DAY, subject_key="acct-3", text=text)
    return customer_identity(account, READER.matcher, RULES)


def test_calling_the_police_is_reporting_to_them() -> None:
    text = "Desk mgr called police about a suspected trafficking case; a 17 y/o was recovered."
    assert _roles(text)[0] == "protective"
    assert "REL-13" not in _indicators(_case(text))


def test_police_calling_the_customer_is_not_the_customer_reporting() -> None:
    text = "Police called the owner: a 16 y/o was recovered from room 4 in the raid."
    assert "REL-13" in _indicators(_case(text))


def test_an_agency_named_in_full_is_read_again_by_its_initials() -> None:
    text = (
        "Jacksonville Sheriff's Office requests the folio for room 208. The night mgr had "
        "called JSO about a suspected trafficking situation; JSO recovered a 17 y/o."
    )
    [_, second] = READER.read(_case(text))
    assert any(h.concept == "agency" for h in second.hits if h.first == h.last)
    assert _roles(text)[1] == "protective"
    assert "REL-13" not in _indicators(_case(text))


def test_capitals_never_named_as_an_agency_are_not_one() -> None:
    text = "The night mgr had called JSO about the Wi-Fi outage; JSO fixed the router."
    reads = READER.read(_case(text))
    assert not any(h.concept == "agency" for r in reads for h in r.hits)


def test_initials_of_an_agency_raiding_the_customer_still_count() -> None:
    text = "Harris County Sheriff's Office (HCSO) called. HCSO raided the spa (prostitution)."
    assert "REL-13" in _indicators(_case(text))


def test_an_employer_running_a_worker_hotline_is_not_a_victim_service() -> None:
    assert (
        _identity(
            Name="Valle Verde Farm Labor", Description="Farm labor contractor. SMS worker hotline."
        )
        is None
    )


def test_a_hotline_for_survivors_is_a_victim_service() -> None:
    found = _identity(Name="Harbor Light", Description="24/7 hotline for trafficking survivors.")
    assert found is not None and found.kind == "victim services"
    named = _identity(Name="Northern Crisis Hotline", Description="Answering service.")
    assert named is not None and named.kind == "victim services"


def test_ads_sent_to_the_customers_moderators_are_not_hidden_from_the_provider() -> None:
    text = "Greg wants flagged escort ads to auto-hide and route to T&S, poster banned."
    assert "REL-10" not in _indicators(_case(text))


def test_hiding_from_the_provider_still_limits_visibility() -> None:
    text = "Customer wants us to hide the chat logs so our support staff cannot see them."
    assert "REL-10" in _indicators(_case(text))


def test_police_acting_on_a_client_named_before_is_about_that_client() -> None:
    text = (
        "Got an HSI subpoena: one of their clients (a model agency) shipped fake IDs, under "
        "investigation for sex trafficking."
    )
    assert _roles(text)[0] == "third_party"
    assert not _indicators(_case(text)) & {"REL-13", "BEH-04"}


def test_the_customers_own_storefronts_under_investigation_still_count() -> None:
    text = "2 of the 5 storefronts raided by the county task force, owners under investigation."
    assert "REL-13" in _indicators(_case(text))


def test_a_processor_terminating_their_merchant_acct_drops_the_customer() -> None:
    text = "PayCrest terminated their merchant acct for 'adult services' per Alex."
    assert "REL-01" in _indicators(_case(text))


def test_the_customer_terminating_a_merchants_acct_is_protective() -> None:
    text = "Customer terminated a merchant acct after escort ads showed up on its site."
    assert "REL-01" not in _indicators(_case(text))


def test_kept_from_calling_family_is_confinement() -> None:
    text = "SOS text: 'el señor se quedó con mi pasaporte y no me deja llamar a mi mamá'."
    assert "BEH-05" in _indicators(_case(text))


def test_calling_family_freely_is_not_confinement() -> None:
    text = "Driver app: workers can call family any time, phones stay with them."
    assert "BEH-05" not in _indicators(_case(text))


def test_a_party_noun_before_an_action_noun_is_what_the_action_is_done_to() -> None:
    text = "Wants reason codes on merchant termination: 'escort ads', 'processor request'."
    assert _roles(text)[0] == "protective"
    assert "REL-01" not in _indicators(_case(text))


def test_a_processor_terminating_the_customer_still_drops_it() -> None:
    text = "Processor sent termination of their merchant account for escort ads."
    assert "REL-01" in _indicators(_case(text))
