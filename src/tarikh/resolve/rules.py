"""The merge rules, in the order they run.

1. within a source: the same name; explicit alias statements (``doc.links``);
   short forms of a person's full name ("Petrov" after "Ivan Petrov");
2. across sources: full names equal or equal after transliteration folding;
3. across sources: a one-word name shared by clusters that no two different
   full names claim;
4. across sources: the rules of :mod:`tarikh.resolve.links` (place suffixes,
   modifiers, person short forms, acronyms, gazetteer names);
5. the user's merges.
Every merge that joins two different spellings leaves a reason.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..extract.name_spans import is_acronym
from ..models import Corpus
from .names import fold, is_subkey, keys_equivalent, name_key, skeleton
from .unionfind import Clusters
from .votes import FAMILY, compatible, mention_vote


@dataclass
class Node:
    doc: int
    index: int
    source: str
    text: str
    key: tuple[str, ...]


def nodes_of(corpus: Corpus) -> list[Node]:
    out = []
    for di, doc in enumerate(corpus.docs):
        for mi, m in enumerate(doc.mentions):
            out.append(Node(di, mi, doc.source.id, m.text, name_key(m.text)))
    return out


def reason(rule: str, evidence: str, *names: str) -> dict[str, Any]:
    return {"rule": rule, "evidence": evidence, "names": sorted(set(names))}


def cluster(corpus: Corpus, nodes: list[Node]) -> Clusters:
    cl = Clusters(len(nodes))
    for i, n in enumerate(nodes):
        cl.votes[i].add(*mention_vote(corpus.docs[n.doc].mentions[n.index]))
    by_doc: dict[int, list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        by_doc[n.doc].append(i)
    for di, ids in by_doc.items():
        _same_name_in_doc(cl, nodes, ids)
        _links(cl, corpus, nodes, di, ids)
        _short_forms(cl, nodes, ids)
    _across(cl, nodes)
    _shared_short_names(cl, nodes)
    from .links import corpus_links

    corpus_links(cl, nodes)
    _user_merges(cl, corpus, nodes)
    return cl


def _same_name_in_doc(cl: Clusters, nodes: list[Node], ids: list[int]) -> None:
    first: dict[tuple[str, ...], int] = {}
    for i in ids:
        k = nodes[i].key
        if k in first:
            j = first[k]
            if nodes[i].text != nodes[j].text:
                cl.union(j, i, reason("same-name", f"same name after folding, in {nodes[i].source}",
                                      nodes[i].text, nodes[j].text))
            else:
                cl.union(j, i)
        else:
            first[k] = i


def _links(cl: Clusters, corpus: Corpus, nodes: list[Node], di: int, ids: list[int]) -> None:
    doc = corpus.docs[di]
    base = ids[0] if ids else 0
    for link in doc.links:
        if not (0 <= link.a < len(doc.mentions) and 0 <= link.b < len(doc.mentions)):
            continue
        a, b = base + link.a, base + link.b
        quote = doc.source.text[link.start:link.end].replace("\n", " ")
        cl.union(a, b, reason(link.rule, f"{doc.source.id}: \u201c{quote}\u201d",
                              nodes[a].text, nodes[b].text))


def _short_forms(cl: Clusters, nodes: list[Node], ids: list[int]) -> None:
    """A shorter form of a person's name in the same source joins the one full name it fits."""
    full: dict[tuple[str, ...], int] = {}
    for i in ids:
        if len(nodes[i].key) > 1 and cl.votes[cl.find(i)].winner() == "person":
            full.setdefault(nodes[i].key, i)
    for i in ids:
        k = nodes[i].key
        v = cl.votes[cl.find(i)]
        if is_acronym(nodes[i].text) or v.strong_family() not in (None, "person") or v.winner() == "group" or \
                FAMILY[v.winner()] != "person" and v.total() >= 3:
            continue
        fits = {cl.find(j) for key, j in full.items() if is_subkey(k, key)}
        if len(fits) > 1:
            ends = {cl.find(j) for key, j in full.items() if is_subkey(k, key) and (
                key[:len(k)] == k or key[-len(k):] == k)}
            fits = ends if len(ends) == 1 else _nearest_before(cl, nodes, ids, i, ends or fits)
        if len(fits) == 1:
            j = next(iter(fits))
            long = next(nodes[x].text for key, x in full.items() if cl.find(x) == j and is_subkey(k, key))
            cl.union(j, i, reason("short-form", f"{nodes[i].source}: \u201c{nodes[i].text}\u201d is "
                                  f"part of \u201c{long}\u201d in the same source", nodes[i].text, long))


