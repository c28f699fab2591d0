"""A sandboxed scratch crate: compile one candidate ``main.rs`` against pyrt, run it, limited.

Model output is untrusted code. Each compile and each run happens in a scratch directory
with CPU-time, address-space and file-size limits (``resource`` rlimits set in the child),
a wall-clock timeout that kills the whole process group, ``cargo --offline`` and, where the
kernel allows unprivileged user namespaces, a private network namespace (``unshare -rn``)
so neither the compiler nor the candidate binary can reach a network.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import resource
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from portalis_ray.workspace import RUNTIME_CRATE, RUNTIME_DIR

CANDIDATE_CRATE = "candidate"
WASM_RUSTC = Path("/usr/bin/rustc")
WASM_CARGO = Path("/usr/bin/cargo")
_MAX_ERRORS = 8  # compiler errors kept per attempt (the first ones explain the rest)
_MAX_ERROR_CHARS = 1600


@dataclass(frozen=True)
class SandboxLimits:
    """Resource limits of one compile or run."""

    compile_timeout_s: float = 60.0
    run_timeout_s: float = 10.0
    memory_mb: int = 4096  # address space per process
    file_mb: int = 256  # largest file a process may write


@dataclass
class CompileOutcome:
    """What the compiler said about one candidate."""

    ok: bool
    ms: float
    errors: list[str] = field(default_factory=list)  # rendered rustc errors, first ones first
    binary: Path | None = None
    target: str = "native"
    note: str = ""  # e.g. why a wasm check fell back to native


@dataclass(frozen=True)
class SandboxRun:
    """What a sandboxed program did."""

    exit_code: int | None  # None: killed by a limit or could not start
    stdout: bytes
    stderr: bytes
    ms: float
    error: str = ""


@functools.cache
def network_isolation() -> list[str]:
    """Command prefix that gives a child its own empty network namespace, or [] when denied."""
    exe = shutil.which("unshare")
    if exe is None:
        return []
    try:
        done = subprocess.run([exe, "-rn", "true"], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [exe, "-rn"] if done.returncode == 0 else []


def wasm_toolchain() -> bool:
    """True when Debian's rustc with the wasm32-wasi std is installed."""
    return WASM_RUSTC.is_file() and (WASM_RUSTC.parent.parent / "lib/rustlib/wasm32-wasi").is_dir()


def _limiter(limits: SandboxLimits, cpu_s: float) -> Callable[[], None]:
    def apply() -> None:
        os.setsid()  # own process group: a timeout kills rustc, the linker and the candidate
        mem = limits.memory_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
        cpu = max(1, int(cpu_s))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        size = limits.file_mb << 20
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


def run_limited(
    cmd: list[str],
    cwd: Path,
    limits: SandboxLimits,
    timeout_s: float,
    env: dict[str, str] | None = None,
) -> SandboxRun:
    """Run ``cmd`` in its own process group under ``limits``; never raises for the program."""
    started = time.perf_counter()
    try:
        proc = subprocess.Popen(
            [*network_isolation(), *cmd],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=_limiter(limits, timeout_s),  # noqa: PLW1509 (rlimits must be set in the child)
        )
    except OSError as err:
        return SandboxRun(None, b"", b"", 0.0, f"cannot start: {err.strerror or err}")
    try:
        out, err = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        ms = (time.perf_counter() - started) * 1000.0
        return SandboxRun(None, out, err, ms, f"timed out after {timeout_s:g} s")
    ms = (time.perf_counter() - started) * 1000.0
    if proc.returncode < 0:
        name = signal.Signals(-proc.returncode).name
        return SandboxRun(None, out, err, ms, f"killed by {name} (a resource limit)")
    return SandboxRun(proc.returncode, out, err, ms)


def _manifest() -> str:
    return (
        "[package]\n"
        f'name = "{CANDIDATE_CRATE}"\n'
        'version = "0.1.0"\n'
        'edition = "2018"\n'
        "publish = false\n\n"
        "[dependencies]\n"
        f'{RUNTIME_CRATE} = {{ path = "../{RUNTIME_CRATE}" }}\n\n'
        "[profile.dev]\n"
        "overflow-checks = true\n"
        "debug = false\n"
    )


def _lockfile(runtime_version: str) -> str:
    # Format v3: Debian's cargo 1.65 (the wasm toolchain) cannot read what cargo 1.95 writes.
    return (
        "version = 3\n\n"
        f'[[package]]\nname = "{CANDIDATE_CRATE}"\nversion = "0.1.0"\n'
        f'dependencies = [\n "{RUNTIME_CRATE}",\n]\n\n'
        f'[[package]]\nname = "{RUNTIME_CRATE}"\nversion = "{runtime_version}"\n'
    )


def _rendered_errors(stdout: str) -> list[str]:
    errors = []
    for line in stdout.splitlines():
        if not line.startswith("{"):
            continue
        try:
            message = json.loads(line)
        except ValueError:
            continue
        body = message.get("message") if message.get("reason") == "compiler-message" else None
        if not body or body.get("level") not in ("error", "error: internal compiler error"):
            continue
        if not body.get("spans") and body.get("message", "").startswith("aborting due to"):
            continue
        text = (body.get("rendered") or body.get("message") or "").strip()
        errors.append(text[:_MAX_ERROR_CHARS])
        if len(errors) >= _MAX_ERRORS:
            break
    return errors


