"""Core commands: init, ingest crm, subjects, quarantine, audit, demo."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.table import Table

from knowable.catalogue.policy import score_text, shown_score
from knowable.cli.app import SETUP, app, audit_app, ingest_app, quarantine_app, subjects_app
from knowable.cli.common import (
    JSON_HELP,
    LIMIT_HELP,
    RootOptions,
    console,
    print_json,
    progress,
    settings_from,
    store_from,
)
from knowable.errors import InputError


def _print_version(value: bool) -> None:
    if not value:
        return
    import knowable
    import knowable.names

    build = "compiled (mypyc)" if knowable.names.native() else "pure Python"
    typer.echo(f"knowable {knowable.__version__}; name matcher: {build}")
    raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    version: bool = typer.Option(
        False,
        "--version",
        callback=_print_version,
        is_eager=True,
        help="Print the version and whether the name matcher is compiled, then exit.",
    ),
    database_url: str = typer.Option(
        "",
        "--database-url",
        envvar="KNOWABLE_DATABASE_URL",
        help="SQLAlchemy URL (default: SQLite file knowable.db in the workspace).",
    ),
    workspace: Path = typer.Option(
        Path("."),
        "--workspace",
        "-w",
        envvar="KNOWABLE_WORKSPACE",
        help="Folder holding the default SQLite store.",
        file_okay=False,
    ),
) -> None:
    """knowable: which of your customers you know, or should know, are engaged in grave crime."""
    # Settings are built when a command first needs them (see settings_from), so that
    # `knowable COMMAND --help` does not pay for pydantic-settings.
    ctx.obj = RootOptions(database_url=database_url, workspace=workspace)


@app.command(rich_help_panel=SETUP)
def init(ctx: typer.Context) -> None:
    """Create the store (or bring its schema up to date)."""
    settings = settings_from(ctx)
    settings.workspace.mkdir(parents=True, exist_ok=True)
    store = store_from(ctx, migrate=True)
    store.append_audit(
        "cli", "init", "store", "store", {"url": _redact(settings.resolved_database_url())}
    )
    console.print(f"store ready: {escape(_redact(settings.resolved_database_url()))}")


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


@ingest_app.command("crm")
def ingest_crm_cmd(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="A Salesforce export: folder or .csv/.json file."),
    limit: int = typer.Option(10, "--limit", help=LIMIT_HELP),
    org: str | None = typer.Option(
        None,
        "--org",
        help="The Salesforce org the export comes from (a name or the 00D... Organization "
        "Id). Default: the export's OrganizationId column, else the default org.",
    ),
    full: bool = typer.Option(
        False,
        "--full",
        help="The export holds every record of its objects: stored records of those "
        "objects (same org) that it leaves out become deletions as of now.",
    ),
) -> None:
    """Read a Salesforce export (Data Loader / Data Export CSVs or sfdx JSON)."""
    from knowable.jobs.ingest import export_size, ingest_crm

    store = store_from(ctx)
    limits = settings_from(ctx).limits()
    with progress("reading export", export_size(path), in_bytes=True) as advance:
        result = ingest_crm(store, path, progress=advance, org=org, full=full, limits=limits)
    for item in result.refused:
        console.print(f"[red]{escape(item.message())}[/red]", highlight=False)
    summary = result.summary
    console.print(
        f"[bold]{escape(str(path))}[/bold]: {result.rows_read} rows in {len(result.files)} files: "
        f"[green]{summary['stored']} stored[/green], {summary['duplicates']} duplicate, "
        f"[yellow]{summary['quarantined']} quarantined[/yellow]"
        f" ({summary['quarantine_repeats']} already on record); "
        f"subjects {summary['subjects_stored']} new, {summary['subjects_updated']} updated; "
        f"{summary['versions']} new versions of stored records, {summary['deletions']} deletions"
    )
    if full:
        console.print(
            f"full export: {result.missing} stored records missing from it are now deletions"
        )
        if result.missing_skipped:
            console.print(
                "[yellow]not checked for missing records[/yellow] (some rows unreadable): "
                + escape(", ".join(result.missing_skipped))
            )
    rows = [q for q in result.quarantined if q not in result.refused]
    for item in rows[: limit or None]:
        console.print(f"  [yellow]quarantined[/yellow] {escape(item.message())}", highlight=False)
    shown = min(len(rows), limit) if limit else len(rows)
    more = result.quarantined_count - len(result.refused) - shown
    if more > 0:
        console.print(f"  ... and {more} more: `knowable quarantine list`")
    if summary["stored"] + summary["duplicates"] == 0 and result.subjects_seen == 0:
        if result.refused and len(result.refused) == len(result.files):
            raise InputError(result.refused[0].reason, file=result.refused[0].file)
        raise InputError("nothing could be read", file=str(path))


@subjects_app.command("list")
def subjects_list(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    people: bool = typer.Option(False, "--people", help="Include persons (contacts)."),
) -> None:
    """List subjects with their last assessment (or 'not screened')."""
    store = store_from(ctx)
    subjects = store.subjects() if people else store.subjects(schema="Company")
    latest = {a.subject_key: a for a in store.assessments()}
    screened = store.screened()
    rows: list[dict[str, Any]] = []
    for s in subjects:
        a = latest.get(s.key)
        rows.append(
            {
                "key": s.key,
                "schema": s.schema,
                "name": s.name,
                "domains": list(s.domains),
                "countries": list(s.countries),
                "band": a.band if a else ("unassessed" if s.key in screened else "not screened"),
                "score": shown_score(a.score) if a else None,
                "knowable_since": a.knowable_since.date().isoformat()
                if a and a.knowable_since
                else None,
            }
        )
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"{len(rows)} subjects")
    for col in ("key", "name", "domains", "countries", "band", "score", "knowable since"):
        table.add_column(col)
    for r in rows:
        table.add_row(
            r["key"],
            r["name"],
            ", ".join(r["domains"]),
            ", ".join(r["countries"]),
            str(r["band"]),
            "" if r["score"] is None else score_text(r["score"]),
            r["knowable_since"] or "",
        )
    console.print(table)


@quarantine_app.command("list")
def quarantine_list(
    ctx: typer.Context,
    limit: int = typer.Option(100, "--limit", help=LIMIT_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Show rows set aside at ingest with file, line, field and reason."""
    store = store_from(ctx)
    rows = store.quarantined(limit or None)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"{len(rows)} quarantined rows")
    for col in ("batch", "file", "line", "field", "reason"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            str(r["batch_id"]), r["file"], str(r["line"] or ""), r["field"] or "", r["reason"]
        )
    console.print(table)


