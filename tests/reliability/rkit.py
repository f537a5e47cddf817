"""Shared helpers for the reliability tests and bench/reliability.py.

Only absolute imports here: bench/reliability.py imports this file as the
top-level module ``rkit``; the tests import it as ``reliability.rkit``.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
CORPUS = ROOT.parent / "shared" / "corpus"

# ----------------------------------------------------------------- fixture text (invented, seeded)
_SYL = ["ar", "bel", "cor", "dal", "em", "fen", "gor", "hes", "il", "jor", "kel", "lun", "mar", "nor", "os",
        "pel", "quin", "ras", "sud", "tam", "ul", "ver", "wen", "yar", "zor"]
_GROUP_KINDS = ["Guild", "Council", "Union", "Assembly", "Company", "Committee", "League", "Brotherhood"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYL) for _ in range(parts)).capitalize()


def _pools(seed: int, size: int) -> tuple[list[str], list[str], list[str]]:
    """Invented people, places and groups (the same pools for every file of one set)."""
    rng = random.Random(seed)
    people = [f"{_word(rng, 2)} {_word(rng, 3)}" for _ in range(size)]
    places = [_word(rng, 3) for _ in range(max(3, size // 2))]
    groups = [f"the {_word(rng, 2)} {rng.choice(_GROUP_KINDS)}" for _ in range(max(3, size // 4))]
    return people, places, groups


_TEMPLATES = [
    "{person} arrived in {place} on {day} {month} {year}.",
    "On {day} {month} {year}, {group} met in {place} to choose a new chair.",
    "{group} was founded in {place} in {month} {year} by {person}.",
    "By {year} {group} counted about {n:,} members.",
    "In {month} {year} more than {n} delegates gathered at {place}.",
    "{person} led {group} until {year}.",
    "According to {person}, the fire at {place} began on {day} {month} {year}.",
    "{person}, also known as {alias}, left {place} for {place2} in {year}.",
    "The harvest of {year} in {place} was poor, and some {n:,} families moved away.",
    "{person} died in {place} on {day} {month} {year}.",
]


def sentence(rng: random.Random, pools: tuple[list[str], list[str], list[str]]) -> str:
    people, places, groups = pools
    return rng.choice(_TEMPLATES).format(
        person=rng.choice(people), alias=rng.choice(people).split()[0], place=rng.choice(places),
        place2=rng.choice(places), group=rng.choice(groups), day=rng.randint(1, 28), month=rng.choice(_MONTHS),
        year=rng.randint(1880, 1960), n=rng.randint(12, 40000))


def fixture_text(seed: int, paragraphs: int = 30, names: int = 120) -> str:
    """Invented narrative text; ``names`` people (fewer names: more claims per subject)."""
    pools = _pools(0, names)
    rng = random.Random(seed)
    title = f"Notes on {rng.choice(pools[1])}, part {seed}"
    body = [" ".join(sentence(rng, pools) for _ in range(rng.randint(3, 7))) for _ in range(paragraphs)]
    return title + "\n\n" + "\n\n".join(body) + "\n"


def write_fixture_files(folder: Path, count: int = 6, paragraphs: int = 30, names: int = 120) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"notes_{i:02d}.txt").write_text(fixture_text(i + 1, paragraphs, names), encoding="utf-8")
    return folder


# ----------------------------------------------------------------- pipeline config
def config_args(tmp: Path, fast: bool = True) -> list[str]:
    """CLI args for the fast (or default) pipeline. While some built-in components are not
    written yet, a config naming only the registered ones is written to ``tmp`` and added.
    ``RELIABILITY_CONFIG`` (a TOML file) replaces all of this when set."""
    if os.environ.get("RELIABILITY_CONFIG"):
        return [*(["--fast"] if fast else []), "--config", os.environ["RELIABILITY_CONFIG"]]
    from tarikh import registry
    from tarikh.config import load_config

    cfg = load_config(fast=fast)
    known = set(registry.names())
    args = ["--fast"] if fast else []
    if all(n in known for n in cfg.doc + cfg.corpus):
        return args
    doc = [n for n in cfg.doc if n in known]
    corpus = [n for n in cfg.corpus if n in known]
    path = tmp / ("fast.toml" if fast else "default.toml")
    path.write_text(f"[pipeline]\ndoc = {json.dumps(doc)}\ncorpus = {json.dumps(corpus)}\n", encoding="utf-8")
    return [*args, "--config", str(path)]


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(SRC) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    e.pop("TARIKH_DB", None)
    e.pop("TARIKH_CONFIG", None)
    return e


def tarikh_cmd(*args: str) -> list[str]:
    return [sys.executable, "-c", "from tarikh.cli import main; main()", *args]


def run_build(db: Path, sources: Path, cfg: list[str], *extra: str,
              timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(tarikh_cmd("build", str(sources), "--db", str(db), "-q", *cfg, *extra),
                          capture_output=True, text=True, timeout=timeout, env=env())


def start_build(db: Path, sources: Path, cfg: list[str], *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(tarikh_cmd("build", str(sources), "--db", str(db), "-q", *cfg, *extra),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(),
                            start_new_session=True)


def kill(proc: subprocess.Popen[str]) -> bool:
    """SIGKILL ``proc`` (started by us); True if it was still running."""
    alive = proc.poll() is None
    if alive:
        os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    return alive


# ----------------------------------------------------------------- reading the database
def connect_ro(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def integrity(db: Path) -> str:
    if not db.exists():
        return "ok"
    conn = sqlite3.connect(str(db), timeout=30)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def stored_sources(db: Path) -> int:
    """Sources committed so far (0 while the database or its tables do not exist yet)."""
    if not db.exists():
        return 0
    try:
        conn = connect_ro(db)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def half_stored(conn: sqlite3.Connection) -> list[str]:
    """Problems seen in one read transaction: a source without its doc or sentences, orphans."""
    problems: list[str] = []
    conn.execute("BEGIN")
    try:
        for sid, chars in conn.execute("SELECT id, chars FROM sources"):
            has_doc = conn.execute("SELECT 1 FROM docs WHERE source_id = ?", (sid,)).fetchone()
            n_sent = conn.execute("SELECT COUNT(*) FROM sentences WHERE source_id = ?", (sid,)).fetchone()[0]
            n_fts = conn.execute("SELECT COUNT(*) FROM sentences_fts WHERE source_id = ?", (sid,)).fetchone()[0]
            if not has_doc:
                problems.append(f"source {sid} has no docs row")
            if chars and not n_sent:
                problems.append(f"source {sid} has no sentences")
            if n_fts != n_sent:
                problems.append(f"source {sid}: {n_sent} sentences but {n_fts} search rows")
        orphans = conn.execute("SELECT COUNT(*) FROM docs WHERE source_id NOT IN (SELECT id FROM sources)")
        if orphans.fetchone()[0]:
            problems.append("docs rows without a source")
        # corpus tables are recomputed after the sources: while that is pending (dirty), claims of
        # a source being replaced may still name its old id; once the corpus is fresh they may not
        dirty = conn.execute("SELECT value FROM meta WHERE key = 'dirty'").fetchone()
        dangling = conn.execute("SELECT COUNT(*) FROM claims WHERE source_id NOT IN (SELECT id FROM sources)")
        if dangling.fetchone()[0] and not (dirty and dirty[0] == "1"):
            problems.append("claims whose source is gone, with a fresh corpus")
    finally:
        conn.execute("COMMIT")
    return problems


def export(db: Path) -> dict[str, Any]:
    """``tarikh export --format json`` as a dict, without ``generated_at``."""
    out = subprocess.run(tarikh_cmd("export", "--db", str(db), "--format", "json"), capture_output=True,
                         text=True, timeout=120, env=env())
    if out.returncode != 0:
        raise AssertionError(f"export failed: {out.stderr}")
    data: dict[str, Any] = json.loads(out.stdout)
    data.pop("generated_at", None)
    return data


def tables(db: Path) -> dict[str, Any]:
    """Per-source tables not in the export: sentence rows and failures."""
    conn = connect_ro(db)
    try:
        return {
            "sentences": conn.execute('SELECT source_id, idx, start, "end", text FROM sentences '
                                      "ORDER BY source_id, idx").fetchall(),
            "failures": conn.execute("SELECT path, code FROM failures ORDER BY path").fetchall(),
            "mentions": conn.execute('SELECT source_id, idx, start, "end", text, label, entity_id FROM mentions '
                                     "ORDER BY source_id, idx").fetchall(),
        }
    finally:
        conn.close()


def same_kb(db: Path, clean: Path) -> list[str]:
    """What differs between two knowledge bases (export minus generated_at, and the tables)."""
    diffs = []
    a, b = export(db), export(clean)
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            diffs.append(f"export[{key}] differs ({len(a.get(key) or [])} vs {len(b.get(key) or [])})")
    ta, tb = tables(db), tables(clean)
    for key in ta:
        if ta[key] != tb[key]:
            diffs.append(f"table {key} differs ({len(ta[key])} vs {len(tb[key])} rows)")
    return diffs


def wait_until(pred: Any, timeout: float, step: float = 0.005) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(step)
    return False
