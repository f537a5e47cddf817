"""A generated corpus of awkward inputs: each is read correctly or refused with a clear error."""

from __future__ import annotations

import codecs
import io
import os
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tarikh.errors import BinaryFileError, EmptySourceError, IngestError, UnsupportedTypeError
from tarikh.ingest import discover, read_source
from tarikh.models import SOURCE_KINDS

RUSSIAN = "Мост через реку был построен в 1850 году. Его перестроили в 1921 году после наводнения.\n"
ENGLISH = "The ferry crossed the strait twice a day until the tunnel opened in 1988.\n"


def build_bad_corpus(root: Path, make_pdf: Callable[[list[str]], bytes]) -> dict[str, object]:
    """Write the files; returns name -> expected outcome (an error class, or text that must appear)."""
    from pypdf import PdfWriter

    blank = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.write(blank)
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.writestr("inner.txt", ENGLISH)
    good_pdf = make_pdf(["The ferry crossed the strait twice a day."])
    files: dict[str, tuple[bytes, object]] = {
        "empty.txt": (b"", EmptySourceError),
        "blank.txt": (b"  \n\t\r\n  \n", EmptySourceError),
        "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), BinaryFileError),
        "program.txt": (b"\x7fELF\x02\x01\x01\x00" + bytes(120), BinaryFileError),
        "archive.txt": (zipped.getvalue(), BinaryFileError),
        "nuls.txt": (b"text\x00with\x00nul\x00bytes\x00\x01\x02" * 20, BinaryFileError),
        "invalid-utf8.txt": ("Caf\u00e9 ".encode() + b"\xc3\x28 \xff " + ENGLISH.encode(), "tunnel opened in 1988"),
        "utf16-bom.txt": (codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"), "перестроили в 1921"),
        "utf16-nobom.txt": (RUSSIAN.encode("utf-16-be"), "перестроили в 1921"),
        "cp1251.txt": (RUSSIAN.encode("cp1251"), "перестроили в 1921"),
        "latin1.txt": ("Le bac traversait le détroit deux fois par jour, été comme hiver.\n".encode("latin-1"),
                       "détroit"),
        "long-line.txt": (("wave " * 10_000).encode(), "wave wave"),
        "page.html": (b"<html><head><script>document.write('no')</script><style>p{}</style></head><body>"
                      b"<div><p>" + ENGLISH.encode() + b"<p>A second paragraph about the harbour.<div>", "tunnel"),
        "scripts-only.htm": (b"<script>var a = 1;</script><style>b{}</style>", EmptySourceError),
        "scan.pdf": (blank.getvalue(), IngestError),
        "truncated.pdf": (good_pdf[: len(good_pdf) // 2], IngestError),
        "good.pdf": (good_pdf, "twice a day"),
        "bundle.zip": (zipped.getvalue(), UnsupportedTypeError),
        "notes.docx": (zipped.getvalue(), UnsupportedTypeError),
        "a file with spaces.txt": (ENGLISH.encode(), "ferry"),
        "документ.md": (("# Заголовок\n\n" + RUSSIAN).encode(), "Мост"),
        "σημείωση.txt": ("Το πλοίο έφυγε το 1922.".encode(), "1922"),
    }
    expected: dict[str, object] = {}
    for name, (raw, outcome) in files.items():
        path = root / name
        path.write_bytes(raw)
        expected[str(path)] = outcome
    nested = root / "sub dir" / "deeper"
    nested.mkdir(parents=True)
    (nested / "inner.txt").write_text(ENGLISH, encoding="utf-8")
    expected[str(nested / "inner.txt")] = "ferry"
    return expected


def check(target: str, outcome: object) -> None:
    if isinstance(outcome, str):
        src = read_source(target)
        assert outcome in src.text, (target, src.text[:200])
        assert src.kind in SOURCE_KINDS and src.encoding and src.sha256
        assert src.file == os.path.basename(target)
        return
    assert isinstance(outcome, type)
    with pytest.raises(IngestError) as err:
        read_source(target)
    error: IngestError = err.value
    assert error.path == target
    assert error.message and target in str(error)
    assert isinstance(error, outcome), (target, error)


def test_bad_input_corpus(tmp_path: Path, make_pdf: Callable[[list[str]], bytes]) -> None:
    expected = build_bad_corpus(tmp_path, make_pdf)
    found = discover([str(tmp_path)])
    # discover keeps the supported extensions only; the explicit .zip/.docx are checked below
    assert sorted(found) == sorted(p for p in expected if not p.endswith((".zip", ".docx")))
    for target, outcome in expected.items():
        check(target, outcome)


def test_reasons_are_plain(tmp_path: Path, make_pdf: Callable[[list[str]], bytes]) -> None:
    build_bad_corpus(tmp_path, make_pdf)
    reasons = {}
    for name in ("empty.txt", "image.txt", "program.txt", "archive.txt", "scan.pdf", "truncated.pdf", "bundle.zip"):
        with pytest.raises(IngestError) as err:
            read_source(str(tmp_path / name))
        reasons[name] = err.value.message
    assert reasons["empty.txt"] == "file is empty"
    assert reasons["image.txt"] == "binary data (PNG image), not text"
    assert "ELF" in reasons["program.txt"]
    assert "zip archive" in reasons["archive.txt"]
    assert "no text layer" in reasons["scan.pdf"]
    assert reasons["truncated.pdf"].startswith("truncated or damaged PDF")
    assert "unsupported file type '.zip'" in reasons["bundle.zip"]


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="does not exist"):
        read_source(str(tmp_path / "nope.txt"))
    with pytest.raises(IngestError, match="folder"):
        read_source(str(tmp_path))


def test_relative_path_with_dotdot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "ferry notes.txt").write_text(ENGLISH, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "a")
    src = read_source("../b/ferry notes.txt")
    assert src.file == "ferry notes.txt"
    assert src.path == str(tmp_path / "b" / "ferry notes.txt")


@pytest.mark.slow
def test_100_mb_text_file(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    block = "".join(
        f"Entry {i}: the harbour master counted {i % 97} ships and {i % 13} barges in the spring.\n"
        for i in range(5000)
    ).encode()
    with open(path, "wb") as fh:
        written = 0
        while written < 100_000_000:
            fh.write(block)
            written += len(block)
    start = time.monotonic()
    src = read_source(str(path))
    elapsed = time.monotonic() - start
    assert len(src.text) > 99_000_000
    assert src.text.startswith("Entry 0: the harbour master")
    assert elapsed < 30, elapsed
