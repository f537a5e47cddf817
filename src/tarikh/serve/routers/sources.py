"""/api/sources"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from ...store import queries as q
from ...store.db import Store
from ..deps import store
from ..models import ErrorPublic, Page, SourceDetail, SourcePublic
from .common import Limit, Offset, paginate

router = APIRouter(prefix="/api/sources", tags=["sources"])


@router.get("", response_model=Page[SourcePublic])
def list_sources(request: Request, kind: str | None = None, limit: Limit = 50, offset: Offset = 0,
                 st: Store = Depends(store)) -> dict[str, Any]:
    """The sources, by file name; filter by ``kind`` (encyclopedia, archival, ...)."""
    return paginate(request, lambda n, o: q.source_list(st, kind=kind, limit=n, offset=o), limit, offset,
                    lambda: q.source_count(st, kind=kind))


@router.get("/{source_id}", response_model=SourceDetail, responses={404: {"model": ErrorPublic}})
def get_source(source_id: str, st: Store = Depends(store)) -> dict[str, Any]:
    """One source: metadata, extracted text, mentions and claims (id, id prefix or file name)."""
    return q.source_detail(st, source_id)
