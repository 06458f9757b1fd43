"""Relationship detector: REL- and BEH- signals from the provider's own CRM records.

A pure function of (records, rules, earlier red-flag signals) -> signals. Sentence rules
find what a note, meeting, task or case says; record rules look at the structure of cases
and opportunities; the trend rule looks across a customer's records over time (see
:mod:`knowable.detect.relationship.over_time`). Every signal quotes the sentence that carries
it with offsets into ``Record.text`` and is dated by the record's ``available_at``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime

from knowable.catalogue.relationship import (
    RelationshipRules,
    RenewalRule,
    RolesSpec,
    TextRule,
    relationship_rules,
    rule_kind,
)
from knowable.detect.relationship.answered import answer, clearances
from knowable.detect.relationship.model import MODEL_ID, RelationshipModel, load_model
from knowable.detect.relationship.names import (
    CustomerNames,
    customer_names,
    named_openings,
    names_beside,
    names_not,
    with_names,
)
from knowable.detect.relationship.over_time import (
    closed_escalation_signals,
    is_renewal,
    renewal_signals,
    trend_signals,
)
from knowable.detect.relationship.questions import asked
from knowable.detect.relationship.reader import (
    DETECTOR,
    ReadSentence,
    RecordReader,
    closing_start,
    detector_version,
    joined,
    reading_of,
    rule_fires,
    written_at,
)
from knowable.detect.relationship.reported import (
    REPORTED,
    follow_up_demand,
    follows_report,
    own_reports,
    reports,
)
from knowable.detect.relationship.roles import (
    CUSTOMER,
    NOT_AGAINST,
    ROLE_WORDS,
    Identity,
    RoleReading,
    asked_of_customer,
    identities,
    read_roles,
    refused,
)
from knowable.model import Evidence, Explanation, Feature, Record, Signal, in_force
from knowable.text.match import Hit
from knowable.text.stemmer import stem

_NEVER = datetime.min.replace(tzinfo=UTC)


def role_of(
    read: ReadSentence,
    rules: RelationshipRules,
    identity: Identity | None = None,
    text: str | None = None,
) -> str:
    """The customer's role a sentence shows (a key of :data:`ROLE_WORDS`): ``target`` (of
    police action), ``protective``, ``third_party``, ``victim``, ``work`` or ``actor``.
    ``text`` is the record's text (names and quotes after a party word are read from it)."""
    return read_roles(read.sentence, read.hits, rules, identity, text).role


def _reading(
    read: ReadSentence, rules: RelationshipRules, identity: Identity | None, text: str
) -> RoleReading:
    return read_roles(read.sentence, read.hits, rules, identity, text)


