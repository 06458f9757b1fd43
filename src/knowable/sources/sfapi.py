"""The Salesforce API as a source: log in, describe, query (REST and Bulk API 2.0), deletions.

Built on simple-salesforce. knowable logs in itself, at a configurable login URL (so a
sandbox, a My Domain or a local test server can stand in for login.salesforce.com), by the
OAuth 2.0 JWT bearer flow or the username-password flow, and hands the session to
simple-salesforce. Credentials come from environment variables or the OS keyring, never
from the command line.

Every call is retried on what passes: ``REQUEST_LIMIT_EXCEEDED`` (HTTP 403), server errors
(5xx) and dropped connections, with exponential back-off; an expired session
(``INVALID_SESSION_ID``, HTTP 401) is renewed once by logging in again. What does not pass
is a :class:`SyncError` with one line naming the call.
"""

from __future__ import annotations

import csv
import io
import json
import os
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import requests
from requests.adapters import HTTPAdapter

from knowable.errors import KnowableError
from knowable.timeutil import as_utc, parse_when

T = TypeVar("T")

#: Environment variables read for the credentials (a keyring entry fills what is unset).
ENV = {
    "username": "KNOWABLE_SF_USERNAME",
    "password": "KNOWABLE_SF_PASSWORD",
    "security_token": "KNOWABLE_SF_SECURITY_TOKEN",
    "client_id": "KNOWABLE_SF_CLIENT_ID",
    "client_secret": "KNOWABLE_SF_CLIENT_SECRET",
    "private_key": "KNOWABLE_SF_PRIVATE_KEY",
    "private_key_file": "KNOWABLE_SF_PRIVATE_KEY_FILE",
    "login_url": "KNOWABLE_SF_LOGIN_URL",
    "api_version": "KNOWABLE_SF_API_VERSION",
}
#: A PEM file of the certificate authorities to trust for the org (a private CA, a test
#: server); without it the system's store (or requests' REQUESTS_CA_BUNDLE) is used.
CA_BUNDLE_ENV = "KNOWABLE_SF_CA_BUNDLE"
#: The keyring service of an org's secrets: ``knowable-salesforce:ORG``; entry names are
#: the keys of :data:`ENV` (``password``, ``security_token``, ``client_secret``, ...).
KEYRING_SERVICE = "knowable-salesforce:{org}"
DEFAULT_LOGIN_URL = "https://login.salesforce.com"
DEFAULT_API_VERSION = "59.0"
#: Field types not queried: compound ones (address, geolocation; queried through their
#: parts) and files (base64: a query gives only a path to fetch, and Bulk API refuses them;
#: see :meth:`SalesforceApi.blob`).
_NOT_QUERIED = frozenset({"address", "location", "base64"})


class _PinnedCA(HTTPAdapter):
    """Verifies TLS against one CA bundle, whatever REQUESTS_CA_BUNDLE says (requests lets
    that variable override a session's own ``verify``)."""

    def __init__(self, bundle: str) -> None:
        self.bundle = bundle
        super().__init__()

    def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        kwargs["verify"] = self.bundle
        return super().send(request, *args, **kwargs)


def http_session(ca_bundle: str | None = None) -> requests.Session:
    """The HTTP session of the sync; ``ca_bundle`` (default: $KNOWABLE_SF_CA_BUNDLE) pins
    the certificate authorities trusted."""
    session = requests.Session()
    bundle = ca_bundle if ca_bundle is not None else os.environ.get(CA_BUNDLE_ENV)
    if bundle:
        if not Path(bundle).is_file():
            raise SyncError(f"{CA_BUNDLE_ENV}: no such file: {bundle}")
        session.mount("https://", _PinnedCA(bundle))
    return session


class SyncError(KnowableError):
    """A Salesforce call failed for good (after retries), or the sync is misconfigured."""


class MissingObjectError(SyncError):
    """The org has no such object (its describe answers NOT_FOUND): a feature the org has
    not enabled (Chat's LiveChatTranscript), or a custom object it lacks."""


class LoginUnavailableError(SyncError):
    """The token endpoint could not be reached or answered with a server error: worth
    trying again, unlike a refused login."""


