"""Docs to JSON and back (the spaCy cache is never stored)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..models import AliasLink, ClaimDraft, Doc, EventHint, Mention, Sentence, Source


def doc_to_json(doc: Doc) -> str:
    data = {
        "sentences": [[s.start, s.end] for s in doc.sentences],
        "mentions": [asdict(m) for m in doc.mentions],
        "links": [asdict(lk) for lk in doc.links],
        "claims": [asdict(c) for c in doc.claims],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _draft(d: dict[str, Any]) -> ClaimDraft:
    ev = d.pop("event", None)
    if ev:
        ev["participants"] = [tuple(p) for p in ev.get("participants", [])]
        d["event"] = EventHint(**ev)
    return ClaimDraft(**d)


def doc_from_json(source: Source, raw: str) -> Doc:
    data = json.loads(raw)
    return Doc(
        source=source,
        sentences=[Sentence(a, b) for a, b in data.get("sentences", [])],
        mentions=[Mention(**m) for m in data.get("mentions", [])],
        links=[AliasLink(**lk) for lk in data.get("links", [])],
        claims=[_draft(c) for c in data.get("claims", [])],
    )
