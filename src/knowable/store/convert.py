"""Mapping between the vocabulary's dataclasses and table rows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from knowable.model import (
    Assessment,
    Contribution,
    Evidence,
    Explanation,
    Quarantined,
    Record,
    Signal,
    Subject,
)
from knowable.store.versions import org_of_key
from knowable.timeutil import as_utc


def _dt(value: Any) -> Any:
    return as_utc(value) if value is not None else None


def subject_to_row(subject: Subject) -> dict[str, Any]:
    return {
        "key": subject.key,
        "schema": subject.schema,
        "name": subject.name,
        "aliases": list(subject.aliases),
        "domains": list(subject.domains),
        "countries": list(subject.countries),
        "identifiers": list(subject.identifiers),
        "addresses": list(subject.addresses),
        "birth_dates": list(subject.birth_dates),
        "parent_key": subject.parent_key,
        "properties": dict(subject.properties),
        "source": subject.source,
        "fingerprint": subject.fingerprint(),
    }


def row_to_subject(row: Mapping[Any, Any]) -> Subject:
    return Subject(
        key=row["key"],
        schema=row["schema"],
        name=row["name"],
        aliases=tuple(row["aliases"]),
        domains=tuple(row["domains"]),
        countries=tuple(row["countries"]),
        identifiers=tuple(row["identifiers"]),
        addresses=tuple(row["addresses"]),
        birth_dates=tuple(row["birth_dates"]),
        parent_key=row["parent_key"],
        properties=dict(row["properties"]),
        source=row["source"],
    )


def record_to_row(record: Record, batch_id: int) -> dict[str, Any]:
    return {
        "id": record.id,
        "source": record.source,
        "kind": record.kind,
        "external_id": record.external_id,
        "subject_key": record.subject_key,
        "available_at": _dt(record.available_at),
        "origin": record.origin,
        "payload": dict(record.payload),
        "text": record.text,
        "batch_id": batch_id,
        "org": org_of_key(record.external_id or "") if record.entity_key else None,
        "entity_key": record.entity_key,
        "valid_from": _dt(record.valid_from),
        "deleted": record.deleted if record.entity_key else None,
    }


def row_to_record(row: Mapping[Any, Any]) -> Record:
    return Record(
        id=row["id"],
        source=row["source"],
        kind=row["kind"],
        external_id=row["external_id"],
        subject_key=row["subject_key"],
        available_at=_dt(row["available_at"]),
        origin=row["origin"],
        payload=dict(row["payload"]),
        text=row["text"],
        ingested_at=_dt(row["ingested_at"]),
        entity_key=row.get("entity_key"),
        valid_from=_dt(row.get("valid_from")),
        deleted=bool(row.get("deleted")),
    )


def quarantined_to_row(item: Quarantined, batch_id: int) -> dict[str, Any]:
    return {
        "batch_id": batch_id,
        "source": item.source,
        "file": item.file,
        "line": item.line,
        "field": item.field,
        "reason": item.reason,
        "raw": item.raw,
    }


def signal_to_row(signal: Signal, run_id: int) -> dict[str, Any]:
    return {
        "id": signal.id,
        "subject_key": signal.subject_key,
        "indicator": signal.indicator,
        "strength": float(signal.strength),
        "observed_at": _dt(signal.observed_at),
        "detector": signal.detector,
        "detector_version": signal.detector_version,
        "record_id": signal.record_id,
        "evidence": [e.as_dict() for e in signal.evidence],
        "details": dict(signal.details),
        "explanation": signal.explanation.as_dict() if signal.explanation else None,
        "run_id": run_id,
    }


def row_to_signal(row: Mapping[Any, Any]) -> Signal:
    return Signal(
        id=row["id"],
        subject_key=row["subject_key"],
        indicator=row["indicator"],
        strength=float(row["strength"]),
        observed_at=_dt(row["observed_at"]),
        detector=row["detector"],
        detector_version=row["detector_version"],
        record_id=row["record_id"],
        evidence=tuple(Evidence.from_dict(e) for e in row["evidence"]),
        details=dict(row["details"]),
        explanation=Explanation.from_dict(row["explanation"]) if row.get("explanation") else None,
    )


def assessment_to_row(item: Assessment, run_id: int | None) -> dict[str, Any]:
    return {
        "subject_key": item.subject_key,
        "as_of": _dt(item.as_of),
        "score": float(item.score),
        "band": item.band,
        "policy_version": item.policy_version,
        "policy_hash": item.policy_hash,
        "knowable_since": _dt(item.knowable_since),
        "contributions": [
            {
                "signal_id": c.signal_id,
                "indicator": c.indicator,
                "family": c.family,
                "weight": c.weight,
                "value": c.value,
                "note": c.note,
            }
            for c in item.contributions
        ],
        "screened": item.screened,
        "run_id": run_id,
    }


def row_to_assessment(row: Mapping[Any, Any]) -> Assessment:
    return Assessment(
        subject_key=row["subject_key"],
        as_of=as_utc(row["as_of"]),
        score=float(row["score"]),
        band=row["band"],
        policy_version=row["policy_version"],
        policy_hash=row["policy_hash"],
        contributions=tuple(Contribution(**c) for c in row["contributions"]),
        knowable_since=_dt(row["knowable_since"]),
        screened=bool(row["screened"]),
    )
