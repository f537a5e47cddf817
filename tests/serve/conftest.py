"""Fixtures for the web app tests: small knowledge bases built from texts written for these tests."""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import tarikh
from tarikh.errors import UnknownComponentError
from tarikh.ids import make_id
from tarikh.models import Alias, Claim, Conflict, Corpus, Entity, Event, Mention, Participant
from tarikh.serve import Settings, create_app
from tarikh.store.corpus import save_corpus

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"

# Invented texts (a fictional country), written for these tests.
TEXTS = {
    "alpha.txt": (
        "The Free Republic of Valdoria was proclaimed in Korvan on 12 March 1921.\n\n"
        "General Aldo Brenn led the Valdorian Army during the winter campaign.\n\n"
        "By 1923 the Valdorian Army had 40,000 soldiers, and Brenn met Mira Osk in Korvan.\n"
    ),
    "beta.txt": (
        "Valdoria was founded in Korvan in April 1921, according to later accounts.\n\n"
        "Aldo Brenn (also called the Old Fox) commanded the Valdorian Army.\n\n"
        "In 1923 the Valdorian Army numbered about 25,000 men.\n"
    ),
    "evil.txt": (
        "Notes on <script>alert('pwned')</script> the archive of Korvan.\n\n"
        "A caption read <img src=x onerror=alert(1)> beside a photograph of Aldo Brenn.\n"
    ),
}


def write_texts(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / n) for n in TEXTS]


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _sentence(text: str, needle: str) -> tuple[int, int, str]:
    s, _e = _span(text, needle)
    a = max(text.rfind("\n", 0, s) + 1, 0)
    b = text.find("\n", s)
    b = len(text) if b < 0 else b
    return a, b, text[a:b]


def seed_corpus(db: str, folder: Path) -> dict[str, Any]:
    """Build the texts (sentences only), then store a hand-made corpus: entities, events, claims, a conflict."""
    cfg = tarikh.load_config(overrides={"pipeline": {"doc": ["tarikh.sentences.v1"], "corpus": []}})
    kb = tarikh.open(db, config=cfg)
    report = kb.build(write_texts(folder))
    assert report.ok, report.failed
    docs = {d.source.file: d for d in kb.store.load_docs()}
    ents = {
        "valdoria": Entity(id=make_id("ent", "valdoria"), type="polity", name="Free Republic of Valdoria"),
        "korvan": Entity(id=make_id("ent", "korvan"), type="place", name="Korvan", lat=41.5, lon=44.8,
                         gazetteer_id="test:1"),
        "brenn": Entity(id=make_id("ent", "brenn"), type="person", name="Aldo Brenn"),
        "army": Entity(id=make_id("ent", "army"), type="military_unit", name="Valdorian Army"),
        "osk": Entity(id=make_id("ent", "osk"), type="person", name="Mira <b>Osk</b>"),
    }
    corpus = Corpus(docs=list(docs.values()))
    names = {"valdoria": ["Free Republic of Valdoria", "Valdoria"], "korvan": ["Korvan"],
             "brenn": ["Aldo Brenn", "Brenn", "Old Fox"], "army": ["Valdorian Army"], "osk": ["Mira Osk"]}
    aliases: dict[str, dict[str, set[str]]] = {k: {} for k in ents}
    for d in docs.values():
        text, taken = d.source.text, []
        for key in ("army", "valdoria", "brenn", "korvan", "osk"):
            for name in names[key]:
                pos = text.find(name)
                while pos >= 0:
                    end = pos + len(name)
                    if not any(a < end and pos < b for a, b in taken):
                        taken.append((pos, end))
                        d.mentions.append(Mention(pos, end, name, ents[key].type))
                        corpus.mention_entity[(d.source.id, len(d.mentions) - 1)] = ents[key].id
                        aliases[key].setdefault(name, set()).add(d.source.id)
                    pos = text.find(name, end)
        d.mentions.sort(key=lambda m: m.start)
        corpus.mention_entity = {k: v for k, v in corpus.mention_entity.items() if k[0] != d.source.id}
        for i, m in enumerate(d.mentions):
            key = next(k for k in names if m.text in names[k])
            corpus.mention_entity[(d.source.id, i)] = ents[key].id
    for key, e in ents.items():
        e.aliases = [Alias(n, sorted(s), len(s)) for n, s in aliases[key].items()]
    corpus.entities = list(ents.values())
    a, b = docs["alpha.txt"], docs["beta.txt"]

    def claim(doc: Any, needle: str, subject: str, prop: str, value: dict[str, Any], **q: Any) -> Claim:
        s, e, quote = _sentence(doc.source.text, needle)
        return Claim(id=make_id("cl", doc.source.id, prop, s, subject), subject=subject, property=prop,
                     value=value, source=doc.source.id, quote=quote, start=s, end=e, component="tests",
                     qualifiers=q)

    ev_found = make_id("ev", "founding")
    c1 = claim(a, "proclaimed", ev_found, "date", {"type": "date", "edtf": "1921-03-12"})
    c2 = claim(b, "founded", ev_found, "date", {"type": "date", "edtf": "1921-04?"})
    c3 = claim(a, "40,000", ents["army"].id, "strength", {"type": "quantity", "amount": 40000, "lower": None,
                                                         "upper": None, "unit": "soldiers"}, as_of="1923")
    c4 = claim(b, "25,000", ents["army"].id, "strength", {"type": "quantity", "amount": 25000, "lower": None,
                                                         "upper": None, "unit": "men"}, approx="about", as_of="1923")
    c5 = claim(a, "General Aldo", ents["army"].id, "leader", {"type": "entity", "id": ents["brenn"].id})
    c6 = claim(b, "commanded", ents["army"].id, "leader", {"type": "entity", "id": ents["brenn"].id})
    ev_meet = make_id("ev", "meeting")
    c7 = claim(a, "met Mira", ev_meet, "date", {"type": "date", "edtf": "1923~"})
    for c in (c1, c2, c3, c4):
        c.status = "conflict"
    corpus.claims = [c1, c2, c3, c4, c5, c6, c7]
    corpus.events = [
        Event(id=ev_found, type="founding", label="Valdoria proclaimed", date="1921-03-12",
              place=ents["korvan"].id, participants=[Participant(ents["valdoria"].id, "subject"),
                                                    Participant(ents["brenn"].id, "founder")],
              claims=[c1.id, c2.id]),
        Event(id=ev_meet, type="meeting", label="Brenn meets Osk", date="1923~", place=ents["korvan"].id,
              participants=[Participant(ents["brenn"].id, "host"), Participant(ents["osk"].id, "guest"),
                            Participant(ents["army"].id, "escort")], claims=[c7.id]),
    ]
    corpus.conflicts = [
        Conflict(id=make_id("cf", "strength"), subject=ents["army"].id, property="strength",
                 claims=[c3.id, c4.id], kind="number", explanation="40,000 soldiers vs about 25,000 men in 1923"),
        Conflict(id=make_id("cf", "date"), subject=ev_found, property="date", claims=[c1.id, c2.id],
                 kind="date", explanation="12 March 1921 vs April 1921 (uncertain)"),
    ]
    save_corpus(kb.store, corpus, "seeded")
    kb.close()
    return {"entities": {k: e.id for k, e in ents.items()}, "claims": {f"c{i + 1}": c.id for i, c in
            enumerate(corpus.claims)}, "sources": {f: d.source.id for f, d in docs.items()},
            "events": {"founding": ev_found, "meeting": ev_meet}}


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("seeded")
    db = str(root / "kb.db")
    ids = seed_corpus(db, root / "texts")
    return {"db": db, **ids}


