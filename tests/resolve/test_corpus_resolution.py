"""Resolution on the shared corpus (read at run time; skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tarikh.extract.mentions import Mentions
from tarikh.extract.nlp import regex_sentences
from tarikh.models import Corpus, Doc, Source
from tarikh.resolve.cluster import Resolve
from tarikh.resolve.names import name_key

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not found")


def build() -> Corpus:
    docs = []
    for f in sorted(CORPUS.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        d = Doc(source=Source(id=f.stem, file=f.name, path=str(f), sha256="", text=text))
        d.sentences = regex_sentences(text)
        docs.append(Mentions()(d))
    return Resolve()(Corpus(docs=docs))


def test_explicit_alias_statements_end_in_one_entity() -> None:
    c = build()
    checked = 0
    for d in c.docs:
        for link in d.links:
            a, b = d.mentions[link.a], d.mentions[link.b]
            assert a.entity == b.entity, (link.rule, a.text, b.text)
            checked += 1
    assert checked > 5


def test_mention_offsets_and_stable_ids() -> None:
    c1, c2 = build(), build()
    assert sorted(e.id for e in c1.entities) == sorted(e.id for e in c2.entities)
    for d in c1.docs:
        for m in d.mentions:
            assert d.source.text[m.start:m.end] == m.text


def test_longer_names_with_a_head_noun_stay_apart_from_their_prefix() -> None:
    """A name and the same name plus a polity or army head ("X" / "X Republic") never merge
    on name evidence alone."""
    c = build()
    for e in c.entities:
        keys = {name_key(a.name) for a in e.aliases}
        explicit = {r["rule"] for r in e.reasons} & {"bracket", "paren", "aka", "calls", "now", "acronym",
                                                     "user-merge"}
        for k in keys:
            for k2 in keys:
                if len(k2) == len(k) + 1 and k2[: len(k)] == k and k2[-1] in ("republ", "army", "armi"):
                    assert explicit, (e.name, k, k2)
