"""Fixtures of the sync tests: the test Salesforce server, an API client and a store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from orgdata import seed
from sfserver import CLIENT_ID, CLIENT_SECRET, PASSWORD, SECURITY_TOKEN, USERNAME, Org, Running
from sfserver import start as start_server

from knowable.settings import Settings
from knowable.sources.sfapi import Credentials, RetryPolicy, SalesforceApi, http_session
from knowable.store import Store, open_store


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Running]:
    running = start_server(tmp_path, seed(Org(page_size=2)))
    try:
        yield running
    finally:
        running.stop()


def password_creds(base: str) -> Credentials:
    return Credentials(
        login_url=base,
        username=USERNAME,
        password=PASSWORD,
        security_token=SECURITY_TOKEN,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
    )


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_api(server: Running, attempts: int = 4, creds: Credentials | None = None) -> SalesforceApi:
    session = http_session(str(server.cert))
    return SalesforceApi(
        creds or password_creds(server.base),
        retry=RetryPolicy(attempts=attempts, base=0.5, cap=8.0),
        session=session,
        sleep=Sleeps(),
        bulk_poll=0.01,
    )


@pytest.fixture
def api(server: Running) -> SalesforceApi:
    return make_api(server)


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Store:
    return open_store(Settings(workspace=tmp_path, database_url=""))
