"""Watchlist screening: match subjects against list entries and emit NEWS-08 signals.

Pure: ``screen(subjects, entries, config)`` needs no store. The entries may come from
several versions of a list; :func:`listings` follows each listed entity across them (the
same entry id, or the same content, in another version) and cuts its history into
periods: the runs of consecutive versions that hold it. A period ends at the first later
version without the entity (a de-listing).

Each hit becomes one Signal per period, however many versions hold it: observed at the
date of the period's first version that holds the entity and matches the subject (its
"knowable since"), quoting that version's entry, with the de-listing, if any, as
``details["ended_at"]``. ``details["evidence_keys"]`` names the listing by its entry ids,
so that the policy counts signals of other screening runs about the same listing once
(see :func:`knowable.assess.combine.prepare`). The strength is the match confidence at
that first version: later versions cannot raise it without reaching into the future.

A pair a reviewer decided is not a match stays suppressed while both sides are
unchanged: the decision is keyed by the subject's fingerprint and the content hash of
the listing's newest entry, so any change to either brings the pair back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from knowable.catalogue.names import vocabulary
from knowable.model import Evidence, Explanation, Feature, Signal, Subject
from knowable.names.index import NameIndex
from knowable.names.score import MatchResult, Party, score_pair
from knowable.sources.watchlist import WatchlistEntry
from knowable.unionfind import UnionFind

DETECTOR = "watchlist"
DETECTOR_VERSION = "2"
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


@dataclass(frozen=True)
class Period:
    """Consecutive versions of a list that hold one listed entity (oldest first), and the
    version that no longer holds it (None while it still does)."""

    entries: tuple[WatchlistEntry, ...]
    ended_version: str | None = None
    ended_at: datetime | None = None


@dataclass(frozen=True)
class Listing:
    """One entity on one list, followed across the loaded versions of that list."""

    source: str
    #: The entry id in the first version that holds it.
    key: str
    #: Every entry id it had, first version first.
    ids: tuple[str, ...]
    periods: tuple[Period, ...]

    @property
    def newest(self) -> WatchlistEntry:
        """The entry in the newest version that holds it."""
        return self.periods[-1].entries[-1]

    @property
    def ended(self) -> bool:
        """True when the newest version of the list no longer holds it."""
        return self.periods[-1].ended_version is not None

    def evidence_keys(self) -> list[str]:
        """Keys under which the policy counts signals about this listing once."""
        return [f"{self.source}|{entry_id}" for entry_id in self.ids]


def _version(entry: WatchlistEntry) -> str:
    return entry.list_version or ""


#: List -> version -> its date: every dated version of each list, when the entries given
#: are only some of them (delta screening), so that a version without the entity still
#: ends its period.
KnownVersions = Mapping[str, Mapping[str, datetime]]


def listings(
    entries: Iterable[WatchlistEntry], known_versions: KnownVersions | None = None
) -> list[Listing]:
    """Follow every listed entity across the versions of its list.

    Two entries of one list are the same listing when they have the same entry id or the
    same content (schema and properties) in any versions. Undated versions cannot be
    ordered in time: their entries form listings of their own, never ended. With
    ``known_versions`` the versions of a list are those, not only the ones ``entries``
    come from.
    """
    parts: dict[tuple[str, bool], list[WatchlistEntry]] = {}
    for entry in entries:
        dated = entry.list_version is not None and entry.available_at is not None
        parts.setdefault((entry.source, dated), []).append(entry)
    found: list[Listing] = []
    for (source, dated), items in sorted(parts.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        extra = (known_versions or {}).get(source, {}) if dated else {}
        found.extend(_follow(source, items, extra))
    return found


def _follow(
    source: str, items: list[WatchlistEntry], extra: Mapping[str, datetime] | None = None
) -> list[Listing]:
    """Listings of one list's entries (all dated, or all undated)."""
    items = sorted(items, key=lambda e: (_version(e), e.entry_id, e.record_id))
    dates: dict[str, datetime | None] = dict(extra or {})
    for e in items:
        dates.setdefault(_version(e), e.available_at)
    versions = sorted(dates)
    groups = UnionFind(len(items))
    by_id: dict[str, int] = {}
    for i, e in enumerate(items):
        groups.union(by_id.setdefault(e.entry_id, i), i)
    # Then the same content under another id, unless that would put two entries of one
    # version into one listing.
    held_in: dict[int, set[str]] = {}
    for i, e in enumerate(items):
        held_in.setdefault(groups.find(i), set()).add(_version(e))
    by_content: dict[str, int] = {}
    for i, e in enumerate(items):
        if not e.content:
            continue
        a, b = groups.find(by_content.setdefault(e.content, i)), groups.find(i)
        if a != b and not held_in[a] & held_in[b]:
            merged = held_in.pop(a) | held_in.pop(b)
            held_in[groups.union(a, b)] = merged
    members: dict[int, list[int]] = {}
    for i in range(len(items)):
        members.setdefault(groups.find(i), []).append(i)
    out: list[Listing] = []
    for indexes in members.values():
        held: dict[str, WatchlistEntry] = {}
        for i in indexes:
            held.setdefault(_version(items[i]), items[i])
        periods: list[Period] = []
        run: list[WatchlistEntry] = []
        for version in versions[versions.index(_version(items[indexes[0]])) :]:
            if version in held:
                run.append(held[version])
            elif run:
                periods.append(Period(tuple(run), version, dates[version]))
                run = []
        if run:
            periods.append(Period(tuple(run)))
        ids = tuple(dict.fromkeys(items[i].entry_id for i in indexes))
        out.append(Listing(source, ids[0], ids, tuple(periods)))
    return out


