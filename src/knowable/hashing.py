"""Canonical JSON and content hashes: the basis of idempotent ingest and the audit chain.

Two canonical forms exist. Form 1 (:func:`canonical_json`) is Python's ``json.dumps`` with
sorted keys and no whitespace: every audit event and row hash written before migration
0017 used it, and record identities (the content hash that makes ingest idempotent) still
do. Form 2 is RFC 8785 (:mod:`knowable.jcs`), which any language can reproduce: audit
events and row hashes written since 0017 use it and say so in their ``hash_version``.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from json.encoder import encode_basestring
from typing import Any

import orjson

from knowable import jcs

#: The canonical forms a hash can have been taken over (``hash_version`` columns).
LEGACY_FORM = 1  # json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
JCS_FORM = 2  # RFC 8785
CURRENT_FORM = JCS_FORM
FORMS = (LEGACY_FORM, JCS_FORM)


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


def canonical(value: Any, form: int) -> str:
    """The canonical JSON of ``value`` in the given form (1: legacy, 2: RFC 8785)."""
    if form == JCS_FORM:
        return jcs.dumps(value)
    if form == LEGACY_FORM:
        return _encode(value)
    raise ValueError(f"unknown canonical form {form!r}")


def form_of(stored: object) -> int:
    """The canonical form a stored ``hash_version`` names (empty: the legacy form)."""
    return LEGACY_FORM if stored is None else int(str(stored))


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


def content_hash(value: Any, form: int = LEGACY_FORM) -> str:
    """Hash of the canonical JSON of ``value`` (the legacy form unless told)."""
    return sha256_hex(canonical(value, form))


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
