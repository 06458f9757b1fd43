"""Where the shared third-party media data lives, and how its labels are cleaned.

Benchmarks READ these files; nothing from them is copied into the repository.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

from common import shared_data as common_shared_data

from knowable.sources.stories import text_key

DROP_LABELS = ("delete", "doubt", "random", "neither")


def shared_data() -> Path | None:
    """The shared data folder (see bench/common.py) when it holds the Tartu media data."""
    root = common_shared_data()
    if root is not None and (root / "media" / "tartu").is_dir():
        return root
    return None


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    label: int
    entity: str = ""
    title: str = ""
    url: str = ""


def _rows(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def clean_label(raw: str, default: int) -> int | None:
    """The cross-check label when present (am/nam), the file's label when blank, None to drop."""
    label = raw.strip().lower()
    if any(word in label for word in DROP_LABELS):
        return None
    if label.startswith("nam"):
        return 0
    if label.startswith("am"):
        return 1
    if label == "":
        return default
    return None


def training_set(
    root: Path, exclude_keys: set[str] | None = None
) -> tuple[list[Article], dict[str, int]]:
    """Cleaned training articles (title + text) and counts of what was dropped and why."""
    folder = root / "media" / "tartu"
    out: list[Article] = []
    dropped = {"label": 0, "empty": 0, "in_test": 0}
    for name, default in (("adverse_media_training.csv", 1), ("non_adverse_media_training.csv", 0)):
        for number, row in enumerate(_rows(folder / name), start=2):
            label = clean_label(row.get("label") or "", default)
            if label is None:
                dropped["label"] += 1
                continue
            body = (row.get("article") or "").strip()
            if not body:
                dropped["empty"] += 1
                continue
            if exclude_keys and text_key(body[:500]) in exclude_keys:
                dropped["in_test"] += 1
                continue
            text = f"{row.get('title') or ''}\n\n{body}"
            entity = (row.get("entity_name") or "").strip()
            out.append(
                Article(
                    id=f"{name}:{number}", text=text, label=label, entity=entity,
                    title=(row.get("title") or "").strip(), url=(row.get("url") or "").strip(),
                )
            )  # fmt: skip
    return out, dropped


def public_test(root: Path) -> list[Article]:
    rows = _rows(root / "media" / "tartu" / "public_test.csv")
    return [
        Article(id=r["id"], text=f"{r.get('title') or ''}\n\n{r['article']}", label=int(r["label"]))
        for r in rows
    ]


def test_keys(root: Path) -> set[str]:
    """Keys of public-test article openings, to keep copies of test articles out of training."""
    rows = _rows(root / "media" / "tartu" / "public_test.csv")
    return {text_key(r["article"].strip()[:500]) for r in rows}


def duplicate_groups(articles: list[Article], threshold: float = 0.5) -> list[int]:
    """Group id per article: near-duplicates share a group, so cross-validation never puts one
    copy of a story in training and another in validation.

    Two articles are joined when their bodies' word 5-shingles have an estimated Jaccard
    similarity of at least ``threshold`` (MinHash LSH, 128 permutations, fixed seed), when
    their folded titles are equal (titles of four words or more), or when their URLs are
    equal. Joins are transitive (union-find). Deterministic.
    """
    from datasketch import MinHash, MinHashLSH

    from knowable.sources.stories import fast_fold, shingles
    from knowable.unionfind import UnionFind

    uf = UnionFind(len(articles))
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    seen: dict[str, int] = {}
    for i, article in enumerate(articles):
        title = fast_fold(article.title)
        keys = [f"t:{title}"] if len(title.split()) >= 4 else []
        if article.url:
            keys.append(f"u:{article.url.rstrip('/').lower()}")
        for key in keys:
            if key in seen:
                uf.union(i, seen[key])
            else:
                seen[key] = i
        sketch = MinHash(num_perm=128, seed=1)
        body = article.text[len(article.title) :] if article.title else article.text
        sketch.update_batch([s.encode() for s in sorted(shingles(body))])
        for j in lsh.query(sketch):
            uf.union(i, int(j))
        lsh.insert(i, sketch)
    roots: dict[int, int] = {}
    return [roots.setdefault(uf.find(i), len(roots)) for i in range(len(articles))]
