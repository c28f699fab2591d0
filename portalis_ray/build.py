"""Build a generated workspace with cargo once, and attribute compiler errors to their scripts."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from portalis_ray.config import BuildConfig
from portalis_ray.diagnostics import Diagnostic
from portalis_ray.workspace import RUNTIME_CRATE, CrateSpec, Workspace

# Generated code marks where it came from: `// from prog.py:12`.
_PROVENANCE = re.compile(r"//\s*from\s+\S*?:(\d+)")
_KEEP_GOING_SINCE = (1, 74)


@dataclass
class CrateBuild:
    """Outcome of building one crate."""

    crate: str
    ok: bool
    binary: Path | None = None  # copy under OUT/bin, stable whatever CARGO_TARGET_DIR is
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass
class BuildOutcome:
    """Outcome of one cargo build of the whole workspace."""

    ok: bool
    crates: dict[str, CrateBuild]
    seconds: float
    command: list[str]
    error: str = ""  # why the build could not run at all, or cargo's last words

    def for_crate(self, name: str) -> CrateBuild:
        """The build record of crate ``name``."""
        return self.crates[name]


def cargo_version(cargo: str) -> tuple[int, int] | None:
    """(major, minor) of a cargo executable, or None when it cannot run."""
    try:
        out = subprocess.run(
            [cargo, "--version"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r"(\d+)\.(\d+)", out.stdout)
    return (int(match.group(1)), int(match.group(2))) if match else None


def target_dir(ws: Workspace, cfg: BuildConfig) -> Path:
    """CARGO_TARGET_DIR for a build: config, then the environment, then OUT/target."""
    chosen = cfg.target_dir or os.environ.get("CARGO_TARGET_DIR")
    return Path(chosen).expanduser().resolve() if chosen else ws.root / "target"


def build_command(cfg: BuildConfig, version: tuple[int, int]) -> list[str]:
    """The cargo command line for one offline build of the whole workspace."""
    cmd = [cfg.cargo, "build", "--offline", "--message-format=json", "--workspace"]
    if cfg.release:
        cmd.append("--release")
    if version >= _KEEP_GOING_SINCE:
        cmd.append("--keep-going")  # one crate that fails to compile must not hide the others
    if cfg.jobs:
        cmd += ["-j", str(cfg.jobs)]
    return cmd


def python_line(main_rs: list[str], rust_line: int) -> int:
    """The Python line a Rust line came from (nearest provenance comment above it), or 1."""
    for number in range(min(rust_line, len(main_rs)), 0, -1):
        match = _PROVENANCE.search(main_rs[number - 1])
        if match:
            return int(match.group(1))
    return 1


def _crate_of(message: dict[str, Any], root: Path) -> str | None:
    manifest = message.get("manifest_path")
    if not manifest:
        return None
    crate_dir = Path(manifest).parent
    return crate_dir.name if crate_dir.parent == root else None


def _rustc_diagnostic(
    message: dict[str, Any], spec: CrateSpec, display: str, main_rs: list[str]
) -> Diagnostic | None:
    body = message["message"]
    text = body.get("message", "")
    if body.get("level") not in ("error", "error: internal compiler error"):
        return None
    if not body.get("spans") and text.startswith("aborting due to"):
        return None
    code = (body.get("code") or {}).get("code") or "rustc"
    primary = next((s for s in body.get("spans", []) if s.get("is_primary")), None)
    where, line = "", 1
    if primary:
        where = f" (at {spec.name}/{primary['file_name'].split('/', 1)[-1]}:"
        where += f"{primary['line_start']}:{primary['column_start']})"
        if primary["file_name"].endswith("src/main.rs"):
            line = python_line(main_rs, primary["line_start"])
    return Diagnostic(display, line, 1, code, f"generated Rust does not compile: {text}{where}")


def _copy_binary(executable: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", dir=dest.parent)
    os.close(fd)
    try:
        shutil.copy2(executable, tmp)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest


def _run_cargo(
    cmd: list[str], cwd: Path, env: dict[str, str], timeout: float
) -> tuple[int, str, str]:
    # A new session lets a timeout stop cargo and every rustc it started, and nothing else.
    proc = subprocess.Popen(
        cmd,
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return -1, out, err + f"\ncargo build timed out after {timeout:.0f} s (build.timeout_s)"
    return proc.returncode, out, err


def _failed_everywhere(
    ws: Workspace, displays: dict[str, str], reason: str
) -> dict[str, CrateBuild]:
    return {
        c.name: CrateBuild(
            c.name, False, None, [Diagnostic(displays[c.relpath], 1, 1, "build", reason)]
        )
        for c in ws.crates
    }


def build_workspace(ws: Workspace, cfg: BuildConfig, displays: dict[str, str]) -> BuildOutcome:
    """Run one ``cargo build`` for the workspace; ``displays`` maps relpath -> shown path."""
    started = time.perf_counter()
    cargo = shutil.which(cfg.cargo)
    version = cargo_version(cargo) if cargo else None
    if cargo is None or version is None:
        reason = (
            f"cargo not found ({cfg.cargo!r}); install Rust with rustup (https://rustup.rs) "
            "or pass --no-build"
        )
        return BuildOutcome(False, _failed_everywhere(ws, displays, reason), 0.0, [], reason)
    cmd = build_command(cfg, version)
    env = dict(os.environ, CARGO_TARGET_DIR=str(target_dir(ws, cfg)), CARGO_TERM_COLOR="never")
    code, stdout, stderr = _run_cargo(cmd, ws.root, env, cfg.timeout_s)
    crates = _attribute(ws, displays, stdout)
    runtime_errors = crates.pop(RUNTIME_CRATE, None)
    tail = "\n".join(stderr.strip().splitlines()[-5:])
    for spec in ws.crates:
        record = crates.setdefault(spec.name, CrateBuild(spec.name, False))
        if record.ok:
            continue
        # A binary left from an earlier run must not pass for this run's output.
        (ws.bin_dir / spec.bin_name).unlink(missing_ok=True)
        if record.diagnostics:
            continue
        # Not built and no error of its own: a dependency failed, or cargo stopped early.
        if runtime_errors and runtime_errors.diagnostics:
            first = runtime_errors.diagnostics[0].message
            why = f"the pyrt runtime crate does not compile: {first}"
        else:
            why = f"not built: {tail or f'cargo exited with status {code}'}"
        record.diagnostics.append(Diagnostic(displays[spec.relpath], 1, 1, "build", why))
    ok = code == 0 and all(c.ok for c in crates.values())
    return BuildOutcome(ok, crates, time.perf_counter() - started, cmd, "" if ok else tail)


def _attribute(ws: Workspace, displays: dict[str, str], stdout: str) -> dict[str, CrateBuild]:
    specs = {c.name: c for c in ws.crates}
    sources: dict[str, list[str]] = {}
    crates: dict[str, CrateBuild] = {}
    for line in stdout.splitlines():
        try:
            message = json.loads(line)
        except ValueError:
            continue
        name = _crate_of(message, ws.root)
        if name is None:
            continue
        record = crates.setdefault(name, CrateBuild(name, False))
        reason = message.get("reason")
        if reason == "compiler-artifact" and message.get("executable") and name in specs:
            dest = ws.bin_dir / specs[name].bin_name
            record.binary = _copy_binary(Path(message["executable"]), dest)
            record.ok = not record.diagnostics
        elif reason == "compiler-artifact" and name == RUNTIME_CRATE:
            record.ok = True
        elif reason == "compiler-message":
            spec = specs.get(name)
            if spec is None:
                text = message["message"].get("rendered") or message["message"].get("message")
                if message["message"].get("level") == "error":
                    record.diagnostics.append(
                        Diagnostic(f"{RUNTIME_CRATE}", 1, 1, "rustc", text.strip().splitlines()[0])
                    )
                continue
            if name not in sources:
                main_rs = ws.root / name / "src" / "main.rs"
                sources[name] = main_rs.read_text(encoding="utf-8").splitlines()
            diag = _rustc_diagnostic(message, spec, displays[spec.relpath], sources[name])
            if diag is not None:
                record.diagnostics.append(diag)
                record.ok = False
    return crates
