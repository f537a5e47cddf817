"""Corpus-wide merge rules (tarikh.resolve.links) on documents written for these tests."""

from __future__ import annotations

from tarikh.extract.mentions import Mentions
from tarikh.extract.nlp import regex_sentences
from tarikh.models import Corpus, Doc, Entity, Source
from tarikh.resolve.cluster import Resolve
from tarikh.resolve.names import sound_classes


def doc(sid: str, text: str) -> Doc:
    d = Doc(source=Source(id=sid, file=f"{sid}.txt", path=f"{sid}.txt", sha256="", text=text))
    d.sentences = regex_sentences(text)
    return Mentions()(d)


def resolve(*texts: str) -> Corpus:
    return Resolve()(Corpus(docs=[doc(chr(97 + i), t) for i, t in enumerate(texts)]))


def entity(corpus: Corpus, name: str) -> Entity:
    hits = [e for e in corpus.entities if any(a.name == name for a in e.aliases)]
    assert len(hits) == 1, (name, hits)
    return hits[0]


def same(corpus: Corpus, a: str, b: str) -> bool:
    return entity(corpus, a).id == entity(corpus, b).id


def rules(e: Entity) -> set[str]:
    return {str(r["rule"]) for r in e.reasons}


def test_place_suffix() -> None:
    c = resolve("Rain fell on Orvik County in May.", "Troops marched into Orvik at dawn.")
    assert same(c, "Orvik County", "Orvik")
    assert "place-suffix" in rules(entity(c, "Orvik"))


def test_modifier_before_a_known_name() -> None:
    c = resolve("The Valdoran Red Banner Army marched north.", "The Red Banner Army retreated.")
    assert same(c, "Valdoran Red Banner Army", "Red Banner Army")
    assert "modifier" in rules(entity(c, "Red Banner Army"))
    # two different modified forms: which one the plain name means is unknown
    c = resolve("The Valdoran Red Banner Army marched north.", "The Red Banner Army retreated.",
                "The Ruritanian Red Banner Army waited.")
    assert not same(c, "Valdoran Red Banner Army", "Red Banner Army")
    assert not same(c, "Ruritanian Red Banner Army", "Red Banner Army")
    # a direction word is not a modifier: Upper Valdor is not Valdor
    c = resolve("The Northern Valdor Field Army crossed.", "The Valdor Field Army rested.")
    assert not same(c, "Northern Valdor Field Army", "Valdor Field Army")


def test_person_short_forms_across_sources() -> None:
    c = resolve("General Arvid Pelle Sorensen spoke first.", "General Arvid Pelle attended.")
    assert same(c, "Arvid Pelle Sorensen", "Arvid Pelle")
    c = resolve("President Tomas Kreel spoke.", "Kreel was arrested.")
    assert same(c, "Tomas Kreel", "Kreel")
    assert "short-form" in rules(entity(c, "Kreel"))
    # two people share the surname: no merge
    c = resolve("President Tomas Kreel spoke.", "Kreel was arrested.", "Minister Anna Kreel resigned.")
    assert not same(c, "Tomas Kreel", "Kreel")
    assert not same(c, "Anna Kreel", "Kreel")


def test_acronym_spelled_out_in_another_source() -> None:
    c = resolve("The Valdor Peace Committee met in spring.", "The VPC met again.")
    assert same(c, "Valdor Peace Committee", "VPC")
    assert "acronym" in rules(entity(c, "VPC"))


def test_same_gazetteer_place() -> None:
    c = resolve("They flew on to Alma-Ata.", "They flew on to Almaty.")
    assert same(c, "Alma-Ata", "Almaty")
    assert "gazetteer" in rules(entity(c, "Almaty"))


def test_sound_class_transliterations() -> None:
    assert sound_classes("sinkiang") == sound_classes("xinjiang")
    assert sound_classes("jiangxi") != sound_classes("jiangsu")  # vowels differ: two provinces
    c = resolve("Troops marched into Tsinkiang.", "Troops marched into Zinjiang.")
    assert same(c, "Tsinkiang", "Zinjiang")
    assert "transliteration" in rules(entity(c, "Zinjiang"))
    c = resolve("Troops marched into Tolvaro.", "Troops marched into Tolvira.")
    assert not same(c, "Tolvaro", "Tolvira")


def test_bracket_form_is_an_alias() -> None:
    c = resolve("Troops reached Kulvar [Kolvar] by noon.")
    names = {a.name for a in entity(c, "Kulvar").aliases}
    assert {"Kulvar", "Kolvar", "Kulvar [Kolvar]"} <= names
