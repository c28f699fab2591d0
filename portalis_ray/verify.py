"""Differential verification: each binary must print what CPython prints and exit the same way."""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from portalis_ray.config import VerifyConfig
from portalis_ray.diagnostics import Diagnostic
from portalis_ray.wasm import runner_command


@dataclass(frozen=True)
class ProgramRun:
    """What one program did: its exit status and output."""

    exit_code: int | None  # None when it timed out or could not start
    stdout: bytes
    stderr: bytes
    ms: float
    error: str = ""  # why it has no exit status


@dataclass
class RunComparison:
    """CPython vs the translated binary on the same script."""

    verified: bool
    python: ProgramRun
    rust: ProgramRun
    diff: str = ""
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass(frozen=True)
class VerifyJob:
    """One script and the binary translated from it."""

    key: str
    script: Path
    binary: Path
    display: str  # how diagnostics name the script
    target: str = "native"  # native | wasm (run under wasmtime)

    def command(self) -> list[str]:
        """How the binary is started: directly, or a wasm module through wasmtime."""
        if self.target == "wasm":
            return runner_command(self.binary)
        return [str(self.binary)]

    @property
    def where(self) -> str:
        """How messages name the run when it is not the native one."""
        return " (wasm32-wasi under wasmtime)" if self.target == "wasm" else ""


def program_env() -> dict[str, str]:
    """Environment of both runs; CPython writes UTF-8 whatever the locale, like the binary."""
    return dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONUTF8="1")


def run_program(cmd: Sequence[str], cwd: Path, timeout: float) -> ProgramRun:
    """Run a program with no stdin; never raises for a failing or hanging program."""
    started = time.perf_counter()
    try:
        done = subprocess.run(
            list(cmd),
            cwd=cwd,
            env=program_env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as err:
        return ProgramRun(
            None,
            err.stdout or b"",
            err.stderr or b"",
            (time.perf_counter() - started) * 1000.0,
            f"timed out after {timeout:g} s",
        )
    except OSError as err:
        return ProgramRun(None, b"", b"", 0.0, f"cannot start: {err.strerror or err}")
    return ProgramRun(
        done.returncode, done.stdout, done.stderr, (time.perf_counter() - started) * 1000.0
    )


def output_diff(python: ProgramRun, rust: ProgramRun, max_lines: int) -> str:
    """A short unified diff of stdout plus the exit statuses when they differ."""
    lines = list(
        difflib.unified_diff(
            python.stdout.decode("utf-8", "replace").splitlines(),
            rust.stdout.decode("utf-8", "replace").splitlines(),
            "python3 stdout",
            "rust stdout",
            lineterm="",
            n=1,
        )
    )
    if python.stdout != rust.stdout and not lines:
        lines = ["stdout differs only in line endings or a final newline"]
    if python.exit_code != rust.exit_code:
        lines.append(f"exit status: python3 {python.exit_code}, rust {rust.exit_code}")
        err_tail = rust.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        lines += [f"rust stderr: {line}" for line in err_tail]
    if len(lines) > max_lines:
        lines = [*lines[:max_lines], f"... ({len(lines) - max_lines} more lines)"]
    return "\n".join(lines)


def mismatch_summary(python: ProgramRun, rust: ProgramRun) -> str:
    """One line naming the first difference between the two runs."""
    if python.stdout != rust.stdout:
        ours = python.stdout.decode("utf-8", "replace").splitlines()
        theirs = rust.stdout.decode("utf-8", "replace").splitlines()
        for number, (want, got) in enumerate(zip(ours, theirs), start=1):
            if want != got:
                return (
                    f"output differs from CPython at stdout line {number}: "
                    f"expected {want!r}, got {got!r}"
                )
        if len(ours) != len(theirs):
            return (
                f"output differs from CPython: {len(ours)} stdout lines expected, got {len(theirs)}"
            )
        return "output differs from CPython in line endings or a final newline"
    err = rust.stderr.decode("utf-8", "replace").strip().splitlines()
    last = f" ({err[-1]})" if err else ""
    return f"exit status differs: CPython {python.exit_code}, rust {rust.exit_code}{last}"


def python_command(cfg: VerifyConfig, script: Path) -> list[str]:
    """Reference command: the configured interpreter (default: the one running Portalis)."""
    return [cfg.python or sys.executable, script.name]


def compare(job: VerifyJob, cfg: VerifyConfig) -> RunComparison:
    """Run CPython and the binary in the script's directory and compare stdout bytes and status."""
    cwd = job.script.parent
    python = run_program(python_command(cfg, job.script), cwd, cfg.timeout_s)
    rust = run_program(job.command(), cwd, cfg.timeout_s)
    if python.exit_code is None:
        message = f"cannot verify: the CPython run {python.error}"
        return RunComparison(
            False, python, rust, "", [Diagnostic(job.display, 1, 1, "verify", message)]
        )
    if rust.exit_code is None:
        message = f"the translated binary{job.where} {rust.error}"
        return RunComparison(
            False, python, rust, "", [Diagnostic(job.display, 1, 1, "verify-mismatch", message)]
        )
    if python.stdout == rust.stdout and python.exit_code == rust.exit_code:
        return RunComparison(True, python, rust)
    diff = output_diff(python, rust, cfg.max_diff_lines)
    message = mismatch_summary(python, rust) + job.where
    return RunComparison(
        False, python, rust, diff, [Diagnostic(job.display, 1, 1, "verify-mismatch", message)]
    )


def verify_all(jobs: Sequence[VerifyJob], cfg: VerifyConfig) -> dict[str, RunComparison]:
    """Compare every job, ``cfg.jobs`` at a time (each run is its own process)."""
    with ThreadPoolExecutor(max_workers=cfg.jobs) as pool:
        results = pool.map(lambda job: compare(job, cfg), jobs)
        return {job.key: result for job, result in zip(jobs, results, strict=True)}
