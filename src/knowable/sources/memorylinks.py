"""Links of an export held in memory (:class:`MemoryLinks`), for :func:`parse_export`.

Apart from :mod:`knowable.sources.salesforce` (which re-exports it) so that it stays an
ordinary Python class when that module is compiled (``make native``): callers may
subclass it, which a class compiled by mypyc does not allow.
"""

from __future__ import annotations

from collections.abc import Callable


class MemoryLinks:
    """Links within one export held in memory, then through ``known_link`` (earlier ingests)."""

    def __init__(self, known_link: Callable[[str], str | None] = lambda _id: None) -> None:
        self.known_link = known_link
        self.owner: dict[str, str] = {}
        self.stored: dict[str, str | None] = {}

    def prefetch(self, keys: set[str]) -> None:
        return None

    def get(self, key: str) -> str | None:
        found = self.owner.get(key)
        if found is None:
            if key not in self.stored:
                self.stored[key] = self.known_link(key)
            found = self.stored[key]
        return found

    def remember(self, key: str, subject_key: str, leaf: bool = False) -> None:
        self.owner[key] = subject_key
