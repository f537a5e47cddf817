"""The export has every field SCHEMA.md names, with the right types."""

from __future__ import annotations

SOURCE = {"id", "file", "sha256", "title", "kind", "published", "author", "chars", "derived_from"}
ENTITY = {"id", "type", "name", "aliases", "lat", "lon", "attributes"}
EVENT = {"id", "type", "label", "date", "place", "participants", "claims"}
CLAIM = {"id", "subject", "property", "value", "qualifiers", "source", "quote", "start", "end", "status"}
CONFLICT = {"id", "subject", "property", "claims", "kind", "explanation"}


def test_export_follows_schema(fast_kb, fixture_dir):
    fast_kb.build([str(fixture_dir)])
    data = fast_kb.export()
    assert data["format_version"] == 1
    assert data["generated_at"].endswith("Z")
    for key, fields in (("sources", SOURCE), ("entities", ENTITY), ("events", EVENT), ("claims", CLAIM),
                        ("conflicts", CONFLICT)):
        for row in data[key]:
            assert fields <= set(row), (key, fields - set(row))
    assert data["sources"] and data["claims"]
    ids = {e["id"] for e in data["entities"]} | {e["id"] for e in data["events"]}
    for c in data["claims"]:
        assert c["subject"] in ids
        assert c["status"] in ("corroborated", "contested", "single")
        assert c["value"]["type"] in ("date", "quantity", "entity", "text")
    for e in data["entities"]:
        for a in e["aliases"]:
            assert {"name", "sources", "count"} <= set(a)
