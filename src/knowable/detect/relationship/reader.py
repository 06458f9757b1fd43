"""Reading CRM records for the relationship rules: sentences, concept hits, rule firing.

Shared by the sentence rules (:mod:`.detector`) and the record and over-time rules
(:mod:`.over_time`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from knowable.catalogue.crm_language import (
    MINOR_AGE,
    SMALL_SHARE,
    minor_age_spans,
    owed_amount_spans,
    small_share_spans,
)
from knowable.catalogue.relationship import RelationshipRules, TextRule
from knowable.model import Record
from knowable.text.match import ConceptMatcher, Hit, Sentence, Token, sentences
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
    #: The non-negated hits by concept, in sentence order (built once: every rule asks).
    by_concept: Mapping[str, tuple[Hit, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        grouped: dict[str, list[Hit]] = {}
        for hit in self.hits:
            if not hit.negated:
                grouped.setdefault(hit.concept, []).append(hit)
        object.__setattr__(self, "by_concept", {c: tuple(h) for c, h in grouped.items()})

    def positive(self, concept: str) -> list[Hit]:
        return list(self.by_concept.get(concept, ()))


def joined(first: ReadSentence, second: ReadSentence) -> ReadSentence:
    """Two adjacent sentences of a record read as one: the second's tokens after the
    first's (its first word after a clause break), its hits moved along with them."""
    a, b = first.sentence, second.sentence
    shift = len(a.tokens)
    tokens = (
        *a.tokens,
        *(replace(t, breaks_before=True) if k == 0 else t for k, t in enumerate(b.tokens)),
    )
    hits = (
        *first.hits,
        *(Hit(h.concept, h.first + shift, h.last + shift, h.negated) for h in second.hits),
    )
    return ReadSentence(Sentence(a.start, b.end, tokens), hits)


#: Concept matchers built for rules objects (by identity, holding the rules alive). A
#: matcher is read-only once built, and building one stems every phrase of the catalogue,
#: which cost more than reading a small customer's records; a Spark task reads thousands
#: of customers with the same rules.
_MATCHERS: dict[int, tuple[RelationshipRules, ConceptMatcher]] = {}
_MAX_MATCHERS = 8


def matcher_for(rules: RelationshipRules) -> ConceptMatcher:
    """The concept matcher of ``rules``, built once per rules object."""
    found = _MATCHERS.get(id(rules))
    if found is not None and found[0] is rules:
        return found[1]
    neg = rules.negation
    matcher = ConceptMatcher(
        rules.concepts,
        neg.cues,
        neg.exceptions,
        neg.scope,
        neg.breakers,
        [(spec.cues, spec.markers, spec.min_markers) for spec in neg.not_cues_in],
    )
    if len(_MATCHERS) >= _MAX_MATCHERS:
        _MATCHERS.pop(next(iter(_MATCHERS)))
    _MATCHERS[id(rules)] = (rules, matcher)
    return matcher


class RecordReader:
    """Splits records into sentences and finds concept hits once per record."""

    def __init__(self, rules: RelationshipRules) -> None:
        self.rules = rules
        self.matcher = matcher_for(rules)
        self._cache: dict[str, tuple[ReadSentence, ...]] = {}
        #: Concepts a sum owed in Spanish, Portuguese or French is also a term of ("ela
        #: deve 6 mil dólares"; rules 2026.12.45): the words alone are also "must".
        self._owed = tuple(c for c in OWED_CONCEPTS if c in rules.concepts)

    def read(self, record: Record) -> tuple[ReadSentence, ...]:
        cached = self._cache.get(record.id)
        if cached is None:
            ages = minor_age_spans(record.text) if MINOR_AGE in self.rules.concepts else []
            shares = small_share_spans(record.text) if SMALL_SHARE in self.rules.concepts else []
            owed = owed_amount_spans(record.text) if self._owed else []
            split = sentences(record.text)
            found = [
                (
                    *self.matcher.hits(s.tokens),
                    *_span_hits(s, ages, MINOR_AGE),
                    *_span_hits(s, shares, SMALL_SHARE),
                    *(h for c in self._owed for h in _span_hits(s, owed, c)),
                )
                for s in split
            ]
            if AGENCY in self.rules.concepts:
                found = _with_acronyms(record.text, split, found)
            cached = tuple(ReadSentence(s, hits) for s, hits in zip(split, found, strict=True))
            self._cache[record.id] = cached
        return cached

    def mentions(self, record: Record, concept: str) -> list[ReadSentence]:
        """Sentences of ``record`` holding a non-negated term of ``concept``."""
        return [rs for rs in self.read(record) if rs.positive(concept)]


