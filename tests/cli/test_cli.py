"""CLI commands on a small fast-built knowledge base, through click's in-process runner."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tarikh.cli import cli


@pytest.fixture
def built(tmp_path, fixture_dir):
    db = str(tmp_path / "cli.db")
    res = CliRunner().invoke(cli, ["build", str(fixture_dir), "--db", db, "--fast", "-q"])
    assert res.exit_code == 0, res.output
    return db


def run(*args: str) -> str:
    res = CliRunner().invoke(cli, list(args))
    assert res.exit_code == 0, res.output
    return res.output


def test_sources_json(built):
    data = json.loads(run("sources", "--db", built, "--json"))
    assert {s["file"] for s in data["sources"]} == {"alpha.txt", "beta.md"}


def test_entities_and_show(built):
    ents = json.loads(run("entities", "--db", built, "--json"))
    assert ents, "fixture sources mention named entities"
    name = ents[0]["name"]
    shown = json.loads(run("show", name, "--db", built, "--json"))
    assert shown["id"] == ents[0]["id"]
    assert {"aliases", "claims", "events", "properties"} <= set(shown)
    assert name in run("show", name, "--db", built)


def test_timeline_export_and_source_set(built, tmp_path):
    events = json.loads(run("timeline", "--db", built, "--json"))
    assert all(e["date"] for e in events)
    out = tmp_path / "x.json"
    run("export", "--db", built, "--format", "json", "-o", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format_version"] == 1
    run("source", "set", "alpha.txt", "kind=memoir", "--db", built)
    data = json.loads(run("sources", "--db", built, "--json"))
    assert {s["file"]: s["kind"] for s in data["sources"]}["alpha.txt"] == "memoir"


def test_other_export_formats(built):
    geo = json.loads(run("export", "--db", built, "--format", "geojson"))
    assert geo["type"] == "FeatureCollection"
    assert run("export", "--db", built, "--format", "csv").startswith("claim_id,")
    assert "<graphml" in run("export", "--db", built, "--format", "graphml")


def test_failed_build_exits_nonzero_and_names_the_file(tmp_path, fixture_dir):
    (fixture_dir / "blank.txt").write_text("   \n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["build", str(fixture_dir), "--db", str(tmp_path / "f.db"), "--fast"])
    assert res.exit_code == 1
    assert "blank.txt" in res.output


def test_missing_db_is_a_clear_error(tmp_path):
    res = CliRunner().invoke(cli, ["sources", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1
    assert "tarikh build" in res.output


def test_unknown_source_is_a_clear_error(built):
    res = CliRunner().invoke(cli, ["source", "show", "nope", "--db", built])
    assert res.exit_code == 1 and "no source" in res.output


def test_remove(built):
    assert "removed" in run("remove", "beta.md", "--db", built)
    data = json.loads(run("sources", "--db", built, "--json"))
    assert [s["file"] for s in data["sources"]] == ["alpha.txt"]
