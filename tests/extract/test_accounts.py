"""How a dated clause is told: attributed accounts and endings (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from tarikh.extract.accounts import account_cue, how_told
from tarikh.extract.dates import DateClaims
from tarikh.models import Doc, Source


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("According to the harbour log, the ship sank on ", "according to"),
        ("Parish records from the time show that the bridge fell on ", "show that"),
        ("Two former clerks later revealed that the mayor was shot on ", "revealed that"),
        ("The council informed Mara Quell, the envoy of the league, that the ferry “sank” on ", "informed"),
        ("The ferry reportedly sank on ", "reportedly"),
        ("Their plane “crashed” on ", "\u201ccrashed\u201d"),
        ("The bridge fell on ", None),
        ("It was a small state that existed from ", None),
        ("The guild used the word “quay” on ", None),
    ],
)
def test_account_cue(text: str, cue: str | None) -> None:
    got = account_cue(text)
    if cue is None:
        assert got is None
    else:
        assert got is not None and got.startswith(cue)


def _ends(nlp: Any, text: str) -> dict[str, Any]:
    doc = nlp(Doc(source=Source(id="s1", file="x.txt", path="x.txt", sha256="", text=text)))
    DateClaims()(doc)
    return {c.value["edtf"]: c.qualifiers.get("ends") for c in doc.claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The river alliance collapsed in March 1871.", {"1871-03": "river alliance"}),
        ("The harbour council was dissolved on 4 May 1902.", {"1902-05-04": "harbour council"}),
        ("The mayor rejected the trade league and withdrew from it in June 1888.", {"1888-06": "trade league"}),
        ("The trade league collapsed, and the envoys went home in July 1888.", {"1888-07": "trade league"}),
        ("The guild was founded in 1850 and the mill burned in 1861.", {"1850": None, "1861": None}),
        ("On 3 May 1870 the militia entered the port, and the old council was dissolved on 5 May 1870.",
         {"1870-05-03": None, "1870-05-05": "old council"}),
    ],
)
def test_ended_thing(nlp: Any, text: str, expected: dict[str, Any]) -> None:
    assert _ends(nlp, text) == expected


def test_how_told_without_parse_gives_only_the_cue() -> None:
    text = "According to the harbour log, the ship sank on 3 May 1870."
    doc = Doc(source=Source(id="s1", file="x.txt", path="x.txt", sha256="", text=text))
    quals: dict[str, Any] = {}
    how_told(doc, 0, len(text), text.index("3 May"), quals)
    assert quals == {"account": "according to"}
