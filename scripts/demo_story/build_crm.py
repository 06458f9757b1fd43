"""Build the demo CRM export: the book of business of Stratus CRM Cloud, a fictional provider.

Writes Account.csv, Contact.csv, Opportunity.csv, Case.csv, Task.csv, Event.csv and
Note.csv as the Salesforce weekly Data Export writes them (UTF-8, every value quoted,
standard API field names). The output is deterministic: the same seed gives the same
bytes. The bundled copy in ``knowable/demo/data/crm`` is made with::

    python scripts/demo_story/build_crm.py src/knowable/demo/data/crm

All companies, people and events are fictional; see STORY.md beside this file.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from crmstory.listloop import LISTLOOP
from crmstory.lookalikes import KINDRED, MAPLE, VELVET
from crmstory.ordinary import ORDINARY
from crmstory.redflags import HARBOR, LOTUS
from crmstory.rows import all_rows
from crmstory.spec import AccountSpec
from crmstory.trade import COBALT, NORTHWIND, PHENICIA, PHOENIX

SEED = 20180406

#: Story accounts first, then the ordinary book of business.
ACCOUNTS: tuple[AccountSpec, ...] = (
    LISTLOOP,
    HARBOR,
    LOTUS,
    KINDRED,
    VELVET,
    MAPLE,
    PHENICIA,
    PHOENIX,
    NORTHWIND,
    COBALT,
    *ORDINARY,
)

#: Column order of each file, as a Data Export would write them.
FIELDS: dict[str, tuple[str, ...]] = {
    "Account": (
        "Id",
        "Name",
        "Type",
        "Industry",
        "Website",
        "Phone",
        "BillingStreet",
        "BillingCity",
        "BillingState",
        "BillingPostalCode",
        "BillingCountry",
        "AnnualRevenue",
        "NumberOfEmployees",
        "Description",
        "OwnerId",
        "CreatedDate",
    ),
    "Contact": (
        "Id",
        "AccountId",
        "FirstName",
        "LastName",
        "Title",
        "Email",
        "Phone",
        "MailingCity",
        "MailingCountry",
        "Birthdate",
        "OwnerId",
        "CreatedDate",
    ),
    "Opportunity": (
        "Id",
        "AccountId",
        "Name",
        "Type",
        "StageName",
        "Amount",
        "Probability",
        "CloseDate",
        "IsClosed",
        "IsWon",
        "Description",
        "OwnerId",
        "CreatedDate",
    ),
    "Case": (
        "Id",
        "CaseNumber",
        "AccountId",
        "ContactId",
        "Subject",
        "Description",
        "Status",
        "Priority",
        "Origin",
        "Type",
        "IsClosed",
        "OwnerId",
        "CreatedDate",
        "ClosedDate",
    ),
    "Task": (
        "Id",
        "WhatId",
        "WhoId",
        "AccountId",
        "Subject",
        "Description",
        "ActivityDate",
        "Status",
        "Priority",
        "Type",
        "OwnerId",
        "CreatedDate",
    ),
    "Event": (
        "Id",
        "WhatId",
        "WhoId",
        "AccountId",
        "Subject",
        "Description",
        "Location",
        "ActivityDate",
        "StartDateTime",
        "EndDateTime",
        "DurationInMinutes",
        "Type",
        "OwnerId",
        "CreatedDate",
    ),
    "Note": ("Id", "ParentId", "Title", "Body", "IsPrivate", "OwnerId", "CreatedDate"),
}


def build(outdir: Path, seed: int = SEED) -> dict[str, int]:
    """Write the seven CSV files into ``outdir`` and return the row count of each."""
    ids = [a.id for a in ACCOUNTS]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate account Id in the demo content")
    rows = all_rows(ACCOUNTS, seed)
    rows["Account"].sort(key=lambda r: (r["CreatedDate"], r["Id"]))
    outdir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for obj, fields in FIELDS.items():
        with (outdir / f"{obj}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(
                handle,
                fieldnames=fields,
                quoting=csv.QUOTE_ALL,
                lineterminator="\n",
                extrasaction="raise",
            )
            writer.writeheader()
            writer.writerows(rows[obj])
        counts[obj] = len(rows[obj])
    return counts


def main(argv: list[str] | None = None) -> int:
    """``python scripts/demo_story/build_crm.py OUTDIR``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python scripts/demo_story/build_crm.py OUTDIR", file=sys.stderr)
        return 2
    counts = build(Path(args[0]))
    for obj, count in counts.items():
        print(f"{obj}.csv\t{count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
