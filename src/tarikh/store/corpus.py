"""Write the corpus-level tables (entities, events, claims, conflicts) in one transaction."""

from __future__ import annotations

import json
from typing import Any

from ..models import Corpus
from .db import Store
from .schema import CORPUS_TABLES


def _j(x: Any) -> str:
    return json.dumps(x, ensure_ascii=False, separators=(",", ":"), default=str)


def sort_key(edtf: str | None) -> str:
    """A string that sorts EDTF dates by their earliest day ("" when undated)."""
    if not edtf:
        return ""
    s = edtf.split("/")[0].strip("?~%").lstrip("[{")
    return s[:10]


def save_corpus(store: Store, corpus: Corpus, stamp: str) -> None:
    counts: dict[str, int] = {}
    for (_sid, _i), eid in corpus.mention_entity.items():
        counts[eid] = counts.get(eid, 0) + 1
    with store.transaction() as c:
        for t in CORPUS_TABLES:
            c.execute(f"DELETE FROM {t}")  # noqa: S608
        c.executemany(
            "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?)",
            [(e.id, e.type, e.name, e.lat, e.lon, e.gazetteer_id, _j(e.attributes), _j(e.reasons),
              counts.get(e.id, 0)) for e in corpus.entities])
        c.executemany(
            "INSERT OR REPLACE INTO aliases VALUES (?,?,?,?)",
            [(e.id, a.name, _j(a.sources), a.count) for e in corpus.entities for a in e.aliases])
        c.executemany(
            'INSERT INTO mentions (source_id, idx, start, "end", text, label, entity_id) VALUES (?,?,?,?,?,?,?)',
            [(d.source.id, i, m.start, m.end, m.text, m.label,
              corpus.mention_entity.get((d.source.id, i))) for d in corpus.docs for i, m in enumerate(d.mentions)])
        c.executemany(
            "INSERT INTO events VALUES (?,?,?,?,?,?,?)",
            [(ev.id, ev.type, ev.label, ev.date, sort_key(ev.date), ev.place,
              _j([{"entity": p.entity, "role": p.role} for p in ev.participants])) for ev in corpus.events])
        c.executemany(
            "INSERT OR IGNORE INTO event_claims VALUES (?,?,?)",
            [(ev.id, cid, i) for ev in corpus.events for i, cid in enumerate(ev.claims)])
        c.executemany(
            'INSERT INTO claims (id, subject, property, value, qualifiers, source_id, quote, start, "end", '
            "status, component) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(cl.id, cl.subject, cl.property, _j(cl.value), _j(cl.qualifiers), cl.source, cl.quote, cl.start,
              cl.end, cl.status, cl.component) for cl in corpus.claims])
        c.executemany("INSERT INTO claims_fts (quote, property, claim_id) VALUES (?,?,?)",
                      [(cl.quote, cl.property, cl.id) for cl in corpus.claims])
        c.executemany(
            "INSERT INTO conflicts VALUES (?,?,?,?,?,?)",
            [(cf.id, cf.subject, cf.property, _j(cf.claims), cf.kind, cf.explanation) for cf in corpus.conflicts])
        c.executemany(
            "INSERT INTO alignments VALUES (?,?,?,?,?)",
            [(a.subject, a.property, _j(a.claims), a.relation, a.explanation) for a in corpus.alignments])
        for d in corpus.docs:
            c.execute("UPDATE sources SET derived_from = ?, meta = ? WHERE id = ?",
                      (_j(sorted(d.source.derived_from)), _j(d.source.meta), d.source.id))
        store.set_meta("corpus_stamp", stamp)
        store.set_meta("dirty", "0")
