"""``tarikh build`` and ``tarikh remove``."""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .base import cli, config_option, db_option, handle_errors, open_kb


class BuildProgress:
    """A progress bar with files and sentences per second, shown only on a terminal."""

    def __init__(self, quiet: bool, verbose: bool) -> None:
        self.quiet, self.verbose = quiet, verbose
        self.console = Console(stderr=True)
        self.bar: Progress | None = None
        self.task: Any = None
        self.t0 = time.monotonic()
        self.files = self.sentences = 0

    def __call__(self, event: str, data: dict[str, Any]) -> None:
        if event == "start" and not self.quiet and self.console.is_terminal:
            self.bar = Progress(TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=self.console)
            self.task = self.bar.add_task("build", total=data["total"], rate="")
            self.bar.start()
        elif event == "file":
            self.files += 1
            self.sentences += data.get("sentences", 0)
            dt = max(time.monotonic() - self.t0, 1e-6)
            if self.bar is not None:
                self.bar.update(self.task, advance=1,
                                rate=f"{self.files / dt:.1f} files/s {self.sentences / dt:.0f} sentences/s")
            if data["status"] == "failed" and not self.quiet:
                self.console.print(f"[red]failed[/red] {data['path']}: {data['error']}", markup=True,
                                   highlight=False)
            elif self.verbose:
                self.console.print(f"{data['status']:9} {data['path']} ({data.get('sentences', 0)} sentences)",
                                   highlight=False)
        elif event == "done" and self.bar is not None:
            self.bar.stop()


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@config_option
@click.option("--model", help="Name another installed spaCy pipeline to use.")
@click.option("--force", is_flag=True, help="Rebuild every source even if unchanged.")
@click.option("--wait", type=float, default=0.0, help="Seconds to wait for another build to finish.")
@click.option("--fast", is_flag=True, help="Model-free pipeline (quick, lower quality).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("-v", "--verbose", is_flag=True, help="Print each file as it is built.")
@handle_errors
def build(paths: tuple[str, ...], db: str, config_path: str | None, model: str | None, force: bool,
          wait: float, fast: bool, quiet: bool, verbose: bool) -> None:
    """Read files, folders (recursively) and URLs into the knowledge base.

    Reads .txt, .md, .html/.htm and .pdf files and http(s) URLs. Unchanged
    sources are skipped; a bad file is reported and skipped. Exits 1 if any
    input failed.
    """
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING)
    kb = open_kb(db, config_path, fast=fast, model=model)
    t0 = time.monotonic()
    report = kb.build(paths, progress=BuildProgress(quiet, verbose), force=force, wait=wait)
    dt = time.monotonic() - t0
    if not quiet:
        c = kb.counts()
        click.echo(f"built {len(report.built)}, unchanged {len(report.unchanged)}, failed {len(report.failed)} "
                   f"in {dt:.1f}s; {c['sources']} sources, {c['entities']} entities, {c['events']} events, "
                   f"{c['claims']} claims, {c['conflicts']} conflicts in {kb.path}", err=True)
    for path, err in report.failed:
        click.echo(f"failed: {path}: {err}", err=True)
    kb.close()
    if report.failed:
        sys.exit(1)


@cli.command()
@click.argument("source")
@db_option
@handle_errors
def remove(source: str, db: str) -> None:
    """Remove one SOURCE (id, file name or path) and everything derived from it."""
    kb = open_kb(db, readonly=True)
    sid = kb.remove(source)
    click.echo(f"removed {sid}")
