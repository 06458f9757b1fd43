"""Alerts out of knowable: new or escalated cases by signed webhook and by e-mail.

A monitoring run (or ``knowable alerts retry``) hands over the cases it opened or made
more urgent. Each case whose band reaches ``alert_min_band`` (a grave case always does)
becomes one message, queued once per configured channel as a row of
``alert_deliveries``, then delivered with retries and exponential back-off. A delivery
whose every attempt failed stays in the store as a dead letter (``status = 'dead'``) that
``knowable alerts list --failed`` shows and ``knowable alerts retry`` sends again. Every
attempt is an audit event.

The webhook body is JSON; ``X-Knowable-Timestamp`` carries the Unix time of sending and
``X-Knowable-Signature`` is ``sha256=`` + the hex HMAC-SHA256 of ``timestamp + "." +
body`` under ``alert_webhook_secret``, so a receiver can tell the body came from this
workspace and refuse replays of old ones (:func:`verify_signature`).

A message names the customer, its band, score and knowable-since date, the indicators
that weigh most (indicator, title, date, detector: never a quote, so no victim's or
other third party's words leave the store) and the link to the case in the web UI.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import smtplib
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import select

from knowable.catalogue import indicators
from knowable.catalogue.policy import Policy, shown_score
from knowable.errors import ConfigError, NotFoundError
from knowable.settings import Settings
from knowable.store import Store
from knowable.store import schema as t
from knowable.timeutil import as_utc, utcnow

SIGNATURE_HEADER = "X-Knowable-Signature"
TIMESTAMP_HEADER = "X-Knowable-Timestamp"
#: How old (or how far in the future) a signed timestamp may be, in seconds.
REPLAY_WINDOW = 300
#: How many contributions a message lists.
TOP_EVIDENCE = 3

PENDING, SENT, DEAD = "pending", "sent", "dead"


# -- signing ---------------------------------------------------------------------------
def signature(secret: str, timestamp: str, body: bytes) -> str:
    """``sha256=<hex HMAC-SHA256 of timestamp.body>`` under ``secret``."""
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, "sha256")
    return "sha256=" + mac.hexdigest()


def verify_signature(
    secret: str,
    timestamp: str,
    body: bytes,
    header: str,
    now: float | None = None,
    window: int = REPLAY_WINDOW,
) -> bool:
    """True when ``header`` signs ``timestamp.body`` under ``secret`` and the timestamp is
    within ``window`` seconds of ``now`` (a replayed old request fails)."""
    try:
        sent = int(timestamp)
    except ValueError:
        return False
    if abs((time.time() if now is None else now) - sent) > window:
        return False
    return hmac.compare_digest(signature(secret, timestamp, body), header)


# -- messages --------------------------------------------------------------------------
def should_alert(policy: Policy, min_band: str, band: str | None, severity: str) -> bool:
    """True for a grave case, or one whose band reaches ``min_band``."""
    if severity == "grave":
        return True
    return band is not None and policy.band_rank(band) >= policy.band_rank(min_band)


def message_for(
    store: Store, policy: Policy, case_id: str, event: str, public_url: str
) -> dict[str, Any]:
    """The alert about one case (``event``: ``opened`` or ``escalated``), as JSON-ready data."""
    from knowable.cases.repository import CaseRepository

    case = CaseRepository(store).case(case_id)
    subject = store.subject(case.subject_key)
    found = store.assessments(subject_key=case.subject_key)
    assessment = found[0] if found else None
    catalogue = indicators()
    signals = {s.id: s for s in store.signals(subject_key=case.subject_key)}
    top: list[dict[str, Any]] = []
    if assessment is not None:
        ranked = sorted(assessment.contributions, key=lambda c: -c.value)
        for item in [c for c in ranked if c.value > 0][:TOP_EVIDENCE]:
            signal = signals.get(item.signal_id)
            spec = catalogue.get(item.indicator)
            top.append(
                {
                    "indicator": item.indicator,
                    "title": spec.spec.title if spec else item.indicator,
                    "family": item.family,
                    "value": round(item.value, 3),
                    "observed_at": _day(signal.observed_at) if signal else None,
                    "detector": signal.detector if signal else None,
                }
            )
    return {
        "event": f"case.{event}",
        "case": {
            "id": case.id,
            "state": case.state.value,
            "severity": case.severity.value,
            "band": case.band,
            "opened_at": case.opened_at.isoformat(),
            "due_at": case.due_at.isoformat(),
            "url": f"{public_url.rstrip('/')}/cases/{case.id}",
        },
        "customer": {"key": subject.key, "name": subject.name},
        "assessment": None
        if assessment is None
        else {
            "band": assessment.band,
            "score": shown_score(assessment.score),
            "as_of": assessment.as_of.date().isoformat(),
            "knowable_since": _day(assessment.knowable_since),
            "policy_version": assessment.policy_version,
        },
        "top_evidence": top,
    }


def _day(when: datetime | None) -> str | None:
    return as_utc(when).date().isoformat() if when is not None else None


def email_text(message: Mapping[str, Any]) -> tuple[str, str]:
    """Subject line and plain-text body of an alert e-mail."""
    case, customer = message["case"], message["customer"]
    assessment = message.get("assessment") or {}
    verb = "opened" if message["event"] == "case.opened" else "escalated"
    band = assessment.get("band") or case.get("band") or "-"
    score = assessment.get("score")
    subject = f"knowable: case {verb} for {customer['name']} ({band}"
    subject += f", {score:.2f})" if isinstance(score, float) else ")"
    lines = [
        f"Case {verb}: {customer['name']} ({customer['key']})",
        f"severity {case['severity']}, band {band}"
        + (f", score {score:.2f}" if isinstance(score, float) else ""),
        f"knowable since: {assessment.get('knowable_since') or 'not yet'}",
        "",
        "Evidence that weighs most:",
    ]
    for item in message.get("top_evidence") or []:
        lines.append(
            f"  {item['indicator']} {item['title']} ({item.get('observed_at') or 'undated'}, "
            f"{item.get('detector') or '-'}; value {item['value']})"
        )
    if not message.get("top_evidence"):
        lines.append("  (see the case)")
    lines += ["", f"Open the case: {case['url']}", ""]
    return subject, "\n".join(lines)


# -- channels --------------------------------------------------------------------------
class DeliveryError(Exception):
    """One delivery attempt failed (the reason is the message)."""


def send_webhook(settings: Settings, body: bytes, now: float | None = None) -> int:
    """POST one signed body; the HTTP status (2xx) or DeliveryError."""
    timestamp = str(int(time.time() if now is None else now))
    secret = settings.alert_webhook_secret.get_secret_value()
    request = urllib.request.Request(
        settings.alert_webhook_url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "knowable-alerts",
            TIMESTAMP_HEADER: timestamp,
            SIGNATURE_HEADER: signature(secret, timestamp, body),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.alert_timeout_seconds) as reply:
            return int(reply.status)
    except urllib.error.HTTPError as exc:
        raise DeliveryError(f"HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DeliveryError(f"cannot reach the webhook: {reason}") from None


def send_email(settings: Settings, message: Mapping[str, Any]) -> int:
    """Send one alert e-mail over SMTP (STARTTLS unless turned off); 250 or DeliveryError."""
    subject, text = email_text(message)
    mail = EmailMessage()
    mail["From"] = settings.smtp_from
    mail["To"] = ", ".join(_recipients(settings))
    mail["Subject"] = subject
    mail.set_content(text)
    try:
        with smtplib.SMTP(
            settings.smtp_host, settings.smtp_port, timeout=settings.alert_timeout_seconds
        ) as smtp:
            smtp.ehlo()
            if settings.smtp_starttls:
                cafile = str(settings.smtp_ca_file) if settings.smtp_ca_file else None
                smtp.starttls(context=ssl.create_default_context(cafile=cafile))
                smtp.ehlo()
            if settings.smtp_user:
                smtp.login(settings.smtp_user, settings.smtp_password.get_secret_value())
            smtp.send_message(mail)
    except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
        raise DeliveryError(f"SMTP: {exc}") from None
    return 250


def _recipients(settings: Settings) -> list[str]:
    return [a.strip() for a in settings.alert_email_to.split(",") if a.strip()]


def channels(settings: Settings) -> list[tuple[str, str]]:
    """The configured channels as (channel, target): the webhook and e-mail."""
    out: list[tuple[str, str]] = []
    if settings.alert_webhook_url:
        if not settings.alert_webhook_secret.get_secret_value():
            raise ConfigError(
                "alert_webhook_url is set but alert_webhook_secret is empty "
                "(KNOWABLE_ALERT_WEBHOOK_SECRET): webhooks are always signed"
            )
        out.append(("webhook", _redact(settings.alert_webhook_url)))
    if settings.smtp_host and _recipients(settings):
        out.append(("email", ", ".join(_recipients(settings))))
    return out


def _redact(url: str) -> str:
    """A URL without credentials or query (it may carry a token) for the store and audit."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


