"""Write docs/cli.md from the commands' own help (run after changing a command).

    python scripts/gen_cli_docs.py          # rewrite docs/cli.md
    python scripts/gen_cli_docs.py --check  # exit 1 if docs/cli.md is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tarikh.cli import cli

OUT = Path(__file__).resolve().parents[1] / "docs" / "cli.md"

INTRO = """# The tarikh command line

Every command is a thin layer over the Python API (`tarikh.open(db)`). Commands
that read take `--db FILE` (default `tarikh.db`, or `TARIKH_DB`) and most take
`--json`, which prints the same data the HTTP JSON API serves. Errors print
`Error: [CODE] what: why` and exit with status 1.

This file is generated from the commands' own help by
`python scripts/gen_cli_docs.py`; a test fails when a command or option is
missing from it.
"""


def walk(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out: list[tuple[str, click.Command]] = []
    for name in sorted(group.commands):
        cmd = group.commands[name]
        out.append((prefix + name, cmd))
        if isinstance(cmd, click.Group):
            out += walk(cmd, prefix + name + " ")
    return out


def render() -> str:
    parts = [INTRO]
    ctx = click.Context(cli, info_name="tarikh", terminal_width=100, max_content_width=100)
    for name, cmd in walk(cli):
        sub = click.Context(cmd, info_name=name, parent=ctx, terminal_width=100, max_content_width=100)
        parts.append(f"## `tarikh {name}`\n")
        parts.append("```\n" + cmd.get_help(sub).rstrip() + "\n```\n")
    return "\n".join(parts)


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print("docs/cli.md is out of date: run python scripts/gen_cli_docs.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
