"""The Spark job's stages run over whole tables in this process (no Spark, no Java).

The reference the Spark run is measured and checked against: same inputs, same stage
functions, same outputs, one partition per stage. ``bench/spark_bench.py`` times both.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from knowable.catalogue.policy import Policy, bundled_policy
from knowable.detect.media.signals import MediaScreener
from knowable.spark import stages
from knowable.spark import tables as tb


def read_input(folder: Path, name: str, schema: pa.Schema) -> pa.Table:
    """One input table (a folder of Parquet files) with exactly ``schema``'s columns."""
    return tb.conform(pq.read_table(folder / name), schema)


def run_local(
    input_dir: Path,
    output_dir: Path,
    dates: Sequence[datetime],
    salt: bytes | None = None,
    policy: Policy | None = None,
) -> dict[str, int]:
    """Run every stage over ``input_dir``; write the outputs (signals, assessments,
    screened, runs) under ``output_dir``. Returns the number of signals per run."""
    policy = policy or bundled_policy()
    subjects = read_input(input_dir, "subjects", tb.SUBJECTS)
    entries = stages.watchlist_entries(read_input(input_dir, "watchlist", tb.RECORDS))
    watchlist = stages.watchlist_signals(subjects, entries)
    stories = stages.stories(read_input(input_dir, "articles", tb.RECORDS))
    media = stages.media_signals(stories, MediaScreener(tb.subjects_from(subjects)))
    tools = stages.ContentTools.build(subjects, salt)
    content = stages.content_signals(read_input(input_dir, "listings", tb.RECORDS), tools)
    flags = tb.concat([watchlist, media, content], tb.SIGNALS)
    crm = stages.records_in_force(read_input(input_dir, "crm", tb.RECORDS))
    relationship = stages.relationship_signals(crm, flags)
    signals = tb.concat([flags, relationship], tb.SIGNALS)
    assessed = stages.assessments(subjects, signals, policy, dates)
    counts = {
        run: table.num_rows
        for run, table in zip(stages.RUNS, (watchlist, media, content, relationship), strict=True)
    }
    listings = read_input(input_dir, "listings", tb.RECORDS)
    covered = stages.coverage(
        subjects, listings["subject_key"].to_pylist(), crm["subject_key"].to_pylist()
    )
    inputs = {
        "entries": len(entries),
        "articles": read_input(input_dir, "articles", tb.RECORDS).num_rows,
        "listings": listings.num_rows,
        "crm": crm.num_rows,
    }
    outputs = {
        "signals": signals,
        "assessments": assessed,
        "screened": stages.screened_table(covered),
        "runs": stages.runs_table(covered, counts, inputs),
    }
    for name, table in outputs.items():
        (output_dir / name).mkdir(parents=True, exist_ok=True)
        pq.write_table(table, output_dir / name / "part-0.parquet")
    return counts
