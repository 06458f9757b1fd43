"""Rules 2026.12.47: labour given to repay what someone is owed ("the crews work it off")
is recruitment debt in the words of those who run it (BIZ-17), with nothing else in the
sentence; a victim-serving customer telling what its clients went through, terms a worker
chose, or another business's practice do not count."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators, note

from knowable.model import Record

DAY = datetime(2017, 10, 5, tzinfo=UTC)
KEY = "acct-ridgeway"


def _contractor() -> Record:
    return crm_record(
        "Account", KEY, DAY, "", Name="Ridgeway Framing", Description="Framing subcontractor."
    )


def _shelter() -> Record:
    return crm_record(
        "Account",
        KEY,
        DAY,
        "",
        Name="Casa Aurora",
        Description="Shelter and legal aid for survivors of labour trafficking.",
    )


def test_crews_working_off_the_fare_is_recruitment_debt() -> None:
    text = (
        "Rogelio: the company fronts the bus fare north and the crews work it off at $200 a week."
    )
    assert "BIZ-17" in indicators(_contractor(), note(KEY, DAY, text))


def test_working_off_the_debt_in_spanish_counts() -> None:
    text = "Mensaje de un trabajador: 'nos dicen que hay que trabajar para pagar el viaje'."
    assert "BIZ-17" in indicators(_contractor(), note(KEY, DAY, text))


def test_a_shelter_telling_what_its_residents_went_through_does_not_count() -> None:
    text = "Most residents were told by the men who brought them to work it off for years."
    assert "BIZ-17" not in indicators(_shelter(), note(KEY, DAY, text))


def test_terms_a_worker_chose_do_not_count() -> None:
    text = (
        "Wage advances are optional; staff may work it off over two pay periods or repay in cash."
    )
    assert "BIZ-17" not in indicators(_contractor(), note(KEY, DAY, text))


def test_another_business_doing_it_does_not_count() -> None:
    text = "Caller says crews at a farm down the road work it off all season; not our customer."
    assert "BIZ-17" not in indicators(_contractor(), note(KEY, DAY, text))
