from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tarikh.extract.numbers import find_numbers, words_to_number


@pytest.mark.parametrize(
    ("text", "amount", "lower", "upper"),
    [
        ("a garrison of 11,000 men", 11000, None, None),
        ("some 12, 500 horses", 12500, None, None),
        ("forty-two boats", 42, None, None),
        ("one hundred and fifty guns", 150, None, None),
        ("a $300 million credit", 300_000_000, None, None),
        ("2.5 million settlers", 2_500_000, None, None),
        ("between 4,000 to 6,000 miners", None, 4000, 6000),
        ("two to three thousand horsemen", None, 2000, 3000),
        ("several thousand pilgrims", None, 3000, 9000),
        ("a couple of hundred carts", None, 200, 300),
    ],
)
def test_numbers(text: str, amount: float | None, lower: float | None, upper: float | None) -> None:
    found = find_numbers(text)
    assert len(found) == 1
    n = found[0]
    assert (n.amount, n.lower, n.upper) == (amount, lower, upper)


def test_plus_and_currency() -> None:
    n = find_numbers("the 90,000+ sailors")[0]
    assert n.amount == 90000 and n.plus
    assert find_numbers("a $5 fee")[0].currency == "usd"


def test_vague_plural_is_marked() -> None:
    n = find_numbers("tens of thousands of farmers")[0]
    assert n.vague and n.order and (n.lower, n.upper) == (20000, 90000)
    h = find_numbers("hundreds of thousands of sheep")[0]
    assert h.order and (h.lower, h.upper) == (200000, 900000)
    assert not find_numbers("thousands of sheep")[0].order


def test_model_names_are_not_numbers() -> None:
    assert find_numbers("a MiG-15 jet") == []


@pytest.mark.parametrize(("words", "value"), [("twenty-one", 21), ("a thousand", 1000), ("seven", 7),
                                              ("three hundred thousand", 300000), ("blue", None)])
def test_words_to_number(words: str, value: int | None) -> None:
    assert words_to_number(words) == value


@given(st.text(max_size=200))
def test_never_crashes(text: str) -> None:
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text)
