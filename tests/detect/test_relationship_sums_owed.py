"""Rules 2026.12.45: a sum owed in Spanish, Portuguese or French ("ela deve 6 mil
dólares") is a debt, though the verb alone is also "must"; kept in "until each one pays"
with words between; nobody let out, in the workers' languages."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import RULES_ONLY, note

from knowable.catalogue.crm_language import owed_amount_spans
from knowable.detect.relationship.detector import detect_relationship
from knowable.model import Record

DAY = datetime(2016, 9, 12, tzinfo=UTC)
KEY = "acct-owed"


def _rules(record: Record) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for signal in detect_relationship([record], rules=RULES_ONLY):
        out.setdefault(signal.indicator, set()).update((signal.details or {}).get("rules", ()))
    return out


def _owed(text: str) -> list[str]:
    return [text[a:b] for a, b in owed_amount_spans(text)]


def test_a_sum_after_the_verb_is_owed() -> None:
    assert _owed("agora diz que ela deve 6 mil dólares") == ["deve 6 mil"]
    assert _owed("dice que le debemos $3,500 por el viaje") == ["debemos $3,500"]
    assert _owed("il dit qu'on lui doit encore 8 000 dollars") == ["doit encore 8 000"]


def test_the_verb_as_must_or_before_a_time_is_not_owed() -> None:
    assert _owed("ela deve enviar o passaporte amanhã") == []
    assert _owed("debe tener 18 años para el puesto") == []
    assert _owed("ela deve 3 horas de treinamento") == []
    assert _owed("il doit 2 fois par semaine passer au bureau") == []


def test_documents_held_for_a_sum_owed_is_debt_bondage() -> None:
    told = (
        "Report pasted: 'A agência pagou a passagem e agora diz que ela deve 6 mil dólares "
        "e ficou com o passaporte dela.'"
    )
    assert "beh02-documents-for-owed-debt" in _rules(note(KEY, DAY, told)).get("BEH-02", set())


def test_documents_held_beside_a_duty_is_not_debt_bondage() -> None:
    told = "Cliente: 'a agência ficou com o passaporte dela e ela deve enviar a foto amanhã.'"
    assert "beh02-documents-for-owed-debt" not in _rules(note(KEY, DAY, told)).get("BEH-02", set())


def test_kept_in_until_each_one_pays_with_words_between() -> None:
    told = (
        "Pasted msg: 'Chicas: ninguna sale de la casa ni del cuarto hasta que cada una pague "
        "su cuota de la semana.'"
    )
    assert "beh05-until-pays-gapped" in _rules(note(KEY, DAY, told)).get("BEH-05", set())
    told = "Text: 'none of you leaves the house until every one of you pays the week.'"
    assert "BEH-05" in _rules(note(KEY, DAY, told))


def test_a_customer_on_hold_until_it_pays_an_invoice_is_billing() -> None:
    told = "Account on hold until the customer finally pays the invoice, then they can go live."
    assert "BEH-05" not in _rules(note(KEY, DAY, told))
    told = "Reminder: onboarding paused till they pay the setup fee; docs uploaded already."
    assert "beh05-until-pays-gapped" not in _rules(note(KEY, DAY, told)).get("BEH-05", set())
