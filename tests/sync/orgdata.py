"""Fictional records of a fictional Salesforce org, served by the test server (sfserver)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sfserver import Org, sf_time

from knowable.sources.sfid import to18

T0 = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)


def sid(prefix: str, n: int) -> str:
    """An 18-character Id: a 3-character key prefix, a fictional pod and a number."""
    return to18(f"{prefix}Fk{n:010d}")


def at(minutes: int) -> str:
    return sf_time(T0 + dt.timedelta(minutes=minutes))


ACCOUNTS = [
    ("Brightwater Ferries Ltd", "brightwaterferries.example", "United Kingdom"),
    ("Calloway Tiles GmbH", "callowaytiles.example", "Germany"),
    ("Dunmore Orchard Co-op", "dunmoreorchard.example", "Ireland"),
    ("Elsinore Print Works", "elsinoreprint.example", "Denmark"),
    ("Fenwick Courier Services", "fenwickcourier.example", "United States"),
]


def account(n: int, minutes: int, **changes: Any) -> dict[str, Any]:
    name, site, country = ACCOUNTS[n - 1]
    return {
        "Id": sid("001", n),
        "Name": name,
        "Website": f"www.{site}",
        "BillingCountry": country,
        "Industry": "Transport",
        "CreatedDate": at(0),
        "LastModifiedDate": at(minutes),
        "SystemModstamp": at(minutes),
        "IsDeleted": False,
        **changes,
    }


def contact(n: int, account_n: int, minutes: int, **changes: Any) -> dict[str, Any]:
    first, last = [("Ada", "Quill"), ("Bram", "Oakes"), ("Cleo", "Marsh")][n - 1]
    return {
        "Id": sid("003", n),
        "AccountId": sid("001", account_n),
        "FirstName": first,
        "LastName": last,
        "Title": "Operations Manager",
        "CreatedDate": at(1),
        "LastModifiedDate": at(minutes),
        "SystemModstamp": at(minutes),
        "IsDeleted": False,
        **changes,
    }


def opportunity(
    n: int, account_n: int, amount: float, minutes: int, **changes: Any
) -> dict[str, Any]:
    return {
        "Id": sid("006", n),
        "AccountId": sid("001", account_n),
        "Name": f"Annual plan {n}",
        "StageName": "Closed Won",
        "IsClosed": True,
        "Amount": amount,
        "CloseDate": "2025-02-15",
        "CreatedDate": at(2),
        "LastModifiedDate": at(minutes),
        "SystemModstamp": at(minutes),
        "IsDeleted": False,
        **changes,
    }


def seed(org: Org) -> Org:
    """Five accounts, three contacts, four won deals; all stamped on 2025-03-01."""
    for n in range(1, 6):
        org.add("Account", **account(n, 10 + n))
    for n, acc in ((1, 1), (2, 2), (3, 4)):
        org.add("Contact", **contact(n, acc, 20 + n))
    for n, (acc, amount) in enumerate(((1, 12000.0), (2, 800.5), (2, 4300.0), (5, 990.0)), 1):
        org.add("Opportunity", **opportunity(n, acc, amount, 30 + n))
    return org


def seed_demo(org: Org) -> Org:
    """The docs' org: the same records, and a deal whose Amount is not a number."""
    seed(org)
    org.add("Opportunity", **opportunity(9, 3, 0.0, 40, Amount="lots"))
    return org
