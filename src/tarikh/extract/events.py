"""What a dated sentence says happened: event type, trigger, participants, place.

``event_hint(doc, start, end, date_start)`` looks at the clause ``start:end``
of ``doc.source.text`` that holds a date beginning at ``date_start``. The
trigger is the event word (verb or noun, by lemma) closest in the dependency
tree to the date: first on the path from the date up to the root, else the
nearest in the text, verbs first. Participants come from the parse: ``nsubj``
-> agent (signatory for signing verbs), ``dobj``/``nsubjpass`` -> patient,
passive ``by`` -> agent, "led/headed/commanded by X" and "under the
leadership/command of X" -> leader. The place is a place mention in the
clause, preferring one inside a prepositional phrase of the trigger.

Without a spaCy parse (fast tests) the trigger is found by word form and the
participants are the non-place mentions of the clause, in order (first is the
agent).
"""

from __future__ import annotations

import re
from typing import Any

from ..models import Doc, EventHint

TRIGGERS: dict[str, tuple[str, ...]] = {
    "founding": ("found", "establish", "form", "create", "organize", "organise", "reorganize", "reorganise",
                 "establishment", "founding", "formation", "creation", "setup", "inaugurate"),
    "battle": ("battle", "fight", "attack", "assault", "clash", "siege", "besiege", "offensive", "storm",
               "engage", "uprising", "rebellion", "revolt", "rebel", "war", "raid", "bombard", "ambush",
               "quell", "suppress", "crush", "resist"),
    "capture": ("capture", "seize", "take", "occupy", "liberate", "conquer", "overrun", "occupation",
                "annex", "incorporate", "recapture", "secure"),
    "agreement": ("agreement", "treaty", "sign", "conclude", "ratify", "accord", "pact", "agree",
                  "armistice", "ceasefire", "truce", "negotiate"),
    "appointment": ("appoint", "elect", "nominate", "promote", "designate", "appointment", "election",
                    "name", "install", "succeed"),
    "death": ("die", "death", "kill", "assassinate", "execute", "execution", "murder", "perish", "massacre",
              "assassination", "crash", "sacrifice", "eliminate"),
    "arrest": ("arrest", "detain", "imprison", "jail", "arrested", "imprisonment", "intern", "purge",
               "sentence", "exile", "deport"),
    "dissolution": ("dissolve", "disband", "abolish", "overthrow", "collapse", "dissolution", "abolition",
                    "disbandment", "downfall", "fall", "end", "withdraw", "reject", "halt", "absorb"),
    "declaration": ("declare", "proclaim", "announce", "declaration", "proclamation", "issue", "publish",
                    "inform", "report", "reveal", "decide", "adopt", "telegraph"),
    "meeting": ("meet", "meeting", "congress", "conference", "talk", "summit", "rally", "convene", "visit",
                "session", "negotiation", "hold", "host"),
    "deployment": ("send", "enter", "move", "deploy", "dispatch", "arrive", "march", "transfer", "board",
                   "leave", "depart", "travel", "fly", "return", "flee", "advance", "escape", "expel",
                   "withdrawal", "invasion", "invade", "cross", "reach", "deliver"),
}
LEMMA_TYPE = {lemma: kind for kind, lemmas in TRIGGERS.items() for lemma in lemmas}
IRREGULAR = {
    "took": "take", "taken": "take", "fought": "fight", "met": "meet", "sent": "send", "held": "hold",
    "fled": "flee", "flew": "fly", "flown": "fly", "overthrew": "overthrow", "overthrown": "overthrow",
    "fell": "fall", "fallen": "fall", "overran": "overrun", "left": "leave", "withdrew": "withdraw",
    "withdrawn": "withdraw", "died": "die", "dead": "die", "began": "begin", "led": "lead",
}
LIGHT = {"launch", "hold", "carry", "make", "stage", "conduct", "wage", "begin", "start", "mount", "organize",
         "achieve", "win", "suffer", "lead"}
