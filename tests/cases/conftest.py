from __future__ import annotations

from pathlib import Path

import pytest

from knowable.settings import Settings
from knowable.store import Store, open_store


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Store:
    return open_store(Settings(workspace=tmp_path))
