"""Resolution on small hand-made documents."""

from __future__ import annotations

from tarikh.extract.mentions import Mentions
from tarikh.extract.nlp import regex_sentences
from tarikh.models import Corpus, Doc, Source
from tarikh.resolve.cluster import Resolve, why


def doc(sid: str, text: str) -> Doc:
    d = Doc(source=Source(id=sid, file=f"{sid}.txt", path=f"{sid}.txt", sha256="", text=text))
    d.sentences = regex_sentences(text)
    return Mentions()(d)


TEXTS = {
    "a": "General Ivan Petrov reached Kulja [Yining] in May. Petrov's men camped there. "
         "The East Ruritania Republic was declared. The East Ruritania National Army grew.",
    "b": "President Ahmetjan Kasimi spoke in Yining. General Ivan Sidorov disagreed. "
         "Colonel Ivan Petrov stayed. Many lived in East Ruritania.",
    "c": "Chairman Ehmetjan Qasim met General Ivan Petrov. The East Ruritania National Army marched.",
}


def resolve(merges: list[tuple[str, str]] | None = None, splits: list[tuple[str, str]] | None = None,
            texts: dict[str, str] = TEXTS) -> Corpus:
    corpus = Corpus(docs=[doc(k, v) for k, v in texts.items()])
    corpus.merges = merges or []
    corpus.splits = splits or []
    return Resolve()(corpus)


def entity_of(corpus: Corpus, name: str) -> str:
    ids = {e.id for e in corpus.entities for a in e.aliases if a.name == name}
    assert len(ids) == 1, (name, ids)
    return ids.pop()


def test_every_mention_gets_an_entity() -> None:
    c = resolve()
    for d in c.docs:
        for i, m in enumerate(d.mentions):
            assert m.entity and c.mention_entity[(d.source.id, i)] == m.entity


def test_merges_across_sources_and_short_forms() -> None:
    c = resolve()
    assert entity_of(c, "Ahmetjan Kasimi") == entity_of(c, "Ehmetjan Qasim")
    assert entity_of(c, "Petrov") == entity_of(c, "Ivan Petrov")
    assert entity_of(c, "Kulja") == entity_of(c, "Yining")
    ent = next(e for e in c.entities if e.id == entity_of(c, "Ivan Petrov"))
    assert ent.type == "person"
    assert {r["rule"] for r in ent.reasons} & {"short-form", "same-name"}


def test_no_false_merges() -> None:
    c = resolve()
    assert entity_of(c, "Ivan Sidorov") != entity_of(c, "Ivan Petrov")
    region, state = entity_of(c, "East Ruritania"), entity_of(c, "East Ruritania Republic")
    army = entity_of(c, "East Ruritania National Army")
    assert len({region, state, army}) == 3
    types = {e.id: e.type for e in c.entities}
    assert types[state] == "polity" and types[army] == "military_unit"


def test_ids_are_stable() -> None:
    a = sorted(e.id for e in resolve().entities)
    b = sorted(e.id for e in resolve().entities)
    assert a == b


def test_user_merge_and_split() -> None:
    c = resolve(merges=[("Ivan Sidorov", "Ivan Petrov")])
    assert entity_of(c, "Ivan Sidorov") == entity_of(c, "Ivan Petrov")
    assert any(r["rule"] == "user-merge" for e in c.entities for r in e.reasons)
    c = resolve(splits=[("Kulja", "Yining")])
    assert entity_of(c, "Kulja") != entity_of(c, "Yining")


def test_why_explains() -> None:
    c = resolve()
    ent = next(e for e in c.entities if e.id == entity_of(c, "Kulja"))
    lines = why(ent)
    assert any("bracket" in line for line in lines)
