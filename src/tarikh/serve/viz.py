"""Data for the timeline, map and network widgets (passed to the page as a JSON block)."""

from __future__ import annotations

from itertools import combinations
from typing import Any

from ..store import queries as q
from ..store.db import Store
from .edtf import edtf_range

NETWORK_TYPES = ("person", "organization", "military_unit", "group")


def timeline_items(st: Store, events: list[dict[str, Any]], names: dict[str, str]) -> list[dict[str, Any]]:
    """One item per dated event: its range, how certain it is, a link to its page and to the sentence
    behind it (the first claims of all events are fetched in one query)."""
    firsts = q.claims_by_ids(st, [ev["claims"][0] for ev in events if ev["claims"] and ev["date"]])
    items = []
    for ev in events:
        rng = edtf_range(ev["date"])
        if not rng:
            continue
        claim = firsts.get(ev["claims"][0]) if ev["claims"] else None
        who = [names.get(p["entity"], p["entity"]) for p in ev["participants"]]
        items.append({
            "id": ev["id"], "label": ev["label"], "type": ev["type"], "date": ev["date"], **rng,
            "precise": rng["precision"] == "day" and not rng["uncertain"] and not rng["approximate"],
            "place": names.get(ev["place"] or "", ""), "who": who, "page": f"/events/{ev['id']}",
            "href": f"/sources/{claim['source']}#c-{claim['id']}" if claim else "",
            "file": claim["file"] if claim else "", "sources": len(ev["claims"]),
        })
    return items


def map_places(st: Store) -> list[dict[str, Any]]:
    """Entities with coordinates, each with (up to 50 of) the events that happened there or involve it."""
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for ev in q.event_rows(st, limit=100000):
        for eid in {p["entity"] for p in ev["participants"]} | ({ev["place"]} if ev["place"] else set()):
            by_entity.setdefault(eid, []).append(ev)
    out = []
    for e in q.entity_list(st, limit=100000):
        if e["lat"] is None or e["lon"] is None:
            continue
        evs = by_entity.get(e["id"], [])[:50]
        out.append({"id": e["id"], "name": e["name"], "type": e["type"], "lat": e["lat"], "lon": e["lon"],
                    "mentions": e["mentions"],
                    "events": [{"id": ev["id"], "label": ev["label"], "date": ev["date"] or "", "type": ev["type"]}
                               for ev in evs]})
    return out


def network(st: Store) -> dict[str, Any]:
    """People and organizations as nodes; an edge for each pair that shares events (with their roles)."""
    ents = {e["id"]: e for e in q.entity_list(st, limit=100000) if e["type"] in NETWORK_TYPES}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for ev in q.event_rows(st, limit=100000):
        roles: dict[str, str] = {}
        for p in ev["participants"]:
            if p["entity"] in ents:
                roles.setdefault(p["entity"], p["role"])
        for a, b in combinations(sorted(roles), 2):
            edge = edges.setdefault((a, b), {"from": a, "to": b, "events": []})
            edge["events"].append({"label": ev["label"], "date": ev["date"] or "", "roles": [roles[a], roles[b]]})
    linked = {x for pair in edges for x in pair}
    nodes = [{"id": i, "name": e["name"], "type": e["type"], "mentions": e["mentions"], "linked": i in linked}
             for i, e in ents.items() if i in linked or e["mentions"] >= 3]
    return {"nodes": nodes, "edges": [{**e, "weight": len(e["events"])} for e in edges.values()]}
