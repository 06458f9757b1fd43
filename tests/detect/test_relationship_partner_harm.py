"""Rules 2026.12.44: a worker's own partner taking her pay ("her boyfriend has been taking
all her pay") is harm a third party does to her, told by the customer that employs and
helps her; the employer keeping pay itself still reads against the customer."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators, note, sentence_role

from knowable.model import Record

DAY = datetime(2016, 10, 4, tzinfo=UTC)
KEY = "acct-n"


def _nightclub() -> list[Record]:
    return [crm_record("Account", KEY, DAY, "", Name="Voltline Club", Industry="Hospitality")]


def test_a_boyfriend_taking_her_pay_is_a_third_partys_harm() -> None:
    told = (
        "Monica: one of their bartenders told her that her boyfriend has been taking all "
        "her pay and 'selling' her to men after shifts."
    )
    assert sentence_role(note(KEY, DAY, told)) == "third_party"
    assert "BEH-02" not in indicators(*_nightclub(), note(KEY, DAY, told))


def test_the_employer_taking_the_pay_reads_against_the_customer() -> None:
    told = "Manager has been taking all the bartenders' pay and keeps their IDs."
    assert "BEH-02" in indicators(*_nightclub(), note(KEY, DAY, told))
