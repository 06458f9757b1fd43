"""Rows inserted through the driver, with the values SQLAlchemy Core would send.

Core's ``executemany`` builds and processes a parameter dict per row (defaults filled,
each value through its column type's bind processor). Opening thousands of cases inserts
tens of thousands of alerts, cases, case events and audit events that way, and on SQLite
that bookkeeping cost about as much as the database's own work. :func:`insert_many` does
the same on SQLite with one tuple per row: each column's own bind processor (SQLAlchemy's,
so the stored text of a date, a boolean or a JSON column is the one Core stores), the
column's scalar default where a row leaves it out, one ``executemany`` per chunk. On
other databases it is Core's ``insert`` (PostgreSQL's driver casts JSON and returns ids
its own way).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, update

#: Rows per executemany.
CHUNK = 1000


def insert_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (every row with the keys of the first) into ``table``.

    A column a row leaves out gets its scalar default, or the database's; one with any
    other Python-side default (a function) is refused, as is a row missing a key the
    first row has (KeyError)."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        for start in range(0, len(rows), CHUNK):
            conn.execute(insert(table), rows[start : start + CHUNK])
        return
    given = list(rows[0])
    unknown = [name for name in given if name not in table.c]
    if unknown:
        raise ValueError(f"{table.name} has no column {unknown[0]!r}")
    fixed: list[tuple[str, Any]] = []
    for column in table.c:
        if column.name in rows[0] or column.default is None:
            continue
        if not column.default.is_scalar:
            raise ValueError(f"{table.name}.{column.name}: only a scalar default can be filled in")
        fixed.append((column.name, column.default.arg))  # type: ignore[attr-defined]
    names = given + [name for name, _ in fixed]
    dialect = conn.dialect
    processors = [table.c[name].type._cached_bind_processor(dialect) for name in names]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    defaults = tuple(value for _, value in fixed)
    params: list[tuple[Any, ...]] = []
    for row in rows:
        values = (*(row[name] for name in given), *defaults)
        params.append(
            tuple(
                value if process is None else process(value)
                for process, value in zip(processors, values, strict=True)
            )
        )
        if len(params) == CHUNK:
            conn.exec_driver_sql(sql, params)
            params = []
    if params:
        conn.exec_driver_sql(sql, params)


def set_many(
    conn: Connection, table: Table, column: str, key: str, pairs: Sequence[tuple[Any, Any]]
) -> None:
    """Set ``column`` to each pair's second value in the row whose ``key`` column holds
    its first: on SQLite one driver ``executemany`` (values through the columns' bind
    processors), elsewhere Core's ``update`` with bound parameters."""
    if not pairs:
        return
    if conn.dialect.name != "sqlite":
        statement = (
            update(table).where(table.c[key] == bindparam("_k")).values({column: bindparam("_v")})
        )
        conn.execute(statement, [{"_k": k, "_v": v} for k, v in pairs])
        return
    dialect = conn.dialect
    to_key = table.c[key].type._cached_bind_processor(dialect)
    to_value = table.c[column].type._cached_bind_processor(dialect)
    quote = dialect.identifier_preparer.quote
    sql = f"UPDATE {quote(table.name)} SET {quote(column)} = ? WHERE {quote(key)} = ?"
    conn.exec_driver_sql(
        sql,
        [
            (v if to_value is None else to_value(v), k if to_key is None else to_key(k))
            for k, v in pairs
        ],
    )
