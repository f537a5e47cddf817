"""The ``tarikh`` command line: a thin layer over :mod:`tarikh.api`."""

from __future__ import annotations

import importlib

from .base import cli

COMMAND_MODULES = ("build", "read", "edit", "export", "reconcile", "serve", "ask")

for _mod in COMMAND_MODULES:
    importlib.import_module(f"{__name__}.{_mod}")


def main() -> None:
    cli(prog_name="tarikh")


__all__ = ["cli", "main"]
