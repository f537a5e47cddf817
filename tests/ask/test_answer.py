from typing import Any

import pytest

from tarikh.ask import NO_ANSWER, answer


def values(res: dict[str, Any]) -> dict[Any, set[str]]:
    out: dict[Any, set[str]] = {}
    for a in res["answers"]:
        v = a["value"]
        key = v.get("edtf") or v.get("amount") or v.get("name") or v.get("text")
        out[key] = {s["id"] for s in a["sources"]}
    return out


def test_when_founded_agreeing_sources(fixture_kb: Any) -> None:
    res = answer(fixture_kb, "When was the Free Veldorian Army founded?")
    assert values(res) == {"1921-03-03": {"src_s1", "src_s2"}}
    assert res["conflict"] is False
    a = res["answers"][0]
    assert len(a["claims"]) == 2 and a["quote"]
    assert {s["file"] for s in a["sources"]} == {"s1.txt", "s2.txt"}
    assert all({"id", "file", "kind", "published"} <= set(s) for s in a["sources"])


def test_synonym_verb_and_spelling_variant(fixture_kb: Any) -> None:
    res = answer(fixture_kb, "In what year was the Free Veldorean Army established?")
    assert set(values(res)) == {"1921-03-03"}


def test_when_with_a_stored_conflict(fixture_kb: Any) -> None:
    res = answer(fixture_kb, "When did the rebels capture Karsk?")
    assert values(res) == {"1921-06-05": {"src_s1"}, "1921-06-06": {"src_s2"}}
    assert res["conflict"] is True


def test_how_many_at_a_time_leaves_out_other_times(fixture_kb: Any) -> None:
    res = answer(fixture_kb, "How many active troops did the Free Veldorian Army have at its height in 1923?")
    assert values(res) == {30000: {"src_s1"}, 25000: {"src_s2"}}
    assert res["conflict"] is True


def test_how_many_matches_the_counted_thing(fixture_kb: Any) -> None:
    res = answer(fixture_kb, "How many aircraft did the rebels capture?")
    assert values(res) == {12: {"src_s1"}, 15: {"src_s2"}}
    assert res["conflict"] is True


def test_source_filter(fixture_kb: Any) -> None:
    res = answer(fixture_kb, "How many government soldiers were killed by the rebels according to the 1921 report?")
    assert values(res) == {400: {"src_s3"}}
    assert res["conflict"] is False


def test_who_gives_entity_with_name(fixture_kb: Any) -> None:
    res = answer(fixture_kb, "Who led the Free Veldorian Army?")
    assert values(res) == {"Marek Tolvan": {"src_s1", "src_s2"}}
    assert res["answers"][0]["value"]["id"] == "ent_tolvan"


def test_where_gives_the_event_place(fixture_kb: Any) -> None:
    res = answer(fixture_kb, "Where was the Treaty of Lund signed?")
    assert values(res) == {"Lund": {"src_s1"}}


def test_what_happened_at_a_place(fixture_kb: Any) -> None:
    res = answer(fixture_kb, "What happened at Karsk?")
    first = res["answers"][0]
    assert first["value"]["type"] == "event" and first["value"]["event"] == "ev_karsk"


def test_no_answer_has_message_and_passages_only(fixture_kb: Any) -> None:
    res = answer(fixture_kb, "When did the moon landing happen?")
    assert res["answers"] == [] and res["message"] == NO_ANSWER
    assert res["conflict"] is False
    res2 = answer(fixture_kb, "When was the airfield at Karsk built?")
    assert res2["answers"] == []
    assert res2["passages"] and "Karsk" in res2["passages"][0]["quote"]


@pytest.mark.parametrize("question", [
    "When was the Free Veldorian Army founded?", "How many aircraft did the rebels capture?",
    "Who led the Free Veldorian Army?", "What happened at Karsk?", "How many troops?", "Karsk",
])
def test_every_answer_is_cited_and_quotes_are_source_text(fixture_kb: Any, question: str) -> None:
    res = answer(fixture_kb, question)
    texts = {s["id"]: fixture_kb.source(s["id"])["text"] for s in fixture_kb.sources()}
    for a in res["answers"]:
        assert a["sources"] and a["claims"]
        assert any(ev["quote"] == a["quote"] for ev in a["evidence"])
        for ev in a["evidence"]:
            assert texts[ev["source"]][ev["start"]:ev["end"]] == ev["quote"]
    for p in res["passages"]:
        assert texts[p["source"]["id"]][p["start"]:p["end"]] == p["quote"]
