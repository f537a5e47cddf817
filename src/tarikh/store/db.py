"""SQLite connection, transactions, the build lock, and per-source writes."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import BuildLockedError, NotFoundError, StoreError
from ..models import Doc, Source
from .schema import SCHEMA, SCHEMA_VERSION
from .serde import doc_from_json, doc_to_json

SOURCE_FIELDS = ("title", "author", "published", "publisher", "kind")


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_db() -> str:
    return os.environ.get("TARIKH_DB") or "tarikh.db"


class Store:
    """One SQLite knowledge base file (WAL mode, one transaction per source)."""

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False) -> None:
        self.path = str(path)
        if readonly:
            if not Path(self.path).exists():
                raise NotFoundError("no knowledge base here; run 'tarikh build' first", path=self.path)
            uri = f"file:{Path(self.path).resolve()}?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
        else:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.isolation_level = None  # explicit transactions only
        try:
            self.conn.execute("PRAGMA busy_timeout = 30000")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.conn.executescript(SCHEMA)
                self.conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)",
                                  (str(SCHEMA_VERSION),))
            self.conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"not a tarikh database or damaged: {exc}", path=self.path) from None

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def build_lock(self, wait: float = 0.0) -> Iterator[None]:
        """Hold the build lock; another build waits up to ``wait`` seconds, then is refused."""
        lock_path = self.path + ".lock"
        fh = open(lock_path, "a+")  # noqa: SIM115
        deadline = time.monotonic() + wait
        try:
            while True:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise BuildLockedError(
                            "another build is writing to this knowledge base; wait for it to finish "
                            "or pass --wait SECONDS", path=self.path) from None
                    time.sleep(0.2)
            yield
        finally:
            fh.close()

    # ------------------------------------------------------------- meta
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # ------------------------------------------------------------- sources
    def source_state(self, path: str) -> tuple[str, str, str] | None:
        row = self.conn.execute("SELECT id, sha256, config_hash FROM sources WHERE path = ?",
                                (path,)).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def save_doc(self, doc: Doc, config_hash: str) -> None:
        """Store one source and everything extracted from it, replacing its old version."""
        s = doc.source
        text = s.text
        with self.transaction() as c:
            for (old_id,) in c.execute("SELECT id FROM sources WHERE path = ? OR id = ?", (s.path, s.id)).fetchall():
                drop_source(c, old_id)
            c.execute(
                "INSERT INTO sources (id, path, file, sha256, title, author, published, publisher, kind, "
                "kind_cue, encoding, media_type, chars, text, meta, derived_from, config_hash, built_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (s.id, s.path, s.file, s.sha256, s.title, s.author, s.published, s.publisher, s.kind,
                 s.kind_cue, s.encoding, s.media_type, len(text), text,
                 json.dumps(s.meta, ensure_ascii=False, default=str), "[]", config_hash, now()))
            c.execute("INSERT INTO docs VALUES (?, ?)", (s.id, doc_to_json(doc)))
            rows = [(s.id, i, se.start, se.end, text[se.start:se.end]) for i, se in enumerate(doc.sentences)]
            c.executemany('INSERT INTO sentences (source_id, idx, start, "end", text) VALUES (?,?,?,?,?)', rows)
            c.executemany("INSERT INTO sentences_fts (text, source_id, idx) VALUES (?,?,?)",
                          [(r[4], r[0], r[1]) for r in rows])
            c.execute("DELETE FROM failures WHERE path = ?", (s.path,))
            self.set_meta("dirty", "1")

    def record_failure(self, path: str, file: str, code: str, reason: str) -> None:
        with self.transaction() as c:
            c.execute("INSERT OR REPLACE INTO failures VALUES (?,?,?,?,?)", (path, file, code, reason, now()))

    def failures(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM failures ORDER BY path")]

    def find_source(self, ref: str) -> str:
        """A source id from an id, an id prefix, a path, a file name or a file-name prefix."""
        for sql in ("SELECT id FROM sources WHERE id = ? OR path = ? OR file = ?",
                    "SELECT id FROM sources WHERE id LIKE ? || '%' OR file LIKE ? || '%' OR path = ?"):
            rows = self.conn.execute(sql, (ref, ref, ref)).fetchall()
            if len(rows) == 1:
                return str(rows[0][0])
            if len(rows) > 1:
                raise NotFoundError(f"{ref!r} names {len(rows)} sources; give more of the id or file name")
        raise NotFoundError(f"no source {ref!r}; 'tarikh sources' lists them")

    def remove_source(self, ref: str) -> str:
        sid = self.find_source(ref)
        with self.transaction() as c:
            drop_source(c, sid)
            self.set_meta("dirty", "1")
        return sid

    def load_sources(self) -> list[Source]:
        corr = self.corrections()
        out = []
        for r in self.conn.execute("SELECT * FROM sources ORDER BY file, id"):
            src = Source(id=r["id"], file=r["file"], path=r["path"], sha256=r["sha256"], text=r["text"],
                         encoding=r["encoding"] or "", media_type=r["media_type"] or "",
                         title=r["title"] or "", author=r["author"], published=r["published"],
                         publisher=r["publisher"], kind=r["kind"] or "unknown", kind_cue=r["kind_cue"] or "",
                         meta=json.loads(r["meta"] or "{}"), derived_from=json.loads(r["derived_from"] or "[]"))
            apply_corrections(src, corr.get(src.path, {}))
            out.append(src)
        return out

    def load_docs(self) -> list[Doc]:
        raw = {r[0]: r[1] for r in self.conn.execute("SELECT source_id, data FROM docs")}
        return [doc_from_json(s, raw[s.id]) for s in self.load_sources() if s.id in raw]

    # ------------------------------------------------------------- user decisions
    def corrections(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for r in self.conn.execute("SELECT path, field, value FROM corrections"):
            out.setdefault(r[0], {})[r[1]] = r[2]
        return out

    def set_correction(self, source_ref: str, field: str, value: str) -> str:
        if field not in SOURCE_FIELDS:
            raise StoreError(f"cannot set {field!r}; settable fields: {', '.join(SOURCE_FIELDS)}")
        sid = self.find_source(source_ref)
        path = self.conn.execute("SELECT path FROM sources WHERE id = ?", (sid,)).fetchone()[0]
        with self.transaction() as c:
            c.execute("INSERT OR REPLACE INTO corrections VALUES (?,?,?)", (path, field, value))
            c.execute(f"UPDATE sources SET {field} = ? WHERE id = ?", (value, sid))  # noqa: S608
            self.set_meta("dirty", "1")
        return sid

    def add_decision(self, kind: str, a: str, b: str) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO decisions (kind, a, b, at) VALUES (?,?,?,?)", (kind, a, b, now()))
            self.set_meta("dirty", "1")

    def decisions(self) -> list[tuple[str, str, str]]:
        return [(r[0], r[1], r[2]) for r in self.conn.execute("SELECT kind, a, b FROM decisions ORDER BY seq")]


def drop_source(c: sqlite3.Connection, sid: str) -> None:
    """Delete a source and, in the same transaction, every row derived from it, so no reader sees
    claims or mentions whose source is gone (the corpus stage recomputes the rest next)."""
    for table in ("claims", "mentions", "sentences_fts"):
        c.execute(f"DELETE FROM {table} WHERE source_id = ?", (sid,))  # noqa: S608
    c.execute("DELETE FROM sources WHERE id = ?", (sid,))


def apply_corrections(src: Source, fields: dict[str, str]) -> None:
    for k, v in fields.items():
        setattr(src, k, v)
        if k == "kind":
            src.kind_cue = "set by user"


def open_store(path: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> Store:
    return Store(path or default_db(), readonly=readonly)
