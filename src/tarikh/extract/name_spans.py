"""Candidate name spans: capitalised phrases found by rule, cleaned spaCy entities.

A candidate is ``(start, end, label, cue, weight)``: the label is what its
strongest cue says, ``cue`` names that cue (``head``, ``title``, ``spacy``,
``acronym``, ``guess``) so resolution can weigh it in the type vote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .name_rules import (
    ACRONYM,
    AGREEMENT_HEADS,
    CONNECTORS,
    DOCUMENT_HEADS,
    FUNCTION,
    JUNK,
    MILITARY_HEADS,
    MONTHS,
    ORDINAL,
    ORG_HEADS,
    PLACE_CUES,
    PLACE_HEADS,
    POLITY_HEADS,
    TITLE_JOIN,
    TITLES,
    head_label,
    is_title,
    looks_demonym,
)

WORD = re.compile(r"(?:[A-Z]\.){1,3}|\d+(?:st|nd|rd|th)\b|[^\W\d_][\w'’\-]*(?:\.(?=\w))?", re.U)
GAP_OK = re.compile(r"^[ \t\u00a0]{1,3}$")
GAP_AFTER_ABBR = re.compile(r"^\.?[ \t\u00a0]{1,3}$")
POSSESSIVE = re.compile(r"['’]s?$")
HEADS = AGREEMENT_HEADS | DOCUMENT_HEADS | MILITARY_HEADS | ORG_HEADS | PLACE_HEADS | POLITY_HEADS | {
    "battle", "siege", "war", "people", "house", "history", "promotion", "friendship", "isle",
    "cape", "straits", "peace", "minister", "ministers", "affairs", "republics"}
# plural possessives that belong inside names ("People's Republic", "Workers' Party")
NAME_POSSESSIVES = {"people", "peoples", "workers", "women", "peasants", "soldiers", "farmers", "nations"}
LEAD_STRIP = {"the", "a", "an", "of", "and", "&", "for", "in", "on"}

SPACY_LABELS = {
    "PERSON": ("person", 1.0),
    "ORG": ("organization", 1.0),
    "GPE": ("place", 1.0),
    "LOC": ("place", 1.0),
    "FAC": ("place", 0.5),
    "NORP": ("group", 1.0),
    "LAW": ("agreement", 1.0),
    "WORK_OF_ART": ("document", 0.5),
    "EVENT": ("agreement", 0.3),
}


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    cue: str
    weight: float


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    end = len(text) if end is None else end
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]


def is_cap(w: str) -> bool:
    return w[:1].isupper() or bool(ORDINAL.match(w))


def is_acronym(w: str) -> bool:
    """An all-caps token that reads as initials (NKVD, ETR), not an all-caps name (STALIN)."""
    core = re.sub(r"\([a-z]\)$", "", w)
    if not ACRONYM.match(w) or not core.isupper():
        return False
    vowels = sum(c in "AEIOUY" for c in core)
    return len(core) <= 4 or vowels / len(core) < 0.3


def _phrases(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words joined by spaces and lower-case connectors."""
    out: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    toks = words(text)
    for k, tok in enumerate(toks):
        s, _e, w = tok
        if cur:
            gap = text[cur[-1][1]:s]
            prev = cur[-1][2]
            joined = GAP_OK.match(gap) or (
                GAP_AFTER_ABBR.match(gap) and (is_title(prev) or len(prev) <= 2))
            if not joined:
                out.append(cur)
                cur = []
        if w.lower() in ("of", "for") and cur and not (_is_head(cur[-1][2]) or any(
                t[2].lower() in ("of", "for") for t in cur) and any(_is_head(t[2]) for t in cur)):
            out.append(cur)
            cur = []
            continue
        if cur and (w[:1].isupper() and _caps_break(cur[-1][2], w) or POSSESSIVE.search(cur[-1][2])
                    and not (w[:1].isupper() and POSSESSIVE.sub("", cur[-1][2]).lower() in NAME_POSSESSIVES)):
            out.append(cur)
            cur = []
        if is_cap(w) or (cur and w.lower() in CONNECTORS):
            nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
            if w.lower() == "and" and (not any(t[2].lower() in ("of", "for") for t in cur)
                                       or not nxt[:1].isupper()) and not _and_joins(toks, k, cur):
                out.append(cur)
                cur = []
                continue
            cur.append(tok)
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return [p for p in out if p]


def _and_joins(toks: list[tuple[int, int, str]], k: int, cur: list[tuple[int, int, str]]) -> bool:
    """``History and Public Policy Program``: "and" inside an organisation's name, when the
    words before it have no head noun and the capitalised run after it ends in one."""
    if not cur or len(cur) > 2 or head_label([t[2] for t in cur]):
        return False
    j = k + 1
    while j < len(toks) and toks[j][2][:1].isupper() and j - k <= 5:
        j += 1
    return j > k + 1 and toks[j - 1][2].lower() in ORG_HEADS


def _is_head(w: str) -> bool:
    lw = w.lower()
    return lw in HEADS or is_title(w)


def _caps_break(prev: str, w: str) -> bool:
    """An all-caps name next to ordinary capitalised words starts a new phrase."""
    def shouting(x: str) -> bool:
        return x.isupper() and sum(c.isalpha() for c in x) >= 3
    return shouting(prev) != shouting(w) and not (is_title(prev) or is_title(w))


