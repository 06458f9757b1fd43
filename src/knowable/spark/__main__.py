"""Entry point for ``spark-submit`` on a cluster (YARN, Kubernetes, standalone)::

    spark-submit --master k8s://https://HOST:443 --deploy-mode cluster ... \\
        local:///opt/venv/lib/python3.11/site-packages/knowable/spark/__main__.py \\
        --input s3a://bucket/knowable/in --output s3a://bucket/knowable/out \\
        --as-of 2026-12-01 --salt-file contact-salt

The master, executors and memory come from spark-submit; this only runs the job
(:func:`knowable.spark.job.run`) in the session spark-submit made. ``--salt-file`` is a
path on the driver (ship it with ``--files``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from knowable.spark.job import run, summary_json
from knowable.timeutil import parse_as_of, utcnow


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="knowable.spark")
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--as-of", action="append", default=[])
    parser.add_argument("--salt-file", type=Path)
    parser.add_argument("--partitions", type=int)
    args = parser.parse_args(argv)
    dates = []
    for text in args.as_of:
        when = parse_as_of(text)
        if when is None:
            parser.error(f"--as-of: not a date: {text!r} (expected YYYY-MM-DD)")
        dates.append(when)
    salt = args.salt_file.read_bytes() if args.salt_file else None
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("knowable").getOrCreate()
    spark.conf.set("spark.sql.session.timeZone", "UTC")
    try:
        summary = run(spark, args.input, args.output, dates or [utcnow()], salt, args.partitions)
    finally:
        spark.stop()
    sys.stdout.write(summary_json(summary) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
