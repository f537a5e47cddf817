"""``tarikh.event_merge.v1``: one event per happening, across sources.

``tarikh.claims.v1`` makes a one-claim event of every dated sentence. Two
events are the same happening when they have the same type and:

* their dates are the same day (both day-precise), and they share a
  participant or the place, or their sentences share words (Jaccard of content
  words >= 0.25); or
* their dates overlap at coarser precision ("1944" and "1944-11-12"), and they
  share a participant or the place AND their sentences share words (>= 0.3);
* or their dates do NOT overlap, but they share a participant or the place
  and their sentences are close in wording (>= 0.5): two tellings of one
  happening with different dates. The event keeps both date claims (a
  disagreement is kept, never averaged; reconciliation flags it);
* or (``retold``) they come from different sources, their dates (each at
  least month-precise) differ by at most a year, and their sentences name the same things: at least three
  entities named in both sentences (participants, place and resolved
  mentions), one of them a participant or the place of an event; dates more
  than a week apart also need close wording (>= 0.3); when their dates
  overlap, two shared names are enough if one is a participant of both
  ("formed the X led by P" and "under the leadership of Q and P, a band was
  set up" in the same month and county).

Two events never merge, directly or through a chain, when one source gives
them different dates.

Events on different days with different wording stay apart. Clusters are
built by union of pairs that pass. A merged event gets id ``make_id("ev",
sorted member claim ids)``, the type most members give, the date most member
claims give (ties: the earliest), the union of participants, the commonest
place, and one claim per source sentence (a second claim from the same
sentence with the same value is dropped as a duplicate). Member claims'
``subject`` is rewritten to the merged id.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from ..ids import make_id
from ..models import Claim, Corpus, Doc, Event, Participant
from ..registry import register
from ..unionfind import UnionFind

STOP = {
    "the", "and", "was", "were", "for", "that", "with", "from", "this", "had", "has", "have", "his", "her",
    "their", "its", "into", "which", "who", "also", "been", "are", "but", "not", "they", "them", "after",
    "before", "on", "in", "of", "to", "by", "at", "as", "an", "a", "it", "he", "she", "be", "is", "or",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "year", "years", "day", "days",
}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def bounds(edtf: str | None) -> tuple[int, int] | None:
    """Earliest and latest day an EDTF string can mean, as yyyymmdd ints."""
    if not edtf:
        return None
    lo = hi = None
    for k, part in enumerate(edtf.split("/")):
        m = _DATE.match(part.strip().rstrip("?~%"))
        if not m:
            continue
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        month = int(mo) if mo and int(mo) <= 12 else None
        a = y * 10000 + (month or 1) * 100 + (int(d) if d and month else 1)
        b = y * 10000 + (month or 12) * 100 + (int(d) if d and month else 31)
        if k == 0 or lo is None:
            lo = a
        hi = b
    return (lo, hi) if lo is not None and hi is not None else None


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'’-]{2,}", text.lower()) if w not in STOP}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _day_precise(b: tuple[int, int]) -> bool:
    return b[0] == b[1]


def same_happening(a: Event, b: Event, qa: set[str], qb: set[str]) -> bool:
    """The rule in the module docstring."""
    if a.type != b.type:
        return False
    shared = bool({p.entity for p in a.participants} & {p.entity for p in b.participants}) or (
        a.place is not None and a.place == b.place)
    sim = jaccard(qa, qb)
    ba, bb = bounds(a.date), bounds(b.date)
    if ba is None or bb is None:
        return shared and sim >= 0.5
    overlap = ba[0] <= bb[1] and bb[0] <= ba[1]
    if overlap and _day_precise(ba) and _day_precise(bb):
        return shared or sim >= 0.25
    if overlap:
        return shared and sim >= 0.3
    return shared and sim >= 0.5


def _days(v: int) -> int:
    return (v // 10000) * 372 + (v // 100 % 100) * 31 + v % 100


def gap_days(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Rough number of days between two date ranges (0 when they overlap)."""
    if a[0] <= b[1] and b[0] <= a[1]:
        return 0
    return _days(b[0]) - _days(a[1]) if a[1] < b[0] else _days(a[0]) - _days(b[1])


def _roles(e: Event) -> set[str]:
    return {p.entity for p in e.participants} | ({e.place} if e.place else set())


def retold(a: Event, b: Event, named_a: set[str], named_b: set[str], qa: set[str], qb: set[str]) -> bool:
    """Two tellings of one happening whose dates differ (see the module docstring).

    ``named_*``: entity ids named in each event's sentences (roles included).
    The caller checks that the events come from different sources.
    """
    ba, bb = bounds(a.date), bounds(b.date)
    if a.type != b.type or ba is None or bb is None:
        return False
    gap = gap_days(ba, bb)
    if gap > 372 or max(_days(x[1]) - _days(x[0]) for x in (ba, bb)) > 31:
        return False
    na, nb = named_a | _roles(a), named_b | _roles(b)
    shared = na & nb
    if gap == 0:  # the same month or day, told in other words: a shared participant and one more shared name
        return len(shared) >= 2 and bool({p.entity for p in a.participants} & {p.entity for p in b.participants})
    if len(shared) < 3 or not shared & (_roles(a) | _roles(b)):
        return False
    return gap <= 7 or jaccard(qa, qb) >= 0.3


