"""Rows inserted through the driver are stored as SQLAlchemy Core stores them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from knowable.store.driverrows import insert_many, set_many
from knowable.store.engine import make_engine
from knowable.store.schema import JSONType

meta = sa.MetaData()
things = sa.Table(
    "things",
    meta,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(16), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("flag", sa.Boolean, nullable=False),
    sa.Column("details", JSONType, nullable=True),
    sa.Column("score", sa.Float, nullable=True),
    sa.Column("form", sa.SmallInteger, nullable=True, default=2),
    sa.Column("note", sa.String(8), nullable=True, server_default="none"),
    sa.Column("row_hash", sa.String(64), nullable=True),
)


def _rows() -> list[dict[str, Any]]:
    return [
        {
            "key": f"k{i}",
            "at": None if i % 3 == 0 else datetime(2024, 1, 1 + i % 28, 5, i % 60, tzinfo=UTC),
            "flag": i % 2 == 0,
            "details": None if i % 4 == 0 else {"b": [1, 2.5, "é"], "a": {"n": i}},
            "score": i / 7,
        }
        for i in range(2500)  # more than one chunk
    ]


def _stored(engine: sa.Engine, write: Callable[[sa.Connection], None]) -> list[tuple[Any, ...]]:
    meta.drop_all(engine)
    meta.create_all(engine)
    with engine.begin() as conn:
        write(conn)
    with engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM things ORDER BY id")]


def test_the_stored_values_are_those_core_stores(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'rows.db'}")
    rows = _rows()
    core = _stored(engine, lambda conn: conn.execute(sa.insert(things), rows))
    driver = _stored(engine, lambda conn: insert_many(conn, things, rows))
    assert driver == core
    assert core[1][6] == 2 and core[1][7] == "none"  # the defaults were filled
    # The updates too, and they change what they name only.
    pairs = [(f"k{i}", f"h{i}") for i in range(0, 2500, 2)]

    def core_set(conn: sa.Connection) -> None:
        conn.execute(sa.insert(things), rows)
        statement = sa.update(things).where(things.c.key == sa.bindparam("k"))
        conn.execute(
            statement.values(row_hash=sa.bindparam("h")), [{"k": k, "h": h} for k, h in pairs]
        )

    def driver_set(conn: sa.Connection) -> None:
        insert_many(conn, things, rows)
        set_many(conn, things, "row_hash", "key", pairs)

    updated = _stored(engine, driver_set)
    assert updated == _stored(engine, core_set)
    assert updated[0][-1] == "h0" and updated[1][-1] is None


def test_a_row_missing_a_column_the_first_has_is_refused(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'rows.db'}")
    rows = _rows()[:3]
    del rows[2]["score"]
    with pytest.raises(KeyError, match="score"):
        _stored(engine, lambda conn: insert_many(conn, things, rows))


def test_an_unknown_column_and_a_function_default_are_refused(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'rows.db'}")
    rows = [{**_rows()[0], "colour": "red"}]
    with pytest.raises(ValueError, match="no column 'colour'"):
        _stored(engine, lambda conn: insert_many(conn, things, rows))
    other = sa.Table(
        "stamped",
        sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), default=lambda: datetime.now(UTC)),
    )
    other.create(engine)
    with engine.begin() as conn, pytest.raises(ValueError, match="scalar default"):
        insert_many(conn, other, [{"id": 1}])
