"""What a number is about: the thing counted, and whose it is.

``counted(sdoc, a, b)`` finds the noun a number counts from the parse
(``nummod`` head, or "of" object of a measure word: "300,000 poods of grain").
``subject_of(doc, tok, sentence)`` finds whose the quantity is, by general
rules of English, in this order:

1. never the counted noun or any other part of a quantity phrase (a noun with
   its own number: "9,300 men, from which ...");
2. a percentage's share noun: "the percentage of the population [in X]" -> X;
3. the possessor: "X's 5,000 troops", "their 5,000 troops" (pronoun resolved);
4. the owner: "the 6,000 troops of X", "soldiers in/among/from X";
5. the clause's subject ("X had 50,000 troops"), through relative clauses
   ("the Army, which included ...": the Army) but not through place clauses
   ("X, where 80,000 men are ...": not X), and through measure nouns ("the
   total strength of the forces of X is ...": X);
6. a subject that is a pronoun goes to its antecedent; a generic phrase ("the
   regular army") to the salient earlier named entity with the same head word
   (the phrase is kept in ``Subject.phrase``); a demonym used as a side ("the
   Chinese lost ...") to that people's named government in the document; a
   generic role noun of losses ("among the prisoners") to the side of the
   latest earlier losses claim; else the phrase becomes a group mention;
7. formations ("seven regiments") whose subject is only generic go to the
   named military unit of the same sentence.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..models import Doc, Mention
from .quantity_context import (
    COMPONENT,
    HUMAN,
    MILITARY,
    POPULATION,
    SHARE,
    Subject,
    antecedent,
    government_of,
    mention_in,
    named_like,
    owner,
    share_owner,
    unit_in_sentence,
)
from .roles import force_owner

CLIMB = {"conj", "appos", "pobj", "prep", "nummod", "amod", "compound", "attr", "dobj", "npadvmod", "acomp",
         "oprd", "quantmod", "nmod", "dative", "pcomp", "advmod", "xcomp", "ccomp", "advcl", "poss", "agent"}
ORGS = {"government", "party", "committee", "council", "ministry", "company", "organization", "organisation",
        "administration", "command", "authority", "bank", "league", "union"}
FORMATIONS = {"regiment", "battalion", "company", "brigade", "division", "squadron", "corps", "detachment",
              "platoon", "column", "army"}
MEASURE_NOUNS = {"number", "total", "strength", "size", "count", "figure", "sum", "amount", "composition"}
LOSS_ROLES = {"prisoner", "captive", "casualty", "dead", "wounded", "loss", "victim"}
LOSS_PROPS = ("killed", "captured", "wounded", "lost", "dead", "prisoners", "missing", "executed")
RELATIVE = {"which", "who", "that", "whom"}
REPORTING = {"say", "state", "report", "list", "estimate", "claim", "write", "note", "tell", "reveal", "announce",
             "put", "give", "cite", "record", "describe"}
PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who", "these", "those",
            "its", "their", "his", "her", "them", "him", "one", "there"}






_REACHING = {"exceed", "reach", "be", "number", "total", "stand", "amount", "top", "surpass", "hit"}
_COUNT_HEADS = {"number", "total", "count", "figure"}
_SIZE_HEADS = {"strength", "size", "headcount"}


def _count_of(verb: Any) -> Any | None:
    """"The number of soldiers exceeded N" -> soldiers; "its strength was N" -> strength."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    lemma = subj.lemma_.lower()
    if lemma in _SIZE_HEADS:
        return subj
    if lemma in _COUNT_HEADS:
        return next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
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
    if tok.i == span[-1].i and tok.dep_ in ("dobj", "attr") and tok.head.lemma_.lower() in _REACHING:
        noun = _count_of(tok.head)
        if noun is not None:
            return noun
    nxt = span[-1].i + 1
    if tok.i == span[-1].i and tok.pos_ == "NUM" and nxt < len(sdoc) and sdoc[nxt].pos_ in ("NOUN", "PROPN"):
        return sdoc[nxt]  # a mis-parsed number ("11, 000 X"): it counts the noun right after it
    return None


def _counts(t: Any) -> bool:
    """True for a noun that carries its own number: a quantity phrase, never a subject."""
    return t.pos_ == "NUM" or any(c.dep_ == "nummod" for c in t.children)


