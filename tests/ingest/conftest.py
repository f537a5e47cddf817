"""Shared helpers for the ingest tests: hand-written PDFs and a local HTTP server."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable, Iterator

import pytest


def build_pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF whose text layer holds ``lines`` (Helvetica, ASCII only)."""
    shown = " ".join(f"({line}) '" for line in lines)
    content = f"BT /F1 12 Tf 72 720 Td 14 TL {shown} ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


@pytest.fixture
def make_pdf() -> Callable[[list[str]], bytes]:
    return build_pdf


ROUTES: dict[str, tuple[int, str, bytes, float]] = {
    "/page.html": (
        200,
        "text/html; charset=utf-8",
        b"<html><head><title>Harbour Notes</title></head><body><article><h1>Harbour Notes</h1>"
        b"<p>The harbour was dredged in 1902 so that larger steamers could dock beside the warehouses.</p>"
        b"<p>Fishermen moved their boats to the northern quay while the work went on.</p></article></body></html>",
        0.0,
    ),
    "/plain": (200, "text/plain; charset=windows-1251", "Отчёт о мосте через реку.".encode("cp1251"), 0.0),
    "/missing": (404, "text/plain", b"not here", 0.0),
    "/broken": (500, "text/plain", b"server error", 0.0),
    "/slow": (200, "text/plain", b"too late", 3.0),
}


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        status, ctype, body, delay = ROUTES.get(self.path, (404, "text/plain", b"unknown", 0.0))
        if delay:
            time.sleep(delay)
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def http_base() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
