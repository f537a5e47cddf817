"""Expand files, folders and URLs into the list of sources to read.

Folders are walked recursively in sorted order; only files with a supported
extension (case-insensitive) are kept, hidden files and folders (names starting
with ".") are skipped, and symbolic links to folders are followed once (a
folder reached again through a link loop is not walked twice). Files named
explicitly, paths that do not exist and http(s) URLs are returned as given, so
``read_source`` can read them or raise a clear error. Duplicates are dropped.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

TEXT_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")


def is_url(target: str) -> bool:
    low = target[:8].lower()
    return low.startswith("http://") or low.startswith("https://")


def has_text_extension(name: str) -> bool:
    return name.lower().endswith(TEXT_EXTENSIONS)


def discover(paths: Iterable[str]) -> list[str]:
    """Files and URLs to read, in a deterministic order (see the module docstring)."""
    out: list[str] = []
    seen: set[str] = set()
    for given in paths:
        target = str(given)
        if not is_url(target):
            target = os.path.expanduser(target)
        found = _walk(target) if not is_url(target) and os.path.isdir(target) else [target]
        for item in found:
            key = item if is_url(item) else os.path.normpath(os.path.abspath(item))
            if key not in seen:
                seen.add(key)
                out.append(item)
    return out


def _walk(root: str) -> list[str]:
    found: list[str] = []
    visited: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in visited:
            dirnames[:] = []
            continue
        visited.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and has_text_extension(name):
                found.append(os.path.join(dirpath, name))
    return sorted(found, key=lambda p: os.path.relpath(p, root).split(os.sep))
