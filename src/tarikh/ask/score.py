"""Scoring candidate claims against a parsed question.

A question is a set of concepts: the names it mentions, the event type its
verb names, the counted thing ("how many X") and its other content words. A
claim *covers* a concept structurally (the name is its subject, an event
participant or place; its event has the type; its property or unit names the
thing) or, more weakly, in its quote. Coverage is the weighted share of
concepts covered; BM25 over claim quotes (SQLite FTS5) and qualifier matches
("in 1946", "according to the 1945 report") refine the order.
"""

from __future__ import annotations

import bisect
import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from .datepos import all_date_spans, date_spans
from .kbindex import KBIndex, NameMatch
from .parse import Question, core_stems, event_type_of
from .text import WORD_RE, concept, content_words, fold, skeleton, stem, words

W_NAME, W_TYPE, W_NOUN, W_TERM = 2.0, 2.0, 2.0, 0.7
NEAR = 80  # characters: an event word this close to a name speaks of it
CLOSE = 50
YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


@dataclass
class Scored:
    claim: dict[str, Any]
    coverage: float
    score: float
    why: list[str] = field(default_factory=list)
    type_score: float = 1.0  # how directly it tells of the question's event (1 when no event is asked of)
    name_score: float = 1.0  # how well it names what the question names (1 when it names nothing)


def _prop_concepts(c: dict[str, Any]) -> set[str]:
    parts = re.split(r"[_\W]+", str(c.get("property", "")))
    v = c.get("value") or {}
    if v.get("type") == "quantity" and v.get("unit"):
        parts += words(str(v["unit"]))
    return {concept(p) for p in parts if p}


# counted people: a question about soldiers is answered by a count of people killed or captured
PERSON_CONCEPTS = {"troop", "people", "person", "officer"}
GENERIC_PERSONS = {"people", "person", "individual", "troop"}


def _unit_concepts(c: dict[str, Any]) -> set[str]:
    v = c.get("value") or {}
    ws = words(str(v.get("unit") or "")) if v.get("type") == "quantity" else []
    return {concept(ws[-1])} if ws else set()


def _quote_info(c: dict[str, Any]) -> tuple[str, set[str], list[tuple[int, str]]]:
    """The quote's skeleton, its word concepts, and (offset, event type) of its event words."""
    quote = c.get("quote", "")
    ws = [(m.start(), m.group(0)) for m in WORD_RE.finditer(quote)]
    trig = [(pos, t) for pos, w in ws if (t := event_type_of(w))]
    return " " + skeleton(quote) + " ", {concept(w) for w in content_words(quote)}, trig


def related_entities(idx: KBIndex, c: dict[str, Any]) -> set[str]:
    out = {str(c.get("subject"))}
    ev = idx.events.get(str(c.get("subject")))
    if ev:
        out |= {p.get("entity") for p in ev["participants"] if p.get("entity")}
        if ev.get("place"):
            out.add(ev["place"])
    v = c.get("value") or {}
    if v.get("type") == "entity" and v.get("id"):
        out.add(str(v["id"]))
    return out


def occurrences(idx: KBIndex, c: dict[str, Any], m: NameMatch) -> list[tuple[int, bool]]:
    """Where the quote names ``m`` (offset in the quote, and whether only as a possessive "X's")."""
    quote, base = c.get("quote", ""), int(c.get("start") or 0)
    ms = idx.mentions.get(str(c.get("source")), [])
    i = bisect.bisect_left(ms, (base, -1, ""))
    spans = []
    while i < len(ms) and ms[i][0] < base + len(quote):
        a, b, eid = ms[i]
        if eid in m.entities and b <= base + len(quote):
            spans.append((a - base, b - base))
        i += 1
    if not spans and m.pattern is not None:
        spans = [(x.start(), x.end()) for x in m.pattern.finditer(fold(quote))]
    return [(a, quote[b:b + 2] in ("'s", "\u2019s")) for a, b in spans]


def name_cover(idx: KBIndex, c: dict[str, Any], m: NameMatch, qskel: str,
               occ: list[tuple[int, bool]]) -> float:
    plain = [pos for pos, poss in occ if not poss]
    if m.entities & related_entities(idx, c):
        return 0.5 if occ and not plain else 1.0
    if plain:
        return 0.7
    if occ:
        return 0.35
    if any(f" {k} " in qskel for k in m.keys):
        return 0.5
    return 0.0


def cover(idx: KBIndex, q: Question, names: list[NameMatch],
          c: dict[str, Any]) -> tuple[float, float, float, list[str]]:
    """(coverage, type score, name score, reasons) of claim ``c`` for question ``q``."""
    qskel, qconcepts, trig = _quote_info(c)
    props = _prop_concepts(c)
    ev = idx.events.get(str(c.get("subject")))
    label_concepts = {concept(w) for w in content_words(ev["label"])} if ev else set()
    got = total = 0.0
    why: list[str] = []
    name_pos: list[int] = []
    tscore = 1.0
    strong: list[float] = []
    for m in names:
        occ = occurrences(idx, c, m)
        if not m.weak:
            name_pos += [pos for pos, poss in occ if not poss]
        s = name_cover(idx, c, m, qskel, occ)
        if not m.weak:
            strong.append(s)
        w = W_TERM if m.weak else W_NAME
        total += w
        got += w * s
        why.append(f"name {m.text}={s:.2f}")
    if q.event_types:
        s = type_cover(q, c, ev, props, trig, name_pos)
        tscore = s
        total += W_TYPE
        got += W_TYPE * s
        why.append(f"type={s:.1f}")
    units = _unit_concepts(c)
    for n in q.nouns:
        if n in units or (n in props and not units):
            s = 1.0
        elif n in props:
            s = 0.3  # a modifier of another counted thing ("anti-aircraft guns")
        elif n in PERSON_CONCEPTS and units & GENERIC_PERSONS and props & set(q.terms):
            s = 0.8  # "soldiers killed" asked, "N people killed" said: the casualty word decides
        else:
            s = 0.5 if n in qconcepts else 0.0
        total += W_NOUN
        got += W_NOUN * s
    for t in q.terms:
        s = 1.0 if t in props else 0.7 if (t in qconcepts or t in label_concepts) else 0.0
        total += W_TERM
        got += W_TERM * s
    nscore = sum(strong) / len(strong) if strong else 1.0
    return (got / total if total else 0.0), tscore, nscore, why


