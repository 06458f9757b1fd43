"""The vocabulary of knowable as plain, immutable, typed objects.

These are what every part passes around: sources make Subjects, Records and Quarantined
rows; detectors turn Records into Signals; the policy turns Signals into Assessments; the
review side opens Cases. The store maps them to tables at the edge; the core never sees SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple

from knowable.hashing import (
    canonical_str_map,
    content_hash,
    record_key_json,
    sha256_hex,
)
from knowable.timeutil import as_utc

#: FtM schemata a subject can have.
SUBJECT_SCHEMATA = ("Organization", "Company", "LegalEntity", "Person")


@dataclass(frozen=True, slots=True)
class Subject:
    """A customer organisation, or a person tied to one.

    ``key`` is the provider's stable key (a Salesforce Account or Contact Id). The other
    fields are the FtM entity view used for matching: names, web domains, countries
    (ISO 3166-1 alpha-2, lower case as FtM writes them), identifiers and addresses.
    """

    key: str
    schema: str
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    birth_dates: tuple[str, ...] = ()
    parent_key: str | None = None
    properties: Mapping[str, Any] = field(default_factory=dict)
    source: str = "crm"

    @property
    def names(self) -> tuple[str, ...]:
        """The primary name followed by every alias, without duplicates."""
        seen: dict[str, None] = {self.name: None}
        for alias in self.aliases:
            seen.setdefault(alias, None)
        return tuple(seen)

    def fingerprint(self) -> str:
        """Hash of everything that matters for matching; changes when the subject does."""
        return content_hash(
            {
                "schema": self.schema,
                "names": sorted(self.names),
                "domains": sorted(self.domains),
                "countries": sorted(self.countries),
                "identifiers": sorted(self.identifiers),
                "birth_dates": sorted(self.birth_dates),
                "addresses": sorted(self.addresses),
                "parent_key": self.parent_key,
                "properties": dict(self.properties),
            }
        )


@dataclass(frozen=True, slots=True)
class Record:
    """One input item exactly as received.

    ``available_at`` is when the item became available to the provider (a note's date, an
    article's publication date, a list's date); None when the source does not say, which is
    stated, never invented. ``text`` is the prose detectors read (empty for pure data rows).
    ``id`` is the content hash of source, kind, external id and payload, which makes ingest
    idempotent.

    Versions (CRM records): ``entity_key`` names the record across exports (org, object and
    Salesforce Id); each row with the same entity key is one version of it, in force from
    ``valid_from`` (its LastModifiedDate/SystemModstamp; None: from the start) and known
    from ``ingested_at``; ``deleted`` marks a version that deletes the record. Records
    without an entity key (news, list entries) stand alone. See :func:`in_force`.
    """

    source: str
    kind: str
    payload: Mapping[str, Any]
    available_at: datetime | None
    external_id: str | None = None
    subject_key: str | None = None
    text: str = ""
    origin: str | None = None
    ingested_at: datetime | None = None
    id: str = ""
    entity_key: str | None = None
    valid_from: datetime | None = None
    deleted: bool = False
    #: The canonical JSON of ``payload``, built once when the id is computed and reused
    #: for the row hash (empty when the id was given, e.g. a record read back).
    payload_json: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.id:
            payload = self.payload
            payload_json = canonical_str_map(payload if type(payload) is dict else dict(payload))
            object.__setattr__(self, "payload_json", payload_json)
            object.__setattr__(
                self,
                "id",
                sha256_hex(record_key_json(self.source, self.kind, self.external_id, payload_json)),
            )


def record_id(source: str, kind: str, external_id: str | None, payload: Mapping[str, Any]) -> str:
    """Content hash that identifies a record: equal input gives an equal id."""
    return content_hash(
        {"source": source, "kind": kind, "external_id": external_id, "payload": dict(payload)}
    )


def in_force(
    records: Iterable[Record], as_of: datetime | None = None, known_at: datetime | None = None
) -> list[Record]:
    """The version of each record in force ``as_of`` (default: the latest), as known at
    ``known_at`` (default: now, i.e. every version ingested so far).

    See :func:`version_in_force` for the rule. Records without an entity key pass
    through; input order is kept.
    """
    items = list(records)
    chosen = versions_in_force(
        ((r.entity_key, Version(r.id, r.valid_from, r.ingested_at, r.deleted)) for r in items),
        as_of,
        known_at,
    )
    return [r for r in items if r.entity_key is None or chosen.get(r.entity_key) == r.id]


def versions_in_force(
    versions: Iterable[tuple[str | None, Version]],
    as_of: datetime | None = None,
    known_at: datetime | None = None,
) -> dict[str, str | None]:
    """The id of the version in force of each entity key (None: deleted or unknown), from
    (entity key, version) pairs; pairs without a key are ignored. :func:`in_force` over
    whole records, for callers that hold only the columns a version needs."""
    groups: dict[str, list[Version]] = {}
    for key, version in versions:
        if key is not None:
            groups.setdefault(key, []).append(version)
    return {key: version_in_force(v, as_of, known_at) for key, v in groups.items()}


@dataclass(frozen=True, slots=True)
class Version:
    """What decides which version of a record is in force: its id, when it took effect,
    when it was ingested, and whether it deletes the record."""

    id: str
    valid_from: datetime | None
    ingested_at: datetime | None
    deleted: bool


_EPOCH = datetime.min.replace(tzinfo=UTC)


def version_in_force(
    versions: Iterable[Version], as_of: datetime | None = None, known_at: datetime | None = None
) -> str | None:
    """The id of the version in force ``as_of`` as known at ``known_at``; None when the
    record is deleted then (or nothing of it was known).

    Versions are ordered by ``valid_from`` (None first), then by when they were ingested
    (a later re-export of the same state corrects the earlier one). The version in force
    on a date is the last one valid by then; before the first version's ``valid_from`` the
    first version stands, since nothing earlier is known.
    """
    known = sorted(
        (
            v
            for v in versions
            if known_at is None or v.ingested_at is None or v.ingested_at <= known_at
        ),
        key=lambda v: (v.valid_from or _EPOCH, v.ingested_at or _EPOCH, v.id),
    )
    current: Version | None = None
    for index, version in enumerate(known):
        if index == 0 or as_of is None or version.valid_from is None or version.valid_from <= as_of:
            current = version
    return current.id if current is not None and not current.deleted else None


@dataclass(frozen=True, slots=True)
class Quarantined:
    """An input row that could not be read, kept with the reason. Nothing is dropped."""

    source: str
    file: str
    line: int | None
    field: str | None
    reason: str
    raw: str

    def message(self) -> str:
        """One line naming the file, line and field at fault."""
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.field:
            where += f", field {self.field!r}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quoted span of a record: the words behind a signal, with character offsets.

    ``start`` and ``end`` index into the record's ``text`` (or the payload field named by
    ``field`` when set).
    """

    record_id: str
    quote: str
    start: int
    end: int
    field: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "field": self.field,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        return cls(
            record_id=str(data["record_id"]),
            quote=str(data["quote"]),
            start=int(data["start"]),
            end=int(data["end"]),
            field=data.get("field"),
        )


