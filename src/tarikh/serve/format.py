"""Jinja filters: values, dates and labels as short readable text."""

from __future__ import annotations

from typing import Any


def value_text(v: dict[str, Any] | None, names: dict[str, str] | None = None) -> str:
    """A claim value (SCHEMA value object) as text; entity values by name when known."""
    if not v:
        return ""
    t = v.get("type")
    if t == "date":
        return str(v.get("edtf"))
    if t == "quantity":
        amt = v.get("amount")
        if amt is not None:
            num = f"{amt:,}" if isinstance(amt, int | float) else str(amt)
        else:
            num = f"{v.get('lower')}–{v.get('upper')}"
        return f"{num} {v.get('unit') or ''}".strip()
    if t == "entity":
        return (names or {}).get(str(v.get("id")), str(v.get("name") or v.get("id")))
    return str(v.get("text", ""))


def label(s: str | None) -> str:
    """``military_unit`` -> ``military unit``."""
    return (s or "").replace("_", " ")


def qualifiers_text(q: dict[str, Any] | None) -> str:
    if not q:
        return ""
    parts = []
    approx = q.get("approx")
    if approx and approx != "exact":
        parts.append(label(str(approx)))
    if q.get("as_of"):
        parts.append(f"as of {q['as_of']}")
    return ", ".join(parts)
