"""Ingest: what is walked, what is skipped with a reason, how files are named."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import write

from portalis_ray.config import IngestConfig
from portalis_ray.ingest import SourceError, list_sources


def test_walk_skips_tooling_and_reports_other_files(tmp_path: Path) -> None:
    src = tmp_path / "proj"
    write(src / "main.py", "print(1)\n")
    write(src / "pkg" / "mod.py", "x = 1\n")
    write(src / "README.md", "# hi\n")
    write(src / ".git" / "hooks" / "x.py", "")
    write(src / "__pycache__" / "main.cpython-311.pyc", b"\x00")
    write(src / "env1" / "pyvenv.cfg", "home = /usr\n")
    write(src / "env1" / "lib" / "site.py", "")
    write(src / "node_modules" / "a.py", "")
    write(src / "out" / "report.py", "")
    listing = list_sources(src, IngestConfig(), exclude=[src / "out"])
    assert [(f.relpath, f.status) for f in listing.files] == [
        ("README.md", "skipped"), ("main.py", "read"), ("pkg/mod.py", "read"),
    ]
    assert listing.files[0].reason == "not a Python source (.md)"


def test_display_paths_follow_what_the_user_typed(tmp_path: Path) -> None:
    write(tmp_path / "proj" / "a.py", "x = 1\n")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        (listed,) = list_sources("proj", IngestConfig()).files
        assert listed.display == os.path.join("proj", "a.py")
        (single,) = list_sources("proj/a.py", IngestConfig()).files
        assert single.display == "proj/a.py" and single.relpath == "a.py"
    finally:
        os.chdir(cwd)


def test_oversized_file_is_failed_at_listing(tmp_path: Path) -> None:
    write(tmp_path / "big.py", "x = 1\n" * 100)
    (listed,) = list_sources(tmp_path, IngestConfig(max_file_bytes=10)).files
    assert listed.status == "failed" and listed.diagnostics[0].code == "too-large"


def test_missing_source(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file or directory"):
        list_sources(tmp_path / "nope", IngestConfig())
