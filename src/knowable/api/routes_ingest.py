"""Ingest uploads: records as JSON lines, and CRM exports when the CRM reader is installed.

A bad line is quarantined with its line number and reason; the rest of the upload is stored
(nothing is lost). Each upload is one ingest batch with its own audit event.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, BinaryIO

from fastapi import APIRouter, FastAPI, File, Form, Query, UploadFile, status

from knowable.api.deps import Ingester, ServicesDep
from knowable.api.errors import ERROR_RESPONSES
from knowable.api.schemas import IngestOut
from knowable.errors import InputError
from knowable.jobs.ingest import ingest_crm
from knowable.model import Quarantined, Record
from knowable.sources import guards
from knowable.timeutil import parse_when

router = APIRouter(prefix="/api/ingest", responses=ERROR_RESPONSES, tags=["ingest"])


def parse_record_line(
    line: str, source: str, name: str, number: int
) -> Record | Quarantined | None:
    """One JSON line to a Record, or a Quarantined row naming what is wrong; None if blank."""
    text = line.strip()
    if not text:
        return None

    def bad(reason: str, field: str | None = None) -> Quarantined:
        return Quarantined(source, name, number, field, reason, text[:10_000])

    try:
        data = guards.loads(text)
    except guards.NestingTooDeepError as exc:
        return bad(exc.reason)
    except json.JSONDecodeError as exc:
        return bad(f"not JSON: {exc.msg}")
    if not isinstance(data, dict):
        return bad("a line must be a JSON object")
    kind = data.get("kind")
    if not isinstance(kind, str) or not kind.strip():
        return bad("missing kind", "kind")
    available: Any = data.get("available_at")
    when = None
    if available not in (None, ""):
        when = parse_when(str(available)) if isinstance(available, str) else None
        if when is None:
            return bad(f"not a date: {available!r}", "available_at")
    # Without a payload the record's identity (its content hash) comes from what it says.
    payload = data.get("payload", {"text": data.get("text"), "available_at": available})
    if not isinstance(payload, dict):
        return bad("payload must be an object", "payload")
    for field in ("external_id", "subject_key", "text", "origin"):
        if data.get(field) is not None and not isinstance(data[field], str):
            return bad("must be a string", field)
    return Record(
        source=source,
        kind=kind.strip()[:32],
        payload=payload,
        available_at=when,
        external_id=data.get("external_id"),
        subject_key=data.get("subject_key"),
        text=data.get("text") or "",
        origin=data.get("origin") or name,
    )


#: How much of an upload is read at a time when it is copied or split into lines.
CHUNK = 1 << 20


def _lines(stream: BinaryIO) -> Iterator[tuple[int, str, str | None]]:
    """The upload's lines, numbered as ``str.splitlines`` numbers them, read one line at a
    time from the spooled upload (never the whole upload in memory), each with ``None``;
    a line that is not UTF-8 comes shown with backslash escapes and the reason to
    quarantine it for (naming the byte offset of the fault in the upload)."""
    number = 0
    offset = 0
    for raw in stream:
        chunk = raw[3:] if offset == 0 and raw.startswith(b"\xef\xbb\xbf") else raw
        try:
            text = chunk.decode("utf-8")
        except UnicodeDecodeError as exc:
            number += 1
            at = offset + (len(raw) - len(chunk)) + exc.start
            shown = chunk[:10_000].decode("utf-8", "backslashreplace").rstrip("\r\n")
            yield number, shown, f"not UTF-8 at byte {at}"
        else:
            for line in text.splitlines():
                number += 1
                yield number, line, None
        offset += len(raw)


def _too_large(cap: int, name: str) -> InputError:
    return InputError(f"upload larger than {cap} bytes", file=name)


@router.post("/records", response_model=IngestOut, status_code=status.HTTP_201_CREATED)
async def ingest_records(
    svc: ServicesDep,
    actor: Ingester,
    file: Annotated[UploadFile, File(description="JSON lines: kind, text, available_at, ...")],
    source: Annotated[str, Form(min_length=1, max_length=64, pattern=r"^[a-z0-9_.:-]+$")],
) -> IngestOut:
    """Upload records as JSON lines (``kind`` required; ``text``, ``available_at``,
    ``subject_key``, ``external_id``, ``payload`` optional)."""
    cap = svc.settings.max_upload_bytes
    name = file.filename or "upload.jsonl"
    if file.size is not None and file.size > cap:  # the upload guard cut it off before
        raise _too_large(cap, name)
    await file.seek(0)
    with svc.store.ingest_batch(source=source, path=name, actor=actor.username) as batch:
        for number, line, problem in _lines(file.file):
            if problem is not None:
                batch.quarantine(Quarantined(source, name, number, None, problem, line))
                continue
            item = parse_record_line(line, source, name, number)
            if isinstance(item, Quarantined):
                batch.quarantine(item)
            elif item is not None:
                batch.add_record(item)
    return IngestOut(source=source, files=[name], summary=dict(batch.summary()))


@router.post("/crm", response_model=IngestOut, status_code=status.HTTP_201_CREATED)
async def ingest_crm_upload(
    svc: ServicesDep,
    actor: Ingester,
    files: Annotated[
        list[UploadFile],
        File(description="Salesforce export files: Account.csv, Contact.csv, ... or sfdx JSON"),
    ],
    org: Annotated[
        str | None,
        Query(description="The Salesforce org the export comes from (default: its own)."),
    ] = None,
) -> IngestOut:
    """Upload a Salesforce export (the same reader as ``knowable ingest crm``)."""
    total = 0
    cap = svc.settings.max_upload_bytes
    with tempfile.TemporaryDirectory(prefix="knowable-upload-") as folder:
        names = []
        for upload in files:
            name = Path(upload.filename or "").name
            if not name or not name.lower().endswith((".csv", ".json")):
                raise InputError("upload .csv or .json files of a Salesforce export", file=name)
            await upload.seek(0)
            with (Path(folder) / name).open("wb") as out:
                while chunk := await upload.read(CHUNK):
                    total += len(chunk)
                    if total > cap:
                        raise _too_large(cap, name)
                    out.write(chunk)
            names.append(name)
        result = ingest_crm(
            svc.store, Path(folder), actor=actor.username, org=org, limits=svc.settings.limits()
        )
    return IngestOut(source="crm", files=names, summary=dict(result.summary))


def register(app: FastAPI) -> None:
    app.include_router(router)
