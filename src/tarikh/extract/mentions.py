"""``tarikh.mentions.v1``: find the names in a text and the statements that two names are one.

spaCy's entities (when ``doc.cache["spacy"]`` holds the parsed text) and
rule-found capitalised phrases are merged: a rule phrase with a telling head
noun ("... National Army", "Treaty of ...") wins over the pieces spaCy cut it
into; otherwise spaCy's segmentation wins. Each mention records in
``Mention.component`` which cue decided its label
(``tarikh.mentions.v1/head``, ``/title``, ``/spacy``, ``/acronym``, ``/appos``,
``/guess``) so resolution can weigh the type vote.
"""

from __future__ import annotations

import bisect
import re

from ..models import Doc, Mention
from ..registry import register
from .mention_claims import relation_drafts
from .name_alias import alias_links
from .name_context import list_labels, place_context
from .name_extra import bracketed_names, special_candidates
from .name_rules import is_title
from .name_spans import HEADS, Candidate, rule_candidates, spacy_candidates, words
from .roles import forces_drafts

NAME = "tarikh.mentions.v1"
STRONG = ("head", "title", "quote")


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def merge_candidates(text: str, rule: list[Candidate], spacy: list[Candidate],
                     have_spacy: bool) -> list[Candidate]:
    """One non-overlapping list: special shapes, strong rule phrases, then spaCy, then
    the rest of the rules, then names in brackets and names listed with places."""
    chosen: list[Candidate] = []
    starts: list[int] = []  # chosen spans never overlap: sorted by start, their ends are sorted too
    ends: list[int] = []

    def free(c: Candidate) -> bool:
        i = bisect.bisect_left(starts, c.end)
        return not (i and ends[i - 1] > c.start)

    def take(c: Candidate) -> None:
        i = bisect.bisect_left(starts, c.start)
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.append(c)

    for c in special_candidates(text):
        if free(c):
            take(c)
    spacy = [_extend_person(text, c, rule, spacy) for c in spacy]
    for c in rule:
        if (c.cue in STRONG or _all_caps(text, c)) and free(c):
            inner = [s for s in spacy if s.start >= c.start and s.end <= c.end]
            if c.cue == "title" and len(inner) == 1 and inner[0].label != "person" and \
                    (inner[0].start, inner[0].end) != (c.start, c.end):
                continue
            take(c)
    for c in _before_brackets(text, rule, spacy):
        if free(c):
            take(c)
    for c in bracketed_names(text, sorted(chosen + spacy, key=lambda c: c.start)):
        if free(c):
            take(c)
    for c in spacy:
        if free(c):
            take(c)
    for c in rule:
        if free(c) and (not have_spacy or c.cue in ("acronym", "place") or _all_caps(text, c)):
            take(c)
    for c in _listed_places(text, rule, chosen):
        if free(c):
            take(c)
    titles = [c for c in chosen if c.cue == "quote"]
    chosen += [s for s in spacy if s.label in ("person", "place") and any(
        t.start <= s.start and s.end <= t.end for t in titles)]  # names inside a work's title
    return sorted(chosen, key=lambda c: c.start)


def _extend_person(text: str, c: Candidate, rule: list[Candidate], spacy: list[Candidate]) -> Candidate:
    """spaCy often drops the first name of a three-part name ("Ivan [Petrovich Orlov]"):
    take the whole capitalised run when nothing else claims its first words and it
    does not start a sentence."""
    if c.label != "person":
        return c
    for r in rule:
        if r.cue not in ("guess", "place") or r.end != c.end or not r.start < c.start:
            continue
        extra = text[r.start:c.start]
        prev = text[:r.start].rstrip()
        if len(words(text, r.start, c.end)) > 4 or "\n" in extra or not prev or prev[-1] in ".!?:\"“":
            continue
        if any(o is not c and _overlaps(o, r) for o in spacy) or any(
                w.lower() in HEADS or is_title(w) for _a, _b, w in words(text, r.start, c.start)):
            continue
        return Candidate(r.start, c.end, c.label, c.cue, c.weight)
    return c


