"""/api/events"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from ...store import queries as q
from ...store.db import Store
from ..deps import store
from ..models import ErrorPublic, EventDetail, EventPublic, Page
from .common import Limit, Offset, paginate

router = APIRouter(prefix="/api/events", tags=["events"])


def resolve_refs(st: Store, entity: str | None, source: str | None) -> tuple[str | None, str | None]:
    """Entity and source references (ids, names, file names) as ids."""
    return (q.find_entity(st, entity) if entity else None, st.find_source(source) if source else None)


@router.get("", response_model=Page[EventPublic])
def list_events(request: Request, type: str | None = None, entity: str | None = None, source: str | None = None,
                limit: Limit = 50, offset: Offset = 0, st: Store = Depends(store)) -> dict[str, Any]:
    """Events in date order (undated last); filter by ``type``, ``entity`` (id or name), ``source``."""
    eid, sid = resolve_refs(st, entity, source)
    return paginate(request, lambda n, o: q.event_rows(st, entity=eid, source=sid, type=type, limit=n, offset=o),
                    limit, offset, lambda: q.event_count(st, entity=eid, source=sid, type=type))


@router.get("/{event_id}", response_model=EventDetail, responses={404: {"model": ErrorPublic}})
def get_event(event_id: str, st: Store = Depends(store)) -> dict[str, Any]:
    """One event: date (EDTF), place, participants with roles, every claim about it (with source and
    quote), the names of the entities it refers to, and its claims grouped by property and value."""
    return q.event_full(st, event_id)
