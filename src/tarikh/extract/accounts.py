"""How a dated clause tells its happening: as somebody's account, or as the end of something.

Both readings are stored as qualifiers of the clause's date claim, so the
corpus stage (``tarikh.accounts.v1``) can set rival accounts side by side
without the parse:

* ``account``: the words that attribute what follows to somebody, written
  before the date in the clause: "according to ...", "records show that",
  "X revealed / reported / claimed / informed Y that", "reportedly",
  "allegedly", "the official version", or an event word in scare quotes
  (the source doubts the word it quotes). The value is the cue, lower-cased.
* ``ends``: the thing whose end the clause dates: the subject of an ending
  verb ("the alliance collapsed", "the council was dissolved"), or the
  object of a withdrawal ("withdrew from the league"; "it" is read as the
  object of the verb it is coordinated with, "rejected the pact and withdrew
  from it"). The ending verb must be the verb the date belongs to, or one
  coordinated with it. The value is the phrase's content words, lower-cased.

Everything here is general English; nothing knows a corpus.
"""

from __future__ import annotations

import re
from typing import Any

from .events import LEMMA_TYPE, lemma_of

_I = re.IGNORECASE
_SAY = (r"(?:show|shows|showed|states|stated|say|says|said|reveal|reveals|revealed|report|reports|reported|"
        r"claim|claims|claimed|allege|alleges|alleged|assert|asserts|asserted|indicate|indicates|indicated|"
        r"announce|announces|announced|inform|informs|informed|tell|tells|told|maintain|maintains|maintained|"
        r"insist|insists|insisted|suggest|suggests|suggested)")
ACCOUNT = re.compile(
    r"\baccording\s+to\b|\breportedly\b|\ballegedly\b|\bofficial\s+(?:version|account|story|history|records?)\b|"
    r"\b(?:it\s+(?:is|was)\s+)?(?:said|reported|claimed|alleged|believed|rumou?red)\s+that\b|"
    r"\b" + _SAY + r"\s+(?:[\w,’'.-]+\s+){0,12}?that\b",
    _I,
)
_YEAR = re.compile(r"1\d{3}|20\d{2}")
_SCARE = re.compile(r"[\"“‘']\s*([A-Za-z]+(?:\s+[A-Za-z]+)?)\s*[\"”’']")

ENDING_INTRANSITIVE = {"collapse", "end", "fall", "cease", "disintegrate", "fold", "dissolve", "break"}
ENDING_PASSIVE = {"dissolve", "disband", "abolish", "terminate", "liquidate", "overthrow", "end", "close"}
WITHDRAWING = {"withdraw", "quit", "exit", "secede", "resign"}
_SKIP = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "whole", "entire", "so-called"}


def account_cue(text: str) -> str | None:
    """The attribution cue in ``text`` (the clause up to its date), or None."""
    m = ACCOUNT.search(text)
    if m:
        return " ".join(m.group(0).lower().split())
    for q in _SCARE.finditer(text):
        word = q.group(1).lower()
        if lemma_of(word.split()[-1]) in LEMMA_TYPE:
            return f"\u201c{word}\u201d"
    return None


def _phrase(tok: Any) -> str:
    words = [t.lower_ for t in tok.subtree if t.i <= tok.i and not t.is_punct and t.lower_ not in _SKIP
             and t.dep_ not in ("det", "poss", "case")]
    return " ".join(words[-4:])


def _dated(verb: Any) -> bool:
    """The verb's own clause (without its coordinated clauses) holds a date."""
    skip = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    return any(t.ent_type_ == "DATE" or _YEAR.fullmatch(t.text) for t in verb.subtree if t.i not in skip)


def _date_verbs(span: Any, date_start: int) -> list[Any]:
    """The verb the date belongs to (the first on its path to the root), and the undated verbs
    coordinated with it ("the pact collapsed, and the envoys returned in May")."""
    tok = next((t for t in span if t.idx <= date_start < t.idx + max(1, len(t.text))), None)
    for _ in range(12):
        if tok is None or tok.pos_ in ("VERB", "AUX"):
            break
        tok = None if tok.head is tok else tok.head
    if tok is None:
        return []
    out = [tok]
    out.extend(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _dated(c))
    if tok.dep_ == "conj" and not _dated(tok.head):
        out.append(tok.head)
    return out


def _withdrawn_from(verb: Any) -> Any | None:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in c.children:
                if p.dep_ == "pobj":
                    if p.lower_ != "it":
                        return p
                    other = verb.head if verb.dep_ == "conj" else None
                    obj = next((o for o in other.children if o.dep_ == "dobj"), None) if other is not None else None
                    return obj
        if c.dep_ == "dobj" and verb.lemma_.lower() in ("quit", "exit"):
            return c
    return None


def ended_thing(sdoc: Any, a: int, b: int, date_start: int) -> str | None:
    """The phrase whose end the clause ``a:b`` dates (see the module docstring), or None."""
    span = sdoc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return None
    for verb in _date_verbs(span, date_start):
        lemma = verb.lemma_.lower()
        deps = {c.dep_: c for c in verb.children}
        found = None
        if lemma in ENDING_INTRANSITIVE and "nsubj" in deps and "dobj" not in deps:
            found = deps["nsubj"]
        elif lemma in ENDING_PASSIVE and "nsubjpass" in deps:
            found = deps["nsubjpass"]
        elif lemma in WITHDRAWING:
            found = _withdrawn_from(verb)
        if found is not None:
            conj = [c for c in found.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
            found = conj[-1] if conj else found  # "the capital of X, and X was dissolved": the noun next to it
        if found is not None and found.pos_ in ("NOUN", "PROPN"):
            phrase = _phrase(found)
            if phrase:
                return phrase
    return None


def how_told(doc: Any, a: int, b: int, date_start: int, quals: dict[str, Any]) -> None:
    """Add ``account`` and ``ends`` to the qualifiers of the date claim on ``a:b`` (date at ``date_start``)."""
    text = doc.source.text
    cue = account_cue(text[a:max(a, date_start)])
    if cue:
        quals["account"] = cue
    sdoc = doc.cache.get("spacy")
    if sdoc is not None:
        try:
            ended = ended_thing(sdoc, a, b, date_start)
        except (IndexError, ValueError, AttributeError):
            ended = None
        if ended:
            quals["ends"] = ended
