"""End to end on ../shared/corpus: every answer is cited and every quote is the source's own text."""

from pathlib import Path
from typing import Any

import pytest

import tarikh
from tarikh.ask import answer
from tarikh.errors import TarikhError

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
QUESTIONS = [
    "When was the National Army founded?",
    "How many troops did the army have?",
    "Who led the rebels?",
    "Where was the agreement signed?",
    "What happened in 1944?",
    "When did the republic end?",
]


@pytest.fixture(scope="module")
def corpus_kb(tmp_path_factory: pytest.TempPathFactory):
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    kb = tarikh.open(tmp_path_factory.mktemp("askcorpus") / "kb.db", config=tarikh.load_config(fast=True))
    try:
        kb.build([str(CORPUS)])
    except TarikhError as exc:  # a pipeline stage not written yet
        pytest.skip(f"the corpus does not build yet: {exc}")
    yield kb
    kb.close()


@pytest.mark.corpus
@pytest.mark.parametrize("question", QUESTIONS)
def test_answers_are_cited_and_quoted_exactly(corpus_kb: Any, question: str) -> None:
    res = answer(corpus_kb, question)
    assert res["question"] == question
    texts = {s["id"]: corpus_kb.source(s["id"])["text"] for s in corpus_kb.sources()}
    for a in res["answers"]:
        assert a["sources"] and a["claims"]
        assert {s["id"] for s in a["sources"]} == {ev["source"] for ev in a["evidence"]}
        for ev in a["evidence"]:
            assert texts[ev["source"]][ev["start"]:ev["end"]] == ev["quote"]
        assert any(ev["quote"] == a["quote"] for ev in a["evidence"])
    for p in res["passages"]:
        assert texts[p["source"]["id"]][p["start"]:p["end"]] == p["quote"]
    if not res["answers"]:
        assert res["message"]
