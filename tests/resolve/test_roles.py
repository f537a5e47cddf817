"""``tarikh.roles.v1``: claims about "the armed forces of X" go to the unit named as X's forces."""

from __future__ import annotations

from tarikh.models import Claim, Corpus, Doc, Entity, Source
from tarikh.resolve.roles import Roles, same_owner, same_stem


def _q(cid: str, subject: str, role: bool = True) -> Claim:
    quals = {"approx": "exact", "subject_role": "forces"} if role else {"approx": "exact"}
    return Claim(cid, subject, "men", {"type": "quantity", "amount": 4100, "unit": "men"}, "s2",
                 "The strength of the forces was 4,100 men.", 0, 40, "test", quals)


def _bridge(cid: str, unit: str, owner: str) -> Claim:
    return Claim(cid, unit, "forces_of", {"type": "text", "text": owner}, "s1", "A statement.", 0, 12, "test")


def source(sid: str) -> Source:
    return Source(id=sid, file=f"{sid}.txt", path=f"/tmp/{sid}.txt", sha256=sid, text="")


def _run(claims: list[Claim]) -> Corpus:
    ents = [Entity("g_ins", "group", "the insurgents"), Entity("u_ml", "military_unit", "Marsh Legion"),
            Entity("u_hg", "military_unit", "Hill Guard"), Entity("o_fl", "organization", "Fen League")]
    return Roles()(Corpus(docs=[Doc(source("s1")), Doc(source("s2"))], entities=ents, claims=claims))


def test_stems_and_owners() -> None:
    assert same_stem("rebel", "rebellion") and same_stem("insurgent", "insurgency")
    assert not same_stem("government", "governor") and not same_stem("chin", "chinese")
    assert same_owner("the insurgency", "The insurgents")
    assert same_owner("the Fen League", "Fen League")
    assert not same_owner("the uprising", "the insurgents")
    assert not same_owner("the northern insurgency", "the southern insurgents")


def test_claim_moves_to_the_named_forces_and_says_why() -> None:
    c = _run([_bridge("b1", "u_ml", "the insurgency"), _q("q1", "g_ins"), _q("q2", "g_ins", role=False)])
    moved, kept = c.claims[1], c.claims[2]
    assert moved.subject == "u_ml" and moved.qualifiers["subject_via"] == "b1"
    assert kept.subject == "g_ins" and "subject_via" not in kept.qualifiers


def test_two_candidate_units_change_nothing() -> None:
    c = _run([_bridge("b1", "u_ml", "the insurgency"), _bridge("b2", "u_hg", "the insurgents"), _q("q1", "g_ins")])
    assert c.claims[2].subject == "g_ins"


def test_other_owner_changes_nothing() -> None:
    c = _run([_bridge("b1", "u_ml", "the Fen League"), _q("q1", "g_ins")])
    assert c.claims[1].subject == "g_ins"
