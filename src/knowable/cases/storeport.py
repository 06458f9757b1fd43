"""What the review side needs from the store: sessions and the audit chain."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractContextManager
from typing import Any, Protocol

from sqlalchemy.orm import Session

from knowable.model import AuditEvent


class StorePort(Protocol):
    def session(self) -> AbstractContextManager[Session]: ...

    def append_audit(
        self,
        actor: str,
        action: str,
        entity_type: str,
        entity_id: str,
        payload: Mapping[str, Any],
        *,
        session: Session | None = None,
    ) -> AuditEvent: ...
