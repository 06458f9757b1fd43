"""Platform level: what share of a platform's listings is commercial sex, month by month.

For each platform subject and calendar month, over the listings sampled in that month:

- ``adult``: listings classified ``commercial_sex``, plus ``recruitment`` listings that
  show the recruitment indicator AD-14 (recruitment into commercial sex or exploitative
  work; an ordinary job ad does not count);
- ``indicators``: listings showing at least ``several_validated`` distinct *validated*
  indicators that may feed a business score (AD-04, stated ethnicity, never counts).

Each share comes with a 95% **Wilson score interval with continuity correction**
(Newcombe 1998, method 4): with ``p = k/n`` and ``z`` the normal quantile for the
confidence level (1.96 for 95%),

    low  = (2np + z^2 - 1 - z sqrt(z^2 - 2 - 1/n + 4p(n(1-p) + 1))) / (2(n + z^2))
    high = (2np + z^2 + 1 + z sqrt(z^2 + 2 - 1/n + 4p(n(1-p) - 1))) / (2(n + z^2))

(low = 0 when k = 0, high = 1 when k = n). It stays inside 0..1 and, unlike the
textbook normal ("Wald") interval and even the plain Wilson interval (whose exact
coverage dips to about 94.5% at some n and p), it covers the true share at least 95% of
the time: the benchmark computes its exact coverage. A month with fewer than
``min_sample`` listings is reported as "insufficient sample" with no estimate.

The trend becomes BIZ-01 signals, one per month whose adult-share interval has a lower
bound of at least ``min_lower``, dated at the end of that month (the time the month's
listings were all available), with strength equal to the lower bound: the share the data
supports with 95% confidence, not the point estimate.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from statistics import NormalDist
from typing import Any

from knowable.catalogue.content import ContentCatalogue, content_catalogue
from knowable.explain import facts_from
from knowable.model import Evidence, Explanation, Feature, Signal

DETECTOR = "content-prevalence"
DETECTOR_VERSION = "1.0"
INSUFFICIENT = "insufficient sample"
_MAX_EVIDENCE = 5


def wilson_interval(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval with continuity correction (see module docstring)."""
    if n <= 0:
        raise ValueError("n must be positive")
    if not 0 <= successes <= n:
        raise ValueError("successes must be within 0..n")
    z = NormalDist().inv_cdf(1.0 - (1.0 - confidence) / 2.0)
    p = successes / n
    z2 = z * z
    denom = 2.0 * (n + z2)
    low = 0.0
    if successes > 0:
        root = math.sqrt(max(0.0, z2 - 2.0 - 1.0 / n + 4.0 * p * (n * (1.0 - p) + 1.0)))
        low = max(0.0, (2.0 * n * p + z2 - 1.0 - z * root) / denom)
    high = 1.0
    if successes < n:
        root = math.sqrt(max(0.0, z2 + 2.0 - 1.0 / n + 4.0 * p * (n * (1.0 - p) - 1.0)))
        high = min(1.0, (2.0 * n * p + z2 + 1.0 + z * root) / denom)
    return low, high


@dataclass(frozen=True, slots=True)
class ClassifiedListing:
    """What the prevalence estimate reads of one listing."""

    record_id: str
    posted_at: datetime
    ad_type: str
    indicators: frozenset[str]
    quote: str = ""


@dataclass(frozen=True, slots=True)
class Share:
    """One share with its interval; ``None`` fields when the sample is too small."""

    count: int
    estimate: float | None
    low: float | None
    high: float | None

    def as_dict(self) -> dict[str, Any]:
        return {"count": self.count, "estimate": self.estimate, "low": self.low, "high": self.high}


