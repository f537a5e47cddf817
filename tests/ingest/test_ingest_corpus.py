"""Reading each corpus file (at run time, from ../shared/corpus) gives text, a kind and sane metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from edtf import parse_edtf

from tarikh.ingest import discover, read_source
from tarikh.ingest.kind import guess_kind
from tarikh.models import SOURCE_KINDS

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the project")


def corpus_sources() -> list:
    return [read_source(p) for p in discover([str(CORPUS)])]


def test_every_file_reads() -> None:
    paths = discover([str(CORPUS)])
    assert paths
    for src in corpus_sources():
        assert src.text.strip() and "\r" not in src.text and "\xa0" not in src.text
        assert "\n\n\n" not in src.text and "  " not in src.text
        assert src.kind in SOURCE_KINDS
        assert src.title
        assert src.id.startswith("src_") and len(src.sha256) == 64
        assert src.meta["dropped_lines"] >= 0
        if src.published:
            parse_edtf(src.published)
        for span in src.meta["meta_lines"]:
            assert 0 <= span["start"] < span["end"] <= len(src.text)


def test_the_archival_report_has_a_date() -> None:
    archival = [s for s in corpus_sources() if guess_kind(s.text, s.title)[0] == "archival"]
    assert archival, "the corpus holds an archival report"
    for src in archival:
        assert src.kind == "archival" and src.kind_cue
        assert src.published is not None
        parse_edtf(src.published)
        assert len(src.published) == 10  # a report's date line gives the day


def test_kinds_are_decided_by_cues() -> None:
    for src in corpus_sources():
        if src.kind != "unknown":
            assert src.kind_cue


def test_reading_is_deterministic() -> None:
    first, second = corpus_sources(), corpus_sources()
    assert [(s.id, s.text, s.title, s.kind, s.published) for s in first] == [
        (s.id, s.text, s.title, s.kind, s.published) for s in second
    ]