#: Concepts whose terms include a sum owed found by pattern
#: (:func:`~knowable.catalogue.crm_language.owed_amount_spans`).
OWED_CONCEPTS = ("debt", "owed_debt")


#: The concept whose names a record may shorten to their initials ("Jacksonville Sheriff's
#: Office ... JSO recovered a 17 y/o").
AGENCY = "agency"
#: Words an agency's initials leave out.
_NOT_INITIALS = frozenset({"of", "the", "and", "&", "for"})


def _initials(text: str, sentence: Sentence, hit: Hit) -> str:
    """The initials of an agency's name: the hit's words and the capitalised words right
    before it ("Jacksonville Sheriff's Office" -> "JSO"); "" when fewer than two."""
    tokens = sentence.tokens
    first = hit.first
    while first > 0 and first > hit.first - 3:
        before = text[tokens[first - 1].start : tokens[first - 1].end]
        if not before[:1].isupper() or tokens[first].breaks_before:
            break
        first -= 1
    letters = [
        text[t.start : t.end][0].upper()
        for t in tokens[first : hit.last + 1]
        if t.stem not in _NOT_INITIALS and text[t.start : t.end][:1].isalpha()
    ]
    return "".join(letters) if len(letters) >= 2 else ""


#: A city's police department by its initials, in capitals ("LAPD", "SDPD", "HPD").
_POLICE_DEPARTMENT = re.compile(r"[A-Z]{1,4}PD")


def _agency_initials(text: str, token: Token, names: set[str]) -> bool:
    word = text[token.start : token.end]
    return 2 <= len(word) <= 6 and (word in names or _POLICE_DEPARTMENT.fullmatch(word) is not None)


def _with_acronyms(
    text: str, split: Sequence[Sentence], found: list[tuple[Hit, ...]]
) -> list[tuple[Hit, ...]]:
    """``found`` with an ``agency`` hit on every word written as the initials of an agency
    the record names in full (in capitals, two to six letters), and on a police
    department's initials ("LAPD") wherever they are."""
    names = {
        _initials(text, sentence, hit)
        for sentence, hits in zip(split, found, strict=True)
        for hit in hits
        if hit.concept == AGENCY and not hit.negated
    }
    names.discard("")
    if not names and "PD" not in text:
        return found
    out: list[tuple[Hit, ...]] = []
    for sentence, hits in zip(split, found, strict=True):
        extra = [
            Hit(AGENCY, k, k, False)
            for k, token in enumerate(sentence.tokens)
            if _agency_initials(text, token, names)
        ]
        out.append((*hits, *extra) if extra else hits)
    return out


def _span_hits(sentence: Sentence, spans: Sequence[tuple[int, int]], concept: str) -> list[Hit]:
    """``concept`` hits on the tokens of ``sentence`` that ``spans`` cover: concepts whose
    phrases are numbers found by a pattern, not words (``minor_age``: an age under 18, by
    :func:`minor_age_spans`; ``small_share``: a share under one per cent)."""
    out: list[Hit] = []
    for start, end in spans:
        if end <= sentence.start or start >= sentence.end:
            continue
        inside = [i for i, t in enumerate(sentence.tokens) if t.start < end and t.end > start]
        if inside:
            out.append(Hit(concept, inside[0], inside[-1], False))
    return out


def detector_version(rules: RelationshipRules) -> str:
    return f"{CODE_VERSION}+rules.{rules.version}"


def rule_fires(rule: TextRule, read: ReadSentence) -> tuple[Hit, ...] | None:
    """The hits that satisfy ``rule`` in this sentence, or None when it does not fire."""
    positive = read.by_concept
    unless = [h for c in rule.unless for h in positive.get(c, ())]
    groups: list[Sequence[Hit]] = []
    for concept in rule.all:
        hits = positive.get(concept)
        if not hits:
            return None
        groups.append(hits)
    if rule.any:
        anyof = [h for c in rule.any for h in positive.get(c, ())]
        if not anyof:
            return None
        groups.append(anyof)
    for count, combo in enumerate(itertools.product(*groups)):
        if count >= _MAX_COMBINATIONS:
            break
        if _fits(rule, combo) and not _unless_near(rule, combo, unless):
            return combo
    return None


def _unless_near(rule: TextRule, combo: tuple[Hit, ...], unless: Sequence[Hit]) -> bool:
    """Whether an ``unless`` term stands within the rule's window of the words it matched:
    "a copy of the passport" stops a holding reading, a photo shoot mentioned a dozen words
    earlier in a long sentence does not."""
    first = min(h.first for h in combo) - rule.window
    last = max(h.last for h in combo) + rule.window
    return any(u.last >= first and u.first <= last for u in unless)


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
