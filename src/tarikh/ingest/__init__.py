"""Ingest: find sources, read their bytes, extract and normalise text, guess metadata and kind.

* ``discover(paths) -> list[str]``: files, folders (recursive, sorted) and URLs.
* ``read_bytes(target, *, timeout=20.0, max_bytes=200_000_000) -> (bytes, media hint)``.
* ``parse_source(target, raw, media_hint) -> Source``: decode (``decode``), extract
  HTML/Markdown (``markup``) or PDF (``pdf``), normalise whitespace and drop page
  furniture (``normalise``), guess title/author/date/publisher (``meta``) and the
  kind of source (``kind``).
* ``read_source(target, **kw) -> Source`` = ``read_bytes`` + ``parse_source``.

Bad input raises a ``tarikh.errors.IngestError`` subclass whose ``path`` is the
target and whose ``message`` is a plain reason; nothing else escapes.

``Source.meta`` holds: ``dropped_lines`` (count) and ``dropped`` (rule and line,
first 50), ``meta_lines`` (spans ``{"field", "start", "end"}`` of the lines that
gave the title, author, date and publisher), ``kind_scores``, and when relevant
``replacement_chars``, ``extractor`` (trafilatura or lxml), ``pages``,
``pdf_created``, ``description``.
"""

from __future__ import annotations

from tarikh.ingest.discover import discover
from tarikh.ingest.fetch import read_bytes
from tarikh.ingest.reader import parse_source, read_source

__all__ = ["discover", "parse_source", "read_bytes", "read_source"]