def _before_brackets(text: str, rule: list[Candidate], spacy: list[Candidate]) -> list[Candidate]:
    """The name glossed by a bracket ("Free Ruritania (Azat Ruritania)") is the whole
    capitalised run before the bracket, not the piece of it spaCy recognised."""
    out = []
    for r in rule:
        if r.cue not in ("guess", "place") or not BRACKET_AFTER.match(text, r.end):
            continue
        inner = [c for c in spacy if r.start <= c.start and c.end == r.end and (c.start, c.end) != (r.start, r.end)]
        if len(inner) == 1 and not any(c is not inner[0] and _overlaps(c, r) for c in spacy):
            out.append(Candidate(r.start, r.end, inner[0].label, "spacy", inner[0].weight))
        elif not inner and len(text[r.start:r.end].split()) > 1 and not any(_overlaps(c, r) for c in spacy):
            out.append(r)
    return out


BRACKET_AFTER = re.compile(r"\s*[(\[]\s*[A-Z][^()\[\]\n]{1,60}[)\]]")
LIST_GAP = re.compile(r"^\s*,\s*(?:and\s+)?$|^\s+and\s+$")


def _listed_places(text: str, rule: list[Candidate], chosen: list[Candidate]) -> list[Candidate]:
    """A one-word name that spaCy missed, listed right after or before a place ("A, B, and C")."""
    places = [c for c in chosen if c.label == "place"]
    out = []
    for r in rule:
        if " " in text[r.start:r.end] or r.cue not in ("guess", "place"):
            continue
        for p in places:
            gap = text[p.end:r.start] if p.end <= r.start else text[r.end:p.start]
            if LIST_GAP.match(gap):
                out.append(Candidate(r.start, r.end, "place", "list", 1.0))
                break
    return out


def _all_caps(text: str, c: Candidate) -> bool:
    """An all-caps name in archival text (``GENERAL IVAN PETROV``), which spaCy misses."""
    surface = text[c.start:c.end]
    return surface.isupper() and sum(ch.isalpha() for ch in surface) >= 4


def _title_before(text: str, start: int) -> bool:
    before = words(text, max(0, start - 40), start)
    if not before:
        return False
    s, e, w = before[-1]
    gap = text[e:start]
    return is_title(w) and re.fullmatch(r"\.?[ \t]{1,3}", gap) is not None


PERSON_AFTER = re.compile(r"['’]s\s+command\b|\s+(?:was|were|had\s+been)\s+(?:elected|appointed|named|"
                          r"arrested|executed|killed|born|sentenced|assassinated)\b")
PERSON_BEFORE = re.compile(r"(?:led|headed|commanded|chaired)\s+by\s+$|(?:leadership|command)\s+of\s+$")
APPOS_ETHNIC = re.compile(r",\s+(?:an?|the)\s+(?:ethnic\s+)?([A-Z][a-z]+)\b(?!\s+(?:of|for)\b)")


def _person_context(text: str, c: Candidate, label: str) -> bool:
    """ "X, an Uzbek", "led by X", "X was appointed": X is a person."""
    if APPOS_ETHNIC.match(text, c.end) and label in ("person", "place"):
        return True
    if label == "person" or " " not in text[c.start:c.end].strip():
        return False
    return bool(PERSON_AFTER.match(text, c.end) or PERSON_BEFORE.search(text, max(0, c.start - 30), c.start))


def label_mentions(doc: Doc, cands: list[Candidate]) -> list[Mention]:
    text = doc.source.text
    starts = [s.start for s in doc.sentences]
    out: list[Mention] = []
    for c in cands:
        label, cue = c.label, c.cue
        if cue not in STRONG and _title_before(text, c.start) and label not in ("polity",):
            label, cue = "person", "title"
        if cue not in STRONG and _person_context(text, c, label):
            label, cue = "person", "appos"
        placed = place_context(text, c.start, label, cue, text[c.start:c.end])
        if placed:
            label, cue = placed
        sent = bisect.bisect_right(starts, c.start) - 1 if starts else -1
        out.append(Mention(c.start, c.end, text[c.start:c.end], label, sent, f"{NAME}/{cue}"))
    list_labels(text, out, NAME)
    return out


@register(NAME)
class Mentions:
    """Fill ``doc.mentions``, ``doc.links`` and entity-valued claim drafts."""

    name = NAME

    def __init__(self, **settings: object) -> None:
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        text = doc.source.text
        sdoc = doc.cache.get("spacy")
        rule = rule_candidates(text)
        spacy = spacy_candidates(text, sdoc) if sdoc is not None else []
        cands = merge_candidates(text, rule, spacy, sdoc is not None)
        doc.mentions = label_mentions(doc, cands)
        doc.links = alias_links(text, doc.mentions)
        doc.claims.extend(relation_drafts(doc, NAME))
        doc.claims.extend(forces_drafts(doc, NAME))
        return doc
