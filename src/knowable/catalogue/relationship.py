"""Load and validate ``catalogue/relationship_rules.yml``.

A bad file fails on load with a message naming the file and the entry at fault: a rule
naming an unknown concept or indicator, a window that cannot hold its concepts, a
malformed field.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from knowable.catalogue import indicators, invalid, read_yaml
from knowable.errors import ConfigError

RULES_FILE = "relationship_rules.yml"

#: The CRM objects read by name; a record of any other object (a custom ``__c`` object,
#: another standard object) is read as the kind :data:`GENERIC_KIND` by the text rules.
NAMED_KINDS = frozenset({"Task", "Event", "Note", "Case", "Opportunity", "Account", "Contact"})
GENERIC_KIND = "Other"
_DEFAULT_KINDS = ["Task", "Event", "Note", "Case", "Opportunity", "Account", "Contact", "Other"]


#: Objects that hold the provider's or the customer's own words (comments, e-mails,
#: Chatter, Lightning notes, chats): read as notes are.
READ_AS_NOTE = frozenset(
    {"CaseComment", "EmailMessage", "FeedItem", "FeedComment", "ContentNote", "LiveChatTranscript"}
)


def rule_kind(kind: str) -> str:
    """The kind a rule's ``kinds`` list names a record of object ``kind`` by."""
    if kind in READ_AS_NOTE:
        return "Note"
    return kind if kind in NAMED_KINDS else GENERIC_KIND


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NotCuesIn(_Strict):
    """Cues that are other words in another language: in a sentence holding at least
    ``min_markers`` of that language's ``markers``, ``cues`` negate nothing (Portuguese
    "no" is "in the": "dorme no spa")."""

    language: str
    cues: list[str] = Field(min_length=1)
    markers: list[str] = Field(min_length=1)
    min_markers: int = Field(default=2, ge=1)


class Negation(_Strict):
    """Negation cues, the look-alikes that are not cues, scope length and breakers."""

    cues: list[str]
    exceptions: list[str] = []
    scope: int = Field(ge=1, le=20)
    breakers: list[str] = []
    not_cues_in: list[NotCuesIn] = []


class Near(_Strict):
    """Two concepts of a rule whose terms must be at most ``max`` tokens apart."""

    a: str
    b: str
    max: int = Field(ge=1)


class TextRule(_Strict):
    """A sentence-level rule: concepts that must co-occur, within a window."""

    id: str
    indicator: str
    kinds: list[str] = _DEFAULT_KINDS
    all: list[str] = Field(min_length=1)
    any: list[str] = []
    unless: list[str] = []
    #: Concepts that stop the rule for the whole record when any sentence of it holds one
    #: (the record read as a whole: "... where passports are kept. They copy it and hand
    #: it straight back" holds no document).
    unless_record: list[str] = []
    near: list[Near] = []
    window: int = Field(ge=1, le=60)
    strength: float = Field(gt=0.0, le=1.0)
    #: A reading the trained model can neither veto (a record it reads as benign) nor hold
    #: for corroboration: a fact staff report that needs no second opinion (police action
    #: against the customer's own people for the harm itself).
    stands_alone: bool = False
    #: Read over two adjacent sentences of a record as well as over each one: facts that
    #: staff write as two short sentences ("new ones of 15 and 16. The clients pay cash.").
    adjacent: bool = False


class TrendRule(_Strict):
    """REL-04: tailored support growing over time for a flagged customer."""

    indicator: str
    concept: str
    kinds: list[str]
    window_days: int = Field(ge=30)
    min_records: int = Field(ge=2)
    strength: float = Field(gt=0.0, le=1.0)
    max_quotes: int = Field(default=6, ge=1)


class RenewalRule(_Strict):
    """REL-06: closed-won renewal or upsell after an earlier red flag."""

    indicator: str
    kinds: list[str]
    won_stages: list[str]
    types: list[str]
    min_flag_strength: float = Field(ge=0.0, le=1.0)
    exclude_indicators: list[str] = []
    strength: float = Field(gt=0.0, le=1.0)


