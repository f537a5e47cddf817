"""Text from PDF files through pypdf; clear errors for damaged or image-only PDFs."""

from __future__ import annotations

import io
import logging
from typing import Any

from tarikh.errors import IngestError


def pdf_to_text(raw: bytes, target: str) -> tuple[str, dict[str, Any]]:
    """(text, metadata) of a PDF; pages are separated by a blank line."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    if b"%%EOF" not in raw[-8192:]:
        raise IngestError("truncated or damaged PDF: no end-of-file marker", path=target)
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError("PDF is encrypted with a password", path=target)
        pages = []
        for page in reader.pages:
            pages.append(page.extract_text() or "")
        info = reader.metadata
    except IngestError:
        raise
    except Exception as exc:
        raise IngestError(f"truncated or damaged PDF: {type(exc).__name__}: {exc}"[:300], path=target) from exc
    text = "\n\n".join(p.strip() for p in pages)
    if not text.strip():
        raise IngestError(
            f"PDF has no text layer ({len(pages)} page(s) of images or nothing); run OCR first", path=target
        )
    meta: dict[str, Any] = {"pages": len(pages)}
    if info is not None:
        for key, attr in (("title", "title"), ("author", "author"), ("producer", "producer")):
            try:
                value = getattr(info, attr)
            except Exception:
                value = None
            if value and str(value).strip():
                meta[key] = str(value).strip()
        try:
            created = info.creation_date
        except Exception:
            created = None
        if created is not None:
            meta["date"] = created.date().isoformat()
    return text, meta
