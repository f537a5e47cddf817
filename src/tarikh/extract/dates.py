"""``tarikh.dates.v1``: a date claim for every temporal expression that dates a happening.

The text is read in order, sentence by sentence, keeping the narrative's last
date as the anchor for anaphoric dates ("the next day", "on 25 August",
"until the 13th"); see :mod:`tarikh.extract.date_parse` for the expressions.
Rules:

* the quote is the sentence holding the date (sentences are already cut at
  line ends), so ``text[start:end] == quote``;
* a line that is only a date is not a claim when it comes before the body of
  the document (a report's date line, a "Date:" line): it is the source's own
  date and becomes the anchor; a date line after the body (a signature or
  postscript date) dates the sentence just above it;
* a sentence with no date of its own that tells of a happening (it has an
  event trigger) and follows, in the same line, within two sentences, a dated
  sentence, is dated by that sentence's last date (qualifier
  ``inferred="narrative"``);
* each date carries an :class:`EventHint` from :mod:`tarikh.extract.events`
  when its clause tells of a happening.

``date_context(doc)`` (cached in ``doc.cache["dates"]``) gives every sentence's
dates and the document's own date; ``tarikh.quantities.v1`` uses it for
``as_of``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..models import ClaimDraft, Doc, Sentence
from ..registry import register
from .accounts import how_told
from .date_parse import DateMatch, Point, find_dates, fmt
from .events import event_hint

NAME = "tarikh.dates.v1"
_LABEL_ONLY = re.compile(r"^[\W\d_]*(?:(?:date[d]?|on|as\s+of)\b)?[\W\d_]*$", re.IGNORECASE)
_BODY_WORDS = 8
_META_LABEL = re.compile(r"\b(?:date[d]?|published|posted|updated|modified|retrieved|accessed|uploaded)\s*[:\-–]?\s*$",
                         re.IGNORECASE)
_AS_OF = re.compile(r"\bas\s+(?:of|at)\s*$", re.IGNORECASE)
_STATIVE = {"be", "have", "remain", "seem", "appear", "consider", "know", "believe", "say", "write", "call",
            "include", "contain", "consist", "mean", "regard", "describe", "note"}


@dataclass
class DateContext:
    by_sentence: dict[int, list[DateMatch]] = field(default_factory=dict)  # absolute offsets
    anchor_before: dict[int, Point | None] = field(default_factory=dict)
    doc_date: str | None = None
    meta_sentences: set[int] = field(default_factory=set)  # date lines that date the source itself
    closing: set[int] = field(default_factory=set)  # date lines that date the sentence above
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # every date, claimed or not


def sentences_of(doc: Doc) -> list[Sentence]:
    if doc.sentences:
        return doc.sentences
    from .nlp import regex_sentences

    return regex_sentences(doc.source.text)


def is_date_line(text: str, dates: list[DateMatch], offset: int = 0) -> bool:
    """True when ``text`` holds nothing but its dates (and a "Date:" label)."""
    rest = text
    for d in sorted(dates, key=lambda d: -d.start):
        a, b = d.start - offset, d.end - offset
        rest = rest[:a] + " " + rest[b:]
    rest = re.sub(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", " ", rest, flags=re.IGNORECASE)
    return bool(dates) and bool(_LABEL_ONLY.match(rest))


def date_context(doc: Doc) -> DateContext:
    cached = doc.cache.get("dates")
    if isinstance(cached, DateContext):
        return cached
    text = doc.source.text
    ctx = DateContext()
    anchor: Point | None = None
    body = False
    for i, s in enumerate(sentences_of(doc)):
        piece = text[s.start:s.end]
        ctx.anchor_before[i] = anchor
        found = [replace(d, start=d.start + s.start, end=d.end + s.start) for d in find_dates(piece, anchor)]
        if found:
            ctx.spans[i] = [(d.start, d.end) for d in found]
        line_start = text.rfind("\n", 0, s.start) + 1
        labelled = [d for d in found if _META_LABEL.search(text[line_start:d.start])]
        if labelled:  # "Date: 8 May 2021": the source's own date
            ctx.doc_date = ctx.doc_date or labelled[0].edtf
        found = [d for d in found if d not in labelled and not _AS_OF.search(text[line_start:d.start])]
        if found and is_date_line(piece, found, s.start):
            if (not body and ctx.doc_date is None and len(found) == 1) or found[0].edtf == ctx.doc_date:
                ctx.doc_date = found[0].edtf
                ctx.meta_sentences.add(i)
            elif body:
                ctx.closing.add(i)
        elif len(piece.split()) >= _BODY_WORDS:
            body = True
        if found:
            ctx.by_sentence[i] = found
            anchor = found[-1].hi
    doc.cache["dates"] = ctx
    return ctx


def _claim(doc: Doc, a: int, b: int, d: DateMatch, quals: dict[str, Any], date_start: int) -> ClaimDraft:
    text = doc.source.text
    hint = event_hint(doc, a, b, date_start)
    how_told(doc, a, b, date_start, quals)
    return ClaimDraft(property="date", value={"type": "date", "edtf": d.edtf}, start=a, end=b,
                      quote=text[a:b], component=NAME, qualifiers=quals, event=hint)


def _same_line(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b]


@register(NAME)
class DateClaims:
    """Date claims (with event hints) for every dated sentence."""

    name = NAME

    def __init__(self, carry: int = 2) -> None:
        self.carry = carry  # how many undated sentences after a dated one inherit its date

    def __call__(self, doc: Doc) -> Doc:
        text = doc.source.text
        sents = sentences_of(doc)
        ctx = date_context(doc)
        last: tuple[int, DateMatch] | None = None
        for i, s in enumerate(sents):
            dates = ctx.by_sentence.get(i, [])
            if i in ctx.meta_sentences:
                continue
            if i in ctx.closing and i > 0:
                a = text.rfind("\n", 0, sents[i - 1].start) + 1  # the paragraph above
                for d in dates:
                    doc.claims.append(_claim(doc, a, s.end, d, dict(d.qualifiers), sents[i - 1].start))
                continue
            if dates:
                for d in dates:
                    doc.claims.append(_claim(doc, s.start, s.end, d, dict(d.qualifiers), d.start))
                last = (i, dates[-1])
                continue
            if last is None or i - last[0] > self.carry or not _same_line(text, sents[last[0]].start, s.end):
                continue
            if not self._tells_happening(doc, s):
                continue
            hint = event_hint(doc, s.start, s.end, s.start)
            if hint is None:
                continue
            d = last[1]
            quals = {"inferred": "narrative", "from": fmt(d.lo)}
            doc.claims.append(ClaimDraft(property="date", value={"type": "date", "edtf": d.edtf.rstrip("~")},
                                         start=s.start, end=s.end, quote=text[s.start:s.end], component=NAME,
                                         qualifiers=quals, event=hint))
        return doc

    @staticmethod
    def _tells_happening(doc: Doc, s: Sentence) -> bool:
        """A past-tense clause with a non-stative main verb (or, unparsed, an event word)."""
        sdoc = doc.cache.get("spacy")
        if sdoc is None:
            hint = event_hint(doc, s.start, s.end, s.start)
            return hint is not None and hint.type != "other"
        span = sdoc.char_span(s.start, s.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.tag_ == "VBD" and root.lemma_.lower() not in _STATIVE or (
            root.tag_ == "VBN" and any(c.tag_ == "VBD" and c.dep_ == "auxpass" for c in root.children))
