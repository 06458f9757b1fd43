"""A concern the provider's own staff checked and cleared, with what they checked.

A provider that looks into a concern about its customer, checks facts (licences verified,
payroll matched, employees interviewed apart) and records that nothing is wrong has done
what the "should have known" standard asks of it: the concern is answered. Readings of
the concern from the weeks before stop holding on the day it was cleared (their
``details["ended_at"]``), and the clearing record's own readings are dropped.

A clearance is substantive only when its record holds a staff finding (``finding``: "No
concerns.", "Cleared.", "unfounded"), a check of facts (``checks``: verified, confirmed,
interviewed) and nobody's word standing in for a check (``claimed``: "Owner says holiday
promo. Cleared." answers nothing). Police action, a processor's cut-off and a minor are
never answered this way: only the ``indicators`` the rules list are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from knowable.catalogue.relationship import AnsweredSpec
from knowable.detect.relationship.reader import ReadSentence, RecordReader, written_at
from knowable.model import Record, Signal


def clearances(
    records: Iterable[Record], reader: RecordReader, spec: AnsweredSpec
) -> Mapping[str, list[tuple[datetime, str]]]:
    """By subject key: each (day, record id) on which staff cleared a concern with checks."""
    out: dict[str, list[tuple[datetime, str]]] = {}
    for record in records:
        if not record.subject_key or not record.text or record.kind not in spec.kinds:
            continue
        reads = reader.read(record)  # already read by the rules: the reader keeps it
        found = [r for r in reads if _finding(r, record.text, spec)]
        if not found or not any(spec.checks in r.by_concept for r in reads):
            continue
        if any(spec.claimed in r.by_concept for r in reads):
            continue
        day = written_at(record, found[-1].sentence.start)
        if day is not None:
            out.setdefault(record.subject_key, []).append((day, record.id))
    return out


def _finding(read: ReadSentence, text: str, spec: AnsweredSpec) -> bool:
    """A staff finding of no concern: a ``finding`` term, or a sentence that is only one of
    the ``alone`` words ("Cleared.")."""
    if spec.finding in read.by_concept:
        return True
    tokens = read.sentence.tokens
    return len(tokens) == 1 and text[tokens[0].start : tokens[0].end].lower() in spec.alone


def answer(
    signals: Sequence[Signal],
    cleared: Mapping[str, list[tuple[datetime, str]]],
    spec: AnsweredSpec,
) -> list[Signal]:
    """``signals`` with those a clearance answers ended on its day (observed within
    ``spec.within_days`` before it, of ``spec.indicators``) and the clearing records' own
    readings of those indicators dropped."""
    if not cleared:
        return list(signals)
    scope = set(spec.indicators)
    window = timedelta(days=spec.within_days)
    clearing = {rid for days in cleared.values() for _, rid in days}
    out: list[Signal] = []
    for signal in signals:
        days = cleared.get(signal.subject_key)
        if not days or signal.indicator not in scope or signal.observed_at is None:
            out.append(signal)
            continue
        if signal.record_id in clearing:
            continue
        when = signal.observed_at
        ending = [(day, rid) for day, rid in days if when < day <= when + window]
        if not ending or signal.details.get("ended_at"):
            out.append(signal)
            continue
        day, rid = min(ending)
        out.append(_ended(signal, day, rid))
    return out


def _ended(signal: Signal, day: datetime, record_id: str) -> Signal:
    details = {**signal.details, "ended_at": day.isoformat(), "answered_by": record_id}
    explanation = signal.explanation
    if explanation is not None:
        fact = ("answered", f"checked and cleared by staff on {day.date()} (record {record_id})")
        explanation = replace(explanation, facts=(*explanation.facts, fact))
    # a new id: the end is part of what the signal says
    return replace(signal, details=details, explanation=explanation, id="")
