"""What two sources say differently about the same things."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import NotFoundError
from ..models import Claim, Corpus
from .explain import format_value
from .relate import Item, make_item, relate
from .reuse import copy_groups


@dataclass
class ClaimPair:
    subject: str
    property: str
    relation: str  # conflict, compatible, change_over_time, scope
    a: list[str]  # claim ids from source a
    b: list[str]
    a_values: list[str]
    b_values: list[str]


@dataclass
class SourceComparison:
    source_a: str
    source_b: str
    derived: bool  # one copies the other (text reuse)
    different: list[ClaimPair] = field(default_factory=list)
    same: list[ClaimPair] = field(default_factory=list)
    only_a: list[str] = field(default_factory=list)  # claim ids about things b does not address
    only_b: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def compare_sources(corpus: Corpus, source_a_id: str, source_b_id: str) -> SourceComparison:
    """Claims of the two sources on the same subject and property, paired and classified.

    ``different`` holds pairs whose values differ (conflict first, then
    compatible, change over time, scope); ``same`` holds agreements;
    ``only_a``/``only_b`` the claims on subject+property the other source never
    addresses.
    """
    known = {d.source.id: d.source for d in corpus.docs}
    for sid in (source_a_id, source_b_id):
        if sid not in known:
            raise NotFoundError(f"no source with id {sid!r}")
    groups = copy_groups(list(known.values()))
    names = {e.id: e.name for e in corpus.entities}
    events = {e.id for e in corpus.events}
    items_a = [_item(c, groups, events) for c in corpus.claims if c.source == source_a_id]
    items_b = [_item(c, groups, events) for c in corpus.claims if c.source == source_b_id]
    derived = source_b_id in known[source_a_id].derived_from or source_a_id in known[source_b_id].derived_from
    out = SourceComparison(source_a_id, source_b_id, derived)
    paired_a: set[str] = set()
    paired_b: set[str] = set()
    best: dict[tuple[str, str, str], str] = {}
    for a in items_a:
        for b in items_b:
            if a.claim.subject != b.claim.subject:
                continue
            rel = relate(a, b)
            if rel is None:
                continue
            paired_a.add(a.id)
            paired_b.add(b.id)
            best[(a.id, b.id, a.claim.subject)] = rel
    by_id = {i.id: i.claim for i in items_a + items_b}
    order = {"conflict": 0, "compatible": 1, "change_over_time": 2, "scope": 3, "agreement": 4}
    for (aid, bid, subject), rel in sorted(best.items(), key=lambda kv: (order[kv[1]], kv[0])):
        ca, cb = by_id[aid], by_id[bid]
        pair = ClaimPair(subject, ca.property, rel, [aid], [bid],
                         [format_value(ca.value, ca.qualifiers, names)],
                         [format_value(cb.value, cb.qualifiers, names)])
        (out.same if rel == "agreement" else out.different).append(pair)
    out.only_a = sorted(i.id for i in items_a if i.id not in paired_a)
    out.only_b = sorted(i.id for i in items_b if i.id not in paired_b)
    return out


def _item(c: Claim, groups: dict[str, int], events: set[str]) -> Item:
    return make_item(c, groups.get(c.source, -1), c.subject in events)
