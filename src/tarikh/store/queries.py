"""Read queries. One query path feeds the CLI's --json, the JSON API and the HTML pages."""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from ..errors import NotFoundError
from .db import Store

PAGE = 50


def _rows(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    return [dict(r) for r in cur.fetchall()]


def _load(d: dict[str, Any], *keys: str) -> dict[str, Any]:
    for k in keys:
        if k in d and isinstance(d[k], str):
            d[k] = json.loads(d[k] or "null")
    return d


def source_list(store: Store, *, kind: str | None = None, limit: int = 1000, offset: int = 0) -> list[dict[str, Any]]:
    sql = ("SELECT id, file, path, sha256, title, author, published, publisher, kind, kind_cue, encoding, "
           "media_type, chars, derived_from, built_at FROM sources")
    args: list[Any] = []
    if kind:
        sql += " WHERE kind = ?"
        args.append(kind)
    sql += " ORDER BY file, id LIMIT ? OFFSET ?"
    return [_load(r, "derived_from") for r in _rows(store.conn.execute(sql, (*args, limit, offset)))]


def source_detail(store: Store, ref: str) -> dict[str, Any]:
    sid = store.find_source(ref)
    row = store.conn.execute("SELECT * FROM sources WHERE id = ?", (sid,)).fetchone()
    d = _load(dict(row), "derived_from", "meta")
    d["mentions"] = _rows(store.conn.execute(
        'SELECT idx, start, "end", text, label, entity_id FROM mentions WHERE source_id = ? ORDER BY start',
        (sid,)))
    d["claims"] = claim_list(store, source=sid, limit=100000)
    return d


def entity_list(store: Store, *, type: str | None = None, q: str | None = None, limit: int = PAGE,
                offset: int = 0) -> list[dict[str, Any]]:
    sql = "SELECT id, type, name, lat, lon, gazetteer_id, mentions FROM entities"
    where, args = [], []
    if type:
        where.append("type = ?")
        args.append(type)
    if q:
        where.append("(name LIKE ? OR id IN (SELECT entity_id FROM aliases WHERE name LIKE ?))")
        args += [f"%{q}%", f"%{q}%"]
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY mentions DESC, name LIMIT ? OFFSET ?"
    return _rows(store.conn.execute(sql, (*args, limit, offset)))


def find_entity(store: Store, ref: str) -> str:
    """An entity id from an id, a name or an alias (case-insensitive)."""
    row = store.conn.execute("SELECT id FROM entities WHERE id = ?", (ref,)).fetchone()
    if row:
        return str(row[0])
    for sql in ("SELECT id FROM entities WHERE name = ? COLLATE NOCASE ORDER BY mentions DESC",
                "SELECT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.name = ? "
                "COLLATE NOCASE ORDER BY e.mentions DESC",
                "SELECT id FROM entities WHERE name LIKE '%' || ? || '%' ORDER BY mentions DESC"):
        row = store.conn.execute(sql, (ref,)).fetchone()
        if row:
            return str(row[0])
    raise NotFoundError(f"no entity {ref!r}; 'tarikh entities' lists them")


def aliases(store: Store, eid: str) -> list[dict[str, Any]]:
    return [_load(r, "sources") for r in _rows(store.conn.execute(
        "SELECT name, sources, count FROM aliases WHERE entity_id = ? ORDER BY count DESC, name", (eid,)))]


def claim_list(store: Store, *, subject: str | None = None, source: str | None = None,
               property: str | None = None, status: str | None = None, limit: int = PAGE,
               offset: int = 0) -> list[dict[str, Any]]:
    sql = ('SELECT c.id, c.subject, c.property, c.value, c.qualifiers, c.source_id AS source, c.quote, c.start, '
           'c."end", c.status, c.component, s.file, s.kind AS source_kind, s.published AS source_published '
           "FROM claims c JOIN sources s ON s.id = c.source_id")
    where, args = [], []
    for col, val in (("c.subject", subject), ("c.source_id", source), ("c.property", property),
                     ("c.status", status)):
        if val:
            where.append(f"{col} = ?")
            args.append(val)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY s.file, c.start, c.id LIMIT ? OFFSET ?"
    return [_load(r, "value", "qualifiers") for r in _rows(store.conn.execute(sql, (*args, limit, offset)))]


def event_detail(store: Store, eid: str) -> dict[str, Any]:
    row = store.conn.execute("SELECT * FROM events WHERE id = ?", (eid,)).fetchone()
    if not row:
        raise NotFoundError(f"no event {eid!r}")
    d = _load(dict(row), "participants")
    d["claims"] = claim_list(store, subject=eid, limit=100000)
    return d


def claim_by_id(store: Store, cid: str) -> dict[str, Any]:
    rows = store.conn.execute(
        'SELECT c.id, c.subject, c.property, c.value, c.qualifiers, c.source_id AS source, c.quote, c.start, '
        'c."end", c.status, c.component, s.file, s.kind AS source_kind, s.published AS source_published '
        "FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.id = ?", (cid,)).fetchall()
    if not rows:
        raise NotFoundError(f"no claim {cid!r}")
    return _load(dict(rows[0]), "value", "qualifiers")


def subject_name(store: Store, sid: str) -> str:
    row = store.conn.execute("SELECT name FROM entities WHERE id = ?", (sid,)).fetchone()
    if row:
        return str(row[0])
    row = store.conn.execute("SELECT label FROM events WHERE id = ?", (sid,)).fetchone()
    return str(row[0]) if row else sid


def fts_query(q: str) -> str:
    """Turn free text into a safe FTS5 query (every word a quoted term, OR-ed)."""
    words = re.findall(r"\w+", q)
    return " OR ".join(f'"{w}"' for w in words)


def search(store: Store, q: str, *, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
    fq = fts_query(q)
    if not fq:
        return {"sentences": [], "claims": []}
    sents = _rows(store.conn.execute(
        "SELECT f.source_id AS source, f.idx, s.file, st.start, st.\"end\", f.text AS quote, bm25(sentences_fts) "
        "AS score FROM sentences_fts f JOIN sources s ON s.id = f.source_id JOIN sentences st ON "
        "st.source_id = f.source_id AND st.idx = f.idx WHERE sentences_fts MATCH ? ORDER BY score LIMIT ?",
        (fq, limit)))
    claims = _rows(store.conn.execute(
        "SELECT claim_id, bm25(claims_fts) AS score FROM claims_fts WHERE claims_fts MATCH ? "
        "ORDER BY score LIMIT ?", (fq, limit)))
    return {"sentences": sents, "claims": [{**claim_by_id(store, r["claim_id"]), "score": r["score"]}
                                           for r in claims]}


def counts(store: Store) -> dict[str, int]:
    out = {}
    for t in ("sources", "entities", "events", "claims", "conflicts", "failures"):
        out[t] = int(store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])  # noqa: S608
    return out


def value_key(v: dict[str, Any]) -> str:
    t = v.get("type")
    if t == "date":
        return f"date:{v.get('edtf')}"
    if t == "quantity":
        return f"q:{v.get('amount')}:{v.get('lower')}:{v.get('upper')}:{v.get('unit')}"
    if t == "entity":
        return f"e:{v.get('id')}"
    return f"t:{str(v.get('text', '')).lower()}"


def side_by_side(claims: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """For each property, every distinct value with the claims and sources behind it
    (each source with its kind and date), most supported first."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for c in claims:
        slot = out.setdefault(c["property"], {}).setdefault(
            value_key(c["value"]), {"value": c["value"], "claims": [], "sources": [], "statuses": []})
        slot["claims"].append(c["id"])
        slot["statuses"].append(c["status"])
        if all(s["id"] != c["source"] for s in slot["sources"]):
            slot["sources"].append({"id": c["source"], "file": c["file"], "kind": c["source_kind"],
                                    "published": c["source_published"], "quote": c["quote"],
                                    "start": c["start"], "end": c["end"]})
    return {p: sorted(vals.values(), key=lambda v: -len(v["sources"])) for p, vals in sorted(out.items())}


# batched reads live in batch.py; re-exported so one module serves every caller
from .batch import (  # noqa: E402, I001
    claim_count as claim_count,
    claims_by_ids as claims_by_ids,
    conflict_count as conflict_count,
    conflict_rows as conflict_rows,
    ensure_indexes as ensure_indexes,
    entity_count as entity_count,
    entity_full as entity_full,
    entity_ids_among as entity_ids_among,
    entity_names as entity_names,
    event_claim_ids as event_claim_ids,
    event_count as event_count,
    event_full as event_full,
    event_rows as event_rows,
    event_types as event_types,
    names_of as names_of,
    neighbours_from as neighbours_from,
    source_count as source_count,
)

# the plain names used by the API and the CLI are the batched implementations
entity_detail = entity_full
event_list = event_rows
conflict_list = conflict_rows
