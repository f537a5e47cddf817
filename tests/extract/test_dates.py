from __future__ import annotations

import edtf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tarikh.extract.date_parse import find_dates
from tarikh.extract.dates import DateClaims
from tarikh.models import Doc, Mention, Source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fort fell on 3 March 1812 after a siege.", "1812-03-03"),
        ("They reached the river on June 2nd, 1799.", "1799-06-02"),
        ("The pact was signed on Tuesday, July 14, 1863 at noon.", "1863-07-14"),
        ("Talks were held on 4-6 May, 1921.", "1921-05-04/1921-05-06"),
        ("In September 1830 the guild was founded.", "1830-09"),
        ("In the winter of 1905 the strike spread.", "1905-24"),
        ("The kingdom lasted from 1610 to 1655.", "1610/1655"),
        ("The kingdom lasted 1610-1655.", "1610/1655"),
        ("He ruled between 1702 -1720.", "1702/1720"),
        ("It was rebuilt around 1770.", "1770~"),
        ("In 1888 the railway opened.", "1888"),
    ],
)
def test_absolute_and_partial(text: str, expected: str) -> None:
    dates = find_dates(text)
    assert [d.edtf for d in dates] == [expected]
    edtf.parse_edtf(expected)


@pytest.mark.parametrize(
    ("text", "edtf_value", "qualifiers"),
    [
        ("In mid-May 1912 the army moved.", "1912-05", {"part": "mid"}),
        ("By early 1860 the town had grown.", "1860", {"part": "early", "relation": "by", "approx": "at_most"}),
        ("By 1901 the mill had closed.", "1901", {"relation": "by", "approx": "at_most"}),
    ],
)
def test_qualifiers(text: str, edtf_value: str, qualifiers: dict[str, str]) -> None:
    d = find_dates(text)[0]
    assert d.edtf == edtf_value
    assert d.qualifiers == qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 9 June the fleet sailed", "1850-09-20"[:0] + "1850-06-09"),
        ("on May 2 of that year", "1850-05-02"),
        ("In March of the following year", "1851-03"),
        ("they held out until the 25th", "1850-09-25"),
        ("Five days later the town fell.", "1850-09-25"),
        ("The next day they left.", "1850-09-21"),
        ("Two weeks earlier, it rained.", "1850-09-06"),
        ("The following year he died.", "1851"),
    ],
)
def test_relative_dates_use_the_anchor(text: str, expected: str) -> None:
    dates = find_dates(text, anchor=(1850, 9, 20))
    assert [d.edtf for d in dates] == [expected]
    assert dates[0].kind == "relative"


def test_relative_dates_need_an_anchor() -> None:
    assert find_dates("The next day they left.") == []
    assert find_dates("on 9 June the fleet sailed") == []


@pytest.mark.parametrize(
    "text",
    ["See No. 1873 in the register.", "Quoted on p. 1901 of the file.", "the 1848 Revolution spread",
     "1500 sheep were sold", "in 1890 and 1895", "as the march began"],
)
def test_not_dates_or_not_ranges(text: str) -> None:
    assert all("/" not in d.edtf for d in find_dates(text))
    if "and 1895" not in text:
        assert find_dates(text) == []


def test_three_days_before_an_event_is_not_resolved() -> None:
    assert find_dates("three days before the treaty was signed", anchor=(1850, 9, 20)) == []


def _doc(text: str, mentions: list[Mention] | None = None) -> Doc:
    return Doc(source=Source(id="s1", file="x.txt", path="x.txt", sha256="", text=text),
               mentions=mentions or [])


def test_component_quotes_sentences_and_skips_date_lines() -> None:
    text = ("12 March 1903\n\nReport on the river towns\n\n"
            "The council of the valley towns met in Ostrava on 2 March 1903 to discuss the bridge. "
            "The next day the mayor resigned.\n\nThe clerk kept one copy of this long report for himself.\n"
            "4 April 1903\n")
    doc = _doc(text)
    DateClaims()(doc)
    claims = [c for c in doc.claims if c.property == "date"]
    values = [c.value["edtf"] for c in claims]
    assert "1903-03-12" not in values  # the report's own date line
    assert values[:2] == ["1903-03-02", "1903-03-03"]
    for c in claims:
        assert text[c.start:c.end] == c.quote
        edtf.parse_edtf(c.value["edtf"])
    closing = claims[-1]
    assert closing.value["edtf"] == "1903-04-04" and "one copy" in closing.quote
    assert claims[0].event is not None and claims[0].event.type == "meeting"


def test_undated_follow_up_sentence_inherits_the_date() -> None:
    text = "On 5 May 1877 the rebels captured the fort. They executed the commander."
    doc = _doc(text)
    DateClaims()(doc)
    got = [(c.value["edtf"], c.qualifiers.get("inferred")) for c in doc.claims]
    assert got == [("1877-05-05", None), ("1877-05-05", "narrative")]
    assert doc.claims[1].event is not None and doc.claims[1].event.type == "death"


def test_event_hint_participants_without_parse() -> None:
    text = "On 5 May 1877 the Red Guild founded a school in Lyon."
    ms = [Mention(text.index("Red Guild"), text.index("Red Guild") + 9, "Red Guild", "organization"),
          Mention(text.index("Lyon"), text.index("Lyon") + 4, "Lyon", "place")]
    doc = _doc(text, ms)
    DateClaims()(doc)
    hint = doc.claims[0].event
    assert hint is not None and hint.type == "founding"
    assert hint.participants == [(0, "agent")] and hint.place == 1


@settings(max_examples=300)
@given(st.lists(st.sampled_from(list("0123456789 -–/,.ofthe") + [
    "May ", "June ", "1944", "summer ", "from ", "to ", "later ", "days ", "next ", "the 13th ", "by ",
    "early ", "around ", "31 ", "February ", "29 ", "1900"]), max_size=25).map("".join))
def test_find_dates_never_crashes_and_gives_valid_edtf(text: str) -> None:
    for anchor in (None, (1944, 2, 29), (1900, None, None)):
        for d in find_dates(text, anchor):
            edtf.parse_edtf(d.edtf)
            assert text[d.start:d.end] == d.text


@given(st.text(max_size=120))
def test_find_dates_on_any_text(text: str) -> None:
    for d in find_dates(text, (2000, 1, 31)):
        edtf.parse_edtf(d.edtf)
