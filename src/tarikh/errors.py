"""Coded errors. Every error names what failed and why; the code is stable."""

from __future__ import annotations


class TarikhError(Exception):
    """Base error. ``code`` is stable (E001...), ``message`` is for people."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"[{self.code}] {where}{self.message}"


class IngestError(TarikhError):
    """A file or URL could not be read as a text source."""

    code = "E001"


class EmptySourceError(IngestError):
    code = "E002"


class BinaryFileError(IngestError):
    code = "E003"


class UnsupportedTypeError(IngestError):
    code = "E004"


class FetchError(IngestError):
    code = "E005"


class ConfigError(TarikhError):
    code = "E010"


class UnknownComponentError(ConfigError):
    code = "E011"


class CorpusStageError(TarikhError):
    """A corpus-level component failed; per-source data is kept."""

    code = "E050"


class NotFoundError(TarikhError):
    """A source, entity or event the user named does not exist."""

    code = "E020"


class StoreError(TarikhError):
    code = "E030"


class BuildLockedError(StoreError):
    """Another build holds the database."""

    code = "E031"


class ExportError(TarikhError):
    code = "E040"
