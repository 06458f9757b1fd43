"""Read what a dossier needs from the store (the I/O edge of the report)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from knowable.catalogue.policy import Policy
from knowable.errors import InputError, NotFoundError
from knowable.jobs.assess import people_of
from knowable.model import Record, Signal, Subject
from knowable.report.dossier import DossierData, build_dossier
from knowable.store import Store


def resolve_subject(store: Store, text: str) -> Subject:
    """A subject by key, or by a name fragment that matches exactly one customer."""
    try:
        return store.subject(text)
    except NotFoundError:
        pass
    found = [s for s in store.find_subjects(text) if s.schema != "Person"]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFoundError(f"no customer matches {text!r}")
    names = ", ".join(f"{s.name} ({s.key})" for s in found[:5])
    raise NotFoundError(f"{text!r} matches {len(found)} customers: {names}; give the key")


def subject_material(
    store: Store, subject: Subject
) -> tuple[list[Signal], list[Record], frozenset[str], bool]:
    """The subject's signals, the records behind them and its CRM records, its people,
    and whether any completed screening covered it."""
    related = frozenset(people_of(store).get(subject.key, ()))
    keys = [subject.key, *sorted(related)]
    signals = [s for key in keys for s in store.signals(subject_key=key)]
    records: dict[str, Record] = {}
    for key in keys:
        for record in store.records(subject_key=key, all_versions=True):
            records[record.id] = record
    for signal in signals:
        for record_id in {e.record_id for e in signal.evidence} | {signal.record_id or ""}:
            if record_id and record_id not in records:
                try:
                    records[record_id] = store.record(record_id)
                except NotFoundError:
                    continue
    screened = store.screened()
    covered = any(key in screened for key in keys)
    return signals, list(records.values()), related, covered


def dossier_from_store(
    store: Store, subject: Subject, policy: Policy, as_of: datetime
) -> DossierData:
    """Build the dossier of ``subject`` as of ``as_of`` from stored signals and records."""
    signals, records, related, covered = subject_material(store, subject)
    return build_dossier(subject, signals, records, policy, as_of, covered, related)


def report_file_name(key: str, suffix: str) -> str:
    """A file name for a subject's report that cannot leave the reports folder: a CRM key
    such as ``../../x`` or one with a slash keeps only letters, digits, ``.``, ``-``, ``_``."""
    stem = re.sub(r"[^A-Za-z0-9._-]", "_", key).lstrip(".") or "subject"
    return f"{stem[:120]}{suffix}"


def evidence_path(dossier: Path) -> Path:
    """Where the evidence attachment of a dossier file goes: beside it, ``.evidence.csv``."""
    return dossier.with_name(f"{dossier.stem}.evidence.csv")


def write_dossier(
    store: Store,
    subject: Subject,
    policy: Policy,
    as_of: datetime,
    path: Path,
    fmt: str = "html",
    actor: str = "cli",
) -> DossierData:
    """Build, render and write one dossier; record an audit event for it."""
    from knowable.report.render import FORMATS, evidence_csv, to_html, to_json, to_pdf
    from knowable.timeutil import utcnow

    if fmt not in FORMATS:
        raise InputError(
            f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", field="--format"
        )
    data = dossier_from_store(store, subject, policy, as_of)
    stamp = utcnow().isoformat(timespec="seconds")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        path.write_text(evidence_csv(data), encoding="utf-8")
        attachment = path
    elif fmt == "pdf":
        path.write_bytes(to_pdf(data, stamp))
    elif fmt == "json":
        path.write_text(to_json(data, stamp), encoding="utf-8")
    else:
        path.write_text(to_html(data, stamp), encoding="utf-8")
    if fmt != "csv":
        # The dossier prints this attachment's sha256; it goes beside the dossier.
        attachment = evidence_path(path)
        attachment.write_text(evidence_csv(data), encoding="utf-8")
    store.append_audit(
        actor,
        "report",
        "subject",
        subject.key,
        {
            "as_of": data.as_of,
            "format": fmt,
            "path": str(path),
            "evidence": str(attachment),
            "policy_hash": policy.sha256,
            "score": data.score,
            "band": data.band,
        },
    )
    return data
