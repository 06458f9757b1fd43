"""The assessment policy: weights, family caps, decay, bands; validated and hashed.

The policy is data (``catalogue/policy.yml``). Its version and the sha256 of the file's
exact bytes are stored with every assessment, so a reader can tell which rules produced a
verdict and whether the file changed since.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from knowable.catalogue import Evidence, Family, indicators, invalid
from knowable.errors import ConfigError
from knowable.hashing import sha256_hex

if TYPE_CHECKING:
    from knowable.model import Signal

POLICY_FILE = "policy.yml"
#: Band of a subject that no screening has covered: never "clear".
NOT_SCREENED = "not_screened"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FamilySpec(_Strict):
    cap: float = Field(gt=0.0, le=1.0)
    #: False for families that restate other evidence: they add to the score but never
    #: count as an agreeing family for a band that needs several.
    independent: bool = True


class StageSpec(_Strict):
    half_life_days: float | None = Field(default=None, gt=0.0)


class BandSpec(_Strict):
    name: str
    min_score: float = Field(ge=0.0, le=1.0)
    min_families: int = Field(default=0, ge=0)
    #: Severity of the alert opened when a subject enters this band; None opens none.
    alert: Literal["review", "escalate"] | None = None
    #: How a terminal colours the band (a Rich style); plain when empty.
    style: str = ""


class CorroborationSpec(_Strict):
    """Findings that alone never put a subject at or above ``should_know``.

    Until another finding corroborates them, signals of ``indicators`` count for
    ``alone_weight`` of their value and may raise a score up to just below the "should
    know" threshold (as shown, two decimals), never across it; so do the signals that
    ``model_below`` holds. A finding corroborates them from its date on when it is a signal
    that is not held, of a family that counts as independent (a rule's reading of the same
    record counts: that is a second method agreeing); or when ``records`` distinct records
    carry held signals (0: never
    by count alone); or when listed signals of ``kinds`` different indicators sit on
    different records (0: never; the model's reading of one record and a weak rule hint
    in another are two kinds, two model readings are one)."""

    indicators: list[str] = Field(min_length=1)
    records: int = Field(default=0, ge=0)
    kinds: int = Field(default=0, ge=0)
    #: Distinct records whose listed signals corroborate each other for the knowable-since
    #: date (0: ``records``). A stricter count than ``records`` dates a customer whose
    #: alert rests on few readings by the day its evidence met the stricter standard, once
    #: it has; until then by the day it reached the threshold (see ``assess.score``).
    knowable_records: int = Field(default=0, ge=0)
    #: How long after the threshold was first reached the stricter standard may still
    #: date knowable-since (0: any time). Readings left standing longer than this, with
    #: nothing read against them, were enough to act on: the first crossing dates them.
    knowable_within_days: int = Field(default=0, ge=0)
    #: Until corroborated, such a signal counts for this share of its value.
    alone_weight: float = Field(default=1.0, ge=0.0, le=1.0)
    #: A signal of any indicator whose record a trained model scored below this
    #: (``details["model_score"]``: a rule's reading the model does not share) needs
    #: corroboration as the listed indicators do (0: never).
    model_below: float = Field(default=0.0, ge=0.0, le=1.0)

    def holds(self, signal: Signal) -> bool:
        """Whether ``signal`` needs corroboration under this spec."""
        if signal.indicator in self.indicators:
            return True
        if not self.model_below or not signal.details:
            return False
        score = signal.details.get("model_score")
        return isinstance(score, int | float) and float(score) < self.model_below


class PolicySpec(_Strict):
    """The validated content of policy.yml."""

    version: str
    evidence_weights: dict[Evidence, float]
    default_indicator_weight: float = Field(ge=0.0, le=1.0)
    indicator_weights: dict[str, float]
    family_floor: float = Field(ge=0.0, le=1.0)
    families: dict[str, FamilySpec]
    family_overrides: dict[str, str] = {}
    detector_sources: dict[str, str] = {}
    stages: dict[str, StageSpec]
    default_stage: dict[str, str]
    bands: list[BandSpec] = Field(min_length=2)
    should_know: float = Field(gt=0.0, le=1.0)
    corroboration: CorroborationSpec | None = None


@dataclass(frozen=True)
class Policy:
    """A loaded policy with the hash of the file it came from."""

    spec: PolicySpec
    sha256: str
    source: str
    #: Memo of per-(indicator, stage) numbers, filled by knowable.assess.combine.
    lookups: dict[tuple[str, str | None], Any] = field(
        default_factory=dict, compare=False, repr=False, hash=False
    )

    @property
    def version(self) -> str:
        return self.spec.version

    def indicator_weight(self, indicator_id: str) -> float:
        return self.spec.indicator_weights.get(indicator_id, self.spec.default_indicator_weight)

    def half_life_days(self, stage: str) -> float | None:
        """Half-life for a stage; None means the evidence never decays."""
        spec = self.spec.stages.get(stage)
        return spec.half_life_days if spec is not None else None

    def family_of(self, indicator_id: str, catalogue_family: str) -> str:
        """The family an indicator counts in (the catalogue's unless overridden)."""
        return self.spec.family_overrides.get(indicator_id, catalogue_family)

    def band_for(self, score: float, agreeing_families: int) -> str:
        """The highest band the score reaches with enough agreeing families.

        The score is read as shown, to two decimals (0.496 is "0.50" and reaches a band
        starting at 0.5), so a band never disagrees with the score printed beside it.
        """
        chosen = self.spec.bands[0].name
        shown = shown_score(score)
        for band in self.spec.bands:
            if shown >= band.min_score and agreeing_families >= band.min_families:
                chosen = band.name
        return chosen

    @property
    def band_names(self) -> list[str]:
        return [b.name for b in self.spec.bands]

    def band_rank(self, band: str | None) -> int:
        """Position of ``band`` from low to high; -1 for a band the policy does not list
        (e.g. "not_screened") or None."""
        names = self.band_names
        return names.index(band) if band in names else -1

    def band_spec(self, band: str) -> BandSpec | None:
        return next((b for b in self.spec.bands if b.name == band), None)

    @property
    def alert_bands(self) -> frozenset[str]:
        """Bands whose entry opens an alert for a person."""
        return frozenset(b.name for b in self.spec.bands if b.alert is not None)


def shown_score(score: float) -> float:
    """A score as shown everywhere: two decimals, half away from zero (0.495 -> 0.50).
    Bands and "knowable since" are read from this value, so they never disagree with it."""
    return math.floor(score * 100.0 + 0.5 + 1e-9) / 100.0


def score_text(score: float) -> str:
    """A score as text, two decimals (see :func:`shown_score`)."""
    return f"{shown_score(score):.2f}"


def _where(name: str) -> str:
    return name if "/" in name else f"catalogue/{name}"


def _check(spec: PolicySpec, name: str) -> None:
    where = _where(name)
    known = indicators()
    for indicator_id, weight in spec.indicator_weights.items():
        if indicator_id not in known:
            raise ConfigError(f"{where}: indicator_weights.{indicator_id}: unknown indicator")
        if not 0.0 <= weight <= 1.0:
            raise ConfigError(f"{where}: indicator_weights.{indicator_id}: weight must be 0..1")
    for level in get_args(Evidence):
        if level not in spec.evidence_weights:
            raise ConfigError(f"{where}: evidence_weights: missing level {level!r}")
    for level, weight in spec.evidence_weights.items():
        if not 0.0 <= weight <= 1.0:
            raise ConfigError(f"{where}: evidence_weights.{level}: weight must be 0..1")
    for family in get_args(Family):
        if family not in spec.families:
            raise ConfigError(f"{where}: families: missing family {family!r}")
    for indicator_id, family in spec.family_overrides.items():
        if indicator_id not in known:
            raise ConfigError(f"{where}: family_overrides.{indicator_id}: unknown indicator")
        if family not in spec.families:
            raise ConfigError(
                f"{where}: family_overrides.{indicator_id}: unknown family {family!r}"
            )
    for family in spec.families:
        stage = spec.default_stage.get(family)
        if stage is None:
            raise ConfigError(f"{where}: default_stage: missing family {family!r}")
        if stage not in spec.stages:
            raise ConfigError(f"{where}: default_stage.{family}: unknown stage {stage!r}")
    for indicator_id in spec.corroboration.indicators if spec.corroboration else []:
        if indicator_id not in known:
            raise ConfigError(f"{where}: corroboration.indicators: unknown {indicator_id}")
    held = spec.corroboration
    if held and held.knowable_records and not 0 < held.records <= held.knowable_records:
        raise ConfigError(
            f"{where}: corroboration.knowable_records: must be 0, or at least records "
            f"({held.records}) when records is set: knowable-since never asks less than "
            "the alert"
        )
    names = [b.name for b in spec.bands]
    if len(set(names)) != len(names) or NOT_SCREENED in names:
        raise ConfigError(f"{where}: bands: names must be unique and not {NOT_SCREENED!r}")
    scores = [b.min_score for b in spec.bands]
    if scores != sorted(scores) or scores[0] != 0.0:
        raise ConfigError(f"{where}: bands: min_score must rise from 0.0")
    if not any(b.min_score == spec.should_know for b in spec.bands):
        raise ConfigError(f"{where}: should_know: must equal the min_score of a band")


def load_policy_text(text: str, name: str = POLICY_FILE) -> Policy:
    """Parse and validate policy text; ConfigError names the file and the entry at fault."""
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{_where(name)}: not valid YAML: {exc}") from exc
    try:
        spec = PolicySpec.model_validate(data)
    except ValidationError as exc:
        raise invalid(name, exc, prefix=_where(name)[: -len(name)]) from exc
    _check(spec, name)
    return Policy(spec=spec, sha256=sha256_hex(text), source=name)


def load_policy(path: Path | None = None) -> Policy:
    """The policy in ``path``, or the bundled one when None."""
    if path is None:
        return bundled_policy()
    try:
        # Decode the bytes (read_text would turn CRLF into LF and change the hash).
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read policy: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: cannot read policy: not UTF-8 ({exc.reason})") from exc
    return load_policy_text(text, name=str(path))


@cache
def bundled_policy() -> Policy:
    """The policy shipped in ``catalogue/policy.yml``."""
    raw = resources.files("knowable.catalogue").joinpath(POLICY_FILE).read_bytes()
    text = raw.decode("utf-8")
    return load_policy_text(text)
