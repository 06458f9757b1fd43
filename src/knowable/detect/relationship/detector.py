"""Relationship detector: REL- and BEH- signals from the provider's own CRM records.

A pure function of (records, rules, earlier red-flag signals) -> signals. Sentence rules
find what a note, meeting, task or case says; record rules look at the structure of cases
and opportunities; the trend rule looks across a customer's records over time (see
:mod:`knowable.detect.relationship.over_time`). Every signal quotes the sentence that carries
it with offsets into ``Record.text`` and is dated by the record's ``available_at``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime

from knowable.catalogue.relationship import (
    RelationshipRules,
    RenewalRule,
    TextRule,
    relationship_rules,
    rule_kind,
)
from knowable.detect.relationship.model import MODEL_ID, RelationshipModel, load_model
from knowable.detect.relationship.over_time import (
    closed_escalation_signals,
    is_renewal,
    renewal_signals,
    trend_signals,
)
from knowable.detect.relationship.reader import (
    DETECTOR,
    ReadSentence,
    RecordReader,
    detector_version,
    reading_of,
    rule_fires,
)
from knowable.model import Evidence, Explanation, Feature, Record, Signal, in_force
from knowable.text.match import Hit

_NEVER = datetime.min.replace(tzinfo=UTC)


def role_of(read: ReadSentence, rules: RelationshipRules) -> str:
    """The customer's role a sentence shows: ``target`` (of police action),
    ``protective`` (detects, reports, removes, serves victims...) or ``actor``."""
    roles = rules.roles
    if roles is None:
        return "actor"
    if read.positive(roles.target):
        return "target"
    if read.positive(roles.protective):
        return "protective"
    weakened = roles.weakened is not None and bool(read.positive(roles.weakened))
    if roles.safeguard is not None and read.positive(roles.safeguard) and not weakened:
        return "protective"
    return "actor"


ROLE_WORDS = {
    "target": "the customer or its people as the target of police action",
    "protective": "the customer detecting, reporting or fighting abuse, or serving victims",
    "actor": "the customer's own conduct",
}


def text_signals(
    records: Iterable[Record],
    reader: RecordReader,
    benign: frozenset[str] = frozenset(),
    uncorroborated: frozenset[str] = frozenset(),
) -> list[Signal]:
    """Signals from sentence rules: one per record and indicator, quoting each sentence.

    Records in ``benign`` (ids the model reads as clearly benign) and sentences that show
    the customer on the protective side give no signal; records in ``uncorroborated`` give
    none of the indicators the rules' ``model.corroborate`` lists.
    """
    needs_model = set(reader.rules.model.corroborate) if reader.rules.model else set()
    rules = reader.rules
    version = detector_version(rules)
    out: list[Signal] = []
    for record in records:
        if not record.subject_key or not record.text or record.id in benign:
            continue
        found: dict[str, list[tuple[TextRule, ReadSentence, tuple[Hit, ...]]]] = {}
        kind = rule_kind(record.kind)
        for read in reader.read(record):
            if role_of(read, rules) == "protective":
                continue
            for rule in rules.rules:
                if kind not in rule.kinds:
                    continue
                if record.id in uncorroborated and rule.indicator in needs_model:
                    continue
                combo = rule_fires(rule, read)
                if combo is not None:
                    found.setdefault(rule.indicator, []).append((rule, read, combo))
        for indicator_id, matches in sorted(found.items()):
            roles = {role_of(read, rules) for _, read, _ in matches}
            role = "target" if "target" in roles else "actor"
            out.append(_signal(record, indicator_id, matches, version, role))
    return out


def _signal(
    record: Record,
    indicator_id: str,
    matches: Sequence[tuple[TextRule, ReadSentence, tuple[Hit, ...]]],
    version: str,
    role: str = "actor",
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
        details={
            "rules": rule_ids,
            "kind": record.kind,
            "terms": terms,
            **reading_of(record, "rules"),
        },
        explanation=Explanation(
            summary=f"the provider's own {record.kind} says so in "
            f"{len(evidence)} sentence{'s' if len(evidence) != 1 else ''}",
            method="rules",
            method_id=", ".join(rule_ids),
            version=version,
            facts=(("record", record.kind), ("role read", ROLE_WORDS[role])),
            features=tuple(Feature(concept, None, None, term) for concept, term in terms.items()),
        ),
    )


def model_reads(record: Record, renewal: RenewalRule) -> bool:
    """Whether the model reads ``record``: every record with text except renewal and
    upsell opportunities, which show participation (REL-06), not the customer's conduct,
    and which repeat year after year in every customer's history."""
    if not record.text:
        return False
    return not (record.kind in renewal.kinds and is_renewal(record.payload, renewal.types))


def record_scores(
    records: Sequence[Record], model: RelationshipModel, renewal: RenewalRule
) -> dict[str, float]:
    """The model's score of every record it reads (see :func:`model_reads`), by record id."""
    texts = [r for r in records if model_reads(r, renewal)]
    scores = model.scores([r.text for r in texts], [r.kind for r in texts])
    return {r.id: float(s) for r, s in zip(texts, scores.tolist(), strict=True)}


