"""Property-based requests generated from the published OpenAPI spec: no server errors.

Bounded (a few examples per operation) and on one module-wide SQLite store, so it stays
fast; the functional tests cover PostgreSQL.
"""

from __future__ import annotations

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


@pytest.fixture(scope="module")
def fuzz_target(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Seeded]:
    folder: Path = tmp_path_factory.mktemp("fuzz")
    store = open_store(Settings(workspace=folder))
    seeded = seed(store)
    return create_app(Settings(workspace=folder, secret_key="fuzz"), store), seeded


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
