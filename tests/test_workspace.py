"""Workspace reduction: crate names, manifests, the v3 lock file, atomic and safe rewrites."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from portalis_ray.workspace import (
    WorkspaceError,
    WorkspaceReducer,
    name_crates,
    write_atomic,
)

MAIN_RS = "fn main() {}\n"


def test_names_are_sanitised_and_unique() -> None:
    names = name_crates(["a/main.py", "b/main.py", "01_intro.py", "my-tool.py", "test.py",
                         "build.py", "pyrt.py", "odd name.py"])
    assert names["a/main.py"] == ("a_main", "a_main")
    assert names["b/main.py"] == ("b_main", "b_main")
    assert names["01_intro.py"] == ("py_01_intro", "01_intro")
    assert names["my-tool.py"] == ("my_tool", "my-tool")
    assert names["test.py"] == ("test_py", "test")
    assert names["build.py"] == ("build_py", "build_py")
    assert names["pyrt.py"] == ("pyrt_py", "pyrt")
    assert names["odd name.py"] == ("odd_name", "odd_name")
    crates = [crate for crate, _ in names.values()]
    assert len(set(crates)) == len(crates)


def test_clash_after_qualification_gets_a_suffix() -> None:
    names = name_crates(["x/a_b.py", "x_a/b.py"])
    assert len({c for c, _ in names.values()}) == 2
    assert len({b for _, b in names.values()}) == 2


def test_reduce_writes_a_workspace(tmp_path: Path) -> None:
    ws = WorkspaceReducer(tmp_path / "out").reduce({"prog.py": MAIN_RS, "sub/main.py": MAIN_RS})
    root = ws.root
    manifest = tomllib.loads((root / "Cargo.toml").read_text())
    assert manifest["workspace"]["members"] == ["main", "prog", "pyrt"]
    assert manifest["workspace"]["resolver"] == "2"
    assert manifest["profile"]["release"]["overflow-checks"] is True
    assert manifest["profile"]["dev"]["overflow-checks"] is True
    assert manifest["profile"]["dev"]["package"]["pyrt"]["opt-level"] == 2  # big ints, wasm
    crate = tomllib.loads((root / "prog" / "Cargo.toml").read_text())
    assert crate["package"]["edition"] == "2018"
    assert crate["bin"] == [{"name": "prog", "path": "src/main.rs"}]
    assert crate["dependencies"]["pyrt"] == {"path": "../pyrt"}
    assert (root / "prog" / "src" / "main.rs").read_text() == MAIN_RS
    assert (root / "pyrt" / "Cargo.toml").is_file()
    assert (root / "pyrt" / "src" / "lib.rs").is_file()
    assert tomllib.loads((root / ".cargo" / "config.toml").read_text())["net"]["offline"]
    lock = tomllib.loads((root / "Cargo.lock").read_text())
    assert lock["version"] == 3
    assert [p["name"] for p in lock["package"]] == ["main", "prog", "pyrt"]
    assert lock["package"][0]["dependencies"] == ["pyrt"]


def test_rerun_removes_stale_crates_and_keeps_unchanged_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    WorkspaceReducer(out).reduce({"a.py": MAIN_RS, "b.py": MAIN_RS})
    before = (out / "a" / "src" / "main.rs").stat().st_mtime_ns
    WorkspaceReducer(out).reduce({"a.py": MAIN_RS})
    assert not (out / "b").exists()
    assert (out / "a" / "src" / "main.rs").stat().st_mtime_ns == before


def test_refuses_a_foreign_directory(tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("precious")
    with pytest.raises(WorkspaceError, match="not a Portalis workspace"):
        WorkspaceReducer(out).reduce({"a.py": MAIN_RS})
    assert (out / "notes.txt").read_text() == "precious"


def test_write_atomic_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "d" / "f.txt"
    assert write_atomic(target, "one")
    assert not write_atomic(target, "one")
    assert write_atomic(target, b"two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["f.txt"]
