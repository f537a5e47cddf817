"""End to end on ../shared/corpus with the default pipeline: the invariants of issue 2."""

from __future__ import annotations

import pytest

import tarikh

pytestmark = pytest.mark.corpus


def _export(db) -> dict:
    with tarikh.open(db) as kb:
        data = kb.export()
    data.pop("generated_at")
    return data


def test_every_quote_equals_its_slice(corpus_db):
    with tarikh.open(corpus_db) as kb:
        texts = {s["id"]: kb.source(s["id"])["text"] for s in kb.sources()}
        claims = kb.claims()
        mentions = kb.store.conn.execute('SELECT source_id, start, "end", text FROM mentions').fetchall()
    assert len(texts) == 5
    assert claims
    for c in claims:
        assert texts[c["source"]][c["start"]:c["end"]] == c["quote"], c["id"]
    for sid, a, b, t in mentions:
        assert texts[sid][a:b] == t


def test_rebuild_is_a_noop_and_ids_are_stable(corpus_db, corpus_dir, tmp_path):
    before = _export(corpus_db)
    with tarikh.open(corpus_db) as kb:
        report = kb.build([str(corpus_dir)])
    assert report.built == [] and not report.corpus_rebuilt
    assert _export(corpus_db) == before
    other = tmp_path / "second.db"
    with tarikh.open(other) as kb:
        kb.build([str(corpus_dir)])
    assert _export(other) == before


def test_every_claim_names_its_component(corpus_db):
    with tarikh.open(corpus_db) as kb:
        for c in kb.claims():
            assert c["component"].startswith("tarikh.") and ".v" in c["component"]
