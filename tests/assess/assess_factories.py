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
