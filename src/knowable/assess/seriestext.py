"""The as-of series' contributions written straight to the text the store keeps.

A stored assessment keeps its contributions as one RFC 8785 JSON array of objects with
six members (family, indicator, note, signal_id, value, weight, in that order). In a
series most of each object is the same at every date: the family, indicator, signal id
and weight, and the note's head, stage and end. :func:`contribution_texts_at_dates`
writes each prepared signal's fixed text once per customer (a list in the prepared
signals' order) and at each date only the note's value, cap and corroboration remarks
and the contribution's value, without making a ``Contribution`` per date to serialise
again. The text is byte for byte what ``contributions_json`` of the store writes for the
contributions :func:`~knowable.assess.score.contributions_at_dates` gives (tested on the
bench's and on generated signals).

Strings are escaped as ``json.encoder.encode_basestring`` escapes them, one character at
a time, so a note's pieces may be escaped apart and joined; numbers are written by
:func:`knowable.jcs.number`.
"""

from __future__ import annotations

import math
from json.encoder import encode_basestring

import numpy as np

from knowable import jcs
from knowable.assess.combine import Prepared, to_days
from knowable.assess.score import (
    NOTE_ALONE,
    NOTE_UNDATED,
    crossing_note,
    date_frames,
    duplicate_note,
    endings,
    family_of,
    static_parts,
)
from knowable.assess.timeline import Crossing
from knowable.catalogue.policy import Policy

_repr = float.__repr__


def _escaped(text: str) -> str:
    """``text`` as a JSON string's inside (no quotes), escaped as RFC 8785 escapes it."""
    return encode_basestring(text)[1:-1]


def _string(value: object) -> str:
    """A string as RFC 8785 writes it (what the store's writer gives for any value)."""
    return encode_basestring(value) if type(value) is str else jcs.dumps(value)


def _number(value: object) -> str:
    """A number as RFC 8785 writes it (what the store's writer gives for any value)."""
    if type(value) is float:
        return jcs.number(value)
    if isinstance(value, float):
        return jcs.number(float(value))
    return jcs.dumps(value)


def _zero_text(signal_id: str, indicator: str, family: str, note: str) -> str:
    """A contribution of no value and no weight (undated, excluded, duplicate)."""
    return (
        f'{{"family":{_string(family)},"indicator":{_string(indicator)},'
        f'"note":{_string(note)},"signal_id":{_string(signal_id)},"value":0,"weight":0}}'
    )


def contribution_texts_at_dates(
    p: Prepared,
    policy: Policy,
    days: np.ndarray,
    crossing: Crossing | None,
    scores: np.ndarray,
    families: np.ndarray,
    values: np.ndarray,
    agree: np.ndarray,
) -> list[tuple[float, str, str]]:
    """Score, band and the contributions' stored JSON at each of ``days``: for date
    ``i`` what :func:`~knowable.assess.score.contributions_at_dates` gives, with its
    contributions written as the store writes them. The same arguments (less the
    datetimes) and the same validity: no signal of ``p`` merges with another."""
    n = len(p.signals)
    names = p.family_names
    family_texts = [_string(name) for name in names]
    needs = p.needs_corroboration.tolist() if p.needs_corroboration.size else [False] * n
    carried_ids = {s.id for s in crossing.carried_by} if crossing else set()
    carried = _escaped(crossing_note(crossing))
    alone_text = _escaped(NOTE_ALONE)
    # Per prepared signal, once: the text before the note's value, between it and the
    # family's cap, between the note and the value, and after the value.
    fixed: list[tuple[str, str, str, str, int, float, str, str, bool, bool]] = []
    for signal, f, end, (head, tail, weight), (ended, ending), held in zip(
        p.signals,
        p.family.tolist(),
        p.ends.tolist(),
        static_parts(p),
        endings(p),
        needs,
        strict=True,
    ):
        fixed.append(
            (
                f'{{"family":{family_texts[f]},"indicator":{_string(signal.indicator)},'
                f'"note":"{_escaped(head)}',
                f"; {_escaped(tail)}",
                f'","signal_id":{_string(signal.id)},"value":',
                f',"weight":{_number(weight)}}}',
                f,
                end,
                _escaped(ended),
                _escaped(ending),
                bool(held),
                signal.id in carried_ids,
            )
        )
    tail_texts = [
        _zero_text(s.id, s.indicator, family_of(s), duplicate_note(c)) for s, c in p.duplicates
    ]
    excluded = [
        (
            to_days(s.observed_at) if s.observed_at is not None else math.inf,
            _zero_text(s.id, s.indicator, family_of(s), why),
        )
        for s, why in p.excluded
    ]
    undated_texts = [_zero_text(s.id, s.indicator, family_of(s), NOTE_UNDATED) for s in p.undated]
    number = jcs.number
    out: list[tuple[float, str, str]] = []
    for frame in date_frames(p, policy, days, crossing, scores, families, values, agree):
        day, scale, alone, crossed = frame.day, frame.scale, frame.alone, frame.crossed
        capped = [_escaped(text) if text else "" for text in frame.capped]
        items: list[str] = []
        for j, (value, share) in enumerate(zip(frame.values, frame.shares, strict=True)):
            opening, middle, closing, weighted, f, end, ended, ending, held, carries = fixed[j]
            part = scale[f] * share
            if part == 0.0:  # 0 and -0 alike
                written = "0"
            else:
                written = _repr(part)
                if written[-2:] == ".0" or "e" in written or "n" in written:
                    written = number(part)  # a whole number, an exponent, or not finite
            extra = (ended if end <= day else ending) if ended else ""
            if alone and held:
                extra += alone_text
            if crossed and carries:
                extra += carried
            items.append(
                f"{opening}{value:.3f}{middle}{capped[f]}{extra}{closing}{written}{weighted}"
            )
        items.extend(tail_texts)
        items.extend(text for at, text in excluded if at <= day)
        items.extend(undated_texts)
        out.append((frame.score, frame.band, "[" + ",".join(items) + "]"))
    return out
