"""``knowable demo``: build a fresh workspace from bundled data, run every step, summarise."""

from __future__ import annotations

import shutil
import time
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.table import Table

from knowable.cases.repository import CaseRepository
from knowable.catalogue.policy import bundled_policy, score_text
from knowable.jobs.assess import assess_store, screen_relationship
from knowable.jobs.cases import scan
from knowable.jobs.content import ingest_demo_content, screen_content_store, workspace_salt
from knowable.jobs.ingest import ingest_crm
from knowable.jobs.media import ingest_media, screen_media
from knowable.jobs.report import report_file_name, write_dossier
from knowable.jobs.watchlists import ingest_watchlist, screen_watchlists
from knowable.model import Assessment
from knowable.settings import Settings
from knowable.store import Store, open_store
from knowable.timeutil import utcnow

#: The demo's CRM export is a snapshot taken on this day; the demo assesses as of it.
SNAPSHOT = datetime(2018, 6, 30, 23, 59, 59, tzinfo=UTC)
#: Date of the bundled OFAC SDN excerpt (the January 2019 list).
LIST_DATE = datetime(2019, 1, 15, tzinfo=UTC)


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
    started = time.perf_counter()
    store = fresh_store(directory)
    console.print(f"[bold]knowable demo[/bold]: workspace {directory.resolve()}")
    result = ingest_crm(store, data_dir("crm"), actor="demo")
    s = result.summary
    console.print(
        f"ingested CRM export: {s['stored']} records, {s['subjects_stored']} subjects, "
        f"{s['quarantined']} quarantined"
    )
    wl = ingest_watchlist(store, data_dir("watchlist"), "ofac-csv", LIST_DATE, actor="demo")
    hits = screen_watchlists(store, actor="demo")
    matched = sorted({store.subject(sig.subject_key).name for sig in hits.signals})
    console.print(
        f"watchlist: {wl['entries']} entries of {wl['source']} ({LIST_DATE.date()}); "
        f"{hits.subjects} subjects screened, {len(hits.signals)} hits"
        + (f":\n  {', '.join(matched)}" if matched else "")
    )
    news = ingest_media(store, data_dir("news"), actor="demo")
    console.print(
        f"ingested news: {news.summary['stored']} articles in {news.stories} stories, "
        f"{news.summary['quarantined']} quarantined"
    )
    media = screen_media(store, actor="demo")
    console.print(
        f"media screening: {media.subjects} subjects x {media.articles} articles, "
        f"{media.signals} signals"
    )
    salt = workspace_salt(Settings(workspace=directory, database_url=""))
    listings = ingest_demo_content(store, salt, actor="demo")
    content = screen_content_store(store, actor="demo", salt=salt)
    customer = sum(len(c.customer_signals) for c in content)
    console.print(
        f"hosted content: {sum(x.stored for x in listings)} listings of "
        f"{len(content)} platforms screened, {sum(len(c.signals) for c in content)} signals"
        + (f", {customer} on customers whose CRM contacts appear in ads" if customer else "")
    )
    rel = screen_relationship(store, actor="demo")
    console.print(
        f"screened relationship records: {rel.records} records, {len(rel.signals)} signals"
    )
    policy = bundled_policy()
    _, then = assess_store(store, policy, SNAPSHOT, actor="demo")
    now = utcnow()
    _, assessments = assess_store(store, policy, now, actor="demo")
    console.print(
        f"assessed {len(assessments)} customers with policy {policy.version}: as of "
        f"{SNAPSHOT.date()} (the export) and today ({now.date()})"
    )
    ranked = _ranked(assessments)
    _table(store, ranked, {a.subject_key: a for a in then}, console)
    if ranked:
        top = store.subject(ranked[0].subject_key)
        path = directory / "reports" / report_file_name(top.key, ".html")
        write_dossier(store, top, policy, now, path, "html", actor="demo")
        console.print(f"dossier of {top.name}: {path}")
    opened = scan(store, CaseRepository(store), actor="demo")
    console.print(
        f"review queue: {len(opened.cases_touched)} cases opened for a person to decide; "
        f"to work them:\n  knowable -w {directory} users add NAME --role reviewer\n"
        f"  knowable -w {directory} serve"
    )
    verdict = store.verify_audit()
    console.print(
        f"audit chain: {'intact' if verdict.ok else 'BROKEN'} ({verdict.events} events); "
        f"demo took {time.perf_counter() - started:.1f} s"
    )
    return store


def _ranked(assessments: list[Assessment]) -> list[Assessment]:
    """Highest band first (as the policy orders bands), then highest score."""
    policy = bundled_policy()
    return sorted(assessments, key=lambda a: (-policy.band_rank(a.band), -a.score, a.subject_key))


def _styled(band: str) -> str:
    spec = bundled_policy().band_spec(band)
    style = spec.style if spec else ""
    return f"[{style}]{band}[/{style}]" if style else band


def _table(
    store: Store, ranked: list[Assessment], then: dict[str, Assessment], console: Console
) -> None:
    names = {s.key: s for s in store.subjects(schema="Company")}
    table = Table(title=f"{len(ranked)} customers, ranked (as of today)")
    columns = ("#", "customer", "band", "score", "knowable since", f"on {SNAPSHOT.date()}")
    for col in columns:
        table.add_column(col, no_wrap=col == "customer")
    for n, a in enumerate(ranked, 1):
        subject = names.get(a.subject_key)
        earlier = then.get(a.subject_key)
        table.add_row(
            str(n),
            subject.name if subject else a.subject_key,
            _styled(a.band),
            score_text(a.score),
            a.knowable_since.date().isoformat() if a.knowable_since else "",
            _styled(earlier.band) if earlier else "",
        )
    console.print(table)
