"""Reliability figures: bad inputs, builds killed and resumed, reads under load during a build, fuzzing.

    python bench/reliability.py [--quick] [--no-corpus] [--no-fuzz]

Every "nothing lost" check compares knowledge bases (``tarikh export --format json`` minus
``generated_at``, plus the sentence, mention and failure tables) with a clean build. The load test
talks only to a ``tarikh serve`` it starts on 127.0.0.1, with a bounded number of requests.
Writes the "## reliability" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "reliability")]
import rkit  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"
FUZZ_RUNS = {"dates": 3000, "numbers": 20000, "names": 20000, "doc": 5000, "ingest": 5000}


def _load(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def bad_inputs(folder: Path) -> list[Path]:
    """The ingest engineer's generated set when present, plus a few more of our own."""
    gen = ROOT / "tests" / "ingest" / "test_ingest_bad_inputs.py"
    if gen.exists():
        pdf = _load(ROOT / "tests" / "ingest" / "conftest.py", "ingest_conftest").build_pdf
        _load(gen, "ingest_bad").build_bad_corpus(folder, pdf)
    years = ", ".join(str(1800 + i % 200) for i in range(9000))[:50_000]
    extra = {
        "long-line-of-years.txt": years.encode(),
        "long-line-of-numbers.txt": " ".join(f"{i * 37:,} men" for i in range(5000))[:50_000].encode(),
        "-dash-first.txt": b"A name starting with a dash was read on 2 June 1911.\n",
        "new\nline.txt": b"A file name with a line break in it, written on 3 June 1911.\n",
        ("x" * 200) + ".txt": b"A very long file name, written on 4 June 1911.\n",
        "html-unclosed.html": b"<html><body><p>An unclosed paragraph from 5 June 1911<div><b>bold<script>x()",
    }
    for name, raw in extra.items():
        (folder / name).write_bytes(raw)
    loop = folder / "loop"
    loop.mkdir(exist_ok=True)
    (loop / "self").symlink_to(loop, target_is_directory=True)
    (loop / "inside.txt").write_text("A file inside a folder that links to itself, 6 June 1911.\n")
    (folder / "dangling.txt").symlink_to(folder / "missing-target.txt")
    return sorted(p for p in folder.iterdir())


def run_bad_inputs(tmp: Path, good: Path, cfg: list[str], timeout: float) -> tuple[list[list[str]], str]:
    folder = tmp / "bad"
    folder.mkdir()
    db = tmp / "bad.db"
    clean = tmp / "bad-clean.db"
    assert rkit.run_build(clean, good, cfg).returncode == 0
    assert rkit.run_build(db, good, cfg).returncode == 0
    rows = []
    for path in bad_inputs(folder):
        t0 = time.monotonic()
        try:
            out = rkit.run_build(db, path, cfg, timeout=timeout)
            status = f"exit {out.returncode}"
            lines = [ln for ln in out.stderr.splitlines() if ln.strip()]
            detail = lines[-1] if lines else "stored"
        except subprocess.TimeoutExpired:
            status, detail = "TIMEOUT", f"build still running after {timeout:.0f} s (killed)"
        detail = detail.replace(str(folder) + "/", "").replace("|", "/").replace("\n", " ")[:140]
        name = path.name.replace("\n", "\\n")
        rows.append([f"`{name[:40]}`", status, f"{time.monotonic() - t0:.1f}", detail])
    conn = rkit.connect_ro(db)
    stored = [r[0] for r in conn.execute("SELECT id FROM sources WHERE path LIKE ?", (f"{folder}%",))]
    conn.close()
    for sid in stored:  # take the accepted bad inputs out again: what is left must equal the clean build
        subprocess.run(rkit.tarikh_cmd("remove", sid, "--db", str(db)), capture_output=True, timeout=300,
                       env=rkit.env())
    diffs = [d for d in rkit.same_kb(db, clean) if not d.startswith("table failures")]
    verdict = f"integrity {rkit.integrity(db)}; " + ("nothing lost" if not diffs else "DIFFERS: " + "; ".join(diffs))
    return rows, verdict


