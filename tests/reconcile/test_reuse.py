from pathlib import Path

import pytest
from helpers import corpus, qty, source

from tarikh.models import Corpus, Doc, Source
from tarikh.reconcile.align import Align
from tarikh.reconcile.reuse import TextReuse, copy_groups

ORIGINAL = (
    "The river town of Dunmere lay on a bend where the old salt road crossed the water. "
    "In the spring the Northern Host marched down from the hills with 1,200 troops and a train of mules. "
    "The garrison, led by a captain named Orla Venn, held the bridge for eleven days before the stores ran out. "
    "When the gates opened, the townspeople were spared, but the granaries were burned and the mills were "
    "taken apart for timber. Chroniclers of the valley later wrote that the siege changed the trade of the "
    "whole region, because merchants began to use the northern pass instead of the salt road. "
    "The captain was taken to the hill fort and held there through the winter, and the bridge was rebuilt "
    "only when the merchants of the lower valley paid for new stone from the quarries of the east. "
)
OTHER = (
    "Weaving in the coastal villages depended on flax grown in the marsh fields behind the dunes. "
    "Every autumn the families cut the stalks, soaked them in the tidal pools and beat the fibres by hand, "
    "and the cloth they made was sold at fairs far inland where it fetched a good price from traders."
)


def make(sources: list[Source]) -> Corpus:
    return TextReuse()(Corpus(docs=[Doc(s) for s in sources]))


def test_edited_copy_is_found_with_passages() -> None:
    copy_text = "Menu Home About\n\n" + ORIGINAL.replace("1,200 troops", "1,300 troops") + " Share this page."
    c = make([source("a", ORIGINAL), source("b", copy_text), source("c", OTHER)])
    a, b, other = (d.source for d in c.docs)
    assert "a" in b.derived_from or "b" in a.derived_from
    assert other.derived_from == [] and "reuse" not in other.meta
    info = b.meta["reuse"][0]
    assert info["other"] == "a" and info["coverage"] > 0.8
    # the changed number sits inside one joined passage; offsets point at the same words in both texts
    p = max(info["passages"], key=lambda p: p["words"])
    assert copy_text[p["start"]:p["end"]].split()[:5] == ORIGINAL[p["other_start"]:p["other_end"]].split()[:5]
    assert p["start"] < copy_text.index("1,300") < p["end"]


def test_direction_by_published_date() -> None:
    c = make([source("new", ORIGINAL + " A closing remark.", published="1990-05"),
              source("old", ORIGINAL, published="1970")])
    new, old = (d.source for d in c.docs)
    assert new.derived_from == ["old"] and old.derived_from == []
    assert new.meta["reuse"][0]["rule"] == "published" and old.meta["reuse"][0]["role"] == "original"


def test_direction_by_containment() -> None:
    bigger = ORIGINAL + OTHER + " " + OTHER.replace("flax", "hemp").replace("autumn", "summer")
    c = make([source("repost", bigger), source("base", ORIGINAL)])
    repost, base = (d.source for d in c.docs)
    assert repost.derived_from == ["base"] and base.derived_from == []


def test_undecidable_pair_is_marked_both_ways() -> None:
    c = make([source("x", ORIGINAL + " One short ending."), source("y", ORIGINAL + " Another ending here.")])
    x, y = (d.source for d in c.docs)
    assert x.derived_from == ["y"] and y.derived_from == ["x"]
    assert copy_groups([x, y])["x"] == copy_groups([x, y])["y"]


def test_short_shared_phrase_is_not_reuse() -> None:
    phrase = "the garrison held the bridge for eleven days before the stores ran out"
    c = make([source("p", OTHER + " " + phrase + "."), source("q", "A different story. " + phrase + " " + OTHER[:40])])
    assert all(not d.source.derived_from for d in c.docs)


def test_copy_pipeline_conflict_and_no_corroboration() -> None:
    copy_text = ORIGINAL.replace("1,200 troops", "1,300 troops")
    srcs = [source("s1", ORIGINAL, title="Valley Chronicle"), source("s2", copy_text, title="Valley Chronicle")]
    c = corpus(srcs, [qty("a", "s1", 1200, quote="marched down from the hills with 1,200 troops"),
                      qty("b", "s2", 1300, quote="marched down from the hills with 1,300 troops"),
                      qty("h", "s1", 11, prop="days", unit="days", quote="held the bridge for eleven days"),
                      qty("i", "s2", 11, prop="days", unit="days", quote="held the bridge for eleven days")])
    c = Align()(TextReuse()(c))
    assert [cf.claims for cf in c.conflicts] == [["a", "b"]]
    assert {x.id: x.status for x in c.claims} == {"a": "contested", "b": "contested", "h": "single", "i": "single"}


def _corpus_dir() -> Path | None:
    for p in Path(__file__).resolve().parents:
        if (p / "pyproject.toml").exists():
            d = p.parent / "shared" / "corpus"
            return d if d.is_dir() else None
    return None


@pytest.mark.corpus
def test_shared_corpus_reuse_is_fast_and_sparse() -> None:
    d = _corpus_dir()
    if d is None:
        pytest.skip("../shared/corpus missing")
    files = sorted(d.glob("*.txt"))
    c = make([source(f.name[:3], f.read_text(encoding="utf-8")) for f in files])
    linked = {(s.source.id, o) for s in c.docs for o in s.source.derived_from}
    # some sources are related by reuse, and most pairs are not
    assert linked and len({frozenset(p) for p in linked}) < len(files)


def test_changed_number_in_copy_conflicts_even_when_extraction_differs() -> None:
    copy_text = ORIGINAL.replace("1,200 troops", "3,500 troops")
    at_a, at_b = ORIGINAL.index("In the spring"), copy_text.index("In the spring")
    a = qty("a", "s1", 1200, quote="In the spring ... 1,200 troops")
    b = qty("b", "s2", 3500, subject="ent_band", prop="count", unit="items", quote="In the spring ... 3,500 troops")
    a.start, a.end, b.start, b.end = at_a, at_a + 90, at_b, at_b + 90
    c = Align()(TextReuse()(corpus([source("s1", ORIGINAL), source("s2", copy_text)], [a, b])))
    assert [cf.claims for cf in c.conflicts] == [["a", "b"]]
    assert c.conflicts[0].kind == "number"
