"""Property-based requests generated from the published OpenAPI spec: no server errors.

Bounded (a few examples per operation, one seeded store per back end for the module), so
it stays fast. Runs on SQLite and on the tests' real PostgreSQL server.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from review_seed import Seeded, auth, seed
from schemathesis.checks import not_a_server_error

from knowable.api import create_app
from knowable.settings import Settings
from knowable.store import open_store

# Generated requests for every operation: make test-fast skips them.
pytestmark = pytest.mark.slow


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def fuzz_target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Any, Seeded]]:
    folder: Path = tmp_path_factory.mktemp("fuzz")
    url = ""
    if request.param == "postgres":
        url = request.getfixturevalue("pg_server").create_database()
    settings = Settings(workspace=folder, database_url=url, secret_key="fuzz")
    store = open_store(settings)
    seeded = seed(store)
    yield create_app(settings, store), seeded
    store.engine.dispose()


def test_no_server_error(fuzz_target: tuple[Any, Seeded]) -> None:
    app, seeded = fuzz_target
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 25

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=5,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
            phases=[Phase.explicit, Phase.generate],
        )
        def run(case: Any) -> None:
            for role in ("reviewer", "admin"):
                case.call_and_validate(headers=auth(seeded, role), checks=[not_a_server_error])

        run()
