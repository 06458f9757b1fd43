"""One story, several sources: recognise the same article text published by several outlets.

Two articles belong to the same story when their folded text is identical (``text_key``)
or when the Jaccard similarity of their word 5-shingles, estimated by MinHash and found
through LSH, is at least the threshold (0.8 by default: wire copy with a changed first line
or byline still groups; two different reports about the same event do not). A story's id
is taken from its earliest-dated article, and ``first_seen`` is that article's date: the
moment the story became public, whichever outlet carried it later.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from knowable.hashing import sha256_hex
from knowable.model import Record
from knowable.names.normalise import fold
from knowable.unionfind import UnionFind

SHINGLE = 5


# Every ASCII character that is not a lower-case letter or digit becomes a space.
_ASCII_FOLD = {i: " " for i in range(128) if not (chr(i).islower() or chr(i).isdigit())}


def fast_fold(text: str) -> str:
    """:func:`knowable.names.normalise.fold`, with a quick path for ASCII text."""
    if text.isascii():
        return " ".join(text.lower().translate(_ASCII_FOLD).split())
    return fold(text)


def text_key(text: str) -> str:
    """Hash of the folded text: equal for copies that differ only in case, accents, punctuation."""
    return sha256_hex(fast_fold(text))[:32]


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Word shingles of the folded text (the whole text when shorter than ``size`` words)."""
    words = fast_fold(text).split()
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@dataclass(frozen=True)
class Story:
    """Articles carrying the same text; ``record_ids`` are ordered earliest first."""

    story_id: str
    record_ids: tuple[str, ...]
    first_seen: datetime | None
    outlets: tuple[str, ...]


def _order(records: Sequence[Record]) -> list[Record]:
    dated = sorted(
        (r for r in records if r.available_at is not None), key=lambda r: (r.available_at, r.id)
    )
    undated = sorted((r for r in records if r.available_at is None), key=lambda r: r.id)
    return dated + undated


def _body(record: Record) -> str:
    title = str(record.payload.get("title") or "")
    text = record.text
    if title and text.startswith(title):
        text = text[len(title) :]
    return text


def group_stories(
    records: Iterable[Record], threshold: float = 0.8, num_perm: int = 128
) -> list[Story]:
    """Group articles into stories (exact folded-text match, then MinHash near-duplicates)."""
    from datasketch import MinHash, MinHashLSH

    items = list(records)
    uf = UnionFind(len(items))
    by_key: dict[str, int] = {}
    for i, record in enumerate(items):
        key = str(record.payload.get("text_key") or text_key(_body(record)))
        if key in by_key:
            uf.union(by_key[key], i)
        else:
            by_key[key] = i
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    sketches: dict[int, MinHash] = {}
    for i in by_key.values():
        sketch = MinHash(num_perm=num_perm, seed=7)
        sketch.update_batch([shingle.encode("utf-8") for shingle in shingles(_body(items[i]))])
        sketches[i] = sketch
        for other in lsh.query(sketch):
            if sketch.jaccard(sketches[int(other)]) >= threshold:
                uf.union(int(other), i)
        lsh.insert(str(i), sketch)
    groups: dict[int, list[Record]] = {}
    for i, record in enumerate(items):
        groups.setdefault(uf.find(i), []).append(record)
    stories = []
    for members in groups.values():
        ordered = _order(members)
        first = ordered[0]
        outlets = tuple(
            dict.fromkeys(
                str(r.payload.get("outlet") or "") for r in ordered if r.payload.get("outlet")
            )
        )
        stories.append(
            Story(
                story_id="story-" + first.id[:16],
                record_ids=tuple(r.id for r in ordered),
                first_seen=first.available_at,
                outlets=outlets,
            )
        )
    return sorted(stories, key=lambda s: s.story_id)


def story_index(stories: Iterable[Story]) -> dict[str, Story]:
    """Map each record id to its story."""
    return {record_id: story for story in stories for record_id in story.record_ids}
