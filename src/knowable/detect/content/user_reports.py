"""NET-06: user reports that flag a listing as showing a minor or trafficking.

Platforms let users report a listing with a reason. Those reasons (``payload["reports"]``,
one report per line) are scanned with the catalogue's ``user_reports`` patterns, compiled
into a second small hyperscan database over the same normalised text as ad scanning. A
hit is a flag unless a negation word ("not", "no", "never", the "t" of "isn't") stands
within ``negation_window`` words before it with no breaker word ("doubt", "sure", "but")
in between: "not underage" and "no sign of trafficking" are not flags, "no doubt she is
underage" is.

A flagged listing yields one NET-06 Signal for the platform, dated by the listing, with
each flagging report span quoted as Evidence (field ``reports``). A report is an
allegation by a user, not a finding; the signal says that the platform was told.
"""

from __future__ import annotations

from dataclasses import dataclass

import hyperscan

from knowable.catalogue.content import ContentCatalogue, ReportRules, content_catalogue
from knowable.detect.content.indicators import (
    Pattern,
    compile_patterns,
    phrase_expression,
    scan_database,
)
from knowable.model import Evidence, Explanation, Feature, Record, Signal
from knowable.text.normalise import normalise

DETECTOR = "content-reports"
DETECTOR_VERSION = "1.0"
INDICATOR = "NET-06"
FIELD = "reports"


@dataclass(frozen=True, slots=True)
class ReportHit:
    """One flagging span of the report text (offsets in the stored report text)."""

    rule: str
    start: int
    end: int
    quote: str


def report_patterns(rules: ReportRules) -> list[Pattern]:
    """The user-report patterns in a stable order."""
    patterns = [Pattern(INDICATOR, p, phrase_expression(p)) for p in rules.phrases]
    return patterns + [Pattern(INDICATOR, r, r) for r in rules.regex]


class ReportScanner:
    """Find flagging spans in user-report text; build once, reuse."""

    def __init__(self, catalogue: ContentCatalogue | None = None) -> None:
        self.catalogue = catalogue or content_catalogue()
        self.rules = self.catalogue.user_reports
        self.patterns = report_patterns(self.rules)
        self._database = compile_patterns(self.patterns)
        self._database.scratch = hyperscan.Scratch(self._database)
        self._negations = frozenset(self.rules.negations)
        self._breakers = frozenset(self.rules.negation_breakers)

    def negated(self, before: str) -> bool:
        """Whether normalised text just before a hit negates it."""
        window = before.split()[-self.rules.negation_window :] if self.rules.negation_window else []
        for word in reversed(window):
            if word in self._breakers:
                return False
            if word in self._negations:
                return True
        return False

    def _line_hits(self, line: str, offset: int) -> list[ReportHit]:
        norm = normalise(line)
        found = scan_database(self._database, norm.text)
        hits: dict[tuple[int, int], ReportHit] = {}
        for pid, start, end in sorted(found, key=lambda m: (m[1], -m[2])):
            if self.negated(norm.text[:start]):
                continue
            o_start, o_end = norm.to_original(start, end)
            if any(s <= o_start and o_end <= e for s, e in hits):
                continue  # inside a longer hit already kept
            quote = line[o_start:o_end]
            hits[(o_start, o_end)] = ReportHit(
                self.patterns[pid].label, offset + o_start, offset + o_end, quote
            )
        return sorted(hits.values(), key=lambda h: h.start)

    def hits(self, reports: str) -> list[ReportHit]:
        """Flagging spans of a report text (one report per line), offsets in that text."""
        out: list[ReportHit] = []
        offset = 0
        for line in reports.split("\n"):
            if line.strip():
                out.extend(self._line_hits(line, offset))
            offset += len(line) + 1
        return out


def report_signal(record: Record, subject_key: str, scanner: ReportScanner) -> Signal | None:
    """The NET-06 signal of one listing whose user reports flag it, else None."""
    reports = str(record.payload.get(FIELD) or "")
    if not reports or record.available_at is None:
        return None
    hits = scanner.hits(reports)
    if not hits:
        return None
    return Signal(
        subject_key=subject_key,
        indicator=INDICATOR,
        strength=scanner.catalogue.weight(INDICATOR),
        observed_at=record.available_at,
        detector=DETECTOR,
        detector_version=DETECTOR_VERSION,
        evidence=tuple(Evidence(record.id, h.quote, h.start, h.end, FIELD) for h in hits),
        record_id=record.id,
        details={
            "listing": record.payload.get("id"),
            "reports": len([line for line in reports.split("\n") if line.strip()]),
            "rules": sorted({h.rule for h in hits}),
        },
        explanation=Explanation(
            summary="users reported this listing for a suspected minor or trafficking",
            method="rules",
            method_id=", ".join(sorted({h.rule for h in hits})),
            version=DETECTOR_VERSION,
            facts=(
                ("listing", str(record.payload.get("id") or record.id)),
                ("reports", str(len([ln for ln in reports.split("\n") if ln.strip()]))),
            ),
            features=tuple(Feature(f"rule {h.rule}", None, None, h.quote) for h in hits),
        ),
    )
