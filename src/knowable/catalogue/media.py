"""Load and compile the adverse-media catalogues (media_categories.yml, media_roles.yml).

Both files are validated by pydantic and every regular expression is compiled on load; a
bad entry fails with a ConfigError naming the file and the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from knowable.catalogue import invalid, read_yaml
from knowable.catalogue.media_patterns import expand
from knowable.errors import ConfigError

Role = Literal[
    "accused",
    "charged",
    "convicted",
    "civil_defendant",
    "cleared",
    "venue_or_instrument",
    "service_provider",
    "victim",
    "plaintiff",
    "witness",
    "investigator",
    "journalist",
    "mentioned",
]
Stage = Literal["allegation", "charge", "trial_or_plea", "conviction_or_action"]
STAGE_ORDER: dict[str, int] = {
    "allegation": 1,
    "charge": 2,
    "trial_or_plea": 3,
    "conviction_or_action": 4,
}


class _CategorySpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str
    fatf: str
    topic: str
    trafficking: bool = False
    grave: bool = True
    cues: list[str]
    unless: list[str] = []


class _CategoryFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: str
    categories: dict[str, _CategorySpec]


class _RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    role: Role
    stage: Stage | None = None
    event: str | None = None
    event_only: bool = False
    pattern: str
    negatable: bool = False
    also: list[str] = []
    unless: list[str] = []


class _SignalSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    indicator: str
    roles: list[Role] = []
    events: list[str] = []
    trafficking: bool | None
    strength: float


class _AgencySpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    names: list[str]
    when: list[str]
    replaces: list[Role]


class _CivilContextSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    criminal: list[str]


class _RoleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: str
    precedence: dict[Role, int]
    non_perpetrator: list[Role]
    default_stage: dict[Role, Stage]
    descriptor_heads: list[str]
    online_heads: list[str] = []
    agency: _AgencySpec
    civil_context: _CivilContextSpec
    attribution: list[str]
    negation: str
    rules: list[_RuleSpec]
    signals: list[_SignalSpec]


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    fatf: str
    topic: str
    trafficking: bool
    grave: bool
    cues: re.Pattern[str]
    unless: re.Pattern[str] | None

    def found_in(self, sentence: str) -> re.Match[str] | None:
        """The first cue match in ``sentence`` unless a veto pattern matches it too."""
        match = self.cues.search(sentence)
        if match is None or (self.unless is not None and self.unless.search(sentence)):
            return None
        return match

    def found_in_text(self, text: str) -> bool:
        """Whether a cue occurs anywhere in a long text, vetoes judged around each cue
        (within its sentence, roughly: back to the previous and on to the next period)."""
        for match in self.cues.finditer(text):
            if self.unless is None:
                return True
            start = text.rfind(".", max(0, match.start() - 300), match.start()) + 1
            end = text.find(".", match.end(), match.end() + 300)
            if not self.unless.search(text[start : end if end >= 0 else match.end() + 300]):
                return True
        return False


@dataclass(frozen=True)
class RoleRule:
    id: str
    role: str
    stage: str | None
    event: str | None
    event_only: bool
    pattern: re.Pattern[str]
    negatable: bool
    also: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class SignalRule:
    """Which findings become which indicator, and how strong."""

    indicator: str
    roles: frozenset[str]
    events: frozenset[str]
    trafficking: bool | None
    strength: float


@dataclass(frozen=True)
class Agency:
    """Who is an investigator by name: a party whose name says police, prosecutor, task
    force or inspecting agency (``names``, read on the mention, case-sensitive for
    acronyms), in a sentence about the investigation (``when``), takes the investigator
    role instead of one of the weak roles in ``replaces``."""

    names: re.Pattern[str]
    when: re.Pattern[str]
    replaces: frozenset[str]


@dataclass(frozen=True)
class RoleCatalogue:
    version: str
    precedence: dict[str, int]
    non_perpetrator: frozenset[str]
    default_stage: dict[str, str]
    descriptor_heads: tuple[str, ...]
    online_heads: tuple[str, ...]
    agency: Agency
    #: An accusation read about a subject the same article names as a civil defendant
    #: is the suit's allegation (civil), unless the sentence has one of these criminal cues.
    civil_criminal: re.Pattern[str]
    attribution: tuple[re.Pattern[str], ...]
    negation: re.Pattern[str]
    rules: tuple[RoleRule, ...]
    signals: tuple[SignalRule, ...]


def _compile(pattern: str, where: str, *, cased: bool = False) -> re.Pattern[str]:
    try:
        return re.compile(expand(pattern), 0 if cased else re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(f"{where}: bad pattern: {exc}") from exc


def _compile_any(patterns: list[str], where: str, *, cased: bool = False) -> re.Pattern[str]:
    """One pattern matching any of ``patterns`` (each is first checked on its own)."""
    for pattern in patterns:
        _compile(pattern, where, cased=cased)
    return _compile("|".join(f"(?:{p})" for p in patterns), where, cased=cased)


def _invalid(name: str, exc: ValidationError) -> ConfigError:
    return invalid(name, exc)


def categories_from(data: Any, name: str = "media_categories.yml") -> dict[str, Category]:
    """Validate and compile parsed category data."""
    try:
        parsed = _CategoryFile.model_validate(data)
    except ValidationError as exc:
        raise _invalid(name, exc) from exc
    out = {}
    for key, spec in parsed.categories.items():
        where = f"catalogue/{name}: {key}"
        out[key] = Category(
            id=key,
            title=spec.title,
            fatf=spec.fatf,
            topic=spec.topic,
            trafficking=spec.trafficking,
            grave=spec.grave,
            cues=_compile_any(spec.cues, where),
            unless=_compile_any(spec.unless, where) if spec.unless else None,
        )
    return out


def roles_from(data: Any, name: str = "media_roles.yml") -> RoleCatalogue:
    """Validate and compile parsed role-rule data."""
    try:
        parsed = _RoleFile.model_validate(data)
    except ValidationError as exc:
        raise _invalid(name, exc) from exc
    seen: set[str] = set()
    rules = []
    for spec in parsed.rules:
        where = f"catalogue/{name}: rule {spec.id}"
        if spec.id in seen:
            raise ConfigError(f"{where}: duplicate rule id")
        seen.add(spec.id)
        rules.append(
            RoleRule(
                id=spec.id,
                role=spec.role,
                stage=spec.stage,
                event=spec.event,
                event_only=spec.event_only,
                pattern=_compile(spec.pattern, where),
                negatable=spec.negatable,
                also=tuple(_compile(p, where) for p in spec.also),
                unless=tuple(_compile(p, where) for p in spec.unless),
            )
        )
    return RoleCatalogue(
        version=parsed.version,
        precedence={str(k): v for k, v in parsed.precedence.items()},
        non_perpetrator=frozenset(parsed.non_perpetrator),
        default_stage={str(k): str(v) for k, v in parsed.default_stage.items()},
        descriptor_heads=tuple(parsed.descriptor_heads),
        online_heads=tuple(parsed.online_heads),
        agency=Agency(
            names=_compile_any(parsed.agency.names, f"catalogue/{name}: agency.names", cased=True),
            when=_compile_any(parsed.agency.when, f"catalogue/{name}: agency.when"),
            replaces=frozenset(parsed.agency.replaces),
        ),
        civil_criminal=_compile_any(
            parsed.civil_context.criminal, f"catalogue/{name}: civil_context.criminal"
        ),
        attribution=tuple(
            _compile(p, f"catalogue/{name}: attribution") for p in parsed.attribution
        ),
        negation=_compile(parsed.negation, f"catalogue/{name}: negation"),
        rules=tuple(rules),
        signals=tuple(_signal_rules(parsed.signals, name, {r.event for r in rules})),
    )


def _signal_rules(specs: list[_SignalSpec], name: str, events: set[str | None]) -> list[SignalRule]:
    from knowable.catalogue import indicators

    known = indicators()
    out = []
    for number, spec in enumerate(specs):
        where = f"catalogue/{name}: signals[{number}] ({spec.indicator})"
        if spec.indicator not in known:
            raise ConfigError(f"{where}: unknown indicator")
        if not spec.roles and not spec.events:
            raise ConfigError(f"{where}: needs roles or events")
        unknown = set(spec.events) - events
        if unknown:
            raise ConfigError(f"{where}: no rule gives event(s) {sorted(unknown)}")
        if not 0.0 < spec.strength <= 1.0:
            raise ConfigError(f"{where}: strength must be within (0, 1]")
        out.append(
            SignalRule(
                indicator=spec.indicator,
                roles=frozenset(spec.roles),
                events=frozenset(spec.events),
                trafficking=spec.trafficking,
                strength=spec.strength,
            )
        )
    return out


@cache
def media_categories() -> dict[str, Category]:
    """The bundled offence categories."""
    return categories_from(read_yaml("media_categories.yml"))


@cache
def media_roles() -> RoleCatalogue:
    """The bundled role, stage and event rules."""
    return roles_from(read_yaml("media_roles.yml"))
