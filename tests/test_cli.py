"""`portalis` as a user runs it: exit statuses, outputs on disk, clear one-line errors."""

from __future__ import annotations

import json
import subprocess
import tomllib
from pathlib import Path

import pytest
from conftest import run_portalis, write


@pytest.fixture(scope="module")
def translated(tmp_path_factory: pytest.TempPathFactory, cargo_target_dir: Path,
               ray_address: str) -> tuple[subprocess.CompletedProcess[str], Path, Path]:
    """One full `portalis translate prog.py --out OUT` (build and verify) shared by tests."""
    from conftest import GOOD_PROGRAM

    base = tmp_path_factory.mktemp("cli")
    prog = write(base / "src" / "prog.py", GOOD_PROGRAM)
    out = base / "out"
    done = run_portalis("translate", str(prog), "--out", str(out), "--address", ray_address)
    return done, prog, out


def test_translate_builds_and_matches_cpython(translated) -> None:
    done, prog, out = translated
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert "matches CPython" in done.stdout
    binary = out / "bin" / "prog"
    assert binary.is_file()
    ran = subprocess.run([str(binary)], capture_output=True, check=False)
    ref = subprocess.run(["python3", str(prog)], capture_output=True, check=False)
    assert (ran.stdout, ran.returncode) == (ref.stdout, ref.returncode)


def test_report_rows(translated) -> None:
    _, _, out = translated
    report = json.loads((out / "report.json").read_text())
    assert report["ok"] is True
    (row,) = report["files"]
    assert row["outcome"] == "translated"
    assert row["crate"] == "prog" and row["binary"] == "bin/prog"
    assert row["built"] is True and row["verified"] is True
    assert row["python_exit"] == row["rust_exit"] == 0
    assert row["units_translated"] == row["units_total"] > 0
    assert report["throughput"]["translate_lines_per_s"] > 0
    assert (out / "report.html").read_text().startswith("<!doctype html>")


def test_lock_file_stays_version_3_after_a_build(translated) -> None:
    _, _, out = translated
    assert tomllib.loads((out / "Cargo.lock").read_text())["version"] == 3


def test_portalis_run(translated) -> None:
    _, prog, out = translated
    done = run_portalis("run", str(out), "prog")
    ref = subprocess.run(["python3", str(prog)], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout == ref.stdout


def test_no_build_with_embedded_ray(good_program: Path, tmp_path: Path) -> None:
    # No --address: the CLI starts (and stops) its own local Ray.
    out = tmp_path / "out"
    done = run_portalis("translate", str(good_program), "--out", str(out), "--no-build")
    assert done.returncode == 0, done.stderr
    assert (out / "prog" / "src" / "main.rs").is_file()
    assert not (out / "bin").exists()
    row = json.loads((out / "report.json").read_text())["files"][0]
    assert row["outcome"] == "translated" and row["built"] is None
    assert "Traceback" not in done.stderr
    # Ray's own banners and progress bars stay out of the user's terminal.
    assert "INFO" not in done.stderr and "Running" not in done.stderr


def test_sys_exit_status_is_kept(tmp_path: Path, cargo_target_dir: Path,
                                 ray_address: str) -> None:
    prog = write(tmp_path / "quit.py", "import sys\n\nprint('bye')\nsys.exit(4)\n")
    out = tmp_path / "out"
    done = run_portalis("translate", str(prog), "--out", str(out), "--address", ray_address)
    assert done.returncode == 0, done.stderr
    ran = subprocess.run([str(out / "bin" / "quit")], capture_output=True, text=True,
                         check=False)
    assert (ran.stdout, ran.returncode) == ("bye\n", 4)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["translate", "does/not/exist.py", "--out", "{tmp}/o"], "no such file or directory"),
        (["translate", "{prog}", "--out", "{tmp}/o", "--config", "{tmp}/missing.yaml"],
         "cannot read config"),
        (["translate", "{prog}", "--out", "{tmp}/occupied"], "not a Portalis workspace"),
        (["run", "{tmp}", "nothing"], "no such binary"),
    ],
)
def test_user_errors_are_one_clear_line(args: list[str], expected: str, good_program: Path,
                                        tmp_path: Path) -> None:
    write(tmp_path / "occupied" / "keep.txt", "mine")
    argv = [a.format(tmp=tmp_path, prog=good_program) for a in args]
    done = run_portalis(*argv)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert expected in done.stderr
    assert done.stderr.strip().count("\n") == 0, done.stderr


def test_llm_backend_is_reported_not_crashed(good_program: Path, tmp_path: Path,
                                             ray_address: str) -> None:
    out = tmp_path / "out"
    done = run_portalis("translate", str(good_program), "--out", str(out), "--backend", "llm",
                        "--address", ray_address)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "error[backend-unavailable]" in done.stderr
    assert "not available yet" in done.stderr
    row = json.loads((out / "report.json").read_text())["files"][0]
    assert row["outcome"] == "failed"


def test_doctor_reports_toolchains() -> None:
    done = run_portalis("doctor")
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("python", "ray", "cargo", "wasm32-wasi", "gpu", "vllm"):
        assert name in done.stdout


def test_version_and_help() -> None:
    assert run_portalis("--version").stdout.startswith("portalis-ray")
    done = run_portalis("translate", "--help")
    assert done.returncode == 0 and "--no-build" in done.stdout


SUM_LINES = """\
import sys


def main() -> int:
    sys.stdout.write(f"args: {sys.argv[1:]}\\n")
    first = sys.stdin.readline()
    total, count = 0, 0
    for line in sys.stdin:
        line = line.strip()
        if line:
            count += 1
            total += sum(int(x) for x in line.split())
    print(f"header={first.strip()!r} lines={count} total={total}")
    print("rest:", repr(sys.stdin.read()))
    sys.stderr.write("done\\n")
    return 0 if total else 4


if __name__ == "__main__":
    sys.exit(main())
"""


@pytest.mark.parametrize("feed", ["nums\n1 2 3\n\n4 5\n", "empty\r\n", ""])
def test_sys_argv_and_stdin_behave_as_in_cpython(
    feed: str, tmp_path: Path, cargo_target_dir: Path, ray_address: str
) -> None:
    prog = write(tmp_path / "src" / "sum_lines.py", SUM_LINES)
    out = tmp_path / "out"
    done = run_portalis("translate", str(prog), "--out", str(out), "--address", ray_address)
    assert done.returncode == 0, done.stdout + done.stderr
    args = ["-v", "two words"]
    ref = subprocess.run(["python3", str(prog), *args], input=feed, capture_output=True,
                         text=True, check=False)
    ran = subprocess.run([str(out / "bin" / "sum_lines"), *args], input=feed,
                         capture_output=True, text=True, check=False)
    assert (ran.stdout, ran.stderr, ran.returncode) == (ref.stdout, ref.stderr, ref.returncode)
