"""Every export format: ``json`` (SCHEMA.md v1), ``geojson`` (places, for GIS tools),
``csv`` (claims, for spreadsheets), ``graphml`` (the entity network, for Gephi and friends)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from xml.sax.saxutils import escape, quoteattr

from ..errors import ExportError
from ..store.db import Store
from .json_export import export_data


def to_json(store: Store) -> str:
    return json.dumps(export_data(store), ensure_ascii=False, indent=1)


def to_geojson(store: Store) -> str:
    data = export_data(store)
    feats = [{"type": "Feature", "id": e["id"],
              "geometry": {"type": "Point", "coordinates": [e["lon"], e["lat"]]},
              "properties": {"name": e["name"], "type": e["type"], "gazetteer_id": e.get("gazetteer_id"),
                             "aliases": [a["name"] for a in e["aliases"]]}}
             for e in data["entities"] if e.get("lat") is not None and e.get("lon") is not None]
    return json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False, indent=1)


def to_csv(store: Store) -> str:
    data = export_data(store)
    files = {s["id"]: s["file"] for s in data["sources"]}
    names = {e["id"]: e["name"] for e in data["entities"]} | {e["id"]: e["label"] for e in data["events"]}
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["claim_id", "subject_id", "subject", "property", "value", "approx", "as_of", "source_id", "file",
                "start", "end", "quote", "status"])
    for c in data["claims"]:
        v = c["value"]
        val = v.get("edtf") or v.get("amount") or v.get("text") or names.get(str(v.get("id")), v.get("id"))
        w.writerow([c["id"], c["subject"], names.get(c["subject"], ""), c["property"], val,
                    c["qualifiers"].get("approx", ""), c["qualifiers"].get("as_of", ""), c["source"],
                    files.get(c["source"], ""), c["start"], c["end"], c["quote"], c["status"]])
    return buf.getvalue()


def to_graphml(store: Store) -> str:
    data = export_data(store)
    ents = {e["id"]: e for e in data["entities"]}
    edges: dict[tuple[str, str], int] = {}
    for ev in data["events"]:
        ids = sorted({p["entity"] for p in ev["participants"] if p["entity"] in ents})
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                edges[(a, b)] = edges.get((a, b), 0) + 1
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
           '<key id="name" for="node" attr.name="name" attr.type="string"/>',
           '<key id="type" for="node" attr.name="type" attr.type="string"/>',
           '<key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
           '<graph id="tarikh" edgedefault="undirected">']
    for e in ents.values():
        out.append(f'<node id={quoteattr(e["id"])}><data key="name">{escape(e["name"])}</data>'
                   f'<data key="type">{escape(e["type"])}</data></node>')
    for (a, b), n in sorted(edges.items()):
        out.append(f'<edge source={quoteattr(a)} target={quoteattr(b)}><data key="weight">{n}</data></edge>')
    out += ["</graph>", "</graphml>"]
    return "\n".join(out) + "\n"


FORMATS: dict[str, Callable[[Store], str]] = {
    "json": to_json, "geojson": to_geojson, "csv": to_csv, "graphml": to_graphml}


def export(store: Store, fmt: str = "json") -> str:
    try:
        fn = FORMATS[fmt]
    except KeyError:
        raise ExportError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}") from None
    return fn(store)


