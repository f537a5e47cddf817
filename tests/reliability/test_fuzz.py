"""Property-based fuzzing (Hypothesis) of the date, number and name normalisers, the fast doc
components and ingest. Short by default; fuzz/ has atheris harnesses for longer runs."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from . import fuzzchecks as fc

# FUZZ_EXAMPLES=N runs N random examples per test (default: 200, the same ones every run)
_N = int(os.environ.get("FUZZ_EXAMPLES", "0"))
_COMMON: dict = {"deadline": None, "database": None, "suppress_health_check": list(HealthCheck), "derandomize": not _N}
FAST = settings(max_examples=_N or 200, **_COMMON)
SLOW = settings(max_examples=_N or 60, **_COMMON)


def wordy(words: list[str]) -> st.SearchStrategy[str]:
    """Text made of ``words`` and arbitrary characters, joined by spaces or nothing."""
    piece = st.one_of(st.sampled_from(words), st.text(max_size=4),
                      st.integers(min_value=-10, max_value=100000).map(str))
    return st.lists(piece, max_size=25).flatmap(
        lambda parts: st.sampled_from([" ", "", "  "]).map(lambda sep: sep.join(parts)))


points = st.one_of(st.none(), st.tuples(st.integers(1, 2100), st.one_of(st.none(), st.integers(1, 12)),
                                        st.one_of(st.none(), st.integers(1, 28))))


@FAST
@given(wordy(fc.DATE_WORDS), points)
def test_dates_have_valid_spans_and_edtf(text: str, anchor) -> None:
    fc.check_dates(text, anchor)


@FAST
@given(st.text(max_size=200))
def test_dates_on_any_text(text: str) -> None:
    fc.check_dates(text)


@FAST
@given(wordy(fc.NUMBER_WORDS))
def test_numbers_have_valid_spans(text: str) -> None:
    fc.check_numbers(text)


@FAST
@given(st.text(max_size=200))
def test_numbers_on_any_text(text: str) -> None:
    fc.check_numbers(text)


NAME_PARTS = ["Mr.", "Dr", "the", "al-", "O'Brien", "Abd", "ul", "Khan", "I.", "V.", "Zhou", "Jou", "Mao",
              "Tse-tung", "Zedong", "’s", "'s", "de", "la", "Ş", "ı", "İ", "ß", "æ", "Ø", "汉", "ــ", "\u0301"]


@FAST
@given(wordy(NAME_PARTS), wordy(NAME_PARTS))
def test_name_normalisation(a: str, b: str) -> None:
    fc.check_names(a, b)


@SLOW
@given(st.one_of(wordy(fc.DATE_WORDS + fc.NUMBER_WORDS + NAME_PARTS), st.text(max_size=300)))
def test_fast_components_keep_offsets(text: str) -> None:
    fc.check_doc(text)


@FAST
@given(st.sampled_from(fc.TARGET_NAMES), st.binary(max_size=600), st.sampled_from(fc.MEDIA_HINTS))
def test_ingest_bytes(target: str, raw: bytes, hint: str) -> None:
    fc.check_ingest(target, raw, hint)


PREFIXES = [b"", b"%PDF-1.4\n", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x89PNG\r\n\x1a\n",
            b"\x7fELF", b"PK\x03\x04", b"# Title\n\n", b"<!doctype html><script>", b"\x00\x00\x00"]


@FAST
@given(st.sampled_from(fc.TARGET_NAMES), st.sampled_from(PREFIXES), st.binary(max_size=400),
       st.sampled_from(fc.MEDIA_HINTS))
def test_ingest_bytes_with_magic(target: str, prefix: bytes, raw: bytes, hint: str) -> None:
    fc.check_ingest(target, prefix + raw, hint)


@FAST
@given(st.sampled_from(fc.TARGET_NAMES), st.text(max_size=300),
       st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1251", "latin-1", "utf-32"]))
def test_ingest_encoded_text(target: str, text: str, codec: str) -> None:
    try:
        raw = text.encode(codec)
    except UnicodeEncodeError:
        raw = text.encode("utf-8")
    fc.check_ingest(target, raw, "")


def test_approximate_seasons_are_valid_edtf() -> None:
    """Found by atheris: "around spring 1944" gave "1944-21~", which EDTF parsers refuse."""
    for text in ("around spring 1944", "c. summer 1921", "circa winter 1919", "about the autumn of 1930"):
        assert fc.check_dates(text) >= 1, text