def text_signals(
    records: Iterable[Record],
    reader: RecordReader,
    benign: frozenset[str] = frozenset(),
    uncorroborated: frozenset[str] = frozenset(),
    identity: Mapping[str, Identity] | None = None,
    names: Mapping[str, CustomerNames] | None = None,
    scores: Mapping[str, float] | None = None,
    reported: Mapping[str, datetime] | None = None,
) -> list[Signal]:
    """Signals from sentence rules: one per record and indicator, quoting each sentence.

    Records in ``benign`` (ids the model reads as clearly benign) and sentences whose
    roles say nothing against the customer (it acts on third parties, police act on
    someone else, it is a crime's victim, or they describe the work of a customer whose
    ``identity`` is protective) give no signal; records in ``uncorroborated`` give none of
    the indicators the rules' ``model.corroborate`` lists. A rule marked ``stands_alone``
    is exempt from both of the model's holds (never from the roles). A record in which a
    sentence opening with one of the customer's ``names`` reads it on the protective side
    ("Keystone terminated the sub, reported to DOL") and none as police's target gives
    none of the indicators in the roles' ``named_scope``: the harm it tells is the one the
    customer acted against; so does one whose sentence opens with one of its staff by title
    reporting ("Cashier reported a girl ~14 ...") where the record names an authority
    anywhere. So does a record in which staff found the allegation it tells
    unfounded (a sentence read ``cleared``) and no sentence reads the customer as police's
    target, and a record the model does not read as a red flag (its score in ``scores``
    below the rules' ``model.doubt_below``) in which some sentence reads the customer on
    the protective side and none as police's target: two readings agree that the record
    tells what the customer acted against.

    A signal records the model's score of its record (``details["model_score"]``, from
    ``scores``) so that the policy can hold a rule's reading the model does not share
    (policy ``corroboration.model_below``). A records demand in a record written after
    the customer's first report to an authority (``reported``, by subject key; see
    :mod:`knowable.detect.relationship.reported`) reads as the authority following it up.
    """
    needs_model = set(reader.rules.model.corroborate) if reader.rules.model else set()
    doubt_below = reader.rules.model.doubt_below if reader.rules.model else 0.0
    scored = scores or {}
    rules = reader.rules
    record_scope = set(rules.roles.record_scope) if rules.roles is not None else set()
    named_scope = set(rules.roles.named_scope) if rules.roles is not None else set()
    called = names or {}
    principal = rules.roles.name_concept if rules.roles is not None else None
    grammar = rules.roles.grammar if rules.roles is not None else None
    own_people = grammar.self if grammar is not None else None
    version = detector_version(rules)
    cleared_by = (
        (rules.roles.exonerated, rules.roles.claimed)
        if rules.roles is not None and rules.roles.exonerated
        else None
    )
    who = identity or {}
    alone = any(rule.stands_alone for rule in rules.rules)
    questions = rules.questions
    asked_of = frozenset(questions.indicators) if questions is not None else frozenset()
    given = frozenset(questions.presupposing) if questions is not None else frozenset()
    whole_record = any(rule.unless_record for rule in rules.rules)
    out: list[Signal] = []
    for record in records:
        if not record.subject_key or not record.text:
            continue
        # A record the model reads as benign keeps only the readings it cannot veto.
        vetoed = record.id in benign
        if vetoed and not alone:
            continue
        ident = who.get(record.subject_key)
        found: dict[str, list[tuple[TextRule, ReadSentence, tuple[Hit, ...], RoleReading]]] = {}
        kind = rule_kind(record.kind)
        own = called.get(record.subject_key)
        sentences = reader.read(record)
        if own is not None and own.principals and principal is not None:
            # the customer's own names stand for its principals ("Gary Tolland arrested")
            sentences = tuple(
                with_names(read, record.text, own, principal, own_people) for read in sentences
            )
        readings = _set_aside(
            sentences,
            [_reading(read, rules, ident, record.text) for read in sentences],
            record,
            own,
            rules.roles,
            follows_report(record, (reported or {}).get(record.subject_key), rules.roles),
        )
        reads = list(zip(sentences, readings, strict=True))
        roles_read = {reading.role for _, reading in reads}
        # Record scope: the customer on the protective side somewhere in the record and
        # nowhere the target of police action.
        shielded = bool(roles_read & (NOT_AGAINST - {"work"})) and "target" not in roles_read
        openings = (
            named_openings((read.sentence for read, _ in reads), record.text, own.words, own.kinds)
            if own is not None
            else [False] * len(reads)
        )
        openings = _carried(openings, sentences, rules.roles)
        defended = "target" not in roles_read and (
            any(
                (named and (reading.role == "protective" or _cleared(read, cleared_by)))
                or (reading.role == "protective" and _staff_opens(read, rules.roles))
                for (read, reading), named in zip(reads, openings, strict=True)
            )
            or (
                any(_staff_reports(read, rules.roles) for read in sentences)
                and _authority_told(sentences, rules.roles)
            )
        )
        # Staff checked the allegation the record tells and found it unfounded.
        cleared = "cleared" in roles_read and "target" not in roles_read
        # The customer acts against the harm somewhere in the record, and the model does
        # not read the record as a red flag either (rules 2026.12.36).
        doubted_here = (
            scored.get(record.id, 1.0) < doubt_below
            and "protective" in roles_read
            and "target" not in roles_read
        )
        # Concepts anywhere in the record, for rules' ``unless_record`` (built only if used).
        in_record = (
            {concept for read, _ in reads for concept in read.by_concept} if whole_record else set()
        )
        exempt = record.id in uncorroborated
        live = [
            rule
            for rule in rules.rules
            if kind in rule.kinds
            and (rule.stands_alone or not vetoed)
            and (rule.stands_alone or not exempt or rule.indicator not in needs_model)
            and not (shielded and rule.indicator in record_scope)
            and not ((defended or cleared or doubted_here) and rule.indicator in named_scope)
            and not any(c in in_record for c in rule.unless_record)
        ]
        for read, reading in reads:
            if reading.role in NOT_AGAINST:
                continue
            for rule in live:
                combo = rule_fires(rule, read)
                if combo is not None and not _only_asked(
                    rule, read, combo, record.text, asked_of, given
                ):
                    found.setdefault(rule.indicator, []).append((rule, read, combo, reading))
        # Rules read over two adjacent sentences as well ("... new ones of 15 and 16. The
        # clients pay cash."), where neither sentence reads the customer off the hook.
        pairs = [rule for rule in live if rule.adjacent]
        for (first, one), (second, other) in itertools.pairwise(reads if pairs else []):
            if one.role in NOT_AGAINST or other.role in NOT_AGAINST:
                continue
            both = joined(first, second)
            for rule in pairs:
                # read over two sentences only what one sentence did not read as strongly
                # ("keeps our passports. He says we owe for the flights": held for a debt)
                held = found.get(rule.indicator, ())
                if any(match[0].strength >= rule.strength for match in held):
                    continue
                combo = rule_fires(rule, both)
                if combo is not None and not _only_asked(
                    rule, both, combo, record.text, asked_of, given
                ):
                    found.setdefault(rule.indicator, []).append((rule, both, combo, one))
        for indicator_id, matches in sorted(found.items()):
            matches = _first_written(record, matches)
            score = scored.get(record.id)
            out.append(_signal(record, indicator_id, matches, version, ident, score))
    return out


