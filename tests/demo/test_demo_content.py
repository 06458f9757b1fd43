"""The shipped demo listings are exactly what the generator in scripts/ writes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "src" / "knowable" / "demo" / "data" / "content"


def test_shipped_listings_equal_a_fresh_generation(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "make_demo_content", ROOT / "scripts" / "make_demo_content.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write(tmp_path)
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(p.name for p in SHIPPED.iterdir())
    for name in made:
        assert (tmp_path / name).read_bytes() == (SHIPPED / name).read_bytes(), (
            f"{name} is stale: run python scripts/make_demo_content.py"
        )
