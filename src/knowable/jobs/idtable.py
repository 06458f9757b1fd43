"""A table of Ids to account keys whose memory is set aside once (the link cache's parents).

:class:`IdTable` maps a string key (a Salesforce Id) to a string value (its account's key)
or to None (an Id the store does not know), with one "used" mark per key. It holds them
in four flat arrays of anonymous memory (``mmap``) sized when it is made: a 64-bit hash
(0: an empty slot), a byte of flags and the key and value as fixed-width bytes, per slot
of an open-addressing table with linear probing. A slot costs ``2 * width + 9`` bytes
whatever its key; no Python object is made per entry, so filling the table, forgetting
most of it and filling it again (a long ingest) reuses the same memory instead of leaving
freed strings and dict tables in the allocator's arenas.

Keys and values are stored without a prefix every key of the table shares (an org's
``org/``, taken from the first key stored). One that does not fit (longer than ``width``
bytes once the prefix is taken off, holding a NUL, or without the prefix) is kept in a
plain dict beside the arrays (so is a key whose value does not fit), with the same
behaviour. The table doubles (into new arrays)
only if it is more than :data:`MAX_LOAD` full; a caller that sizes it for what it will
hold (:func:`slots_for`) never sees that.
"""

from __future__ import annotations

import mmap
import sys
from collections.abc import Container, Iterable, Iterator, Mapping
from typing import Final

#: Bytes of a key or a value in a slot: an 18-character Salesforce Id.
WIDTH: Final = 18
#: Most entries per slot before the table doubles.
MAX_LOAD: Final = 0.8
#: Characters of a key (after the prefix) that name its object in a Salesforce Id.
KIND: Final = 3
#: Distinct kinds beyond which :meth:`IdTable.discard` stops telling them apart.
MAX_KINDS: Final = 4096
_NONE: Final = 1
_USED: Final = 2


