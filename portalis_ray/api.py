"""Notebook API: ``portalis_ray.translate(src, out=...)`` and ``translate_source(code)``."""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from portalis_ray.config import PortalisConfig, config_from_dict, load_config, with_overrides
from portalis_ray.diagnostics import Diagnostic
from portalis_ray.report import FileReport, files_table, run_ok

if TYPE_CHECKING:
    import pandas as pd

    from portalis_ray.build import BuildOutcome


class TranslationError(RuntimeError):
    """A snippet could not be translated; ``diagnostics`` says where and why."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        lines = "\n".join(str(d) for d in diagnostics) or "translation failed"
        super().__init__(f"translation failed:\n{lines}")


@dataclass
class TranslationResult:
    """The outcome of a translation run: per-file rows, diagnostics and the workspace."""

    files: list[FileReport]
    workspace: Path
    report: dict[str, Any] = field(repr=False)
    contracts: pa.Table = field(repr=False)
    config: PortalisConfig = field(repr=False, default_factory=PortalisConfig)

    @property
    def ok(self) -> bool:
        """True when every Python file translated (and built and matched CPython when checked)."""
        return run_ok(self.files)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """All diagnostics of all files, in file order."""
        return [d for f in self.files for d in f.diagnostics]

    @property
    def binaries(self) -> dict[str, Path]:
        """Built binaries by name."""
        return {Path(f.binary).name: self.workspace / f.binary for f in self.files if f.binary}

    @property
    def modules(self) -> pa.Table:
        """The module graph of the run's projects (OUT/modules.parquet; empty without one)."""
        from portalis_ray.project.stage import MODULE_TABLE_SCHEMA

        path = self.workspace / "modules.parquet"
        if not path.is_file():
            return MODULE_TABLE_SCHEMA.empty_table()
        import pyarrow.parquet as pq

        return pq.read_table(path)

    def table(self) -> pa.Table:
        """The per-file report as an Arrow table."""
        return files_table(self.files)

    def to_pandas(self) -> pd.DataFrame:
        """The per-file report as a pandas DataFrame."""
        return self.table().to_pandas()

    def build(self) -> BuildOutcome:
        """(Re)build the workspace with cargo, e.g. after editing generated code."""
        from portalis_ray.build import build_workspace
        from portalis_ray.workspace import CrateSpec, Workspace

        crates = self.report_crates()
        specs = [CrateSpec(name, info["bin"], info["source"], "") for name, info in crates.items()]
        displays = {f.relpath: f.path for f in self.files}
        outcome = build_workspace(Workspace(self.workspace, specs), self.config.build, displays)
        for report in self.files:
            spec = next((s for s in specs if s.relpath == report.relpath), None)
            if spec is not None:
                report.record_build(outcome.crates.get(spec.name), self.workspace)
        return outcome

    def report_crates(self) -> dict[str, dict[str, str]]:
        """``{crate: {"bin": name, "source": relpath}}`` as the workspace records it."""
        import json

        from portalis_ray.workspace import STATE_DIR, STATE_FILE

        state = json.loads((self.workspace / STATE_DIR / STATE_FILE).read_text(encoding="utf-8"))
        return state["crates"]

    def run(
        self,
        binary: str,
        args: Sequence[str] = (),
        *,
        input: str | None = None,
        timeout: float | None = 60.0,
    ) -> subprocess.CompletedProcess[str]:
        """Run a built binary (by name) and return its completed process (text mode)."""
        path = self.binaries.get(binary)
        if path is None:
            known = ", ".join(sorted(self.binaries)) or "none built"
            raise KeyError(f"no built binary {binary!r} (built: {known})")
        return subprocess.run(
            [str(path), *args],
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def _resolve_config(
    config: PortalisConfig | Mapping[str, Any] | str | Path | None,
) -> PortalisConfig:
    if isinstance(config, PortalisConfig):
        return config
    if isinstance(config, Mapping):
        return config_from_dict(dict(config))
    return load_config(config)


def translate(
    src: str | Path,
    out: str | Path | None = None,
    backend: str = "rules",
    config: PortalisConfig | Mapping[str, Any] | str | Path | None = None,
    build: bool = True,
    verify: bool = True,
    address: str | None = None,
) -> TranslationResult:
    """Translate a script or a directory of modules into a Cargo workspace (default: a temp dir)."""
    from portalis_ray.pipeline import run_translation

    cfg = with_overrides(
        _resolve_config(config), {"translate.backend": backend, "ray.address": address}
    )
    out_dir = Path(out) if out is not None else Path(tempfile.mkdtemp(prefix="portalis-"))
    run = run_translation(src, out_dir, cfg, build=build, verify=verify)
    return TranslationResult(run.files, run.workspace.root, run.report, run.contracts, cfg)


def translate_source(code: str, name: str = "snippet", backend: str = "rules") -> str:
    """Translate one snippet (a whole script) to the Rust of its ``main.rs``; no Ray, no cargo."""
    from portalis_ray.index import index_source
    from portalis_ray.translate.stage import translate_source_text

    path = name if name.endswith(".py") else f"{name}.py"
    idx = index_source(path, code.encode("utf-8"))
    if idx.status == "skipped":
        raise TranslationError([Diagnostic(path, 1, 1, "empty", idx.reason)])
    if idx.status == "failed" or idx.text is None:
        raise TranslationError(idx.diagnostics)
    result = translate_source_text(idx.text, path, path, backend)
    if result.rust is None:
        raise TranslationError(result.diagnostics)
    return result.rust
