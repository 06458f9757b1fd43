"""Workers' and owners' words quoted by staff in Spanish, Portuguese and French are read
by the rules (documents held, recruitment debt), and their own-document forms are not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.model import Record

RULES_ONLY = relationship_rules().model_copy(update={"model": None})


def _fired(text: str) -> set[str]:
    record = Record(
        "crm",
        "Note",
        {"Body": text},
        datetime(2017, 1, 1, tzinfo=UTC),
        subject_key="acct-1",
        text=text,
    )
    return {s.indicator for s in detect_relationship([record], rules=RULES_ONLY)}


@pytest.mark.parametrize(
    "text",
    [
        "Worker quoted: 'a agência ficou com meu passaporte e diz que devo a passagem'.",
        "New checkbox on the candidate form: 'Passaporte em custódia'.",
        "Nota: 'el patrón tiene nuestros pasaportes y dice que debemos el pasaje'.",
        "Message: 'le patron garde nos passeports jusqu'à ce qu'on rembourse le voyage'.",
        "Owner wants a field for the custodian of each worker's passport.",
    ],
)
def test_documents_held_in_other_languages(text: str) -> None:
    assert "BEH-02" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cada trabajador guarda su propio pasaporte.",
        "Chaque travailleur garde son propre passeport.",
        "O trabalhador fica com o seu próprio passaporte.",
        "Copia del pasaporte en el expediente, original devuelto.",
    ],
)
def test_own_documents_in_other_languages_are_not_held(text: str) -> None:
    assert "BEH-02" not in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pasted: 'nós devemos a passagem e o visto à agência, descontam toda semana'.",
        "Texto: 'nosotras debemos el pasaje y la visa al reclutador'.",
        "Message: 'nous devons rembourser le voyage, la dette est énorme'.",
    ],
)
def test_recruitment_debt_in_other_languages(text: str) -> None:
    assert "BIZ-17" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "El empleador paga el pasaje y la visa.",
        "Le visa et le billet sont payés par l'employeur.",
    ],
)
def test_paid_travel_in_other_languages_is_not_debt(text: str) -> None:
    assert "BIZ-17" not in _fired(text)


def test_staff_shorthand_charged_with_is_police_action() -> None:
    assert "REL-13" in _fired("Police say the manager was charged w/ trafficking.")


def test_charged_with_a_fee_is_not_police_action() -> None:
    assert "REL-13" not in _fired("Cardholder was charged w/ a late fee twice.")


def test_sex_market_merchants_boarded_under_another_category_is_a_workaround() -> None:
    text = "Seed data maps True Category 'escort/adult ads' -> Submitted MCC 7299 'Misc services'."
    assert "REL-02" in _fired(text)
    pitch = "Pitch to adult classifieds cut off by Visa: we board you under a neutral descriptor."
    assert "REL-02" in _fired(pitch)


def test_checking_a_merchants_category_is_not_a_workaround() -> None:
    assert "REL-02" not in _fired("Added an MCC check and a descriptor check for new merchants.")
    assert "REL-02" not in _fired("Descriptor updated with the city so cardholders recognise it.")


def test_keeping_them_inside_is_confinement() -> None:
    assert "BEH-05" in _fired("The young ones bring too many cops so I tell him keep them inside.")


def test_keeping_things_inside_is_not_confinement() -> None:
    assert "BEH-05" not in _fired("Keep the tablets inside the office overnight.")


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Worker SMS: '¿Cuándo nos devuelven los pasaportes? Dice que hasta pagar la deuda.'",
         "BEH-02"),
        ("Msg: 'El encargado tiene mi tarjeta de residencia y dice que llama a migración.'",
         "BEH-02"),
        ("Voicemail (PT): 'o gerente pegou meu passaporte quando eu cheguei.'", "BEH-02"),
        ("Worker: 'El jefe se queda con la tarjeta de pago y nos da cincuenta a la semana.'",
         "BEH-02"),
        ("Msg (FR): 'Monsieur dit que je dois rembourser le billet en travaillant.'", "BIZ-17"),
        ("Caller: 'No nos dejan salir de la casa los fines de semana.'", "BEH-05"),
        ("Texto: 'Não deixam a gente sair do alojamento.'", "BEH-05"),
        ("The crew lead took their passports 'for safekeeping' on arrival.", "BEH-02"),
    ],
)  # fmt: skip
def test_the_worker_s_own_words_are_read(text: str, indicator: str) -> None:
    assert indicator in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "The agency took a photo of her passport for the I-9 file.",
        "We returned the passports to the workers after the audit.",
        "Customer took payment by card at the front desk.",
        "Please give back the demo laptop by Friday.",
        "We can't leave the integration half-done, pushing it to the next sprint.",
        "Yo, the invoice for the 3 seats is attached.",
        "Nos. 4 and 5 of the invoice list were paid.",
    ],
)
def test_ordinary_words_stay_clear(text: str) -> None:
    assert not _fired(text) & {"BEH-02", "BEH-05", "BIZ-17"}


@pytest.mark.parametrize(
    "text",
    [
        "Cleaner said in Spanish: 'a las muchachas del fondo no las dejan irse, nunca salen'.",
        "Texto pegado: 'nos tienen encerradas en la bodega'.",
        "Msg in Portuguese: 'o gerente não deixa ela sair, nunca saem do quarto'.",
        "Mensagem: 'não podemos ir embora até o fim da safra'.",
        "Note (FR): 'ils ne nous laissent pas partir, on ne peut pas partir sans le chef'.",
    ],
)
def test_confinement_in_other_languages(text: str) -> None:
    assert "BEH-05" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "Las trabajadoras salen a las seis y pueden irse cuando quieran.",
        "Os trabalhadores podem sair nos fins de semana.",
        "Les employés peuvent partir à 17h.",
    ],
)
def test_free_to_leave_in_other_languages_is_not_confinement(text: str) -> None:
    assert "BEH-05" not in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "Worker wrote: 'o patrão está com nossos passaportes desde março'.",
        "Pasted: 'el encargado retuvo los pasaportes de todos'.",
        "Message: 'le chef a confisqué nos passeports à l'arrivée'.",
    ],
)
def test_documents_kept_verb_forms(text: str) -> None:
    assert "BEH-02" in _fired(text)
