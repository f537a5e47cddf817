"""Read raw bytes from a file or an http(s) URL, with a media-type hint."""

from __future__ import annotations

import os
import time
from urllib.parse import urlsplit

from tarikh.errors import FetchError, IngestError
from tarikh.ingest.discover import is_url

MEDIA_BY_EXT = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
}


def media_from_name(name: str) -> str:
    """The media type for a file name or URL path ('' when the extension is not supported)."""
    ext = os.path.splitext(urlsplit(name).path if is_url(name) else name)[1].lower()
    return MEDIA_BY_EXT.get(ext, "")


def read_bytes(target: str, *, timeout: float = 20.0, max_bytes: int = 200_000_000) -> tuple[bytes, str]:
    """(raw bytes, media hint). The hint is a content type such as 'text/html; charset=utf-8'.

    For files the hint comes from the extension ('' when unsupported, so that
    ``parse_source`` can refuse it); for URLs from the Content-Type header.
    """
    if is_url(target):
        return _fetch(target, timeout, max_bytes)
    path = os.path.expanduser(target)
    if not os.path.exists(path):
        reason = "broken symbolic link" if os.path.islink(path) else "file does not exist"
        raise IngestError(reason, path=target)
    if os.path.isdir(path):
        raise IngestError("is a folder, not a file (pass it to discover)", path=target)
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise IngestError(f"file too large ({size:,} bytes; the limit is {max_bytes:,})", path=target)
        with open(path, "rb") as fh:
            raw = fh.read()
    except PermissionError as exc:
        raise IngestError("permission denied", path=target) from exc
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}", path=target) from exc
    return raw, media_from_name(path)


def _fetch(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    import httpx

    try:
        client = httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": "tarikh/0.1"})
        with client, client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                raise FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip(), path=url)
            chunks: list[bytes] = []
            size = 0
            deadline = time.monotonic() + 3 * timeout
            for chunk in resp.iter_bytes():
                if time.monotonic() > deadline:
                    raise FetchError(f"timed out: body not received within {3 * timeout:g} s", path=url)
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"response larger than {max_bytes:,} bytes", path=url)
                chunks.append(chunk)
            ctype = resp.headers.get("content-type", "")
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out after {timeout:g} s ({type(exc).__name__})", path=url) from exc
    except (httpx.HTTPError, httpx.InvalidURL, ValueError, OSError) as exc:
        raise FetchError(f"request failed: {type(exc).__name__}: {exc}"[:300], path=url) from exc
    raw = b"".join(chunks)
    base = ctype.split(";")[0].strip().lower()
    if not base or base in ("application/octet-stream", "binary/octet-stream"):
        guessed = media_from_name(url)
        ctype = guessed or ctype or "text/plain"
    return raw, ctype
