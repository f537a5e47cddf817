"""Rival accounts and ends dated twice (claims and events written for these tests)."""

from __future__ import annotations

from typing import Any

from helpers import source

from tarikh.models import Claim, Corpus, Doc, Entity, Event, Participant
from tarikh.reconcile.accounts import RivalAccounts, same_thing

TL = "trade league"


def dated(cid: str, src: str, edtf: str, subject: str, **quals: Any) -> Claim:
    return Claim(cid, subject, "date", {"type": "date", "edtf": edtf}, src, f"{src} tells {subject} ({cid}).",
                 0, 10, "test", dict(quals))


def run(claims: list[Claim], events: list[Event], derived: bool = False) -> Corpus:
    srcs = [source("s1", title="Harbour Chronicle"), source("s2", title="River Annals"),
            source("s3", title="Hill Letters", derived_from=["s2"] if derived else [])]
    ents = [Entity("pl_a", "place", "Amberford", lat=50.0, lon=10.0),
            Entity("pl_b", "place", "Brisk", lat=55.0, lon=30.0),
            Entity("pl_c", "place", "Cobble Quay", lat=50.01, lon=10.01), Entity("p_x", "person", "Ivo Sarn"),
            Entity("p_y", "person", "Ned Orrin"), Entity("org_l", "organization", "Trade League")]
    return RivalAccounts()(Corpus(docs=[Doc(s) for s in srcs], entities=ents, events=events, claims=claims))


def test_same_thing() -> None:
    assert same_thing(frozenset({"trade", "league"}), frozenset({"river", "trade", "league"}))
    assert not same_thing(frozenset({"league"}), frozenset({"trade", "league"}))
    assert not same_thing(frozenset({"trade", "league"}), frozenset({"harbour", "council"}))


def test_an_end_dated_twice_by_independent_sources_conflicts() -> None:
    claims = [dated("a", "s1", "1888-02", "ev1", ends=TL), dated("b", "s2", "1888-08", "ev2", ends=TL),
              dated("c", "s3", "1888-02", "ev3", ends="the trade league"),
              dated("d", "s1", "1890", "ev4", ends="guild")]
    c = run(claims, [])
    (cf,) = c.conflicts
    assert cf.claims == ["a", "b", "c"] and cf.property == "end_date" and cf.kind == "date"
    assert cf.subject == "org_l"
    assert "1888-02" in cf.explanation and "1888-08" in cf.explanation and "River Annals" in cf.explanation
    assert {x.id: x.status for x in c.claims}["a"] == "contested"


def test_an_end_dated_once_or_by_one_source_is_no_conflict() -> None:
    same_day = [dated("a", "s1", "1888-02", "ev1", ends=TL), dated("b", "s2", "1888-02-10", "ev2", ends=TL)]
    assert not run(same_day, []).conflicts
    one_source = [dated("a", "s1", "1888-02", "ev1", ends=TL), dated("b", "s1", "1888-08", "ev2", ends=TL)]
    assert not run(one_source, []).conflicts
    copies = [dated("a", "s2", "1888-02", "ev1", ends=TL), dated("b", "s3", "1888-08", "ev2", ends=TL)]
    assert not run(copies, [], derived=True).conflicts


def _death(eid: str, day: str, claims: list[str], place: str | None = None, who: list[str] | None = None) -> Event:
    return Event(eid, "death", f"death {eid}", day, place, [Participant(p, "patient") for p in who or []], claims)


def test_rival_accounts_disagree_on_date_and_place() -> None:
    claims = [dated("a", "s1", "1901-05-03", "e1", account="records show that"),
              dated("b", "s2", "1901-05-05", "e2", account="according to"),
              dated("c", "s3", "1901-05-05", "e3", account="revealed that")]
    events = [_death("e1", "1901-05-03", ["a"], "pl_a"), _death("e2", "1901-05-05", ["b"], "pl_c"),
              _death("e3", "1901-05-05", ["c"], "pl_b")]
    c = run(claims, events)
    got = sorted((cf.property, tuple(cf.claims)) for cf in c.conflicts)
    # e2 and e3: same day, far apart places; e1 and e2 on different days; Cobble Quay is next to Amberford
    assert got == [("date", ("a", "b")), ("date", ("a", "c")), ("place", ("b", "c"))]
    place = next(cf for cf in c.conflicts if cf.property == "place")
    assert "Cobble Quay" in place.explanation and "Brisk" in place.explanation and place.kind == "entity"


def test_accounts_need_the_cue_the_window_and_shared_people() -> None:
    plain = [dated("a", "s1", "1901-05-03", "e1"), dated("b", "s2", "1901-05-05", "e2", account="according to")]
    assert not run(plain, [_death("e1", "1901-05-03", ["a"]), _death("e2", "1901-05-05", ["b"])]).conflicts
    far = [dated("a", "s1", "1901-05-03", "e1", account="according to"),
           dated("b", "s2", "1901-06-20", "e2", account="according to")]
    assert not run(far, [_death("e1", "1901-05-03", ["a"]), _death("e2", "1901-06-20", ["b"])]).conflicts
    others = [dated("a", "s1", "1901-05-03", "e1", account="according to"),
              dated("b", "s2", "1901-05-05", "e2", account="according to")]
    assert not run(others, [_death("e1", "1901-05-03", ["a"], who=["p_x"]),
                            _death("e2", "1901-05-05", ["b"], who=["p_y"])]).conflicts
