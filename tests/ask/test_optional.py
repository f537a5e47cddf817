from typing import Any

import pytest

from tarikh.ask import answer
from tarikh.ask.llm import phrase_answer, validate
from tarikh.ask.semantic import available, rerank


def test_validator_keeps_only_cited_sentences() -> None:
    text = ("The army was founded in 1921 [cl_a]. Everyone loved it. It had 30,000 troops [cl_b, cl_zzz]. "
            "It won every battle [cl_unknown].")
    kept, dropped = validate(text, {"cl_a", "cl_b"})
    assert [k["claims"] for k in kept] == [["cl_a"], ["cl_b"]]
    assert kept[0]["text"] == "The army was founded in 1921."
    assert dropped == 2


def test_phrasing_with_a_fake_backend(fixture_kb: Any) -> None:
    res = answer(fixture_kb, "When was the Free Veldorian Army founded?")
    cid = res["answers"][0]["claims"][0]
    seen: list[Any] = []

    def fake(messages: list[dict[str, str]]) -> str:
        seen.append(messages)
        return f"It was founded on 3 March 1921 [{cid}]. It was the best army ever."

    out = phrase_answer(res, backend=fake)
    assert cid in seen[0][1]["content"]
    assert out["phrased_sentences"] == [{"text": "It was founded on 3 March 1921.", "claims": [cid]}]
    assert out["phrased_dropped"] == 1
    assert out["answers"] == res["answers"]


def test_phrasing_needs_configuration(monkeypatch: pytest.MonkeyPatch, fixture_kb: Any) -> None:
    from tarikh.errors import ConfigError

    monkeypatch.delenv("TARIKH_LLM_BASE_URL", raising=False)
    monkeypatch.delenv("TARIKH_LLM_MODEL", raising=False)
    res = answer(fixture_kb, "When was the Free Veldorian Army founded?")
    with pytest.raises(ConfigError):
        phrase_answer(res)


def test_rerank_changes_only_the_order(fixture_kb: Any) -> None:
    res = answer(fixture_kb, "When did the rebels capture Karsk?")
    assert len(res["passages"]) > 1
    last = res["passages"][-1]["quote"]

    def fake_embed(texts: list[str]) -> list[list[float]]:
        return [[1.0, 0.0] if t == last or t == res["question"] else [0.0, 1.0] for t in texts]

    out = rerank(res, embed=fake_embed, weight=0.9)
    assert out["passages"][0]["quote"] == last
    assert sorted(p["quote"] for p in out["passages"]) == sorted(p["quote"] for p in res["passages"])
    assert out["answers"] == res["answers"] and out["conflict"] == res["conflict"]


def test_semantic_extra_missing_gives_a_clear_error(fixture_kb: Any) -> None:
    if available():
        pytest.skip("the semantic extra is installed")
    from tarikh.errors import ConfigError

    res = answer(fixture_kb, "When did the rebels capture Karsk?")
    with pytest.raises(ConfigError, match="tarikh\\[semantic\\]"):
        rerank(res)