_Match = tuple[TextRule, ReadSentence, tuple[Hit, ...], RoleReading]


def _carried(
    openings: list[bool], sentences: Sequence[ReadSentence], roles: RolesSpec | None
) -> list[bool]:
    """``openings`` with a sentence that opens with an action and no subject ("Removed 140
    employer postings this qtr.") counted as the customer's when the sentence before it
    opened with the customer's name ("Rachel - T&S qtr"): notes drop the subject they
    carry over (rules 2026.12.34)."""
    if roles is None or roles.grammar is None:
        return openings
    action = roles.grammar.action
    out = list(openings)
    for k in range(1, len(out)):
        if not out[k] and out[k - 1]:
            out[k] = any(h.first == 0 for h in sentences[k].positive(action))
    return out


def _staff_opens(read: ReadSentence, roles: RolesSpec | None) -> bool:
    """Whether one of the customer's staff by title (the roles' ``staff`` terms) is among
    the first two words of the sentence, its subject, and the sentence names an authority
    (a ``staff_to`` term): "Shift lead called OHP + hotline"."""
    if roles is None or _staff_subject(read, roles) is None:
        return False
    return any(read.positive(concept) for concept in roles.staff_to)


def _staff_subject(read: ReadSentence, roles: RolesSpec | None) -> Hit | None:
    """One of the customer's staff by title (the roles' ``staff`` terms) among the first
    two words of the sentence, its subject; None when there is none."""
    if roles is None or roles.staff is None:
        return None
    staff = roles.staff
    return next(
        (h for h in read.hits if h.concept == staff and not h.negated and h.first <= 1), None
    )


#: Words before a staff title that make the person someone who no longer works there
#: (a former cashier reporting the owner is a whistle-blower, not the customer acting).
_NOT_STAFF_NOW = frozenset(stem(w) for w in ("former", "ex", "fired", "dismissed", "quit"))


