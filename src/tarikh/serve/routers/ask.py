"""Asking: ``GET /api/ask?q=`` (the Answer JSON) and the ``/ask`` page.

The ask engine reads the whole knowledge base into an index; it is loaded once per
knowledge-base version and shared by all requests."""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from ...ask.answer import answer_index
from ...ask.kbindex import KBIndex, load_index
from ...store import queries as q
from ...store.db import Store
from ..deps import store
from ..middleware import KBVersion
from ..models import AnswerPublic
from ..render import render

router = APIRouter(tags=["ask"])
MAX_QUESTION = 500


class AskIndex:
    """The ask index of the current knowledge-base version (reloaded when the version changes), and
    the last ``size`` answers of that version (an answer depends only on the question and the version)."""

    def __init__(self, version: KBVersion, size: int = 256) -> None:
        self.version = version
        self.size = size
        self.current: tuple[str, KBIndex] | None = None
        self.answers: OrderedDict[tuple[str, int], dict[str, Any]] = OrderedDict()
        self.lock = threading.Lock()

    def index(self, st: Store, ver: str) -> KBIndex:
        with self.lock:
            if ver and self.current and self.current[0] == ver:
                return self.current[1]
            idx = load_index(st.conn)
            if ver:
                self.current, self.answers = (ver, idx), OrderedDict()
            return idx

    def answer(self, st: Store, question: str, limit: int) -> dict[str, Any]:
        ver = self.version.get()
        idx = self.index(st, ver)
        key = (question, limit)
        with self.lock:
            hit = self.answers.get(key) if ver and self.current and self.current[0] == ver else None
        if hit is not None:
            return copy.deepcopy(hit)
        res = answer_index(st.conn, idx, question, limit=limit)
        with self.lock:
            if ver and self.current and self.current[0] == ver and self.size > 0:
                self.answers[key] = copy.deepcopy(res)
                while len(self.answers) > self.size:
                    self.answers.popitem(last=False)
        return res


def ask(request: Request, st: Store, question: str, limit: int = 5) -> dict[str, Any]:
    """The Answer JSON for ``question`` over the app's knowledge base."""
    cache: AskIndex = request.app.state.ask_index
    return cache.answer(st, question, limit)


@router.get("/api/ask", response_model=AnswerPublic)
def ask_api(request: Request,
            question: Annotated[str, Query(alias="q", min_length=1, max_length=MAX_QUESTION,
                                           description="a question in English")],
            limit: Annotated[int, Query(ge=1, le=20, description="most distinct values")] = 5,
            st: Store = Depends(store)) -> dict[str, Any]:
    """Answer a question from the sources: every distinct value found (best first) with the sources,
    claims and quotes behind it, whether the sources disagree, and the best supporting passages.
    With no answer, ``answers`` is empty, ``message`` says so and ``passages`` are the closest sentences."""
    return ask(request, st, question.strip(), limit)


def answer_names(st: Store, res: dict[str, Any]) -> dict[str, str]:
    ids = {str(a["value"].get("id")) for a in res["answers"] if a["value"].get("type") == "entity"}
    return q.names_of(st, ids) if ids else {}


@router.get("/ask", response_class=HTMLResponse, include_in_schema=False)
def ask_page(request: Request, question: str = Query("", alias="q", max_length=MAX_QUESTION),
             st: Store = Depends(store)) -> Response:
    res = ask(request, st, question.strip()) if question.strip() else None
    return render(request, "ask.html", question=question, res=res, names=answer_names(st, res) if res else {})