def model_signals(
    records: Sequence[Record],
    reader: RecordReader,
    model: RelationshipModel,
    scores: Mapping[str, float],
) -> list[Signal]:
    """REL-12 (the rules' ``model.indicator``) from records the model scores at or above
    its emission threshold, quoting the sentences that carry the score."""
    spec = reader.rules.model
    if spec is None:
        return []
    threshold = float(model.meta.get("emit_threshold", 0.5))
    version = detector_version(reader.rules)
    chosen_records: list[tuple[Record, float, list[ReadSentence], list[str]]] = []
    for record in records:
        score = scores.get(record.id)
        if score is None or score < threshold or not record.subject_key:
            continue
        reads = list(reader.read(record))
        if reads:
            quotes = [r.sentence.quote(record.text) for r in reads]
            chosen_records.append((record, score, reads, quotes))
    # Every sentence of every such record scored in one call (a text's score does not
    # depend on the others scored with it), then handed back record by record.
    sentence_scores = model.scores(
        [q for _, _, _, quotes in chosen_records for q in quotes],
        [r.kind for r, _, _, quotes in chosen_records for _ in quotes],
    ).tolist()
    out: list[Signal] = []
    start = 0
    for record, score, reads, quotes in chosen_records:
        by_sentence = sentence_scores[start : start + len(quotes)]
        start += len(quotes)
        ranked = sorted(range(len(reads)), key=lambda i: (-by_sentence[i], i))
        top = by_sentence[ranked[0]]
        chosen = [
            i for i in ranked[: spec.max_quotes] if by_sentence[i] >= top * spec.sentence_share
        ]
        chosen.sort()
        evidence = tuple(
            Evidence(record.id, quotes[i], reads[i].sentence.start, reads[i].sentence.end)
            for i in chosen
        )
        role = _model_role(reads, chosen, reader.rules, spec.protective_scope)
        if role == "protective" and spec.protective_veto:
            continue
        rounded = round(score, 3)
        out.append(
            Signal(
                subject_key=str(record.subject_key),
                indicator=spec.indicator,
                strength=min(1.0, max(0.0, rounded)),
                observed_at=record.available_at,
                detector=DETECTOR,
                detector_version=version,
                evidence=evidence,
                record_id=record.id,
                details={
                    "model": MODEL_ID,
                    "model_version": model.version,
                    "score": rounded,
                    "threshold": threshold,
                    "kind": record.kind,
                    "role": role,
                    **reading_of(record, "model"),
                },
                explanation=Explanation(
                    summary=f"the relationship model reads the provider's own {record.kind} "
                    f"as a red flag about {ROLE_WORDS[role]} (score {rounded:.2f})",
                    method="model",
                    method_id=MODEL_ID,
                    version=model.version,
                    facts=(("record", record.kind), ("role read", ROLE_WORDS[role])),
                    features=(
                        Feature("record score", rounded, None, f"threshold {threshold:.2f}"),
                        *(
                            Feature("sentence score", round(by_sentence[i], 3), None, quotes[i])
                            for i in chosen
                        ),
                    ),
                ),
            )
        )
    return out


def _model_role(
    reads: Sequence[ReadSentence], chosen: Sequence[int], rules: RelationshipRules, scope: str
) -> str:
    """The role a model signal reads: ``target`` when any sentence of the record shows
    the customer as the target of police action; ``protective`` when every quoted
    sentence does (scope ``quoted``) or, with scope ``record``, when any sentence of the
    record shows the customer on the protective side; else ``actor``."""
    every = [role_of(read, rules) for read in reads]
    if "target" in every:
        return "target"
    quoted = {every[i] for i in chosen}
    if "actor" not in quoted or (scope == "record" and "protective" in every):
        return "protective"
    return "actor"


def detect_relationship(
    records: Iterable[Record],
    red_flags: Sequence[Signal] = (),
    rules: RelationshipRules | None = None,
    as_of: datetime | None = None,
    model: RelationshipModel | None = None,
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
        model: the relationship model; the bundled one when None and the rules have a
            ``model`` section.

    Returns:
        Signals in a stable order (by subject, date, indicator, record).
    """
    spec = rules or relationship_rules()
    reader = RecordReader(spec)
    crm = [r for r in in_force(records, as_of) if r.subject_key]
    benign: frozenset[str] = frozenset()
    weak: frozenset[str] = frozenset()
    found: list[Signal] = []
    if spec.model is not None:
        model = model or load_model()
        scores = record_scores(crm, model, spec.renewal)
        benign = frozenset(k for k, v in scores.items() if v < spec.model.benign_below)
        weak = frozenset(k for k, v in scores.items() if v < spec.model.corroborate_at)
        found += model_signals(crm, reader, model, scores)
    found += text_signals(crm, reader, benign, weak)
    closed_needs_model = spec.model is not None and (
        spec.closed_escalation.indicator in spec.model.corroborate
    )
    found += closed_escalation_signals(crm, reader, weak if closed_needs_model else benign)
    flags = [*red_flags, *found]
    found += trend_signals(crm, reader, flags)
    found += renewal_signals(crm, reader, [*red_flags, *found])
    unique = {s.id: s for s in found}
    return sorted(
        unique.values(),
        key=lambda s: (s.subject_key, s.observed_at or _NEVER, s.indicator, s.id),
    )