# -- deliveries ------------------------------------------------------------------------
@dataclass(frozen=True)
class Delivery:
    id: int
    case_key: str
    channel: str
    target: str
    event: str
    status: str
    attempts: int
    last_error: str | None
    created_at: datetime
    updated_at: datetime


def _row(r: Any) -> Delivery:
    return Delivery(
        r.id,
        r.case_key,
        r.channel,
        r.target,
        r.event,
        r.status,
        r.attempts,
        r.last_error,
        as_utc(r.created_at),
        as_utc(r.updated_at),
    )


def deliveries(store: Store, status: str | None = None, limit: int = 100) -> list[Delivery]:
    """Deliveries, newest first (``status``: pending, sent or dead)."""
    d = t.alert_deliveries.c
    query = select(t.alert_deliveries).order_by(d.id.desc()).limit(limit)
    if status is not None:
        query = query.where(d.status == status)
    with store.read() as conn:
        return [_row(r) for r in conn.execute(query)]


def queue_alerts(
    store: Store,
    settings: Settings,
    policy: Policy,
    opened: Sequence[str],
    escalated: Sequence[str],
    monitor_run: int | None = None,
) -> list[int]:
    """Queue one delivery per alerted case and channel; returns their ids."""
    targets = channels(settings)
    if not targets:
        return []
    from knowable.cases.repository import CaseRepository

    repo = CaseRepository(store)
    ids: list[int] = []
    for event, cases in (("opened", opened), ("escalated", escalated)):
        for case_id in cases:
            case = repo.case(case_id)
            if not should_alert(policy, settings.alert_min_band, case.band, case.severity.value):
                continue
            message = message_for(store, policy, case_id, event, settings.public_url)
            now = utcnow()
            with store.write() as conn:
                for channel, target in targets:
                    result = conn.execute(
                        t.alert_deliveries.insert().values(
                            case_key=case_id,
                            channel=channel,
                            target=target,
                            event=event,
                            payload=message,
                            status=PENDING,
                            attempts=0,
                            created_at=now,
                            updated_at=now,
                            monitor_run=monitor_run,
                        )
                    )
                    ids.append(int(result.inserted_primary_key[0]))  # type: ignore[index]
    return ids


