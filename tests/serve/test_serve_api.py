"""The JSON API over a seeded knowledge base (in-process TestClient)."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def test_openapi_lists_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/sources", "/api/sources/{source_id}", "/api/entities", "/api/entities/{entity_id}",
                 "/api/events", "/api/claims", "/api/conflicts", "/api/search", "/api/uploads"):
        assert path in spec["paths"], path
    assert "multipart/form-data" in spec["paths"]["/api/uploads"]["post"]["requestBody"]["content"]


def test_sources_paginate_with_next_link(client: TestClient, seeded: dict[str, Any]) -> None:
    first = client.get("/api/sources?limit=2").json()
    assert [s["file"] for s in first["items"]] == ["alpha.txt", "beta.txt"]
    assert first["next"] and "offset=2" in first["next"]
    second = client.get(first["next"]).json()
    assert [s["file"] for s in second["items"]] == ["evil.txt"]
    assert second["next"] is None
    assert "path" not in first["items"][0]


def test_source_detail_has_text_mentions_and_claims(client: TestClient, seeded: dict[str, Any]) -> None:
    sid = seeded["sources"]["alpha.txt"]
    d = client.get(f"/api/sources/{sid}").json()
    assert d["text"].startswith("The Free Republic of Valdoria")
    for m in d["mentions"]:
        assert d["text"][m["start"]:m["end"]] == m["text"]
    for c in d["claims"]:
        assert d["text"][c["start"]:c["end"]] == c["quote"]
    assert {c["id"] for c in d["claims"]} >= {seeded["claims"]["c1"], seeded["claims"]["c3"]}


def test_unknown_ids_give_json_404(client: TestClient) -> None:
    for url in ("/api/sources/src_nothing_here", "/api/entities/ent_nothing_here", "/api/events/ev_nothing",
                "/api/claims/cl_nothing", "/api/uploads/nojob"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert r.headers["content-type"].startswith("application/json")
        assert r.json()["detail"]


def test_entities_filter_by_type_and_name(client: TestClient, seeded: dict[str, Any]) -> None:
    people = client.get("/api/entities?type=person").json()["items"]
    assert {e["type"] for e in people} == {"person"}
    assert seeded["entities"]["brenn"] in {e["id"] for e in people}
    found = client.get("/api/entities?q=Old Fox").json()["items"]
    assert [e["id"] for e in found] == [seeded["entities"]["brenn"]]


def test_entity_detail_groups_claims_side_by_side(client: TestClient, seeded: dict[str, Any]) -> None:
    d = client.get(f"/api/entities/{seeded['entities']['army']}").json()
    strength = d["properties"]["strength"]
    assert sorted(v["value"]["amount"] for v in strength) == [25000, 40000]
    assert {s["file"] for v in strength for s in v["sources"]} == {"alpha.txt", "beta.txt"}
    leader = d["properties"]["leader"]
    assert len(leader) == 1 and len(leader[0]["sources"]) == 2
    assert {n["id"] for n in d["neighbours"]} >= {seeded["entities"]["brenn"]}


def test_events_claims_conflicts_filters(client: TestClient, seeded: dict[str, Any]) -> None:
    evs = client.get("/api/events?type=founding").json()["items"]
    assert [e["id"] for e in evs] == [seeded["events"]["founding"]]
    by_entity = client.get("/api/events", params={"entity": "Mira Osk"}).json()["items"]
    assert [e["id"] for e in by_entity] == [seeded["events"]["meeting"]]
    by_source = client.get("/api/events", params={"source": "beta.txt"}).json()["items"]
    assert [e["id"] for e in by_source] == [seeded["events"]["founding"]]
    cl = client.get("/api/claims", params={"subject": seeded["entities"]["army"], "property": "strength"}).json()
    assert len(cl["items"]) == 2
    cl = client.get("/api/claims", params={"source": "beta.txt", "status": "conflict"}).json()["items"]
    assert {c["file"] for c in cl} == {"beta.txt"} and len(cl) == 2
    cf = client.get("/api/conflicts").json()["items"]
    assert {c["property"] for c in cf} == {"strength", "date"}
    assert all(len(c["claim_rows"]) == 2 for c in cf)
    assert client.get("/api/conflicts?property=date").json()["items"][0]["kind"] == "date"


def test_search_finds_sentences_and_claims(client: TestClient, seeded: dict[str, Any]) -> None:
    r = client.get("/api/search", params={"q": "soldiers"}).json()
    assert r["sentences"] and r["sentences"][0]["file"] == "alpha.txt"
    assert seeded["claims"]["c3"] in {c["id"] for c in r["claims"]}
    assert client.get("/api/search").status_code == 422


def test_limits_are_validated(client: TestClient) -> None:
    assert client.get("/api/claims?limit=0").status_code == 422
    assert client.get("/api/claims?limit=5000").status_code == 422
    assert client.get("/api/claims?offset=-1").status_code == 422
