from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tarikh.ingest import discover


def touch(path: Path, text: str = "Some words.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folder_is_expanded_recursively_sorted_and_filtered(tmp_path: Path) -> None:
    for name in ("b.txt", "a.MD", "sub/c.html", "sub/deeper/d.PDF", "e.htm", "f.markdown",
                 "skip.png", "skip.docx", ".hidden.txt", ".git/x.txt"):
        touch(tmp_path / name)
    found = discover([str(tmp_path)])
    rel = [os.path.relpath(p, tmp_path) for p in found]
    assert rel == ["a.MD", "b.txt", "e.htm", "f.markdown", os.path.join("sub", "c.html"),
                   os.path.join("sub", "deeper", "d.PDF")]
    assert discover([str(tmp_path)]) == found  # deterministic


def test_urls_missing_paths_and_explicit_files_pass_through(tmp_path: Path) -> None:
    odd = touch(tmp_path / "notes.docx")
    missing = str(tmp_path / "nowhere.txt")
    urls = ["https://example.org/a.html", "HTTP://example.org/b"]
    assert discover([*urls, missing, str(odd)]) == [*urls, missing, str(odd)]


def test_duplicates_are_dropped(tmp_path: Path) -> None:
    f = touch(tmp_path / "a.txt")
    assert discover([str(tmp_path), str(f), str(tmp_path / "." / "a.txt")]) == [str(tmp_path / "a.txt")]


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks")
def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    touch(tmp_path / "top" / "one.txt")
    touch(tmp_path / "top" / "inner" / "two.txt")
    os.symlink(tmp_path / "top", tmp_path / "top" / "inner" / "back")  # loop to an ancestor
    os.symlink(tmp_path / "top" / "inner", tmp_path / "top" / "inner" / "self")  # loop to itself
    os.symlink(tmp_path / "nowhere", tmp_path / "top" / "dangling.txt")  # broken link
    found = discover([str(tmp_path / "top")])
    names = sorted(os.path.basename(p) for p in found)
    assert names == ["dangling.txt", "one.txt", "two.txt"]


def test_odd_names(tmp_path: Path) -> None:
    spaced = touch(tmp_path / "folder with spaces" / "a file.txt")
    cyr = touch(tmp_path / "папка" / "документ.txt")
    arabic = touch(tmp_path / "ملف.md")
    found = discover([str(tmp_path)])
    assert sorted(found) == sorted(map(str, [spaced, cyr, arabic]))
    dotted = str(tmp_path / "папка" / ".." / "folder with spaces")
    assert discover([dotted]) == [os.path.join(dotted, "a file.txt")]