#: How many subjects each listed name is scored against in :func:`likely_subjects`, and
#: how far below the threshold a subject may score there and still be screened.
REVERSE_WIDTH = 20
REVERSE_MARGIN = 0.1


def likely_subjects(
    subjects: Sequence[Subject],
    entries: Sequence[WatchlistEntry],
    config: ScreeningConfig | None = None,
) -> list[Subject]:
    """The subjects that could match one of a few ``entries`` (a list change).

    The forward search scores ``config.candidates`` (widened) listings for *every*
    subject, whatever the number of entries. When the entries are few, the name index is
    built over the subjects instead and searched with each name of each entry (an alias
    on its own), scoring ``REVERSE_WIDTH`` subjects per name; the subjects scoring within
    ``REVERSE_MARGIN`` of the threshold are kept, to be screened forward as usual (so their
    signals are exactly those of a full screening). The cost then follows the entries.
    When the entries are many, every subject is kept.
    """
    config = config or ScreeningConfig()
    if not subjects or not entries:
        return []
    # One query per listed name: an entry with many aliases would otherwise share its
    # candidate places among all of them, and a customer matching one alias could miss out.
    views = list(
        dict.fromkeys(
            dataclasses.replace(view, names=(name,))
            for view in dict.fromkeys(e.party() for e in entries)
            for name in view.names
        )
    )
    # Pairs scored each way: the forward search scores at least twice ``candidates`` per
    # subject when a listing has several views (see :func:`screen_index`).
    if len(views) * REVERSE_WIDTH >= len(subjects) * config.candidates * 2:
        return list(subjects)
    index = NameIndex((str(i), subject_party(s)) for i, s in enumerate(subjects))
    floor = config.cut() - REVERSE_MARGIN
    found: set[int] = set()
    for hits in index.search(views, limit=REVERSE_WIDTH, candidates=REVERSE_WIDTH):
        found.update(int(h.key) for h in hits if h.result.confidence >= floor)
    return [subjects[i] for i in sorted(found)]


@dataclass(frozen=True)
class ListIndex:
    """The listings of some list entries and the name index over their views: what
    screening needs from the lists, built once and usable for any number of subjects."""

    listings: tuple[Listing, ...]
    keyed: Mapping[str, tuple[Listing, Party]]
    index: NameIndex
    #: The most distinct views one listing has.
    most: int

    @classmethod
    def build(
        cls, entries: Sequence[WatchlistEntry], known_versions: KnownVersions | None = None
    ) -> ListIndex:
        found = listings(entries, known_versions)
        # Index each listing under every distinct matcher view it had (usually one), so
        # that a listing is found whichever version's names match.
        keyed: dict[str, tuple[Listing, Party]] = {}
        most = 1
        for n, listing in enumerate(found):
            views = dict.fromkeys(e.party() for p in reversed(listing.periods) for e in p.entries)
            most = max(most, len(views))
            for m, view in enumerate(views):
                keyed[f"{n}#{m}"] = (listing, view)
        index = NameIndex((key, view) for key, (_, view) in keyed.items())
        return cls(tuple(found), keyed, index, most)


