"""The data model: what each pipeline stage reads and writes.

Per-source stages (ingest, extract) produce a :class:`Doc`. Corpus-level
stages (resolve, events, reconcile) turn all docs into a :class:`Corpus` of
entities, events, claims and conflicts. Offsets are always character offsets
into ``Source.text`` (the stored, extracted text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ENTITY_TYPES = (
    "person",
    "organization",
    "place",
    "polity",
    "military_unit",
    "agreement",
    "document",
    "group",
)
SOURCE_KINDS = (
    "encyclopedia",
    "advocacy",
    "archival",
    "journalism",
    "scholarly",
    "memoir",
    "unknown",
)
APPROX = ("exact", "about", "at_least", "at_most", "more_than", "less_than", "range")


@dataclass
class Source:
    """One document as read: its metadata and its extracted text."""

    id: str
    file: str  # file name, or the URL
    path: str  # full path or URL it was read from
    sha256: str  # of the raw bytes
    text: str
    encoding: str = "utf-8"
    media_type: str = "text/plain"
    title: str = ""
    author: str | None = None
    published: str | None = None  # EDTF
    publisher: str | None = None
    kind: str = "unknown"
    kind_cue: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    derived_from: list[str] = field(default_factory=list)


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Mention:
    """A name in the text. ``label`` is one of ENTITY_TYPES."""

    start: int
    end: int
    text: str
    label: str
    sentence: int = -1
    component: str = ""
    # filled by resolution
    entity: str | None = None


@dataclass
class AliasLink:
    """An explicit statement in the text that two mentions name one thing."""

    a: int  # mention index in Doc.mentions
    b: int
    rule: str  # e.g. "bracket", "paren", "aka", "acronym"
    start: int = 0
    end: int = 0


@dataclass
class EventHint:
    """What a dated sentence says happened, before events are merged."""

    type: str  # founding, battle, capture, ...
    trigger: str  # the word that signalled it
    label: str
    participants: list[tuple[int, str]] = field(default_factory=list)  # (mention idx, role)
    place: int | None = None  # mention idx


@dataclass
class ClaimDraft:
    """A claim as extracted from one source, before entities are resolved.

    ``value`` is a SCHEMA value object; an entity value is written
    ``{"type": "entity", "mention": IDX}`` and resolved later.
    """

    property: str
    value: dict[str, Any]
    start: int
    end: int
    quote: str
    component: str  # "tarikh.dates.v1"
    qualifiers: dict[str, Any] = field(default_factory=dict)
    subject_mention: int | None = None
    subject_text: str | None = None  # e.g. "the rebels", when no mention fits
    event: EventHint | None = None


@dataclass
class Doc:
    """Everything the per-source stages learned about one source."""

    source: Source
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    links: list[AliasLink] = field(default_factory=list)
    claims: list[ClaimDraft] = field(default_factory=list)
    # transient: e.g. the spaCy Doc; never stored
    cache: dict[str, Any] = field(default_factory=dict)

    def sentence_of(self, offset: int) -> int:
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return -1


@dataclass
class Alias:
    name: str
    sources: list[str]
    count: int


@dataclass
class Entity:
    id: str
    type: str
    name: str
    aliases: list[Alias] = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    reasons: list[dict[str, Any]] = field(default_factory=list)  # why mentions merged


@dataclass
class Participant:
    entity: str
    role: str


@dataclass
class Event:
    id: str
    type: str
    label: str
    date: str | None
    place: str | None = None
    participants: list[Participant] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)


@dataclass
class Claim:
    id: str
    subject: str
    property: str
    value: dict[str, Any]
    source: str
    quote: str
    start: int
    end: int
    component: str
    qualifiers: dict[str, Any] = field(default_factory=dict)
    status: str = "single"


@dataclass
class Conflict:
    id: str
    subject: str
    property: str
    claims: list[str]
    kind: str  # date, number, entity, text
    explanation: str


@dataclass
class Alignment:
    """A group of claims about one subject and property, and how they relate."""

    subject: str
    property: str
    claims: list[str]
    relation: str  # agreement, conflict, change_over_time, compatible, scope
    explanation: str = ""


@dataclass
class Corpus:
    """The corpus-level result: what resolve and reconcile produce."""

    docs: list[Doc]
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    alignments: list[Alignment] = field(default_factory=list)
    # (source id, mention index) -> entity id
    mention_entity: dict[tuple[str, int], str] = field(default_factory=dict)
    # user decisions that resolution must respect
    merges: list[tuple[str, str]] = field(default_factory=list)  # (name a, name b)
    splits: list[tuple[str, str]] = field(default_factory=list)  # (entity name, alias to split off)
