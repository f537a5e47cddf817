"""Who a pronoun, a generic phrase or a demonym stands for, from the text around it.

All rules are general English:

* ``antecedent``: "he"/"she" -> the nearest earlier person; "it"/"its" -> the
  nearest earlier named military unit, organization or polity; "they"/"their"
  -> the same, else a group. Looked for in the current and up to
  ``WINDOW`` earlier sentences.
* ``named_like``: a generic phrase "the army" / "the regular army" -> the most
  talked-about earlier named entity whose name ends in the same head word
  ("... National Army"), counted over the last ``WINDOW * 2`` sentences, then
  the whole document before it.
* ``government_of``: a demonym used as a side ("the Chinese lost ...") -> the
  named government or state of that people in the same document ("the national
  Chinese government"), nearest before, else nearest after; found among the
  mentions, else among the parse's noun chunks (then added as a mention).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..models import Doc, Mention

WINDOW = 5
HUMAN = ("person", "organization", "polity", "military_unit", "group")
MILITARY = {"army", "force", "troop", "regiment", "division", "unit", "detachment", "brigade", "battalion",
            "corps", "squadron", "militia", "guerrilla", "partisan", "garrison", "fleet", "navy"}
POPULATION = {"population", "inhabitant", "resident", "populace"}
SHARE = {"percentage", "share", "proportion", "percent", "ratio", "fraction"}
COMPONENT = "tarikh.quantities.v1"
BODIES = ("military_unit", "organization", "polity")
PRONOUN_LABELS: dict[str, tuple[str, ...]] = {
    "he": ("person",), "him": ("person",), "his": ("person",), "she": ("person",), "her": ("person",),
    "it": BODIES, "its": BODIES, "they": BODIES, "them": BODIES, "their": BODIES,
}
GOVERNMENT = {"government", "state", "republic", "empire", "kingdom", "authorities", "authority",
              "administration", "regime", "sultanate", "khanate", "caliphate", "emirate", "cabinet"}


@dataclass
class Subject:
    mention: int | None = None
    text: str | None = None  # a generic phrase kept as a group mention
    phrase: str | None = None  # the generic phrase a named subject was resolved from
    role: str | None = None  # "forces": the subject owns the armed forces the phrase names


def _window_start(doc: Doc, offset: int, sentences: int) -> int:
    i = doc.sentence_of(offset)
    if i < 0 or not doc.sentences:
        return 0
    return doc.sentences[max(0, i - sentences)].start


def _is_subject(sdoc: Any, m: Mention) -> bool:
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand") if sdoc is not None else None
    return span is not None and len(span) > 0 and span.root.dep_ in ("nsubj", "nsubjpass", "poss")


def antecedent(doc: Doc, pronoun: str, before: int, sdoc: Any = None) -> int | None:
    """The mention a personal or possessive pronoun at ``before`` stands for.

    Mentions that were a clause's subject or a possessor are preferred (the topic
    carried on by the pronoun), then the nearest."""
    labels = PRONOUN_LABELS.get(pronoun.lower())
    if labels is None:
        return None
    lo = _window_start(doc, before, WINDOW)
    tiers = [labels, ("group",)] if pronoun.lower() in ("they", "them", "their") else [labels]
    for tier in tiers:
        hits = [(_is_subject(sdoc, m), m.start, i) for i, m in enumerate(doc.mentions)
                if lo <= m.start and m.end <= before and m.label in tier]
        if hits:
            return max(hits)[2]
    return None


def _last_words(text: str, n: int) -> list[str]:
    words = [w.lower().rstrip("s’'") for w in text.replace("-", " ").split()]
    return words[-n:]


def named_like(doc: Doc, words: list[str], before: int, labels: tuple[str, ...] = BODIES,
               required: list[str] | None = None) -> int | None:
    """The most salient earlier named mention whose name ends in ``words`` (lower case).

    ``required`` words (a generic phrase's noun or proper modifiers: "police" in
    "the police force") must also be in the name."""
    want = [w.lower().rstrip("s’'") for w in words if w]
    if not want:
        return None
    cands = [(i, m) for i, m in enumerate(doc.mentions)
             if m.end <= before and m.label in labels and len(m.text.split()) > len(want) - 1
             and _last_words(m.text, len(want)) == want and m.component != "tarikh.quantities.v1"
             and all(r.lower() in m.text.lower().split() for r in required or [])]
    if not cands:
        return None
    for lo in (_window_start(doc, before, WINDOW * 2), 0):
        near = [(i, m) for i, m in cands if m.start >= lo]
        if not near:
            continue
        counts = Counter(m.text.lower() for _, m in near)
        return max(near, key=lambda x: (counts[x[1].text.lower()], x[1].start))[0]
    return None


def _government_chunks(doc: Doc, sdoc: Any) -> list[tuple[int, int, str]]:
    cached = doc.cache.get("quantity_governments")
    if isinstance(cached, list):
        return cached
    out: list[tuple[int, int, str]] = []
    try:
        chunks = list(sdoc.noun_chunks)
    except (AttributeError, ValueError):
        chunks = []
    for ch in chunks:
        if ch.root.lemma_.lower() in GOVERNMENT and any(t.ent_type_ == "NORP" for t in ch):
            toks = [t for t in ch if t.dep_ != "det" and t.pos_ != "DET"]
            if toks:
                a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                out.append((a, b, doc.source.text[a:b]))
    doc.cache["quantity_governments"] = out
    return out


def government_of(doc: Doc, sdoc: Any, demonym: str, near: int) -> int | None:
    """The mention of the government or state of the people called ``demonym``."""
    word = demonym.lower()

    def fits(text: str) -> bool:
        words = [w.lower() for w in text.split()]
        return word in words and words[-1] in GOVERNMENT

    found = [(m.start, i) for i, m in enumerate(doc.mentions) if m.label in BODIES and fits(m.text)]
    if not found and sdoc is not None:
        for a, b, text in _government_chunks(doc, sdoc):
            if fits(text):
                doc.mentions.append(Mention(a, b, text, "polity", sentence=doc.sentence_of(a),
                                            component="tarikh.quantities.v1"))
                found.append((a, len(doc.mentions) - 1))
    if not found:
        return None
    earlier = [x for x in found if x[0] < near]
    return max(earlier)[1] if earlier else min(found)[1]


def mention_in(doc: Doc, a: int, b: int, labels: tuple[str, ...] = HUMAN) -> int | None:
    for i, m in enumerate(doc.mentions):
        if a <= m.start and m.end <= b and m.label in labels:
            return i
    return None


def owner(tok: Any, preps: tuple[str, ...] = ("of",)) -> Any | None:
    """``tok``'s "of X" object: "the troops of X" -> X."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def share_owner(doc: Doc, tok: Any, sentence: int) -> Subject | None:
    """A percentage: the population or place its share noun is of."""
    t = tok
    while t.head is not t and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    for c in t.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in SHARE | POPULATION:
            base = owner(c) if c.lemma_.lower() in SHARE else c
            if base is None:
                continue
            where = owner(base, ("in", "of")) if base.lemma_.lower() in POPULATION else base
            if where is not None:
                hit = mention_in(doc, where.left_edge.idx, where.right_edge.idx + len(where.right_edge.text),
                                 HUMAN + ("place",))
                if hit is not None:
                    return Subject(hit)
            if base.lemma_.lower() in POPULATION:
                sent = tok.sent
                places = [(abs(m.start - base.idx), i) for i, m in enumerate(doc.mentions)
                          if m.label in ("place", "polity") and sent.start_char <= m.start < sent.end_char]
                if places:
                    return Subject(min(places)[1])
    return None