def screen(
    subjects: Sequence[Subject],
    entries: Sequence[WatchlistEntry],
    config: ScreeningConfig | None = None,
    known_versions: KnownVersions | None = None,
) -> list[Signal]:
    """Screen ``subjects`` against ``entries`` (one or several versions of each list):
    one signal per subject, listing and period (see the module docstring). When
    ``entries`` are only some listings of a list (delta screening), ``known_versions``
    names all its versions (see :func:`listings`)."""
    if not subjects or not entries:
        return []
    return screen_index(subjects, ListIndex.build(entries, known_versions), config)


def screen_index(
    subjects: Sequence[Subject], prepared: ListIndex, config: ScreeningConfig | None = None
) -> list[Signal]:
    """:func:`screen` with the lists' index already built (see :class:`ListIndex`)."""
    config = config or ScreeningConfig()
    if not subjects or not prepared.listings:
        return []
    cut = config.cut()
    keyed, index = prepared.keyed, prepared.index
    parties = [subject_party(s) for s in subjects]
    # A listing seen under several views may take several candidate places: widen a little.
    width = config.candidates * min(prepared.most, 3)
    results = index.search(parties, limit=width, candidates=width)
    signals: list[Signal] = []
    version = f"{DETECTOR_VERSION}+names-{vocabulary().version}"
    for subject, party, hits in zip(subjects, parties, results, strict=True):
        known: dict[Party, MatchResult] = {}
        best: dict[int, Listing] = {}
        for hit in hits:
            listing, view = keyed[hit.key]
            known[view] = hit.result
            if hit.result.confidence >= cut:
                best.setdefault(id(listing), listing)
        kept = 0
        for listing in best.values():
            if is_suppressed(subject, listing.newest, config.decided_non_matches):
                continue
            made = _listing_signals(subject, party, listing, known, cut, version)
            signals.extend(made)
            kept += bool(made)
            if kept >= config.max_hits_per_subject:
                break
    return signals


def _listing_signals(
    subject: Subject,
    party: Party,
    listing: Listing,
    known: dict[Party, MatchResult],
    cut: float,
    version: str,
) -> list[Signal]:
    """One signal per period of ``listing``: from the period's first version whose entry
    matches ``subject`` at ``cut`` (periods with no such version give none)."""
    out: list[Signal] = []
    for period in listing.periods:
        for entry in period.entries:
            view = entry.party()
            result = known.get(view)
            if result is None:
                result = known[view] = score_pair(party, view)
            if result.confidence >= cut:
                out.append(_signal(subject, entry, result, version, listing, period))
                break
    return out


def _signal(
    subject: Subject,
    entry: WatchlistEntry,
    result: MatchResult,
    version: str,
    listing: Listing,
    period: Period,
) -> Signal:
    matched = result.names[1] if result.names else entry.caption
    field_name = "name" if matched == entry.names[0] else "alias"
    ended = period.ended_at.isoformat() if period.ended_at else None
    details: dict[str, Any] = {
        "list": entry.source,
        "list_version": entry.list_version,
        "entry_id": entry.entry_id,
        "listing": listing.key,
        "evidence_keys": listing.evidence_keys(),
        "entry_hash": listing.newest.content,
        "subject_fingerprint": subject.fingerprint(),
        "entry_name": entry.caption,
        "matched_name": matched,
        "programs": list(entry.programs),
        "confidence": round(result.confidence, 4),
        "completeness": round(result.completeness, 2),
        "explanation": result.explanation(),
        "features": [f.as_dict() for f in result.features],
    }
    facts = [
        ("list", entry.source),
        ("list version", entry.list_version or "undated"),
        ("entry", entry.entry_id),
    ]
    if period.ended_version is not None:
        details["ended_at"] = ended
        details["ended_version"] = period.ended_version
        facts.append(("de-listed", f"absent from the {period.ended_version} version"))
    return Signal(
        subject_key=subject.key,
        indicator=INDICATOR,
        strength=round(result.confidence, 4),
        observed_at=entry.available_at,
        detector=DETECTOR,
        detector_version=version,
        evidence=(Evidence(entry.record_id, matched, 0, len(matched), field_name),),
        record_id=entry.record_id,
        details=details,
        explanation=Explanation(
            summary=f"{subject.name!r} matches {entry.caption!r} on {entry.source}"
            + (f" ({entry.list_version})" if entry.list_version else "")
            + (f", de-listed in {period.ended_version}" if period.ended_version else ""),
            method="matcher",
            method_id=entry.source,
            version=version,
            facts=(
                *facts,
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
