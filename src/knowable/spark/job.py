"""``knowable spark run``: every detector and the assessment as one Spark application.

Reads the Parquet inputs of :mod:`knowable.spark.export` and writes the outputs described
in :mod:`knowable.spark.tables`. The work of each task is a function of
:mod:`knowable.spark.stages` over Arrow batches (``mapInArrow``, ``applyInArrow``), so the
detectors and the policy are the same code the in-process jobs run:

==============  ===================================================================
watchlist       subjects hash-partitioned by customer, ``mapInArrow``; the list
                entries are broadcast and indexed once per task
media           one task groups all articles into stories; the stories are spread
                over the tasks, each screens them against every subject (broadcast)
content         ``groupBy(platform).applyInArrow``; customer contacts broadcast
relationship    CRM rows partitioned by entity (version in force), then grouped by
                bucket of customers with their red flags
                (``groupBy(bucket).cogroup(flags).applyInArrow``)
assess          subjects and signals grouped by bucket of customers
                (``groupBy(bucket).cogroup(signals).applyInArrow``), every date
==============  ===================================================================

A bucket is a hash of the customer's key modulo a count chosen so a group holds about
:data:`BUCKET_ROWS` rows: whole customers (with everything the rules read about them), so
the result is the one-customer-per-group result, while the detector and the policy are
called a few hundred times rather than once per customer (each call pays for building
the model's matrices and for Arrow conversion, a large share of a small customer's work).
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pyarrow as pa

from knowable.catalogue.policy import Policy, bundled_policy
from knowable.detect.media.signals import MediaScreener
from knowable.hashing import canonical_json
from knowable.sources.watchlist import WatchlistEntry
from knowable.spark import stages
from knowable.spark import tables as tb

if TYPE_CHECKING:
    from pyspark.core.broadcast import Broadcast
    from pyspark.sql import DataFrame, SparkSession

T = TypeVar("T")
#: Rows per group aimed at when customers are grouped into buckets.
BUCKET_ROWS = 5_000
_CACHE: dict[tuple[str, str], Any] = {}


@dataclass(frozen=True)
class Shared:
    """Reference data every task needs: a broadcast Arrow table and a key naming it."""

    key: str
    data: Broadcast[bytes]


def share(spark: SparkSession, table: pa.Table) -> Shared:
    return Shared(uuid.uuid4().hex, spark.sparkContext.broadcast(to_ipc(table)))


def _cached(kind: str, ref: Shared, build: Callable[[bytes], T]) -> T:
    """Reference data built once per Python worker (Spark reuses workers between tasks)."""
    key = (kind, ref.key)
    if key not in _CACHE:
        _CACHE[key] = build(ref.data.value)
    found: T = _CACHE[key]
    return found


def to_ipc(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue().to_pybytes())


def from_ipc(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(pa.py_buffer(data)).read_all()


def _gather(batches: Iterator[pa.RecordBatch], schema: pa.Schema) -> pa.Table:
    return tb.concat(list(batches), schema)


# -- task functions (module level, so Spark ships them by reference) ----------------------------
def _entries(data: bytes) -> list[WatchlistEntry]:
    return stages.watchlist_entries(from_ipc(data))


def watchlist_task(entries: Shared, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    table = _gather(batches, tb.SUBJECTS)
    if table.num_rows:
        found = _cached("entries", entries, _entries)
        yield from stages.watchlist_signals(table, found).to_batches()


def stories_task(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    yield from stages.stories(_gather(batches, tb.RECORDS)).to_batches()


def _screener(data: bytes) -> MediaScreener:
    return MediaScreener(tb.subjects_from(from_ipc(data)))


def media_task(subjects: Shared, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    table = _gather(batches, stages.STORIES)
    if table.num_rows:
        screener = _cached("screener", subjects, _screener)
        yield from stages.media_signals(table, screener).to_batches()


def _content_tools(salt: bytes | None, data: bytes) -> stages.ContentTools:
    return stages.ContentTools.build(from_ipc(data), salt)


def content_task(subjects: Shared, salt: bytes | None, table: pa.Table) -> pa.Table:
    tools = _cached("content", subjects, partial(_content_tools, salt))
    return stages.content_signals(tb.conform(table, tb.RECORDS), tools)


def in_force_task(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    table = _gather(batches, tb.RECORDS)
    if table.num_rows:
        yield from stages.records_in_force(table).to_batches()


def relationship_task(records: pa.Table, flags: pa.Table) -> pa.Table:
    if not records.num_rows:
        return tb.SIGNALS.empty_table()
    return stages.relationship_signals(
        tb.conform(records, tb.RECORDS), tb.conform(flags, tb.SIGNALS)
    )


def assess_task(
    policy: Policy, dates: Sequence[datetime], subjects: pa.Table, signals: pa.Table
) -> pa.Table:
    if not subjects.num_rows:
        return tb.ASSESSMENTS.empty_table()
    return stages.assessments(
        tb.conform(subjects, tb.SUBJECTS), tb.conform(signals, tb.SIGNALS), policy, dates
    )


# -- the application -----------------------------------------------------------------------------
def buckets(rows: int, partitions: int, per_bucket: int = BUCKET_ROWS) -> int:
    """How many buckets of customers: about ``per_bucket`` rows each, and no fewer than
    the partitions (so every task has work)."""
    return max(partitions, -(-rows // per_bucket))


#: JVM options for local masters, where one JVM is the driver and the only executor and
#: the CPU goes mostly to Python workers: the serial collector (no concurrent GC threads
#: on a small heap) and the C1 compiler only (no C2 compilation of code run briefly).
#: On the bench they halved the JVM's CPU-seconds; results do not depend on them.
LOCAL_JAVA_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"


def session_conf(master: str, memory: str = "1g", app: str = "knowable") -> dict[str, str]:
    """The settings :func:`session` starts Spark with (local masters also get
    :data:`LOCAL_JAVA_OPTIONS`, unless ``KNOWABLE_SPARK_JAVA_OPTIONS`` names others, empty
    for the JVM's defaults)."""
    conf = {
        "spark.master": master,
        "spark.app.name": app,
        "spark.sql.session.timeZone": "UTC",
        "spark.driver.memory": memory,
        "spark.sql.shuffle.partitions": "8",
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.execution.arrow.maxRecordsPerBatch": "5000",
    }
    if master.startswith("local"):
        options = os.environ.get("KNOWABLE_SPARK_JAVA_OPTIONS", LOCAL_JAVA_OPTIONS)
        if options.strip():
            conf["spark.driver.extraJavaOptions"] = options
    return conf


def session(master: str, memory: str = "1g", app: str = "knowable") -> SparkSession:
    """A Spark session in UTC; for local masters, workers run this interpreter and import
    this copy of knowable."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder
    for key, value in session_conf(master, memory, app).items():
        builder = builder.config(key, value)
    if master.startswith("local"):
        # Workers are forked from this machine: same interpreter, same knowable.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        source = str(Path(__file__).resolve().parents[2])
        paths = [source, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
        builder = builder.config("spark.executorEnv.PYTHONPATH", os.pathsep.join(paths))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


@dataclass(frozen=True)
class RunSummary:
    """What one Spark run wrote: signals per run, assessments, and the policy used."""

    output: str
    signals: dict[str, int]
    assessments: int
    policy_version: str
    dates: tuple[datetime, ...]


def run(
    spark: SparkSession,
    input_dir: str,
    output_dir: str,
    dates: Sequence[datetime],
    salt: bytes | None = None,
    partitions: int | None = None,
    policy: Policy | None = None,
    step: Callable[[str], None] | None = None,
) -> RunSummary:
    """Run every detector and the assessment over ``input_dir``; write ``output_dir``.
    ``step`` hears the name of each phase as it starts."""
    from pyspark.sql import functions as F  # noqa: N812 (pyspark's own convention)

    policy = policy or bundled_policy()
    parts = partitions or max(2, spark.sparkContext.defaultParallelism)

    def read(name: str) -> DataFrame:
        return spark.read.parquet(f"{input_dir.rstrip('/')}/{name}")

    subjects = read("subjects")
    subject_table = subjects.toArrow()
    everyone = share(spark, subject_table)
    watchlist_table = read("watchlist").toArrow()
    entries = share(spark, watchlist_table)
    signal_ddl = tb.ddl(tb.SIGNALS)

    watchlist = (
        subjects.repartition(parts, "customer")
        .mapInArrow(partial(watchlist_task, entries), signal_ddl)
        .persist()
    )
    media = (
        read("articles")
        .repartition(1)
        .mapInArrow(stories_task, tb.ddl(stages.STORIES))
        .repartition(parts)
        .mapInArrow(partial(media_task, everyone), signal_ddl)
        .persist()
    )
    listings = read("listings")
    content = (
        listings.groupBy("subject_key")
        .applyInArrow(lambda table: content_task(everyone, salt, table), signal_ddl)
        .persist()
    )
    flags = watchlist.unionByName(media).unionByName(content)
    crm = (
        read("crm").repartition(parts, "entity_key").mapInArrow(in_force_task, tb.ddl(tb.RECORDS))
    ).persist()
    crm_rows = crm.count()

    def bucket(frame: DataFrame, column: str, count: int) -> DataFrame:
        return frame.withColumn("bucket", F.pmod(F.hash(F.col(column)), F.lit(count)))

    # Rules read a subject's records and its red flags together (keyed by subject).
    by_subject = buckets(crm_rows, parts)
    relationship = (
        bucket(crm.where(F.col("subject_key").isNotNull()), "subject_key", by_subject)
        .groupBy("bucket")
        .cogroup(bucket(flags, "subject_key", by_subject).groupBy("bucket"))
        .applyInArrow(relationship_task, signal_ddl)
        .persist()
    )
    signals = flags.unionByName(relationship)
    if step:
        step("screening: watchlist, media, content, relationship")
    signals.write.mode("overwrite").parquet(f"{output_dir}/signals")
    counts = {
        name: frame.count()
        for name, frame in zip(stages.RUNS, (watchlist, media, content, relationship), strict=True)
    }

    keyed = (
        spark.read.parquet(f"{output_dir}/signals")
        .join(
            subjects.select(F.col("key").alias("subject_key"), F.col("customer").alias("owner")),
            "subject_key",
            "left",
        )
        .withColumn("customer", F.coalesce(F.col("owner"), F.col("subject_key")))
        .drop("owner")
    )
    when = tuple(dates)
    if step:
        step(f"assessing as of {len(when)} date(s)")
    by_customer = buckets(subject_table.num_rows, parts)
    assessed = (
        bucket(subjects, "customer", by_customer)
        .groupBy("bucket")
        .cogroup(bucket(keyed, "customer", by_customer).groupBy("bucket"))
        .applyInArrow(
            lambda mine, theirs: assess_task(policy, when, mine, theirs),
            tb.ddl(tb.ASSESSMENTS),
        )
    )
    assessed.write.mode("overwrite").parquet(f"{output_dir}/assessments")
    assessments = spark.read.parquet(f"{output_dir}/assessments").count()

    if step:
        step("recording what each run covered")
    _write_runs(
        spark,
        output_dir,
        subject_table,
        crm,
        crm_rows,
        listings,
        read("articles"),
        watchlist_table,
        counts,
    )
    for frame in (watchlist, media, content, relationship, crm):
        frame.unpersist()
    return RunSummary(output_dir, counts, assessments, policy.version, tuple(dates))


def _write_runs(
    spark: SparkSession,
    output_dir: str,
    subject_table: pa.Table,
    crm: DataFrame,
    crm_rows: int,
    listings: DataFrame,
    articles: DataFrame,
    entries: pa.Table,
    counts: dict[str, int],
) -> None:
    """The ``screened`` and ``runs`` tables: who each run covered, and its params."""
    from pyspark.sql import functions as F  # noqa: N812

    def keys(frame: DataFrame) -> list[str]:
        found = frame.select("subject_key").where(F.col("subject_key").isNotNull()).distinct()
        return [str(row["subject_key"]) for row in found.collect()]

    covered = stages.coverage(tb.conform(subject_table, tb.SUBJECTS), keys(listings), keys(crm))
    inputs = {
        "entries": len(stages.watchlist_entries(tb.conform(entries, tb.RECORDS))),
        "articles": articles.count(),
        "listings": listings.count(),
        "crm": crm_rows,
    }
    for name, table in (
        ("screened", stages.screened_table(covered)),
        ("runs", stages.runs_table(covered, counts, inputs)),
    ):
        spark.createDataFrame(table).write.mode("overwrite").parquet(f"{output_dir}/{name}")


def summary_json(summary: RunSummary) -> str:
    return canonical_json(
        {
            "output": summary.output,
            "signals": summary.signals,
            "assessments": summary.assessments,
            "policy_version": summary.policy_version,
            "dates": [d.isoformat() for d in summary.dates],
        }
    )
