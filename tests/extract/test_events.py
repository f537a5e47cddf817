from __future__ import annotations

import pytest

from tarikh.extract.event_merge import EventMerge, bounds, same_happening, words
from tarikh.extract.events import event_hint, lemma_of
from tarikh.ids import make_id
from tarikh.models import Claim, Corpus, Doc, Event, Mention, Participant, Source


@pytest.mark.parametrize(("word", "lemma"), [("captured", "capture"), ("fought", "fight"),
                                             ("signed", "sign"), ("dissolved", "dissolve"),
                                             ("arrests", "arrest"), ("overthrown", "overthrow")])
def test_lemma_of(word: str, lemma: str) -> None:
    assert lemma_of(word) == lemma


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("In 1820 the miners formed a union.", "founding"),
        ("In 1820 the duke was assassinated.", "death"),
        ("In 1820 the rebels seized the fort.", "capture"),
        ("In 1820 the two kings signed a treaty.", "agreement"),
        ("In 1820 the guild was disbanded.", "dissolution"),
        ("In 1820 the governor was arrested.", "arrest"),
        ("In 1820 she was appointed governor.", "appointment"),
        ("In 1820 the assembly proclaimed a republic.", "declaration"),
        ("In 1820 the chiefs met at the ford.", "meeting"),
        ("In 1820 the king sent troops north.", "deployment"),
        ("In 1820 the armies fought near the river.", "battle"),
    ],
)
def test_event_types_without_parse(sentence: str, kind: str) -> None:
    doc = Doc(source=Source(id="s", file="f", path="f", sha256="", text=sentence),
              mentions=[Mention(0, 2, "In", "person")])
    hint = event_hint(doc, 0, len(sentence), 3)
    assert hint is not None and hint.type == kind


def _claim(cid: str, source: str, edtf: str, quote: str, start: int = 0) -> Claim:
    return Claim(id=cid, subject=make_id("ev", cid), property="date", value={"type": "date", "edtf": edtf},
                 source=source, quote=quote, start=start, end=start + len(quote), component="tarikh.dates.v1")


def _event(c: Claim, kind: str, parts: list[str], place: str | None = None) -> Event:
    return Event(id=c.subject, type=kind, label=c.quote[:30], date=c.value["edtf"], place=place,
                 participants=[Participant(p, "agent") for p in parts], claims=[c.id])


def _corpus(pairs: list[tuple[Claim, Event]]) -> Corpus:
    return Corpus(docs=[], claims=[c for c, _ in pairs], events=[e for _, e in pairs])


def test_three_sources_one_founding() -> None:
    a = _claim("a", "s1", "1905-03-02", "On 2 March 1905 the River League founded its militia in Hollow.")
    b = _claim("b", "s2", "1905-03-02", "The militia of the River League was founded on March 2, 1905.")
    c = _claim("c", "s3", "1905-03", "In March 1905 the River League founded a militia at Hollow.")
    corpus = _corpus([(a, _event(a, "founding", ["ent_league"], "ent_hollow")),
                      (b, _event(b, "founding", ["ent_league"])),
                      (c, _event(c, "founding", ["ent_league"], "ent_hollow"))])
    EventMerge()(corpus)
    assert len(corpus.events) == 1
    ev = corpus.events[0]
    assert ev.id == make_id("ev", ["a", "b", "c"])
    assert ev.date == "1905-03-02"  # what most member claims give
    assert {cl.subject for cl in corpus.claims} == {ev.id}
    assert ev.place == "ent_hollow"


def test_different_days_stay_apart() -> None:
    a = _claim("a", "s1", "1905-03-02", "On 2 March 1905 the League attacked the mill.")
    b = _claim("b", "s1", "1905-04-19", "On 19 April 1905 the League attacked the bridge at dawn.", 100)
    corpus = _corpus([(a, _event(a, "battle", ["ent_league"])), (b, _event(b, "battle", ["ent_league"]))])
    EventMerge()(corpus)
    assert len(corpus.events) == 2


def test_same_telling_with_different_dates_is_one_event_with_both_dates() -> None:
    q1 = "On 24 August 1910 the envoys of the Lake Council boarded a steamer at Varna for the capital."
    q2 = "On 24 August 1911 the envoys of the Lake Council boarded a steamer at Varna for the capital."
    a, b = _claim("a", "s1", "1910-08-24", q1), _claim("b", "s2", "1911-08-24", q2)
    corpus = _corpus([(a, _event(a, "deployment", ["ent_council"])),
                      (b, _event(b, "deployment", ["ent_council"]))])
    EventMerge()(corpus)
    assert len(corpus.events) == 1
    assert sorted(c.value["edtf"] for c in corpus.claims) == ["1910-08-24", "1911-08-24"]
    assert corpus.events[0].date == "1910-08-24"  # a tie: the earliest


