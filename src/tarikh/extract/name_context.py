"""Context cues that correct a name's label after detection.

* ``the city/village/county of X``: X is a place (strong cue);
* ``in/at/near X`` for a one-word name that spaCy called an organisation, a
  people or a person: X is a place (weak cue ``locative``);
* names in one list (``A, B, C and D``) are of one kind: weakly labelled members
  take the label most members carry (cue ``list``).
"""

from __future__ import annotations

import re
from collections import Counter

from ..models import Mention

PLACE_OF = re.compile(r"\b(?:city|town|village|hamlet|county|district|province|prefecture|region|"
                      r"oblast|port|oasis|township|municipality|settlement)\s+of\s+$", re.I)
LOCATIVE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|around|outside|inside|across|towards?|into|reached|entered)\s+$")
POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")
WEAK = ("spacy", "guess", "place", "locative", "list", "acronym")
MAJORITY = ("person", "place")


def place_context(text: str, start: int, label: str, cue: str, surface: str) -> tuple[str, str] | None:
    """A (label, cue) that the words before a name impose, or None."""
    before = text[max(0, start - 30):start]
    if PLACE_OF.search(before) and label != "place":
        return "place", "head"
    if cue in ("spacy", "guess") and label in ("organization", "group", "person") and " " not in surface \
            and not surface.isupper() and LOCATIVE.search(before) \
            and not POSSESSIVE_AFTER.match(text, start + len(surface)):  # "in Petrov's view"
        return "place", "locative"
    return None


def _cue(m: Mention) -> str:
    return m.component.rsplit("/", 1)[-1]


def _chains(text: str, ms: list[Mention]) -> list[list[int]]:
    chains: list[list[int]] = []
    cur: list[int] = []
    for i, m in enumerate(ms):
        if cur and LIST_GAP.match(text[ms[cur[-1]].end:m.start]) and m.sentence == ms[cur[-1]].sentence:
            cur.append(i)
            continue
        if len(cur) >= 3:
            chains.append(cur)
        cur = [i]
    if len(cur) >= 3:
        chains.append(cur)
    return chains


def list_labels(text: str, ms: list[Mention], name: str) -> None:
    """Members of a list of three or more names with weak cues take the list's majority
    label (person or place), when a strict majority of the members carries it."""
    for chain in _chains(text, ms):
        counts = Counter(ms[i].label for i in chain)
        label, n = counts.most_common(1)[0]
        if label not in MAJORITY or n * 2 <= len(chain):
            continue
        for i in chain:
            m = ms[i]
            if m.label == label or _cue(m) not in WEAK:
                continue
            if label == "person" and " " not in m.text.strip():
                continue
            m.label = label
            m.component = f"{name}/list"
