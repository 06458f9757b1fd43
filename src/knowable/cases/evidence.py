"""Evidence snapshots: what a person saw when they decided, as a hash and as a list.

A snapshot is the subject's signal ids with their strengths at one moment. A decision
records the snapshot's hash; when the hash later differs, the difference (signals added,
removed or changed in strength) is what a reviewer needs to see to decide again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from json.encoder import encode_basestring

from knowable import jcs
from knowable.cases.facts import SignalFacts
from knowable.hashing import content_hash


@dataclass(frozen=True, slots=True)
class SnapshotItem:
    """One signal as it stood in a snapshot."""

    signal_id: str
    indicator: str
    strength: float


@dataclass(frozen=True, slots=True)
class EvidenceSnapshot:
    """The signals behind a subject at one moment, ordered by signal id."""

    items: tuple[SnapshotItem, ...]

    @property
    def hash(self) -> str:
        """Hash of the signal ids and strengths (rounded to 6 places, so floats compare)."""
        return content_hash([[i.signal_id, round(i.strength, 6)] for i in self.items])

    def as_list(self) -> list[dict[str, object]]:
        return [
            {"signal_id": i.signal_id, "indicator": i.indicator, "strength": i.strength}
            for i in self.items
        ]

    def canonical_json(self) -> str:
        """The RFC 8785 JSON of :meth:`as_list` (what a case row's hash takes of its
        evidence), written item by item."""
        return "[" + ",".join(map(_item_json, self.items)) + "]"

    @classmethod
    def from_list(cls, data: Iterable[Mapping[str, object]]) -> EvidenceSnapshot:
        items = [
            SnapshotItem(
                str(d["signal_id"]), str(d.get("indicator", "")), float(str(d["strength"]))
            )
            for d in data
        ]
        return cls(tuple(sorted(items, key=lambda i: i.signal_id)))


def _item_json(item: SnapshotItem) -> str:
    """``jcs.dumps`` of one item of :meth:`EvidenceSnapshot.as_list` (keys in order)."""
    strength = item.strength
    number = jcs.number(strength) if type(strength) is float else jcs.dumps(strength)
    if type(item.indicator) is str and type(item.signal_id) is str:
        return (
            f'{{"indicator":{encode_basestring(item.indicator)},'
            f'"signal_id":{encode_basestring(item.signal_id)},"strength":{number}}}'
        )
    return jcs.dumps(
        {"signal_id": item.signal_id, "indicator": item.indicator, "strength": strength}
    )


def snapshot(signals: Iterable[SignalFacts]) -> EvidenceSnapshot:
    """The snapshot of a subject's signals; duplicates by id count once."""
    by_id = {s.id: SnapshotItem(s.id, s.indicator, s.strength) for s in signals}
    return EvidenceSnapshot(tuple(by_id[k] for k in sorted(by_id)))


@dataclass(frozen=True, slots=True)
class EvidenceDiff:
    """What changed between the snapshot a decision was made on and the current one."""

    added: tuple[SnapshotItem, ...]
    removed: tuple[SnapshotItem, ...]
    changed: tuple[tuple[SnapshotItem, SnapshotItem], ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def as_dict(self) -> dict[str, object]:
        def item(i: SnapshotItem) -> dict[str, object]:
            return {"signal_id": i.signal_id, "indicator": i.indicator, "strength": i.strength}

        return {
            "added": [item(i) for i in self.added],
            "removed": [item(i) for i in self.removed],
            "changed": [{"before": item(a), "after": item(b)} for a, b in self.changed],
        }


def diff(before: EvidenceSnapshot, after: EvidenceSnapshot) -> EvidenceDiff:
    """Signals added, removed, or with a different strength, from ``before`` to ``after``."""
    old = {i.signal_id: i for i in before.items}
    new = {i.signal_id: i for i in after.items}
    added = tuple(new[k] for k in sorted(new.keys() - old.keys()))
    removed = tuple(old[k] for k in sorted(old.keys() - new.keys()))
    changed = tuple(
        (old[k], new[k])
        for k in sorted(old.keys() & new.keys())
        if round(old[k].strength, 6) != round(new[k].strength, 6)
    )
    return EvidenceDiff(added, removed, changed)
