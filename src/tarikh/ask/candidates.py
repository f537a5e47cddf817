"""Candidate answers for each kind of question, each with the claims that cite it.

* when: date claims (of events and of entities);
* how many: quantity claims;
* who: entity-valued claims, and the agents, leaders and signatories of events;
* where: the places of events, and entity-valued claims of place properties;
* what happened: events (value ``{"type": "event", ...}`` with label and date);
* anything else: every claim.

A name the question asks about is never its own answer ("Who led X?" is not X).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .kbindex import KBIndex, NameMatch
from .parse import Question
from .score import score_claims

WHO_ROLES = ("agent", "leader", "signatory", "founder", "commander")
PLACE_PROPS = ("place", "location", "located", "site", "capital", "seat", "headquarter", "birthplace")


@dataclass
class Candidate:
    value: dict[str, Any]
    claim: dict[str, Any]  # the claim whose quote is shown
    cites: list[dict[str, Any]]  # every claim behind the value
    coverage: float
    score: float
    type_score: float = 1.0
    name_score: float = 1.0


def _entity_value(idx: KBIndex, eid: str) -> dict[str, Any]:
    e = idx.entities.get(eid, {})
    return {"type": "entity", "id": eid, "name": e.get("name", eid), "entity_type": e.get("type")}


def _vtype(c: dict[str, Any]) -> str:
    return str((c.get("value") or {}).get("type", ""))


def candidates(idx: KBIndex, q: Question, names: list[NameMatch], bm25: dict[str, float]) -> list[Candidate]:
    asked = set().union(*(m.entities for m in names)) if names else set()
    claims = list(idx.claims.values())
    if q.kind == "when":
        pool = [c for c in claims if _vtype(c) == "date"]
        return _scored(idx, q, names, pool, bm25)
    if q.kind == "how_many":
        pool = [c for c in claims if _vtype(c) == "quantity"]
        return _scored(idx, q, names, pool, bm25)
    if q.kind in ("who", "where"):
        return _entities(idx, q, names, claims, bm25, asked)
    if q.kind == "what_happened":
        return _events(idx, q, names, claims, bm25)
    return [c for c in _scored(idx, q, names, claims, bm25)
            if not (_vtype(c.claim) == "entity" and c.claim["value"].get("id") in asked)]


def _scored(idx: KBIndex, q: Question, names: list[NameMatch], pool: list[dict[str, Any]],
            bm25: dict[str, float]) -> list[Candidate]:
    return [_plain(idx, s.claim, s.coverage, s.score, s.type_score, s.name_score)
            for s in score_claims(idx, q, names, pool, bm25)]


def _plain(idx: KBIndex, c: dict[str, Any], cov: float, score: float, tscore: float = 1.0,
           nscore: float = 1.0) -> Candidate:
    v = dict(c["value"])
    if v.get("type") == "entity" and v.get("id"):
        v = {**v, **_entity_value(idx, str(v["id"]))}
    return Candidate(v, c, [c], cov, score, tscore, nscore)


def _entities(idx: KBIndex, q: Question, names: list[NameMatch], claims: list[dict[str, Any]],
              bm25: dict[str, float], asked: set[str]) -> list[Candidate]:
    out: list[Candidate] = []
    want_place = q.kind == "where"
    # entity-valued claims
    pool = [c for c in claims if _vtype(c) == "entity" and c["value"].get("id") not in asked]
    if want_place:
        pool = [c for c in pool if idx.entities.get(c["value"].get("id"), {}).get("type") == "place"
                or any(p in c["property"] for p in PLACE_PROPS)]
    else:
        pool = [c for c in pool if idx.entities.get(c["value"].get("id"), {}).get("type") != "place"]
    out += _scored(idx, q, names, pool, bm25)
    # event places and participants, cited by the event's claims
    ev_claims = [c for c in claims if c["subject"] in idx.events]
    for s in score_claims(idx, q, names, ev_claims, bm25):
        ev = idx.events[s.claim["subject"]]
        if want_place:
            ids = [ev["place"]] if ev.get("place") and ev["place"] not in asked else []
        else:
            ids = [p["entity"] for p in ev["participants"] if p.get("role") in WHO_ROLES
                   and p.get("entity") not in asked
                   and idx.entities.get(p.get("entity"), {}).get("type") != "place"]
        for eid in ids:
            out.append(Candidate(_entity_value(idx, eid), s.claim, [s.claim], s.coverage, s.score - 0.05,
                                 s.type_score, s.name_score))
    out.sort(key=lambda c: -c.score)
    return out


def _events(idx: KBIndex, q: Question, names: list[NameMatch], claims: list[dict[str, Any]],
            bm25: dict[str, float]) -> list[Candidate]:
    out: list[Candidate] = []
    ev_claims = [c for c in claims if c["subject"] in idx.events]
    best: dict[str, Candidate] = {}
    for s in score_claims(idx, q, names, ev_claims, bm25):
        ev = idx.events[s.claim["subject"]]
        if ev["id"] in best:
            best[ev["id"]].cites.append(s.claim)
            continue
        v = {"type": "event", "event": ev["id"], "event_type": ev["type"], "text": ev["label"],
             "date": ev["date"]}
        best[ev["id"]] = Candidate(v, s.claim, [s.claim], s.coverage, s.score, s.type_score, s.name_score)
    out = sorted(best.values(), key=lambda c: -c.score)
    return out