SIGNING = {"sign", "conclude", "ratify", "agree", "negotiate"}
LEADING = {"lead", "head", "command", "leadership", "guidance", "direction"}
PLACE_PREPS = {"in", "at", "near", "into", "to", "from", "on", "outside", "around", "across", "toward", "towards"}
HUMAN = ("person", "organization", "polity", "military_unit", "group", "agreement", "document")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def lemma_of(word: str) -> str:
    """A rough lemma for a word form, used when there is no parse."""
    w = word.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w in LEMMA_TYPE:
        return w
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                         ("d", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            cand = w[: -len(suffix)] + repl
            if cand in LEMMA_TYPE:
                return cand
            if len(cand) > 3 and cand[-1] == cand[-2] and cand[:-1] in LEMMA_TYPE:  # "occurred"
                return cand[:-1]
    return w


def _mentions_in(doc: Doc, a: int, b: int) -> list[int]:
    return [i for i, m in enumerate(doc.mentions) if a <= m.start and m.end <= b]


def _tokens(sdoc: Any, a: int, b: int) -> list[Any]:
    span = sdoc.char_span(a, b, alignment_mode="expand")
    return list(span) if span is not None else []


def _trigger_token(toks: list[Any], date_start: int) -> Any | None:
    by_pos = {t.i: t for t in toks}
    date_tok = next((t for t in toks if t.idx <= date_start < t.idx + len(t.text) + 1), None)
    if date_tok is not None:
        t = date_tok
        for _ in range(12):
            if t.i not in by_pos:
                break
            if t.lemma_.lower() in LEMMA_TYPE and t.pos_ in ("VERB", "NOUN") and t.idx != date_tok.idx:
                return t
            if t.head is t:
                break
            t = t.head
    cands = [t for t in toks if t.lemma_.lower() in LEMMA_TYPE and t.pos_ in ("VERB", "NOUN")]
    if not cands:
        return None
    return min(cands, key=lambda t: (t.pos_ != "VERB", abs(t.idx - date_start)))


def _span_mentions(doc: Doc, tok: Any, skip: set[int]) -> list[int]:
    a = tok.left_edge.idx
    b = tok.right_edge.idx + len(tok.right_edge.text)
    hits = [i for i in _mentions_in(doc, a, b) if i not in skip and doc.mentions[i].label != "place"]
    return hits[:4]


def _phrase(doc: Doc, tok: Any, limit: int = 6) -> str:
    """The mention inside ``tok``'s phrase, else the words of the phrase up to its head."""
    a, b = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    inside = _mentions_in(doc, a, b)
    if inside:
        return doc.mentions[inside[0]].text
    words = [t.text for t in tok.doc[tok.left_edge.i : tok.i + 1] if not t.is_punct]
    return " ".join(words[-limit:])


def _leaders(doc: Doc, toks: list[Any], skip: set[int]) -> list[int]:
    out: list[int] = []
    for t in toks:
        lem = t.lemma_.lower()
        if lem in LEADING and t.dep_ in ("acl", "relcl", "advcl", "amod", "pobj", "conj"):
            for c in t.children:
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "of"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            out += [i for i in _span_mentions(doc, p, skip) if i not in out]
    return out


def _parsed_hint(doc: Doc, sdoc: Any, a: int, b: int, date_start: int) -> EventHint | None:
    toks = _tokens(sdoc, a, b)
    trig = _trigger_token(toks, date_start)
    if trig is None:
        roots = [t for t in toks if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
        if not roots:
            return None
        trig, kind = roots[0], "other"
    else:
        kind = LEMMA_TYPE[trig.lemma_.lower()]
    if trig.lemma_.lower() in LIGHT or kind == "other":  # "launched an attack": the object tells the type
        for c in trig.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in LEMMA_TYPE:
                kind = LEMMA_TYPE[c.lemma_.lower()]
    verb = trig
    while verb.pos_ != "VERB" and verb.head is not verb and verb.dep_ not in ("ROOT",):
        verb = verb.head
    parts: list[tuple[int, str]] = []
    used: set[int] = set()

    def add(idxs: list[int], role: str) -> None:
        for i in idxs:
            if i not in used:
                used.add(i)
                parts.append((i, role))

    for i in _leaders(doc, toks, used):
        add([i], "leader")
    agent_tok = patient_tok = None
    for c in verb.children:
        if c.dep_ in ("nsubj",):
            agent_tok = c
            add(_span_mentions(doc, c, used), "signatory" if verb.lemma_ in SIGNING else "agent")
        elif c.dep_ in ("dobj", "nsubjpass", "attr"):
            patient_tok = c
            add(_span_mentions(doc, c, used), "patient")
        elif c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    agent_tok = p
                    add(_span_mentions(doc, p, used), "agent")
    if trig is not verb:
        for c in trig.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "between", "by", "with"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        add(_span_mentions(doc, p, used), "patient" if c.lower_ == "of" else "participant")
    place = _place(doc, toks, trig, verb, a, b, used)
    patient = _phrase(doc, patient_tok) if patient_tok is not None else ""
    action = verb.text if trig is verb or trig.text in patient else f"{verb.text} {trig.text}"
    label = " ".join(x for x in (
        _phrase(doc, agent_tok, 5) if agent_tok is not None else "", action, patient) if x)
    return EventHint(type=kind, trigger=trig.text, label=_tidy(label), participants=parts, place=place)


def _place(doc: Doc, toks: list[Any], trig: Any, verb: Any, a: int, b: int, used: set[int]) -> int | None:
    places = [i for i in _mentions_in(doc, a, b) if doc.mentions[i].label == "place" and i not in used]
    if not places:
        return None
    for head in (trig, verb):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                sub_a = c.left_edge.idx
                sub_b = c.right_edge.idx + len(c.right_edge.text)
                inside = [i for i in places if sub_a <= doc.mentions[i].start < sub_b]
                if inside:
                    return inside[0]
    return places[0]


def _tidy(label: str) -> str:
    label = re.sub(r"\s+", " ", label).strip(" ,;:")
    return label[:100]


def _plain_hint(doc: Doc, a: int, b: int, date_start: int) -> EventHint | None:
    text = doc.source.text
    best: tuple[int, str, str] | None = None
    for m in _WORD.finditer(text, a, b):
        if m.group(0)[0].isupper() and m.start() > a:
            continue  # names and months ("March"), not event words
        lem = lemma_of(m.group(0))
        if lem in LEMMA_TYPE:
            verbish = m.group(0).lower() in IRREGULAR or m.group(0).lower().endswith("ed")
            dist = abs(m.start() - date_start) + (0 if verbish else 1000)
            if best is None or dist < best[0]:
                best = (dist, m.group(0), lem)
    if best is None:
        return None
    ments = [i for i in _mentions_in(doc, a, b)]
    people = [i for i in ments if doc.mentions[i].label in HUMAN]
    place = next((i for i in ments if doc.mentions[i].label == "place"), None)
    parts = [(i, "agent" if k == 0 else "participant") for k, i in enumerate(people[:4])]
    agent = doc.mentions[people[0]].text if people else ""
    return EventHint(type=LEMMA_TYPE[best[2]], trigger=best[1], label=_tidy(f"{agent} {best[1]}"),
                     participants=parts, place=place)


def event_hint(doc: Doc, a: int, b: int, date_start: int) -> EventHint | None:
    """The happening the clause ``a:b`` dates, or None when it tells of none."""
    sdoc = doc.cache.get("spacy")
    if sdoc is not None:
        try:
            return _parsed_hint(doc, sdoc, a, b, date_start)
        except (IndexError, ValueError, AttributeError):
            pass
    return _plain_hint(doc, a, b, date_start)
