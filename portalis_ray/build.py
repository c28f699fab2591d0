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
from portalis_ray.wasm import DEBIAN_CARGO, INSTALL_HINT, WASM_TARGET, WasmToolchain
from portalis_ray.workspace import RUNTIME_CRATE, CrateSpec, Workspace

# Generated code marks where it came from: `// from prog.py:12`.
_PROVENANCE = re.compile(r"//\s*from\s+\S*?:(\d+)")
_KEEP_GOING_SINCE = (1, 74)
# What each --target choice builds, in build order.
TARGET_BUILDS: dict[str, tuple[str, ...]] = {
    "native": ("native",),
    "wasm": ("wasm",),
    "both": ("native", "wasm"),
}
# How each built target names its binaries under OUT/bin and how diagnostics name it.
BINARY_SUFFIX = {"native": "", "wasm": ".wasm"}
_TARGET_LABEL = {"native": "", "wasm": f" for {WASM_TARGET}"}
# Debian's wasm32-wasi std carries about 6 MB of DWARF that every module would link; wasmtime
# never reads it, so wasm builds drop it (smaller modules, faster links and wasmtime compiles).
_WASM_PROFILE = {
    "CARGO_PROFILE_RELEASE_STRIP": "debuginfo",
    "CARGO_PROFILE_DEV_STRIP": "debuginfo",
    "CARGO_PROFILE_DEV_DEBUG": "0",
}


def binary_name(spec: CrateSpec, target: str = "native") -> str:
    """File name of a crate's built binary under OUT/bin for ``target`` (native or wasm)."""
    return spec.bin_name + BINARY_SUFFIX[target]


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
    target: str = "native"  # native | wasm

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


def build_command(cfg: BuildConfig, version: tuple[int, int], target: str = "native") -> list[str]:
    """The cargo command line for one offline build of the whole workspace."""
    cargo = str(DEBIAN_CARGO) if target == "wasm" else cfg.cargo
    cmd = [cargo, "build", "--offline", "--message-format=json", "--workspace"]
    if target == "wasm":
        cmd += ["--target", WASM_TARGET]
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
    message: dict[str, Any],
    spec: CrateSpec,
    displays: dict[str, str],
    root: Path,
    label: str = "",
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
    display = displays[spec.relpath]
    if primary:
        in_crate = primary["file_name"].split("/", 1)[-1]  # "src/..." under the crate
        where = f" (at {spec.name}/{in_crate}:{primary['line_start']}:{primary['column_start']})"
        rust_file = root / spec.name / in_crate
        if in_crate.startswith("src/") and rust_file.is_file():
            display = displays.get(spec.python_for(in_crate), display)
            lines = rust_file.read_text(encoding="utf-8").splitlines()
            line = python_line(lines, primary["line_start"])
    return Diagnostic(
        display, line, 1, code, f"generated Rust does not compile{label}: {text}{where}"
    )


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


def _toolchain(cfg: BuildConfig, target: str) -> tuple[tuple[int, int] | None, dict[str, str], str]:
    """(cargo version, extra environment, why it cannot build) for one target."""
    if target == "wasm":
        toolchain = WasmToolchain()
        gaps = toolchain.missing()
        if gaps:
            why = f"cannot build for {WASM_TARGET}: missing {'; '.join(gaps)}; {INSTALL_HINT}"
            return None, {}, why
        # Debian's cargo must drive Debian's rustc: only that one has the wasm32-wasi std.
        env = {"RUSTC": str(toolchain.rustc), **_WASM_PROFILE}
        return cargo_version(str(toolchain.cargo)), env, ""
    cargo = shutil.which(cfg.cargo)
    version = cargo_version(cargo) if cargo else None
    if cargo is None or version is None:
        why = (
            f"cargo not found ({cfg.cargo!r}); install Rust with rustup (https://rustup.rs) "
            "or pass --no-build"
        )
        return None, {}, why
    return version, {}, ""


