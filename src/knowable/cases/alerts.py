"""When an alert opens, how grave it is, and by when someone must look at it.

Two rules open alerts: an assessment *entering* a band that needs a person (the bands
policy.yml marks with ``alert``; moving up from one such band to a higher one counts as
entering), judged against
the last band the case system has seen for the subject (none for a subject it never saw), and a new
signal of an indicator the catalogue marks ``grave`` (a conviction, a seizure, a sanctions
match), which opens an alert on its own whatever the score.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import lru_cache

from knowable.cases.facts import SignalFacts
from knowable.catalogue import indicators
from knowable.catalogue.policy import Policy, bundled_policy, score_text
from knowable.hashing import content_hash
from knowable.model import Assessment


class Severity(StrEnum):
    """How urgent an alert or case is; the most urgent alert sets the case's due date."""

    GRAVE = "grave"
    ESCALATE = "escalate"
    REVIEW = "review"


#: Time allowed from opening to a decision, by severity.
DUE_AFTER = {
    Severity.GRAVE: timedelta(days=1),
    Severity.ESCALATE: timedelta(days=2),
    Severity.REVIEW: timedelta(days=7),
}
SEVERITY_RANK = {Severity.GRAVE: 0, Severity.ESCALATE: 1, Severity.REVIEW: 2}


def more_urgent(a: Severity, b: Severity) -> Severity:
    """The more urgent of two severities."""
    return a if SEVERITY_RANK[a] <= SEVERITY_RANK[b] else b


@dataclass(frozen=True, slots=True)
class Alert:
    """One reason a person must look at a subject. Grouped into the subject's case."""

    subject_key: str
    kind: str  # "band" | "grave_signal"
    severity: Severity
    opened_at: datetime
    band: str | None = None
    signal_id: str | None = None
    indicator: str | None = None
    detail: str = ""

    @property
    def id(self) -> str:
        """Stable id: the same band entry or the same grave signal never alerts twice."""
        at = self.opened_at if self.kind == "band" else None
        # The offset too: equal instants in different offsets are equal keys, not equal ids.
        offset = at.utcoffset() if at is not None else None
        return _alert_id(self.subject_key, self.kind, self.band, self.signal_id, at, offset)

    @property
    def due_at(self) -> datetime:
        return self.opened_at + DUE_AFTER[self.severity]


@lru_cache(maxsize=65536)
def _alert_id(
    subject_key: str,
    kind: str,
    band: str | None,
    signal_id: str | None,
    at: datetime | None,
    offset: timedelta | None,
) -> str:
    """:attr:`Alert.id`, remembered: a scan asks each alert's id several times."""
    del offset  # part of the cache key only
    return content_hash(
        {"subject": subject_key, "kind": kind, "band": band, "signal": signal_id, "at": at}
    )


def band_alert(
    previous_band: str | None, assessment: Assessment, policy: Policy | None = None
) -> Alert | None:
    """An alert when ``assessment`` enters an alerting band from a lower one, else None.

    ``previous_band`` is the last band the case system has seen for the subject (its case's
    band), or None when it has none: then any alerting band counts as entering. Which bands
    alert, in which order and how urgently is the policy's (``bands`` in policy.yml).
    """
    policy = policy or bundled_policy()
    band = assessment.band
    spec = policy.band_spec(band)
    if spec is None or spec.alert is None:
        return None
    if policy.band_rank(band) <= policy.band_rank(previous_band):
        return None
    severity = Severity(spec.alert)
    return Alert(
        subject_key=assessment.subject_key,
        kind="band",
        severity=severity,
        opened_at=assessment.as_of,
        band=band,
        detail=f"score {score_text(assessment.score)} entered band {band}"
        + (f" (was {previous_band})" if previous_band else ""),
    )


def grave_alerts(
    signals: Iterable[SignalFacts],
    known_ids: Iterable[str],
    now: datetime,
    subject_key: str | None = None,
    names: Mapping[str, str] | None = None,
) -> list[Alert]:
    """Alerts for signals not seen before whose indicator is marked ``grave``.

    With ``subject_key`` the alerts belong to that subject's case (a customer), also for
    signals about its people; such an alert names the person (``names``: key -> name).
    """
    known = set(known_ids)
    catalogue = indicators()
    alerts: dict[str, Alert] = {}
    for signal in signals:
        spec = catalogue.get(signal.indicator)
        if signal.id in known or spec is None or not spec.spec.grave:
            continue
        owner = subject_key or signal.subject_key
        detail = f"{signal.indicator}: {spec.spec.title}"
        if signal.subject_key != owner:
            who = (names or {}).get(signal.subject_key, signal.subject_key)
            detail += f" (about {who}, person {signal.subject_key})"
        alert = Alert(
            subject_key=owner,
            kind="grave_signal",
            severity=Severity.GRAVE,
            opened_at=now,
            signal_id=signal.id,
            indicator=signal.indicator,
            detail=detail,
        )
        alerts[alert.id] = alert
    return list(alerts.values())
