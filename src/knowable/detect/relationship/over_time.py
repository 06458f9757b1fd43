"""Relationship rules that look at record structure or across records over time.

- REL-09 from a case's structure: closed, about a concern, nothing investigated.
- REL-04: tailored support growing over time for a customer that already carries a flag.
- REL-06: a closed-won renewal or upsell dated after an earlier red flag of any family.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from knowable.catalogue import indicators
from knowable.catalogue.relationship import rule_kind
from knowable.detect.relationship.reader import (
    DETECTOR,
    ReadSentence,
    RecordReader,
    closed_at,
    detector_version,
    reading_of,
)
from knowable.detect.relationship.reported import follow_up_demand, follows_report
from knowable.detect.relationship.roles import (
    NOT_AGAINST,
    Identity,
    read_roles,
    reports_to_authority,
)
from knowable.explain import facts_from
from knowable.model import Evidence, Explanation, Record, Signal, ended_at
from knowable.timeutil import as_utc

_NEVER = datetime.min.replace(tzinfo=UTC)


class _RuleSpec(Protocol):
    @property
    def indicator(self) -> str: ...

    @property
    def strength(self) -> float: ...


def _record_signal(
    reader: RecordReader,
    spec: _RuleSpec,
    record: Record,
    evidence: Iterable[Evidence],
    details: dict[str, Any],
    closed: bool = False,
) -> Signal:
    """A signal of ``spec``'s indicator, dated by and pointing at ``record`` (by its
    closing when ``closed``: a closed case's structure is known once it is closed)."""
    return Signal(
        subject_key=str(record.subject_key),
        indicator=spec.indicator,
        strength=spec.strength,
        observed_at=(closed_at(record) if closed else None) or record.available_at,
        detector=DETECTOR,
        detector_version=detector_version(reader.rules),
        evidence=tuple(evidence),
        record_id=record.id,
        details={**details, **reading_of(record, "rules")},
        explanation=Explanation(
            summary=f"{spec.indicator} from the structure of the provider's {record.kind} records",
            method="rules",
            method_id=str(details.get("rule") or spec.indicator),
            version=detector_version(reader.rules),
            facts=facts_from(details),
        ),
    )


def _field_evidence(record: Record, field: str) -> Evidence | None:
    value = record.payload.get(field)
    if value is None or value == "":
        return None
    text = str(value)
    return Evidence(record.id, text, 0, len(text), field=field)


def _sentence_evidence(record: Record, read: ReadSentence) -> Evidence:
    s = read.sentence
    return Evidence(record.id, s.quote(record.text), s.start, s.end)


def closed_escalation_signals(
    records: Iterable[Record],
    reader: RecordReader,
    benign: frozenset[str] = frozenset(),
    identity: Mapping[str, Identity] | None = None,
    reported: Mapping[str, datetime] | None = None,
) -> list[Signal]:
    """REL-09: a closed case that raised a concern and records no investigation (cases the
    model reads as clearly benign, ids in ``benign``, excepted). A concern counts only in
    a sentence whose roles read against the customer (not the customer acting on third
    parties, police acting on someone else, the customer as a victim, or the work of a
    customer whose ``identity`` is protective), nor a records demand in a case written
    after the customer's own report to an authority (``reported``, by subject key: see
    :mod:`knowable.detect.relationship.reported`)."""
    spec = reader.rules.closed_escalation
    closed = {v.lower() for v in spec.closed_values}
    who = identity or {}
    roles = reader.rules.roles
    out: list[Signal] = []
    for record in records:
        if record.kind not in spec.kinds or not record.text or record.id in benign:
            continue
        status = str(record.payload.get(spec.status_field, "")).strip().lower()
        if status not in closed:
            continue
        ident = who.get(str(record.subject_key))
        follows = follows_report(record, (reported or {}).get(str(record.subject_key)), roles)
        concern = []
        for read in reader.mentions(record, spec.concern):
            reading = read_roles(read.sentence, read.hits, reader.rules, ident, record.text)
            if reading.role in NOT_AGAINST:
                continue
            if follows and roles is not None and follow_up_demand(read, reading, roles):
                continue
            concern.append(read)
        if not concern or reader.mentions(record, spec.investigation):
            continue
        if _shielded(record, reader, ident):
            continue
        evidence = [_sentence_evidence(record, concern[0])]
        status_evidence = _field_evidence(record, spec.status_field)
        if status_evidence is not None:
            evidence.append(status_evidence)
        details = {"rules": ["rel09-closed-case-structure"], "kind": record.kind}
        out.append(_record_signal(reader, spec, record, evidence, details, closed=True))
    return out


def _shielded(record: Record, reader: RecordReader, ident: Identity | None) -> bool:
    """Whether the customer reports to or calls an authority somewhere in the record and
    nowhere reads as police's target, when the roles' ``record_scope`` holds REL-09:
    "Security separated them + called Denver PD, man arrested" in the case whose closing
    is read. Other protective readings are not enough here ("owner said he removed the
    profiles" is his word; "got a viewer report" is the provider's inbox)."""
    roles = reader.rules.roles
    if roles is None or "REL-09" not in roles.record_scope:
        return False
    called = False
    for read in reader.read(record):
        role = read_roles(read.sentence, read.hits, reader.rules, ident, record.text).role
        if role == "target":
            return False
        called = called or (
            role == "protective"
            and reports_to_authority(read.sentence, read.hits, reader.rules, record.text)
        )
    return called