def entities_in(corpus: Corpus, doc: Doc, a: int, b: int) -> list[str]:
    """Entity ids of the resolved mentions inside ``doc``'s text ``a:b``, in text order, each once."""
    out: list[str] = []
    for k, m in enumerate(doc.mentions):
        if a <= m.start and m.end <= b:
            ent = m.entity or corpus.mention_entity.get((doc.source.id, k))
            if ent and ent not in out:
                out.append(ent)
    return out


def named_entities(corpus: Corpus, docs: dict[str, Doc], claims: list[Claim]) -> set[str]:
    """Entity ids of the resolved mentions inside the claims' quotes (``docs``: source id -> doc)."""
    out: set[str] = set()
    for c in claims:
        doc = docs.get(c.source)
        if doc is not None:
            out.update(entities_in(corpus, doc, c.start, c.end))
    return out


def _year(e: Event) -> int | None:
    b = bounds(e.date)
    return b[0] // 10000 if b else None


def _merge(members: list[Event], claims: dict[str, Claim]) -> tuple[Event, set[str]]:
    """The merged event and the ids of duplicate claims it dropped."""
    kept: list[str] = []
    dropped: set[str] = set()
    seen: set[tuple[str, int, int, str]] = set()
    for e in members:
        for cid in e.claims:
            c = claims.get(cid)
            key = (c.source, c.start, c.end, str(c.value)) if c else ("", 0, 0, cid)
            if key in seen:
                dropped.add(cid)
                continue
            seen.add(key)
            kept.append(cid)
    dates = Counter(claims[c].value.get("edtf") for c in kept if c in claims and claims[c].value.get("edtf"))
    date = None
    if dates:
        top = max(dates.values())
        date = min((d for d, n in dates.items() if n == top), key=lambda d: (bounds(d) or (0, 0), d))
    types = Counter(e.type for e in members)
    places = Counter(e.place for e in members if e.place)
    parts: list[Participant] = []
    for e in members:
        for p in e.participants:
            if all((p.entity, p.role) != (q.entity, q.role) for q in parts):
                parts.append(p)
    label = max(members, key=lambda e: (len(e.participants), -len(e.label))).label
    merged = Event(id=make_id("ev", sorted(kept)), type=types.most_common(1)[0][0], label=label, date=date,
                   place=places.most_common(1)[0][0] if places else None, participants=parts, claims=kept)
    return merged, dropped


Dated = set[tuple[str, tuple[int, int] | None]]


def _sources(d: Dated) -> set[str]:
    return {s for s, _ in d}


def _source_clash(x: Dated, y: Dated) -> bool:
    """One source gives the two sides dates that cannot be the same."""
    for s, a in x:
        for t, b in y:
            if s == t and a is not None and b is not None and gap_days(a, b) > 0:
                return True
    return False


@register("tarikh.event_merge.v1")
class EventMerge:
    """Merge one-claim events that tell of the same happening."""

    name = "tarikh.event_merge.v1"

    def __call__(self, corpus: Corpus) -> Corpus:
        events = corpus.events
        claims = {c.id: c for c in corpus.claims}
        qwords = [words(" ".join(claims[c].quote for c in e.claims if c in claims) + " " + e.label)
                  for e in events]
        docs = {d.source.id: d for d in corpus.docs}
        named = [named_entities(corpus, docs, [claims[c] for c in e.claims if c in claims]) for e in events]
        dated = [{(claims[c].source, bounds(claims[c].value.get("edtf") or e.date)) for c in e.claims if c in claims}
                 for e in events]
        uf: UnionFind[int] = UnionFind(range(len(events)))
        blocks: dict[str, list[int]] = {}
        for i, e in enumerate(events):
            blocks.setdefault(e.type, []).append(i)
        for idxs in blocks.values():
            for i, j in combinations(idxs, 2):
                yi, yj = _year(events[i]), _year(events[j])
                if yi is not None and yj is not None and abs(yi - yj) > 1 and jaccard(qwords[i], qwords[j]) < 0.5:
                    continue
                ri, rj = uf.find(i), uf.find(j)
                if ri == rj or _source_clash(dated[ri], dated[rj]):
                    continue
                if same_happening(events[i], events[j], qwords[i], qwords[j]) or (
                        not _sources(dated[i]) & _sources(dated[j])
                        and retold(events[i], events[j], named[i], named[j], qwords[i], qwords[j])):
                    uf.join(i, j)
                    root = uf.find(i)
                    dated[root] = dated[ri] | dated[rj]
        groups = uf.groups()
        out: list[Event] = []
        drop: set[str] = set()
        for idxs in groups.values():
            if len(idxs) == 1:
                out.append(events[idxs[0]])
                continue
            merged, dropped = _merge([events[i] for i in idxs], claims)
            drop |= dropped
            for i in idxs:
                for cid in events[i].claims:
                    if cid in claims:
                        claims[cid].subject = merged.id
            out.append(merged)
        corpus.events = out
        corpus.claims = [c for c in corpus.claims if c.id not in drop]
        return corpus
