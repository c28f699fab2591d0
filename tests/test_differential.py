"""Differential suite: every program in tests/programs/, translated once, built once, run against
CPython; stdout bytes and exit status must be identical."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import PROGRAMS

import portalis_ray
from portalis_ray.report import FileReport
from portalis_ray.verify import output_diff, run_program

PROGRAM_FILES = sorted(PROGRAMS.glob("*.py"))
TIMEOUT_S = 60.0


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory, cargo_target_dir: Path,
           ray_address: str) -> tuple[portalis_ray.TranslationResult, dict[str, FileReport]]:
    """The whole corpus through the real pipeline into one workspace, built once."""
    out = tmp_path_factory.mktemp("differential") / "out"
    result = portalis_ray.translate(PROGRAMS, out=out, verify=False)
    return result, {f.relpath: f for f in result.files}


def test_corpus_is_there() -> None:
    assert len(PROGRAM_FILES) >= 40, f"expected at least 40 programs in {PROGRAMS}"


def _explain(row: FileReport) -> str:
    lines = [f"{row.relpath}: {row.outcome}: {row.reason}"]
    lines += [f"  {d}" for d in row.diagnostics]
    return "\n".join(lines)


@pytest.mark.slow
@pytest.mark.parametrize("program", PROGRAM_FILES, ids=[p.stem for p in PROGRAM_FILES])
def test_program_matches_cpython(program: Path, corpus) -> None:
    result, rows = corpus
    row = rows[program.name]
    if row.crate is None:
        pytest.fail("not translated:\n" + _explain(row), pytrace=False)
    if not row.built or row.binary is None:
        pytest.fail("generated Rust does not build:\n" + _explain(row), pytrace=False)
    python = run_program([sys.executable, program.name], program.parent, TIMEOUT_S)
    rust = run_program([str(result.workspace / row.binary)], program.parent, TIMEOUT_S)
    assert python.exit_code is not None, f"CPython run {python.error}"
    assert rust.exit_code is not None, f"translated binary {rust.error}"
    if (python.stdout, python.exit_code) != (rust.stdout, rust.exit_code):
        pytest.fail(f"{program.name} differs from CPython:\n"
                    + output_diff(python, rust, max_lines=60), pytrace=False)