def type_cover(q: Question, c: dict[str, Any], ev: dict[str, Any] | None, props: set[str],
               trig: list[tuple[int, str]], name_pos: list[int]) -> float:
    """How directly the claim tells of the question's kind of event.

    The question's own verb (or a close synonym) next to a name it asks about is best; the
    extractor's event type alone is weaker, as its classes are broad."""
    wanted = set(q.event_types)
    core = core_stems(q)
    quote = c.get("quote", "")
    verb_pos = [m.start() for m in WORD_RE.finditer(quote) if stem(m.group(0)) in core]
    structural = bool(ev and ev["type"] in wanted) or bool({event_type_of(p) for p in props} & wanted)
    v = c.get("value") or {}
    spans = date_spans(quote, v.get("edtf")) if v.get("type") == "date" else []
    if spans:
        return _date_type_cover(quote, spans, verb_pos, trig, name_pos, structural)
    if any(abs(p - n) <= NEAR for p in verb_pos for n in name_pos):
        return 1.0
    if verb_pos:
        return 0.9 if structural else 0.7
    if structural:
        return 0.5
    near = [pos for pos, t in trig if t in wanted]
    if any(abs(p - n) <= NEAR for p in near for n in name_pos):
        return 0.4
    return 0.0


def _date_type_cover(quote: str, spans: list[tuple[int, int]], verb_pos: list[int], trig: list[tuple[int, str]],
                     name_pos: list[int], structural: bool) -> float:
    """Type score of a date claim: the event word nearest the date says what the date is of, and an
    event word belongs to the date written nearest to it."""
    others = [d for d in all_date_spans(quote) if not any(d[0] < b and a < d[1] for a, b in spans)]

    def owned(p: int) -> bool:
        mine = min(_gap(p, a, b) for a, b in spans)
        return all(mine <= _gap(p, a, b) for a, b in others)

    mine = [p for p in verb_pos if owned(p)]
    events = sorted({p for p, _ in trig} | set(verb_pos))
    ranked = [sorted(events, key=lambda p, a=a, b=b: (_gap(p, a, b), p > a))[:2]  # type: ignore[misc]
              for a, b in spans]
    if any(r and r[0] in mine for r in ranked):
        return 1.0
    if any(p in mine for r in ranked for p in r):
        return 0.85
    if any(abs(p - n) <= CLOSE for p in mine for n in name_pos):
        return 0.6
    if mine:
        return 0.45
    return 0.4 if structural and not verb_pos else 0.2 if structural else 0.0


def _gap(p: int, a: int, b: int) -> int:
    return a - p if p < a else max(0, p - b)


def year_fit(q: Question, c: dict[str, Any]) -> float:
    """Bonus when the claim holds at a year the question names, penalty when it holds at another."""
    if not q.years:
        return 0.0
    as_of = str((c.get("qualifiers") or {}).get("as_of") or "")
    if as_of:
        ys = {int(y) for y in YEAR.findall(as_of)}
        return 0.2 if ys & set(q.years) or _in_range(as_of, q.years) else -0.3
    if {int(y) for y in YEAR.findall(c.get("quote", ""))} & set(q.years):
        return 0.1
    return 0.0


def _in_range(edtf: str, years: list[int]) -> bool:
    if "/" not in edtf:
        return False
    a, _, b = edtf.partition("/")
    ya, yb = YEAR.search(a), YEAR.search(b)
    lo = int(ya.group(1)) if ya else -9999
    hi = int(yb.group(1)) if yb else 9999
    return any(lo <= y <= hi for y in years)


def source_fit(q: Question, c: dict[str, Any]) -> bool:
    if q.source_year is None and q.source_kind is None:
        return True
    pub = str(c.get("published") or "")
    if q.source_year is not None:
        return pub[:4] == str(q.source_year)
    return c.get("source_kind") == q.source_kind


def bm25_scores(conn: sqlite3.Connection, terms: list[str], limit: int = 5000) -> dict[str, float]:
    """Claim id -> BM25 relevance in 0..1 (1 for the best match) for an OR query of ``terms``."""
    fq = " OR ".join(f'"{t}"' for t in dict.fromkeys(terms) if t)
    if not fq:
        return {}
    try:
        rows = conn.execute("SELECT claim_id, bm25(claims_fts) FROM claims_fts WHERE claims_fts MATCH ? "
                            "ORDER BY bm25(claims_fts) LIMIT ?", (fq, limit)).fetchall()
    except sqlite3.OperationalError:
        return {}
    best = min((r[1] for r in rows), default=0.0)
    if best >= 0:
        return {}
    return {r[0]: float(r[1]) / best for r in rows}


def score_claims(idx: KBIndex, q: Question, names: list[NameMatch], claims: list[dict[str, Any]],
                 bm25: dict[str, float]) -> list[Scored]:
    out = []
    for c in claims:
        cov, tscore, nscore, why = cover(idx, q, names, c)
        s = cov + 0.25 * bm25.get(c["id"], 0.0) + year_fit(q, c)
        out.append(Scored(c, cov, s, why, tscore, nscore))
    out.sort(key=lambda x: (-x.score, x.claim["id"]))
    return out
