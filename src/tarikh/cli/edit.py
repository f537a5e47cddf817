"""``tarikh merge`` and ``tarikh split``: user decisions that later builds keep."""

from __future__ import annotations

import click

from .base import cli, db_option, handle_errors, open_kb


@cli.command()
@click.argument("a")
@click.argument("b")
@db_option
@handle_errors
def merge(a: str, b: str, db: str) -> None:
    """Merge entity B into entity A (ids or names). Later builds keep the decision."""
    eid = open_kb(db, readonly=True).merge(a, b)
    click.echo(f"merged into {eid}")


@cli.command()
@click.argument("entity")
@click.argument("name")
@db_option
@handle_errors
def split(entity: str, name: str, db: str) -> None:
    """Split the alias NAME off ENTITY into an entity of its own. Later builds keep the decision."""
    eid = open_kb(db, readonly=True).split(entity, name)
    click.echo(f"split {name!r} off into {eid}")
