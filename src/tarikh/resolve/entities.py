"""Turn mention clusters into :class:`Entity` objects with stable ids, aliases,
type, attributes and the reasons for every merge; apply the user's splits."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from ..ids import make_id
from ..models import Alias as AliasRow
from ..models import Corpus, Entity
from .names import fold, name_key
from .rules import Node, reason
from .unionfind import Clusters
from .votes import Votes, mention_vote

Group = tuple[list[int], list[dict[str, Any]]]


def apply_splits(corpus: Corpus, nodes: list[Node], groups: list[Group]) -> list[Group]:
    """Take mentions written ``alias`` out of the entity that also has the name ``entity_name``."""
    for ent_name, alias in corpus.splits:
        fe, fa = fold(ent_name), fold(alias)
        out: list[Group] = []
        for g, why in groups:
            texts = {fold(nodes[i].text) for i in g}
            moved = [i for i in g if fold(nodes[i].text) == fa]
            if fe in texts and moved and len(moved) < len(g):
                out.append(([i for i in g if i not in set(moved)], why))
                out.append((moved, [reason("user-split", f"split off by the user from \u201c{ent_name}\u201d",
                                           alias, ent_name)]))
            else:
                out.append((g, why))
        groups = out
    return groups


def display_name(texts: Counter[str]) -> str:
    def score(t: str) -> tuple[Any, ...]:
        mixed = not t.isupper()
        words = len(t.split())
        return (mixed, min(words, 4), texts[t], len(t), t)

    return max(texts, key=score)


def build_entities(corpus: Corpus, nodes: list[Node], cl: Clusters) -> list[Entity]:
    raw = cl.groups()
    groups: list[Group] = [(raw[r], cl.reasons[r]) for r in sorted(raw)]
    if corpus.splits:
        groups = apply_splits(corpus, nodes, groups)
    entities: list[Entity] = []
    used: set[str] = set()
    for g, why in groups:
        votes = Votes()
        texts: Counter[str] = Counter()
        sources: dict[str, set[str]] = defaultdict(set)
        for i in g:
            n = nodes[i]
            m = corpus.docs[n.doc].mentions[n.index]
            votes.add(*mention_vote(m))
            texts[n.text] += 1
            sources[n.text].add(n.source)
        if not votes.is_strong() and votes.winner() not in ("place", "polity") and (
                votes.winner() != "person" or all(" " not in t.strip() for t in texts)) and _in_gazetteer(texts):
            votes.w["place"] += GAZETTEER_VOTE
        etype = votes.winner()
        name = display_name(texts)
        eid = make_id("ent", etype, " ".join(name_key(name)))
        if eid in used:
            first = min((nodes[i].source, corpus.docs[nodes[i].doc].mentions[nodes[i].index].start)
                        for i in g)
            eid = make_id("ent", etype, " ".join(name_key(name)), first)
        used.add(eid)
        written = _bracket_forms(corpus, nodes, g)
        counts = {**{t: 1 for t in written}, **texts}
        aliases = [AliasRow(t, sorted(sources[t] | written.get(t, set())), c) for t, c in sorted(counts.items())]
        names = {fold(t) for t in texts}
        reasons = [r for r in why if any(fold(x) in names for x in r["names"])]
        ent = Entity(eid, etype, name, aliases, reasons=reasons)
        ent.attributes.update(_attributes(corpus, nodes, g))
        for i in g:
            n = nodes[i]
            corpus.docs[n.doc].mentions[n.index].entity = eid
            corpus.mention_entity[(n.source, n.index)] = eid
        entities.append(ent)
    entities.sort(key=lambda e: e.id)
    return entities


GAZETTEER_VOTE = 2.0


def _in_gazetteer(texts: Counter[str]) -> bool:
    """A name the gazetteer knows as a town, spelled exactly so, votes for "place"."""
    from .gazetteer import load

    gaz = load()
    if gaz is None:
        return False
    for t in texts:
        key = name_key(t)
        if key and len("".join(key)) >= 3 and any(name_key(p.name) == key for p in gaz.lookup(t)):
            return True
    return False


def _bracket_forms(corpus: Corpus, nodes: list[Node], g: list[int]) -> dict[str, set[str]]:
    """The written form ``Name [Other Name]`` of a bracket alias statement inside the entity
    is one of its names too (an archive's way of writing a place)."""
    members = {(nodes[i].doc, nodes[i].index) for i in g}
    out: dict[str, set[str]] = defaultdict(set)
    for di in {d for d, _ in members}:
        doc = corpus.docs[di]
        for link in doc.links:
            if link.rule == "bracket" and (di, link.a) in members and (di, link.b) in members:
                a, b = doc.mentions[link.a], doc.mentions[link.b]
                close = doc.source.text.find("]", b.end, b.end + 3)
                if close >= 0 and "\n" not in doc.source.text[a.start:close]:
                    out[doc.source.text[a.start:close + 1]].add(doc.source.id)
    return out


def _attributes(corpus: Corpus, nodes: list[Node], g: list[int]) -> dict[str, Any]:
    """Text-valued facts stated in apposition (``X, an Uzbek``) become attributes."""
    members = {(nodes[i].doc, nodes[i].index) for i in g}
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for di in {d for d, _ in members}:
        for c in corpus.docs[di].claims:
            if c.property == "ethnicity" and (di, c.subject_mention) in members:
                found[c.property][str(c.value.get("text", ""))] += 1
    return {k: v.most_common(1)[0][0] for k, v in found.items() if v}
