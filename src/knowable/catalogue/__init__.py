"""Domain knowledge as data: indicator catalogue, media categories, policy.

Each YAML file is validated on load; a bad file fails fast with a message naming the
file and the entry at fault.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from knowable.errors import ConfigError

Evidence = Literal["validated", "not_predictive", "legal", "regulatory", "exploratory"]
Family = Literal[
    "watchlist", "media", "content", "network", "business", "relationship", "behaviour"
]


class IndicatorSpec(BaseModel):
    """One entry of indicators.yml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    family: Family
    data: list[str]
    evidence: Evidence
    topic: str | None = None
    business_score: bool = True
    grave: bool = False


class _IndicatorFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: str
    indicators: dict[str, IndicatorSpec]


@dataclass(frozen=True)
class Indicator:
    """An indicator with its id."""

    id: str
    spec: IndicatorSpec

    @property
    def family(self) -> str:
        return self.spec.family


def read_yaml(name: str) -> Any:
    """Read a bundled catalogue file; raise ConfigError naming it when it is not YAML."""
    text = resources.files("knowable.catalogue").joinpath(name).read_text(encoding="utf-8")
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"catalogue/{name}: not valid YAML: {exc}") from exc


def invalid(name: str, exc: ValidationError, prefix: str = "catalogue/") -> ConfigError:
    """A ConfigError naming the file and the first entry pydantic found at fault."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return ConfigError(f"{prefix}{name}: {where}: {first['msg']}")


def load_indicators_from(data: Any, name: str = "indicators.yml") -> Mapping[str, Indicator]:
    """Validate parsed indicator data; used for the bundled file and in tests."""
    try:
        parsed = _IndicatorFile.model_validate(data)
    except ValidationError as exc:
        raise invalid(name, exc) from exc
    return {key: Indicator(key, spec) for key, spec in parsed.indicators.items()}


@cache
def indicators() -> Mapping[str, Indicator]:
    """The bundled indicator catalogue, keyed by id."""
    return load_indicators_from(read_yaml("indicators.yml"))
