"""The event page and /api/events/{id}; totals and filters of the list endpoints; the batched queries
give the same rows as the plain ones."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient

from tarikh.store import queries as q
from tarikh.store.db import Store


def test_event_api_has_names_claims_and_values(client: TestClient, seeded: dict[str, Any]) -> None:
    ev = client.get(f"/api/events/{seeded['events']['founding']}").json()
    assert ev["date"] == "1921-03-12" and ev["type"] == "founding"
    assert ev["names"][seeded["entities"]["korvan"]] == "Korvan"
    assert {p["role"] for p in ev["participants"]} == {"subject", "founder"}
    assert {c["id"] for c in ev["claims"]} == {seeded["claims"]["c1"], seeded["claims"]["c2"]}
    dates = [v["value"]["edtf"] for v in ev["properties"]["date"]]
    assert sorted(dates) == ["1921-03-12", "1921-04?"]
    assert client.get("/api/events/ev_nope").status_code == 404


def test_event_page_shows_date_place_people_and_each_claim(client: TestClient, seeded: dict[str, Any]) -> None:
    e, c = seeded["entities"], seeded["claims"]
    r = client.get(f"/events/{seeded['events']['founding']}")
    assert r.status_code == 200
    main = r.text.split("<main>")[1]
    assert "<code>1921-03-12</code>" in main
    assert f'<a href="/entities/{e["korvan"]}">Korvan</a>' in main
    assert f'<a href="/entities/{e["brenn"]}">Aldo Brenn</a> <span class="tag">founder</span>' in main
    assert "sources disagree: 2 different values" in main
    for cid, file in ((c["c1"], "alpha.txt"), (c["c2"], "beta.txt")):
        src = seeded["sources"][file]
        row = re.search(rf'<tr>.*?href="/sources/{src}#c-{cid}">(.*?)</a></td></tr>', main, re.S)
        assert row and file in row.group(0)
    assert "1921-04?" in main


def test_event_page_shows_uncertainty_and_escapes_names(client: TestClient, seeded: dict[str, Any]) -> None:
    main = client.get(f"/events/{seeded['events']['meeting']}").text.split("<main>")[1]
    assert "<code>1923~</code>" in main and "approximate" in main and "year" in main
    assert "Mira &lt;b&gt;Osk&lt;/b&gt;" in main and "<b>Osk</b>" not in main
    assert client.get("/events/ev_nope").status_code == 404


def test_timeline_and_entity_link_to_event_pages(client: TestClient, seeded: dict[str, Any]) -> None:
    ev = seeded["events"]["founding"]
    html = client.get("/timeline").text
    assert f'href="/events/{ev}"' in html and f'"page": "/events/{ev}"' in html
    assert f'href="/events/{ev}"' in client.get(f"/entities/{seeded['entities']['brenn']}").text


def test_list_endpoints_give_totals(client: TestClient) -> None:
    for path, n in (("/api/sources", 3), ("/api/entities", 5), ("/api/events", 2), ("/api/claims", 7),
                    ("/api/conflicts", 2)):
        body = client.get(path, params={"limit": 1}).json()
        assert body["total"] == n and len(body["items"]) == 1, path
    assert client.get("/api/entities", params={"q": "fox"}).json()["total"] == 1  # an alias
    assert client.get("/api/events", params={"type": "meeting"}).json()["total"] == 1
    assert client.get("/api/claims", params={"property": "strength"}).json()["total"] == 2


def test_conflicts_filter_by_property(client: TestClient, seeded: dict[str, Any]) -> None:
    body = client.get("/api/conflicts", params={"property": "strength"}).json()
    assert body["total"] == 1 and [cf["property"] for cf in body["items"]] == ["strength"]
    assert [c["id"] for c in body["items"][0]["claim_rows"]] == [seeded["claims"]["c3"], seeded["claims"]["c4"]]
    assert body["items"][0]["subject_name"] == "Valdorian Army"
    none = client.get("/api/conflicts", params={"property": "population"}).json()
    assert none["items"] == [] and none["total"] == 0
    both = client.get("/api/conflicts", params={"limit": 1}).json()
    assert both["total"] == 2 and both["next"]


def test_batched_queries_match_the_plain_ones(seeded: dict[str, Any]) -> None:
    st = Store(seeded["db"], readonly=True)
    try:
        e = seeded["entities"]
        for kw in ({}, {"entity": e["korvan"]}, {"entity": e["osk"]}, {"type": "founding"},
                   {"source": seeded["sources"]["alpha.txt"]}, {"limit": 1, "offset": 1}):
            assert q.event_rows(st, **kw) == q.event_list(st, **kw), kw
        assert q.event_count(st, entity=e["brenn"]) == 2
        assert q.conflict_rows(st) == q.conflict_list(st)
        for ref in e.values():
            assert q.entity_full(st, ref) == q.entity_detail(st, ref)
        ids = list(seeded["claims"].values())
        assert q.claims_by_ids(st, ids) == {i: q.claim_by_id(st, i) for i in ids}
        some = [*e.values(), *seeded["events"].values(), "nothing"]
        assert q.names_of(st, some) == {i: q.subject_name(st, i) for i in some}
        assert q.entity_ids_among(st, some) == set(e.values())
    finally:
        st.close()
