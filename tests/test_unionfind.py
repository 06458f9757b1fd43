"""Union-find: merged sets share the lowest index as root; untouched items stay alone."""

from __future__ import annotations

from knowable.unionfind import UnionFind


def test_union_keeps_the_lowest_index_as_root() -> None:
    uf = UnionFind(5)
    assert uf.union(3, 1) == 1
    assert uf.union(4, 3) == 1
    assert [uf.find(i) for i in range(5)] == [0, 1, 2, 1, 1]


def test_add_starts_a_set_of_its_own() -> None:
    uf = UnionFind()
    first, second, third = uf.add(), uf.add(), uf.add()
    assert (first, second, third) == (0, 1, 2)
    uf.union(third, second)
    assert uf.find(third) == 1 and uf.find(first) == 0
    assert uf.union(second, third) == 1  # already merged