@audit_app.command("verify")
def audit_verify(
    ctx: typer.Context,
    checkpoints: list[Path] = typer.Option(
        [], "--checkpoints", help="Signed checkpoint files (knowable audit checkpoint)."
    ),
    public_key: Path | None = typer.Option(
        None, "--public-key", help="The Ed25519 public key (PEM) the checkpoints are signed with."
    ),
    expect_head: list[str] = typer.Option(
        [], "--expect-head", help="A head known from elsewhere, as SEQ:HASH."
    ),
    tsa_cert: Path | None = typer.Option(
        None,
        "--tsa-cert",
        help="The time-stamp authority's certificate: every checkpoint must carry a "
        "time-stamp it signed over that checkpoint.",
    ),
    since_checkpoint: Path | None = typer.Option(
        None,
        "--since-checkpoint",
        help="Verify only what came after this signed checkpoint (needs --public-key); "
        "everything at or before it is trusted.",
    ),
) -> None:
    """Recompute the audit chain and every row hash; name the first break.

    With checkpoints or expected heads, also prove that nothing at or before them was
    rewritten and that no events were removed after them. With --since-checkpoint, check
    the checkpoint still holds and re-derive only the events after it and the rows they
    wrote (the full verify stays the default).
    """
    from knowable.store import checkpoint as cp

    anchors = [cp.parse_expect_head(text) for text in expect_head]
    trusted_tsa = cp.load_certificate(tsa_cert) if tsa_cert is not None else None
    store = store_from(ctx)
    if since_checkpoint is not None:
        if public_key is None:
            raise InputError("--since-checkpoint needs --public-key", field="public_key")
        with store.read() as conn:
            result, _ = cp.verify_since(
                conn, since_checkpoint, cp.load_public(public_key), trusted_tsa
            )
    else:
        result = store.verify_audit()
    if checkpoints:
        if public_key is None:
            raise InputError("--checkpoints needs --public-key", field="public_key")
        found, bad = cp.anchors_from(checkpoints, cp.load_public(public_key), trusted_tsa)
        anchors.extend(found)
        result.problems.extend(bad)
    with store.read() as conn:
        result.problems.extend(cp.check_anchors(conn, anchors))
    if result.ok:
        anchored = f", {len(anchors)} anchor(s) hold" if anchors else ""
        skipped = (
            f"; trusted up to the checkpoint at event #{result.since_seq}: "
            f"{result.events_skipped} events and {result.rows_skipped} rows not re-hashed"
            if result.since_seq is not None
            else ""
        )
        console.print(
            f"[green]audit chain intact[/green]: {result.events} events, "
            f"{result.rows_checked} rows checked{anchored}{skipped}"
        )
        return
    console.print(f"[red]audit chain BROKEN[/red]: {len(result.problems)} problem(s); first:")
    for problem in result.problems[:20]:
        console.print(f"  {escape(str(problem))}", highlight=False)
    raise typer.Exit(1)


