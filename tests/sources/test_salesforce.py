"""Salesforce exports: subjects, records, links, dates, and quarantine reasons."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from knowable.sources.salesforce import discover, object_of, parse_export

ACCOUNTS = (
    "Id,Name,Website,Industry,BillingCity,BillingCountry,CreatedDate\n"
    '001A,"Acme Widgets, Inc.",https://www.Acme-Widgets.com/about,Manufacturing,Dayton,'
    "United States,2012-01-05\n"
    "001B,Brightline Shipping Ltd,brightline.co.uk,Transport,Leeds,GB,2013-02-01\n"
    ",Nameless Id,,,,,\n"
)
CONTACTS = (
    "Id,AccountId,FirstName,LastName,MailingCountry,Birthdate,CreatedDate\n"
    "003A,001A,Mira,Okafor,Nigeria,1980-04-02,2012-02-01\n"
    "003B,001Q,Lost,Person,,,2012-02-01\n"
)
TASKS = (
    "Id,AccountId,WhatId,WhoId,Subject,Description,ActivityDate,CreatedDate\n"
    "00T1,001A,,,Call,Renewal talk,2014-03-05,2014-03-01T09:00:00.000+0000\n"
    "00T2,,006A,,Call,Via opportunity,,2014-04-01T09:00:00.000+0000\n"
    "00T3,,,003A,Call,Via contact,2014-05-01,\n"
    "00T4,,,,Call,Unlinked,2014-05-01,\n"
    "00T5,001A,,,Call,Bad date,2014-02-30,\n"
)
OPPS = (
    "Id,AccountId,Name,StageName,Type,Amount,CloseDate,CreatedDate\n"
    "006A,001A,Renewal 2014,Closed Won,Renewal,12000,2014-06-30,2014-01-10\n"
    "006B,001A,Upsell,Closed Won,Upsell,lots,2014-06-30,2014-01-10\n"
)


def _export(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Account.csv").write_text(ACCOUNTS)
    (folder / "Contact.csv").write_text(CONTACTS)
    (folder / "Task.csv").write_text(TASKS)
    (folder / "Opportunity.csv").write_text(OPPS)
    return folder


def test_object_names_from_file_names() -> None:
    assert object_of(Path("Account.csv")) == "Account"
    assert object_of(Path("tasks.csv")) == "Task"
    assert object_of(Path("Opportunity-2019.csv")) == "Opportunity"
    assert object_of(Path("extract.csv")) is None


def test_accounts_become_subjects_with_ftm_view(tmp_path: Path) -> None:
    export = parse_export(discover(_export(tmp_path)))
    acme = next(s for s in export.subjects if s.key == "001A")
    assert acme.schema == "Company"
    assert acme.name == "Acme Widgets, Inc."
    assert acme.domains == ("acme-widgets.com",)
    assert acme.countries == ("us",)
    assert acme.properties["Industry"] == "Manufacturing"
    brightline = next(s for s in export.subjects if s.key == "001B")
    assert brightline.domains == ("brightline.co.uk",)
    assert brightline.countries == ("gb",)


def test_contact_is_person_tied_to_account(tmp_path: Path) -> None:
    export = parse_export(discover(_export(tmp_path)))
    person = next(s for s in export.subjects if s.key == "003A")
    assert person.schema == "Person"
    assert person.name == "Mira Okafor"
    assert person.parent_key == "001A"
    assert person.birth_dates == ("1980-04-02",)
    assert person.countries == ("ng",)


def test_links_resolve_through_opportunity_and_contact(tmp_path: Path) -> None:
    export = parse_export(discover(_export(tmp_path)))
    by_id = {r.external_id: r for r in export.records}
    assert by_id["00T1"].subject_key == "001A"
    assert by_id["00T2"].subject_key == "001A"  # WhatId -> opportunity -> account
    assert by_id["00T3"].subject_key == "001A"  # WhoId -> contact -> account


def test_available_at_from_own_date_fields(tmp_path: Path) -> None:
    export = parse_export(discover(_export(tmp_path)))
    by_id = {r.external_id: r for r in export.records}
    assert by_id["00T1"].available_at == datetime(2014, 3, 5, tzinfo=UTC)  # ActivityDate first
    assert by_id["00T2"].available_at == datetime(2014, 4, 1, 9, tzinfo=UTC)  # CreatedDate
    assert by_id["006A"].available_at == datetime(2014, 6, 30, tzinfo=UTC)  # CloseDate
    assert by_id["00T1"].text == "Call\nRenewal talk"


def test_each_bad_row_is_quarantined_with_field_and_reason(tmp_path: Path) -> None:
    export = parse_export(discover(_export(tmp_path)))
    found = {(Path(q.file).name, q.line, q.field): q.reason for q in export.quarantined}
    assert "missing Id" in found[("Account.csv", 4, "Id")]
    assert "unknown AccountId '001Q'" in found[("Contact.csv", 3, "AccountId")]
    assert "no link to an account" in found[("Task.csv", 5, "AccountId")]
    assert "not a date: '2014-02-30'" in found[("Task.csv", 6, "ActivityDate")]
    assert "not a number: 'lots'" in found[("Opportunity.csv", 3, "Amount")]
    assert len(export.quarantined) == 5
    # Everything else was kept.
    assert len(export.records) == 2 + 1 + 3 + 1


def test_known_link_resolves_ids_from_earlier_ingests(tmp_path: Path) -> None:
    path = tmp_path / "Task.csv"
    path.write_text("Id,AccountId,Subject,ActivityDate\n00T9,001OLD,Call,2015-01-01\n")
    export = parse_export([path], known_link={"001OLD": "001OLD"}.get)
    assert export.quarantined == []
    assert export.records[0].subject_key == "001OLD"


def test_sfdx_tree_json_with_references_and_nested_children(tmp_path: Path) -> None:
    data = {
        "records": [
            {
                "attributes": {"type": "Account", "referenceId": "AccRef1"},
                "Name": "Quillon Foods",
                "NumberOfEmployees": 40,
                "Contacts": {
                    "records": [
                        {
                            "attributes": {"type": "Contact", "referenceId": "ConRef1"},
                            "LastName": "Ibsen",
                            "FirstName": "Tove",
                        },
                    ]
                },
            },
            {
                "attributes": {"type": "Opportunity", "referenceId": "OppRef1"},
                "AccountId": "@AccRef1",
                "Name": "Pilot",
                "StageName": "Closed Won",
                "CloseDate": "2016-05-01",
                "Amount": 5000,
            },
            {"Name": "no attributes"},
        ]
    }
    path = tmp_path / "tree.json"
    path.write_text(json.dumps(data))
    export = parse_export([path], org="quillon")
    keys = {s.key: s for s in export.subjects}
    # Reference ids are scoped by their org and file set (no plan lists tree.json).
    assert keys["quillon/tree/AccRef1"].name == "Quillon Foods"
    assert keys["quillon/tree/ConRef1"].parent_key == "quillon/tree/AccRef1"
    opp = next(r for r in export.records if r.kind == "Opportunity")
    assert opp.subject_key == "quillon/tree/AccRef1"
    assert opp.available_at == datetime(2016, 5, 1, tzinfo=UTC)
    assert [q.field for q in export.quarantined] == ["attributes.type"]


def test_open_opportunity_counts_from_creation_not_forecast(tmp_path: Path) -> None:
    path = tmp_path / "Opportunity.csv"
    path.write_text(
        "Id,AccountId,Name,StageName,CloseDate,CreatedDate\n"
        "006X,001A,Pipeline deal,Negotiation,2019-09-30,2018-05-01\n"
        "006Y,001A,Won deal,Closed Won,2018-03-31,2018-01-01\n"
    )
    export = parse_export([path], known_link={"001A": "001A"}.get)
    by_id = {r.external_id: r.available_at for r in export.records}
    assert by_id["006X"] == datetime(2018, 5, 1, tzinfo=UTC)
    assert by_id["006Y"] == datetime(2018, 3, 31, tzinfo=UTC)
