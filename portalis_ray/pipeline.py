"""Wires the stages: ingest, index, analyze, translate (Ray Data), then workspace, build, verify."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from portalis_ray.analyze import analyze_stage, contracts_table
from portalis_ray.build import BuildOutcome, build_workspace, target_dir
from portalis_ray.config import PortalisConfig
from portalis_ray.index import index_stage
from portalis_ray.ingest import SourceListing, list_sources, read_sources
from portalis_ray.report import FileReport, build_report, file_reports, run_ok, write_report
from portalis_ray.schemas import CONTRACT_TABLE_SCHEMA, TRANSLATED_SCHEMA, conform
from portalis_ray.session import ensure_ray
from portalis_ray.translate.stage import translate_stage
from portalis_ray.verify import VerifyJob, verify_all
from portalis_ray.workspace import Workspace, WorkspaceReducer, write_atomic

SUPPORTED_TARGETS = ("native",)


class UnsupportedError(ValueError):
    """The run asks for something this version cannot do yet (e.g. a wasm build)."""


@dataclass
class PipelineRun:
    """Everything one translation run produced."""

    report: dict[str, Any]
    files: list[FileReport]
    workspace: Workspace
    contracts: pa.Table
    build: BuildOutcome | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when every Python file translated (and built and matched CPython when checked)."""
        return run_ok(self.files)


def translate_dataflow(listing: SourceListing, cfg: PortalisConfig) -> pa.Table:
    """Run the Ray Data dataflow over the listed files; one TRANSLATED_SCHEMA row per file."""
    import ray

    if not listing.to_read:
        return TRANSLATED_SCHEMA.empty_table()
    ds = read_sources(listing, cfg.ingest)
    ds = index_stage(ds, cfg.index, listing.namer)
    ds = analyze_stage(ds, cfg.analyze, listing.namer)
    ds = translate_stage(ds, cfg.translate, listing.namer)
    tables = [t for t in ray.get(ds.to_arrow_refs()) if t.num_rows]
    if not tables:
        return TRANSLATED_SCHEMA.empty_table()
    return conform(
        pa.concat_tables(tables, promote_options="permissive"), TRANSLATED_SCHEMA, "translate"
    )


def _apply_build(files: list[FileReport], ws: Workspace, outcome: BuildOutcome) -> None:
    for report in files:
        spec = ws.crate_for(report.relpath)
        if spec is not None:
            report.record_build(outcome.crates.get(spec.name), ws.root)


def _apply_verify(
    files: list[FileReport], ws: Workspace, listing: SourceListing, cfg: PortalisConfig
) -> float:
    started = time.perf_counter()
    sources = {f.relpath: f.path for f in listing.files}
    jobs = [
        VerifyJob(f.relpath, Path(sources[f.relpath]), ws.root / f.binary, f.path)
        for f in files
        if f.built and f.binary
    ]
    by_key = {f.relpath: f for f in files}
    for key, result in verify_all(jobs, cfg.verify).items():
        by_key[key].record_run(result)
    return time.perf_counter() - started


def run_translation(
    src: str | Path,
    out: str | Path,
    cfg: PortalisConfig,
    *,
    build: bool = True,
    verify: bool = True,
) -> PipelineRun:
    """Translate SRC into the Cargo workspace OUT and write its report (bad files do not raise)."""
    if cfg.build.target not in SUPPORTED_TARGETS:
        raise UnsupportedError(
            f"--target {cfg.build.target} is not supported yet; use --target native"
        )
    build = build and cfg.build.enabled
    verify = verify and build and cfg.verify.enabled
    timings: dict[str, float] = {}
    started = time.perf_counter()
    out = Path(out).expanduser().resolve()
    reducer = WorkspaceReducer(out)
    reducer.check_out_dir()
    listing = list_sources(src, cfg.ingest, exclude=[out])
    timings["list_s"] = time.perf_counter() - started

    mark = time.perf_counter()
    if listing.to_read:
        ensure_ray(cfg.ray)
    timings["ray_init_s"] = time.perf_counter() - mark
    mark = time.perf_counter()
    table = translate_dataflow(listing, cfg)
    timings["dataflow_s"] = time.perf_counter() - mark

    mark = time.perf_counter()
    files = file_reports(listing, table)
    translated = {
        row["relpath"]: row["rust"]
        for row in table.select(["relpath", "rust"]).to_pylist()
        if row["rust"] is not None
    }
    ws = reducer.reduce(translated)
    for report in files:
        spec = ws.crate_for(report.relpath)
        if spec is not None:
            report.crate = spec.name
    contracts = contracts_table(table) if table.num_rows else CONTRACT_TABLE_SCHEMA.empty_table()
    timings["reduce_s"] = time.perf_counter() - mark

    outcome = None
    if build and ws.crates:
        outcome = build_workspace(ws, cfg.build, {f.relpath: f.path for f in listing.files})
        timings["build_s"] = outcome.seconds
        _apply_build(files, ws, outcome)
        if verify:
            timings["verify_s"] = _apply_verify(files, ws, listing, cfg)
    timings["total_s"] = time.perf_counter() - started

    build_info: dict[str, Any] = {"attempted": outcome is not None}
    if outcome is not None:
        build_info.update(
            ok=outcome.ok,
            command=outcome.command,
            error=outcome.error,
            seconds=round(outcome.seconds, 3),
            target_dir=str(target_dir(ws, cfg.build)),
        )
    report = build_report(src, out, cfg, files, timings, build_info, table)
    write_report(out, report)
    _write_contracts(out, contracts)
    return PipelineRun(report, files, ws, contracts, outcome, timings)


def _write_contracts(out: Path, contracts: pa.Table) -> None:
    sink = pa.BufferOutputStream()
    pq.write_table(contracts, sink)
    write_atomic(out / "contracts.parquet", sink.getvalue().to_pybytes())
