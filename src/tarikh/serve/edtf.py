"""EDTF dates as drawable ranges: earliest and latest day, precision, uncertain/approximate flags.

Handles years, months, days, ``?`` ``~`` ``%`` qualifiers, ``X`` digits, seasons,
intervals (``a/b``, open ``..``) and sets (``[a,b]``, ``{a,b}``)."""

from __future__ import annotations

import calendar
import re
from typing import Any

_PART = re.compile(r"^([?~%]?)(-?[\dX]{4})(?:-([?~%]?)([\dX]{2}))?(?:-([?~%]?)([\dX]{2}))?([?~%]?)$")


def _bounds(year: str, month: str | None, day: str | None) -> tuple[str, str, str] | None:
    lo_y, hi_y = int(year.replace("X", "0")), int(year.replace("X", "9"))
    if lo_y < 1 or hi_y > 9999:
        return None
    prec = "year" if "X" not in year else "decade"
    lo_m, hi_m = 1, 12
    if month and "X" not in month:
        mo = int(month)
        if 21 <= mo <= 24:  # seasons: spring, summer, autumn, winter (northern)
            lo_m, hi_m = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 12)}[mo]
            prec = "season"
        elif 1 <= mo <= 12:
            lo_m = hi_m = mo
            prec = "month"
        else:
            return None
    lo_d, hi_d = 1, calendar.monthrange(hi_y, hi_m)[1]
    if day and "X" not in day and prec == "month":
        dd = int(day)
        if not 1 <= dd <= hi_d:
            return None
        lo_d = hi_d = dd
        prec = "day"
    return f"{lo_y:04d}-{lo_m:02d}-{lo_d:02d}", f"{hi_y:04d}-{hi_m:02d}-{hi_d:02d}", prec


def parse_one(s: str) -> dict[str, Any] | None:
    m = _PART.match(s.strip())
    if not m:
        return None
    quals = "".join(g for g in (m[1], m[3], m[5], m[7]) if g)
    b = _bounds(m[2], m[4], m[6])
    if not b:
        return None
    return {"start": b[0], "end": b[1], "precision": b[2], "uncertain": "?" in quals or "%" in quals,
            "approximate": "~" in quals or "%" in quals}


def edtf_range(edtf: str | None) -> dict[str, Any] | None:
    """``{"start", "end", "precision", "uncertain", "approximate", "interval"}`` or None if unreadable.
    ``end`` is the last day the date may mean (inclusive)."""
    if not edtf:
        return None
    s = edtf.strip()
    if s[:1] in "[{" and s[-1:] in "]}":
        parts = [parse_one(p) for p in re.split(r",|\.\.", s[1:-1]) if p.strip()]
        got = [p for p in parts if p]
        if not got:
            return None
        return {"start": min(p["start"] for p in got), "end": max(p["end"] for p in got), "precision": "set",
                "uncertain": True, "approximate": any(p["approximate"] for p in got), "interval": True}
    if "/" in s:
        a, _, b = s.partition("/")
        pa = parse_one(a) if a not in ("", "..") else None
        pb = parse_one(b) if b not in ("", "..") else None
        if not pa and not pb:
            return None
        lo, hi = pa or pb, pb or pa
        assert lo is not None and hi is not None
        return {"start": lo["start"], "end": hi["end"], "precision": "interval",
                "uncertain": lo["uncertain"] or hi["uncertain"] or not (pa and pb),
                "approximate": lo["approximate"] or hi["approximate"], "interval": True}
    p = parse_one(s)
    if p:
        p["interval"] = False
    return p
