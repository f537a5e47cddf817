"""``tarikh.roles.v1``: "the armed forces of X" resolved to the unit a source names as X's forces.

A quantity about "the total strength of the armed forces of the insurgents" is
extracted with the owner ("the insurgents") as subject and the qualifier
``subject_role: forces``. When some source states which named unit those forces
were (a ``forces_of`` claim, see :mod:`tarikh.extract.roles`: "the military
forces of the insurgency were the Northern Army") and the owners match, the
claim's subject becomes that unit, and the qualifier ``subject_via`` keeps the id
of the claim that says so. Owners match when their head words share a stem
("insurgents", "insurgency") and every other word of the shorter owner has a
match in the longer. Nothing changes when no unit, or more than one, fits.
"""

from __future__ import annotations

import re
from typing import Any

from ..models import Claim, Corpus
from ..reconcile.values import singular
from ..registry import register

NAME = "tarikh.roles.v1"
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"}
_MIN_STEM = 5


def _words(text: str) -> list[str]:
    return [singular(w) for w in re.findall(r"[A-Za-z]+", text.lower()) if w not in _DETERMINERS]


def same_stem(a: str, b: str) -> bool:
    """Words that share a stem: equal, or a common start of five letters or more missing at most
    one letter of the shorter word ("rebel"/"rebellion", "insurgent"/"insurgency")."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= _MIN_STEM and n >= min(len(a), len(b)) - 1


def same_owner(x: str, y: str) -> bool:
    """Two owner phrases name the same owner (see the module docstring)."""
    wx, wy = _words(x), _words(y)
    if not wx or not wy or not same_stem(wx[-1], wy[-1]):
        return False
    short, long = sorted((wx[:-1], wy[:-1]), key=len)
    return all(any(same_stem(s, w) for w in long) for s in short)


@register(NAME)
class Roles:
    """Point claims about "the armed forces of X" at the unit named as X's forces."""

    name = NAME

    def __init__(self, **_: Any) -> None:
        pass

    def __call__(self, corpus: Corpus) -> Corpus:
        bridges = [c for c in corpus.claims if c.property == "forces_of" and c.value.get("type") == "text"]
        if not bridges:
            return corpus
        names = {e.id: [e.name, *(a.name for a in e.aliases)] for e in corpus.entities}
        for c in corpus.claims:
            if (c.qualifiers or {}).get("subject_role") != "forces":
                continue
            via = _unit_for(c, bridges, names.get(c.subject, []))
            if via is not None:
                c.qualifiers["subject_via"] = via.id
                c.subject = via.subject
        return corpus


def _unit_for(claim: Claim, bridges: list[Claim], owner_names: list[str]) -> Claim | None:
    """The one ``forces_of`` claim whose owner is this claim's subject, if exactly one unit fits."""
    fits = [b for b in bridges if b.subject != claim.subject
            and any(same_owner(str(b.value.get("text", "")), n) for n in owner_names)]
    if len({b.subject for b in fits}) != 1:
        return None
    return min(fits, key=lambda b: b.id)
