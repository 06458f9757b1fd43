"""Assessment rows written in bulk: one serialisation per row, one executemany per chunk.

An as-of series stores one assessment per customer and date, each carrying every
signal's contribution, so what a stored row costs is what a date costs. Each row's
contributions are serialised to canonical JSON once; that text is both hashed into the
row hash (:func:`assessment_row_hash`, equal to ``row_hash("assessments", row)``) and sent
to the database as it is, through the driver: SQLite receives the values as SQLAlchemy
would store them, PostgreSQL receives the JSON text cast to ``jsonb``. Nothing is hashed
or serialised per ORM object, and the run's digest and audit event are computed once per
run from the row hashes, as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from json.encoder import encode_basestring
from typing import Any

from sqlalchemy import Connection

from knowable import jcs
from knowable.hashing import JCS_FORM, sha256_hex
from knowable.model import Assessment, AssessmentText
from knowable.store import audit
from knowable.store import schema as t
from knowable.store.batches import _sqlite_time
from knowable.store.rowhash import HASHED_COLUMNS, _scalar, digest
from knowable.timeutil import as_utc, utcnow

#: The hashed columns, then what is written beside them.
_COLUMNS = (*HASHED_COLUMNS["assessments"], "created_at", "row_hash", "hash_version")
_INSERT_SQLITE = (
    f"INSERT INTO assessments ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})"
)
_INSERT_POSTGRES = (
    f"INSERT INTO assessments ({', '.join(_COLUMNS)}) VALUES "
    f"({', '.join('%s::jsonb' if c == 'contributions' else '%s' for c in _COLUMNS)})"
)
#: Rows per executemany.
CHUNK = 2000


def contributions_json(item: Assessment) -> str:
    """The RFC 8785 JSON of an assessment's contributions (the stored column): what
    ``jcs.dumps`` gives for the list of dicts ``assessment_to_row`` builds, written
    out directly (keys in sorted order, strings and numbers encoded as it encodes them).
    A signal's weight is the same at every date and for every signal of its indicator
    and stage, so its text is remembered (:data:`_WEIGHTS`)."""
    out: list[str] = []
    weights = _WEIGHTS
    for c in item.contributions:
        weight = weights.get(c.weight) if type(c.weight) is float else None
        if weight is None:
            weight = _num(c.weight)
            if type(c.weight) is float:
                if len(weights) >= _WEIGHTS_KEPT:
                    weights.clear()
                weights[c.weight] = weight
        try:  # the strings as they are typed: encode_basestring refuses anything else
            text = (
                f'{{"family":{encode_basestring(c.family)},'
                f'"indicator":{encode_basestring(c.indicator)},'
                f'"note":{encode_basestring(c.note)},'
                f'"signal_id":{encode_basestring(c.signal_id)},'
                f'"value":{_num(c.value)},"weight":{weight}}}'
            )
        except TypeError:
            text = (
                f'{{"family":{_str(c.family)},"indicator":{_str(c.indicator)},'
                f'"note":{_str(c.note)},"signal_id":{_str(c.signal_id)},'
                f'"value":{_num(c.value)},"weight":{weight}}}'
            )
        out.append(text)
    return "[" + ",".join(out) + "]"


#: The text of each weight seen (float -> RFC 8785 number), up to :data:`_WEIGHTS_KEPT`.
_WEIGHTS: dict[float, str] = {}
_WEIGHTS_KEPT = 4096


def _num(value: object) -> str:
    """A number as RFC 8785 writes it (the form the rows' hashes are written in)."""
    if type(value) is float:
        return jcs.number(value)
    if isinstance(value, float):  # numpy's float64 and other float subclasses
        return jcs.number(float(value))
    return jcs.dumps(value)


def _str(value: object) -> str:
    """A string as RFC 8785 writes it (the same escapes as ``encode_basestring``)."""
    return encode_basestring(value) if type(value) is str else jcs.dumps(value)


def _when(value: datetime | None) -> str:
    """A datetime column as the row hash normalises it (UTC ISO text)."""
    return "null" if value is None else _instant(value)


@lru_cache(maxsize=4096)
def _instant(value: datetime) -> str:
    # Equal datetimes are one instant, hence one UTC text: a series' rows share theirs.
    return f'"{as_utc(value).isoformat()}"'


def assessment_row_hash(
    item: Assessment | AssessmentText, run_id: int | None, contributions: str
) -> str:
    """``row_hash("assessments", assessment_to_row(item, run_id))``, assembled from the
    contributions' canonical JSON instead of serialising them again (keys in sorted
    order, each other value as the general recipe normalises it)."""
    screened = item.screened
    return sha256_hex(
        f'{{"as_of":{_when(item.as_of)},"band":{_str(item.band)},'
        f'"contributions":{contributions},"knowable_since":{_when(item.knowable_since)},'
        f'"policy_hash":{_str(item.policy_hash)},"policy_version":{_str(item.policy_version)},'
        f'"run_id":{_scalar(run_id)},"score":{_num(round(float(item.score), 9))},'
        f'"screened":{_BOOLS[screened] if type(screened) is bool else _scalar(screened)},'
        f'"subject_key":{_str(item.subject_key)}}}'
    )


_BOOLS = {True: "true", False: "false"}


def insert_assessments(
    conn: Connection, items: Sequence[Assessment | AssessmentText], run_id: int, now: datetime
) -> list[str]:
    """Insert the assessments as rows of run ``run_id``; return their row hashes in order.
    An :class:`~knowable.model.AssessmentText`'s contributions are written as it has them
    (the as-of series writes that text itself), an Assessment's by
    :func:`contributions_json`."""
    hashes: list[str] = []
    sqlite = conn.dialect.name == "sqlite"
    created: Any = _sqlite_time(now) if sqlite else now
    for start in range(0, len(items), CHUNK):
        params: list[tuple[Any, ...]] = []
        for item in items[start : start + CHUNK]:
            text = (
                item.contributions if isinstance(item, AssessmentText) else contributions_json(item)
            )
            hashed = assessment_row_hash(item, run_id, text)
            hashes.append(hashed)
            params.append(
                _values(item, run_id, text, created, hashed, sqlite),
            )
        conn.exec_driver_sql(_INSERT_SQLITE if sqlite else _INSERT_POSTGRES, params)
    return hashes


def _values(
    item: Assessment | AssessmentText,
    run_id: int,
    text: str,
    created: Any,
    hashed: str,
    sqlite: bool,
) -> tuple[Any, ...]:
    as_of = as_utc(item.as_of)
    since = as_utc(item.knowable_since) if item.knowable_since is not None else None
    return (
        item.subject_key,
        _sqlite_time(as_of) if sqlite else as_of,
        float(item.score),
        item.band,
        item.policy_version,
        item.policy_hash,
        _sqlite_time(since) if sqlite else since,
        text,
        int(item.screened) if sqlite else bool(item.screened),
        run_id,
        created,
        hashed,
        JCS_FORM,  # the form the hash above is written in
    )


def hashes_of(items: Iterable[Assessment], run_id: int | None) -> list[str]:
    """The row hashes the assessments get as rows of ``run_id`` (no database)."""
    return [assessment_row_hash(i, run_id, contributions_json(i)) for i in items]


class AssessmentRuns:
    """Several assessment runs written together in one transaction (an as-of series):
    each run's rows added in chunks as they are computed, so a caller never holds every
    date's assessments at once. :meth:`finish` records each run's count and digest and
    appends its audit event, in run order, exactly as a run written on its own."""

    def __init__(
        self, conn: Connection, params: Sequence[Mapping[str, Any]], actor: str, now: datetime
    ) -> None:
        self.conn = conn
        self.actor = actor
        self.now = now
        self.params = [dict(p) for p in params]
        self.run_ids: list[int] = []
        for p in self.params:
            inserted = conn.execute(
                t.screening_runs.insert().values(
                    kind="assess",
                    actor=actor,
                    params=p,
                    started_at=now,
                    subjects_screened=0,
                    signals_found=0,
                    signals_new=0,
                )
            ).inserted_primary_key
            self.run_ids.append(int(inserted[0]))  # type: ignore[index]
        self._hashes: list[list[str]] = [[] for _ in self.params]

    def add(self, run: int, items: Sequence[Assessment | AssessmentText]) -> None:
        """Store ``items`` as rows of the ``run``-th run (its index in ``params``)."""
        self._hashes[run].extend(insert_assessments(self.conn, items, self.run_ids[run], self.now))

    def finish(self) -> list[int]:
        """Close every run (count, digest, finish time, audit event); their ids."""
        for run_id, p, hashes in zip(self.run_ids, self.params, self._hashes, strict=True):
            run_digest = digest(hashes)
            self.conn.execute(
                t.screening_runs.update()
                .where(t.screening_runs.c.id == run_id)
                .values(subjects_screened=len(hashes), finished_at=utcnow(), digest=run_digest)
            )
            audit.append(
                self.conn,
                self.actor,
                "assess",
                "run",
                str(run_id),
                {"assessments": len(hashes), "digest": run_digest, **p},
            )
        return list(self.run_ids)
