"""Store-level steps: screen CRM records with the relationship rules, assess everyone.

The I/O edge around the pure detectors and policy: read from the store, call the pure
functions, write the results back (screening run and assessment run, each audited).
The CLI and the demo both call these.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from knowable.assess.score import assess_many
from knowable.assess.series import assess_series_text_many
from knowable.catalogue.policy import Policy
from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.detect.relationship.reader import DETECTOR, detector_version
from knowable.gcpause import paused
from knowable.model import Assessment, Signal
from knowable.store import Store
from knowable.timeutil import as_utc

CRM_SOURCE = "crm"


@dataclass(frozen=True)
class ScreeningResult:
    signals: list[Signal]
    covered: set[str]
    records: int
    red_flags_in: int
    signals_new: int = 0


def screen_relationship(
    store: Store,
    actor: str = "cli",
    as_of: datetime | None = None,
    subject_keys: Collection[str] | None = None,
) -> ScreeningResult:
    """Run the relationship rules over the stored CRM records; store the signals.

    Signals of other detectors already in the store serve as the red flags the renewal
    and trend rules look for, so run this after the other screenings. Every customer in
    the CRM is marked screened, also when nothing was found. Each record is read in the
    version in force ``as_of`` (the latest when None); deleted records are not read.
    ``subject_keys`` (delta screening) reads only the records and red flags of those
    customers and their people, and marks only them screened.
    """
    rules = relationship_rules()
    keys: set[str] | None = None
    if subject_keys is not None:
        people = people_of(store)
        keys = set(subject_keys) | {p for k in subject_keys for p in people.get(k, ())}
    records = list(store.records(source=CRM_SOURCE, as_of=as_of, subject_keys=keys))
    earlier = [s for s in store.signals(subject_keys=keys) if s.detector != DETECTOR]
    found = detect_relationship(records, red_flags=earlier, rules=rules, as_of=as_of)
    covered = {s.key for s in store.subjects(schema="Company", keys=keys)}
    covered |= {r.subject_key for r in records if r.subject_key}
    params = {
        "rules_version": rules.version,
        "detector_version": detector_version(rules),
        "records": len(records),
        "red_flags_in": len(earlier),
        **({"as_of": as_of.isoformat()} if as_of is not None else {}),
        **({"only_subjects": len(keys)} if keys is not None else {}),
    }
    with store.screening_run(kind="relationship", params=params, actor=actor) as run:
        run.add_signals(found)
        run.mark_screened(sorted(covered))
    return ScreeningResult(found, covered, len(records), len(earlier), run.new)


def people_of(store: Store) -> dict[str, list[str]]:
    """Subject key -> keys of its people (contacts, officers) in the store."""
    out: dict[str, list[str]] = {}
    for subject in store.subjects(schema="Person"):
        if subject.parent_key:
            out.setdefault(subject.parent_key, []).append(subject.key)
    return out


def assess_store(
    store: Store,
    policy: Policy,
    as_of: datetime,
    actor: str = "cli",
    subject_keys: Collection[str] | None = None,
) -> tuple[int, list[Assessment]]:
    """Assess every customer (non-person subject) as of ``as_of``; append the results.
    ``subject_keys`` assesses only those customers (reading only their and their
    people's signals). Returns the assessment run id and the assessments.
    """
    people = people_of(store)
    customers = [s for s in store.subjects(keys=subject_keys) if s.schema != "Person"]
    keys: set[str] | None = None
    if subject_keys is not None:
        keys = {s.key for s in customers}
        keys |= {p for k in list(keys) for p in people.get(k, ())}
    grouped: dict[str, list[Signal]] = defaultdict(list)
    for signal in store.signals(subject_keys=keys):
        grouped[signal.subject_key].append(signal)
    screened = set(store.screened())
    results = assess_many(grouped, [s.key for s in customers], policy, as_of, screened, people)
    params: dict[str, object] = {
        "as_of": as_of.isoformat(),
        "policy_version": policy.version,
        "policy_hash": policy.sha256,
        "subjects": len(results),
    }
    if subject_keys is not None:
        params["only_subjects"] = True
    run_id = store.add_assessments(results, params=params, actor=actor)
    return run_id, results


#: Customers assessed (at every date) before their rows are written.
SERIES_CHUNK = 1000


@dataclass(frozen=True)
class SeriesRun:
    """One date of an as-of series as stored: its run and what it found."""

    run_id: int
    as_of: datetime
    customers: int
    bands: dict[str, int]
    knowable: int


def assess_store_series(
    store: Store,
    policy: Policy,
    dates: Sequence[datetime],
    actor: str = "cli",
    progress: Callable[[int], None] | None = None,
) -> list[SeriesRun]:
    """Assess every customer at each of ``dates`` in one pass over the signals.

    The store is read once (subjects, signals, screenings, people); each customer's
    signals are prepared once for all dates (:func:`knowable.assess.series.assess_series`,
    the same results as :func:`assess_store` date by date), and each date's
    contributions written straight to their stored text
    (:func:`knowable.assess.series.assess_series_text`). Each date is its own
    assessment run with its audit event, in date order, all written in one transaction;
    customers are assessed and written a chunk at a time, so memory holds one chunk's
    assessments, not every date's. Returns each run's summary, in date order.
    ``progress`` is told how many customers are assessed so far. The cyclic garbage
    collector is paused meanwhile (:func:`knowable.gcpause.paused`).
    """
    with paused():  # millions of short-lived objects beside every signal: see gcpause
        return _series(store, policy, dates, actor, progress)


def _series(
    store: Store,
    policy: Policy,
    dates: Sequence[datetime],
    actor: str,
    progress: Callable[[int], None] | None,
) -> list[SeriesRun]:
    whens = sorted({as_utc(d) for d in dates})
    customers = [s.key for s in store.subjects() if s.schema != "Person"]
    grouped: dict[str, list[Signal]] = defaultdict(list)
    for signal in store.signals():
        grouped[signal.subject_key].append(signal)
    screened = set(store.screened())
    people = people_of(store)
    params = [
        {
            "as_of": when.isoformat(),
            "policy_version": policy.version,
            "policy_hash": policy.sha256,
            "subjects": len(customers),
            "series": len(whens),
        }
        for when in whens
    ]
    bands: list[Counter[str]] = [Counter() for _ in whens]
    knowable = [0 for _ in whens]
    with store.assessment_runs(params, actor) as runs:
        for start in range(0, len(customers), SERIES_CHUNK):
            chunk = customers[start : start + SERIES_CHUNK]
            by_date = assess_series_text_many(grouped, chunk, policy, whens, screened, people)
            for i, results in enumerate(by_date.values()):
                runs.add(i, results)
                bands[i].update(a.band for a in results)
                knowable[i] += sum(1 for a in results if a.knowable_since is not None)
            if progress is not None:
                progress(start + len(chunk))
    return [
        SeriesRun(run_id, when, len(customers), dict(sorted(b.items())), k)
        for run_id, when, b, k in zip(runs.run_ids, whens, bands, knowable, strict=True)
    ]
