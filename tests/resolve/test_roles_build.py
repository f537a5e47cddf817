"""End to end: a strength given for "the armed forces of X" meets the named army's own figure."""

from __future__ import annotations

from pathlib import Path

import pytest

import tarikh

CHRONICLE = (
    "The Fen Rising\n\n"
    "The rising began in the winter of 1850 among the fishing villages of the delta. "
    "The armed forces available to the insurgency were the Marsh Army, which drew mostly on fishermen.\n"
    "In March 1851 the Marsh Army was formally founded at Reedholm.\n"
    "The total number of soldiers in the regular army exceeded 20,000.\n"
)
DISPATCH = (
    "Dispatch on the situation in the fens, 2 April 1851\n\n"
    "The insurgents hold the whole of the lower delta.\n"
    "The total strength of the armed forces of the insurgents is 4,100 men, organised in two brigades.\n"
)


def test_the_insurgents_forces_are_the_named_army_and_the_figures_conflict(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "chronicle.txt").write_text(CHRONICLE, encoding="utf-8")
    (folder / "dispatch.txt").write_text(DISPATCH, encoding="utf-8")
    try:
        kb = tarikh.open(tmp_path / "kb.db")
        report = kb.build([str(folder)])
    except Exception as e:  # the spaCy model is not installed
        pytest.skip(str(e))
    with kb:
        assert report.ok, report.failed
        data = kb.export()
    ents = {e["id"]: e["name"] for e in data["entities"]}
    claims = {c["id"]: c for c in data["claims"]}
    strength = next(c for c in claims.values() if (c["value"].get("amount") == 4100))
    assert ents[strength["subject"]] == "Marsh Army"
    assert claims[strength["qualifiers"]["subject_via"]]["property"] == "forces_of"
    hits = [cf for cf in data["conflicts"] if strength["id"] in cf["claims"]]
    assert any(claims[x]["value"].get("amount") == 20000 for cf in hits for x in cf["claims"])
