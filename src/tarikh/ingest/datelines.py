"""Parse a document's own date (a date line, a "Date: ..." field) into EDTF."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>[12]\d{3})"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}|\s*[+-]\d{2}:?\d{2}|Z)?)?"

PATTERNS = [
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}{_TIME}$", re.I),
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}$", re.I),
    re.compile(rf"^{_YEAR}-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)(?:[T ]\d{{2}}:\d{{2}}\S*)?$"),
    re.compile(rf"^(?P<day>[0-3]?\d)[./](?P<mnum>[01]?\d)[./]{_YEAR}$"),
    re.compile(rf"^{_MONTH},?\s+{_YEAR}$", re.I),
    re.compile(rf"^{_YEAR}-(?P<mnum>[01]\d)$"),
]
YEAR_ONLY = re.compile(rf"^(?:c\.\s*|circa\s+)?{_YEAR}$", re.I)


def parse_date(text: str, *, allow_year: bool = False) -> str | None:
    """EDTF (YYYY, YYYY-MM or YYYY-MM-DD) when ``text`` is a date and nothing else."""
    s = text.strip().strip(".,;()[]").strip()
    if not s or len(s) > 60:
        return None
    for pat in PATTERNS:
        m = pat.match(s)
        if not m:
            continue
        parts = m.groupdict()
        year = int(parts["year"])
        mon = MONTHS.get((parts.get("mon") or "").lower().rstrip(".")) or int(parts.get("mnum") or 0)
        day = int(parts.get("day") or 0)
        return _edtf(year, mon, day)
    if allow_year:
        m = YEAR_ONLY.match(s)
        if m:
            return m.group("year")
    return None


def _edtf(year: int, month: int, day: int) -> str | None:
    if not 1 <= month <= 12:
        return None
    if day:
        try:
            date(year, month, day)
        except ValueError:
            return None
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}"


def parse_loose(text: str) -> str | None:
    """EDTF from metadata strings such as '2020-05-04T10:00:00Z' or 'May 4, 2020'."""
    s = text.strip()
    m = re.match(r"^([12]\d{3})-(\d{2})-(\d{2})", s)
    if m:
        return _edtf(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return parse_date(s, allow_year=True)


_SEARCH = [re.compile(p.pattern.strip("^$").replace(_TIME, ""), re.I) for p in PATTERNS[:3]]


def search_date(text: str) -> tuple[str, int, int] | None:
    """The first full date inside ``text``: (EDTF, start, end)."""
    best: tuple[str, int, int] | None = None
    for pat in _SEARCH:
        for m in pat.finditer(text):
            edtf = parse_date(m.group())
            if edtf and (best is None or m.start() < best[1]):
                best = (edtf, m.start(), m.end())
            break
    return best