def _staff_reports(read: ReadSentence, roles: RolesSpec | None) -> bool:
    """Whether one of the customer's staff by title reports in the sentence: "Cashier
    reported a girl ~14 going truck to truck" (rules 2026.12.36), or, further on, "...
    after a cashier reported a 15 y/o going truck to truck" (rules 2026.12.46); the
    record names the authority told elsewhere. A title after "former" or "ex" is not
    the customer's person any more."""
    if roles is None or roles.grammar is None or roles.staff is None:
        return False
    verb = roles.grammar.report_to
    if verb is None:
        return False
    tokens = read.sentence.tokens
    reports = [h for h in read.hits if h.concept == verb and not h.negated]
    for title in read.hits:
        if title.concept != roles.staff or title.negated:
            continue
        if title.first > 0 and tokens[title.first - 1].stem in _NOT_STAFF_NOW:
            continue
        # opening the sentence, the verb may come a word later ("Cashier Ana reported");
        # further on, only right after the title ("desk clerk got 'tips'" is money)
        reach = 2 if title.first <= 1 else 1
        if any(0 < h.first - title.last <= reach for h in reports):
            return True
    return False


def _authority_told(sentences: Sequence[ReadSentence], roles: RolesSpec | None) -> bool:
    """Whether a sentence of the record names an authority staff report to (a ``staff_to``
    term: police, a sheriff, a hotline)."""
    if roles is None or not roles.staff_to:
        return False
    return any(read.positive(c) for read in sentences for c in roles.staff_to)


def _only_asked(
    rule: TextRule,
    read: ReadSentence,
    combo: tuple[Hit, ...],
    text: str,
    asked_of: frozenset[str],
    given: frozenset[str],
) -> bool:
    """Whether the rule's hits all lie in a yes/no question and its indicator is one the
    rules' ``questions`` section says a question does not assert."""
    return rule.indicator in asked_of and asked(read.sentence, combo, text, given)


def authority_words(rules: RelationshipRules) -> frozenset[str]:
    """The one-word names of authorities in the rules, lower-case: the roles' ``authority``
    concepts ("hsi", "dol", "fbi"...) and what a threat reports to ("to ice", "to cbp"):
    never a customer's initials."""
    grammar = rules.roles.grammar if rules.roles is not None else None
    if grammar is None:
        return frozenset()
    words = {
        phrase.lower()
        for c in grammar.authority
        for phrase in rules.concepts.get(c, ())
        if " " not in phrase
    }
    threats = rules.concepts.get(grammar.threat, ()) if grammar.threat else ()
    words.update(
        p.lower().split()[1] for p in threats if p.lower().startswith("to ") and p.count(" ") == 1
    )
    return frozenset(words)


def _set_aside(
    reads: Sequence[ReadSentence],
    readings: list[RoleReading],
    record: Record,
    own: CustomerNames | None,
    roles: RolesSpec | None = None,
    follows: bool = False,
) -> list[RoleReading]:
    """``readings`` of the record's sentences, with each sentence that sets the customer
    aside by its ``own`` names ("records of the tipper (not Tidewater)") read ``cleared``
    unless it shows the customer as police's target.

    When staff write that the record is about another firm of a like name (``roles.
    other_entity``: "Our cust is Sterling Modular Structures of Ohio, different owners"),
    with no one's claim in that sentence, and the record says it came from a name match
    (``roles.name_match``: "Google alert", "checked article", "similar name"), every
    sentence of the record reads ``cleared``: the police action it quotes is not against
    the customer. (Without the name match, "signed by 3 different owners" is a straw-owner
    finding, not a clearing.)"""
    if roles is not None and roles.other_entity is not None and roles.name_match is not None:
        by_staff = (roles.other_entity, roles.claimed)
        if any(roles.name_match in read.by_concept for read in reads) and any(
            _cleared(read, by_staff) for read in reads
        ):
            mistaken = RoleReading("cleared", "staff", "found about", "another firm")
            return [mistaken for _ in readings]
    if own is not None:
        readings = [
            _aside(read, reading, record.text, own)
            for read, reading in zip(reads, readings, strict=True)
        ]
    readings = _refused_requests(reads, readings, roles, record.text)
    return _after_own_report(reads, readings, roles, follows)


