"""``tarikh.quantities.v1``: every number that is a claim about the world.

Numbers are found by :func:`tarikh.extract.numbers.find_numbers`; these are
NOT quantities and are dropped by general rules: dates and years (the spans
:mod:`tarikh.extract.date_parse` finds; durations like "three days" stay),
call and page numbers ("No. 5", "p. 282", "Copy 3", archive references),
footnote markers ("[17]"), list numbers at the start of a line ("1.", "a)",
"3-2 -"), numbers inside a name ("the Seven Districts", "11 Point Agreement",
a number inside a mention), ordinals ("2nd Army"), model designations
("Il-12"), times of day, ages, the pronoun "one" ("one of them"), and vague
plurals ("thousands of": kept only with ``vague=True``). An order of magnitude
with a multiplier ("tens of thousands": lower 20,000, upper 90,000; "hundreds of
thousands": 200,000 to 900,000) is kept as a range with qualifier
``vague`` unless ``orders=False``.

Each kept number becomes a ``ClaimDraft`` whose property is what is counted
(``troops``, ``active_duty_troops``, ``killed``, ``rifles_seized``, ``grain``),
value ``{"type": "quantity", amount, lower, upper, unit}``, qualifiers
``approx`` (exact, about, at_least, at_most, more_than, less_than, range) and
``as_of`` (the sentence's date, else the source's own date for a sentence in
the present tense), ``change`` when the number is what something became
("was reduced to", "reorganized into", "grew to": the value after a change,
so reconciliation reads it as change over time), and a subject (see :mod:`tarikh.extract.quantity_subject`).
"""

from __future__ import annotations

import re
from typing import Any

from ..models import ClaimDraft, Doc
from ..registry import register
from .date_parse import _CALL_NO
from .dates import DateContext, date_context, sentences_of
from .numbers import NumberMatch, find_numbers
from .quantity_context import Subject, as_side, nearest_mention
from .quantity_subject import counted, subject_of

NAME = "tarikh.quantities.v1"
_I = re.IGNORECASE
# "was reduced and reorganized into 6", "grew to some 40,000": the number is a new value after a change
CHANGE = re.compile(
    r"\b(?:reduc|reorgani[sz]|restructur|increas|expand|grow|grew|grown|cut|downsiz|enlarg|shr[iu]nk|drop|"
    r"fell|fall|ris|rose|swell|swollen|consolidat|merg|diminish|decreas|doubl|tripl|trimm|scal)\w*"
    r"(?:\s+(?:back|down|up))?(?:\s+(?:and|or)\s+\w+)?\s+(?:to|into)\s+"
    r"(?:about\s+|some\s+|only\s+|just\s+|around\s+|nearly\s+|roughly\s+)?$", _I)
QUALIFIERS = [
    ("about", re.compile(r"\b(?:about|around|approximately|approx\.|roughly|some|nearly|almost|close\s+to|"
                         r"circa|c\.|an\s+estimated|estimated|reportedly|perhaps|possibly)\s*$", _I)),
    ("more_than", re.compile(r"\b(?:more\s+than|over|above|exceed(?:ed|ing|s)?|in\s+excess\s+of|upwards\s+of|"
                             r"greater\s+than)\s*$", _I)),
    ("at_least", re.compile(r"\b(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|"
                            r"a\s+minimum\s+of)\s*$", _I)),
    ("at_most", re.compile(r"\b(?:up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|as\s+many\s+as|"
                           r"a\s+maximum\s+of|(?:not|n[o’']t)\s+exceed(?:ing)?)\s*$", _I)),
    ("less_than", re.compile(r"\b(?:less\s+than|fewer\s+than|under|below)\s*$", _I)),
]
MEASURES = {"pood", "ruble", "rouble", "dollar", "ton", "tonne", "kilometre", "kilometer", "km", "mile", "head",
            "percent", "year", "day", "month", "week", "hour", "kg", "kilogram", "pound", "yuan", "acre",
            "hectare", "metre", "meter", "li", "mu", "sheet", "piece", "unit", "liter", "litre", "barrel",
            "tael", "sum", "som", "tenge", "mark", "franc", "rupee"}
DEED = {"kill": "killed", "capture": "captured", "seize": "seized", "wound": "wounded", "arrest": "arrested",
        "execute": "executed", "injure": "injured", "lose": "lost", "deport": "deported", "free": "freed",
        "liberate": "liberated", "eliminate": "eliminated", "imprison": "imprisoned", "destroy": "destroyed",
        "shoot": "shot"}
PEOPLE = {"people", "person", "man", "soldier", "troop", "officer", "police", "prisoner", "civilian", "fighter",
          "rebel", "insurgent", "member", "men", "leader", "delegate", "refugee", "partisan", "guerrilla"}
