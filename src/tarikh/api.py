"""The Python API. The CLI and the web app are thin layers over this class.

    import tarikh
    kb = tarikh.open("tarikh.db")
    kb.build(["sources/"])
    kb.entities(type="person")
    kb.claims(subject="...")
    kb.export()
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from .config import Config, load_config
from .export import export as export_as
from .export.json_export import export_data
from .pipeline import BuildReport, Pipeline, Progress
from .store import queries as q
from .store.db import Store, open_store


class KnowledgeBase:
    def __init__(self, path: str | os.PathLike[str] | None = None, *, config: Config | None = None,
                 readonly: bool = False) -> None:
        self.store: Store = open_store(path, readonly=readonly)
        self.config = config or load_config()
        self._pipeline: Pipeline | None = None

    @property
    def path(self) -> str:
        return self.store.path

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline(self.config)
        return self._pipeline

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *_: Any) -> None:
        self.close()

    # ------------------------------------------------------------- writing
    def build(self, paths: Iterable[str], *, progress: Progress | None = None, force: bool = False,
              wait: float = 0.0) -> BuildReport:
        """Read, analyse and store ``paths`` (files, folders, URLs); then recompute the corpus."""
        with self.store.build_lock(wait):
            return self.pipeline.build(self.store, paths, progress=progress, force=force)

    def refresh(self, *, force: bool = False, wait: float = 0.0) -> bool:
        with self.store.build_lock(wait):
            return self.pipeline.refresh(self.store, force=force)

    def remove(self, source: str) -> str:
        with self.store.build_lock():
            sid = self.store.remove_source(source)
            self.pipeline.refresh(self.store)
        return sid

    def set_source(self, source: str, **fields: str) -> str:
        sid = ""
        with self.store.build_lock():
            for k, v in fields.items():
                sid = self.store.set_correction(source, k, v)
            self.pipeline.refresh(self.store)
        return sid

    def merge(self, a: str, b: str) -> str:
        """Merge two entities (ids or names); later builds keep the decision."""
        na, nb = (q.subject_name(self.store, q.find_entity(self.store, ref)) for ref in (a, b))
        with self.store.build_lock():
            self.store.add_decision("merge", na, nb)
            self.pipeline.refresh(self.store)
        return q.find_entity(self.store, na)

    def split(self, entity: str, name: str) -> str:
        """Split the alias ``name`` off ``entity`` into an entity of its own."""
        ent = self.entity(entity)
        if not any(a["name"] == name for a in ent["aliases"]):
            from .errors import NotFoundError

            raise NotFoundError(f"{ent['name']!r} has no alias {name!r}")
        with self.store.build_lock():
            self.store.add_decision("split", ent["name"], name)
            self.pipeline.refresh(self.store)
        return q.find_entity(self.store, name)

    # ------------------------------------------------------------- reading
    def sources(self, **kw: Any) -> list[dict[str, Any]]:
        return q.source_list(self.store, **kw)

    def source(self, ref: str) -> dict[str, Any]:
        return q.source_detail(self.store, ref)

    def failures(self) -> list[dict[str, Any]]:
        return self.store.failures()

    def entities(self, **kw: Any) -> list[dict[str, Any]]:
        kw.setdefault("limit", 100000)
        return q.entity_list(self.store, **kw)

    def entity(self, ref: str) -> dict[str, Any]:
        return q.entity_detail(self.store, ref)

    def claims(self, **kw: Any) -> list[dict[str, Any]]:
        kw.setdefault("limit", 100000)
        return q.claim_list(self.store, **kw)

    def events(self, **kw: Any) -> list[dict[str, Any]]:
        return q.event_list(self.store, **kw)

    def event(self, eid: str) -> dict[str, Any]:
        return q.event_detail(self.store, eid)

    def timeline(self, **kw: Any) -> list[dict[str, Any]]:
        return [e for e in q.event_list(self.store, **kw) if e["date"]]

    def conflicts(self, subject: str | None = None) -> list[dict[str, Any]]:
        sid = q.find_entity(self.store, subject) if subject else None
        return q.conflict_list(self.store, subject=sid)

    def search(self, text: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
        return q.search(self.store, text, limit=limit)

    def counts(self) -> dict[str, int]:
        return q.counts(self.store)

    def export(self, fmt: str | None = None) -> Any:
        """The SCHEMA.md export as a dict, or as text in ``fmt`` (json, geojson, csv, graphml)."""
        return export_data(self.store) if fmt is None else export_as(self.store, fmt)


def open(path: str | os.PathLike[str] | None = None, *, config: Config | None = None,  # noqa: A001
         readonly: bool = False) -> KnowledgeBase:
    """Open (or create) the knowledge base at ``path`` (default: $TARIKH_DB or ./tarikh.db)."""
    return KnowledgeBase(path, config=config, readonly=readonly)