def _by_subject(records: Iterable[Record]) -> dict[str, list[Record]]:
    grouped: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        if record.subject_key and record.available_at is not None:
            grouped[record.subject_key].append(record)
    for group in grouped.values():
        group.sort(key=lambda r: (r.available_at or _NEVER, r.id))
    return grouped


def _flag_dates(
    flags: Iterable[Signal], exclude: set[str], min_strength: float
) -> dict[str, list[Signal]]:
    catalogue = indicators()
    out: dict[str, list[Signal]] = defaultdict(list)
    for signal in flags:
        known = catalogue.get(signal.indicator)
        if signal.observed_at is None or signal.indicator in exclude or known is None:
            continue
        if not known.spec.business_score or signal.strength < min_strength:
            continue
        out[signal.subject_key].append(signal)
    for group in out.values():
        group.sort(key=lambda s: (s.observed_at or _NEVER, s.id))
    return out


def trend_signals(
    records: Iterable[Record], reader: RecordReader, flags: Sequence[Signal]
) -> list[Signal]:
    """REL-04: the first date on which tailored support has grown for a flagged customer."""
    spec = reader.rules.trend
    window = timedelta(days=spec.window_days)
    flagged = _flag_dates(flags, {spec.indicator, reader.rules.renewal.indicator}, 0.0)
    out: list[Signal] = []
    for subject_key, group in sorted(_by_subject(records).items()):
        subject_flags = flagged.get(subject_key)
        if not subject_flags:
            continue
        first_flag = subject_flags[0].observed_at or _NEVER
        tailored = [
            (r, reader.mentions(r, spec.concept)) for r in group if rule_kind(r.kind) in spec.kinds
        ]
        tailored = [(r, m) for r, m in tailored if m]
        dates = [r.available_at or _NEVER for r, _ in tailored]
        for i, (record, _) in enumerate(tailored):
            day = dates[i]
            current = [j for j in range(i + 1) if dates[j] > day - window]
            previous = [j for j in range(i + 1) if day - 2 * window < dates[j] <= day - window]
            if len(current) < spec.min_records or len(current) <= len(previous):
                continue
            if first_flag > day:
                continue
            quotes = [
                _sentence_evidence(tailored[j][0], tailored[j][1][0])
                for j in current[-spec.max_quotes :]
            ]
            details = {
                "rules": ["rel04-tailoring-trend"],
                "records_in_window": len(current),
                "records_in_previous_window": len(previous),
                "window_days": spec.window_days,
                "first_flag": subject_flags[0].indicator,
            }
            out.append(_record_signal(reader, spec, record, quotes, details))
            break
    return out


def is_won(payload: Mapping[str, Any], won_stages: Iterable[str]) -> bool:
    """Whether an opportunity payload is closed-won (``IsWon`` or a won stage name)."""
    if payload.get("IsWon") in (True, "true", "True", "1", 1):
        return True
    stages = {s.lower() for s in won_stages}
    return str(payload.get("StageName", "")).strip().lower() in stages


def is_renewal(payload: Mapping[str, Any], types: Iterable[str]) -> bool:
    """Whether an opportunity's ``Type`` names one of ``types`` (renewal, upsell...)."""
    kind = str(payload.get("Type", "")).lower()
    return any(t.lower() in kind for t in types)


def _ended_by(flag: Signal, day: datetime) -> bool:
    """Whether ``flag`` had stopped holding (``details["ended_at"]``) by ``day``."""
    end = ended_at(flag)
    return end is not None and end <= as_utc(day)


def renewal_signals(
    records: Iterable[Record], reader: RecordReader, flags: Sequence[Signal]
) -> list[Signal]:
    """REL-06: each closed-won renewal or upsell dated after an earlier red flag."""
    spec = reader.rules.renewal
    flagged = _flag_dates(flags, {*spec.exclude_indicators}, spec.min_flag_strength)
    out: list[Signal] = []
    for subject_key, group in sorted(_by_subject(records).items()):
        subject_flags = flagged.get(subject_key, [])
        for record in group:
            if record.kind not in spec.kinds or not is_won(record.payload, spec.won_stages):
                continue
            if not is_renewal(record.payload, spec.types):
                continue
            day = record.available_at or _NEVER
            # a flag that no longer held by the renewal (staff checked and cleared it,
            # detect/relationship/answered.py) is not renewed after
            before = [
                f for f in subject_flags if (f.observed_at or day) < day and not _ended_by(f, day)
            ]
            if not before:
                continue
            evidence = [
                e
                for e in (_field_evidence(record, f) for f in ("StageName", "Type", "Amount"))
                if e
            ]
            details = {
                "rules": ["rel06-renewal-after-flag"],
                "type": record.payload.get("Type"),
                "amount": record.payload.get("Amount"),
                "earlier_flags": [f.id for f in before[-10:]],
                "first_flag": {
                    "indicator": before[0].indicator,
                    "observed_at": (before[0].observed_at or day).isoformat(),
                    "signal_id": before[0].id,
                },
            }
            out.append(_record_signal(reader, spec, record, evidence, details))
    return out
