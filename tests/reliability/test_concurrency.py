"""Reads while a build writes, and two builds on one database."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import tarikh
from tarikh.errors import BuildLockedError

from . import rkit

FILES = 6


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    tmp = tmp_path_factory.mktemp("conc")
    return rkit.write_fixture_files(tmp / "sources", FILES, 40), rkit.config_args(tmp)


def test_readers_never_see_a_half_stored_source(sources, tmp_path: Path) -> None:
    folder, cfg = sources
    db = tmp_path / "kb.db"
    proc = rkit.start_build(db, folder, cfg)
    try:
        assert rkit.wait_until(lambda: rkit.stored_sources(db) > 0 or proc.poll() is not None, 60)
        kb = tarikh.open(db, readonly=True)
        conn = rkit.connect_ro(db)
        last_sources = last_sentences = 0
        seen_sentences: dict[str, int] = {}
        reads = 0
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            assert rkit.half_stored(conn) == []
            n_src = conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
            n_sent = conn.execute("SELECT COUNT(*) FROM sentences").fetchone()[0]
            assert n_src >= last_sources and n_sent >= last_sentences, "counts went backwards"
            last_sources, last_sentences = n_src, n_sent
            for sid, n in conn.execute("SELECT source_id, COUNT(*) FROM sentences GROUP BY source_id"):
                assert seen_sentences.setdefault(sid, n) == n, "a source's sentences changed mid-build"
            # the read API at the same time
            listed = kb.sources()
            assert all(s["chars"] > 0 for s in listed)
            kb.counts()
            kb.search("harvest")
            reads += 1
        assert proc.wait(timeout=120) == 0, proc.stderr.read() if proc.stderr else ""
        conn.close()
        final = rkit.connect_ro(db)
        for sid, n in final.execute("SELECT source_id, COUNT(*) FROM sentences GROUP BY source_id"):
            assert seen_sentences.get(sid, n) == n
        final.close()
        assert reads > 3, "the build was too quick to read during it"
        assert kb.counts()["sources"] == FILES
        kb.close()
    finally:
        rkit.kill(proc)


def test_second_build_is_refused_with_a_clear_message(sources, tmp_path: Path) -> None:
    folder, cfg = sources
    db = tmp_path / "kb.db"
    first = rkit.start_build(db, folder, cfg)
    try:
        assert rkit.wait_until(lambda: rkit.stored_sources(db) > 0 or first.poll() is not None, 60)
        assert first.poll() is None, "the first build ended too soon"
        second = rkit.run_build(db, folder, cfg, timeout=120)
        assert second.returncode == 1
        assert "another build" in second.stderr and "kb.db" in second.stderr
        assert "Traceback" not in second.stderr
        # the Python API raises BuildLockedError naming the database
        with tarikh.open(db, config=tarikh.load_config(fast=True)) as kb, pytest.raises(BuildLockedError) as err:
            kb.build([str(folder)], wait=0)
        assert str(db) in str(err.value)
        assert first.wait(timeout=120) == 0
    finally:
        rkit.kill(first)


def test_second_build_waits_with_wait(sources, tmp_path: Path) -> None:
    folder, cfg = sources
    db = tmp_path / "kb.db"
    first = rkit.start_build(db, folder, cfg)
    try:
        assert rkit.wait_until(lambda: rkit.stored_sources(db) > 0 or first.poll() is not None, 60)
        assert first.poll() is None and rkit.stored_sources(db) < FILES, "the first build ended too soon"
        t0 = time.monotonic()
        second = rkit.run_build(db, folder, cfg, "--wait", "120", timeout=180)
        # without --wait it is refused (test above); with it, it ran once the first let go of the lock
        assert second.returncode == 0, second.stderr
        assert "another build" not in second.stderr
        assert first.wait(timeout=120) == 0
        assert time.monotonic() - t0 > 0.5
        assert rkit.integrity(db) == "ok"
        assert rkit.stored_sources(db) == FILES
        conn = rkit.connect_ro(db)
        assert conn.execute("SELECT value FROM meta WHERE key = 'dirty'").fetchone()[0] == "0"
        conn.close()
    finally:
        rkit.kill(first)
