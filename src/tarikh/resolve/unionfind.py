"""Union-find over mentions that remembers why each merge happened."""

from __future__ import annotations

from typing import Any

from .votes import Votes


class Clusters:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.votes = [Votes() for _ in range(n)]
        self.reasons: list[list[dict[str, Any]]] = [[] for _ in range(n)]

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

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

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out
