"""Statements that say which named body is another's armed forces.

English says it three ways; all need the parse:

* a copula with the description as subject: "the military forces available to
  the uprising were the Northern Army";
* a copula with the name as subject: "the Northern Army was the army of the
  uprising";
* an apposition: "the Northern Army, the armed wing of the league, ...".

Each becomes a claim draft on the named unit (the mention), property
``forces_of``, with a text value naming the owner as written ("the uprising").
``tarikh.roles.v1`` later uses these claims to resolve "the armed forces of the
insurgents" in another source to the named unit.
"""

from __future__ import annotations

from typing import Any

from ..models import ClaimDraft, Doc

FORCE_HEADS = {"force", "army", "troop", "military", "militia", "wing"}
NAMED_LABELS = ("military_unit", "organization")
_OWNER_PREPS = ("of", "for", "to")  # forces of X / fighting for X / available to X, belonging to X
_BE = "be"


def force_owner(tok: Any) -> Any | None:
    """For a noun naming armed forces, the token of whose they are ("forces of X" -> X), or None."""
    if tok.lemma_.lower() not in FORCE_HEADS or tok.pos_ != "NOUN":
        return None
    if tok.lemma_.lower() == "wing" and not any(c.lower_ in ("armed", "military") for c in tok.children):
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ in ("NOUN", "PROPN"):
        return poss
    heads = [tok] + [c for c in tok.children if c.dep_ in ("amod", "acl") and c.i > tok.i]
    for h in heads:
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ in _OWNER_PREPS:
                pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                    return pobj
    return None


def _phrase(tok: Any) -> str:
    """The noun phrase of ``tok`` up to its head word ("the Kazakh rebellion")."""
    left = tok.left_edge
    return tok.doc[left.i: tok.i + 1].text


def _named(doc: Doc, tok: Any) -> int | None:
    """The index of the named-unit mention covering ``tok``."""
    for i, m in enumerate(doc.mentions):
        if m.start <= tok.idx < m.end and m.label in NAMED_LABELS:
            return i
    return None


def _pairs(sent: Any) -> list[tuple[Any, Any]]:
    """(description token, name token) pairs that a copula or an apposition equates."""
    out: list[tuple[Any, Any]] = []
    for t in sent:
        if t.lemma_.lower() == _BE and t.pos_ in ("AUX", "VERB"):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            attr = next((c for c in t.children if c.dep_ == "attr"), None)
            if subj is not None and attr is not None:
                out += [(subj, attr), (attr, subj)]
        elif t.dep_ == "appos":
            out += [(t, t.head), (t.head, t)]
    return out


def forces_drafts(doc: Doc, component: str) -> list[ClaimDraft]:
    """``forces_of`` claim drafts for every statement in the module docstring."""
    sdoc = doc.cache.get("spacy")
    if sdoc is None:
        return []
    text = doc.source.text
    out: list[ClaimDraft] = []
    seen: set[tuple[int, str]] = set()
    for sent in sdoc.sents:
        for desc, name in _pairs(sent):
            own = force_owner(desc)
            if own is None:
                continue
            unit = _named(doc, name)
            if unit is None or _named(doc, own) == unit:
                continue
            owner_text = _phrase(own)
            if (unit, owner_text.lower()) in seen:
                continue
            seen.add((unit, owner_text.lower()))
            a, b = sent.start_char, sent.end_char
            out.append(ClaimDraft("forces_of", {"type": "text", "text": owner_text}, a, b, text[a:b], component,
                                  subject_mention=unit))
    return out
