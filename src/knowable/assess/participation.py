"""Participation and benefit: what the provider did for a customer, and what it earned.

Per customer and calendar month (UTC), from the CRM records: meetings (Events), tasks,
cases, notes, custom work (records that speak of building something for the customer,
read with the relationship rules' ``participation.custom_work`` concept) and revenue
(closed-won opportunities with their Amount, split into new business and renewals or
upsells). Pure: records in, figures out; every figure keeps the ids of its records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from knowable.catalogue.relationship import RelationshipRules, relationship_rules
from knowable.detect.relationship.over_time import is_renewal, is_won
from knowable.detect.relationship.reader import RecordReader
from knowable.model import Record, in_force
from knowable.timeutil import as_utc

_SERVICE_KINDS = {"Event": "meetings", "Task": "tasks", "Case": "cases", "Note": "notes"}


@dataclass
class Month:
    """One customer's services and revenue in one month."""

    month: str
    meetings: int = 0
    tasks: int = 0
    cases: int = 0
    notes: int = 0
    custom_work: int = 0
    deals_won: int = 0
    revenue: float = 0.0
    renewal_revenue: float = 0.0
    record_ids: list[str] = field(default_factory=list)

    @property
    def services(self) -> int:
        return self.meetings + self.tasks + self.cases + self.custom_work


@dataclass
class Participation:
    """A customer's months in order, with totals; ``undated`` counts records with no date."""

    subject_key: str
    months: list[Month]
    undated: int = 0

    def total(self, name: str) -> float:
        return float(sum(getattr(m, name) for m in self.months))


def amount(value: object) -> float:
    """An opportunity Amount as a number (0.0 when blank or not a number)."""
    if isinstance(value, int | float):
        return float(value)
    text = str(value or "").replace(",", "").replace("$", "").strip()
    try:
        return float(text) if text else 0.0
    except ValueError:
        return 0.0


def participation(
    records: Iterable[Record],
    as_of: datetime | None = None,
    rules: RelationshipRules | None = None,
) -> dict[str, Participation]:
    """Services and revenue per customer and month from CRM ``records``.

    Each record counts once, in the version in force ``as_of`` (the latest when None):
    a corrected re-export or a later change of an opportunity replaces the earlier
    version rather than adding to it, and a deleted record no longer counts.

    Args:
        records: CRM records (other kinds are ignored), all versions of them.
        as_of: when given, only records available on or before it count, each in the
            version in force on that date.
        rules: relationship rules (for the custom-work concept and won stages).
    """
    spec = rules or relationship_rules()
    reader = RecordReader(spec)
    limit = as_utc(as_of) if as_of is not None else None
    months: dict[str, dict[str, Month]] = defaultdict(dict)
    undated: dict[str, int] = defaultdict(int)
    for record in in_force(records, limit):
        if not record.subject_key:
            continue
        if record.kind not in _SERVICE_KINDS and record.kind != "Opportunity":
            continue
        if record.available_at is None:
            undated[record.subject_key] += 1
            continue
        if limit is not None and record.available_at > limit:
            continue
        key = record.available_at.strftime("%Y-%m")
        month = months[record.subject_key].setdefault(key, Month(key))
        _count(record, month, reader, spec)
    out: dict[str, Participation] = {}
    for subject_key in sorted(set(months) | set(undated)):
        ordered = [months[subject_key][k] for k in sorted(months.get(subject_key, {}))]
        out[subject_key] = Participation(subject_key, ordered, undated.get(subject_key, 0))
    return out


def _count(record: Record, month: Month, reader: RecordReader, spec: RelationshipRules) -> None:
    used = False
    if record.kind in _SERVICE_KINDS:
        name = _SERVICE_KINDS[record.kind]
        setattr(month, name, getattr(month, name) + 1)
        used = True
        if reader.mentions(record, spec.participation.custom_work):
            month.custom_work += 1
    elif record.kind == "Opportunity" and is_won(record.payload, spec.renewal.won_stages):
        value = amount(record.payload.get("Amount"))
        month.deals_won += 1
        month.revenue += value
        if is_renewal(record.payload, spec.renewal.types):
            month.renewal_revenue += value
        used = True
    if used:
        month.record_ids.append(record.id)
