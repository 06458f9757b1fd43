"""Rules 2026.12.41: the customer's own words in Spanish, Portuguese and French that it
offboarded its merchants or users and told police read it on the protective side; a
threat to report workers to police does not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from crm_fixtures import note, sentence_role

DAY = datetime(2017, 10, 10, tzinfo=UTC)
KEY = "acct-p"


@pytest.mark.parametrize(
    "text",
    [
        "O banco quer ver que descredenciamos todos os lojistas daquela rede e que "
        "comunicamos à polícia.",
        "Ya dimos de baja a los 12 anunciantes y denunciamos a la policía.",
        "Nous avons résilié le marchand et signalé à la police.",
    ],
)
def test_the_customer_offboarding_and_telling_police_is_protective(text: str) -> None:
    assert sentence_role(note(KEY, DAY, text)) == "protective"


@pytest.mark.parametrize(
    "text",
    [
        "El jefe dice que si nos quejamos nos denuncia a la policía.",
        "O patrão disse que se sairmos chama a polícia.",
    ],
)
def test_a_threat_to_report_workers_is_not(text: str) -> None:
    assert sentence_role(note(KEY, DAY, text)) != "protective"
