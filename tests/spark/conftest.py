"""One local Spark session for the Spark tests of a process (local[2], small memory, quiet).

Needs pyspark (the ``spark`` extra) and a Java runtime. Without them the tests are skipped
with the reason, except under CI or with KNOWABLE_REQUIRE_SPARK=1 (``make test`` sets it),
where a missing Spark is a failure.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def _spark_required() -> bool:
    return bool(os.environ.get("CI")) or os.environ.get("KNOWABLE_REQUIRE_SPARK") == "1"


def _missing() -> str | None:
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed (pip install -e '.[spark]')"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "no Java runtime (scripts/install-system-deps.sh installs openjdk-17-jre-headless)"
    return None


@pytest.fixture(scope="session")
def spark() -> Iterator[SparkSession]:
    reason = _missing()
    if reason is not None:
        if _spark_required():
            pytest.fail(f"Spark tests required here but {reason}")
        pytest.skip(reason)
    from knowable.spark.job import session

    spark = session("local[2]", memory="768m", app="knowable-tests")
    try:
        yield spark
    finally:
        spark.stop()
