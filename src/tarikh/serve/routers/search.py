"""/api/search"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...store import queries as q
from ...store.db import Store
from ..deps import store
from ..models import SearchPublic

router = APIRouter(prefix="/api/search", tags=["search"])


@router.get("", response_model=SearchPublic)
def search(q_: Annotated[str, Query(alias="q", min_length=1, max_length=500, description="words to find")],
           limit: Annotated[int, Query(ge=1, le=200)] = 20, st: Store = Depends(store)) -> dict[str, Any]:
    """Full-text search (SQLite FTS5, BM25) over source sentences and claims."""
    return {"q": q_, **q.search(st, q_, limit=limit)}
