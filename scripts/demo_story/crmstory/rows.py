"""Turn account specs into Salesforce export rows with Ids and references resolved.

Rows are first built with provisional references (object, account Id, local key); then
each object's rows are ordered by CreatedDate and numbered, so Ids grow with creation
time as they do in a real org, and the references are replaced by those Ids.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from crmstory.filler import SNAPSHOT, routine, routine_cases
from crmstory.spec import (
    AccountSpec,
    Activity,
    CaseSpec,
    EventSpec,
    OppSpec,
    TaskSpec,
)
from crmstory.staff import staff_id

Ref = tuple[str, str, str]  # (object, account Id, local key)
Row = dict[str, str | Ref]

#: Salesforce key prefixes of the objects written.
PREFIX = {
    "Contact": "003",
    "Opportunity": "006",
    "Case": "500",
    "Task": "00T",
    "Event": "00U",
    "Note": "002",
}
_FIRST = date(2010, 1, 1)
_PROBABILITY = {
    "Closed Won": "100",
    "Closed Lost": "0",
    "Negotiation/Review": "90",
    "Proposal/Price Quote": "75",
    "Qualification": "10",
}


def sfid(prefix: str, number: int) -> str:
    """An 18-character Salesforce-style Id: 15 characters plus the case checksum."""
    base = f"{prefix}DEMO{number:08d}"
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
    suffix = ""
    for chunk in range(3):
        bits = 0
        for i, char in enumerate(base[chunk * 5 : chunk * 5 + 5]):
            if "A" <= char <= "Z":
                bits |= 1 << i
        suffix += alphabet[bits]
    return base + suffix


def _check(day: str, where: str) -> date:
    value = date.fromisoformat(day)
    if not _FIRST <= value <= SNAPSHOT:
        raise ValueError(f"{where}: date {day} outside {_FIRST}..{SNAPSHOT}")
    return value


class _Clock:
    """Times of day for records, drawn from a generator seeded per account."""

    def __init__(self, seed: int, account_id: str) -> None:
        self._rng = random.Random(f"{seed}:time:{account_id}")

    def at(self, day: date, earliest: int = 14, latest: int = 23) -> datetime:
        hour = self._rng.randint(earliest, latest)
        return datetime(
            day.year, day.month, day.day, hour, self._rng.randint(0, 59), self._rng.randint(0, 59)
        )

    def later(self, moment: datetime, low_min: int, high_min: int) -> datetime:
        return moment + timedelta(minutes=self._rng.randint(low_min, high_min))


def stamp(moment: datetime) -> str:
    """Salesforce export datetime text, UTC."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def money(amount: int) -> str:
    return f"{amount:.2f}"


