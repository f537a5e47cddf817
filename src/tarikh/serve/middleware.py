"""Pure-ASGI middleware: security headers on every response, and a cache of GET responses
(pages and API) that is dropped whenever the knowledge base changes."""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]
NOT_CACHED = ("/static/", "/api/uploads", "/upload", "/openapi.json")


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in SECURITY_HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class KBVersion:
    """A cheap fingerprint of the knowledge base: changes on every build, refresh or correction."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self.conn: sqlite3.Connection | None = None
        self.lock = threading.Lock()

    def get(self) -> str:
        with self.lock:
            try:
                if self.conn is None:
                    self.conn = sqlite3.connect(self.db_path, check_same_thread=False, isolation_level=None)
                meta = self.conn.execute("SELECT group_concat(key || '=' || value, ';') FROM meta WHERE key IN "
                                         "('corpus_stamp', 'dirty')").fetchone()[0]
                n = self.conn.execute("SELECT COUNT(*), MAX(built_at) FROM sources").fetchone()
                fails = self.conn.execute("SELECT COUNT(*), MAX(at) FROM failures").fetchone()
            except sqlite3.Error:
                return ""  # no knowledge base yet: nothing is cached
            return f"{meta}:{n[0]}:{n[1]}:{fails[0]}:{fails[1]}"

    def close(self) -> None:
        with self.lock:
            if self.conn is not None:
                self.conn.close()
                self.conn = None


class ResponseCache:
    """Caches successful GET responses by path and query for one knowledge-base version."""

    def __init__(self, app: ASGIApp, version: KBVersion, size: int = 256) -> None:
        self.app = app
        self.version = version
        self.size = size
        self.current = ""
        self.entries: OrderedDict[bytes, tuple[int, list[Any], bytes]] = OrderedDict()
        self.lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or scope["method"] != "GET" or self.size <= 0 or path.startswith(NOT_CACHED):
            await self.app(scope, receive, send)
            return
        ver = self.version.get()
        key = scope.get("raw_path", path.encode()) + b"?" + scope.get("query_string", b"")
        with self.lock:
            if ver != self.current:
                self.current, self.entries = ver, OrderedDict()
            hit = self.entries.get(key) if ver else None
            if hit:
                self.entries.move_to_end(key)
        if hit:
            status, headers, body = hit
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200 and ver:
                    with self.lock:
                        if self.current == ver:
                            self.entries[key] = (200, list(start.get("headers", [])), b"".join(chunks))
                            while len(self.entries) > self.size:
                                self.entries.popitem(last=False)
            await send(message)

        await self.app(scope, receive, capture)
