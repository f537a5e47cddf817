"""Optional phrasing of an answer by an OpenAI-compatible chat model (off by default).

The model sees only the answers' claims (id, value, quote) and must cite a
claim id in square brackets in every sentence. ``validate`` keeps the
sentences that cite at least one of those claims (unknown ids are removed) and
drops the rest, so phrasing never adds an uncited statement.

Settings come from the environment: ``TARIKH_LLM_BASE_URL`` (e.g.
``http://localhost:8000/v1``), ``TARIKH_LLM_MODEL`` and, when the server wants
one, ``TARIKH_LLM_API_KEY``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from typing import Any

from ..errors import ConfigError

Backend = Callable[[list[dict[str, str]]], str]
CITE = re.compile(r"\[([^\[\]]+)\]")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
SYSTEM = ("You answer questions about history using only the numbered claims given. Write one to four short "
          "sentences. End every sentence with the ids of the claims that support it in square brackets, "
          "e.g. [cl_123]. Say where the sources disagree. Never state anything no claim supports.")


def validate(text: str, allowed: set[str]) -> tuple[list[dict[str, Any]], int]:
    """Split ``text`` into sentences; keep those citing allowed claim ids. Returns (kept, dropped count)."""
    kept: list[dict[str, Any]] = []
    dropped = 0
    for sent in (s.strip() for s in SENTENCE.split(text.strip()) if s.strip()):
        ids: list[str] = []
        for grp in CITE.findall(sent):
            ids += [i.strip() for i in re.split(r"[,;\s]+", grp) if i.strip() in allowed]
        if not ids:
            dropped += 1
            continue
        clean = re.sub(r"\s+([.!?])", r"\1", CITE.sub("", sent)).strip()
        kept.append({"text": clean, "claims": list(dict.fromkeys(ids))})
    return kept, dropped


def prompt(res: dict[str, Any]) -> list[dict[str, str]]:
    lines = []
    for a in res.get("answers", []):
        for ev in a.get("evidence", []):
            lines.append(f"[{ev['claim']}] value={json.dumps(a['value'], ensure_ascii=False)} "
                         f"source={ev['source']} quote={json.dumps(ev['quote'], ensure_ascii=False)}")
    user = f"Question: {res['question']}\nClaims:\n" + "\n".join(lines)
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def openai_backend(base_url: str | None = None, model: str | None = None, api_key: str | None = None,
                   timeout: float = 60.0) -> Backend:
    base = (base_url or os.environ.get("TARIKH_LLM_BASE_URL") or "").rstrip("/")
    name = model or os.environ.get("TARIKH_LLM_MODEL") or ""
    key = api_key if api_key is not None else os.environ.get("TARIKH_LLM_API_KEY")
    if not base or not name:
        raise ConfigError("phrasing needs TARIKH_LLM_BASE_URL and TARIKH_LLM_MODEL (an OpenAI-compatible server)")

    def call(messages: list[dict[str, str]]) -> str:
        import httpx

        headers = {"Authorization": f"Bearer {key}"} if key else {}
        try:
            r = httpx.post(f"{base}/chat/completions", json={"model": name, "messages": messages,
                                                              "temperature": 0}, headers=headers, timeout=timeout)
            r.raise_for_status()
            return str(r.json()["choices"][0]["message"]["content"])
        except (httpx.HTTPError, KeyError, IndexError, ValueError) as exc:
            raise ConfigError(f"the model server at {base} failed: {exc}") from None

    return call


def phrase_answer(res: dict[str, Any], backend: Backend | None = None) -> dict[str, Any]:
    """Add ``phrased`` (cited sentences only) and ``phrased_sentences`` to an Answer; answers stay as they are."""
    allowed = {c for a in res.get("answers", []) for c in a.get("claims", [])}
    if not allowed:
        return res
    text = (backend or openai_backend())(prompt(res))
    kept, dropped = validate(text, allowed)
    phrased = " ".join(f"{s['text']} [{', '.join(s['claims'])}]" for s in kept)
    return {**res, "phrased": phrased, "phrased_sentences": kept, "phrased_dropped": dropped}
