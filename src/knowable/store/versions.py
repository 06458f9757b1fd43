"""Record versions in the store: the derived version columns and the versions digest.

A CRM record's identity (``entity_key``: object and org-qualified Salesforce Id), its
org, the date its version took effect (``valid_from``) and whether it is a deletion are
derived from the hashed columns (kind, external id, payload) when it is ingested; the
audit event of each ingest batch carries ``versions_digest`` over them, which
``knowable audit verify`` recomputes. Which version is in force on a date is decided by
:func:`knowable.model.in_force` (in Python) and :meth:`Store.records` (in the store).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from knowable.model import Record
from knowable.sources.crmfields import is_deleted, valid_from
from knowable.sources.salesforce import DEFAULT_ORG, entity_key
from knowable.store.rowhash import digest
from knowable.timeutil import as_utc


def org_of_key(key: str) -> str:
    """The org of a stored key: the part before the first ``/``, else the default org."""
    return key.split("/", 1)[0] if "/" in key else DEFAULT_ORG


def version_columns(kind: str, external_id: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """The version columns of a CRM record, from its object, key and payload."""
    values = dict(payload)
    return {
        "org": org_of_key(external_id),
        "entity_key": entity_key(kind, external_id),
        "valid_from": valid_from(values),
        "deleted": is_deleted(values),
    }


def version_line(entity: str, record_id: str, valid: datetime | None, deleted: bool | None) -> str:
    """One version as the versions digest sees it."""
    when = as_utc(valid).isoformat() if valid is not None else "-"
    return f"{entity}|{record_id}|{when}|{'deleted' if deleted else 'live'}"


def versions_digest(lines: Iterable[str]) -> str:
    """Order-independent digest of a batch's version lines."""
    return digest(lines)


def record_version_line(record: Record) -> str | None:
    if record.entity_key is None:
        return None
    return version_line(record.entity_key, record.id, record.valid_from, record.deleted)