@pytest.fixture(scope="session")
def client(seeded: dict[str, Any]) -> Iterator[TestClient]:
    app = create_app(seeded["db"], settings=Settings(db_path=seeded["db"], trust_testclient=True, fast=True))
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def fast_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The test texts built with the real fast (model-free) pipeline."""
    root = tmp_path_factory.mktemp("fast")
    db = str(root / "kb.db")
    try:
        with tarikh.open(db, config=tarikh.load_config(fast=True)) as kb:
            report = kb.build(write_texts(root / "texts"))
    except UnknownComponentError as exc:
        pytest.skip(f"the fast pipeline is not complete yet: {exc}")
    if report.failed and "E011" in report.failed[0][1]:
        pytest.skip(f"the fast pipeline is not complete yet: {report.failed[0][1]}")
    assert report.ok, report.failed
    return db


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """/work/shared/corpus built with the default config (skipped when the corpus is not here)."""
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    db = str(tmp_path_factory.mktemp("corpus") / "kb.db")
    try:
        with tarikh.open(db) as kb:
            report = kb.build([str(CORPUS)])
    except UnknownComponentError as exc:
        pytest.skip(f"the default pipeline is not complete yet: {exc}")
    if report.failed and any("E011" in f[1] for f in report.failed):
        pytest.skip(f"the default pipeline is not complete yet: {report.failed[0][1]}")
    assert report.built, report.failed
    return db


SERVE_MAIN = "import sys; from tarikh.cli import main; sys.argv[0] = 'tarikh'; main()"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A uvicorn server in a child process on 127.0.0.1, over its own seeded knowledge base."""
    root = tmp_path_factory.mktemp("live")
    db = str(root / "kb.db")
    ids = seed_corpus(db, root / "texts")
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    env.pop("TARIKH_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-c", SERVE_MAIN, "serve", "--db", db, "--port", str(port),
                             "--fast"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    import httpx

    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/api/sources", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        proc.kill()
        out = proc.stdout.read().decode() if proc.stdout else ""
        pytest.fail(f"the server did not start: {out}")
    yield {"url": url, "db": db, "root": root, **ids}
    proc.terminate()
    proc.wait(10)


def load_cdp() -> Any:
    """The CDP driver module beside this file (tests run with --import-mode=importlib)."""
    here = Path(__file__).with_name("browser_cdp.py")
    spec = importlib.util.spec_from_file_location("tarikh_serve_browser_cdp", here)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    cdp = load_cdp()
    if cdp.chromium_path() is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium chromium-driver)")
    b = cdp.Browser()
    yield b
    b.close()
