"""Pydantic models: what the API accepts (input) and what it returns (public)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class ErrorPublic(BaseModel):
    detail: str
    code: str = ""


class Page(BaseModel, Generic[T]):
    items: list[T]
    limit: int
    offset: int
    total: int | None = Field(None, description="number of rows in all pages (with the filters)")
    next: str | None = Field(None, description="URL of the next page, or null on the last page")


class SourcePublic(BaseModel):
    id: str
    file: str
    sha256: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    publisher: str | None = None
    kind: str | None = None
    kind_cue: str | None = None
    encoding: str | None = None
    media_type: str | None = None
    chars: int | None = None
    derived_from: list[str] = []
    built_at: str | None = None


class MentionPublic(BaseModel):
    idx: int
    start: int
    end: int
    text: str
    label: str
    entity_id: str | None = None


class ClaimPublic(BaseModel):
    id: str
    subject: str
    property: str
    value: dict[str, Any]
    qualifiers: dict[str, Any] = {}
    source: str
    quote: str
    start: int
    end: int
    status: str
    component: str
    file: str
    source_kind: str | None = None
    source_published: str | None = None


class SourceDetail(SourcePublic):
    text: str
    meta: dict[str, Any] | None = None
    mentions: list[MentionPublic]
    claims: list[ClaimPublic]


class EntityPublic(BaseModel):
    id: str
    type: str
    name: str
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None
    mentions: int = 0


class AliasPublic(BaseModel):
    name: str
    sources: list[str]
    count: int


class ParticipantPublic(BaseModel):
    entity: str
    role: str


class EventPublic(BaseModel):
    id: str
    type: str
    label: str
    date: str | None = None
    place: str | None = None
    participants: list[ParticipantPublic] = []
    claims: list[str] = []


class NeighbourPublic(BaseModel):
    id: str
    type: str
    name: str
    shared_events: int


class ValueSource(BaseModel):
    id: str
    file: str
    kind: str | None = None
    published: str | None = None
    quote: str
    start: int
    end: int


class ValueGroup(BaseModel):
    value: dict[str, Any]
    claims: list[str]
    sources: list[ValueSource]
    statuses: list[str]


class EntityDetail(EntityPublic):
    attributes: dict[str, Any] | None = None
    reasons: list[dict[str, Any]] | None = None
    aliases: list[AliasPublic]
    claims: list[ClaimPublic]
    events: list[EventPublic]
    neighbours: list[NeighbourPublic]
    properties: dict[str, list[ValueGroup]] = Field(
        description="claims grouped by property: each distinct value with the sources behind it")


class EventDetail(BaseModel):
    id: str
    type: str
    label: str
    date: str | None = Field(None, description="EDTF: '?' uncertain, '~' approximate, 'a/b' a range")
    place: str | None = None
    participants: list[ParticipantPublic] = []
    claims: list[ClaimPublic] = Field([], description="every claim about the event or cited by it")
    names: dict[str, str] = Field({}, description="entity id -> name, for the place and participants")
    properties: dict[str, list[ValueGroup]] = Field(
        {}, description="claims grouped by property: each distinct value with the sources behind it")


class ConflictPublic(BaseModel):
    id: str
    subject: str
    subject_name: str
    property: str
    kind: str
    explanation: str
    claims: list[str]
    claim_rows: list[ClaimPublic]


class SentenceHit(BaseModel):
    source: str
    file: str
    idx: int
    start: int
    end: int
    quote: str
    score: float


class ClaimHit(ClaimPublic):
    score: float


class SearchPublic(BaseModel):
    q: str
    sentences: list[SentenceHit]
    claims: list[ClaimHit]


class CountsPublic(BaseModel):
    sources: int
    entities: int
    events: int
    claims: int
    conflicts: int
    failures: int


class UploadURL(BaseModel):
    """Input: build a source from a URL."""

    url: str = Field(..., max_length=2000, examples=["https://example.org/report.html"])


class UploadJobPublic(BaseModel):
    id: str
    name: str
    status: str = Field(description="queued, running, done or failed")
    stage: str = ""
    message: str = ""
    error: str | None = None
    sources: list[str] = []
    created: str
    finished: str | None = None


class AnswerSource(BaseModel):
    id: str
    file: str
    kind: str | None = None
    published: str | None = None


class AnswerEvidence(BaseModel):
    claim: str
    source: str
    quote: str
    start: int
    end: int


class AnswerValue(BaseModel):
    value: dict[str, Any] = Field(description="as in Claim: {type: date|quantity|entity|text, ...}")
    sources: list[AnswerSource]
    claims: list[str] = Field(description="the claim ids behind this value")
    quote: str = Field(description="one sentence that says it")
    evidence: list[AnswerEvidence] = Field([], description="each claim's quote with its source and offsets")
    score: float | None = None


class PassageSource(BaseModel):
    id: str
    file: str


class Passage(BaseModel):
    source: PassageSource
    quote: str
    start: int
    end: int
    score: float


class AnswerPublic(BaseModel):
    """The Answer JSON of SCHEMA.md (``tarikh ask QUESTION --json``)."""

    question: str
    answers: list[AnswerValue] = Field(description="each distinct value found, best first; never without a source")
    conflict: bool = Field(description="true when the answers disagree (a conflict, not change over time)")
    passages: list[Passage] = Field(description="the best supporting sentences from full-text search")
    message: str | None = Field(None, description="'no answer in the sources' when there is no answer")
