"""Black-box security checks of the web app: who may write, the token, headers, uploads, paths."""

from __future__ import annotations

import inspect
import logging
import re
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

import tarikh

from . import rkit

serve = pytest.importorskip("tarikh.serve")
testclient = pytest.importorskip("fastapi.testclient")

TOKEN = "tk-7f3a9c2e5b1d4f60a8e2"
REMOTE = ("203.0.113.7", 40000)  # a documentation address: never contacted, only claimed by the test client
LOCAL = ("127.0.0.1", 40000)
TEXT = b"The Marrow Guild was founded in Kelmora on 4 May 1910 by Arvid Tamsworth.\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("sec")
    folder = rkit.write_fixture_files(tmp / "sources", 2, 4)
    path = tmp / "kb.db"
    with tarikh.open(path, config=tarikh.load_config(fast=True)) as kb:
        kb.build([str(folder)])
    return path


def client(db: Path, tmp: Path, addr: tuple[str, int] = LOCAL, token: str | None = None, **kw: Any) -> Any:
    settings = serve.Settings(db_path=str(db), uploads_dir=str(tmp / "uploads"), fast=True, **kw)
    app = serve.create_app(str(db), token=token, settings=settings)
    return testclient.TestClient(app, client=addr, raise_server_exceptions=False)


def upload(c: Any, name: str = "note.txt", data: bytes = TEXT, **headers: str) -> Any:
    return c.post("/api/uploads", files={"file": (name, data, "text/plain")}, headers=headers)


def saved(tmp: Path) -> list[Path]:
    folder = tmp / "uploads"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_remote_writes_refused_without_token(db: Path, tmp_path: Path) -> None:
    r = upload(client(db, tmp_path, REMOTE))
    assert r.status_code == 403
    assert saved(tmp_path) == []


def test_local_writes_allowed_without_token(db: Path, tmp_path: Path) -> None:
    r = upload(client(db, tmp_path, LOCAL))
    assert r.status_code == 202, r.text
    assert len(saved(tmp_path)) == 1


def test_remote_writes_need_the_right_token(db: Path, tmp_path: Path) -> None:
    c = client(db, tmp_path, REMOTE, token=TOKEN)
    assert upload(c).status_code == 401
    for wrong in (TOKEN[:-1] + "x", TOKEN[:-1], TOKEN + "x", TOKEN.upper(), "", " " + TOKEN + "x"):
        assert upload(c, Authorization=f"Bearer {wrong}").status_code == 401, wrong
    assert upload(c, Authorization=f"Basic {TOKEN}").status_code == 401
    assert saved(tmp_path) == []
    assert upload(c, Authorization=f"Bearer {TOKEN}").status_code == 202


def test_token_is_compared_in_constant_time() -> None:
    from tarikh.serve import security

    src = inspect.getsource(security)
    assert "compare_digest" in src
    assert not re.search(r"(==|!=)\s*\w*\.?token\b|\btoken\s*(==|!=)", src), "a token compared with == or !="