@dataclass(frozen=True, slots=True)
class Feature:
    """One measured part of a finding: a matcher feature, a rule's term, a model score.

    ``value`` is the feature's score (0..1 for scores, else a count or amount), ``weight``
    its weight in the finding when the method weighs features, ``note`` what it compared
    or matched, in words.
    """

    name: str
    value: float | None = None
    weight: float | None = None
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "weight": self.weight, "note": self.note}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Feature:
        value, weight = data.get("value"), data.get("weight")
        return cls(
            name=str(data["name"]),
            value=None if value is None else float(value),
            weight=None if weight is None else float(weight),
            note=str(data.get("note") or ""),
        )


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a detector found a signal, in one shape for every detector.

    ``summary`` says in one sentence what matched; ``method`` is how it was found (``rules``,
    ``model``, ``rules+model``, ``matcher``, ``count``), ``method_id`` which rules, model or
    list, ``version`` their version; ``facts`` are labelled facts of the finding (a list's
    programme, an article's role and stage, an ad's type) and ``features`` the measured parts
    with their scores and weights. The quoted spans stay on :attr:`Signal.evidence`.
    """

    summary: str
    method: str
    method_id: str
    version: str
    facts: tuple[tuple[str, str], ...] = ()
    features: tuple[Feature, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary,
            "method": self.method,
            "method_id": self.method_id,
            "version": self.version,
            "facts": [[k, v] for k, v in self.facts],
            "features": [f.as_dict() for f in self.features],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Explanation:
        return cls(
            summary=str(data.get("summary") or ""),
            method=str(data.get("method") or ""),
            method_id=str(data.get("method_id") or ""),
            version=str(data.get("version") or ""),
            facts=tuple((str(k), str(v)) for k, v in data.get("facts") or ()),
            features=tuple(Feature.from_dict(f) for f in data.get("features") or ()),
        )


@dataclass(frozen=True, slots=True)
class Signal:
    """One finding of one detector about one subject.

    ``indicator`` is an id from the indicator catalogue (e.g. ``NEWS-02``); ``strength`` is
    in 0..1; ``observed_at`` equals the ``available_at`` of the record behind it. ``details``
    holds the detector's machine-readable facts (stage, role, list version) that the policy
    and the case system read; ``explanation`` says why, in the shape every renderer shows
    (see :mod:`knowable.explain`). The explanation is derived from the same facts and is not
    part of the signal's id.
    """

    subject_key: str
    indicator: str
    strength: float
    observed_at: datetime | None
    detector: str
    detector_version: str
    evidence: tuple[Evidence, ...] = ()
    record_id: str | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    id: str = ""
    explanation: Explanation | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not 0.0 <= self.strength <= 1.0:
            raise ValueError(f"signal strength must be within 0..1, got {self.strength}")
        if not self.id:
            object.__setattr__(
                self,
                "id",
                content_hash(
                    {
                        "subject": self.subject_key,
                        "indicator": self.indicator,
                        "detector": self.detector,
                        "version": self.detector_version,
                        "record": self.record_id,
                        "strength": round(self.strength, 6),
                        "observed_at": self.observed_at,
                        "evidence": [e.as_dict() for e in self.evidence],
                        "details": dict(self.details),
                    }
                ),
            )


def ended_at(signal: Signal) -> datetime | None:
    """When ``signal`` stopped holding (``details["ended_at"]``, in UTC: a de-listing, a
    concern staff checked and cleared); None when it has no end or the end does not parse."""
    text = signal.details.get("ended_at") if signal.details else None
    if not text:
        return None
    try:
        return as_utc(datetime.fromisoformat(str(text)))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Contribution:
    """How much one signal (or family of signals) added to an assessment's score."""

    signal_id: str
    indicator: str
    family: str
    weight: float
    value: float
    note: str = ""


