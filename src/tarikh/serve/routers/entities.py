"""/api/entities"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from ...store import queries as q
from ...store.db import Store
from ..deps import store
from ..models import EntityDetail, EntityPublic, ErrorPublic, Page
from .common import Limit, Offset, paginate

router = APIRouter(prefix="/api/entities", tags=["entities"])


@router.get("", response_model=Page[EntityPublic])
def list_entities(request: Request, type: str | None = None,
                  name: Annotated[str | None, Query(alias="q", description="name or alias fragment")] = None,
                  limit: Limit = 50, offset: Offset = 0, st: Store = Depends(store)) -> dict[str, Any]:
    """Entities, most mentioned first; filter by ``type`` or by a name fragment ``q``."""
    return paginate(request, lambda n, o: q.entity_list(st, type=type, q=name, limit=n, offset=o), limit, offset,
                    lambda: q.entity_count(st, type=type, q=name))


@router.get("/{entity_id}", response_model=EntityDetail, responses={404: {"model": ErrorPublic}})
def get_entity(entity_id: str, st: Store = Depends(store)) -> dict[str, Any]:
    """One entity: aliases, claims grouped by property (every source's value), events, neighbours."""
    return entity_detail(st, entity_id)


def entity_detail(st: Store, ref: str) -> dict[str, Any]:
    d = q.entity_full(st, ref)
    d["properties"] = q.side_by_side(d["claims"])
    return d
