"""CRM identity: (org, object, Salesforce Id), scoped reference ids, generic objects,
report-style exports refused in one line."""

from __future__ import annotations

from pathlib import Path

from knowable.detect.relationship.detector import detect_relationship
from knowable.sources.salesforce import (
    REFUSED,
    discover,
    generic_object_of,
    parse_export,
    qualify,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ORGS = FIXTURES / "crm_orgs"


def _companies(path: Path, org: str | None = None) -> dict[str, str]:
    out = parse_export(discover(path), org=org)
    assert out.quarantined == []
    return {s.key: s.name for s in out.subjects if s.schema == "Company"}


def test_two_sfdx_orgs_with_the_same_reference_ids_do_not_collide() -> None:
    north = _companies(ORGS / "north")
    south = _companies(ORGS / "south")
    assert north["north/data-plan/AccountRef1"] == "Larchmont Tea Rooms"
    assert south["south/data-plan/AccountRef1"] == "Quaybridge Bakery"
    assert not set(north) & set(south)
    # Named orgs scope the same reference ids apart as well.
    assert _companies(ORGS / "north", org="acme")["acme/data-plan/AccountRef1"]


def test_children_link_within_their_own_org() -> None:
    out = parse_export(discover(ORGS / "south"))
    people = {s.name: s.parent_key for s in out.subjects if s.schema == "Person"}
    assert people["Morwenna Pascoe"] == "south/data-plan/AccountRef1"
    opps = {r.payload["Name"]: r for r in out.records if r.kind == "Opportunity"}
    assert opps["Quaybridge - Online orders"].subject_key == "south/data-plan/AccountRef1"
    assert opps["Quaybridge - Online orders"].entity_key == (
        "Opportunity|south/data-plan/OpportunityRef1"
    )


def test_org_from_an_organization_id_column_and_from_the_option(tmp_path: Path) -> None:
    (tmp_path / "Account.csv").write_text(
        "Id,OrganizationId,Name,CreatedDate\n001A,00D000000000001,Hallam Forge,2015-01-01\n"
    )
    (tmp_path / "Opportunity.csv").write_text(
        "Id,OrganizationId,AccountId,Name,StageName,Amount,CloseDate\n"
        "006A,00D000000000001,001A,Forge tools,Closed Won,100,2015-02-01\n"
    )
    out = parse_export(discover(tmp_path))
    assert out.quarantined == []
    assert [s.key for s in out.subjects] == ["00D000000000001/001A"]
    assert out.records[-1].subject_key == "00D000000000001/001A"
    named = parse_export(discover(tmp_path), org="Hallam EU")
    assert [s.key for s in named.subjects] == ["Hallam-EU/001A"]


def test_default_org_keeps_bare_ids_and_long_keys_stay_within_limit() -> None:
    assert qualify("default", "001DEMO0000LISTLP") == "001DEMO0000LISTLP"
    long = qualify("o" * 60, "001000000000001AAA")
    assert len(long) == 64 and long.startswith("ooo")
    assert long != qualify("o" * 61, "001000000000001AAA")


def test_custom_object_is_a_generic_record_linked_through_its_lookups() -> None:
    out = parse_export(discover(ORGS / "north"))
    visits = [r for r in out.records if r.kind == "Site_Visit__c"]
    assert len(visits) == 2
    by_link = {("Account__c" in r.payload): r for r in visits}
    assert by_link[True].subject_key == "north/data-plan/AccountRef1"
    # Through a contact of an account: the account is the customer.
    assert by_link[False].subject_key == "north/data-plan/AccountRef2"
    assert "windows papered over" in by_link[True].text
    assert "2019-06-03" not in by_link[True].text  # dates are not prose


def test_generic_object_text_produces_a_relationship_signal() -> None:
    out = parse_export(discover(ORGS / "north"))
    signals = detect_relationship(out.records)
    found = [s for s in signals if s.details.get("kind") == "Site_Visit__c"]
    # The rule reads the custom object's text (the model may read it too, as REL-12).
    (rule,) = [s for s in found if s.indicator == "BIZ-14"]
    assert {s.indicator for s in found} <= {"BIZ-14", "REL-12"}
    assert rule.subject_key == "north/data-plan/AccountRef1"
    assert "papered over" in rule.evidence[0].quote


def test_generic_csv_objects_chain_and_unlinked_ones_are_kept(tmp_path: Path) -> None:
    (tmp_path / "Account.csv").write_text("Id,Name\n001000000000001AAA,Brindle Mills\n")
    (tmp_path / "Project__c.csv").write_text(
        "Id,Name,Client__c\na01000000000001AAA,Mill refit,001000000000001AAA\n"
        "a01000000000002AAA,Orphan project,\n"
    )
    (tmp_path / "Project_Note__c.csv").write_text(
        "Id,Project__c,Body__c\n"
        "a02000000000001AAA,a01000000000001AAA,The client asked us to keep this off the books.\n"
    )
    out = parse_export(discover(tmp_path))
    assert out.quarantined == []
    kinds = {r.kind: r for r in out.records if r.kind != "Project__c"}
    assert kinds["Project_Note__c"].subject_key == "001000000000001AAA"
    projects = {r.payload["Name"]: r.subject_key for r in out.records if r.kind == "Project__c"}
    assert projects == {"Mill refit": "001000000000001AAA", "Orphan project": None}


def test_object_names_of_generic_files() -> None:
    assert generic_object_of(Path("Guest_Review__c.csv")) == "Guest_Review__c"
    assert generic_object_of(Path("Lead.csv")) == "Lead"
    assert generic_object_of(Path("Campaign-2020.csv")) == "Campaign"
    assert generic_object_of(Path("extract.csv")) is None


def test_report_style_csv_is_refused_in_one_line() -> None:
    out = parse_export(discover(FIXTURES / "crm_report"))
    assert len(out.quarantined) == 1 and out.refused == out.quarantined
    (item,) = out.refused
    line = item.message()
    assert "\n" not in line
    assert line.startswith(str(FIXTURES / "crm_report" / "Accounts-Contacts.csv"))
    assert REFUSED in line and "'Account: Account Name'" in line
    assert out.records == [] and out.subjects == [] and out.rows_read == 0


def test_report_labels_without_prefix_are_recognised_too(tmp_path: Path) -> None:
    report = tmp_path / "Account.csv"
    report.write_text("Account Name,Type,Billing City\nHallam Forge,Customer,Sheffield\n")
    out = parse_export([report])
    assert [q.reason.startswith(REFUSED) for q in out.quarantined] == [True]
    assert "'Account Name'" in out.quarantined[0].reason
