from __future__ import annotations

import socket
import time

import pytest

from tarikh.errors import FetchError
from tarikh.ingest import read_bytes, read_source


def test_fetch_html(http_base: str) -> None:
    url = f"{http_base}/page.html"
    raw, hint = read_bytes(url, timeout=5)
    assert raw.startswith(b"<html>") and hint.startswith("text/html")
    src = read_source(url, timeout=5)
    assert src.file == url and src.path == url
    assert "harbour was dredged in 1902" in src.text
    assert src.title == "Harbour Notes"
    assert src.publisher == "127.0.0.1"


def test_fetch_uses_header_charset(http_base: str) -> None:
    src = read_source(f"{http_base}/plain", timeout=5)
    assert src.encoding == "cp1251" and src.text.startswith("Отчёт")


@pytest.mark.parametrize(("path", "status"), [("/missing", "404"), ("/broken", "500")])
def test_fetch_http_errors(http_base: str, path: str, status: str) -> None:
    url = f"{http_base}{path}"
    with pytest.raises(FetchError) as err:
        read_bytes(url, timeout=5)
    assert err.value.path == url and status in err.value.message
    assert url in str(err.value)


def test_fetch_timeout(http_base: str) -> None:
    url = f"{http_base}/slow"
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out") as err:
        read_source(url, timeout=0.5)
    assert time.monotonic() - start < 2.5
    assert err.value.path == url


def test_fetch_refused() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/x.html"
    with pytest.raises(FetchError, match="request failed") as err:
        read_bytes(url, timeout=2)
    assert err.value.path == url


def test_fetch_too_large(http_base: str) -> None:
    with pytest.raises(FetchError, match="larger than"):
        read_bytes(f"{http_base}/page.html", timeout=5, max_bytes=10)
