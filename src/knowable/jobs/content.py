"""Hosted content against the store: ingest listing files, screen platforms (the I/O edge).

Used by the CLI and by the demo runner::

    salt = workspace_salt(settings)
    ingest_listings(store, path, "001DEMO0000LISTLP", salt)
    ingest_demo_content(store, salt)            # every bundled demo listing file
    screen_content_store(store, salt=salt)      # all platforms with listings

With the salt, screening also matches the CRM's customer phones and e-mails against
commercial-sex listings (NET-07, on the customer); without it that step is skipped and
the run's params say so.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from knowable.detect.content.ad_type import load_model
from knowable.detect.content.customer_contacts import contact_match_signals, customer_contacts
from knowable.detect.content.indicators import ContentScanner
from knowable.detect.content.screen import ContentScreen, screen_listings
from knowable.detect.content.user_reports import ReportScanner
from knowable.model import Quarantined
from knowable.settings import Settings
from knowable.sources.listings import KIND, SOURCE, read_listings
from knowable.store import Store

_DEMO_FILE = re.compile(r"_(?P<key>001[A-Z0-9]{12,15})(?:_[^.]*)?\.(?:csv|jsonl|html)$")


_SALT_FILE = ".knowable-contact-salt"


def workspace_salt(settings: Settings) -> bytes:
    """The workspace's contact-hash salt.

    Derived from ``secret_key`` when one is set; otherwise 32 random bytes kept in
    ``<workspace>/.knowable-contact-salt`` (created on first use, readable by the owner
    only), so hashes stay comparable across ingests of one workspace and differ between
    workspaces.
    """
    if settings.secret_key:
        return hmac.new(settings.secret_key.encode(), b"contact-hash-salt", hashlib.sha256).digest()
    path = settings.workspace / _SALT_FILE
    if not path.exists():
        settings.workspace.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
    return path.read_bytes()


@dataclass
class ListingIngest:
    """What one listing file gave."""

    path: str
    subject_key: str
    stored: int = 0
    duplicates: int = 0
    quarantined: list[Quarantined] = field(default_factory=list)


def ingest_listings(
    store: Store, path: Path, subject_key: str, salt: bytes, actor: str = "cli"
) -> ListingIngest:
    """Store one listing file as one ingest batch; bad rows are quarantined."""
    result = ListingIngest(str(path), subject_key)
    with store.ingest_batch(source=SOURCE, path=str(path), actor=actor) as batch:
        for item in read_listings(path, subject_key=subject_key, salt=salt):
            if isinstance(item, Quarantined):
                batch.quarantine(item)
                result.quarantined.append(item)
            else:
                batch.add_record(item)
    # exact only after the batch finished: duplicates of earlier batches show at flush
    result.stored, result.duplicates = batch.stored, batch.duplicates
    return result


def demo_content_files() -> list[tuple[Path, str]]:
    """The bundled demo listing files with the subject key their names carry."""
    folder = Path(str(resources.files("knowable.demo").joinpath("data", "content")))
    found = []
    for path in sorted(folder.iterdir()):
        match = _DEMO_FILE.search(path.name)
        if match:
            found.append((path, match.group("key")))
    return found


def ingest_demo_content(store: Store, salt: bytes, actor: str = "demo") -> list[ListingIngest]:
    """Ingest every bundled demo listing file."""
    return [ingest_listings(store, path, key, salt, actor) for path, key in demo_content_files()]


def content_subjects(store: Store) -> list[str]:
    """Keys of the platforms that have stored listings."""
    return sorted({r.subject_key for r in store.records(kind=KIND, source=SOURCE) if r.subject_key})


def screen_content_store(
    store: Store,
    subject_keys: Sequence[str] | None = None,
    actor: str = "cli",
    salt: bytes | None = None,
) -> list[ContentScreen]:
    """Screen each platform's stored listings in one recorded screening run.

    With ``salt`` (the workspace's contact-hash salt) the customers' CRM contacts are
    matched against the commercial-sex listings found (NET-07, see
    :func:`match_customer_contacts`). ``subject_keys=None`` screens every platform with
    stored listings; an empty collection screens none (nothing to do is not "everything").
    """
    keys = list(subject_keys) if subject_keys is not None else content_subjects(store)
    scanner, model = ContentScanner(), load_model()
    reports = ReportScanner(scanner.catalogue)
    params = {
        "catalogue": scanner.catalogue.version,
        "model": model.meta.get("version"),
        "subjects": keys,
        "crm_contacts": salt is not None,
    }
    results: list[ContentScreen] = []
    with store.screening_run(kind="content", params=params, actor=actor) as run:
        for key in keys:
            records = store.records(kind=KIND, source=SOURCE, subject_key=key)
            result = screen_listings(records, key, scanner, model, reports)
            run.add_signals(result.signals)
            run.mark_screened([key])
            results.append(result)
        if salt is not None:
            for result in match_customer_contacts(store, results, salt):
                run.add_signals(result.customer_signals)
    return results


def match_customer_contacts(
    store: Store, results: list[ContentScreen], salt: bytes
) -> list[ContentScreen]:
    """NET-07: fill each platform result's ``customer_signals`` with the customers whose
    CRM phone or e-mail its commercial-sex listings carry; returns the results."""
    index = customer_contacts(store.subjects(), salt)
    if not index:
        return results
    for result in results:
        result.customer_signals = contact_match_signals(result.commercial, index, salt)
    return results
