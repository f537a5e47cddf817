"""Shared fixtures: fixture sources written here, and the corpus beside the project."""

from __future__ import annotations

from pathlib import Path

import pytest

import tarikh
from tarikh.config import load_config

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

FIXTURES = {
    "alpha.txt": (
        "The Founding of the Lakeside League\n\n"
        "The Lakeside League was founded in Marrow on 3 March 1921 by Tomas Verell.\n"
        "By 1925 the League had about 4,000 members.\n"
        "Tomas Verell died in Marrow in 1930.\n"
    ),
    "beta.md": (
        "# A second account\n\n"
        "According to this account, the Lakeside League was founded on 5 March 1921.\n"
        "Its first congress met in June 1922 with more than 300 delegates.\n"
    ),
}


def write_fixtures(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in FIXTURES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def fixture_dir(tmp_path: Path) -> Path:
    return write_fixtures(tmp_path / "sources")


@pytest.fixture
def fast_config() -> tarikh.Config:
    return load_config(fast=True)


@pytest.fixture
def fast_kb(tmp_path: Path, fast_config: tarikh.Config):
    kb = tarikh.open(tmp_path / "kb.db", config=fast_config)
    yield kb
    kb.close()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Path:
    """The corpus built once with the default (spaCy) pipeline."""
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    with tarikh.open(db) as kb:
        report = kb.build([str(corpus_dir)])
    assert report.ok, report.failed
    return db
