"""Every command (and subcommand) is documented in docs/cli.md."""

from __future__ import annotations

import re
from pathlib import Path

import click

from tarikh.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def command_names(group: click.Group, prefix: str = "") -> list[str]:
    out = []
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        out.append(full)
        if isinstance(cmd, click.Group):
            out += command_names(cmd, full + " ")
    return out


def test_every_command_is_documented():
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^##+ `tarikh ([a-z ]+?)`", doc, flags=re.M))
    missing = [c for c in command_names(cli) if c not in headings]
    assert not missing, f"commands missing from docs/cli.md: {missing}"


def test_every_option_is_documented():
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    missing = []
    for name in command_names(cli):
        cmd: click.Command = cli
        for part in name.split():
            cmd = cmd.commands[part]  # type: ignore[attr-defined]
        for p in cmd.params:
            if isinstance(p, click.Option) and not any(o in doc for o in p.opts):
                missing.append(f"{name} {p.opts[0]}")
    assert not missing, f"options missing from docs/cli.md: {missing}"


def test_generated_reference_is_current():
    import subprocess
    import sys

    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_cli_docs.py"), "--check"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
