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
from knowable.store.rowhash import KEY_COLUMNS, digest, row_hash, row_ref
from knowable.store.versions import version_line, versions_digest
from knowable.timeutil import as_utc, utcnow

GENESIS = "0" * 64

#: The payload key under which an audit event names the rows it wrote and their hashes
#: (``{"table/key": row_hash}``); the latest event naming a row fixes what it must hold.
ROWS_KEY = "rows"


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


# Which audit actions carry which payload digest over which table's rows, grouped by
# which column.
_DIGESTS: tuple[tuple[str, str, str, str], ...] = (
    ("ingest", "digest", "records", "batch_id"),
    ("ingest", "quarantine_digest", "quarantine", "batch_id"),
    ("screen", "digest", "signals", "run_id"),
    ("assess", "digest", "assessments", "run_id"),
    ("list_update", "changes_digest", "list_changes", "version_id"),
)

#: Tables whose rows audit events name one by one (``ROWS_KEY``).
_NAMED_TABLES = frozenset(
    {"subjects", "cases", "case_events", "alerts", "users", "api_tokens", "list_versions"}
)

#: Tables whose every row must carry a row hash that verify recomputes.
_HASHED_TABLES: tuple[tuple[str, str | None], ...] = (
    ("records", "batch_id"),
    ("signals", "run_id"),
    ("assessments", "run_id"),
    ("quarantine", "batch_id"),
    ("subjects", None),
    ("cases", None),
    ("case_events", None),
    ("alerts", None),
    ("users", None),
    ("api_tokens", None),
    ("list_versions", None),
    ("list_changes", "version_id"),
)


def verify(conn: Connection) -> VerifyResult:
    """Recompute the chain and every row hash; report the first break and all others."""
    result = VerifyResult()
    prev = GENESIS
    digests: dict[tuple[str, int], tuple[int, str]] = {}
    versions: dict[int, tuple[int, str]] = {}
    latest: dict[str, tuple[int, str]] = {}
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
        payload = row.payload if isinstance(row.payload, dict) else {}
        for action, key, table_name, _group in _DIGESTS:
            if row.action == action and key in payload:
                digests[(table_name, int(row.entity_id))] = (row.seq, str(payload[key]))
        named = payload.get(ROWS_KEY)
        if isinstance(named, dict):
            for ref, hashed in named.items():
                latest[str(ref)] = (row.seq, str(hashed))
        if (
            row.action == "ingest"
            and isinstance(row.payload, dict)
            and "versions_digest" in row.payload
        ):
            versions[int(row.entity_id)] = (row.seq, str(row.payload["versions_digest"]))
    head = conn.execute(select(t.audit_head).where(t.audit_head.c.id == 1)).one_or_none()
    if head is not None and head.hash != prev:
        result.problems.append("audit chain head does not match the last event (events removed?)")
    stored = _verify_rows(conn, result, digests)
    _verify_named_rows(result, latest, stored)
    _verify_versions(conn, result, versions)
    _verify_cases(conn, result)
    return result


def _verify_named_rows(
    result: VerifyResult, latest: dict[str, tuple[int, str]], stored: dict[str, str | None]
) -> None:
    """Every row an audit event named still exists and holds what the latest one recorded."""
    for ref, (seq, expected) in sorted(latest.items()):
        table_name = ref.split("/", 1)[0]
        if table_name not in _NAMED_TABLES:
            continue
        if ref not in stored:
            result.problems.append(
                f"{ref}: written by audit event #{seq} but no longer in the store (deleted)"
            )
        elif stored[ref] != expected:
            result.problems.append(
                f"{ref}: does not match the row hash recorded in audit event #{seq} "
                "(changed or replaced after it was written)"
            )


#: Case events that settle a case's disposition, and which case states they lead to.
_SETTLING = {"proposed", "decided", "proposal_refused", "reopened"}


def _verify_cases(conn: Connection, result: VerifyResult) -> None:
    """Each case row agrees with its events: a decided or proposed case's disposition and
    reviewer are those of its last settling event, and no case events outlive their case."""
    last: dict[str, Any] = {}
    keys_with_events: set[str] = set()
    for ev in conn.execute(select(t.case_events).order_by(t.case_events.c.id)):
        keys_with_events.add(ev.case_key)
        if ev.kind in _SETTLING:
            last[ev.case_key] = ev
    case_keys: set[str] = set()
    for case in conn.execute(select(t.cases)):
        if case.key is None:
            continue
        case_keys.add(case.key)
        if case.state not in ("decided", "awaiting_approval"):
            continue
        settling = last.get(case.key)
        wanted = "decided" if case.state == "decided" else "proposed"
        if settling is None or settling.kind != wanted:
            result.problems.append(
                f"case {case.key}: is {case.state} but its last settling event is "
                f"{settling.kind if settling is not None else 'missing'}"
            )
            continue
        details = settling.details if isinstance(settling.details, dict) else {}
        reviewer = details.get("proposed_by") if "proposed_by" in details else settling.actor
        if details.get("disposition") != case.disposition or reviewer != case.reviewer:
            result.problems.append(
                f"case {case.key}: disposition {case.disposition!r} by {case.reviewer!r} "
                f"does not match its {settling.kind} event #{settling.id} "
                f"({details.get('disposition')!r} by {reviewer!r})"
            )
    for key in sorted(keys_with_events - case_keys):
        result.problems.append(f"case {key}: has case events but the case row is gone (deleted)")
    for row in conn.execute(select(t.alerts.c.id, t.alerts.c.case_key)):
        if row.case_key not in case_keys:
            result.problems.append(f"alert {row.id}: its case {row.case_key} is gone (deleted)")


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
) -> dict[str, str | None]:
    """Recompute every row hash and group digest; return each row's stored hash by ref."""
    stored: dict[str, str | None] = {}
    for table_name, group_col in _HASHED_TABLES:
        table = t.metadata.tables[table_name]
        key_col = KEY_COLUMNS[table_name]
        groups: dict[int, list[str]] = defaultdict(list)
        for row in conn.execute(select(table)):
            result.rows_checked += 1
            mapping = row._asdict()
            ident = mapping.get(key_col)
            if group_col is None:  # rows that audit events name one by one
                stored[row_ref(table_name, ident)] = mapping["row_hash"]
            computed = row_hash(table_name, mapping)
            if mapping["row_hash"] is None:
                result.problems.append(f"{table_name} row {ident}: has no row hash")
            elif computed != mapping["row_hash"]:
                result.problems.append(
                    f"{table_name} row {ident}: content was changed after it was stored"
                )
            group = mapping.get(group_col) if group_col else None
            if group is not None:
                groups[int(group)].append(computed)
        if group_col is None:
            continue
        for (tname, group), (seq, expected) in digests.items():
            if tname != table_name:
                continue
            if digest(groups.get(group, [])) != expected:
                result.problems.append(
                    f"{table_name} written by {group_col} {group} no longer match the digest "
                    f"recorded in audit event #{seq} (rows added, removed or changed)"
                )
    return stored
