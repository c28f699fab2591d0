"""WebAssembly target: wasm32-wasi builds with Debian's toolchain, run under wasmtime, compared
with CPython; `portalis run --target wasm`; `--target both`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROGRAMS, portalis_command, run_portalis, write

import portalis_ray
from portalis_ray import build as build_module
from portalis_ray.build import build_workspace
from portalis_ray.config import BuildConfig, load_config, with_overrides
from portalis_ray.report import FileReport
from portalis_ray.wasm import (
    INSTALL_HINT,
    TRAP_EXIT,
    WasmToolchain,
    run_module,
    wasmtime_missing,
)
from portalis_ray.workspace import WorkspaceReducer

PROGRAM_FILES = sorted(PROGRAMS.glob("*.py"))
_GAPS = [*WasmToolchain().missing(), *filter(None, [wasmtime_missing()])]
needs_wasm = pytest.mark.skipif(
    bool(_GAPS), reason=f"wasm toolchain absent: {'; '.join(_GAPS)} ({INSTALL_HINT})"
)

# A WASI command written directly in Rust, so the runner is checked on its own.
ECHO_RS = r"""
use std::io::Read;
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    println!("args={:?} stdin={:?}", args, input);
    eprintln!("to stderr");
    match args.first().map(String::as_str) {
        Some("trap") => std::process::abort(),
        Some(code) => std::process::exit(code.parse().unwrap_or(0)),
        None => {}
    }
}
"""

QUIT = """\
import sys


def main():
    total = sum([4, 5, 6])
    print(f"total={total}")
    if total > 10:
        sys.exit(3)


if __name__ == "__main__":
    main()
"""

GREET = """\
name = input("name? ")
line = input()
print(f"hello {name}: {line.upper()}")
"""

BOOM = """\
def check(x):
    if x > 2:
        raise ValueError(f"too big: {x}")
    return x


