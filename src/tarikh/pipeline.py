"""The build: ingest -> extract (per source) -> store -> resolve/reconcile (corpus) -> store.

Each source is stored in its own transaction, so a crash or a bad file never
loses what was already built; the corpus stage is recomputed from every stored
source and replaced in one transaction.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from . import registry
from .config import Config
from .errors import CorpusStageError, IngestError, TarikhError
from .ids import digest
from .ingest import discover, parse_source, read_bytes
from .models import Corpus, Doc, Source
from .store.corpus import save_corpus
from .store.db import Store, apply_corrections

log = logging.getLogger("tarikh.build")

Progress = Callable[[str, dict[str, Any]], None]


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)  # source ids (re)built
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, error text)
    sentences: int = 0
    corpus_rebuilt: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed


class Pipeline:
    def __init__(self, config: Config) -> None:
        self.config = config
        self._doc: list[Any] | None = None
        self._corpus: list[Any] | None = None

    @property
    def doc_components(self) -> list[Any]:
        if self._doc is None:
            self._doc = [registry.create(n, **self.config.settings(n)) for n in self.config.doc]
        return self._doc

    @property
    def corpus_components(self) -> list[Any]:
        if self._corpus is None:
            self._corpus = [registry.create(n, **self.config.settings(n)) for n in self.config.corpus]
        return self._corpus

    def analyse(self, source: Source) -> Doc:
        max_chars = int(self.config.ingest.get("max_chars", 5_000_000))
        if len(source.text) > max_chars:
            raise IngestError(f"text has {len(source.text):,} characters, over the limit of {max_chars:,} "
                              "(raise [ingest] max_chars in the config)", path=source.path)
        doc = Doc(source=source)
        for comp in self.doc_components:
            doc = comp(doc)
        doc.cache.clear()
        return doc

    def run_corpus(self, docs: list[Doc], decisions: list[tuple[str, str, str]]) -> Corpus:
        corpus = Corpus(docs=docs)
        corpus.merges = [(a, b) for k, a, b in decisions if k == "merge"]
        corpus.splits = [(a, b) for k, a, b in decisions if k == "split"]
        for comp in self.corpus_components:
            try:
                corpus = comp(corpus)
            except TarikhError:
                raise
            except Exception as exc:  # a bug in a component: say which, keep what is stored
                log.debug("corpus component %s failed", comp.name, exc_info=True)
                raise CorpusStageError(
                    f"corpus component {comp.name} failed ({type(exc).__name__}: {exc}); the sources are "
                    "stored and the next build retries this stage") from exc
        return corpus

    def build(self, store: Store, paths: Iterable[str], progress: Progress | None = None,
              force: bool = False) -> BuildReport:
        report = BuildReport()
        emit = progress or (lambda _e, _d: None)
        targets = discover(list(paths))
        emit("start", {"total": len(targets)})
        corrections = store.corrections()
        for target in targets:
            self._build_one(store, target, report, corrections, force, emit)
        self.refresh(store, report, force=force)
        emit("done", {"report": report})
        return report

    def _build_one(self, store: Store, target: str, report: BuildReport,
                   corrections: dict[str, dict[str, str]], force: bool, emit: Progress) -> None:
        path = target if "://" in target else os.path.abspath(target)
        name = os.path.basename(target.rstrip("/")) if "://" not in target else target
        try:
            raw, hint = read_bytes(target, timeout=float(self.config.ingest.get("timeout", 20.0)),
                                   max_bytes=int(self.config.ingest.get("max_bytes", 200_000_000)))
            sha = hashlib.sha256(raw).hexdigest()
            state = store.source_state(path)
            if state and not force and state[1] == sha and state[2] == self.config.hash:
                report.unchanged.append(state[0])
                emit("file", {"path": target, "status": "unchanged", "sentences": 0})
                return
            source = parse_source(target, raw, hint)
            source.path = path
            apply_corrections(source, corrections.get(path, {}))
            doc = self.analyse(source)
            store.save_doc(doc, self.config.hash)
        except TarikhError as exc:
            self._fail(store, report, path, name, exc.code, exc.message, emit, target)
            return
        except Exception as exc:  # one bad file never aborts the build
            log.debug("unexpected error on %s", target, exc_info=True)
            self._fail(store, report, path, name, "E099", f"{type(exc).__name__}: {exc}", emit, target)
            return
        report.built.append(source.id)
        report.sentences += len(doc.sentences)
        emit("file", {"path": target, "status": "built", "sentences": len(doc.sentences)})

    def _fail(self, store: Store, report: BuildReport, path: str, name: str, code: str, reason: str,
              emit: Progress, target: str) -> None:
        store.record_failure(path, name, code, reason)
        report.failed.append((target, f"[{code}] {reason}"))
        emit("file", {"path": target, "status": "failed", "error": f"[{code}] {reason}", "sentences": 0})

    def stamp(self, store: Store) -> str:
        rows = store.conn.execute("SELECT id, config_hash FROM sources ORDER BY id").fetchall()
        return digest([tuple(r) for r in rows], store.decisions(), store.corrections(), self.config.corpus,
                      self.config.components, n=16)

    def refresh(self, store: Store, report: BuildReport | None = None, force: bool = False) -> bool:
        """Recompute the corpus tables if any source, decision or setting changed."""
        stamp = self.stamp(store)
        if not force and store.get_meta("corpus_stamp") == stamp and store.get_meta("dirty") != "1":
            return False
        corpus = self.run_corpus(store.load_docs(), store.decisions())
        save_corpus(store, corpus, stamp)
        if report is not None:
            report.corpus_rebuilt = True
        return True