def _relative_antecedent(rel: Any) -> Any:
    """The noun just before a relative pronoun ("regular units, that ..." -> units), not the parser's
    (often far) attachment."""
    for i in range(rel.i - 1, max(rel.sent.start, rel.i - 4) - 1, -1):
        t = rel.doc[i]
        if t.pos_ in ("NOUN", "PROPN"):
            while t.dep_ == "compound" and t.head.i > t.i:
                t = t.head
            return t
        if t.pos_ != "PUNCT":
            break
    return rel.head.head if rel.head.dep_ in ("relcl", "acl") else rel.head


def _subject_token(tok: Any) -> Any | None:
    t = tok
    for _ in range(15):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i
                         and tok not in list(c.subtree) and not _counts(c)), None)
            if subj is not None and subj.lower_ in RELATIVE and t.dep_ in ("relcl", "acl"):
                return _relative_antecedent(subj)  # "the Army, which included ...": the Army
            if subj is not None and t.lemma_.lower() in REPORTING:
                return None  # "He listed ... 14,000 troops": the speaker is a source, not the owner
            if subj is not None:
                return subj
            where = any(c.lower_ in ("where", "when", "whereby") for c in t.children)
            if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN") and not where \
                    and not _counts(t.head):
                return t.head
            if t.head is not t and (t.dep_ in ("conj", "advcl", "xcomp", "ccomp", "pcomp", "prep")
                                    or t.dep_ in ("relcl", "acl")):
                t = t.head
                continue
            return None
        if t.head is t or not (t.dep_ in CLIMB or t.dep_ in ("nsubj", "nsubjpass")):
            return None
        t = t.head
    return None




def _determined(t: Any) -> bool:
    """A phrase that can own: "the rebels", "X's men", a name; not a bare kind ("head of cattle")."""
    return t.pos_ in ("PROPN", "PRON") or any(c.dep_ in ("det", "poss") for c in t.children)


def _expletive(t: Any) -> bool:
    """ "it" in "consider it expedient to ...", "it is clear that ...": no antecedent."""
    return t.lower_ == "it" and (t.head.pos_ == "ADJ" or any(
        c.dep_ in ("acomp", "ccomp", "xcomp", "oprd") and c.i > t.i for c in t.head.children))


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


def _carry_loss(doc: Doc, before: int) -> int | None:
    """The subject of the latest earlier losses claim within two sentences."""
    lo = doc.sentences[max(0, doc.sentence_of(before) - 2)].start if doc.sentences else 0
    for c in reversed(doc.claims):
        if lo <= c.start < before and c.subject_mention is not None and c.value.get("type") == "quantity" \
                and c.property.startswith(LOSS_PROPS):
            return c.subject_mention
    return None


def _generic(doc: Doc, t: Any, sentence: int) -> Subject | None:
    """A generic noun phrase: resolved to a named entity when the text allows, else a group mention."""
    a, b = _np(t)
    text = doc.source.text[a:b]
    lemma = t.lemma_.lower()
    if t.ent_type_ == "NORP" and t.tag_ in ("NNPS", "NNP", "JJ", "NNS"):
        hit = government_of(doc, t.doc, t.text, t.idx)
        if hit is not None:
            return Subject(hit, None, text)
    if lemma in MILITARY | ORGS and t.pos_ == "NOUN":
        needed = [c.lower_ for c in t.children if c.dep_ in ("compound", "amod")
                  and (c.pos_ in ("NOUN", "PROPN") or c.ent_type_ == "NORP")]
        hit = named_like(doc, [lemma], a, required=needed)
        if hit is not None:
            return Subject(hit, None, text)
    if lemma in LOSS_ROLES:
        hit = _carry_loss(doc, a)
        if hit is not None:
            return Subject(hit, None, text)
    for i, m in enumerate(doc.mentions):
        if m.start == a and m.end == b:
            if m.label not in HUMAN:
                return None
            return Subject(i, m.text if m.component == COMPONENT else None)
    doc.mentions.append(Mention(a, b, text, _group_label(t), sentence=sentence, component=COMPONENT))
    return Subject(len(doc.mentions) - 1, text)


