"""``tarikh.accounts.v1``: rival accounts of one happening, and the end of a thing dated twice.

``tarikh.align.v1`` compares claims about one subject. Some disagreements sit
between two *events* that extraction kept apart, because each source tells the
happening its own way. Two general rules find them, from the qualifiers
``tarikh.dates.v1`` puts on date claims (see :mod:`tarikh.extract.accounts`):

* **Ends.** A thing ends once. Two date claims from independent sources that
  date the end of the same thing (``ends``: the same phrase, or one phrase's
  words inside the other's with at least two words) on days that cannot be
  the same conflict on its ``end_date``. Claims of the same end that agree
  with one side join the conflict.
* **Rival accounts.** Two events of the same type, each told as somebody's
  account (``account``: "according to", "records show that", "revealed
  that", a scare-quoted event word), from independent sources, both dated to
  the day and at most ``window`` days apart, that name no disjoint sets of
  participants, conflict when their dates differ (``date``) or when both name
  a place and the places differ (``place``).

Independence is the same as in alignment: different sources, not linked by
text reuse, not quoting the same sentence. Claims in these conflicts become
``contested``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import combinations
from typing import Any

from ..models import Claim, Conflict, Corpus, Event
from ..registry import register
from ..resolve.geocode import km
from .align import independent_claims
from .explain import add_conflicts, build_conflict, labels_for
from .reuse import copy_groups
from .values import date_bounds, overlaps

NAME = "tarikh.accounts.v1"
_TYPES_NOT_TOLD = {"declaration", "other"}  # the telling itself, or no known kind of happening


def _key(phrase: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", phrase.lower()) if w not in ("of", "and"))


def same_thing(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two ended phrases name one thing: equal word sets, or the smaller (two words or more) inside the other."""
    if a == b:
        return bool(a)
    small, big = (a, b) if len(a) < len(b) else (b, a)
    return len(small) >= 2 and small < big


def independent(a: Claim, b: Claim, groups: dict[str, int]) -> bool:
    return independent_claims(a, b, groups.get(a.source, -1), groups.get(b.source, -2))


def _day(edtf: str | None) -> tuple[float, float] | None:
    b = date_bounds(edtf)
    return b if b and b[0] == b[1] else None


def _km(a: Any, b: Any) -> float | None:
    if a is None or b is None or a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return None
    return km((a.lat, a.lon), (b.lat, b.lon))


@register(NAME)
class RivalAccounts:
    """Conflicts between events that tell one happening differently (see the module docstring)."""

    name = NAME

    def __init__(self, window: int = 7, near_km: float = 50.0) -> None:
        self.window = window
        self.near_km = near_km

    def __call__(self, corpus: Corpus) -> Corpus:
        sources = [d.source for d in corpus.docs]
        groups = copy_groups(sources)
        labels = labels_for(sources)
        entities = {e.id: e for e in corpus.entities}
        add_conflicts(corpus, self._ends(corpus.claims, groups, labels, entities)
                      + self._rivals(corpus, groups, labels, entities))
        return corpus

    # -- ends
    def _ends(self, claims: list[Claim], groups: dict[str, int], labels: dict[str, str],
              entities: dict[str, Any]) -> list[Conflict]:
        ending = [(c, _key(str(c.qualifiers.get("ends")))) for c in claims
                  if c.qualifiers.get("ends") and c.value.get("type") == "date" and date_bounds(c.value.get("edtf"))]
        out: list[Conflict] = []
        done: set[frozenset[str]] = set()
        for (a, ka), (b, kb) in combinations(ending, 2):
            if not same_thing(ka, kb) or not independent(a, b, groups):
                continue
            ba, bb = date_bounds(a.value.get("edtf")), date_bounds(b.value.get("edtf"))
            if ba is None or bb is None or overlaps(ba, bb):
                continue
            key = ka | kb
            if key in done:
                continue
            done.add(key)
            members = [c for c, k in ending if same_thing(k, ka) or same_thing(k, kb)]
            thing = str(max((a, b), key=lambda c: len(str(c.qualifiers["ends"]))).qualifiers["ends"])
            subject = _entity_named(thing, entities) or a.subject
            out.append(_conflict(subject, "end_date", "date", members, labels, f"the {thing}",
                                 lambda c: str(c.value["edtf"])))
        return out

    # -- rival accounts
    def _rivals(self, corpus: Corpus, groups: dict[str, int], labels: dict[str, str],
                entities: dict[str, Any]) -> list[Conflict]:
        by_id = {c.id: c for c in corpus.claims}
        told: list[tuple[Event, list[Claim], tuple[float, float]]] = []
        for e in corpus.events:
            day = _day(e.date)
            accounts = [by_id[c] for c in e.claims if c in by_id and by_id[c].qualifiers.get("account")
                        and _day(by_id[c].value.get("edtf")) == day]
            if day and accounts and e.type not in _TYPES_NOT_TOLD:
                told.append((e, accounts, day))
        out: list[Conflict] = []
        told.sort(key=lambda t: (t[0].type, t[2][0], t[0].id))
        for (ea, ca, da), (eb, cb, db) in self._near(told):
            if not any(independent(x, y, groups) for x in ca for y in cb):
                continue
            pa, pb = {p.entity for p in ea.participants}, {p.entity for p in eb.participants}
            if pa and pb and not pa & pb:
                continue  # they name different people or bodies: two happenings
            if da != db:
                prop, kind, show = "date", "date", lambda c: str(c.value["edtf"])
            elif self._places_differ(ea, eb, entities):
                places = {c.id: entities[e.place].name for e, cs in ((ea, ca), (eb, cb)) for c in cs
                          if e.place in entities}
                prop, kind, show = "place", "entity", lambda c, p=places: p.get(c.id, "?")  # type: ignore[misc]
            else:
                continue
            first = min((ea, eb), key=lambda e: e.id)
            what = f"the {first.type.replace('_', ' ')} told as \u201c{first.label}\u201d"
            out.append(_conflict(first.id, prop, kind, ca + cb, labels, what, show))
        return out

    def _near(self, told: list[Any]) -> Any:
        """Pairs of the same type at most ``window`` days apart (``told`` sorted by type, then day)."""
        for i, a in enumerate(told):
            for b in told[i + 1:]:
                if b[0].type != a[0].type or b[2][0] - a[2][0] > self.window:
                    break
                yield a, b

    def _places_differ(self, a: Event, b: Event, entities: dict[str, Any]) -> bool:
        if not a.place or not b.place or a.place == b.place:
            return False
        km = _km(entities.get(a.place), entities.get(b.place))
        return km is None or km > self.near_km


def _entity_named(phrase: str, entities: dict[str, Any]) -> str | None:
    want = _key(phrase)
    hits = [e.id for e in entities.values() if e.type != "place" and _key(e.name) == want]
    return hits[0] if len(hits) == 1 else None


def _conflict(subject: str, prop: str, kind: str, members: list[Claim], labels: dict[str, str], what: str,
              show: Callable[[Claim], str]) -> Conflict:
    def with_cue(c: Claim) -> str:
        cue = c.qualifiers.get("account")
        return show(c) + (f" ({cue})" if cue else "")

    return build_conflict(subject, prop, kind, members, labels, what, with_cue)
