"""Which named unit is whose armed forces; quantities about "the armed forces of X" (sentences written for
these tests)."""

from __future__ import annotations

from typing import Any

from tarikh.extract.quantities import QuantityClaims
from tarikh.extract.roles import forces_drafts
from tarikh.models import ClaimDraft, Doc, Mention, Source


def _doc(nlp: Any, text: str, names: list[tuple[str, str]]) -> Doc:
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, label) for n, label in names]
    return nlp(Doc(source=Source(id="s1", file="x.txt", path="x.txt", sha256="", text=text), mentions=mentions))


def _count(nlp: Any, text: str, amount: int) -> tuple[Doc, ClaimDraft]:
    doc = QuantityClaims()(_doc(nlp, text, []))
    return doc, next(c for c in doc.claims if c.value["amount"] == amount)


def _drafts(nlp: Any, text: str, names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = _doc(nlp, text, names)
    return [(doc.mentions[d.subject_mention].text, d.value["text"]) for d in forces_drafts(doc, "test")
            if d.subject_mention is not None]


def test_copula_with_the_description_first(nlp: Any) -> None:
    text = "The armed forces of the uprising were the Marsh Legion, which drew mostly on fishermen."
    assert _drafts(nlp, text, [("Marsh Legion", "military_unit")]) == [("Marsh Legion", "the uprising")]


def test_copula_with_the_name_first_and_an_adjective_owner(nlp: Any) -> None:
    text = "The Marsh Legion was the military force available to the uprising in the delta."
    got = _drafts(nlp, text, [("Marsh Legion", "military_unit")])
    assert got and got[0][0] == "Marsh Legion" and got[0][1].endswith("uprising")


def test_apposition(nlp: Any) -> None:
    text = "Soon the Marsh Legion, the army of the Fen League, crossed the river."
    got = _drafts(nlp, text, [("Marsh Legion", "military_unit"), ("Fen League", "organization")])
    assert got == [("Marsh Legion", "the Fen League")]


def test_no_statement_without_a_force_noun_or_a_name(nlp: Any) -> None:
    assert _drafts(nlp, "The leaders of the uprising were the Marsh Legion.", [("Marsh Legion", "military_unit")]) == []
    assert _drafts(nlp, "The armed forces of the uprising were small.", []) == []


def test_quantity_of_the_armed_forces_of_a_group_keeps_the_role(nlp: Any) -> None:
    text = "By spring the total strength of the armed forces of the insurgents was 4,100 men."
    doc, c = _count(nlp, text, 4100)
    assert doc.mentions[c.subject_mention].text == "the insurgents"
    assert c.qualifiers["subject_role"] == "forces"
    assert c.qualifiers["subject_phrase"] == "the armed forces of the insurgents"


def test_plain_owner_has_no_role(nlp: Any) -> None:
    _doc_, c = _count(nlp, "The total number of the insurgents was 4,100.", 4100)
    assert "subject_role" not in c.qualifiers
