"""Rules 2026.12.32: the profession alone ("attorneys", "lawyers") makes a legal-services
identity only where a firm names itself with it (Name, Industry, Type); a description that
mentions one of the customer's staff ("part-time 'visa counsel' attorney") does not make a
domestic staffing agency a law firm."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import crm_record, indicators

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import Identity, customer_identity
from knowable.model import Record

DAY = datetime(2016, 1, 11, tzinfo=UTC)
RULES = relationship_rules()
READER = RecordReader(RULES)
KEY = "acct-staffing"
MESSAGE = (
    "Pasted: 'A patroa pegou meu passaporte e não me deixa sair da casa nem ligar para "
    "minha família.'"
)


def _account(**fields: str) -> Record:
    return Record("crm", "Account", dict(fields), DAY, subject_key=KEY, text="")


def _identity(**fields: str) -> Identity | None:
    return customer_identity(_account(**fields), READER.matcher, RULES)


def test_an_attorney_on_a_staffing_agencys_staff_is_no_legal_identity() -> None:
    assert (
        _identity(
            Name="Casa Nova Domestic Staffing LLC",
            Industry="Staffing & Recruiting",
            Description="Live-in nanny placement. Part-time 'visa counsel' attorney.",
        )
        is None
    )


def test_a_firm_named_attorneys_is_legal_services() -> None:
    found = _identity(Name="Ruiz & Park Attorneys", Industry="Professional Services")
    assert found is not None and found.kind == "legal services"


def test_a_law_firm_described_as_one_is_legal_services() -> None:
    found = _identity(Name="Ruiz & Park", Description="Immigration law firm, Boston.")
    assert found is not None and found.kind == "legal services"


def test_the_staffing_agencys_worker_message_is_read_against_it() -> None:
    account = _account(
        Name="Casa Nova Domestic Staffing LLC",
        Industry="Staffing & Recruiting",
        Description="Live-in nanny placement. Part-time 'visa counsel' attorney.",
    )
    case = crm_record("Case", KEY, DAY, MESSAGE, Description=MESSAGE)
    assert "BEH-05" in indicators(case)
    assert "BEH-05" in {s.indicator for s in detect_relationship([account, case])}
