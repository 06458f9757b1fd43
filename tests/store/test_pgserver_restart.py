"""The throwaway PostgreSQL server can be stopped and started again on its data (the soak
bench restarts it under load): committed rows survive, and while it is down nobody connects."""

from __future__ import annotations

import psycopg
import pytest

from knowable.store.pgserver import PostgresServer


@pytest.mark.postgres
def test_restart_keeps_committed_rows_and_refuses_connections_while_down(
    pg_server: PostgresServer,
) -> None:
    url = pg_server.create_database()
    name = url.rsplit("/", 1)[1]
    dsn = f"host=127.0.0.1 port={pg_server.port} user={pg_server.user} dbname={name}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("CREATE TABLE kept (n integer)")
        conn.execute("INSERT INTO kept VALUES (7)")
    pg_server.stop_server("fast")
    try:
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(dsn, connect_timeout=3).close()
    finally:
        pg_server.start_server()
    with psycopg.connect(dsn) as conn:
        assert conn.execute("SELECT n FROM kept").fetchall() == [(7,)]
