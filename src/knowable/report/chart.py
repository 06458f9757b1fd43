"""The score-over-time chart, drawn offline with matplotlib (Agg) as PNG bytes."""

from __future__ import annotations

import io
from datetime import date

from knowable.report.dossier import DossierData

_EPOCH = date(1970, 1, 1)
#: At most this many events are labelled, the largest rises first.
MAX_LABELS = 8


def score_chart_png(data: DossierData, width: float = 9.0, height: float = 3.6) -> bytes:
    """Score over time with the threshold, knowable-since and labelled events."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    def x(day: str) -> float:
        # matplotlib's date numbers: days since 1970-01-01 (its default epoch)
        return float((date.fromisoformat(day) - _EPOCH).days)

    fig, ax = plt.subplots(figsize=(width, height), dpi=110)
    try:
        days = [x(p.date) for p in data.series]
        scores = [p.score for p in data.series]
        if days:
            ax.step(days, scores, where="post", color="#1f3b73", linewidth=1.8)
            ax.plot(days, scores, "o", color="#1f3b73", markersize=3)
        ax.axhline(data.threshold, color="#b22222", linestyle="--", linewidth=1)
        ax.text(
            days[0] if days else x(data.as_of),
            data.threshold + 0.02,
            f"should know ({data.threshold:.2f})",
            color="#b22222",
            fontsize=8,
        )
        if data.knowable_since:
            since = x(data.knowable_since)
            ax.axvline(since, color="#b22222", linewidth=1)
            label = f" knowable since {data.knowable_since}"
            ax.text(since, 0.04, label, color="#b22222", fontsize=8)
        rises = []
        previous = 0.0
        for p in data.series:
            if p.event:
                rises.append((p.score - previous, p))
            previous = p.score
        labelled = [p for _, p in sorted(rises, key=lambda r: -r[0])[:MAX_LABELS]]
        labelled.sort(key=lambda p: p.date)
        for i, p in enumerate(labelled):
            # Alternate sides and heights so neighbouring labels do not overlap.
            ax.annotate(
                ", ".join(p.added[:2]) + ("…" if len(p.added) > 2 else ""),
                (x(p.date), p.score),
                xytext=(-28 if i % 2 else 28, 14 + 12 * (i % 3)),
                textcoords="offset points",
                fontsize=7,
                ha="center",
                arrowprops={"arrowstyle": "-", "color": "#888888", "linewidth": 0.6},
            )
        ax.xaxis_date()
        ax.set_ylim(0, 1.08)
        ax.set_ylabel("score")
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(fig)
