"""Asking in the web app: GET /api/ask (the Answer JSON) and the /ask page, over the test texts built
with the fast pipeline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tarikh.serve import Settings, create_app

SOLDIERS = "How many soldiers did the Valdorian Army have in 1923?"
NO_ANSWER = "What is the weather like in Korvan?"


@pytest.fixture(scope="module")
def fast_client(fast_db: str) -> Iterator[TestClient]:
    app = create_app(fast_db, settings=Settings(db_path=fast_db, trust_testclient=True, fast=True))
    with TestClient(app) as c:
        yield c


def test_api_ask_gives_every_value_with_sources(fast_client: TestClient) -> None:
    r = fast_client.get("/api/ask", params={"q": SOLDIERS})
    assert r.status_code == 200
    body = r.json()
    assert body["question"] == SOLDIERS
    assert body["conflict"] is True
    amounts = [a["value"].get("amount") for a in body["answers"]]
    assert amounts[:2] == [40000, 25000]
    files = [[s["file"] for s in a["sources"]] for a in body["answers"][:2]]
    assert files == [["alpha.txt"], ["beta.txt"]]
    for a in body["answers"]:
        assert a["claims"] and a["quote"] and a["sources"]
        assert a["quote"] in {e["quote"] for e in a["evidence"]}
    assert "40,000" in body["answers"][0]["quote"]
    for p in body["passages"]:
        assert set(p) == {"source", "quote", "start", "end", "score"}
        assert set(p["source"]) == {"id", "file"}


def test_api_ask_same_answer_as_the_library(fast_client: TestClient, fast_db: str) -> None:
    import tarikh
    from tarikh.ask import answer

    with tarikh.open(fast_db) as kb:
        lib = answer(kb, SOLDIERS)
    for _ in range(2):  # the second answer comes from the per-version memo
        api = fast_client.get("/api/ask", params={"q": SOLDIERS}).json()
        assert [a["value"] for a in api["answers"]] == [a["value"] for a in lib["answers"]]
        assert [a["claims"] for a in api["answers"]] == [a["claims"] for a in lib["answers"]]
        assert api["conflict"] == lib["conflict"]


def test_api_ask_without_answer_gives_message_and_passages(fast_client: TestClient) -> None:
    body = fast_client.get("/api/ask", params={"q": NO_ANSWER}).json()
    assert body["answers"] == [] and body["conflict"] is False
    assert body["message"] == "no answer in the sources"
    assert body["passages"] and all("Korvan" in p["quote"] for p in body["passages"])


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "x" * 501}, {"q": "when?", "limit": 0}])
def test_api_ask_rejects_bad_input(fast_client: TestClient, params: dict[str, Any]) -> None:
    r = fast_client.get("/api/ask", params=params)
    assert r.status_code == 422 and r.json()["code"] == "E422"


def test_openapi_documents_the_answer(fast_client: TestClient) -> None:
    spec = fast_client.get("/openapi.json").json()
    op = spec["paths"]["/api/ask"]["get"]
    ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    schema = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert {"question", "answers", "conflict", "passages"} <= set(schema["properties"])
    assert "AnswerValue" in spec["components"]["schemas"]


def test_ask_page_shows_values_sources_quotes_and_disagreement(fast_client: TestClient) -> None:
    html = fast_client.get("/ask", params={"q": SOLDIERS}).text
    main = html.split("<main>")[1]
    assert "Sources disagree" in main
    assert main.index("40,000 soldiers") < main.index("25,000 men")  # best first
    answers = re.findall(r'<div class="answer rank-\d+">(.*?)</div>\n  </div>|<div class="answer rank-\d+">(.*?)'
                         r'</ul>', main, re.S)
    assert len(answers) >= 2
    ids = fast_client.get("/api/ask", params={"q": SOLDIERS}).json()["answers"]
    for a in ids:
        for e in a["evidence"]:
            assert f'href="/sources/{e["source"]}#c-{e["claim"]}"' in main
    assert "alpha.txt" in main and "beta.txt" in main
    assert 'id="passages"' in main


def test_ask_page_without_answer_shows_closest_passages(fast_client: TestClient) -> None:
    html = fast_client.get("/ask", params={"q": NO_ANSWER}).text
    assert "No answer in the sources." in html
    assert "Closest passages" in html
    passages = html.split('id="passages"')[1]
    assert "Korvan" in passages and "?hl=" in passages


def test_ask_page_escapes_the_question_and_the_quotes(fast_client: TestClient) -> None:
    evil = "<script>alert(1)</script> What about the archive of Korvan?"
    html = fast_client.get("/ask", params={"q": evil}).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # the hostile source's text shows up only escaped
    assert "<img src=x" not in html
    if "onerror" in html:
        assert "&lt;img src=x onerror" in unescape(html.replace("&lt;", "&amp;lt;")) or "&lt;img" in html


def test_ask_box_on_the_overview_and_empty_ask_page(fast_client: TestClient) -> None:
    home = fast_client.get("/").text
    assert 'action="/ask"' in home and 'name="q" id="ask-q"' in home
    page = fast_client.get("/ask")
    assert page.status_code == 200 and 'id="answer"' not in page.text
