"""API fixtures: the seeded review scenario on the shared ``store`` fixture, which runs each
test on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from review_seed import Seeded, seed

from knowable.api import create_app
from knowable.settings import Settings
from knowable.store import Store


@pytest.fixture
def seeded(store: Store) -> Seeded:
    return seed(store)


@pytest.fixture
def client(store: Store, seeded: Seeded, tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(workspace=tmp_path, secret_key="test-secret")
    with TestClient(create_app(settings, store)) as c:
        yield c
