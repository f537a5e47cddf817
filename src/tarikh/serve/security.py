"""Who may write: local clients, or anyone with the configured bearer token."""

from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from fastapi import HTTPException, Request

from .deps import settings


def write_allowed(request: Request) -> None:
    """Dependency for write endpoints: raises 401/403 unless the request may write."""
    s = settings(request)
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host", ""):
        # a page on another site posting to this server through the user's browser
        raise HTTPException(403, "cross-origin writes are refused")
    if s.token:
        auth = request.headers.get("authorization", "")
        scheme, _, given = auth.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), s.token.encode()):
            raise HTTPException(401, "this server needs a token for writes: send 'Authorization: Bearer TOKEN'",
                                headers={"WWW-Authenticate": "Bearer"})
        return
    host = request.client.host if request.client else ""
    local = set(s.local_hosts) | ({"testclient"} if s.trust_testclient else set())
    if host not in local:
        raise HTTPException(403, "writes are allowed only from this machine (or set TARIKH_TOKEN)")
