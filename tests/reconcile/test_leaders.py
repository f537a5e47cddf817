"""``tarikh.leaders.v1``: who led a body at its founding (sources and sentences written for these tests)."""

from __future__ import annotations

from helpers import source

from tarikh.models import Claim, Corpus, Doc, Entity, Event, Mention, Participant, Sentence
from tarikh.reconcile.leaders import CHIEF, Leaders

SOLE = "In May 1820, the fishermen formed the Reed Band led by Ivo Sarn at Amberford."
MANY = "In May 1820, under the leadership of Ned Orrin, Ivo Sarn and others, a reed band was formed at Amberford."
CHIEF_NED = " Soon Ned was elected as the commander of the reed band, and Ivo as his deputy."
CHIEF_IVO = " Ivo Sarn was elected as the commander of the reed band."
NEXT = " The band met every week."


def _doc(sid: str, text: str, **kw: object) -> Doc:
    doc = Doc(source(sid, text, **kw))
    pos = 0
    for part in text.split(". "):
        end = text.index(part, pos) + len(part) + (1 if not part.endswith(".") else 0)
        doc.sentences.append(Sentence(text.index(part, pos), min(end, len(text))))
        pos = end
    for name, ent in (("Ivo Sarn", "p_ivo"), ("Ned Orrin", "p_ned")):
        at = text.find(name)
        if at >= 0:
            doc.mentions.append(Mention(at, at + len(name), name, "person", entity=ent))
    return doc


def _claims(doc: Doc) -> list[Claim]:
    out = []
    for k, s in enumerate(doc.sentences):
        q = doc.source.text[s.start:s.end]
        out.append(Claim(f"{doc.source.id}c{k}", "ev", "date", {"type": "date", "edtf": "1820-05"}, doc.source.id,
                         q, s.start, s.end, "test"))
    return out


def run(first: str, second: str, derived: bool = False, etype: str = "founding") -> Corpus:
    docs = [_doc("s1", first), _doc("s2", second, derived_from=["s1"] if derived else [])]
    claims = _claims(docs[0]) + _claims(docs[1])
    parts = [Participant("p_ivo", "leader"), Participant("p_ned", "leader")]
    ev = Event("ev", etype, "formed", "1820-05", participants=parts, claims=[c.id for c in claims])
    ents = [Entity("p_ivo", "person", "Ivo Sarn"), Entity("p_ned", "person", "Ned Orrin")]
    return Leaders()(Corpus(docs=docs, entities=ents, events=[ev], claims=claims))


def test_chief_pattern() -> None:
    m = CHIEF.search("Later Ned was appointed the chairman of the harbour guild; Ivo stayed.")
    assert m and m.group("who").endswith("Ned") and m.group("of") == "harbour guild"
    assert not CHIEF.search("Ned was elected as deputy commander of the band.")


def test_a_sole_leader_against_another_chief_conflicts() -> None:
    c = run(SOLE, MANY + CHIEF_NED + NEXT)
    (cf,) = c.conflicts
    assert cf.property == "leader" and cf.kind == "entity" and cf.subject == "ev"
    assert cf.claims == ["s1c0", "s2c0", "s2c1"]  # the founding sentences and the sentence naming the chief
    assert "Ivo Sarn as leader" in cf.explanation and "Ned Orrin as commander" in cf.explanation
    assert {x.id: x.status for x in c.claims}["s2c1"] == "contested"


def test_more_leaders_without_a_chief_is_no_conflict() -> None:
    assert not run(SOLE, MANY + NEXT).conflicts


def test_the_same_chief_is_no_conflict() -> None:
    assert not run(SOLE, MANY + CHIEF_IVO).conflicts


def test_a_copy_or_another_kind_of_event_is_no_conflict() -> None:
    assert not run(SOLE, MANY + CHIEF_NED, derived=True).conflicts
    assert not run(SOLE, MANY + CHIEF_NED, etype="battle").conflicts


def test_two_different_sole_leaders_conflict() -> None:
    other = "In May 1820, the fishermen formed the Reed Band led by Ned Orrin at Amberford."
    (cf,) = run(SOLE, other).conflicts
    assert cf.claims == ["s1c0", "s2c0"]
