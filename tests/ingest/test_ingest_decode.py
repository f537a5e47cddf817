from __future__ import annotations

import codecs

import pytest

from tarikh.errors import BinaryFileError
from tarikh.ingest.decode import binary_kind, declared_charset, decode_bytes, sniff_utf16

RUSSIAN = "Отчёт о строительстве моста\n\nМост через реку был построен в 1850 году после шести лет работы.\n"
FRENCH = "Le moulin était célèbre à l'époque; on y venait de très loin pour acheter la farine.\n"
ENGLISH = "The bridge over the river was finished in 1850 after six years of work.\n"


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (codecs.BOM_UTF8 + ENGLISH.encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + RUSSIAN.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + ENGLISH.encode("utf-32-le"), "utf-32-le"),
    ],
)
def test_byte_order_marks(raw: bytes, encoding: str) -> None:
    text, enc = decode_bytes(raw, "x.txt")
    assert enc == encoding
    assert text in (ENGLISH, RUSSIAN)


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("sample", [ENGLISH, RUSSIAN, FRENCH])
def test_utf16_without_bom(enc: str, sample: str) -> None:
    raw = sample.encode(enc)
    assert sniff_utf16(raw) == enc
    assert decode_bytes(raw, "x.txt") == (sample, enc)


def test_cp1251_russian() -> None:
    assert decode_bytes(RUSSIAN.encode("cp1251"), "x.txt") == (RUSSIAN, "cp1251")
    assert decode_bytes("Короткий".encode("cp1251"), "x.txt") == ("Короткий", "cp1251")


@pytest.mark.parametrize("enc", ["latin-1", "cp1252"])
def test_western_single_byte(enc: str) -> None:
    text, used = decode_bytes(FRENCH.encode(enc), "x.txt")
    assert text == FRENCH
    assert used in ("cp1252", "latin_1", "iso8859-1")


def test_invalid_utf8_reads_with_replacement() -> None:
    raw = "Café naïve résumé: ".encode() + b"\xff\xfe\xc3" + " über alles.".encode()
    text, enc = decode_bytes(raw, "x.txt")
    assert enc == "utf-8"
    assert "Café naïve résumé" in text and "über alles." in text and "\ufffd" in text


def test_declared_charset_is_used() -> None:
    html = '<html><head><meta charset="windows-1251"></head><body>Мост</body></html>'.encode("cp1251")
    assert declared_charset(html, "text/html") == "cp1251"
    assert declared_charset(b"", "text/plain; charset=KOI8-R") == "koi8-r"
    assert declared_charset(b"", "text/plain; charset=no-such-thing") is None
    text, enc = decode_bytes(html, "x.html", "text/html")
    assert enc == "cp1251" and "Мост" in text


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"\x7fELF\x02\x01\x01" + bytes(100), "ELF executable"),
        (b"PK\x03\x04\x14\x00" + bytes(60), "zip archive"),
        (b"\x1f\x8b\x08\x00" + bytes(20), "gzip archive"),
        (b"\xff\xd8\xff\xe0" + bytes(20), "JPEG image"),
    ],
)
def test_binary_formats_are_named(raw: bytes, name: str) -> None:
    assert binary_kind(raw) == name
    with pytest.raises(BinaryFileError) as err:
        decode_bytes(raw, "pic.txt")
    assert name in err.value.message and err.value.path == "pic.txt"


def test_nul_and_control_bytes_are_binary() -> None:
    with pytest.raises(BinaryFileError, match="NUL"):
        decode_bytes(b"abc\x00\x00\x00\x01\x02def\x00\x10\x00" * 50 + b"\x00\x00\x00\x00", "x.txt")
    with pytest.raises(BinaryFileError, match="control"):
        decode_bytes(bytes([1, 2, 3, 4, 5, 6, 14, 15, 16]) * 20, "x.txt")


def test_text_that_starts_like_a_magic_number_is_text() -> None:
    assert decode_bytes(b"MZ was the name of the ship.", "x.txt")[0].startswith("MZ")
    assert decode_bytes(b"BM and other initials.", "x.txt")[0].startswith("BM")


def test_smart_quotes_in_cp1252_are_reported_as_cp1252() -> None:
    text = "The captain said, \u201cWe sail at dawn\u201d \u2014 and it\u2019s forty miles to the island.\n" * 3
    assert decode_bytes(text.encode("cp1252"), "x.txt") == (text, "cp1252")
    german = "Die Brücke über den Fluß wurde 1850 gebaut. Später kamen größere Schiffe.\n"
    assert decode_bytes(german.encode("latin-1"), "x.txt")[0] == german
