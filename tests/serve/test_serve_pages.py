"""HTML pages: every page renders, sends a CSP, escapes source text, links claims to their sentences."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tarikh.serve import Settings, create_app, render


def page_urls(seeded: dict[str, Any]) -> list[str]:
    e, s = seeded["entities"], seeded["sources"]
    return ["/", "/sources", *(f"/sources/{i}" for i in s.values()), "/entities", *(f"/entities/{i}" for i in
            e.values()), "/timeline", "/map", "/network", "/conflicts", "/search?q=Korvan", "/upload", "/api",
            f"/timeline?entity={e['brenn']}&type=meeting", f"/timeline?source={s['beta.txt']}"]


def test_every_page_renders_with_csp(client: TestClient, seeded: dict[str, Any]) -> None:
    for url in page_urls(seeded):
        r = client.get(url)
        assert r.status_code == 200, url
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        # no inline script: every <script> either has a src or is a JSON data block
        for tag in re.findall(r"<script\b[^>]*>", r.text):
            assert "src=" in tag or 'type="application/json"' in tag, (url, tag)
        assert "http://" not in re.sub(r'href="http[^"]*"', "", r.text.split("<main>")[0]), url


def test_unknown_page_is_html_404(client: TestClient) -> None:
    r = client.get("/entities/ent_not_here_at_all")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert "Not found" in r.text


XSS_PAGES = ("/", "/sources", "/search?q=archive", "/search?q=caption")


def test_source_markup_is_shown_as_text(client: TestClient, seeded: dict[str, Any]) -> None:
    urls = [f"/sources/{seeded['sources']['evil.txt']}", *XSS_PAGES]
    for url in urls:
        html = client.get(url).text
        assert "<script>alert" not in html, url
        assert not re.search(r"<img[^>]*onerror", html), url
        assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", ""), url
    reader = client.get(f"/sources/{seeded['sources']['evil.txt']}").text
    assert "&lt;script&gt;alert(" in reader
    assert "&lt;img src=x onerror=alert(1)&gt;" in reader
    hits = client.get("/search?q=caption").text
    assert "&lt;img src=x onerror=alert(1)&gt;" in hits


def test_entity_names_with_markup_are_escaped(client: TestClient, seeded: dict[str, Any]) -> None:
    e = seeded["entities"]
    for url in (f"/entities/{e['osk']}", "/network", "/entities", f"/entities/{e['brenn']}"):
        html = client.get(url).text
        assert "<b>Osk</b>" not in html, url
        assert "Mira &lt;b&gt;Osk&lt;/b&gt;" in html or r"Mira \u003cb\u003eOsk" in html, url


def test_reader_anchors_each_claim_on_its_quote(client: TestClient, seeded: dict[str, Any]) -> None:
    sid = seeded["sources"]["alpha.txt"]
    html = client.get(f"/sources/{sid}").text
    for key in ("c1", "c3", "c5", "c7"):
        cid = seeded["claims"][key]
        assert f'id="c-{cid}"' in html
        assert f'href="#c-{cid}"' in html  # the margin links to it
        marked = re.findall(rf'<mark class="q" data-c="[^"]*\b{cid}\b[^"]*">(.*?)</mark>', html, re.S)
        assert marked, key
    # mentions link to entity pages
    assert f'href="/entities/{seeded["entities"]["korvan"]}"' in html


def test_entity_page_links_quotes_to_source_sentences(client: TestClient, seeded: dict[str, Any]) -> None:
    html = client.get(f"/entities/{seeded['entities']['army']}").text
    for key, src in (("c3", "alpha.txt"), ("c4", "beta.txt")):
        assert f'/sources/{seeded["sources"][src]}#c-{seeded["claims"][key]}' in html
    assert "40,000 soldiers" in html and "25,000 men" in html and "2 different values" in html


def test_conflicts_page_shows_quotes_side_by_side(client: TestClient, seeded: dict[str, Any]) -> None:
    html = client.get("/conflicts").text
    assert html.count('class="card conflict"') == 2
    assert "numbered about 25,000 men" in html and "had 40,000 soldiers" in html


def test_timeline_data_marks_uncertain_dates(client: TestClient) -> None:
    html = client.get("/timeline").text
    data = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', html, re.S)
    assert data
    import json

    items = {i["label"]: i for i in json.loads(data.group(1))}
    assert items["Valdoria proclaimed"]["precise"] is True
    meet = items["Brenn meets Osk"]
    assert meet["precise"] is False and meet["approximate"] is True
    assert (meet["start"], meet["end"]) == ("1923-01-01", "1923-12-31")


def test_pages_degrade_without_vendor_assets(client: TestClient, monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Any) -> None:
    monkeypatch.setattr(render, "VENDOR", tmp_path / "no-vendor")
    app = create_app(str(client.app.state.settings.db_path), settings=Settings(  # type: ignore[attr-defined]
        db_path=client.app.state.settings.db_path, page_cache=0))  # type: ignore[attr-defined]
    with TestClient(app) as c:
        for url in ("/timeline", "/map", "/network"):
            html = c.get(url).text
            assert 'id="vendor-missing"' in html and "npm ci" in html, url
            assert "/static/vendor/" not in html, url
        assert "Valdoria proclaimed" in c.get("/timeline").text  # the plain list is still there