class ClosedEscalationRule(_Strict):
    """REL-09 from case structure: closed, about a concern, nothing investigated."""

    indicator: str
    kinds: list[str]
    status_field: str
    closed_values: list[str]
    concern: str
    investigation: str
    strength: float = Field(gt=0.0, le=1.0)


class AnsweredSpec(_Strict):
    """A concern staff checked and cleared (``detect/relationship/answered.py``): records of
    these ``kinds`` with a ``finding`` term (or a sentence that is only one of the ``alone``
    words), a ``checks`` term and no ``claimed`` term end the ``indicators``' readings of
    the ``within_days`` before them."""

    kinds: list[str] = Field(min_length=1)
    finding: str
    checks: str
    claimed: str
    alone: list[str] = []
    within_days: int = Field(gt=0)
    indicators: list[str] = Field(min_length=1)


class ParticipationSpec(_Strict):
    """Which concept marks a record as custom work."""

    custom_work: str


class ModelSpec(_Strict):
    """How the trained relationship model joins the rules.

    The model scores every record (probability that it is a red flag about the customer's
    own conduct). A record scoring at least the model's own ``emit_threshold`` (chosen by
    grouped cross-validation, stored with the model) gives a ``indicator`` signal quoting
    its best-scoring sentences; rule signals from a record scoring below ``benign_below``
    are dropped (the model reads it as benign: a customer reporting or fighting abuse, an
    ordinary safeguarding case).
    """

    indicator: str
    benign_below: float = Field(ge=0.0, le=1.0)
    #: Indicators whose rules are noisy on their own (they fire on look-alikes that report
    #: or handle abuse): their rule signals also need the model to score the record at
    #: least ``corroborate_at``.
    corroborate: list[str] = []
    corroborate_at: float = Field(default=0.0, ge=0.0, le=1.0)
    #: A record scoring below this, in which some sentence reads the customer on the
    #: protective side and none as police's target, gives none of the roles'
    #: ``named_scope`` indicators (rules 2026.12.36; 0 turns it off).
    doubt_below: float = Field(default=0.0, ge=0.0, le=1.0)
    max_quotes: int = Field(default=2, ge=1)
    sentence_share: float = Field(default=0.5, ge=0.0, le=1.0)
    #: No model signal when the customer reads as on the protective side: every quoted
    #: sentence (``protective_scope: quoted``) or any sentence of the record (``record``:
    #: a record that shows the customer reporting or removing abuse, or serving victims,
    #: is about that, unless a sentence shows the customer as the target of police action).
    protective_veto: bool = True
    protective_scope: Literal["quoted", "record"] = "quoted"


