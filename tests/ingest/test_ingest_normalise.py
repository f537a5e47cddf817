from __future__ import annotations

import pytest

from tarikh.ingest.normalise import drop_furniture, furniture_rule, normalise_whitespace


def test_whitespace_rules() -> None:
    raw = "  Title\xa0line \r\nfirst\t\tsecond   third  \r\n\r\n\r\n\r\nnext\u2009para\u200b \n\n\n\n\nend \x00"
    assert normalise_whitespace(raw) == "Title line\nfirst second third\n\nnext para\n\nend"


def test_whitespace_keeps_single_blank_lines_and_unicode() -> None:
    text = "Один абзац.\n\nВторой абзац — с тире.\nСтрока."
    assert normalise_whitespace(text) == text


def test_long_runs_collapse() -> None:
    assert normalise_whitespace("a" + " " * 5001 + "b" + "\n" * 999 + "c") == "a b\n\nc"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Menu", "menu"),
        ("Menu Close", "menu"),
        ("Skip to content", "menu"),
        ("Share", "menu"),
        ("Tweet", "menu"),
        ("Print", "menu"),
        ("Back to top", "menu"),
        ("Share on Facebook", "menu"),
        ("Home | About | Contact", "navigation bar"),
        ("News • Sport • Weather • Archive", "navigation bar"),
        ("© 2020 The Valley Review", "copyright"),
        ("Copyright 1999-2021 Some Press Ltd.", "copyright"),
        ("Hill Town Gazette. All rights reserved.", "copyright"),
        ("Photo: A. Person / Agency", "photo credit"),
        ("Image credit: Wikimedia Commons", "photo credit"),
        ("Photograph by Lee Someone", "photo credit"),
        ("Photo credit: The Harbour Museum", "photo credit"),
        ("(c) 2004 The Valley Review", "copyright"),
        ("Courtesy of the town museum", "photo credit"),
        ("We use cookies to improve your experience on our site.", "cookie notice"),
        ("This site uses cookies. By continuing you agree to our cookie policy", "cookie notice"),
        ("This document was made possible with support from A Charitable Trust", "funding line"),
        ("This project has been funded with a grant from the Example Fund", "funding line"),
    ],
)
def test_furniture_rules(line: str, rule: str) -> None:
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "The menu of the royal banquet was printed in gold.",
        "Share prices fell sharply in the spring of 1929.",
        "Home Rule for Ireland",
        "Copy No. 3",
        "Top Secret",
        "The photo shows the delegates on the steps of the town hall in 1946.",
        "He printed copyright notices for a living, and his press employed forty people.",
        "This bridge was made possible by the labour of two hundred workers who were paid in grain and "
        "lodged in the valley. Support came later.",
        "Print shops, bakeries and tanneries lined the street.",
        "About 4,000 people attended.",
        "In 1946 the army numbered 40,000 men | the police 5,000 | the militia 2,000.",
        "Copyright law was introduced in 1710 by a statute of the parliament.",
        "All rights reserved to the crown were abolished in 1801.",
        "Photographs by the expedition survive in the town archive.",
        "Image of the saint was carried through the streets.",
    ],
)
def test_content_lines_are_kept(line: str) -> None:
    assert furniture_rule(line) is None


def test_drop_furniture_counts_and_keeps_content() -> None:
    text = normalise_whitespace(
        "Skip to content\nHome | Archive | Contact\n\nThe Old Bridge\n\nThe bridge was opened in 1850.\n"
        "Photo: Someone\n\nIt was rebuilt in 1921.\n\nShare\nTweet\n\n© 2021 Example Society\n"
    )
    out, dropped = drop_furniture(text)
    assert out == "The Old Bridge\n\nThe bridge was opened in 1850.\n\nIt was rebuilt in 1921."
    assert [r for r, _ in dropped] == ["menu", "navigation bar", "photo credit", "menu", "menu", "copyright"]


def test_drop_furniture_without_matches_returns_same_text() -> None:
    text = "A line.\n\nAnother line."
    assert drop_furniture(text) == (text, [])
