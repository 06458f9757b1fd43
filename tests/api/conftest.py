from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from knowable.api import create_app
from knowable.settings import Settings
from knowable.store import Store, open_store
from tests.api.seed import Seeded, seed


@pytest.fixture
def api_store(tmp_path: Path) -> Store:
    return open_store(Settings(workspace=tmp_path))


@pytest.fixture
def seeded(api_store: Store) -> Seeded:
    return seed(api_store)


@pytest.fixture
def client(api_store: Store, seeded: Seeded, tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(workspace=tmp_path, secret_key="test-secret")
    with TestClient(create_app(settings, api_store)) as c:
        yield c


def auth(seeded: Seeded, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {seeded.tokens[role]}"}
