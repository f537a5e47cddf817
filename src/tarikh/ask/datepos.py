"""Where in a quote a date is written, so that the words next to it can be read."""

from __future__ import annotations

import calendar
import re

MONTHS = {i: (calendar.month_name[i], calendar.month_abbr[i]) for i in range(1, 13)}
_EDTF = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_spans(quote: str, edtf: str | None) -> list[tuple[int, int]]:
    """Character spans of ``quote`` that write the date ``edtf`` (first part of an interval)."""
    if not edtf:
        return []
    m = _EDTF.match(str(edtf).split("/")[0].strip("?~%[]{} "))
    if not m:
        return []
    year, month, day = m.group(1), m.group(2), m.group(3)
    pats: list[str] = []
    if month and 1 <= int(month) <= 12:
        full, abbr = MONTHS[int(month)]
        mon = rf"(?:{full}|{abbr}\.?)"
        if day:
            d = str(int(day))
            pats += [rf"\b{mon}\s+0?{d}(?:st|nd|rd|th)?\b(?:,?\s+{year})?",
                     rf"\b0?{d}(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}(?:,?\s+{year})?",
                     rf"\b0?{d}[./-]0?{int(month)}[./-]{year}\b", rf"\b{year}-{month}-{day}\b"]
        else:
            pats += [rf"\b{mon}(?:,?\s+(?:of\s+)?{year})?\b"]
    pats.append(rf"\b{year}\b")
    for p in pats:  # the most specific form that is there
        spans = [(x.start(), x.end()) for x in re.finditer(p, quote, re.I)]
        if spans:
            return spans
    return []


_MON = "|".join(f"{full}|{abbr}\\.?" for full, abbr in MONTHS.values())
ANY_DATE = re.compile(rf"\b(?:(?:{_MON})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+"
                      rf"(?:of\s+)?(?:{_MON})(?:,?\s+\d{{4}})?|(?:{_MON})(?:,?\s+(?:of\s+)?\d{{4}})?|"
                      rf"(?:1[0-9]|20)\d{{2}})\b")


def all_date_spans(quote: str) -> list[tuple[int, int]]:
    """Spans of every date-like expression in ``quote`` (full dates, months, bare years)."""
    return [(m.start(), m.end()) for m in ANY_DATE.finditer(quote)]