def run_kills(tmp: Path, sources: Path, cfg: list[str], clean: Path, total: int) -> tuple[list[list[str]], str]:
    """Each kill point on a fresh database, resumed and compared; then several kills on one database."""
    rows = []
    points: list[tuple[str, Any]] = [(f"after {ms} ms", ms / 1000) for ms in (150, 500, 900, 1400, 2000, 2800, 3600)]
    points += [(f"when {k} source(s) stored", k) for k in (1, total // 2, total)]
    points += [("repeatedly: 0.5, 0.8, 1.2, 2.0, 3.0 s on one database", [0.5, 0.8, 1.2, 2.0, 3.0])]
    for n, (label, when) in enumerate(points):
        db = tmp / f"killed-{n}.db"
        killed_all, seen, stored, checks, halves = True, 0, 0, set(), []
        for step in (when if isinstance(when, list) else [when]):
            proc = rkit.start_build(db, sources, cfg)
            if isinstance(step, float):
                time.sleep(step)
            else:
                rkit.wait_until(lambda k=step, p=proc, d=db: rkit.stored_sources(d) >= k or p.poll() is not None, 120)
                if step == total:
                    time.sleep(0.3)  # into the corpus stage
            seen = rkit.stored_sources(db)
            killed_all = rkit.kill(proc) and killed_all
            stored = rkit.stored_sources(db)
            checks.add(rkit.integrity(db))
            conn = rkit.connect_ro(db) if db.exists() else None
            halves += rkit.half_stored(conn) if conn and stored else []
            if conn:
                conn.close()
        out = rkit.run_build(db, sources, cfg)
        diffs = rkit.same_kb(db, clean)
        rows.append([label, "yes" if killed_all else "no (build had ended)", f"{seen} -> {stored}",
                     ", ".join(sorted(checks)), "none" if not halves else "; ".join(halves),
                     f"exit {out.returncode}, {rkit.integrity(db)}, "
                     + ("equal" if not diffs else "DIFFERS: " + "; ".join(diffs))])
    ok = sum(1 for r in rows if r[-1].endswith("equal") and r[-1].startswith("exit 0, ok"))
    return rows, f"{ok} of {len(rows)} killed databases resumed to a knowledge base equal to a clean build"


def kill_corpus_build(tmp: Path) -> str:
    if not rkit.CORPUS.is_dir():
        return "skipped: ../shared/corpus missing"
    cfg = rkit.config_args(tmp, fast=False)
    clean, db = tmp / "corpus-clean.db", tmp / "corpus-killed.db"
    t0 = time.monotonic()
    assert rkit.run_build(clean, rkit.CORPUS, cfg, timeout=900).returncode == 0
    dt = time.monotonic() - t0
    total = rkit.stored_sources(clean)
    proc = rkit.start_build(db, rkit.CORPUS, cfg)
    rkit.wait_until(lambda: rkit.stored_sources(db) >= max(1, total // 2) or proc.poll() is not None, 600)
    killed = rkit.kill(proc)
    seen, ok = rkit.stored_sources(db), rkit.integrity(db)
    out = rkit.run_build(db, rkit.CORPUS, cfg, timeout=900)
    diffs = rkit.same_kb(db, clean)
    return (f"default (spaCy) build of the corpus ({total} sources, clean build {dt:.1f} s) killed "
            f"{'mid-build' if killed else '(had ended)'} with {seen} sources stored; integrity {ok}; resumed build "
            f"exit {out.returncode}; " + ("equals a clean build" if not diffs else "DIFFERS: " + "; ".join(diffs)))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def load_during_build(tmp: Path, cfg: list[str], clients: int, per_client: int) -> tuple[list[list[str]], str]:
    import httpx

    first = rkit.write_fixture_files(tmp / "load" / "a", 4, 40)
    second = tmp / "load" / "b"
    second.mkdir()
    for i in range(8):  # a second set of different files, built while the server is loaded
        (second / f"more_{i:02d}.txt").write_text(rkit.fixture_text(100 + i, 60), encoding="utf-8")
    db, clean = tmp / "load.db", tmp / "load-clean.db"
    assert rkit.run_build(db, first, cfg).returncode == 0
    for folder in (first, second):
        assert rkit.run_build(clean, folder, cfg).returncode == 0
    port = _free_port()
    server = subprocess.Popen(rkit.tarikh_cmd("serve", "--db", str(db), "--port", str(port), "--host", "127.0.0.1",
                                              "--cache-size", "0"), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, env=rkit.env(), start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        def up() -> bool:
            try:
                return httpx.get(base + "/api/sources", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        assert rkit.wait_until(up, 60, 0.2), "server did not start"
        sid = httpx.get(base + "/api/sources").json()["items"][0]["id"]
        paths = ["/api/sources", "/api/entities", "/api/claims?limit=50", "/api/events", "/api/conflicts",
                 "/api/search?q=harvest", "/", f"/sources/{sid}", "/timeline", f"/api/sources/{sid}"]
        lat: list[float] = []
        errors: dict[str, int] = {}
        lock = threading.Lock()
        build = rkit.start_build(db, second, cfg)
        t0 = time.monotonic()

        def worker(n: int) -> None:
            with httpx.Client(base_url=base, timeout=30) as h:
                for i in range(per_client):
                    if build.poll() is not None and i > per_client // 4:
                        break
                    path = paths[(n + i) % len(paths)]
                    a = time.monotonic()
                    try:
                        code = h.get(path).status_code
                        err = None if code == 200 else f"HTTP {code} {path.split('?')[0]}"
                    except httpx.HTTPError as exc:
                        err = type(exc).__name__
                    with lock:
                        lat.append(time.monotonic() - a)
                        if err:
                            errors[err] = errors.get(err, 0) + 1

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=600)
        wall = time.monotonic() - t0
        during = build.poll() is None
        build_rc = build.wait(timeout=600)
    finally:
        server.terminate()
        server.communicate(timeout=30)
    n_err = sum(errors.values())
    q = statistics.quantiles(lat, n=20)
    rows = [[str(clients), str(len(lat)), f"{len(lat) / wall:.0f}", f"{q[9] * 1000:.0f}", f"{q[18] * 1000:.0f}",
             f"{n_err} ({100 * n_err / max(1, len(lat)):.2f}%)", ", ".join(f"{k}: {v}" for k, v in errors.items())
             or "none"]]
    diffs = rkit.same_kb(db, clean)
    verdict = (f"build of {len(list(second.iterdir()))} more sources ran during the load (exit {build_rc}; "
               f"{'still running when the load ended' if during else 'finished before the load ended'}); "
               + ("knowledge base equals a clean build" if not diffs else "DIFFERS: " + "; ".join(diffs)))
    return rows, verdict


def run_fuzz(tmp: Path, quick: bool) -> list[list[str]]:
    try:
        import atheris  # noqa: F401
    except ImportError:
        return [["(all)", "0", "-", "atheris not installed (pip install atheris==3.0.0)"]]
    rows = []
    for target, runs in FUZZ_RUNS.items():
        runs = runs // 10 if quick else runs
        t0 = time.monotonic()
        out = subprocess.run([sys.executable, str(ROOT / "fuzz" / "run.py"), target, f"-runs={runs}",
                              "-max_total_time=120", f"-artifact_prefix={tmp}/", "-seed=1"], capture_output=True,
                             text=True, timeout=300, env=rkit.env(), cwd=tmp)
        done = re.search(r"Done (\d+) runs", out.stderr)
        execs = done.group(1) if done else (re.findall(r"^#(\d+)", out.stderr, re.M) or ["?"])[-1] + " (stopped)"
        found = "nothing" if out.returncode == 0 else \
            (re.findall(r"^\w+(?:Error|Exception): .*$", out.stderr, re.M) or ["crash"])[-1][:140]
        rows.append([target, execs, f"{time.monotonic() - t0:.0f}", found.replace("|", "/")])
    return rows


def table(head: list[str], rows: list[list[str]]) -> str:
    return "\n".join(["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + ["| " + " | ".join(r) + " |"
                                                                               for r in rows])


def write_section(text: str) -> None:
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmarks\n"
    parts = re.split(r"(?m)^(?=## )", old)
    kept = [p for p in parts if not p.startswith("## reliability")]
    RESULTS.write_text("".join(kept).rstrip("\n") + "\n\n" + text.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="fewer requests and fuzz runs")
    ap.add_argument("--no-corpus", action="store_true", help="skip the kill during a spaCy build of the corpus")
    ap.add_argument("--no-fuzz", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="tarikh-rel-"))
    try:
        cfg = rkit.config_args(tmp)
        sources = rkit.write_fixture_files(tmp / "sources", 8, 60)
        clean = tmp / "clean.db"
        t0 = time.monotonic()
        assert rkit.run_build(clean, sources, cfg).returncode == 0
        build_s = time.monotonic() - t0
        print("bad inputs ...", flush=True)
        bad_rows, bad_verdict = run_bad_inputs(tmp, sources, cfg, timeout=60)
        print("kills ...", flush=True)
        kill_rows, kill_verdict = run_kills(tmp, sources, cfg, clean, 8)
        corpus_line = "skipped (--no-corpus)" if args.no_corpus else kill_corpus_build(tmp)
        print("load ...", flush=True)
        load_rows, load_verdict = load_during_build(tmp, cfg, 20, 25 if args.quick else 100)
        print("fuzz ...", flush=True)
        fuzz_rows = [] if args.no_fuzz else run_fuzz(tmp, args.quick)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    pipeline = " ".join(a for a in cfg if not a.startswith("/")) or "default"
    text = f"""## reliability

`python bench/reliability.py` ({time.strftime('%Y-%m-%d')}, 2-core machine; pipeline `{pipeline}`; fixtures: 8
invented texts, {build_s:.1f} s for a clean fast build). "Nothing lost" = `tarikh export --format json` minus
`generated_at`, and the sentence, mention and failure tables, equal to a clean build's.

### bad inputs (each built into a knowledge base that already holds the fixtures; 60 s limit each)

{table(["input", "result", "s", "message (last line)"], bad_rows)}

After all of them, with the accepted ones removed again: {bad_verdict}.

### builds killed with SIGKILL (a fresh database per row; after the kill, one build to the end)

{table(["kill point", "killed mid-build", "sources seen -> after kill", "integrity_check", "half-stored",
        "resumed build vs clean build"], kill_rows)}

{kill_verdict}.

Corpus: {corpus_line}.

### reads under load while a build writes (`tarikh serve --cache-size 0`, loopback, 20 clients)

{table(["clients", "requests", "req/s", "p50 ms", "p95 ms", "errors", "error kinds"], load_rows)}

{load_verdict}.

### fuzzing (atheris 3.0.0, libFuzzer; harnesses in fuzz/run.py; Hypothesis runs in tests/reliability)

{table(["target", "executions", "s", "found"], fuzz_rows) if fuzz_rows else "skipped (--no-fuzz)"}
"""
    write_section(text)
    print(text)


if __name__ == "__main__":
    main()
