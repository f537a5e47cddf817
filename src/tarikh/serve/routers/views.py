"""HTML pages with widgets: timeline, map, network, upload."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from ...store import queries as q
from ...store.db import Store
from ..deps import settings, store
from ..render import render
from ..viz import map_places, network, timeline_items
from .events import resolve_refs

router = APIRouter(include_in_schema=False)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, entity: str | None = None, source: str | None = None,
                  type: str | None = None, st: Store = Depends(store)) -> Response:
    def make() -> Response:
        eid, sid = resolve_refs(st, entity or None, source or None)
        events = q.event_list(st, entity=eid, source=sid, type=type or None, limit=100000)
        names = {e["id"]: e["name"] for e in q.entity_list(st, limit=100000)}
        items = timeline_items(st, events, names)
        types = sorted({e["type"] for e in q.event_list(st, limit=100000)})
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


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request) -> Response:
    s = settings(request)
    return render(request, "upload.html", needs_token=bool(s.token), max_mb=s.max_upload_bytes // (1024 * 1024))