class GrammarSpec(_Strict):
    """Word classes the role reader combines by position (who did what to whom).

    Each field names a concept of the rules file. A ``action`` term whose object is a
    ``party`` introduced by a ``determiner`` (within ``window`` tokens after it), or a party
    followed by a ``passive`` verb and the action, or an action followed by a
    passive verb, the action and a ``by_customer`` agent, reads the customer acting on
    third parties; ``police_action`` on such a party reads the police acting on someone
    else; a ``victim`` term, or a ``victim_done`` participle right after a passive verb,
    reads the customer as the victim of a crime. A party and a participle with no
    auxiliary, followed by a ``reduced_passive_next`` word, is a passive as notes write
    it; a ``report_act`` with a ``report_object`` ("filed a SAR") is the customer
    reporting to an authority; a ``training`` word with a ``training_topic`` term is
    training about exploitation. ``external_actors`` before the action make the
    customer its object instead ("the bank terminated their merchant account").
    """

    party: str
    determiner: str
    action: str
    passive: str
    reduced_passive_next: str
    report_act: str
    report_object: str
    training: str
    training_topic: list[str]
    about: str
    by_customer: str
    police_action: list[str]
    victim: str
    victim_done: str
    self: str
    external_actors: list[str] = []
    named_actors: list[str] = []
    #: "reported X to police": a ``report_to`` verb, then "to" and an ``authority`` term,
    #: with no one else (``others``, ``external_actors``) before the verb and the verb not
    #: in the passive reads the customer reporting to an authority.
    #: Businesses as parties ("cut off a spa chain", "closed 3 shops"): only under a
    #: determiner that is not the customer's own ("their site" is the customer's).
    business: str | None = None
    #: Content items counted in the plural ("delisted 27 massage listings", "removed 140
    #: job posts"): parties only under a number (not "their listings", which may be the
    #: customer's own) and only as the object of a ``takedown`` verb (not "flagged ~15
    #: ads", which the provider's own staff write; rules 2026.12.43).
    counted: str | None = None
    takedown: str | None = None
    report_to: str | None = None
    #: "called police", "phoned the sheriff": a ``call_to`` verb with the ``authority``
    #: term as its object (right after it, or after "the"), read as ``report_to`` is.
    call_to: str | None = None
    #: Someone asking whether the provider could report or call ("asked if we could call
    #: police for her"): a ``report_to`` or ``call_to`` verb or a protective cue right after
    #: one of these is a request, not the customer reporting.
    request: str | None = None
    authority: list[str] = []
    others: list[str] = []
    #: Harm done by someone else: a ``party_harm`` verb ("held her passport", "kept them
    #: locked in") whose subject right before it, or whose agent after "by" ("trafficked by
    #: a previous employer"), is a ``party`` of the customer's reads that party's conduct,
    #: not the customer's. ``party_harm_by``: harm words read only as a passive with
    #: their agent ("was trafficked by a former employer"), being nouns as often as verbs.
    party_harm: list[str] = []
    party_harm_by: list[str] = []
    #: Who else may do the harm of ``harm_doer_acts``, besides ``party``: words that name
    #: someone other than the customer only as its doer ("the family took her passport"),
    #: too common elsewhere ("a family business") to be a party everywhere.
    harm_doers: list[str] = []
    harm_doer_acts: list[str] = []
    #: Words that make a report a threat ("he reports them to ICE if they quit"): a
    #: sentence holding one is never read as the customer reporting or calling someone,
    #: provided it also holds a ``threat_condition`` term when one is named (a condition
    #: or a word of threat: "reported to CBP" after the customer cut a supplier is a
    #: report, "reported to CBP if they complain" a threat).
    threat: str | None = None
    threat_condition: str | None = None
    #: Nouns that may name the customer itself ("the employer") but name someone else when
    #: a name follows them as the object of an ``action`` ("removed employer 'Green Ridge
    #: Labor Contracting'", "banned recruiter JM Manpower"; rules 2026.12.34).
    named_party: str | None = None
    #: Someone's abuser, named through the victim ("a resident's trafficker", "her pimp",
    #: "one client's former exploiter"): police action in a sentence that names one is
    #: about that abuser, not the customer whose records it seeks (rules 2026.12.47).
    abuser: str | None = None
    window: int = Field(default=6, ge=1, le=20)
    determiner_gap: int = Field(default=1, ge=0, le=3)

    def concepts(self) -> list[str]:
        return [
            self.party,
            self.determiner,
            self.action,
            self.passive,
            self.reduced_passive_next,
            self.report_act,
            self.report_object,
            self.training,
            *self.training_topic,
            self.about,
            self.by_customer,
            *self.police_action,
            self.victim,
            self.victim_done,
            self.self,
            *self.external_actors,
            *self.named_actors,
            *([self.report_to] if self.report_to else []),
            *([self.business] if self.business else []),
            *([self.threat_condition] if self.threat_condition else []),
            *([self.request] if self.request else []),
            *([self.named_party] if self.named_party else []),
            *([self.abuser] if self.abuser else []),
            *self.authority,
            *self.others,
            *self.party_harm,
            *self.party_harm_by,
            *self.harm_doers,
            *self.harm_doer_acts,
        ]


