"""Claims at the same place in two copies of one text (``Source.meta["reuse"]`` passages).

When one source copies another and edits a value, the two claims may get
different subjects or property names from extraction (the edit can change how
the sentence parses), yet they sit in aligned sentences of one shared passage.
Such parallel claims are compared on their values alone.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..models import Claim, Source
from .values import overlaps, quantity_interval

SLACK = 40  # characters an edit may shift a sentence inside a passage


def _aligned(a: Claim, b: Claim, p: dict[str, Any]) -> bool:
    if not (p["start"] <= a.start and a.end <= p["end"] + SLACK):
        return False
    if not (p["other_start"] <= b.start and b.end <= p["other_end"] + SLACK):
        return False
    da, db = a.start - p["start"], b.start - p["other_start"]
    return abs(da - db) <= SLACK + 0.02 * max(da, db)


def parallel_pairs(claims: list[Claim], sources: dict[str, Source]) -> list[tuple[Claim, Claim]]:
    """Pairs of claims (one per source) in aligned sentences, one value of each type per sentence."""
    by_sentence: dict[tuple[str, int, str], list[Claim]] = defaultdict(list)
    for c in claims:
        by_sentence[(c.source, c.start, str((c.value or {}).get("type")))].append(c)
    singles = {k: v[0] for k, v in by_sentence.items() if len(v) == 1}
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in singles.values():
        by_source[c.source].append(c)
    out: list[tuple[Claim, Claim]] = []
    for sid, src in sorted(sources.items()):
        for info in src.meta.get("reuse", []) if isinstance(src.meta, dict) else []:
            other = info.get("other")
            if not isinstance(other, str) or other <= sid or other not in by_source:
                continue
            for p in info.get("passages", []):
                for a in by_source[sid]:
                    for b in by_source[other]:
                        if a.value.get("type") == b.value.get("type") and _aligned(a, b, p):
                            out.append((a, b))
    return out


def values_disjoint(a: Claim, b: Claim) -> bool:
    """True when the two quantity values cannot both hold."""
    if a.value.get("type") != "quantity" or b.value.get("type") != "quantity":
        return False
    ia = quantity_interval(a.value, (a.qualifiers or {}).get("approx"))
    ib = quantity_interval(b.value, (b.qualifiers or {}).get("approx"))
    return bool(ia and ib and not overlaps(ia, ib))
