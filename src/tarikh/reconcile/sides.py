"""The side-by-side view of one subject: each property, every value, who says it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from .explain import get


def value_key(value: Mapping[str, Any], qualifiers: Mapping[str, Any] | None) -> str:
    """Claims with equal keys say the same thing (value, approximation and time)."""
    q = qualifiers or {}
    v = dict(value)
    if v.get("type") == "text":
        v["text"] = " ".join(str(v.get("text", "")).lower().split())
    return json.dumps([v, q.get("approx"), q.get("as_of")], sort_keys=True, default=str)


def side_by_side(claims: Iterable[Any], sources_by_id: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Property -> values, each ``{value, qualifiers, claims, sources:[{id, file, kind, published}]}``.

    ``claims`` and the sources may be model objects or stored dicts. Values are
    ordered by how many sources give them (most first), then by first claim id.
    """
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for c in sorted(claims, key=lambda c: (get(c, "property"), get(c, "id"))):
        prop = get(c, "property")
        value = get(c, "value") or {}
        quals = get(c, "qualifiers") or {}
        entry = out.setdefault(prop, {}).setdefault(value_key(value, quals), {
            "value": dict(value), "qualifiers": {k: quals[k] for k in ("approx", "as_of") if quals.get(k)},
            "claims": [], "sources": [],
        })
        entry["claims"].append(get(c, "id"))
        sid = get(c, "source")
        if all(s["id"] != sid for s in entry["sources"]):
            src = sources_by_id.get(sid)
            entry["sources"].append({
                "id": sid, "file": get(src, "file") if src is not None else None,
                "kind": get(src, "kind") if src is not None else None,
                "published": get(src, "published") if src is not None else None,
            })
    return {
        prop: sorted(values.values(), key=lambda e: (-len(e["sources"]), e["claims"][0]))
        for prop, values in sorted(out.items())
    }
