"""Bounded cost on inputs that fuzzing and the bad-input set turned up: work must grow about
linearly with the input, so one odd file cannot stall a build."""

from __future__ import annotations

import contextlib
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from . import rkit


class TooSlow(Exception):
    pass


@contextlib.contextmanager
def within(seconds: float) -> Iterator[None]:
    """Raise TooSlow if the block runs longer than ``seconds`` (main thread only)."""

    def stop(_sig: int, _frame: object) -> None:
        raise TooSlow(f"over {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def test_many_bare_years_in_one_sentence_are_fast() -> None:
    """A long line of years (a table flattened to one line) has no sentence breaks."""
    from tarikh.extract.date_parse import find_dates

    text = " ".join(str(1800 + i % 200) for i in range(3000))
    t0 = time.monotonic()
    with within(5):
        found = find_dates(text)
    assert len(found) == 3000
    assert time.monotonic() - t0 < 5


def test_many_numbers_in_one_sentence_are_fast() -> None:
    from tarikh.extract.numbers import find_numbers

    text = " ".join(f"{i * 37:,} men" for i in range(3000))
    with within(5):
        assert len(find_numbers(text)) >= 3000


@pytest.mark.slow
def test_corpus_stage_with_many_claims_per_subject_is_bounded(tmp_path: Path) -> None:
    """Few names, many dated sentences: a subject with ~100 date claims must not stall alignment."""
    from tarikh.config import load_config
    from tarikh.ingest import read_source
    from tarikh.models import Corpus
    from tarikh.pipeline import Pipeline

    folder = rkit.write_fixture_files(tmp_path / "src", 4, 60, names=10)
    pipe = Pipeline(load_config(fast=True))
    docs = [pipe.analyse(read_source(str(p))) for p in sorted(folder.iterdir())]
    with within(60):
        corpus = Corpus(docs=docs)
        for comp in pipe.corpus_components:
            corpus = comp(corpus)
    assert corpus.claims


def test_quantities_on_a_long_line_of_numbers_are_fast() -> None:
    """The fast doc components on one 20,000-character sentence holding 2,000 counts."""
    from tarikh.config import load_config
    from tarikh.models import Source
    from tarikh.pipeline import Pipeline

    text = " ".join(f"{i * 37:,} men" for i in range(2000))
    pipe = Pipeline(load_config(fast=True))
    with within(8):
        doc = pipe.analyse(Source(id="src_long", file="long.txt", path="/long.txt", sha256="0", text=text))
    assert all(text[c.start:c.end] == c.quote for c in doc.claims)
