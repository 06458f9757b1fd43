"""Watchlist screening: match subjects against list entries and emit NEWS-08 signals.

Pure: ``screen(subjects, entries, config)`` needs no store. Each hit becomes a Signal
whose strength is the match confidence, whose evidence quotes the listed name, and whose
details carry the feature explanations, the evidence completeness, the list and its
version. A pair a reviewer decided is not a match stays suppressed while both sides are
unchanged: the decision is keyed by the subject's fingerprint and the entry's content
hash, so any change to either brings the pair back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from knowable.catalogue.names import vocabulary
from knowable.model import Evidence, Explanation, Feature, Signal, Subject
from knowable.names.index import NameIndex
from knowable.names.score import MatchResult, Party
from knowable.sources.watchlist import WatchlistEntry

DETECTOR = "watchlist"
DETECTOR_VERSION = "1"
INDICATOR = "NEWS-08"

#: (subject fingerprint, entry content hash) of a pair decided not to match.
DecidedPair = tuple[str, str]


@dataclass(frozen=True)
class ScreeningConfig:
    """How to screen. ``threshold`` None means the default of names.yml."""

    threshold: float | None = None
    candidates: int = 5
    max_hits_per_subject: int = 5
    decided_non_matches: frozenset[DecidedPair] = field(default_factory=frozenset)

    def cut(self) -> float:
        return vocabulary().threshold if self.threshold is None else self.threshold


def subject_party(subject: Subject) -> Party:
    """The matcher's view of a customer or one of its people."""
    return Party(
        subject.schema, subject.names, subject.countries, subject.birth_dates, subject.identifiers
    )


def decided_pair(subject: Subject, entry: WatchlistEntry) -> DecidedPair:
    """The key under which a reviewer's "not a match" decision is remembered."""
    return (subject.fingerprint(), entry.content)


def is_suppressed(subject: Subject, entry: WatchlistEntry, decided: frozenset[DecidedPair]) -> bool:
    """True while the pair is decided and neither side has changed since."""
    return decided_pair(subject, entry) in decided


def screen(
    subjects: Sequence[Subject],
    entries: Sequence[WatchlistEntry],
    config: ScreeningConfig | None = None,
    index: NameIndex | None = None,
) -> list[Signal]:
    """Screen ``subjects`` against ``entries``; one signal per subject/entry hit."""
    config = config or ScreeningConfig()
    if not subjects or not entries:
        return []
    by_key = {f"{e.source}|{e.entry_id}": e for e in entries}
    index = index or NameIndex((key, e.party()) for key, e in by_key.items())
    parties = [subject_party(s) for s in subjects]
    results = index.search(
        parties, limit=config.candidates, candidates=config.candidates, min_score=config.cut()
    )
    signals: list[Signal] = []
    version = f"{DETECTOR_VERSION}+names-{vocabulary().version}"
    for subject, hits in zip(subjects, results, strict=True):
        kept = 0
        for hit in hits:
            entry = by_key[hit.key]
            if is_suppressed(subject, entry, config.decided_non_matches):
                continue
            signals.append(_signal(subject, entry, hit.result, version))
            kept += 1
            if kept >= config.max_hits_per_subject:
                break
    return signals


def _signal(subject: Subject, entry: WatchlistEntry, result: MatchResult, version: str) -> Signal:
    matched = result.names[1] if result.names else entry.caption
    field_name = "name" if matched == entry.names[0] else "alias"
    return Signal(
        subject_key=subject.key,
        indicator=INDICATOR,
        strength=round(result.confidence, 4),
        observed_at=entry.available_at,
        detector=DETECTOR,
        detector_version=version,
        evidence=(Evidence(entry.record_id, matched, 0, len(matched), field_name),),
        record_id=entry.record_id,
        details={
            "list": entry.source,
            "list_version": entry.list_version,
            "entry_id": entry.entry_id,
            "entry_hash": entry.content,
            "subject_fingerprint": subject.fingerprint(),
            "entry_name": entry.caption,
            "matched_name": matched,
            "programs": list(entry.programs),
            "confidence": round(result.confidence, 4),
            "completeness": round(result.completeness, 2),
            "explanation": result.explanation(),
            "features": [f.as_dict() for f in result.features],
        },
        explanation=Explanation(
            summary=f"{subject.name!r} matches {entry.caption!r} on {entry.source}"
            + (f" ({entry.list_version})" if entry.list_version else ""),
            method="matcher",
            method_id=entry.source,
            version=version,
            facts=(
                ("list", entry.source),
                ("list version", entry.list_version or "undated"),
                ("entry", entry.entry_id),
                ("matched name", f"{matched} ({field_name})"),
                ("programmes", ", ".join(entry.programs) or "none given"),
                ("confidence", f"{result.confidence:.2f}"),
                ("completeness", f"{result.completeness:.2f}"),
            ),
            features=tuple(
                Feature(f.name, round(f.score, 4), f.weight, f.detail) for f in result.features
            ),
        ),
    )


def newest_versions(versions: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """The most recent version ("" when undated) of each list in (list, version) pairs."""
    newest: dict[str, str] = {}
    for source, version in versions:
        if (version or "") > newest.get(source, ""):
            newest[source] = version or ""
    return newest


def latest_entries(entries: Iterable[WatchlistEntry]) -> list[WatchlistEntry]:
    """Keep, for each list, only the entries of its most recent version."""
    items = list(entries)
    newest = newest_versions((e.source, e.list_version) for e in items)
    return [e for e in items if (e.list_version or "") == newest.get(e.source, "")]
