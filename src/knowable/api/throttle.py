"""Login throttling: failed logins per user name and per client address, with back-off.

After ``free`` failures within ``window`` seconds, each further attempt for that user name
or from that address must wait ``base * 2 ** (failures - free)`` seconds (at most
``ceiling``) after the last failure. A throttled attempt is refused before the password is
checked, so an anonymous client cannot make the server compute one argon2 hash after
another. A successful login clears the user name's count (not the address's: one address
trying many names stays throttled). Kept in the process's memory: each server process
throttles on its own, which bounds the rate per process.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class _Failures:
    count: int = 0
    first: float = 0.0
    last: float = 0.0


@dataclass
class LoginThrottle:
    free: int = 5
    window: float = 900.0
    base: float = 1.0
    ceiling: float = 900.0
    clock: Callable[[], float] = time.monotonic
    _seen: dict[str, _Failures] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _wait_for(self, key: str, now: float) -> float:
        entry = self._seen.get(key)
        if entry is None or (now - entry.first > self.window and now - entry.last > self.ceiling):
            return 0.0
        over = entry.count - self.free
        if over < 0:
            return 0.0
        delay = min(self.ceiling, self.base * float(2**over))
        return max(0.0, entry.last + delay - now)

    def retry_after(self, username: str, address: str) -> float:
        """Seconds to wait before this attempt may be tried; 0 when it may go ahead."""
        now = self.clock()
        with self._lock:
            return max(self._wait_for(f"u:{username}", now), self._wait_for(f"a:{address}", now))

    def failed(self, username: str, address: str) -> None:
        now = self.clock()
        with self._lock:
            for key in (f"u:{username}", f"a:{address}"):
                entry = self._seen.get(key)
                if entry is None or now - entry.last > max(self.window, self.ceiling):
                    entry = self._seen[key] = _Failures(first=now)
                entry.count += 1
                entry.last = now
            if len(self._seen) > 100_000:  # bounded memory under a spray of names
                oldest = sorted(self._seen, key=lambda k: self._seen[k].last)[:50_000]
                for key in oldest:
                    del self._seen[key]

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._seen.pop(f"u:{username}", None)
