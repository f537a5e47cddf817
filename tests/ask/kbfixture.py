"""A small knowledge base written row by row: three invented sources about an invented war."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tarikh.ids import make_id
from tarikh.models import Alias, Claim, Conflict, Corpus, Doc, Entity, Event, Participant, Sentence, Source
from tarikh.store.corpus import save_corpus
from tarikh.store.db import Store

TEXTS = {
    "s1": ("encyclopedia", "2010", (
        "The Free Veldorian Army was founded on 3 March 1921 in Osterby. "
        "It was led by Marek Tolvan. "
        "At its height in 1923 the army had 30,000 active troops. "
        "The rebels captured Karsk on 5 June 1921. "
        "The rebels seized 12 aircraft at the Karsk airfield. "
        "The Treaty of Lund was signed in Lund on 9 May 1925.")),
    "s2": ("scholarly", "1990", (
        "The Free Veldorian Army, led by Marek Tolwan, was established on 3 March 1921. "
        "In 1923 it counted 25,000 active troops. "
        "Karsk fell to the rebels on 6 June 1921. "
        "The rebels captured 15 aircraft.")),
    "s3": ("archival", "1921-07-01", (
        "The rebels killed 400 government soldiers near Karsk. "
        "In 1921 the army counted 8,000 troops.")),
}


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (1 if start + len(part) < len(text) else 0)
        out.append(Sentence(start, min(end, len(text))))
        start = end + 1
    return out


def build_kb(path: Path) -> Path:
    store = Store(path)
    docs = {}
    for key, (kind, pub, text) in TEXTS.items():
        src = Source(id=f"src_{key}", file=f"{key}.txt", path=f"/fixture/{key}.txt", sha256=key, text=text,
                     kind=kind, published=pub, title=key)
        docs[key] = Doc(source=src, sentences=_sentences(text))
        store.save_doc(docs[key], "fixture")
    ents = {
        "fva": Entity("ent_fva", "military_unit", "Free Veldorian Army",
                      [Alias("Free Veldorian Army", ["src_s1", "src_s2"], 2)]),
        "tolvan": Entity("ent_tolvan", "person", "Marek Tolvan",
                         [Alias("Marek Tolvan", ["src_s1"], 1), Alias("Marek Tolwan", ["src_s2"], 1)]),
        "rebels": Entity("ent_rebels", "group", "rebels", [Alias("the rebels", ["src_s1", "src_s2"], 4)]),
        "karsk": Entity("ent_karsk", "place", "Karsk", [Alias("Karsk", ["src_s1", "src_s2", "src_s3"], 4)]),
        "osterby": Entity("ent_osterby", "place", "Osterby", [Alias("Osterby", ["src_s1"], 1)]),
        "lund": Entity("ent_lund", "place", "Lund", [Alias("Lund", ["src_s1"], 1)]),
        "treaty": Entity("ent_treaty", "agreement", "Treaty of Lund", [Alias("Treaty of Lund", ["src_s1"], 1)]),
    }
    claims: list[Claim] = []

    def claim(key: str, sent: int, subject: str, prop: str, value: dict[str, Any], status: str = "single",
              **quals: Any) -> str:
        d = docs[key]
        s = d.sentences[sent]
        quote = d.source.text[s.start:s.end]
        cid = make_id("cl", key, sent, prop, value)
        claims.append(Claim(cid, subject, prop, value, d.source.id, quote, s.start, s.end, "fixture",
                            dict(quals), status))
        return cid

    def date(edtf: str) -> dict[str, Any]:
        return {"type": "date", "edtf": edtf}

    def qty(n: int, unit: str) -> dict[str, Any]:
        return {"type": "quantity", "amount": n, "lower": None, "upper": None, "unit": unit}

    f1 = claim("s1", 0, "ev_found", "date", date("1921-03-03"), "corroborated")
    f2 = claim("s2", 0, "ev_found", "date", date("1921-03-03"), "corroborated")
    l1 = claim("s1", 1, "ent_fva", "leader", {"type": "entity", "id": "ent_tolvan"}, "corroborated")
    l2 = claim("s2", 0, "ent_fva", "leader", {"type": "entity", "id": "ent_tolvan"}, "corroborated")
    t1 = claim("s1", 2, "ent_fva", "active_troops", qty(30000, "troops"), "contested", as_of="1923")
    t2 = claim("s2", 1, "ent_fva", "active_troops", qty(25000, "troops"), "contested", as_of="1923")
    claim("s3", 1, "ent_fva", "troops", qty(8000, "troops"), "single", as_of="1921")
    k1 = claim("s1", 3, "ev_karsk", "date", date("1921-06-05"), "contested")
    k2 = claim("s2", 2, "ev_karsk", "date", date("1921-06-06"), "contested")
    a1 = claim("s1", 4, "ent_rebels", "captured_aircraft", qty(12, "aircraft"), "contested")
    a2 = claim("s2", 3, "ent_rebels", "captured_aircraft", qty(15, "aircraft"), "contested")
    claim("s3", 0, "ent_rebels", "killed", qty(400, "soldiers"))
    tr = claim("s1", 5, "ev_treaty", "date", date("1925-05-09"))
    events = [
        Event("ev_found", "founding", "Free Veldorian Army founded", "1921-03-03", "ent_osterby",
              [Participant("ent_fva", "patient")], [f1, f2]),
        Event("ev_karsk", "capture", "rebels captured Karsk", "1921-06-05/1921-06-06", "ent_karsk",
              [Participant("ent_rebels", "agent")], [k1, k2]),
        Event("ev_treaty", "agreement", "Treaty of Lund signed", "1925-05-09", "ent_lund",
              [Participant("ent_treaty", "patient")], [tr]),
    ]
    conflicts = [
        Conflict("cf_troops", "ent_fva", "active_troops", [t1, t2], "number", "30,000 or 25,000 in 1923"),
        Conflict("cf_karsk", "ev_karsk", "date", [k1, k2], "date", "5 or 6 June"),
        Conflict("cf_air", "ent_rebels", "captured_aircraft", [a1, a2], "number", "12 or 15"),
    ]
    assert l1 and l2
    corpus = Corpus(docs=list(docs.values()), entities=list(ents.values()), events=events, claims=claims,
                    conflicts=conflicts)
    save_corpus(store, corpus, "fixture")
    store.close()
    return path
