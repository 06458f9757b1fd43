"""Load and validate catalogue/content_indicators.yml (patterns, weights, parameters).

Validation fails with a :class:`~knowable.errors.ConfigError` naming the file and the
entry: unknown indicator ids, an evidence level that disagrees with indicators.yml, or a
weight that does not respect the evidence level (a not-predictive indicator may weigh
nothing or less, never more).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from knowable.catalogue import indicators, invalid, read_yaml
from knowable.errors import ConfigError
from knowable.text.normalise import EMOJI_CODES

FILE = "content_indicators.yml"

ContentEvidence = Literal["validated", "exploratory", "not_predictive", "regulatory"]

_WEIGHT_RANGE: dict[str, tuple[float, float, bool]] = {
    # evidence: (low, high, low is exclusive)
    "validated": (0.0, 1.0, True),
    "regulatory": (0.0, 1.0, True),
    "exploratory": (0.0, 0.3, False),
    "not_predictive": (-0.5, 0.0, False),
}


class GuardedPattern(BaseModel):
    """A regex whose hit counts only in the right context.

    ``not_before`` / ``not_after`` are Python regexes read, in any case, on the ORIGINAL
    text just before / after the hit (up to 60 characters, punctuation kept, so "1-10
    years" and "5'2, 16 yrs" differ; anchor them with ``$`` / ``^``): a match means the
    hit is something else ("over 14 years", "$20 per hour"). ``only_with`` is a
    regex that must occur within 300 characters of the hit for it to count (a generic
    recruitment phrase counts only near words such as escort, massage, dancers; a saved
    listing page can hold snippets of many ads, so "the same ad" is read as "near").
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    regex: str
    not_before: str | None = None
    not_after: str | None = None
    only_with: str | None = None
    note: str = ""

    @model_validator(mode="after")
    def _guards_compile(self) -> GuardedPattern:
        for guard in (self.not_before, self.not_after, self.only_with):
            if guard is not None:
                try:
                    re.compile(guard, re.IGNORECASE)
                except re.error as exc:
                    raise ValueError(f"guard {guard!r} does not compile: {exc}") from exc
        if self.not_before is None and self.not_after is None and self.only_with is None:
            raise ValueError(f"guarded pattern {self.regex!r} has no guard")
        return self


class IndicatorRule(BaseModel):
    """One indicator: evidence, weight and the patterns that find it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    evidence: ContentEvidence
    weight: float
    business_score: bool = True
    note: str = ""
    phrases: tuple[str, ...] = ()
    regex: tuple[str, ...] = ()
    guarded: tuple[GuardedPattern, ...] = ()
    emoji: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _weight_respects_evidence(self) -> IndicatorRule:
        if not self.business_score:
            if self.weight != 0.0:
                raise ValueError("an indicator kept out of business scores must weigh 0")
            return self._check_emoji()
        low, high, exclusive = _WEIGHT_RANGE[self.evidence]
        if self.weight > high or self.weight < low or (exclusive and self.weight == low):
            raise ValueError(
                f"weight {self.weight} does not respect evidence {self.evidence!r} "
                f"(allowed {'(' if exclusive else '['}{low}, {high}])"
            )
        return self._check_emoji()

    def _check_emoji(self) -> IndicatorRule:
        for name in self.emoji:
            if name not in EMOJI_CODES:
                raise ValueError(f"unknown emoji code {name!r}")
        return self


class NetworkRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    evidence: ContentEvidence
    weight: float = Field(ge=0.0, le=1.0)
    note: str = ""


class NetworkParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    num_perm: int = Field(ge=16, le=256)
    threshold: float = Field(gt=0.0, lt=1.0)
    lsh_threshold: float = Field(gt=0.0, lt=1.0)
    shingle: int = Field(ge=2, le=20)
    window_days: int = Field(ge=1)
    min_cities: int = Field(ge=2)
    min_personas: int = Field(ge=2)
    account_window_days: int = Field(ge=1)
    min_account_contacts: int = Field(ge=2)
    account_contact_kinds: tuple[Literal["phone", "email", "handle"], ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _candidates_cover_links(self) -> NetworkParams:
        if self.lsh_threshold > self.threshold:
            raise ValueError("lsh_threshold must not exceed threshold (links would be missed)")
        return self


class ReportRules(BaseModel):
    """NET-06: patterns of user-report text, and the words that negate a hit."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    phrases: tuple[str, ...] = ()
    regex: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    negation_breakers: tuple[str, ...] = ()
    negation_window: int = Field(ge=0, le=10)

    @model_validator(mode="after")
    def _has_patterns(self) -> ReportRules:
        if not (self.phrases or self.regex):
            raise ValueError("no phrases or regex")
        return self


class PrevalenceParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    confidence: float = Field(gt=0.5, lt=1.0)
    min_sample: int = Field(ge=1)
    several_validated: int = Field(ge=1)
    min_lower: float = Field(ge=0.0, lt=1.0)


class TemplateParams(BaseModel):
    """What counts as a platform's page template (detect/content/template.py)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_pages: int = Field(default=5, ge=2)
    min_share: float = Field(default=0.1, gt=0.0, le=1.0)
    sample: int = Field(default=5000, ge=1)


class _ContentFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: str
    indicators: dict[str, IndicatorRule]
    network: dict[str, NetworkRule]
    network_params: NetworkParams
    user_reports: ReportRules
    prevalence: PrevalenceParams
    template: TemplateParams = TemplateParams()


@dataclass(frozen=True)
class ContentCatalogue:
    """The validated content catalogue."""

    version: str
    rules: Mapping[str, IndicatorRule]
    network: Mapping[str, NetworkRule]
    network_params: NetworkParams
    prevalence: PrevalenceParams
    user_reports: ReportRules
    template: TemplateParams = field(default_factory=TemplateParams)

    def weight(self, indicator_id: str) -> float:
        """Score weight of an ad or network indicator."""
        if indicator_id in self.rules:
            return self.rules[indicator_id].weight
        return self.network[indicator_id].weight

    def validated_ids(self) -> frozenset[str]:
        """Validated indicators that may count towards platform-level shares."""
        return frozenset(
            key
            for key, rule in self.rules.items()
            if rule.evidence == "validated" and rule.business_score
        )


def load_content_catalogue_from(data: Any, name: str = FILE) -> ContentCatalogue:
    """Validate parsed data (the bundled file, or a test's own) into a catalogue."""
    try:
        parsed = _ContentFile.model_validate(data)
    except ValidationError as exc:
        raise invalid(name, exc) from exc
    known = indicators()
    entries: list[tuple[str, IndicatorRule | NetworkRule]] = [
        *parsed.indicators.items(),
        *parsed.network.items(),
    ]
    for key, entry in entries:
        if key not in known:
            raise ConfigError(f"catalogue/{name}: {key}: not an id of indicators.yml")
        if known[key].spec.evidence != entry.evidence:
            raise ConfigError(
                f"catalogue/{name}: {key}: evidence {entry.evidence!r} disagrees with "
                f"indicators.yml ({known[key].spec.evidence!r})"
            )
    for key, rule in parsed.indicators.items():
        if known[key].spec.business_score != rule.business_score:
            raise ConfigError(
                f"catalogue/{name}: {key}: business_score disagrees with indicators.yml"
            )
        if not (rule.phrases or rule.regex or rule.guarded or rule.emoji):
            raise ConfigError(f"catalogue/{name}: {key}: no phrases, regex or emoji")
    return ContentCatalogue(
        version=parsed.version,
        rules=parsed.indicators,
        network=parsed.network,
        network_params=parsed.network_params,
        prevalence=parsed.prevalence,
        user_reports=parsed.user_reports,
        template=parsed.template,
    )


@cache
def content_catalogue() -> ContentCatalogue:
    """The bundled content catalogue."""
    return load_content_catalogue_from(read_yaml(FILE))
