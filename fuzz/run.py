"""atheris (libFuzzer) harnesses over the checks in tests/reliability/fuzzchecks.py.

    python fuzz/run.py TARGET [libFuzzer flags, e.g. -runs=20000 -max_total_time=60]

TARGET is one of: dates, numbers, names, doc, ingest. Any exception other than the
expected IngestError (for ingest) is a finding: libFuzzer prints it and saves the input.
bench/reliability.py runs each target for a bounded number of executions.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "reliability")]

with atheris.instrument_imports():
    import fuzzchecks as fc

    import tarikh.extract.date_parse  # noqa: F401
    import tarikh.extract.numbers  # noqa: F401
    import tarikh.ingest  # noqa: F401
    import tarikh.resolve.names  # noqa: F401


def _text(fdp: atheris.FuzzedDataProvider, words: list[str]) -> str:
    """Half the time free unicode, half the time a sequence of domain words and unicode bits."""
    if fdp.ConsumeBool():
        return fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 400))
    parts = []
    for _ in range(fdp.ConsumeIntInRange(0, 30)):
        if fdp.ConsumeIntInRange(0, 3):
            parts.append(words[fdp.ConsumeIntInRange(0, len(words) - 1)])
        else:
            parts.append(fdp.ConsumeUnicodeNoSurrogates(4))
    return " ".join(parts)


def dates(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    anchor = None
    if fdp.ConsumeBool():
        anchor = (fdp.ConsumeIntInRange(1, 2100), fdp.ConsumeIntInRange(1, 12) if fdp.ConsumeBool() else None,
                  fdp.ConsumeIntInRange(1, 28) if fdp.ConsumeBool() else None)
    fc.check_dates(_text(fdp, fc.DATE_WORDS), anchor)


def numbers(data: bytes) -> None:
    fc.check_numbers(_text(atheris.FuzzedDataProvider(data), fc.NUMBER_WORDS))


NAME_WORDS = ["Mr.", "Dr", "the", "al-", "O'Brien", "Khan", "I.", "V.", "Zhou", "Jou", "Tse-tung", "'s", "de",
              "Ş", "ı", "İ", "ß", "æ", "汉"]


def names(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    fc.check_names(_text(fdp, NAME_WORDS), _text(fdp, NAME_WORDS))


def doc(data: bytes) -> None:
    fc.check_doc(_text(atheris.FuzzedDataProvider(data), fc.DATE_WORDS + fc.NUMBER_WORDS + NAME_WORDS))


PREFIXES = [b"", b"%PDF-1.4\n", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04",
            b"<!doctype html><script>", b"# Title\n\n"]


def ingest(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    target = fc.TARGET_NAMES[fdp.ConsumeIntInRange(0, len(fc.TARGET_NAMES) - 1)]
    hint = fc.MEDIA_HINTS[fdp.ConsumeIntInRange(0, len(fc.MEDIA_HINTS) - 1)]
    prefix = PREFIXES[fdp.ConsumeIntInRange(0, len(PREFIXES) - 1)]
    fc.check_ingest(target, prefix + fdp.ConsumeBytes(fdp.remaining_bytes()), hint)


TARGETS: dict[str, Callable[[bytes], None]] = {"dates": dates, "numbers": numbers, "names": names, "doc": doc,
                                               "ingest": ingest}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: python fuzz/run.py {{{','.join(TARGETS)}}} [libFuzzer flags]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