def _nearest_before(cl: Clusters, nodes: list[Node], ids: list[int], i: int, roots: set[int]) -> set[int]:
    """The candidate whose last mention before node ``i`` is the closest."""
    for j in range(i - 1, ids[0] - 1, -1):
        if cl.find(j) in roots and len(nodes[j].key) > 1:
            return {cl.find(j)}
    return set()


def _across(cl: Clusters, nodes: list[Node]) -> None:
    """Multi-word names equal, or equal after transliteration folding, across sources."""
    reps: dict[tuple[str, ...], int] = {}
    for i, n in enumerate(nodes):
        if len(n.key) > 1:
            if n.key in reps:
                _try(cl, nodes, reps[n.key], i, "same-name")
            reps.setdefault(n.key, i)
    blocks: dict[tuple[Any, ...], list[tuple[str, ...]]] = defaultdict(list)
    for k in reps:
        blocks[(len(k), tuple(t[:1] for t in k))].append(k)
    for keys in blocks.values():
        for x, a in enumerate(keys):
            for b in keys[x + 1:]:
                rule = keys_equivalent(a, b)
                if rule:
                    _try(cl, nodes, reps[a], reps[b], rule)


def _try(cl: Clusters, nodes: list[Node], i: int, j: int, rule: str) -> None:
    ri, rj = cl.find(i), cl.find(j)
    if ri == rj or not compatible(cl.votes[ri], cl.votes[rj]):
        return
    a, b = nodes[i], nodes[j]
    if a.text == b.text:
        cl.union(i, j)
        return
    ev = ("same name" if rule == "same-name" else "same name after transliteration folding") + \
        f": \u201c{a.text}\u201d ({a.source}) ~ \u201c{b.text}\u201d ({b.source})"
    cl.union(i, j, reason(rule, ev, a.text, b.text))


def _shared_short_names(cl: Clusters, nodes: list[Node]) -> None:
    """A one-word name joins clusters across sources unless two different full names claim it."""
    by_skel: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        if len(n.key) == 1 and len(n.key[0]) > 1:
            by_skel[skeleton(n.key[0]) + str(len(n.key[0]) // 3)].append(i)
    multi: dict[int, set[tuple[str, ...]]] = defaultdict(set)
    for i, n in enumerate(nodes):
        if len(n.key) > 1:
            multi[cl.find(i)].add(n.key)
    for ids in by_skel.values():
        subgroups: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i in ids:
            subgroups[nodes[i].key].append(i)
        keys = list(subgroups)
        for k in keys:
            same = [i for kk in keys if keys_equivalent(k, kk) for i in subgroups[kk]]
            roots = sorted({cl.find(i) for i in same})
            fams = {r for r in roots if {key for key in multi.get(r, set()) if k[0] in key}}
            if len(roots) < 2 or len(fams) > 1:
                continue
            families = {FAMILY[cl.votes[r].winner()] for r in roots}
            if len(families) > 1 and not all(compatible(cl.votes[roots[0]], cl.votes[r]) for r in roots):
                continue
            anchor = next(i for i in same if cl.find(i) == roots[0])
            for i in same:
                _try(cl, nodes, anchor, i, "same-name" if nodes[i].key == k else "transliteration")


def _user_merges(cl: Clusters, corpus: Corpus, nodes: list[Node]) -> None:
    by_text: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        by_text[fold(n.text)].append(i)
    for a, b in corpus.merges:
        ia, ib = by_text.get(fold(a), []), by_text.get(fold(b), [])
        if not ia or not ib:
            continue
        for j in ia[1:] + ib:
            cl.union(ia[0], j, reason("user-merge", f"merged by the user: \u201c{a}\u201d = \u201c{b}\u201d",
                                      a, b))
