"""Alerts: a new grave case reaches a local webhook (signature checked by the receiver)
and a local SMTP server (STARTTLS and login required); failures are retried with
back-off and end as dead letters that can be resent; every attempt is audited."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from monitor_data import add_customers, customers, day, list_entries, write_list
from receivers import closed_port, signed_correctly, smtp_server, webhook

from knowable.catalogue.policy import bundled_policy
from knowable.jobs.alerts import (
    DEAD,
    SENT,
    deliveries,
    email_text,
    retry,
    should_alert,
    signature,
    verify_signature,
)
from knowable.jobs.monitor import MonitorResult, run_monitor
from knowable.jobs.watchlists import ingest_watchlist
from knowable.model import Subject
from knowable.settings import Settings
from knowable.store import Store, open_store

POLICY = bundled_policy()
SECRET = "test-webhook-secret"


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(Settings(workspace=tmp_path, database_url=""))
    yield opened
    opened.engine.dispose()


def _listed(store: Store, tmp_path: Path, settings: Settings) -> tuple[Subject, MonitorResult]:
    """A baseline run, then a list version that names one customer: one new grave case."""
    people = customers(12)
    add_customers(store, people)
    entries = list_entries(6)
    ingest_watchlist(store, write_list(tmp_path / "v1.csv", entries), "csv", day("2024-01-01"))
    run_monitor(store, settings, POLICY)
    target = people[5]
    v2 = [*entries, ("L900001", f"{target.name} Ltd")]
    ingest_watchlist(store, write_list(tmp_path / "v2.csv", v2), "csv", day("2024-06-01"))
    sleeps: list[float] = []
    result = run_monitor(store, settings, POLICY, sleep=sleeps.append)
    return target, result


def _settings(tmp_path: Path, **values: object) -> Settings:
    base: dict[str, object] = {
        "workspace": tmp_path,
        "database_url": "",
        "public_url": "https://knowable.example/",
        "alert_backoff_seconds": 0.01,
        "alert_attempts": 3,
        "alert_timeout_seconds": 5,
    }
    return Settings(**{**base, **values})  # type: ignore[arg-type]


# -- signing ---------------------------------------------------------------------------


def test_signature_verifies_and_detects_tampering() -> None:
    body, now = b'{"event":"case.opened"}', time.time()
    stamp = str(int(now))
    good = signature(SECRET, stamp, body)
    assert good.startswith("sha256=") and len(good) == 7 + 64
    assert verify_signature(SECRET, stamp, body, good, now=now)
    assert signed_correctly(
        SECRET.encode(), {"X-Knowable-Timestamp": stamp, "X-Knowable-Signature": good}, body
    )
    assert not verify_signature(SECRET, stamp, body + b" ", good, now=now)  # body changed
    assert not verify_signature("other-secret", stamp, body, good, now=now)  # wrong key
    assert not verify_signature(SECRET, str(int(now) + 1), body, good, now=now)  # other time
    # A correctly signed request replayed ten minutes later is refused.
    assert not verify_signature(SECRET, stamp, body, good, now=now + 600)
    assert not verify_signature(SECRET, "yesterday", body, good, now=now)


def test_minimum_band_and_grave_cases() -> None:
    assert should_alert(POLICY, "review", "review", "review")
    assert should_alert(POLICY, "review", "escalate", "escalate")
    assert not should_alert(POLICY, "review", "watch", "review")
    assert not should_alert(POLICY, "escalate", "review", "review")
    assert should_alert(POLICY, "escalate", None, "grave")  # grave always goes out


# -- delivery --------------------------------------------------------------------------


def test_new_grave_case_reaches_webhook_and_mailbox(sqlite_store: Store, tmp_path: Path) -> None:
    with (
        webhook(SECRET.encode()) as hook,
        smtp_server(tmp_path, "alerts", "s3cret-pass") as box,
    ):
        settings = _settings(
            tmp_path,
            alert_webhook_url=hook.url,
            alert_webhook_secret=SECRET,
            smtp_host="127.0.0.1",
            smtp_port=box.port,
            smtp_user="alerts",
            smtp_password="s3cret-pass",
            smtp_ca_file=box.cafile,
            alert_email_to="mlro@provider.example, desk@provider.example",
        )
        target, result = _listed(sqlite_store, tmp_path, settings)
    assert len(result.cases_opened) == 1
    assert sorted(result.alerts.values()) == [SENT, SENT]
    [message] = hook.accepted
    assert [ok for _, _, ok in hook.requests] == [True]
    case_id = result.cases_opened[0]
    assert message["event"] == "case.opened"
    assert message["customer"] == {"key": target.key, "name": target.name}
    assert message["case"]["severity"] == "grave"
    assert message["case"]["url"] == f"https://knowable.example/cases/{case_id}"
    assert message["assessment"]["band"] in {"review", "escalate"}
    assert message["assessment"]["knowable_since"] == "2024-06-01"
    assert 0 < message["assessment"]["score"] <= 1
    [top] = message["top_evidence"]
    assert top["indicator"] == "NEWS-08" and top["observed_at"] == "2024-06-01"
    # Indicators and dates only: no quote, no matched text of any record.
    assert set(top) == {"indicator", "title", "family", "value", "observed_at", "detector"}
    assert "L900001" not in json.dumps(message)
    # The e-mail went over STARTTLS with a login, to both recipients.
    [mail] = box.messages
    assert box.logins == ["alerts"]
    assert target.name in mail["Subject"] and "opened" in mail["Subject"]
    assert mail["To"] == "mlro@provider.example, desk@provider.example"
    text = mail.get_payload()
    assert f"https://knowable.example/cases/{case_id}" in str(text)
    # Each attempt is an audit event; the webhook target is stored without its token.
    attempts = [e for e in sqlite_store.audit_events() if e.action == "alert.attempt"]
    assert sorted(e.payload["channel"] for e in attempts) == ["email", "webhook"]
    assert all(e.payload["ok"] for e in attempts)
    hooks = [d for d in deliveries(sqlite_store) if d.channel == "webhook"]
    assert hooks[0].target.endswith("/hooks/knowable") and "token" not in hooks[0].target
    assert sqlite_store.verify_audit().ok


def test_receiver_down_retries_with_backoff_then_dead_letter_then_retry(
    sqlite_store: Store, tmp_path: Path
) -> None:
    down = f"http://127.0.0.1:{closed_port()}/hook"
    settings = _settings(tmp_path, alert_webhook_url=down, alert_webhook_secret=SECRET)
    people = customers(8)
    add_customers(sqlite_store, people)
    run_monitor(sqlite_store, settings, POLICY)
    path = write_list(tmp_path / "v1.csv", [("X1", people[2].name)])
    ingest_watchlist(sqlite_store, path, "csv", day("2024-01-01"))
    sleeps: list[float] = []
    result = run_monitor(sqlite_store, settings, POLICY, sleep=sleeps.append)
    assert list(result.alerts.values()) == [DEAD]
    assert sleeps == [0.01, 0.02]  # three attempts, the wait doubling
    [dead] = deliveries(sqlite_store, status=DEAD)
    assert dead.attempts == 3 and "cannot reach the webhook" in (dead.last_error or "")
    events = [e.action for e in sqlite_store.audit_events() if e.action.startswith("alert.")]
    assert events.count("alert.attempt") == 3 and events.count("alert.dead_letter") == 1
    # The receiver comes back (failing once more first): the dead letter is resent.
    with webhook(SECRET.encode(), fail_first=1) as hook:
        fixed = _settings(tmp_path, alert_webhook_url=hook.url, alert_webhook_secret=SECRET)
        done = retry(sqlite_store, fixed, sleep=sleeps.append)
    assert done == {dead.id: SENT}
    assert [ok for _, _, ok in hook.requests] == [True, True]  # a 500, then accepted
    assert deliveries(sqlite_store, status=DEAD) == []
    [sent] = deliveries(sqlite_store, status=SENT)
    assert sent.attempts == 5
    assert hook.accepted[0]["delivery"] == dead.id


def test_wrong_secret_is_refused_by_the_receiver(sqlite_store: Store, tmp_path: Path) -> None:
    with webhook(b"the-receivers-secret") as hook:
        settings = _settings(tmp_path, alert_webhook_url=hook.url, alert_webhook_secret=SECRET)
        _, result = _listed(sqlite_store, tmp_path, settings)
    assert list(result.alerts.values()) == [DEAD]
    assert [ok for _, _, ok in hook.requests] == [False, False, False]
    [dead] = deliveries(sqlite_store, status=DEAD)
    assert dead.last_error == "HTTP 401"


def test_smtp_without_starttls_is_refused(sqlite_store: Store, tmp_path: Path) -> None:
    with smtp_server(tmp_path, "alerts", "pw") as box:
        settings = _settings(
            tmp_path,
            smtp_host="127.0.0.1",
            smtp_port=box.port,
            smtp_starttls=False,
            smtp_user="alerts",
            smtp_password="pw",
            alert_email_to="mlro@provider.example",
        )
        _, result = _listed(sqlite_store, tmp_path, settings)
    assert list(result.alerts.values()) == [DEAD] and box.messages == []
    [dead] = deliveries(sqlite_store, status=DEAD)
    assert (dead.last_error or "").startswith("SMTP:")


def test_no_alert_below_the_minimum_band_without_a_grave_signal(
    sqlite_store: Store, tmp_path: Path
) -> None:
    with webhook(SECRET.encode()) as hook:
        settings = _settings(
            tmp_path,
            alert_webhook_url=hook.url,
            alert_webhook_secret=SECRET,
            alert_min_band="escalate",
        )
        add_customers(sqlite_store, customers(4))
        result = run_monitor(sqlite_store, settings, POLICY)
    assert result.cases_opened == [] and result.alerts == {} and hook.requests == []


def test_email_text_names_customer_band_and_link() -> None:
    message = {
        "event": "case.escalated",
        "case": {"severity": "escalate", "band": "escalate", "url": "https://k/cases/c1"},
        "customer": {"key": "001A", "name": "Acme Widgets"},
        "assessment": {"band": "escalate", "score": 0.91, "knowable_since": "2020-01-02"},
        "top_evidence": [],
    }
    subject, text = email_text(message)
    assert subject == "knowable: case escalated for Acme Widgets (escalate, 0.91)"
    assert "knowable since: 2020-01-02" in text and "https://k/cases/c1" in text
