"""/api/conflicts"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from ...store import queries as q
from ...store.db import Store
from ..deps import store
from ..models import ConflictPublic, Page
from .common import Limit, Offset, paginate

router = APIRouter(prefix="/api/conflicts", tags=["conflicts"])


@router.get("", response_model=Page[ConflictPublic])
def list_conflicts(request: Request, subject: str | None = None, property: str | None = None,
                   limit: Limit = 50, offset: Offset = 0, st: Store = Depends(store)) -> dict[str, Any]:
    """Disagreements between sources, each with the claims (and quotes) that disagree; filter by
    ``subject`` (entity id or name) and ``property`` (date, strength, leader, ...)."""
    sid = q.find_entity(st, subject) if subject else None
    return paginate(request, lambda n, o: q.conflict_rows(st, subject=sid, property=property, limit=n, offset=o),
                    limit, offset, lambda: q.conflict_count(st, subject=sid, property=property))
