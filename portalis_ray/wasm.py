"""WebAssembly target: Debian's wasm32-wasi toolchain, and running built modules under wasmtime.

``python -m portalis_ray.wasm MODULE.wasm [ARGS...]`` (or ``python -P wasm.py ...``, see
``runner_command``) runs one module with the caller's stdin/stdout/stderr and exits with its
status; the verify stage uses it so that a timeout can stop a runaway module like any other
process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

WASM_TARGET = "wasm32-wasi"
DEBIAN_RUSTC = Path("/usr/bin/rustc")
DEBIAN_CARGO = Path("/usr/bin/cargo")
INSTALL_HINT = (
    "install it with: bash scripts/setup.sh --wasm "
    "(apt-get install -y rustc cargo libstd-rust-dev-wasm32 lld, and pip install wasmtime)"
)
# What the wasmtime CLI exits with on a trap (128 + SIGABRT), so scripts see an abort.
TRAP_EXIT = 134


class WasmToolchainError(RuntimeError):
    """Debian's rustc/cargo with the wasm32-wasi std, or wasmtime, is not installed."""


@dataclass(frozen=True)
class WasmToolchain:
    """Debian's rustc and cargo, which ship the wasm32-wasi standard library."""

    rustc: Path = DEBIAN_RUSTC
    cargo: Path = DEBIAN_CARGO

    def std_dir(self) -> Path:
        """Where rustc's wasm32-wasi standard library lives (it may be missing)."""
        sysroot = "/usr"
        try:
            done = subprocess.run(
                [str(self.rustc), "--print", "sysroot"],
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            )
            sysroot = done.stdout.strip() if done.returncode == 0 else sysroot
        except (OSError, subprocess.TimeoutExpired):
            pass
        return Path(sysroot or "/usr") / "lib" / "rustlib" / WASM_TARGET

    def missing(self) -> list[str]:
        """What is absent, one phrase each (empty when wasm builds can run)."""
        gaps = [
            f"{tool} (Debian package {tool.name})"
            for tool in (self.rustc, self.cargo)
            if not os.access(tool, os.X_OK)
        ]
        if not (self.std_dir() / "lib").is_dir():
            gaps.append(f"the {WASM_TARGET} std at {self.std_dir()} (libstd-rust-dev-wasm32)")
        return gaps


def wasmtime_missing() -> str | None:
    """Why the wasmtime Python package cannot be used, or None when it can."""
    try:
        import wasmtime  # noqa: F401
    except ImportError as err:
        return f"the wasmtime Python package is not installed ({err})"
    return None


@dataclass(frozen=True)
class WasmExit:
    """How a module run ended: its exit status, and the trap message when it trapped."""

    code: int
    trap: str = ""


def _file_arg(stream: str | Path | None) -> str | None:
    return None if stream is None else str(stream)


def run_module(
    module: Path,
    args: list[str] | tuple[str, ...] = (),
    *,
    argv0: str | None = None,
    cwd: Path | None = None,
    stdin: str | Path | None = None,
    stdout: str | Path | None = None,
    stderr: str | Path | None = None,
) -> WasmExit:
    """Run a WASI command module in this process; None streams are the caller's own.

    The directory ``cwd`` (default: the current one) is visible to the module as ``.``.
    """
    from wasmtime import Engine, ExitTrap, Linker, Module, Store, Trap, WasiConfig, WasmtimeError

    engine = Engine()
    compiled = Module.from_file(engine, str(module))
    linker = Linker(engine)
    linker.define_wasi()
    store = Store(engine)
    wasi = WasiConfig()
    wasi.argv = [argv0 or Path(module).stem, *args]
    wasi.inherit_env()
    for inherit, path, setter in (
        (wasi.inherit_stdin, _file_arg(stdin), "stdin_file"),
        (wasi.inherit_stdout, _file_arg(stdout), "stdout_file"),
        (wasi.inherit_stderr, _file_arg(stderr), "stderr_file"),
    ):
        if path is None:
            inherit()
        else:
            setattr(wasi, setter, path)
    wasi.preopen_dir(str(cwd or Path.cwd()), ".")
    store.set_wasi(wasi)
    # Our own buffered output must come out before the module writes to the same streams.
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        instance = linker.instantiate(store, compiled)
        instance.exports(store)["_start"](store)
    except ExitTrap as done:
        return WasmExit(done.code)
    except (Trap, WasmtimeError) as err:
        lines = str(err).strip().splitlines()
        return WasmExit(TRAP_EXIT, lines[0] if lines else type(err).__name__)
    return WasmExit(0)


def runner_command(module: Path, args: list[str] | tuple[str, ...] = ()) -> list[str]:
    """A command line that runs ``module`` under wasmtime in a fresh Python process.

    It runs this file as a script (``-P``: its directory stays off ``sys.path``), so the
    process imports wasmtime only, not the translator (faster, and independent of it).
    """
    return [sys.executable, "-P", str(Path(__file__).resolve()), str(module), *args]


def run_and_report(module: Path, args: list[str], argv0: str | None = None) -> int:
    """Run a module with the caller's streams; a trap is explained on stderr. Returns the status."""
    result = run_module(module, args, argv0=argv0)
    if result.trap:
        print(f"portalis: {Path(module).name} trapped in wasmtime: {result.trap}", file=sys.stderr)
    return result.code


def main(argv: list[str] | None = None) -> int:
    """``python -m portalis_ray.wasm MODULE.wasm [ARGS...]``."""
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python -m portalis_ray.wasm MODULE.wasm [ARGS...]", file=sys.stderr)
        return 2
    why = wasmtime_missing()
    if why:
        print(f"portalis: {why}; {INSTALL_HINT}", file=sys.stderr)
        return 2
    module = Path(argv[0])
    if not module.is_file():
        print(f"portalis: {module}: no such wasm module", file=sys.stderr)
        return 2
    return run_and_report(module, argv[1:])


if __name__ == "__main__":
    sys.exit(main())
