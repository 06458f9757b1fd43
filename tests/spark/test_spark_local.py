"""The Spark stages run in one process (no Java) give the in-process jobs' results, and the
``spark export`` / ``spark load`` commands carry them through Parquet into a store."""

from __future__ import annotations

import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from orgs import (
    DATES,
    assessment_keys,
    build_store,
    copy_workspace,
    run_in_process,
    settings,
    signal_keys,
)

from knowable.catalogue.policy import bundled_policy
from knowable.jobs.content import workspace_salt
from knowable.spark import stages
from knowable.spark import tables as tb
from knowable.spark.export import SALT_FILE, export_inputs
from knowable.spark.job import assess_task, buckets, relationship_task
from knowable.spark.local import run_local
from knowable.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))

from clirun import run as cli

pytestmark = pytest.mark.slow


def test_stages_in_one_process_equal_the_jobs_and_load_back(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    store = build_store(workspace)
    untouched = tmp_path / "untouched"
    copy_workspace(store, workspace, untouched)
    export = cli(workspace, "spark", "export", str(tmp_path / "in"))
    assert export.returncode == 0, export.stderr
    assert "146 subjects, 1183 crm, 437 listings, 24 articles, 299 watchlist" in export.stdout
    salt = (tmp_path / "in" / SALT_FILE).read_bytes()
    assert salt == workspace_salt(settings(workspace))
    assert (tmp_path / "in" / SALT_FILE).stat().st_mode & 0o077 == 0

    counts = run_local(tmp_path / "in", tmp_path / "out", DATES, salt)
    assessed = run_in_process(store, workspace)
    local_signals = tb.signals_from(pq.read_table(tmp_path / "out" / "signals"))
    assert signal_keys(local_signals) == signal_keys(store.signals())
    assert counts == {"watchlist": 1, "media": 30, "content": 249, "relationship": 74}
    local_assessed = tb.assessments_from(pq.read_table(tmp_path / "out" / "assessments"))
    assert assessment_keys(local_assessed) == assessment_keys(assessed)

    loaded = cli(untouched, "spark", "load", str(tmp_path / "out"))
    assert loaded.returncode == 0, loaded.stderr
    assert "content: 249 signals, 249 new" in loaded.stdout
    copy = open_store(settings(untouched))
    assert signal_keys(copy.signals()) == signal_keys(store.signals())
    assert assessment_keys(copy.assessments()) == assessment_keys(store.assessments())
    assert copy.verify_audit().ok
    again = cli(untouched, "spark", "load", str(tmp_path / "out"))
    assert "content: 249 signals, 0 new" in again.stdout  # signals are kept once


def test_export_without_contacts_leaves_no_salt_and_no_contact_index(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    store = build_store(workspace)
    export_inputs(store, tmp_path / "in", salt=None)
    assert not (tmp_path / "in" / SALT_FILE).exists()
    subjects = pq.read_table(tmp_path / "in" / "subjects")
    assert not stages.ContentTools.build(subjects, None).contacts
    # with the salt, the customers' CRM phones and e-mails are indexed for NET-07
    assert stages.ContentTools.build(subjects, workspace_salt(settings(workspace))).contacts


def test_spark_run_names_a_bad_date_and_a_missing_salt_file(tmp_path: Path) -> None:
    bad = cli(tmp_path, "spark", "run", "--input", "in", "--output", "out", "--as-of", "2018-13-01")
    assert bad.returncode != 0 and "--as-of" in bad.stderr and "2018-13-01" in bad.stderr
    missing = cli(
        tmp_path, "spark", "run", "--input", "in", "--output", "out", "--salt-file", "nope"
    )
    assert missing.returncode != 0 and "nope" in missing.stderr


def test_spark_submit_entry_point_refuses_a_bad_date_before_starting_spark(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from knowable.spark.__main__ import main

    with pytest.raises(SystemExit) as stopped:
        main(["--input", "in", "--output", "out", "--as-of", "31/12/2026"])
    assert stopped.value.code == 2
    assert "--as-of: not a date: '31/12/2026'" in capsys.readouterr().err


def _split(table: pa.Table, column: str, group: Callable[[str | None], int]) -> dict[int, pa.Table]:
    """``table``'s rows in groups by ``group(row[column])`` (a bucket, as Spark makes)."""
    found: dict[int, list[int]] = {}
    for i, key in enumerate(table[column].to_pylist()):
        found.setdefault(group(key), []).append(i)
    return {g: table.take(pa.array(rows, pa.int64())) for g, rows in sorted(found.items())}


def test_groups_of_whole_customers_give_the_one_group_result_and_split_ones_do_not(
    tmp_path: Path,
) -> None:
    """Spark's relationship and assess tasks get buckets of several customers; the result
    equals one call over everyone as long as a bucket never splits a customer."""
    store = build_store(tmp_path / "ws")
    salt = workspace_salt(settings(tmp_path / "ws"))
    export_inputs(store, tmp_path / "in", salt)
    run_local(tmp_path / "in", tmp_path / "out", DATES, salt)
    signals = tb.conform(pq.read_table(tmp_path / "out" / "signals"), tb.SIGNALS)
    flags = signals.filter(pc.not_equal(signals["run"], "relationship"))
    crm = stages.records_in_force(tb.conform(pq.read_table(tmp_path / "in" / "crm"), tb.RECORDS))
    crm = crm.filter(pc.is_valid(crm["subject_key"]))
    subjects = tb.conform(pq.read_table(tmp_path / "in" / "subjects"), tb.SUBJECTS)
    whole_rel = signal_keys(tb.signals_from(relationship_task(crm, flags)))
    policy = bundled_policy()
    whole_assessed = assessment_keys(
        tb.assessments_from(assess_task(policy, DATES, subjects, signals))
    )
    assert whole_rel and whole_assessed

    # Buckets of whole subjects (relationship) and whole customers (assessment).
    order = {k: i for i, k in enumerate(sorted(set(subjects["key"].to_pylist())))}

    def bucket(key: str | None) -> int:
        return order.get(key or "", 0) % 3

    records, red = _split(crm, "subject_key", bucket), _split(flags, "subject_key", bucket)
    assert len(records) == 3
    empty = tb.SIGNALS.empty_table()
    rel = set().union(
        *(
            signal_keys(tb.signals_from(relationship_task(part, red.get(b, empty))))
            for b, part in records.items()
        )
    )
    assert rel == whole_rel
    owner = dict(zip(subjects["key"].to_pylist(), subjects["customer"].to_pylist(), strict=True))
    keyed = signals.append_column(
        "customer", pa.array([owner.get(k, k) for k in signals["subject_key"].to_pylist()])
    )
    assessed: set[tuple[object, ...]] = set()
    for part in _split(subjects, "customer", bucket).values():
        mine = set(part["customer"].to_pylist())
        theirs = keyed.filter(pc.is_in(keyed["customer"], pa.array(sorted(mine))))
        assessed |= assessment_keys(tb.assessments_from(assess_task(policy, DATES, part, theirs)))
    assert assessed == whole_assessed

    # Splitting a subject's records, or a customer from its people, changes the result.
    halves = _split(crm, "id", lambda key: zlib.crc32((key or "").encode()) % 2)
    split_rel = set().union(
        *(signal_keys(tb.signals_from(relationship_task(h, flags))) for h in halves.values())
    )
    assert split_rel != whole_rel
    apart = set().union(
        *(
            assessment_keys(tb.assessments_from(assess_task(policy, DATES, part, signals)))
            for part in _split(subjects, "schema", lambda s: int(s == "Person")).values()
        )
    )
    assert apart != whole_assessed


def test_buckets_hold_about_the_rows_asked_and_never_fewer_than_the_partitions() -> None:
    assert buckets(1_000_000, 8, per_bucket=5_000) == 200
    assert buckets(1_000_001, 8, per_bucket=5_000) == 201
    assert buckets(20_000, 8, per_bucket=5_000) == 8
    assert buckets(0, 2) == 2
