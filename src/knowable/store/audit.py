"""The hash-chained audit trail: append under a lock, verify by recomputation.

Each event's hash is SHA-256 of the previous hash joined to the canonical JSON of the
event (sequence number, time, actor, action, entity and payload): RFC 8785 for events
written since migration 0017 (``hash_version`` 2), Python's sorted ``json.dumps`` for
those before (empty ``hash_version``); once the chain has moved to a form it never goes
back. ``verify`` walks the
chain and then re-derives every content row's hash and every batch or run digest, so a
row edited, added or removed behind the store's back names the first event it breaks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Integer, func, select, update

from knowable import jcs
from knowable.hashing import CURRENT_FORM, JCS_FORM, LEGACY_FORM, canonical, form_of, sha256_hex
from knowable.model import AuditEvent
from knowable.store import schema as t
from knowable.store.driverrows import insert_many
from knowable.store.rowhash import KEY_COLUMNS, digest, row_hash, row_ref
from knowable.store.versions import version_line, versions_digest
from knowable.timeutil import as_utc, utcnow

GENESIS = "0" * 64

#: The payload key under which an audit event names the rows it wrote and their hashes
#: (``{"table/key": row_hash}``); the latest event naming a row fixes what it must hold.
ROWS_KEY = "rows"


def event_hash(prev_hash: str, body: Mapping[str, Any], form: int = CURRENT_FORM) -> str:
    """Hash of an event given the previous hash, the event body and the canonical form."""
    return sha256_hex(prev_hash + canonical(body, form))


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


def body_json(
    seq: int,
    at_text: str,
    actor: str,
    action: str,
    etype: str,
    eid: str,
    payload_json: str,
) -> str:
    """The RFC 8785 text of :func:`_body` (the current form of what an event's hash
    takes), from the ISO text of its time and its payload's RFC 8785 text: its seven
    members, written in their sorted order."""
    return jcs.object_with(
        {
            "seq": seq,
            "at": at_text,
            "actor": actor,
            "action": action,
            "entity_type": etype,
            "entity_id": eid,
        },
        {"payload": payload_json},
    )


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
            hash_version=CURRENT_FORM,
        )
    )
    conn.execute(update(t.audit_head).where(t.audit_head.c.id == 1).values(seq=seq, hash=digest_))
    return AuditEvent(
        seq, at, actor, action, entity_type, entity_id, stored_payload, head.hash, digest_
    )


def append_many(
    conn: Connection,
    events: Sequence[tuple[str, str, str, str, Mapping[str, Any]]],
    written: Sequence[str] | None = None,
) -> list[AuditEvent]:
    """Append several events (actor, action, entity type, entity id, payload) in order,
    inside the caller's write transaction: the head is read once, the hashes chained in
    memory, the events inserted together and the head moved once. The chain is the one
    :func:`append` would have made event by event.

    ``written`` gives each payload's RFC 8785 text (``jcs.dumps(payload)``) when the
    caller has it already; each event's canonical body is then assembled around it
    (:func:`body_json`) rather than written again from the payload."""
    if not events:
        return []
    if written is not None and len(written) != len(events):
        raise ValueError(f"{len(events)} audit events but {len(written)} written payloads")
    head = conn.execute(
        select(t.audit_head.c.seq, t.audit_head.c.hash)
        .where(t.audit_head.c.id == 1)
        .with_for_update()
    ).one()
    seq, prev = int(head.seq), str(head.hash)
    at = utcnow()
    at_text = as_utc(at).isoformat()
    out: list[AuditEvent] = []
    rows: list[dict[str, Any]] = []
    for n, (actor, action, entity_type, entity_id, payload) in enumerate(events):
        seq += 1
        stored = dict(payload)
        text = jcs.dumps(stored) if written is None else written[n]
        digest_ = sha256_hex(
            prev + body_json(seq, at_text, actor, action, entity_type, entity_id, text)
        )
        rows.append(
            {
                "seq": seq,
                "at": at,
                "actor": actor,
                "action": action,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "payload": stored,
                "prev_hash": prev,
                "hash": digest_,
                "hash_version": JCS_FORM,  # the form body_json writes
            }
        )
        out.append(
            AuditEvent(seq, at, actor, action, entity_type, entity_id, stored, prev, digest_)
        )
        prev = digest_
    insert_many(conn, t.audit_events, rows)
    conn.execute(update(t.audit_head).where(t.audit_head.c.id == 1).values(seq=seq, hash=prev))
    return out


def export(conn: Connection) -> Iterator[dict[str, Any]]:
    """Every event, oldest first, as a verifier in another language needs it: the hashed
    body's fields (``at`` as the ISO string that was hashed), ``prev_hash``, ``hash`` and
    ``hash_version`` (1: legacy form, 2: RFC 8785)."""
    for row in conn.execute(select(t.audit_events).order_by(t.audit_events.c.seq)):
        body = _body(
            row.seq, row.at, row.actor, row.action, row.entity_type, row.entity_id, row.payload
        )
        yield {
            **body,
            "prev_hash": row.prev_hash,
            "hash": row.hash,
            "hash_version": form_of(row.hash_version),
        }


@dataclass
class VerifyResult:
    """Outcome of ``verify``: ok, how many events, and every problem found (first first).

    An incremental verify (``since``) also says how many events and rows it trusted
    without re-hashing them (those at or before the checkpoint)."""

    events: int = 0
    rows_checked: int = 0
    problems: list[str] = field(default_factory=list)
    since_seq: int | None = None
    events_skipped: int = 0
    rows_skipped: int = 0

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


@dataclass(frozen=True, slots=True)
class Since:
    """A verified point of the chain to verify from: event ``seq`` had hash ``hash``."""

    seq: int
    hash: str


def verify(conn: Connection, since: Since | None = None) -> VerifyResult:
    """Recompute the chain and every row hash; report the first break and all others.

    With ``since`` (a head a signed checkpoint vouches for) only the events after it and
    the rows they wrote are re-derived: the chain from ``since.hash`` on, the digests of
    the batches and runs those events recorded, the rows they name, the cases they
    touched. Everything at or before the checkpoint is trusted, not re-hashed; a full
    verify (the default) re-derives it all.
    """
    result = VerifyResult(since_seq=since.seq if since else None)
    prev = since.hash if since else GENESIS
    digests: dict[tuple[str, int], tuple[int, str]] = {}
    versions: dict[int, tuple[int, str]] = {}
    latest: dict[str, tuple[int, str]] = {}
    query = select(t.audit_events).order_by(t.audit_events.c.seq)
    if since is not None:
        query = query.where(t.audit_events.c.seq > since.seq)
        result.events_skipped = since.seq
    newest_form = LEGACY_FORM
    if since is not None:
        at_since = conn.execute(
            select(t.audit_events.c.hash_version).where(t.audit_events.c.seq == since.seq)
        ).scalar()
        newest_form = form_of(at_since)
    for row in conn.execute(query):
        result.events += 1
        body = _body(
            row.seq, row.at, row.actor, row.action, row.entity_type, row.entity_id, row.payload
        )
        if row.prev_hash != prev:
            result.problems.append(f"audit event #{row.seq}: previous-hash link is broken")
        form = form_of(row.hash_version)
        if form < newest_form:
            result.problems.append(
                f"audit event #{row.seq}: hashed in canonical form {form} after the chain "
                f"had moved to form {newest_form}"
            )
        newest_form = max(newest_form, form)
        if event_hash(row.prev_hash, body, form) != row.hash:
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
    if since is None:
        stored = _verify_rows(conn, result, digests)
        _verify_named_rows(result, latest, stored)
        _verify_versions(conn, result, versions)
        _verify_cases(conn, result)
        return result
    stored = _verify_rows(conn, result, digests, named=latest)
    _verify_named_rows(result, latest, stored)
    _verify_versions(conn, result, versions)
    touched = {ref.split("/", 1)[1] for ref in latest if ref.startswith("cases/")}
    _verify_cases(conn, result, touched)
    total = sum(
        int(conn.execute(select(func.count()).select_from(t.metadata.tables[name])).scalar_one())
        for name, _ in _HASHED_TABLES
    )
    result.rows_skipped = max(total - result.rows_checked, 0)
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


def _verify_cases(conn: Connection, result: VerifyResult, only: set[str] | None = None) -> None:
    """Each case row agrees with its events: a decided or proposed case's disposition and
    reviewer are those of its last settling event, and no case events outlive their case.
    With ``only``, just those cases (by key) and their alerts."""
    last: dict[str, Any] = {}
    keys_with_events: set[str] = set()
    events_query = select(t.case_events).order_by(t.case_events.c.id)
    cases_query = select(t.cases)
    alerts_query = select(t.alerts.c.id, t.alerts.c.case_key)
    if only is not None:
        if not only:
            return
        keys = sorted(only)
        events_query = events_query.where(t.case_events.c.case_key.in_(keys))
        cases_query = cases_query.where(t.cases.c.key.in_(keys))
        alerts_query = alerts_query.where(t.alerts.c.case_key.in_(keys))
    for ev in conn.execute(events_query):
        keys_with_events.add(ev.case_key)
        if ev.kind in _SETTLING:
            last[ev.case_key] = ev
    case_keys: set[str] = set()
    for case in conn.execute(cases_query):
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
    for row in conn.execute(alerts_query):
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
    conn: Connection,
    result: VerifyResult,
    digests: dict[tuple[str, int], tuple[int, str]],
    named: Mapping[str, object] | None = None,
) -> dict[str, str | None]:
    """Recompute every row hash and group digest; return each row's stored hash by ref.

    With ``named`` (an incremental verify) only the rows of the groups in ``digests`` and
    the rows ``named`` refers to are read."""
    stored: dict[str, str | None] = {}
    for table_name, group_col in _HASHED_TABLES:
        key_col = KEY_COLUMNS[table_name]
        groups: dict[int, list[str]] = defaultdict(list)
        for row in _rows(conn, table_name, group_col, digests, named):
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
        for (tname, group), (seq, expected) in sorted(digests.items()):
            if tname != table_name:
                continue
            if digest(groups.get(group, [])) != expected:
                result.problems.append(
                    f"{table_name} written by {group_col} {group} no longer match the digest "
                    f"recorded in audit event #{seq} (rows added, removed or changed)"
                )
    return stored


def _rows(
    conn: Connection,
    table_name: str,
    group_col: str | None,
    digests: Mapping[tuple[str, int], object],
    named: Mapping[str, object] | None,
) -> Iterator[Any]:
    """The rows of one table to re-hash: all, or (incrementally) those of the groups whose
    digests were recorded after the checkpoint and those named after it."""
    table = t.metadata.tables[table_name]
    if named is None:
        yield from conn.execute(select(table))
        return
    if group_col is not None:
        wanted: list[Any] = sorted(g for (name, g) in digests if name == table_name)
        column = table.c[group_col]
    else:
        prefix = f"{table_name}/"
        key_col = table.c[KEY_COLUMNS[table_name]]
        keys = [ref[len(prefix) :] for ref in named if ref.startswith(prefix)]
        wanted = [int(k) for k in keys] if isinstance(key_col.type, Integer) else keys
        column = key_col
    for start in range(0, len(wanted), 500):
        yield from conn.execute(select(table).where(column.in_(wanted[start : start + 500])))
