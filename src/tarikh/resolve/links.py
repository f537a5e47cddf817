"""Merge rules across the whole corpus that look past exact and transliterated equality.

* ``place-suffix``: "X County" / "X District" / "X Province" is the place "X";
* ``modifier``: "Ruritanian Red Guard" is "Red Guard" when the extra first word is
  a people's or country's adjective (or an acronym such as a state's initials)
  and no other modified form of the same name exists;
* ``short-form``: a person's name that another person's longer name starts or
  ends with ("Ivan Petrov" in "Ivan Petrov Orlov"), or a one-word name equal to
  the first or last word of exactly one person's full name;
* ``acronym``: an acronym whose full name is written only in another source;
* ``gazetteer``: two place names that the gazetteer gives as names of the same
  populated place ("Alma-Ata" and "Almaty");
* ``transliteration``: names with the same consonants by sound class and the same
  vowels (Wade-Giles/postal and pinyin spellings).
Every rule merges only when exactly one cluster fits and the types agree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

from ..extract.name_alias import _acronym_of
from ..extract.name_rules import POLITY_HEADS
from ..extract.name_spans import is_acronym
from .names import fold, name_key, phon, sound_classes, tokens_equivalent
from .rules import Node, reason
from .unionfind import Clusters
from .votes import FAMILY, compatible

PLACE_SUFFIXES = {phon(w) for w in ("county", "district", "districts", "province", "prefecture", "region",
                                    "oblast", "xian", "shi", "municipality", "township", "city")}
DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "ic", "i", "ch")
NOT_MODIFIERS = {"northern", "southern", "eastern", "western", "north", "south", "east", "west", "inner",
                 "outer", "upper", "lower", "new", "old", "great", "greater", "little", "first", "second",
                 "third", "central", "united", "free", "royal", "imperial", "national", "grand", "high"}
GAZ_MIN_POP = 10_000


def _family(cl: Clusters, i: int) -> str:
    return FAMILY[cl.votes[cl.find(i)].winner()]


def _merge(cl: Clusters, nodes: list[Node], i: int, j: int, rule: str, evidence: str) -> None:
    ri, rj = cl.find(i), cl.find(j)
    if ri == rj or not compatible(cl.votes[ri], cl.votes[rj]):
        return
    cl.union(i, j, reason(rule, evidence, nodes[i].text, nodes[j].text))


def _unique(cl: Clusters, ids: list[int]) -> int | None:
    roots = {cl.find(j) for j in ids}
    return ids[0] if len(roots) == 1 else None


def place_suffix(cl: Clusters, nodes: list[Node], known_place: Callable[[str], bool]) -> None:
    by_key: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        by_key[n.key].append(i)
    for i, n in enumerate(nodes):
        if len(n.key) < 2 or n.key[-1] not in PLACE_SUFFIXES or _family(cl, i) != "place":
            continue
        targets = [j for j in by_key.get(n.key[:-1], []) if _family(cl, j) == "place" or (
            cl.votes[cl.find(j)].strong_family() is None and known_place(nodes[j].text))]
        for j in targets:  # every cluster named plain "X" is the place "X County"
            _merge(cl, nodes, j, i, "place-suffix",
                   f"\u201c{n.text}\u201d ({n.source}) is the place \u201c{nodes[j].text}\u201d with its kind named")


def _is_modifier(word: str, polity_first: set[str]) -> bool:
    low = fold(word)
    if low in NOT_MODIFIERS or not word[:1].isupper() or re.search(r"['\u2019]", word):
        return False
    return (word.isupper() and len(word) >= 2) or low in polity_first or low.endswith(DEMONYM_ENDINGS)


def modifier(cl: Clusters, nodes: list[Node]) -> None:
    polity_first = {fold(n.text).split()[0] for n in nodes
                    if len(n.key) == 2 and fold(n.text).split()[-1] in POLITY_HEADS and "'" not in n.text
                    and "\u2019" not in n.text}
    by_key: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        by_key[n.key].append(i)
    longer: dict[tuple[str, ...], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, n in enumerate(nodes):
        words = n.text.split()
        if len(n.key) < 2 or len(words) != len(n.key) or not _is_modifier(words[0], polity_first):
            continue
        short = n.key[1:]
        if len(short) == 1 and not is_acronym(words[-1]):
            continue
        longer[short][n.key[0]].append(i)
    for short, mods in longer.items():
        if len(mods) != 1 or short not in by_key:
            continue
        ids = next(iter(mods.values()))
        weak = not cl.votes[cl.find(ids[0])].is_strong()
        targets = [j for j in by_key[short] if weak or _family(cl, j) == _family(cl, ids[0])]
        for i, j in ((i, j) for i in ids for j in targets):
            _merge(cl, nodes, j, i, "modifier", f"\u201c{nodes[i].text}\u201d ({nodes[i].source}) is "
                   f"\u201c{nodes[j].text}\u201d with a people's or state's name before it")


def _fits(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    k = len(short)
    return k < len(long) and (all(tokens_equivalent(a, b) for a, b in zip(short, long[:k], strict=True))
                              or all(tokens_equivalent(a, b) for a, b in zip(short, long[-k:], strict=True)))


def person_short_forms(cl: Clusters, nodes: list[Node], known_place: Callable[[str], bool]) -> None:
    people: dict[tuple[str, ...], list[int]] = defaultdict(list)
    multi: list[tuple[str, ...]] = []
    for i, n in enumerate(nodes):
        if len(n.key) > 1:
            multi.append(n.key)
            if _family(cl, i) == "person":
                people[n.key].append(i)
    for i, n in enumerate(nodes):
        v = cl.votes[cl.find(i)]
        if not n.key or v.strong_family() not in (None, "person"):
            continue
        if len(n.key) == 1:
            t = n.key[0]
            if len(t) < 4 or is_acronym(n.text) or v.w.get("group", 0) > 0 or FAMILY[v.winner()] != "person" and (
                    v.is_strong() or known_place(n.text)):
                continue
            if len({k for k in multi if t in k}) != len({k for k in people if t in (k[0], k[-1])}):
                continue  # some non-person name, or a middle name, also holds the word
            fits = [j for k, ids in people.items() if t in (k[0], k[-1]) for j in ids]
        else:
            if FAMILY[v.winner()] != "person":
                continue
            fits = [j for k, ids in people.items() if _fits(n.key, k) for j in ids]
        j = _unique(cl, fits)
        if j is not None:
            _merge(cl, nodes, j, i, "short-form", f"\u201c{n.text}\u201d ({n.source}) is the only person "
                   f"name in the corpus that fits \u201c{nodes[j].text}\u201d ({nodes[j].source})")


def acronyms(cl: Clusters, nodes: list[Node]) -> None:
    full: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        if " " in n.text.strip():
            full[n.text].append(i)
    done: set[str] = set()
    for n in nodes:
        if n.text in done or " " in n.text or not is_acronym(n.text) or len(n.text) < 3:
            continue
        done.add(n.text)
        fits = [j for t, ids in full.items() if _acronym_of(n.text, t) and _family(cl, ids[0]) != "person"
                for j in ids]
        j = _unique(cl, fits)
        if j is not None:
            same = [k for k, m in enumerate(nodes) if m.text == n.text]
            for k in same:
                _merge(cl, nodes, j, k, "acronym", f"\u201c{n.text}\u201d ({n.source}) spells the initials of "
                       f"\u201c{nodes[j].text}\u201d ({nodes[j].source})")


def same_gazetteer_place(cl: Clusters, nodes: list[Node], feature: Callable[[str], int | None]) -> None:
    by_gid: dict[int, list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        v = cl.votes[cl.find(i)]
        if (_family(cl, i) == "place" or not v.is_strong()) and n.key and n.key[-1] not in PLACE_SUFFIXES:
            gid = feature(n.text)
            if gid is not None:
                by_gid[gid].append(i)
    for gid, ids in by_gid.items():
        roots = {cl.find(i) for i in ids}
        if len(roots) < 2 or len(roots) > 3:
            continue
        for i in ids[1:]:
            _merge(cl, nodes, ids[0], i, "gazetteer", f"\u201c{nodes[i].text}\u201d and \u201c{nodes[ids[0]].text}"
                   f"\u201d are names of one place in GeoNames (geonames:{gid})")


def sound_variants(cl: Clusters, nodes: list[Node], feature: Callable[[str], int | None]) -> None:
    """Places (or people) whose names have the same consonants by sound class and the same
    vowels ("Sinkiang" and "Xinjiang"): spellings of one name in two romanisations."""
    groups: dict[tuple[tuple[str, str], ...], list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        toks = fold(n.text).split()
        if not toks or any(len(t) < 5 or t.isdigit() for t in toks) or _family(cl, i) not in ("place", "person"):
            continue
        key = tuple(sound_classes(t) for t in toks)
        if sum(len(c) for c, _v in key) >= 4:
            groups[key].append(i)
    for ids in groups.values():
        firsts: dict[int, int] = {}
        for i in ids:
            firsts.setdefault(cl.find(i), i)
        reps = list(firsts.values())
        if not 2 <= len(reps) <= 3 or len({_family(cl, i) for i in reps}) > 1:
            continue
        gids = {feature(nodes[i].text) for i in reps} - {None}
        if len(gids) > 1:
            continue  # the gazetteer knows them as two places
        for i in reps[1:]:
            _merge(cl, nodes, reps[0], i, "transliteration", f"\u201c{nodes[i].text}\u201d ({nodes[i].source}) and "
                   f"\u201c{nodes[reps[0]].text}\u201d ({nodes[reps[0]].source}) sound alike (same consonant "
                   "classes and vowels)")


@lru_cache(maxsize=65536)
def gazetteer_feature(name: str) -> int | None:
    """The populated place (of at least GAZ_MIN_POP people) that has ``name`` as its name or
    one of its alternate names, spelled exactly so; the largest when several do."""
    from .gazetteer import load
    from .geocode import country_names

    gaz = load()
    if gaz is None or len(name) < 4:
        return None
    low = fold(name)
    if name_key(name) in country_names():
        return None
    hits = [p for p in gaz.lookup(name) if fold(p.name) == low and p.population >= GAZ_MIN_POP]
    return max(hits, key=lambda p: (p.population, -p.gid)).gid if hits else None


def known_place(name: str) -> bool:
    from .gazetteer import known_place as known

    return known(name)


def corpus_links(cl: Clusters, nodes: list[Node]) -> None:
    """Run every rule of this module, in order."""
    place_suffix(cl, nodes, known_place)
    modifier(cl, nodes)
    person_short_forms(cl, nodes, known_place)
    acronyms(cl, nodes)
    same_gazetteer_place(cl, nodes, gazetteer_feature)
    sound_variants(cl, nodes, gazetteer_feature)