_new = object.__new__
# The slots' own setters (what the frozen dataclass's __init__ reaches through
# object.__setattr__, one call per field).
_set_signal_id, _set_indicator, _set_family, _set_weight, _set_value, _set_note = (
    vars(Contribution)[name].__set__
    for name in ("signal_id", "indicator", "family", "weight", "value", "note")
)


def contribution(
    signal_id: str, indicator: str, family: str, weight: float, value: float, note: str
) -> Contribution:
    """``Contribution(signal_id, indicator, family, weight, value, note)``, the same
    object made in about half the time: the as-of series makes one per signal and date,
    and a frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``.
    """
    made: Contribution = _new(Contribution)
    _set_signal_id(made, signal_id)
    _set_indicator(made, indicator)
    _set_family(made, family)
    _set_weight(made, weight)
    _set_value(made, value)
    _set_note(made, note)
    return made


@dataclass(frozen=True, slots=True)
class Assessment:
    """The policy's verdict on a subject as of a date."""

    subject_key: str
    as_of: datetime
    score: float
    band: str
    policy_version: str
    policy_hash: str
    contributions: tuple[Contribution, ...] = ()
    knowable_since: datetime | None = None
    screened: bool = True


class AssessmentText(NamedTuple):
    """An :class:`Assessment` whose contributions are already written as the text the
    store keeps (their RFC 8785 JSON array): what the as-of series hands the store, so
    that no date makes a ``Contribution`` only for it to be serialised again. The other
    fields are an Assessment's, under the same names."""

    subject_key: str
    as_of: datetime
    score: float
    band: str
    policy_version: str
    policy_hash: str
    contributions: str
    knowable_since: datetime | None = None
    screened: bool = True


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One append-only entry of the hash chain."""

    seq: int
    at: datetime
    actor: str
    action: str
    entity_type: str
    entity_id: str
    payload: Mapping[str, Any]
    prev_hash: str
    hash: str
