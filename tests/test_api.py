"""The notebook API: translate() results, tables, build/run helpers, translate_source()."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest
from conftest import write

import portalis_ray
from portalis_ray.schemas import REPORT_SCHEMA


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory, cargo_target_dir: Path,
           ray_address: str) -> portalis_ray.TranslationResult:
    """A directory with one good script and one with a syntax error, translated in-process."""
    from conftest import GOOD_PROGRAM

    src = tmp_path_factory.mktemp("api") / "src"
    write(src / "prog.py", GOOD_PROGRAM)
    write(src / "oops.py", "print('unclosed'\n")
    return portalis_ray.translate(src, out=src.parent / "out")


def test_exports() -> None:
    import portalis_ray.translate.rules
    import portalis_ray.translate.stage  # must not shadow the function

    assert callable(portalis_ray.translate)
    assert portalis_ray.__version__
    for name in ("translate", "translate_source", "TranslationResult"):
        assert name in portalis_ray.__all__


def test_result_rows_and_ok(result: portalis_ray.TranslationResult) -> None:
    assert not result.ok  # oops.py failed
    by_path = {f.relpath: f for f in result.files}
    assert by_path["prog.py"].outcome == "translated"
    assert by_path["prog.py"].verified is True
    assert by_path["oops.py"].outcome == "failed"
    assert (result.workspace / "Cargo.toml").is_file()
    assert (result.workspace / "report.json").is_file()


def test_diagnostics_are_located(result: portalis_ray.TranslationResult) -> None:
    (diag,) = [d for d in result.diagnostics if d.severity == "error"]
    assert diag.path.endswith("oops.py") and diag.line == 1 and diag.code == "syntax-error"


def test_table_and_pandas(result: portalis_ray.TranslationResult) -> None:
    table = result.table()
    assert isinstance(table, pa.Table)
    assert table.schema.equals(REPORT_SCHEMA)
    assert table.num_rows == 2
    frame = result.to_pandas()
    assert sorted(frame["outcome"]) == ["failed", "translated"]


def test_run_and_build(result: portalis_ray.TranslationResult) -> None:
    done = result.run("prog")
    assert done.returncode == 0
    assert done.stdout.startswith("sum=31 max=9\n")
    with pytest.raises(KeyError, match="no built binary"):
        result.run("oops")
    outcome = result.build()
    assert outcome.ok
    assert result.run("prog").stdout == done.stdout


def test_contracts_table(result: portalis_ray.TranslationResult) -> None:
    names = result.contracts.column("name").to_pylist()
    assert "total" in names and "main" in names
    assert (result.workspace / "contracts.parquet").is_file()


def test_translate_source_returns_rust() -> None:
    rust = portalis_ray.translate_source("x = 6 * 7\nprint(x)\n", name="answer")
    assert "fn main" in rust and "pyrt" in rust


def test_translate_source_raises_with_diagnostics() -> None:
    with pytest.raises(portalis_ray.TranslationError) as err:
        portalis_ray.translate_source("def f(:\n    pass\n", name="bad")
    (diag,) = err.value.diagnostics
    assert (diag.path, diag.line, diag.code) == ("bad.py", 1, "syntax-error")
    assert "bad.py:1:" in str(err.value)
    with pytest.raises(portalis_ray.TranslationError, match="empty"):
        portalis_ray.translate_source("", name="nothing")
