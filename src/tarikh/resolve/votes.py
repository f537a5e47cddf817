"""The type vote: every mention of an entity votes for a type, weighted by the cue
that labelled it, so one odd sentence cannot make a general a city."""

from __future__ import annotations

from collections import defaultdict

from ..models import Mention

CUE_WEIGHT = {"head": 3.0, "title": 3.0, "appos": 2.0, "spacy": 1.0, "acronym": 0.5,
              "place": 0.3, "guess": 0.2, "user": 5.0,
              "quote": 1.0, "list": 1.0, "locative": 1.0}
FAMILY = {"person": "person", "place": "place", "polity": "place", "organization": "org",
          "military_unit": "org", "agreement": "text", "document": "text", "group": "group"}
STRONG = 2.0


def cue_of(m: Mention) -> str:
    return m.component.rsplit("/", 1)[-1] if "/" in m.component else "spacy"


def mention_vote(m: Mention) -> tuple[str, float]:
    return m.label, CUE_WEIGHT.get(cue_of(m), 1.0)


class Votes:
    """Summed type votes of a cluster."""

    def __init__(self) -> None:
        self.w: dict[str, float] = defaultdict(float)
        self.strong: dict[str, float] = defaultdict(float)

    def add(self, label: str, weight: float) -> None:
        self.w[label] += weight
        if weight >= STRONG:
            self.strong[label] += weight

    def absorb(self, other: Votes) -> None:
        for k, v in other.w.items():
            self.w[k] += v
        for k, v in other.strong.items():
            self.strong[k] += v

    def winner(self) -> str:
        if not self.w:
            return "organization"
        fam: dict[str, float] = defaultdict(float)
        for k, v in self.w.items():
            fam[FAMILY[k]] += v
        best_fam = max(sorted(fam), key=lambda f: fam[f])
        inside = {k: v for k, v in self.w.items() if FAMILY[k] == best_fam}
        return max(sorted(inside), key=lambda k: (self.strong.get(k, 0.0), inside[k]))

    def total(self) -> float:
        return sum(self.w.values())

    def is_strong(self) -> bool:
        return any(v >= STRONG for v in self.strong.values())

    def strong_family(self) -> str | None:
        if not self.strong:
            return None
        return FAMILY[max(sorted(self.strong), key=lambda k: self.strong[k])]


def compatible(a: Votes, b: Votes) -> bool:
    """Two clusters may merge on name evidence when their types agree, or when one
    of them has only weak cues (spaCy alone, guesses)."""
    fa, fb = FAMILY[a.winner()], FAMILY[b.winner()]
    if fa == fb:
        return True
    sa, sb = a.strong_family(), b.strong_family()
    if sa and sb and sa != sb:
        return False
    if sa and FAMILY[b.winner()] == sa or sb and FAMILY[a.winner()] == sb:
        return True
    return not (a.is_strong() and b.is_strong())