def unit_in_sentence(doc: Doc, tok: Any) -> int | None:
    """The named military unit of ``tok``'s sentence (a mention, or a name like "National Army")."""
    sent = tok.sent
    units = [i for i, m in enumerate(doc.mentions) if m.label == "military_unit"
             and sent.start_char <= m.start < sent.end_char and m.component != COMPONENT]
    if units:
        return units[0]
    for t in sent:
        if t.pos_ == "PROPN" and t.lemma_.lower() in MILITARY:
            words = [c.text for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [t.text]
            hit = named_like(doc, words, t.idx + len(t.text) + 1, ("military_unit",))
            if hit is not None:
                return hit
    return None


def as_side(doc: Doc, sdoc: Any, idx: int | None) -> Subject:
    """A demonym group mention ("Chinese") as its people's named government, when the text names one."""
    if idx is None or sdoc is None:
        return Subject(idx)
    m = doc.mentions[idx]
    if m.label == "group" and len(m.text.split()) == 1 and m.text[:1].isupper():
        gov = government_of(doc, sdoc, m.text, m.start)
        if gov is not None:
            return Subject(gov, None, m.text)
    return Subject(idx)


def nearest_mention(doc: Doc, a: int, before: int) -> int | None:
    """The last human mention between ``a`` and ``before`` (the number's offset)."""
    best = None
    for i, m in enumerate(doc.mentions):
        if a <= m.start and m.end <= before and m.label in HUMAN:
            best = i
    return best
