"""The Spark stages run in one process (no Java) give the in-process jobs' results, and the
``spark export`` / ``spark load`` commands carry them through Parquet into a store."""

from __future__ import annotations

import sys
from pathlib import Path

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

from knowable.jobs.content import workspace_salt
from knowable.spark import stages
from knowable.spark import tables as tb
from knowable.spark.export import SALT_FILE, export_inputs
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