def deliver(
    store: Store,
    settings: Settings,
    delivery_ids: Collection[int],
    actor: str = "monitor",
    sleep: Callable[[float], None] = time.sleep,
) -> dict[int, str]:
    """Try each delivery up to ``alert_attempts`` times with doubling waits; the ones
    that never got through become dead letters. Returns id -> final status."""
    out: dict[int, str] = {}
    for delivery_id in sorted(delivery_ids):
        out[delivery_id] = _deliver_one(store, settings, delivery_id, actor, sleep)
    return out


def _deliver_one(
    store: Store,
    settings: Settings,
    delivery_id: int,
    actor: str,
    sleep: Callable[[float], None],
) -> str:
    d = t.alert_deliveries.c
    with store.read() as conn:
        row = conn.execute(select(t.alert_deliveries).where(d.id == delivery_id)).one_or_none()
    if row is None:
        raise NotFoundError(f"no alert delivery {delivery_id}")
    message = {**dict(row.payload), "delivery": delivery_id}
    body = json.dumps(message, sort_keys=True, ensure_ascii=False).encode("utf-8")
    attempts = int(row.attempts)
    wait = settings.alert_backoff_seconds
    status, error = DEAD, None
    for number in range(1, settings.alert_attempts + 1):
        attempts += 1
        try:
            if row.channel == "webhook":
                if not settings.alert_webhook_url:
                    raise DeliveryError("no webhook configured (KNOWABLE_ALERT_WEBHOOK_URL)")
                code = send_webhook(settings, body)
            else:
                if not settings.smtp_host or not _recipients(settings):
                    raise DeliveryError("no SMTP server or recipients configured")
                code = send_email(settings, message)
            status, error = SENT, None
        except DeliveryError as exc:
            code, error = 0, str(exc)
        store.append_audit(
            actor,
            "alert.attempt",
            "case",
            row.case_key,
            {
                "delivery": delivery_id,
                "channel": row.channel,
                "target": row.target,
                "event": row.event,
                "attempt": attempts,
                "ok": status == SENT,
                **({"status_code": code} if code else {"error": error}),
                "body_sha256": hashlib.sha256(body).hexdigest(),
            },
        )
        if status == SENT:
            break
        if number < settings.alert_attempts:
            sleep(wait)
            wait *= 2
    with store.write() as conn:
        conn.execute(
            t.alert_deliveries.update()
            .where(d.id == delivery_id)
            .values(status=status, attempts=attempts, last_error=error, updated_at=utcnow())
        )
    if status == DEAD:
        store.append_audit(
            actor,
            "alert.dead_letter",
            "case",
            row.case_key,
            {"delivery": delivery_id, "channel": row.channel, "error": error},
        )
    return status


def retry(
    store: Store,
    settings: Settings,
    delivery_ids: Collection[int] | None = None,
    actor: str = "cli",
    sleep: Callable[[float], None] = time.sleep,
) -> dict[int, str]:
    """Send dead letters again (all of them, or ``delivery_ids``)."""
    dead = {x.id for x in deliveries(store, status=DEAD, limit=1_000_000)}
    if delivery_ids is not None:
        unknown = sorted(set(delivery_ids) - dead)
        if unknown:
            raise NotFoundError(
                f"not a dead letter: {', '.join(map(str, unknown))} "
                "(see `knowable alerts list --failed`)"
            )
        dead = set(delivery_ids)
    return deliver(store, settings, dead, actor, sleep)
