from helpers import corpus, date, qty, source

from tarikh.reconcile.compare import compare_sources
from tarikh.reconcile.sides import side_by_side


def test_side_by_side_groups_values_with_sources() -> None:
    srcs = {"s1": source("s1", kind="encyclopedia", published="2001"), "s2": source("s2", kind="memoir"),
            "s3": source("s3", kind="journalism")}
    claims = [qty("a", "s1", 1200), qty("b", "s2", 1200), qty("c", "s3", 900), qty("d", "s3", 8, prop="cannons")]
    view = side_by_side(claims, srcs)
    assert list(view) == ["cannons", "troops"]
    first, second = view["troops"]
    assert first["value"]["amount"] == 1200 and first["claims"] == ["a", "b"]
    assert first["sources"][0] == {"id": "s1", "file": "s1.txt", "kind": "encyclopedia", "published": "2001"}
    assert second["claims"] == ["c"] and second["sources"][0]["kind"] == "journalism"
    # stored dicts work too
    as_dicts = [{"id": c.id, "property": c.property, "value": c.value, "qualifiers": c.qualifiers,
                 "source": c.source} for c in claims]
    assert side_by_side(as_dicts, {k: {"id": v.id, "file": v.file, "kind": v.kind, "published": v.published}
                                   for k, v in srcs.items()}) == view


def test_compare_sources() -> None:
    c = corpus([source("s1"), source("s2")], [
        qty("a", "s1", 1200), qty("b", "s2", 900),
        date("d1", "s1", "1931-03-05"), date("d2", "s2", "1931-03-05"),
        qty("only1", "s1", 8, prop="cannons", unit="cannons"), qty("only2", "s2", 30, prop="horses", unit="horses"),
    ])
    cmp = compare_sources(c, "s1", "s2")
    assert [(p.a, p.b, p.relation) for p in cmp.different] == [(["a"], ["b"], "conflict")]
    assert cmp.different[0].a_values == ["1,200 troops"]
    assert [(p.a, p.b) for p in cmp.same] == [(["d1"], ["d2"])]
    assert cmp.only_a == ["only1"] and cmp.only_b == ["only2"]
    assert cmp.to_dict()["different"][0]["relation"] == "conflict"
