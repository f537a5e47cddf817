"""Data for the timeline, map and network widgets (passed to the page as a JSON block)."""

from __future__ import annotations

from itertools import combinations
from typing import Any

from ..errors import NotFoundError
from ..store import queries as q
from ..store.db import Store
from .edtf import edtf_range

NETWORK_TYPES = ("person", "organization", "military_unit", "group")


def _first_claim(st: Store, ev: dict[str, Any]) -> dict[str, Any] | None:
    for cid in ev["claims"][:1]:
        try:
            return q.claim_by_id(st, cid)
        except NotFoundError:
            return None
    return None


def timeline_items(st: Store, events: list[dict[str, Any]], names: dict[str, str]) -> list[dict[str, Any]]:
    """One item per dated event: its range, how certain it is, and a link to the sentence behind it."""
    items = []
    for ev in events:
        rng = edtf_range(ev["date"])
        if not rng:
            continue
        claim = _first_claim(st, ev)
        who = [names.get(p["entity"], p["entity"]) for p in ev["participants"]]
        items.append({
            "id": ev["id"], "label": ev["label"], "type": ev["type"], "date": ev["date"], **rng,
            "precise": rng["precision"] == "day" and not rng["uncertain"] and not rng["approximate"],
            "place": names.get(ev["place"] or "", ""), "who": who,
            "href": f"/sources/{claim['source']}#c-{claim['id']}" if claim else "",
            "file": claim["file"] if claim else "", "sources": len(ev["claims"]),
        })
    return items


def map_places(st: Store) -> list[dict[str, Any]]:
    """Entities with coordinates, each with the events that happened there or involve it."""
    out = []
    for e in q.entity_list(st, limit=100000):
        if e["lat"] is None or e["lon"] is None:
            continue
        evs = q.event_list(st, entity=e["id"], limit=50)
        out.append({"id": e["id"], "name": e["name"], "type": e["type"], "lat": e["lat"], "lon": e["lon"],
                    "mentions": e["mentions"],
                    "events": [{"label": ev["label"], "date": ev["date"] or "", "type": ev["type"]} for ev in evs]})
    return out


def network(st: Store) -> dict[str, Any]:
    """People and organizations as nodes; an edge for each pair that shares events (with their roles)."""
    ents = {e["id"]: e for e in q.entity_list(st, limit=100000) if e["type"] in NETWORK_TYPES}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for ev in q.event_list(st, limit=100000):
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
