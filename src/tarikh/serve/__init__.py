"""The web app: HTML pages and a JSON API over :mod:`tarikh.api` and :mod:`tarikh.store.queries`."""

from __future__ import annotations

from .app import create_app
from .settings import Settings

__all__ = ["Settings", "create_app"]
