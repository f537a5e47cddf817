from __future__ import annotations

import pytest
from edtf import parse_edtf

from tarikh.ingest.datelines import parse_date, parse_loose, search_date
from tarikh.ingest.meta import is_heading, is_name, text_metadata


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("29 April 1945", "1945-04-29"),
        ("April 29, 1945", "1945-04-29"),
        ("April 8th, 2025", "2025-04-08"),
        ("Monday, 3 March 2020, 10:45 GMT", "2020-03-03"),
        ("2021-11-05", "2021-11-05"),
        ("3 Sept. 1939", "1939-09-03"),
        ("June 1922", "1922-06"),
        ("31 February 1945", None),
        ("1945", None),
        ("The treaty of 29 April 1945", None),
    ],
)
def test_parse_date(text: str, edtf: str | None) -> None:
    assert parse_date(text) == edtf
    if edtf:
        parse_edtf(edtf)


def test_parse_date_year_and_loose() -> None:
    assert parse_date("1945", allow_year=True) == "1945"
    assert parse_loose("2019-06-02T10:00:00+00:00") == "2019-06-02"
    assert search_date("Published 4 May 2020 by the press office") == ("2020-05-04", 10, 20)


def test_names_and_headings() -> None:
    assert is_name("Jane Q. Writer")
    assert is_name("Ahmad ibn Rustam and Lena van der Berg")
    assert not is_name("1943 the league grew")
    assert not is_name("the league")
    assert is_heading("The Founding of the Lakeside League")
    assert not is_heading("The league was founded in 1921 by several merchants.")
    assert not is_heading("3 March 1921")


def test_report_header() -> None:
    text = (
        "12 May 1921\n\nMemorandum from the Harbour Board to the Mayor\n\nConfidential\n\n"
        "The board has examined the condition of the northern quay and reports the following findings.\n"
    )
    meta = text_metadata(text)
    assert meta.published == "1921-05-12"
    assert meta.title == "Memorandum from the Harbour Board to the Mayor"
    span = next(s for s in meta.spans if s["field"] == "published")
    assert text[span["start"]:span["end"]] == "12 May 1921"


def test_article_byline_and_labels() -> None:
    text = (
        "River Trade in the Valley\nBy Mira Santos | 4 May 2020\nPublisher: Valley Review\n\n"
        "Barges carried grain down the river for centuries, and the towns along its banks grew rich.\n"
    )
    meta = text_metadata(text)
    assert meta.title == "River Trade in the Valley"
    assert meta.author == "Mira Santos"
    assert meta.publisher == "Valley Review"
    assert meta.published is None or meta.published == "2020-05-04"


def test_byline_with_role_and_published_label() -> None:
    text = "Floods Cut Off Valley Towns\nBy Anna Berg, Staff Writer\nPublished: 14 October 2003\n\nWater rose fast."
    meta = text_metadata(text)
    assert (meta.author, meta.published) == ("Anna Berg", "2003-10-14")


def test_signature_and_date_at_the_end() -> None:
    body = "The old road was paved in 1911, and the town grew along it for the next thirty years.\n" * 3
    text = "Roads of the North\n\n" + body + "Source: Town Archive, Road Records\nPetra Novak\nDate: March 3, 2021"
    meta = text_metadata(text)
    assert meta.author == "Petra Novak"
    assert meta.published == "2021-03-03"
    assert meta.publisher == "Town Archive, Road Records"
    assert meta.title == "Roads of the North"


def test_site_name_line_becomes_publisher() -> None:
    text = (
        "Northern Lakes Heritage Society\nPreserving Our Shared Past\nThe Lake Steamers (1880-1930)\n\n"
        "Steamers carried mail and passengers between the lake towns until the railway arrived in 1930.\n"
    )
    meta = text_metadata(text)
    assert meta.publisher == "Northern Lakes Heritage Society"
    assert meta.title == "The Lake Steamers (1880-1930)"


def test_paragraph_first_gives_truncated_title() -> None:
    text = ("The lake steamers carried mail and passengers between the lake towns for fifty years, "
            "until the railway arrived and the last boat was sold for scrap in the winter of 1930.")
    meta = text_metadata(text)
    assert meta.title.endswith("\u2026") and len(meta.title) <= 101
    assert meta.published is None and meta.author is None
