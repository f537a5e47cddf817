"""Stable ids derived from content, never from insertion order."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def digest(*parts: Any, n: int = 12) -> str:
    """A short hex digest of ``parts`` (JSON-encoded, so types matter)."""
    raw = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:n]


def make_id(prefix: str, *parts: Any) -> str:
    return f"{prefix}_{digest(*parts)}"
