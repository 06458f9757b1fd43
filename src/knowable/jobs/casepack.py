"""The case pack: one ZIP per case for counsel or a report to the authorities.

It holds the dossier (PDF when WeasyPrint is installed, and always HTML), the evidence
attachment (CSV), the case with its alerts and history (JSON), and the audit proof: every
audit event about the case or its customer in full, and for every other event from the
first of them to the current head only its sequence number and hashes. A reader checks
the proof without the store: each full event's hash is SHA-256 of the previous hash
joined to the event's canonical JSON, and each event's ``prev_hash`` is the hash of the
event before it, up to the head. ``MANIFEST.json`` lists the sha256 of every file.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from knowable.catalogue.policy import Policy
from knowable.errors import ConfigError
from knowable.hashing import canonical_json, form_of
from knowable.store import Store
from knowable.store import schema as t
from knowable.store.audit import event_hash
from knowable.timeutil import as_utc, utcnow

PACK_VERSION = "1"


@dataclass(frozen=True)
class PackSummary:
    case_id: str
    subject_key: str
    files: dict[str, str]  # name -> sha256
    head_seq: int
    head_hash: str
    pdf: bool


def _audit_proof(store: Store, case_id: str, subject_key: str) -> list[dict[str, Any]]:
    """Full events about the case or customer; hashes only for the others, to the head."""
    e = t.audit_events.c
    with store.read() as conn:
        rows = conn.execute(select(t.audit_events).order_by(e.seq)).all()
    mine = {
        r.seq
        for r in rows
        if (r.entity_type == "case" and r.entity_id == case_id)
        or (r.entity_type == "subject" and r.entity_id == subject_key)
    }
    if not mine:
        return []
    first = min(mine)
    out: list[dict[str, Any]] = []
    for r in rows:
        if r.seq < first:
            continue
        item: dict[str, Any] = {
            "seq": r.seq,
            "prev_hash": r.prev_hash,
            "hash": r.hash,
            "hash_version": form_of(r.hash_version),
        }
        if r.seq in mine:
            item["body"] = {
                "seq": r.seq,
                "at": as_utc(r.at).isoformat(),
                "actor": r.actor,
                "action": r.action,
                "entity_type": r.entity_type,
                "entity_id": r.entity_id,
                "payload": dict(r.payload),
            }
        out.append(item)
    return out


def verify_proof(proof: list[Mapping[str, Any]]) -> list[str]:
    """Problems with an audit proof (empty when it holds): links and full events' hashes."""
    problems: list[str] = []
    previous: str | None = None
    for item in proof:
        if previous is not None and item["prev_hash"] != previous:
            problems.append(f"event {item['seq']}: prev_hash does not link to event before it")
        body = item.get("body")
        form = form_of(item.get("hash_version"))  # packs made before 0017 carry none
        if body is not None and event_hash(str(item["prev_hash"]), body, form) != item["hash"]:
            problems.append(f"event {item['seq']}: hash does not match its content")
        previous = str(item["hash"])
    return problems


def build_case_pack(
    store: Store,
    case_id: str,
    policy: Policy,
    actor: str,
    as_of: datetime | None = None,
    pdf: bool = True,
) -> tuple[bytes, PackSummary]:
    """The ZIP of one case (see module docstring) and a summary of what went in."""
    from knowable.cases.repository import CaseRepository
    from knowable.jobs.report import dossier_from_store
    from knowable.report.render import evidence_csv, to_html, to_json

    repo = CaseRepository(store)
    case = repo.case(case_id)
    subject = store.subject(case.subject_key)
    when = as_of or utcnow()
    data = dossier_from_store(store, subject, policy, when)
    stamp = utcnow().isoformat(timespec="seconds")
    files: dict[str, bytes] = {
        "dossier.html": to_html(data, stamp).encode("utf-8"),
        "dossier.json": to_json(data, stamp).encode("utf-8"),
        "evidence.csv": evidence_csv(data).encode("utf-8"),
    }
    made_pdf = False
    if pdf:
        try:
            from knowable.report.render import to_pdf

            files["dossier.pdf"] = to_pdf(data, stamp)
            made_pdf = True
        except ConfigError:  # WeasyPrint missing: the manifest says so; the HTML is there
            made_pdf = False
    case_body = {
        "id": case.id,
        "subject_key": case.subject_key,
        "subject_name": subject.name,
        "state": case.state.value,
        "severity": case.severity.value,
        "band": case.band,
        "assignee": case.assignee,
        "disposition": case.disposition.value if case.disposition else None,
        "decided_by": case.decided_by,
        "decided_at": case.decided_at.isoformat() if case.decided_at else None,
        "reason": case.reason,
        "evidence_hash": case.evidence_hash,
        "alerts": [
            {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in a.items()}
            for a in repo.alerts(case.id)
        ],
        "events": [
            {
                "at": e.event.at.isoformat(),
                "kind": e.event.kind,
                "actor": e.event.actor,
                "details": dict(e.event.details),
            }
            for e in repo.events(case.id)
        ],
    }
    files["case.json"] = (canonical_json(case_body) + "\n").encode("utf-8")
    proof = _audit_proof(store, case.id, case.subject_key)
    files["audit-proof.jsonl"] = "".join(
        json.dumps(p, sort_keys=True) + "\n" for p in proof
    ).encode("utf-8")
    head_seq, head_hash = (proof[-1]["seq"], proof[-1]["hash"]) if proof else (0, "")
    digests = {name: hashlib.sha256(body).hexdigest() for name, body in sorted(files.items())}
    manifest = {
        "pack_version": PACK_VERSION,
        "case_id": case.id,
        "subject_key": case.subject_key,
        "as_of": data.as_of,
        "generated_at": stamp,
        "policy_version": policy.version,
        "policy_sha256": policy.sha256,
        "audit_head": {"seq": head_seq, "hash": head_hash},
        "pdf": made_pdf,
        "files": digests,
        "how_to_verify": (
            "sha256 of each file equals files[name]; in audit-proof.jsonl each event's "
            "prev_hash equals the hash of the line before it, and for lines with a body, "
            "hash = sha256(prev_hash + canonical JSON of body) (keys sorted, no spaces, UTF-8)."
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as pack:
        for name, body in sorted(files.items()):
            pack.writestr(name, body)
        pack.writestr("MANIFEST.json", json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    store.append_audit(
        actor,
        "case.export",
        "case",
        case.id,
        {"files": digests, "audit_head": head_seq},
    )
    return buffer.getvalue(), PackSummary(
        case.id, case.subject_key, digests, int(head_seq), str(head_hash), made_pdf
    )