def slots_for(entries: int) -> int:
    """Slots for a table that holds up to about ``entries`` (two-thirds full then)."""
    return max(64, entries + entries // 2 + 1)


class Missing:
    """The type of :data:`MISSING`: what :meth:`IdTable.lookup` returns for a key it lacks
    (None is a value: an Id the store does not know)."""


MISSING: Final = Missing()


class IdTable(Mapping[str, "str | None"]):
    """Key -> value (or None), with a "used" mark per key; see the module's text."""

    def __init__(self, slots: int = 64, width: int = WIDTH) -> None:
        self.width = width
        self.prefix: str | None = None
        self._over: dict[str, str | None] = {}
        self._over_used: set[str] = set()
        self._count = 0
        self._used = 0
        #: The first characters (prefix and :data:`KIND`) of every key ever held, so that
        #: discarding a key of another object (a task's Id where only accounts, contacts,
        #: opportunities and cases are held) needs no probe; None: too many to keep.
        self._kinds: set[str] | None = set()
        self._kind_end = KIND
        self._allocate(max(slots, 8))

    def _allocate(self, slots: int) -> None:
        self.slots = slots
        self._hash_mem = mmap.mmap(-1, 8 * slots)
        self._hashes = memoryview(self._hash_mem).cast("q")
        self._flags = mmap.mmap(-1, slots)
        self._keys = mmap.mmap(-1, slots * self.width)
        self._values = mmap.mmap(-1, slots * self.width)

    @property
    def nbytes(self) -> int:
        """Bytes of the arrays (the dict beside them not counted)."""
        return self.slots * (9 + 2 * self.width)

    def __len__(self) -> int:
        return self._count + len(self._over)

    def clear(self) -> None:
        """Forget every key and give the arrays' memory back (a small table replaces them)."""
        self._hashes.release()
        for region in (self._hash_mem, self._flags, self._keys, self._values):
            region.close()
        self._over, self._over_used = {}, set()
        self._count = self._used = 0
        self._kinds = set()
        self._allocate(8)

    @property
    def used_count(self) -> int:
        return self._used + len(self._over_used)

    # -- slots ------------------------------------------------------------------------

    def _body(self, text: str) -> bytes | None:
        """``text`` without the prefix, padded to the width; None if it does not fit."""
        prefix = self.prefix
        if prefix:
            if not text.startswith(prefix):
                return None
            text = text[len(prefix) :]
        elif prefix is None:
            return None
        raw = text.encode()
        size = len(raw)
        if size > self.width or b"\0" in raw:
            return None
        return raw if size == self.width else raw + bytes(self.width - size)

    def _find(self, h: int, body: bytes) -> int:
        """The slot holding ``body`` (hash ``h``), else ``~slot`` of the empty slot that
        would hold it."""
        hashes, keys, width, slots = self._hashes, self._keys, self.width, self.slots
        i = h % slots
        while True:
            seen = hashes[i]
            if not seen:
                return ~i
            if seen == h and keys[i * width : i * width + width] == body:
                return i
            i += 1
            if i == slots:
                i = 0

    def _value(self, i: int) -> str | None:
        if self._flags[i] & _NONE:
            return None
        width = self.width
        text = self._values[i * width : i * width + width].rstrip(b"\0").decode()
        return sys.intern(self.prefix + text if self.prefix else text)

    def _key(self, i: int) -> str:
        width = self.width
        text = self._keys[i * width : i * width + width].rstrip(b"\0").decode()
        return self.prefix + text if self.prefix else text

    def _move(self, source: int, target: int) -> None:
        width = self.width
        a, b = source * width, target * width
        self._hashes[target] = self._hashes[source]
        self._keys[b : b + width] = self._keys[a : a + width]
        self._values[b : b + width] = self._values[a : a + width]
        self._flags[target] = self._flags[source]
        self._hashes[source] = 0

    # -- what callers use ------------------------------------------------------------

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        body = self._body(key)
        if body is not None and self._find(hash(key) or 1, body) >= 0:
            return True
        return key in self._over

    def __getitem__(self, key: str) -> str | None:
        found = self.lookup(key, mark=False)
        if isinstance(found, Missing):
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        hashes = self._hashes
        for i in range(self.slots):
            if hashes[i]:
                yield self._key(i)
        yield from list(self._over)

    def lookup(self, key: str, mark: bool = True) -> str | Missing | None:
        """The value of ``key`` (marked used when ``mark``), or :data:`MISSING`."""
        body = self._body(key)
        if body is not None:  # the probe of _find, inlined: this is the hot path
            h = hash(key) or 1
            hashes, keys, width, slots = self._hashes, self._keys, self.width, self.slots
            i = h % slots
            while seen := hashes[i]:
                at = i * width
                if seen == h and keys[at : at + width] == body:
                    flags = self._flags[i]
                    if mark and not flags & _USED:
                        self._flags[i] = flags | _USED
                        self._used += 1
                    if flags & _NONE:
                        return None
                    text = self._values[at : at + width].rstrip(b"\0").decode()
                    return sys.intern(self.prefix + text if self.prefix else text)
                i += 1
                if i == slots:
                    i = 0
        if not self._over or key not in self._over:
            return MISSING
        if mark:
            self._over_used.add(key)
        return self._over[key]

    def answers(
        self, keys: Iterable[str], skip: Container[str]
    ) -> tuple[dict[str, str | None], list[str]]:
        """The values of ``keys`` not in ``skip`` (each marked used), and those it lacks:
        :meth:`lookup` over many keys at once, without a call per key."""
        found: dict[str, str | None] = {}
        lacking: list[str] = []
        prefix = self.prefix
        if prefix is None:
            return found, [key for key in keys if key not in skip]
        cut, width, slots = len(prefix), self.width, self.slots
        hashes, keys_at, values, flags = self._hashes, self._keys, self._values, self._flags
        over, intern = self._over, sys.intern
        for key in keys:
            if key in skip:
                continue
            body: bytes | None = None
            if not cut or key.startswith(prefix):
                raw = (key[cut:] if cut else key).encode()
                size = len(raw)
                if size == width:
                    body = raw if b"\0" not in raw else None
                elif size < width and b"\0" not in raw:
                    body = raw + bytes(width - size)
            if body is not None:
                h = hash(key) or 1
                i = h % slots
                while seen := hashes[i]:
                    at = i * width
                    if seen == h and keys_at[at : at + width] == body:
                        mark = flags[i]
                        if not mark & _USED:
                            flags[i] = mark | _USED
                            self._used += 1
                        if mark & _NONE:
                            found[key] = None
                        else:
                            text = values[at : at + width].rstrip(b"\0").decode()
                            found[key] = intern(prefix + text if cut else text)
                        break
                    i += 1
                    if i == slots:
                        i = 0
                else:
                    body = None
                if body is not None:
                    continue
            if over and key in over:
                self._over_used.add(key)
                found[key] = over[key]
            else:
                lacking.append(key)
        return found, lacking

    def __setitem__(self, key: str, value: str | None) -> None:
        self.put(key, value)

    def put(self, key: str, value: str | None, used: bool = False) -> None:
        """Hold ``value`` for ``key`` (its "used" mark kept, or set when ``used``)."""
        if self.prefix is None:
            self.prefix = key[: key.rfind("/") + 1]
            self._kind_end = len(self.prefix) + KIND
        kinds = self._kinds
        if kinds is not None:
            kinds.add(key[: self._kind_end])
            if len(kinds) > MAX_KINDS:
                self._kinds = None
        body = self._body(key)
        encoded = None if value is None else self._body(value)
        h = hash(key) or 1
        if body is None or (value is not None and encoded is None):
            if body is not None:
                self._pop_slot(h, body)
            self._over[key] = value
            if used:
                self._over_used.add(key)
            return
        if self._over:
            self._pop_over(key)
        i = self._find(h, body)
        if i < 0:
            if self._count + 1 > MAX_LOAD * self.slots:
                self._grow()
                i = self._find(h, body)
            i = ~i
            self._hashes[i] = h
            self._keys[i * self.width : i * self.width + self.width] = body
            self._count += 1
            mark = 0
        else:
            mark = self._flags[i] & _USED
        if used and not mark:
            mark = _USED
            self._used += 1
        if encoded is None:
            self._flags[i] = mark | _NONE
        else:
            self._values[i * self.width : i * self.width + self.width] = encoded
            self._flags[i] = mark

    def discard(self, key: str) -> None:
        """Forget ``key`` if held."""
        if self._kinds is not None and key[: self._kind_end] not in self._kinds:
            return
        body = self._body(key)
        if body is not None:
            self._pop_slot(hash(key) or 1, body)
        if self._over:
            self._pop_over(key)

    def used_keys(self) -> set[str]:
        flags, hashes = self._flags, self._hashes
        out = {self._key(i) for i in range(self.slots) if hashes[i] and flags[i] & _USED}
        return out | self._over_used

    def keep_used(self, room: int) -> None:
        """Keep at most ``room`` of the keys marked used, forget every other key, and clear
        every mark; in the same arrays (nothing is allocated)."""
        kept_over: dict[str, str | None] = {}
        for key in self._over_used:
            if len(kept_over) >= room:
                break
            if key in self._over:
                kept_over[key] = self._over[key]
        self._over, self._over_used = kept_over, set()
        room -= len(kept_over)
        hashes, flags = self._hashes, self._flags
        start = next(i for i in range(self.slots) if not hashes[i])
        count = 0
        for i in range(self.slots):
            if not hashes[i]:
                continue
            mark = flags[i]
            if mark & _USED and count < room:
                flags[i] = mark & ~_USED
                count += 1
            else:
                hashes[i] = 0
        self._count, self._used = count, 0
        self._reseat(start)

    # -- keeping the probe runs whole ----------------------------------------------------

    def _pop_over(self, key: str) -> None:
        if key in self._over:
            del self._over[key]
            self._over_used.discard(key)

    def _pop_slot(self, h: int, body: bytes) -> None:
        i = self._find(h, body)
        if i < 0:
            return
        if self._flags[i] & _USED:
            self._used -= 1
        self._count -= 1
        self._hashes[i] = 0
        self._close_gap(i)

    def _close_gap(self, gap: int) -> None:
        """Move later entries of the probe run back into the emptied slot ``gap`` where
        their own probe sequence passes it (deletion without tombstones)."""
        slots, hashes = self.slots, self._hashes
        j = gap
        while True:
            j = j + 1 if j + 1 < slots else 0
            seen = hashes[j]
            if not seen:
                return
            home = seen % slots
            # The entry at j may fill the gap if its home is not in (gap, j], cyclically.
            if (gap < j and (home <= gap or home > j)) or (gap > j and gap >= home > j):
                self._move(j, gap)
                gap = j

    def _reseat(self, start: int) -> None:
        """Put every entry back where a probe from its hash finds it, after slots were
        emptied in bulk. ``start`` was empty before, so no probe run crosses it: going
        round the table from it, each entry moves to the first empty slot from its home,
        which is never after where it stands, and the slots emptied so are all ahead of
        the entries already placed."""
        slots, hashes = self.slots, self._hashes
        for step in range(1, slots + 1):
            j = (start + step) % slots
            seen = hashes[j]
            if not seen:
                continue
            i = seen % slots
            while hashes[i] and i != j:
                i = i + 1 if i + 1 < slots else 0
            if i != j:
                self._move(j, i)

    def _grow(self) -> None:
        slots, hashes, flags, keys, values = (
            self.slots,
            self._hashes,
            self._flags,
            self._keys,
            self._values,
        )
        width = self.width
        self._allocate(slots * 2)
        for j in range(slots):
            h = hashes[j]
            if not h:
                continue
            i = h % self.slots
            while self._hashes[i]:
                i = i + 1 if i + 1 < self.slots else 0
            self._hashes[i] = h
            self._keys[i * width : i * width + width] = keys[j * width : j * width + width]
            self._values[i * width : i * width + width] = values[j * width : j * width + width]
            self._flags[i] = flags[j]
        hashes.release()
        for region in (flags, keys, values):
            region.close()