def _resolve(doc: Doc, t: Any, skip: set[int], sentence: int, places: bool = False,
             head: bool = False) -> Subject | None:
    """Whose a noun phrase headed by ``t`` names, or None.

    Passing from "the armed forces" to their owner ("... of the rebels") keeps the
    whole phrase with role ``forces``: the subject is the owner's armed forces,
    which ``tarikh.roles.v1`` may later find named in another source.
    """
    trail: list[tuple[Any, Any]] = []  # (forces noun, its owner) passed on the way
    found = _walk(doc, t, skip, sentence, places, head, trail)
    if found is None or not trail:
        return found
    force, own = trail[0]
    return replace(found, phrase=force.doc[force.left_edge.i: own.i + 1].text, role="forces")


def _walk(doc: Doc, t: Any, skip: set[int], sentence: int, places: bool, head: bool,
          trail: list[tuple[Any, Any]]) -> Subject | None:
    for _ in range(4):
        if t.i in skip or _counts(t):
            return None
        if t.lower_ in PRONOUNS:
            hit = None if _expletive(t) else antecedent(doc, t.lower_, t.idx, t.doc)
            return Subject(hit) if hit is not None else None
        lemma = t.lemma_.lower()
        if lemma in MEASURE_NOUNS | SHARE:  # "the strength of X", "the number of men in X"
            inner = owner(t)
            if inner is None:
                return None
            nxt = owner(inner, ("of", "in", "among", "within", "from")) or owner(t, ("in", "among", "within"))
            if nxt is not None and lemma != "composition":
                if force_owner(inner) == nxt:
                    trail.append((inner, nxt))
                t = nxt
            elif inner.pos_ == "PROPN" or inner.lemma_.lower() in MILITARY | ORGS:
                t = inner
            else:
                return None  # "the number of soldiers was ...": soldiers are what is counted
            continue
        labels = HUMAN + ("place",) if places or lemma in POPULATION else HUMAN
        hit = mention_in(doc, t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text), labels)
        if hit is None and head:  # the clause's own subject names it, whatever its label
            hit = next((i for i, m in enumerate(doc.mentions) if m.start <= t.idx < m.end), None)
        if hit is not None and doc.mentions[hit].label == "group" and t.ent_type_ == "NORP":
            gov = government_of(doc, t.doc, t.text, t.idx)
            return Subject(gov, None, doc.mentions[hit].text) if gov is not None else Subject(hit)
        if hit is not None:  # a phrase an earlier number already made a group mention of stays generic
            m = doc.mentions[hit]
            return Subject(hit, m.text if m.component == COMPONENT else None)
        if lemma in POPULATION:
            return None
        deeper = owner(t)
        if deeper is not None and deeper.pos_ in ("NOUN", "PROPN") and _determined(deeper):
            if force_owner(t) == deeper:
                trail.append((t, deeper))
            t = deeper
            continue
        break
    if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    proper = t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "NORP", "GPE", "PERSON", "")
    if not (proper or t.tag_ in ("NNS", "NNPS") or t.ent_type_ == "NORP" or t.lemma_.lower() in MILITARY | ORGS):
        return None
    return _generic(doc, t, sentence)






def subject_of(doc: Doc, tok: Any, sentence: int = -1, percent: bool = False) -> Subject:
    """Whose the quantity at ``tok`` (the counted noun, or the number) is."""
    skip = {tok.i} | {c.i for c in tok.children if c.dep_ in ("nummod", "quantmod", "amod", "compound", "det")}
    found: Subject | None = None
    if percent:
        found = share_owner(doc, tok, sentence)
    if found is None:
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        found = _resolve(doc, poss, skip, sentence) if poss is not None else None
    for preps in (("of",), ("from", "in", "among", "within")):
        own = owner(tok, preps)
        if found is None and own is not None and _determined(own):
            found = _resolve(doc, own, skip, sentence)
    if found is None:
        subj = _subject_token(tok)
        found = _resolve(doc, subj, skip, sentence, head=True) if subj is not None else None
    if tok.lemma_.lower() in FORMATIONS and (found is None or found.text is not None or found.phrase):
        unit = unit_in_sentence(doc, tok)
        if unit is not None:
            return Subject(unit, None, found.text or found.phrase if found else None)
    return found or Subject()