print(check(1))
print(check(5))
"""


def _wasm_config(target: str = "wasm"):
    return with_overrides(load_config(), {"build.target": target})


@pytest.fixture(scope="module")
def echo_wasm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """ECHO_RS compiled for wasm32-wasi by Debian's rustc."""
    work = tmp_path_factory.mktemp("echo")
    source = write(work / "echo.rs", ECHO_RS)
    module = work / "echo.wasm"
    toolchain = WasmToolchain()
    done = subprocess.run(
        [str(toolchain.rustc), "--target", "wasm32-wasi", "-O", str(source), "-o", str(module)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    return module


@needs_wasm
def test_runner_passes_args_stdin_and_exit_status(echo_wasm: Path, tmp_path: Path) -> None:
    stdin = write(tmp_path / "in.txt", "hello\n")
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    result = run_module(echo_wasm, ["7", "two words"], stdin=stdin, stdout=out, stderr=err)
    assert (result.code, result.trap) == (7, "")
    assert out.read_text() == "args=[\"7\", \"two words\"] stdin=\"hello\\n\"\n"
    assert err.read_text() == "to stderr\n"


@needs_wasm
def test_runner_reports_a_trap_with_a_clear_message(echo_wasm: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "portalis_ray.wasm", str(echo_wasm), "trap"],
        input="", capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == TRAP_EXIT
    assert done.stdout == "args=[\"trap\"] stdin=\"\"\n"
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("portalis: echo.wasm trapped in wasmtime: "), done.stderr
    assert "Traceback" not in done.stderr


def test_missing_toolchain_is_reported_per_file(tmp_path: Path, monkeypatch) -> None:
    absent = WasmToolchain(rustc=tmp_path / "rustc", cargo=tmp_path / "cargo")
    monkeypatch.setattr(build_module, "WasmToolchain", lambda: absent)
    ws = WorkspaceReducer(tmp_path / "out").reduce({"prog.py": "fn main() {}\n"})
    outcome = build_workspace(ws, BuildConfig(target="wasm"), {"prog.py": "src/prog.py"})
    assert not outcome.ok and outcome.target == "wasm"
    (diag,) = outcome.for_crate("prog").diagnostics
    assert str(diag).startswith("src/prog.py:1:1: error[build]: cannot build for wasm32-wasi")
    assert str(tmp_path / "cargo") in diag.message and "setup.sh --wasm" in diag.message


@needs_wasm
def test_doctor_reports_the_wasm_toolchain_and_wasmtime() -> None:
    done = run_portalis("doctor")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = {line.split()[1]: line for line in done.stdout.splitlines() if len(line.split()) > 1}
    assert lines["wasm32-wasi"].split()[0] == "ok", done.stdout
    assert "rustc 1.63" in lines["wasm32-wasi"] and "cargo 1.6" in lines["wasm32-wasi"]
    assert lines["wasmtime"].split()[0] == "ok", done.stdout


def test_doctor_explains_a_missing_wasm_toolchain(tmp_path: Path, monkeypatch) -> None:
    from portalis_ray import wasm
    from portalis_ray.doctor import check_wasm_toolchain

    absent = WasmToolchain(rustc=tmp_path / "rustc", cargo=tmp_path / "cargo")
    monkeypatch.setattr(wasm, "WasmToolchain", lambda: absent)
    check = check_wasm_toolchain()
    assert check.status == "missing"
    assert str(tmp_path / "rustc") in check.detail and "libstd-rust-dev-wasm32" in check.detail
    assert "setup.sh --wasm" in check.detail


GOOD_RS = '''#![forbid(unsafe_code)]
fn main() {
    // from good.py:1
    println!("good");
}
'''
BAD_RS = '''#![forbid(unsafe_code)]
fn main() {
    // from bad.py:4
    let x: i64 = "not a number";
    println!("{}", x);
}
'''


@needs_wasm
def test_wasm_build_errors_are_attributed_and_spare_other_crates(
    tmp_path: Path, cargo_target_dir: Path
) -> None:
    sources = {"bad.py": BAD_RS, **{f"good{i}.py": GOOD_RS for i in range(3)}}
    ws = WorkspaceReducer(tmp_path / "out").reduce(sources)
    displays = {rel: f"src/{rel}" for rel in sources}
    # One job: Debian's cargo 1.65 has no --keep-going, so the first error stops the build
    # and the crates after it must be built by a second pass.
    outcome = build_workspace(ws, BuildConfig(jobs=1), displays, target="wasm")
    assert not outcome.ok
    for good in ("good0", "good1", "good2"):
        assert outcome.for_crate(good).ok, outcome.for_crate(good).diagnostics
        assert (ws.bin_dir / f"{good}.wasm").is_file() and not (ws.bin_dir / good).exists()
    bad = outcome.for_crate("bad")
    assert not bad.ok and bad.binary is None
    assert str(bad.diagnostics[0]).startswith(
        "src/bad.py:4:1: error[E0308]: generated Rust does not compile for wasm32-wasi"
    ), bad.diagnostics


@pytest.fixture(scope="module")
def small_project(tmp_path_factory: pytest.TempPathFactory, cargo_target_dir: Path,
                  ray_address: str) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
    """Two scripts translated by the CLI with --target both (built, verified both ways)."""
    base = tmp_path_factory.mktemp("wasm-cli")
    src, out = base / "src", base / "out"
    write(src / "quit.py", QUIT)
    write(src / "boom.py", BOOM)
    write(src / "greet.py", GREET)
    done = run_portalis("translate", str(src), "--out", str(out), "--target", "both",
                        "--address", ray_address)
    return src, out, done


@needs_wasm
def test_target_both_builds_and_verifies_each_target(small_project) -> None:
    _src, out, done = small_project
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.name for p in (out / "bin").iterdir()) == [
        "boom", "boom.wasm", "greet", "greet.wasm", "quit", "quit.wasm"
    ]
    assert "  wasm: built 3 in" in done.stdout and "3 match CPython, 0 differ" in done.stdout
    report = json.loads((out / "report.json").read_text())
    targets = report["build"]["targets"]
    assert list(targets) == ["native", "wasm"]
    for target, suffix in (("native", ""), ("wasm", ".wasm")):
        assert targets[target]["ok"] and targets[target]["verified"] == 3
        assert targets[target]["files"]["quit.py"]["binary"] == f"bin/quit{suffix}"
        assert targets[target]["files"]["quit.py"]["rust_exit"] == 3
    assert "wasm32-wasi" in targets["wasm"]["command"]
    assert all(f["verified"] is True for f in report["files"])


@needs_wasm
def test_portalis_run_wasm_passes_args_and_exit_status(small_project) -> None:
    src, out, _done = small_project
    ref = subprocess.run([sys.executable, "quit.py", "a", "-b"], cwd=src, capture_output=True,
                         text=True, check=False)
    for argv in (["--target", "wasm", "--bin", "quit", "--", "a", "-b"],
                 ["--target", "wasm", "quit", "a", "-b"]):
        ran = run_portalis("run", str(out), *argv)
        assert (ran.returncode, ran.stdout) == (3, ref.stdout) == (3, "total=15\n"), ran.stderr


@needs_wasm
def test_portalis_run_wasm_uncaught_exception(small_project) -> None:
    src, out, _done = small_project
    ref = subprocess.run([sys.executable, "boom.py"], cwd=src, capture_output=True, text=True,
                         check=False)
    ran = run_portalis("run", str(out), "--target", "wasm", "boom")
    assert ran.returncode == ref.returncode == 1
    assert ran.stdout == ref.stdout == "1\n"
    last = ran.stderr.strip().splitlines()[-1]
    assert last == ref.stderr.strip().splitlines()[-1] == "ValueError: too big: 5"


@needs_wasm
def test_portalis_run_wasm_reads_stdin(small_project) -> None:
    src, out, _done = small_project
    ref = subprocess.run([sys.executable, "greet.py"], cwd=src, input="Ada\nwasm rocks\n",
                         capture_output=True, text=True, check=False)
    ran = subprocess.run([*portalis_command(), "run", str(out), "--target", "wasm", "greet"],
                         input="Ada\nwasm rocks\n", capture_output=True, text=True,
                         timeout=300, check=False)
    assert (ran.returncode, ran.stdout) == (ref.returncode, ref.stdout), ran.stderr
    assert ran.stdout == "name? hello Ada: WASM ROCKS\n"


@needs_wasm
def test_portalis_run_needs_a_built_binary(small_project) -> None:
    _src, out, _done = small_project
    ran = run_portalis("run", str(out), "--target", "wasm", "--bin", "nothing")
    assert ran.returncode == 2
    assert "nothing.wasm: no such binary" in ran.stderr
    ran = run_portalis("run", str(out))  # two binaries: which one is ambiguous
    assert ran.returncode == 2 and "--bin NAME" in ran.stderr


@pytest.fixture(scope="session")
def wasm_corpus(tmp_path_factory: pytest.TempPathFactory, cargo_target_dir: Path,
                ray_address: str) -> dict[str, FileReport]:
    """The whole differential corpus as one wasm32-wasi workspace, verified under wasmtime."""
    out = tmp_path_factory.mktemp("wasm-corpus") / "out"
    # The dev profile: rustc 1.63's release builds of 130+ crates cost far more than the
    # slower wasmtime compiles of unoptimised modules save (README, WebAssembly).
    config = with_overrides(_wasm_config(), {"build.release": False})
    result = portalis_ray.translate(PROGRAMS, out=out, config=config)
    return {f.relpath: f for f in result.files}


@pytest.mark.slow
@needs_wasm
@pytest.mark.parametrize("program", PROGRAM_FILES, ids=[p.stem for p in PROGRAM_FILES])
def test_program_matches_cpython_under_wasmtime(program: Path, wasm_corpus) -> None:
    row = wasm_corpus[program.name]
    details = "\n".join([f"{row.outcome}: {row.reason}", *map(str, row.diagnostics), row.diff])
    if row.crate is None:
        pytest.fail(f"not translated:\n{details}", pytrace=False)
    if not row.built:
        pytest.fail(f"does not build for wasm32-wasi:\n{details}", pytrace=False)
    assert row.binary == f"bin/{Path(row.binary).stem}.wasm"
    if row.verified is not True:
        pytest.fail(f"differs from CPython under wasmtime:\n{details}", pytrace=False)
