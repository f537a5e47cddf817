"""Words for reconciliation results: values, source names, one-sentence explanations."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..ids import make_id
from ..models import Claim, Conflict
from .values import format_number

_APPROX_WORDS = {
    "about": "about ", "at_least": "at least ", "at_most": "at most ", "more_than": "more than ",
    "less_than": "less than ",
}


def get(obj: Any, name: str, default: Any = None) -> Any:
    """Attribute or mapping access, so dataclasses and stored dicts both work."""
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def format_value(value: Mapping[str, Any], qualifiers: Mapping[str, Any] | None = None,
                 names: Mapping[str, str] | None = None) -> str:
    """A value object in words: ``more than 40,000 soldiers``, ``1949-08-24``, an entity's name."""
    q = qualifiers or {}
    vtype = value.get("type")
    if vtype == "date":
        return str(value.get("edtf"))
    if vtype == "entity":
        eid = str(value.get("id") or value.get("mention") or "?")
        return (names or {}).get(eid, eid)
    if vtype == "quantity":
        amount, lo, hi = value.get("amount"), value.get("lower"), value.get("upper")
        unit = f" {value['unit']}" if value.get("unit") else ""
        if amount is None and lo is not None and hi is not None:
            return f"between {format_number(float(lo))} and {format_number(float(hi))}{unit}"
        base = amount if amount is not None else (lo if lo is not None else hi)
        if base is None:
            return "?"
        text = f"{_APPROX_WORDS.get(str(q.get('approx')), '')}{format_number(float(base))}{unit}"
        if q.get("as_of"):
            text += f" (as of {q['as_of']})"
        return text
    return f"\u201c{value.get('text', '')}\u201d"


def source_label(source: Any, clash: bool = False) -> str:
    """How a source is named in sentences: its title, or its file (also when titles clash)."""
    title = (get(source, "title") or "").strip()
    file = get(source, "file") or get(source, "id") or "?"
    if not title:
        return str(file)
    if len(title) > 70:
        title = title[:67].rstrip() + "..."
    return f"\u201c{title}\u201d ({file})" if clash else f"\u201c{title}\u201d"


def labels_for(sources: list[Any]) -> dict[str, str]:
    """Source id -> label, adding the file where two sources share a title."""
    titles: dict[str, int] = {}
    for s in sources:
        t = (get(s, "title") or "").strip().lower()
        titles[t] = titles.get(t, 0) + 1
    return {get(s, "id"): source_label(s, titles[(get(s, "title") or "").strip().lower()] > 1)
            for s in sources}


def conflict_sentence(subject_name: str, prop: str, per_source: list[tuple[str, list[str]]]) -> str:
    """One sentence: ``Sources disagree on the date of X: A gives 1, while B gives 2.``"""
    parts = [f"{label} gives {' and '.join(vals)}" for label, vals in per_source]
    what = prop.replace("_", " ")
    head = f"Sources disagree on the {what} of {subject_name}: " if subject_name else f"Sources disagree on {what}: "
    if len(parts) == 1:
        return head + parts[0] + "."
    return head + parts[0] + ", while " + " and ".join(parts[1:]) + "."


def build_conflict(subject: str, prop: str, kind: str, claims: list[Claim], labels: Mapping[str, str],
                   what: str, show: Callable[[Claim], str]) -> Conflict:
    """A conflict over ``claims`` whose explanation gives each source's values (``show``) about ``what``."""
    per_source: dict[str, list[str]] = {}
    for c in sorted(claims, key=lambda c: (labels.get(c.source, c.source), c.id)):
        vals = per_source.setdefault(labels.get(c.source, c.source), [])
        text = show(c)
        if text not in vals:
            vals.append(text)
    ids = sorted({c.id for c in claims})
    explanation = conflict_sentence(what, prop, list(per_source.items()))
    return Conflict(make_id("cf", ids), subject, prop, ids, kind, explanation)


def add_conflicts(corpus: Any, new: list[Conflict]) -> None:
    """Add conflicts found after alignment (ids hash the claim ids, so a conflict found twice is kept once);
    their claims become ``contested``."""
    found: dict[str, Conflict] = {c.id: c for c in corpus.conflicts}
    for cf in new:
        found.setdefault(cf.id, cf)
    contested = {cid for cf in found.values() for cid in cf.claims}
    for c in corpus.claims:
        if c.id in contested:
            c.status = "contested"
    corpus.conflicts = sorted(found.values(), key=lambda c: c.id)
