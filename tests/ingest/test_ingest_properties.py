"""Property tests: any bytes are read or refused cleanly; normalisation is stable."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tarikh.errors import IngestError
from tarikh.ingest import parse_source
from tarikh.ingest.normalise import drop_furniture, normalise_whitespace
from tarikh.models import SOURCE_KINDS

HINTS = st.sampled_from(["text/plain", "text/html", "text/markdown", "application/pdf", "", "image/png"])
NAMES = st.sampled_from(["a.txt", "a.html", "a.md", "a.pdf", "a.bin", "https://example.org/x"])
PREFIXES = st.sampled_from([b"", b"<html><body><p>", b"%PDF-1.4\n", b"# Title\n\n", b"\xff\xfe", b"PK\x03\x04"])


@settings(max_examples=150, deadline=None)
@given(prefix=PREFIXES, body=st.binary(max_size=400), hint=HINTS, name=NAMES)
def test_any_bytes_read_or_refused(prefix: bytes, body: bytes, hint: str, name: str) -> None:
    try:
        src = parse_source(name, prefix + body, hint)
    except IngestError as err:
        assert err.path == name and err.message
        return
    assert src.text and src.text == src.text.strip()
    assert src.kind in SOURCE_KINDS


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .\n\r\t\xa0\u2009\u200b|©")), max_size=200))
def test_normalise_is_stable(text: str) -> None:
    once = normalise_whitespace(text)
    assert normalise_whitespace(once) == once
    assert "\n\n\n" not in once and "  " not in once and "\r" not in once and "\xa0" not in once
    assert all(line == line.strip() for line in once.split("\n"))
    kept, dropped = drop_furniture(once)
    lines = once.split("\n")
    assert all(line in lines for line in kept.split("\n") if line)
    assert all(line in lines for _, line in dropped)
