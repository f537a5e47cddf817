"""Properties checked on any input, shared by the Hypothesis tests and the atheris harnesses in fuzz/.

Each ``check_*`` raises AssertionError (or lets an unexpected exception through) when the
property fails. Only absolute imports: fuzz/ imports this file as the top-level ``fuzzchecks``.
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

import edtf

from tarikh.errors import IngestError
from tarikh.extract.date_parse import find_dates
from tarikh.extract.numbers import find_numbers
from tarikh.models import Doc, Source
from tarikh.resolve import names

MEDIA_HINTS = ["", "text/plain", "text/html", "text/markdown", "application/pdf", "application/octet-stream",
               "text/plain; charset=utf-16", "text/html; charset=windows-1251", "image/png", "application/zip",
               "application/xml", "text/x-markdown", ";;;", "TEXT/HTML; charset=bogus"]
TARGET_NAMES = ["doc.txt", "doc.html", "doc.md", "doc.pdf", "doc.htm", "doc", "doc.png", "DOC.TXT",
                "https://example.org/page", "dir/../x.txt", "名前.txt", " .txt"]

DATE_WORDS = ["On", "12", "March", "1921", "the", "next", "day", "until", "13th", "between", "and", "c.",
              "1920s", "BC", "AD", "spring", "of", "1944", "–", "-", "/", "early", "late", "mid-", "May",
              "June", "Sept.", "31", "29", "February", "1900", "two", "years", "later", "earlier", "in",
              "9999", "0", "0001", "century", "19th", "around", "circa", "1917-18", "1933–34", ",", ".",
              "\n", "Date:", "from", "to", "on", "the", "following", "week", "month", "year", "ago"]
NUMBER_WORDS = ["about", "some", "12,000", "1.5", "million", "several", "hundred", "thousand", "a", "few",
                "between", "and", "to", "-", "–", "300-400", "80,000+", "$", "£", "5", "per", "cent", "%",
                "twenty-five", "one", "soldiers", "men", "1e9", "0", "00", "9" * 30, ",", ".", "…", "×"]


def check_dates(text: str, anchor: tuple[int, int | None, int | None] | None = None) -> int:
    found = find_dates(text, anchor)
    for m in found:
        assert 0 <= m.start <= m.end <= len(text), (m, len(text))
        assert text[m.start:m.end] == m.text, m
        edtf.parse_edtf(m.edtf)  # raises on an invalid EDTF string
        assert m.lo[0] is not None and m.hi[0] is not None
        assert _as_key(m.lo, low=True) <= _as_key(m.hi, low=False), m
    return len(found)


def _as_key(p: tuple[int, int | None, int | None], low: bool) -> tuple[int, int, int]:
    return (p[0], p[1] or (1 if low else 12), p[2] or (1 if low else 31))


def check_numbers(text: str) -> int:
    found = find_numbers(text)
    spans = []
    for n in found:
        assert 0 <= n.start <= n.end <= len(text), n
        assert text[n.start:n.end] == n.text, n
        for v in (n.amount, n.lower, n.upper):
            assert v is None or (isinstance(v, int | float) and not math.isnan(v)), n
        if n.lower is not None and n.upper is not None:
            assert n.lower <= n.upper, n
        spans.append((n.start, n.end))
    spans.sort()
    for (_a, b), (c, _d) in zip(spans, spans[1:], strict=False):
        assert b <= c, f"overlapping numbers in {text!r}: {spans}"
    return len(found)


def check_names(a: str, b: str) -> None:
    fa = names.fold(a)
    assert names.fold(fa) == fa, (a, fa)
    ka, kb = names.name_key(a), names.name_key(b)
    assert all(isinstance(t, str) for t in ka)
    assert names.name_key(a) == ka  # deterministic
    names.initials_of(a)
    ta, tb = names.surface_tokens(a), names.surface_tokens(b)
    for x, y in zip(ta, tb, strict=False):
        assert names.tokens_equivalent(x, y) == names.tokens_equivalent(y, x), (x, y)
    assert bool(names.keys_equivalent(ka, kb)) == bool(names.keys_equivalent(kb, ka)), (ka, kb)
    if ka:
        assert names.keys_equivalent(ka, ka), ka


def check_ingest(target: str, raw: bytes, hint: str) -> str:
    """``parse_source`` gives a Source or raises an IngestError subclass; returns the outcome."""
    from tarikh.ingest import parse_source

    try:
        src = parse_source(target, raw, hint)
    except IngestError as exc:
        return type(exc).__name__
    assert isinstance(src.text, str) and src.text.strip(), "a source with no text"
    assert src.sha256 == hashlib.sha256(raw).hexdigest()
    assert src.id
    return "ok"


_COMPONENTS: list[Any] = []


def check_doc(text: str) -> int:
    """The fast doc components on ``text``: every claim's quote is its span of the text."""
    from tarikh import registry

    if not _COMPONENTS:
        known = set(registry.names())
        for n in ("tarikh.sentences.v1", "tarikh.mentions.v1", "tarikh.dates.v1", "tarikh.quantities.v1"):
            if n in known:
                _COMPONENTS.append(registry.create(n))
    doc = Doc(source=Source(id="src_fuzz", file="fuzz.txt", path="/fuzz.txt", sha256="0", text=text))
    for comp in _COMPONENTS:
        doc = comp(doc)
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(text), s
    for m in doc.mentions:
        assert text[m.start:m.end] == m.text, m
    for c in doc.claims:
        assert 0 <= c.start <= c.end <= len(text), c
        assert text[c.start:c.end] == c.quote, c
        if c.value.get("type") == "date":
            edtf.parse_edtf(c.value["edtf"])
        if c.subject_mention is not None:
            assert 0 <= c.subject_mention < len(doc.mentions), c
    return len(doc.claims)
