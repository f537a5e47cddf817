"""The export format of SCHEMA.md, version 1."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from ..store.db import Store

FORMAT_VERSION = 1


def _j(s: str | None, default: Any) -> Any:
    return json.loads(s) if s else default


def sources(store: Store) -> list[dict[str, Any]]:
    out = []
    for r in store.conn.execute("SELECT id, file, sha256, title, kind, kind_cue, published, author, publisher, "
                                "encoding, chars, derived_from FROM sources ORDER BY file, id"):
        out.append({"id": r["id"], "file": r["file"], "sha256": r["sha256"], "title": r["title"] or "",
                    "kind": r["kind"] or "unknown", "published": r["published"], "author": r["author"],
                    "chars": r["chars"], "derived_from": _j(r["derived_from"], []),
                    "publisher": r["publisher"], "kind_cue": r["kind_cue"], "encoding": r["encoding"]})
    return out


def entities(store: Store) -> list[dict[str, Any]]:
    al: dict[str, list[dict[str, Any]]] = {}
    for r in store.conn.execute("SELECT entity_id, name, sources, count FROM aliases ORDER BY count DESC, name"):
        al.setdefault(r[0], []).append({"name": r[1], "sources": _j(r[2], []), "count": r[3]})
    out = []
    for r in store.conn.execute("SELECT * FROM entities ORDER BY id"):
        out.append({"id": r["id"], "type": r["type"], "name": r["name"], "aliases": al.get(r["id"], []),
                    "lat": r["lat"], "lon": r["lon"], "attributes": _j(r["attributes"], {}),
                    "gazetteer_id": r["gazetteer_id"], "mentions": r["mentions"]})
    return out


def events(store: Store) -> list[dict[str, Any]]:
    ec: dict[str, list[str]] = {}
    for r in store.conn.execute("SELECT event_id, claim_id FROM event_claims ORDER BY event_id, ord"):
        ec.setdefault(r[0], []).append(r[1])
    return [{"id": r["id"], "type": r["type"], "label": r["label"], "date": r["date"], "place": r["place"],
             "participants": _j(r["participants"], []), "claims": ec.get(r["id"], [])}
            for r in store.conn.execute("SELECT * FROM events ORDER BY sort_key, id")]


def claims(store: Store) -> list[dict[str, Any]]:
    return [{"id": r["id"], "subject": r["subject"], "property": r["property"], "value": _j(r["value"], {}),
             "qualifiers": _j(r["qualifiers"], {}), "source": r["source_id"], "quote": r["quote"],
             "start": r["start"], "end": r["end"], "status": r["status"], "component": r["component"]}
            for r in store.conn.execute('SELECT * FROM claims ORDER BY source_id, start, id')]


def conflicts(store: Store) -> list[dict[str, Any]]:
    return [{"id": r["id"], "subject": r["subject"], "property": r["property"], "claims": _j(r["claims"], []),
             "kind": r["kind"], "explanation": r["explanation"]}
            for r in store.conn.execute("SELECT * FROM conflicts ORDER BY id")]


def export_data(store: Store) -> dict[str, Any]:
    return {
        "format_version": FORMAT_VERSION,
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sources": sources(store),
        "entities": entities(store),
        "events": events(store),
        "claims": claims(store),
        "conflicts": conflicts(store),
    }
