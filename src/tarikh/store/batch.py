"""Batched reads for the web layer: one query per kind of row, counts for pagination."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..errors import NotFoundError
from .db import Store
from .queries import (
    _load,
    _rows,
    aliases,
    claim_list,
    find_entity,
    side_by_side,
)

# ---------------------------------------------------------------- batched reads (one query per kind of row)
# Related rows are fetched in one query each (no query per event or per claim); queries.py
# re-exports these, so the CLI, the API and the pages share them.

READ_INDEXES = (
    "CREATE INDEX IF NOT EXISTS event_claims_claim ON event_claims(claim_id)",
    "CREATE INDEX IF NOT EXISTS events_sort ON events(sort_key, id)",
    "CREATE INDEX IF NOT EXISTS events_place ON events(place)",
    "CREATE INDEX IF NOT EXISTS entities_rank ON entities(mentions DESC, name)",
    "CREATE INDEX IF NOT EXISTS claims_property ON claims(property, subject)",
    "CREATE INDEX IF NOT EXISTS conflicts_subject ON conflicts(subject, property)",
    "CREATE INDEX IF NOT EXISTS conflicts_property ON conflicts(property)",
    "CREATE INDEX IF NOT EXISTS aliases_name ON aliases(name COLLATE NOCASE)",
)

_CLAIM_SQL = ('SELECT c.id, c.subject, c.property, c.value, c.qualifiers, c.source_id AS source, c.quote, c.start, '
              'c."end", c.status, c.component, s.file, s.kind AS source_kind, s.published AS source_published '
              "FROM claims c JOIN sources s ON s.id = c.source_id")
_IDS = "(SELECT value FROM json_each(?))"


def ensure_indexes(store: Store) -> bool:
    """Create the indexes the read queries use (no-op when present); False on a read-only file."""
    try:
        for sql in READ_INDEXES:
            store.conn.execute(sql)
    except sqlite3.OperationalError:
        return False
    return True


def _json_ids(ids: Any) -> str:
    return json.dumps(sorted({str(i) for i in ids if i}))


def event_claim_ids(store: Store, event_ids: list[str] | None = None) -> dict[str, list[str]]:
    """Event id -> its claim ids in order, for ``event_ids`` (all events when None), in one query."""
    sql, args = "SELECT event_id, claim_id FROM event_claims", []
    if event_ids is not None:
        sql += f" WHERE event_id IN {_IDS}"
        args.append(_json_ids(event_ids))
    out: dict[str, list[str]] = {}
    for r in store.conn.execute(sql + " ORDER BY event_id, ord", args):
        out.setdefault(r[0], []).append(r[1])
    return out


def _event_where(entity: str | None, source: str | None, type: str | None) -> tuple[str, list[Any]]:
    where, args = [], []
    if source:
        where.append("e.id IN (SELECT ec.event_id FROM event_claims ec JOIN claims c ON c.id = ec.claim_id "
                     "WHERE c.source_id = ?)")
        args.append(source)
    if entity:
        where.append("(e.place = ? OR e.participants LIKE ?)")
        args += [entity, f'%"{entity}"%']
    if type:
        where.append("e.type = ?")
        args.append(type)
    return (" WHERE " + " AND ".join(where) if where else ""), args


def event_rows(store: Store, *, entity: str | None = None, source: str | None = None, type: str | None = None,
               limit: int = 1000, offset: int = 0) -> list[dict[str, Any]]:
    """Events in date order, filtered by entity, source and type, with their claim ids in one query."""
    where, args = _event_where(entity, source, type)
    sql = ("SELECT e.id, e.type, e.label, e.date, e.place, e.participants, e.sort_key FROM events e" + where
           + " ORDER BY e.sort_key = '', e.sort_key, e.id LIMIT ? OFFSET ?")
    out = [_load(r, "participants") for r in _rows(store.conn.execute(sql, (*args, limit, offset)))]
    claims = event_claim_ids(store, [e["id"] for e in out]) if out else {}
    for ev in out:
        ev["claims"] = claims.get(ev["id"], [])
    return out


def event_count(store: Store, *, entity: str | None = None, source: str | None = None,
                type: str | None = None) -> int:
    where, args = _event_where(entity, source, type)
    return int(store.conn.execute("SELECT COUNT(*) FROM events e" + where, args).fetchone()[0])


def event_types(store: Store) -> list[str]:
    return [str(r[0]) for r in store.conn.execute("SELECT DISTINCT type FROM events WHERE type IS NOT NULL "
                                                  "ORDER BY type")]


def claims_by_ids(store: Store, ids: Any) -> dict[str, dict[str, Any]]:
    """Claim id -> claim row (as :func:`claim_by_id`) for every known id, in one query."""
    rows = store.conn.execute(f"{_CLAIM_SQL} WHERE c.id IN {_IDS}", (_json_ids(ids),))
    return {r["id"]: _load(dict(r), "value", "qualifiers") for r in rows}


def names_of(store: Store, ids: Any) -> dict[str, str]:
    """Id -> entity name or event label (as :func:`subject_name`; unknown ids map to themselves)."""
    arg = _json_ids(ids)
    out = {str(r[0]): str(r[1]) for r in store.conn.execute(
        f"SELECT id, label FROM events WHERE id IN {_IDS} UNION ALL SELECT id, name FROM entities "
        f"WHERE id IN {_IDS}", (arg, arg))}
    return {i: out.get(i, i) for i in json.loads(arg)}


def entity_ids_among(store: Store, ids: Any) -> set[str]:
    """Which of ``ids`` are entities."""
    return {str(r[0]) for r in store.conn.execute(f"SELECT id FROM entities WHERE id IN {_IDS}", (_json_ids(ids),))}


def entity_names(store: Store) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in store.conn.execute("SELECT id, name FROM entities")}


def _count(store: Store, table: str, conds: list[tuple[str, Any]]) -> int:
    used = [(c, v) for c, v in conds if v]
    sql = f"SELECT COUNT(*) FROM {table}"  # noqa: S608 - table and columns are fixed by the callers
    if used:
        sql += " WHERE " + " AND ".join(c for c, _ in used)
    return int(store.conn.execute(sql, [v for _, v in used]).fetchone()[0])


def source_count(store: Store, *, kind: str | None = None) -> int:
    return _count(store, "sources", [("kind = ?", kind)])


def entity_count(store: Store, *, type: str | None = None, q: str | None = None) -> int:
    n = _count(store, "entities", [("type = ?", type)]) if not q else None
    if n is not None:
        return n
    args: list[Any] = [f"%{q}%", f"%{q}%"]
    sql = ("SELECT COUNT(*) FROM entities WHERE (name LIKE ? OR id IN (SELECT entity_id FROM aliases "
           "WHERE name LIKE ?))")
    if type:
        sql += " AND type = ?"
        args.append(type)
    return int(store.conn.execute(sql, args).fetchone()[0])


def claim_count(store: Store, *, subject: str | None = None, source: str | None = None,
                property: str | None = None, status: str | None = None) -> int:
    return _count(store, "claims", [("subject = ?", subject), ("source_id = ?", source),
                                    ("property = ?", property), ("status = ?", status)])


def conflict_count(store: Store, *, subject: str | None = None, property: str | None = None) -> int:
    return _count(store, "conflicts", [("subject = ?", subject), ("property = ?", property)])


def conflict_rows(store: Store, *, subject: str | None = None, property: str | None = None, limit: int = 1000,
                  offset: int = 0) -> list[dict[str, Any]]:
    """Conflicts, filtered by subject and property, with their claims and subject names in one query each."""
    where, args = [], []
    for col, val in (("subject", subject), ("property", property)):
        if val:
            where.append(f"{col} = ?")
            args.append(val)
    sql = "SELECT * FROM conflicts" + (" WHERE " + " AND ".join(where) if where else "")
    out = [_load(r, "claims") for r in _rows(store.conn.execute(
        sql + " ORDER BY subject, property, id LIMIT ? OFFSET ?", (*args, limit, offset)))]
    claims = claims_by_ids(store, [c for cf in out for c in cf["claims"]])
    names = names_of(store, [cf["subject"] for cf in out])
    for cf in out:
        cf["claim_rows"] = [claims[c] for c in cf["claims"] if c in claims]
        cf["subject_name"] = names.get(cf["subject"], cf["subject"])
    return out


def neighbours_from(store: Store, eid: str, events: list[dict[str, Any]], limit: int = 20) -> list[dict[str, Any]]:
    """Entities sharing events with ``eid``, most shared first, from its already-fetched ``events``."""
    counts: dict[str, int] = {}
    for ev in events:
        ids = {p["entity"] for p in ev["participants"]} | ({ev["place"]} if ev["place"] else set())
        for other in ids - {eid}:
            counts[other] = counts.get(other, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    known = {str(r["id"]): dict(r) for r in store.conn.execute(
        f"SELECT id, type, name FROM entities WHERE id IN {_IDS}", (_json_ids(counts),))}
    return [{**known[o], "shared_events": n} for o, n in top if o in known][:limit]


def entity_full(store: Store, ref: str) -> dict[str, Any]:
    """An entity with its aliases, claims, events (claim ids in one query) and network neighbours."""
    eid = find_entity(store, ref)
    d = _load(dict(store.conn.execute("SELECT * FROM entities WHERE id = ?", (eid,)).fetchone()),
              "attributes", "reasons")
    d["aliases"] = aliases(store, eid)
    d["claims"] = claim_list(store, subject=eid, limit=100000)
    d["events"] = event_rows(store, entity=eid, limit=100000)
    d["neighbours"] = neighbours_from(store, eid, d["events"])
    return d


def event_full(store: Store, eid: str) -> dict[str, Any]:
    """One event: its fields, every claim about it or cited by it (with source and quote), the names of
    its place and participants (``names``) and its claims grouped by property and value (``properties``)."""
    row = store.conn.execute("SELECT * FROM events WHERE id = ?", (eid,)).fetchone()
    if not row:
        raise NotFoundError(f"no event {eid!r}; 'tarikh events' lists them")
    d = _load(dict(row), "participants")
    cited = [r[0] for r in store.conn.execute(
        "SELECT claim_id FROM event_claims WHERE event_id = ? ORDER BY ord", (eid,))]
    own = [r[0] for r in store.conn.execute("SELECT id FROM claims WHERE subject = ?", (eid,))]
    ids = list(dict.fromkeys([*cited, *own]))
    rows = claims_by_ids(store, ids)
    d["claims"] = sorted((rows[i] for i in ids if i in rows), key=lambda c: (c["property"], c["file"], c["start"]))
    refs = {p["entity"] for p in d["participants"]} | ({d["place"]} if d["place"] else set())
    refs |= {str(c["value"].get("id")) for c in d["claims"] if c["value"].get("type") == "entity"}
    known = entity_ids_among(store, refs)
    d["names"] = {k: v for k, v in names_of(store, refs).items() if k in known}
    d["properties"] = side_by_side(d["claims"])
    return d
