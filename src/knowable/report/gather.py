"""Read what a dossier needs from the store (the I/O edge of the report)."""

from __future__ import annotations

from datetime import datetime

from knowable.assess.policy import Policy
from knowable.assess.run import people_of
from knowable.errors import NotFoundError
from knowable.model import Record, Signal, Subject
from knowable.report.dossier import DossierData, build_dossier
from knowable.store import Store


def resolve_subject(store: Store, text: str) -> Subject:
    """A subject by key, or by a name fragment that matches exactly one customer."""
    try:
        return store.subject(text)
    except NotFoundError:
        pass
    found = [s for s in store.find_subjects(text) if s.schema != "Person"]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFoundError(f"no customer matches {text!r}")
    names = ", ".join(f"{s.name} ({s.key})" for s in found[:5])
    raise NotFoundError(f"{text!r} matches {len(found)} customers: {names}; give the key")


def subject_material(
    store: Store, subject: Subject
) -> tuple[list[Signal], list[Record], frozenset[str], bool]:
    """The subject's signals, the records behind them and its CRM records, its people,
    and whether any completed screening covered it."""
    related = frozenset(people_of(store).get(subject.key, ()))
    keys = [subject.key, *sorted(related)]
    signals = [s for key in keys for s in store.signals(subject_key=key)]
    records: dict[str, Record] = {}
    for key in keys:
        for record in store.records(subject_key=key):
            records[record.id] = record
    for signal in signals:
        for record_id in {e.record_id for e in signal.evidence} | {signal.record_id or ""}:
            if record_id and record_id not in records:
                try:
                    records[record_id] = store.record(record_id)
                except NotFoundError:
                    continue
    screened = store.screened()
    covered = any(key in screened for key in keys)
    return signals, list(records.values()), related, covered


def dossier_from_store(
    store: Store, subject: Subject, policy: Policy, as_of: datetime
) -> DossierData:
    """Build the dossier of ``subject`` as of ``as_of`` from stored signals and records."""
    signals, records, related, covered = subject_material(store, subject)
    return build_dossier(subject, signals, records, policy, as_of, covered, related)
