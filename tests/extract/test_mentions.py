"""Name detection rules, on sentences written for these tests."""

from __future__ import annotations

from tarikh.extract.mentions import Mentions
from tarikh.extract.nlp import regex_sentences
from tarikh.models import Doc, Source


def run(text: str) -> Doc:
    doc = Doc(source=Source(id="s1", file="t.txt", path="t.txt", sha256="", text=text))
    doc.sentences = regex_sentences(text)
    return Mentions()(doc)


def found(doc: Doc) -> dict[str, str]:
    return {m.text: m.label for m in doc.mentions}


def linked(doc: Doc, rule: str) -> set[tuple[str, str]]:
    return {(doc.mentions[link.a].text, doc.mentions[link.b].text) for link in doc.links if link.rule == rule}


def test_offsets_match_text() -> None:
    doc = run("Colonel Boris Orlov reached Verkhnyaya [Upper Town] on 3 May. The Blue River Brigade followed.")
    assert doc.mentions
    for m in doc.mentions:
        assert doc.source.text[m.start:m.end] == m.text


def test_title_makes_person_and_is_stripped() -> None:
    got = found(run("Later that year General Ivan Petrov inspected the camp."))
    assert got.get("Ivan Petrov") == "person"


def test_head_nouns_decide_type() -> None:
    got = found(run("The Red Banner Army crossed the border. The Treaty of Lasting Peace was signed. "
                    "The Farmers Party of Ruritania met."))
    assert got.get("Red Banner Army") == "military_unit"
    assert got.get("Treaty of Lasting Peace") == "agreement"
    assert got.get("Farmers Party of Ruritania") == "organization"


def test_bracket_and_paren_aliases() -> None:
    doc = run("They reached Kulja [Yining] at dawn. Later they met Osman Islam (Osman Batur) there.")
    assert ("Kulja", "Yining") in linked(doc, "bracket")
    assert ("Osman Islam", "Osman Batur") in linked(doc, "paren")


def test_acronym_defined_in_paren_and_by_initials() -> None:
    doc = run("The Workers Unity Party (WUP) won. Members of the Northern Liberation Front met. "
              "The NLF then split.")
    assert ("Workers Unity Party", "WUP") in linked(doc, "acronym")
    assert ("Northern Liberation Front", "NLF") in linked(doc, "acronym")


def test_calls_and_aka_statements() -> None:
    doc = run('He loved Zemlandia (what the empire calls "Upper Vale") dearly. '
              "Ruritania, also known as Kingdom Under The Hill, was old.")
    assert ("Zemlandia", "Upper Vale") in linked(doc, "calls")
    assert any(a == "Ruritania" for a, _b in linked(doc, "aka"))


def test_all_caps_names_are_found_and_split_from_titles() -> None:
    doc = run("The report reached Cde. BORIS KARPOV and GENERAL-MAJOR SERGEI VOLKOV yesterday.")
    got = found(doc)
    assert got.get("BORIS KARPOV") == "person"
    assert got.get("SERGEI VOLKOV") == "person"


def test_junk_is_dropped() -> None:
    got = found(run("However, In March they left. This was Monday."))
    assert not ({"However", "March", "This", "Monday", "In March"} & set(got))


def test_apposition_ethnicity_and_leader_drafts() -> None:
    doc = run("The Silver Lake Brigade was led by Anton Zhukov. Boris Orlov, an Uzbek, joined it.")
    props = {(c.property, c.value.get("text")) for c in doc.claims}
    assert ("ethnicity", "Uzbek") in props
    leader = [c for c in doc.claims if c.property == "leader"]
    assert leader and doc.mentions[leader[0].value["mention"]].text == "Anton Zhukov"
    assert doc.mentions[leader[0].subject_mention or 0].text == "Silver Lake Brigade"
