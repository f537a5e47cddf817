"""Turn raw bytes into a :class:`Source`: decode, extract, normalise, guess metadata and kind."""

from __future__ import annotations

import hashlib
import os
import re
from typing import Any
from urllib.parse import urlsplit

from tarikh.errors import EmptySourceError, IngestError, UnsupportedTypeError
from tarikh.ids import make_id
from tarikh.ingest.datelines import parse_loose
from tarikh.ingest.decode import binary_kind, decode_bytes
from tarikh.ingest.discover import TEXT_EXTENSIONS, is_url
from tarikh.ingest.fetch import read_bytes
from tarikh.ingest.kind import guess_kind
from tarikh.ingest.markup import html_to_text, markdown_to_text
from tarikh.ingest.meta import text_metadata
from tarikh.ingest.normalise import drop_furniture, normalise_whitespace
from tarikh.models import Source

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


def content_type(target: str, raw: bytes, media_hint: str) -> str:
    """'pdf', 'html', 'markdown' or 'text' for the bytes; raises UnsupportedTypeError."""
    base = media_hint.split(";")[0].strip().lower()
    if not base and not is_url(target):
        ext = os.path.splitext(target)[1] or "(none)"
        supported = ", ".join(TEXT_EXTENSIONS)
        raise UnsupportedTypeError(f"unsupported file type {ext!r} (supported: {supported})", path=target)
    head = raw[:1024].lstrip(b"\xef\xbb\xbf")
    if base == "application/pdf" or head.startswith(b"%PDF-"):
        return "pdf"
    if "html" in base or "xml" in base and _HTML_START.match(head):
        return "html"
    if base in ("text/markdown", "text/x-markdown"):
        return "markdown"
    if base.startswith("text/") or base in ("", "application/octet-stream"):
        return "html" if _HTML_START.match(head) else "text"
    kind = binary_kind(raw)
    if kind:
        return "text"  # decode_bytes names the binary type
    raise UnsupportedTypeError(f"unsupported media type {base!r}", path=target)


def parse_source(target: str, raw: bytes, media_hint: str) -> Source:
    """Everything after reading: see the package docstring."""
    sha = hashlib.sha256(raw).hexdigest()
    if not raw or (not raw[:4096].strip() and not raw.strip()):
        raise EmptySourceError("file is empty" if not raw else "file holds only whitespace", path=target)
    ctype = content_type(target, raw, media_hint)
    meta: dict[str, Any] = {}
    try:
        body, fmt_meta, encoding, media = _extract(target, raw, media_hint, ctype)
    except IngestError:
        raise
    except Exception as exc:  # a library failing on odd input: report it, never crash
        raise IngestError(f"could not extract text ({ctype}): {type(exc).__name__}: {exc}"[:300],
                          path=target) from exc
    if "\ufffd" in body:
        meta["replacement_chars"] = body.count("\ufffd")
    text = normalise_whitespace(body)
    del body
    text, dropped = drop_furniture(text)
    if not text:
        if dropped or ctype != "text":
            raise EmptySourceError("no text left after removing markup and page furniture", path=target)
        raise EmptySourceError("file holds only whitespace", path=target)
    meta["dropped_lines"] = len(dropped)
    if dropped:
        meta["dropped"] = [{"rule": r, "line": ln[:200]} for r, ln in dropped[:50]]
    found = text_metadata(text)
    meta["meta_lines"] = found.spans
    title = _first(fmt_meta.get("title"), found.title) or os.path.basename(target)
    author = found.author or _first(fmt_meta.get("author"))
    published = found.published or _date(fmt_meta.get("date"))
    publisher = found.publisher or fmt_meta.get("sitename") or fmt_meta.get("publisher")
    if publisher is None and is_url(target):
        publisher = urlsplit(target).hostname
    for key in ("extractor", "extractor_error", "pages", "producer", "description", "heading", "source"):
        if fmt_meta.get(key):
            meta[key] = fmt_meta[key]
    if ctype == "pdf" and fmt_meta.get("date"):
        meta["pdf_created"] = fmt_meta["date"]
    kind, cue, scores = guess_kind(text, title)
    meta["kind_scores"] = scores
    return Source(
        id=make_id("src", sha),
        file=target if is_url(target) else os.path.basename(target),
        path=target if is_url(target) else os.path.abspath(os.path.expanduser(target)),
        sha256=sha,
        text=text,
        encoding=encoding,
        media_type=media,
        title=title[:300],
        author=author,
        published=published,
        publisher=publisher,
        kind=kind,
        kind_cue=cue,
        meta=meta,
    )


def _extract(target: str, raw: bytes, media_hint: str, ctype: str) -> tuple[str, dict[str, Any], str, str]:
    """(text, format metadata, encoding, media type) for one content type."""
    if ctype == "pdf":
        from tarikh.ingest.pdf import pdf_to_text

        body, fmt_meta = pdf_to_text(raw, target)
        return body, fmt_meta, "pdf", "application/pdf"
    body, encoding = decode_bytes(raw, target, media_hint)
    if ctype == "html":
        body, fmt_meta = html_to_text(body)
        return body, fmt_meta, encoding, "text/html"
    if ctype == "markdown":
        body, fmt_meta = markdown_to_text(body)
        return body, fmt_meta, encoding, "text/markdown"
    return body, {}, encoding, "text/plain"


def read_source(target: str, **kw: Any) -> Source:
    """read_bytes + parse_source. Keyword arguments go to read_bytes (timeout, max_bytes)."""
    raw, hint = read_bytes(target, **kw)
    return parse_source(target, raw, hint)


def _first(*values: Any) -> Any:
    for v in values:
        if v:
            return str(v).strip()
    return None


def _date(value: Any) -> str | None:
    return parse_loose(str(value)) if value else None

