"""Relationship detector: REL- and BEH- signals from the provider's own CRM records.

A pure function of (records, rules, earlier red-flag signals) -> signals. Sentence rules
find what a note, meeting, task or case says; record rules look at the structure of cases
and opportunities; the trend rule looks across a customer's records over time (see
:mod:`knowable.detect.relationship.over_time`). Every signal quotes the sentence that carries
it with offsets into ``Record.text`` and is dated by the record's ``available_at``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from knowable.catalogue.relationship import (
    RelationshipRules,
    TextRule,
    relationship_rules,
    rule_kind,
)
from knowable.detect.relationship.over_time import (
    closed_escalation_signals,
    renewal_signals,
    trend_signals,
)
from knowable.detect.relationship.reader import (
    DETECTOR,
    ReadSentence,
    RecordReader,
    detector_version,
    rule_fires,
)
from knowable.model import Evidence, Explanation, Feature, Record, Signal, in_force
from knowable.text.match import Hit

_NEVER = datetime.min.replace(tzinfo=UTC)


def text_signals(records: Iterable[Record], reader: RecordReader) -> list[Signal]:
    """Signals from sentence rules: one per record and indicator, quoting each sentence."""
    rules = reader.rules
    version = detector_version(rules)
    out: list[Signal] = []
    for record in records:
        if not record.subject_key or not record.text:
            continue
        found: dict[str, list[tuple[TextRule, ReadSentence, tuple[Hit, ...]]]] = {}
        kind = rule_kind(record.kind)
        for read in reader.read(record):
            for rule in rules.rules:
                if kind not in rule.kinds:
                    continue
                combo = rule_fires(rule, read)
                if combo is not None:
                    found.setdefault(rule.indicator, []).append((rule, read, combo))
        for indicator_id, matches in sorted(found.items()):
            out.append(_signal(record, indicator_id, matches, version))
    return out


def _signal(
    record: Record,
    indicator_id: str,
    matches: Sequence[tuple[TextRule, ReadSentence, tuple[Hit, ...]]],
    version: str,
) -> Signal:
    evidence: dict[tuple[int, int], Evidence] = {}
    terms: dict[str, str] = {}
    for _, read, combo in matches:
        s = read.sentence
        evidence.setdefault(
            (s.start, s.end), Evidence(record.id, s.quote(record.text), s.start, s.end)
        )
        tokens = s.tokens
        for hit in combo:
            terms.setdefault(
                hit.concept, record.text[tokens[hit.first].start : tokens[hit.last].end]
            )
    rule_ids = sorted({rule.id for rule, _, _ in matches})
    strength = max(rule.strength for rule, _, _ in matches)
    return Signal(
        subject_key=str(record.subject_key),
        indicator=indicator_id,
        strength=strength,
        observed_at=record.available_at,
        detector=DETECTOR,
        detector_version=version,
        evidence=tuple(evidence[k] for k in sorted(evidence)),
        record_id=record.id,
        details={"rules": rule_ids, "kind": record.kind, "terms": terms},
        explanation=Explanation(
            summary=f"the provider's own {record.kind} says so in "
            f"{len(evidence)} sentence{'s' if len(evidence) != 1 else ''}",
            method="rules",
            method_id=", ".join(rule_ids),
            version=version,
            facts=(("record", record.kind),),
            features=tuple(Feature(concept, None, None, term) for concept, term in terms.items()),
        ),
    )


def detect_relationship(
    records: Iterable[Record],
    red_flags: Sequence[Signal] = (),
    rules: RelationshipRules | None = None,
    as_of: datetime | None = None,
) -> list[Signal]:
    """Run every relationship rule over CRM ``records``.

    Args:
        records: CRM records (notes, meetings, tasks, cases, opportunities, custom objects)
            with subject keys; of a record with several versions only the one in force
            ``as_of`` (the latest when None) is read.
        red_flags: signals from other detectors (any family), used by the renewal rule
            (REL-06) and as the "flagged customer" condition of the trend rule (REL-04).
        rules: the rules to use; the bundled catalogue when None.
        as_of: the date whose versions of the records are read.

    Returns:
        Signals in a stable order (by subject, date, indicator, record).
    """
    spec = rules or relationship_rules()
    reader = RecordReader(spec)
    crm = [r for r in in_force(records, as_of) if r.subject_key]
    found = text_signals(crm, reader)
    found += closed_escalation_signals(crm, reader)
    flags = [*red_flags, *found]
    found += trend_signals(crm, reader, flags)
    found += renewal_signals(crm, reader, [*red_flags, *found])
    unique = {s.id: s for s in found}
    return sorted(
        unique.values(),
        key=lambda s: (s.subject_key, s.observed_at or _NEVER, s.indicator, s.id),
    )
