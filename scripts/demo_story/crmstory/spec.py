"""Shapes of the hand-written demo CRM content.

Dates are ISO strings (``YYYY-MM-DD``); the builder adds times of day. A record names
its contact by a short key (``who``) local to its account, and an opportunity by its
``key``, so the content reads without Salesforce Ids.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContactSpec:
    """A person at a customer."""

    key: str
    first: str
    last: str
    title: str
    email: str
    phone: str
    birthdate: str = ""


@dataclass(frozen=True)
class OppSpec:
    """An opportunity: ``created`` is when it was opened, ``close`` its close date."""

    created: str
    close: str
    kind: str  # New Business | Renewal | Upsell | Professional Services
    stage: str
    amount: int
    name: str
    description: str = ""
    key: str = ""


@dataclass(frozen=True)
class CaseSpec:
    """A support case; ``closed`` is empty while it is open."""

    created: str
    closed: str
    subject: str
    description: str
    status: str = "Closed"
    priority: str = "Medium"
    origin: str = "Email"
    kind: str = "Question"
    who: str = ""
    owner: str = ""


@dataclass(frozen=True)
class TaskSpec:
    """A logged call, email or to-do."""

    date: str
    subject: str
    description: str
    status: str = "Completed"
    kind: str = "Call"
    who: str = ""
    what: str = ""  # key of an opportunity of the same account, else the account
    owner: str = ""


@dataclass(frozen=True)
class EventSpec:
    """A meeting; the description holds what was discussed."""

    date: str
    subject: str
    description: str
    minutes: int = 60
    kind: str = "Meeting"
    location: str = ""
    who: str = ""
    what: str = ""
    owner: str = ""
    start_hour: int = 17  # UTC


@dataclass(frozen=True)
class NoteSpec:
    """A note attached to the account."""

    date: str
    title: str
    body: str
    owner: str = ""


Activity = OppSpec | CaseSpec | TaskSpec | EventSpec | NoteSpec


@dataclass(frozen=True)
class AccountSpec:
    """A customer account with its people and the records written about it.

    ``plan`` tunes the generated routine filler (renewals, support cases) for ordinary
    accounts; story accounts set ``filler=False`` and carry everything by hand, apart
    from a few generic support cases when ``routine_cases`` is above zero.
    """

    id: str
    name: str
    website: str
    industry: str
    city: str
    state: str
    postal: str
    country: str
    street: str
    phone: str
    description: str
    created: str
    revenue: int
    employees: int
    owner: str
    contacts: tuple[ContactSpec, ...]
    records: tuple[Activity, ...] = ()
    kind: str = "Customer - Direct"
    filler: bool = True
    seats: int = 20
    products: tuple[str, ...] = ("Sales Cloud",)
    churn_year: int = 0
    routine_cases: int = 0
