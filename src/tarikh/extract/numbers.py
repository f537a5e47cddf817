"""Numbers written in digits or in English words, and vague amounts.

``find_numbers(text)`` returns every number expression in ``text`` with its
value(s): ``11,000`` and ``11, 000`` (a space after the thousands comma is a
common typing slip), ``3.5 million``, ``$300 million``, ``80,000+``,
``forty-two``, ``one hundred and fifty``, ``several thousand`` (3,000 to
9,000; "a few": 2 to 9, "a couple of": 2 to 3 of the scale) and ranges
(``11,000 to 12,000``, ``three to five``). Vague plurals ("tens of
thousands", "hundreds of") are returned with ``vague=True`` and a range, so a
caller can decide whether an order of magnitude is a claim. "Tens of X" is read
as two to nine tens of X ("tens of thousands": 20,000 to 90,000), "hundreds of
X" as two to nine hundreds; these two are also marked ``order=True``.

Everything here is compiled regular expressions: no parser, no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SMALL = {**UNITS_WORDS, **TENS_WORDS, "dozen": 12}

_SMALL_ALT = "|".join(sorted(SMALL, key=len, reverse=True))
_SCALE_ALT = "hundred|thousand|million|billion"
_WORD = rf"(?:{_SMALL_ALT})(?:-(?:{_SMALL_ALT}))?"
WORD_NUMBER = (rf"(?:{_WORD}|a(?=[\s-]+(?:{_SCALE_ALT})))"
               rf"(?:[\s-]+(?:and\s+)?(?:{_WORD}|{_SCALE_ALT}))*")
DIGITS = r"\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
CURRENCY = {"$": "usd", "£": "gbp", "€": "eur", "¥": "yen"}

_NUM = (
    rf"(?P<cur>[$£€¥])?\s?(?:(?P<dig>{DIGITS})|(?P<word>{WORD_NUMBER}))"
    rf"(?:\s+(?P<scale>{_SCALE_ALT})s?\b)?(?P<plus>\+)?"
)
NUMBER_RE = re.compile(rf"(?<![\w.,$£€¥])(?<![A-Za-z]-){_NUM}(?![\w]|[.,]\d)", re.IGNORECASE)
_RANGE_SEP = r"\s*(?:-|–|—|to|or)\s*"
RANGE_RE = re.compile(
    rf"(?<![\w.,$£€¥])(?<![A-Za-z]-)(?P<a>{_NUM.replace('?P<', '?P<a_')}){_RANGE_SEP}"
    rf"(?P<b>{_NUM.replace('?P<', '?P<b_')})(?![\w]|[.,]\d)",
    re.IGNORECASE,
)
VAGUE_RE = re.compile(
    r"\b(?P<q>several|a\s+few|a\s+couple\s+of|tens\s+of|hundreds\s+of|dozens\s+of)?\s*"
    r"(?P<s>hundreds|thousands|millions|dozens)\b(?:\s+of\b)?",
    re.IGNORECASE,
)
SEVERAL_RE = re.compile(
    r"\b(?P<q>several|a\s+few|a\s+couple\s+of)\s+(?P<s>hundred|thousand|million|billion)\b", re.IGNORECASE
)


@dataclass
class NumberMatch:
    start: int
    end: int
    text: str
    amount: float | int | None
    lower: float | int | None = None
    upper: float | int | None = None
    currency: str | None = None
    plus: bool = False  # "80,000+"
    words: bool = False  # written in words
    vague: bool = False  # "thousands of", "tens of thousands"
    order: bool = False  # "tens of thousands", "hundreds of thousands": an order of magnitude with a range


def _tidy(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 6)


def words_to_number(text: str) -> int | None:
    """``forty-two`` -> 42, ``one hundred and fifty`` -> 150, ``a thousand`` -> 1000."""
    total = current = 0
    seen = False
    for w in re.split(r"[\s-]+", text.lower().strip()):
        if not w or w == "and":
            continue
        if w == "a" and not seen:
            current, seen = 1, True
        elif w in SMALL:
            current += SMALL[w]
            seen = True
        elif w.rstrip("s") in SCALES:
            scale = SCALES[w.rstrip("s")]
            if not seen:
                current = 1
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def digits_to_number(text: str) -> float | int | None:
    try:
        return _tidy(float(re.sub(r"[,\s]", "", text)))
    except ValueError:
        return None


def _value(m: re.Match[str], p: str = "") -> tuple[float | int | None, bool]:
    dig, word, scale = m.group(p + "dig"), m.group(p + "word"), m.group(p + "scale")
    if dig:
        val = digits_to_number(dig)
        words = False
    else:
        val = words_to_number(word or "")
        words = True
    if val is not None and scale:
        val = _tidy(val * SCALES[scale.lower()])
    return val, words


def _one(m: re.Match[str]) -> NumberMatch | None:
    val, words = _value(m)
    if val is None or (words and m.group("word").lower() == "a" and not m.group("scale")):
        return None
    cur = m.group("cur")
    return NumberMatch(m.start(), m.end(), m.group(0), val, currency=CURRENCY.get(cur) if cur else None,
                       plus=bool(m.group("plus")), words=words)


def _range(m: re.Match[str]) -> NumberMatch | None:
    a, wa = _value(m, "a_")
    b, wb = _value(m, "b_")
    if a is None or b is None or wa != wb:
        return None
    sep = m.group(0)[m.end("a") - m.start():m.start("b") - m.start()].strip().lower()
    if sep == "or" and not wa:
        return None
    b_scales = re.findall(_SCALE_ALT, m.group("b"), re.IGNORECASE)
    a_scales = re.findall(_SCALE_ALT, m.group("a"), re.IGNORECASE)
    if b_scales and not a_scales and a < b / 100:  # "two to three thousand"
        a = _tidy(a * SCALES[b_scales[-1].lower()])
    if not a < b:
        return None
    cur = m.group("a_cur") or m.group("b_cur")
    return NumberMatch(m.start(), m.end(), m.group(0), None, lower=a, upper=b,
                       currency=CURRENCY.get(cur) if cur else None, words=wa)


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in ``text``, ranges first, left to right, never overlapping."""
    out: list[NumberMatch] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in SEVERAL_RE.finditer(text):
        scale = SCALES[m.group("s").lower()]
        q = m.group("q").lower()
        low = 3 * scale if q.startswith("several") else 2 * scale
        high = 3 * scale if "couple" in q else 9 * scale  # "several thousand": three to nine thousand
        out.append(NumberMatch(m.start(), m.end(), m.group(0), None, lower=low, upper=high, words=True))
        taken.append((m.start(), m.end()))
    for m in RANGE_RE.finditer(text):
        r = _range(m)
        if r and free(r.start, r.end):
            out.append(r)
            taken.append((r.start, r.end))
    for m in NUMBER_RE.finditer(text):
        n = _one(m)
        if n and free(n.start, n.end):
            out.append(n)
            taken.append((n.start, n.end))
    for m in VAGUE_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        s = m.group("s").lower().rstrip("s")
        base = SMALL.get(s) or SCALES.get(s, 1)
        q = (m.group("q") or "").lower()
        low, high = 2 * base, 10 * base - 1
        order = q.startswith(("tens", "hundreds")) and s in ("thousand", "million", "hundred")
        if q.startswith("tens"):  # two to nine tens: 20,000 to 90,000
            low, high = 20 * base, 90 * base
        if q.startswith("hundreds"):
            low, high = 200 * base, 900 * base
        out.append(NumberMatch(m.start(), m.end(), m.group(0), None, lower=low, upper=high, vague=True,
                               words=True, order=order))
        taken.append((m.start(), m.end()))
    return sorted(out, key=lambda n: n.start)
