"""The hand-written CRM fixtures and the bundled demo export parse as documented."""

from __future__ import annotations

from pathlib import Path

from knowable.demo.runner import data_dir
from knowable.sources.salesforce import discover, parse_export

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# (file, line, field) of every row the README says must be quarantined.
BROKEN = {
    ("Account.csv", 4, "CreatedDate"),
    ("Account.csv", 5, "Id"),
    ("Contact.csv", 3, "AccountId"),
    ("Contact.csv", 5, "AccountId"),
    ("Opportunity.csv", 3, "CloseDate"),
    ("Opportunity.csv", 4, None),
    ("Opportunity.csv", 5, "Amount"),
    ("Opportunity.csv", 6, None),
    ("Case.csv", 4, "Id"),
    ("Case.csv", 5, "ClosedDate"),
    ("Note.csv", 3, "Title"),
}


def test_broken_export_quarantines_each_bad_row_and_keeps_the_rest() -> None:
    out = parse_export(discover(FIXTURES / "crm_broken"))
    got = {(Path(q.file).name, q.line, q.field) for q in out.quarantined}
    assert got == BROKEN
    assert all(q.reason for q in out.quarantined)
    stored = sorted(r.origin for r in out.records)
    assert len(stored) == 14
    assert "Opportunity.csv:7" in stored  # read after the unterminated quote on line 6
    assert "Case.csv:2" in stored  # multi-line description, numbered by its first line
    assert "Case.csv:6" in stored
    assert {s.name for s in out.subjects if s.schema == "Company"} == {
        "Fairweather Bicycles Ltd",
        "Ostrander Tool & Die",
        "Café Lumière SARL",
    }


def test_sfdx_export_links_children_by_reference_and_by_nesting() -> None:
    out = parse_export(discover(FIXTURES / "crm_sfdx"))
    assert out.quarantined == []
    companies = {s.key: s for s in out.subjects if s.schema == "Company"}
    people = [s for s in out.subjects if s.schema == "Person"]
    assert len(companies) == 4 and len(people) == 5
    assert all(p.parent_key in companies for p in people)
    opps = [r for r in out.records if r.kind == "Opportunity"]
    assert len(opps) == 5 and all(r.subject_key in companies for r in opps)
    # Reference ids are scoped: the folder stands for the org, the plan for the file set.
    assert companies["crm_sfdx/data-plan/AcctTidemark"].domains == ("tidemarkkayak.example",)
    assert "crm_sfdx/nested-export/AccountRef1" in companies


def test_bundled_demo_export_parses_without_quarantine() -> None:
    out = parse_export(discover(data_dir("crm")))
    assert out.quarantined == []
    companies = {s.key for s in out.subjects if s.schema == "Company"}
    assert {"001DEMO0000LISTLP", "001DEMO0000MAPLE", "001DEMO0000HARBOR"} <= companies
    domains = [d for s in out.subjects if s.schema == "Company" for d in s.domains]
    assert len(domains) == len(set(domains)) == len(companies)
