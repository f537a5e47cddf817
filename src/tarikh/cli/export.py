"""``tarikh export``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..export import FORMATS
from .base import cli, db_option, handle_errors, open_kb


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="json", show_default=True,
              help="json is the SCHEMA.md format; geojson, csv and graphml are for other tools.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of standard output.")
@handle_errors
def export(db: str, fmt: str, output: str | None) -> None:
    """Export the knowledge base (json: the tarikh export format, version 1)."""
    text = open_kb(db, readonly=True).export(fmt)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    else:
        sys.stdout.write(text)