class IdentityKind(_Strict):
    """One protective identity: every concept in ``all`` occurs in the Account's fields
    (``fields`` when given, else the identity section's)."""

    kind: str
    all: list[str] = Field(min_length=1)
    fields: list[str] = []


class IdentitySpec(_Strict):
    """Who the customer is, read from its Account record's fields, and why it matters."""

    fields: list[str] = Field(min_length=1)
    reason: str = Field(min_length=1)
    kinds: list[IdentityKind] = Field(min_length=1)


class RolesSpec(_Strict):
    """Who did what to whom: concepts naming a customer on the protective side.

    A sentence holding a (non-negated) ``protective`` term reads the customer as the one
    that detects, reports, removes or fights exploitation, serves or represents victims,
    or answers a records request about someone else; no sentence rule fires on it.
    ``target`` terms (the customer or its people as the object of police action) override
    ``protective`` in the same sentence.
    """

    protective: str
    target: str
    #: Safeguards the customer builds or enforces (age and consent checks) read as
    #: protective too, unless a ``weakened`` term says they are being switched off or an
    #: ``erased`` term that they are being destroyed ("consent forms + photos purged"),
    #: or an ``absent`` term that there is none ("no ID or age check of the uploader").
    safeguard: str | None = None
    weakened: str | None = None
    erased: str | None = None
    absent: str | None = None
    #: The customer asking that what was written be taken out of the records ("delete
    #: the msg from logs and block the sender"): no act in that sentence reads as the
    #: customer protecting anyone, as a threat's does not (rules 2026.12.45).
    concealed: str | None = None
    grammar: GrammarSpec | None = None
    identity: IdentitySpec | None = None
    #: Rule indicators read over the whole record, as the model's reading is: a record in
    #: which some sentence shows the customer acting on a third party, reporting, or as
    #: a crime's victim, and none shows it as the target of police action, gives no
    #: signal of these (police action in it is about the third party).
    record_scope: list[str] = []
    #: Rule indicators a record does not give when a sentence opening with one of the
    #: customer's names (its Account name's words, its Contacts' names) reads it on the
    #: protective side and no sentence reads it as police's target ("Summit ... reported
    #: to DOL + HSI, terminated the sub"): the harm told is what the customer acted against.
    named_scope: list[str] = []
    #: The concept the customer's own names stand for in the rules (the Account name's
    #: words and the Contacts' last names, capitalised): "Gary Tolland arrested by HSI"
    #: reads as "the owner arrested" when Gary Tolland is a Contact of the customer's.
    name_concept: str | None = None
    #: Staff clearing the customer by name ("Spotless not involved other than as the
    #: employer who reported"): a sentence opening with its name that holds this concept,
    #: and no ``claimed`` word (a denial the customer makes is not staff's finding),
    #: defends the record as a protective reading does.
    exonerated: str | None = None
    claimed: str | None = None
    #: Staff's finding that an allegation was checked and is unfounded ("Unfounded,
    #: documented, closed"; "allegation not substantiated"): such a sentence, or one
    #: holding an ``exonerated`` term, with no ``claimed`` word in it (the customer
    #: calling it unfounded is its claim), reads the role ``cleared`` and says nothing
    #: against the customer (rules 2026.12.18-19).
    unfounded: str | None = None
    #: Staff's finding that the record is about another firm of a like name ("different
    #: owners", "not the same company"), with no ``claimed`` word in the sentence: every
    #: sentence of the record reads ``cleared`` (rules 2026.12.23), when the record also
    #: says it came from a name match (``name_match``: "Google alert", "similar name").
    other_entity: str | None = None
    name_match: str | None = None
    #: Someone who wrote in (an end user, a cardholder, a caller) named right before an
    #: ``exonerated`` or ``unfounded`` term: "End user, not our customer" says who wrote,
    #: not that the customer is clear of what the writer tells (rules 2026.12.28).
    sender: str | None = None
    #: A share under one per cent (``low_rate``, found as numbers: "0.6%", "<1%") in a
    #: sentence about content or accounts (``low_rate_of``: spam, escort ads, listings,
    #: profiles): a platform telling how rare the harm is on it reads protective, as "below
    #: 1%" does (rules 2026.12.28).
    low_rate: str | None = None
    low_rate_of: str | None = None
    #: The customer's own staff by title ("Shift lead called OHP + hotline", "Front desk
    #: called PD"): a protective sentence that opens with one of these terms and names an
    #: authority (a ``staff_to`` term: police, an agency, a hotline) defends the record as
    #: one opening with the customer's name does (``named_scope``; rules 2026.12.34). An
    #: office manager who "reports" an injury to the insurer does not.
    staff: str | None = None
    staff_to: list[str] = []
    #: Customers whose work is the law (these ``identity`` kinds: a sheriff's office, a
    #: prosecutor) receive legal process as part of it: a subpoena or records
    #: request on their own people ("defense counsel subpoenaed the deputies' timecards")
    #: reads as their work unless a ``charged`` term (arrested, indicted...) is in the
    #: sentence (rules 2026.12.36).
    process_is_work: list[str] = []
    charged: str | None = None
    #: Staff calling in what police did ("our staff made the call", "the night clerk
    #: called it in"): police action in the same sentence answers the customer's call.
    called_in: str | None = None
    #: After the customer reported to an authority, a demand for records (a
    #: ``records_demand`` term with no ``coercive`` one: a subpoena, a preservation
    #: request) in the same record or in one of its records within ``follow_up_days``
    #: after it is the authority following up what the customer reported ("Police
    #: subpoenaed RouteShare, RouteShare asked us to preserve", months after RouteShare
    #: reported its drivers to police; rules 2026.12.43).
    records_demand: str | None = None
    coercive: str | None = None
    follow_up_days: int = 0
    #: Someone else asking the customer to hold what it does not hold ("a new grower asked
    #: Sunfield to 'hold passports for safekeeping'", "a worker asked the farm to keep his
    #: passport"): an ``asked`` verb whose subject is neither the customer, its people nor
    #: a pronoun, with "to" and an ``asked_act`` term after it, refused in that sentence
    #: or the next ("Roberto said no", "declined"; :data:`knowable.detect.relationship.
    #: roles.REFUSALS`), reads a third party's request turned down, not the customer's act
    #: (rules 2026.12.46). Unanswered, the request still reads as before: someone wants
    #: the workers' documents held there.
    asked: str | None = None
    asked_act: str | None = None

    def named_concepts(self) -> list[str]:
        """The concepts these roles name directly (not the grammar's or identity's)."""
        named = (
            self.protective,
            self.target,
            self.safeguard,
            self.weakened,
            self.erased,
            self.absent,
            self.concealed,
            self.exonerated,
            self.claimed,
            self.unfounded,
            self.other_entity,
            self.name_match,
            self.sender,
            self.low_rate,
            self.low_rate_of,
            self.staff,
            *self.staff_to,
            self.charged,
            self.called_in,
            self.records_demand,
            self.coercive,
            self.asked,
            self.asked_act,
        )
        return [c for c in named if c]