def _refused_requests(
    reads: Sequence[ReadSentence],
    readings: list[RoleReading],
    roles: RolesSpec | None,
    text: str,
) -> list[RoleReading]:
    """``readings`` with a request someone else made of the customer to hold workers'
    documents (:func:`asked_of_customer`) read as that third party's, when the sentence
    or the next one turns it down ("a new grower asked Sunfield to 'hold passports for
    safekeeping' ... Roberto said no"; rules 2026.12.46). A sentence that reads the
    customer as police's target keeps its reading."""
    if roles is None or roles.asked is None or roles.asked_act is None:
        return readings
    out = list(readings)
    for i, (read, reading) in enumerate(zip(reads, readings, strict=True)):
        if reading.role in NOT_AGAINST or reading.role == "target":
            continue
        # the cheap test first: most sentences ask no one to hold anything
        if not (read.positive(roles.asked) and read.positive(roles.asked_act)):
            continue
        asked = asked_of_customer(read.sentence, read.hits, roles, text)
        if asked is not None and any(refused(r.sentence) for r in reads[i : i + 2]):
            out[i] = asked
    return out


def _after_own_report(
    reads: Sequence[ReadSentence],
    readings: list[RoleReading],
    roles: RolesSpec | None,
    follows: bool = False,
) -> list[RoleReading]:
    """``readings`` with police action told after the customer reported to an authority
    in the same record read as action on what it reported: "HavenHop pulled all 11
    listings, banned the accounts, reported to local PD + NCMEC ... PD raided 2 units: 4
    women and 1 minor recovered" (rules 2026.12.40). A sentence that names the customer
    or its people (the roles' ``name_concept``) keeps its reading ("... then police
    arrested its owner"). A demand for records (:func:`follow_up_demand`) after the
    report, or anywhere in a record that ``follows`` an earlier one (rules 2026.12.43),
    is the authority following it up, even addressed to the customer by name ("Police
    subpoenaed RouteShare, RouteShare asked us to preserve")."""
    grammar = roles.grammar if roles is not None else None
    if roles is None or grammar is None or grammar.report_to is None:
        return readings
    out = list(readings)
    reported = False
    for i, (read, reading) in enumerate(zip(reads, readings, strict=True)):
        if (reported or follows) and follow_up_demand(read, reading, roles):
            out[i] = RoleReading("third_party", "an authority", "asked for records on", REPORTED)
        elif (
            reported
            and reading.role == "target"
            and reading.object == CUSTOMER
            and roles.name_concept not in read.by_concept
        ):
            out[i] = RoleReading("third_party", reading.actor, reading.action, REPORTED)
        elif reports(read, reading, roles):
            reported = True
    return out


def _aside(read: ReadSentence, reading: RoleReading, text: str, own: CustomerNames) -> RoleReading:
    """``reading``, or the customer set aside by its own names: "not Tidewater" clears it
    unless the sentence reads it as police's target; police action at a place "next to
    Maple & Rye" is on someone beside it, unless the sentence names the customer's own
    as the target."""
    if reading.role != "target" and names_not(read.sentence, text, own.principals):
        return RoleReading("cleared", "staff", "set aside", "the customer by name")
    if (reading.role != "target" or reading.object == CUSTOMER) and names_beside(
        read.sentence, text, own.principals
    ):
        return RoleReading(
            "third_party", reading.actor, reading.action, "a place beside the customer"
        )
    return reading


def _cleared(read: ReadSentence, cleared_by: tuple[str, str | None] | None) -> bool:
    """Whether the sentence clears the customer (``roles.exonerated``, or ``roles.
    other_entity`` in :func:`_set_aside`) with no one's claim in it (``roles.claimed``:
    "the owner says they are not involved" clears nothing)."""
    if cleared_by is None:
        return False
    exonerated, claimed = cleared_by
    return exonerated in read.by_concept and (claimed is None or claimed not in read.by_concept)


