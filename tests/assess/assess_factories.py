"""Small signal factories for assessment tests."""

from __future__ import annotations

from datetime import UTC, datetime

from knowable.model import Signal


def day(year: int, month: int = 1, d: int = 1) -> datetime:
    return datetime(year, month, d, tzinfo=UTC)


def sig(
    indicator: str,
    when: datetime | None,
    strength: float = 0.8,
    subject: str = "acct-1",
    stage: str | None = None,
    ref: str = "",
) -> Signal:
    details = {"stage": stage} if stage else {}
    return Signal(
        subject,
        indicator,
        strength,
        when,
        "test",
        "1",
        record_id=f"r-{indicator}-{when}-{ref}",
        details=details,
    )


def reading(
    indicator: str,
    when: datetime,
    strength: float,
    record: str,
    method: str,
    model_score: float | None = None,
) -> Signal:
    """One method's reading of CRM record ``record`` (``details["reading_of"]``), so that
    readings of one record by several methods count once; ``model_score``: the
    relationship model's score of the record, as a rule signal carries it."""
    scored = {"model_score": model_score} if model_score is not None else {}
    return Signal(
        "acct-1",
        indicator,
        strength,
        when,
        "test",
        "1",
        record_id=record,
        details={"reading_of": f"record|{record}", "reading": method, **scored},
    )


def moved(signal: Signal, when: datetime, record_id: str | None = None) -> Signal:
    """``signal`` observed at ``when`` (a new signal: its id is worked out again)."""
    return Signal(
        signal.subject_key,
        signal.indicator,
        signal.strength,
        when,
        signal.detector,
        signal.detector_version,
        record_id=signal.record_id if record_id is None else record_id,
        details=signal.details,
    )
