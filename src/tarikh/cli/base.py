"""The command group, shared options and output helpers."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from .. import __version__
from ..api import KnowledgeBase
from ..config import load_config
from ..errors import TarikhError

F = TypeVar("F", bound=Callable[..., Any])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tarikh")
def cli() -> None:
    """tarikh: turn historical sources into a knowledge base where every fact cites its sentence."""


def db_option(f: F) -> F:
    return click.option("--db", envvar="TARIKH_DB", default="tarikh.db", show_default=True,
                        help="The knowledge base file (or set TARIKH_DB).")(f)


def json_option(f: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(f)


def config_option(f: F) -> F:
    return click.option("--config", "config_path", envvar="TARIKH_CONFIG", type=click.Path(dir_okay=False),
                        help="A TOML pipeline config (or set TARIKH_CONFIG).")(f)


def handle_errors(f: F) -> F:
    """Turn tarikh errors into a clear message and exit status 1."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except TarikhError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def open_kb(db: str, config_path: str | None = None, *, readonly: bool = False, fast: bool = False,
            model: str | None = None) -> KnowledgeBase:
    overrides = {"components": {"tarikh.nlp.v1": {"model": model}}} if model else None
    cfg = load_config(config_path, overrides=overrides, fast=fast)
    if readonly:
        from ..store.db import Store

        Store(db, readonly=True).close()  # a clear error when there is no knowledge base yet
    return KnowledgeBase(db, config=cfg)


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def value_text(v: dict[str, Any], names: dict[str, str] | None = None) -> str:
    t = v.get("type")
    if t == "date":
        return str(v.get("edtf"))
    if t == "quantity":
        if v.get("amount") is not None:
            amt = f"{v['amount']:,}" if isinstance(v["amount"], int | float) else str(v["amount"])
        else:
            amt = f"{v.get('lower')}-{v.get('upper')}"
        return f"{amt} {v.get('unit') or ''}".strip()
    if t == "entity":
        return (names or {}).get(str(v.get("id")), str(v.get("id")))
    return str(v.get("text", v))
