"""What the review side needs from the store: read and write transactions, the audit chain."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractContextManager
from typing import Any, Protocol

from sqlalchemy import Connection

from knowable.model import AuditEvent


class StorePort(Protocol):
    def read(self) -> AbstractContextManager[Connection]: ...

    def write(self) -> AbstractContextManager[Connection]: ...

    def append_audit(
        self,
        actor: str,
        action: str,
        entity_type: str,
        entity_id: str,
        payload: Mapping[str, Any],
        conn: Connection | None = None,
    ) -> AuditEvent: ...
