"""Question parsing: what kind of answer is wanted, about what, under which qualifiers.

``parse_question(text, skip=...)`` reads the wh-word (when, how many, who,
where, what happened), the event type the verbs name (founded -> founding,
captured -> capture, ...), the counted thing after "how many", the other
content words, years that qualify the answer ("at its height in 1946") and a
source filter ("according to the 1945 report"). ``skip`` holds word positions
that belong to names found in the question; they are not read as verbs or nouns.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from .text import STOP, WH_WORDS, concept, fold, stem, words

try:  # one vocabulary of event words with the extractor, when it is there
    from ..extract.events import LEMMA_TYPE, lemma_of
except ImportError:  # pragma: no cover - the extractor ships with tarikh
    LEMMA_TYPE = {}

    def lemma_of(word: str) -> str:
        return word.lower()

# question words that name an event type beyond the extractor's verbs
EXTRA_TYPES: dict[str, str] = {
    "founded": "founding", "established": "founding", "formed": "founding", "created": "founding",
    "captured": "capture", "took": "capture", "seized": "capture", "occupied": "capture",
    "dissolved": "dissolution", "disbanded": "dissolution", "abolished": "dissolution",
    "proclaimed": "declaration", "declared": "declaration", "announced": "declaration",
    "concluded": "agreement", "signed": "agreement", "agreed": "agreement",
    "killed": "death", "died": "death", "executed": "death", "assassinated": "death",
    "arrested": "arrest", "appointed": "appointment", "elected": "appointment",
    "met": "meeting", "meeting": "meeting", "fought": "battle", "attacked": "battle",
}
# the words that most directly say each kind of event (compared by stem): a question's own verb
CORE_WORDS: dict[str, tuple[str, ...]] = {
    "founding": ("found", "founded", "founding", "establish", "established", "establishment", "form", "formed",
                 "formation", "create", "created", "creation", "organize", "organized", "set"),
    "capture": ("capture", "captured", "seize", "seized", "take", "took", "taken", "occupy", "occupied",
                "conquer", "conquered", "fell", "fall", "liberate", "liberated", "liberation"),
    "declaration": ("proclaim", "proclaimed", "proclamation", "declare", "declared", "declaration", "announce",
                    "announced"),
    "dissolution": ("dissolve", "dissolved", "dissolution", "disband", "disbanded", "abolish", "abolished",
                    "merge", "merged", "incorporate", "incorporated", "absorb", "absorbed", "reorganize",
                    "reorganized", "integrate", "integrated"),
    "agreement": ("sign", "signed", "signing", "conclude", "concluded", "agreement", "treaty", "agree", "agreed"),
    "death": ("die", "died", "death", "kill", "killed", "execute", "executed", "assassinate", "assassinated"),
    "arrest": ("arrest", "arrested", "detain", "detained", "imprison", "imprisoned"),
    "appointment": ("appoint", "appointed", "elect", "elected", "name", "named", "appointment"),
    "meeting": ("meet", "met", "meeting", "convene", "convened", "congress", "conference"),
    "battle": ("battle", "fight", "fought", "attack", "attacked", "assault"),
}
CORE_STEMS: dict[str, frozenset[str]] = {k: frozenset(stem(w) for w in v) for k, v in CORE_WORDS.items()}
# words too vague to name an event type in a question
NOT_EVENT_WORDS = frozenset({"report", "issue", "name", "end", "hold", "have", "inform", "decide"})
AUX = frozenset({"did", "do", "does", "was", "were", "is", "are", "had", "have", "has", "will", "would", "could",
                 "can", "in", "at", "on", "according", "by", "from", "to", "during", "for", "with"})

KIND_WORDS: dict[str, str] = {
    "report": "archival", "telegram": "archival", "cable": "archival", "memo": "archival",
    "memorandum": "archival", "letter": "archival", "document": "archival", "archive": "archival",
    "archives": "archival", "record": "archival", "records": "archival", "dispatch": "archival",
    "newspaper": "journalism", "article": "journalism", "press": "journalism", "news": "journalism",
    "encyclopedia": "encyclopedia", "encyclopaedia": "encyclopedia", "wikipedia": "encyclopedia",
    "memoir": "memoir", "memoirs": "memoir", "diary": "memoir", "recollection": "memoir",
    "study": "scholarly", "book": "scholarly", "historian": "scholarly", "historians": "scholarly",
    "scholar": "scholarly", "scholars": "scholarly", "paper": "scholarly",
    "advocacy": "advocacy", "activists": "advocacy", "campaign": "advocacy",
}

HOW_MANY = re.compile(r"\bhow\s+(?:many|much)\b|\b(?:what|which)\s+(?:was|were|is|are)\s+the\s+"
                      r"(?:number|size|strength|total|count|amount)\b|\bnumber\s+of\b", re.I)
WHEN = re.compile(r"^\W*when\b|\b(?:what|which)\s+(?:year|date|day|month)\b|\bin\s+what\s+year\b"
                  r"|\bwhen\s+(?:did|was|were|is|does|had)\b|\bon\s+what\s+date\b", re.I)
WHO = re.compile(r"\bwho(?:m|se)?\b|\bwhich\s+(?:person|man|woman|leader|commander|general|official)\b", re.I)
WHERE = re.compile(r"\bwhere\b|\b(?:what|which|in\s+what)\s+(?:city|town|place|country|region|village|location|"
                   r"province|county|district)\b", re.I)
WHAT_HAPPENED = re.compile(r"\bwhat\s+(?:happened|took\s+place|occurred|events?|went\s+on)\b", re.I)
ACCORDING = re.compile(r"\b(?:according\s+to|as\s+(?:stated|reported|told)\s+(?:in|by)|in)\s+(?:the|a|an)\s+"
                       r"(?:(?P<year>1\d{3}|20\d{2})\s+)?(?P<word>[a-z]+)\b(?:\s+(?:of|from)\s+(?P<year2>"
                       r"1\d{3}|20\d{2}))?", re.I)
YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")

VALUE_TYPE = {"when": "date", "how_many": "quantity", "who": "entity", "where": "entity",
              "what_happened": None, "what": None}


@dataclass
class Question:
    text: str
    kind: str  # when, how_many, who, where, what_happened, what
    value_type: str | None  # date, quantity, entity, or None (any)
    event_types: list[str] = field(default_factory=list)
    verbs: list[str] = field(default_factory=list)  # stems of the words that named the event types
    nouns: list[str] = field(default_factory=list)  # concepts of the counted thing ("how many X")
    terms: list[str] = field(default_factory=list)  # concepts of the other content words
    keywords: list[str] = field(default_factory=list)  # content words as written (for full-text search)
    years: list[int] = field(default_factory=list)  # when the answer should hold (as_of)
    source_year: int | None = None
    source_kind: str | None = None
    at_height: bool = False  # "at its height/peak": the largest value of the time


def question_kind(text: str) -> str:
    t = fold(text)
    if HOW_MANY.search(t):
        return "how_many"
    if WHAT_HAPPENED.search(t):
        return "what_happened"
    if WHEN.search(t):
        return "when"
    if WHERE.search(t) and not re.match(r"^\W*who\b", t):
        return "where"
    if WHO.search(t):
        return "who"
    return "what"


def _source_filter(text: str) -> tuple[int | None, str | None, tuple[int, int] | None]:
    for m in ACCORDING.finditer(text):
        word = m.group("word").lower()
        if word in KIND_WORDS:
            year = m.group("year") or m.group("year2")
            return (int(year) if year else None), KIND_WORDS[word], m.span()
    return None, None, None


def event_type_of(word: str) -> str | None:
    w = word.lower()
    if w in EXTRA_TYPES:
        return EXTRA_TYPES[w]
    lem = lemma_of(w)
    if lem in NOT_EVENT_WORDS:
        return None
    return LEMMA_TYPE.get(lem)


def parse_question(text: str, skip: Collection[int] = ()) -> Question:
    """Parse ``text``; ``skip`` are word positions (as in ``text.words``) inside names."""
    kind = question_kind(text)
    src_year, src_kind, span = _source_filter(text)
    body = text if span is None else text[: span[0]] + " " + text[span[1]:]
    q = Question(text=text, kind=kind, value_type=VALUE_TYPE[kind], source_year=src_year, source_kind=src_kind)
    q.years = [int(y) for y in YEAR.findall(body)]
    q.at_height = bool(re.search(r"\b(?:at\s+its|at\s+the(?:ir)?)\s+(?:height|peak|maximum|zenith)\b", body, re.I))
    all_words = words(text)
    cut = set(skip)
    if span is not None:  # drop the words of the source filter
        before = len(words(text[: span[0]]))
        cut |= set(range(before, before + len(words(text[span[0]:span[1]]))))
    noun_zone = _noun_zone(all_words) if kind == "how_many" else set()
    for i, w in enumerate(all_words):
        if i in cut or w in WH_WORDS or w.isdigit():
            continue
        et = event_type_of(w)
        if et and kind != "how_many":
            if et not in q.event_types:
                q.event_types.append(et)
            q.verbs.append(stem(w))
        if w in STOP or len(w) < 2:
            continue
        q.keywords.append(w)
        c = concept(w)
        if i in noun_zone:
            q.nouns.append(c)
        elif c not in q.terms:
            q.terms.append(c)
    return q


def _noun_zone(ws: list[str]) -> set[int]:
    """Word positions of the counted thing: after "how many"/"number of", up to the verb."""
    for i, w in enumerate(ws):
        if (w == "how" and i + 1 < len(ws) and ws[i + 1] in ("many", "much")) or \
                (w == "number" and i + 1 < len(ws) and ws[i + 1] == "of"):
            out = set()
            for j in range(i + 2, min(len(ws), i + 7)):
                if ws[j] in AUX:
                    break
                out.add(j)
            return out
    return set()


def core_stems(q: Question) -> frozenset[str]:
    """Stems of words that say the question's event directly: its own verbs and their close synonyms."""
    out = set(q.verbs)
    for t in q.event_types:
        out |= CORE_STEMS.get(t, frozenset())
    return frozenset(out)
