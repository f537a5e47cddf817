"""``tarikh.claims.v1``: turn each source's claim drafts into claims and events.

A draft's subject mention becomes its entity; a draft with an event hint
becomes a one-claim event, whose id is the claim's subject (events told by
several sources are merged later by ``tarikh.event_merge.v1``).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .ids import make_id
from .models import Claim, ClaimDraft, Corpus, Doc, Entity, Event, Participant
from .registry import register

NON_SUBJECT = {"place"}


def claim_id(source_id: str, d: ClaimDraft) -> str:
    return make_id("cl", source_id, d.start, d.end, d.property, d.value)


def _topic(doc: Doc, ents: dict[tuple[str, int], str]) -> str | None:
    """The source's most mentioned non-place entity: the last-resort subject."""
    counts = Counter(ents[(doc.source.id, i)] for i, m in enumerate(doc.mentions)
                     if (doc.source.id, i) in ents and m.label not in NON_SUBJECT)
    return counts.most_common(1)[0][0] if counts else None


def _subject_from_sentence(doc: Doc, d: ClaimDraft, ents: dict[tuple[str, int], str]) -> str | None:
    best: tuple[int, str] | None = None
    for i, m in enumerate(doc.mentions):
        key = (doc.source.id, i)
        if key not in ents or m.label in NON_SUBJECT:
            continue
        if d.start <= m.start and m.end <= d.end:
            dist = abs(m.start - d.start)
            if best is None or dist < best[0]:
                best = (dist, ents[key])
    return best[1] if best else None


def _text_entity(text: str, entities: dict[str, Entity], source_id: str) -> str:
    key = re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
    key = re.sub(r"^the ", "", key)
    eid = make_id("ent", "group", key)
    if eid not in entities:
        entities[eid] = Entity(id=eid, type="group", name=text.strip())
    return eid


def _value(doc: Doc, d: ClaimDraft, ents: dict[tuple[str, int], str]) -> dict[str, Any] | None:
    if d.value.get("type") == "entity" and "mention" in d.value:
        eid = ents.get((doc.source.id, int(d.value["mention"])))
        return {"type": "entity", "id": eid} if eid else None
    return dict(d.value)


@register("tarikh.claims.v1")
class DraftsToClaims:
    name = "tarikh.claims.v1"

    def __call__(self, corpus: Corpus) -> Corpus:
        ents = corpus.mention_entity
        entities = {e.id: e for e in corpus.entities}
        claims: list[Claim] = []
        events: list[Event] = []
        seen: set[str] = set()
        for doc in corpus.docs:
            sid = doc.source.id
            topic = _topic(doc, ents)
            for d in doc.claims:
                value = _value(doc, d, ents)
                if value is None:
                    continue
                cid = claim_id(sid, d)
                if cid in seen:
                    continue
                seen.add(cid)
                if d.event is not None:
                    subject = make_id("ev", cid)
                    h = d.event
                    parts = [Participant(ents[(sid, i)], role) for i, role in h.participants
                             if (sid, i) in ents]
                    place = ents.get((sid, h.place)) if h.place is not None else None
                    date = value.get("edtf") if value.get("type") == "date" else None
                    events.append(Event(id=subject, type=h.type, label=h.label, date=date, place=place,
                                        participants=_dedupe(parts), claims=[cid]))
                elif d.subject_mention is not None and (sid, d.subject_mention) in ents:
                    subject = ents[(sid, d.subject_mention)]
                elif d.subject_text:
                    subject = _text_entity(d.subject_text, entities, sid)
                else:
                    subject = _subject_from_sentence(doc, d, ents) or topic or make_id("ent", "source", sid)
                claims.append(Claim(id=cid, subject=subject, property=d.property, value=value, source=sid,
                                    quote=d.quote, start=d.start, end=d.end, component=d.component,
                                    qualifiers=dict(d.qualifiers)))
        corpus.claims = claims
        corpus.events = events
        corpus.entities = list(entities.values())
        return corpus


def _dedupe(parts: list[Participant]) -> list[Participant]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in parts:
        if (p.entity, p.role) not in seen:
            seen.add((p.entity, p.role))
            out.append(p)
    return out
