"""Settings of the web app (set by ``create_app`` or the ``tarikh serve`` options)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

LOCAL_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
MAX_UPLOAD_BYTES = 50 * 1024 * 1024


@dataclass
class Settings:
    db_path: str = "tarikh.db"
    token: str | None = None  # when set, writes need "Authorization: Bearer TOKEN"
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    uploads_dir: str = ""  # default: "uploads" next to the db
    config_path: str | None = None  # pipeline config for uploads (TOML)
    fast: bool = False  # model-free pipeline for uploads (tests)
    trust_testclient: bool = False  # treat Starlette's TestClient host as local (tests only)
    local_hosts: frozenset[str] = field(default=LOCAL_HOSTS)
    page_cache: int = 512  # GET responses (pages, API) kept per knowledge-base version (0: off)

    def __post_init__(self) -> None:
        if not self.uploads_dir:
            self.uploads_dir = str(Path(self.db_path).resolve().parent / "uploads")
        if self.token is None:
            self.token = os.environ.get("TARIKH_TOKEN") or None
