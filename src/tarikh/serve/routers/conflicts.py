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
    """Disagreements between sources, each with the claims (and quotes) that disagree."""
    sid = q.find_entity(st, subject) if subject else None

    def fetch(n: int, o: int) -> list[dict[str, Any]]:
        rows = q.conflict_list(st, subject=sid, limit=n if not property else 100000, offset=o if not property else 0)
        if property:
            rows = [r for r in rows if r["property"] == property][o:o + n]
        return rows

    return paginate(request, fetch, limit, offset)
