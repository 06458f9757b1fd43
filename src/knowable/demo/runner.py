"""``knowable demo``: build a fresh workspace from bundled data, run every step, summarise."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.table import Table

from knowable.ingest import ingest_crm
from knowable.settings import Settings
from knowable.store import Store, open_store


def data_dir(name: str) -> Path:
    """Path of a bundled demo data folder."""
    return Path(str(resources.files("knowable.demo").joinpath("data", name)))


def fresh_store(directory: Path) -> Store:
    """Remove any earlier demo store in ``directory`` and create a new one."""
    directory.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        target = directory / f"knowable.db{suffix}"
        if target.exists():
            target.unlink()
    reports = directory / "reports"
    if reports.exists():
        shutil.rmtree(reports)
    return open_store(Settings(workspace=directory, database_url=""))


def run_demo(directory: Path, console: Console) -> Store:
    """Run the demo end to end and print what it found."""
    store = fresh_store(directory)
    console.print(f"[bold]knowable demo[/bold]: workspace {directory.resolve()}")
    result = ingest_crm(store, data_dir("crm"), actor="demo")
    s = result.summary
    console.print(
        f"ingested CRM export: {s['stored']} records, {s['subjects_stored']} subjects, "
        f"{s['quarantined']} quarantined"
    )
    _summary(store, console)
    verdict = store.verify_audit()
    console.print(f"audit chain: {'intact' if verdict.ok else 'BROKEN'} ({verdict.events} events)")
    return store


def _summary(store: Store, console: Console) -> None:
    accounts = store.subjects(schema="Company")
    counts: dict[str, int] = {}
    for record in store.records(source="crm"):
        if record.subject_key:
            counts[record.subject_key] = counts.get(record.subject_key, 0) + 1
    latest = {a.subject_key: a for a in store.assessments()}
    table = Table(title=f"{len(accounts)} customer accounts")
    for col in ("account", "industry", "records", "band", "knowable since"):
        table.add_column(col)
    for subject in accounts:
        a = latest.get(subject.key)
        table.add_row(
            subject.name,
            str(subject.properties.get("Industry", "")),
            str(counts.get(subject.key, 0)),
            a.band if a else "not screened",
            a.knowable_since.date().isoformat() if a and a.knowable_since else "",
        )
    console.print(table)
