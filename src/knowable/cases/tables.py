"""Tables of the review side, re-exported from the store schema (migration ``0002_review``):
users, API tokens, alerts, case events, and ``cases`` as extended by that migration.

Timestamps are stored as UTC; SQLite gives them back naive, so readers use ``as_utc``.
"""

from knowable.store.schema import alerts, api_tokens, case_events, cases, users

__all__ = ["alerts", "api_tokens", "case_events", "cases", "users"]
