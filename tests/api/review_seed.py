"""A small review scenario written for these tests: three customers, evidence, assessments,
cases, and one user per role with an API token."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from knowable.auth.roles import Role
from knowable.auth.secrets import hash_password
from knowable.auth.users import UserRepository
from knowable.cases.repository import CaseRepository
from knowable.jobs.cases import scan
from knowable.model import Assessment, Contribution, Evidence, Record, Signal, Subject
from knowable.store import Store

PASSWORD = "correct horse battery staple"
ROLES = ("analyst", "reviewer", "admin", "auditor")

NOTE = (
    "Call with Harbourline Classifieds: they asked for help growing the adult section "
    "and a custom filter that strips words like teen from ads before publication."
)
NEWS = (
    "Prosecutors charged the owners of Harbourline Classifieds with facilitating "
    "trafficking; the domain was seized on Friday."
)


#: Hashed once per test session: argon2 is slow on purpose.
PASSWORD_HASH = hash_password(PASSWORD)


def d(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass
class Seeded:
    tokens: dict[str, str]
    user_ids: dict[str, int]
    note: Record
    news: Record
    spare_token_id: int = 0
    top_subject: str = "ACC-1"


def span(text: str, quote: str, record_id: str) -> Evidence:
    start = text.index(quote)
    return Evidence(record_id, quote, start, start + len(quote))


def seed(store: Store) -> Seeded:
    note = Record(
        "crm", "note", {"Id": "N1"}, d("2014-03-05"), "N1", "ACC-1", NOTE, origin="Note.csv"
    )
    news = Record(
        "news", "article", {"url": "https://news.example/h"}, d("2018-04-06"), "A1", None, NEWS
    )
    with store.ingest_batch(source="crm", path="seed", actor="test") as batch:
        batch.add_subject(
            Subject("ACC-1", "Company", "Harbourline Classifieds", domains=("harbourline.example",))
        )
        batch.add_subject(Subject("ACC-2", "Company", "Quiet Spa Group"))
        batch.add_subject(Subject("ACC-3", "Company", "Benign Bakery"))
        batch.add_record(note)
    with store.ingest_batch(source="news", path="seed-news", actor="test") as batch:
        batch.add_record(news)
    strip = span(NOTE, "strips words like teen", note.id)
    charged = span(NEWS, "charged the owners of Harbourline Classifieds", news.id)
    seized = span(NEWS, "the domain was seized", news.id)
    signals = [
        Signal("ACC-1", "BIZ-03", 0.8, note.available_at, "rel", "1", (strip,), note.id),
        Signal("ACC-1", "NEWS-01", 0.9, news.available_at, "media", "1", (charged,), news.id),
        Signal("ACC-1", "NEWS-05", 0.9, news.available_at, "media", "1", (seized,), news.id),
        Signal("ACC-2", "BIZ-14", 0.5, d("2016-01-01"), "biz", "1", (), None),
    ]
    with store.screening_run(kind="seed", actor="test") as run:
        run.add_signals(signals)
        run.mark_screened(["ACC-1", "ACC-2", "ACC-3"])
    history = [
        Assessment("ACC-1", d("2013-12-31"), 0.2, "watch", "p1", "h"),
        Assessment(
            "ACC-1", d("2014-12-31"), 0.62, "review", "p1", "h", knowable_since=d("2014-03-05")
        ),
        Assessment(
            "ACC-1",
            d("2018-12-31"),
            0.95,
            "escalate",
            "p1",
            "h",
            contributions=(
                Contribution(signals[1].id, "NEWS-01", "media", 0.9, 0.7),
                Contribution(signals[2].id, "NEWS-05", "media", 0.95, 0.6),
                Contribution(signals[0].id, "BIZ-03", "business", 0.6, 0.4),
            ),
            knowable_since=d("2014-03-05"),
        ),
        Assessment("ACC-2", d("2018-12-31"), 0.55, "review", "p1", "h"),
        Assessment("ACC-3", d("2018-12-31"), 0.0, "clear", "p1", "h"),
    ]
    store.add_assessments(history, actor="test")
    users = UserRepository(store)
    tokens: dict[str, str] = {}
    ids: dict[str, int] = {}
    for role in ROLES:
        user = users.add(role, Role(role), None, "test", password_hash=PASSWORD_HASH)
        ids[role] = user.id
        tokens[role] = users.issue_token(user.id, "tests", "test")
    # A second token of the analyst, for revocation tests (its secret is not kept).
    # A second reviewer: grave decisions need a second person's approval (four eyes).
    second = users.add("second", Role.REVIEWER, None, "test", password_hash=PASSWORD_HASH)
    ids["second"] = second.id
    tokens["second"] = users.issue_token(second.id, "tests", "test")
    users.issue_token(ids["analyst"], "spare", "test")
    spare = int(users.tokens(ids["analyst"])[-1]["id"])
    scan(store, CaseRepository(store), "test")
    return Seeded(tokens, ids, note, news, spare)


def auth(seeded: Seeded, role: str) -> dict[str, str]:
    """Headers that authenticate as the seeded user of ``role``."""
    return {"Authorization": f"Bearer {seeded.tokens[role]}"}


def post_login(client: Any, data: dict[str, str], **kwargs: Any) -> Any:
    """POST the login form as a browser does: first GET it for its CSRF token (hidden field
    and signed cookie), then post the fields with that token."""
    page = client.get("/login")
    found = re.search(r'name="login_token" value="([^"]+)"', page.text)
    token = found.group(1) if found else ""
    return client.post("/login", data={**data, "login_token": token}, **kwargs)
