"""The build: idempotent, incremental, one bad file never aborts it."""

from __future__ import annotations

from pathlib import Path

import tarikh


def _export(kb: tarikh.KnowledgeBase) -> dict:
    data = kb.export()
    data.pop("generated_at")
    return data


def test_build_stores_sources_and_sentences(fast_kb, fixture_dir):
    report = fast_kb.build([str(fixture_dir)])
    assert report.ok
    assert len(report.built) == 2
    files = sorted(s["file"] for s in fast_kb.sources())
    assert files == ["alpha.txt", "beta.md"]
    assert report.sentences >= 5


def test_rebuild_is_a_noop(fast_kb, fixture_dir):
    fast_kb.build([str(fixture_dir)])
    before = _export(fast_kb)
    report = fast_kb.build([str(fixture_dir)])
    assert report.built == [] and len(report.unchanged) == 2
    assert not report.corpus_rebuilt
    assert _export(fast_kb) == before


def test_ids_are_stable_across_separate_builds(tmp_path, fixture_dir, fast_config):
    exports = []
    for name in ("a.db", "b.db"):
        with tarikh.open(tmp_path / name, config=fast_config) as kb:
            kb.build([str(fixture_dir)])
            exports.append(_export(kb))
    assert exports[0] == exports[1]


def test_changed_file_replaces_old_version(fast_kb, fixture_dir):
    fast_kb.build([str(fixture_dir)])
    old = {s["file"]: s["id"] for s in fast_kb.sources()}
    (fixture_dir / "alpha.txt").write_text("A new text about the Hillside Union, formed in 1950.\n", encoding="utf-8")
    report = fast_kb.build([str(fixture_dir)])
    assert len(report.built) == 1
    new = {s["file"]: s["id"] for s in fast_kb.sources()}
    assert new["alpha.txt"] != old["alpha.txt"] and new["beta.md"] == old["beta.md"]
    assert len(new) == 2
    assert all(c["source"] in new.values() for c in fast_kb.claims())
    assert "Hillside" in fast_kb.source("alpha.txt")["text"]


def test_remove_drops_source_and_its_claims(fast_kb, fixture_dir):
    fast_kb.build([str(fixture_dir)])
    sid = fast_kb.remove("alpha.txt")
    assert [s["file"] for s in fast_kb.sources()] == ["beta.md"]
    assert all(c["source"] != sid for c in fast_kb.claims())


def test_bad_file_is_reported_and_the_rest_is_built(fast_kb, fixture_dir):
    (fixture_dir / "empty.txt").write_bytes(b"")
    (fixture_dir / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    report = fast_kb.build([str(fixture_dir)])
    assert not report.ok
    failed = {Path(p).name: err for p, err in report.failed}
    assert set(failed) == {"empty.txt", "image.txt"}
    assert all(err.startswith("[E0") for err in failed.values())
    assert len(report.built) == 2
    assert {f["file"] for f in fast_kb.failures()} == {"empty.txt", "image.txt"}


def test_corrections_survive_rebuilds(fast_kb, fixture_dir):
    fast_kb.build([str(fixture_dir)])
    fast_kb.set_source("alpha.txt", kind="archival", published="1931")
    fast_kb.build([str(fixture_dir)], force=True)
    src = next(s for s in fast_kb.sources() if s["file"] == "alpha.txt")
    assert src["kind"] == "archival" and src["published"] == "1931"
    assert src["kind_cue"] == "set by user"


def test_quotes_equal_their_slice(fast_kb, fixture_dir):
    fast_kb.build([str(fixture_dir)])
    texts = {s["id"]: fast_kb.source(s["id"])["text"] for s in fast_kb.sources()}
    claims = fast_kb.claims()
    assert claims, "the fixture sources should yield claims"
    for c in claims:
        assert texts[c["source"]][c["start"]:c["end"]] == c["quote"]


def test_replacing_a_source_drops_its_old_claims_in_the_same_transaction(fast_kb, fixture_dir):
    fast_kb.build([str(fixture_dir)])
    old = next(s["id"] for s in fast_kb.sources() if s["file"] == "alpha.txt")
    assert any(c["source"] == old for c in fast_kb.claims())
    (fixture_dir / "alpha.txt").write_text("The Hillside Union was formed in 1950.\n", encoding="utf-8")
    from tarikh.ingest import read_source

    doc = fast_kb.pipeline.analyse(read_source(str(fixture_dir / "alpha.txt")))
    doc.source.path = str((fixture_dir / "alpha.txt").resolve())
    fast_kb.store.save_doc(doc, fast_kb.config.hash)  # stored, corpus stage not yet run
    rows = fast_kb.store.conn.execute("SELECT COUNT(*) FROM claims WHERE source_id = ?", (old,)).fetchone()[0]
    assert rows == 0
