"""/api/uploads: add a document (multipart file or JSON {"url": ...}); the build runs in the background."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, HTTPException, Request
from starlette.datastructures import UploadFile

from ..deps import settings
from ..models import ErrorPublic, UploadJobPublic, UploadURL
from ..security import write_allowed
from ..uploads import UploadRejected, Uploads

router = APIRouter(prefix="/api/uploads", tags=["upload"])

BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
                "file": {"type": "string", "format": "binary"}}}},
            "application/json": {"schema": UploadURL.model_json_schema()},
        },
    }
}
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorPublic, "description": text} for code, text in (
        (400, "no file or URL"), (401, "token needed"), (403, "not allowed from this client"),
        (413, "file too large"), (415, "not a text, HTML or PDF document"))}


def uploads(request: Request) -> Uploads:
    u: Uploads = request.app.state.uploads
    return u


async def read_limited(file: UploadFile, limit: int) -> bytes:
    chunks, size = [], 0
    while chunk := await file.read(1024 * 1024):
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"the file is over the upload limit of {limit // (1024 * 1024)} MB")
        chunks.append(chunk)
    return b"".join(chunks)


@router.post("", status_code=202, response_model=UploadJobPublic, openapi_extra=BODY_DOC, responses=ERRORS,
             dependencies=[Depends(write_allowed)])
async def create_upload(request: Request) -> dict[str, Any]:
    """Upload a document (multipart field ``file``) or name a URL (JSON ``{"url": ...}``).

    The file type is checked from its content (PDF, HTML or text), not its name. Poll
    ``GET /api/uploads/{job}`` for the build's progress."""
    s = settings(request)
    ups = uploads(request)
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > s.max_upload_bytes + 64 * 1024:
        raise HTTPException(413, f"the file is over the upload limit of {s.max_upload_bytes // (1024 * 1024)} MB")
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("application/json"):
        try:
            body = UploadURL.model_validate(json.loads(await request.body()))
        except ValueError as exc:
            raise HTTPException(400, f"expected JSON {{\"url\": ...}}: {exc}") from None
        parts = urlsplit(body.url.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise HTTPException(400, "the URL must start with http:// or https://")
        return ups.submit(body.url.strip(), body.url.strip()).public()
    if not ctype.startswith("multipart/form-data"):
        raise HTTPException(415, "send a multipart form with a 'file' field, or JSON {\"url\": ...}")
    form = await request.form(max_files=1, max_fields=5)
    file = form.get("file")
    if not isinstance(file, UploadFile):
        raise HTTPException(400, "no file: send it in the multipart field 'file'")
    raw = await read_limited(file, s.max_upload_bytes)
    try:
        path = ups.save(file.filename or "upload", raw)
    except UploadRejected as exc:
        raise HTTPException(415, str(exc)) from None
    return ups.submit(path.name.split("-", 1)[1], str(path)).public()


@router.get("/{job_id}", response_model=UploadJobPublic, responses={404: {"model": ErrorPublic}})
def get_upload(job_id: str, request: Request) -> dict[str, Any]:
    """The state of an upload's build: queued, running, done or failed (with the reason)."""
    job = uploads(request).get(job_id)
    if job is None:
        raise HTTPException(404, f"no upload job {job_id!r}")
    return job.public()
