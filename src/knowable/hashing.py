"""Canonical JSON and content hashes: the basis of idempotent ingest and the audit chain."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from json.encoder import encode_basestring
from typing import Any

import orjson


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"cannot hash value of type {type(value).__name__}")


_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default
)
_encode = _ENCODER.encode


def canonical_json(value: Any) -> str:
    """Serialise ``value`` deterministically: sorted keys, no whitespace, UTF-8 kept."""
    return _encode(value)


def canonical_str_map(value: dict[str, Any]) -> str:
    """:func:`canonical_json` of a dict, through orjson when every key and value is a string
    (a CRM row's payload): for such a dict orjson writes exactly the same text (keys in
    code-point order, the same escapes, UTF-8 kept), several times faster. Anything
    else (numbers, whose text orjson writes differently, nested values, strings that
    are not valid Unicode) goes through :func:`canonical_json`.
    """
    for key, item in value.items():
        if type(key) is not str or type(item) is not str:
            return _encode(value)
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")
    except TypeError:  # a lone surrogate: the general encoder says what it says
        return _encode(value)


def sha256_hex(text: str) -> str:
    """Hex SHA-256 of a UTF-8 string."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_hash(value: Any) -> str:
    """Hash of the canonical JSON form of ``value``."""
    return sha256_hex(canonical_json(value))


def record_key_json(source: str, kind: str, external_id: str | None, payload_json: str) -> str:
    """The canonical JSON of a record's identity, from its payload's canonical JSON.

    Equal to ``canonical_json({"source", "kind", "external_id", "payload"})`` (the keys
    in sorted order), without serialising the payload a second time.
    """
    return (
        f'{{"external_id":{_text_json(external_id)},"kind":{_text_json(kind)},'
        f'"payload":{payload_json},"source":{_text_json(source)}}}'
    )


def _text_json(value: str | None) -> str:
    """:func:`canonical_json` of a string or None, without the general encoder."""
    if value is None:
        return "null"
    if type(value) is str:
        return encode_basestring(value)
    return _encode(value)
