"""The customer's own reports to an authority, and the records demands that follow them.

A customer that reported what it found to police, an agency or a hotline is then asked by
them for records: a subpoena or a preservation request after its report, in the same
record or in a later one, is the authority following up the report, not police acting
against the customer (rules 2026.12.40 within a record, 2026.12.43 across records). Coercive
process (a raid, an arrest, charges) in a later record is not read this way: a report once
made does not clear what police later do to the customer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from knowable.catalogue.relationship import RolesSpec
from knowable.detect.relationship.names import CustomerNames, with_names
from knowable.detect.relationship.reader import ReadSentence, RecordReader, written_at
from knowable.detect.relationship.roles import CUSTOMER, Identity, RoleReading, read_roles
from knowable.model import Record

#: The object of police action told after the customer's own report.
REPORTED = "what the customer reported"


def reports(read: ReadSentence, reading: RoleReading, roles: RolesSpec) -> bool:
    """Whether ``read`` shows the customer reporting to an authority: a protective reading
    with the customer as actor, a ``report_to`` term and an authority in the sentence."""
    grammar = roles.grammar
    return (
        grammar is not None
        and grammar.report_to is not None
        and reading.role == "protective"
        and reading.actor == CUSTOMER
        and grammar.report_to in read.by_concept
        and any(c in read.by_concept for c in grammar.authority)
    )


def follow_up_demand(read: ReadSentence, reading: RoleReading, roles: RolesSpec) -> bool:
    """Whether ``read`` is a demand for records (a ``records_demand`` term, no
    ``coercive`` one) that a report the customer made would explain: not already read on
    the customer's side, not the customer's people named as police's target, and no
    ``target`` term ("owner arrested")."""
    if roles.records_demand is None or not read.positive(roles.records_demand):
        return False
    if roles.coercive is not None and read.positive(roles.coercive):
        return False
    if read.positive(roles.target):
        return False
    if reading.role == "target" and roles.name_concept in read.by_concept:
        return False
    return reading.role in ("actor", "target")


def own_reports(
    records: Iterable[Record],
    reader: RecordReader,
    identity: Mapping[str, Identity] | None = None,
    names: Mapping[str, CustomerNames] | None = None,
) -> dict[str, datetime]:
    """The day each customer first reported to an authority in its records (see
    :func:`reports`), by subject key; none when the roles set no ``follow_up_days``."""
    roles = reader.rules.roles
    grammar = roles.grammar if roles is not None else None
    if roles is None or grammar is None or grammar.report_to is None or not roles.follow_up_days:
        return {}
    principal = roles.name_concept
    who = identity or {}
    first: dict[str, datetime] = {}
    for record in records:
        key = record.subject_key
        if not key or not record.text or record.available_at is None:
            continue
        known = first.get(key)
        if known is not None and known <= record.available_at:
            continue
        own = (names or {}).get(key)
        for read in reader.read(record):
            if grammar.report_to not in read.by_concept or not any(
                c in read.by_concept for c in grammar.authority
            ):
                continue
            if own is not None and own.principals and principal is not None:
                read = with_names(read, record.text, own, principal, grammar.self)
            reading = read_roles(read.sentence, read.hits, reader.rules, who.get(key), record.text)
            if reports(read, reading, roles):
                when = written_at(record, read.sentence.start) or record.available_at
                if known is None or when < known:
                    first[key] = known = when
                break
    return first


def follows_report(record: Record, since: datetime | None, roles: RolesSpec | None) -> bool:
    """Whether ``record`` was written after the customer's first report (``since``) and
    within the roles' ``follow_up_days`` of it."""
    if since is None or roles is None or not roles.follow_up_days or record.available_at is None:
        return False
    return since < record.available_at <= since + timedelta(days=roles.follow_up_days)