def build_workspace(
    ws: Workspace, cfg: BuildConfig, displays: dict[str, str], target: str | None = None
) -> BuildOutcome:
    """Run ``cargo build`` for the workspace; ``displays`` maps relpath -> shown path.

    ``target`` is native or wasm (default: the config's target, native for ``both``).
    """
    target = target or TARGET_BUILDS[cfg.target][0]
    started = time.perf_counter()
    version, extra_env, reason = _toolchain(cfg, target)
    if version is None:
        reason = reason or f"cargo for {target} does not run"
        failed = _failed_everywhere(ws, displays, reason)
        return BuildOutcome(False, failed, 0.0, [], reason, target)
    cmd = build_command(cfg, version, target)
    env = dict(
        os.environ, **extra_env, CARGO_TARGET_DIR=str(target_dir(ws, cfg)), CARGO_TERM_COLOR="never"
    )
    crates: dict[str, CrateBuild] = {}
    excluded: list[str] = []
    while True:
        # Without --keep-going (cargo < 1.74, e.g. Debian's 1.65 for wasm) the first crate that
        # fails stops cargo; build again without the failed crates so the rest still build.
        remaining = max(1.0, cfg.timeout_s - (time.perf_counter() - started))
        run_cmd = [*cmd, *(f"--exclude={name}" for name in excluded)]
        code, stdout, stderr = _run_cargo(run_cmd, ws.root, env, remaining)
        passed = _attribute(ws, displays, stdout, target)
        crates.update({name: rec for name, rec in passed.items() if name not in excluded})
        failed = sorted(
            name
            for name, rec in passed.items()
            if name != RUNTIME_CRATE and rec.diagnostics and name not in excluded
        )
        if code in (0, -1) or version >= _KEEP_GOING_SINCE or not failed:
            break
        excluded += failed
    runtime_errors = crates.pop(RUNTIME_CRATE, None)
    tail = "\n".join(stderr.strip().splitlines()[-5:])
    for spec in ws.crates:
        record = crates.setdefault(spec.name, CrateBuild(spec.name, False))
        if record.ok:
            continue
        # A binary left from an earlier run must not pass for this run's output.
        if not spec.is_lib:
            (ws.bin_dir / binary_name(spec, target)).unlink(missing_ok=True)
        if record.diagnostics:
            continue
        # Not built and no error of its own: a dependency failed, or cargo stopped early.
        if runtime_errors and runtime_errors.diagnostics:
            first = runtime_errors.diagnostics[0].message
            why = f"the pyrt runtime crate does not compile{_TARGET_LABEL[target]}: {first}"
        else:
            why = f"not built{_TARGET_LABEL[target]}: {tail or f'cargo exited with status {code}'}"
        record.diagnostics.append(Diagnostic(displays[spec.relpath], 1, 1, "build", why))
    ok = code == 0 and all(c.ok for c in crates.values())
    seconds = time.perf_counter() - started
    return BuildOutcome(ok, crates, seconds, cmd, "" if ok else tail, target)


def _attribute(
    ws: Workspace, displays: dict[str, str], stdout: str, target: str = "native"
) -> dict[str, CrateBuild]:
    specs = {c.name: c for c in ws.crates}
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
            dest = ws.bin_dir / binary_name(specs[name], target)
            record.binary = _copy_binary(Path(message["executable"]), dest)
            record.ok = not record.diagnostics
        elif reason == "compiler-artifact" and name == RUNTIME_CRATE:
            record.ok = True
        elif reason == "compiler-artifact" and name in specs and specs[name].is_lib:
            record.ok = not record.diagnostics
        elif reason == "compiler-message":
            spec = specs.get(name)
            if spec is None:
                text = message["message"].get("rendered") or message["message"].get("message")
                if message["message"].get("level") == "error":
                    record.diagnostics.append(
                        Diagnostic(f"{RUNTIME_CRATE}", 1, 1, "rustc", text.strip().splitlines()[0])
                    )
                continue
            diag = _rustc_diagnostic(message, spec, displays, ws.root, _TARGET_LABEL[target])
            if diag is not None:
                record.diagnostics.append(diag)
                record.ok = False
    return crates
