"""Synthetic Salesforce exports for the ingest bench (fictional names, generated in /tmp).

``write_export(folder, rows)`` writes Account, Contact, Opportunity, Case, Task and Note
CSV files in the proportions of a provider's org (activity rows dominate), with the
standard API field names, ISO dates, multi-line descriptions, quoted commas and a few
non-ASCII names. The same ``rows`` and ``seed`` always give the same files.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

#: Share of each object in an export (sums to 1).
MIX = {
    "Account": 0.03,
    "Contact": 0.09,
    "Opportunity": 0.12,
    "Case": 0.12,
    "Task": 0.52,
    "Note": 0.12,
}


def _cols(text: str) -> list[str]:
    return text.split()


_WORDS = [
    "renewal",
    "invoice",
    "onboarding",
    "quarterly",
    "review",
    "hosting",
    "plan",
    "upgrade",
    "support",
    "ticket",
    "payment",
    "terms",
    "contract",
    "storage",
    "bandwidth",
    "integration",
    "migration",
    "account",
    "manager",
    "called",
    "about",
    "usage",
    "spike",
    "and",
    "asked",
    "for",
    "a",
    "discount",
    "on",
    "the",
    "annual",
    "plan",
    "the",
    "customer",
    "reported",
    "slow",
    "page",
    "loads",
    "checkout",
    "errors",
    "after",
    "deploy",
    "new",
    "region",
    "request",
]
_FIRST = ("Ana", "Jonas", "Mei", "Kwame", "Sofía", "Lars", "Priya", "Omar", "Zoë", "Iván")
_LAST = ("Okafor", "Lindqvist", "Tanaka", "Moreau", "Haddad", "Novak", "Reyes", "Brandt")
_INDUSTRY = ("Technology", "Retail", "Hospitality", "Media", "Logistics", "Healthcare")
_COUNTRY = ("United Kingdom", "Germany", "US", "France", "Brazil", "India", "Spain")
_STAGE = ("Prospecting", "Negotiation", "Closed Won", "Closed Lost")


def _sid(prefix: str, n: int) -> str:
    return f"{prefix}{n:012d}AAA"


def _when(rng: random.Random, year0: int = 2012) -> str:
    return (
        f"{rng.randint(year0, 2018)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00.000+0000"
    )


def _day(rng: random.Random) -> str:
    return f"{rng.randint(2012, 2018)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _prose(rng: random.Random, low: int, high: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(low, high)))
    if rng.random() < 0.15:
        text += ",\nfollow-up: " + " ".join(rng.choice(_WORDS) for _ in range(8))
    return text.capitalize()


def counts(rows: int) -> dict[str, int]:
    out = {kind: max(1, int(rows * share)) for kind, share in MIX.items()}
    out["Task"] += rows - sum(out.values())
    return out


def write_export(folder: Path, rows: int, seed: int = 7) -> dict[str, int]:
    """Write an export of ``rows`` rows into ``folder``; returns the rows per object."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    n = counts(rows)
    accounts, contacts, opps, cases = n["Account"], n["Contact"], n["Opportunity"], n["Case"]

    def account_id() -> str:
        return _sid("001", rng.randrange(accounts))

    def write(kind: str, header: list[str], make: object) -> None:
        with (folder / f"{kind}.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            for i in range(n[kind]):
                writer.writerow(make(i))  # type: ignore[operator]

    write(
        "Account",
        [
            "Id",
            "Name",
            "Type",
            "Industry",
            "Website",
            "Phone",
            "BillingStreet",
            "BillingCity",
            "BillingPostalCode",
            "BillingCountry",
            "AnnualRevenue",
            "NumberOfEmployees",
            "Description",
            "OwnerId",
            "CreatedDate",
            "LastModifiedDate",
            "SystemModstamp",
            "IsDeleted",
        ],
        lambda i: [
            _sid("001", i),
            f"{rng.choice(_LAST)} {rng.choice(_INDUSTRY)} {i} Ltd",
            "Customer",
            rng.choice(_INDUSTRY),
            f"https://www.company{i}.example.com",
            f"+44 20 7{i % 1000:03d} {i % 10000:04d}",
            f"{i % 300 + 1} High Street",
            "Leeds",
            "LS1 4AP",
            rng.choice(_COUNTRY),
            str(rng.randint(10, 5000) * 1000),
            str(rng.randint(2, 900)),
            _prose(rng, 5, 25),
            "005000000000001AAA",
            _when(rng),
            _when(rng, 2017),
            _when(rng, 2017),
            "false",
        ],
    )
    write(
        "Contact",
        [
            "Id",
            "AccountId",
            "FirstName",
            "LastName",
            "Title",
            "Email",
            "Phone",
            "MailingCountry",
            "Description",
            "CreatedDate",
            "LastModifiedDate",
            "SystemModstamp",
            "IsDeleted",
        ],
        lambda i: [
            _sid("003", i),
            account_id(),
            rng.choice(_FIRST),
            rng.choice(_LAST),
            rng.choice(("CEO", "Finance Director", "Office Manager", "CTO")),
            f"person{i}@company.example.com",
            f"+44 7700 {i % 1000000:06d}",
            rng.choice(_COUNTRY),
            _prose(rng, 0, 12),
            _when(rng),
            _when(rng, 2017),
            _when(rng, 2017),
            "false",
        ],
    )
    write(
        "Opportunity",
        [
            "Id",
            "AccountId",
            "Name",
            "StageName",
            "IsClosed",
            "Amount",
            "CloseDate",
            "Description",
            "NextStep",
            "CreatedDate",
            "LastModifiedDate",
            "SystemModstamp",
        ],
        lambda i: [
            _sid("006", i),
            account_id(),
            f"{rng.choice(('Hosting', 'Payments', 'Storage'))} plan {i}",
            stage := rng.choice(_STAGE),
            "true" if stage.startswith("Closed") else "false",
            f"{rng.randint(1, 2000) * 50}.00",
            _day(rng),
            _prose(rng, 0, 20),
            rng.choice(("", "Send quote", "Call back")),
            _when(rng),
            _when(rng, 2017),
            _when(rng, 2017),
        ],
    )
    write(
        "Case",
        [
            "Id",
            "AccountId",
            "ContactId",
            "Subject",
            "Description",
            "Status",
            "Origin",
            "Priority",
            "CreatedDate",
            "ClosedDate",
            "LastModifiedDate",
            "SystemModstamp",
        ],
        lambda i: [
            _sid("500", i),
            account_id(),
            _sid("003", rng.randrange(contacts)),
            _prose(rng, 3, 7),
            _prose(rng, 10, 40),
            rng.choice(("New", "Closed", "Escalated")),
            rng.choice(("Email", "Web", "Phone")),
            rng.choice(("Low", "Medium", "High")),
            _when(rng),
            _when(rng),
            _when(rng, 2017),
            _when(rng, 2017),
        ],
    )
    write(
        "Task",
        [
            "Id",
            "AccountId",
            "WhatId",
            "WhoId",
            "Subject",
            "Description",
            "Status",
            "Priority",
            "ActivityDate",
            "CreatedDate",
            "LastModifiedDate",
            "SystemModstamp",
            "IsDeleted",
        ],
        lambda i: [
            _sid("00T", i),
            "" if (blank := rng.random() < 0.2) else account_id(),
            _sid("006", rng.randrange(opps)) if blank else "",
            _sid("003", rng.randrange(contacts)) if rng.random() < 0.5 else "",
            rng.choice(("Call", "Email", "Meeting", "Follow up")),
            _prose(rng, 4, 30),
            "Completed",
            "Normal",
            _day(rng),
            _when(rng),
            _when(rng, 2017),
            _when(rng, 2017),
            "false",
        ],
    )
    write(
        "Note",
        _cols("Id ParentId Title Body CreatedDate LastModifiedDate"),
        lambda i: [
            _sid("002", i),
            _sid("500", rng.randrange(cases)) if rng.random() < 0.3 else account_id(),
            _prose(rng, 2, 5),
            _prose(rng, 10, 60),
            _when(rng),
            _when(rng, 2017),
        ],
    )
    return n
