"""Request dependencies: the knowledge base (one read connection per worker thread) and the settings."""

from __future__ import annotations

import threading

from fastapi import Request

from ..api import KnowledgeBase
from ..store.db import Store
from .settings import Settings


class KBPool:
    """One :class:`KnowledgeBase` per thread: SQLite connections are not shared between threads."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self._local = threading.local()
        self._all: list[KnowledgeBase] = []
        self._lock = threading.Lock()

    def get(self) -> KnowledgeBase:
        kb: KnowledgeBase | None = getattr(self._local, "kb", None)
        if kb is None:
            kb = KnowledgeBase(self.db_path)
            self._local.kb = kb
            with self._lock:
                self._all.append(kb)
        return kb

    def close(self) -> None:
        with self._lock:
            for kb in self._all:
                kb.close()
            self._all.clear()


def settings(request: Request) -> Settings:
    s: Settings = request.app.state.settings
    return s


def kb(request: Request) -> KnowledgeBase:
    pool: KBPool = request.app.state.kbs
    return pool.get()


def store(request: Request) -> Store:
    return kb(request).store
