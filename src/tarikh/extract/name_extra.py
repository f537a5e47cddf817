"""Name shapes the capitalised-phrase rule cannot see: numbered documents
("Resolution No. 24"), quoted titles ("the “Second Addendum to the Terms”"),
hyphenated lists of places ("Alpha-Beta-Gamma line"), places coordinated
before a plural place noun ("X and Y counties") and names in brackets right
after another name ("... Republic (Mongolia)").

All are general English/typographic patterns; each candidate names its cue.
"""

from __future__ import annotations

import re

from .name_rules import AGREEMENT_HEADS, DOCUMENT_HEADS, PLACE_HEADS, head_label, is_title
from .name_spans import Candidate, is_junk, trim, words

NUMBERED = re.compile(r"\b([A-Z][a-z]+)\s+(?:No|Nr|Number|#)\.?\s*\d+[A-Za-z]?\b")
QUOTED = re.compile(r"[“\"”]([^“”\"\n]{3,90}?)[”\"“]")
QUOTE_SMALL = {"of", "the", "to", "in", "and", "for", "on", "a", "an", "at", "by", "with", "from", "de"}
HYPHEN_LIST = re.compile(r"(?<![\w-])[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,}){2,}(?![\w-])")
PLURAL_PLACE = {"counties", "districts", "provinces", "prefectures", "regions", "oblasts", "cities",
                "towns", "villages", "states", "islands", "rivers", "lakes", "valleys", "oases"}
COORD_PLACES = re.compile(r"\b([A-Z][\w'’-]+)((?:,\s+[A-Z][\w'’-]+)*),?\s+and\s+([A-Z][\w'’-]+)\s+("
                          + "|".join(sorted(PLURAL_PLACE)) + r")\b")
BRACKETED = re.compile(r"\s*[(\[]\s*([A-Z][^()\[\]\n]{1,60}?)\s*[)\]]")


def numbered_documents(text: str) -> list[Candidate]:
    """``Resolution No. 24``, ``Order No.197``: a document head noun with a number."""
    out = []
    for m in NUMBERED.finditer(text):
        if m.group(1).lower() in DOCUMENT_HEADS | AGREEMENT_HEADS:
            out.append(Candidate(m.start(), m.end(), "document", "head", 3.0))
    return out


def quoted_titles(text: str) -> list[Candidate]:
    """A quoted phrase in title case is a name; its head noun says what kind."""
    out = []
    for m in QUOTED.finditer(text):
        inner = m.group(1).strip()
        toks = re.findall(r"[\w'’-]+", inner)
        if not 2 <= len(toks) <= 10 or not (toks[0][:1].isupper() or toks[0][:1].isdigit()):
            continue
        if any(not (t[:1].isupper() or t[:1].isdigit() or t.lower() in QUOTE_SMALL) for t in toks):
            continue
        if is_title(toks[0]) or re.search(r"[.!?;:]", inner.rstrip(".,")):
            continue
        s = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        if toks[0].lower() == "the":
            s += 4
        e = s + len(inner) - (4 if toks[0].lower() == "the" else 0)
        while e > s and text[e - 1] in ".,":
            e -= 1
        if is_junk(text[s:e]):
            continue
        label = head_label([w.rstrip(".,") for w in re.findall(r"[\w'’]+", text[s:e])]) or "document"
        out.append(Candidate(s, e, label, "head" if label != "document" else "quote", 3.0))
    return out


def hyphen_lists(text: str) -> list[Candidate]:
    """``Alpha-Beta-Gamma`` (three or more capitalised parts): a list of places."""
    out = []
    for m in HYPHEN_LIST.finditer(text):
        pos = m.start()
        for part in m.group().split("-"):
            out.append(Candidate(pos, pos + len(part), "place", "place", 0.3))
            pos += len(part) + 1
    return out


def coordinated_places(text: str) -> list[Candidate]:
    """``X and Y counties``: every name coordinated before a plural place noun is a place."""
    out = []
    for m in COORD_PLACES.finditer(text):
        spans = [(m.start(1), m.end(1))]
        spans += [(x.start() + m.start(2), x.end() + m.start(2))
                  for x in re.finditer(r"[A-Z][\w'’-]+", m.group(2))]
        spans.append((m.start(3), m.end(3)))
        for s, e in spans:
            if not is_junk(text[s:e]):
                out.append(Candidate(s, e, "place", "head", 3.0))
    return out


def bracketed_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A capitalised phrase alone in brackets right after a name is itself a name
    (an alias, or a gloss); it takes the label its own head noun gives, else the
    label of the name before it."""
    out = []
    for c in cands:
        m = BRACKETED.match(text, c.end)
        if not m:
            continue
        toks = words(text, m.start(1), m.end(1))
        if re.search(r",|\band\b", m.group(1)) or not toks or len(toks) > 6 or any(
                not (w[:1].isupper() or w.lower() in QUOTE_SMALL) for _s, _e, w in toks):
            continue
        span = trim(text, toks)
        if not span or is_junk(text[span[0]:span[1]]):
            continue
        head = head_label([w for _s, _e, w in toks])
        if head:
            out.append(Candidate(span[0], span[1], head, "head", 3.0))
        elif toks[-1][2].lower() not in PLACE_HEADS:
            out.append(Candidate(span[0], span[1], c.label, "guess", 0.2))
    return out


def special_candidates(text: str) -> list[Candidate]:
    """Every special-shape candidate, longest first where they overlap."""
    found = numbered_documents(text) + quoted_titles(text) + hyphen_lists(text) + coordinated_places(text)
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Candidate] = []
    for c in found:
        if not any(c.start < o.end and o.start < c.end for o in out):
            out.append(c)
    return out
