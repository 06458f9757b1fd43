"""Turn clusters of linked listings into NET-01, NET-02 and AD-13 signals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from knowable.catalogue.content import ContentCatalogue, content_catalogue
from knowable.detect.content.networks import (
    ListingView,
    NetworkLinker,
    max_cities_in_window,
    persona_spans,
)
from knowable.explain import facts_from
from knowable.hashing import content_hash
from knowable.model import Evidence, Explanation, Feature, Record, Signal
from knowable.text.normalise import normalise

DETECTOR = "content-networks"
DETECTOR_VERSION = "1.0"
_MAX_EVIDENCE = 12
_MAX_MEMBERS = 200


@dataclass(frozen=True, slots=True)
class LinkedListing:
    """A listing view plus the raw bits evidence quotes (location, persona spans)."""

    view: ListingView
    location: str
    text: str
    name_span: tuple[int, int] | None
    age_span: tuple[int, int] | None


def linked_listing(record: Record) -> LinkedListing | None:
    """The network view of a stored listing record (None without a date)."""
    if record.available_at is None:
        return None
    norm = normalise(record.text)
    n_span, a_span = persona_spans(norm.text)
    name = norm.text[n_span[0] : n_span[1]] if n_span else None
    age = norm.text[a_span[0] : a_span[1]] if a_span else None
    name_span = norm.to_original(*n_span) if n_span else None
    age_span = norm.to_original(*a_span) if a_span else None
    location = str(record.payload.get("location") or "")
    view = ListingView(
        record_id=record.id,
        posted_at=record.available_at,
        city=" ".join(normalise(location).text.split()),
        text=norm.text,
        contacts=tuple(record.payload.get("contact_hashes") or ()),
        name=name,
        age=age,
    )
    return LinkedListing(view, location, record.text, name_span, age_span)


def _strength(weight: float, count: int, minimum: int) -> float:
    return round(min(1.0, weight + 0.05 * max(0, count - minimum)), 4)


def _persona_evidence(item: LinkedListing) -> Evidence:
    span = item.name_span or item.age_span or (0, min(len(item.text), 80))
    return Evidence(item.view.record_id, item.text[span[0] : span[1]], span[0], span[1])


def _when_distinct(members: Sequence[LinkedListing], key: str, minimum: int) -> datetime | None:
    seen: set[str] = set()
    for item in sorted(members, key=lambda m: m.view.posted_at):
        value = item.view.name if key == "name" else item.view.age
        if value:
            seen.add(value)
            if len(seen) >= minimum:
                return item.view.posted_at
    return None


@dataclass(frozen=True, slots=True)
class _Found:
    indicator: str
    strength: float
    when: datetime
    evidence: list[Evidence]
    extra: dict[str, Any]


def _by_contact(members: Sequence[LinkedListing]) -> dict[str, list[LinkedListing]]:
    groups: dict[str, list[LinkedListing]] = {}
    for m in members:
        for contact in m.view.contacts:
            groups.setdefault(contact, []).append(m)
    return groups


def _net01(members: Sequence[LinkedListing], cat: ContentCatalogue) -> list[_Found]:
    """The same contact in ``min_cities`` cities within the window (best contact only)."""
    params = cat.network_params
    best: tuple[int, list[LinkedListing], int, int] = (0, [], 0, 0)
    for group in _by_contact(members).values():
        located = [m for m in group if m.view.city]
        count, first, last = max_cities_in_window(
            [(m.view.posted_at, m.view.city) for m in located], params.window_days
        )
        if count > best[0]:
            best = (count, located, first, last)
    count, located, first, last = best
    if count < params.min_cities:
        return []
    start, end = located[first].view.posted_at, located[last].view.posted_at
    cities: dict[str, LinkedListing] = {}
    for m in located:
        if start <= m.view.posted_at <= end:
            cities.setdefault(m.view.city, m)
    evidence = [
        Evidence(m.view.record_id, m.location, 0, len(m.location), "location")
        for m in cities.values()
    ]
    strength = _strength(cat.weight("NET-01"), count, params.min_cities)
    extra = {"cities": sorted(cities), "window_days": params.window_days}
    return [_Found("NET-01", strength, end, evidence, extra)]


def _net02(members: Sequence[LinkedListing], cat: ContentCatalogue) -> list[_Found]:
    params = cat.network_params
    found: list[_Found] = []
    for group in _by_contact(members).values():
        names = {m.view.name for m in group if m.view.name}
        ages = {m.view.age for m in group if m.view.age}
        personas = max(len(names), len(ages))
        if len(group) < 2 or personas < params.min_personas:
            continue
        key = "name" if len(names) >= len(ages) else "age"
        when = _when_distinct(group, key, params.min_personas) or group[-1].view.posted_at
        evidence = [_persona_evidence(m) for m in group if m.name_span or m.age_span]
        strength = _strength(cat.weight("NET-02"), personas, params.min_personas)
        extra = {"names": sorted(names), "ages": sorted(ages)}
        found.append(_Found("NET-02", strength, when, evidence, extra))
    return found


def _ad13(members: Sequence[LinkedListing], cat: ContentCatalogue) -> list[_Found]:
    names = {m.view.name for m in members if m.view.name}
    if len(names) < 2:
        return []
    when = _when_distinct(members, "name", 2) or members[-1].view.posted_at
    evidence = [_persona_evidence(m) for m in members if m.name_span]
    strength = _strength(cat.weight("AD-13"), len(names), 2)
    return [_Found("AD-13", strength, when, evidence, {"names": sorted(names)})]


def network_signals(
    items: Sequence[LinkedListing], subject_key: str, catalogue: ContentCatalogue | None = None
) -> list[Signal]:
    """Signals for the clusters found among one platform's listings."""
    cat = catalogue or content_catalogue()
    order = sorted(range(len(items)), key=lambda i: items[i].view.posted_at)
    linker = NetworkLinker(cat.network_params)
    for i in order:
        view = items[i].view
        linker.add(view.posted_at.timestamp(), view.text, view.contacts)
    signals: list[Signal] = []
    for cluster in linker.clusters():
        members = [items[order[m]] for m in cluster.members]
        ids = sorted(m.view.record_id for m in members)
        linked_by = [k for k, v in (("contact", cluster.contact_linked),
                                    ("text", cluster.text_linked)) if v]  # fmt: skip
        details: dict[str, Any] = {
            "cluster": content_hash(ids)[:16],
            "size": len(members),
            "members": ids[:_MAX_MEMBERS],
            "linked_by": linked_by,
        }
        found = _net01(members, cat) + _net02(members, cat)
        if cluster.text_linked:
            found += _ad13(members, cat)
        for f in found:
            signals.append(
                Signal(
                    subject_key=subject_key,
                    indicator=f.indicator,
                    strength=f.strength,
                    observed_at=f.when,
                    detector=DETECTOR,
                    detector_version=DETECTOR_VERSION,
                    evidence=tuple(f.evidence[:_MAX_EVIDENCE]),
                    details={**details, **f.extra},
                    explanation=Explanation(
                        summary=f"{f.indicator} in a network of {len(members)} linked listings",
                        method="count",
                        method_id=f.indicator,
                        version=DETECTOR_VERSION,
                        facts=facts_from(
                            {**details, **f.extra},
                            ("size", "linked_by", *sorted(f.extra)),
                        ),
                        features=(Feature("network size", float(len(members))),),
                    ),
                )
            )
    return signals
