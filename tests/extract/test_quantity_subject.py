"""Whose a quantity is: rules of English on sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tarikh.extract.quantities import QuantityClaims
from tarikh.extract.quantity_subject import subject_of
from tarikh.models import Doc, Mention, Source


def _run(nlp: Any, text: str, names: list[tuple[str, str]]) -> Doc:
    mentions = []
    for name, label in names:
        start = 0
        while (i := text.find(name, start)) >= 0:
            mentions.append(Mention(i, i + len(name), name, label))
            start = i + len(name)
    mentions.sort(key=lambda m: m.start)
    doc = nlp(Doc(source=Source(id="s1", file="x.txt", path="x.txt", sha256="", text=text), mentions=mentions))
    return QuantityClaims()(doc)


def _subject(doc: Doc, amount: int) -> str | None:
    c = next(c for c in doc.claims if amount in (c.value["amount"], c.value["lower"]))
    return doc.mentions[c.subject_mention].text if c.subject_mention is not None else None


def _claim(doc: Doc, amount: int) -> Any:
    return next(c for c in doc.claims if c.value["amount"] == amount)


def test_relative_pronoun_goes_to_the_noun_before_it(nlp: Any) -> None:
    text = ("The defenders were the Northern Legion, which included mostly farmers and miners "
            "(about 7,000 men, trained by the Duchy).")
    doc = _run(nlp, text, [("Northern Legion", "military_unit"), ("Duchy", "polity")])
    assert _subject(doc, 7000) == "Northern Legion"


def test_place_clause_is_not_the_owner(nlp: Any) -> None:
    text = "The Blue Guard moved its men into Vardel, where about 6,000 soldiers are now stationed."
    doc = _run(nlp, text, [("Blue Guard", "military_unit"), ("Vardel", "place")])
    assert _subject(doc, 6000) == "Blue Guard"


def test_counted_noun_is_never_the_subject(nlp: Any) -> None:
    text = ("The Red Lancers marched north in May. The Red Lancers' officers drilled daily. "
            "The total number of soldiers in the lancers exceeded 9,000.")
    doc = _run(nlp, text, [("Red Lancers", "military_unit")])
    c = next(c for c in doc.claims if c.value["amount"] == 9000)
    assert c.subject_mention is None or doc.mentions[c.subject_mention].text != "soldiers"


def test_generic_phrase_resolves_to_the_named_entity_with_the_same_head(nlp: Any) -> None:
    text = ("The Free Mountain Army was founded in the spring. Its commander was a former miner. "
            "The total number of soldiers in the regular army exceeded 4,000.")
    doc = _run(nlp, text, [("Free Mountain Army", "military_unit")])
    c = _claim(doc, 4000)
    assert doc.mentions[c.subject_mention].text == "Free Mountain Army"
    assert c.qualifiers["subject_phrase"] == "the regular army"


def test_generic_phrase_needs_its_noun_modifiers_in_the_name(nlp: Any) -> None:
    text = "The Royal Air Force was formed. The harbour police force had 300 boats."
    doc = _run(nlp, text, [("Royal Air Force", "military_unit")])
    assert _subject(doc, 300) != "Royal Air Force"


def test_pronoun_takes_the_nearest_person(nlp: Any) -> None:
    text = "Omar Haddad led the uprising in the valley. In 1920 he was arrested and sentenced to 8 years in prison."
    doc = _run(nlp, text, [("Omar Haddad", "person")])
    assert _subject(doc, 8) == "Omar Haddad"


def test_its_takes_the_named_unit_before_it(nlp: Any) -> None:
    text = "The Green Brigade was raised in 1901. At its height it had 12,000 riflemen."
    doc = _run(nlp, text, [("Green Brigade", "military_unit")])
    assert _subject(doc, 12000) == "Green Brigade"


def test_losses_go_to_the_side_and_a_demonym_to_its_government(nlp: Any) -> None:
    text = ("After the siege the French have lost 1,200 killed and 800 captured. "
            "There are 40 officers among the prisoners. The royal French government asked for a truce.")
    doc = _run(nlp, text, [("French", "group")])
    assert _subject(doc, 1200) == "royal French government"
    assert _subject(doc, 40) == "royal French government"


def test_population_share_belongs_to_the_place(nlp: Any) -> None:
    text = "The merchant said that the Greek population in Tarsia does not exceed 8% of the total."
    doc = _run(nlp, text, [("Tarsia", "place")])
    assert _subject(doc, 8) == "Tarsia"


def test_formations_go_to_the_named_unit_of_the_sentence(nlp: Any) -> None:
    text = ("The Coastal Army was raised in March. In May the founding of the Coastal Army was proclaimed, "
            "and the scattered bands were organized into five regiments.")
    doc = _run(nlp, text, [("Coastal Army", "military_unit")])
    assert _subject(doc, 5) == "Coastal Army"


def test_possessor_and_owner(nlp: Any) -> None:
    text = "The Iron League's 3,000 pikemen held the bridge. The 500 archers of the Duke of Arlen fled."
    doc = _run(nlp, text, [("Iron League", "organization"), ("Duke of Arlen", "person")])
    assert _subject(doc, 3000) == "Iron League"
    assert _subject(doc, 500) == "Duke of Arlen"


def test_reporting_speaker_is_not_the_owner(nlp: Any) -> None:
    text = "Colonel Vance listed these forces as including about 2,000 troops."
    doc = _run(nlp, text, [("Colonel Vance", "person")])
    sdoc = doc.cache["spacy"]
    troops = next(t for t in sdoc if t.text == "troops")
    assert subject_of(doc, troops).mention is None  # the parse gives no owner; the speaker is not one
