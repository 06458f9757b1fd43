"""Word and character tables of the text tools (``catalogue/text.yml``): schema and loader."""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from knowable.catalogue import invalid, read_yaml

FILE = "text.yml"


class TextTables(BaseModel):
    """The validated content of text.yml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    #: Coded emoji name -> code point of the control character it folds to (1..31).
    emoji_codes: dict[str, int]
    #: Emoji character -> coded emoji name (written as ``U+XXXX`` in the file).
    emoji_chars: dict[str, str]
    homoglyphs: dict[str, str]
    leet: dict[str, str]
    number_words: dict[str, str]
    irregular: dict[str, str] = Field(default_factory=dict)
    #: Words the stemmer keeps whole because cutting them makes another word ("news" is
    #: not "new", "stripe" not "strip").
    keep_whole: frozenset[str] = Field(default_factory=frozenset)

    @field_validator("keep_whole", mode="before")
    @classmethod
    def _lower_words(cls, value: Any) -> Any:
        if not isinstance(value, list):
            return value
        for word in value:
            if not isinstance(word, str) or not word.isalpha() or word != word.lower():
                raise ValueError(f"{word!r}: one lower-case word each")
        return frozenset(value)

    @field_validator("emoji_codes")
    @classmethod
    def _control_codes(cls, value: dict[str, int]) -> dict[str, int]:
        for name, code in value.items():
            if not 1 <= code < 32 or code in (9, 10, 13):
                raise ValueError(f"{name}: code must be a control character 1..31, not tab/newline")
        if len(set(value.values())) != len(value):
            raise ValueError("two emoji share a code")
        return value

    @field_validator("emoji_chars", mode="before")
    @classmethod
    def _code_points(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        out: dict[str, Any] = {}
        for key, name in value.items():
            text = str(key)
            if not text.upper().startswith("U+"):
                raise ValueError(f"{text!r}: write emoji as U+XXXX")
            out[chr(int(text[2:], 16))] = name
        return out

    @field_validator("homoglyphs", "leet")
    @classmethod
    def _one_char(cls, value: dict[str, str]) -> dict[str, str]:
        for key, target in value.items():
            if len(key) != 1 or len(target) != 1:
                raise ValueError(f"{key!r}: {target!r}: one character each side")
        return value


def load_text_tables_from(data: Any, name: str = FILE) -> TextTables:
    """Validate parsed text tables; every emoji character must name a known code."""
    try:
        tables = TextTables.model_validate(data)
    except ValidationError as exc:
        raise invalid(name, exc) from exc
    unknown = sorted(set(tables.emoji_chars.values()) - set(tables.emoji_codes))
    if unknown:
        from knowable.errors import ConfigError

        raise ConfigError(f"catalogue/{name}: emoji_chars: unknown code name(s) {unknown}")
    return tables


@cache
def text_tables() -> TextTables:
    """The bundled text tables."""
    return load_text_tables_from(read_yaml(FILE))