_PARTICIPLE = re.compile(r"^\s+(killed|captured|wounded|dead|missing|injured|executed|arrested|prisoners)\b", _I)
_NEXT_WORDS = re.compile(r"^\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)(?=\s+(?:of|in|at|to|and|from|were|was|"
                         r"who|which|that|with|for|on|by)\b|[\s,.;:)]|$)")
_LIST_START = re.compile(r"^\s*[.)\]]|^\s*-\s*\d|^\s*[-–]\s")
_AGE = re.compile(r"^\s*-?\s*years?[\s-]+old|^\s*-year-old", _I)
_PRONOUN_ONE = re.compile(r"^\s+(?:of|another|must|can|could|would|should|may|might|will|day|who|which|"
                          r"that|side|way|time|or\s+two)\b", _I)
_FRAME = re.compile(r"\b(?:in|within|during|over|for)\s+the\s+(?:next|coming|following|past|last|previous)\s+$", _I)
_PRESENT = re.compile(r"\b(?:is|are|has|have|now|currently|at\s+present|at\s+the\s+present\s+time|today)\b", _I)


def _snake(words: list[str]) -> str:
    s = "_".join(w.lower() for w in words if w)
    return re.sub(r"[^a-z0-9_]+", "_", s).strip("_") or "count"


def qualifier(before: str, n: NumberMatch, after: str) -> str:
    if n.lower is not None and n.upper is not None:
        return "range"
    if n.lower is not None:
        return "at_least"
    if n.plus or re.match(r"\s*or\s+(?:more|over)\b", after, _I):
        return "at_least"
    for key, pat in QUALIFIERS:
        if pat.search(before):
            return key
    return "exact"


CONTEXT = 80  # characters of context either side of a number


def not_quantity(piece: str, n: NumberMatch, a: int, b: int, mentions: list[tuple[int, int]],
                 prefix: str = "") -> bool:
    """General rules for numbers that are not claims (see the module docstring).

    ``prefix`` is the text just before ``piece`` (a splitter may cut after "No.")."""
    before, after = piece[max(0, a - CONTEXT):a], piece[b:b + CONTEXT]  # near context only
    if a > CONTEXT:
        prefix = ""
    if _CALL_NO.search(prefix + before) or re.search(r"\b(?:no|nos|nr|art|ch|sec|fig|vol)\.\s*$|№\s*$", before, _I):
        return True
    if before.endswith("[") and after.startswith("]"):
        return True
    line_before = before[before.rfind("\n") + 1:]
    if not line_before.strip() and (_LIST_START.match(after) or not after.strip()):
        return True
    if _FRAME.search(before):
        return True  # "in the next two months": when, not how many
    if (not n.words and n.amount is not None and re.fullmatch(r"(?:1\d|20)\d\d", n.text.strip())
            and not re.match(r"\s+(?!of|in|and|to|at|from|for|on|by|with)[a-z]", after)):
        return True  # a year in a name ("the 1962 war") or a list
    if re.match(r"-[A-Z]", after):
        return True  # "11-Point Agreement"
    if re.search(r"\d\s*[-/]\s*$", before) or after.startswith(("/", ":")) or before.endswith(":"):
        return True
    if _AGE.match(after) or re.search(r"\b(?:aged|age\s+of)\s*$", before, _I):
        return True
    if any(s <= a and b <= e for s, e in mentions):
        return True
    if n.words and n.text[:1].isupper() and before.strip() and re.match(r"\s+[A-Z]", after):
        return True  # "the Seven Districts": a name
    if not n.words and re.match(r"\s+[A-Z][\w’']*\s+[A-Z]", after):
        return True  # "11 Point Agreement"
    if n.vague:
        return False
    return n.words and n.text.lower() in ("one", "a") and (
        bool(_PRONOUN_ONE.match(after)) or re.search(r"\bno\s*$|\bthe\s*$", before, _I) is not None)


def _unit_from_text(after: str) -> tuple[str, str]:
    m = _PARTICIPLE.match(after)
    if m:
        return m.group(1).lower(), "people"
    m = _NEXT_WORDS.match(after)
    if not m:
        return "count", "items"
    words = m.group(1).split()
    if words[-1] in ("of",):
        words = words[:-1]
    return _snake(words), (words[-1] if words else "items")


