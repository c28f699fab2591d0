"""Bad input gets located diagnostics and never stops the good files."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from conftest import GOOD_PROGRAM, run_portalis, write

SECOND_GOOD = "def square(n):\n    return n * n\n\n\nfor i in range(4):\n    print(i, square(i))\n"


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory: pytest.TempPathFactory, cargo_target_dir: Path,
              ray_address: str) -> tuple[subprocess.CompletedProcess[str], Path, dict]:
    """A directory of good and bad files, translated once."""
    src = tmp_path_factory.mktemp("bad") / "pkg"
    write(src / "good.py", GOOD_PROGRAM)
    write(src / "sub" / "also_good.py", SECOND_GOOD)
    write(src / "syntax.py", "x = 1\ndef broken(:\n    pass\n")
    write(src / "latin.py", b"name = 'caf\xe9'\nprint(name)\n")
    write(src / "blob.py", b"\x7fELF\x02\x01\x00\x00binary")
    write(src / "empty.py", "")
    write(src / "notes.txt", "not python\n")
    write(src / "__pycache__" / "good.cpython-311.pyc", b"\x00\x01")
    write(src / ".hidden" / "secret.py", "print('never read')\n")
    out = src.parent / "out"
    done = run_portalis("translate", str(src), "--out", str(out), "--address", ray_address)
    report = json.loads((out / "report.json").read_text())
    return done, out, {f["relpath"]: f for f in report["files"]}


def test_exit_status_and_no_traceback(mixed_run) -> None:
    done, _, _ = mixed_run
    assert done.returncode == 1
    assert "Traceback" not in done.stderr


def test_every_file_is_one_report_row(mixed_run) -> None:
    _, _, rows = mixed_run
    assert sorted(rows) == ["blob.py", "empty.py", "good.py", "latin.py", "notes.txt",
                            "sub/also_good.py", "syntax.py"]


def test_good_files_still_translate_build_and_match(mixed_run) -> None:
    _, out, rows = mixed_run
    for rel in ("good.py", "sub/also_good.py"):
        row = rows[rel]
        assert row["outcome"] == "translated", row
        assert row["built"] is True and row["verified"] is True
        assert (out / row["binary"]).is_file()


def test_syntax_error_is_located(mixed_run) -> None:
    done, _, rows = mixed_run
    row = rows["syntax.py"]
    assert row["outcome"] == "failed" and row["crate"] is None
    (diag,) = row["diagnostics"]
    assert (diag["line"], diag["code"], diag["severity"]) == (2, "syntax-error", "error")
    assert re.search(r"syntax\.py:2:\d+: error\[syntax-error\]: ", done.stderr)


def test_non_utf8_file_is_located(mixed_run) -> None:
    done, _, rows = mixed_run
    row = rows["latin.py"]
    assert row["outcome"] == "failed"
    diag = row["diagnostics"][0]
    assert (diag["line"], diag["col"], diag["code"]) == (1, 12, "decode")
    assert "latin.py:1:12: error[decode]: " in done.stderr


def test_binary_file_is_located(mixed_run) -> None:
    _, _, rows = mixed_run
    row = rows["blob.py"]
    assert row["outcome"] == "failed"
    diag = row["diagnostics"][0]
    assert (diag["line"], diag["col"], diag["code"]) == (1, 7, "nul-byte")


def test_skipped_files_have_reasons(mixed_run) -> None:
    _, _, rows = mixed_run
    assert rows["empty.py"]["outcome"] == "skipped"
    assert "empty" in rows["empty.py"]["reason"]
    assert rows["notes.txt"]["outcome"] == "skipped"
    assert "not a Python source" in rows["notes.txt"]["reason"]


def test_too_large_file_fails_without_being_read(tmp_path: Path, ray_address: str) -> None:
    src = tmp_path / "src"
    write(src / "big.py", "x = 1\n" * 50)
    write(src / "ok.py", "print('ok')\n")
    cfg = write(tmp_path / "small.yaml", "ingest:\n  max_file_bytes: 100\n")
    out = tmp_path / "out"
    done = run_portalis("translate", str(src), "--out", str(out), "--no-build",
                        "--config", str(cfg), "--address", ray_address)
    assert done.returncode == 1
    rows = {f["relpath"]: f for f in json.loads((out / "report.json").read_text())["files"]}
    assert rows["big.py"]["outcome"] == "failed"
    assert rows["big.py"]["diagnostics"][0]["code"] == "too-large"
    assert rows["ok.py"]["outcome"] == "translated"


def test_rust_that_does_not_build_fails_only_its_file(tmp_path: Path, cargo_target_dir: Path,
                                                      ray_address: str) -> None:
    # Break one generated crate after translation, then rebuild through the API.
    import portalis_ray

    src = tmp_path / "src"
    write(src / "one.py", SECOND_GOOD)
    write(src / "two.py", GOOD_PROGRAM)
    result = portalis_ray.translate(src, out=tmp_path / "out", build=False)
    main_rs = result.workspace / "one" / "src" / "main.rs"
    main_rs.write_text(main_rs.read_text() + "\nfn broken() -> i64 { \"text\" }\n")
    outcome = result.build()
    assert not outcome.ok
    assert outcome.crates["two"].ok and outcome.crates["two"].binary is not None
    broken = outcome.crates["one"]
    assert not broken.ok
    assert broken.diagnostics[0].code == "E0308"
    assert broken.diagnostics[0].path.endswith("one.py")
    assert "mismatched types" in broken.diagnostics[0].message
