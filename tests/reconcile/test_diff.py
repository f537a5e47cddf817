from tarikh.reconcile.diff import diff_sources, render_diff, split_sentences

A = ("The mill stood by the river. It had four wheels and 12 workers. "
     "The owner sold it in the dry year. Nobody rebuilt it.")
B = ("The mill stood by the river. It had four wheels and 15 workers. "
     "A flood damaged the dam. The owner sold it in the dry year. Nobody rebuilt it.")


def test_split_offsets() -> None:
    spans = split_sentences(A)
    assert [A[s.start:s.end] for s in spans] == [s.text for s in spans]
    assert len(spans) == 4


def test_changed_and_added_sentences() -> None:
    diffs = diff_sources(A, B)
    kinds = [d.kind for d in diffs]
    assert kinds == ["changed", "only_b"]
    changed = diffs[0]
    assert changed.a and changed.b and "12" in changed.a.text and "15" in changed.b.text
    assert [(o.a, o.b) for o in changed.ops if o.op != "equal"] == [("12", "15")]
    assert diffs[1].b and diffs[1].b.text == "A flood damaged the dam."
    assert B[diffs[1].b.start:diffs[1].b.end] == diffs[1].b.text


def test_removed_sentence_and_identical_texts() -> None:
    assert [d.kind for d in diff_sources(B, A)] == ["changed", "only_a"]
    assert diff_sources(A, A) == []


def test_render() -> None:
    out = render_diff(diff_sources(A, B), "one.txt", "two.txt")
    assert out.splitlines()[0] == "--- one.txt"
    assert "[-12-]{+15+}" in out and "+ [" in out and "A flood damaged the dam." in out
    assert "\x1b[" in render_diff(diff_sources(A, B), color=True)
    assert "(no differences)" in render_diff([])
