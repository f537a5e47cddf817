"""HTML pages with widgets: timeline, map, network, upload."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from ...store import queries as q
from ...store.db import Store
from ..deps import settings, store
from ..edtf import edtf_range
from ..render import render
from ..viz import map_places, network, timeline_items
from .events import resolve_refs

router = APIRouter(include_in_schema=False)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, entity: str | None = None, source: str | None = None,
                  type: str | None = None, st: Store = Depends(store)) -> Response:
    def make() -> Response:
        eid, sid = resolve_refs(st, entity or None, source or None)
        events = q.event_rows(st, entity=eid, source=sid, type=type or None, limit=100000)
        names = q.entity_names(st)
        items = timeline_items(st, events, names)
        types = q.event_types(st)
        return render(request, "timeline.html", items=items, undated=[e for e in events if not e["date"]],
                      sources=q.source_list(st), types=types, entity=entity or "", source=sid or "",
                      type=type or "", entity_name=names.get(eid or "", ""))
    return make()


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, st: Store = Depends(store)) -> Response:
    return render(request, "map.html", places=map_places(st))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, st: Store = Depends(store)) -> Response:
    def make() -> Response:
        graph = network(st)
        names = {n["id"]: n["name"] for n in graph["nodes"]}
        return render(request, "network.html", graph=graph, names=names)
    return make()


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str, st: Store = Depends(store)) -> Response:
    """One event: type, label, date (with its uncertainty), place, participants, and every claim with its
    source and quote side by side."""
    d = q.event_full(st, event_id)
    return render(request, "event.html", ev=d, rng=edtf_range(d["date"]), names=d["names"],
                  by_id={c["id"]: c for c in d["claims"]})


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request) -> Response:
    s = settings(request)
    return render(request, "upload.html", needs_token=bool(s.token), max_mb=s.max_upload_bytes // (1024 * 1024))