def _first_written(record: Record, matches: list[_Match]) -> list[_Match]:
    """The matches written first: a case's closing comment counts from the day the case
    was closed, so when the opening text already carries the finding only its sentences
    are kept (and dated by the case), else the closing comment's (dated by its closing)."""
    begin = closing_start(record)
    if begin is None:
        return matches
    opening = [m for m in matches if m[1].sentence.start < begin]
    return opening or matches


def _rule_reading(
    record: Record, read: ReadSentence, combo: tuple[Hit, ...], reading: RoleReading
) -> RoleReading:
    """The roles shown for a rule's sentence: police and their target when the sentence
    reads so, else the customer (or the person named) doing what the rule's terms say."""
    if reading.role != "actor":
        return reading
    tokens = read.sentence.tokens
    words = [record.text[tokens[h.first].start : tokens[h.last].end] for h in combo]
    return RoleReading("actor", reading.actor, words[0], " ".join(words[1:]))


def _signal(
    record: Record,
    indicator_id: str,
    matches: Sequence[tuple[TextRule, ReadSentence, tuple[Hit, ...], RoleReading]],
    version: str,
    identity: Identity | None = None,
    model_score: float | None = None,
) -> Signal:
    evidence: dict[tuple[int, int], Evidence] = {}
    terms: dict[str, str] = {}
    read_as: dict[str, None] = {}
    for _, read, combo, reading in matches:
        s = read.sentence
        evidence.setdefault(
            (s.start, s.end), Evidence(record.id, s.quote(record.text), s.start, s.end)
        )
        tokens = s.tokens
        for hit in combo:
            terms.setdefault(
                hit.concept, record.text[tokens[hit.first].start : tokens[hit.last].end]
            )
        read_as.setdefault(_rule_reading(record, read, combo, reading).words())
    roles = {reading.role for _, _, _, reading in matches}
    role = "target" if "target" in roles else "actor"
    rule_ids = sorted({rule.id for rule, _, _, _ in matches})
    strength = max(rule.strength for rule, _, _, _ in matches)
    facts = [("record", record.kind), ("role read", ROLE_WORDS[role])]
    facts += [("who did what to whom", words) for words in read_as]
    if identity is not None:
        facts.append(("customer identity", identity.words()))
    return Signal(
        subject_key=str(record.subject_key),
        indicator=indicator_id,
        strength=strength,
        observed_at=written_at(record, min(m[1].sentence.start for m in matches)),
        detector=DETECTOR,
        detector_version=version,
        evidence=tuple(evidence[k] for k in sorted(evidence)),
        record_id=record.id,
        details={
            "rules": rule_ids,
            "kind": record.kind,
            "terms": terms,
            "roles_read": list(read_as),
            **({"identity": identity.kind} if identity is not None else {}),
            **({"model_score": round(model_score, 3)} if model_score is not None else {}),
            **reading_of(record, "rules"),
        },
        explanation=Explanation(
            summary=f"the provider's own {record.kind} says so in "
            f"{len(evidence)} sentence{'s' if len(evidence) != 1 else ''}",
            method="rules",
            method_id=", ".join(rule_ids),
            version=version,
            facts=tuple(facts),
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
    identity: Mapping[str, Identity] | None = None,
    names: Mapping[str, CustomerNames] | None = None,
    reported: Mapping[str, datetime] | None = None,
) -> list[Signal]:
    """REL-12 (the rules' ``model.indicator``) from records the model scores at or above
    its emission threshold, quoting the sentences that carry the score. A sentence that
    sets the customer aside by its ``names`` reads ``cleared``, and a records demand after
    its own report (``reported``) follows that report up, as in :func:`text_signals`.

    The model reads a record whole, so its reading is dated when the record was whole: a
    case closed later than it was opened, with a closing comment, by its closing (reading
    the opening text alone scores it lower than the dev CV can afford: F1 0.947 -> 0.939)."""
    spec = reader.rules.model
    if spec is None:
        return []
    who = identity or {}
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
        # The model reads the whole record: a case closed later with a closing comment
        # is whole from its closing on.
        begin = closing_start(record)
        when = record.available_at if begin is None else written_at(record, begin)
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
        ident = who.get(str(record.subject_key))
        readings = _set_aside(
            reads,
            [_reading(r, reader.rules, ident, record.text) for r in reads],
            record,
            (names or {}).get(str(record.subject_key)),
            reader.rules.roles,
            follows_report(
                record, (reported or {}).get(str(record.subject_key)), reader.rules.roles
            ),
        )
        role = _model_role(readings, chosen, spec.protective_scope)
        if role in NOT_AGAINST and spec.protective_veto:
            continue
        shown = [readings[i] for i in chosen]
        if role == "target":
            shown = [r for r in readings if r.role == "target"][:1] + shown
        facts = [("record", record.kind), ("role read", ROLE_WORDS[role])]
        facts += [("who did what to whom", w) for w in dict.fromkeys(r.words() for r in shown)]
        if ident is not None:
            facts.append(("customer identity", ident.words()))
        rounded = round(score, 3)
        out.append(
            Signal(
                subject_key=str(record.subject_key),
                indicator=spec.indicator,
                strength=min(1.0, max(0.0, rounded)),
                observed_at=when,
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
                    "roles_read": list(dict.fromkeys(r.words() for r in shown)),
                    **({"identity": ident.kind} if ident is not None else {}),
                    **reading_of(record, "model"),
                },
                explanation=Explanation(
                    summary=f"the relationship model reads the provider's own {record.kind} "
                    f"as a red flag about {ROLE_WORDS[role]} (score {rounded:.2f})",
                    method="model",
                    method_id=MODEL_ID,
                    version=model.version,
                    facts=tuple(facts),
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


def _model_role(readings: Sequence[RoleReading], chosen: Sequence[int], scope: str) -> str:
    """The role a model signal reads: ``target`` when any sentence of the record shows
    the customer as the target of police action; a role in :data:`NOT_AGAINST` when every
    quoted sentence reads so (scope ``quoted``) or, with scope ``record``, when any
    sentence of the record does (the most telling of them); else ``actor``."""
    every = [r.role for r in readings]
    if "target" in every:
        return "target"
    quoted = [every[i] for i in chosen]
    pool = every if scope == "record" else quoted
    if "actor" not in quoted or scope == "record":
        for role in ("work", "protective", "third_party", "victim", "cleared"):
            if role in pool:
                return role
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
    scores: dict[str, float] | None = None
    found: list[Signal] = []
    who = identities(crm, reader.matcher, spec)
    called = customer_names(crm, authority_words(spec))
    reported = own_reports(crm, reader, who, called)
    if spec.model is not None:
        model = model or load_model()
        scores = record_scores(crm, model, spec.renewal)
        benign = frozenset(k for k, v in scores.items() if v < spec.model.benign_below)
        weak = frozenset(k for k, v in scores.items() if v < spec.model.corroborate_at)
        found += model_signals(crm, reader, model, scores, who, called, reported)
    found += text_signals(crm, reader, benign, weak, who, called, scores, reported)
    closed_needs_model = spec.model is not None and (
        spec.closed_escalation.indicator in spec.model.corroborate
    )
    found += closed_escalation_signals(
        crm, reader, weak if closed_needs_model else benign, who, reported
    )
    if spec.answered is not None:
        found = answer(found, clearances(crm, reader, spec.answered), spec.answered)
    flags = [*red_flags, *found]
    found += trend_signals(crm, reader, flags)
    found += renewal_signals(crm, reader, [*red_flags, *found])
    unique = {s.id: s for s in found}
    return sorted(
        unique.values(),
        key=lambda s: (s.subject_key, s.observed_at or _NEVER, s.indicator, s.id),
    )
