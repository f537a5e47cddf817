"""Text from HTML (trafilatura, with an lxml fallback) and from Markdown."""

from __future__ import annotations

import logging
import re
from typing import Any

BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "dd", "dt", "figcaption", "hr",
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]+")
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head")


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """Main text and metadata (title, author, date, sitename) of an HTML page."""
    html = _CONTROL.sub("", html)
    meta = html_metadata(html)
    text = ""
    try:
        import trafilatura

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
        text = trafilatura.extract(
            html, output_format="txt", include_comments=False, include_tables=True,
            include_images=False, include_links=False, favor_recall=True,
        ) or ""
        meta["extractor"] = "trafilatura"
    except Exception as exc:  # trafilatura raises many kinds on odd input
        meta["extractor_error"] = f"{type(exc).__name__}: {exc}"[:200]
    if len(text.strip()) < 20:
        fallback = lxml_text(html)
        if len(fallback.strip()) > len(text.strip()):
            text = fallback
            meta["extractor"] = "lxml"
    return text, meta


def html_metadata(html: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    try:
        from trafilatura.metadata import extract_metadata

        doc = extract_metadata(html, extensive=False)
    except Exception:
        doc = None
    if doc is not None:
        for key in ("title", "author", "date", "sitename", "description"):
            value = getattr(doc, key, None)
            if value:
                out[key] = str(value).strip()
    if "title" not in out:
        m = re.search(r"<title[^>]*>(.*?)</title", html, re.I | re.S)
        if m:
            from html import unescape

            title = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", "", m.group(1)))).strip()
            if title:
                out["title"] = title
    return out


def lxml_text(html: str) -> str:
    """Plain text of an HTML page with scripts and styles removed (lenient parser)."""
    try:
        import lxml.html

        root = lxml.html.fromstring(html)
    except Exception:
        return _regex_text(html)
    try:
        for el in list(root.iter(*DROP_TAGS)):
            if el.getparent() is not None:
                el.drop_tree()
            else:
                el.clear()
        for el in root.iter(*BLOCK_TAGS):
            el.tail = "\n" + (el.tail or "")
        return str(root.text_content())
    except Exception:
        return _regex_text(html)


def _regex_text(html: str) -> str:
    from html import unescape

    html = re.sub(r"<(script|style|noscript|template)\b.*?(</\1\s*>|$)", " ", html, flags=re.I | re.S)
    html = re.sub(r"<(?:br|/p|/div|/li|/h\d|/tr)\b[^>]*>", "\n", html, flags=re.I)
    return unescape(re.sub(r"<[^>]*>?", " ", html))


_FRONT = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.S)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))+(?:\s+\"[^\"]*\")?\)")
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M)
_MD_EMPH = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_RULE = re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$", re.M)
_MD_COMMENT = re.compile(r"<!--.*?-->", re.S)


def markdown_to_text(md: str) -> tuple[str, dict[str, Any]]:
    """Markdown with the markup removed; front matter becomes metadata."""
    meta: dict[str, Any] = {}
    md = md.replace("\r\n", "\n")
    m = _FRONT.match(md)
    if m:
        for line in m.group(1).split("\n"):
            key, sep, value = line.partition(":")
            key = key.strip().lower()
            if sep and key in ("title", "author", "date", "publisher", "source"):
                meta[key] = value.strip().strip("\"'")
        md = md[m.end():]
    heading = _MD_HEADING.search(md)
    if heading and "title" not in meta:
        meta["heading"] = heading.group(1).strip()
    md = _MD_COMMENT.sub("", md)
    md = _MD_IMAGE.sub("", md)
    md = _MD_LINK.sub(r"\1", md)
    md = _MD_HEADING.sub(r"\1", md)
    md = _MD_RULE.sub("", md)
    md = _MD_EMPH.sub(r"\2", md)
    return md, meta
