"""The app over knowledge bases built by the real pipelines: the fast one on the test texts, and the
default one on the shared corpus (read at run time; skipped when absent)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tarikh.serve import Settings, create_app


def app_for(db: str) -> TestClient:
    return TestClient(create_app(db, settings=Settings(db_path=db, trust_testclient=True)))


def check_every_page(c: TestClient) -> None:
    sources = c.get("/api/sources?limit=1000").json()["items"]
    assert sources
    entities = c.get("/api/entities?limit=30").json()["items"]
    urls = ["/", "/sources", "/entities", "/timeline", "/map", "/network", "/conflicts", "/search?q=the"]
    urls += [f"/sources/{s['id']}" for s in sources] + [f"/entities/{e['id']}" for e in entities]
    for url in urls:
        assert c.get(url).status_code == 200, url
    # every claim on a source page has its anchor, on the exact quote
    for s in sources:
        d = c.get(f"/api/sources/{s['id']}").json()
        html = c.get(f"/sources/{s['id']}").text
        for cl in d["claims"]:
            assert d["text"][cl["start"]:cl["end"]] == cl["quote"]
            assert f'id="c-{cl["id"]}"' in html


def test_fast_build_pages(fast_db: str) -> None:
    with app_for(fast_db) as c:
        check_every_page(c)
        html = c.get(f"/sources/{c.get('/api/sources').json()['items'][-1]['id']}").text
        assert "&lt;script&gt;" in html and "<script>alert" not in html


@pytest.mark.corpus
def test_corpus_pages_and_api(corpus_db: str) -> None:
    with app_for(corpus_db) as c:
        check_every_page(c)
        counts = {k: len(c.get(f"/api/{k}?limit=1000").json()["items"]) for k in ("sources", "entities", "claims")}
        assert counts["sources"] == 5 and counts["entities"] > 0
        top = c.get("/api/entities?limit=1").json()["items"][0]
        d = c.get(f"/api/entities/{top['id']}").json()
        assert d["aliases"] and d["name"] == top["name"]
        page = c.get(f"/entities/{top['id']}").text
        for cl in d["claims"][:20]:
            assert re.search(rf'/sources/{cl["source"]}#c-\w+', page)
        word = top["name"].split()[0]
        assert c.get("/api/search", params={"q": word}).json()["sentences"]