@dataclass(frozen=True)
class Credentials:
    """How to log in to one org. ``repr`` never shows a secret."""

    login_url: str = DEFAULT_LOGIN_URL
    api_version: str = DEFAULT_API_VERSION
    username: str | None = None
    client_id: str | None = None
    password: str | None = field(default=None, repr=False)
    security_token: str | None = field(default=None, repr=False)
    client_secret: str | None = field(default=None, repr=False)
    private_key: str | None = field(default=None, repr=False)

    @property
    def flow(self) -> str:
        """``jwt`` (a private key is set) or ``password``."""
        return "jwt" if self.private_key else "password"

    def check(self) -> None:
        """Raise SyncError naming what is missing for the chosen flow."""
        need = ["username", "client_id"]
        need += ["private_key"] if self.flow == "jwt" else ["password", "client_secret"]
        missing = [ENV[n] for n in need if not getattr(self, n)]
        if missing:
            raise SyncError(
                "Salesforce credentials incomplete: set "
                + ", ".join(missing)
                + " (or store them in the keyring); JWT bearer needs "
                "KNOWABLE_SF_PRIVATE_KEY(_FILE), username-password needs "
                "KNOWABLE_SF_PASSWORD and KNOWABLE_SF_CLIENT_SECRET"
            )


def _keyring_lookup(org: str) -> Callable[[str], str | None]:
    """Read an org's secrets from the OS keyring, when the keyring package and a backend
    are there; otherwise nothing is found."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return lambda _name: None
    service = KEYRING_SERVICE.format(org=org)

    def lookup(name: str) -> str | None:
        try:
            value = keyring.get_password(service, name)
        except KeyringError:
            return None
        return str(value) if value else None

    return lookup


def credentials(
    org: str,
    env: Mapping[str, str] | None = None,
    keyring_lookup: Callable[[str], str | None] | None = None,
) -> Credentials:
    """The credentials of ``org``: environment variables first, then the keyring."""
    environ = os.environ if env is None else env
    from_keyring = keyring_lookup if keyring_lookup is not None else _keyring_lookup(org)
    values: dict[str, str | None] = {}
    for name, var in ENV.items():
        values[name] = environ.get(var) or None
        if values[name] is None and name not in ("login_url", "api_version"):
            values[name] = from_keyring(name)
    key = values.pop("private_key_file")
    if not values["private_key"] and key:
        try:
            values["private_key"] = Path(key).read_text(encoding="utf-8")
        except OSError as exc:
            raise SyncError(f"{ENV['private_key_file']}: cannot read {key}: {exc}") from exc
    return Credentials(
        login_url=(values.pop("login_url") or DEFAULT_LOGIN_URL).rstrip("/"),
        api_version=values.pop("api_version") or DEFAULT_API_VERSION,
        **values,
    )


@dataclass(frozen=True)
class Token:
    access_token: str = field(repr=False)
    instance_url: str


def login(creds: Credentials, session: requests.Session, timeout: float = 60.0) -> Token:
    """An access token from the org's OAuth token endpoint (JWT bearer or password flow)."""
    creds.check()
    url = f"{creds.login_url}/services/oauth2/token"
    if creds.flow == "jwt":
        import jwt

        claims = {
            "iss": creds.client_id,
            "sub": creds.username,
            "aud": creds.login_url,
            "exp": int(time.time()) + 180,
        }
        assertion = jwt.encode(claims, str(creds.private_key), algorithm="RS256")
        data = {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": assertion}
    else:
        data = {
            "grant_type": "password",
            "client_id": str(creds.client_id),
            "client_secret": str(creds.client_secret),
            "username": str(creds.username),
            "password": str(creds.password) + (creds.security_token or ""),
        }
    try:
        response = session.post(url, data=data, timeout=timeout)
    except requests.RequestException as exc:
        name = exc.__class__.__name__
        raise LoginUnavailableError(f"login at {url} failed: {name}: {exc}") from exc
    try:
        body = response.json()
    except ValueError:
        body = {}
    if response.status_code >= 500:
        raise LoginUnavailableError(f"login at {url} failed: HTTP {response.status_code}")
    if response.status_code != 200 or not isinstance(body, dict) or "access_token" not in body:
        what = body.get("error_description") or body.get("error") if isinstance(body, dict) else ""
        raise SyncError(
            f"login at {url} refused ({creds.flow} flow, HTTP {response.status_code}): "
            f"{what or response.text[:200]}"
        )
    return Token(str(body["access_token"]), str(body["instance_url"]))


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait when a call fails in a way that passes."""

    attempts: int = 6
    base: float = 2.0
    cap: float = 120.0

    def delay(self, attempt: int) -> float:
        return float(min(self.cap, self.base * 2 ** (attempt - 1)))


def _error_code(exc: Any) -> str:
    content = getattr(exc, "content", None)
    if isinstance(content, list) and content and isinstance(content[0], dict):
        return str(content[0].get("errorCode") or "")
    if isinstance(content, dict):
        return str(content.get("errorCode") or "")
    return ""


def _message(exc: Any) -> str:
    content = getattr(exc, "content", None)
    if isinstance(content, list) and content and isinstance(content[0], dict):
        return str(content[0].get("message") or "")[:300]
    return str(content or exc)[:300]


def _describe(exc: BaseException) -> str:
    if isinstance(exc, KnowableError):
        return exc.message
    code = _error_code(exc)
    status = getattr(exc, "status", None)
    if status is not None:
        return f"HTTP {status}{' ' + code if code else ''}"
    return f"{exc.__class__.__name__}: {str(exc)[:200]}"


@dataclass
class _Attempts:
    attempt: int = 0
    renewed: bool = False


def api_values(record: Mapping[str, Any]) -> dict[str, str]:
    """An API record's fields as a Bulk API or export CSV row has them: text, '' for null,
    ``true``/``false``, numbers as JSON gave them; relationship sub-objects left out."""
    out: dict[str, str] = {}
    for name, value in record.items():
        if name == "attributes" or isinstance(value, dict | list):
            continue
        if value is None:
            out[name] = ""
        elif isinstance(value, bool):
            out[name] = "true" if value else "false"
        else:
            out[name] = str(value)
    return out


def soql_datetime(when: datetime) -> str:
    """A SOQL date-time literal (UTC), with milliseconds only when there are some."""
    value = as_utc(when)
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond // 1000:03d}"
    return text + "Z"


def stamp_of(values: Mapping[str, str]) -> datetime | None:
    return parse_when(str(values.get("SystemModstamp") or ""))


@dataclass
class SalesforceApi:
    """One logged-in org, with retries; ``sleep`` and ``on_retry`` are for tests and progress."""

    creds: Credentials
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    session: requests.Session = field(default_factory=http_session)
    sleep: Callable[[float], None] = time.sleep
    on_retry: Callable[[str, str, float], None] | None = None
    bulk_poll: float = 5.0
    timeout: float = 120.0
    calls: int = 0
    retries: int = 0
    reauths: int = 0
    _sf: Any = None

    def connect(self) -> None:
        from simple_salesforce.api import Salesforce

        token = login(self.creds, self.session, self.timeout)
        self._sf = Salesforce(
            instance_url=token.instance_url,
            session_id=token.access_token,
            version=self.creds.api_version,
            session=self.session,
        )

    def _call(self, what: str, fn: Callable[[Any], T]) -> T:
        """Run ``fn(client)``: back off and retry what passes, log in again once on 401."""
        state = _Attempts()
        while True:
            self.calls += 1
            try:
                if self._sf is None:
                    self.connect()
                return fn(self._sf)
            except Exception as exc:
                self._recover(what, exc, state)

    def _recover(self, what: str, exc: Exception, state: _Attempts) -> None:
        """After a failed call: log in anew (once), or wait before the next attempt; raise
        SyncError when the failure does not pass, and anything that is not an API failure
        as it is."""
        from simple_salesforce.exceptions import (
            SalesforceError,
            SalesforceExpiredSession,
            SalesforceGeneralError,
            SalesforceOperationError,
            SalesforceRefusedRequest,
        )

        if isinstance(exc, SalesforceOperationError):  # a Bulk job that failed or timed out
            raise SyncError(f"{what}: {exc}") from exc
        if isinstance(exc, SyncError) and not isinstance(exc, LoginUnavailableError):
            raise exc
        if isinstance(exc, SalesforceExpiredSession):
            if state.renewed:
                raise SyncError(
                    f"{what}: session refused again after logging in anew ({_describe(exc)})"
                ) from exc
            state.renewed = True
            self.reauths += 1
            self._sf = None  # the next attempt logs in anew
            return
        if isinstance(exc, SalesforceRefusedRequest):
            if _error_code(exc) != "REQUEST_LIMIT_EXCEEDED":
                raise SyncError(f"{what}: refused by Salesforce ({_describe(exc)})") from exc
        elif isinstance(exc, SalesforceGeneralError):
            if int(getattr(exc, "status", 0)) < 500:
                raise SyncError(f"{what}: {_describe(exc)}: {_message(exc)}") from exc
        elif isinstance(exc, SalesforceError):  # 400 malformed, 404 not found, ...
            raise SyncError(f"{what}: {_describe(exc)}: {_message(exc)}") from exc
        elif not isinstance(exc, requests.RequestException | LoginUnavailableError):
            raise exc
        state.attempt += 1
        if state.attempt >= self.retry.attempts:
            raise SyncError(
                f"{what}: gave up after {state.attempt} attempts: {_describe(exc)}"
            ) from exc
        delay = self.retry.delay(state.attempt)
        self.retries += 1
        if self.on_retry is not None:
            self.on_retry(what, _describe(exc), delay)
        self.sleep(delay)

    # -- what the sync asks ---------------------------------------------------------------
    def fields(self, obj: str) -> list[str]:
        """The object's queryable field names (compound and file fields left out)."""
        try:
            described = self._call(f"describe {obj}", lambda sf: getattr(sf, obj).describe())
        except SyncError as exc:
            if "HTTP 404" in exc.message or "NOT_FOUND" in exc.message:
                raise MissingObjectError(exc.message) from exc
            raise
        names = [
            str(f["name"]) for f in described.get("fields", []) if f.get("type") not in _NOT_QUERIED
        ]
        for needed in ("Id", "SystemModstamp"):
            if needed not in names:
                raise SyncError(f"describe {obj}: the object has no {needed} field to sync by")
        return names

    def blob(self, obj: str, ident: str, fieldname: str) -> bytes:
        """The content of a record's file field (a Lightning note's ``Content``)."""
        path = f"sobjects/{obj}/{ident}/{fieldname}"
        content = self._call(
            f"fetch {path}",
            lambda sf: sf._call_salesforce("GET", sf.base_url + path).content,
        )
        return bytes(content)

    def count(self, obj: str, where: str) -> int:
        soql = f"SELECT COUNT() FROM {obj}{where}"
        result = self._call(f"count {obj}", lambda sf: sf.query(soql, include_deleted=True))
        return int(result.get("totalSize") or 0)

    def rest_pages(self, obj: str, soql: str, page_size: int) -> Iterator[list[dict[str, str]]]:
        """Pages of a ``queryAll`` (deleted rows included), following ``nextRecordsUrl``."""
        headers = {"Sforce-Query-Options": f"batchSize={page_size}"}
        result = self._call(
            f"query {obj}", lambda sf: sf.query(soql, include_deleted=True, headers=headers)
        )
        page = 1
        while True:
            yield [api_values(r) for r in result.get("records", [])]
            if result.get("done", True) or not result.get("nextRecordsUrl"):
                return
            page += 1
            result = self._call(
                f"query {obj} page {page}",
                partial(_more, url=str(result["nextRecordsUrl"]), headers=headers),
            )

    def bulk_pages(self, obj: str, soql: str, page_size: int) -> Iterator[list[dict[str, str]]]:
        """Pages of a Bulk API 2.0 ``queryAll`` job's CSV results (``Sforce-Locator``).

        A failure that passes (rate limit, dropped connection, expired session) starts the
        job again: its pages come again, which the store takes as unchanged rows.
        """
        what = f"bulk query {obj}"
        state = _Attempts()
        while True:
            try:
                if self._sf is None:
                    self.connect()
            except Exception as exc:
                self._recover(what, exc, state)
                continue
            chunks = getattr(self._sf.bulk2, obj).query_all(
                soql, max_records=page_size, wait=self.bulk_poll
            )
            while True:
                self.calls += 1
                try:
                    text = next(chunks, None)
                except Exception as exc:
                    self._recover(what, exc, state)
                    break  # the job starts again
                if text is None:
                    return
                yield [dict(row) for row in csv.DictReader(io.StringIO(str(text)))]

    def deleted(
        self, obj: str, start: datetime, end: datetime
    ) -> tuple[list[tuple[str, datetime]], datetime | None]:
        """Ids deleted between ``start`` and ``end`` (``sobjects/X/deleted``), and the
        earliest date the org still reports deletions for."""
        result = self._call(
            f"deleted {obj}", lambda sf: getattr(sf, obj).deleted(as_utc(start), as_utc(end))
        )
        out: list[tuple[str, datetime]] = []
        for item in result.get("deletedRecords", []):
            when = parse_when(str(item.get("deletedDate") or ""))
            if item.get("id") and when is not None:
                out.append((str(item["id"]), when))
        earliest = parse_when(str(result.get("earliestDateAvailable") or ""))
        return out, earliest


def _more(sf: Any, url: str, headers: dict[str, str]) -> Any:
    return sf.query_more(url, identifier_is_url=True, headers=headers)


def raw_of(values: Mapping[str, str]) -> str:
    """The raw text kept with a quarantined API row."""
    return json.dumps(dict(values), ensure_ascii=False)[:4000]
