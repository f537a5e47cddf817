"""Hand-made sources and claims for the reconciliation tests (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

from tarikh.models import Claim, Corpus, Doc, Entity, Event, Source


def source(sid: str, text: str = "", **kw: Any) -> Source:
    return Source(id=sid, file=f"{sid}.txt", path=f"/tmp/{sid}.txt", sha256=sid, text=text, **kw)


def qty(cid: str, src: str, amount: float, *, subject: str = "ent_army", prop: str = "troops",
        unit: str | None = "troops", approx: str = "exact", as_of: str | None = None,
        quote: str | None = None, lower: float | None = None, upper: float | None = None) -> Claim:
    quals: dict[str, Any] = {"approx": approx}
    if as_of:
        quals["as_of"] = as_of
    value = {"type": "quantity", "amount": amount, "lower": lower, "upper": upper, "unit": unit}
    return Claim(cid, subject, prop, value, src, quote or f"{src} says {amount} {prop} ({cid}).", 0, 10,
                 "test", quals)


def date(cid: str, src: str, edtf: str, *, subject: str = "ev_fall") -> Claim:
    return Claim(cid, subject, "date", {"type": "date", "edtf": edtf}, src, f"{src} dates it {edtf} ({cid}).",
                 0, 10, "test")


def ent(cid: str, src: str, eid: str, *, subject: str = "ent_band", prop: str = "leader",
        as_of: str | None = "1931") -> Claim:
    return Claim(cid, subject, prop, {"type": "entity", "id": eid}, src, f"{src}: {prop} {eid} ({cid}).",
                 0, 10, "test", {"as_of": as_of} if as_of else {})


def corpus(sources: list[Source], claims: list[Claim]) -> Corpus:
    return Corpus(
        docs=[Doc(s) for s in sources],
        entities=[Entity("ent_army", "military_unit", "Northern Host"), Entity("ent_band", "group", "Hill Band"),
                  Entity("p_orla", "person", "Orla Venn"), Entity("p_tamsin", "person", "Tamsin Reed")],
        events=[Event("ev_fall", "capture", "Fall of Dunmere", None)],
        claims=claims,
    )
