"""Verify a candidate: compile it in the sandbox, then run it against CPython when it can run."""

from __future__ import annotations

import ast
import hashlib
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from portalis_ray.config import LLMConfig
from portalis_ray.translate.llm.sandbox import SandboxLimits, SandboxRun, ScratchCrate
from portalis_ray.verify import ProgramRun, mismatch_summary

# Top-level statements that only define things: a module made of these has nothing to run.
_DEFINITIONS = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Import,
    ast.ImportFrom,
    ast.Assign,
    ast.AnnAssign,
    ast.Pass,
)


def is_runnable(source: str) -> bool:
    """True when running the module does something observable (a call, a loop, a main guard)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return False
    for stmt in tree.body:
        if isinstance(stmt, _DEFINITIONS):
            continue
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue  # a docstring
        return True
    return False


@dataclass
class Verification:
    """What was checked about one candidate, and how it went."""

    compiled: bool | None  # None: not checked
    compile_ms: float = 0.0
    errors: list[str] = field(default_factory=list)
    differential: str = "skipped"  # passed | failed | not-runnable | skipped
    run_ms: float = 0.0
    target: str = "native"
    notes: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        """Compiled, and did not differ from CPython."""
        return bool(self.compiled) and self.differential != "failed"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the HTTP response's ``verification``)."""
        return {
            "compiled": self.compiled,
            "differential": self.differential,
            "target": self.target,
            "compile_ms": round(self.compile_ms, 1),
            "run_ms": round(self.run_ms, 1),
            "errors": self.errors,
            "notes": self.notes,
        }


def _program(run: SandboxRun) -> ProgramRun:
    return ProgramRun(run.exit_code, run.stdout, run.stderr, run.ms, run.error)


class CandidateChecker:
    """Compiles candidates in one scratch crate and compares their runs with CPython's."""

    def __init__(self, cfg: LLMConfig, cargo: str = "cargo") -> None:
        self.differential_enabled = cfg.differential
        limits = SandboxLimits(cfg.compile_timeout_s, cfg.run_timeout_s, cfg.memory_mb)
        self.crate = ScratchCrate(limits=limits, cargo=cargo)
        self._references: dict[str, SandboxRun] = {}
        self._lock = threading.Lock()

    def reference(self, source: str, script_name: str) -> SandboxRun:
        """CPython's run of the module (cached by content), sandboxed like the candidate."""
        key = hashlib.sha256(f"{script_name}\0{source}".encode()).hexdigest()
        with self._lock:
            cached = self._references.get(key)
        if cached is not None:
            return cached
        with tempfile.TemporaryDirectory(dir=self.crate.root) as tmp:
            script = Path(tmp) / script_name
            script.write_text(source, encoding="utf-8")
            run = self.crate.run_python([sys.executable, "-I", script.name], Path(tmp))
        with self._lock:
            if len(self._references) > 256:
                self._references.clear()
            self._references[key] = run
        return run

    def verify(self, rust: str, source: str, script_name: str, target: str) -> Verification:
        """Compile ``rust``; if it compiles and the module runs, compare with CPython."""
        built = self.crate.compile(rust, target)
        result = Verification(built.ok, built.ms, built.errors, target=built.target)
        if built.note:
            result.notes.append(built.note)
        if not built.ok or built.binary is None:
            return result
        try:
            if not self.differential_enabled:
                result.notes.append("differential run disabled by config")
            elif built.target == "wasm":
                result.notes.append("wasm build: the differential run needs a native binary")
            elif not is_runnable(source):
                result.differential = "not-runnable"
            else:
                self._differential(result, built.binary, source, script_name)
        finally:
            built.binary.unlink(missing_ok=True)
        return result

    def _differential(
        self, result: Verification, binary: Path, source: str, script_name: str
    ) -> None:
        python = self.reference(source, script_name)
        if python.exit_code is None:
            result.notes.append(f"no differential run: the CPython run {python.error}")
            return
        with tempfile.TemporaryDirectory(dir=self.crate.root) as tmp:
            rust = self.crate.run(binary, Path(tmp))
        result.run_ms = rust.ms
        if rust.exit_code is None:
            result.differential = "failed"
            result.errors.append(f"the candidate binary {rust.error}")
        elif rust.stdout == python.stdout and rust.exit_code == python.exit_code:
            result.differential = "passed"
        else:
            result.differential = "failed"
            result.errors.append(mismatch_summary(_program(python), _program(rust)))

    def close(self) -> None:
        """Delete the scratch crate."""
        self.crate.close()
