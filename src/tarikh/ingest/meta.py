"""Guess a document's title, author, date and publisher from its first and last lines.

Rules (generic, in order of trust):

* labelled lines near the top or bottom: "By X", "Author: X", "Written by X",
  "Date: ...", "Published ...", "Posted on ...", "Dated ...", "Publisher: X",
  "Published by X", "Source: X";
* a line that is a date and nothing else near the top (a report's or letter's
  date line) is the publication date;
* a name-like line next to a date line at the bottom is a signature (author);
* the title is the first heading-like line before the first paragraph; a first
  line naming an organisation ("... Government", "... Institute", "... News")
  followed by more heading lines is the publisher, and a slogan-like line
  starting with a gerund ("Restoring ...") is skipped.

Every line used is recorded as a span ``{"field", "start", "end"}`` into the text,
so later stages can tell the document's own metadata from its content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tarikh.ingest.datelines import parse_date, search_date

HEAD_CHARS = 6000
TAIL_CHARS = 3000
HEAD_LINES = 25
TAIL_LINES = 12

_LABEL = re.compile(
    r"^(?P<label>written by|posted by|published by|originally published by|by|authors?|date of publication|"
    r"publication date|last updated|date|dated|published(?: on| in)?|posted(?: on)?|updated(?: on)?|issued|"
    r"publisher|source|sources)\b\s*[:\-\u2013\u2014]?\s*(?P<value>\S.*)$",
    re.I,
)
_ORG_WORDS = re.compile(
    r"\b(?:government|institute|institution|foundation|cent(?:er|re)|society|association|museum|archives?|"
    r"university|library|press|news|times|post|herald|journal|gazette|tribune|agency|council|committee|"
    r"congress|project|program(?:me)?|network|union|league|party|organi[sz]ation|movement|ministry|office|"
    r"service|campaign|coalition|alliance|initiative|magazine|review|media|radio|television|tv)\b",
    re.I,
)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'\u2019.-]*|[A-Z]\.|(?:de|da|di|du|del|van|von|der|al|el|bin|ibn|la|le))$")
_CLEAN_VALUE = re.compile(r"\s+(?:\||\u2022|\u00b7|\u2013|\u2014|-)\s+.*$")


@dataclass
class TextMeta:
    title: str = ""
    author: str | None = None
    published: str | None = None
    publisher: str | None = None
    spans: list[dict[str, Any]] = field(default_factory=list)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    pos = start
    for line in text[start:end].split("\n"):
        if line.strip():
            out.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    return out


def is_name(value: str) -> bool:
    tokens = [t for t in re.split(r"[\s,]+|\band\b|&", value) if t]
    if not 1 <= len(tokens) <= 8 or re.search(r"\d", value):
        return False
    caps = sum(1 for t in tokens if t[:1].isupper())
    return caps >= 2 and all(_NAME_TOKEN.match(t) for t in tokens)


def is_paragraph(line: str) -> bool:
    words = len(line.split())
    return len(line) > 200 or (words >= 12 and line.endswith((".", ":", ";", "\u201d", '"')))


def is_heading(line: str) -> bool:
    words = [w for w in line.split() if re.search(r"[^\W\d_]", w)]
    if not 2 <= len(words) <= 20 or len(line) > 160 or line.endswith((".", ",", ";", ":")):
        return False
    if parse_date(line, allow_year=True) or _LABEL.match(line):
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps >= max(1, len(words) // 3)


def text_metadata(text: str) -> TextMeta:
    out = TextMeta()
    head_end = min(len(text), HEAD_CHARS)
    head = _lines(text, 0, head_end)[:HEAD_LINES]
    tail_start = text.rfind("\n", 0, max(0, len(text) - TAIL_CHARS)) + 1
    tail = _lines(text, tail_start, len(text))[-TAIL_LINES:]
    in_head = {start for start, _, _ in head}
    date_lines: list[tuple[str, int, int, str]] = []  # (edtf, start, end, where)
    for where, block in (("head", head), ("tail", tail)):
        for start, end, line in block:
            if where == "tail" and start in in_head:
                continue
            _labelled(out, line, start, end)
            edtf = parse_date(line)
            if edtf:
                date_lines.append((edtf, start, end, where))
    if out.published is None and date_lines:
        heads = [d for d in date_lines if d[3] == "head"]
        edtf, start, end, _ = (heads or date_lines[-1:])[0]
        out.published = edtf
        out.spans.append({"field": "published", "start": start, "end": end})
    if out.author is None:
        _signature(out, tail, {d[1] for d in date_lines} | {s["start"] for s in out.spans})
    _title(out, head)
    return out


def _labelled(out: TextMeta, line: str, start: int, end: int) -> None:
    m = _LABEL.match(line)
    if not m:
        return
    label = m.group("label").lower()
    value = m.group("value").strip()
    if label in ("by", "written by", "posted by", "author", "authors"):
        name = _CLEAN_VALUE.sub("", value).strip(" ,;")
        found = search_date(value)
        if found:
            name = value[: found[1]].strip(" ,;|-\u2013\u2014")
        head, _, _ = name.partition(",")
        if head != name and is_name(head):
            name = head.strip()  # "By Anna Berg, Staff Writer"
        if out.author is None and is_name(name):
            out.author = name
            out.spans.append({"field": "author", "start": start, "end": end})
        if found and out.published is None and label != "by":
            out.published = found[0]
        return
    if label in ("publisher", "published by", "originally published by", "source", "sources"):
        if out.publisher is None and 2 <= len(value) <= 200:
            out.publisher = value.rstrip(" .")
            out.spans.append({"field": "publisher", "start": start, "end": end})
        return
    edtf = parse_date(value, allow_year=True)
    found = None if edtf else search_date(value)
    if found and found[1] <= 12:
        edtf = found[0]
    if edtf and out.published is None:
        out.published = edtf
        out.spans.append({"field": "published", "start": start, "end": end})


def _signature(out: TextMeta, tail: list[tuple[int, int, str]], date_starts: set[int]) -> None:
    for i, (start, end, line) in enumerate(tail):
        if len(line) > 60 or not is_name(line) or _ORG_WORDS.search(line):
            continue
        near = [tail[j][0] for j in (i - 1, i + 1) if 0 <= j < len(tail)]
        if any(n in date_starts for n in near):
            out.author = line
            out.spans.append({"field": "author", "start": start, "end": end})
            return


def _title(out: TextMeta, head: list[tuple[int, int, str]]) -> None:
    used = {s["start"] for s in out.spans}
    candidates: list[tuple[int, int, str]] = []
    for start, end, line in head:
        if is_paragraph(line):
            break
        if start not in used and is_heading(line):
            candidates.append((start, end, line))
    if not candidates:
        if head:
            first = head[0][2]
            out.title = first if len(first) <= 100 else first[:100].rsplit(" ", 1)[0] + "\u2026"
        return
    pick = candidates[0]
    if len(candidates) > 1 and _ORG_WORDS.search(pick[2]) and len(pick[2].split()) <= 8:
        if out.publisher is None:
            out.publisher = pick[2]
            out.spans.append({"field": "publisher", "start": pick[0], "end": pick[1]})
        rest = candidates[1:]
        titled = [c for c in rest if not c[2].split()[0].lower().endswith("ing")]
        pick = (titled or rest)[0]
    out.title = pick[2]
    out.spans.append({"field": "title", "start": pick[0], "end": pick[1]})
