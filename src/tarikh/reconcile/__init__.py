"""Reconciliation: text reuse between sources, claim alignment and conflicts, diffs."""

from __future__ import annotations

from .compare import SourceComparison, compare_sources
from .diff import SentenceDiff, diff_sources, render_diff
from .sides import side_by_side

__all__ = [
    "SentenceDiff",
    "SourceComparison",
    "compare_sources",
    "diff_sources",
    "render_diff",
    "side_by_side",
]
