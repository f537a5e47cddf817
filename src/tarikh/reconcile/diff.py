"""Sentence-aligned differences between two texts, with word-level edits."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'\u201d\u2019)\]]*|\n|$)")
_TOKEN = re.compile(r"\S+")
PAIR_THRESHOLD = 0.5


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class WordOp:
    op: str  # equal, replace, delete (only in a), insert (only in b)
    a: str
    b: str


@dataclass
class SentenceDiff:
    """One sentence that differs: ``changed`` (both sides, with word ops), ``only_a`` or ``only_b``."""

    kind: str
    a: Span | None
    b: Span | None
    ops: list[WordOp] = field(default_factory=list)
    similarity: float = 0.0


def split_sentences(text: str) -> list[Span]:
    out = []
    for m in _SENT.finditer(text):
        s = m.group(0)
        lead = len(s) - len(s.lstrip())
        body = s.strip()
        if body:
            start = m.start() + lead
            out.append(Span(start, start + len(body), body))
    return out


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def word_ops(a: str, b: str) -> list[WordOp]:
    wa, wb = _TOKEN.findall(a), _TOKEN.findall(b)
    sm = SequenceMatcher(None, wa, wb, autojunk=False)
    return [WordOp(tag, " ".join(wa[i1:i2]), " ".join(wb[j1:j2])) for tag, i1, i2, j1, j2 in sm.get_opcodes()]


def diff_sources(text_a: str, text_b: str) -> list[SentenceDiff]:
    """Every sentence that differs between the texts, in order, aligned where possible."""
    sa, sb = split_sentences(text_a), split_sentences(text_b)
    na, nb = [_norm(s.text) for s in sa], [_norm(s.text) for s in sb]
    out: list[SentenceDiff] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, na, nb, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        out.extend(_pair_block(sa[i1:i2], sb[j1:j2]))
    return out


def _pair_block(a: list[Span], b: list[Span]) -> list[SentenceDiff]:
    """Pair the sentences of a changed block in order, greedily by similarity."""
    out: list[SentenceDiff] = []
    j = 0
    for sa in a:
        best, best_r = -1, PAIR_THRESHOLD
        for k in range(j, min(len(b), j + 8)):
            r = SequenceMatcher(None, _norm(sa.text), _norm(b[k].text), autojunk=False).ratio()
            if r > best_r:
                best, best_r = k, r
        if best < 0:
            out.append(SentenceDiff("only_a", sa, None))
            continue
        out.extend(SentenceDiff("only_b", None, sb) for sb in b[j:best])
        sb = b[best]
        ops = word_ops(sa.text, sb.text)
        if any(o.op != "equal" for o in ops):
            out.append(SentenceDiff("changed", sa, sb, ops, round(best_r, 3)))
        j = best + 1
    out.extend(SentenceDiff("only_b", None, sb) for sb in b[j:])
    return out


def render_diff(diffs: list[SentenceDiff], label_a: str = "a", label_b: str = "b", color: bool = False) -> str:
    """Terminal text: ``[-removed-]{+added+}`` inside changed sentences; ``-``/``+`` lines for the rest."""
    red, green, dim, off = ("\x1b[31m", "\x1b[32m", "\x1b[2m", "\x1b[0m") if color else ("", "", "", "")
    lines = [f"--- {label_a}", f"+++ {label_b}"]
    for d in diffs:
        if d.kind == "only_a" and d.a:
            lines.append(f"{red}- [{d.a.start}:{d.a.end}] {d.a.text}{off}")
        elif d.kind == "only_b" and d.b:
            lines.append(f"{green}+ [{d.b.start}:{d.b.end}] {d.b.text}{off}")
        elif d.a and d.b:
            words = []
            for o in d.ops:
                old = f"{red}[-{o.a}-]{off}" if o.op in ("replace", "delete") else ""
                new = f"{green}{{+{o.b}+}}{off}" if o.op in ("replace", "insert") else ""
                words.append(o.a if o.op == "equal" else old + new)
            lines.append(f"{dim}~ [{d.a.start}:{d.a.end}] [{d.b.start}:{d.b.end}]{off} " + " ".join(words))
    if not diffs:
        lines.append("(no differences)")
    return "\n".join(lines)
