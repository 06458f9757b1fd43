"""The evidence store: SQLite by default, PostgreSQL for shared deployments."""

from knowable.store.audit import VerifyResult
from knowable.store.batches import IngestBatch, ScreeningRun
from knowable.store.repository import Store, open_store

__all__ = ["IngestBatch", "ScreeningRun", "Store", "VerifyResult", "open_store"]
