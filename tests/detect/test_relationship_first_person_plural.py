"""Rules 2026.12.44: the customer's own Spanish, Portuguese and French first person plural
for suspending and reporting its users ("suspendimos 23 empleadores; cinco los reportamos
al DOL") reads protective; a worker's fear of reporting ("si lo denunciamos nos
deportan") does not."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import note, sentence_role

DAY = datetime(2018, 4, 11, tzinfo=UTC)
KEY = "acct-j"


def test_we_suspended_and_reported_them_is_the_customers_own_act() -> None:
    told = "Quote: 'Este ano suspendimos 23 empleadores; cinco los reportamos al DOL.'"
    assert sentence_role(note(KEY, DAY, told)) == "protective"
    told = "Nous avons suspendu 12 annonceurs et signalé deux comptes."
    assert sentence_role(note(KEY, DAY, told)) == "protective"


def test_a_workers_fear_of_reporting_is_not_protective() -> None:
    told = "Worker msg: 'si lo denunciamos nos deportan, el patrón tiene los pasaportes'."
    assert sentence_role(note(KEY, DAY, told)) != "protective"