def _unit_from_parse(tok: Any, after: str) -> tuple[str, str]:
    lemma = tok.lemma_.lower()
    unit = tok.lower_
    mods = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
            and c.lower_ not in ("more", "other", "total", "some", "several")]
    if lemma in MEASURES:
        of = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"), None)
        return (_snake([of.lower_]) if of is not None else _snake(mods + [unit])), unit
    m = _PARTICIPLE.match(after)
    if m and lemma in PEOPLE:
        return m.group(1).lower(), unit
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in DEED:
        deed = DEED[head.lemma_.lower()]
        return (deed if lemma in PEOPLE else _snake(mods + [unit, deed])), unit
    return _snake(mods + [unit]), unit


def _as_of(doc: Doc, ctx: DateContext, i: int, num_start: int, piece: str) -> str | None:
    dates = [d for d in ctx.by_sentence.get(i, []) if d.kind != "relative" or "anchored" in d.qualifiers]
    if dates:
        before = [d for d in dates if d.start <= num_start]
        d = before[-1] if before else dates[0]
        return d.edtf.rstrip("~")
    if ctx.doc_date and _PRESENT.search(piece):
        return ctx.doc_date
    return None


@register(NAME)
class QuantityClaims:
    """Quantity claims with what is counted, its subject, qualifier and time."""

    name = NAME

    def __init__(self, vague: bool = False, orders: bool = True) -> None:
        self.vague = vague
        self.orders = orders

    def __call__(self, doc: Doc) -> Doc:
        text = doc.source.text
        ctx = date_context(doc)
        sdoc = doc.cache.get("spacy")
        for i, s in enumerate(sentences_of(doc)):
            if i in ctx.meta_sentences:
                continue
            piece = text[s.start:s.end]
            if not re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|ty\b|"
                             r"hundred|thousand|million|dozen", piece, _I):
                continue
            dates = [(d.start - s.start, d.end - s.start, d.text) for d in ctx.by_sentence.get(i, [])]
            claimed = {(d[0], d[1]) for d in dates}
            dates += [(x - s.start, y - s.start, "") for x, y in ctx.spans.get(i, []) if (x - s.start, y - s.start)
                      not in claimed]
            mentions = [(m.start - s.start, m.end - s.start) for m in doc.mentions
                        if s.start <= m.start and m.end <= s.end]
            for n in find_numbers(piece):
                if n.vague and not (self.vague or (self.orders and n.order)):
                    continue
                if any(a < n.end and n.start < b and not re.search(r"\b(?:day|week|month|year)s?\b", d, _I)
                       for a, b, d in dates):
                    continue
                if not_quantity(piece, n, n.start, n.end, mentions, text[max(0, s.start - 12):s.start]):
                    continue
                claim = self._claim(doc, ctx, sdoc, i, s.start, s.end, n)
                if claim is not None:
                    doc.claims.append(claim)
        return doc

    def _claim(self, doc: Doc, ctx: DateContext, sdoc: Any, i: int, a: int, b: int,
               n: NumberMatch) -> ClaimDraft | None:
        text = doc.source.text
        piece = text[a:b]
        before, after = piece[max(0, n.start - CONTEXT): n.start], piece[n.end: n.end + 4 * CONTEXT]
        approx = qualifier(before, n, after)
        tok = counted(sdoc, a + n.start, a + n.end) if sdoc is not None else None
        if tok is not None:
            prop, unit = _unit_from_parse(tok, after)
        else:
            prop, unit = _unit_from_text(after)
        if after.lstrip().startswith(("%", "percent", "per cent")):
            prop, unit = "share_percent", "percent"
        if n.currency:
            unit = n.currency
            prop = prop if tok is not None else "amount"
        subj = Subject()
        if sdoc is not None:
            anchor = tok
            span = sdoc.char_span(a + n.start, a + n.end, alignment_mode="expand")
            if anchor is None or (span is not None and len(span) and anchor.i < span[0].i):
                # no counted noun, or one named before the number ("the number of X exceeded N")
                anchor = span[-1] if span is not None and len(span) else None
            if anchor is not None:
                subj = subject_of(doc, anchor, i, percent=unit == "percent")
        if subj.mention is None:
            subj = as_side(doc, sdoc, nearest_mention(doc, a, a + n.start))
        quals: dict[str, Any] = {"approx": approx}
        if n.vague:
            quals["vague"] = True
        if CHANGE.search(before):
            quals["change"] = True
        if subj.phrase:
            quals["subject_phrase"] = subj.phrase
        if subj.role:
            quals["subject_role"] = subj.role
        as_of = _as_of(doc, ctx, i, a + n.start, piece)
        if as_of:
            quals["as_of"] = as_of
        value = {"type": "quantity", "amount": n.amount, "lower": n.lower, "upper": n.upper, "unit": unit}
        return ClaimDraft(property=prop, value=value, start=a, end=b, quote=piece, component=NAME,
                          qualifiers=quals, subject_mention=subj.mention, subject_text=subj.text)
