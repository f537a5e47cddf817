"""How two claims about one subject relate: the pairwise rules behind alignment.

``relate(a, b)`` returns one of ``agreement``, ``compatible``, ``conflict``,
``change_over_time``, ``scope`` or ``None`` (not about the same thing):

* the values must be of one type (date, quantity, entity, text);
* property names are compared as token sets (``values.name_key``): equal sets
  are the same property, a strict subset is a part of a whole (``scope``);
* quantities with different units are ``scope``;
* two ``as_of`` times (or, when a claim on an entity has none, the years
  written in its quote) that do not overlap are ``change_over_time``, and so
  is a quantity that is the result of a change ("reduced to 6", qualifier
  ``change``) against one that is not; a claim
  with no time at all is taken to speak of the same time as the other;
* numbers and dates become intervals: equal is ``agreement``, overlapping
  (bounds, precision, approximation) is ``compatible``, disjoint is ``conflict``;
* entity and text values conflict only for properties that hold one value at a
  time (leader, capital, cause, place...), and on an entity (not an event) only
  when both claims say when; the caller also checks that neither source states
  the other's value too;
* plain ``date`` claims conflict only on events (dates said of a person are
  many facts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..models import Claim
from .values import date_bounds, key_relation, name_key, overlaps, quantity_interval, years_in

# properties that hold one value at a time: a different value is a disagreement
_FUNCTIONAL = {
    "leader", "led", "lead", "commander", "head", "chairman", "chair", "president", "chief",
    "capital", "place", "location", "site", "founder", "winner", "victor", "cause", "killer",
    "successor", "predecessor", "birthplace", "outcome", "result",
}


@dataclass
class Item:
    """A claim with what comparison needs, computed once."""

    claim: Claim
    vtype: str
    key: frozenset[str]
    unit: frozenset[str]
    bounds: tuple[float, float] | None  # the value as an interval (numbers, dates)
    time: tuple[float, float] | None  # when the value held
    text: str  # normalised entity id or text value
    group: int  # copy group of the source
    on_event: bool = False  # the subject is an event (a moment), not a lasting entity

    @property
    def id(self) -> str:
        return self.claim.id


def make_item(claim: Claim, group: int, on_event: bool) -> Item:
    v = claim.value or {}
    vtype = str(v.get("type", "text"))
    q = claim.qualifiers or {}
    bounds: tuple[float, float] | None = None
    text = ""
    if vtype == "date":
        bounds = date_bounds(v.get("edtf"))
    elif vtype == "quantity":
        bounds = quantity_interval(v, q.get("approx"))
    elif vtype == "entity":
        text = str(v.get("id") or v.get("mention") or "")
    else:
        text = _norm(str(v.get("text", "")))
    time = date_bounds(q.get("as_of")) if q.get("as_of") else None
    if time is None and vtype != "date" and not on_event:
        own = tuple(float(x) for x in (v.get("amount"), v.get("lower"), v.get("upper"))
                    if isinstance(x, int | float))
        time = years_in(claim.quote, own)
    unit = name_key(v.get("unit")) if vtype == "quantity" else frozenset()
    return Item(claim, vtype, name_key(claim.property), unit, bounds, time, text, group, on_event)


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def functional(key: frozenset[str]) -> bool:
    return bool(key & _FUNCTIONAL)


def relate(a: Item, b: Item) -> str | None:
    if a.vtype != b.vtype:
        return None
    krel = key_relation(a.key, b.key)
    if krel == "other":
        return None
    if krel == "part":
        return "scope"
    if a.vtype == "quantity" and a.unit and b.unit and a.unit != b.unit:
        return "scope"
    if a.time and b.time and not overlaps(a.time, b.time):
        return "change_over_time"
    if a.vtype == "quantity" and _changed(a) != _changed(b):
        return "change_over_time"  # "was reduced to 6" is the value after a change, not a rival count
    if a.vtype == "date" and a.key == frozenset({"date"}) and not (a.on_event and b.on_event):
        return None  # undifferentiated dates said of a person or a place are many facts, not one
    if a.vtype in ("date", "quantity"):
        if a.bounds is None or b.bounds is None:
            return None
        if a.bounds == b.bounds and _approx(a) == _approx(b):
            return "agreement"
        if overlaps(a.bounds, b.bounds):
            return "compatible"
        return "conflict"
    if not a.text or not b.text:
        return None
    if a.text == b.text:
        return "agreement"
    if a.vtype == "text" and (a.text in b.text or b.text in a.text):
        return "compatible"
    if not functional(a.key):
        return "compatible"
    # a lasting subject may change leader, capital...: disagree only when both say when
    if not (a.on_event and b.on_event) and not (a.time and b.time):
        return "compatible"
    return "conflict"


def _changed(i: Item) -> bool:
    return bool((i.claim.qualifiers or {}).get("change"))


def _approx(i: Item) -> Any:
    return (i.claim.qualifiers or {}).get("approx", "exact")

