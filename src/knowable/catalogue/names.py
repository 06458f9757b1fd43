"""The name-matching vocabulary and weights, read from ``catalogue/names.yml``."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, ValidationError

from knowable.catalogue import invalid, read_yaml


class Weights(BaseModel):
    """Weights of the scoring features; see :mod:`knowable.names.score`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: float
    birth_date_match: float
    birth_date_conflict: float
    country_match: float
    country_conflict: float
    schema_conflict: float


class KoreanConventions(BaseModel):
    """Customary Latin spellings of Korean names; see :mod:`knowable.names.respell`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    surnames: dict[str, str]
    spellings: dict[str, str]


class NameVocabulary(BaseModel):
    """Contents of ``catalogue/names.yml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    particles: frozenset[str]
    particle_variants: dict[str, str]
    weak_org_words: frozenset[str]
    place_words: frozenset[str]
    synonyms: dict[str, str]
    patronymic_endings: tuple[str, ...]
    nicknames: dict[str, str]
    number_words: dict[str, int]
    korean: KoreanConventions
    east_asian_surnames: frozenset[str]
    greek_digraphs: dict[str, str]
    weights: Weights
    threshold: float


def load_vocabulary_from(data: object, name: str = "names.yml") -> NameVocabulary:
    """Validate parsed vocabulary data; raise ConfigError naming the file and entry."""
    try:
        return NameVocabulary.model_validate(data)
    except ValidationError as exc:
        raise invalid(name, exc) from exc


@cache
def vocabulary() -> NameVocabulary:
    """The bundled name vocabulary."""
    return load_vocabulary_from(read_yaml("names.yml"))
