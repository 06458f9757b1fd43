"""One case per customer: a person tied to a customer (a contact, an officer) has no case
of their own; signals about them go to the customer's case, as the assessment folds them
into the customer's score (``knowable.jobs.assess.people_of``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select

from knowable.model import Signal, Subject
from knowable.store import Store
from knowable.store.schema import subjects


@dataclass(frozen=True, slots=True)
class Membership:
    """Which customer each person belongs to, and everyone's display name."""

    parent: Mapping[str, str]  # person key -> customer key
    people: Mapping[str, tuple[str, ...]]  # customer key -> its people's keys
    names: Mapping[str, str]  # subject key -> name

    def case_subject(self, key: str) -> str:
        """The key whose case covers ``key``: its customer for a person, else itself."""
        return self.parent.get(key, key)


def membership(subjects: Iterable[Subject]) -> Membership:
    """Group people under their customers; a person whose customer is not stored (or who
    has none) keeps their own key."""
    by_key = {s.key: s for s in subjects}
    parent = {
        s.key: s.parent_key
        for s in by_key.values()
        if s.schema == "Person" and s.parent_key and s.parent_key in by_key
    }
    people: dict[str, list[str]] = {}
    for person, customer in sorted(parent.items()):
        people.setdefault(customer, []).append(person)
    return Membership(
        parent=parent,
        people={k: tuple(v) for k, v in people.items()},
        names={k: s.name for k, s in by_key.items()},
    )


def _people_of(store: Store, customer_key: str) -> tuple[str, ...]:
    """Keys of the people tied to one customer (an indexed lookup, not a read of everyone)."""
    c = subjects.c
    query = select(c.key).where(c.schema == "Person", c.parent_key == customer_key)
    with store.read() as conn:
        return tuple(conn.execute(query.order_by(c.key)).scalars())


def case_signals(store: Store, subject_key: str, members: Membership | None = None) -> list[Signal]:
    """The signals a customer's case rests on: its own and those about its people."""
    people = (
        members.people.get(subject_key, ())
        if members is not None
        else _people_of(store, subject_key)
    )
    return [s for key in (subject_key, *people) for s in store.signals(subject_key=key)]
