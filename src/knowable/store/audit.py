"""The hash-chained audit trail: append under a lock, verify by recomputation.

Each event's hash is SHA-256 of the previous hash joined to the canonical JSON of the
event (sequence number, time, actor, action, entity and payload). ``verify`` walks the
chain and then re-derives every content row's hash and every batch or run digest, so a
row edited, added or removed behind the store's back names the first event it breaks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from knowable.hashing import canonical_json, sha256_hex
from knowable.model import AuditEvent
from knowable.store import schema as t
from knowable.store.rowhash import digest, row_hash
from knowable.store.versions import version_line, versions_digest
from knowable.timeutil import as_utc, utcnow

GENESIS = "0" * 64


def event_hash(prev_hash: str, body: Mapping[str, Any]) -> str:
    """Hash of an event given the previous hash and the event body."""
    return sha256_hex(prev_hash + canonical_json(body))


def _body(
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    etype: str,
    eid: str,
    payload: Mapping[str, Any],
) -> dict[str, Any]:
    return {
        "seq": seq,
        "at": as_utc(at).isoformat(),
        "actor": actor,
        "action": action,
        "entity_type": etype,
        "entity_id": eid,
        "payload": dict(payload),
    }


def append(
    conn: Connection,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    payload: Mapping[str, Any],
) -> AuditEvent:
    """Append one event inside the caller's write transaction.

    The chain head row is read ``FOR UPDATE`` so concurrent PostgreSQL writers queue on
    it; on SQLite the write transaction (BEGIN IMMEDIATE) already excludes other writers.
    """
    head = conn.execute(
        select(t.audit_head.c.seq, t.audit_head.c.hash)
        .where(t.audit_head.c.id == 1)
        .with_for_update()
    ).one()
    seq = int(head.seq) + 1
    at = utcnow()
    body = _body(seq, at, actor, action, entity_type, entity_id, payload)
    # Round-trip the payload through canonical JSON so what is hashed is what is stored.
    stored_payload = body["payload"]
    digest_ = event_hash(head.hash, body)
    conn.execute(
        t.audit_events.insert().values(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            payload=stored_payload,
            prev_hash=head.hash,
            hash=digest_,
        )
    )
    conn.execute(update(t.audit_head).where(t.audit_head.c.id == 1).values(seq=seq, hash=digest_))
    return AuditEvent(
        seq, at, actor, action, entity_type, entity_id, stored_payload, head.hash, digest_
    )


@dataclass
class VerifyResult:
    """Outcome of ``verify``: ok, how many events, and every problem found (first first)."""

    events: int = 0
    rows_checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# Which audit actions carry a digest over which table's rows, grouped by which column.
_DIGESTS = {
    "ingest": ("records", "batch_id"),
    "screen": ("signals", "run_id"),
    "assess": ("assessments", "run_id"),
}


def verify(conn: Connection) -> VerifyResult:
    """Recompute the chain and every row hash; report the first break and all others."""
    result = VerifyResult()
    prev = GENESIS
    digests: dict[tuple[str, int], tuple[int, str]] = {}
    versions: dict[int, tuple[int, str]] = {}
    for row in conn.execute(select(t.audit_events).order_by(t.audit_events.c.seq)):
        result.events += 1
        body = _body(
            row.seq, row.at, row.actor, row.action, row.entity_type, row.entity_id, row.payload
        )
        if row.prev_hash != prev:
            result.problems.append(f"audit event #{row.seq}: previous-hash link is broken")
        if event_hash(row.prev_hash, body) != row.hash:
            result.problems.append(
                f"audit event #{row.seq} ({row.action} {row.entity_type} {row.entity_id}): "
                "content does not match its hash"
            )
        prev = row.hash
        spec = _DIGESTS.get(row.action)
        if spec and isinstance(row.payload, dict) and "digest" in row.payload:
            digests[(spec[0], int(row.entity_id))] = (row.seq, str(row.payload["digest"]))
        if (
            row.action == "ingest"
            and isinstance(row.payload, dict)
            and "versions_digest" in row.payload
        ):
            versions[int(row.entity_id)] = (row.seq, str(row.payload["versions_digest"]))
    head = conn.execute(select(t.audit_head).where(t.audit_head.c.id == 1)).one_or_none()
    if head is not None and head.hash != prev:
        result.problems.append("audit chain head does not match the last event (events removed?)")
    _verify_rows(conn, result, digests)
    _verify_versions(conn, result, versions)
    return result


def _verify_versions(
    conn: Connection, result: VerifyResult, expected: dict[int, tuple[int, str]]
) -> None:
    """Each batch's record versions (identity, valid-from, deletion) match its event."""
    if not expected:
        return
    r = t.records.c
    lines: dict[int, list[str]] = defaultdict(list)
    query = select(r.batch_id, r.entity_key, r.id, r.valid_from, r.deleted).where(
        r.entity_key.is_not(None), r.batch_id.in_(sorted(expected))
    )
    for row in conn.execute(query):
        valid = as_utc(row.valid_from) if row.valid_from is not None else None
        lines[int(row.batch_id)].append(version_line(row.entity_key, row.id, valid, row.deleted))
    for batch_id, (seq, recorded) in sorted(expected.items()):
        if versions_digest(lines.get(batch_id, [])) != recorded:
            result.problems.append(
                f"record versions written by batch_id {batch_id} no longer match the "
                f"versions digest recorded in audit event #{seq} (identity, valid-from or "
                "deletion changed)"
            )


def _verify_rows(
    conn: Connection, result: VerifyResult, digests: dict[tuple[str, int], tuple[int, str]]
) -> None:
    for table_name, group_col in (
        ("records", "batch_id"),
        ("signals", "run_id"),
        ("assessments", "run_id"),
        ("quarantine", "batch_id"),
    ):
        table = t.metadata.tables[table_name]
        groups: dict[int, list[str]] = defaultdict(list)
        for row in conn.execute(select(table)):
            result.rows_checked += 1
            mapping = row._asdict()
            computed = row_hash(table_name, mapping)
            if computed != mapping["row_hash"]:
                ident = mapping.get("id")
                result.problems.append(
                    f"{table_name} row {ident}: content was changed after it was stored"
                )
            group = mapping.get(group_col)
            if group is not None:
                groups[int(group)].append(computed)
        for (tname, group), (seq, expected) in digests.items():
            if tname != table_name:
                continue
            if digest(groups.get(group, [])) != expected:
                result.problems.append(
                    f"{table_name} written by {group_col} {group} no longer match the digest "
                    f"recorded in audit event #{seq} (rows added, removed or changed)"
                )