@dataclass(frozen=True, slots=True)
class MonthShare:
    """A platform's month: sample size, status, shares."""

    subject_key: str
    month: date
    n: int
    status: str  # "ok" or INSUFFICIENT
    adult: Share
    indicators: Share
    examples: tuple[ClassifiedListing, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        return {
            "subject_key": self.subject_key,
            "month": self.month.strftime("%Y-%m"),
            "n": self.n,
            "status": self.status,
            "adult": self.adult.as_dict(),
            "indicators": self.indicators.as_dict(),
        }


def is_adult(item: ClassifiedListing) -> bool:
    """Commercial sex, or recruitment showing the recruitment indicator."""
    return item.ad_type == "commercial_sex" or (
        item.ad_type == "recruitment" and "AD-14" in item.indicators
    )


def _share(count: int, n: int, ok: bool, confidence: float) -> Share:
    if not ok:
        return Share(count, None, None, None)
    low, high = wilson_interval(count, n, confidence)
    return Share(count, round(count / n, 6), round(low, 6), round(high, 6))


def monthly_shares(
    items: Iterable[ClassifiedListing], subject_key: str, catalogue: ContentCatalogue | None = None
) -> list[MonthShare]:
    """Shares per calendar month (UTC), oldest first."""
    cat = catalogue or content_catalogue()
    params = cat.prevalence
    validated = cat.validated_ids()
    months: dict[date, list[ClassifiedListing]] = {}
    for item in items:
        when = item.posted_at.astimezone(UTC)
        months.setdefault(date(when.year, when.month, 1), []).append(item)
    out: list[MonthShare] = []
    for month in sorted(months):
        group = months[month]
        n = len(group)
        ok = n >= params.min_sample
        adult = [i for i in group if is_adult(i)]
        several = sum(1 for i in group if len(i.indicators & validated) >= params.several_validated)
        out.append(
            MonthShare(
                subject_key=subject_key,
                month=month,
                n=n,
                status="ok" if ok else INSUFFICIENT,
                adult=_share(len(adult), n, ok, params.confidence),
                indicators=_share(several, n, ok, params.confidence),
                examples=tuple([i for i in adult if i.quote][:_MAX_EVIDENCE]),
            )
        )
    return out


def end_of_month(month: date) -> datetime:
    """The last microsecond of a month, UTC."""
    last = calendar.monthrange(month.year, month.month)[1]
    return datetime(month.year, month.month, last, 23, 59, 59, 999999, tzinfo=UTC)


def prevalence_signals(
    shares: list[MonthShare], catalogue: ContentCatalogue | None = None
) -> list[Signal]:
    """BIZ-01 signals for the months whose adult share is clearly above ``min_lower``."""
    cat = catalogue or content_catalogue()
    signals: list[Signal] = []
    previous: MonthShare | None = None
    for month in shares:
        if month.status != "ok":
            continue
        low = month.adult.low or 0.0
        if low >= cat.prevalence.min_lower:
            trend = None
            if previous is not None and previous.adult.estimate is not None:
                trend = round((month.adult.estimate or 0.0) - previous.adult.estimate, 6)
            evidence = tuple(
                Evidence(e.record_id, e.quote, 0, len(e.quote)) for e in month.examples if e.quote
            )
            signals.append(
                Signal(
                    subject_key=month.subject_key,
                    indicator="BIZ-01",
                    strength=round(min(1.0, low), 4),
                    observed_at=end_of_month(month.month),
                    detector=DETECTOR,
                    detector_version=DETECTOR_VERSION,
                    evidence=evidence,
                    details={
                        **month.as_dict(),
                        "method": "Wilson score interval with continuity correction, "
                        f"{cat.prevalence.confidence:.0%}",
                        "change_from_previous_month": trend,
                    },
                    explanation=Explanation(
                        summary=f"at least {low:.0%} of the platform's listings in "
                        f"{month.month} were commercial sex",
                        method="count",
                        method_id="Wilson score interval with continuity correction, "
                        f"{cat.prevalence.confidence:.0%}",
                        version=DETECTOR_VERSION,
                        facts=facts_from(month.as_dict()),
                        features=(Feature("lower bound of the share", round(low, 4)),),
                    ),
                )
            )
        previous = month
    return signals
