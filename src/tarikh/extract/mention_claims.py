"""Entity-valued claim drafts read off name patterns: who led what, who belonged to what,
and ethnicity stated in apposition ("X, an Uzbek")."""

from __future__ import annotations

import re

from ..models import ClaimDraft, Doc, Mention

LED_BY = re.compile(r"^\s*,?\s*(?:\w+\s+){0,2}?(?:led|headed|commanded|chaired)\s+by\s+(?:the\s+)?$"
                    r"|^\s*,?\s*under\s+the\s+(?:leadership|command)\s+of\s+(?:the\s+)?$", re.I)
LEADER_OF = re.compile(r"^\s*,\s*(?:the\s+)?(?:leader|head|chairman|commander|president|founder)\s+"
                       r"of\s+(?:the\s+)?$", re.I)
MEMBER_OF = re.compile(r"^\s*,\s*(?:a\s+)?(?:member|members|officer|delegate)\s+of\s+(?:the\s+)?$", re.I)
ETHNIC = re.compile(r",\s+(?:an?|the)\s+(?:ethnic\s+)?([A-Z][a-z]+)\b(?!\s+(?:of|for)\b)")
GROUPISH = ("organization", "military_unit", "polity", "group")


def _sentence_bounds(doc: Doc, m: Mention) -> tuple[int, int]:
    if 0 <= m.sentence < len(doc.sentences):
        s = doc.sentences[m.sentence]
        return s.start, s.end
    return m.start, m.end


def _draft(doc: Doc, prop: str, value: dict[str, object], subj: int, near: Mention,
           component: str) -> ClaimDraft:
    a, b = _sentence_bounds(doc, near)
    return ClaimDraft(prop, dict(value), a, b, doc.source.text[a:b], component, subject_mention=subj)


def relation_drafts(doc: Doc, component: str) -> list[ClaimDraft]:
    text = doc.source.text
    ms = doc.mentions
    out: list[ClaimDraft] = []
    for i, m in enumerate(ms):
        eth = ETHNIC.match(text, m.end)
        if eth and m.label == "person":
            out.append(_draft(doc, "ethnicity", {"type": "text", "text": eth.group(1)}, i, m, component))
        if i + 1 >= len(ms):
            continue
        n = ms[i + 1]
        gap = text[m.end:n.start]
        if len(gap) > 60 or "\n" in gap:
            continue
        if LED_BY.match(gap) and n.label == "person" and m.label != "person":
            out.append(_draft(doc, "leader", {"type": "entity", "mention": i + 1}, i, m, component))
        elif LEADER_OF.match(gap) and m.label == "person" and n.label in GROUPISH:
            out.append(_draft(doc, "leader", {"type": "entity", "mention": i}, i + 1, m, component))
        elif MEMBER_OF.match(gap) and m.label == "person" and n.label in GROUPISH:
            out.append(_draft(doc, "member_of", {"type": "entity", "mention": i + 1}, i, m, component))
    return out
