"""Turn raw bytes into text: refuse binary data, detect and record the encoding.

Order of checks: byte-order marks (UTF-8, UTF-16, UTF-32), magic numbers of
common binary formats, BOM-less UTF-16 (NUL bytes on one side of each code
unit), NUL bytes (binary), strict UTF-8, a charset the caller declared (HTTP
header, HTML ``<meta charset>``), charset-normalizer on a sample, and as a last
resort UTF-8 with replacement characters. Decoding never raises
``UnicodeDecodeError``.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from tarikh.errors import BinaryFileError

SAMPLE = 64 * 1024
DETECT_SAMPLE = 256 * 1024

# (magic bytes, offset, human name)
MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"BM", 0, ""),  # too short to trust alone; see _bmp
    (b"II*\x00", 0, "TIFF image"),
    (b"MM\x00*", 0, "TIFF image"),
    (b"\x7fELF", 0, "ELF executable"),
    (b"MZ", 0, ""),  # see _pe
    (b"\xcf\xfa\xed\xfe", 0, "Mach-O executable"),
    (b"\xfe\xed\xfa\xcf", 0, "Mach-O executable"),
    (b"\xca\xfe\xba\xbe", 0, "Java class or Mach-O file"),
    (b"PK\x03\x04", 0, "zip archive"),
    (b"PK\x05\x06", 0, "zip archive"),
    (b"PK\x07\x08", 0, "zip archive"),
    (b"\x1f\x8b", 0, "gzip archive"),
    (b"BZh", 0, ""),  # see _bzip
    (b"\xfd7zXZ\x00", 0, "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7z archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"\x28\xb5\x2f\xfd", 0, "zstd archive"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "old Microsoft Office document"),
    (b"ID3", 0, "MP3 audio"),
    (b"OggS", 0, "Ogg media"),
    (b"fLaC", 0, "FLAC audio"),
    (b"\x1aE\xdf\xa3", 0, "Matroska/WebM video"),
    (b"ftyp", 4, "MP4/QuickTime media"),
    (b"ustar", 257, "tar archive"),
    (b"\x00asm", 0, "WebAssembly binary"),
    (b"wOFF", 0, "WOFF font"),
    (b"wOF2", 0, "WOFF2 font"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def binary_kind(raw: bytes) -> str | None:
    """The name of a binary format ``raw`` starts with, or None."""
    for magic, offset, name in MAGIC:
        if raw[offset : offset + len(magic)] != magic:
            continue
        if name:
            return name
        if magic == b"MZ" and len(raw) > 0x40 and _CONTROL.search(raw[:64]):
            return "Windows executable"
        if magic == b"BM" and len(raw) > 14 and raw[6:10] == b"\x00\x00\x00\x00":
            return "BMP image"
        if magic == b"BZh" and raw[3:4].isdigit() and raw[4:10] == b"1AY&SY":
            return "bzip2 archive"
    if raw[:4] == b"RIFF" and raw[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}[raw[8:12]]
    return None


def bom_encoding(raw: bytes) -> tuple[str, int] | None:
    """(encoding, BOM length) when ``raw`` starts with a byte-order mark."""
    for bom, enc in BOMS:
        if raw.startswith(bom):
            return enc, len(bom)
    return None


def sniff_utf16(raw: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for BOM-less UTF-16, judged by NUL bytes."""
    sample = raw[: SAMPLE & ~1]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    n = len(odd)
    nul_even, nul_odd = even.count(0) / n, odd.count(0) / n
    if nul_odd >= 0.1 and nul_even <= 0.02:
        enc = "utf-16-le"
    elif nul_even >= 0.1 and nul_odd <= 0.02:
        enc = "utf-16-be"
    else:
        return None
    try:
        text = sample.decode(enc)
    except UnicodeDecodeError:
        return None
    bad = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
    return enc if bad <= len(text) * 0.01 else None


def declared_charset(raw: bytes, media_hint: str) -> str | None:
    """The charset named in the media hint or in an HTML ``<meta>`` tag."""
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", media_hint, re.I)
    name = m.group(1) if m else None
    if name is None and "html" in media_hint.lower():
        mm = _META_CHARSET.search(raw[:4096])
        name = mm.group(1).decode("ascii") if mm else None
    if name is None:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(raw: bytes, target: str, media_hint: str = "") -> tuple[str, str]:
    """Decode ``raw`` to text; returns (text, encoding name). Raises BinaryFileError."""
    bom = bom_encoding(raw)
    if bom:
        enc, skip = bom
        return raw[skip:].decode(enc, errors="replace"), enc if skip != 3 else "utf-8-sig"
    kind = binary_kind(raw)
    if kind:
        raise BinaryFileError(f"binary data ({kind}), not text", path=target)
    utf16 = sniff_utf16(raw)
    if utf16:
        return raw.decode(utf16, errors="replace"), utf16
    sample = raw[:SAMPLE]
    if b"\x00" in sample:
        raise BinaryFileError("binary data (NUL bytes), not text", path=target)
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise BinaryFileError("binary data (control bytes), not text", path=target)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(raw, media_hint)
    if declared and declared != "utf-8":
        try:
            return raw.decode(declared), declared
        except UnicodeDecodeError:
            pass
    if _mostly_utf8(raw[:DETECT_SAMPLE]):
        return raw.decode("utf-8", errors="replace"), "utf-8"
    enc = detect_charset(raw[:DETECT_SAMPLE])
    return raw.decode(enc, errors="replace"), enc


PREFERRED = ("cp1252", "latin_1", "cp1251", "utf_8")
MULTIBYTE = ("utf_16", "utf_32", "shift_jis", "euc", "gb", "big5", "johab", "cp949", "cp932", "hz", "iso2022")


def detect_charset(sample: bytes) -> str:
    """A single-byte or CJK charset for bytes that are not UTF-8 (charset-normalizer + tie-breaks)."""
    results = [m for m in from_bytes(sample) if m.encoding]
    if b"\x00" not in sample:
        results = [m for m in results if not m.encoding.startswith(("utf_16", "utf_32"))]
    if results:
        best = results[0]
        close = [m for m in results if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.05]
        best = next((m for name in PREFERRED for m in close if m.encoding == name), best)
        if best.coherence > 0.0 or not best.encoding.startswith(MULTIBYTE) and len(sample) > 200:
            return _same_as_common(sample, codecs.lookup(best.encoding).name)
    return _single_byte_guess(sample)


def _same_as_common(sample: bytes, enc: str) -> str:
    """A common charset name (cp1252, cp1251) when it decodes the sample to the same text as ``enc``."""
    try:
        text = sample.decode(enc)
    except UnicodeDecodeError:
        return enc
    for name in ("cp1252", "cp1251"):
        if name == enc:
            return enc
        try:
            if sample.decode(name) == text:
                return name
        except UnicodeDecodeError:
            continue
    return enc


def _single_byte_guess(sample: bytes) -> str:
    """cp1251 when high bytes form whole words (Cyrillic), else cp1252 (Western European)."""
    high = sum(1 for b in sample if b >= 0x80)
    if not high:
        return "utf-8"
    in_runs = sum(len(run) for run in re.findall(rb"[\xc0-\xff]{3,}", sample))
    return "cp1251" if in_runs >= high * 0.6 else "cp1252"


def _mostly_utf8(sample: bytes) -> bool:
    """True when the sample is UTF-8 with a few damaged bytes, not another charset."""
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good >= 2 and bad <= good
