"""Find temporal expressions in a piece of text and normalise them to EDTF.

Why regexes and not ``dateparser``: dateparser costs milliseconds per call and
would have to be called on every sentence (it does not search, it parses a
string it is given); the expressions historians write are few and regular, so
compiled patterns find them all in one pass at a tiny fraction of the cost.
``edtf`` is used in the tests to check that every string made here parses.

What is recognised (``find_dates``), most specific first:

* full dates: ``26 November 1940``, ``April 8th, 1945``, ``Thursday, August 25,
  1949``, day ranges ``1-3 November, 1949`` (an interval);
* month and year: ``August 1944``, ``mid-August 1944`` (qualifier part=mid);
* seasons: ``the summer of 1944`` -> ``1944-22`` (EDTF seasons 21-24);
* year intervals: ``from 1934 to 1943``, ``1944-1949``, ``between 1934 -1943``;
* years: ``in 1944``, ``early 1950`` (part=early), ``around 1945`` (``1945~``),
  ``by 1954`` (approx=at_most: on or before);
* anaphoric dates read against the narrative's last date (the *anchor*, never
  today's date): ``on 25 August``, ``October 6 of that year``, ``In June of that
  year``, ``until the 13th``, ``Twelve days later``, ``the next day``, ``three
  days before``, ``the following year``.

A bare four-digit number is a year only when a temporal preposition precedes
it or no counted noun follows it, and never after ``No.``, ``p.``, ``#`` and the
like (call numbers). Decades and centuries are left out: they date nothing
precisely enough to make a claim.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .numbers import words_to_number

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_MON = (r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
        r"Aug(?:ust|\.)?|Sep(?:t(?:ember)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DAY = r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?:\s*[-–]\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<y>1\d{3}|20\d{2})"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_PART = r"(?:(?P<part>early|mid|late|the\s+(?:beginning|start|middle|end)\s+of)[\s-]*)?"
_THAT_YEAR = r"(?P<rel>that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year"
_COUNT = r"(?P<n>\d{1,3}|a|an|[a-z]+(?:-[a-z]+)?)"
_UNIT = r"(?P<unit>day|week|month|year)s?"
_FLAGS = re.IGNORECASE
_END = r"(?![\d])"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(rf"\b{_WEEKDAY}{_DAY}{_DAY2}\s+(?:of\s+)?{_MON}\.?,?\s+{_YEAR}{_END}", _FLAGS)),
    ("mdy", re.compile(rf"\b{_WEEKDAY}{_MON}\.?\s+{_DAY}{_DAY2},?\s+{_YEAR}{_END}", _FLAGS)),
    ("md_that", re.compile(rf"\b{_MON}\.?\s+{_DAY}\s+of\s+{_THAT_YEAR}", _FLAGS)),
    ("m_that", re.compile(rf"\b{_PART}{_MON}\.?\s+of\s+{_THAT_YEAR}", _FLAGS)),
    ("season", re.compile(rf"\b(?:the\s+)?{_PART}(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
                          rf"{_YEAR}{_END}", _FLAGS)),
    ("my", re.compile(rf"\b{_PART}{_MON}\.?,?\s+(?:of\s+)?{_YEAR}{_END}", _FLAGS)),
    ("years", re.compile(r"\b(?P<pre>from|between)?\s*(?P<y1>1\d{3}|20\d{2})\s*(?P<sep>[-–—/]|to|and|until|"
                         r"till|through)\s*(?P<y2>1\d{3}|20\d{2}|\d{2})(?![\d,.]\d|\d)", _FLAGS)),
    ("dm", re.compile(rf"\b{_WEEKDAY}{_DAY}{_DAY2}\s+(?:of\s+)?{_MON}\b(?!\.?,?\s+\d)", _FLAGS)),
    ("md", re.compile(rf"\b{_WEEKDAY}{_MON}\.?\s+{_DAY}{_DAY2}\b(?!,?\s*\d|:)", _FLAGS)),
    ("m", re.compile(rf"\b(?:(?P<prep>in|since|until|till|by|during|before|after|from|of|late|early|mid)"
                     rf"[\s-]+)(?:the\s+(?:month\s+of\s+)?)?{_MON}\b(?!\.?\s*\d)", _FLAGS)),
    ("the_nth", re.compile(r"\b(?:until|till|by|on|from|to)\s+the\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)\b", _FLAGS)),
    ("that_year", re.compile(rf"\b(?:in|during|of|by)\s+{_THAT_YEAR}\b", _FLAGS)),
    ("shift", re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+(?P<dir>later|after(?:wards)?|before|earlier|prior)\b",
                         _FLAGS)),
    ("next", re.compile(r"\b(?:the\s+)?(?P<which>next|following|previous|preceding|same)\s+"
                        r"(?P<unit>day|morning|evening|night|week|month|year)\b", _FLAGS)),
    ("year", re.compile(rf"(?<![\d,.$#№/])(?<![A-Za-z]-)\b{_PART}{_YEAR}(?![\d]|,\d|\.\d|%|-\d|\s*/\s*\d)", _FLAGS)),
]

_APPROX = re.compile(r"(?:\b(?:around|about|circa|approximately|roughly|ca\.|c\.)|~)\s*$", _FLAGS)
_RELATION = re.compile(r"\b(by|before|after|since|until|till|up\s+to)\s+(?:the\s+(?:end|middle|beginning)\s+"
                       r"of\s+|early\s+|late\s+|mid-?\s*)?$", _FLAGS)
_CALL_NO = re.compile(r"(?:\bno\.?|\bnos\.?|\bnr\.?|№|nº|#|\bn|\bpp?\.|\bpage|\bcopy|\bvol\.?|\bfond|\bdelo|"
                      r"\bll?\.|\bop\.|\bopis'?|\bfile|\bresolution|\barticle|\bdecree|\border|\brecord)\s*$",
                      _FLAGS)
_YEAR_PREP = re.compile(r"\b(?:in|by|since|until|till|from|to|after|before|during|of|around|about|circa|c\.|"
                        r"early|late|mid|and|or|between|through|year|summer|winter|spring|autumn|fall|dob)"
                        r"[\s-]*$|[(,–—-]\s*$|^\s*$", _FLAGS)
_NAME_AFTER = re.compile(r"^\s+[A-Z][a-z]+")
_NOUN_AFTER = re.compile(r"^\s+(?!(?:was|is|has|saw|marks|sees|brings)\b)(?:[a-z]+\s+)?[a-z]*(?:s|men|people)\b")


@dataclass
class DateMatch:
    start: int
    end: int
    text: str
    edtf: str
    kind: str  # absolute, partial, interval, relative
    lo: tuple[int, int | None, int | None]  # earliest point (year, month, day)
    hi: tuple[int, int | None, int | None]  # latest point
    qualifiers: dict[str, Any] = field(default_factory=dict)


Point = tuple[int, int | None, int | None]


def month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip(".")[:3])


def fmt(p: Point) -> str:
    y, m, d = p
    out = f"{y:04d}"
    if m:
        out += f"-{m:02d}"
        if d:
            out += f"-{d:02d}"
    return out


def valid(p: Point) -> bool:
    y, m, d = p
    if m is None:
        return d is None
    if not (1 <= m <= 12 or 21 <= m <= 24):
        return False
    return d is None or (m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1])


def interval(a: Point, b: Point) -> str:
    return fmt(a) if a == b else f"{fmt(a)}/{fmt(b)}"


def _year2(y1: int, y2s: str) -> int:
    if len(y2s) == 2:
        return (y1 // 100) * 100 + int(y2s)
    return int(y2s)


def _count(n: str) -> int | None:
    n = n.lower()
    if n in ("a", "an"):
        return 1
    return int(n) if n.isdigit() else words_to_number(n)


def _shift(anchor: Point, n: int, unit: str) -> Point | None:
    y, m, d = anchor
    if unit in ("day", "week"):
        if m is None or d is None or m > 12:
            return None
        nd = date(y, m, d) + timedelta(days=n * (7 if unit == "week" else 1))
        return (nd.year, nd.month, nd.day)
    if unit == "month":
        if m is None or m > 12:
            return None
        k = y * 12 + (m - 1) + n
        return (k // 12, k % 12 + 1, None)
    return (y + n, None, None)


def _part(m: re.Match[str]) -> str | None:
    part = m.groupdict().get("part")
    if not part:
        return None
    part = part.lower()
    for word, key in (("begin", "early"), ("start", "early"), ("middle", "mid"), ("end", "late")):
        if word in part:
            return key
    return part


def _resolve(kind: str, m: re.Match[str], anchor: Point | None) -> tuple[Point, Point, str] | None:
    g = m.groupdict()
    mon = month_number(g["mon"]) if g.get("mon") else None
    if g.get("mon") and not g["mon"][0].isupper():
        return None  # "march", "may": verbs, not months
    if kind in ("dmy", "mdy"):
        y, d1 = int(g["y"]), int(g["d1"])
        d2 = int(g["d2"]) if g.get("d2") else d1
        return (y, mon, d1), (y, mon, d2), "absolute"
    if kind == "my":
        return (int(g["y"]), mon, None), (int(g["y"]), mon, None), "partial"
    if kind == "season":
        y, s = int(g["y"]), SEASONS[g["season"].lower()]
        return (y, s, None), (y, s, None), "partial"
    if kind == "years":
        y1 = int(g["y1"])
        y2 = _year2(y1, g["y2"])
        sep, pre = g["sep"].lower(), (g.get("pre") or "").lower()
        if not y1 < y2 <= y1 + 100 or (sep == "and" and pre != "between") or (sep in ("to", "until") and not pre):
            return None
        return (y1, None, None), (y2, None, None), "interval"
    if kind == "year":
        return (int(g["y"]), None, None), (int(g["y"]), None, None), "partial"
    if anchor is None:
        return None
    ay, am, ad = anchor
    if kind in ("dm", "md"):
        d1 = int(g["d1"])
        d2 = int(g["d2"]) if g.get("d2") else d1
        return (ay, mon, d1), (ay, mon, d2), "relative"
    if kind in ("md_that", "m_that", "that_year"):
        rel = g["rel"].lower()
        y = ay + (1 if ("following" in rel or "next" in rel) else -1 if "previous" in rel else 0)
        d = int(g["d1"]) if g.get("d1") else None
        return (y, mon, d), (y, mon, d), "relative"
    if kind == "m":
        return (ay, mon, None), (ay, mon, None), "relative"
    if kind == "the_nth":
        if am is None or am > 12:
            return None
        d = int(g["d1"])
        return (ay, am, d), (ay, am, d), "relative"
    if kind == "shift":
        if re.match(r"\s+[\w\u201c\"]", m.string[m.end():]) and g["dir"].lower() in ("after", "before", "prior"):
            return None  # "three days before the treaty was signed": dated by an event we do not know
        n = _count(g["n"])
        if n is None or n > 400:
            return None
        sign = 1 if g["dir"].lower().startswith(("later", "after")) else -1
        p = _shift(anchor, sign * n, g["unit"].lower())
        return (p, p, "relative") if p else None
    if kind == "next":
        which, unit = g["which"].lower(), g["unit"].lower()
        n = 0 if which == "same" else -1 if which in ("previous", "preceding") else 1
        unit = "day" if unit in ("morning", "evening", "night") else unit
        p = _shift(anchor, n, unit)
        return (p, p, "relative") if p else None
    return None


CONTEXT = 64
_SEASON = re.compile(r"-?\d{4}-2[1-4]")
_LEADING_WS = re.compile(r"\s*")


def _year_ok(text: str, m: re.Match[str]) -> bool:
    # only the near context counts: whole-prefix slices made long lines quadratic
    before, after = text[max(0, m.start() - CONTEXT): m.start()], text[m.end(): m.end() + CONTEXT]
    at_start = _LEADING_WS.match(text).end() >= m.start()  # type: ignore[union-attr]
    if _CALL_NO.search(before):
        return False
    if m.group("part"):
        return True
    if at_start and re.match(r"\s+(?!(?:was|is|saw|marks|marked|brought|began|ended|proved)\b)[a-z]",
                                        after):
        return False
    if _YEAR_PREP.search(before):
        # "the 1911 Revolution": a year used as part of a name
        return not (re.search(r"\bthe\s*$", before, _FLAGS) and _NAME_AFTER.match(after))
    if re.search(r"\bthe\s*$", before, _FLAGS):
        return False
    return not _NOUN_AFTER.match(after)


_ANCHOR_FREE = ("dmy", "mdy", "my", "season", "years", "year")


def find_dates(text: str, anchor: Point | None = None) -> list[DateMatch]:
    """Every temporal expression in ``text``, left to right.

    ``anchor`` is the narrative's date so far; it is advanced by each date found
    so that "the next day" after "On 6 May 1945" means 1945-05-07.
    """
    cands: list[tuple[int, int, int, str, re.Match[str]]] = []
    for prio, (kind, pat) in enumerate(PATTERNS):
        for m in pat.finditer(text):
            cands.append((m.start(), -(m.end() - m.start()), prio, kind, m))
    cands.sort(key=lambda c: (c[1], c[2], c[0]))
    chosen: list[tuple[str, re.Match[str]]] = []
    taken = bytearray(len(text))  # characters already inside a chosen match
    for _s, _l, _p, kind, m in cands:
        if any(taken[m.start():m.end()]):
            continue
        if kind == "year" and not _year_ok(text, m):
            continue
        if kind in _ANCHOR_FREE and _resolve(kind, m, None) is None:
            continue
        chosen.append((kind, m))
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    chosen.sort(key=lambda c: c[1].start())
    out: list[DateMatch] = []
    for kind, m in chosen:
        r = _resolve(kind, m, anchor)
        if r is None:
            continue
        lo, hi, k = r
        if not (valid(lo) and valid(hi)) or lo[0] > hi[0]:
            continue
        edtf = interval(lo, hi)
        quals: dict[str, Any] = {}
        part = _part(m)
        if part:
            quals["part"] = part
        before = text[max(0, m.start() - CONTEXT): m.start()]
        if _APPROX.search(before) and "/" not in edtf:
            if not _SEASON.fullmatch(edtf):  # EDTF has no "~" on a season
                edtf += "~"
            quals["approx"] = "about"
        rel = _RELATION.search(before)
        if rel:
            word = re.sub(r"\s+", " ", rel.group(1).lower())
            quals["relation"] = word
            if word == "by":
                quals["approx"] = "at_most"
        if k == "relative":
            quals["anchored"] = fmt(anchor) if anchor else None
        out.append(DateMatch(m.start(), m.end(), m.group(0), edtf, k, lo, hi, quals))
        anchor = hi
    return out
