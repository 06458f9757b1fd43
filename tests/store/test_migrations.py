"""Alembic migrations produce exactly the schema the code declares."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from knowable.hashing import LEGACY_FORM
from knowable.model import Record
from knowable.settings import Settings
from knowable.store import Store
from knowable.store import schema as t
from knowable.store.convert import record_to_row
from knowable.store.migrate import current_revision, head_revision, upgrade
from knowable.store.rowhash import row_hash
from knowable.store.schema import metadata
from knowable.timeutil import utcnow

VERSION_COLUMNS = ("org", "entity_key", "valid_from", "deleted")


def test_migrated_schema_matches_metadata(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_upgrade_is_idempotent(store: Store) -> None:
    upgrade(store.engine)
    assert current_revision(store.engine) == head_revision()


def test_0004_fills_in_versions_of_records_stored_before_it(tmp_path: Path) -> None:
    from alembic import command

    from knowable.store.engine import make_engine
    from knowable.store.migrate import _config

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    cfg = _config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(knowable_write=True)
        command.upgrade(cfg, "0003")
        conn.commit()
    store = Store(engine)
    old = Record(
        "crm",
        "Opportunity",
        {"Id": "006X", "Amount": "10", "LastModifiedDate": "2020-03-01T09:00:00.000+0000"},
        None,
        external_id="006X",
        subject_key="001A",
    )
    columns = [
        c.name
        for c in t.records.columns
        if c.name not in VERSION_COLUMNS and c.name != "hash_version"  # 0017's column
    ]
    with store.write() as conn:
        batch = conn.execute(
            t.ingest_batches.insert().values(
                source="crm", path="old", actor="test", started_at=utcnow()
            )
        ).inserted_primary_key[0]
        row = record_to_row(old, int(batch))
        row["row_hash"] = row_hash("records", row, LEGACY_FORM)  # as written before 0017
        row["ingested_at"] = utcnow()
        # The table as it stands at 0003 (the package's schema names later columns).
        old_records = sa.Table("records", sa.MetaData(), autoload_with=conn)
        conn.execute(old_records.insert().values(**{k: row[k] for k in columns}))
    upgrade(engine)
    (found,) = list(store.records(all_versions=True))
    assert found.entity_key == "Opportunity|006X"
    assert found.valid_from == datetime(2020, 3, 1, 9, tzinfo=UTC)
    assert found.deleted is False
    assert store.verify_audit().ok


def test_0006_hashes_review_rows_stored_before_it(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import text

    from knowable.store.engine import make_engine
    from knowable.store.migrate import _config

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    cfg = _config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(knowable_write=True)
        command.upgrade(cfg, "0005")
        conn.commit()
    store = Store(engine)
    now = utcnow()
    with store.write() as conn:
        conn.execute(
            text(
                "INSERT INTO subjects (key, schema, name, aliases, domains, countries, "
                "identifiers, addresses, birth_dates, properties, source, fingerprint, "
                "created_at, updated_at) VALUES ('001A', 'Company', 'Acme', '[]', '[]', "
                "'[]', '[]', '[]', '[]', '{}', 'crm', 'f', :now, :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO users (username, role, password_hash, active, created_at) "
                "VALUES ('ana', 'analyst', 'x', 1, :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO cases (key, subject_key, state, severity, opened_at, disposition,"
                " reviewer, evidence, reopen_count, version) VALUES ('C-1', '001A', "
                "'decided', 'normal', :now, 'cleared', 'rey', '[]', 0, 2)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO case_events (case_key, kind, actor, at, details) VALUES "
                "('C-1', 'decided', 'rey', :now, '{\"disposition\": \"cleared\"}')"
            ),
            {"now": now},
        )
    upgrade(engine)
    result = store.verify_audit()
    assert result.ok, result.problems
    with store.write() as conn:
        conn.execute(text("UPDATE subjects SET name = 'Other' WHERE key = '001A'"))
    assert not store.verify_audit().ok


def test_0007_adds_the_sync_marks_table_and_takes_it_away_again(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from knowable.store.engine import make_engine
    from knowable.store.migrate import _config

    engine = make_engine(f"sqlite:///{tmp_path / 'marks.db'}")
    upgrade(engine)
    assert "sync_marks" in inspect(engine).get_table_names()
    cfg = _config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(knowable_write=True)
        command.downgrade(cfg, "0006")
        conn.commit()
    assert "sync_marks" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert "sync_marks" in inspect(engine).get_table_names()


def _assessment_indexes(store: Store) -> dict[str, list[str | None]]:
    from sqlalchemy import inspect

    found = inspect(store.engine).get_indexes("assessments")
    return {str(ix["name"]): list(ix["column_names"]) for ix in found}


def test_0018_indexes_assessments_by_subject_date_and_id_and_goes_back(store: Store) -> None:
    from alembic import command

    from knowable.store.migrate import _config

    at_head = _assessment_indexes(store)
    assert at_head["ix_assessments_subject_as_of"] == ["subject_key", "as_of", "id"]
    assert "ix_assessments_subject_key" not in at_head
    cfg = _config()
    with store.engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(knowable_write=True)
        command.downgrade(cfg, "0017")
        conn.commit()
    before = _assessment_indexes(store)
    assert before["ix_assessments_subject_key"] == ["subject_key"]
    assert "ix_assessments_subject_as_of" not in before
    upgrade(store.engine)
    assert _assessment_indexes(store) == at_head


def _ranking_plan(store: Store) -> str:
    from knowable.jobs.cases import newest_ranking

    with store.engine.connect() as conn:
        sql = str(newest_ranking().compile(conn, compile_kwargs={"literal_binds": True}))
        return " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


def test_the_newest_assessments_are_ranked_from_the_index_alone(tmp_path: Path) -> None:
    from alembic import command

    from knowable.store.migrate import _config
    from knowable.store.repository import open_store

    store = open_store(Settings(database_url=f"sqlite:///{tmp_path / 'plan.db'}"))
    assert "COVERING INDEX ix_assessments_subject_as_of" in _ranking_plan(store)
    cfg = _config()
    with store.engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(knowable_write=True)
        command.downgrade(cfg, "0017")
        conn.commit()
    assert "COVERING INDEX" not in _ranking_plan(store)  # rows fetched for their as_of
