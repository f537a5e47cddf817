from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tarikh.extract.quantities import QuantityClaims
from tarikh.models import Doc, Mention, Source
from tarikh.registry import create


def _doc(text: str, mentions: list[Mention] | None = None) -> Doc:
    return Doc(source=Source(id="s1", file="x.txt", path="x.txt", sha256="", text=text),
               mentions=mentions or [])


def _values(text: str) -> list[tuple[Any, ...]]:
    doc = QuantityClaims()(_doc(text))
    out = []
    for c in doc.claims:
        assert text[c.start:c.end] == c.quote
        v = c.value
        out.append((v["amount"], v["lower"], v["upper"], c.qualifiers["approx"]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The garrison held about 4,000 soldiers.", [(4000, None, None, "about")]),
        ("The duke raised more than 900 knights.", [(900, None, None, "more_than")]),
        ("Up to 70 ships were lost.", [(70, None, None, "at_most")]),
        ("At least 12 villages burned.", [(12, None, None, "at_least")]),
        ("Nearly forty-two wagons arrived.", [(42, None, None, "about")]),
        ("The 25,000+ settlers moved west.", [(25000, None, None, "at_least")]),
        ("They sold 8,000 to 9,000 bales of cotton.", [(None, 8000, 9000, "range")]),
        ("Fewer than 30 men survived.", [(30, None, None, "less_than")]),
    ],
)
def test_quantities_and_qualifiers(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The letter is kept as No. 45 in the archive.",
        "See p. 282 for the map.",
        "The 3rd Regiment crossed the river.",
        "The town was taken in 1871.",
        "The treaty was signed on 4 May 1871.",
        "He cited the text.[17]",
        "The Nine Provinces joined the league.",
        "One of the towns rebelled.",
        "They flew an Il-14 to the coast.",
        "1. Open the gates to the army.",
        "Thousands of farmers fled the valley.",
        "The boy, aged 14, was sent away.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert _values(text) == []


def test_vague_kept_when_asked() -> None:
    doc = QuantityClaims(vague=True)(_doc("Thousands of farmers fled."))
    assert [(c.value["lower"], c.value["upper"]) for c in doc.claims] == [(2000, 9999)]


def test_order_of_magnitude_is_a_range_unless_switched_off() -> None:
    doc = QuantityClaims()(_doc("Tens of thousands of farmers fled."))
    (c,) = doc.claims
    assert (c.value["lower"], c.value["upper"]) == (20000, 90000)
    assert c.qualifiers["approx"] == "range" and c.qualifiers["vague"] is True
    assert QuantityClaims(orders=False)(_doc("Tens of thousands of farmers fled.")).claims == []


def test_property_unit_subject_and_as_of_without_parse() -> None:
    text = "In 1902 the Valley Guild bought 5,000 poods of grain."
    guild = text.index("Valley Guild")
    doc = _doc(text, [Mention(guild, guild + 12, "Valley Guild", "organization")])
    QuantityClaims()(doc)
    (c,) = doc.claims
    assert c.property == "poods_of_grain" or c.property == "poods"
    assert c.value["unit"] in ("poods", "grain")
    assert c.subject_mention == 0
    assert c.qualifiers["as_of"] == "1902"


def test_present_tense_takes_the_documents_date() -> None:
    text = "3 May 1920\n\nThe rebel bands in the hills now number about 2,000 men in all."
    doc = QuantityClaims()(_doc(text))
    (c,) = doc.claims
    assert c.value["amount"] == 2000 and c.qualifiers == {"approx": "about", "as_of": "1920-05-03"}


def test_durations_count() -> None:
    assert _values("The lease ran for fifty years.") == [(50, None, None, "exact")]


@given(st.text(max_size=150))
def test_never_crashes(text: str) -> None:
    QuantityClaims()(_doc(text))


def test_subject_from_parse(nlp: Any) -> None:
    text = "The rebels had 3,000 rifles. The 6,000 troops of the Northern League marched south."
    league = text.index("Northern League")
    doc = nlp(_doc(text, [Mention(league, league + 15, "Northern League", "organization")]))
    QuantityClaims()(doc)
    by_amount = {c.value["amount"]: c for c in doc.claims}
    rifles = by_amount[3000]
    assert rifles.property == "rifles"
    assert rifles.subject_mention is not None
    assert doc.mentions[rifles.subject_mention].text == "The rebels"
    assert by_amount[6000].subject_mention == 0


CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not present")
def test_corpus_quotes_match_offsets() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        doc = _doc(path.read_text(encoding="utf-8"))
        create("tarikh.sentences.v1")(doc)
        create("tarikh.dates.v1")(doc)
        QuantityClaims()(doc)
        for c in doc.claims:
            assert doc.source.text[c.start:c.end] == c.quote


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("The host was cut down and reorganized into 4 companies.", True),
        ("By then the guild had grown to some 3,000 members.", True),
        ("The militia was reduced to 900 men.", True),
        ("The militia had 900 men.", False),
        ("They marched to 12 villages.", False),
    ],
)
def test_value_after_a_change_is_marked(text: str, changed: bool) -> None:
    (c,) = QuantityClaims()(_doc(text)).claims
    assert bool(c.qualifiers.get("change")) is changed


def test_several_thousand_is_bounded_above() -> None:
    (c,) = QuantityClaims()(_doc("The caravan left with several thousand sheep.")).claims
    assert (c.value["lower"], c.value["upper"], c.qualifiers["approx"]) == (3000, 9000, "range")


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        ("The total number of sailors in the fleet exceeded 4,000.", "sailors"),
        ("The strength of the garrison was 900.", "strength"),
    ],
)
def test_what_a_number_of_counts(nlp: Any, text: str, prop: str) -> None:
    doc = nlp(_doc(text))
    QuantityClaims()(doc)
    (c,) = doc.claims
    assert c.property == prop