class RowBuilder:
    """Collects the rows of every object for a list of accounts."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.rows: dict[str, list[Row]] = {"Account": [], **{k: [] for k in PREFIX}}
        self._keys: dict[Ref, Row] = {}

    def add_account(self, spec: AccountSpec) -> None:
        clock = _Clock(self.seed, spec.id)
        created = _check(spec.created, spec.name)
        self.rows["Account"].append(
            {
                "Id": spec.id,
                "Name": spec.name,
                "Type": spec.kind,
                "Industry": spec.industry,
                "Website": spec.website,
                "Phone": spec.phone,
                "BillingStreet": spec.street,
                "BillingCity": spec.city,
                "BillingState": spec.state,
                "BillingPostalCode": spec.postal,
                "BillingCountry": spec.country,
                "AnnualRevenue": money(spec.revenue),
                "NumberOfEmployees": str(spec.employees),
                "Description": spec.description,
                "OwnerId": staff_id(spec.owner),
                "CreatedDate": stamp(clock.at(created, 13, 13)),
            }
        )
        for n, person in enumerate(spec.contacts):
            row: Row = {
                "AccountId": spec.id,
                "FirstName": person.first,
                "LastName": person.last,
                "Title": person.title,
                "Email": person.email,
                "Phone": person.phone,
                "MailingCity": spec.city,
                "MailingCountry": spec.country,
                "Birthdate": person.birthdate,
                "OwnerId": staff_id(spec.owner),
                "CreatedDate": stamp(clock.at(created + timedelta(days=n * 3))),
            }
            self._register(("Contact", spec.id, person.key), row)
            self.rows["Contact"].append(row)
        records: list[Activity] = list(spec.records)
        people = [c.key for c in spec.contacts]
        rng = random.Random(f"{self.seed}:{spec.id}")
        if spec.filler:
            records.extend(routine(spec, self.seed))
        elif spec.routine_cases:
            records.extend(routine_cases(spec, rng, people, spec.routine_cases))
        # Opportunities first so that tasks and events can point at them.
        records.sort(key=lambda r: not isinstance(r, OppSpec))
        for record in records:
            self._add(spec, clock, record)

    def _register(self, ref: Ref, row: Row) -> None:
        if ref in self._keys:
            raise ValueError(f"duplicate key {ref}")
        self._keys[ref] = row

    def _owner(self, spec: AccountSpec, key: str) -> str:
        return staff_id(key or spec.owner)

    def _who(self, spec: AccountSpec, key: str) -> str | Ref:
        return ("Contact", spec.id, key) if key else ""

    def _what(self, spec: AccountSpec, key: str) -> str | Ref:
        return ("Opportunity", spec.id, key) if key else spec.id

    def _add(self, spec: AccountSpec, clock: _Clock, rec: Activity) -> None:
        where = f"{spec.name}: {rec}"[:120]
        if isinstance(rec, OppSpec):
            opened = _check(rec.created, where)
            closed = rec.stage.startswith("Closed")
            row: Row = {
                "AccountId": spec.id,
                "Name": rec.name,
                "Type": rec.kind,
                "StageName": rec.stage,
                "Amount": money(rec.amount),
                "Probability": _PROBABILITY[rec.stage],
                "CloseDate": rec.close,
                "IsClosed": str(closed).lower(),
                "IsWon": str(rec.stage == "Closed Won").lower(),
                "Description": rec.description,
                "OwnerId": self._owner(spec, ""),
                "CreatedDate": stamp(clock.at(opened)),
            }
            if closed:
                _check(rec.close, where)
            if rec.key:
                self._register(("Opportunity", spec.id, rec.key), row)
            self.rows["Opportunity"].append(row)
        elif isinstance(rec, CaseSpec):
            opened_at = clock.at(_check(rec.created, where))
            closed_at = ""
            if rec.closed:
                day = _check(rec.closed, where)
                end = clock.at(day) if day > opened_at.date() else clock.later(opened_at, 30, 300)
                closed_at = stamp(end)
            self.rows["Case"].append(
                {
                    "AccountId": spec.id,
                    "ContactId": self._who(spec, rec.who),
                    "Subject": rec.subject,
                    "Description": rec.description,
                    "Status": rec.status,
                    "Priority": rec.priority,
                    "Origin": rec.origin,
                    "Type": rec.kind,
                    "IsClosed": str(bool(rec.closed)).lower(),
                    "OwnerId": self._owner(spec, rec.owner),
                    "CreatedDate": stamp(opened_at),
                    "ClosedDate": closed_at,
                }
            )
        elif isinstance(rec, TaskSpec):
            day = _check(rec.date, where)
            self.rows["Task"].append(
                {
                    "WhatId": self._what(spec, rec.what),
                    "WhoId": self._who(spec, rec.who),
                    "AccountId": spec.id,
                    "Subject": rec.subject,
                    "Description": rec.description,
                    "ActivityDate": rec.date,
                    "Status": rec.status,
                    "Priority": "Normal",
                    "Type": rec.kind,
                    "OwnerId": self._owner(spec, rec.owner),
                    "CreatedDate": stamp(clock.at(day)),
                }
            )
        elif isinstance(rec, EventSpec):
            day = _check(rec.date, where)
            start = datetime(day.year, day.month, day.day, rec.start_hour)
            end = start + timedelta(minutes=rec.minutes)
            self.rows["Event"].append(
                {
                    "WhatId": self._what(spec, rec.what),
                    "WhoId": self._who(spec, rec.who),
                    "AccountId": spec.id,
                    "Subject": rec.subject,
                    "Description": rec.description,
                    "Location": rec.location,
                    "ActivityDate": rec.date,
                    "StartDateTime": stamp(start),
                    "EndDateTime": stamp(end),
                    "DurationInMinutes": str(rec.minutes),
                    "Type": rec.kind,
                    "OwnerId": self._owner(spec, rec.owner),
                    "CreatedDate": stamp(clock.later(end, 20, 240)),
                }
            )
        else:  # NoteSpec
            self.rows["Note"].append(
                {
                    "ParentId": spec.id,
                    "Title": rec.title,
                    "Body": rec.body,
                    "IsPrivate": "false",
                    "OwnerId": self._owner(spec, rec.owner),
                    "CreatedDate": stamp(clock.at(_check(rec.date, where))),
                }
            )

    def finish(self) -> dict[str, list[dict[str, str]]]:
        """Number every object's rows by creation time and resolve the references."""
        ids: dict[Ref, str] = {}
        for obj, prefix in PREFIX.items():
            rows = self.rows[obj]
            rows.sort(key=lambda r: (str(r["CreatedDate"]), _text(r)))
            for n, row in enumerate(rows, start=1):
                row["Id"] = sfid(prefix, n)
                if obj == "Case":
                    row["CaseNumber"] = f"{1000 + n:08d}"
        for ref, row in self._keys.items():
            ids[ref] = str(row["Id"])
        return {obj: [_resolve(r, ids) for r in rows] for obj, rows in self.rows.items()}


def _text(row: Row) -> str:
    return "|".join(str(v) for v in row.values())


def _resolve(row: Row, ids: dict[Ref, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for field, value in row.items():
        if isinstance(value, tuple):
            if value not in ids:
                raise ValueError(f"unresolved reference {value} in {field}")
            out[field] = ids[value]
        else:
            out[field] = value
    return out


def all_rows(specs: Iterable[AccountSpec], seed: int) -> dict[str, list[dict[str, str]]]:
    """Every export row of every account, by object name."""
    builder = RowBuilder(seed)
    for spec in specs:
        builder.add_account(spec)
    return builder.finish()
