"""Claim alignment and conflicts (``tarikh.align.v1``).

Claims are grouped by subject; every pair from two different sources gets a
relation (``relate.relate``). Pairs with the same property form alignment
groups (connected components) whose relation is the strongest found:
conflict > change_over_time > compatible > agreement; pairs that name a part
and its whole, or different units, are ``scope`` alignments.

A conflict is a set of claims that cannot all be true: it is grown from one
conflicting pair by adding claims that conflict with, or state the same value
as, every claim already in it; so a conflict never holds two claims that are
merely compatible or from different times.

Status: ``contested`` when in a conflict; ``corroborated`` when an independent
source agrees (agreement or compatible). Sources linked by text reuse
(``Source.derived_from``, transitively) are never independent of each other,
nor are two claims quoting the same sentence. A copy that changed a value
still conflicts with its original.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Any

from ..models import Alignment, Claim, Conflict, Corpus
from ..registry import register
from ..unionfind import UnionFind
from .explain import build_conflict, format_value, labels_for
from .parallel import parallel_pairs, values_disjoint
from .relate import Item, functional, make_item, relate
from .reuse import copy_groups
from .values import key_relation, overlaps

_RANK = {"conflict": 4, "change_over_time": 3, "compatible": 2, "agreement": 1}
_KINDS = {"date": "date", "quantity": "number", "entity": "entity"}


def same_sentence(a: Claim, b: Claim) -> bool:
    qa, qb = " ".join(a.quote.split()).lower(), " ".join(b.quote.split()).lower()
    return bool(qa) and qa == qb


def independent_claims(a: Claim, b: Claim, group_a: int, group_b: int) -> bool:
    """Different sources, not linked by text reuse (``group_*``: copy groups), not quoting one sentence."""
    return a.source != b.source and group_a != group_b and not same_sentence(a, b)


def independent(a: Item, b: Item) -> bool:
    return independent_claims(a.claim, b.claim, a.group, b.group)


def pair_relations(items: list[Item], aliases: dict[str, set[str]] | None = None) -> dict[tuple[str, str], str]:
    """Relation of every pair of claims from different sources (ids sorted).

    Two claims quoting the same sentence never conflict (a difference there
    comes from extraction, not from the sources); nor do entity values when
    either quote also names the other value (``aliases``: entity id -> names).
    """
    out: dict[tuple[str, str], str] = {}
    buckets: dict[tuple[str, frozenset[str]], list[Item]] = defaultdict(list)
    for i in items:
        buckets[(i.vtype, i.key)].append(i)
    pairs: list[tuple[Item, Item]] = []
    for (vt, key), group in buckets.items():
        pairs.extend(combinations(group, 2))
        for (vt2, key2), group2 in buckets.items():
            if vt2 == vt and key_relation(key, key2) == "part" and sorted(key) < sorted(key2):
                pairs.extend((a, b) for a in group for b in group2)
    for a, b in pairs:
        if a.claim.source == b.claim.source:
            continue
        rel = relate(a, b)
        if rel is None:
            continue
        if rel == "conflict" and (same_sentence(a.claim, b.claim) or a.vtype in ("entity", "text") and (
                _also_states(items, a, b) or _quote_names(a, b, aliases or {}))):
            rel = "compatible"
        out[_pair(a.id, b.id)] = rel
    return out


def _quote_names(a: Item, b: Item, aliases: dict[str, set[str]]) -> bool:
    if a.vtype != "entity":
        return False
    for x, y in ((a, b), (b, a)):
        quote = " ".join(x.claim.quote.split()).lower()
        if any(n and n in quote for n in aliases.get(y.text, ())):
            return True
    return False


def _pair(x: str, y: str) -> tuple[str, str]:
    return (x, y) if x < y else (y, x)


def _also_states(items: list[Item], a: Item, b: Item) -> bool:
    """Either source also gives the other's value for this property (several values held)."""
    for x, y in ((a, b), (b, a)):
        if any(i.claim.source == x.claim.source and i.key == x.key and i.text == y.text for i in items):
            return True
    return False


def _conflict_sets(items: list[Item], rels: dict[tuple[str, str], str]) -> list[list[Item]]:
    by_id = {i.id: i for i in items}
    near: dict[str, set[str]] = defaultdict(set)  # conflict or agreement with
    for (x, y), rel in rels.items():
        if rel in ("conflict", "agreement"):
            near[x].add(y)
            near[y].add(x)

    def fits(c: str, members: list[str]) -> bool:
        return all(m in near[c] for m in members) and any(
            rels.get(_pair(c, m)) == "conflict" for m in members)

    seen: set[frozenset[str]] = set()
    for (x, y), rel in sorted(rels.items()):
        if rel != "conflict":
            continue
        members = [x, y]
        for c in sorted(near[x] & near[y]):
            if fits(c, members):
                members.append(c)
        seen.add(frozenset(members))
    holding: dict[str, list[frozenset[str]]] = defaultdict(list)
    for m in seen:
        for i in m:
            holding[i].append(m)
    keep = [m for m in seen if not any(len(o) > len(m) and m < o for o in holding[min(m)])]
    return [[by_id[i] for i in sorted(m)] for m in sorted(keep, key=sorted)]


