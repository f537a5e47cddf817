"""What asking reads from a knowledge base, loaded once per question (read-only SQL).

Also finds the entities a question names: every alias is keyed by its
normalised words, by a transliteration-tolerant skeleton and (for names of two
words or more) by its initials; the question's word n-grams are looked up
longest first.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from .text import STOP, WH_WORDS, norm, raw_words, skeleton, skeleton_word, words

MAX_NGRAM = 8


@dataclass
class NameMatch:
    """A name in the question: its word positions and the entities it may mean."""

    start: int  # word index in text.words(question)
    end: int
    text: str
    entities: set[str]
    keys: list[str] = field(default_factory=list)  # skeleton keys of every alias of those entities
    weak: bool = False  # written in lower case ("the rebels"): a common noun more than a name
    pattern: re.Pattern[str] | None = None  # any alias, folded, as whole words


@dataclass
class KBIndex:
    entities: dict[str, dict[str, Any]]
    aliases: dict[str, list[str]]  # entity id -> alias names
    claims: dict[str, dict[str, Any]]
    events: dict[str, dict[str, Any]]
    conflicts: dict[str, list[str]]  # conflict id -> claim ids
    claim_conflicts: dict[str, set[str]]  # claim id -> conflict ids
    mentions: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)  # source -> (start, end, entity)
    copies: dict[str, set[str]] = field(default_factory=dict)  # source -> sources it copies or is copied by
    by_norm: dict[str, set[str]] = field(default_factory=dict)
    by_skel: dict[str, set[str]] = field(default_factory=dict)
    by_initials: dict[str, set[str]] = field(default_factory=dict)

    def name(self, eid: str) -> str:
        e = self.entities.get(eid)
        if e:
            return str(e["name"])
        ev = self.events.get(eid)
        return str(ev["label"]) if ev else eid


def _j(s: str | None, default: Any) -> Any:
    return json.loads(s) if s else default


def load_index(conn: sqlite3.Connection) -> KBIndex:
    ents = {r[0]: {"id": r[0], "type": r[1], "name": r[2], "mentions": r[3] or 0}
            for r in conn.execute("SELECT id, type, name, mentions FROM entities")}
    aliases: dict[str, list[str]] = {eid: [e["name"]] for eid, e in ents.items()}
    for eid, name in conn.execute("SELECT entity_id, name FROM aliases"):
        aliases.setdefault(eid, []).append(name)
    claims: dict[str, dict[str, Any]] = {}
    for r in conn.execute(
            'SELECT c.id, c.subject, c.property, c.value, c.qualifiers, c.source_id, c.quote, c.start, c."end", '
            "c.status, s.file, s.kind, s.published FROM claims c JOIN sources s ON s.id = c.source_id"):
        claims[r[0]] = {"id": r[0], "subject": r[1], "property": r[2] or "", "value": _j(r[3], {}),
                        "qualifiers": _j(r[4], {}), "source": r[5], "quote": r[6] or "", "start": r[7],
                        "end": r[8], "status": r[9], "file": r[10], "source_kind": r[11], "published": r[12]}
    events = {r[0]: {"id": r[0], "type": r[1], "label": r[2] or "", "date": r[3], "place": r[4],
                     "participants": _j(r[5], []), "claims": []}
              for r in conn.execute("SELECT id, type, label, date, place, participants FROM events")}
    for eid, cid in conn.execute("SELECT event_id, claim_id FROM event_claims ORDER BY event_id, ord"):
        if eid in events:
            events[eid]["claims"].append(cid)
    conflicts: dict[str, list[str]] = {}
    claim_conflicts: dict[str, set[str]] = {}
    for cfid, cl in conn.execute("SELECT id, claims FROM conflicts"):
        ids = _j(cl, [])
        conflicts[cfid] = ids
        for c in ids:
            claim_conflicts.setdefault(c, set()).add(cfid)
    idx = KBIndex(ents, aliases, claims, events, conflicts, claim_conflicts)
    for sid, a, b, eid in conn.execute('SELECT source_id, start, "end", entity_id FROM mentions '
                                       "WHERE entity_id IS NOT NULL ORDER BY source_id, start"):
        idx.mentions.setdefault(sid, []).append((a, b, eid))
    for sid, der in conn.execute("SELECT id, derived_from FROM sources"):
        for other in _j(der, []):
            idx.copies.setdefault(sid, set()).add(other)
            idx.copies.setdefault(other, set()).add(sid)
    _key_names(idx)
    return idx


PLACE_SUFFIX = frozenset({"county", "city", "town", "district", "province", "region", "village", "oblast",
                          "prefecture", "municipality", "township", "governorate", "state"})


def initials(name: str) -> str | None:
    ws = [w for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper()]
    if len(ws) < 2:
        return None
    return "".join(w[0] for w in ws).lower()


def _key_names(idx: KBIndex) -> None:
    for eid, names in idx.aliases.items():
        for n in names:
            k = norm(n)
            if not k or k in STOP:
                continue
            idx.by_norm.setdefault(k, set()).add(eid)
            idx.by_skel.setdefault(skeleton(n), set()).add(eid)
            ini = initials(n)
            if ini and len(ini) >= 2:
                idx.by_initials.setdefault(ini, set()).add(eid)


def alias_keys(idx: KBIndex, ids: set[str]) -> list[str]:
    keys = {skeleton(n) for eid in ids for n in idx.aliases.get(eid, [])}
    return sorted(k for k in keys if k)


def alias_pattern(idx: KBIndex, ids: set[str]) -> re.Pattern[str] | None:
    forms = {norm(n) for eid in ids for n in idx.aliases.get(eid, [])}
    alts = sorted((r"\W+".join(map(re.escape, f.split())) for f in forms if f and f not in STOP), key=len,
                  reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b") if alts else None


def match_names(idx: KBIndex, question: str) -> list[NameMatch]:
    """Names in the question that are entities of the knowledge base, longest first, not overlapping."""
    raw = raw_words(question)
    ws = [norm(w) for w in words(question)]
    if len(raw) != len(ws):
        raw = ws
    taken: set[int] = set()
    out: list[NameMatch] = []
    for n in range(min(MAX_NGRAM, len(ws)), 0, -1):
        for i in range(0, len(ws) - n + 1):
            span = range(i, i + n)
            if any(j in taken for j in span):
                continue
            gram = [w for w in ws[i:i + n] if w]
            if not gram or all(w in STOP or w in WH_WORDS for w in gram) or gram[0] in WH_WORDS:
                continue
            if gram[-1] in STOP:
                continue
            key = " ".join(gram)
            key = re.sub(r"^(?:the|a|an) ", "", key)
            if n == 1 and (len(key) < 3 or key in STOP):
                continue
            ids = set(idx.by_norm.get(key, set())) or set(idx.by_skel.get(" ".join(skeleton_word(w) for w in
                                                                                    key.split()), set()))
            if not ids and n == 1 and raw[i].isupper() and len(raw[i]) >= 2:
                ids = set(idx.by_initials.get(key, set()))
            if not ids:
                continue
            ids |= _with_place_suffix(idx, key)
            taken.update(span)
            weak = all(not w[:1].isupper() for w in raw[i:i + n])
            out.append(NameMatch(i, i + n, key, ids, alias_keys(idx, ids), weak, alias_pattern(idx, ids)))
    return sorted(out, key=lambda m: m.start)


def _with_place_suffix(idx: KBIndex, key: str) -> set[str]:
    """Entities named ``key`` plus an administrative word ("X County" for "X")."""
    out: set[str] = set()
    for suf in PLACE_SUFFIX:
        out |= idx.by_norm.get(f"{key} {suf}", set())
    return out
