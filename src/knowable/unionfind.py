"""Disjoint sets over item indexes 0..n-1 (union-find with path compression).

A merged set's root is always its lowest index, so the first item added stays the
representative: story grouping and listing networks both rely on that order.
"""

from __future__ import annotations


class UnionFind:
    """Union-find over integer items; ``size`` items to start with, more with :meth:`add`."""

    def __init__(self, size: int = 0) -> None:
        self.parent: list[int] = list(range(size))

    def add(self) -> int:
        """A new item in a set of its own; returns its index."""
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, item: int) -> int:
        """The root (lowest index) of the set holding ``item``."""
        parent = self.parent
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return root

    def union(self, a: int, b: int) -> int:
        """Merge the sets of ``a`` and ``b``; returns the root of the merged set."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        low, high = (ra, rb) if ra < rb else (rb, ra)
        self.parent[high] = low
        return low