class QuestionSpec(_Strict):
    """Rules of these ``indicators`` do not fire on terms that lie in a yes/no question
    (an intake form's "Does someone hold your passport?", a field label "pay withheld?"):
    a question asks whether the thing happened. A question opening with one of the
    ``presupposing`` words takes it as given ("when do they give our passports back?")
    and still counts."""

    indicators: list[str] = Field(min_length=1)
    presupposing: list[str] = []


class RelationshipRules(_Strict):
    """The whole rules file."""

    version: str
    negation: Negation
    concepts: dict[str, list[str]]
    rules: list[TextRule]
    trend: TrendRule
    renewal: RenewalRule
    closed_escalation: ClosedEscalationRule
    participation: ParticipationSpec
    model: ModelSpec | None = None
    roles: RolesSpec | None = None
    questions: QuestionSpec | None = None
    answered: AnsweredSpec | None = None


def load_rules_from(data: Any, name: str = RULES_FILE) -> RelationshipRules:
    """Validate parsed rules; check every concept and indicator a rule names exists."""
    try:
        parsed = RelationshipRules.model_validate(data)
    except ValidationError as exc:
        raise invalid(name, exc) from exc
    _check_references(parsed, name)
    return parsed


def _check_references(parsed: RelationshipRules, name: str) -> None:
    known = indicators()
    concepts = parsed.concepts
    seen: set[str] = set()
    for rule in parsed.rules:
        where = f"catalogue/{name}: rules[{rule.id}]"
        if rule.id in seen:
            raise ConfigError(f"{where}: duplicate rule id")
        seen.add(rule.id)
        if rule.indicator not in known:
            raise ConfigError(f"{where}: unknown indicator {rule.indicator!r}")
        named = [*rule.all, *rule.any, *rule.unless, *rule.unless_record]
        named += [n.a for n in rule.near] + [n.b for n in rule.near]
        for concept in named:
            if concept not in concepts:
                raise ConfigError(f"{where}: unknown concept {concept!r}")
        needed = len(rule.all) + (1 if rule.any else 0)
        if rule.window < needed:
            raise ConfigError(f"{where}: window {rule.window} cannot hold {needed} concepts")
    sections: list[tuple[str, str, list[str]]] = [
        ("trend", parsed.trend.indicator, [parsed.trend.concept]),
        ("renewal", parsed.renewal.indicator, []),
        (
            "closed_escalation",
            parsed.closed_escalation.indicator,
            [parsed.closed_escalation.concern, parsed.closed_escalation.investigation],
        ),
        ("participation", "REL-03", [parsed.participation.custom_work]),
    ]
    for section, indicator_id, section_concepts in sections:
        if indicator_id not in known:
            raise ConfigError(f"catalogue/{name}: {section}: unknown indicator {indicator_id!r}")
        for concept in section_concepts:
            if concept not in concepts:
                raise ConfigError(f"catalogue/{name}: {section}: unknown concept {concept!r}")
    if parsed.model is not None:
        for indicator_id in [parsed.model.indicator, *parsed.model.corroborate]:
            if indicator_id not in known:
                raise ConfigError(f"catalogue/{name}: model: unknown indicator {indicator_id!r}")
    for indicator_id in parsed.questions.indicators if parsed.questions else []:
        if indicator_id not in known:
            raise ConfigError(f"catalogue/{name}: questions: unknown indicator {indicator_id!r}")
    if parsed.roles is not None:
        roles = parsed.roles
        for role_concept in roles.named_concepts():
            if role_concept not in concepts:
                raise ConfigError(f"catalogue/{name}: roles: unknown concept {role_concept!r}")
        for role_concept in roles.grammar.concepts() if roles.grammar else []:
            if role_concept not in concepts:
                raise ConfigError(
                    f"catalogue/{name}: roles.grammar: unknown concept {role_concept!r}"
                )
        for kind in roles.identity.kinds if roles.identity else []:
            for role_concept in kind.all:
                if role_concept not in concepts:
                    raise ConfigError(
                        f"catalogue/{name}: roles.identity[{kind.kind}]: "
                        f"unknown concept {role_concept!r}"
                    )
    if parsed.answered is not None:
        answered = parsed.answered
        for concept in (answered.finding, answered.checks, answered.claimed):
            if concept not in concepts:
                raise ConfigError(f"catalogue/{name}: answered: unknown concept {concept!r}")
        for indicator_id in answered.indicators:
            if indicator_id not in known:
                raise ConfigError(f"catalogue/{name}: answered: unknown indicator {indicator_id!r}")
    for indicator_id in parsed.renewal.exclude_indicators:
        if indicator_id not in known:
            raise ConfigError(
                f"catalogue/{name}: renewal.exclude_indicators: unknown indicator {indicator_id!r}"
            )


@cache
def relationship_rules() -> RelationshipRules:
    """The bundled relationship rules."""
    return load_rules_from(read_yaml(RULES_FILE))