class ScratchCrate:
    """One reusable scratch crate; compiles are serialized (they share a target dir)."""

    def __init__(
        self, root: Path | None = None, limits: SandboxLimits | None = None, cargo: str = "cargo"
    ) -> None:
        self.root = Path(root or tempfile.mkdtemp(prefix="portalis-scratch-"))
        self.limits = limits or SandboxLimits()
        self.cargo = shutil.which(cargo) or str(Path.home() / ".cargo" / "bin" / cargo)
        self._lock = threading.Lock()
        self._prepare()

    def _prepare(self) -> None:
        runtime = self.root / RUNTIME_CRATE
        if runtime.exists():
            shutil.rmtree(runtime)
        shutil.copytree(RUNTIME_DIR, runtime, ignore=shutil.ignore_patterns("target", "tests"))
        crate = self.root / CANDIDATE_CRATE
        (crate / "src").mkdir(parents=True, exist_ok=True)
        (crate / "Cargo.toml").write_text(_manifest(), encoding="utf-8")
        self._lock_text = _lockfile(_runtime_version(runtime))
        (crate / ".cargo").mkdir(exist_ok=True)
        (crate / ".cargo" / "config.toml").write_text("[net]\noffline = true\n", encoding="utf-8")

    def _env(self, wasm: bool) -> dict[str, str]:
        env = dict(os.environ, CARGO_NET_OFFLINE="true", CARGO_TERM_COLOR="never")
        env["CARGO_TARGET_DIR"] = str(self.root / ("target-wasm" if wasm else "target"))
        env.pop("RUSTC_WRAPPER", None)
        env["PATH"] = f"{Path(self.cargo).parent}{os.pathsep}{env.get('PATH', '')}"
        if wasm:
            env["RUSTC"] = str(WASM_RUSTC)
        return env

    def compile(self, rust: str, target: str = "native") -> CompileOutcome:
        """Compile ``rust`` as the candidate's ``src/main.rs``; errors come back rendered."""
        wasm = target == "wasm" and wasm_toolchain()
        note = ""
        if target == "wasm" and not wasm:
            note = "no wasm32-wasi toolchain here; the candidate was checked with a native build"
        cargo = str(WASM_CARGO) if wasm else self.cargo
        cmd = [cargo, "build", "--offline", "--message-format=json", "--quiet"]
        if wasm:
            cmd += ["--target", "wasm32-wasi"]
        crate = self.root / CANDIDATE_CRATE
        with self._lock:
            main = crate / "src" / "main.rs"
            main.write_text(rust, encoding="utf-8")
            # Rewritten each time: cargo 1.95 upgrades it to a format cargo 1.65 cannot read.
            (crate / "Cargo.lock").write_text(self._lock_text, encoding="utf-8")
            done = run_limited(
                cmd, crate, self.limits, self.limits.compile_timeout_s, self._env(wasm)
            )
            kind = "wasm" if wasm else "native"
            stdout = done.stdout.decode("utf-8", "replace")
            if done.exit_code == 0:
                sub = "wasm32-wasi/debug" if wasm else "debug"
                suffix = ".wasm" if wasm else ""
                built = self.root / ("target-wasm" if wasm else "target") / sub
                binary = self._keep(built / f"{CANDIDATE_CRATE}{suffix}")
                return CompileOutcome(True, done.ms, [], binary, kind, note)
            errors = _rendered_errors(stdout)
            if not errors:
                tail = done.stderr.decode("utf-8", "replace").strip()[-_MAX_ERROR_CHARS:]
                errors = [done.error or tail or f"cargo exited with status {done.exit_code}"]
            return CompileOutcome(False, done.ms, errors, None, kind, note)

    def _keep(self, built: Path) -> Path:
        # The next compile overwrites the target: the differential run gets its own copy.
        fd, name = tempfile.mkstemp(prefix="candidate-", dir=self.root)
        os.close(fd)
        shutil.copy2(built, name)
        return Path(name)

    def run(self, binary: Path, cwd: Path) -> SandboxRun:
        """Run a compiled candidate under the run limits (no stdin, no network)."""
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        return run_limited([str(binary)], cwd, self.limits, self.limits.run_timeout_s, env)

    def run_python(self, cmd: list[str], cwd: Path) -> SandboxRun:
        """Run the CPython reference under the same limits (the module is untrusted too)."""
        env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONUTF8="1")
        return run_limited(cmd, cwd, self.limits, self.limits.run_timeout_s, env)

    def close(self) -> None:
        """Delete the scratch directory."""
        shutil.rmtree(self.root, ignore_errors=True)


def _runtime_version(runtime: Path) -> str:
    import tomllib

    manifest = tomllib.loads((runtime / "Cargo.toml").read_text(encoding="utf-8"))
    return manifest["package"]["version"]