def _split_titles(phrase: list[tuple[int, int, str]]) -> list[tuple[list[tuple[int, int, str]], bool]]:
    """Cut a phrase before and after title words; say whether each piece follows a title."""
    pieces: list[tuple[list[tuple[int, int, str]], bool]] = []
    cur: list[tuple[int, int, str]] = []
    titled = False
    i = 0
    while i < len(phrase):
        w = phrase[i][2]
        nxt = phrase[i + 1][2] if i + 1 < len(phrase) else ""
        if is_title(w) and nxt.lower() not in ("of", "for") and not (
                w.lower() in TITLE_JOIN and cur and is_title(cur[-1][2])):
            if cur:
                pieces.append((cur, titled))
            cur = []
            titled = True
            i += 1
            while i < len(phrase) and is_title(phrase[i][2]):
                i += 1
            continue
        cur.append(phrase[i])
        i += 1
    if cur:
        pieces.append((cur, titled))
    return pieces


def trim(text: str, toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Drop leading function words and titles, trailing connectors and possessives."""
    toks = list(toks)
    while toks and (toks[0][2].lower() in LEAD_STRIP or toks[0][2].lower() in FUNCTION
                    or is_title(toks[0][2])):
        if _counted_name(toks):
            break
        toks.pop(0)
    while toks and (toks[-1][2].lower() in CONNECTORS or not is_cap(toks[-1][2])):
        toks.pop()
    if not toks:
        return None
    start, end = toks[0][0], toks[-1][1]
    m = POSSESSIVE.search(text, start, end)
    if m and m.end() == end and end - m.start() <= 2 and m.start() > start:
        end = m.start()
    return start, end


NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "fourteen", "fifteen", "twenty", "hundred", "thousand"}


def _counted_name(toks: list[tuple[int, int, str]]) -> bool:
    """``Seven Districts``, ``Four Kingdoms``: a capitalised number word before a plural head."""
    w = toks[0][2]
    return (len(toks) > 1 and w[:1].isupper() and w.lower() in NUMBER_WORDS
            and toks[1][2].lower() in HEADS and toks[1][2].lower().endswith("s"))


def is_junk(text: str) -> bool:
    ws = [w for _s, _e, w in words(text)]
    if not ws or not any(c.isalpha() for c in text) or len(text) < 2:
        return True
    caps = [w for w in ws if is_cap(w) and w.lower() not in CONNECTORS]
    if _counted_name([(0, 0, w) for w in ws]):
        return False
    if not caps:
        return True
    if all(w.lower().rstrip(".") in JUNK or w.lower() in TITLES for w in caps):
        return True
    return len(ws) == 1 and ws[0].lower() in MONTHS


def rule_candidates(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for phrase in _phrases(text):
        for piece, titled in _split_titles(phrase):
            span = trim(text, piece)
            if not span:
                continue
            s, e = span
            surface = text[s:e]
            if is_junk(surface):
                continue
            ws = [w for _a, _b, w in words(surface)]
            head = head_label(ws)
            if head:
                out.append(Candidate(s, e, head, "head", 3.0))
            elif titled:
                out.append(Candidate(s, e, "person", "title", 3.0))
            elif len(ws) == 1 and is_acronym(ws[0]):
                out.append(Candidate(s, e, "organization", "acronym", 0.5))
            elif _after_place_word(text, s):
                out.append(Candidate(s, e, "place", "place", 0.3))
            elif len(ws) >= 2 and any(is_acronym(w) for w in ws):
                out.append(Candidate(s, e, "organization", "guess", 0.2))  # "USSR NKVD"
            elif len(ws) >= 2 and all(w[:1].isupper() for w in ws):
                out.append(Candidate(s, e, "person", "guess", 0.2))
            else:
                out.append(Candidate(s, e, "place", "guess", 0.1))
    return out


def _after_place_word(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in PLACE_CUES


def spacy_candidates(text: str, sdoc: Any) -> list[Candidate]:
    out: list[Candidate] = []
    for ent in sdoc.ents:
        if ent.label_ not in SPACY_LABELS:
            continue
        label, weight = SPACY_LABELS[ent.label_]
        if ent.label_ == "NORP" and not looks_demonym(ent.text):
            label, weight = "place", 0.3  # "the Nilka partisans": a town's name, not a people's
        elif ent.label_ == "NORP" and ent[-1].dep_ in ("amod", "compound") and ent[-1].head.i > ent[-1].i:
            continue  # an adjective ("Soviet troops"), not a group named
        a, b = ent.start_char, ent.end_char
        cut = re.search(r"[\n\[\]()\"“”—]|\s{2,}|\s[–-]\s", text[a:b])
        if cut:
            b = a + cut.start()
        span = trim(text, words(text, a, b))
        if not span:
            continue
        s, e = span
        if is_junk(text[s:e]):
            continue
        ws = [w for _x, _y, w in words(text, s, e)]
        head = head_label(ws)
        if head and ent.label_ != "PERSON":
            out.append(Candidate(s, e, head, "head", 3.0))
        elif len(ws) == 1 and is_acronym(ws[0]) and label == "organization":
            out.append(Candidate(s, e, label, "acronym", 0.5))
        else:
            out.append(Candidate(s, e, label, "spacy", weight))
    return out
