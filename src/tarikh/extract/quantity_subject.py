"""What a number is about: the thing counted, and whose it is.

``counted(sdoc, a, b)`` finds the noun a number counts from the parse
(``nummod`` head, or "of" object of a measure word: "300,000 poods of grain").
``subject_of(doc, sdoc, tok)`` walks up from that noun through objects,
prepositions, conjuncts and relative clauses to the clause's subject (or the
"of X" owner: "the 80,000 troops of X") and returns the mention it holds, or a
plain noun phrase ("the rebels", "the Chinese") when no mention fits.
"""

from __future__ import annotations

from typing import Any

from ..models import Doc, Mention

HUMAN = ("person", "organization", "polity", "military_unit", "group")
CLIMB = {"conj", "appos", "pobj", "prep", "nummod", "amod", "compound", "attr", "dobj", "npadvmod", "acomp",
         "oprd", "quantmod", "nmod", "dative", "pcomp", "advmod", "xcomp", "ccomp", "advcl", "poss"}
MILITARY = {"army", "force", "troop", "regiment", "division", "unit", "detachment", "brigade", "battalion",
            "corps", "squadron", "militia", "guerrilla", "partisan", "garrison", "fleet"}
ORGS = {"government", "party", "committee", "council", "ministry", "company", "organization", "organisation",
        "administration", "command", "authority", "bank", "league", "union"}
PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who", "these", "those"}


def mention_in(doc: Doc, a: int, b: int, labels: tuple[str, ...] = HUMAN) -> int | None:
    for i, m in enumerate(doc.mentions):
        if a <= m.start and m.end <= b and m.label in labels:
            return i
    return None


def counted(sdoc: Any, a: int, b: int) -> Any | None:
    """The token of the noun a number at ``a:b`` counts, or None."""
    span = sdoc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[-1]
    for _ in range(3):
        if tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i > tok.i:
            tok = tok.head
        else:
            break
    if tok.pos_ in ("NOUN", "PROPN") and tok.i >= span[-1].i:
        return tok
    return None


def _subject_token(tok: Any) -> Any | None:
    t = tok
    for _ in range(15):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.i != tok.i and tok not in list(subj.subtree):
                return subj
            if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN"):
                if any(c.dep_ == "nummod" for c in t.head.children):  # "9,300 men, from which ..."
                    t = t.head
                    continue
                return t.head
            if t.dep_ in ("conj", "advcl", "xcomp", "ccomp", "pcomp", "prep") and t.head is not t:
                t = t.head
                continue
            return None
        if t.dep_ in CLIMB or t.dep_ in ("nsubj", "nsubjpass"):
            if t.head is t:
                return None
            t = t.head
            continue
        return None
    return None


def _owner(tok: Any, preps: tuple[str, ...] = ("of",)) -> Any | None:
    """``tok``'s "of X" object: "the troops of X" -> X."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _phrase_mention(doc: Doc, tok: Any) -> int | None:
    a, b = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return mention_in(doc, a, b)


def _np(tok: Any) -> tuple[int, int]:
    left = min([c.left_edge.i for c in tok.children if c.dep_ in ("det", "amod", "compound", "poss")] + [tok.i])
    start = tok.doc[left].idx
    return start, tok.idx + len(tok.text)


def _group_label(tok: Any) -> str:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN":
        return {"PERSON": "person", "GPE": "polity", "NORP": "group"}.get(tok.ent_type_, "organization")
    if lemma in MILITARY:
        return "military_unit"
    if lemma in ORGS:
        return "organization"
    return "group"


def subject_of(doc: Doc, tok: Any, sentence: int = -1) -> tuple[int | None, str | None]:
    """(mention index, noun phrase) of whose the quantity at ``tok`` is."""
    for preps in (("of",), ("from", "in", "among", "within")):
        owner = _owner(tok, preps)
        if owner is not None:
            hit = _phrase_mention(doc, owner)
            if hit is not None:
                return hit, None
    subj = _subject_token(tok)
    seen = 0
    while subj is not None and seen < 4:
        seen += 1
        hit = _phrase_mention(doc, subj)
        if hit is not None:
            return hit, None
        if subj.lower_ in PRONOUNS:
            return None, None
        deeper = _owner(subj)
        if deeper is None:
            break
        subj = deeper
    if subj is None or subj.pos_ not in ("NOUN", "PROPN", "ADJ") or subj.lower_ in PRONOUNS:
        return None, None
    proper = subj.pos_ == "PROPN" and subj.ent_type_ in ("ORG", "NORP", "GPE", "PERSON", "")
    if not (proper or subj.tag_ in ("NNS", "NNPS") or subj.ent_type_ == "NORP"
            or subj.lemma_.lower() in MILITARY | ORGS):
        return None, None
    a, b = _np(subj)
    text = doc.source.text[a:b]
    for i, m in enumerate(doc.mentions):
        if m.start == a and m.end == b:
            return i, None
    doc.mentions.append(Mention(a, b, text, _group_label(subj), sentence=sentence,
                                component="tarikh.quantities.v1"))
    return len(doc.mentions) - 1, text


def nearest_mention(doc: Doc, a: int, before: int) -> int | None:
    """The last human mention between ``a`` and ``before`` (the number's offset)."""
    best = None
    for i, m in enumerate(doc.mentions):
        if a <= m.start and m.end <= before and m.label in HUMAN:
            best = i
    return best