@audit_app.command("keygen")
def audit_keygen(
    key: Path = typer.Option(..., "--key", help="Where to write the private key (0600)."),
) -> None:
    """Make an Ed25519 signing key for checkpoints; print its public key.

    Keep the private key outside the database's machine or account.
    """
    from knowable.store import checkpoint as cp

    print(cp.keygen(key), end="")


@audit_app.command("checkpoint")
def audit_checkpoint(
    ctx: typer.Context,
    key: Path = typer.Option(..., "--key", help="The Ed25519 private key (knowable audit keygen)."),
    out: Path = typer.Option(..., "--out", help="Where to write the signed checkpoint JSON."),
    tsa_url: list[str] = typer.Option(
        [], "--tsa", help="An RFC 3161 time-stamp authority to time-stamp the checkpoint."
    ),
    webhook_url: list[str] = typer.Option(
        [], "--webhook", help="A URL to POST the signed checkpoint to; its answer is kept."
    ),
    webhook_secret: str = typer.Option(
        "",
        "--webhook-secret",
        envvar="KNOWABLE_CHECKPOINT_WEBHOOK_SECRET",
        help="Sign the webhook body with HMAC-SHA256 under this secret (best from the "
        "environment variable).",
        show_default=False,
    ),
) -> None:
    """Sign the audit chain's current head (seq, hash, time) and write it to a file;
    optionally have a time-stamp authority time-stamp it and POST it to a webhook, keeping
    their answers in the file."""
    from knowable.jobs import anchor
    from knowable.store import checkpoint as cp

    private = cp.load_private(key)
    store = store_from(ctx)
    with store.read() as conn:
        made = cp.make(conn, private)
    cp.write(made, out)  # the checkpoint is kept whatever the anchors do
    console.print(f"checkpoint of event #{made['seq']} ({made['hash']}) written to {out}")
    anchors: list[dict[str, Any]] = []
    failed: list[str] = []
    for url in tsa_url:
        try:
            anchors.append(anchor.timestamp(url, made))
            console.print(f"time-stamped by {url}", highlight=False)
        except anchor.AnchorError as exc:
            failed.append(str(exc))
    for url in webhook_url:
        try:
            sent = anchor.webhook(url, {**made, "anchors": anchors}, webhook_secret or None)
            anchors.append(sent)
            console.print(
                f"sent to {url}: HTTP {sent['status']}, receipt sha256 "
                f"{sent['receipt_sha256'][:16]}...",
                highlight=False,
            )
        except anchor.AnchorError as exc:
            failed.append(str(exc))
    if anchors:
        cp.write({**made, "anchors": anchors}, out)
    for reason in failed:
        console.print(f"[red]anchor failed[/red]: {escape(reason)}", highlight=False)
    if failed:
        raise typer.Exit(1)


@audit_app.command("export")
def audit_export(
    ctx: typer.Context,
    out: Path = typer.Option(
        Path("-"), "--out", help="Where to write the JSON lines ('-': standard output)."
    ),
) -> None:
    """Write the whole chain as JSON lines, oldest first, for a verifier in another
    language (docs/audit.md): each event's hashed fields, prev_hash, hash, hash_version."""
    import json
    import sys

    from knowable.store import audit

    store = store_from(ctx)
    count = 0
    with store.read() as conn:
        sink = sys.stdout if str(out) == "-" else out.open("w", encoding="utf-8")
        try:
            for event in audit.export(conn):
                # repr-exact floats: a double read back anywhere is the double written
                sink.write(json.dumps(event, ensure_ascii=False, allow_nan=False) + "\n")
                count += 1
        finally:
            if sink is not sys.stdout:
                sink.close()
    if str(out) != "-":
        console.print(f"{count} audit events written to {out}")


@audit_app.command("log")
def audit_log(
    ctx: typer.Context,
    limit: int = typer.Option(20, "--limit", help=LIMIT_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Show the newest audit events."""
    store = store_from(ctx)
    events = store.audit_events(limit=limit or None)
    if as_json:
        print_json([asdict(e) for e in events])
        return
    table = Table(title="audit events (newest first)")
    for col in ("seq", "at", "actor", "action", "entity", "hash"):
        table.add_column(col)
    for e in events:
        table.add_row(
            str(e.seq),
            e.at.isoformat(timespec="seconds"),
            e.actor,
            e.action,
            f"{e.entity_type} {e.entity_id}",
            e.hash[:12],
        )
    console.print(table)


@app.command(rich_help_panel=SETUP)
def demo(
    ctx: typer.Context,
    directory: Path = typer.Option(Path("knowable-demo"), "--dir", help="Workspace to (re)build."),
) -> None:
    """Build a fresh demo workspace from the bundled fictional data and show what it finds."""
    from knowable.demo.runner import run_demo

    run_demo(directory, console)
