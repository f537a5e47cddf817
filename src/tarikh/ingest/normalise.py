"""Whitespace normalisation and removal of page furniture, by generic rules.

Whitespace: CRLF and CR become LF; no-break and other Unicode spaces and tabs
become a plain space; runs of spaces collapse to one; lines are stripped; three
or more newlines collapse to one blank line; zero-width characters, NULs and
stray control characters are removed.

Page furniture is dropped only when a whole line matches one of these rules
(never a list of one site's lines):

* menu-like lines: at most eight words, all from a small vocabulary of user
  interface words ("Menu", "Close", "Skip to content", "Share", "Tweet",
  "Print", "Back to top", "Read more", social network names ...), with at
  least one of them not a stop word;
* navigation bars: three or more short items separated by ``|``, ``•``, ``·``
  or ``»`` with no sentence punctuation ("Home | About | Contact");
* copyright footers: a short line starting with ``©``, ``(c)`` or
  "Copyright", or containing "all rights reserved";
* photo credits: a short line starting "Photo:", "Image credit", "Photo by",
  "Courtesy of" ...;
* cookie notices: "we use cookies", "accept cookies", "cookie policy" ...;
* funding lines: one short sentence "This document/publication/project was
  made possible / supported / funded ... (support|grant|funding) ...".

A real sentence of content (long, or ending in a full stop, outside the
copyright/cookie/funding rules) is never dropped.
"""

from __future__ import annotations

import re

_SPACE_CHARS = "\t\x0b\xa0\u1680\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))
_LINE_BREAKS = (("\f", "\n"), ("\x85", "\n"), ("\u2028", "\n"), ("\u2029", "\n\n"))
_DROP_LIST = "".join(chr(c) for c in (*range(0, 9), *range(0x0E, 0x20), 0x7F)) + "\u200b\u200c\u200d\u2060\ufeff\ufffe"
_DROP_CHARS = re.compile(f"[{re.escape(_DROP_LIST)}]+")

UI_WORDS = frozenset(
    (
        "menu", "close", "open", "skip", "content", "main", "navigation", "nav", "toggle", "search", "share",
        "shares", "tweet", "print", "email", "e-mail", "mail", "home", "about", "contact", "subscribe", "login",
        "log", "sign", "register", "account", "back", "top", "next", "previous", "prev", "read", "more",
        "continue", "reading", "click", "load", "show", "hide", "expand", "collapse", "related", "posts",
        "post", "comments", "comment", "reply", "leave", "follow", "donate", "newsletter", "facebook",
        "twitter", "x", "linkedin", "whatsapp", "pinterest", "reddit", "telegram", "instagram", "youtube",
        "tiktok", "vk", "rss", "feed", "copy", "link", "permalink", "cart", "basket", "download", "pdf",
        "sidebar", "footer", "header", "breadcrumb", "accept", "decline", "cookies", "settings", "language",
        "english", "translate", "toc", "jump"
    )
)
STOP_WORDS = frozenset(
    (
        "to", "the", "a", "an", "and", "or", "of", "in", "on", "us", "this", "it", "our", "your", "up", "out",
        "with", "via", "here"
    )
)

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?|\d+")
_NAV_SEP = re.compile(r"\s*[|•·»›]\s*")
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\W*$", re.I
)
_PHOTO_LABEL = re.compile(
    r"^(?:(?:photo|photograph|image|picture|illustration|video|graphic)s?\s*(?:credits?|courtesy|source)?"
    r"\s*(?::|©|\|)|(?:photo|image)\s+credits?\b)",
    re.I,
)
_PHOTO_BY = re.compile(r"^(?:(?:photo|photograph|image|picture)s?\s+(?:by|courtesy)\b|courtesy of\b)", re.I)
_COOKIE = re.compile(
    r"\b(?:we|this (?:web)?site|our (?:web)?site|this page)\s+uses?\s+cookies\b|\b(?:accept|allow|use of)\s+"
    r"(?:all\s+)?cookies\b|\bcookie\s+(?:policy|settings|preferences|consent|notice)\b",
    re.I,
)
_FUNDING = re.compile(
    r"^this\s+(?:\w+\s+){0,3}(?:was|is|has been|were|have been)\s+(?:made possible|supported|funded|"
    r"sponsored|produced)\b.{0,200}\b(?:support|grant|funding|generosity|contribution)\b",
    re.I,
)
_TRIGGERS = ("\u00a9", "(c)", "copyright", "photo", "image", "picture", "illustration", "video", "graphic",
             "courtesy", "this ")


def normalise_whitespace(text: str) -> str:
    """The normalised text (see the module docstring).

    Written with ``str.replace`` loops rather than regex substitutions so that a
    100 MB text costs a few passes of C code and no per-character Python work.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch, repl in _LINE_BREAKS:
        if ch in text:
            text = text.replace(ch, repl)
    if any(ch in text for ch in _DROP_LIST):
        text = _DROP_CHARS.sub("", text)
    for ch in _SPACE_CHARS:
        if ch in text:
            text = text.replace(ch, " ")
    while "  " in text:
        text = text.replace("    ", " ").replace("  ", " ")
    text = text.replace(" \n", "\n").replace("\n ", "\n")
    while "\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n").replace("\n\n\n", "\n\n")
    return text.strip()


def furniture_rule(line: str) -> str | None:
    """The name of the furniture rule that ``line`` matches, or None."""
    s = line.strip()
    if not s or len(s) > 600:
        return None
    if len(s) <= 300:
        if _COPYRIGHT.search(s):
            return "copyright"
        if len(s) <= 200 and _PHOTO_LABEL.search(s):
            return "photo credit"
        if len(s.split()) <= 10 and not s.endswith(".") and _PHOTO_BY.search(s):
            return "photo credit"
        if _COOKIE.search(s):
            return "cookie notice"
    if _FUNDING.search(s) and s.count(". ") == 0:
        return "funding line"
    if len(s) > 120:
        return None
    if _is_nav_bar(s):
        return "navigation bar"
    words = [w.lower() for w in _WORD.findall(s)]
    only_ui = 0 < len(words) <= 8 and all(w in UI_WORDS or w in STOP_WORDS for w in words)
    if only_ui and any(w in UI_WORDS for w in words) and not s.endswith((".", "?", "!", '"')):
        return "menu"
    return None


def _is_nav_bar(s: str) -> bool:
    parts = [p for p in _NAV_SEP.split(s) if p]
    if len(parts) < 3 or re.search(r"[.!?]\s", s):
        return False
    return all(len(p.split()) <= 3 and not re.search(r"\d{3,}", p) for p in parts)


def _worth_checking(line: str) -> bool:
    """A cheap filter: could ``line`` match any furniture rule?"""
    if len(line) > 600:
        return False
    if line.count(" ") <= 10:
        return True
    return (
        line[:12].lower().startswith(_TRIGGERS)
        or "ookie" in line
        or "ights reserved" in line
        or "IGHTS RESERVED" in line
    )


def drop_furniture(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Remove furniture lines from normalised text; returns (text, [(rule, line)])."""
    lines = text.split("\n")
    drop: list[int] = []
    dropped: list[tuple[str, str]] = []
    for i, line in enumerate(lines):
        if line and _worth_checking(line):
            rule = furniture_rule(line)
            if rule:
                drop.append(i)
                dropped.append((rule, line))
    if not drop:
        return text, dropped
    for i in reversed(drop):
        del lines[i]
    out = "\n".join(lines)
    del lines
    while "\n\n\n" in out:
        out = out.replace("\n\n\n\n", "\n\n").replace("\n\n\n", "\n\n")
    return out.strip(), dropped
