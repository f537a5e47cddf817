"""Benchmark the web app: requests/s and p50/p95 latency of the main pages and API endpoints.

    python bench/serve.py [--db FILE] [--requests 300] [--concurrency 20]

Builds the shared corpus into the knowledge base if it is empty (or reuses it), starts
``tarikh serve`` in a second process on 127.0.0.1 (a free port), and sends a bounded number of
requests (loopback only) from ``--concurrency`` clients per endpoint. Writes the table into
bench/RESULTS.md under "## serve".
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
RESULTS = ROOT / "bench" / "RESULTS.md"
MAIN = "import sys; from tarikh.cli import main; sys.argv[0] = 'tarikh'; main()"


def ensure_kb(db: str) -> None:
    if Path(db).exists():
        con = sqlite3.connect(db)
        try:
            if con.execute("SELECT COUNT(*) FROM sources").fetchone()[0] > 0:
                return
        except sqlite3.DatabaseError:
            pass
        finally:
            con.close()
    print(f"building {CORPUS} into {db} ...", flush=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-c", MAIN, "build", str(CORPUS), "--db", db], check=True, env=env)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def targets(db: str) -> list[tuple[str, str]]:
    con = sqlite3.connect(db)
    sid = con.execute("SELECT id FROM sources ORDER BY chars DESC LIMIT 1").fetchone()[0]
    eid = con.execute("SELECT id FROM entities ORDER BY mentions DESC LIMIT 1").fetchone()[0]
    name = con.execute("SELECT name FROM entities ORDER BY mentions DESC LIMIT 1").fetchone()[0]
    word = name.split()[0]
    evid = con.execute("SELECT event_id FROM event_claims GROUP BY event_id ORDER BY COUNT(*) DESC, event_id "
                       "LIMIT 1").fetchone()[0]
    con.close()
    question = quote(f"When was {name} founded?")
    return [("page", "/"), ("page", f"/sources/{sid}"), ("page", f"/entities/{eid}"), ("page", "/timeline"),
            ("page", f"/events/{evid}"), ("page", f"/ask?q={question}"), ("page", "/map"), ("page", "/network"),
            ("page", "/conflicts"), ("page", f"/search?q={word}"),
            ("api", "/api/sources"), ("api", f"/api/sources/{sid}"), ("api", "/api/entities"),
            ("api", f"/api/entities/{eid}"), ("api", "/api/events"), ("api", "/api/claims"),
            ("api", f"/api/events/{evid}"), ("api", "/api/conflicts"), ("api", f"/api/search?q={word}"),
            ("api", f"/api/ask?q={question}")]


def load(port: int, path: str, total: int, clients: int, max_seconds: float) -> dict[str, float]:
    """``total`` GETs of ``path`` from ``clients`` keep-alive connections; stops early after ``max_seconds``."""
    lat: list[float] = []
    errors = 0
    lock = threading.Lock()
    left = [total]
    deadline = time.monotonic() + max_seconds

    def worker() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                if left[0] <= 0:
                    break
                left[0] -= 1
            t0 = time.perf_counter()
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            dt = time.perf_counter() - t0
            with lock:
                lat.append(dt)
                errors += not ok
        conn.close()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    lat.sort()
    return {"n": len(lat), "rps": len(lat) / wall if wall else 0.0, "p50": 1000 * statistics.median(lat),
            "p95": 1000 * lat[min(len(lat) - 1, int(0.95 * len(lat)))], "errors": errors}


def write_results(table: str) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmarks\n"
    section = "## serve\n\n" + table.rstrip() + "\n"
    start = text.find("## serve\n")
    if start < 0:
        text = text.rstrip() + "\n\n" + section
    else:
        nxt = text.find("\n## ", start + 1)
        text = text[:start] + section + (text[nxt:] if nxt >= 0 else "")
    RESULTS.write_text(text, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description="Benchmark tarikh serve (loopback only).")
    ap.add_argument("--db", default=str(ROOT / "bench" / "serve.db"))
    ap.add_argument("--requests", type=int, default=1000, help="requests per endpoint (cached pass)")
    ap.add_argument("--uncached-requests", type=int, default=200, help="requests per endpoint (no-cache pass)")
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--max-seconds", type=float, default=20.0, help="time bound per endpoint")
    ap.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    args = ap.parse_args()
    ensure_kb(args.db)
    cached = run_pass(args, args.requests, cache=True)
    uncached = run_pass(args, args.uncached_requests, cache=False)
    head = (f"`python bench/serve.py`: {args.concurrency} concurrent keep-alive clients per endpoint, one uvicorn "
            f"worker, client and server on the same {os.cpu_count()}-core machine "
            f"({platform.python_implementation()} {platform.python_version()}); knowledge base: the shared corpus. "
            "By default GET responses (pages and API) are cached until the knowledge base changes; the second "
            "table runs the server with `--cache-size 0`, so every response is computed.\n\n")
    cols = "| kind | path | requests | req/s | p50 ms | p95 ms | errors |\n|---|---|---|---|---|---|---|\n"
    table = (head + f"### cached (default), {args.requests} requests per endpoint\n\n" + cols + "\n".join(cached)
             + f"\n\n### uncached (`--cache-size 0`), {args.uncached_requests} requests per endpoint\n\n" + cols
             + "\n".join(uncached) + "\n")
    print(table)
    if not args.no_write:
        write_results(table)
    return 0


def run_pass(args: argparse.Namespace, requests: int, cache: bool) -> list[str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-c", MAIN, "serve", "--db", args.db, "--port", str(port)]
    if not cache:
        cmd += ["--cache-size", "0"]
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rows: list[str] = []
    try:
        for _ in range(150):
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                c.request("GET", "/api/sources")
                if c.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit("the server did not start")
        for kind, path in targets(args.db):
            load(port, path, 5, 1, 10)  # warm up (the first request fills the cache)
            r = load(port, path, requests, args.concurrency, args.max_seconds)
            shown = path if len(path) < 40 else path[:37] + "..."
            rows.append(f"| {kind} | `{shown}` | {r['n']} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p95']:.1f} | "
                        f"{r['errors']} |")
            print(rows[-1], flush=True)
    finally:
        server.terminate()
        server.wait(10)
    return rows


if __name__ == "__main__":
    sys.exit(main())
