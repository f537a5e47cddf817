"""Exports: the SCHEMA.md JSON (format version 1) and formats other tools read."""

from .formats import FORMATS, export

__all__ = ["FORMATS", "export"]
