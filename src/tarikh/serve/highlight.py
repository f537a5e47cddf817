"""The source reader's text as HTML: mentions linked to entity pages, claim quotes marked.

Every piece of source text goes through :func:`markupsafe.escape`; only the tags
written here are markup. Each claim gets an anchor ``id="c-CLAIM"`` at the start of
its quote, and every segment of the quote carries the claim id in ``data-c``.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape as _escape
from typing import Any

from markupsafe import Markup


def escape(text: str) -> str:
    """``text`` with ``& < > " '`` escaped (the stdlib's escape: no Markup object per piece)."""
    return _escape(text, quote=True)


@lru_cache(maxsize=4096)
def _attr(value: str) -> str:
    return _escape(value, quote=True)


def render_text(text: str, mentions: list[dict[str, Any]], claims: list[dict[str, Any]],
                extra: tuple[int, int] | None = None) -> Markup:
    """``text`` as HTML with ``mentions`` (start, end, label, entity_id) and ``claims`` (id, start, end)."""
    n = len(text)
    cuts = {0, n}
    spans_m = []
    for m in mentions:
        s, e = max(0, int(m["start"])), min(n, int(m["end"]))
        if s < e:
            spans_m.append((s, e, m))
            cuts |= {s, e}
    spans_c = []
    for c in claims:
        s, e = max(0, int(c["start"])), min(n, int(c["end"]))
        if s < e:
            spans_c.append((s, e, str(c["id"])))
            cuts |= {s, e}
    if extra and 0 <= extra[0] < extra[1] <= n:
        cuts |= set(extra)
    anchors: dict[int, list[str]] = {}
    for s, _e, cid in spans_c:
        anchors.setdefault(s, []).append(cid)
    points = sorted(cuts)
    # mention covering each segment: the longest one starting first
    spans_m.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[str] = []
    mi = 0
    active_m: list[tuple[int, int, dict[str, Any]]] = []
    active_c: list[tuple[int, int, str]] = sorted(spans_c)
    ci = 0
    open_c: list[tuple[int, int, str]] = []
    for a, b in zip(points, points[1:], strict=False):
        for cid in anchors.get(a, []):
            out.append(f'<span class="anchor" id="c-{_attr(cid)}"></span>')
        while mi < len(spans_m) and spans_m[mi][0] <= a:
            active_m.append(spans_m[mi])
            mi += 1
        active_m = [t for t in active_m if t[1] > a]
        while ci < len(active_c) and active_c[ci][0] <= a:
            open_c.append(active_c[ci])
            ci += 1
        open_c = [t for t in open_c if t[1] > a]
        piece = escape(text[a:b])
        if active_m:
            m = active_m[0][2]
            label = _attr(str(m.get("label") or ""))
            if m.get("entity_id"):
                piece = (f'<a class="m m-{label}" href="/entities/{_attr(str(m["entity_id"]))}" '
                         f'title="{label}">{piece}</a>')
            else:
                piece = f'<span class="m m-{label}">{piece}</span>'
        if open_c:
            ids = " ".join(_attr(t[2]) for t in open_c)
            piece = f'<mark class="q" data-c="{ids}">{piece}</mark>'
        if extra and extra[0] <= a < extra[1]:
            first = ' id="hl"' if a == extra[0] else ""
            piece = f'<span class="hl"{first}>{piece}</span>'
        out.append(piece)
    return Markup("".join(out))
