"""The Parquet tables turn back into exactly the objects they were made from; the stages'
grouping rules (customer of a subject, version in force) hold."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from knowable.errors import InputError
from knowable.model import (
    Assessment,
    Contribution,
    Evidence,
    Explanation,
    Feature,
    Record,
    Signal,
    Subject,
    in_force,
)
from knowable.spark import stages
from knowable.spark import tables as tb
from knowable.spark.load import load_output
from knowable.store import Store, convert

T0 = datetime(2014, 3, 5, 10, 30, 15, 123456, tzinfo=UTC)
T1 = datetime(2015, 1, 1, tzinfo=UTC)


def _roundtrip(table: pa.Table, path: Path) -> pa.Table:
    pq.write_table(table, path)
    return pq.read_table(path)


def test_subjects_round_trip_and_people_belong_to_their_account(tmp_path: Path) -> None:
    account = Subject(
        key="001A",
        schema="Company",
        name="Acme Ltd",
        aliases=("Acme",),
        domains=("acme.example",),
        countries=("gb",),
        properties={"Phone": "+44 20 7946 0000", "nested": {"a": [1, 2.5]}},
    )
    person = Subject(key="003P", schema="Person", name="Ann Lee", parent_key="001A")
    orphan = Subject(key="003Q", schema="Person", name="Bo Chan")
    table = _roundtrip(tb.subjects_table([account, person, orphan]), tmp_path / "s.parquet")
    assert tb.subjects_from(table) == [account, person, orphan]
    assert table["customer"].to_pylist() == ["001A", "001A", "003Q"]


def test_records_round_trip_with_ids_dates_and_payload(tmp_path: Path) -> None:
    record = Record(
        source="crm",
        kind="Note",
        payload={"Body": "Met the owner.", "Amount": 12.5, "Flags": [True, None]},
        available_at=T0,
        external_id="002X",
        subject_key="003P",
        text="Met the owner.",
        ingested_at=T1,
        entity_key="Note|002X",
        valid_from=T0,
    )
    table = _roundtrip(tb.records_table([record], {"003P": "001A"}), tmp_path / "r.parquet")
    (back,) = tb.records_from(table)
    assert back == record
    assert back.id == record.id
    assert table["customer"].to_pylist() == ["001A"]


def test_signals_and_assessments_round_trip(tmp_path: Path) -> None:
    signal = Signal(
        subject_key="001A",
        indicator="REL-01",
        strength=0.7,
        observed_at=T0,
        detector="relationship",
        detector_version="3",
        evidence=(Evidence("r1", "quote", 3, 8), Evidence("r1", "title", 0, 5, "title")),
        record_id="r1",
        details={"rules": ["a"], "score": 0.123456789},
        explanation=Explanation("s", "rules", "m", "1", (("k", "v"),), (Feature("f", 0.5),)),
    )
    (back,) = tb.signals_from(_roundtrip(tb.signals_table([signal], "x"), tmp_path / "g.pq"))
    assert back == signal and back.explanation == signal.explanation and back.id == signal.id
    item = Assessment(
        subject_key="001A",
        as_of=T1,
        score=0.8125,
        band="review",
        policy_version="p",
        policy_hash="h",
        contributions=(Contribution(signal.id, "REL-01", "relationship", 0.5, 0.35, "n"),),
        knowable_since=T0,
    )
    (again,) = tb.assessments_from(_roundtrip(tb.assessments_table([item]), tmp_path / "a.parquet"))
    assert again == item


def _parsed(table: pa.Table, json_columns: tuple[str, ...]) -> dict[str, object]:
    (row,) = table.to_pylist()
    return {k: json.loads(v) if k in json_columns and v is not None else v for k, v in row.items()}


def test_tables_hold_the_stores_rows_with_json_parts() -> None:
    """Each Parquet row is the store's row (``store.convert``) without the store's own
    columns, its nested parts as JSON: the same mapping, not a second spelling of it."""
    subject = Subject(
        key="001A", schema="Company", name="Acme", aliases=("A",), properties={"x": [1]}
    )
    (srow,) = tb.subjects_table([subject]).to_pylist()
    store_row = convert.subject_to_row(subject)
    assert {"key": srow["key"], "schema": srow["schema"], **json.loads(srow["body"])} == {
        k: v for k, v in store_row.items() if k != "fingerprint"
    }
    record = Record("crm", "Note", {"Body": "b", "n": 2}, T0, "002X", "003P", text="b")
    row = _parsed(tb.records_table([record], {}), ("payload",))
    store_row = convert.record_to_row(record, 7)
    shared = set(store_row) - {"batch_id", "org", "deleted"}
    assert {k: row[k] for k in shared} == {k: store_row[k] for k in shared}
    signal = Signal("001A", "REL-01", 0.5, T0, "relationship", "1", (Evidence("r", "q", 0, 1),))
    row = _parsed(tb.signals_table([signal], "x"), ("evidence", "details", "explanation"))
    store_row = convert.signal_to_row(signal, 3)
    assert {k: row[k] for k in store_row if k != "run_id"} == {
        k: v for k, v in store_row.items() if k != "run_id"
    }
    item = Assessment("001A", T1, 0.25, "watch", "p", "h")
    row = _parsed(tb.assessments_table([item]), ("contributions",))
    store_row = convert.assessment_to_row(item, None)
    assert {k: row[k] for k in store_row if k != "run_id"} == {
        k: v for k, v in store_row.items() if k != "run_id"
    }
    # reading back goes through the store's converters, so both give the same objects
    assert tb.signals_from(tb.signals_table([signal], "x")) == [
        convert.row_to_signal(convert.signal_to_row(signal, 3))
    ]


def test_records_without_versions_keep_their_deleted_flag_and_empty_text() -> None:
    """Where Parquet differs from the store: ``deleted`` is kept on records without
    versions (the store leaves it unset), and a file with no text reads as empty text."""
    record = Record("crm", "Note", {"Body": ""}, T0, "002Y", "003P", text="")
    table = tb.records_table([record], {})
    assert table["deleted"].to_pylist() == [False]
    assert convert.record_to_row(record, 1)["deleted"] is None
    nulled = table.set_column(
        table.schema.get_field_index("text"), "text", pa.array([None], pa.string())
    )
    assert tb.records_from(nulled) == [record]


def _note(key: str, subject: str, valid_from: datetime, deleted: bool = False) -> Record:
    return Record(
        source="crm",
        kind="Note",
        payload={"Body": f"{subject} {valid_from.isoformat()} {deleted}"},
        available_at=valid_from,
        external_id=key,
        subject_key=subject,
        entity_key=f"Note|{key}",
        valid_from=valid_from,
        ingested_at=T1,
        deleted=deleted,
    )


def test_version_in_force_is_picked_across_accounts_and_deletions_drop_records() -> None:
    moved_old, moved_new = _note("n1", "001A", T0), _note("n1", "001B", T1)
    kept = _note("n2", "001A", T0)
    gone_old, gone_del = _note("n3", "001A", T0), _note("n3", "001A", T1, deleted=True)
    table = tb.records_table([moved_old, moved_new, kept, gone_old, gone_del], {})
    chosen = stages.records_in_force(table)
    # the moved note counts for its new account only; the deleted one for nobody
    assert sorted(chosen["id"].to_pylist()) == sorted([moved_new.id, kept.id])


def test_version_in_force_from_columns_equals_in_force_over_records() -> None:
    """``records_in_force`` reads only the version columns; it keeps exactly the rows
    ``model.in_force`` keeps over whole records, records without an entity key included."""
    loose = Record("crm", "Account", {"Name": "Acme"}, T0, "001A", "001A")
    later = _note("n4", "001A", T1)
    earlier = _note("n4", "001A", T0)
    undated = Record(
        "crm", "Task", {"S": "call"}, None, "00T1", "001A", entity_key="Task|00T1", ingested_at=T0
    )
    gone_old, gone_del = _note("n5", "001B", T0), _note("n5", "001B", T1, deleted=True)
    records = [loose, later, earlier, undated, gone_old, gone_del]
    chosen = stages.records_in_force(tb.records_table(records, {}))
    assert chosen["id"].to_pylist() == [r.id for r in in_force(records)]
    assert set(chosen["id"].to_pylist()) == {loose.id, later.id, undated.id}


def test_coverage_follows_the_in_process_runs() -> None:
    subjects = tb.subjects_table(
        [
            Subject(key="001A", schema="Company", name="A"),
            Subject(key="003P", schema="Person", name="P", parent_key="001A"),
            Subject(key="001O", schema="Organization", name="O"),
        ]
    )
    covered = stages.coverage(subjects, ["001A", "001A"], ["001O", None])  # type: ignore[list-item]
    assert covered["watchlist"] == covered["media"] == ["001A", "001O", "003P"]
    assert covered["content"] == ["001A"]
    # companies always, others only with an in-force CRM record
    assert covered["relationship"] == ["001A", "001O"]
    assert stages.coverage(subjects, [], [])["relationship"] == ["001A"]


def _output(folder: Path, assessments: list[Assessment]) -> Path:
    covered = {run: ["001A"] for run in stages.RUNS}
    counts = dict.fromkeys(stages.RUNS, 0)
    inputs = {"entries": 0, "articles": 0, "listings": 0, "crm": 0}
    tables = {
        "signals": tb.SIGNALS.empty_table(),
        "assessments": tb.assessments_table(assessments),
        "screened": stages.screened_table(covered),
        "runs": stages.runs_table(covered, counts, inputs),
    }
    for name, table in tables.items():
        (folder / name).mkdir(parents=True)
        pq.write_table(table, folder / name / "part-0.parquet")
    return folder


def _assessment(policy_hash: str) -> Assessment:
    return Assessment("001A", T1, 0.0, "clear", "p", policy_hash)


def test_load_records_empty_runs_and_their_audit_events(tmp_path: Path, store: Store) -> None:
    result = load_output(store, _output(tmp_path / "out", [_assessment("h")]))
    assert result.signals == dict.fromkeys(stages.RUNS, (0, 0))
    assert [r["kind"] for r in store.runs()] == [*stages.RUNS, "assess"]
    assert set(store.screened()) == {"001A"}
    assert store.verify_audit().events == 5


def test_load_refuses_a_folder_that_is_not_spark_output(tmp_path: Path, store: Store) -> None:
    (tmp_path / "signals").mkdir()
    with pytest.raises(InputError, match=r"no runs/ with Parquet files"):
        load_output(store, tmp_path)
    assert store.runs() == []


def test_load_refuses_assessments_of_one_date_under_two_policies(
    tmp_path: Path, store: Store
) -> None:
    folder = _output(tmp_path / "out", [_assessment("h1"), _assessment("h2")])
    with pytest.raises(InputError, match="mix policies"):
        load_output(store, folder)


def test_local_sessions_start_the_jvm_lean_and_clusters_keep_their_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from knowable.spark.job import LOCAL_JAVA_OPTIONS, session_conf

    monkeypatch.delenv("KNOWABLE_SPARK_JAVA_OPTIONS", raising=False)
    local = session_conf("local[2]", "2g")
    assert local["spark.driver.extraJavaOptions"] == LOCAL_JAVA_OPTIONS
    assert local["spark.driver.memory"] == "2g" and local["spark.sql.session.timeZone"] == "UTC"
    assert "spark.driver.extraJavaOptions" not in session_conf("spark://head:7077")
    assert "spark.driver.extraJavaOptions" not in session_conf("k8s://https://api:443")
    monkeypatch.setenv("KNOWABLE_SPARK_JAVA_OPTIONS", "-XX:+UseParallelGC")
    assert session_conf("local[2]")["spark.driver.extraJavaOptions"] == "-XX:+UseParallelGC"
    monkeypatch.setenv("KNOWABLE_SPARK_JAVA_OPTIONS", " ")
    assert "spark.driver.extraJavaOptions" not in session_conf("local[2]")
