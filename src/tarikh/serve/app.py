"""The app factory: routers, error handlers, security headers, static files."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import NotFoundError, TarikhError
from ..store import queries as q
from ..store.db import Store
from .deps import KBPool
from .middleware import KBVersion, ResponseCache, SecurityHeaders
from .render import STATIC, make_env, render
from .routers import ask, claims, conflicts, entities, events, pages, search, sources, upload, views
from .settings import Settings
from .uploads import Uploads

log = logging.getLogger("tarikh.serve")


def create_app(db_path: str, *, token: str | None = None, settings: Settings | None = None) -> FastAPI:
    """The web app over the knowledge base at ``db_path``.

    ``token`` (or ``TARIKH_TOKEN``) makes writes need ``Authorization: Bearer TOKEN``;
    without it writes are allowed only from this machine."""
    s = settings or Settings(db_path=db_path)
    s.db_path = db_path
    if token:
        s.token = token

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.uploads.shutdown()
        app.state.kbs.close()
        app.state.version.close()

    app = FastAPI(title="tarikh", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Historical sources as a knowledge base: sources, entities, events, claims "
                              "(each tied to its quote), conflicts between sources, full-text search.")
    app.state.settings = s
    app.state.kbs = KBPool(db_path)
    app.state.uploads = Uploads(s)
    app.state.env = make_env()
    for r in (sources, entities, events, claims, conflicts, search, ask, upload, pages, views):
        app.include_router(r.router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    _handlers(app)

    app.state.version = KBVersion(db_path)
    app.state.ask_index = ask.AskIndex(app.state.version, size=s.page_cache)
    add_indexes(db_path)
    app.add_middleware(ResponseCache, version=app.state.version, size=s.page_cache)
    app.add_middleware(SecurityHeaders)
    return app


def add_indexes(db_path: str) -> None:
    """Create the indexes the read queries need (kept across rebuilds; skipped on a read-only file)."""
    try:
        st = Store(db_path)
    except TarikhError as exc:
        log.warning("no read indexes: %s", exc.message)
        return
    try:
        q.ensure_indexes(st)
    finally:
        st.close()


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, message: str, code: str = "") -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message, "code": code}, status_code=status)
    return render(request, "error.html", status=status, status_code=status, message=message)


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return _error(request, 404, exc.message, exc.code)

    @app.exception_handler(TarikhError)
    async def tarikh_error(request: Request, exc: TarikhError) -> Response:
        return _error(request, 400, exc.message, exc.code)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        resp = _error(request, exc.status_code, str(exc.detail))
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        return resp

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errs: Any = exc.errors()
        if _wants_json(request):
            return JSONResponse({"detail": "invalid request", "code": "E422",
                                 "errors": [{"loc": e.get("loc"), "msg": e.get("msg")} for e in errs]},
                                status_code=422)
        msg = "; ".join(f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('msg')}" for e in errs)
        return _error(request, 422, f"invalid request: {msg}")
