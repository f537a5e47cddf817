from __future__ import annotations

from collections.abc import Callable

import pytest

from tarikh.errors import EmptySourceError, IngestError
from tarikh.ingest import parse_source
from tarikh.ingest.markup import html_to_text, lxml_text, markdown_to_text

PAGE = """<!doctype html><html><head><title>The Old Mill | Riverside Society</title>
<meta name="author" content="Mary Example"><meta property="article:published_time" content="2019-06-02">
<style>body { color: red }</style><script>var hidden = "script text must not appear";</script></head>
<body><nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/c">Contact</a></nav>
<article><h1>The Old Mill</h1><p>The mill on the river was built in 1820 by a family of weavers.
<p>It burned down in 1871 and was rebuilt two years later with stone walls and a new wheel.
<div>An unclosed div tells of the workers who lived nearby in small houses by the water.
</article><footer>&copy; 2020 Riverside Society. All rights reserved.</footer>
"""


def test_html_page_through_parse_source() -> None:
    src = parse_source("mill.html", PAGE.encode(), "text/html")
    assert "The mill on the river was built in 1820" in src.text
    assert "unclosed div" in src.text
    assert "script text" not in src.text and "color: red" not in src.text
    assert "All rights reserved" not in src.text
    assert src.media_type == "text/html"
    assert src.title.startswith("The Old Mill")
    assert src.author == "Mary Example"
    assert src.published == "2019-06-02"


def test_content_dates_are_not_taken_as_the_page_date() -> None:
    raw = (b"<html><head><title>Mill</title></head><body><article><h1>The Old Mill</h1>"
           b"<p>The mill was built on 3 May 1820 and burned on 12 June 2001 in a fire.</p></article></body></html>")
    assert parse_source("mill.html", raw, "text/html").published is None


def test_tiny_html_falls_back_and_drops_scripts() -> None:
    text, meta = html_to_text("<html><body><p>Tiny page <b>bold</b><script>x = 1</script><style>p{}</style>")
    assert "Tiny page" in text and "bold" in text
    assert "x = 1" not in text and "p{}" not in text


def test_lxml_text_handles_broken_markup() -> None:
    text = lxml_text("<div><p>One<p>Two<table><tr><td>Three</div><script>bad()</script>")
    assert [t for t in text.split() if t] == ["One", "Two", "Three"]


def test_html_with_only_scripts_is_empty() -> None:
    with pytest.raises(EmptySourceError) as err:
        parse_source("empty.html", b"<html><head><script>var a=1;</script></head><body></body></html>", "text/html")
    assert err.value.path == "empty.html"


def test_html_sniffed_in_a_txt_file() -> None:
    raw = b"<!DOCTYPE html><html><body><p>The quay was rebuilt in 1902 after the great storm of that winter.</p>"
    src = parse_source("saved.txt", raw, "text/plain")
    assert src.media_type == "text/html" and "<p>" not in src.text


def test_markdown() -> None:
    md = (
        "---\ntitle: Lake Steamers\nauthor: Ola Nordmann\ndate: 2018-04-01\n---\n"
        "# The steamers\n\nThe **first** steamer, [the Swan](http://example.org/swan), sailed in 1880.\n"
        "![a picture](pic.png)\n\n* * *\n\nThe _last_ one sank in 1930.\n"
    )
    text, meta = markdown_to_text(md)
    assert meta == {"title": "Lake Steamers", "author": "Ola Nordmann", "date": "2018-04-01"}
    assert "The first steamer, the Swan, sailed in 1880." in text
    assert "http" not in text and "pic.png" not in text and "#" not in text
    src = parse_source("steamers.md", md.encode(), "text/markdown")
    assert (src.title, src.author, src.published) == ("Lake Steamers", "Ola Nordmann", "2018-04-01")


def test_pdf_with_text(make_pdf: Callable[[list[str]], bytes]) -> None:
    raw = make_pdf(["A Short Report on Canal Building", "By Jane Q. Writer",
                    "The canal was finished in 1850 after six years of work."])
    src = parse_source("canal.pdf", raw, "application/pdf")
    assert "The canal was finished in 1850" in src.text
    assert src.title == "A Short Report on Canal Building"
    assert src.author == "Jane Q. Writer"
    assert src.media_type == "application/pdf" and src.meta["pages"] == 1


def test_pdf_without_text_layer() -> None:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(IngestError, match="no text layer") as err:
        parse_source("scan.pdf", buf.getvalue(), "application/pdf")
    assert err.value.path == "scan.pdf"


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_truncated_pdf(make_pdf: Callable[[list[str]], bytes], cut: float) -> None:
    raw = make_pdf(["Some text on a page."])
    with pytest.raises(IngestError, match="truncated or damaged PDF"):
        parse_source("cut.pdf", raw[: int(len(raw) * cut)], "application/pdf")


def test_garbage_pdf() -> None:
    with pytest.raises(IngestError, match="truncated or damaged PDF"):
        parse_source("junk.pdf", b"%PDF-1.4\nnot really a pdf\n%%EOF\n", "application/pdf")
