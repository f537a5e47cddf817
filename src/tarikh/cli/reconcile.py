"""Reconciliation commands: conflicts, compare, diff."""

from __future__ import annotations

import sys
from typing import Any

import click

from ..models import Claim, Corpus, Doc, Entity, Event
from ..reconcile.compare import compare_sources
from ..reconcile.diff import diff_sources, render_diff
from .base import cli, db_option, emit_json, handle_errors, json_option, open_kb


@cli.command()
@db_option
@json_option
@click.option("--subject", help="Only conflicts about this entity (id or name).")
@handle_errors
def conflicts(db: str, as_json: bool, subject: str | None) -> None:
    """List the conflicts between sources, each with its claims and quotes."""
    rows = open_kb(db, readonly=True).conflicts(subject=subject)
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo("No conflicts.")
    for cf in rows:
        click.echo(f"{cf['id']}  [{cf['kind']}] {cf.get('subject_name') or cf['subject']} / {cf['property']}")
        click.echo(f"  {cf['explanation']}")
        for c in cf.get("claim_rows", []):
            click.echo(f"    {c['file']} [{c['start']}:{c['end']}] {c['quote'][:160]!r}")


def _corpus(kb: Any) -> Corpus:
    docs = [Doc(s) for s in kb.store.load_sources()]
    entities = [Entity(e["id"], e["type"], e["name"]) for e in kb.entities()]
    events = [Event(e["id"], e["type"], e["label"], e["date"]) for e in kb.events(limit=1000000)]
    claims = [Claim(c["id"], c["subject"], c["property"], c["value"], c["source"], c["quote"], c["start"],
                    c["end"], c["component"], c["qualifiers"] or {}, c["status"]) for c in kb.claims()]
    return Corpus(docs=docs, entities=entities, events=events, claims=claims)


@cli.command()
@click.argument("source_a")
@click.argument("source_b")
@db_option
@json_option
@handle_errors
def compare(source_a: str, source_b: str, db: str, as_json: bool) -> None:
    """What two sources say differently about the same things, and what only one says."""
    kb = open_kb(db, readonly=True)
    a, b = kb.store.find_source(source_a), kb.store.find_source(source_b)
    corpus = _corpus(kb)
    result = compare_sources(corpus, a, b)
    if as_json:
        emit_json(result.to_dict())
        return
    files = {d.source.id: d.source.file for d in corpus.docs}
    claims = {c.id: c for c in corpus.claims}
    names = {e.id: e.name for e in corpus.entities} | {e.id: e.label for e in corpus.events}
    click.echo(f"A = {files[a]}\nB = {files[b]}" + ("\n(one copies the other)" if result.derived else ""))
    click.echo(f"\ndiffering ({len(result.different)}):")
    for p in result.different:
        click.echo(f"  [{p.relation}] {names.get(p.subject, p.subject)} / {p.property}: "
                   f"A {', '.join(p.a_values)}  |  B {', '.join(p.b_values)}")
    click.echo(f"agreeing: {len(result.same)}")
    for label, ids in (("only in A", result.only_a), ("only in B", result.only_b)):
        click.echo(f"{label} ({len(ids)}):")
        for cid in ids:
            c = claims[cid]
            click.echo(f"  {names.get(c.subject, c.subject)} / {c.property}: {c.quote[:120]!r}")


@cli.command()
@click.argument("source_a")
@click.argument("source_b")
@db_option
@json_option
@click.option("--color/--no-color", default=None, help="Colour the output (default: when a terminal).")
@handle_errors
def diff(source_a: str, source_b: str, db: str, as_json: bool, color: bool | None) -> None:
    """Every sentence that differs between two sources, with word-level changes."""
    kb = open_kb(db, readonly=True)
    a, b = kb.store.find_source(source_a), kb.store.find_source(source_b)
    by_id = {s.id: s for s in kb.store.load_sources()}
    diffs = diff_sources(by_id[a].text, by_id[b].text)
    if as_json:
        from dataclasses import asdict

        emit_json({"a": a, "b": b, "diffs": [asdict(d) for d in diffs]})
        return
    use_color = sys.stdout.isatty() if color is None else color
    click.echo(render_diff(diffs, by_id[a].file, by_id[b].file, color=use_color))
