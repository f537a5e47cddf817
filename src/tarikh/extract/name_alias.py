"""Explicit statements that two names are one: ``X [Y]``, ``X (Y)``, ``X, also known as Y``,
``what China calls Y``, ``X, now Y``, and acronyms defined by a full name's initials."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..models import AliasLink, Mention
from .name_rules import initials
from .name_spans import is_acronym, words

OPEN = re.compile(r"^\s*([\[(])\s*[\"“‘']?\s*$")
CLOSE = re.compile(r"\s*[\"”’']?\s*[\])]")
AKA = re.compile(
    r"^\s*,?\s*\(?\s*(?:(?:also|better|officially|formerly|commonly|now|later|locally|widely)\s+)?"
    r"(?:known\s+as|called|named|a\.?k\.?a\.?|alias|or)\s+(?:the\s+)?[\"“‘']?\s*$", re.I)
NOW = re.compile(r"^\s*(?:,|\()\s*(?:now|today|present-day|modern|modern-day|formerly|later)\s+"
                 r"(?:the\s+)?[\"“‘']?\s*$", re.I)
CALLS = re.compile(r"(?:what|which)\s+(?:[\w’'-]+\s+){1,3}(?:calls?|called|names?|terms?)\s*"
                   r"[\"“‘']?\s*$", re.I)


def _acronym_of(acr: str, full: str) -> bool:
    ws = [w for _s, _e, w in words(full)]
    if len(ws) < 2:
        return False
    core = re.sub(r"\([a-z]\)$", "", acr)
    return core in (initials(ws, True), initials(ws, False))


def alias_links(text: str, mentions: list[Mention]) -> list[AliasLink]:
    links: list[AliasLink] = []
    seen: set[tuple[int, int]] = set()

    def add(a: int, b: int, rule: str) -> None:
        if a == b or (a, b) in seen:
            return
        seen.add((a, b))
        links.append(AliasLink(a, b, rule, mentions[a].start, mentions[b].end))

    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = text[a.end:b.start]
        if len(gap) > 40:
            continue
        opened = OPEN.match(gap)
        if opened and CLOSE.match(text, b.end):
            acr_a = is_acronym(a.text) and " " not in a.text
            acr_b = is_acronym(b.text) and " " not in b.text
            if acr_b and _acronym_of(b.text, a.text) or acr_a and _acronym_of(a.text, b.text):
                add(i, i + 1, "acronym")
            elif (acr_a or acr_b) and opened.group(1) == "(":
                continue  # "KMT (Republic of China)" glosses, it does not rename
            elif len(b.text.split()) - len(a.text.split()) >= 3:
                continue  # "Town (Long Province Name)" locates, it does not rename
            else:
                add(i, i + 1, "bracket" if opened.group(1) == "[" else "paren")
        elif AKA.match(gap):
            add(i, i + 1, "aka")
        elif NOW.match(gap):
            add(i, i + 1, "now")
    for j, b in enumerate(mentions):
        m = CALLS.search(text, max(0, b.start - 60), b.start)
        if not m:
            continue
        for i in range(j - 1, -1, -1):
            a = mentions[i]
            if a.end <= m.start():
                if re.fullmatch(r"\s*[(,]?\s*", text[a.end:m.start()]):
                    add(i, j, "calls")
                break
    _acronym_links(mentions, add)
    return links


def _acronym_links(mentions: list[Mention], add: Callable[[int, int, str], None]) -> None:
    """Link each undefined acronym to the full name in the text whose initials it spells."""
    full = Counter(m.text for m in mentions if " " in m.text)
    done: set[str] = set()
    for j, m in enumerate(mentions):
        if m.text in done or " " in m.text or not is_acronym(m.text):
            continue
        done.add(m.text)
        fits = [t for t in full if _acronym_of(m.text, t)]
        if not fits:
            continue
        best = max(fits, key=lambda t: (full[t], -abs(_first(mentions, t) - j)))
        i = _first(mentions, best)
        add(i, j, "acronym")


def _first(mentions: list[Mention], text: str) -> int:
    return next(i for i, m in enumerate(mentions) if m.text == text)
