"""Relationship detector: REL- and BEH- signals from the provider's own CRM records.

A pure function of (records, rules, earlier red-flag signals) -> signals. Sentence rules
find what a note, meeting, task or case says; record rules look at the structure of cases
and opportunities; the trend rule looks across a customer's records over time (see
:mod:`knowable.detect.relationship_time`). Every signal quotes the sentence that carries
it with offsets into ``Record.text`` and is dated by the record's ``available_at``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from knowable.detect.relationship_rules import RelationshipRules, TextRule, relationship_rules
from knowable.detect.textmatch import ConceptMatcher, Hit, Sentence, sentences
from knowable.model import Evidence, Record, Signal

DETECTOR = "relationship"
CODE_VERSION = "1"
#: Largest number of hit combinations tried per rule and sentence (sentences are short).
_MAX_COMBINATIONS = 4096
_NEVER = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class ReadSentence:
    """A sentence of a record with its concept hits."""

    sentence: Sentence
    hits: tuple[Hit, ...]

    def positive(self, concept: str) -> list[Hit]:
        return [h for h in self.hits if h.concept == concept and not h.negated]


class RecordReader:
    """Splits records into sentences and finds concept hits once per record."""

    def __init__(self, rules: RelationshipRules) -> None:
        neg = rules.negation
        self.rules = rules
        self.matcher = ConceptMatcher(
            rules.concepts, neg.cues, neg.exceptions, neg.scope, neg.breakers
        )
        self._cache: dict[str, tuple[ReadSentence, ...]] = {}

    def read(self, record: Record) -> tuple[ReadSentence, ...]:
        cached = self._cache.get(record.id)
        if cached is None:
            cached = tuple(
                ReadSentence(s, tuple(self.matcher.hits(s.tokens))) for s in sentences(record.text)
            )
            self._cache[record.id] = cached
        return cached

    def mentions(self, record: Record, concept: str) -> list[ReadSentence]:
        """Sentences of ``record`` holding a non-negated term of ``concept``."""
        return [rs for rs in self.read(record) if rs.positive(concept)]


def detector_version(rules: RelationshipRules) -> str:
    return f"{CODE_VERSION}+rules.{rules.version}"


def rule_fires(rule: TextRule, read: ReadSentence) -> tuple[Hit, ...] | None:
    """The hits that satisfy ``rule`` in this sentence, or None when it does not fire."""
    if any(read.positive(c) for c in rule.unless):
        return None
    groups = [read.positive(c) for c in rule.all]
    if rule.any:
        groups.append([h for c in rule.any for h in read.positive(c)])
    if any(not g for g in groups):
        return None
    for count, combo in enumerate(itertools.product(*groups)):
        if count >= _MAX_COMBINATIONS:
            break
        if _fits(rule, combo):
            return combo
    return None


def _fits(rule: TextRule, combo: tuple[Hit, ...]) -> bool:
    first = min(h.first for h in combo)
    last = max(h.last for h in combo)
    if last - first + 1 > rule.window:
        return False
    spans = sorted((h.first, h.last) for h in combo)
    if any(b[0] <= a[1] for a, b in itertools.pairwise(spans)):
        return False  # one word may not serve two concepts of the same rule
    by_concept = {h.concept: h for h in combo}
    for near in rule.near:
        a, b = by_concept.get(near.a), by_concept.get(near.b)
        if a is None or b is None:
            return False
        gap = b.first - a.last if a.first <= b.first else a.first - b.last
        if gap > near.max:
            return False
    return True


def text_signals(records: Iterable[Record], reader: RecordReader) -> list[Signal]:
    """Signals from sentence rules: one per record and indicator, quoting each sentence."""
    rules = reader.rules
    version = detector_version(rules)
    out: list[Signal] = []
    for record in records:
        if not record.subject_key or not record.text:
            continue
        found: dict[str, list[tuple[TextRule, ReadSentence, tuple[Hit, ...]]]] = {}
        for read in reader.read(record):
            for rule in rules.rules:
                if record.kind not in rule.kinds:
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
    )


def detect_relationship(
    records: Iterable[Record],
    red_flags: Sequence[Signal] = (),
    rules: RelationshipRules | None = None,
) -> list[Signal]:
    """Run every relationship rule over CRM ``records``.

    Args:
        records: CRM records (notes, meetings, tasks, cases, opportunities) with subject keys.
        red_flags: signals from other detectors (any family), used by the renewal rule
            (REL-06) and as the "flagged customer" condition of the trend rule (REL-04).
        rules: the rules to use; the bundled catalogue when None.

    Returns:
        Signals in a stable order (by subject, date, indicator, record).
    """
    # Imported here because relationship_time builds on this module's reader.
    from knowable.detect.relationship_time import (
        closed_escalation_signals,
        renewal_signals,
        trend_signals,
    )

    spec = rules or relationship_rules()
    reader = RecordReader(spec)
    crm = [r for r in records if r.subject_key]
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
