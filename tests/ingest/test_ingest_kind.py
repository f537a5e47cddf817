from __future__ import annotations

import pytest

from tarikh.ingest.kind import guess_kind
from tarikh.models import SOURCE_KINDS

ENCYCLOPEDIA = (
    "The Lakeside League\n\nThe Lakeside League was a political association that existed from 1921 to 1934.[1] "
    "It was officially known as the League of Lakeside Towns.[2] Its members were merchants.[3]\n\nSee also\n"
)
ARCHIVAL = (
    "Copy No. 2\nTop Secret\n\nReport from the Harbour Commission to Cde. Ivanov\n\n"
    "The commission reports that the quay is ready.\n\nFond 12, Opis 3, Delo 45.\n"
)
ADVOCACY = (
    "Free Lakeland Campaign\nStand with the people of Lakeland for freedom\n\n"
    "The occupation of Lakeland continues. The invasion of 1950 began decades of oppression, and our people "
    "remember the brutal persecution. Join us and donate now.\n"
)
JOURNALISM = (
    "HARBOURTOWN, Lakeland (Reuters) - Officials said on Monday that the bridge would reopen.\n"
    "A spokesman for the ministry told reporters the repairs were finished.\n"
)
SCHOLARLY = (
    "River Trade and Urban Growth\n\nAbstract\n\nWe study river trade (Smith et al., 2001; Lee et al., 2010).\n\n"
    "References\n\nSmith, A. et al. (2001). Journal of River History 4. doi:10.1234/xyz\n"
)
MEMOIR = (
    "I was born in a village by the lake. My father was a boatman and my mother sold fish. "
    "I remember the winter the lake froze, and I saw my brother skate to the island. "
    "I went to school in the town and I had to walk for an hour.\n"
)


@pytest.mark.parametrize(
    ("text", "kind", "cue_word"),
    [
        (ENCYCLOPEDIA, "encyclopedia", "existed"),
        (ARCHIVAL, "archival", "Top Secret"),
        (ADVOCACY, "advocacy", "Free Lakeland"),
        (JOURNALISM, "journalism", "Reuters"),
        (SCHOLARLY, "scholarly", ""),
        (MEMOIR, "memoir", ""),
    ],
)
def test_kinds(text: str, kind: str, cue_word: str) -> None:
    got, cue, scores = guess_kind(text)
    assert got == kind, scores
    assert cue and cue_word in cue
    assert got in SOURCE_KINDS


def test_plain_text_is_unknown() -> None:
    assert guess_kind("The bridge was opened in 1850. It was rebuilt in 1921.")[:2] == ("unknown", "")


def test_cue_format() -> None:
    assert guess_kind(ARCHIVAL)[1] == 'line "Top Secret"'
    assert guess_kind("Lakeland Government in Exile\n\nNews and statements.")[1].startswith("heading phrase")
