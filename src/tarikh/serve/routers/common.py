"""Helpers shared by the API routers: pagination and common query parameters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Query, Request

MAX_LIMIT = 1000

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, description="rows to skip")]


def paginate(request: Request, fetch: Callable[[int, int], list[dict[str, Any]]], limit: int,
             offset: int, count: Callable[[], int] | None = None) -> dict[str, Any]:
    """One page of rows (one row more is fetched to know whether there is a next page) and,
    with ``count``, the number of rows in all pages."""
    rows = fetch(limit + 1, offset)
    nxt = None
    if len(rows) > limit:
        rows = rows[:limit]
        nxt = str(request.url.include_query_params(limit=limit, offset=offset + limit))
    total = count() if count else None
    return {"items": rows, "limit": limit, "offset": offset, "total": total, "next": nxt}


ERRORS: dict[int | str, dict[str, Any]] = {404: {"description": "unknown id", "model": None}}
