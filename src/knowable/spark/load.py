"""``knowable spark load DIR``: a Spark run's signals and assessments into the store.

Each run in the output (watchlist, media, content, relationship, in that order) becomes one
screening run of the store, with the signals it found, the subjects it covered and its
audit event, through the same ``Store.screening_run`` the in-process jobs use; each
assessment date becomes one assessment run (``Store.add_assessments``). Loading the same
output twice adds runs that find nothing new (signals are kept once by id).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from knowable.errors import InputError
from knowable.spark import tables as tb
from knowable.store import Store

_CHUNK = 5_000


@dataclass
class LoadResult:
    """Per run: signals found in the output and new to the store; assessment runs."""

    signals: dict[str, tuple[int, int]] = field(default_factory=dict)
    assessment_runs: list[tuple[str, int, int]] = field(default_factory=list)


def _read(folder: Path, name: str, schema: pa.Schema) -> pa.Table:
    target = folder / name
    if not target.is_dir() or not any(target.glob("*.parquet")):
        raise InputError(
            f"not a knowable spark output: no {name}/ with Parquet files", file=str(folder)
        )
    table = pq.read_table(target)
    missing = [n for n in schema.names if n not in table.column_names]
    if missing:
        raise InputError(
            f"missing column(s) {', '.join(missing)}", file=str(target), field=missing[0]
        )
    return tb.conform(table, schema)


def load_output(store: Store, folder: Path, actor: str = "cli") -> LoadResult:
    """Store every run and assessment of the Spark output in ``folder``."""
    runs = _read(folder, "runs", tb.RUNS).sort_by("position")
    signals = _read(folder, "signals", tb.SIGNALS)
    screened = _read(folder, "screened", tb.SCREENED)
    assessed = _read(folder, "assessments", tb.ASSESSMENTS)
    result = LoadResult()
    for row in runs.to_pylist():
        name = row["run"]
        params = {**json.loads(row["params"]), "output": str(folder)}
        mine = signals.filter(pc.equal(signals["run"], name))
        keys = screened.filter(pc.equal(screened["run"], name))["subject_key"].to_pylist()
        with store.screening_run(kind=name, params=params, actor=actor) as run:
            for start in range(0, mine.num_rows, _CHUNK):
                run.add_signals(tb.signals_from(mine.slice(start, _CHUNK)))
            run.mark_screened(keys)
        result.signals[name] = (run.found, run.new)
    dates = sorted(set(assessed["as_of"].to_pylist()))
    for when in dates:
        items = tb.assessments_from(assessed.filter(pc.equal(assessed["as_of"], when)))
        versions = {(a.policy_version, a.policy_hash) for a in items}
        if len(versions) != 1:
            raise InputError(
                f"assessments as of {when.isoformat()} mix policies {sorted(versions)}",
                file=str(folder / "assessments"),
                field="policy_hash",
            )
        version, policy_hash = versions.pop()
        params = {
            "as_of": items[0].as_of.isoformat(),
            "policy_version": version,
            "policy_hash": policy_hash,
            "subjects": len(items),
            "engine": "spark",
            "output": str(folder),
        }
        run_id = store.add_assessments(items, params=params, actor=actor)
        result.assessment_runs.append((items[0].as_of.date().isoformat(), len(items), run_id))
    return result
