"""HTML pages: overview, sources and the reader, entities, conflicts, search, API index."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from ...store import queries as q
from ...store.db import Store
from ..deps import store
from ..highlight import render_text
from ..render import render
from .entities import entity_detail

router = APIRouter(include_in_schema=False)
PER_PAGE = 100


def names_for(st: Store, claims: list[dict[str, Any]]) -> dict[str, str]:
    """Names of the subjects and entity values of ``claims``."""
    ids = {c["subject"] for c in claims}
    ids |= {str(c["value"].get("id")) for c in claims if c["value"].get("type") == "entity"}
    return q.names_of(st, ids)


def entity_ids(st: Store, ids: set[str]) -> set[str]:
    """Which of ``ids`` are entities (claim subjects may also be events)."""
    return q.entity_ids_among(st, ids)


def source_files(st: Store) -> dict[str, str]:
    return {s["id"]: s["file"] for s in q.source_list(st, limit=100000)}


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, st: Store = Depends(store)) -> Response:
    def make() -> Response:
        return render(request, "index.html", counts=q.counts(st), sources=q.source_list(st, limit=200),
                      entities=q.entity_list(st, limit=20), conflicts=q.conflict_rows(st, limit=8),
                      failures=st.failures())
    return make()


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, kind: str | None = None, st: Store = Depends(store)) -> Response:
    return render(request, "sources.html", sources=q.source_list(st, kind=kind),
                                              kind=kind, failures=st.failures())


def parse_range(hl: str | None) -> tuple[int, int] | None:
    m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", hl or "")
    return (int(m[1]), int(m[2])) if m else None


@router.get("/sources/{source_id}", response_class=HTMLResponse)
def source_page(request: Request, source_id: str, hl: str | None = Query(None, pattern=r"^\d+-\d+$"),
                st: Store = Depends(store)) -> Response:
    def make() -> Response:
        d = q.source_detail(st, source_id)
        body = render_text(d["text"], d["mentions"], d["claims"], parse_range(hl))
        claims = sorted(d["claims"], key=lambda c: (c["start"], c["property"]))
        files = source_files(st)
        names = names_for(st, claims)
        return render(request, "source.html", s=d, body=body, claims=claims, names=names,
                      entities=entity_ids(st, set(names)),
                      derived=[(i, files.get(i, i)) for i in d["derived_from"]])
    return make()


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, type: str | None = None, name: str | None = Query(None, alias="q"),
                  page: int = Query(1, ge=1), st: Store = Depends(store)) -> Response:
    def make() -> Response:
        rows = q.entity_list(st, type=type, q=name, limit=PER_PAGE + 1, offset=(page - 1) * PER_PAGE)
        return render(request, "entities.html", entities=rows[:PER_PAGE], more=len(rows) > PER_PAGE, page=page,
                      type=type, q=name or "")
    return make()


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str, st: Store = Depends(store)) -> Response:
    def make() -> Response:
        d = entity_detail(st, entity_id)
        claim_at = {(c["source"], c["start"], c["end"]): c["id"] for c in d["claims"]}
        return render(request, "entity.html", e=d, claim_at=claim_at, names=names_for(st, d["claims"]),
                      files=source_files(st), place_names={ev["place"]: q.subject_name(st, ev["place"])
                                                           for ev in d["events"] if ev["place"]})
    return make()


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts_page(request: Request, st: Store = Depends(store)) -> Response:
    def make() -> Response:
        rows = q.conflict_rows(st, limit=100000)
        claims = [c for cf in rows for c in cf["claim_rows"]]
        return render(request, "conflicts.html", conflicts=rows, names=names_for(st, claims))
    return make()


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, text: str = Query("", alias="q", max_length=500),
                st: Store = Depends(store)) -> Response:
    res = q.search(st, text, limit=50) if text.strip() else {"sentences": [], "claims": []}
    return render(request, "search.html", q=text, res=res, names=names_for(st, res["claims"]))


@router.get("/api", response_class=HTMLResponse)
def api_index(request: Request) -> Response:
    """A plain list of the API's endpoints (the full description is /openapi.json)."""
    spec = request.app.openapi()
    ops = [(path, method.upper(), op.get("summary", ""), (op.get("description") or "").split("\n")[0])
           for path, item in spec["paths"].items() for method, op in item.items()]
    return render(request, "api.html", ops=ops)
