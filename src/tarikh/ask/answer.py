"""``answer(kb, question)``: the Answer JSON of SCHEMA.md for one question.

The question is parsed (``parse``), the names in it are found among the
entities (``kbindex``), the claims of the wanted value type are scored
(``score``), the best are grouped by value, and full-text search adds the best
supporting sentences. Every answer carries the claims and sources behind it.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .agree import answers_conflict, value_key
from .candidates import Candidate, candidates
from .kbindex import KBIndex, load_index, match_names
from .parse import Question, parse_question
from .score import bm25_scores, source_fit

MIN_COVERAGE = 0.6
MIN_NAME = 0.4  # and must be about the names the question asks about
MIN_TYPE = 0.5  # a "when did X happen" answer must tell of that kind of event
MARGIN = 0.4  # below the best answer of all sources
SOURCE_MARGIN = 0.08  # below the best answer of the same source
NO_ANSWER = "no answer in the sources"


def _conn(kb: Any) -> sqlite3.Connection:
    store = getattr(kb, "store", kb)
    return store.conn if hasattr(store, "conn") else store


def passages(conn: sqlite3.Connection, q: Question, name_words: list[str], limit: int) -> list[dict[str, Any]]:
    """The best supporting sentences (FTS5, BM25), best first."""
    terms = list(dict.fromkeys([*q.keywords, *name_words]))
    fq = " OR ".join(f'"{t}"' for t in terms if t)
    if not fq or limit <= 0:
        return []
    try:
        rows = conn.execute(
            'SELECT f.source_id, s.file, st.start, st."end", st.text, bm25(sentences_fts) AS score '
            "FROM sentences_fts f JOIN sources s ON s.id = f.source_id JOIN sentences st "
            "ON st.source_id = f.source_id AND st.idx = f.idx WHERE sentences_fts MATCH ? "
            "ORDER BY score LIMIT ?", (fq, limit)).fetchall()
    except sqlite3.OperationalError:
        return []
    return [{"source": {"id": r[0], "file": r[1]}, "quote": r[4], "start": r[2], "end": r[3],
             "score": round(-float(r[5]), 4)} for r in rows]


def select(cands: list[Candidate]) -> list[Candidate]:
    """The candidates to answer with: each source's best (a source states a fact once, in its own
    words), when it covers enough of the question and is not far below the best of all sources."""
    ok = [c for c in cands if c.coverage >= MIN_COVERAGE and c.type_score >= MIN_TYPE
          and c.name_score >= MIN_NAME]
    if not ok:
        return []
    top = max(c.score for c in ok)
    best: dict[str, float] = {}
    for c in ok:
        src = str(c.claim["source"])
        best[src] = max(best.get(src, c.score), c.score)
    return [c for c in ok if c.score >= top - MARGIN and c.score >= best[str(c.claim["source"])] - SOURCE_MARGIN]


def group(idx: KBIndex, chosen: list[Candidate], limit: int) -> list[dict[str, Any]]:
    slots: dict[str, dict[str, Any]] = {}
    for c in sorted(chosen, key=lambda x: -x.score):
        key = value_key(c.value)
        slot = slots.get(key)
        if slot is None:
            slot = slots[key] = {"value": c.value, "sources": [], "claims": [], "quote": c.claim["quote"],
                                 "evidence": [], "score": c.score}
        for cl in c.cites:
            if cl["id"] in slot["claims"]:
                continue
            slot["claims"].append(cl["id"])
            slot["evidence"].append({"claim": cl["id"], "source": cl["source"], "quote": cl["quote"],
                                     "start": cl["start"], "end": cl["end"]})
            if all(s["id"] != cl["source"] for s in slot["sources"]):
                slot["sources"].append({"id": cl["source"], "file": cl["file"], "kind": cl["source_kind"],
                                        "published": cl["published"]})
    out = [s for s in slots.values() if s["sources"]]
    out.sort(key=lambda s: (-round(s["score"], 3), -len(s["sources"])))
    for s in out:
        s["score"] = round(s["score"], 4)
    return out[:limit]


def answer_index(conn: sqlite3.Connection, idx: KBIndex, question: str, *, limit: int = 5) -> dict[str, Any]:
    names = match_names(idx, question)
    skip = {i for m in names for i in range(m.start, m.end)}
    q = parse_question(question, skip=skip)
    name_words = [w for m in names for w in m.text.split()]
    bm = bm25_scores(conn, [*q.keywords, *name_words])
    cands = candidates(idx, q, names, bm)
    fitting = [c for c in cands if source_fit(q, c.claim)]
    chosen = select(fitting or cands)
    answers = group(idx, chosen, limit)
    # only claims that state the answer's value itself can disagree (an event's date claim that
    # cites who took part in it says nothing for or against another participant)
    cited = [cl for a in answers for cl in (idx.claims[c] for c in a["claims"] if c in idx.claims)
             if value_key(cl["value"]) == value_key(a["value"])]
    out: dict[str, Any] = {
        "question": question,
        "answers": answers,
        "conflict": bool(answers) and len(answers) > 1 and answers_conflict(idx, cited),
        "passages": passages(conn, q, name_words, limit),
        "parse": {"kind": q.kind, "value_type": q.value_type, "event_types": q.event_types, "nouns": q.nouns,
                  "terms": q.terms, "years": q.years, "source_year": q.source_year,
                  "source_kind": q.source_kind,
                  "names": [{"text": m.text, "entities": sorted(m.entities)} for m in names]},
    }
    if not answers:
        out["message"] = NO_ANSWER
    return out


def answer(kb: Any, question: str, *, limit: int = 5) -> dict[str, Any]:
    """Answer ``question`` from the knowledge base ``kb`` (a :class:`tarikh.api.KnowledgeBase`).

    Returns the Answer JSON: ``question``, ``answers`` (each distinct value best
    first, with ``sources``, ``claims``, ``quote``), ``conflict``, ``passages``;
    ``message`` when nothing in the sources answers it.
    """
    conn = _conn(kb)
    return answer_index(conn, load_index(conn), question, limit=limit)
