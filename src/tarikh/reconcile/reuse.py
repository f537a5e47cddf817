"""Text reuse between sources (``tarikh.reuse.v1``).

Each text becomes a list of word tokens; hashed word ``k``-grams (shingles)
are winnowed (the minimum hash in every window of ``w`` shingles) to pick
fingerprints, and an inverted index of fingerprints finds candidate pairs
without comparing every pair in full. For a candidate pair the exact shared
passages are then found from all shingles (runs along one diagonal), and
passages separated by a small edit (a changed number, a dropped word) are
joined.

A pair is reuse when the shared passages cover at least ``min_coverage`` of
either text and ``min_words`` words, or ``min_shared_words`` words in all.

Direction (who copied whom), first rule that decides:

1. ``published``: both dates known and disjoint: the later text is the copy.
2. ``containment``: one text lies almost wholly inside the other (coverage at
   least ``contained`` and ``margin`` more than the other's): the text that
   contains the other and adds to it is the copy (reposts and later editions
   add to what they take; a text seldom consists only of another's pieces).
3. ``mutual``: otherwise (e.g. two versions of one text) each is recorded as
   derived from the other, so neither can corroborate the other.

``Source.meta["reuse"]`` lists, per related source: ``other``, ``role``
(``copy``, ``original`` or ``mutual``), ``rule``, ``coverage`` (share of this
text), ``other_coverage``, ``shared_words`` and ``passages`` (``start``/``end``
in this text, ``other_start``/``other_end`` in the other, ``words``).
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..models import Corpus, Source
from ..registry import register
from ..unionfind import UnionFind
from .values import date_bounds

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Passage:
    a_start: int  # word indexes, end exclusive
    a_end: int
    b_start: int
    b_end: int


@dataclass
class _Text:
    spans: list[tuple[int, int]]
    hashes: list[int]
    fingerprints: set[int] = field(default_factory=set)


def _tokenize(text: str, k: int, w: int) -> _Text:
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    words = [text[s:e].lower() for s, e in spans]
    hashes = [zlib.crc32(" ".join(words[i:i + k]).encode("utf-8")) for i in range(len(words) - k + 1)]
    fps: set[int] = set()
    if hashes:
        win = max(1, min(w, len(hashes)))
        for i in range(len(hashes) - win + 1):
            fps.add(min(hashes[i:i + win]))
    return _Text(spans, hashes, fps)


def shared_passages(a: _Text, b: _Text, k: int, max_repeat: int = 4) -> list[Passage]:
    """Maximal runs of shared shingles along one diagonal, as word ranges in both texts."""
    where: dict[int, list[int]] = defaultdict(list)
    for j, h in enumerate(a.hashes):
        where[h].append(j)
    runs: dict[int, list[int]] = {}  # diagonal -> [a_start, b_start, last_b]
    out: list[Passage] = []
    for i, h in enumerate(b.hashes):
        hits = where.get(h)
        if not hits or len(hits) > max_repeat:
            continue
        for j in hits:
            d = j - i
            run = runs.get(d)
            if run and run[2] == i - 1:
                run[2] = i
            else:
                if run:
                    out.append(_close(run, d, k))
                runs[d] = [j, i, i]
    out.extend(_close(run, d, k) for d, run in runs.items())
    out.sort(key=lambda p: (p.b_start, p.a_start))
    return _drop_nested(out)


def _close(run: list[int], d: int, k: int) -> Passage:
    a0, b0, b_last = run
    return Passage(a0, b_last + d + k, b0, b_last + k)


def _drop_nested(ps: list[Passage]) -> list[Passage]:
    out: list[Passage] = []
    for p in sorted(ps, key=lambda p: (p.b_start, -(p.b_end - p.b_start))):
        if out and p.b_end <= out[-1].b_end and out[-1].a_start <= p.a_start and p.a_end <= out[-1].a_end:
            continue
        out.append(p)
    return out


def join_edits(ps: list[Passage], gap: int) -> list[Passage]:
    """Join consecutive passages separated by at most ``gap`` words in both texts."""
    out: list[Passage] = []
    for p in sorted(ps, key=lambda p: (p.b_start, p.a_start)):
        last = out[-1] if out else None
        if (last and 0 <= p.b_start - last.b_end <= gap and 0 <= p.a_start - last.a_end <= gap
                or last and p.b_start < last.b_end and last.a_start <= p.a_start <= last.a_end + gap):
            last.a_end, last.b_end = max(last.a_end, p.a_end), max(last.b_end, p.b_end)
        else:
            out.append(Passage(p.a_start, p.a_end, p.b_start, p.b_end))
    return out


def _covered(ranges: list[tuple[int, int]]) -> int:
    total, end = 0, -1
    for s, e in sorted(ranges):
        if e <= end:
            continue
        total += e - max(s, end)
        end = e
    return total


def _direction(a: Source, b: Source, cov_a: float, cov_b: float, contained: float,
               margin: float) -> tuple[str, str | None]:
    """(rule, id of the copy) — copy is None when undecided (mutual)."""
    da, db = date_bounds(a.published), date_bounds(b.published)
    if da and db and (da[1] < db[0] or db[1] < da[0]):
        return "published", (b.id if da[1] < db[0] else a.id)
    if cov_a >= contained and cov_a - cov_b >= margin:
        return "containment", b.id
    if cov_b >= contained and cov_b - cov_a >= margin:
        return "containment", a.id
    return "mutual", None


@register("tarikh.reuse.v1")
class TextReuse:
    """Find sources that copy each other and set ``Source.derived_from``."""

    name = "tarikh.reuse.v1"

    def __init__(self, k: int = 7, window: int = 4, min_words: int = 40, min_coverage: float = 0.1,
                 min_shared_words: int = 250, min_shared_fingerprints: int = 5, contained: float = 0.8,
                 margin: float = 0.1, **_: Any) -> None:
        self.k, self.window, self.min_words = k, window, min_words
        self.min_coverage, self.min_shared_words = min_coverage, min_shared_words
        self.min_fp, self.contained, self.margin = min_shared_fingerprints, contained, margin

    def __call__(self, corpus: Corpus) -> Corpus:
        sources = [d.source for d in corpus.docs]
        texts = [_tokenize(s.text or "", self.k, self.window) for s in sources]
        for s in sources:
            s.meta.pop("reuse", None)
            s.derived_from = []
        index: dict[int, list[int]] = defaultdict(list)
        for n, t in enumerate(texts):
            for h in t.fingerprints:
                index[h].append(n)
        pair_counts: dict[tuple[int, int], int] = defaultdict(int)
        for docs in index.values():
            if 1 < len(docs) <= 50:  # a fingerprint in very many texts is boilerplate
                for x in range(len(docs)):
                    for y in range(x + 1, len(docs)):
                        pair_counts[(docs[x], docs[y])] += 1
        for (x, y), count in sorted(pair_counts.items()):
            if count >= self.min_fp:
                self._compare(sources[x], texts[x], sources[y], texts[y])
        return corpus

    def _compare(self, sa: Source, ta: _Text, sb: Source, tb: _Text) -> None:
        passages = join_edits(shared_passages(ta, tb, self.k), gap=self.k + 2)
        passages = [p for p in passages if p.b_end - p.b_start >= min(self.min_words, 2 * self.k)]
        if not passages:
            return
        shared_a = _covered([(p.a_start, p.a_end) for p in passages])
        shared_b = _covered([(p.b_start, p.b_end) for p in passages])
        cov_a, cov_b = shared_a / max(1, len(ta.spans)), shared_b / max(1, len(tb.spans))
        shared = min(shared_a, shared_b)
        if not (shared >= self.min_shared_words
                or shared >= self.min_words and max(cov_a, cov_b) >= self.min_coverage):
            return
        rule, copy = _direction(sa, sb, cov_a, cov_b, self.contained, self.margin)
        for me, other, cov, ocov, mine, theirs in (
            (sa, sb, cov_a, cov_b, ta, tb), (sb, sa, cov_b, cov_a, tb, ta)
        ):
            role = "mutual" if copy is None else ("copy" if copy == me.id else "original")
            if role != "original" and other.id not in me.derived_from:
                me.derived_from.append(other.id)
            me.meta.setdefault("reuse", []).append({
                "other": other.id, "role": role, "rule": rule, "coverage": round(cov, 4),
                "other_coverage": round(ocov, 4), "shared_words": shared,
                "passages": [_chars(p, me is sa, mine, theirs) for p in passages],
            })


def _chars(p: Passage, mine_is_a: bool, mine: _Text, theirs: _Text) -> dict[str, int]:
    s, e, os_, oe = (p.a_start, p.a_end, p.b_start, p.b_end) if mine_is_a else (
        p.b_start, p.b_end, p.a_start, p.a_end)
    return {"start": mine.spans[s][0], "end": mine.spans[min(e, len(mine.spans)) - 1][1],
            "other_start": theirs.spans[os_][0],
            "other_end": theirs.spans[min(oe, len(theirs.spans)) - 1][1], "words": e - s}


def copy_groups(sources: list[Source]) -> dict[str, int]:
    """Source id -> group number; sources linked by reuse (transitively) share a group."""
    uf: UnionFind[str] = UnionFind(s.id for s in sources)
    for s in sources:
        for o in s.derived_from:
            if o in uf.parent:
                uf.join(s.id, o)
    roots: dict[str, int] = {}
    return {s.id: roots.setdefault(uf.find(s.id), len(roots)) for s in sources}
