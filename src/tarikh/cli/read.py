"""Read commands: sources, source show, entities, show, timeline, why, search, components."""

from __future__ import annotations

from typing import Any

import click

from .. import registry
from ..store.queries import side_by_side
from .base import cli, db_option, emit_json, handle_errors, json_option, open_kb, value_text


@cli.command()
@db_option
@json_option
@click.option("--kind", help="Only sources of this kind.")
@handle_errors
def sources(db: str, as_json: bool, kind: str | None) -> None:
    """List the sources, with kind, date and copies (and files that failed)."""
    kb = open_kb(db, readonly=True)
    rows = kb.sources(kind=kind)
    if as_json:
        emit_json({"sources": rows, "failures": kb.failures()})
        return
    for s in rows:
        copy = f"  copies {', '.join(s['derived_from'])}" if s["derived_from"] else ""
        click.echo(f"{s['id']}  {s['kind']:12} {s['published'] or '-':10}  {s['file']}  {s['title'][:60]!r}{copy}")
    for f in kb.failures():
        click.echo(f"FAILED  {f['path']}: [{f['code']}] {f['reason']}")


@cli.group()
def source() -> None:
    """Show or correct one source."""


@source.command("show")
@click.argument("ref")
@db_option
@json_option
@click.option("--text", "with_text", is_flag=True, help="Print the stored text too.")
@handle_errors
def source_show(ref: str, db: str, as_json: bool, with_text: bool) -> None:
    """Show one source's metadata and claims."""
    d = open_kb(db, readonly=True).source(ref)
    if as_json:
        emit_json(d)
        return
    for k in ("id", "file", "path", "title", "author", "published", "publisher", "kind", "kind_cue", "encoding",
              "chars", "derived_from"):
        click.echo(f"{k:12} {d.get(k)}")
    click.echo(f"{'mentions':12} {len(d['mentions'])}\n{'claims':12} {len(d['claims'])}")
    if with_text:
        click.echo("\n" + d["text"])


@source.command("set")
@click.argument("ref")
@click.argument("assignments", nargs=-1, required=True)
@db_option
@handle_errors
def source_set(ref: str, assignments: tuple[str, ...], db: str) -> None:
    """Correct a source's metadata: tarikh source set ID kind=archival published=1945-04-29.

    Fields: title, author, published, publisher, kind. Corrections survive rebuilds.
    """
    fields: dict[str, str] = {}
    for a in assignments:
        if "=" not in a:
            raise click.BadParameter(f"{a!r} is not FIELD=VALUE")
        k, v = a.split("=", 1)
        fields[k.strip()] = v.strip()
    sid = open_kb(db, readonly=True).set_source(ref, **fields)
    click.echo(f"{sid}: " + ", ".join(f"{k}={v}" for k, v in fields.items()))


@cli.command()
@db_option
@json_option
@click.option("--type", "etype", help="person, organization, place, polity, military_unit, agreement, group.")
@click.option("--limit", type=int, default=100, show_default=True)
@handle_errors
def entities(db: str, as_json: bool, etype: str | None, limit: int) -> None:
    """List entities, most mentioned first."""
    rows = open_kb(db, readonly=True).entities(type=etype, limit=limit)
    if as_json:
        emit_json(rows)
        return
    for e in rows:
        geo = f"  ({e['lat']:.2f}, {e['lon']:.2f})" if e["lat"] is not None else ""
        click.echo(f"{e['id']}  {e['type']:13} {e['mentions']:4}  {e['name']}{geo}")


def _names(kb: Any) -> dict[str, str]:
    return {e["id"]: e["name"] for e in kb.entities()}


@cli.command()
@click.argument("name")
@db_option
@json_option
@handle_errors
def show(name: str, db: str, as_json: bool) -> None:
    """Show an entity: its aliases, its claims grouped by property with every source's value, its events."""
    kb = open_kb(db, readonly=True)
    d = kb.entity(name)
    d["properties"] = side_by_side(d["claims"])
    if as_json:
        emit_json(d)
        return
    names = _names(kb)
    click.echo(f"{d['name']}  [{d['type']}]  {d['id']}")
    if d["lat"] is not None:
        click.echo(f"  at {d['lat']:.4f}, {d['lon']:.4f}  ({d['gazetteer_id']})")
    click.echo("aliases:")
    for a in d["aliases"]:
        click.echo(f"  {a['name']}  x{a['count']}  in {', '.join(a['sources'])}")
    if d["properties"]:
        click.echo("claims:")
    for prop, values in d["properties"].items():
        click.echo(f"  {prop}:")
        for v in values:
            srcs = "; ".join(f"{s['file']} ({s['kind']}, {s.get('published') or 'undated'})" for s in v["sources"])
            click.echo(f"    {value_text(v['value'], names)}  <- {srcs}")
    if d["events"]:
        click.echo("events:")
    for ev in d["events"]:
        click.echo(f"  {ev['date'] or '?':12} {ev['type']:12} {ev['label']}")


@cli.command()
@db_option
@json_option
@click.option("--entity", help="Only events with this entity (id or name).")
@click.option("--source", "source_ref", help="Only events told by this source.")
@click.option("--type", "etype", help="Only events of this type.")
@handle_errors
def timeline(db: str, as_json: bool, entity: str | None, source_ref: str | None, etype: str | None) -> None:
    """List dated events in order."""
    kb = open_kb(db, readonly=True)
    eid = kb.entity(entity)["id"] if entity else None
    sid = kb.store.find_source(source_ref) if source_ref else None
    rows = kb.timeline(entity=eid, source=sid, type=etype)
    if as_json:
        emit_json(rows)
        return
    for ev in rows:
        click.echo(f"{ev['date']:24} {ev['type']:12} {ev['label']}  ({len(ev['claims'])} claims)")


@cli.command()
@click.argument("entity")
@db_option
@json_option
@handle_errors
def why(entity: str, db: str, as_json: bool) -> None:
    """Explain why an entity's names were merged: each rule and its evidence."""
    d = open_kb(db, readonly=True).entity(entity)
    if as_json:
        emit_json({"id": d["id"], "name": d["name"], "reasons": d["reasons"], "aliases": d["aliases"]})
        return
    click.echo(f"{d['name']} [{d['type']}] {d['id']}")
    click.echo("names: " + ", ".join(a["name"] for a in d["aliases"]))
    if not d["reasons"]:
        click.echo("no merges: every mention has the same name")
    for r in d["reasons"]:
        click.echo(f"- {r.get('rule')}: {', '.join(map(str, r.get('names', [])))}  {r.get('evidence', '')}")


@cli.command()
@click.argument("text")
@db_option
@json_option
@click.option("--limit", type=int, default=10, show_default=True)
@handle_errors
def search(text: str, db: str, as_json: bool, limit: int) -> None:
    """Full-text search over source sentences and claims (SQLite FTS5, BM25)."""
    res = open_kb(db, readonly=True).search(text, limit=limit)
    if as_json:
        emit_json(res)
        return
    for s in res["sentences"]:
        click.echo(f"{s['file']}:{s['start']}  {s['quote'][:160]}")


@cli.command()
@json_option
def components(as_json: bool) -> None:
    """List the registered pipeline components (versioned names)."""
    names = registry.names()
    if as_json:
        emit_json(names)
    else:
        click.echo("\n".join(names))
