"""``tarikh.leaders.v1``: sources that disagree on who led a body when it was founded.

A founding has one leadership. After ``tarikh.event_merge.v1`` has put the
tellings of one founding together, each source's telling says who led it:

* the leaders it names: the event's ``leader`` participants ("led by X",
  "under the leadership of X, Y and others") named in that source's sentence;
* the chief it names in the next two sentences, when one says that somebody
  "was elected/appointed (as) the commander(-in-chief)/leader/chairman/head
  of the <thing>" and the thing's words are in the founding sentence ("a
  partisan band was formed ... X was elected commander of the partisan band").

Two independent sources (see :func:`tarikh.reconcile.align.independent_claims`)
conflict on ``leader`` when one names a single leader and the other names a
different single leader, or a chief who is not that leader. A source that only
names more leaders, the first one's among them, is not a disagreement: it
says more. The conflict holds the founding claims of both sides and the claim
of the sentence that names the chief, so the side-by-side shows all three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..extract.event_merge import entities_in
from ..models import Claim, Corpus, Doc, Event
from ..registry import register
from .align import independent_claims
from .explain import add_conflicts, build_conflict, labels_for
from .reuse import copy_groups

NAME = "tarikh.leaders.v1"
FOUNDING_TYPES = {"founding"}
CHIEF = re.compile(
    r"(?P<who>\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+was\s+(?:elected|appointed|named|chosen|made)\s+"
    r"(?:as\s+)?(?:the\s+)?(?P<role>commander-in-chief|supreme\s+commander|commander|leader|chairman|chief|head)"
    r"\s+of\s+(?:the\s+|its\s+)?(?P<of>[a-z][a-z -]*?)\s*(?=[,.;:]|\s+and\b|$)")
_LOOK_AHEAD = 2  # sentences after the founding sentence that may name its chief


@dataclass
class Telling:
    """What one source's claim says about a founding's leadership."""

    claim: Claim
    leaders: list[str] = field(default_factory=list)  # entity ids, in the order named
    chief: str | None = None
    chief_claim: Claim | None = None
    role: str = ""


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def _named_as(who: str, corpus: Corpus, ids: set[str]) -> list[str]:
    """Entities among ``ids`` with a name that is ``who`` or that starts or ends with it ("X" / "X Y");
    a capitalised word before the name ("Later X") is dropped when nothing fits with it."""
    whole = who.lower().split()
    for i in range(len(whole)):
        key = whole[i:]
        out = [e.id for e in corpus.entities if e.id in ids and any(
            words == key or words[:len(key)] == key or words[-len(key):] == key
            for words in (n.lower().split() for n in [e.name, *(a.name for a in e.aliases)]))]
        if out:
            return out
    return []


def _chief(corpus: Corpus, doc: Doc, claim: Claim, claims_at: dict[tuple[str, int], Claim],
           leaders: set[str]) -> Telling | None:
    """The chief named right after the founding sentence, if any (a short name that no mention covers is
    read as one of the founding's leaders when exactly one has that name)."""
    text = doc.source.text
    after = [s for s in doc.sentences if s.start >= claim.end][:_LOOK_AHEAD]
    founded = _words(claim.quote)
    for s in after:
        for m in CHIEF.finditer(text, s.start, s.end):
            if not _words(m.group("of")) <= founded:
                continue
            who = entities_in(corpus, doc, m.start("who"), m.end("who")) or _named_as(m.group("who"), corpus, leaders)
            if len(who) == 1:
                t = Telling(claim, chief=who[0], role=" ".join(m.group("role").split()))
                t.chief_claim = claims_at.get((doc.source.id, s.start))
                return t
    return None


def tellings(corpus: Corpus, event: Event, claims: list[Claim], docs: dict[str, Doc],
             claims_at: dict[tuple[str, int], Claim]) -> list[Telling]:
    """Each claim of a founding, with the leaders and the chief its source names (``docs``: source id ->
    doc; ``claims_at``: (source id, start) -> the claim of that sentence)."""
    leaders = {p.entity for p in event.participants if p.role == "leader"}
    out: list[Telling] = []
    for c in claims:
        doc = docs.get(c.source)
        if doc is None:
            continue
        t = _chief(corpus, doc, c, claims_at, leaders) or Telling(c)
        t.leaders = [e for e in entities_in(corpus, doc, c.start, c.end) if e in leaders]
        out.append(t)
    return out


def _clash(a: Telling, b: Telling) -> bool:
    """``a`` names one leader only; ``b`` names another single leader, or a chief who is not ``a``'s leader."""
    if len(a.leaders) != 1 or a.chief:
        return False
    if b.chief:
        return b.chief != a.leaders[0]
    return len(b.leaders) == 1 and b.leaders != a.leaders


@register(NAME)
class Leaders:
    """Conflicts over who led a body at its founding (see the module docstring)."""

    name = NAME

    def __init__(self, **_: Any) -> None:
        pass

    def __call__(self, corpus: Corpus) -> Corpus:
        sources = [d.source for d in corpus.docs]
        groups = copy_groups(sources)
        labels = labels_for(sources)
        names = {e.id: e.name for e in corpus.entities}
        by_id = {c.id: c for c in corpus.claims}
        docs = {d.source.id: d for d in corpus.docs}
        claims_at = {(c.source, c.start): c for c in corpus.claims}
        found = []
        for ev in corpus.events:
            claims = [by_id[c] for c in ev.claims if c in by_id]
            if ev.type not in FOUNDING_TYPES or len({c.source for c in claims}) < 2:
                continue
            told = tellings(corpus, ev, claims, docs, claims_at)
            for a in told:
                rivals = [b for b in told if _clash(a, b) and independent_claims(
                    a.claim, b.claim, groups.get(a.claim.source, -1), groups.get(b.claim.source, -2))]
                if not rivals:
                    continue
                same = [t for t in told if t.leaders == a.leaders and not t.chief]
                members = [t.claim for t in same + rivals] + [b.chief_claim for b in rivals if b.chief_claim]
                show = _shower(same + rivals, names)
                found.append(build_conflict(ev.id, "leader", "entity", members, labels,
                                            f"the founding told as \u201c{ev.label}\u201d", show))
                break
        add_conflicts(corpus, found)
        return corpus


def _shower(told: list[Telling], names: dict[str, str]) -> Any:
    """Each claim's value in the explanation: the leaders its sentence names, or the chief."""
    def listed(ids: list[str]) -> str:
        ns = [names.get(x, x) for x in ids]
        return ns[0] if len(ns) == 1 else ", ".join(ns[:-1]) + " and " + ns[-1]

    said: dict[str, str] = {}
    for t in told:
        if t.leaders:
            said[t.claim.id] = listed(t.leaders) + (" as leaders" if len(t.leaders) > 1 else " as leader")
        if t.chief:
            chief = f"{names.get(t.chief, t.chief)} as {t.role}"
            said.setdefault(t.claim.id, chief)
            if t.chief_claim is not None:
                said[t.chief_claim.id] = chief
    return lambda c: said.get(c.id, "?")
