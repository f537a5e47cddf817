"""``tarikh ask QUESTION``: answer a question from the knowledge base, every answer cited."""

from __future__ import annotations

from typing import Any

import click

from .base import cli, db_option, emit_json, handle_errors, json_option, open_kb, value_text


def _print(res: dict[str, Any]) -> None:
    if not res["answers"]:
        click.echo(res.get("message", "no answer in the sources"))
    for a in res["answers"]:
        v = a["value"]
        shown = v.get("name") or (f"{v.get('text')} ({v.get('date') or 'undated'})" if v.get("type") == "event"
                                  else value_text(v))
        srcs = ", ".join(f"{s['file']} ({s.get('kind') or 'unknown'}, {s.get('published') or 'undated'})"
                         for s in a["sources"])
        click.echo(f"{shown}  <- {srcs}")
        click.echo(f"    \"{' '.join(a['quote'].split())}\"")
    if res.get("conflict"):
        click.echo("The sources disagree.")
    if res.get("phrased"):
        click.echo("\n" + res["phrased"])
    if res["passages"]:
        click.echo("passages:")
    for p in res["passages"]:
        click.echo(f"  {p['source']['file']}:{p['start']}  {' '.join(p['quote'].split())[:160]}")


@cli.command()
@click.argument("question")
@db_option
@json_option
@click.option("--limit", type=int, default=5, show_default=True, help="At most this many answers and passages.")
@click.option("--semantic", is_flag=True, envvar="TARIKH_SEMANTIC",
              help="Re-rank passages with the embedding model of the tarikh[semantic] extra.")
@click.option("--phrase", is_flag=True, envvar="TARIKH_LLM",
              help="Have an OpenAI-compatible model phrase the answer (TARIKH_LLM_BASE_URL, TARIKH_LLM_MODEL).")
@handle_errors
def ask(question: str, db: str, as_json: bool, limit: int, semantic: bool, phrase: bool) -> None:
    """Answer QUESTION (who, what, when, where, how many) from the claims, citing every source."""
    from ..ask import answer

    kb = open_kb(db, readonly=True)
    res = answer(kb, question, limit=limit)
    if semantic:
        from ..ask.semantic import rerank

        res = rerank(res)
    if phrase:
        from ..ask.llm import phrase_answer

        res = phrase_answer(res)
    if as_json:
        emit_json(res)
    else:
        _print(res)
