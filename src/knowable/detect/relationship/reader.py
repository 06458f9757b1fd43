"""Reading CRM records for the relationship rules: sentences, concept hits, rule firing.

Shared by the sentence rules (:mod:`.detector`) and the record and over-time rules
(:mod:`.over_time`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, datetime

from knowable.catalogue.relationship import RelationshipRules, TextRule
from knowable.model import Record
from knowable.text.match import ConceptMatcher, Hit, Sentence, sentences
from knowable.timeutil import parse_when

DETECTOR = "relationship"
#: 3: a case's closing comment dated by its closing; abbreviations before names kept in a
#: sentence.
CODE_VERSION = "3"
#: Largest number of hit combinations tried per rule and sentence (sentences are short).
_MAX_COMBINATIONS = 4096
_NEVER = datetime.min.replace(tzinfo=UTC)
#: Fields written when a record is closed, by object, and the field that dates them: a
#: case's closing comment did not exist when the case was opened.
CLOSING_FIELDS: dict[str, tuple[str, str]] = {"Case": ("Comments", "ClosedDate")}


def closed_at(record: Record) -> datetime | None:
    """When ``record`` was closed (its closing date field), if that is after the date it
    is known by (``available_at``); None otherwise."""
    spec = CLOSING_FIELDS.get(record.kind)
    if spec is None or record.available_at is None:
        return None
    when = parse_when(str(record.payload.get(spec[1]) or ""))
    return when if when is not None and when > record.available_at else None


def closing_start(record: Record) -> int | None:
    """Offset in ``record.text`` where the text written at closing starts; None when the
    record has no closing text or was not closed later than it was opened."""
    spec = CLOSING_FIELDS.get(record.kind)
    if spec is None or closed_at(record) is None:
        return None
    closing = str(record.payload.get(spec[0]) or "").strip()
    if not closing or not record.text.endswith(closing):
        return None
    return len(record.text) - len(closing)


def written_at(record: Record, start: int) -> datetime | None:
    """When the text at offset ``start`` of ``record.text`` was written: the closing date
    for a case's closing comment, the record's own date otherwise."""
    begin = closing_start(record)
    return closed_at(record) if begin is not None and start >= begin else record.available_at


def reading_of(record: Record, method: str) -> dict[str, str]:
    """The details that say a signal is ``method``'s reading ("rules" or "model") of
    ``record``: one record is one piece of evidence, however many rules and the model read
    it, and the assessment counts only the reading that values it higher (see
    :func:`knowable.assess.combine.best_readings`)."""
    return {"reading_of": f"record|{record.id}", "reading": method}


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