def _components(items: list[Item], rels: dict[tuple[str, str], str], wanted: set[str]) -> list[list[Item]]:
    uf: UnionFind[str] = UnionFind(i.id for i in items)
    for (x, y), rel in rels.items():
        if rel in wanted:
            uf.join(x, y)
    by_id = {i.id: i for i in items}
    return [[by_id[m] for m in g] for g in uf.groups().values() if len(g) > 1]


@register("tarikh.align.v1")
class Align:
    """Group claims by subject and property, classify each group, find conflicts."""

    name = "tarikh.align.v1"

    def __init__(self, **_: Any) -> None:
        pass

    def __call__(self, corpus: Corpus) -> Corpus:
        sources = {d.source.id: d.source for d in corpus.docs}
        groups = copy_groups(list(sources.values()))
        events = {e.id: e.label for e in corpus.events}
        names = {e.id: e.name for e in corpus.entities} | events
        labels = labels_for(list(sources.values()))
        aliases = {e.id: {" ".join(n.split()).lower() for n in [e.name, *(a.name for a in e.aliases)]}
                   for e in corpus.entities}
        by_subject: dict[str, list[Item]] = defaultdict(list)
        for c in corpus.claims:
            g = groups.setdefault(c.source, len(groups))
            by_subject[c.subject].append(make_item(c, g, c.subject in events))
        conflicts: dict[str, Conflict] = {}
        alignments: list[Alignment] = []
        status: dict[str, str] = {}
        for subject in sorted(by_subject):
            items = sorted(by_subject[subject], key=lambda i: i.id)
            rels = pair_relations(items, aliases)
            if not rels:
                continue
            by_id = {i.id: i for i in items}
            for comp in _components(items, rels, set(_RANK)):
                alignments.append(_alignment(subject, comp, rels))
            for comp in _components(items, rels, {"scope"}):
                alignments.append(Alignment(subject, _prop(comp), sorted(i.id for i in comp), "scope",
                                            "different units, or a part and its whole"))
            for (x, y), rel in rels.items():
                if rel in ("agreement", "compatible") and independent(by_id[x], by_id[y]):
                    status.setdefault(x, "corroborated")
                    status.setdefault(y, "corroborated")
            for members in _conflict_sets(items, rels):
                cf = _conflict(subject, members, names, labels)
                conflicts[cf.id] = cf
        self._parallel(corpus, sources, groups, events, names, labels, conflicts)
        contested = {cid for cf in conflicts.values() for cid in cf.claims}
        for c in corpus.claims:
            c.status = "contested" if c.id in contested else status.get(c.id, "single")
        corpus.conflicts = sorted(conflicts.values(), key=lambda c: c.id)
        corpus.alignments = alignments
        return corpus


    def _parallel(self, corpus: Corpus, sources: dict[str, Any], groups: dict[str, int], events: dict[str, str],
                  names: dict[str, str], labels: dict[str, str], conflicts: dict[str, Conflict]) -> None:
        """A copy that changed a number in a shared sentence conflicts, whatever extraction made of it."""
        known = {cid for cf in conflicts.values() for cid in cf.claims}
        for a, b in parallel_pairs(corpus.claims, sources):
            if a.id in known or b.id in known or a.quote.strip() == b.quote.strip():
                continue
            if values_disjoint(a, b):
                ia = make_item(a, groups.get(a.source, -1), a.subject in events)
                ib = make_item(b, groups.get(b.source, -1), b.subject in events)
                if ia.time and ib.time and not overlaps(ia.time, ib.time):
                    continue
                cf = _conflict(a.subject, [ia, ib], names, labels)
                conflicts[cf.id] = cf


def _prop(items: list[Item]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for i in items:
        counts[i.claim.property] += 1
    return max(sorted(counts), key=lambda p: counts[p])


def _alignment(subject: str, comp: list[Item], rels: dict[tuple[str, str], str]) -> Alignment:
    ids = {i.id for i in comp}
    found = [r for (x, y), r in rels.items() if x in ids and y in ids and r in _RANK]
    relation = max(found, key=lambda r: _RANK[r]) if found else "agreement"
    n_sources = len({i.claim.source for i in comp})
    return Alignment(subject, _prop(comp), sorted(ids), relation,
                     f"{len(comp)} claims from {n_sources} sources: {relation.replace('_', ' ')}")


def _conflict(subject: str, members: list[Item], names: dict[str, str], labels: dict[str, str]) -> Conflict:
    prop = _prop(members)
    kind = _KINDS.get(members[0].vtype, "text")
    if members[0].vtype in ("entity", "text") and not functional(members[0].key):
        kind = "text"
    return build_conflict(subject, prop, kind, [m.claim for m in members], labels, names.get(subject, ""),
                          lambda c: format_value(c.value, c.qualifiers, names))