def test_token_never_in_logs_or_responses(db: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    c = client(db, tmp_path, REMOTE, token=TOKEN)
    bodies = []
    for auth in (f"Bearer {TOKEN}", f"Bearer {TOKEN}x", f"Token {TOKEN}"):
        png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
        for r in (upload(c, Authorization=auth), upload(c, name="x.png", data=png, Authorization=auth),
                  c.get("/api/sources", headers={"Authorization": auth}),
                  c.get("/api/nope", headers={"Authorization": auth})):
            bodies.append(r.text + str(dict(r.headers)))
    server_side = [r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert all(TOKEN not in m for m in server_side)
    assert all(TOKEN not in b for b in bodies)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
def test_token_never_in_server_output(db: Path, tmp_path: Path) -> None:
    """``tarikh serve`` (loopback only) with TARIKH_TOKEN: its output never shows the token."""
    import httpx

    port = _free_port()
    env = {**rkit.env(), "TARIKH_TOKEN": TOKEN}
    proc = subprocess.Popen(rkit.tarikh_cmd("serve", "--db", str(db), "--port", str(port), "--host", "127.0.0.1",
                                            "--fast"), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=env, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"

        def up() -> bool:
            try:
                return httpx.get(base + "/api/sources", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        assert rkit.wait_until(up, 60, step=0.2), "server did not start"
        with httpx.Client(base_url=base, timeout=10) as h:
            for auth in (f"Bearer {TOKEN}", f"Bearer {TOKEN}0", "Bearer nope"):
                h.post("/api/uploads", files={"file": ("n.txt", TEXT, "text/plain")}, headers={"Authorization": auth})
                h.get("/api/nope", headers={"Authorization": auth})
        time.sleep(0.5)
    finally:
        proc.terminate()
        try:
            out, _ = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate(timeout=20)
    assert "serving" in out
    assert TOKEN not in out


def test_pages_send_a_content_security_policy(db: Path, tmp_path: Path) -> None:
    c = client(db, tmp_path)
    sid = c.get("/api/sources").json()["items"][0]["id"]
    for path in ("/", f"/sources/{sid}", "/api/sources", "/no-such-page"):
        r = c.get(path)
        csp = r.headers.get("content-security-policy", "")
        assert "default-src 'self'" in csp, path
        script = re.search(r"script-src([^;]*)", csp)
        assert script and "unsafe-inline" not in script.group(1) and "unsafe-eval" not in script.group(1)
        assert r.headers.get("x-content-type-options") == "nosniff"


def test_upload_size_limit(db: Path, tmp_path: Path) -> None:
    c = client(db, tmp_path, max_upload_bytes=2000)
    assert upload(c, data=TEXT * 100).status_code == 413
    assert saved(tmp_path) == []
    assert upload(c, data=TEXT).status_code == 202


@pytest.mark.parametrize(("name", "data"), [
    ("notes.txt", b"\x89PNG\r\n\x1a\n" + b"\0" * 200),
    ("notes.txt", b"\x7fELF\x02\x01\x01" + b"\0" * 200),
    ("notes.html", b"PK\x03\x04" + b"\0" * 200),
    ("notes.txt", b""),
])
def test_upload_type_is_checked_by_content(db: Path, tmp_path: Path, name: str, data: bytes) -> None:
    r = upload(client(db, tmp_path), name=name, data=data)
    assert r.status_code == 415, r.text
    assert saved(tmp_path) == []


def test_upload_extension_comes_from_content(db: Path, tmp_path: Path) -> None:
    r = upload(client(db, tmp_path), name="run.exe", data=TEXT)
    assert r.status_code == 202
    [path] = saved(tmp_path)
    assert path.suffix == ".txt"


@pytest.mark.parametrize("name", ["../../escape.txt", "..\\..\\escape.txt", "/tmp/escape.txt", "a/../../escape.txt",
                                  "....//....//escape.txt", "%2e%2e%2fescape.txt", ".\x00./escape.txt", "..",
                                  "\u2025/escape.txt", "CON", ".htaccess"])
def test_upload_names_cannot_escape_the_folder(db: Path, tmp_path: Path, name: str) -> None:
    before = {p for p in tmp_path.rglob("*")}
    r = upload(client(db, tmp_path), name=name)
    assert r.status_code in (202, 400, 415), r.text
    new = {p for p in tmp_path.rglob("*")} - before
    uploads = (tmp_path / "uploads").resolve()
    for p in new:
        assert p.resolve() == uploads or p.resolve().parent == uploads, p
        assert not p.name.startswith("."), p
    assert not (tmp_path / "escape.txt").exists() and not Path("/tmp/escape.txt").exists()


@pytest.mark.parametrize("path", [
    "/sources/..%2F..%2F..%2Fetc%2Fpasswd", "/sources/../../../etc/passwd", "/api/sources/..%2F..%2Fetc%2Fpasswd",
    "/sources/%2e%2e/%2e%2e/pyproject.toml", "/static/../../../pyproject.toml", "/static/..%2F..%2Fpyproject.toml",
    "/static/%2e%2e/%2e%2e/%2e%2e/pyproject.toml", "/sources/....//....//etc/passwd", "/api/sources/%00",
])
def test_no_path_traversal_in_reads(db: Path, tmp_path: Path, path: str) -> None:
    r = client(db, tmp_path).get(path)
    assert r.status_code in (400, 404, 422), (path, r.status_code)
    assert "root:" not in r.text and "[project]" not in r.text and "build-system" not in r.text
