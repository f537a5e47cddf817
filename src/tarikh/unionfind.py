"""Union-find (disjoint sets) over any hashable keys, with path halving."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class UnionFind(Generic[K]):
    def __init__(self, keys: Iterable[K]) -> None:
        self.parent: dict[K, K] = {k: k for k in keys}

    def find(self, x: K) -> K:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, a: K, b: K) -> None:
        """Put ``a``'s set into ``b``'s."""
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> dict[K, list[K]]:
        """Root -> members, in the order the keys were given."""
        out: dict[K, list[K]] = {}
        for k in self.parent:
            out.setdefault(self.find(k), []).append(k)
        return out
