"""Upload jobs: save the file under the uploads folder, build it in a background thread, report progress."""

from __future__ import annotations

import re
import threading
import unicodedata
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..api import KnowledgeBase
from ..config import load_config
from ..errors import IngestError
from ..ingest.decode import binary_kind, decode_bytes
from ..store.db import now
from .settings import Settings

_HTML = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
SAMPLE = 64 * 1024


class UploadRejected(ValueError):
    """The upload is not acceptable (type, size, name); the message says why."""


@dataclass
class Job:
    id: str
    name: str
    status: str = "queued"
    stage: str = "waiting for the builder"
    message: str = ""
    error: str | None = None
    sources: list[str] = field(default_factory=list)
    created: str = field(default_factory=now)
    finished: str | None = None

    def public(self) -> dict[str, Any]:
        return asdict(self)


def safe_name(name: str) -> str:
    """A file name with no directories, no control or odd characters, at most 80 characters."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFKC", base)
    base = re.sub(r"[^\w.\- ]+", "_", base).strip(" ._")
    return base[:80] or "upload"


def sniff(raw: bytes) -> str:
    """The extension that fits the bytes (.pdf, .html, .txt); UploadRejected for anything else."""
    if not raw.strip():
        raise UploadRejected("the file is empty")
    if raw.startswith(b"%PDF-"):
        return ".pdf"
    kind = binary_kind(raw[:SAMPLE])
    if kind:
        raise UploadRejected(f"this is a {kind}, not a text, HTML or PDF document")
    try:
        decode_bytes(raw[:SAMPLE], "upload")
    except IngestError as exc:
        raise UploadRejected(f"not readable as text: {exc.message}") from None
    return ".html" if _HTML.match(raw[:1024].lstrip(b"\xef\xbb\xbf")) else ".txt"


class Uploads:
    """Runs builds one at a time in a worker thread; keeps each job's state for polling."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tarikh-upload")

    def save(self, name: str, raw: bytes) -> Path:
        ext = sniff(raw)
        folder = Path(self.settings.uploads_dir)
        folder.mkdir(parents=True, exist_ok=True)
        stem = safe_name(name).rsplit(".", 1)[0] or "upload"
        path = (folder / f"{uuid.uuid4().hex[:8]}-{stem}{ext}").resolve()
        if path.parent != folder.resolve():
            raise UploadRejected("bad file name")
        path.write_bytes(raw)
        return path

    def submit(self, name: str, target: str) -> Job:
        job = Job(id=uuid.uuid4().hex[:12], name=name)
        with self._lock:
            self.jobs[job.id] = job
        self._pool.submit(self._run, job, target)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self.jobs.get(job_id)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _progress(self, job: Job) -> Any:
        def emit(event: str, data: dict[str, Any]) -> None:
            if event == "start":
                job.stage = "reading and analysing the document"
            elif event == "file":
                job.message = f"{data.get('status')}: {data.get('sentences', 0)} sentences"
                job.stage = "linking it with the other sources"
                if data.get("error"):
                    job.error = str(data["error"])
            elif event == "done":
                job.stage = "finished"
        return emit

    def _run(self, job: Job, target: str) -> None:
        job.status, job.stage = "running", "starting"
        try:
            cfg = load_config(self.settings.config_path, fast=self.settings.fast)
            with KnowledgeBase(self.settings.db_path, config=cfg) as kb:
                report = kb.build([target], progress=self._progress(job), wait=600)
            job.sources = list(report.built) + list(report.unchanged)
            if report.failed:
                job.status = "failed"
                job.error = job.error or report.failed[0][1]
            else:
                job.status = "done"
                if report.unchanged and not report.built:
                    job.message = "already in the knowledge base"
        except Exception as exc:  # the job reports any failure; the server goes on
            job.status, job.error = "failed", str(exc)
        finally:
            job.finished = now()
            job.stage = "finished"
