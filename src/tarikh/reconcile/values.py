"""Value arithmetic for reconciliation: date bounds, quantity intervals, property keys.

Everything here is generic: EDTF strings become day ranges, quantities become
numeric intervals (widened by their ``approx`` qualifier), and property names
become small token sets so that ``troops_total`` and ``soldiers`` compare equal
while ``active_troops`` is recognised as a part of ``troops``.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date
from typing import Any

INF = math.inf
ABOUT_TOLERANCE = 0.1  # "about 250" covers 225..275

_DATE_RE = re.compile(r"^(-?[\dX]{4})(?:-([\dX]{2}))?(?:-([\dX]{2}))?$")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# a year, when the words before it say so ("in 1931", "May 1931", "1931-1933", "(1931)")
_YEAR_RE = re.compile(
    r"(?:\b(?i:as\s+of|(?:spring|summer|autumn|fall|winter|end|beginning|middle|start)\s+of|in|by|since|until|till|from|during|early|late|mid|around|circa|before|after|"
    r"spring|summer|autumn|fall|winter|" + _MONTHS + r")\s+|[-\u2013(]\s*|\d{1,2},\s*)"
    r"(1[0-9]{3}|20[0-9]{2})\b(?![,.]?\d)(?!\s+(?:[a-z]+s|men|people)\b)"
)

# generic English: words that name the same counted thing
_SYNONYMS = {
    "troop": "troop", "soldier": "troop", "men": "troop", "man": "troop", "fighter": "troop",
    "personnel": "troop", "strength": "troop", "force": "troop", "combatant": "troop",
    "servicemen": "troop", "serviceman": "troop", "warrior": "troop",
    "killed": "killed", "dead": "killed", "death": "killed", "fatality": "killed",
    "fatalities": "killed", "died": "killed",
    "wounded": "wounded", "injured": "wounded",
    "captured": "captured", "seized": "captured", "prisoner": "captured", "taken": "captured",
    "people": "people", "person": "people", "persons": "people", "individual": "people",
    "population": "population", "inhabitant": "population", "resident": "population",
    "plane": "aircraft", "airplane": "aircraft", "aeroplane": "aircraft",
}
_FILLER = {"total", "number", "count", "overall", "of", "the", "a", "an", "num", "amount",
           "estimated", "approximately", "about", "in", "and"}


def _day(y: int, m: int, d: int) -> int:
    return date(max(1, min(y, 9999)), m, d).toordinal()


def date_bounds(edtf: str | None) -> tuple[float, float] | None:
    """Earliest and latest day (proleptic ordinals) an EDTF string can mean.

    Handles ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, seasons (21-24), ``X`` digits,
    ``?``/``~``/``%`` marks (``~`` widens by one unit) and ``/`` intervals with
    open ends (``..``).
    """
    if not edtf:
        return None
    s = str(edtf).strip()
    parts = s.split("/") if "/" in s else [s]
    bounds = [_one_bounds(p.strip()) for p in parts]
    if len(bounds) == 1:
        return bounds[0]
    lo = bounds[0][0] if bounds[0] else -INF
    hi = bounds[-1][1] if bounds[-1] else INF
    if bounds[0] is None and bounds[-1] is None:
        return None
    return (lo, hi)


def _one_bounds(p: str) -> tuple[float, float] | None:
    if p in ("", "..", "unknown"):
        return None
    approx = "~" in p or "%" in p
    p = p.replace("?", "").replace("~", "").replace("%", "")
    m = _DATE_RE.match(p)
    if not m:
        return None
    ys, ms, ds = m.groups()
    y_lo, y_hi = int(ys.replace("X", "0")), int(ys.replace("X", "9"))
    if ms is None or "X" in ms:
        lo, hi = _day(y_lo, 1, 1), _day(y_hi, 12, 31)
        unit = 366
    elif int(ms) > 12:  # season: 21 spring .. 24 winter (northern)
        first = {21: 3, 22: 6, 23: 9, 24: 12}.get(int(ms), 1)
        lo = _day(y_lo, first, 1)
        end = date(y_hi + (1 if first == 12 else 0), (first + 2 - 1) % 12 + 1, 1)
        hi = _day(end.year, end.month, calendar.monthrange(end.year, end.month)[1])
        unit = 31
    else:
        mo = int(ms)
        if ds is None or "X" in ds:
            lo, hi = _day(y_lo, mo, 1), _day(y_hi, mo, calendar.monthrange(y_hi, mo)[1])
            unit = 31
        else:
            d = min(int(ds), calendar.monthrange(y_lo, mo)[1])
            lo = hi = _day(y_lo, mo, d)
            unit = 2
    if approx:
        lo, hi = lo - unit, hi + unit
    return (float(lo), float(hi))


def format_day(ordinal: float) -> str:
    return date.fromordinal(int(ordinal)).isoformat() if math.isfinite(ordinal) else ".."


def years_in(text: str, exclude: tuple[float, ...] = ()) -> tuple[float, float] | None:
    """Bounds covering every year written in ``text`` (a fallback ``as_of``), except ``exclude``."""
    years = [int(y) for y in _YEAR_RE.findall(text or "") if float(y) not in exclude]
    if not years:
        return None
    return (float(_day(min(years), 1, 1)), float(_day(max(years), 12, 31)))


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def contains(outer: tuple[float, float], inner: tuple[float, float]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _num(x: Any) -> float | None:
    try:
        return None if x is None else float(x)
    except (TypeError, ValueError):
        return None


def quantity_interval(value: dict[str, Any], approx: str | None = None) -> tuple[float, float] | None:
    """The interval of numbers a quantity value allows, given its ``approx`` qualifier."""
    a, lo, hi = _num(value.get("amount")), _num(value.get("lower")), _num(value.get("upper"))
    approx = approx or "exact"
    if (lo is not None or hi is not None) and (
            approx in ("range", "exact", "about") or (lo is not None and hi is not None)):
        return (lo if lo is not None else -INF, hi if hi is not None else INF)
    base = a if a is not None else (lo if lo is not None else hi)
    if base is None:
        return None
    eps = 1e-9 * max(1.0, abs(base))
    if approx == "about":
        d = abs(base) * ABOUT_TOLERANCE
        return (base - d, base + d)
    if approx == "at_least":
        return (base, INF)
    if approx == "more_than":
        return (base + eps, INF)
    if approx == "at_most":
        return (-INF, base)
    if approx == "less_than":
        return (-INF, base - eps)
    return (base, base)


def singular(t: str) -> str:
    """A plural English word's singular, by its ending ("parties" -> "party", "troops" -> "troop")."""
    if len(t) > 3 and t.endswith("ies"):
        return t[:-3] + "y"
    if len(t) > 3 and t.endswith("s") and not t.endswith("ss"):
        return t[:-1]
    return t


def _token(t: str) -> str:
    t = t.lower()
    if t in _SYNONYMS:
        return _SYNONYMS[t]
    t = singular(t)
    return _SYNONYMS.get(t, t)


def name_key(name: str | None) -> frozenset[str]:
    """A property or unit name as a set of normalised content words."""
    words = re.findall(r"[A-Za-z0-9%$]+", (name or "").replace("_", " "))
    return frozenset(_token(w) for w in words if w.lower() not in _FILLER)


def key_relation(a: frozenset[str], b: frozenset[str]) -> str:
    """``same``, ``part`` (one names a part of the other, e.g. active troops / troops) or ``other``."""
    if a == b:
        return "same"
    if a and b and (a < b or b < a):
        return "part"
    return "other"


def format_number(x: float) -> str:
    if not math.isfinite(x):
        return "?"
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")