def test_other_types_and_unrelated_participants_stay_apart() -> None:
    a = _claim("a", "s1", "1905-03-02", "On 2 March 1905 the League attacked the mill.")
    b = _claim("b", "s2", "1905-03-02", "On 2 March 1905 the Guild signed a charter.")
    corpus = _corpus([(a, _event(a, "battle", ["ent_league"])), (b, _event(b, "agreement", ["ent_guild"]))])
    EventMerge()(corpus)
    assert len(corpus.events) == 2


def test_duplicate_claim_from_one_sentence_is_dropped() -> None:
    q = "On 2 March 1905 the League founded a militia."
    a, b = _claim("a", "s1", "1905-03-02", q), _claim("b", "s1", "1905-03-02", q)
    a.property = b.property = "date"
    b.id = "b"
    corpus = _corpus([(a, _event(a, "founding", ["ent_league"])), (b, _event(b, "founding", ["ent_league"]))])
    EventMerge()(corpus)
    assert len(corpus.events) == 1 and corpus.events[0].claims == ["a"]
    assert [c.id for c in corpus.claims] == ["a"]


def test_helpers() -> None:
    assert bounds("1944-22") == (19440101, 19441231)
    assert bounds("1944-10-06/1944-10-07") == (19441006, 19441007)
    assert bounds(None) is None
    e1 = Event(id="1", type="battle", label="", date="1900", participants=[Participant("x", "agent")])
    e2 = Event(id="2", type="battle", label="", date="1900-05-01", participants=[Participant("x", "agent")])
    w = words("the battle of the ford near the town")
    assert same_happening(e1, e2, w, w)


def _doc(source: str, text: str, names: list[tuple[str, str]]) -> Doc:
    mentions = []
    for name, ent in names:
        k = text.index(name)
        m = Mention(k, k + len(name), name, "person")
        m.entity = ent
        mentions.append(m)
    return Doc(source=Source(id=source, file="f", path="f", sha256="", text=text), mentions=mentions)


def test_retold_with_different_days_merges_across_sources_only() -> None:
    ta = "On 4 May 1820 Ann Vale and her aides rode from Oxbridge toward Kelton by coach."
    tb = "Ann Vale left Oxbridge on 5 May 1820 to reach Kelton."
    tc = "On 9 May 1820 Ann Vale rode from Oxbridge to Kelton again."
    names = [("Ann Vale", "ent_ann"), ("Oxbridge", "ent_ox"), ("Kelton", "ent_kel")]
    a = _claim("a", "s1", "1820-05-04", ta)
    b = _claim("b", "s2", "1820-05-05", tb)
    c = _claim("c", "s1", "1820-05-09", tc, start=100)
    corpus = Corpus(docs=[_doc("s1", ta + " " * (100 - len(ta)) + tc, names), _doc("s2", tb, names)],
                    claims=[a, b, c],
                    events=[_event(a, "deployment", ["ent_ann"]), _event(b, "deployment", [], "ent_ox"),
                            _event(c, "deployment", ["ent_ann"])])
    EventMerge()(corpus)
    merged = [e for e in corpus.events if len(e.claims) > 1]
    assert len(merged) == 1 and set(merged[0].claims) == {"a", "b"}


def test_retold_needs_shared_names() -> None:
    a = _claim("a", "s1", "1820-05-04", "On 4 May 1820 Ann Vale rode toward Kelton.")
    b = _claim("b", "s2", "1820-05-05", "On 5 May 1820 Bo Hart rode toward Kelton.")
    corpus = _corpus([(a, _event(a, "deployment", ["ent_ann"])), (b, _event(b, "deployment", ["ent_bo"]))])
    EventMerge()(corpus)
    assert len(corpus.events) == 2


def test_same_month_in_other_words_merges_on_a_shared_participant_and_place() -> None:
    ta = "In mid-May 1820 the weavers formed the Loom Guard led by Ann Vale and soon held Kelton."
    tb = "In May 1820, under the leadership of Bo Hart and Ann Vale, a weavers' militia was set up near Kelton."
    tc = "Bo Hart opened a bakers' club in Oxbridge in May 1820."
    names = [("Ann Vale", "ent_ann"), ("Kelton", "ent_kel"), ("Bo Hart", "ent_bo"), ("Oxbridge", "ent_ox")]
    a, b = _claim("a", "s1", "1820-05", ta), _claim("b", "s2", "1820-05", tb)
    c = _claim("c", "s3", "1820-05", tc)
    docs = [_doc("s1", ta, names[:2]), _doc("s2", tb, names[:3]), _doc("s3", tc, names[2:])]
    corpus = Corpus(docs=docs, claims=[a, b, c],
                    events=[_event(a, "founding", ["ent_ann"]), _event(b, "founding", ["ent_bo", "ent_ann"]),
                            _event(c, "founding", ["ent_bo"])])
    EventMerge()(corpus)
    merged = [e for e in corpus.events if len(e.claims) > 1]
    assert len(merged) == 1 and set(merged[0].claims) == {"a", "b"}  # c shares a leader with b, but no place
