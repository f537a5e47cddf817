"""Union-find over mentions that remembers why each merge happened."""

from __future__ import annotations

from typing import Any

from ..unionfind import UnionFind
from .votes import Votes


class Clusters(UnionFind[int]):
    """Mention clusters: the lower index stays the root; votes and merge reasons move with it."""

    def __init__(self, n: int) -> None:
        super().__init__(range(n))
        self.votes = [Votes() for _ in range(n)]
        self.reasons: list[list[dict[str, Any]]] = [[] for _ in range(n)]

    def union(self, a: int, b: int, reason: dict[str, Any] | None = None) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.votes[ra].absorb(self.votes[rb])
        self.reasons[ra].extend(self.reasons[rb])
        self.reasons[rb] = []
        if reason and reason not in self.reasons[ra]:
            self.reasons[ra].append(reason)
        return True
