"""Do the answers to a question disagree?

First the reconcile stage's word: two answer claims with different values in
one stored conflict. When the answers come from different subjects (events the
build did not merge) there is no stored conflict to consult; then two claims
from different sources disagree when their values cannot both hold: date or
number intervals that do not overlap, at the same time (no different
``as_of``), counting the same thing (same unit).
"""

from __future__ import annotations

import calendar
import re
from itertools import combinations
from typing import Any

from .kbindex import KBIndex

_DATE = re.compile(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
ABOUT = 0.1


def value_key(v: dict[str, Any]) -> str:
    t = v.get("type")
    if t == "date":
        return f"date:{v.get('edtf')}"
    if t == "quantity":
        return f"q:{v.get('amount')}:{v.get('lower')}:{v.get('upper')}"
    if t == "entity":
        return f"e:{v.get('id')}"
    if t == "event":
        return f"ev:{v.get('event')}"
    return f"t:{str(v.get('text', '')).lower()}"


def date_interval(edtf: str | None) -> tuple[int, int] | None:
    """Earliest and latest day of an EDTF date or interval, as yyyymmdd numbers."""
    if not edtf:
        return None
    parts = [p.strip("?~%[]{} ") for p in str(edtf).split("/")]
    lo = _bound(parts[0], first=True)
    hi = _bound(parts[-1], first=False)
    if lo is None or hi is None:
        return None
    return lo, hi


def _bound(s: str, *, first: bool) -> int | None:
    m = _DATE.match(s)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else (1 if first else 12)
    if not 1 <= mo <= 12:
        return None
    d = int(m.group(3)) if m.group(3) else (1 if first else calendar.monthrange(max(y, 1), mo)[1])
    return y * 10000 + mo * 100 + d


def quantity_interval(v: dict[str, Any], approx: str | None) -> tuple[float, float] | None:
    amt, lo, hi = v.get("amount"), v.get("lower"), v.get("upper")
    try:
        if amt is not None:
            a = float(amt)
            if approx == "about":
                return a * (1 - ABOUT), a * (1 + ABOUT)
            if approx in ("at_least", "more_than"):
                return a, float("inf")
            if approx in ("at_most", "less_than"):
                return 0.0, a
            return a, a
        if lo is not None or hi is not None:
            return (float(lo) if lo is not None else 0.0), (float(hi) if hi is not None else float("inf"))
    except (TypeError, ValueError):
        return None
    return None


def _interval(c: dict[str, Any]) -> tuple[float, float] | None:
    v = c.get("value") or {}
    if v.get("type") == "date":
        return date_interval(v.get("edtf"))
    if v.get("type") == "quantity":
        return quantity_interval(v, (c.get("qualifiers") or {}).get("approx"))
    return None


def _disagree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    va, vb = a.get("value") or {}, b.get("value") or {}
    if a.get("source") == b.get("source") or va.get("type") != vb.get("type"):
        return False
    ta, tb = (a.get("qualifiers") or {}).get("as_of"), (b.get("qualifiers") or {}).get("as_of")
    if ta and tb and ta != tb:
        ia, ib = date_interval(ta), date_interval(tb)
        if ia is None or ib is None or ia[1] < ib[0] or ib[1] < ia[0]:
            return False  # change over time
    if va.get("type") == "quantity":
        ua, ub = str(va.get("unit") or ""), str(vb.get("unit") or "")
        if ua and ub and ua.rstrip("s") != ub.rstrip("s"):
            return False
    ia2, ib2 = _interval(a), _interval(b)
    if ia2 is None or ib2 is None:
        return False
    return ia2[1] < ib2[0] or ib2[1] < ia2[0]


def answers_conflict(idx: KBIndex, claims: list[dict[str, Any]]) -> bool:
    """True when the answer claims disagree (a conflict, not change over time)."""
    uniq = list({c["id"]: c for c in claims}.values())
    reconciled = bool(idx.conflicts) or any(c.get("status") not in (None, "single") for c in idx.claims.values())
    for a, b in combinations(uniq, 2):
        shared = idx.claim_conflicts.get(a["id"], set()) & idx.claim_conflicts.get(b["id"], set())
        if shared and value_key(a["value"]) != value_key(b["value"]):
            return True
    says: dict[str, set[str]] = {}
    for c in uniq:
        says.setdefault(str(c.get("source")), set()).add(value_key(c["value"]))
    for a, b in combinations(uniq, 2):
        sa, sb = str(a.get("source")), str(b.get("source"))
        if sb in idx.copies.get(sa, set()):
            continue  # a copy does not disagree with its original
        if value_key(b["value"]) in says[sa] or value_key(a["value"]) in says[sb]:
            continue  # one source states both values
        same_group = a.get("subject") == b.get("subject") and a.get("property") == b.get("property")
        if reconciled and same_group:
            continue  # the reconcile stage compared these two and found no conflict
        if _disagree(a, b):
            return True
    return False
