"""What the case rules read of a signal: its id, subject, indicator and strength.

Grave-signal alerts, evidence snapshots and the case repository's opening steps read
nothing else of a signal. A :class:`knowable.model.Signal` has these four; so does a
:class:`SignalRow`, the four columns as ``cases scan`` reads them in bulk without
building whole signals (their dates, detectors and JSON are of no use to the rules).
"""

from __future__ import annotations

from typing import NamedTuple, Protocol


class SignalFacts(Protocol):
    """A signal as the case rules see it."""

    @property
    def id(self) -> str: ...

    @property
    def subject_key(self) -> str: ...

    @property
    def indicator(self) -> str: ...

    @property
    def strength(self) -> float: ...


class SignalRow(NamedTuple):
    """The four columns of a stored signal that the case rules read."""

    id: str
    subject_key: str
    indicator: str
    strength: float
