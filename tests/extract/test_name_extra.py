"""Special name shapes and context cues, on sentences written for these tests."""

from __future__ import annotations

from tarikh.extract.mentions import Mentions, merge_candidates
from tarikh.extract.name_context import list_labels, place_context
from tarikh.extract.name_extra import coordinated_places, hyphen_lists, numbered_documents, quoted_titles
from tarikh.extract.name_spans import Candidate, rule_candidates
from tarikh.extract.nlp import regex_sentences
from tarikh.models import Doc, Mention, Source


def run(text: str) -> Doc:
    doc = Doc(source=Source(id="s1", file="t.txt", path="t.txt", sha256="", text=text))
    doc.sentences = regex_sentences(text)
    return Mentions()(doc)


def found(doc: Doc) -> dict[str, str]:
    return {m.text: m.label for m in doc.mentions}


def spans(text: str, cands: list[Candidate]) -> dict[str, str]:
    return {text[c.start:c.end]: c.label for c in cands}


def test_numbered_documents_keep_their_number() -> None:
    text = "The council passed Resolution No. 17 and later Decree No.205 on the harvest."
    assert spans(text, numbered_documents(text)) == {"Resolution No. 17": "document", "Decree No.205": "document"}
    got = found(run(text))
    assert got.get("Resolution No. 17") == "document"
    assert got.get("Decree No.205") == "document"


def test_quoted_title_is_one_name_typed_by_its_head() -> None:
    text = "Both sides signed the “Third Protocol to the Border Terms” in spring. He wrote “Blue Winter in Valdor.”"
    got = spans(text, quoted_titles(text))
    assert got.get("Third Protocol to the Border Terms") == "agreement"
    assert got.get("Blue Winter in Valdor") == "document"
    # lower-case quotations and titles of office are not names
    text = "They called it a “steel wall” and addressed the “Governor of Valdor”."
    assert quoted_titles(text) == []
    assert found(run("Both sides signed the “Third Protocol to the Border Terms” in spring.")).get(
        "Third Protocol to the Border Terms") == "agreement"


def test_hyphenated_list_of_three_is_three_places() -> None:
    text = "The column crossed the Varna-Tolbu-Keshet line at dawn; the Sino-Valdoran pact held."
    assert spans(text, hyphen_lists(text)) == {"Varna": "place", "Tolbu": "place", "Keshet": "place"}


def test_names_coordinated_before_plural_place_noun() -> None:
    text = "Every town fell except Orvik, Malden and Telsa counties, which held out."
    assert spans(text, coordinated_places(text)) == {"Orvik": "place", "Malden": "place", "Telsa": "place"}


def test_bracketed_name_after_a_name_is_found_and_linked() -> None:
    doc = run("Later the Valdoran People's Republic (Valdoria) was recognised by its neighbours.")
    got = found(doc)
    assert got.get("Valdoran People's Republic") == "polity"
    assert "Valdoria" in got
    pairs = {(doc.mentions[k.a].text, doc.mentions[k.b].text) for k in doc.links}
    assert ("Valdoran People's Republic", "Valdoria") in pairs


def test_counted_name_keeps_its_number_word() -> None:
    got = found(run("Revolts spread to Borvo (one of the Nine Districts) that winter."))
    assert got.get("Nine Districts") == "place"


def test_and_inside_an_organisation_name() -> None:
    got = found(run("The Memory and Coastal Studies Program funded the survey."))
    assert got.get("Memory and Coastal Studies Program") == "organization"
    # but two places joined by "and" stay two
    got = found(run("Rain fell on Orvik and Malden Districts alike."))
    assert "Orvik and Malden Districts" not in got


def test_acronym_inside_a_name_is_not_a_person_guess() -> None:
    cands = rule_candidates("Officers of the ZRK GPU arrived at noon.")
    assert [(c.label, c.cue) for c in cands if c.label != "place"] == [("organization", "guess")]


def test_place_context_cues() -> None:
    text = "They reached the village of Tornby and later stayed in Varsk."
    s = text.index("Tornby")
    assert place_context(text, s, "organization", "spacy", "Tornby") == ("place", "head")
    s = text.index("Varsk")
    assert place_context(text, s, "person", "spacy", "Varsk") == ("place", "locative")
    text = "The plan, in Petrov's view, failed."
    assert place_context(text, text.index("Petrov"), "person", "spacy", "Petrov") is None
    # a strong cue is never overruled by a locative word
    assert place_context(text, s, "person", "title", "Varsk") is None


def test_list_members_take_the_majority_label() -> None:
    text = "Leaders were Ivo Sarn, Pel Darro, Kem Sarn and Olo Verr."
    names = ["Ivo Sarn", "Pel Darro", "Kem Sarn", "Olo Verr"]
    labels = ["person", "place", "person", "person"]
    ms = [Mention(text.index(n), text.index(n) + len(n), n, lab, 0, f"x/{'appos' if i == 0 else 'spacy'}")
          for i, (n, lab) in enumerate(zip(names, labels, strict=True))]
    list_labels(text, ms, "x")
    assert [m.label for m in ms] == ["person"] * 4
    assert ms[1].component == "x/list"


def test_spacy_person_extended_to_the_whole_run() -> None:
    text = "The board named Arvid Pelle Sorensen, and others, as members."
    s = text.index("Pelle")
    spacy = [Candidate(s, s + len("Pelle Sorensen"), "person", "spacy", 1.0)]
    rule = rule_candidates(text)
    got = spans(text, merge_candidates(text, rule, spacy, True))
    assert got.get("Arvid Pelle Sorensen") == "person"
    # never across a head noun or title word
    text = "Chief of Police Department Arvid Sorensen wrote."
    s = text.index("Arvid")
    spacy = [Candidate(s, s + len("Arvid Sorensen"), "person", "spacy", 1.0)]
    got = spans(text, merge_candidates(text, rule_candidates(text), spacy, True))
    assert got.get("Arvid Sorensen") == "person"
