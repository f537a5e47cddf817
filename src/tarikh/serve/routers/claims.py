"""/api/claims"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from ...errors import NotFoundError
from ...store import queries as q
from ...store.db import Store
from ..deps import store
from ..models import ClaimPublic, ErrorPublic, Page
from .common import Limit, Offset, paginate

router = APIRouter(prefix="/api/claims", tags=["claims"])


@router.get("", response_model=Page[ClaimPublic])
def list_claims(request: Request, subject: str | None = None, source: str | None = None,
                property: str | None = None, status: str | None = None, limit: Limit = 50, offset: Offset = 0,
                st: Store = Depends(store)) -> dict[str, Any]:
    """Claims; filter by ``subject`` (entity id or name, or event id), ``source``, ``property``, ``status``."""
    subj = subject
    if subject:
        try:
            subj = q.find_entity(st, subject)
        except NotFoundError:  # an event id, or nothing: filter on it as given
            subj = subject
    sid = st.find_source(source) if source else None
    return paginate(request, lambda n, o: q.claim_list(st, subject=subj, source=sid, property=property,
                                                       status=status, limit=n, offset=o), limit, offset,
                    lambda: q.claim_count(st, subject=subj, source=sid, property=property, status=status))


@router.get("/{claim_id}", response_model=ClaimPublic, responses={404: {"model": ErrorPublic}})
def get_claim(claim_id: str, st: Store = Depends(store)) -> dict[str, Any]:
    """One claim with its quote and offsets."""
    return q.claim_by_id(st, claim_id)
